//! Measures: reading them with filters and paging, and writing one with its texts and terms.

use std::collections::HashMap;

use domain::{
    actor::{ActorCode, ActorKind},
    country::M49,
    cycle::CycleCode,
    measure::{Classification, ExternalId, ImplementationStatus, Measure, MeasureState, MeasureText, YearRange},
    vocabulary::{TermCode, VocabularyCode},
};
use serde_json::json;
use sqlx::{AnyConnection, Row, any::AnyRow};

use crate::{
    change_log::{self, Author, ChangedEntity},
    connection::Store,
    decode::{actor_code, language, optional_m49, term_code, text_origin, vocabulary_code},
    error::StoreError,
    ids::Ids,
    location::Backend,
    outcome::WriteOutcome,
    sql::{BulkInsert, Param, Sql},
    time_format,
};

/// Which measures a reader may see.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Visibility {
    /// Published measures only: what the public sees, through every path.
    PublishedOnly,
    /// Every measure, whatever its state: for editors and for exports of the whole store.
    All,
}

/// Terms of one vocabulary, any of which a measure must have (directly or through a
/// narrower term).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermFilter {
    pub vocabulary: VocabularyCode,
    pub any_of: Vec<TermCode>,
}

/// The order of a list of measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MeasureSort {
    /// By the country's English name in UN alphabetical order, measures with no country last.
    #[default]
    CountryName,
    /// Most recent year first, measures with no year last.
    YearDescending,
}

/// Which measures to list. Every filter given must hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeasureQuery {
    pub visibility: Visibility,
    pub country: Option<M49>,
    /// An M49 region, sub-region or intermediate region.
    pub region: Option<M49>,
    pub actor: Option<ActorCode>,
    pub actor_kind: Option<ActorKind>,
    pub cycle: Option<CycleCode>,
    pub terms: Vec<TermFilter>,
    /// Measures whose years overlap `year_from..=year_to`.
    pub year_from: Option<i32>,
    pub year_to: Option<i32>,
    pub implementation: Option<ImplementationStatus>,
    /// Measures in one of these workflow states (any state when empty); with
    /// `Visibility::PublishedOnly` only `published` can match.
    pub states: Vec<MeasureState>,
    pub sort: MeasureSort,
}

impl MeasureQuery {
    /// Every measure the visibility allows, unfiltered.
    pub fn all(visibility: Visibility) -> MeasureQuery {
        MeasureQuery {
            visibility,
            country: None,
            region: None,
            actor: None,
            actor_kind: None,
            cycle: None,
            terms: Vec::new(),
            year_from: None,
            year_to: None,
            implementation: None,
            states: Vec::new(),
            sort: MeasureSort::default(),
        }
    }
}

/// A page of a list: `number` counts from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    pub number: u32,
    pub size: u32,
}

impl Page {
    pub const MAX_SIZE: u32 = 1000;

    /// A page, with the number raised to at least 1 and the size kept within 1 to 1000.
    pub fn new(number: u32, size: u32) -> Page {
        Page { number: number.max(1), size: size.clamp(1, Self::MAX_SIZE) }
    }

    fn offset(self) -> i64 {
        i64::from(self.number - 1) * i64::from(self.size)
    }
}

/// A measure as stored, with its store id and version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeasureRecord {
    pub id: i64,
    pub measure: Measure,
    /// 1 when created, plus one for every change.
    pub version: i64,
    pub created_at: String,
    pub updated_at: String,
}

/// One page of measures and how many there are in all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeasurePage {
    pub records: Vec<MeasureRecord>,
    pub total: i64,
    pub page: Page,
}

impl MeasurePage {
    pub fn page_count(&self) -> i64 {
        (self.total + i64::from(self.page.size) - 1) / i64::from(self.page.size)
    }
}

/// Counts for a home page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StoreSummary {
    pub measures: i64,
    pub countries_with_measures: i64,
    pub cycles: i64,
    /// The day the latest of the measures shown last changed: what the data are "as at".
    pub data_as_at: Option<domain::date::Date>,
}

