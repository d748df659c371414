//! The same searches answered in SQL, as one would build them without vawdb's index: SQLite
//! FTS5 and PostgreSQL full-text search over the same measures, each returning the page of
//! ids and the same facet counts as vawdb (country, region, actor kind, cycle, implementation,
//! year, and every vocabulary term rolled up to its broader terms), one GROUP BY query per
//! facet.
//!
//! Facet counts follow vawdb's rule: a facet is counted as if its own filter were not set, so
//! a facet that is filtered on gets a query of its own without that filter.
//!
//! Integers (codes, pages, years) are written into the statements: they come from typed
//! values and cannot carry SQL. The search text, which a user types, is always bound.

use std::{collections::BTreeMap, path::Path};

use domain::{actor::ActorKind, catalogue::Catalogue, language::Language, measure::Measure, text::english_sort_key};
use serde_json::json;
use sqlx::{
    PgPool, SqlitePool,
    postgres::PgPoolOptions,
    sqlite::{SqliteConnectOptions, SqlitePoolOptions, SqliteSynchronous},
};
use store::{Location, scratch::ScratchDatabase};

use crate::queries::{BenchQuery, PER_PAGE, Text};

/// Measures written per statement when loading.
const LOAD_BATCH: usize = 5000;

/// The measures and the catalogue flattened into rows, as both SQL engines store them.
pub struct Tables {
    measures: Vec<MeasureRow>,
    /// `vocabulary/term` by term id.
    term_keys: Vec<String>,
    term_ids: BTreeMap<String, i64>,
    /// Term, ancestor (the term itself included) and the vocabulary's number.
    term_ancestors: Vec<(i64, i64, i64)>,
    vocabulary_count: usize,
    vocabulary_numbers: BTreeMap<String, usize>,
    country_regions: Vec<(i64, i64)>,
    cycles: Vec<String>,
}

struct MeasureRow {
    id: i64,
    /// M49 code, 0 for none.
    country: i64,
    /// The place of the country's English short name in alphabetical order.
    country_rank: i64,
    /// The position in `ActorKind::ALL`.
    actor_kind: i64,
    /// 1 + the position in the catalogue's cycles, 0 for none.
    cycle: i64,
    /// 1 in preparation, 2 in place.
    implementation: i64,
    /// 0 for no year.
    year_from: i64,
    year_to: i64,
    terms: Vec<i64>,
    /// Every language's title, and every language's description.
    title: String,
    description: String,
}

impl Tables {
    pub fn new(catalogue: &Catalogue, measures: &[Measure]) -> Tables {
        let mut term_keys = Vec::new();
        let mut term_ids = BTreeMap::new();
        let mut term_ancestors = Vec::new();
        let mut vocabulary_numbers = BTreeMap::new();
        for (vocabulary, thesaurus) in catalogue.thesauri().iter().enumerate() {
            vocabulary_numbers.insert(thesaurus.code().to_string(), vocabulary);
            for term in thesaurus.terms() {
                let key = format!("{}/{}", thesaurus.code(), term.code);
                term_ids.insert(key.clone(), term_keys.len() as i64);
                term_keys.push(key);
            }
            for term in thesaurus.terms() {
                let id = term_ids[&format!("{}/{}", thesaurus.code(), term.code)];
                term_ancestors.push((id, id, vocabulary as i64));
                for ancestor in thesaurus.ancestors(&term.code) {
                    let ancestor = term_ids[&format!("{}/{}", thesaurus.code(), ancestor.code)];
                    term_ancestors.push((id, ancestor, vocabulary as i64));
                }
            }
        }
        let mut by_name: Vec<(String, u16)> = catalogue
            .countries()
            .iter()
            .map(|country| (english_sort_key(country.short_name(Language::English)), country.m49.get()))
            .collect();
        by_name.sort();
        let mut ranks = vec![i64::from(u16::MAX); 1000];
        for (rank, (_, m49)) in by_name.into_iter().enumerate() {
            ranks[usize::from(m49)] = rank as i64;
        }
        let mut country_regions = Vec::new();
        for country in catalogue.countries() {
            let mut regions: Vec<u16> = [country.region, country.subregion, country.intermediate_region]
                .into_iter()
                .flatten()
                .map(|m49| m49.get())
                .collect();
            regions.dedup();
            country_regions.extend(regions.into_iter().map(|region| (i64::from(country.m49.get()), i64::from(region))));
        }
        let cycles: Vec<String> = catalogue.cycles().map(|cycle| cycle.code.to_string()).collect();
        let measures = measures
            .iter()
            .filter(|measure| measure.state.is_public())
            .enumerate()
            .map(|(position, measure)| {
                let actor_kind = catalogue.actor(&measure.actor).map_or(ActorKind::Other, |actor| actor.kind);
                let country = measure.country.map_or(0, |m49| i64::from(m49.get()));
                let texts = measure.texts.values();
                MeasureRow {
                    id: position as i64 + 1,
                    country,
                    country_rank: ranks[country as usize],
                    actor_kind: ActorKind::ALL.iter().position(|kind| *kind == actor_kind).unwrap_or(0) as i64,
                    cycle: measure.cycle.as_ref().map_or(0, |code| {
                        cycles.iter().position(|known| known == code.as_str()).map_or(0, |p| p as i64 + 1)
                    }),
                    implementation: if measure.implementation.as_str() == "in_preparation" { 1 } else { 2 },
                    year_from: measure.years.map_or(0, |years| i64::from(years.from())),
                    year_to: measure.years.map_or(0, |years| i64::from(years.to())),
                    terms: measure
                        .classification
                        .iter()
                        .map(|(vocabulary, term)| term_ids[&format!("{vocabulary}/{term}")])
                        .collect(),
                    title: texts.clone().map(|text| text.title.as_str()).collect::<Vec<_>>().join("\n"),
                    description: texts.map(|text| text.description.as_str()).collect::<Vec<_>>().join("\n"),
                }
            })
            .collect();
        Tables {
            measures,
            term_keys,
            term_ids,
            term_ancestors,
            vocabulary_count: vocabulary_numbers.len(),
            vocabulary_numbers,
            country_regions,
            cycles,
        }
    }

