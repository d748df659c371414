//! Instruments and States' treaty actions: loading the shipped ones, reading them, and
//! importing status tables all or nothing.

use std::collections::HashSet;

use domain::{
    country::M49,
    language::{Labels, Language},
    treaty::{
        self, BatchConfig, BatchProblem, DataCompleteness, DateChange, Depositary, Instrument, InstrumentCode,
        TreatyAction, TreatyActionKind,
    },
};
use serde_json::json;
use sqlx::{AnyConnection, Row};

use crate::{
    change_log::{self, Author, ChangedEntity},
    connection::Store,
    decode::{date, instrument_code, language, m49, required_date},
    error::{Record, StoreError},
    outcome::{ImportMode, ReferenceSummary},
    sql::{Param, Sql},
};

/// Which treaty actions to read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TreatyActionFilter {
    pub instruments: Vec<InstrumentCode>,
    pub country: Option<M49>,
}

/// What importing a batch of actions did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TreatyImport {
    Done {
        added: usize,
        already_recorded: usize,
        /// Recorded actions whose date the table changed, replaced as asked.
        changed: Vec<DateChange>,
    },
    /// Some actions cannot be true together with the others or with those already
    /// recorded; nothing was written.
    Refused(Vec<BatchProblem>),
}

impl Store {
    /// Every instrument, in display order.
    pub async fn instruments(&self) -> Result<Vec<Instrument>, StoreError> {
        let mut connection = self.pool.acquire().await?;
        instruments(&mut connection).await
    }

    /// The actions `filter` selects, oldest first.
    pub async fn treaty_actions(&self, filter: &TreatyActionFilter) -> Result<Vec<TreatyAction>, StoreError> {
        let mut connection = self.pool.acquire().await?;
        actions(&mut connection, filter).await
    }

    /// Adds the actions of a status table, checked against each other and against those
    /// already recorded, in one transaction: all of them or none. Actions already recorded
    /// are left alone, so importing the same table twice adds nothing; an action the table
    /// dates differently is refused, or replaced when `config` says so, its old date kept in
    /// the change log.
    pub async fn import_treaty_actions(
        &self,
        batch: &[(usize, TreatyAction)],
        author: &Author,
        mode: ImportMode,
        config: BatchConfig,
    ) -> Result<TreatyImport, StoreError> {
        let mut transaction = self.begin_write().await?;
        let known = instruments(&mut transaction).await?;
        // The batch's instruments and their parents, whose status a protocol depends on.
        let mut codes: Vec<InstrumentCode> = batch.iter().map(|(_, action)| action.instrument.clone()).collect();
        codes.extend(
            known.iter().filter(|i| codes.contains(&i.code)).filter_map(|i| i.parent.clone()).collect::<Vec<_>>(),
        );
        codes.sort();
        codes.dedup();
        let existing = actions(&mut transaction, &TreatyActionFilter { instruments: codes, country: None }).await?;
        let outcome = match treaty::check_batch(&existing, batch, &known, config) {
            Ok(outcome) => outcome,
            Err(problems) => return Ok(TreatyImport::Refused(problems)),
        };
        for change in &outcome.changed {
            delete_action(&mut transaction, &change.recorded, author).await?;
        }
        for action in &outcome.added {
            insert_action(&mut transaction, action, &known, author).await?;
        }
        match mode {
            ImportMode::Commit => transaction.commit().await?,
            ImportMode::DryRun => transaction.rollback().await?,
        }
        Ok(TreatyImport::Done {
            added: outcome.added.len() - outcome.changed.len(),
            already_recorded: outcome.already_recorded,
            changed: outcome.changed,
        })
    }
}

