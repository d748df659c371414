//! Loading the shipped reference data (regions, countries, thesauri, actors) into a store,
//! writing only what differs and logging every write.

use std::collections::HashMap;

use domain::{
    actor::Actor,
    country::{Country, Region},
    language::Labels,
    reference_data::ReferenceData,
    text::english_sort_key,
    vocabulary::Thesaurus,
};
use serde_json::{Value, json};
use sqlx::{AnyConnection, Row};

use crate::{
    catalogue,
    change_log::{self, Author, ChangedEntity},
    connection::Store,
    error::StoreError,
    outcome::ReferenceSummary,
    sql::{Param, Sql},
};

impl Store {
    /// Brings the reference tables in line with `data` in one transaction. Records that are
    /// already as `data` has them are left alone; records the store has and `data` does not
    /// are kept, since measures may refer to them.
    ///
    /// `progress` is called with (records done, records in all) as the load goes on.
    pub async fn load_reference(
        &self,
        data: &ReferenceData,
        author: &Author,
        progress: &(dyn Fn(u64, u64) + Sync),
    ) -> Result<ReferenceSummary, StoreError> {
        let total = (data.regions.len()
            + data.countries.len()
            + data.thesauri.iter().map(|t| t.terms().len() + 1).sum::<usize>()
            + data.instruments.len()
            + data.treaty_actions.len()
            + data.actors.len()) as u64;
        let mut done = 0;
        let mut step = |n: usize| {
            done += n as u64;
            progress(done, total);
        };
        let mut transaction = self.begin_write().await?;
        let connection: &mut AnyConnection = &mut transaction;
        let existing = catalogue::load(connection).await?;
        let mut summary = ReferenceSummary::default();

        let mut regions: Vec<&Region> = data.regions.iter().collect();
        regions.sort_by_key(|region| region.level);
        for region in regions {
            let before = existing.region(region.m49).map(region_json);
            let after = region_json(region);
            summary.count(before.as_ref(), &after);
            if before.as_ref() != Some(&after) {
                write_region(connection, region, before.is_some()).await?;
                change_log::record(
                    connection,
                    author,
                    ChangedEntity::Region,
                    &region.m49.to_string(),
                    before.as_ref(),
                    Some(&after),
                )
                .await?;
            }
            step(1);
        }

        for country in &data.countries {
            let before = existing.country(country.m49).map(country_json);
            let after = country_json(country);
            summary.count(before.as_ref(), &after);
            if before.as_ref() != Some(&after) {
                write_country(connection, country, before.is_some()).await?;
                change_log::record(
                    connection,
                    author,
                    ChangedEntity::Country,
                    &country.m49.to_string(),
                    before.as_ref(),
                    Some(&after),
                )
                .await?;
            }
            step(1);
        }

        for (position, thesaurus) in data.thesauri.iter().enumerate() {
            let before = existing
                .thesaurus(thesaurus.code().as_str())
                .map(|old| vocabulary_json(old, position_of(&existing, old)));
            let after = vocabulary_json(thesaurus, position);
            summary.count(before.as_ref(), &after);
            if before.as_ref() != Some(&after) {
                write_vocabulary(connection, thesaurus, position, before.is_some()).await?;
                change_log::record(
                    connection,
                    author,
                    ChangedEntity::Vocabulary,
                    thesaurus.code().as_str(),
                    before.as_ref(),
                    Some(&after),
                )
                .await?;
            }
            step(1);
            write_terms(connection, thesaurus, existing.thesaurus(thesaurus.code().as_str()), author, &mut summary)
                .await?;
            step(thesaurus.terms().len());
        }

        crate::treaties::load_reference_treaties(
            connection,
            &data.instruments,
            &data.treaty_actions,
            author,
            &mut summary,
        )
        .await?;
        step(data.instruments.len() + data.treaty_actions.len());

        for actor in &data.actors {
            let before = existing.actor(&actor.code).map(actor_json);
            let after = actor_json(actor);
            summary.count(before.as_ref(), &after);
            if before.as_ref() != Some(&after) {
                write_actor(connection, actor, before.is_some()).await?;
                change_log::record(
                    connection,
                    author,
                    ChangedEntity::Actor,
                    actor.code.as_str(),
                    before.as_ref(),
                    Some(&after),
                )
                .await?;
            }
            step(1);
        }

        transaction.commit().await?;
        Ok(summary)
    }
}

