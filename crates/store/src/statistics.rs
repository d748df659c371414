//! Incident statistics datasets: each upload's description, its records or counts, and its
//! publication state.

use futures_util::TryStreamExt;
use incident_statistics::{
    dimension::{CODED_DIMENSIONS, Classification, Dimension},
    record::{CountRow, IncidentRecord, Period},
    upload_read::Upload,
};
use sqlx::{AnyConnection, Row, any::AnyRow};

use crate::{
    change_log::{self, Author, ChangedEntity},
    connection::Store,
    error::{Quantity, Record, StoreError},
    location::Backend,
    sql::Sql,
    time_format,
};

/// What a dataset holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatasetKind {
    Records,
    Counts,
}

impl DatasetKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DatasetKind::Records => "records",
            DatasetKind::Counts => "counts",
        }
    }
}

/// Where a dataset is in its life: only published datasets count in public tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatasetState {
    Draft,
    Published,
    Withdrawn,
}

impl DatasetState {
    pub fn as_str(self) -> &'static str {
        match self {
            DatasetState::Draft => "draft",
            DatasetState::Published => "published",
            DatasetState::Withdrawn => "withdrawn",
        }
    }

    pub fn parse(text: &str) -> Option<DatasetState> {
        match text {
            "draft" => Some(DatasetState::Draft),
            "published" => Some(DatasetState::Published),
            "withdrawn" => Some(DatasetState::Withdrawn),
            _ => None,
        }
    }
}

/// A dataset as listed: everything but its rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatisticsDataset {
    pub id: i64,
    pub kind: DatasetKind,
    /// The M49 code of the provider's State.
    pub provider_country: u16,
    pub provider: String,
    pub file_name: String,
    pub file_digest: String,
    /// Counts below this are withheld from published tables.
    pub threshold: u64,
    pub state: DatasetState,
    pub row_count: u64,
    pub uploaded_by: Option<String>,
    pub uploaded_at: String,
    pub published_at: Option<String>,
}

/// A dataset about to be written.
#[derive(Debug, Clone, Copy)]
pub struct NewStatisticsDataset<'a> {
    pub provider_country: u16,
    pub provider: &'a str,
    pub file_name: &'a str,
    pub file_digest: &'a str,
    pub threshold: u64,
    pub state: DatasetState,
}

/// The columns of the code of each dimension of [`Dimension::CODED`], in that order.
const CODE_COLUMNS: [&str; CODED_DIMENSIONS] = [
    "ref_area",
    "source",
    "sex",
    "age_group",
    "nationality",
    "immigration_status",
    "occupation",
    "violence_form",
    "perpetrator",
    "setting",
    "migration_stage",
];

/// Rows per INSERT statement: 17 values each stays under both engines' parameter limits.
const ROWS_PER_INSERT: usize = 500;

const DATASET_COLUMNS: &str = "d.id, d.kind, d.provider_country, d.provider, d.file_name, d.file_digest, d.threshold, d.state, d.row_count, u.username AS uploaded_by, d.uploaded_at, d.published_at";