impl Store {
    /// One page of the measures matching `query`.
    pub async fn measures(&self, query: &MeasureQuery, page: Page) -> Result<MeasurePage, StoreError> {
        let mut connection = self.pool.acquire().await?;
        let mut count = Sql::new("SELECT COUNT(*) AS n FROM measures m");
        push_filters(&mut count, query);
        let total: i64 = count.query().fetch_one(&mut *connection).await?.try_get("n")?;

        let mut select = Sql::new("SELECT m.id FROM measures m");
        match query.sort {
            MeasureSort::CountryName => {
                select.push(" LEFT JOIN country_names cn ON cn.country_m49 = m.country_m49 AND cn.lang = 'en' AND cn.valid_to IS NULL");
            }
            MeasureSort::YearDescending => {}
        }
        push_filters(&mut select, query);
        select.push(match query.sort {
            MeasureSort::CountryName => " ORDER BY (cn.sort_key IS NULL), cn.sort_key, m.external_id",
            MeasureSort::YearDescending => {
                " ORDER BY (m.year_from IS NULL), m.year_to DESC, m.year_from DESC, m.external_id"
            }
        });
        select.push(" LIMIT ").bind_int(i64::from(page.size)).push(" OFFSET ").bind_int(page.offset());
        let ids: Vec<i64> = select
            .query()
            .fetch_all(&mut *connection)
            .await?
            .iter()
            .map(|row| row.try_get("id"))
            .collect::<Result<_, _>>()?;
        let records = load_records(&mut connection, &ids).await?;
        Ok(MeasurePage { records, total, page })
    }

    /// Every measure matching `query`, read page by page.
    pub async fn all_measures(&self, query: &MeasureQuery) -> Result<Vec<Measure>, StoreError> {
        let mut measures = Vec::new();
        let mut number = 1;
        loop {
            let page = self.measures(query, Page::new(number, Page::MAX_SIZE)).await?;
            let last = page.records.len() < Page::MAX_SIZE as usize;
            measures.extend(page.records.into_iter().map(|record| record.measure));
            if last {
                return Ok(measures);
            }
            number += 1;
        }
    }

    /// One measure by its store id, if it exists and `visibility` lets it be seen.
    pub async fn measure(&self, id: i64, visibility: Visibility) -> Result<Option<MeasureRecord>, StoreError> {
        let mut connection = self.pool.acquire().await?;
        let record = load_records(&mut connection, &[id]).await?.pop();
        Ok(record.filter(|record| visibility == Visibility::All || record.measure.state.is_public()))
    }

    /// The measures with these store ids, in the order given, that `visibility` lets be seen;
    /// ids that do not exist are skipped.
    pub async fn measures_by_ids(&self, ids: &[i64], visibility: Visibility) -> Result<Vec<MeasureRecord>, StoreError> {
        let mut connection = self.pool.acquire().await?;
        let records = load_records(&mut connection, ids).await?;
        Ok(records
            .into_iter()
            .filter(|record| visibility == Visibility::All || record.measure.state.is_public())
            .collect())
    }

    /// Up to `limit` measures with a store id above `after_id` that `visibility` lets be seen,
    /// in id order: for reading every measure in batches without paging by offset.
    pub async fn measures_after(
        &self,
        after_id: i64,
        limit: i64,
        visibility: Visibility,
    ) -> Result<Vec<MeasureRecord>, StoreError> {
        let mut connection = self.pool.acquire().await?;
        let mut sql = Sql::new("SELECT m.id FROM measures m");
        push_filters(&mut sql, &MeasureQuery::all(visibility));
        sql.push(" AND m.id > ").bind_int(after_id).push(" ORDER BY m.id LIMIT ").bind_int(limit);
        let ids: Vec<i64> = sql
            .query()
            .fetch_all(&mut *connection)
            .await?
            .iter()
            .map(|row| row.try_get("id"))
            .collect::<Result<_, _>>()?;
        load_records(&mut connection, &ids).await
    }

    /// The measures with these external ids, whatever their state; ids with no measure are
    /// left out.
    pub async fn measures_by_external_ids(
        &self,
        external_ids: &[ExternalId],
    ) -> Result<Vec<MeasureRecord>, StoreError> {
        let mut connection = self.pool.acquire().await?;
        let mut ids = Vec::new();
        for chunk in external_ids.chunks(LOAD_CHUNK) {
            let mut sql = Sql::new("SELECT id FROM measures WHERE external_id IN ");
            sql.bind_list(chunk.iter().map(|id| Param::Text(id.as_str().to_owned())));
            for row in sql.query().fetch_all(&mut *connection).await? {
                ids.push(row.try_get::<i64, _>("id")?);
            }
        }
        load_records(&mut connection, &ids).await
    }