    pub fn measure_count(&self) -> usize {
        self.measures.len()
    }

    fn measure_terms(&self) -> Vec<(i64, i64)> {
        self.measures.iter().flat_map(|row| row.terms.iter().map(|term| (row.id, *term))).collect()
    }

    fn measure_years(&self) -> Vec<(i64, i64)> {
        self.measures
            .iter()
            .filter(|row| row.year_from > 0)
            .flat_map(|row| (row.year_from..=row.year_to).map(|year| (row.id, year)))
            .collect()
    }
}

/// A group of facet counts, each computed by one query.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Facet {
    Country,
    Region,
    ActorKind,
    Cycle,
    Implementation,
    Year,
    /// The terms of one vocabulary that is filtered on.
    Vocabulary(usize),
    /// The terms of every vocabulary that is not filtered on.
    OtherVocabularies,
}

/// What the SQL engines answer, as read from the database.
pub struct Answer {
    pub total: i64,
    pub ids: Vec<i64>,
    pub facets: Vec<(Facet, Vec<(i64, i64)>)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Owner {
    Text,
    Country,
    Region,
    Year,
    Vocabulary(usize),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dialect {
    Sqlite,
    Postgres,
}

enum Connection {
    Sqlite(SqlitePool),
    Postgres { pool: PgPool, scratch: ScratchDatabase },
}

/// One SQL engine loaded with the corpus.
pub struct Engine {
    pub name: &'static str,
    connection: Connection,
}

/// Runs `$body` with `$pool` bound to whichever pool the engine has: sqlx's query types are
/// per database, so the same statement is written once and compiled for each.
macro_rules! with_pool {
    ($engine:expr, $pool:ident => $body:expr) => {
        match &$engine.connection {
            Connection::Sqlite($pool) => $body,
            Connection::Postgres { pool: $pool, .. } => $body,
        }
    };
}

impl Engine {
    /// Creates an SQLite file at `path` with an FTS5 table over every title and description.
    pub async fn sqlite(path: &Path, tables: &Tables) -> Engine {
        let options = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true)
            // The file is thrown away after the run: nothing needs to survive a crash.
            .synchronous(SqliteSynchronous::Off)
            // A page cache big enough for the whole corpus, as a server would be given.
            .pragma("cache_size", "-524288");
        let pool = SqlitePoolOptions::new()
            .max_connections(1)
            .connect_with(options)
            .await
            .unwrap_or_else(|error| panic!("cannot create the SQLite file {}: {error}", path.display()));
        let engine = Engine { name: "SQLite FTS5", connection: Connection::Sqlite(pool) };
        engine
            .execute(
                "CREATE VIRTUAL TABLE measure_text USING fts5 (title, description, \
                 tokenize = 'unicode61 remove_diacritics 2')",
            )
            .await
            .unwrap_or_else(|error| {
                panic!(
                    "SQLite FTS5 IS NOT AVAILABLE in the SQLite that sqlx bundles ({error}): the comparison \
                     with FTS5 cannot run. libsqlite3-sys's `bundled` feature normally enables it."
                )
            });
        for statement in [
            "CREATE TABLE measure (id INTEGER PRIMARY KEY, country INTEGER NOT NULL, country_rank INTEGER NOT NULL, \
             actor_kind INTEGER NOT NULL, cycle INTEGER NOT NULL, implementation INTEGER NOT NULL, \
             year_from INTEGER NOT NULL, year_to INTEGER NOT NULL)",
            "CREATE TABLE country_region (country INTEGER NOT NULL, region INTEGER NOT NULL, \
             PRIMARY KEY (country, region)) WITHOUT ROWID",
            "CREATE TABLE term (id INTEGER PRIMARY KEY, key TEXT NOT NULL)",
            "CREATE TABLE term_ancestor (term INTEGER NOT NULL, ancestor INTEGER NOT NULL, \
             vocabulary INTEGER NOT NULL, PRIMARY KEY (term, ancestor)) WITHOUT ROWID",
            "CREATE TABLE measure_term (measure INTEGER NOT NULL, term INTEGER NOT NULL, \
             PRIMARY KEY (measure, term)) WITHOUT ROWID",
            "CREATE TABLE measure_year (measure INTEGER NOT NULL, year INTEGER NOT NULL, \
             PRIMARY KEY (measure, year)) WITHOUT ROWID",
        ] {
            engine.execute(statement).await.expect("the SQLite schema is created");
        }
        let Connection::Sqlite(pool) = &engine.connection else { unreachable!() };
        let insert = |sql: &'static str, rows: serde_json::Value| async move {
            sqlx::query(sql)
                .bind(rows.to_string())
                .execute(pool)
                .await
                .unwrap_or_else(|error| panic!("SQLite load: {sql}: {error}"));
        };
        for batch in tables.measures.chunks(LOAD_BATCH) {
            let facts: Vec<_> = batch
                .iter()
                .map(|row| {
                    json!([
                        row.id,
                        row.country,
                        row.country_rank,
                        row.actor_kind,
                        row.cycle,
                        row.implementation,
                        row.year_from,
                        row.year_to
                    ])
                })
                .collect();
            insert(
                "INSERT INTO measure (id, country, country_rank, actor_kind, cycle, implementation, year_from, year_to) \
                 SELECT value->>0, value->>1, value->>2, value->>3, value->>4, value->>5, value->>6, value->>7 \
                 FROM json_each(?1)",
                json!(facts),
            )
            .await;
            let texts: Vec<_> = batch.iter().map(|row| json!([row.id, row.title, row.description])).collect();
            insert(
                "INSERT INTO measure_text (rowid, title, description) SELECT value->>0, value->>1, value->>2 \
                 FROM json_each(?1)",
                json!(texts),
            )
            .await;
        }
        let pairs = |rows: Vec<(i64, i64)>| json!(rows.into_iter().map(|(a, b)| json!([a, b])).collect::<Vec<_>>());
        for chunk in tables.measure_terms().chunks(LOAD_BATCH * 4) {
            insert(
                "INSERT INTO measure_term (measure, term) SELECT value->>0, value->>1 FROM json_each(?1)",
                pairs(chunk.to_vec()),
            )
            .await;
        }
        for chunk in tables.measure_years().chunks(LOAD_BATCH * 4) {
            insert(
                "INSERT INTO measure_year (measure, year) SELECT value->>0, value->>1 FROM json_each(?1)",
                pairs(chunk.to_vec()),
            )
            .await;
        }
        insert(
            "INSERT INTO country_region (country, region) SELECT value->>0, value->>1 FROM json_each(?1)",
            pairs(tables.country_regions.clone()),
        )
        .await;
        let terms: Vec<_> = tables.term_keys.iter().enumerate().map(|(id, key)| json!([id, key])).collect();
        insert("INSERT INTO term (id, key) SELECT value->>0, value->>1 FROM json_each(?1)", json!(terms)).await;
        let ancestors: Vec<_> = tables.term_ancestors.iter().map(|(t, a, v)| json!([t, a, v])).collect();
        insert(
            "INSERT INTO term_ancestor (term, ancestor, vocabulary) SELECT value->>0, value->>1, value->>2 \
             FROM json_each(?1)",
            json!(ancestors),
        )
        .await;
        for statement in [
            "CREATE INDEX measure_by_country ON measure (country)",
            "CREATE INDEX measure_in_country_order ON measure (country_rank, year_to DESC, id)",
            "CREATE INDEX country_region_by_region ON country_region (region, country)",
            "CREATE INDEX term_ancestor_by_ancestor ON term_ancestor (ancestor, term)",
            "CREATE INDEX measure_term_by_term ON measure_term (term, measure)",
            // Merges the full-text index into one b-tree, as after a bulk load.
            "INSERT INTO measure_text (measure_text) VALUES ('optimize')",
            "ANALYZE",
        ] {
            engine.execute(statement).await.expect("the SQLite indexes are built");
        }
        engine
    }

