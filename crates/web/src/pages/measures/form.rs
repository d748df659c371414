//! What the create and edit forms of a measure share: the fields as posted, the form as
//! shown (with the thesauri as trees of checkboxes), and turning a posted form into a checked
//! measure with the same rules as an import.

use std::collections::BTreeMap;

use axum::{
    http::StatusCode,
    response::{IntoResponse, Response},
};
use domain::{
    account::Role,
    catalogue::Catalogue,
    exchange::{self, ExchangeDocument, FORMAT, ImportDefaults, MeasureEntry, TextEntry},
    language::Language,
    measure::{Measure, MeasureState, TextOrigin},
    message::Message,
    vocabulary::{Term, Thesaurus},
};
use serde::Serialize;

use crate::{
    error::PageError, page_context::PageContext, pages::rendering::render, session::SignedIn, state::AppState,
};

/// The languages a form offers text fields for, English first.
const FORM_LANGUAGES: [Language; 6] =
    [Language::English, Language::French, Language::Spanish, Language::Russian, Language::Arabic, Language::Chinese];

/// What is wrong with a posted form, attached to the field it is about so that the page can
/// show it next to that field, link to it from the summary and describe the field with it.
#[derive(Debug, Clone)]
pub(super) struct FormProblem {
    /// The id of the input the problem is about; `None` for the form as a whole.
    pub(super) input: Option<String>,
    pub(super) message: ProblemMessage,
}

/// A problem's wording: a message of the site's catalogues, in the page's language, or the
/// English wording of the exchange format's checks.
#[derive(Debug, Clone)]
pub(super) enum ProblemMessage {
    Translated {
        key: &'static str,
        date: Option<String>,
    },
    /// One of the domain's checks, which the catalogues word in every language.
    Domain(Message),
    English(String),
}

impl FormProblem {
    /// A record missing or taken, or a measure changed meanwhile, as the form's problem.
    pub(super) fn of_store_error(input: Option<&str>, error: &store::StoreError) -> FormProblem {
        let message = match error.message() {
            Some(message) => ProblemMessage::Domain(message),
            None => ProblemMessage::English(error.to_string()),
        };
        FormProblem { input: input.map(str::to_owned), message }
    }

    pub(super) fn translated(input: &str, key: &'static str) -> FormProblem {
        FormProblem { input: Some(input.to_owned()), message: ProblemMessage::Translated { key, date: None } }
    }
}

/// A posted form: its pairs in order (vocabulary terms come as many `term` pairs).
#[derive(Debug, Clone, Default)]
pub(super) struct PostedMeasure {
    fields: BTreeMap<String, String>,
    terms: Vec<String>,
}

impl PostedMeasure {
    pub(super) fn from_pairs(pairs: Vec<(String, String)>) -> PostedMeasure {
        let mut posted = PostedMeasure::default();
        for (name, value) in pairs {
            if name == "term" {
                posted.terms.push(value);
            } else {
                posted.fields.insert(name, value);
            }
        }
        posted
    }

    /// The posted form of a stored measure, to fill the edit form.
    pub(super) fn from_measure(measure: &Measure) -> PostedMeasure {
        let mut posted = PostedMeasure::default();
        let mut set = |name: &str, value: String| {
            posted.fields.insert(name.to_owned(), value);
        };
        set("id", measure.external_id.to_string());
        set("country", measure.country.map(|m49| m49.to_string()).unwrap_or_default());
        set("actor", measure.actor.to_string());
        set("cycle", measure.cycle.as_ref().map(ToString::to_string).unwrap_or_default());
        set("year_from", measure.years.map(|years| years.from().to_string()).unwrap_or_default());
        set("year_to", measure.years.map(|years| years.to().to_string()).unwrap_or_default());
        set("implementation", measure.implementation.as_str().to_owned());
        set("source", measure.source.clone().unwrap_or_default());
        for (language, text) in &measure.texts {
            set(&format!("title_{}", language.code()), text.title.clone());
            set(&format!("description_{}", language.code()), text.description.clone());
            set(&format!("effectiveness_{}", language.code()), text.effectiveness.clone().unwrap_or_default());
            set(
                &format!("origin_{}", language.code()),
                text.origin.map(|origin| origin.as_str().to_owned()).unwrap_or_default(),
            );
        }
        posted.terms = measure.classification.iter().map(|(vocabulary, term)| format!("{vocabulary}:{term}")).collect();
        posted
    }

