//! Reporting cycles and the submissions (replies) received for them.

use domain::{
    actor::ActorKind,
    country::M49,
    cycle::{ReportingCycle, Submission},
};
use serde_json::json;
use sqlx::{AnyConnection, Row};

use crate::{
    catalogue,
    change_log::{self, Author, ChangedEntity},
    connection::Store,
    decode::{actor_code, cycle_from_row, language, optional_m49, required_date},
    error::{Record, StoreError},
    ids::Ids,
    outcome::WriteOutcome,
    sql::Sql,
};

/// A reply as stored, with what the list of respondents needs to know about its actor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubmissionRecord {
    pub submission: Submission,
    pub actor_kind: ActorKind,
    pub actor_country: Option<M49>,
}

impl Store {
    /// Every cycle, oldest "as at" date first.
    pub async fn cycles(&self) -> Result<Vec<ReportingCycle>, StoreError> {
        let mut connection = self.pool.acquire().await?;
        catalogue::cycles(&mut connection).await
    }

    pub async fn cycle(&self, code: &str) -> Result<Option<ReportingCycle>, StoreError> {
        let mut sql = Sql::new("SELECT * FROM reporting_cycles WHERE code = ");
        sql.bind_text(code);
        let row = sql.query().fetch_optional(&self.pool).await?;
        row.as_ref().map(cycle_from_row).transpose()
    }

    /// The replies to a cycle, in order of receipt.
    pub async fn submissions(&self, cycle: &str) -> Result<Vec<SubmissionRecord>, StoreError> {
        let mut sql = Sql::new(
            "SELECT c.code AS cycle_code, a.code AS actor_code, a.kind AS actor_kind, a.country_m49, s.received_on, s.lang, s.note \
             FROM submissions s JOIN reporting_cycles c ON c.id = s.cycle_id JOIN actors a ON a.id = s.actor_id WHERE c.code = ",
        );
        sql.bind_text(cycle).push(" ORDER BY s.received_on, a.code");
        let rows = sql.query().fetch_all(&self.pool).await?;
        rows.iter()
            .map(|row| {
                let kind: String = row.try_get("actor_kind")?;
                Ok(SubmissionRecord {
                    submission: Submission {
                        cycle: domain::cycle::CycleCode::parse(&row.try_get::<String, _>("cycle_code")?)
                            .map_err(StoreError::corrupt)?,
                        actor: actor_code(&row.try_get::<String, _>("actor_code")?)?,
                        received_on: required_date(&row.try_get::<String, _>("received_on")?)?,
                        language: row.try_get::<Option<String>, _>("lang")?.as_deref().map(language).transpose()?,
                        note: row.try_get("note")?,
                    },
                    actor_kind: ActorKind::parse(&kind)
                        .ok_or_else(|| StoreError::corrupt(format!("unknown actor kind '{kind}'")))?,
                    actor_country: optional_m49(row.try_get("country_m49")?)?,
                })
            })
            .collect()
    }
}

fn optional_text(sql: &mut Sql, value: Option<String>) {
    match value {
        Some(value) => sql.bind_text(value),
        None => sql.push("NULL"),
    };
}

/// Creates the cycle or updates the one with the same code; logs the change.
pub(crate) async fn write_cycle(
    connection: &mut AnyConnection,
    cycle: &ReportingCycle,
    author: &Author,
) -> Result<WriteOutcome, StoreError> {
    let mut find = Sql::new("SELECT * FROM reporting_cycles WHERE code = ");
    find.bind_text(cycle.code.as_str());
    let existing = find.query().fetch_optional(&mut *connection).await?.as_ref().map(cycle_from_row).transpose()?;
    if existing.as_ref() == Some(cycle) {
        return Ok(WriteOutcome::Unchanged);
    }
    let dates = [cycle.requested_on, cycle.deadline, cycle.period_from, cycle.period_to]
        .map(|date| date.map(|d| d.to_string()));
    let mut sql;
    if existing.is_some() {
        sql = Sql::new("UPDATE reporting_cycles SET symbol = ");
        optional_text(&mut sql, cycle.symbol.clone());
        sql.push(", mandate = ").bind_text(&cycle.mandate).push(", title = ").bind_text(&cycle.title);
        for (column, value) in ["requested_on", "deadline", "period_from", "period_to"].into_iter().zip(dates) {
            sql.push(&format!(", {column} = "));
            optional_text(&mut sql, value);
        }
        sql.push(", as_at = ").bind_text(cycle.as_at.to_string()).push(", published_on = ");
        optional_text(&mut sql, cycle.published_on.map(|d| d.to_string()));
        sql.push(", previous_report = ");
        optional_text(&mut sql, cycle.previous_report.clone());
        sql.push(" WHERE code = ").bind_text(cycle.code.as_str());
    } else {
        sql = Sql::new(
            "INSERT INTO reporting_cycles (code, symbol, mandate, title, requested_on, deadline, period_from, period_to, as_at, published_on, previous_report) VALUES (",
        );
        sql.bind_text(cycle.code.as_str()).push(", ");
        optional_text(&mut sql, cycle.symbol.clone());
        sql.push(", ").bind_text(&cycle.mandate).push(", ").bind_text(&cycle.title);
        for value in dates {
            sql.push(", ");
            optional_text(&mut sql, value);
        }
        sql.push(", ").bind_text(cycle.as_at.to_string()).push(", ");
        optional_text(&mut sql, cycle.published_on.map(|d| d.to_string()));
        sql.push(", ");
        optional_text(&mut sql, cycle.previous_report.clone());
        sql.push(")");
    }
    sql.query().execute(&mut *connection).await?;
    let before = existing.as_ref().map(|cycle| json!(cycle));
    change_log::record(
        connection,
        author,
        ChangedEntity::Cycle,
        cycle.code.as_str(),
        before.as_ref(),
        Some(&json!(cycle)),
    )
    .await?;
    Ok(if existing.is_some() { WriteOutcome::Updated } else { WriteOutcome::Created })
}