    /// Creates a scratch database on the PostgreSQL server at `server_url` with a tsvector
    /// column ('simple' configuration: lower-cased, not stemmed) and a GIN index.
    pub async fn postgres(server_url: &str, tables: &Tables) -> Engine {
        let scratch = ScratchDatabase::create(server_url).await.unwrap_or_else(|error| {
            panic!(
                "POSTGRESQL IS NOT REACHABLE at {server_url} ({error}): the comparison with PostgreSQL cannot run. \
                 Start PostgreSQL (`cargo xtask test` installs and starts one) or point VAWDB_BENCH_POSTGRES \
                 at a server."
            )
        });
        let Location::Postgres(url) = scratch.location() else { unreachable!("a scratch database is PostgreSQL") };
        let pool = PgPoolOptions::new()
            .max_connections(1)
            .after_connect(|connection, _| {
                Box::pin(async move {
                    // JIT compilation adds tens of milliseconds to each costly facet query
                    // and is turned off where queries answer web requests.
                    sqlx::query("SET jit = off").execute(connection).await?;
                    Ok(())
                })
            })
            .connect(&url)
            .await
            .unwrap_or_else(|error| panic!("cannot connect to the scratch database {url}: {error}"));
        let engine = Engine { name: "PostgreSQL", connection: Connection::Postgres { pool, scratch } };
        for statement in [
            "CREATE TABLE measure (id BIGINT PRIMARY KEY, country BIGINT NOT NULL, country_rank BIGINT NOT NULL, \
             actor_kind BIGINT NOT NULL, cycle BIGINT NOT NULL, implementation BIGINT NOT NULL, \
             year_from BIGINT NOT NULL, year_to BIGINT NOT NULL, document TSVECTOR NOT NULL)",
            "CREATE TABLE country_region (country BIGINT NOT NULL, region BIGINT NOT NULL, \
             PRIMARY KEY (country, region))",
            "CREATE TABLE term (id BIGINT PRIMARY KEY, key TEXT NOT NULL)",
            "CREATE TABLE term_ancestor (term BIGINT NOT NULL, ancestor BIGINT NOT NULL, \
             vocabulary BIGINT NOT NULL, PRIMARY KEY (term, ancestor))",
            "CREATE TABLE measure_term (measure BIGINT NOT NULL, term BIGINT NOT NULL, PRIMARY KEY (measure, term))",
            "CREATE TABLE measure_year (measure BIGINT NOT NULL, year BIGINT NOT NULL, PRIMARY KEY (measure, year))",
        ] {
            engine.execute(statement).await.expect("the PostgreSQL schema is created");
        }
        let Connection::Postgres { pool, .. } = &engine.connection else { unreachable!() };
        for batch in tables.measures.chunks(LOAD_BATCH) {
            let column = |value: fn(&MeasureRow) -> i64| batch.iter().map(value).collect::<Vec<i64>>();
            sqlx::query(
                "INSERT INTO measure (id, country, country_rank, actor_kind, cycle, implementation, year_from, \
                 year_to, document) \
                 SELECT id, country, country_rank, actor_kind, cycle, implementation, year_from, year_to, \
                 setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', description), 'B') \
                 FROM UNNEST($1::bigint[], $2::bigint[], $3::bigint[], $4::bigint[], $5::bigint[], $6::bigint[], \
                 $7::bigint[], $8::bigint[], $9::text[], $10::text[]) \
                 AS t (id, country, country_rank, actor_kind, cycle, implementation, year_from, year_to, title, \
                 description)",
            )
            .bind(column(|row| row.id))
            .bind(column(|row| row.country))
            .bind(column(|row| row.country_rank))
            .bind(column(|row| row.actor_kind))
            .bind(column(|row| row.cycle))
            .bind(column(|row| row.implementation))
            .bind(column(|row| row.year_from))
            .bind(column(|row| row.year_to))
            .bind(batch.iter().map(|row| row.title.clone()).collect::<Vec<String>>())
            .bind(batch.iter().map(|row| row.description.clone()).collect::<Vec<String>>())
            .execute(pool)
            .await
            .unwrap_or_else(|error| panic!("PostgreSQL load of measures: {error}"));
        }
        let insert_pairs = |table: &'static str, columns: &'static str, rows: Vec<(i64, i64)>| async move {
            for chunk in rows.chunks(LOAD_BATCH * 4) {
                let sql = format!("INSERT INTO {table} ({columns}) SELECT * FROM UNNEST($1::bigint[], $2::bigint[])");
                sqlx::query(&sql)
                    .bind(chunk.iter().map(|(a, _)| *a).collect::<Vec<i64>>())
                    .bind(chunk.iter().map(|(_, b)| *b).collect::<Vec<i64>>())
                    .execute(pool)
                    .await
                    .unwrap_or_else(|error| panic!("PostgreSQL load of {table}: {error}"));
            }
        };
        insert_pairs("measure_term", "measure, term", tables.measure_terms()).await;
        insert_pairs("measure_year", "measure, year", tables.measure_years()).await;
        insert_pairs("country_region", "country, region", tables.country_regions.clone()).await;
        sqlx::query("INSERT INTO term (id, key) SELECT * FROM UNNEST($1::bigint[], $2::text[])")
            .bind((0..tables.term_keys.len() as i64).collect::<Vec<i64>>())
            .bind(tables.term_keys.clone())
            .execute(pool)
            .await
            .expect("the terms are loaded into PostgreSQL");
        sqlx::query(
            "INSERT INTO term_ancestor (term, ancestor, vocabulary) \
             SELECT * FROM UNNEST($1::bigint[], $2::bigint[], $3::bigint[])",
        )
        .bind(tables.term_ancestors.iter().map(|(t, _, _)| *t).collect::<Vec<i64>>())
        .bind(tables.term_ancestors.iter().map(|(_, a, _)| *a).collect::<Vec<i64>>())
        .bind(tables.term_ancestors.iter().map(|(_, _, v)| *v).collect::<Vec<i64>>())
        .execute(pool)
        .await
        .expect("the term closure is loaded into PostgreSQL");
        for statement in [
            "CREATE INDEX measure_document ON measure USING GIN (document)",
            "CREATE INDEX measure_by_country ON measure (country)",
            "CREATE INDEX measure_in_country_order ON measure (country_rank, year_to DESC, id)",
            "CREATE INDEX country_region_by_region ON country_region (region, country)",
            "CREATE INDEX term_ancestor_by_ancestor ON term_ancestor (ancestor, term)",
            "CREATE INDEX measure_term_by_term ON measure_term (term, measure)",
            "VACUUM ANALYZE",
        ] {
            engine.execute(statement).await.expect("the PostgreSQL indexes are built");
        }
        engine
    }

