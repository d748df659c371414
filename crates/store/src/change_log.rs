//! The append-only change log: every write to the store adds an entry in the same transaction,
//! with the record as it was before and after.

use std::fmt;

use serde_json::Value;
use sqlx::{AnyConnection, Row};

use crate::{
    connection::Store,
    error::StoreError,
    location::Backend,
    sql::{BulkInsert, Param, Sql},
    time_format,
};

/// Who makes a change: a signed-in user, or a named process such as `cli:import`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Author {
    pub label: String,
    pub user_id: Option<i64>,
}

impl Author {
    /// A change made by vawdb itself or by a command-line operation, such as `init` or `import`.
    pub fn process(name: &str) -> Author {
        Author { label: name.to_owned(), user_id: None }
    }
}

/// One entry of the change log.
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeLogEntry {
    pub id: i64,
    pub recorded_at: String,
    pub author: String,
    pub user_id: Option<i64>,
    /// What kind of record.
    pub entity: ChangedEntity,
    /// Which record: an M49 code, a code or an external id.
    pub entity_key: String,
    /// `create`, `update` or `delete`.
    pub action: String,
    pub before: Option<Value>,
    pub after: Option<Value>,
}

/// What kind of record a change-log entry is about. The log stores it as the text of
/// [`ChangedEntity::as_str`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ChangedEntity {
    Account,
    Actor,
    ApiToken,
    Country,
    Cycle,
    /// Whom a reporting cycle asks for a reply.
    CycleAddressees,
    Instrument,
    Measure,
    Region,
    ReplyDocument,
    StatisticsDataset,
    /// A reply to a reporting cycle.
    Submission,
    Term,
    TreatyAction,
    Vocabulary,
    /// A kind this version of vawdb does not write. A newer vawdb may log a new kind of record
    /// without a schema migration, so an older one still opens the store; its log readers (the
    /// audit page, the search index) should pass over such entries, not fail on the whole log,
    /// which is why this is not [`StoreError::Corrupt`].
    Other(String),
}

impl ChangedEntity {
    /// The kinds of record [`Store::catalogue`] is read from: only a change to one of these
    /// makes a catalogue held in memory out of date.
    pub const CATALOGUE: &[ChangedEntity] = &[
        ChangedEntity::Actor,
        ChangedEntity::Country,
        ChangedEntity::Cycle,
        ChangedEntity::CycleAddressees,
        ChangedEntity::Instrument,
        ChangedEntity::Region,
        ChangedEntity::Term,
        ChangedEntity::TreatyAction,
        ChangedEntity::Vocabulary,
    ];

    /// The text the change log stores for this kind.
    pub fn as_str(&self) -> &str {
        match self {
            ChangedEntity::Account => "account",
            ChangedEntity::Actor => "actor",
            ChangedEntity::ApiToken => "api_token",
            ChangedEntity::Country => "country",
            ChangedEntity::Cycle => "cycle",
            ChangedEntity::CycleAddressees => "cycle_addressees",
            ChangedEntity::Instrument => "instrument",
            ChangedEntity::Measure => "measure",
            ChangedEntity::Region => "region",
            ChangedEntity::ReplyDocument => "reply_document",
            ChangedEntity::StatisticsDataset => "statistics_dataset",
            ChangedEntity::Submission => "submission",
            ChangedEntity::Term => "term",
            ChangedEntity::TreatyAction => "treaty_action",
            ChangedEntity::Vocabulary => "vocabulary",
            ChangedEntity::Other(text) => text,
        }
    }

    /// Reads the stored text back; a text no known kind has is [`ChangedEntity::Other`].
    pub fn parse(text: &str) -> ChangedEntity {
        match text {
            "account" => ChangedEntity::Account,
            "actor" => ChangedEntity::Actor,
            "api_token" => ChangedEntity::ApiToken,
            "country" => ChangedEntity::Country,
            "cycle" => ChangedEntity::Cycle,
            "cycle_addressees" => ChangedEntity::CycleAddressees,
            "instrument" => ChangedEntity::Instrument,
            "measure" => ChangedEntity::Measure,
            "region" => ChangedEntity::Region,
            "reply_document" => ChangedEntity::ReplyDocument,
            "statistics_dataset" => ChangedEntity::StatisticsDataset,
            "submission" => ChangedEntity::Submission,
            "term" => ChangedEntity::Term,
            "treaty_action" => ChangedEntity::TreatyAction,
            "vocabulary" => ChangedEntity::Vocabulary,
            other => ChangedEntity::Other(other.to_owned()),
        }
    }
}

