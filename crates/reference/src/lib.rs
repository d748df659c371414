//! The reference data vawdb ships, compiled into the binary: the countries and areas of UN
//! M49 with their names over time, the M49 regions, the thesauri, the United Nations entities
//! and IOM as actors, and the 2009 demo cycle.
//!
//! ```
//! let data = reference::reference_data().unwrap();
//! let member_states = data.countries.iter().filter(|c| c.un_status == domain::country::UnStatus::MemberState).count();
//! assert_eq!(member_states, 193);
//! ```
//!
//! The files live in `data/` as CSV and JSON so that they can be read, reviewed and corrected
//! without touching code; `data/README.md` says where each fact comes from.

use std::collections::BTreeMap;

use domain::{
    actor::{Actor, ActorCode, ActorKind},
    country::{Country, CountryName, M49, Region, RegionLevel, UnStatus},
    country_names::{CountryNameIndex, NameAlias},
    date::Date,
    language::{Labels, Language},
    reference_data::ReferenceData,
    status_table::{self, Table, TableRow},
    treaty::{self, DataCompleteness, Depositary, Instrument, InstrumentCode, TreatyAction, TreatyActionKind},
    vocabulary::{AltLabel, Term, TermCode, Thesaurus, Vocabulary, VocabularyCode},
};
use serde::Deserialize;

const COUNTRIES_CSV: &str = include_str!("../data/countries.csv");
const COUNTRY_NAME_HISTORY_CSV: &str = include_str!("../data/country-name-history.csv");
const REGIONS_CSV: &str = include_str!("../data/regions.csv");
const VOCABULARIES_CSV: &str = include_str!("../data/vocabularies.csv");
const TERMS_CSV: &str = include_str!("../data/terms.csv");
const TERM_ALT_LABELS_CSV: &str = include_str!("../data/term-alt-labels.csv");
const ACTORS_CSV: &str = include_str!("../data/actors.csv");
const INSTRUMENTS_CSV: &str = include_str!("../data/instruments.csv");
const COUNTRY_ALIASES_CSV: &str = include_str!("../data/country-aliases.csv");
const TREATY_ACTIONS_CSV: &str = include_str!("../data/treaty-actions.csv");

/// The UN Treaty Collection status tables shipped, by instrument code.
const UNTC_TABLES: &[(&str, &str, &str)] = &[
    ("untoc", "treaty-status/untoc.csv", include_str!("../data/treaty-status/untoc.csv")),
    (
        "untoc-trafficking",
        "treaty-status/untoc-trafficking.csv",
        include_str!("../data/treaty-status/untoc-trafficking.csv"),
    ),
    ("untoc-smuggling", "treaty-status/untoc-smuggling.csv", include_str!("../data/treaty-status/untoc-smuggling.csv")),
    ("icrmw", "treaty-status/icrmw.csv", include_str!("../data/treaty-status/icrmw.csv")),
    ("cedaw", "treaty-status/cedaw.csv", include_str!("../data/treaty-status/cedaw.csv")),
    ("cedaw-op", "treaty-status/cedaw-op.csv", include_str!("../data/treaty-status/cedaw-op.csv")),
];

/// The 2009 demo cycle (A/64/152) in the exchange format.
pub const DEMO_2009_JSON: &str = include_str!("../data/demo-2009.json");

/// A fault in a shipped data file: which file, which row, what is wrong.
#[derive(Debug, thiserror::Error)]
#[error("{file}, row {row}: {message}")]
pub struct ReferenceError {
    pub file: &'static str,
    /// The line in the file, counting the header as line 1.
    pub row: usize,
    pub message: String,
}

/// Reads every shipped reference file into domain values.
pub fn reference_data() -> Result<ReferenceData, ReferenceError> {
    let regions = regions()?;
    let countries = countries()?;
    let thesauri = thesauri()?;
    let mut actors: Vec<Actor> = countries
        .iter()
        .filter(|country| country.un_status.is_state())
        .map(|country| Actor {
            code: ActorCode::parse(&country.iso3).expect("ISO alpha-3 codes are valid actor codes"),
            kind: if country.un_status == UnStatus::MemberState {
                ActorKind::MemberState
            } else {
                ActorKind::ObserverState
            },
            country: Some(country.m49),
            abbreviation: None,
            names: Labels::new(),
            succeeded_by: None,
        })
        .collect();
    actors.extend(organizations()?);
    let instruments = instruments()?;
    let names = country_name_index(&countries)?;
    let treaty_actions = treaty_actions(&countries, &instruments, &names)?;
    Ok(ReferenceData { regions, countries, thesauri, actors, instruments, treaty_actions })
}