pub(crate) async fn instruments(connection: &mut AnyConnection) -> Result<Vec<Instrument>, StoreError> {
    let titles = sqlx::query("SELECT instrument_id, lang, title, short_title FROM instrument_titles")
        .fetch_all(&mut *connection)
        .await?;
    let rows = sqlx::query(
        "SELECT i.id, i.code, i.abbreviation, i.depositary, i.adopted_on, i.entry_into_force, p.code AS parent_code, i.joining_requires_parent, \
         i.denunciation_months, i.completeness, i.complete_as_at FROM instruments i LEFT JOIN instruments p ON p.id = i.parent_id ORDER BY i.position, i.code",
    )
    .fetch_all(&mut *connection)
    .await?;
    rows.iter()
        .map(|row| {
            let id: i64 = row.try_get("id")?;
            let mut full = Labels::new();
            let mut short = Labels::new();
            for title in
                titles.iter().filter(|title| title.try_get::<i64, _>("instrument_id").is_ok_and(|owner| owner == id))
            {
                let lang = language(&title.try_get::<String, _>("lang")?)?;
                full.set(lang, title.try_get::<String, _>("title")?);
                if let Some(text) = title.try_get::<Option<String>, _>("short_title")? {
                    short.set(lang, text);
                }
            }
            let depositary: String = row.try_get("depositary")?;
            let completeness: String = row.try_get("completeness")?;
            Ok(Instrument {
                code: instrument_code(&row.try_get::<String, _>("code")?)?,
                titles: full,
                short_titles: short,
                abbreviation: row.try_get("abbreviation")?,
                depositary: Depositary::parse(&depositary)
                    .ok_or_else(|| StoreError::corrupt(format!("unknown depositary '{depositary}'")))?,
                adopted_on: required_date(&row.try_get::<String, _>("adopted_on")?)?,
                entry_into_force: date(row.try_get("entry_into_force")?)?,
                parent: row.try_get::<Option<String>, _>("parent_code")?.as_deref().map(instrument_code).transpose()?,
                joining_requires_parent: row.try_get::<i64, _>("joining_requires_parent")? != 0,
                denunciation_takes_effect_after_months: row
                    .try_get::<Option<i64>, _>("denunciation_months")?
                    .map(|months| u32::try_from(months).map_err(|_| StoreError::corrupt(format!("{months} months"))))
                    .transpose()?,
                completeness: DataCompleteness::parse(&completeness)
                    .ok_or_else(|| StoreError::corrupt(format!("unknown completeness '{completeness}'")))?,
                complete_as_at: date(row.try_get("complete_as_at")?)?,
            })
        })
        .collect()
}

async fn actions(connection: &mut AnyConnection, filter: &TreatyActionFilter) -> Result<Vec<TreatyAction>, StoreError> {
    let mut sql = Sql::new(
        "SELECT i.code, a.country_m49, a.action, a.action_date, a.note, a.source FROM treaty_actions a JOIN instruments i ON i.id = a.instrument_id WHERE 1 = 1",
    );
    if !filter.instruments.is_empty() {
        sql.push(" AND i.code IN ").bind_list(filter.instruments.iter().map(|code| Param::Text(code.to_string())));
    }
    if let Some(country) = filter.country {
        sql.push(" AND a.country_m49 = ").bind_int(i64::from(country.get()));
    }
    sql.push(" ORDER BY a.action_date, i.code, a.country_m49, a.id");
    let rows = sql.query().fetch_all(&mut *connection).await?;
    rows.iter()
        .map(|row| {
            let kind: String = row.try_get("action")?;
            Ok(TreatyAction {
                country: m49(row.try_get("country_m49")?)?,
                instrument: instrument_code(&row.try_get::<String, _>("code")?)?,
                kind: TreatyActionKind::parse(&kind)
                    .ok_or_else(|| StoreError::corrupt(format!("unknown treaty action '{kind}'")))?,
                date: required_date(&row.try_get::<String, _>("action_date")?)?,
                note: row.try_get("note")?,
                source: row.try_get("source")?,
            })
        })
        .collect()
}