impl fmt::Display for ChangedEntity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Appends one entry. Call it inside the transaction that makes the change.
pub(crate) async fn record(
    connection: &mut AnyConnection,
    author: &Author,
    entity: ChangedEntity,
    entity_key: &str,
    before: Option<&Value>,
    after: Option<&Value>,
) -> Result<(), StoreError> {
    let action = match (before, after) {
        (None, Some(_)) => "create",
        (Some(_), Some(_)) => "update",
        (Some(_), None) => "delete",
        (None, None) => return Ok(()),
    };
    if connection.backend_name() == "PostgreSQL" {
        // Readers of the log (the search index) read it in id order and remember the last id
        // they applied, so ids must become visible in order. A sequence hands out ids when
        // rows are inserted, not when transactions commit; holding this lock from the first
        // entry until commit makes writers take ids in commit order. (SQLite has one writer
        // at a time, so its ids are always in commit order.)
        sqlx::query("SELECT pg_advisory_xact_lock(7261001)").execute(&mut *connection).await?;
    }
    let mut sql = Sql::new(
        "INSERT INTO change_log (recorded_at, author, user_id, entity, entity_key, action, before_json, after_json) VALUES (",
    );
    sql.bind_text(time_format::now()).push(", ").bind_text(&author.label).push(", ");
    match author.user_id {
        Some(id) => sql.bind_int(id),
        None => sql.push("NULL"),
    };
    sql.push(", ").bind_text(entity.as_str()).push(", ").bind_text(entity_key).push(", ").bind_text(action).push(", ");
    for (position, value) in [before, after].into_iter().enumerate() {
        if position > 0 {
            sql.push(", ");
        }
        match value {
            Some(value) => sql.bind_text(value.to_string()),
            None => sql.push("NULL"),
        };
    }
    sql.push(")");
    sql.query().execute(connection).await?;
    Ok(())
}

/// Records the creation of each of `created` (entity key, record as written), in order, in
/// as few statements as the engines' parameter limits allow: what a bulk import logs.
pub(crate) async fn record_created(
    connection: &mut AnyConnection,
    backend: Backend,
    author: &Author,
    entity: &ChangedEntity,
    created: &[(&str, Value)],
) -> Result<(), StoreError> {
    if created.is_empty() {
        return Ok(());
    }
    if backend == Backend::Postgres {
        // As in `record`: ids become visible in commit order.
        sqlx::query("SELECT pg_advisory_xact_lock(7261001)").execute(&mut *connection).await?;
    }
    let now = time_format::now();
    for chunk in created.chunks(CHANGES_PER_STATEMENT) {
        let mut insert = BulkInsert::new(
            backend,
            "INSERT INTO change_log (recorded_at, author, user_id, entity, entity_key, action, before_json, after_json) VALUES",
        );
        for (key, after) in chunk {
            insert.row([
                Param::Text(now.clone()),
                Param::Text(author.label.clone()),
                Param::optional_int(author.user_id),
                Param::Text(entity.as_str().to_owned()),
                Param::Text((*key).to_owned()),
                Param::Text("create".to_owned()),
                Param::NullText,
                Param::Text(after.to_string()),
            ]);
        }
        insert.query().execute(&mut *connection).await?;
    }
    Ok(())
}

/// Change-log rows per statement: 8 values each, well under both engines' limits.
const CHANGES_PER_STATEMENT: usize = 500;

impl Store {
    /// The history of one record, oldest first.
    pub async fn changes_for(&self, entity: &str, entity_key: &str) -> Result<Vec<ChangeLogEntry>, StoreError> {
        let mut sql = Sql::new("SELECT * FROM change_log WHERE entity = ");
        sql.bind_text(entity).push(" AND entity_key = ").bind_text(entity_key).push(" ORDER BY id");
        let rows = sql.query().fetch_all(&self.pool).await?;
        rows.iter().map(entry_from_row).collect()
    }