impl Store {
    /// Writes a dataset and all its rows in one transaction. The same file uploaded twice by
    /// the same provider's State is refused as a conflict, so a retried upload cannot count
    /// incidents twice.
    pub async fn add_statistics_dataset(
        &self,
        dataset: &NewStatisticsDataset<'_>,
        upload: &Upload,
        classification: &Classification,
        author: &Author,
    ) -> Result<StatisticsDataset, StoreError> {
        let mut transaction = self.begin_write().await?;
        let mut duplicate = Sql::new("SELECT id FROM statistics_datasets WHERE file_digest = ");
        duplicate
            .bind_text(dataset.file_digest)
            .push(" AND provider_country = ")
            .bind_int(i64::from(dataset.provider_country));
        if let Some(row) = duplicate.query().fetch_optional(&mut *transaction).await? {
            let id: i64 = row.try_get("id")?;
            return Err(StoreError::Duplicate(Record::Dataset(id)));
        }
        let kind = match upload {
            Upload::Records(_) => DatasetKind::Records,
            Upload::Counts(_) => DatasetKind::Counts,
        };
        let now = time_format::now();
        let threshold = i64::try_from(dataset.threshold).map_err(|_| StoreError::OutOfRange(Quantity::Threshold))?;
        let row_count = i64::try_from(upload.len()).unwrap_or(i64::MAX);
        let id: i64 = sqlx::query(
            "INSERT INTO statistics_datasets (kind, provider_country, provider, file_name, file_digest, threshold, state, row_count, uploaded_by, uploaded_at, published_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
        )
        .bind(kind.as_str())
        .bind(i64::from(dataset.provider_country))
        .bind(dataset.provider.trim())
        .bind(dataset.file_name)
        .bind(dataset.file_digest)
        .bind(threshold)
        .bind(dataset.state.as_str())
        .bind(row_count)
        .bind(author.user_id)
        .bind(&now)
        .bind((dataset.state == DatasetState::Published).then_some(now.as_str()))
        .fetch_one(&mut *transaction)
        .await?
        .try_get("id")?;
        match upload {
            Upload::Records(records) => {
                insert_records(&mut transaction, self.backend(), id, records, classification).await?;
            }
            Upload::Counts(rows) => insert_counts(&mut transaction, self.backend(), id, rows, classification).await?,
        }
        change_log::record(
            &mut transaction,
            author,
            ChangedEntity::StatisticsDataset,
            &id.to_string(),
            None,
            Some(&serde_json::json!({
                "kind": kind.as_str(),
                "provider": dataset.provider.trim(),
                "provider_country": dataset.provider_country,
                "file_name": dataset.file_name,
                "rows": row_count,
                "threshold": threshold,
                "state": dataset.state.as_str(),
            })),
        )
        .await?;
        transaction.commit().await?;
        self.statistics_dataset(id)
            .await?
            .ok_or_else(|| StoreError::corrupt("a dataset just written cannot be read back"))
    }