fn position_of(catalogue: &domain::catalogue::Catalogue, thesaurus: &Thesaurus) -> usize {
    catalogue.thesauri().iter().position(|other| other.code() == thesaurus.code()).unwrap_or(0)
}

fn region_json(region: &Region) -> Value {
    json!(region)
}

/// A country as the change log records it, names in a fixed order so that equal countries
/// give equal JSON.
fn country_json(country: &Country) -> Value {
    let mut country = country.clone();
    country
        .names
        .sort_by(|a, b| (a.language, a.valid_from, &a.short_name).cmp(&(b.language, b.valid_from, &b.short_name)));
    json!(country)
}

fn vocabulary_json(thesaurus: &Thesaurus, position: usize) -> Value {
    json!({ "vocabulary": thesaurus.vocabulary(), "position": position })
}

fn actor_json(actor: &Actor) -> Value {
    json!(actor)
}

async fn write_labels(
    connection: &mut AnyConnection,
    table: &str,
    key_column: &str,
    key: Param,
    labels: &Labels,
    text_column: &str,
) -> Result<(), StoreError> {
    let mut delete = Sql::new(&format!("DELETE FROM {table} WHERE {key_column} = "));
    delete.bind(key.clone());
    delete.query().execute(&mut *connection).await?;
    for (language, text) in labels.iter() {
        let mut insert = Sql::new(&format!("INSERT INTO {table} ({key_column}, lang, {text_column}) VALUES ("));
        insert.bind(key.clone()).push(", ").bind_text(language.code()).push(", ").bind_text(text).push(")");
        insert.query().execute(&mut *connection).await?;
    }
    Ok(())
}

fn optional_int(sql: &mut Sql, value: Option<i64>) {
    match value {
        Some(value) => sql.bind_int(value),
        None => sql.push("NULL"),
    };
}

fn optional_text(sql: &mut Sql, value: Option<&str>) {
    match value {
        Some(value) => sql.bind_text(value),
        None => sql.push("NULL"),
    };
}

async fn write_region(connection: &mut AnyConnection, region: &Region, exists: bool) -> Result<(), StoreError> {
    let code = i64::from(region.m49.get());
    let sql = if exists {
        let mut sql = Sql::new("UPDATE regions SET level = ");
        sql.bind_text(region.level.as_str()).push(", parent_m49 = ");
        optional_int(&mut sql, region.parent.map(|p| i64::from(p.get())));
        sql.push(" WHERE m49 = ").bind_int(code);
        sql
    } else {
        let mut sql = Sql::new("INSERT INTO regions (m49, level, parent_m49) VALUES (");
        sql.bind_int(code).push(", ").bind_text(region.level.as_str()).push(", ");
        optional_int(&mut sql, region.parent.map(|p| i64::from(p.get())));
        sql.push(")");
        sql
    };
    sql.query().execute(&mut *connection).await?;
    write_labels(connection, "region_names", "region_m49", Param::Int(code), &region.names, "name").await
}