/// The 2009 demo cycle as a report draws on it, built in memory from the shipped data and
/// `demo-2009.json` with every measure published: what the report compiler's and the
/// typesetter's tests compile, without a store.
pub fn demo_2009_report_data() -> Result<domain::cycle_report::ReportData, ReferenceError> {
    use domain::{
        catalogue::Catalogue,
        cycle_report::{Reply, ReportData},
        exchange::{self, ImportDefaults},
        measure::MeasureState,
    };
    let problem = |message: String| ReferenceError { file: "demo-2009.json", row: 0, message };
    let data = reference_data()?;
    let mut catalogue =
        Catalogue::new(data.regions, data.countries, data.actors, data.thesauri, Vec::new(), data.instruments);
    let parsed = exchange::parse(DEMO_2009_JSON).map_err(|error| problem(error.to_string()))?;
    let document = exchange::validate(parsed, &catalogue, ImportDefaults { state: MeasureState::Published })
        .map_err(|problems| problem(format!("{} problems, the first: {:?}", problems.len(), problems.first())))?;
    let cycle = document.cycles.first().cloned().ok_or_else(|| problem("no cycle".to_owned()))?;
    catalogue.insert_cycle(cycle.clone());
    let replies = document
        .submissions
        .iter()
        .filter_map(|submission| {
            let actor = catalogue.actor(&submission.actor)?;
            Some(Reply { submission: submission.clone(), actor_kind: actor.kind, country: actor.country })
        })
        .collect();
    Ok(ReportData { catalogue, cycle, replies, measures: document.measures, treaty_actions: data.treaty_actions })
}

/// The other spellings of country names in depositaries' and providers' tables.
pub fn country_aliases(countries: &[Country]) -> Result<Vec<NameAlias>, ReferenceError> {
    const FILE: &str = "country-aliases.csv";
    rows::<AliasRow>(FILE, COUNTRY_ALIASES_CSV)?
        .into_iter()
        .map(|(row, alias)| {
            let country = match optional(&alias.country) {
                None => None,
                Some(iso3) => {
                    Some(countries.iter().find(|country| country.iso3 == iso3).map(|country| country.m49).ok_or_else(
                        || ReferenceError { file: FILE, row, message: format!("unknown country '{iso3}'") },
                    )?)
                }
            };
            Ok(NameAlias { alias: alias.alias, country })
        })
        .collect()
}

/// Every name of every country, and the alias table, for reading depositaries' tables.
pub fn country_name_index(countries: &[Country]) -> Result<CountryNameIndex, ReferenceError> {
    Ok(CountryNameIndex::new(countries, &country_aliases(countries)?))
}

#[derive(Deserialize)]
struct AliasRow {
    alias: String,
    country: String,
    #[allow(dead_code)]
    note: String,
}

#[derive(Deserialize)]
struct InstrumentRow {
    code: String,
    abbreviation: String,
    depositary: String,
    adopted_on: String,
    entry_into_force: String,
    parent: String,
    joining_requires_parent: String,
    denunciation_months: String,
    completeness: String,
    complete_as_at: String,
    en_title: String,
    en_short_title: String,
    fr_title: String,
    fr_short_title: String,
    es_title: String,
    es_short_title: String,
    ru_title: String,
    ru_short_title: String,
    ar_title: String,
    ar_short_title: String,
    zh_title: String,
    zh_short_title: String,
    /// The languages whose titles are translations made for vawdb, not the depositary's.
    #[allow(dead_code)]
    unofficial_titles: String,
    #[allow(dead_code)]
    source: String,
}