    /// The form as pairs again, terms included.
    pub(super) fn pairs(&self) -> Vec<(String, String)> {
        let fields = self.fields.iter().map(|(name, value)| (name.clone(), value.clone()));
        fields.chain(self.terms.iter().map(|term| ("term".to_owned(), term.clone()))).collect()
    }

    pub(super) fn field(&self, name: &str) -> &str {
        self.fields.get(name).map_or("", |value| value.trim())
    }

    fn optional(&self, name: &str) -> Option<String> {
        Some(self.field(name).to_owned()).filter(|value| !value.is_empty())
    }

    /// Sets a field, as when the server fills one in (a generated id).
    pub(super) fn set(&mut self, name: &str, value: String) {
        self.fields.insert(name.to_owned(), value);
    }

    /// The title of the first language that has one, to make an id from.
    pub(super) fn first_title(&self) -> &str {
        FORM_LANGUAGES
            .into_iter()
            .map(|language| self.field(&format!("title_{}", language.code())))
            .find(|title| !title.is_empty())
            .unwrap_or("")
    }

    /// The measure the form describes, checked by the exchange format's rules, in `state`.
    /// A focal point's measure is always about their own State, whatever was posted.
    /// `language` is the page's: a missing text is asked for in it.
    pub(super) fn to_measure(
        &self,
        catalogue: &Catalogue,
        role: Role,
        state: MeasureState,
        language: Language,
    ) -> Result<Measure, Vec<FormProblem>> {
        let mut problems = Vec::new();
        let mut year = |name: &str, input: &str| -> Option<i32> {
            let value = self.field(name);
            if value.is_empty() {
                return None;
            }
            value.parse().map_err(|_| problems.push(FormProblem::translated(input, "form-not-a-year"))).ok()
        };
        let year_from = year("year_from", "field-year-from");
        let year_to = year("year_to", "field-year-to");
        let mut classification: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for term in &self.terms {
            match term.split_once(':') {
                Some((vocabulary, code)) => {
                    classification.entry(vocabulary.to_owned()).or_default().push(code.to_owned());
                }
                None => {
                    let value = domain::text::shortened(term);
                    let message = Message::new("problem-form-not-a-term", format!("'{value}' is not a term"))
                        .text("value", value);
                    problems.push(FormProblem { input: None, message: ProblemMessage::Domain(message) });
                }
            }
        }
        let mut text = BTreeMap::new();
        for language in FORM_LANGUAGES {
            let code = language.code();
            let title = self.field(&format!("title_{code}"));
            let description = self.field(&format!("description_{code}"));
            let effectiveness = self.optional(&format!("effectiveness_{code}"));
            let origin = self.optional(&format!("origin_{code}"));
            if !title.is_empty() || !description.is_empty() || effectiveness.is_some() {
                text.insert(
                    code.to_owned(),
                    TextEntry { title: title.to_owned(), description: description.to_owned(), effectiveness, origin },
                );
            }
        }
        let country = match role {
            Role::FocalPoint { country } => Some(country.to_string()),
            _ => self.optional("country"),
        };
        let entry = MeasureEntry {
            id: self.field("id").to_owned(),
            country,
            actor: self.optional("actor"),
            cycle: self.optional("cycle"),
            year: year_from,
            year_to: year_to.filter(|to| Some(*to) != year_from),
            implementation: self.optional("implementation"),
            state: Some(state.as_str().to_owned()),
            classification,
            text,
            source: self.optional("source"),
        };
        if !problems.is_empty() {
            return Err(problems);
        }
        let document = ExchangeDocument {
            format: FORMAT.to_owned(),
            cycles: Vec::new(),
            submissions: Vec::new(),
            measures: vec![entry],
        };
        match exchange::validate(document, catalogue, ImportDefaults { state }) {
            Ok(mut valid) => Ok(valid.measures.remove(0)),
            Err(problems) => Err(problems
                .into_iter()
                .map(|problem| FormProblem {
                    input: input_for_field(&problem.field, language),
                    message: ProblemMessage::Domain(problem.message),
                })
                .collect()),
        }
    }
}