async fn write_country(connection: &mut AnyConnection, country: &Country, exists: bool) -> Result<(), StoreError> {
    let code = i64::from(country.m49.get());
    let region = |m49: Option<domain::country::M49>| m49.map(|m| i64::from(m.get()));
    let mut sql;
    if exists {
        sql = Sql::new("UPDATE countries SET iso2 = ");
        sql.bind_text(&country.iso2)
            .push(", iso3 = ")
            .bind_text(&country.iso3)
            .push(", un_status = ")
            .bind_text(country.un_status.as_str());
        sql.push(", region_m49 = ");
        optional_int(&mut sql, region(country.region));
        sql.push(", subregion_m49 = ");
        optional_int(&mut sql, region(country.subregion));
        sql.push(", intermediate_region_m49 = ");
        optional_int(&mut sql, region(country.intermediate_region));
        sql.push(" WHERE m49 = ").bind_int(code);
    } else {
        sql = Sql::new(
            "INSERT INTO countries (m49, iso2, iso3, un_status, region_m49, subregion_m49, intermediate_region_m49) VALUES (",
        );
        sql.bind_int(code)
            .push(", ")
            .bind_text(&country.iso2)
            .push(", ")
            .bind_text(&country.iso3)
            .push(", ")
            .bind_text(country.un_status.as_str());
        for value in [region(country.region), region(country.subregion), region(country.intermediate_region)] {
            sql.push(", ");
            optional_int(&mut sql, value);
        }
        sql.push(")");
    }
    sql.query().execute(&mut *connection).await?;
    let mut delete = Sql::new("DELETE FROM country_names WHERE country_m49 = ");
    delete.bind_int(code);
    delete.query().execute(&mut *connection).await?;
    for name in &country.names {
        let mut insert = Sql::new(
            "INSERT INTO country_names (country_m49, lang, short_name, sort_key, article, formal_name, valid_from, valid_to, source) VALUES (",
        );
        insert
            .bind_int(code)
            .push(", ")
            .bind_text(name.language.code())
            .push(", ")
            .bind_text(&name.short_name)
            .push(", ")
            .bind_text(english_sort_key(&name.short_name))
            .push(", ");
        optional_text(&mut insert, name.article.as_deref());
        insert.push(", ");
        optional_text(&mut insert, name.formal_name.as_deref());
        insert.push(", ");
        optional_text(&mut insert, name.valid_from.map(|d| d.to_string()).as_deref());
        insert.push(", ");
        optional_text(&mut insert, name.valid_to.map(|d| d.to_string()).as_deref());
        insert.push(", ");
        optional_text(&mut insert, name.source.as_deref());
        insert.push(")");
        insert.query().execute(&mut *connection).await?;
    }
    Ok(())
}

async fn write_vocabulary(
    connection: &mut AnyConnection,
    thesaurus: &Thesaurus,
    position: usize,
    exists: bool,
) -> Result<(), StoreError> {
    let code = thesaurus.code().as_str();
    let sql = if exists {
        let mut sql = Sql::new("UPDATE vocabularies SET position = ");
        sql.bind_int(position as i64).push(" WHERE code = ").bind_text(code);
        sql
    } else {
        let mut sql = Sql::new("INSERT INTO vocabularies (code, position) VALUES (");
        sql.bind_text(code).push(", ").bind_int(position as i64).push(")");
        sql
    };
    sql.query().execute(&mut *connection).await?;
    write_labels(
        connection,
        "vocabulary_labels",
        "vocabulary_code",
        Param::Text(code.to_owned()),
        &thesaurus.vocabulary().labels,
        "label",
    )
    .await
}