    async fn execute(&self, sql: &str) -> Result<(), sqlx::Error> {
        with_pool!(self, pool => sqlx::query(sql).execute(pool).await.map(|_| ()))
    }

    async fn pairs(&self, sql: &str, text: Option<&str>) -> Vec<(i64, i64)> {
        let rows = with_pool!(self, pool => {
            let mut query = sqlx::query_as::<_, (i64, i64)>(sql);
            if let Some(text) = text {
                query = query.bind(text);
            }
            query.fetch_all(pool).await
        });
        rows.unwrap_or_else(|error| panic!("{}: {sql}: {error}", self.name))
    }

    async fn singles(&self, sql: &str, text: Option<&str>) -> Vec<i64> {
        let rows = with_pool!(self, pool => {
            let mut query = sqlx::query_as::<_, (i64,)>(sql);
            if let Some(text) = text {
                query = query.bind(text);
            }
            query.fetch_all(pool).await
        });
        rows.unwrap_or_else(|error| panic!("{}: {sql}: {error}", self.name)).into_iter().map(|(value,)| value).collect()
    }

    fn dialect(&self) -> Dialect {
        match self.connection {
            Connection::Sqlite(_) => Dialect::Sqlite,
            Connection::Postgres { .. } => Dialect::Postgres,
        }
    }

