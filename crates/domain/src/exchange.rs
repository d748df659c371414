//! The exchange format: a JSON document of cycles, submissions and measures that `import`
//! reads, `export` writes and the demo cycle is shipped in.
//!
//! Reading a document is two steps. [`parse`] turns text into an [`ExchangeDocument`] and
//! reports a syntax or shape error with its line, column and path. [`validate`] checks every
//! record against the [`Catalogue`] and returns either a [`ValidDocument`], ready to write in
//! one transaction, or every [`Problem`] it found, each naming the record and the field.

use std::{
    collections::{BTreeMap, HashMap, HashSet},
    fmt,
};

use serde::{Deserialize, Serialize};

use crate::{
    actor::{Actor, ActorCode},
    catalogue::Catalogue,
    country::{Country, M49},
    cycle::{CycleCode, ReportingCycle, Submission},
    date::Date,
    language::Language,
    measure::{
        Classification, ExternalId, ImplementationStatus, Measure, MeasureState, MeasureText, MeasureTexts, TextOrigin,
        YearRange,
    },
    message::Message,
    text::{closest, grouped, shortened},
    vocabulary::{Thesaurus, VocabularyCode},
};

/// The value of the `format` field of every document in this version of the format.
pub const FORMAT: &str = "vawdb-exchange/1";

/// The longest title, in characters.
pub const MAX_TITLE_CHARS: usize = 500;
/// The longest description or effectiveness note, in characters.
pub const MAX_DESCRIPTION_CHARS: usize = 50_000;

/// A document in the exchange format, as written in the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExchangeDocument {
    pub format: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cycles: Vec<CycleEntry>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub submissions: Vec<SubmissionEntry>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub measures: Vec<MeasureEntry>,
}

/// A reporting cycle as written in a document. Dates are `YYYY-MM-DD`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CycleEntry {
    pub code: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub symbol: Option<String>,
    pub mandate: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requested_on: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period_from: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period_to: Option<String>,
    pub as_at: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_on: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_report: Option<String>,
}

/// A reply to a cycle as written in a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SubmissionEntry {
    pub cycle: String,
    pub actor: String,
    pub received_on: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A measure as written in a document.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeasureEntry {
    /// The stable id; importing the same id again updates the measure.
    pub id: String,
    /// ISO 3166 alpha-3 (preferred) or alpha-2 code, or M49 code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// The actor's code; a State's measures may leave it out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cycle: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year_to: Option<i32>,
    /// `in_place` (the default) or `in_preparation`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub implementation: Option<String>,
    /// `draft`, `submitted`, `published` or `withdrawn`; the importer's default when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// Term codes by vocabulary code: `{"type": ["training"], "form": ["trafficking"]}`.
    #[serde(default)]
    pub classification: BTreeMap<String, Vec<String>>,
    /// Texts by language code: `{"en": {"title": "...", "description": "..."}}`.
    pub text: BTreeMap<String, TextEntry>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// A measure's text in one language as written in a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TextEntry {
    pub title: String,
    pub description: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effectiveness: Option<String>,
    /// `original`, `official_translation` or `unofficial_translation`; absent when not known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<String>,
}