    /// One measure by its external id, whatever its state.
    pub async fn measure_by_external_id(&self, external_id: &ExternalId) -> Result<Option<MeasureRecord>, StoreError> {
        let mut connection = self.pool.acquire().await?;
        find_by_external_id(&mut connection, external_id).await
    }

    /// How many measures `visibility` shows, in how many countries, and how many cycles exist.
    pub async fn summary(&self, visibility: Visibility) -> Result<StoreSummary, StoreError> {
        let mut connection = self.pool.acquire().await?;
        let mut sql = Sql::new(
            "SELECT COUNT(*) AS measures, COUNT(DISTINCT m.country_m49) AS countries, MAX(m.updated_at) AS last_change FROM measures m",
        );
        push_filters(&mut sql, &MeasureQuery::all(visibility));
        let row = sql.query().fetch_one(&mut *connection).await?;
        let cycles: i64 = sqlx::query("SELECT COUNT(*) AS n FROM reporting_cycles")
            .fetch_one(&mut *connection)
            .await?
            .try_get("n")?;
        let last_change: Option<String> = row.try_get("last_change")?;
        let data_as_at = match last_change {
            Some(moment) => Some(
                domain::date::Date::parse(moment.get(..10).unwrap_or(&moment))
                    .map_err(|error| StoreError::corrupt(format!("a measure's updated_at '{moment}': {error}")))?,
            ),
            None => None,
        };
        Ok(StoreSummary {
            measures: row.try_get("measures")?,
            countries_with_measures: row.try_get("countries")?,
            cycles,
            data_as_at,
        })
    }

    /// How many measures `visibility` shows for each country that has any.
    pub async fn measure_counts_by_country(&self, visibility: Visibility) -> Result<HashMap<M49, i64>, StoreError> {
        let mut sql = Sql::new("SELECT m.country_m49, COUNT(*) AS n FROM measures m");
        push_filters(&mut sql, &MeasureQuery::all(visibility));
        sql.push(" AND m.country_m49 IS NOT NULL GROUP BY m.country_m49");
        let rows = sql.query().fetch_all(&self.pool).await?;
        rows.iter()
            .map(|row| {
                Ok((
                    optional_m49(row.try_get("country_m49")?)?
                        .ok_or_else(|| StoreError::corrupt("a grouped country is empty"))?,
                    row.try_get("n")?,
                ))
            })
            .collect()
    }
}

/// Appends ` WHERE …` for every filter of `query` (always at least the visibility condition or
/// `1 = 1`, so callers may append ` AND …`).
fn push_filters(sql: &mut Sql, query: &MeasureQuery) {
    sql.push(" WHERE ");
    match query.visibility {
        Visibility::PublishedOnly => sql.push("m.state = ").bind_text(MeasureState::Published.as_str()),
        Visibility::All => sql.push("1 = 1"),
    };
    if !query.states.is_empty() {
        sql.push(" AND m.state IN ").bind_list(query.states.iter().map(|state| Param::Text(state.as_str().to_owned())));
    }
    if let Some(country) = query.country {
        sql.push(" AND m.country_m49 = ").bind_int(i64::from(country.get()));
    }
    if let Some(region) = query.region {
        let code = i64::from(region.get());
        sql.push(" AND m.country_m49 IN (SELECT m49 FROM countries WHERE region_m49 = ").bind_int(code);
        sql.push(" OR subregion_m49 = ").bind_int(code).push(" OR intermediate_region_m49 = ").bind_int(code).push(")");
    }
    if let Some(actor) = &query.actor {
        sql.push(" AND m.actor_id IN (SELECT id FROM actors WHERE code = ").bind_text(actor.as_str()).push(")");
    }
    if let Some(kind) = query.actor_kind {
        sql.push(" AND m.actor_id IN (SELECT id FROM actors WHERE kind = ").bind_text(kind.as_str()).push(")");
    }
    if let Some(cycle) = &query.cycle {
        sql.push(" AND m.cycle_id IN (SELECT id FROM reporting_cycles WHERE code = ")
            .bind_text(cycle.as_str())
            .push(")");
    }
    for filter in &query.terms {
        sql.push(" AND EXISTS (SELECT 1 FROM measure_terms mt WHERE mt.measure_id = m.id AND mt.term_id IN (");
        sql.push("WITH RECURSIVE narrower(id) AS (SELECT id FROM terms WHERE vocabulary_code = ")
            .bind_text(filter.vocabulary.as_str());
        sql.push(" AND code IN ").bind_list(filter.any_of.iter().map(|code| Param::Text(code.to_string())));
        sql.push(
            " UNION ALL SELECT t.id FROM terms t JOIN narrower n ON t.parent_id = n.id) SELECT id FROM narrower))",
        );
    }
    if let Some(from) = query.year_from {
        sql.push(" AND m.year_to >= ").bind_int(i64::from(from));
    }
    if let Some(to) = query.year_to {
        sql.push(" AND m.year_from <= ").bind_int(i64::from(to));
    }
    if let Some(implementation) = query.implementation {
        sql.push(" AND m.implementation = ").bind_text(implementation.as_str());
    }
}

