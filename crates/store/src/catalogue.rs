//! Reading the reference tables into a [`Catalogue`].

use std::collections::{BTreeMap, HashMap};

use domain::{
    actor::{Actor, ActorKind},
    catalogue::Catalogue,
    country::{Country, CountryName, Region, RegionLevel, UnStatus},
    cycle::ReportingCycle,
    language::Labels,
    vocabulary::{AltLabel, Term, Thesaurus, Vocabulary},
};
use sqlx::{AnyConnection, Row};

use crate::{
    connection::Store,
    decode::{actor_code, cycle_from_row, date, language, m49, optional_m49, term_code, vocabulary_code},
    error::StoreError,
    treaties,
};

impl Store {
    /// Everything records may refer to: regions, countries, actors, thesauri and cycles.
    pub async fn catalogue(&self) -> Result<Catalogue, StoreError> {
        let mut connection = self.pool.acquire().await?;
        load(&mut connection).await
    }
}

pub(crate) async fn load(connection: &mut AnyConnection) -> Result<Catalogue, StoreError> {
    Ok(Catalogue::new(
        regions(connection).await?,
        countries(connection).await?,
        actors(connection).await?,
        thesauri(connection).await?,
        cycles(connection).await?,
        treaties::instruments(connection).await?,
    ))
}

/// Collects `(key, lang, text)` rows into labels per key.
fn labels_by_key<K: Ord>(
    rows: impl IntoIterator<Item = (K, String, String)>,
) -> Result<BTreeMap<K, Labels>, StoreError> {
    let mut labels: BTreeMap<K, Labels> = BTreeMap::new();
    for (key, lang, text) in rows {
        labels.entry(key).or_default().set(language(&lang)?, text);
    }
    Ok(labels)
}

async fn regions(connection: &mut AnyConnection) -> Result<Vec<Region>, StoreError> {
    let names = sqlx::query("SELECT region_m49, lang, name FROM region_names").fetch_all(&mut *connection).await?;
    let mut names = labels_by_key(
        names
            .iter()
            .map(|row| Ok::<_, sqlx::Error>((row.try_get::<i64, _>(0)?, row.try_get(1)?, row.try_get(2)?)))
            .collect::<Result<Vec<_>, _>>()?,
    )?;
    let rows =
        sqlx::query("SELECT m49, level, parent_m49 FROM regions ORDER BY m49").fetch_all(&mut *connection).await?;
    rows.iter()
        .map(|row| {
            let code: i64 = row.try_get("m49")?;
            let level: String = row.try_get("level")?;
            Ok(Region {
                m49: m49(code)?,
                level: RegionLevel::parse(&level)
                    .ok_or_else(|| StoreError::corrupt(format!("unknown region level '{level}'")))?,
                parent: optional_m49(row.try_get("parent_m49")?)?,
                names: names.remove(&code).unwrap_or_default(),
            })
        })
        .collect()
}

pub(crate) async fn countries(connection: &mut AnyConnection) -> Result<Vec<Country>, StoreError> {
    let name_rows = sqlx::query(
        "SELECT country_m49, lang, short_name, article, formal_name, valid_from, valid_to, source FROM country_names ORDER BY country_m49, lang, valid_from, id",
    )
    .fetch_all(&mut *connection)
    .await?;
    let mut names: BTreeMap<i64, Vec<CountryName>> = BTreeMap::new();
    for row in &name_rows {
        names.entry(row.try_get("country_m49")?).or_default().push(CountryName {
            language: language(&row.try_get::<String, _>("lang")?)?,
            short_name: row.try_get("short_name")?,
            article: row.try_get("article")?,
            formal_name: row.try_get("formal_name")?,
            valid_from: date(row.try_get("valid_from")?)?,
            valid_to: date(row.try_get("valid_to")?)?,
            source: row.try_get("source")?,
        });
    }
    let rows = sqlx::query("SELECT m49, iso2, iso3, un_status, region_m49, subregion_m49, intermediate_region_m49 FROM countries ORDER BY m49")
        .fetch_all(&mut *connection)
        .await?;
    rows.iter()
        .map(|row| {
            let code: i64 = row.try_get("m49")?;
            let status: String = row.try_get("un_status")?;
            Ok(Country {
                m49: m49(code)?,
                iso2: row.try_get("iso2")?,
                iso3: row.try_get("iso3")?,
                un_status: UnStatus::parse(&status)
                    .ok_or_else(|| StoreError::corrupt(format!("unknown UN status '{status}'")))?,
                region: optional_m49(row.try_get("region_m49")?)?,
                subregion: optional_m49(row.try_get("subregion_m49")?)?,
                intermediate_region: optional_m49(row.try_get("intermediate_region_m49")?)?,
                names: names.remove(&code).unwrap_or_default(),
            })
        })
        .collect()
}