/// A document that is not JSON, or not of the expected shape.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub column: usize,
    /// Where in the document, such as `measures[3].text.en`; empty for a syntax error.
    pub path: String,
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}, column {}", self.line, self.column)?;
        if !self.path.is_empty() {
            write!(f, ", at {}", self.path)?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for ParseError {}

impl ParseError {
    /// What is wrong, for a person in any language; serde's account of the shape is quoted as
    /// it words it.
    pub fn message(&self) -> Message {
        let english = self.to_string();
        if self.path.is_empty() {
            Message::new("problem-json-syntax", english)
                .text("line", self.line.to_string())
                .text("column", self.column.to_string())
                .text("details", self.message.as_str())
        } else {
            Message::new("problem-json-shape", english)
                .text("line", self.line.to_string())
                .text("column", self.column.to_string())
                .text("path", self.path.as_str())
                .text("details", self.message.as_str())
        }
    }
}

/// Reads a document from JSON text.
pub fn parse(json: &str) -> Result<ExchangeDocument, ParseError> {
    let deserializer = &mut serde_json::Deserializer::from_str(json);
    serde_path_to_error::deserialize(deserializer).map_err(|error| {
        let path = error.path().to_string();
        let inner = error.into_inner();
        let message = inner.to_string();
        // serde_json appends " at line L column C"; the position is reported separately.
        let message = match message.rfind(" at line ") {
            Some(position) => message[..position].to_owned(),
            None => message,
        };
        ParseError {
            line: inner.line(),
            column: inner.column(),
            // serde_path_to_error says "." for the document itself and "?" where the text ends
            // before a value's path is known: neither is a place a person can look at.
            path: if path == "." || path == "?" { String::new() } else { path },
            message,
        }
    })
}

/// One thing wrong with one record of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Which record: `measures[3] (id "2009-BLR-penal")`.
    pub record: String,
    /// Which field: `classification.type[1]`.
    pub field: String,
    pub message: Message,
    /// The measure's place in the document's list of measures, for a problem with a measure:
    /// what lets a table import name the row.
    pub measure_position: Option<usize>,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.record, self.field, self.message)
    }
}

/// What a document leaves to the importer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImportDefaults {
    /// The state of a measure whose entry does not give one.
    pub state: MeasureState,
}

/// A document whose every record was checked, ready to be written.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ValidDocument {
    pub cycles: Vec<ReportingCycle>,
    pub submissions: Vec<Submission>,
    pub measures: Vec<Measure>,
}

/// Checks every record of `document`, returning all problems found, not just the first.
pub fn validate(
    document: ExchangeDocument,
    catalogue: &Catalogue,
    defaults: ImportDefaults,
) -> Result<ValidDocument, Vec<Problem>> {
    let mut checker = Checker { problems: Vec::new(), record: String::from("document"), measure_position: None };
    if document.format != FORMAT {
        checker.problem(
            "format",
            Message::new(
                "problem-unknown-format",
                format!("'{}' is not a format this version reads; expected '{FORMAT}'", shortened(&document.format)),
            )
            .text("format", shortened(&document.format))
            .text("expected", FORMAT),
        );
    }
    let mut known = catalogue.clone();
    let mut valid = ValidDocument::default();

    let mut cycle_codes = HashMap::new();
    for (position, entry) in document.cycles.into_iter().enumerate() {
        checker.record = format!("cycles[{position}] (code \"{}\")", entry.code);
        if let Some(first) = cycle_codes.insert(entry.code.clone(), position) {
            checker.problem(
                "code",
                Message::new("problem-duplicate-cycle", format!("duplicate code: cycles[{first}] has it too"))
                    .text("first", format!("cycles[{first}]")),
            );
            continue;
        }
        if let Some(cycle) = checker.cycle(&entry) {
            known.insert_cycle(cycle.clone());
            valid.cycles.push(cycle);
        }
    }

    let mut replies = HashMap::new();
    for (position, entry) in document.submissions.into_iter().enumerate() {
        checker.record = format!("submissions[{position}] (cycle \"{}\", actor \"{}\")", entry.cycle, entry.actor);
        if let Some(first) = replies.insert((entry.cycle.clone(), entry.actor.to_ascii_uppercase()), position) {
            checker.problem(
                "actor",
                Message::new(
                    "problem-duplicate-reply",
                    format!("duplicate reply: submissions[{first}] is the same actor's reply to the same cycle"),
                )
                .text("first", format!("submissions[{first}]")),
            );
            continue;
        }
        if let Some(submission) = checker.submission(&entry, &known) {
            valid.submissions.push(submission);
        }
    }

    let mut measures =
        MeasureChecker { checker, known, defaults, ids: HashMap::new(), measures: Vec::new(), pushed: 0 };
    for entry in document.measures {
        measures.push(entry);
    }
    let MeasureChecker { checker, measures, .. } = measures;
    valid.measures = measures;
    if checker.problems.is_empty() { Ok(valid) } else { Err(checker.problems) }
}

