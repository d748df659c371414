//! Links that pages share: to a country, an actor, the measures with a term, and the name of a
//! language.

use domain::{catalogue::Catalogue, language::Language, measure::Measure, vocabulary::TermCode};
use serde::Serialize;

use crate::page_context::PageContext;

/// A link with a label: a term, a country, a cycle.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Link {
    pub(crate) label: String,
    pub(crate) href: String,
}

pub(crate) fn country_link(measure: &Measure, catalogue: &Catalogue, context: &PageContext) -> Option<Link> {
    let country = catalogue.country(measure.country?)?;
    Some(Link {
        label: country.short_name(context.language).to_owned(),
        href: context.link(&format!("/countries/{}", country.iso3), &[]),
    })
}

/// The actor, unless it is simply the State the measure is in.
pub(crate) fn actor_link(measure: &Measure, catalogue: &Catalogue, context: &PageContext) -> Option<Link> {
    let actor = catalogue.actor(&measure.actor)?;
    if actor.kind.is_state() && actor.country == measure.country {
        return None;
    }
    Some(Link {
        label: catalogue.actor_name(actor, context.language),
        href: context.link("/search", &[("actor".into(), actor.code.to_string())]),
    })
}

/// Links to the lists of measures with each of the measure's terms in `vocabulary`.
pub(crate) fn term_links(
    measure: &Measure,
    vocabulary: &str,
    catalogue: &Catalogue,
    context: &PageContext,
) -> Vec<Link> {
    let Some(thesaurus) = catalogue.thesaurus(vocabulary) else { return Vec::new() };
    measure
        .classification
        .terms(vocabulary)
        .filter_map(|code| thesaurus.term(code))
        .map(|term| term_link(vocabulary, &term.code, term.labels.best(context.language), context))
        .collect()
}

pub(crate) fn term_link(vocabulary: &str, code: &TermCode, label: &str, context: &PageContext) -> Link {
    Link { label: label.to_owned(), href: context.link("/search", &[(vocabulary.to_owned(), code.to_string())]) }
}

/// The label of a language in the page's language would need translations of language names;
/// the endonym serves every reader.
pub(crate) fn language_name(language: Language) -> &'static str {
    language.endonym()
}