/// Creates the reply or updates the same actor's reply to the same cycle; logs the change.
pub(crate) async fn write_submission(
    connection: &mut AnyConnection,
    submission: &Submission,
    ids: &Ids,
    author: &Author,
) -> Result<WriteOutcome, StoreError> {
    let cycle_id = *ids
        .cycles
        .get(submission.cycle.as_str())
        .ok_or_else(|| StoreError::NotFound(Record::Cycle(submission.cycle.to_string())))?;
    let actor_id = *ids
        .actors
        .get(submission.actor.as_str())
        .ok_or_else(|| StoreError::NotFound(Record::Actor(submission.actor.to_string())))?;
    let mut find = Sql::new("SELECT id, received_on, lang, note FROM submissions WHERE cycle_id = ");
    find.bind_int(cycle_id).push(" AND actor_id = ").bind_int(actor_id);
    let existing = match find.query().fetch_optional(&mut *connection).await? {
        Some(row) => Some((
            row.try_get::<i64, _>("id")?,
            Submission {
                cycle: submission.cycle.clone(),
                actor: submission.actor.clone(),
                received_on: required_date(&row.try_get::<String, _>("received_on")?)?,
                language: row.try_get::<Option<String>, _>("lang")?.as_deref().map(language).transpose()?,
                note: row.try_get("note")?,
            },
        )),
        None => None,
    };
    if existing.as_ref().is_some_and(|(_, old)| old == submission) {
        return Ok(WriteOutcome::Unchanged);
    }
    let mut sql;
    if let Some((id, _)) = &existing {
        sql = Sql::new("UPDATE submissions SET received_on = ");
        sql.bind_text(submission.received_on.to_string()).push(", lang = ");
        optional_text(&mut sql, submission.language.map(|l| l.code().to_owned()));
        sql.push(", note = ");
        optional_text(&mut sql, submission.note.clone());
        sql.push(" WHERE id = ").bind_int(*id);
    } else {
        sql = Sql::new("INSERT INTO submissions (cycle_id, actor_id, received_on, lang, note) VALUES (");
        sql.bind_int(cycle_id)
            .push(", ")
            .bind_int(actor_id)
            .push(", ")
            .bind_text(submission.received_on.to_string())
            .push(", ");
        optional_text(&mut sql, submission.language.map(|l| l.code().to_owned()));
        sql.push(", ");
        optional_text(&mut sql, submission.note.clone());
        sql.push(")");
    }
    sql.query().execute(&mut *connection).await?;
    let before = existing.as_ref().map(|(_, old)| json!(old));
    let key = format!("{}/{}", submission.cycle, submission.actor);
    change_log::record(connection, author, ChangedEntity::Submission, &key, before.as_ref(), Some(&json!(submission)))
        .await?;
    Ok(if existing.is_some() { WriteOutcome::Updated } else { WriteOutcome::Created })
}

/// What a report on a cycle draws on, read in one go.
#[derive(Debug, Clone)]
pub struct CycleSnapshot {
    pub data: domain::cycle_report::ReportData,
    /// The newest change-log entry when the snapshot was read.
    pub change_log_id: i64,
}

impl Store {
    /// A cycle's replies, published measures and every treaty action, with the catalogue:
    /// what a report on the cycle needs, or `None` if there is no such cycle.
    pub async fn cycle_snapshot(&self, code: &str) -> Result<Option<CycleSnapshot>, StoreError> {
        let change_log_id = self.last_change_id().await?;
        let Some(cycle) = self.cycle(code).await? else { return Ok(None) };
        let replies = self
            .submissions(code)
            .await?
            .into_iter()
            .map(|record| domain::cycle_report::Reply {
                submission: record.submission,
                actor_kind: record.actor_kind,
                country: record.actor_country,
            })
            .collect();
        let mut query = crate::measures::MeasureQuery::all(crate::measures::Visibility::PublishedOnly);
        query.cycle = Some(cycle.code.clone());
        let measures = self.all_measures(&query).await?;
        let treaty_actions = self.treaty_actions(&crate::treaties::TreatyActionFilter::default()).await?;
        let catalogue = self.catalogue().await?;
        let data = domain::cycle_report::ReportData { catalogue, cycle, replies, measures, treaty_actions };
        Ok(Some(CycleSnapshot { data, change_log_id }))
    }
}