/// Checks measure records one at a time, as [`validate`] checks a document's measures (the
/// same rules, ids unique across all of them), keeping only the measures: what a large table
/// is read with, so that each row's record is dropped as soon as it is checked.
///
/// ```
/// use domain::{exchange::{ImportDefaults, MeasureChecker, MeasureEntry}, measure::MeasureState};
///
/// let catalogue = domain::catalogue::Catalogue::default();
/// let mut checker = MeasureChecker::new(&catalogue, ImportDefaults { state: MeasureState::Draft });
/// let problems = checker.push(MeasureEntry { id: "not an id!".into(), ..MeasureEntry::default() });
/// assert!(problems.iter().any(|problem| problem.field == "id"));
/// assert!(checker.finish().is_err());
/// ```
pub struct MeasureChecker {
    checker: Checker,
    known: Catalogue,
    defaults: ImportDefaults,
    /// The position of the first record with each id.
    ids: HashMap<String, usize>,
    measures: Vec<Measure>,
    pushed: usize,
}

impl MeasureChecker {
    pub fn new(catalogue: &Catalogue, defaults: ImportDefaults) -> MeasureChecker {
        let checker = Checker { problems: Vec::new(), record: String::from("document"), measure_position: None };
        MeasureChecker {
            checker,
            known: catalogue.clone(),
            defaults,
            ids: HashMap::new(),
            measures: Vec::new(),
            pushed: 0,
        }
    }

    /// Checks the next record (`measures[n]` in problems, `n` counting every record pushed)
    /// and keeps its measure if it has no problem. Returns the record's problems.
    pub fn push(&mut self, entry: MeasureEntry) -> &[Problem] {
        let position = self.pushed;
        self.pushed += 1;
        let before = self.checker.problems.len();
        self.checker.record = format!("measures[{position}] (id \"{}\")", entry.id);
        self.checker.measure_position = Some(position);
        if let Some(first) = self.ids.get(&entry.id) {
            self.checker.problem(
                "id",
                Message::new("problem-duplicate-measure", format!("duplicate id: measures[{first}] has it too"))
                    .text("first", format!("measures[{first}]")),
            );
        } else {
            self.ids.insert(entry.id.clone(), position);
            if let Some(measure) = self.checker.measure(entry, &self.known, self.defaults) {
                self.measures.push(measure);
            }
        }
        &self.checker.problems[before..]
    }

    /// The measures, if no record had a problem; else every problem.
    pub fn finish(self) -> Result<Vec<Measure>, Vec<Problem>> {
        if self.checker.problems.is_empty() { Ok(self.measures) } else { Err(self.checker.problems) }
    }
}