fn instruments() -> Result<Vec<Instrument>, ReferenceError> {
    const FILE: &str = "instruments.csv";
    rows::<InstrumentRow>(FILE, INSTRUMENTS_CSV)?
        .into_iter()
        .map(|(row, instrument)| {
            let error = |message: String| ReferenceError { file: FILE, row, message };
            Ok(Instrument {
                code: InstrumentCode::parse(&instrument.code).map_err(error)?,
                titles: labels([
                    (Language::English, &instrument.en_title),
                    (Language::French, &instrument.fr_title),
                    (Language::Spanish, &instrument.es_title),
                    (Language::Russian, &instrument.ru_title),
                    (Language::Arabic, &instrument.ar_title),
                    (Language::Chinese, &instrument.zh_title),
                ]),
                short_titles: labels([
                    (Language::English, &instrument.en_short_title),
                    (Language::French, &instrument.fr_short_title),
                    (Language::Spanish, &instrument.es_short_title),
                    (Language::Russian, &instrument.ru_short_title),
                    (Language::Arabic, &instrument.ar_short_title),
                    (Language::Chinese, &instrument.zh_short_title),
                ]),
                abbreviation: optional(&instrument.abbreviation),
                depositary: Depositary::parse(&instrument.depositary)
                    .ok_or_else(|| error(format!("unknown depositary '{}'", instrument.depositary)))?,
                adopted_on: date(FILE, row, &instrument.adopted_on)?
                    .ok_or_else(|| error("adopted_on is empty".into()))?,
                entry_into_force: date(FILE, row, &instrument.entry_into_force)?,
                parent: optional(&instrument.parent)
                    .map(|code| InstrumentCode::parse(&code))
                    .transpose()
                    .map_err(error)?,
                joining_requires_parent: match instrument.joining_requires_parent.as_str() {
                    "yes" => true,
                    "no" => false,
                    other => return Err(error(format!("joining_requires_parent is '{other}', not yes or no"))),
                },
                denunciation_takes_effect_after_months: optional(&instrument.denunciation_months)
                    .map(|months| months.parse().map_err(|_| error(format!("'{months}' is not a number of months"))))
                    .transpose()?,
                completeness: DataCompleteness::parse(&instrument.completeness)
                    .ok_or_else(|| error(format!("unknown completeness '{}'", instrument.completeness)))?,
                complete_as_at: date(FILE, row, &instrument.complete_as_at)?,
            })
        })
        .collect()
}

#[derive(Deserialize)]
struct TreatyActionRow {
    country: String,
    instrument: String,
    action: String,
    date: String,
    note: String,
    source: String,
}

