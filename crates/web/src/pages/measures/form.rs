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
    vocabulary::{Term, Thesaurus},
};
use serde::Serialize;

use crate::{
    error::PageError, page_context::PageContext, pages::rendering::render, session::SignedIn, state::AppState,
};

/// The languages a form offers text fields for, English first.
const FORM_LANGUAGES: [Language; 6] =
    [Language::English, Language::French, Language::Spanish, Language::Russian, Language::Arabic, Language::Chinese];

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

    /// The measure the form describes, checked by the exchange format's rules, in `state`.
    /// A focal point's measure is always about their own State, whatever was posted.
    pub(super) fn to_measure(
        &self,
        catalogue: &Catalogue,
        role: Role,
        state: MeasureState,
    ) -> Result<Measure, Vec<String>> {
        let mut problems = Vec::new();
        let mut year = |name: &str, label: &str| -> Option<i32> {
            let value = self.field(name);
            if value.is_empty() {
                return None;
            }
            value.parse().map_err(|_| problems.push(format!("{label}: {value:?} is not a year"))).ok()
        };
        let year_from = year("year_from", "From year");
        let year_to = year("year_to", "To year");
        let mut classification: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for term in &self.terms {
            match term.split_once(':') {
                Some((vocabulary, code)) => {
                    classification.entry(vocabulary.to_owned()).or_default().push(code.to_owned());
                }
                None => problems.push(format!("Classification: {term:?} is not a term")),
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
                .map(|problem| format!("{}: {}", field_label(&problem.field), problem.message))
                .collect()),
        }
    }
}

/// A field of the exchange format as the form labels it.
fn field_label(field: &str) -> String {
    let base = field.split('[').next().unwrap_or(field);
    match base.split('.').collect::<Vec<_>>().as_slice() {
        ["id"] => "Id".into(),
        ["country"] => "Country".into(),
        ["actor"] => "Actor".into(),
        ["cycle"] => "Reporting cycle".into(),
        ["year" | "year_to"] => "Years".into(),
        ["classification", vocabulary] => format!("Classification ({vocabulary})"),
        ["text", language, part] => format!("{} ({language})", capitalised(part)),
        ["text", ..] => "Text".into(),
        _ => capitalised(base),
    }
}

pub(super) fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

#[derive(Serialize)]
struct FormPage {
    heading: String,
    action: String,
    csrf_token: String,
    version: Option<i64>,
    id_fixed: bool,
    country_fixed: Option<String>,
    problems: Vec<String>,
    values: BTreeMap<String, String>,
    countries: Vec<Choice>,
    actors: Vec<Choice>,
    cycles: Vec<Choice>,
    vocabularies: Vec<VocabularyTree>,
    languages: Vec<LanguageFields>,
    origins: Vec<&'static str>,
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
    pub(super) problems: Vec<String>,
}

pub(super) async fn render_form(
    state: &AppState,
    context: &PageContext,
    signed_in: &SignedIn,
    setup: FormSetup<'_>,
) -> Result<Response, PageError> {
    let catalogue = state.catalogue().await?;
    let language = context.language;
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
    let cycles =
        catalogue.cycles().map(|cycle| Choice { value: cycle.code.to_string(), label: cycle.title.clone() }).collect();
    let checked: std::collections::BTreeSet<&str> = setup.posted.terms.iter().map(String::as_str).collect();
    let vocabularies = catalogue
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
    let languages = FORM_LANGUAGES
        .into_iter()
        .map(|form_language| LanguageFields {
            code: form_language.code(),
            name: form_language.endonym(),
            dir: if form_language.is_right_to_left() { "rtl" } else { "ltr" },
            open: form_language == Language::English
                || !setup.posted.field(&format!("title_{}", form_language.code())).is_empty(),
        })
        .collect();
    let country_fixed = signed_in
        .account
        .role
        .country()
        .filter(|_| matches!(signed_in.account.role, Role::FocalPoint { .. }))
        .map(|m49| {
            catalogue.country(m49).map_or_else(|| m49.to_string(), |country| country.short_name(language).to_owned())
        });
    let status = if setup.problems.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
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
        id_fixed: setup.version.is_some(),
        country_fixed,
        problems: setup.problems,
        values,
        countries,
        actors,
        cycles,
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