/// Writes records back in the exchange format, countries by ISO alpha-3 code.
pub fn to_document(
    cycles: &[ReportingCycle],
    submissions: &[Submission],
    measures: &[Measure],
    catalogue: &Catalogue,
) -> ExchangeDocument {
    let optional_date = |date: Option<Date>| date.map(|date| date.to_string());
    ExchangeDocument {
        format: FORMAT.to_owned(),
        cycles: cycles
            .iter()
            .map(|cycle| CycleEntry {
                code: cycle.code.to_string(),
                symbol: cycle.symbol.clone(),
                mandate: cycle.mandate.clone(),
                title: cycle.title.clone(),
                requested_on: optional_date(cycle.requested_on),
                deadline: optional_date(cycle.deadline),
                period_from: optional_date(cycle.period_from),
                period_to: optional_date(cycle.period_to),
                as_at: cycle.as_at.to_string(),
                published_on: optional_date(cycle.published_on),
                previous_report: cycle.previous_report.clone(),
            })
            .collect(),
        submissions: submissions
            .iter()
            .map(|submission| SubmissionEntry {
                cycle: submission.cycle.to_string(),
                actor: submission.actor.to_string(),
                received_on: submission.received_on.to_string(),
                language: submission.language.map(|language| language.code().to_owned()),
                note: submission.note.clone(),
            })
            .collect(),
        measures: measures
            .iter()
            .map(|measure| MeasureEntry {
                id: measure.external_id.to_string(),
                country: measure
                    .country
                    .map(|m49| catalogue.country(m49).map_or_else(|| m49.to_string(), |country| country.iso3.clone())),
                actor: Some(measure.actor.to_string()),
                cycle: measure.cycle.as_ref().map(ToString::to_string),
                year: measure.years.map(YearRange::from),
                year_to: measure.years.filter(|years| years.to() != years.from()).map(YearRange::to),
                implementation: Some(measure.implementation.as_str().to_owned()),
                state: Some(measure.state.as_str().to_owned()),
                classification: {
                    let mut map: BTreeMap<String, Vec<String>> = BTreeMap::new();
                    for (vocabulary, term) in measure.classification.iter() {
                        map.entry(vocabulary.to_string()).or_default().push(term.to_string());
                    }
                    map
                },
                text: measure
                    .texts
                    .iter()
                    .map(|(language, text)| {
                        (
                            language.code().to_owned(),
                            TextEntry {
                                title: text.title.clone(),
                                description: text.description.clone(),
                                effectiveness: text.effectiveness.clone(),
                                origin: text.origin.map(|origin| origin.as_str().to_owned()),
                            },
                        )
                    })
                    .collect(),
                source: measure.source.clone(),
            })
            .collect(),
    }
}

struct Checker {
    problems: Vec<Problem>,
    record: String,
    measure_position: Option<usize>,
}

impl Checker {
    fn problem(&mut self, field: impl Into<String>, message: Message) {
        self.problems.push(Problem {
            record: self.record.clone(),
            field: field.into(),
            message,
            measure_position: self.measure_position,
        });
    }

    fn required_text(&mut self, field: &str, text: &str, max_chars: usize) -> Option<String> {
        let trimmed = text.trim();
        if trimmed.is_empty() {
            self.problem(field, Message::new("problem-text-empty", "must not be empty"));
            None
        } else if trimmed.chars().count() > max_chars {
            let length = trimmed.chars().count();
            self.problem(
                field,
                Message::new(
                    "problem-text-too-long",
                    format!("is {} characters long; the limit is {}", grouped(length), grouped(max_chars)),
                )
                .number("length", length)
                .number("limit", max_chars),
            );
            None
        } else {
            Some(trimmed.to_owned())
        }
    }

    fn optional_text(&mut self, field: &str, text: Option<&str>, max_chars: usize) -> Option<Option<String>> {
        match text.map(str::trim) {
            None | Some("") => Some(None),
            Some(text) => self.required_text(field, text, max_chars).map(Some),
        }
    }

    fn optional_date(&mut self, field: &str, text: Option<&str>) -> Option<Option<Date>> {
        match text {
            None => Some(None),
            Some(text) => self.date(field, text).map(Some),
        }
    }

    fn date(&mut self, field: &str, text: &str) -> Option<Date> {
        match Date::parse(text) {
            Ok(date) => Some(date),
            Err(error) => {
                self.problem(field, error.message());
                None
            }
        }
    }