const LOAD_CHUNK: usize = 500;

/// Loads full records for `ids`, in the order of `ids`; ids that do not exist are skipped.
pub(crate) async fn load_records(
    connection: &mut AnyConnection,
    ids: &[i64],
) -> Result<Vec<MeasureRecord>, StoreError> {
    let mut records: HashMap<i64, MeasureRecord> = HashMap::with_capacity(ids.len());
    for chunk in ids.chunks(LOAD_CHUNK) {
        let list = || chunk.iter().map(|id| Param::Int(*id));
        let mut sql = Sql::new(
            "SELECT m.id, m.external_id, a.code AS actor_code, m.country_m49, c.code AS cycle_code, m.year_from, m.year_to, m.implementation, m.state, m.source, m.version, m.created_at, m.updated_at \
             FROM measures m JOIN actors a ON a.id = m.actor_id LEFT JOIN reporting_cycles c ON c.id = m.cycle_id WHERE m.id IN ",
        );
        sql.bind_list(list());
        for row in sql.query().fetch_all(&mut *connection).await? {
            let record = record_from_row(&row)?;
            records.insert(record.id, record);
        }
        let mut texts = Sql::new(
            "SELECT measure_id, lang, title, description, effectiveness, origin FROM measure_texts WHERE measure_id IN ",
        );
        texts.bind_list(list());
        for row in texts.query().fetch_all(&mut *connection).await? {
            let id: i64 = row.try_get("measure_id")?;
            if let Some(record) = records.get_mut(&id) {
                record.measure.texts.insert(
                    language(&row.try_get::<String, _>("lang")?)?,
                    MeasureText {
                        title: row.try_get("title")?,
                        description: row.try_get("description")?,
                        effectiveness: row.try_get("effectiveness")?,
                        origin: text_origin(row.try_get::<Option<String>, _>("origin")?)?,
                    },
                );
            }
        }
        let mut terms = Sql::new(
            "SELECT mt.measure_id, t.vocabulary_code, t.code FROM measure_terms mt JOIN terms t ON t.id = mt.term_id WHERE mt.measure_id IN ",
        );
        terms.bind_list(list());
        for row in terms.query().fetch_all(&mut *connection).await? {
            let id: i64 = row.try_get("measure_id")?;
            if let Some(record) = records.get_mut(&id) {
                record.measure.classification.add(
                    vocabulary_code(&row.try_get::<String, _>("vocabulary_code")?)?,
                    term_code(&row.try_get::<String, _>("code")?)?,
                );
            }
        }
    }
    Ok(ids.iter().filter_map(|id| records.remove(id)).collect())
}