    /// Answers one search: the total, the page of ids, and every facet's counts.
    pub async fn search(&self, query: &BenchQuery, tables: &Tables) -> Answer {
        let dialect = self.dialect();
        let (text, tsquery) = match (&query.text, dialect) {
            (None, _) => (None, ""),
            (Some(Text::Word(word)), Dialect::Sqlite) => (Some(format!("\"{}\"*", word.replace('"', "\"\""))), ""),
            (Some(Text::Phrase(phrase)), Dialect::Sqlite) => (Some(format!("\"{}\"", phrase.replace('"', "\"\""))), ""),
            (Some(Text::Word(word)), Dialect::Postgres) => {
                (Some(format!("'{}':*", word.replace('\\', "\\\\").replace('\'', "''"))), "to_tsquery('simple', $1)")
            }
            (Some(Text::Phrase(phrase)), Dialect::Postgres) => (Some(phrase.clone()), "phraseto_tsquery('simple', $1)"),
        };
        let text = text.as_deref();

        let mut conditions: Vec<(Owner, String)> = Vec::new();
        if text.is_some() {
            conditions.push((
                Owner::Text,
                match dialect {
                    Dialect::Sqlite => {
                        "m.id IN (SELECT rowid FROM measure_text WHERE measure_text MATCH ?1)".to_owned()
                    }
                    Dialect::Postgres => format!("m.document @@ {tsquery}"),
                },
            ));
        }
        let list = |values: &mut dyn Iterator<Item = i64>| values.map(|v| v.to_string()).collect::<Vec<_>>().join(", ");
        if !query.countries.is_empty() {
            let codes = list(&mut query.countries.iter().map(|m49| i64::from(m49.get())));
            conditions.push((Owner::Country, format!("m.country IN ({codes})")));
        }
        if !query.regions.is_empty() {
            let codes = list(&mut query.regions.iter().map(|m49| i64::from(m49.get())));
            conditions.push((
                Owner::Region,
                format!("m.country IN (SELECT country FROM country_region WHERE region IN ({codes}))"),
            ));
        }
        if let Some((from, to)) = query.years {
            conditions.push((Owner::Year, format!("m.year_from > 0 AND m.year_to >= {from} AND m.year_from <= {to}")));
        }
        let mut filtered_vocabularies = Vec::new();
        for (vocabulary, term) in &query.terms {
            let number = tables.vocabulary_numbers[vocabulary];
            let term = tables.term_ids[&format!("{vocabulary}/{term}")];
            filtered_vocabularies.push(number);
            conditions.push((
                Owner::Vocabulary(number),
                format!(
                    "m.id IN (SELECT mt.measure FROM measure_term mt JOIN term_ancestor ta ON ta.term = mt.term \
                     WHERE ta.ancestor = {term})"
                ),
            ));
        }
        let where_clause = |except: Option<Owner>, extra: Option<String>| {
            let parts: Vec<String> = conditions
                .iter()
                .filter(|(owner, _)| Some(*owner) != except)
                .map(|(_, condition)| condition.clone())
                .chain(extra)
                .collect();
            if parts.is_empty() { String::new() } else { format!(" WHERE {}", parts.join(" AND ")) }
        };

        let total = self.singles(&format!("SELECT count(*) FROM measure m{}", where_clause(None, None)), text).await;
        let offset = (query.page - 1) * PER_PAGE;
        let page_sql = match (text.is_some(), dialect) {
            (true, Dialect::Sqlite) => format!(
                "SELECT m.id FROM measure_text JOIN measure m ON m.id = measure_text.rowid{} \
                 ORDER BY bm25(measure_text, 2.0, 1.0), m.country_rank, m.id LIMIT {PER_PAGE} OFFSET {offset}",
                where_clause(Some(Owner::Text), Some("measure_text MATCH ?1".to_owned()))
            ),
            (true, Dialect::Postgres) => format!(
                "SELECT m.id FROM measure m{} ORDER BY ts_rank(m.document, {tsquery}) DESC, m.country_rank, m.id \
                 LIMIT {PER_PAGE} OFFSET {offset}",
                where_clause(None, None)
            ),
            (false, _) => format!(
                "SELECT m.id FROM measure m{} ORDER BY m.country_rank, m.year_to DESC, m.id \
                 LIMIT {PER_PAGE} OFFSET {offset}",
                where_clause(None, None)
            ),
        };
        let ids = self.singles(&page_sql, text).await;

        let mut facets = Vec::new();
        let simple = [
            (Facet::Country, Some(Owner::Country), "m.country", ""),
            (Facet::Region, Some(Owner::Region), "cr.region", " JOIN country_region cr ON cr.country = m.country"),
            (Facet::ActorKind, None, "m.actor_kind", ""),
            (Facet::Cycle, None, "m.cycle", ""),
            (Facet::Implementation, None, "m.implementation", ""),
            (Facet::Year, Some(Owner::Year), "y.year", " JOIN measure_year y ON y.measure = m.id"),
        ];
        for (facet, owner, column, join) in simple {
            let sql = format!(
                "SELECT {column}, count(*) FROM measure m{join}{} GROUP BY {column}",
                where_clause(owner, None)
            );
            facets.push((facet, self.pairs(&sql, text).await));
        }
        let terms_join = " JOIN measure_term mt ON mt.measure = m.id JOIN term_ancestor ta ON ta.term = mt.term";
        for number in &filtered_vocabularies {
            let sql = format!(
                "SELECT ta.ancestor, count(DISTINCT m.id) FROM measure m{terms_join}{} GROUP BY ta.ancestor",
                where_clause(Some(Owner::Vocabulary(*number)), Some(format!("ta.vocabulary = {number}")))
            );
            facets.push((Facet::Vocabulary(*number), self.pairs(&sql, text).await));
        }
        if filtered_vocabularies.len() < tables.vocabulary_count {
            let others = (!filtered_vocabularies.is_empty()).then(|| {
                let numbers = list(
                    &mut (0..tables.vocabulary_count)
                        .filter(|number| !filtered_vocabularies.contains(number))
                        .map(|number| number as i64),
                );
                format!("ta.vocabulary IN ({numbers})")
            });
            let sql = format!(
                "SELECT ta.ancestor, count(DISTINCT m.id) FROM measure m{terms_join}{} GROUP BY ta.ancestor",
                where_clause(None, others)
            );
            facets.push((Facet::OtherVocabularies, self.pairs(&sql, text).await));
        }
        Answer { total: total.first().copied().unwrap_or_default(), ids, facets }
    }

