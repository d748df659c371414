//! Running a reporting cycle: whom it asks, the replies that come in, and the documents that
//! come with them.

use domain::{
    actor::ActorCode,
    cycle::{ReportingCycle, Submission},
};
use serde_json::json;
use sqlx::{AnyConnection, Row};

use crate::{
    change_log::{self, Author, ChangedEntity},
    connection::Store,
    cycles::{write_cycle, write_submission},
    error::{Record, StoreError},
    ids::Ids,
    outcome::WriteOutcome,
    sql::Sql,
    time_format,
};

/// A document that came with a reply; its bytes are a file named by its SHA-256.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReplyDocument {
    pub actor: ActorCode,
    pub file_name: String,
    pub content_type: String,
    /// 64 hex digits.
    pub sha256: String,
    pub size_bytes: i64,
    pub uploaded_at: String,
}

/// A document to record with a reply (its file already written).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewReplyDocument {
    pub file_name: String,
    pub content_type: String,
    pub sha256: String,
    pub size_bytes: i64,
}

impl Store {
    /// Opens a new cycle that asks `addressees` for information. A cycle code in use is a
    /// conflict and writes nothing.
    pub async fn open_cycle(
        &self,
        cycle: &ReportingCycle,
        addressees: &[ActorCode],
        author: &Author,
    ) -> Result<(), StoreError> {
        let mut transaction = self.begin_write().await?;
        let mut find = Sql::new("SELECT id FROM reporting_cycles WHERE code = ");
        find.bind_text(cycle.code.as_str());
        if find.query().fetch_optional(&mut *transaction).await?.is_some() {
            return Err(StoreError::Duplicate(Record::Cycle(cycle.code.to_string())));
        }
        write_cycle(&mut transaction, cycle, author).await?;
        let ids = Ids::load(&mut transaction).await?;
        let cycle_id = *ids
            .cycles
            .get(cycle.code.as_str())
            .ok_or_else(|| StoreError::corrupt("a cycle just written is missing"))?;
        let mut codes: Vec<&str> = addressees.iter().map(ActorCode::as_str).collect();
        codes.sort_unstable();
        codes.dedup();
        for code in &codes {
            let actor_id =
                *ids.actors.get(*code).ok_or_else(|| StoreError::NotFound(Record::Actor(code.to_string())))?;
            let mut sql = Sql::new("INSERT INTO cycle_addressees (cycle_id, actor_id) VALUES (");
            sql.bind_int(cycle_id).push(", ").bind_int(actor_id).push(")");
            sql.query().execute(&mut *transaction).await?;
        }
        change_log::record(
            &mut transaction,
            author,
            ChangedEntity::CycleAddressees,
            cycle.code.as_str(),
            None,
            Some(&json!(codes)),
        )
        .await?;
        transaction.commit().await?;
        Ok(())
    }

    /// The actors a cycle asked, by code.
    pub async fn cycle_addressees(&self, cycle: &str) -> Result<Vec<ActorCode>, StoreError> {
        let mut sql = Sql::new(
            "SELECT a.code FROM cycle_addressees ca JOIN actors a ON a.id = ca.actor_id JOIN reporting_cycles c ON c.id = ca.cycle_id WHERE c.code = ",
        );
        sql.bind_text(cycle).push(" ORDER BY a.code");
        let rows = sql.query().fetch_all(&self.pool).await?;
        rows.iter()
            .map(|row| {
                let code: String = row.try_get("code")?;
                ActorCode::parse(&code).map_err(StoreError::corrupt)
            })
            .collect()
    }

    /// Records a reply (or corrects the same actor's reply to the same cycle) with the
    /// documents that came with it, in one transaction.
    pub async fn record_reply(
        &self,
        submission: &Submission,
        documents: &[NewReplyDocument],
        author: &Author,
    ) -> Result<(), StoreError> {
        let mut transaction = self.begin_write().await?;
        let ids = Ids::load(&mut transaction).await?;
        let outcome = write_submission(&mut transaction, submission, &ids, author).await?;
        let cycle_id = ids.cycles[submission.cycle.as_str()];
        let actor_id = ids.actors[submission.actor.as_str()];
        for document in documents {
            insert_document(&mut transaction, cycle_id, actor_id, document, author).await?;
            change_log::record(
                &mut transaction,
                author,
                ChangedEntity::ReplyDocument,
                &format!("{}/{}/{}", submission.cycle, submission.actor, document.sha256),
                None,
                Some(&json!({"file_name": document.file_name, "content_type": document.content_type, "sha256": document.sha256, "size_bytes": document.size_bytes})),
            )
            .await?;
        }
        if outcome == WriteOutcome::Unchanged && documents.is_empty() {
            return Ok(());
        }
        transaction.commit().await?;
        Ok(())
    }

    /// The documents that came with a cycle's replies, oldest first.
    pub async fn reply_documents(&self, cycle: &str) -> Result<Vec<ReplyDocument>, StoreError> {
        let mut sql = Sql::new(
            "SELECT a.code AS actor_code, d.* FROM reply_documents d JOIN actors a ON a.id = d.actor_id JOIN reporting_cycles c ON c.id = d.cycle_id WHERE c.code = ",
        );
        sql.bind_text(cycle).push(" ORDER BY d.id");
        let rows = sql.query().fetch_all(&self.pool).await?;
        rows.iter().map(document_from_row).collect()
    }

    /// A document by its SHA-256, if a reply brought it.
    pub async fn reply_document(&self, sha256: &str) -> Result<Option<ReplyDocument>, StoreError> {
        let mut sql = Sql::new(
            "SELECT a.code AS actor_code, d.* FROM reply_documents d JOIN actors a ON a.id = d.actor_id WHERE d.sha256 = ",
        );
        sql.bind_text(sha256).push(" ORDER BY d.id LIMIT 1");
        sql.query().fetch_optional(&self.pool).await?.as_ref().map(document_from_row).transpose()
    }
}

async fn insert_document(
    connection: &mut AnyConnection,
    cycle_id: i64,
    actor_id: i64,
    document: &NewReplyDocument,
    author: &Author,
) -> Result<(), StoreError> {
    let mut sql = Sql::new(
        "INSERT INTO reply_documents (cycle_id, actor_id, file_name, content_type, sha256, size_bytes, uploaded_at, uploaded_by) VALUES (",
    );
    sql.bind_int(cycle_id)
        .push(", ")
        .bind_int(actor_id)
        .push(", ")
        .bind_text(&document.file_name)
        .push(", ")
        .bind_text(&document.content_type)
        .push(", ")
        .bind_text(&document.sha256)
        .push(", ")
        .bind_int(document.size_bytes)
        .push(", ")
        .bind_text(time_format::now())
        .push(", ")
        .bind_text(&author.label)
        .push(")");
    sql.query().execute(connection).await?;
    Ok(())
}

fn document_from_row(row: &sqlx::any::AnyRow) -> Result<ReplyDocument, StoreError> {
    let actor: String = row.try_get("actor_code")?;
    Ok(ReplyDocument {
        actor: ActorCode::parse(&actor).map_err(StoreError::corrupt)?,
        file_name: row.try_get("file_name")?,
        content_type: row.try_get("content_type")?,
        sha256: row.try_get("sha256")?,
        size_bytes: row.try_get("size_bytes")?,
        uploaded_at: row.try_get("uploaded_at")?,
    })
}