/// Writes the terms that differ, in two passes: rows and labels first, then parents, so that a
/// parent listed after its child is no problem.
async fn write_terms(
    connection: &mut AnyConnection,
    thesaurus: &Thesaurus,
    existing: Option<&Thesaurus>,
    author: &Author,
    summary: &mut ReferenceSummary,
) -> Result<(), StoreError> {
    let vocabulary = thesaurus.code().as_str();
    let mut sql = Sql::new("SELECT id, code FROM terms WHERE vocabulary_code = ");
    sql.bind_text(vocabulary);
    let mut ids: HashMap<String, i64> = HashMap::new();
    for row in sql.query().fetch_all(&mut *connection).await? {
        ids.insert(row.try_get("code")?, row.try_get("id")?);
    }
    let old_positions: HashMap<&str, usize> = existing
        .map(|old| old.terms().iter().enumerate().map(|(p, t)| (t.code.as_str(), p)).collect())
        .unwrap_or_default();
    let mut changed = Vec::new();
    for (position, term) in thesaurus.terms().iter().enumerate() {
        let before = existing
            .and_then(|old| old.term(&term.code))
            .map(|old| json!({ "term": old, "position": old_positions[old.code.as_str()] }));
        let after = json!({ "term": term, "position": position });
        summary.count(before.as_ref(), &after);
        if before.as_ref() == Some(&after) {
            continue;
        }
        let id = match ids.get(term.code.as_str()) {
            Some(&id) => {
                let mut update = Sql::new("UPDATE terms SET position = ");
                update.bind_int(position as i64).push(" WHERE id = ").bind_int(id);
                update.query().execute(&mut *connection).await?;
                id
            }
            None => {
                let mut insert = Sql::new("INSERT INTO terms (vocabulary_code, code, parent_id, position) VALUES (");
                insert
                    .bind_text(vocabulary)
                    .push(", ")
                    .bind_text(term.code.as_str())
                    .push(", NULL, ")
                    .bind_int(position as i64)
                    .push(") RETURNING id");
                let id: i64 = insert.query().fetch_one(&mut *connection).await?.try_get("id")?;
                ids.insert(term.code.to_string(), id);
                id
            }
        };
        write_labels(connection, "term_labels", "term_id", Param::Int(id), &term.labels, "label").await?;
        let mut delete = Sql::new("DELETE FROM term_alt_labels WHERE term_id = ");
        delete.bind_int(id);
        delete.query().execute(&mut *connection).await?;
        for (position, alt) in term.alt_labels.iter().enumerate() {
            let mut insert = Sql::new("INSERT INTO term_alt_labels (term_id, lang, label, position) VALUES (");
            insert
                .bind_int(id)
                .push(", ")
                .bind_text(alt.language.code())
                .push(", ")
                .bind_text(&alt.text)
                .push(", ")
                .bind_int(position as i64)
                .push(")");
            insert.query().execute(&mut *connection).await?;
        }
        changed.push((term, before, after));
    }
    for (term, before, after) in changed {
        let mut update = Sql::new("UPDATE terms SET parent_id = ");
        optional_int(&mut update, term.parent.as_ref().map(|parent| ids[parent.as_str()]));
        update.push(" WHERE id = ").bind_int(ids[term.code.as_str()]);
        update.query().execute(&mut *connection).await?;
        change_log::record(
            connection,
            author,
            ChangedEntity::Term,
            &format!("{vocabulary}/{}", term.code),
            before.as_ref(),
            Some(&after),
        )
        .await?;
    }
    Ok(())
}

async fn write_actor(connection: &mut AnyConnection, actor: &Actor, exists: bool) -> Result<(), StoreError> {
    let country = actor.country.map(|m| i64::from(m.get()));
    let id: i64 = if exists {
        let mut sql = Sql::new("UPDATE actors SET kind = ");
        sql.bind_text(actor.kind.as_str()).push(", country_m49 = ");
        optional_int(&mut sql, country);
        sql.push(", abbreviation = ");
        optional_text(&mut sql, actor.abbreviation.as_deref());
        sql.push(", succeeded_by = ");
        optional_text(&mut sql, actor.succeeded_by.as_ref().map(|code| code.as_str()));
        sql.push(" WHERE code = ").bind_text(actor.code.as_str()).push(" RETURNING id");
        sql.query().fetch_one(&mut *connection).await?.try_get("id")?
    } else {
        let mut sql = Sql::new("INSERT INTO actors (code, kind, country_m49, abbreviation, succeeded_by) VALUES (");
        sql.bind_text(actor.code.as_str()).push(", ").bind_text(actor.kind.as_str()).push(", ");
        optional_int(&mut sql, country);
        sql.push(", ");
        optional_text(&mut sql, actor.abbreviation.as_deref());
        sql.push(", ");
        optional_text(&mut sql, actor.succeeded_by.as_ref().map(|code| code.as_str()));
        sql.push(") RETURNING id");
        sql.query().fetch_one(&mut *connection).await?.try_get("id")?
    };
    write_labels(connection, "actor_names", "actor_id", Param::Int(id), &actor.names, "name").await
}