/// Removes a recorded action whose date a table replaces, writing what it was to the change
/// log.
async fn delete_action(
    connection: &mut AnyConnection,
    action: &TreatyAction,
    author: &Author,
) -> Result<(), StoreError> {
    let mut sql =
        Sql::new("DELETE FROM treaty_actions WHERE instrument_id = (SELECT id FROM instruments WHERE code = ");
    sql.bind_text(action.instrument.as_str())
        .push(") AND country_m49 = ")
        .bind_int(i64::from(action.country.get()))
        .push(" AND action = ")
        .bind_text(action.kind.as_str())
        .push(" AND action_date = ")
        .bind_text(action.date.to_string());
    sql.query().execute(&mut *connection).await?;
    let key = format!("{}/{}/{}/{}", action.instrument, action.country, action.kind.as_str(), action.date);
    change_log::record(connection, author, ChangedEntity::TreatyAction, &key, Some(&json!(action)), None).await
}

async fn insert_action(
    connection: &mut AnyConnection,
    action: &TreatyAction,
    instruments: &[Instrument],
    author: &Author,
) -> Result<(), StoreError> {
    let position = instruments
        .iter()
        .position(|i| i.code == action.instrument)
        .ok_or_else(|| StoreError::NotFound(Record::Instrument(action.instrument.to_string())))?;
    let mut find = Sql::new("SELECT id FROM instruments WHERE code = ");
    find.bind_text(instruments[position].code.as_str());
    let instrument_id: i64 = find.query().fetch_one(&mut *connection).await?.try_get("id")?;
    let mut sql =
        Sql::new("INSERT INTO treaty_actions (instrument_id, country_m49, action, action_date, note, source) VALUES (");
    sql.bind_int(instrument_id)
        .push(", ")
        .bind_int(i64::from(action.country.get()))
        .push(", ")
        .bind_text(action.kind.as_str())
        .push(", ")
        .bind_text(action.date.to_string());
    for value in [&action.note, &action.source] {
        sql.push(", ");
        match value {
            Some(text) => sql.bind_text(text),
            None => sql.push("NULL"),
        };
    }
    sql.push(")");
    sql.query().execute(&mut *connection).await?;
    let key = format!("{}/{}/{}/{}", action.instrument, action.country, action.kind.as_str(), action.date);
    change_log::record(connection, author, ChangedEntity::TreatyAction, &key, None, Some(&json!(action))).await
}

/// Writes the shipped instruments that differ from the stored ones and adds the shipped
/// actions not yet recorded.
pub(crate) async fn load_reference_treaties(
    connection: &mut AnyConnection,
    instruments: &[Instrument],
    treaty_actions: &[TreatyAction],
    author: &Author,
    summary: &mut ReferenceSummary,
) -> Result<(), StoreError> {
    let existing = self::instruments(connection).await?;
    for (position, instrument) in instruments.iter().enumerate() {
        let before = existing
            .iter()
            .position(|old| old.code == instrument.code)
            .map(|old_position| json!({ "instrument": existing[old_position], "position": old_position }));
        let after = json!({ "instrument": instrument, "position": position });
        summary.count(before.as_ref(), &after);
        if before.as_ref() == Some(&after) {
            continue;
        }
        write_instrument(connection, instrument, position, before.is_some()).await?;
        change_log::record(
            connection,
            author,
            ChangedEntity::Instrument,
            instrument.code.as_str(),
            before.as_ref(),
            Some(&after),
        )
        .await?;
    }
    // Parents are set once every instrument exists.
    for instrument in instruments {
        let mut sql = Sql::new("UPDATE instruments SET parent_id = ");
        match &instrument.parent {
            Some(parent) => sql.push("(SELECT id FROM instruments WHERE code = ").bind_text(parent.as_str()).push(")"),
            None => sql.push("NULL"),
        };
        sql.push(" WHERE code = ").bind_text(instrument.code.as_str());
        sql.query().execute(&mut *connection).await?;
    }
    let recorded: HashSet<(InstrumentCode, M49, TreatyActionKind, domain::date::Date)> =
        actions(connection, &TreatyActionFilter::default())
            .await?
            .into_iter()
            .map(|action| (action.instrument, action.country, action.kind, action.date))
            .collect();
    for action in treaty_actions {
        if recorded.contains(&(action.instrument.clone(), action.country, action.kind, action.date)) {
            summary.unchanged += 1;
        } else {
            insert_action(connection, action, instruments, author).await?;
            summary.created += 1;
        }
    }
    Ok(())
}