    fn cycle(&mut self, entry: &CycleEntry) -> Option<ReportingCycle> {
        let before = self.problems.len();
        let code = CycleCode::parse(&entry.code).map_err(|message| self.problem("code", message)).ok();
        let mandate = self.required_text("mandate", &entry.mandate, 500);
        let title = self.required_text("title", &entry.title, MAX_TITLE_CHARS);
        let requested_on = self.optional_date("requested_on", entry.requested_on.as_deref());
        let deadline = self.optional_date("deadline", entry.deadline.as_deref());
        let period_from = self.optional_date("period_from", entry.period_from.as_deref());
        let period_to = self.optional_date("period_to", entry.period_to.as_deref());
        let as_at = self.date("as_at", &entry.as_at);
        let published_on = self.optional_date("published_on", entry.published_on.as_deref());
        let symbol = self.optional_text("symbol", entry.symbol.as_deref(), 100);
        let previous_report = self.optional_text("previous_report", entry.previous_report.as_deref(), 100);
        if let (Some(Some(from)), Some(Some(to))) = (period_from, period_to)
            && to < from
        {
            self.problem(
                "period_to",
                Message::new("problem-period-to-before-from", format!("{to} is before period_from {from}"))
                    .text("to", to.to_string())
                    .text("from", from.to_string()),
            );
        }
        if let (Some(Some(requested)), Some(Some(deadline))) = (requested_on, deadline)
            && deadline < requested
        {
            self.problem(
                "deadline",
                Message::new(
                    "problem-deadline-before-request",
                    format!("{deadline} is before requested_on {requested}"),
                )
                .text("deadline", deadline.to_string())
                .text("requested", requested.to_string()),
            );
        }
        if self.problems.len() > before {
            return None;
        }
        Some(ReportingCycle {
            code: code?,
            symbol: symbol?,
            mandate: mandate?,
            title: title?,
            requested_on: requested_on?,
            deadline: deadline?,
            period_from: period_from?,
            period_to: period_to?,
            as_at: as_at?,
            published_on: published_on?,
            previous_report: previous_report?,
        })
    }

    fn submission(&mut self, entry: &SubmissionEntry, known: &Catalogue) -> Option<Submission> {
        let before = self.problems.len();
        let cycle = self.known_cycle("cycle", &entry.cycle, known);
        let actor = match known.actor_by_code(&entry.actor) {
            Some(actor) => Some(actor.code.clone()),
            None => {
                self.problem("actor", unknown_actor_message(&entry.actor, known));
                None
            }
        };
        let received_on = self.date("received_on", &entry.received_on);
        let language = match entry.language.as_deref() {
            None => Some(None),
            Some(code) => match Language::from_code(code) {
                Some(language) => Some(Some(language)),
                None => {
                    self.problem("language", not_a_un_language(code));
                    None
                }
            },
        };
        let note = self.optional_text("note", entry.note.as_deref(), MAX_DESCRIPTION_CHARS);
        if self.problems.len() > before {
            return None;
        }
        Some(Submission { cycle: cycle?, actor: actor?, received_on: received_on?, language: language?, note: note? })
    }

    fn known_cycle(&mut self, field: &str, code: &str, known: &Catalogue) -> Option<CycleCode> {
        match known.cycle(code) {
            Some(cycle) => Some(cycle.code.clone()),
            None => {
                let codes: Vec<String> = known.cycles().map(|cycle| cycle.code.to_string()).collect();
                let message = if codes.is_empty() {
                    Message::new(
                        "problem-unknown-cycle-none-yet",
                        format!("unknown cycle '{}' (no cycle exists yet)", shortened(code)),
                    )
                    .text("code", shortened(code))
                } else {
                    let known = codes.join(", ");
                    Message::new(
                        "problem-unknown-cycle",
                        format!("unknown cycle '{}' (known cycles: {known})", shortened(code)),
                    )
                    .text("code", shortened(code))
                    .text("known", known)
                };
                self.problem(field, message);
                None
            }
        }
    }