/// The input of the form that a field of the exchange format is entered in.
fn input_for_field(field: &str, language: Language) -> Option<String> {
    let base = field.split('[').next().unwrap_or(field);
    let input = match base.split('.').collect::<Vec<_>>().as_slice() {
        ["id"] => "field-id".to_owned(),
        ["country"] => "field-country".to_owned(),
        ["actor"] => "field-actor".to_owned(),
        ["cycle"] => "field-cycle".to_owned(),
        ["year"] => "field-year-from".to_owned(),
        ["year_to"] => "field-year-to".to_owned(),
        ["implementation"] => "field-implementation".to_owned(),
        ["source"] => "field-source".to_owned(),
        ["classification", vocabulary] => format!("vocabulary-{vocabulary}"),
        ["text", code, part @ ("title" | "description" | "effectiveness" | "origin")] => format!("{part}-{code}"),
        ["text", ..] => format!("title-{}", language.code()),
        _ => return None,
    };
    Some(input)
}

#[derive(Serialize)]
struct FormPage {
    heading: String,
    action: String,
    csrf_token: String,
    version: Option<i64>,
    /// `fixed` once the measure exists, `optional` for editors making one (left empty, it is
    /// generated), `generated` for focal points, who are not asked for it.
    id_field: &'static str,
    country_fixed: Option<String>,
    problems: Vec<ProblemView>,
    /// The inputs that have a problem, and each one's problem.
    invalid: Vec<String>,
    errors: BTreeMap<String, ProblemView>,
    values: BTreeMap<String, String>,
    countries: Vec<Choice>,
    actors: Vec<Choice>,
    cycles: Vec<Choice>,
    /// Set when some cycles are not offered because their report is out.
    closed_cycles_left_out: bool,
    vocabularies: Vec<VocabularyTree>,
    languages: Vec<LanguageFields>,
    origins: Vec<&'static str>,
}

#[derive(Serialize, Clone)]
struct ProblemView {
    /// The input's id, to link to from the summary.
    input: Option<String>,
    /// The input's label, as the form shows it.
    label: Option<String>,
    message: String,
    /// Whether the message is in English on a page in another language.
    english: bool,
}

#[derive(Serialize)]
struct Choice {
    value: String,
    label: String,
}

#[derive(Serialize)]
struct VocabularyTree {
    code: String,
    label: String,
    terms: Vec<TermNode>,
    chosen: usize,
}

#[derive(Serialize)]
struct TermNode {
    value: String,
    label: String,
    checked: bool,
    children: Vec<TermNode>,
}

#[derive(Serialize)]
struct LanguageFields {
    code: &'static str,
    name: &'static str,
    dir: &'static str,
    open: bool,
}

/// How the form is shown: new or an edit of a stored version.
pub(super) struct FormSetup<'a> {
    pub(super) heading: String,
    pub(super) action: String,
    pub(super) version: Option<i64>,
    pub(super) posted: &'a PostedMeasure,
    pub(super) problems: Vec<FormProblem>,
    /// The stored measure's cycle, offered even when it is closed, as an edit keeps it.
    pub(super) kept_cycle: Option<String>,
}