fn record_from_row(row: &AnyRow) -> Result<MeasureRecord, StoreError> {
    let year_from: Option<i64> = row.try_get("year_from")?;
    let year_to: Option<i64> = row.try_get("year_to")?;
    let years = match year_from {
        Some(from) => Some(
            YearRange::new(
                i32::try_from(from).unwrap_or(i32::MAX),
                year_to.map(|to| i32::try_from(to).unwrap_or(i32::MAX)),
            )
            .map_err(StoreError::corrupt)?,
        ),
        None => None,
    };
    let implementation: String = row.try_get("implementation")?;
    let state: String = row.try_get("state")?;
    Ok(MeasureRecord {
        id: row.try_get("id")?,
        measure: Measure {
            external_id: ExternalId::parse(&row.try_get::<String, _>("external_id")?).map_err(StoreError::corrupt)?,
            actor: actor_code(&row.try_get::<String, _>("actor_code")?)?,
            country: optional_m49(row.try_get("country_m49")?)?,
            cycle: row
                .try_get::<Option<String>, _>("cycle_code")?
                .map(|code| CycleCode::parse(&code).map_err(StoreError::corrupt))
                .transpose()?,
            years,
            implementation: ImplementationStatus::parse(&implementation)
                .ok_or_else(|| StoreError::corrupt(format!("unknown implementation status '{implementation}'")))?,
            state: MeasureState::parse(&state)
                .ok_or_else(|| StoreError::corrupt(format!("unknown measure state '{state}'")))?,
            classification: Classification::new(),
            texts: domain::measure::MeasureTexts::new(),
            source: row.try_get("source")?,
        },
        version: row.try_get("version")?,
        created_at: row.try_get("created_at")?,
        updated_at: row.try_get("updated_at")?,
    })
}

pub(crate) async fn find_by_external_id(
    connection: &mut AnyConnection,
    external_id: &ExternalId,
) -> Result<Option<MeasureRecord>, StoreError> {
    let mut sql = Sql::new("SELECT id FROM measures WHERE external_id = ");
    sql.bind_text(external_id.as_str());
    let Some(row) = sql.query().fetch_optional(&mut *connection).await? else {
        return Ok(None);
    };
    let id: i64 = row.try_get("id")?;
    Ok(load_records(connection, &[id]).await?.pop())
}

/// Measures written by [`write_measures`] at a time.
pub(crate) const MEASURES_PER_WRITE: usize = 500;