pub(crate) async fn actors(connection: &mut AnyConnection) -> Result<Vec<Actor>, StoreError> {
    let name_rows = sqlx::query("SELECT actor_id, lang, name FROM actor_names").fetch_all(&mut *connection).await?;
    let mut names = labels_by_key(
        name_rows
            .iter()
            .map(|row| Ok::<_, sqlx::Error>((row.try_get::<i64, _>(0)?, row.try_get(1)?, row.try_get(2)?)))
            .collect::<Result<Vec<_>, _>>()?,
    )?;
    let rows = sqlx::query("SELECT id, code, kind, country_m49, abbreviation, succeeded_by FROM actors ORDER BY code")
        .fetch_all(&mut *connection)
        .await?;
    rows.iter()
        .map(|row| {
            let id: i64 = row.try_get("id")?;
            let kind: String = row.try_get("kind")?;
            Ok(Actor {
                code: actor_code(&row.try_get::<String, _>("code")?)?,
                kind: ActorKind::parse(&kind)
                    .ok_or_else(|| StoreError::corrupt(format!("unknown actor kind '{kind}'")))?,
                country: optional_m49(row.try_get("country_m49")?)?,
                abbreviation: row.try_get("abbreviation")?,
                names: names.remove(&id).unwrap_or_default(),
                succeeded_by: row
                    .try_get::<Option<String>, _>("succeeded_by")?
                    .as_deref()
                    .map(actor_code)
                    .transpose()?,
            })
        })
        .collect()
}

pub(crate) async fn thesauri(connection: &mut AnyConnection) -> Result<Vec<Thesaurus>, StoreError> {
    let vocabulary_labels =
        sqlx::query("SELECT vocabulary_code, lang, label FROM vocabulary_labels").fetch_all(&mut *connection).await?;
    let mut vocabulary_labels = labels_by_key(
        vocabulary_labels
            .iter()
            .map(|row| Ok::<_, sqlx::Error>((row.try_get::<String, _>(0)?, row.try_get(1)?, row.try_get(2)?)))
            .collect::<Result<Vec<_>, _>>()?,
    )?;
    let term_labels = sqlx::query("SELECT term_id, lang, label FROM term_labels").fetch_all(&mut *connection).await?;
    let mut term_labels = labels_by_key(
        term_labels
            .iter()
            .map(|row| Ok::<_, sqlx::Error>((row.try_get::<i64, _>(0)?, row.try_get(1)?, row.try_get(2)?)))
            .collect::<Result<Vec<_>, _>>()?,
    )?;
    let mut alt_labels: HashMap<i64, Vec<AltLabel>> = HashMap::new();
    for row in sqlx::query("SELECT term_id, lang, label FROM term_alt_labels ORDER BY term_id, position")
        .fetch_all(&mut *connection)
        .await?
    {
        alt_labels
            .entry(row.try_get("term_id")?)
            .or_default()
            .push(AltLabel { language: language(&row.try_get::<String, _>("lang")?)?, text: row.try_get("label")? });
    }
    let term_rows = sqlx::query(
        "SELECT t.id, t.vocabulary_code, t.code, p.code AS parent_code FROM terms t LEFT JOIN terms p ON p.id = t.parent_id ORDER BY t.vocabulary_code, t.position, t.id",
    )
    .fetch_all(&mut *connection)
    .await?;
    let mut terms: BTreeMap<String, Vec<Term>> = BTreeMap::new();
    for row in &term_rows {
        let id: i64 = row.try_get("id")?;
        let parent: Option<String> = row.try_get("parent_code")?;
        terms.entry(row.try_get("vocabulary_code")?).or_default().push(Term {
            code: term_code(&row.try_get::<String, _>("code")?)?,
            parent: parent.as_deref().map(term_code).transpose()?,
            labels: term_labels.remove(&id).unwrap_or_default(),
            alt_labels: alt_labels.remove(&id).unwrap_or_default(),
        });
    }
    let vocabularies =
        sqlx::query("SELECT code FROM vocabularies ORDER BY position, code").fetch_all(&mut *connection).await?;
    vocabularies
        .iter()
        .map(|row| {
            let code: String = row.try_get("code")?;
            let vocabulary = Vocabulary {
                code: vocabulary_code(&code)?,
                labels: vocabulary_labels.remove(&code).unwrap_or_default(),
            };
            Thesaurus::new(vocabulary, terms.remove(&code).unwrap_or_default())
                .map_err(|error| StoreError::corrupt(error.to_string()))
        })
        .collect()
}

pub(crate) async fn cycles(connection: &mut AnyConnection) -> Result<Vec<ReportingCycle>, StoreError> {
    let rows = sqlx::query("SELECT * FROM reporting_cycles ORDER BY as_at, code").fetch_all(&mut *connection).await?;
    rows.iter().map(cycle_from_row).collect()
}