    fn measure(&mut self, entry: MeasureEntry, known: &Catalogue, defaults: ImportDefaults) -> Option<Measure> {
        let before = self.problems.len();
        let external_id = ExternalId::parse(&entry.id).map_err(|message| self.problem("id", message)).ok();

        let country: Option<Option<&Country>> = match entry.country.as_deref() {
            None => Some(None),
            Some(code) => match known.country_by_code(code) {
                Some(country) => Some(Some(country)),
                None => {
                    self.problem(
                        "country",
                        Message::new(
                            "problem-unknown-country",
                            format!(
                                "unknown country '{}': give an ISO 3166 alpha-3 code such as AZE, an alpha-2 code or an M49 code",
                                shortened(code)
                            ),
                        )
                        .text("code", shortened(code)),
                    );
                    None
                }
            },
        };
        let actor: Option<Option<&Actor>> = match entry.actor.as_deref() {
            None => Some(None),
            Some(code) => match known.actor_by_code(code) {
                Some(actor) => Some(Some(actor)),
                None => {
                    self.problem("actor", unknown_actor_message(code, known));
                    None
                }
            },
        };
        // A wrong country or actor does not stop the checks: every problem of the measure is
        // told at once, so that a form or a file is corrected in one go.
        let actor_and_country = match (actor, country) {
            (Some(actor), Some(country)) => self.actor_and_country(actor, country, known),
            _ => None,
        };

        let cycle = match entry.cycle.as_deref() {
            None => Some(None),
            Some(code) => self.known_cycle("cycle", code, known).map(Some),
        };
        let years = match (entry.year, entry.year_to) {
            (None, None) => Some(None),
            (None, Some(_)) => {
                self.problem("year_to", Message::new("problem-year-to-without-year", "is given without year"));
                None
            }
            (Some(from), to) => YearRange::new(from, to)
                .map(Some)
                .map_err(|message| self.problem(if to.is_some() { "year_to" } else { "year" }, message))
                .ok(),
        };
        let implementation = match entry.implementation.as_deref() {
            None => Some(ImplementationStatus::InPlace),
            Some(text) => ImplementationStatus::parse(text).or_else(|| {
                self.problem("implementation", not_one_of(text, "in_place, in_preparation"));
                None
            }),
        };
        let state = match entry.state.as_deref() {
            None => Some(defaults.state),
            Some(text) => MeasureState::parse(text).or_else(|| {
                let allowed = MeasureState::ALL.map(MeasureState::as_str).join(", ");
                self.problem("state", not_one_of(text, &allowed));
                None
            }),
        };
        let classification = self.classification(entry.classification, known);
        if let (Some(state), Some(classification)) = (state, &classification)
            && matches!(state, MeasureState::Submitted | MeasureState::Published)
            && classification.terms(VocabularyCode::TYPE_OF_MEASURE).next().is_none()
        {
            self.problem(
                format!("classification.{}", VocabularyCode::TYPE_OF_MEASURE),
                Message::new(
                    "problem-needs-type-of-measure",
                    format!("a {} measure needs at least one type of measure", state.as_str()),
                )
                .text("state", state.as_str()),
            );
        }
        let texts = self.texts(entry.text);
        let source = self.optional_text("source", entry.source.as_deref(), 500);

        if self.problems.len() > before {
            return None;
        }
        let (actor, country) = actor_and_country?;
        Some(Measure {
            external_id: external_id?,
            actor,
            country,
            cycle: cycle?,
            years: years?,
            implementation: implementation?,
            state: state?,
            classification: classification?,
            texts: texts?,
            source: source?,
        })
    }

    fn actor_and_country(
        &mut self,
        actor: Option<&Actor>,
        country: Option<&Country>,
        known: &Catalogue,
    ) -> Option<(ActorCode, Option<M49>)> {
        match (actor, country) {
            (None, None) => {
                self.problem("country", Message::new("problem-country-or-actor", "give a country, an actor or both"));
                None
            }
            (None, Some(country)) => match known.state_actor(country.m49) {
                Some(state) => Some((state.code.clone(), Some(country.m49))),
                None => {
                    self.problem(
                        "actor",
                        Message::new(
                            "problem-country-not-a-state",
                            format!(
                                "{} is not a State, so the measure must name its actor",
                                country.short_name(Language::English)
                            ),
                        )
                        .country("country", country),
                    );
                    None
                }
            },
            (Some(actor), country) if actor.kind.is_state() => {
                if let (Some(own), Some(country)) = (actor.country, country)
                    && own != country.m49
                {
                    let own_country = known.country(own);
                    let own_name =
                        own_country.map_or_else(|| own.to_string(), |c| c.short_name(Language::English).to_owned());
                    let message = Message::new(
                        "problem-country-not-the-actors",
                        format!(
                            "{} is not the country of actor {} ({own_name}); a State's measures are in its own country",
                            country.short_name(Language::English),
                            actor.code
                        ),
                    )
                    .country("country", country)
                    .text("actor", actor.code.as_str());
                    let message = match own_country {
                        Some(own_country) => message.country("own", own_country),
                        None => message.text("own", own.to_string()),
                    };
                    self.problem("country", message);
                    return None;
                }
                Some((actor.code.clone(), actor.country.or(country.map(|c| c.m49))))
            }
            (Some(actor), country) => Some((actor.code.clone(), country.map(|c| c.m49))),
        }
    }