/// Refuses a closed cycle for a measure that was not already in it: once a cycle's report is
/// out, measures reported later belong to a later cycle.
pub(super) fn closed_cycle_problem(
    catalogue: &Catalogue,
    measure: &Measure,
    kept_cycle: Option<&str>,
    language: Language,
) -> Option<FormProblem> {
    let code = measure.cycle.as_ref()?;
    if kept_cycle == Some(code.as_str()) {
        return None;
    }
    let cycle = catalogue.cycle(code.as_str())?;
    let published = cycle.published_on.filter(|_| cycle.is_closed_on(crate::treaty_views::today()))?;
    Some(FormProblem {
        input: Some("field-cycle".to_owned()),
        message: ProblemMessage::Translated {
            key: "form-cycle-closed",
            date: Some(published.to_un_style_in(language)),
        },
    })
}

pub(super) async fn render_form(
    state: &AppState,
    context: &PageContext,
    signed_in: &SignedIn,
    setup: FormSetup<'_>,
) -> Result<Response, PageError> {
    let catalogue = state.catalogue().await?;
    let language = context.language;
    let messages = state.messages();
    let mut countries: Vec<Choice> = catalogue
        .countries()
        .iter()
        .map(|country| Choice { value: country.m49.to_string(), label: country.short_name(language).to_owned() })
        .collect();
    locale_format::LocaleFormat::of(language).sort(&mut countries, |choice| &choice.label);
    let mut actors: Vec<Choice> = catalogue
        .actors()
        .filter(|actor| !actor.kind.is_state())
        .map(|actor| Choice { value: actor.code.to_string(), label: catalogue.actor_name(actor, language) })
        .collect();
    locale_format::LocaleFormat::of(language).sort(&mut actors, |choice| &choice.label);
    let today = crate::treaty_views::today();
    let offered = |cycle: &&domain::cycle::ReportingCycle| {
        !cycle.is_closed_on(today) || setup.kept_cycle.as_deref() == Some(cycle.code.as_str())
    };
    let closed_cycles_left_out = catalogue.cycles().any(|cycle| !offered(&cycle));
    let cycles = catalogue
        .cycles()
        .filter(offered)
        .map(|cycle| Choice { value: cycle.code.to_string(), label: cycle.title.clone() })
        .collect();
    let checked: std::collections::BTreeSet<&str> = setup.posted.terms.iter().map(String::as_str).collect();
    let vocabularies: Vec<VocabularyTree> = catalogue
        .thesauri()
        .iter()
        .map(|thesaurus| {
            let terms = thesaurus.roots().map(|root| node(thesaurus, root, &checked, language)).collect();
            let prefix = format!("{}:", thesaurus.code());
            VocabularyTree {
                code: thesaurus.code().to_string(),
                label: thesaurus.vocabulary().labels.best(language).to_owned(),
                terms,
                chosen: checked.iter().filter(|value| value.starts_with(&prefix)).count(),
            }
        })
        .collect();
    // The page's language comes first and open, then the others in the form's order.
    let mut form_languages = FORM_LANGUAGES.to_vec();
    form_languages.sort_by_key(|form_language| *form_language != language);
    let languages = form_languages
        .into_iter()
        .map(|form_language| LanguageFields {
            code: form_language.code(),
            name: form_language.endonym(),
            dir: if form_language.is_right_to_left() { "rtl" } else { "ltr" },
            open: form_language == language
                || !setup.posted.field(&format!("title_{}", form_language.code())).is_empty()
                || !setup.posted.field(&format!("description_{}", form_language.code())).is_empty(),
        })
        .collect();
    let role = signed_in.account.role;
    let country_fixed = role.country().filter(|_| matches!(role, Role::FocalPoint { .. })).map(|m49| {
        catalogue.country(m49).map_or_else(|| m49.to_string(), |country| country.short_name(language).to_owned())
    });
    let id_field = match (setup.version, role) {
        (Some(_), _) => "fixed",
        (None, Role::FocalPoint { .. }) => "generated",
        (None, _) => "optional",
    };
    let status = if setup.problems.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let label_of = |input: &str| -> Option<String> {
        let key = match input {
            "field-id" => "form-id-optional",
            "field-country" => "admin-accounts-country",
            "field-actor" => "form-actor",
            "field-cycle" => "measure-cycle",
            "field-year-from" => "form-year-from",
            "field-year-to" => "form-year-to",
            "field-implementation" => "form-implementation",
            "field-source" => "measure-source",
            _ => {
                if let Some(code) = input.strip_prefix("vocabulary-") {
                    return vocabularies.iter().find(|tree| tree.code == code).map(|tree| tree.label.clone());
                }
                let (part, code) = input.rsplit_once('-')?;
                let key = match part {
                    "title" => "form-title",
                    "description" => "form-description",
                    "effectiveness" => "measure-effectiveness",
                    "origin" => "form-text-origin",
                    _ => return None,
                };
                let endonym = Language::from_code(code).map(Language::endonym).unwrap_or(code);
                return Some(format!("{} ({endonym})", messages.text(language, key, &[])));
            }
        };
        Some(messages.text(language, key, &[]))
    };
    let problems: Vec<ProblemView> = setup
        .problems
        .iter()
        .map(|problem| {
            let (message, english) = match &problem.message {
                ProblemMessage::Translated { key, date } => {
                    let arguments: Vec<(&str, fluent_bundle::FluentValue<'_>)> =
                        date.iter().map(|date| ("date", date.as_str().into())).collect();
                    (messages.text(language, key, &arguments), false)
                }
                ProblemMessage::Domain(message) => (messages.message(language, message, &catalogue), false),
                ProblemMessage::English(message) => (message.clone(), language != Language::English),
            };
            ProblemView {
                label: problem.input.as_deref().and_then(label_of),
                input: problem.input.clone(),
                message,
                english,
            }
        })
        .collect();
    let mut errors: BTreeMap<String, ProblemView> = BTreeMap::new();
    for problem in &problems {
        if let Some(input) = &problem.input {
            // One message per field is shown beside it; the summary lists them all.
            errors.entry(input.clone()).or_insert_with(|| problem.clone());
        }
    }
    // Every field the template shows has a value, empty if nothing was posted.
    let mut values = setup.posted.fields.clone();
    let names = ["id", "country", "actor", "cycle", "year_from", "year_to", "implementation", "source"]
        .into_iter()
        .map(str::to_owned)
        .chain(FORM_LANGUAGES.into_iter().flat_map(|language| {
            ["title", "description", "effectiveness", "origin"].map(|part| format!("{part}_{}", language.code()))
        }));
    for name in names {
        values.entry(name).or_default();
    }
    let page = FormPage {
        heading: setup.heading,
        action: setup.action,
        csrf_token: signed_in.csrf_token.clone(),
        version: setup.version,
        id_field,
        country_fixed,
        invalid: errors.keys().cloned().collect(),
        errors,
        problems,
        values,
        countries,
        actors,
        cycles,
        closed_cycles_left_out,
        vocabularies,
        origins: TextOrigin::ALL.map(TextOrigin::as_str).to_vec(),
        languages,
    };
    Ok((status, render(state, context, "measure_form.html", page)?).into_response())
}

fn node(
    thesaurus: &Thesaurus,
    term: &Term,
    checked: &std::collections::BTreeSet<&str>,
    language: Language,
) -> TermNode {
    let value = format!("{}:{}", thesaurus.code(), term.code);
    TermNode {
        checked: checked.contains(value.as_str()),
        value,
        label: term.labels.best(language).to_owned(),
        children: thesaurus.children(&term.code).map(|child| node(thesaurus, child, checked, language)).collect(),
    }
}