async fn write_instrument(
    connection: &mut AnyConnection,
    instrument: &Instrument,
    position: usize,
    exists: bool,
) -> Result<(), StoreError> {
    let text = |sql: &mut Sql, value: Option<String>| {
        match value {
            Some(value) => sql.bind_text(value),
            None => sql.push("NULL"),
        };
    };
    let mut sql;
    if exists {
        sql = Sql::new("UPDATE instruments SET abbreviation = ");
        text(&mut sql, instrument.abbreviation.clone());
        sql.push(", depositary = ").bind_text(instrument.depositary.as_str());
        sql.push(", adopted_on = ").bind_text(instrument.adopted_on.to_string());
        sql.push(", entry_into_force = ");
        text(&mut sql, instrument.entry_into_force.map(|d| d.to_string()));
        sql.push(", joining_requires_parent = ").bind_int(i64::from(instrument.joining_requires_parent));
        sql.push(", denunciation_months = ");
        match instrument.denunciation_takes_effect_after_months {
            Some(months) => sql.bind_int(i64::from(months)),
            None => sql.push("NULL"),
        };
        sql.push(", completeness = ").bind_text(instrument.completeness.as_str());
        sql.push(", complete_as_at = ");
        text(&mut sql, instrument.complete_as_at.map(|d| d.to_string()));
        sql.push(", position = ").bind_int(position as i64);
        sql.push(" WHERE code = ").bind_text(instrument.code.as_str());
    } else {
        sql = Sql::new(
            "INSERT INTO instruments (code, abbreviation, depositary, adopted_on, entry_into_force, joining_requires_parent, denunciation_months, completeness, complete_as_at, position) VALUES (",
        );
        sql.bind_text(instrument.code.as_str()).push(", ");
        text(&mut sql, instrument.abbreviation.clone());
        sql.push(", ")
            .bind_text(instrument.depositary.as_str())
            .push(", ")
            .bind_text(instrument.adopted_on.to_string())
            .push(", ");
        text(&mut sql, instrument.entry_into_force.map(|d| d.to_string()));
        sql.push(", ").bind_int(i64::from(instrument.joining_requires_parent)).push(", ");
        match instrument.denunciation_takes_effect_after_months {
            Some(months) => sql.bind_int(i64::from(months)),
            None => sql.push("NULL"),
        };
        sql.push(", ").bind_text(instrument.completeness.as_str()).push(", ");
        text(&mut sql, instrument.complete_as_at.map(|d| d.to_string()));
        sql.push(", ").bind_int(position as i64).push(")");
    }
    sql.query().execute(&mut *connection).await?;
    let mut delete =
        Sql::new("DELETE FROM instrument_titles WHERE instrument_id = (SELECT id FROM instruments WHERE code = ");
    delete.bind_text(instrument.code.as_str()).push(")");
    delete.query().execute(&mut *connection).await?;
    for language in Language::ALL {
        let Some(title) = instrument.titles.get(language) else { continue };
        let mut insert = Sql::new(
            "INSERT INTO instrument_titles (instrument_id, lang, title, short_title) VALUES ((SELECT id FROM instruments WHERE code = ",
        );
        insert
            .bind_text(instrument.code.as_str())
            .push("), ")
            .bind_text(language.code())
            .push(", ")
            .bind_text(title)
            .push(", ");
        text(&mut insert, instrument.short_titles.get(language).map(str::to_owned));
        insert.push(")");
        insert.query().execute(&mut *connection).await?;
    }
    Ok(())
}