    fn classification(&mut self, entries: BTreeMap<String, Vec<String>>, known: &Catalogue) -> Option<Classification> {
        let before = self.problems.len();
        let mut classification = Classification::new();
        for (vocabulary, codes) in entries {
            let Some(thesaurus) = known.thesaurus(&vocabulary) else {
                let names: Vec<&str> = known.thesauri().iter().map(|t| t.code().as_str()).collect();
                self.problem(
                    format!("classification.{vocabulary}"),
                    Message::new(
                        "problem-unknown-vocabulary",
                        format!("unknown vocabulary '{vocabulary}' (known: {})", names.join(", ")),
                    )
                    .text("vocabulary", shortened(&vocabulary))
                    .text("known", names.join(", ")),
                );
                continue;
            };
            let mut seen = HashSet::new();
            for (position, code) in codes.iter().enumerate() {
                let field = format!("classification.{vocabulary}[{position}]");
                if !seen.insert(code.as_str()) {
                    self.problem(
                        field,
                        Message::new("problem-listed-twice", format!("'{}' is listed twice", shortened(code)))
                            .text("code", shortened(code)),
                    );
                    continue;
                }
                match thesaurus.find(code) {
                    Some(term) => classification.add(thesaurus.code().clone(), term.code.clone()),
                    None => self.problem(field, unknown_term_message(code, thesaurus)),
                }
            }
        }
        (self.problems.len() == before).then_some(classification)
    }

    fn texts(&mut self, entries: BTreeMap<String, TextEntry>) -> Option<MeasureTexts> {
        let before = self.problems.len();
        if entries.is_empty() {
            self.problem(
                "text",
                Message::new(
                    "problem-text-missing",
                    "a measure needs a title and description in at least one language",
                ),
            );
            return None;
        }
        let mut texts = MeasureTexts::new();
        for (code, entry) in entries {
            let Some(language) = Language::from_code(&code) else {
                self.problem(format!("text.{code}"), not_a_un_language(&code));
                continue;
            };
            let title = self.required_text(&format!("text.{code}.title"), &entry.title, MAX_TITLE_CHARS);
            let description =
                self.required_text(&format!("text.{code}.description"), &entry.description, MAX_DESCRIPTION_CHARS);
            let effectiveness = self.optional_text(
                &format!("text.{code}.effectiveness"),
                entry.effectiveness.as_deref(),
                MAX_DESCRIPTION_CHARS,
            );
            let origin = match entry.origin.as_deref().map(str::trim).filter(|origin| !origin.is_empty()) {
                None => Some(None),
                Some(origin) => match TextOrigin::parse(origin) {
                    Some(origin) => Some(Some(origin)),
                    None => {
                        self.problem(format!("text.{code}.origin"), {
                            let allowed = TextOrigin::ALL.map(TextOrigin::as_str).join(", ");
                            Message::new(
                                "problem-not-an-origin",
                                format!("'{}' is not an origin: use {allowed}", shortened(origin)),
                            )
                            .text("value", shortened(origin))
                            .text("allowed", allowed)
                        });
                        None
                    }
                },
            };
            if let (Some(title), Some(description), Some(effectiveness), Some(origin)) =
                (title, description, effectiveness, origin)
            {
                texts.insert(language, MeasureText { title, description, effectiveness, origin });
            }
        }
        let originals: Vec<&str> = texts
            .iter()
            .filter(|(_, text): &(&Language, &MeasureText)| text.origin == Some(TextOrigin::Original))
            .map(|(language, _)| language.code())
            .collect();
        if originals.len() > 1 {
            self.problem(
                format!("text.{}.origin", originals[1]),
                Message::new(
                    "problem-several-originals",
                    format!(
                        "only one text can be the original, and {} are marked so; mark the others \
                         official_translation or unofficial_translation",
                        originals.join(", ")
                    ),
                )
                .text("languages", originals.join(", ")),
            );
        }
        (self.problems.len() == before).then_some(texts)
    }
}

