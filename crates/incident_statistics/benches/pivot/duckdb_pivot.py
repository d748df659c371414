"""DuckDB's side of the pivot benchmark: the records loaded from CSV, the GROUP BY timed.

The settings come as JSON on standard input (the CSV's path and columns, the statement
PostgreSQL runs too, its parameters, the warm-up and timed runs); the answer goes as JSON on
standard output: DuckDB's version, the load time, the rows of the last run and the time of
every timed run.

Like the cube, which keeps records without consent or already reported elsewhere out of its
columns when a dataset is added, the load keeps them out of the table; the datasets a reader
may see are chosen at query time, as the cube's visibility closure does.
"""

import json
import sys
import time

import duckdb


def main():
    settings = json.load(sys.stdin)
    connection = duckdb.connect(":memory:")
    code_columns = settings["code_columns"]
    types = {"dataset": "INTEGER"}
    types.update({column: "SMALLINT" for column in code_columns})
    types.update({"year": "SMALLINT", "consent": "SMALLINT", "reported_elsewhere": "SMALLINT"})
    kept = ", ".join(["dataset", *code_columns, "year"])
    start = time.perf_counter()
    connection.execute(
        f"CREATE TABLE incident AS SELECT {kept} FROM read_csv(?, header = true, columns = ?) "
        "WHERE consent = 1 AND reported_elsewhere = 0",
        [settings["csv"], types],
    )
    loaded = connection.execute("SELECT count(*) FROM incident").fetchone()[0]
    load_seconds = time.perf_counter() - start

    query = settings["statement"]
    parameters = [settings[name] for name in ("visible", "sex", "occupation", "first_year", "last_year")]
    rows = None
    for _ in range(settings["warm_up"]):
        rows = connection.execute(query, parameters).fetchall()
    times_ms = []
    for _ in range(settings["rounds"]):
        start = time.perf_counter()
        rows = connection.execute(query, parameters).fetchall()
        times_ms.append((time.perf_counter() - start) * 1000.0)
    json.dump(
        {
            "version": duckdb.__version__,
            "threads": connection.execute("SELECT current_setting('threads')").fetchone()[0],
            "loaded": loaded,
            "load_seconds": load_seconds,
            "rows": [[int(row), int(column), int(count)] for row, column, count in rows],
            "times_ms": times_ms,
        },
        sys.stdout,
    )


if __name__ == "__main__":
    main()