/// Reads the shipped UNTC status tables and the table of other actions, and checks them all
/// against each other.
fn treaty_actions(
    countries: &[Country],
    instruments: &[Instrument],
    names: &CountryNameIndex,
) -> Result<Vec<TreatyAction>, ReferenceError> {
    let mut batch: Vec<(usize, TreatyAction)> = Vec::new();
    let mut origins: Vec<(&'static str, usize)> = Vec::new();
    for (code, file, text) in UNTC_TABLES {
        let instrument = InstrumentCode::parse(code).map_err(|message| ReferenceError { file, row: 0, message })?;
        let source = instruments
            .iter()
            .find(|i| i.code == instrument)
            .map(|_| format!("UN Treaty Collection status table ({file})"));
        let table = csv_table(file, text)?;
        let status = status_table::read_untc_table(&table, &instrument, names).map_err(|problems| ReferenceError {
            file,
            row: problems[0].row,
            message: problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "),
        })?;
        for (row, mut action) in status.actions {
            action.source.clone_from(&source);
            origins.push((file, row));
            batch.push((origins.len() - 1, action));
        }
    }
    const FILE: &str = "treaty-actions.csv";
    for (row, entry) in rows::<TreatyActionRow>(FILE, TREATY_ACTIONS_CSV)? {
        let error = |message: String| ReferenceError { file: FILE, row, message };
        let country = countries
            .iter()
            .find(|c| c.iso3 == entry.country)
            .ok_or_else(|| error(format!("unknown country '{}'", entry.country)))?;
        origins.push((FILE, row));
        batch.push((
            origins.len() - 1,
            TreatyAction {
                country: country.m49,
                instrument: InstrumentCode::parse(&entry.instrument).map_err(error)?,
                kind: TreatyActionKind::parse(&entry.action)
                    .ok_or_else(|| error(format!("unknown action '{}'", entry.action)))?,
                date: date(FILE, row, &entry.date)?.ok_or_else(|| error("date is empty".into()))?,
                note: optional(&entry.note),
                source: optional(&entry.source),
            },
        ));
    }
    treaty::check_batch(&[], &batch, instruments, treaty::BatchConfig::default()).map(|outcome| outcome.added).map_err(
        |problems| {
            let (file, row) = origins[problems[0].position];
            ReferenceError {
                file,
                row,
                message: problems
                    .iter()
                    .map(|problem| {
                        let (file, row) = origins[problem.position];
                        format!(
                            "{file} row {row}: {} on {}: {}",
                            problem.action.instrument, problem.action.date, problem.error
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("; "),
            }
        },
    )
}

/// A CSV file as a [`Table`] whose row numbers are its lines.
fn csv_table(file: &'static str, text: &str) -> Result<Table, ReferenceError> {
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let record = record.map_err(|error| ReferenceError { file, row: index + 1, message: error.to_string() })?;
        rows.push(TableRow { number: index + 1, cells: record.iter().map(str::to_owned).collect() });
    }
    Ok(Table { rows })
}

fn rows<T: for<'de> Deserialize<'de>>(file: &'static str, text: &str) -> Result<Vec<(usize, T)>, ReferenceError> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    reader
        .deserialize()
        .enumerate()
        .map(|(index, row)| {
            row.map(|row| (index + 2, row)).map_err(|error| ReferenceError {
                file,
                row: index + 2,
                message: error.to_string(),
            })
        })
        .collect()
}

fn optional(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

fn m49(file: &'static str, row: usize, text: &str) -> Result<Option<M49>, ReferenceError> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    M49::parse(text).map(Some).ok_or_else(|| ReferenceError {
        file,
        row,
        message: format!("'{text}' is not an M49 code"),
    })
}

fn date(file: &'static str, row: usize, text: &str) -> Result<Option<Date>, ReferenceError> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    Date::parse(text).map(Some).map_err(|error| ReferenceError { file, row, message: error.to_string() })
}

#[derive(Deserialize)]
struct RegionRow {
    m49: String,
    level: String,
    parent: String,
    en: String,
    fr: String,
    es: String,
    ru: String,
    ar: String,
    zh: String,
}

fn regions() -> Result<Vec<Region>, ReferenceError> {
    const FILE: &str = "regions.csv";
    rows::<RegionRow>(FILE, REGIONS_CSV)?
        .into_iter()
        .map(|(row, region)| {
            Ok(Region {
                m49: m49(FILE, row, &region.m49)?.ok_or_else(|| ReferenceError {
                    file: FILE,
                    row,
                    message: "m49 is empty".into(),
                })?,
                level: RegionLevel::parse(&region.level).ok_or_else(|| ReferenceError {
                    file: FILE,
                    row,
                    message: format!("unknown level '{}'", region.level),
                })?,
                parent: m49(FILE, row, &region.parent)?,
                names: labels([
                    (Language::English, &region.en),
                    (Language::French, &region.fr),
                    (Language::Spanish, &region.es),
                    (Language::Russian, &region.ru),
                    (Language::Arabic, &region.ar),
                    (Language::Chinese, &region.zh),
                ]),
            })
        })
        .collect()
}

fn labels<'a>(texts: impl IntoIterator<Item = (Language, &'a String)>) -> Labels {
    let mut labels = Labels::new();
    for (language, text) in texts {
        labels.set(language, text.trim());
    }
    labels
}

#[derive(Deserialize)]
struct HistoryRow {
    m49: String,
    lang: String,
    name: String,
    article: String,
    valid_from: String,
    valid_to: String,
    source: String,
}

