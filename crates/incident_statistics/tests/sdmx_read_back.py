"""Reads vawdb's SDMX exports back with sdmx1, as a client of SDMX would.

Called by `pivot_and_export.rs` as `python sdmx_read_back.py STRUCTURE CSV_1_0 CSV_2_0`: the
SDMX-ML 2.1 structure message and the same table as SDMX-CSV 1.0 and 2.0. sdmx1 reads the
structure and the SDMX-CSV 2.0 file against its data flow. sdmx1 reads no SDMX-CSV 1.0, so that
file is read with the csv module, and its columns and codes are checked against the structure
sdmx1 read. Every code of every observation must be in its dimension's or attribute's code list,
and every time period must be an SDMX observational time period; the first that is not stops
the script with a message on standard error and exit status 1.

The observations of both files go to standard output as JSON, for the Rust test to compare with
the table it exported.
"""

import csv
import json
import re
import sys

import sdmx
from sdmx.model.common import TimeDimension

# The forms of SDMX's ObservationalTimePeriod: a Gregorian year, or year and month; a reporting
# period such as 2024-Q1; a date, with or without a time of day; or a time range, which is a
# start and an ISO 8601 duration.
DATE = r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?)?"
DURATION = r"P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?"
TIME_PERIOD = re.compile(
    rf"\d{{4}}|\d{{4}}-\d{{2}}|\d{{4}}-(A1|S[12]|T[1-3]|Q[1-4]|M\d{{2}}|W\d{{2}}|D\d{{3}})|{DATE}|({DATE})/{DURATION}"
)


class Refused(Exception):
    """A file that an SDMX client would refuse or misread."""


def main(structure_path, csv_1_path, csv_2_path):
    structure = sdmx.read_sdmx(structure_path)
    if len(structure.dataflow) != 1:
        raise Refused(f"the structure has {len(structure.dataflow)} data flows, not one")
    dataflow = next(iter(structure.dataflow.values()))
    dsd = dataflow.structure
    if dsd is None or dsd.id not in structure.structure:
        raise Refused(f"the data flow {dataflow.id} has no data structure in the message")
    dsd = structure.structure[dsd.id]
    dataflow.structure = dsd
    reference = f"{dataflow.maintainer.id}:{dataflow.id}({dataflow.version})"
    dimensions = [dimension.id for dimension in dsd.dimensions.components]
    measures = [measure.id for measure in dsd.measures.components]
    attributes = [attribute.id for attribute in dsd.attributes.components]
    time_dimensions = [d.id for d in dsd.dimensions.components if isinstance(d, TimeDimension)]
    if len(time_dimensions) != 1:
        raise Refused(f"the structure has time dimensions {time_dimensions}, not one")
    time_format = dsd.dimensions.get(time_dimensions[0]).local_representation.non_enumerated
    text_types = [str(facet.value_type.name) for facet in time_format if facet.value_type is not None]
    codes = {
        component.id: code_ids(component)
        for component in [*dsd.dimensions.components, *dsd.attributes.components]
        if component.id not in time_dimensions
    }

    def checked(observation, where):
        """The observation's codes checked against the structure, as JSON."""
        key = observation["key"]
        if list(key) != dimensions:
            raise Refused(f"{where}: dimensions {list(key)}, the structure has {dimensions}")
        for component, value in [*key.items(), *observation["attributes"].items()]:
            if component in time_dimensions:
                if not TIME_PERIOD.fullmatch(value):
                    raise Refused(f"{where}: {component} {value!r} is not an SDMX time period")
            elif value not in codes[component]:
                raise Refused(f"{where}: {component} {value!r} is not in its code list")
        value = observation["value"]
        if value not in ("", None) and not re.fullmatch(r"\d+", value):
            raise Refused(f"{where}: OBS_VALUE {value!r} is not a count")
        observation["value"] = int(value) if value else None
        return observation

    # SDMX-CSV 2.0, read by sdmx1 against the data flow.
    message = sdmx.read_sdmx(csv_2_path, structure=dataflow)
    version_2 = []
    for data_set in message.data:
        if data_set.action.name != "information":
            raise Refused(f"SDMX-CSV 2.0: a data set with the action {data_set.action.name}")
        for number, obs in enumerate(data_set.obs, start=1):
            key = {dimension: obs.dimension.values[dimension].value for dimension in dimensions}
            observation = {
                "key": key,
                "value": obs.value,
                "attributes": {id: str(obs.attached_attribute[id].value) for id in attributes},
            }
            version_2.append(checked(observation, f"SDMX-CSV 2.0 observation {number}"))
    # sdmx1 takes a column the structure does not declare for a custom one and drops it: the
    # columns are checked here, so that every column a file has is one the structure explains.
    with open(csv_2_path, newline="", encoding="utf-8") as file:
        rows = list(csv.reader(file))
    expected = ["STRUCTURE", "STRUCTURE_ID", "ACTION", *dimensions, *measures, *attributes]
    if rows[0] != expected:
        raise Refused(f"SDMX-CSV 2.0: the columns are {rows[0]}, the structure says {expected}")
    if len(rows) - 1 != len(version_2):
        raise Refused(f"SDMX-CSV 2.0: {len(rows) - 1} lines, but sdmx1 read {len(version_2)} observations")
    targets = {tuple(row[:3]) for row in rows[1:]}
    if targets != {("dataflow", reference, "I")}:
        raise Refused(f"SDMX-CSV 2.0: STRUCTURE, STRUCTURE_ID and ACTION are {targets}")

    # SDMX-CSV 1.0, which sdmx1 does not read: its columns are checked against the structure.
    with open(csv_1_path, newline="", encoding="utf-8") as file:
        rows = list(csv.reader(file))
    expected = ["DATAFLOW", *dimensions, *measures, *attributes]
    if rows[0] != expected:
        raise Refused(f"SDMX-CSV 1.0: the columns are {rows[0]}, the structure says {expected}")
    version_1 = []
    for number, row in enumerate(rows[1:], start=2):
        if len(row) != len(expected):
            raise Refused(f"SDMX-CSV 1.0 line {number}: {len(row)} fields, not {len(expected)}")
        if row[0] != reference:
            raise Refused(f"SDMX-CSV 1.0 line {number}: DATAFLOW {row[0]!r}, not {reference!r}")
        fields = dict(zip(expected, row))
        observation = {
            "key": {dimension: fields[dimension] for dimension in dimensions},
            "value": fields[measures[0]],
            "attributes": {id: fields[id] for id in attributes},
        }
        version_1.append(checked(observation, f"SDMX-CSV 1.0 line {number}"))

    json.dump(
        {
            "sdmx1": sdmx.__version__,
            "dataflow": reference,
            "dimensions": dimensions,
            "time_dimension": time_dimensions[0],
            "time_text_types": text_types,
            "measures": measures,
            "attributes": attributes,
            "codes": {component: sorted(ids) for component, ids in codes.items() if component in attributes},
            "sdmx_csv_1": version_1,
            "sdmx_csv_2": version_2,
        },
        sys.stdout,
    )


def code_ids(component):
    """The ids of the codes a coded component may take."""
    representation = component.local_representation
    if representation is None or representation.enumerated is None:
        raise Refused(f"{component.id} has no code list")
    return {code.id for code in representation.enumerated}


if __name__ == "__main__":
    try:
        main(*sys.argv[1:])
    except Refused as refused:
        print(f"sdmx_read_back.py: {refused}", file=sys.stderr)
        sys.exit(1)