    /// Every dataset, newest first.
    pub async fn statistics_datasets(&self) -> Result<Vec<StatisticsDataset>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {DATASET_COLUMNS} FROM statistics_datasets d LEFT JOIN users u ON u.id = d.uploaded_by ORDER BY d.id DESC"
        ))
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(dataset_of).collect()
    }

    pub async fn statistics_dataset(&self, id: i64) -> Result<Option<StatisticsDataset>, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {DATASET_COLUMNS} FROM statistics_datasets d LEFT JOIN users u ON u.id = d.uploaded_by WHERE d.id = $1"
        ))
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(dataset_of).transpose()
    }

    /// Publishes or withdraws a dataset (or sends it back to draft), logged with its author.
    pub async fn set_statistics_dataset_state(
        &self,
        id: i64,
        state: DatasetState,
        author: &Author,
    ) -> Result<StatisticsDataset, StoreError> {
        let before = self.statistics_dataset(id).await?.ok_or(StoreError::NotFound(Record::Dataset(id)))?;
        let mut transaction = self.begin_write().await?;
        let published_at =
            if state == DatasetState::Published { Some(time_format::now()) } else { before.published_at.clone() };
        sqlx::query("UPDATE statistics_datasets SET state = $1, published_at = $2 WHERE id = $3")
            .bind(state.as_str())
            .bind(published_at)
            .bind(id)
            .execute(&mut *transaction)
            .await?;
        change_log::record(
            &mut transaction,
            author,
            ChangedEntity::StatisticsDataset,
            &id.to_string(),
            Some(&serde_json::json!({"state": before.state.as_str()})),
            Some(&serde_json::json!({"state": state.as_str()})),
        )
        .await?;
        transaction.commit().await?;
        self.statistics_dataset(id)
            .await?
            .ok_or_else(|| StoreError::corrupt("a dataset just changed cannot be read back"))
    }

    /// The rows of a dataset, read back into codes of `classification`.
    pub async fn statistics_dataset_rows(
        &self,
        dataset: &StatisticsDataset,
        classification: &Classification,
    ) -> Result<Upload, StoreError> {
        let columns = CODE_COLUMNS.join(", ");
        match dataset.kind {
            DatasetKind::Records => {
                // Streamed: a dataset can hold millions of records, and only their codes are kept.
                let text = format!(
                    "SELECT {columns}, year, quarter, month, consent, reported_elsewhere FROM incident_records WHERE dataset_id = $1"
                );
                let mut rows = sqlx::query(&text).bind(dataset.id).fetch(&self.pool);
                let mut records = Vec::with_capacity(usize::try_from(dataset.row_count).unwrap_or(0));
                while let Some(row) = rows.try_next().await? {
                    let row = &row;
                    let mut codes = [0u16; CODED_DIMENSIONS];
                    for (position, dimension) in Dimension::CODED.iter().enumerate() {
                        let text: String = row.try_get(CODE_COLUMNS[position])?;
                        codes[position] = code_position(classification, *dimension, &text)?;
                    }
                    let consent: i64 = row.try_get("consent")?;
                    let reported_elsewhere: i64 = row.try_get("reported_elsewhere")?;
                    records.push(IncidentRecord {
                        codes,
                        period: period_of(row)?,
                        consent: consent != 0,
                        reported_elsewhere: reported_elsewhere != 0,
                    });
                }
                Ok(Upload::Records(records))
            }
            DatasetKind::Counts => {
                let rows = sqlx::query(&format!(
                    "SELECT {columns}, year, quarter, month, incidents FROM incident_counts WHERE dataset_id = $1"
                ))
                .bind(dataset.id)
                .fetch_all(&self.pool)
                .await?;
                let mut counts = Vec::with_capacity(rows.len());
                for row in &rows {
                    let mut codes = [None; CODED_DIMENSIONS];
                    for (position, dimension) in Dimension::CODED.iter().enumerate() {
                        let text: Option<String> = row.try_get(CODE_COLUMNS[position])?;
                        codes[position] =
                            text.map(|text| code_position(classification, *dimension, &text)).transpose()?;
                    }
                    let incidents: i64 = row.try_get("incidents")?;
                    counts.push(CountRow {
                        codes,
                        period: period_of(row)?,
                        count: u64::try_from(incidents).map_err(|_| StoreError::corrupt("a negative count"))?,
                    });
                }
                Ok(Upload::Counts(counts))
            }
        }
    }
}

async fn insert_records(
    connection: &mut AnyConnection,
    backend: Backend,
    dataset: i64,
    records: &[IncidentRecord],
    classification: &Classification,
) -> Result<(), StoreError> {
    for chunk in records.chunks(ROWS_PER_INSERT) {
        let text = insert_text(backend, "incident_records", "consent, reported_elsewhere", chunk.len());
        let mut query = sqlx::query(&text);
        for record in chunk {
            query = query.bind(dataset);
            for (position, dimension) in Dimension::CODED.iter().enumerate() {
                query = query.bind(classification.codes(*dimension).get(record.codes[position]).id.clone());
            }
            query = bind_period(query, record.period)
                .bind(i64::from(record.consent))
                .bind(i64::from(record.reported_elsewhere));
        }
        query.execute(&mut *connection).await?;
    }
    Ok(())
}

async fn insert_counts(
    connection: &mut AnyConnection,
    backend: Backend,
    dataset: i64,
    rows: &[CountRow],
    classification: &Classification,
) -> Result<(), StoreError> {
    for chunk in rows.chunks(ROWS_PER_INSERT) {
        let text = insert_text(backend, "incident_counts", "incidents", chunk.len());
        let mut query = sqlx::query(&text);
        for row in chunk {
            query = query.bind(dataset);
            for (position, dimension) in Dimension::CODED.iter().enumerate() {
                query =
                    query.bind(row.codes[position].map(|code| classification.codes(*dimension).get(code).id.clone()));
            }
            let count = i64::try_from(row.count).map_err(|_| StoreError::OutOfRange(Quantity::Count))?;
            query = bind_period(query, row.period).bind(count);
        }
        query.execute(&mut *connection).await?;
    }
    Ok(())
}