fn countries() -> Result<Vec<Country>, ReferenceError> {
    const FILE: &str = "countries.csv";
    const HISTORY: &str = "country-name-history.csv";
    let mut history: BTreeMap<M49, Vec<CountryName>> = BTreeMap::new();
    for (row, entry) in rows::<HistoryRow>(HISTORY, COUNTRY_NAME_HISTORY_CSV)? {
        let code = m49(HISTORY, row, &entry.m49)?.ok_or_else(|| ReferenceError {
            file: HISTORY,
            row,
            message: "m49 is empty".into(),
        })?;
        let language = Language::from_code(&entry.lang).ok_or_else(|| ReferenceError {
            file: HISTORY,
            row,
            message: format!("unknown language '{}'", entry.lang),
        })?;
        let valid_to = date(HISTORY, row, &entry.valid_to)?;
        if valid_to.is_none() {
            return Err(ReferenceError {
                file: HISTORY,
                row,
                message: "a former name needs valid_to, the day it stopped being used".into(),
            });
        }
        history.entry(code).or_default().push(CountryName {
            language,
            short_name: entry.name.trim().to_owned(),
            article: optional(&entry.article),
            formal_name: None,
            valid_from: date(HISTORY, row, &entry.valid_from)?,
            valid_to,
            source: optional(&entry.source),
        });
    }

    let mut reader = csv::Reader::from_reader(COUNTRIES_CSV.as_bytes());
    let mut countries = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let row = index + 2;
        let record = record.map_err(|error| ReferenceError { file: FILE, row, message: error.to_string() })?;
        let field = |position: usize| record.get(position).unwrap_or("").trim();
        let code = m49(FILE, row, field(0))?.ok_or_else(|| ReferenceError {
            file: FILE,
            row,
            message: "m49 is empty".into(),
        })?;
        let un_status = UnStatus::parse(field(3)).ok_or_else(|| ReferenceError {
            file: FILE,
            row,
            message: format!("unknown UN status '{}'", field(3)),
        })?;
        let former = history.remove(&code).unwrap_or_default();
        let mut names = Vec::new();
        // Columns 7.. hold, for each language in this order, the short name, article and formal name.
        for (offset, language) in [
            Language::English,
            Language::French,
            Language::Spanish,
            Language::Russian,
            Language::Arabic,
            Language::Chinese,
        ]
        .into_iter()
        .enumerate()
        {
            let short_name = field(7 + offset * 3);
            if short_name.is_empty() {
                continue;
            }
            let valid_from =
                former.iter().filter(|name| name.language == language).filter_map(|name| name.valid_to).max();
            let source = former
                .iter()
                .find(|name| name.language == language && name.valid_to == valid_from)
                .and_then(|name| name.source.clone());
            names.push(CountryName {
                language,
                short_name: short_name.to_owned(),
                article: optional(field(8 + offset * 3)),
                formal_name: optional(field(9 + offset * 3)),
                valid_from,
                valid_to: None,
                source,
            });
        }
        names.extend(former);
        let country = Country {
            m49: code,
            iso2: field(1).to_owned(),
            iso3: field(2).to_owned(),
            un_status,
            region: m49(FILE, row, field(4))?,
            subregion: m49(FILE, row, field(5))?,
            intermediate_region: m49(FILE, row, field(6))?,
            names,
        };
        country.check_name_history().map_err(|message| ReferenceError { file: FILE, row, message })?;
        countries.push(country);
    }
    if let Some((code, _)) = history.into_iter().next() {
        return Err(ReferenceError {
            file: HISTORY,
            row: 0,
            message: format!("names for {code}, which is not in countries.csv"),
        });
    }
    Ok(countries)
}

#[derive(Deserialize)]
struct VocabularyRow {
    code: String,
    en: String,
    fr: String,
    es: String,
    ru: String,
    ar: String,
    zh: String,
}

#[derive(Deserialize)]
struct TermRow {
    vocabulary: String,
    code: String,
    parent: String,
    en: String,
    fr: String,
    es: String,
    ru: String,
    ar: String,
    zh: String,
}

#[derive(Debug, Deserialize)]
struct TermAltLabelRow {
    vocabulary: String,
    code: String,
    lang: String,
    label: String,
}

