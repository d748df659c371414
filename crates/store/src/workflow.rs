//! Moving measures through the workflow, and restoring earlier versions, each in one
//! transaction that also writes the change log.
//!
//! Who may do a move is decided before the store is called (`domain::workflow::may`); the store
//! checks what only it can: that the measure is still in the state and at the version the
//! person was looking at, so that two editors cannot overwrite each other unknowingly.

use domain::{measure::Measure, workflow::Transition};
use sqlx::{AnyConnection, Row};

use crate::{
    change_log::Author,
    connection::Store,
    error::{Record, Refusal, StoreError},
    ids::Ids,
    measures::{MeasureRecord, load_records, write_measure},
    outcome::WriteOutcome,
    sql::Sql,
    time_format,
};

/// One recorded move of a measure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TransitionRecord {
    pub recorded_at: String,
    pub author: String,
    pub transition: String,
    pub from_state: String,
    pub to_state: String,
    pub comment: String,
}

impl Store {
    /// Moves measure `id` by `transition`, if it is still at `expected_version`.
    pub async fn move_measure(
        &self,
        id: i64,
        transition: Transition,
        comment: &str,
        expected_version: i64,
        author: &Author,
    ) -> Result<MeasureRecord, StoreError> {
        let mut transaction = self.begin_write().await?;
        let current = current_at_version(&mut transaction, id, expected_version).await?;
        let from = current.measure.state;
        let to = transition.apply(from).ok_or(StoreError::InvalidTransition { from, transition })?;
        let mut moved = current.measure.clone();
        moved.state = to;
        let ids = Ids::load(&mut transaction).await?;
        write_measure(&mut transaction, &moved, &ids, author).await?;
        let mut sql = Sql::new(
            "INSERT INTO measure_transitions (measure_id, recorded_at, author, user_id, transition, from_state, to_state, comment) VALUES (",
        );
        sql.bind_int(id).push(", ").bind_text(time_format::now()).push(", ").bind_text(&author.label).push(", ");
        match author.user_id {
            Some(user) => sql.bind_int(user),
            None => sql.push("NULL"),
        };
        sql.push(", ")
            .bind_text(transition.code())
            .push(", ")
            .bind_text(from.as_str())
            .push(", ")
            .bind_text(to.as_str())
            .push(", ")
            .bind_text(comment.trim())
            .push(")");
        sql.query().execute(&mut *transaction).await?;
        let record = reload(&mut transaction, id).await?;
        transaction.commit().await?;
        Ok(record)
    }

    /// Makes measure `id`'s content what it was in `version` (a measure as the change log
    /// recorded it), keeping its current workflow state; if it is still at `expected_version`.
    pub async fn restore_measure(
        &self,
        id: i64,
        version: &Measure,
        expected_version: i64,
        author: &Author,
    ) -> Result<MeasureRecord, StoreError> {
        let mut transaction = self.begin_write().await?;
        let current = current_at_version(&mut transaction, id, expected_version).await?;
        if version.external_id != current.measure.external_id {
            return Err(StoreError::NotAllowed(Refusal::VersionOfAnotherMeasure));
        }
        let mut restored = version.clone();
        restored.state = current.measure.state;
        let ids = Ids::load(&mut transaction).await?;
        if write_measure(&mut transaction, &restored, &ids, author).await? == WriteOutcome::Unchanged {
            return Err(StoreError::NotAllowed(Refusal::AlreadyAsInVersion));
        }
        let record = reload(&mut transaction, id).await?;
        transaction.commit().await?;
        Ok(record)
    }

    /// Writes a measure entered in a form: a new one (`expected_version` `None`; its id must be
    /// free) or a new version of a stored one, if it is still at `expected_version`.
    pub async fn save_measure(
        &self,
        measure: &Measure,
        expected_version: Option<i64>,
        author: &Author,
    ) -> Result<MeasureRecord, StoreError> {
        let mut transaction = self.begin_write().await?;
        let existing = crate::measures::find_by_external_id(&mut transaction, &measure.external_id).await?;
        match (expected_version, &existing) {
            (None, Some(_)) => {
                return Err(StoreError::Duplicate(Record::Measure(measure.external_id.to_string())));
            }
            (Some(version), Some(current)) if current.version != version => {
                return Err(StoreError::StaleVersion { current: current.version, expected: version });
            }
            (Some(_), None) => {
                return Err(StoreError::NotFound(Record::Measure(measure.external_id.to_string())));
            }
            _ => {}
        }
        let ids = Ids::load(&mut transaction).await?;
        write_measure(&mut transaction, measure, &ids, author).await?;
        let id = crate::measures::find_by_external_id(&mut transaction, &measure.external_id)
            .await?
            .ok_or_else(|| StoreError::corrupt("a measure just written cannot be read back"))?
            .id;
        let record = reload(&mut transaction, id).await?;
        transaction.commit().await?;
        Ok(record)
    }

    /// The moves of measure `id`, oldest first.
    pub async fn measure_transitions(&self, id: i64) -> Result<Vec<TransitionRecord>, StoreError> {
        let mut sql = Sql::new("SELECT * FROM measure_transitions WHERE measure_id = ");
        sql.bind_int(id).push(" ORDER BY id");
        let rows = sql.query().fetch_all(&self.pool).await?;
        rows.iter()
            .map(|row| {
                Ok(TransitionRecord {
                    recorded_at: row.try_get("recorded_at")?,
                    author: row.try_get("author")?,
                    transition: row.try_get("transition")?,
                    from_state: row.try_get("from_state")?,
                    to_state: row.try_get("to_state")?,
                    comment: row.try_get("comment")?,
                })
            })
            .collect()
    }
}

async fn current_at_version(
    connection: &mut AnyConnection,
    id: i64,
    expected_version: i64,
) -> Result<MeasureRecord, StoreError> {
    let current = load_records(connection, &[id])
        .await?
        .pop()
        .ok_or_else(|| StoreError::NotFound(Record::Measure(id.to_string())))?;
    if current.version != expected_version {
        return Err(StoreError::StaleVersion { current: current.version, expected: expected_version });
    }
    Ok(current)
}

async fn reload(connection: &mut AnyConnection, id: i64) -> Result<MeasureRecord, StoreError> {
    load_records(connection, &[id])
        .await?
        .pop()
        .ok_or_else(|| StoreError::corrupt("a measure just written cannot be read back"))
}