    /// Up to `limit` entries recorded after entry `after_id`, oldest first: the outbox that
    /// derived stores (such as a search index) read in order.
    pub async fn changes_after(&self, after_id: i64, limit: i64) -> Result<Vec<ChangeLogEntry>, StoreError> {
        let mut sql = Sql::new("SELECT * FROM change_log WHERE id > ");
        sql.bind_int(after_id).push(" ORDER BY id LIMIT ").bind_int(limit);
        let rows = sql.query().fetch_all(&self.pool).await?;
        rows.iter().map(entry_from_row).collect()
    }

    /// The id of the newest entry, 0 for an empty log: a cheap way to tell whether anything
    /// has changed since it was last read.
    pub async fn last_change_id(&self) -> Result<i64, StoreError> {
        let row = sqlx::query("SELECT COALESCE(MAX(id), 0) AS id FROM change_log").fetch_one(&self.pool).await?;
        Ok(row.try_get("id")?)
    }

    /// The id of the newest entry about a record the catalogue is read from
    /// ([`ChangedEntity::CATALOGUE`]), 0 when there is none: what a catalogue held in memory
    /// compares with to know whether to read it again. An index on the log's entity makes
    /// this cheap however many measures the log records.
    pub async fn last_catalogue_change_id(&self) -> Result<i64, StoreError> {
        let mut sql = Sql::new("SELECT COALESCE(MAX(id), 0) AS id FROM change_log WHERE entity IN (");
        for (position, entity) in ChangedEntity::CATALOGUE.iter().enumerate() {
            if position > 0 {
                sql.push(", ");
            }
            sql.bind_text(entity.as_str());
        }
        sql.push(")");
        let row = sql.query().fetch_one(&self.pool).await?;
        Ok(row.try_get("id")?)
    }

    /// What tells this store from another (a store made again from scratch, another
    /// database): the time its first change was recorded, empty while the log is empty.
    /// Derived stores keep it to notice that the store they follow has been replaced.
    pub async fn identity(&self) -> Result<String, StoreError> {
        let row =
            sqlx::query("SELECT recorded_at FROM change_log ORDER BY id LIMIT 1").fetch_optional(&self.pool).await?;
        Ok(match row {
            Some(row) => row.try_get("recorded_at")?,
            None => String::new(),
        })
    }

    /// The newest `limit` entries, newest first: the audit log's view of every write.
    pub async fn latest_changes(&self, limit: i64) -> Result<Vec<ChangeLogEntry>, StoreError> {
        let mut sql = Sql::new("SELECT * FROM change_log ORDER BY id DESC LIMIT ");
        sql.bind_int(limit);
        let rows = sql.query().fetch_all(&self.pool).await?;
        rows.iter().map(entry_from_row).collect()
    }

    /// The number of entries in the change log.
    pub async fn change_count(&self) -> Result<i64, StoreError> {
        let row = sqlx::query("SELECT COUNT(*) AS n FROM change_log").fetch_one(&self.pool).await?;
        Ok(row.try_get("n")?)
    }
}

fn entry_from_row(row: &sqlx::any::AnyRow) -> Result<ChangeLogEntry, StoreError> {
    let json = |column: &str| -> Result<Option<Value>, StoreError> {
        row.try_get::<Option<String>, _>(column)?
            .map(|text| {
                serde_json::from_str(&text)
                    .map_err(|error| StoreError::corrupt(format!("change log {column}: {error}")))
            })
            .transpose()
    };
    Ok(ChangeLogEntry {
        id: row.try_get("id")?,
        recorded_at: row.try_get("recorded_at")?,
        author: row.try_get("author")?,
        user_id: row.try_get("user_id")?,
        entity: ChangedEntity::parse(&row.try_get::<String, _>("entity")?),
        entity_key: row.try_get("entity_key")?,
        action: row.try_get("action")?,
        before: json("before_json")?,
        after: json("after_json")?,
    })
}