fn thesauri() -> Result<Vec<Thesaurus>, ReferenceError> {
    const VOCABULARIES: &str = "vocabularies.csv";
    const TERMS: &str = "terms.csv";
    let mut terms_by_vocabulary: BTreeMap<String, Vec<Term>> = BTreeMap::new();
    for (row, term) in rows::<TermRow>(TERMS, TERMS_CSV)? {
        let error = |message: String| ReferenceError { file: TERMS, row, message };
        let code = TermCode::parse(&term.code).map_err(error)?;
        let parent = optional(&term.parent).map(|parent| TermCode::parse(&parent)).transpose().map_err(error)?;
        terms_by_vocabulary.entry(term.vocabulary.clone()).or_default().push(Term {
            code,
            parent,
            labels: labels([
                (Language::English, &term.en),
                (Language::French, &term.fr),
                (Language::Spanish, &term.es),
                (Language::Russian, &term.ru),
                (Language::Arabic, &term.ar),
                (Language::Chinese, &term.zh),
            ]),
            alt_labels: Vec::new(),
        });
    }
    const TERM_ALT_LABELS: &str = "term-alt-labels.csv";
    for (row, alt) in rows::<TermAltLabelRow>(TERM_ALT_LABELS, TERM_ALT_LABELS_CSV)? {
        let error = |message: String| ReferenceError { file: TERM_ALT_LABELS, row, message };
        let language = Language::from_code(&alt.lang)
            .ok_or_else(|| error(format!("'{}' is not one of the UN languages {}", alt.lang, Language::all_codes())))?;
        let term = terms_by_vocabulary
            .get_mut(&alt.vocabulary)
            .and_then(|terms| terms.iter_mut().find(|term| term.code.as_str() == alt.code))
            .ok_or_else(|| error(format!("there is no term '{}' in vocabulary '{}'", alt.code, alt.vocabulary)))?;
        let text = alt.label.trim();
        if text.is_empty() {
            return Err(error("the label is empty".to_owned()));
        }
        term.alt_labels.push(AltLabel { language, text: text.to_owned() });
    }
    let mut thesauri = Vec::new();
    for (row, vocabulary) in rows::<VocabularyRow>(VOCABULARIES, VOCABULARIES_CSV)? {
        let code = VocabularyCode::parse(&vocabulary.code).map_err(|message| ReferenceError {
            file: VOCABULARIES,
            row,
            message,
        })?;
        let terms = terms_by_vocabulary.remove(code.as_str()).unwrap_or_default();
        let vocabulary = Vocabulary {
            code,
            labels: labels([
                (Language::English, &vocabulary.en),
                (Language::French, &vocabulary.fr),
                (Language::Spanish, &vocabulary.es),
                (Language::Russian, &vocabulary.ru),
                (Language::Arabic, &vocabulary.ar),
                (Language::Chinese, &vocabulary.zh),
            ]),
        };
        thesauri.push(Thesaurus::new(vocabulary, terms).map_err(|error| ReferenceError {
            file: TERMS,
            row: 0,
            message: error.to_string(),
        })?);
    }
    if let Some(vocabulary) = terms_by_vocabulary.keys().next() {
        return Err(ReferenceError {
            file: TERMS,
            row: 0,
            message: format!("terms of vocabulary '{vocabulary}', which is not in vocabularies.csv"),
        });
    }
    Ok(thesauri)
}

#[derive(Deserialize)]
struct ActorRow {
    code: String,
    kind: String,
    abbreviation: String,
    succeeded_by: String,
    en: String,
    fr: String,
    es: String,
    ru: String,
    ar: String,
    zh: String,
}

fn organizations() -> Result<Vec<Actor>, ReferenceError> {
    const FILE: &str = "actors.csv";
    rows::<ActorRow>(FILE, ACTORS_CSV)?
        .into_iter()
        .map(|(row, actor)| {
            let error = |message: String| ReferenceError { file: FILE, row, message };
            Ok(Actor {
                code: ActorCode::parse(&actor.code).map_err(error)?,
                kind: ActorKind::parse(&actor.kind).ok_or_else(|| error(format!("unknown kind '{}'", actor.kind)))?,
                country: None,
                abbreviation: optional(&actor.abbreviation),
                names: labels([
                    (Language::English, &actor.en),
                    (Language::French, &actor.fr),
                    (Language::Spanish, &actor.es),
                    (Language::Russian, &actor.ru),
                    (Language::Arabic, &actor.ar),
                    (Language::Chinese, &actor.zh),
                ]),
                succeeded_by: optional(&actor.succeeded_by)
                    .map(|code| ActorCode::parse(&code))
                    .transpose()
                    .map_err(error)?,
            })
        })
        .collect()
}