/// Writes `measures` (at most [`MEASURES_PER_WRITE`]) as [`write_measure`] writes each, with
/// the same outcomes, in a few statements: the stored measures with the same external ids are
/// read at once, and the new ones, their texts, their terms and their change-log entries are
/// each inserted many rows a statement. Measures that change a stored one are written one by
/// one.
pub(crate) async fn write_measures(
    connection: &mut AnyConnection,
    backend: Backend,
    measures: &[Measure],
    ids: &Ids,
    author: &Author,
) -> Result<Vec<WriteOutcome>, StoreError> {
    let mut distinct = std::collections::HashSet::new();
    if !measures.iter().all(|measure| distinct.insert(measure.external_id.as_str())) {
        // The same id twice (which validation refuses): the second must see the first.
        let mut outcomes = Vec::with_capacity(measures.len());
        for measure in measures {
            outcomes.push(write_measure(connection, measure, ids, author).await?);
        }
        return Ok(outcomes);
    }
    let mut stored_ids = Vec::new();
    for chunk in measures.chunks(LOAD_CHUNK) {
        let mut sql = Sql::new("SELECT id FROM measures WHERE external_id IN ");
        sql.bind_list(chunk.iter().map(|measure| Param::Text(measure.external_id.as_str().to_owned())));
        for row in sql.query().fetch_all(&mut *connection).await? {
            stored_ids.push(row.try_get::<i64, _>("id")?);
        }
    }
    let stored: HashMap<ExternalId, MeasureRecord> = load_records(connection, &stored_ids)
        .await?
        .into_iter()
        .map(|record| (record.measure.external_id.clone(), record))
        .collect();

    let mut outcomes = vec![WriteOutcome::Unchanged; measures.len()];
    let mut created: Vec<&Measure> = Vec::new();
    for (position, measure) in measures.iter().enumerate() {
        match stored.get(&measure.external_id) {
            Some(record) if &record.measure == measure => {}
            Some(_) => outcomes[position] = write_measure(connection, measure, ids, author).await?,
            None => {
                outcomes[position] = WriteOutcome::Created;
                created.push(measure);
            }
        }
    }
    if created.is_empty() {
        return Ok(outcomes);
    }

    let now = time_format::now();
    let mut insert = BulkInsert::new(
        backend,
        "INSERT INTO measures (external_id, actor_id, country_m49, cycle_id, year_from, year_to, implementation, state, source, version, created_at, updated_at) VALUES",
    );
    for measure in &created {
        let cycle_id = ids.cycle(measure.cycle.as_ref())?;
        insert.row([
            Param::Text(measure.external_id.as_str().to_owned()),
            Param::Int(ids.actor(&measure.actor)?),
            Param::optional_int(measure.country.map(|m49| i64::from(m49.get()))),
            Param::optional_int(cycle_id),
            Param::optional_int(measure.years.map(|years| i64::from(years.from()))),
            Param::optional_int(measure.years.map(|years| i64::from(years.to()))),
            Param::Text(measure.implementation.as_str().to_owned()),
            Param::Text(measure.state.as_str().to_owned()),
            Param::optional_text(measure.source.as_deref()),
            Param::Int(1),
            Param::Text(now.clone()),
            Param::Text(now.clone()),
        ]);
    }
    insert.push(" RETURNING id, external_id");
    let mut new_ids: HashMap<String, i64> = HashMap::with_capacity(created.len());
    for row in insert.query().fetch_all(&mut *connection).await? {
        new_ids.insert(row.try_get("external_id")?, row.try_get("id")?);
    }
    let id_of = |measure: &Measure| {
        new_ids
            .get(measure.external_id.as_str())
            .copied()
            .ok_or_else(|| StoreError::corrupt("a measure just inserted was not returned"))
    };

    let mut texts = BulkInsert::new(
        backend,
        "INSERT INTO measure_texts (measure_id, lang, title, description, effectiveness, origin) VALUES",
    );
    let mut terms = BulkInsert::new(backend, "INSERT INTO measure_terms (measure_id, term_id) VALUES");
    let (mut text_rows, mut term_rows) = (0, 0);
    for measure in &created {
        let id = id_of(measure)?;
        for (language, text) in &measure.texts {
            texts.row([
                Param::Int(id),
                Param::Text(language.code().to_owned()),
                Param::Text(text.title.clone()),
                Param::Text(text.description.clone()),
                Param::optional_text(text.effectiveness.as_deref()),
                Param::optional_text(text.origin.map(|origin| origin.as_str())),
            ]);
            text_rows += 1;
            if text_rows == ROWS_PER_STATEMENT {
                texts.query().execute(&mut *connection).await?;
                texts = BulkInsert::new(
                    backend,
                    "INSERT INTO measure_texts (measure_id, lang, title, description, effectiveness, origin) VALUES",
                );
                text_rows = 0;
            }
        }
        for (vocabulary, term) in measure.classification.iter() {
            let term_id = ids.term(vocabulary, term)?;
            terms.row([Param::Int(id), Param::Int(term_id)]);
            term_rows += 1;
            if term_rows == ROWS_PER_STATEMENT {
                terms.query().execute(&mut *connection).await?;
                terms = BulkInsert::new(backend, "INSERT INTO measure_terms (measure_id, term_id) VALUES");
                term_rows = 0;
            }
        }
    }
    if !texts.is_empty() {
        texts.query().execute(&mut *connection).await?;
    }
    if !terms.is_empty() {
        terms.query().execute(&mut *connection).await?;
    }
    let logged: Vec<(&str, serde_json::Value)> =
        created.iter().map(|measure| (measure.external_id.as_str(), json!(measure))).collect();
    change_log::record_created(connection, backend, author, &ChangedEntity::Measure, &logged).await?;
    Ok(outcomes)
}

/// Rows of measure texts or terms per statement: at most 6 values each, under both engines'
/// parameter limits.
const ROWS_PER_STATEMENT: usize = 1000;