fn not_a_un_language(code: &str) -> Message {
    Message::new(
        "problem-not-a-un-language",
        format!("'{}' is not one of the six UN languages ({})", shortened(code), Language::all_codes()),
    )
    .text("code", shortened(code))
    .text("allowed", Language::all_codes())
}

fn not_one_of(value: &str, allowed: &str) -> Message {
    Message::new("problem-not-one-of", format!("'{}' is not one of: {allowed}", shortened(value)))
        .text("value", shortened(value))
        .text("allowed", allowed)
}

fn unknown_actor_message(code: &str, known: &Catalogue) -> Message {
    let organizations: Vec<&str> =
        known.actors().filter(|actor| !actor.kind.is_state()).map(|actor| actor.code.as_str()).collect();
    let suggestion = closest(code.to_ascii_uppercase().as_str(), organizations.iter().copied());
    match suggestion {
        Some(suggestion) => Message::new(
            "problem-unknown-actor-did-you-mean",
            format!("unknown actor '{}'; did you mean '{suggestion}'?", shortened(code)),
        )
        .text("code", shortened(code))
        .text("suggestion", suggestion),
        None => Message::new(
            "problem-unknown-actor",
            format!(
                "unknown actor '{}': use a State's ISO alpha-3 code or an organization's code such as IOM or ILO",
                shortened(code)
            ),
        )
        .text("code", shortened(code)),
    }
}

fn unknown_term_message(code: &str, thesaurus: &Thesaurus) -> Message {
    let suggestion = closest(code, thesaurus.terms().iter().map(|term| term.code.as_str()));
    let vocabulary = thesaurus.code().as_str();
    let labels = &thesaurus.vocabulary().labels;
    let label = labels.best(Language::English);
    match suggestion {
        Some(suggestion) => Message::new(
            "problem-unknown-term-did-you-mean",
            format!(
                "unknown code '{}' in vocabulary '{vocabulary}' ({label}); did you mean '{suggestion}'?",
                shortened(code)
            ),
        )
        .text("code", shortened(code))
        .text("vocabulary", vocabulary)
        .labels("label", labels.clone())
        .text("suggestion", suggestion),
        None => Message::new(
            "problem-unknown-term",
            format!("unknown code '{}' in vocabulary '{vocabulary}' ({label})", shortened(code)),
        )
        .text("code", shortened(code))
        .text("vocabulary", vocabulary)
        .labels("label", labels.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax_errors_give_line_and_column() {
        let error = parse("{\n  \"format\": \"vawdb-exchange/1\",\n  \"measures\": [ {\"id\": } ]\n}").unwrap_err();
        assert_eq!(error.line, 3);
        assert!(error.to_string().starts_with("line 3, column"), "{error}");
    }

    #[test]
    fn shape_errors_give_the_path() {
        let error =
            parse(r#"{"format": "vawdb-exchange/1", "measures": [{"id": "a", "text": {"en": {"title": "T"}}}]}"#)
                .unwrap_err();
        assert_eq!(error.path, "measures[0].text.en");
        assert!(error.message.contains("description"), "{error}");
        let unknown = parse(r#"{"format": "vawdb-exchange/1", "measurez": []}"#).unwrap_err();
        assert!(unknown.message.contains("measurez"), "{unknown}");
    }
}