    /// Closes the connection and drops the scratch database, if any.
    pub async fn close(self) {
        match self.connection {
            Connection::Sqlite(pool) => pool.close().await,
            Connection::Postgres { pool, scratch } => {
                pool.close().await;
                let name = scratch.name().to_owned();
                if let Err(error) = scratch.drop_database().await {
                    eprintln!("could not drop the scratch database {name}: {error}");
                }
            }
        }
    }
}

/// The facet counts of an answer, keyed as `facet/value` as vawdb's are keyed for comparison.
pub fn facet_counts(answer: &Answer, tables: &Tables) -> BTreeMap<String, u64> {
    let mut counts = BTreeMap::new();
    for (facet, rows) in &answer.facets {
        for (value, count) in rows {
            let key = match facet {
                Facet::Country if *value == 0 => continue,
                Facet::Country => format!("country/{value}"),
                Facet::Region => format!("region/{value}"),
                Facet::ActorKind => format!("actor_kind/{}", ActorKind::ALL[*value as usize].as_str()),
                Facet::Cycle if *value == 0 => continue,
                Facet::Cycle => format!("cycle/{}", tables.cycles[*value as usize - 1]),
                Facet::Implementation => {
                    format!("implementation/{}", if *value == 1 { "in_preparation" } else { "in_place" })
                }
                Facet::Year => format!("year/{value}"),
                Facet::Vocabulary(_) | Facet::OtherVocabularies => {
                    format!("term/{}", tables.term_keys[*value as usize])
                }
            };
            if *count > 0 {
                counts.insert(key, *count as u64);
            }
        }
    }
    counts
}