type AnyQuery<'q> = sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>;

fn bind_period(query: AnyQuery<'_>, period: Period) -> AnyQuery<'_> {
    query.bind(i64::from(period.year)).bind(period.quarter.map(i64::from)).bind(period.month.map(i64::from))
}

/// `INSERT INTO table (dataset_id, codes..., year, quarter, month, extra) VALUES (...), ...`
/// with placeholders for `rows` rows: numbered on PostgreSQL, anonymous (`?`) on SQLite, where
/// binding a numbered parameter looks its name up in a list as long as the statement's
/// parameters, which made binding a 500-row statement cost the square of its 8,500 values.
fn insert_text(backend: Backend, table: &str, extra: &str, rows: usize) -> String {
    let per_row = 1 + CODED_DIMENSIONS + 3 + extra.split(',').count();
    let mut text =
        format!("INSERT INTO {table} (dataset_id, {}, year, quarter, month, {extra}) VALUES ", CODE_COLUMNS.join(", "));
    let mut parameter = 0;
    for row in 0..rows {
        if row > 0 {
            text.push_str(", ");
        }
        text.push('(');
        for value in 0..per_row {
            if value > 0 {
                text.push_str(", ");
            }
            parameter += 1;
            match backend {
                Backend::Sqlite => text.push('?'),
                Backend::Postgres => {
                    text.push('$');
                    text.push_str(&parameter.to_string());
                }
            }
        }
        text.push(')');
    }
    text
}

fn code_position(classification: &Classification, dimension: Dimension, text: &str) -> Result<u16, StoreError> {
    classification
        .codes(dimension)
        .find(text)
        .filter(|position| classification.codes(dimension).get(*position).id == text)
        .ok_or_else(|| {
            StoreError::corrupt(format!("the code {text:?} of {} is not in its code list", dimension.column()))
        })
}

fn period_of(row: &AnyRow) -> Result<Period, StoreError> {
    let year: i64 = row.try_get("year")?;
    let quarter: Option<i64> = row.try_get("quarter")?;
    let month: Option<i64> = row.try_get("month")?;
    let narrow = |value: i64| u8::try_from(value).map_err(|_| StoreError::corrupt("a quarter or month out of range"));
    Ok(Period {
        year: u16::try_from(year).map_err(|_| StoreError::corrupt("a year out of range"))?,
        quarter: quarter.map(narrow).transpose()?,
        month: month.map(narrow).transpose()?,
    })
}

fn dataset_of(row: &AnyRow) -> Result<StatisticsDataset, StoreError> {
    let kind: String = row.try_get("kind")?;
    let state: String = row.try_get("state")?;
    let provider_country: i64 = row.try_get("provider_country")?;
    let threshold: i64 = row.try_get("threshold")?;
    let row_count: i64 = row.try_get("row_count")?;
    Ok(StatisticsDataset {
        id: row.try_get("id")?,
        kind: if kind == "counts" { DatasetKind::Counts } else { DatasetKind::Records },
        provider_country: u16::try_from(provider_country)
            .map_err(|_| StoreError::corrupt("a provider country out of range"))?,
        provider: row.try_get("provider")?,
        file_name: row.try_get("file_name")?,
        file_digest: row.try_get("file_digest")?,
        threshold: u64::try_from(threshold).unwrap_or(0),
        state: DatasetState::parse(&state).ok_or_else(|| StoreError::corrupt(format!("a dataset state {state:?}")))?,
        row_count: u64::try_from(row_count).unwrap_or(0),
        uploaded_by: row.try_get("uploaded_by")?,
        uploaded_at: row.try_get("uploaded_at")?,
        published_at: row.try_get("published_at")?,
    })
}