/// Creates the measure or brings the stored one with the same external id in line with it,
/// logging the change. A measure identical to the stored one is not written at all.
pub(crate) async fn write_measure(
    connection: &mut AnyConnection,
    measure: &Measure,
    ids: &Ids,
    author: &Author,
) -> Result<WriteOutcome, StoreError> {
    let existing = find_by_external_id(connection, &measure.external_id).await?;
    if existing.as_ref().is_some_and(|record| &record.measure == measure) {
        return Ok(WriteOutcome::Unchanged);
    }
    let now = time_format::now();
    let actor_id = ids.actor(&measure.actor)?;
    let cycle_id = ids.cycle(measure.cycle.as_ref())?;
    let country = measure.country.map(|m| i64::from(m.get()));
    let optional_int = |sql: &mut Sql, value: Option<i64>| {
        match value {
            Some(value) => sql.bind_int(value),
            None => sql.push("NULL"),
        };
    };
    let id = match &existing {
        Some(record) => {
            let mut sql = Sql::new("UPDATE measures SET actor_id = ");
            sql.bind_int(actor_id).push(", country_m49 = ");
            optional_int(&mut sql, country);
            sql.push(", cycle_id = ");
            optional_int(&mut sql, cycle_id);
            sql.push(", year_from = ");
            optional_int(&mut sql, measure.years.map(|y| i64::from(y.from())));
            sql.push(", year_to = ");
            optional_int(&mut sql, measure.years.map(|y| i64::from(y.to())));
            sql.push(", implementation = ").bind_text(measure.implementation.as_str());
            sql.push(", state = ").bind_text(measure.state.as_str());
            sql.push(", source = ");
            match &measure.source {
                Some(source) => sql.bind_text(source),
                None => sql.push("NULL"),
            };
            sql.push(", version = version + 1, updated_at = ").bind_text(&now).push(" WHERE id = ").bind_int(record.id);
            sql.query().execute(&mut *connection).await?;
            for table in ["measure_texts", "measure_terms"] {
                let mut delete = Sql::new(&format!("DELETE FROM {table} WHERE measure_id = "));
                delete.bind_int(record.id);
                delete.query().execute(&mut *connection).await?;
            }
            record.id
        }
        None => {
            let mut sql = Sql::new(
                "INSERT INTO measures (external_id, actor_id, country_m49, cycle_id, year_from, year_to, implementation, state, source, version, created_at, updated_at) VALUES (",
            );
            sql.bind_text(measure.external_id.as_str()).push(", ").bind_int(actor_id).push(", ");
            optional_int(&mut sql, country);
            sql.push(", ");
            optional_int(&mut sql, cycle_id);
            sql.push(", ");
            optional_int(&mut sql, measure.years.map(|y| i64::from(y.from())));
            sql.push(", ");
            optional_int(&mut sql, measure.years.map(|y| i64::from(y.to())));
            sql.push(", ")
                .bind_text(measure.implementation.as_str())
                .push(", ")
                .bind_text(measure.state.as_str())
                .push(", ");
            match &measure.source {
                Some(source) => sql.bind_text(source),
                None => sql.push("NULL"),
            };
            sql.push(", 1, ").bind_text(&now).push(", ").bind_text(&now).push(") RETURNING id");
            sql.query().fetch_one(&mut *connection).await?.try_get("id")?
        }
    };
    for (language, text) in &measure.texts {
        let mut sql = Sql::new(
            "INSERT INTO measure_texts (measure_id, lang, title, description, effectiveness, origin) VALUES (",
        );
        sql.bind_int(id)
            .push(", ")
            .bind_text(language.code())
            .push(", ")
            .bind_text(&text.title)
            .push(", ")
            .bind_text(&text.description)
            .push(", ");
        match &text.effectiveness {
            Some(effectiveness) => sql.bind_text(effectiveness),
            None => sql.push("NULL"),
        };
        sql.push(", ");
        match text.origin {
            Some(origin) => sql.bind_text(origin.as_str()),
            None => sql.push("NULL"),
        };
        sql.push(")");
        sql.query().execute(&mut *connection).await?;
    }
    for (vocabulary, term) in measure.classification.iter() {
        let term_id = ids.term(vocabulary, term)?;
        let mut sql = Sql::new("INSERT INTO measure_terms (measure_id, term_id) VALUES (");
        sql.bind_int(id).push(", ").bind_int(term_id).push(")");
        sql.query().execute(&mut *connection).await?;
    }
    let before = existing.as_ref().map(|record| json!(record.measure));
    change_log::record(
        connection,
        author,
        ChangedEntity::Measure,
        measure.external_id.as_str(),
        before.as_ref(),
        Some(&json!(measure)),
    )
    .await?;
    Ok(if existing.is_some() { WriteOutcome::Updated } else { WriteOutcome::Created })
}
