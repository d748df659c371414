//! The JSON shape of search results: hits with highlighted snippets, and facet counts.

use domain::{catalogue::Catalogue, language::Language};
use search::{Highlighted, SearchResults};
use serde::Serialize;
use utoipa::ToSchema;

use crate::{api::views::common::TermRef, state::AppState};

#[derive(Serialize, ToSchema)]
pub(crate) struct SearchResponse {
    /// How many measures match, on all pages.
    pub(crate) total: u64,
    pub(crate) page: u32,
    pub(crate) per_page: u32,
    pub(crate) pages: u64,
    pub(crate) hits: Vec<HitView>,
    /// Vocabulary terms the text names in any UN language: measures tagged with them (or a
    /// narrower term) match too.
    pub(crate) named_terms: Vec<TermRef>,
    pub(crate) facets: FacetsView,
}

#[derive(Serialize, ToSchema)]
pub(crate) struct HitView {
    /// The measure's id in this vawdb, as in `/api/v1/measures/{id}`.
    pub(crate) id: i64,
    #[schema(example = "2009-THA-training")]
    pub(crate) external_id: String,
    pub(crate) score: f32,
    /// The language of `title` and `snippet`.
    #[schema(example = "en")]
    pub(crate) language: String,
    pub(crate) title: HighlightedView,
    /// A passage of the description around the words found, or its beginning.
    pub(crate) snippet: HighlightedView,
    /// ISO 3166 alpha-3 code.
    pub(crate) country: Option<String>,
    pub(crate) actor: String,
    pub(crate) year_from: Option<i32>,
    pub(crate) year_to: Option<i32>,
    pub(crate) terms: Vec<TermRef>,
}

/// A text with the byte ranges that match the search.
#[derive(Serialize, ToSchema)]
pub(crate) struct HighlightedView {
    pub(crate) text: String,
    /// `[start, end)` byte offsets into `text`.
    pub(crate) highlights: Vec<[usize; 2]>,
}

/// Facet counts: each facet is counted without its own filter, so that the other values of a
/// chosen facet keep their counts; vocabulary counts include narrower terms.
#[derive(Serialize, ToSchema)]
pub(crate) struct FacetsView {
    pub(crate) country: Vec<FacetValueView>,
    pub(crate) region: Vec<FacetValueView>,
    /// By vocabulary code (`type`, `form`, `keyword`, `stage`).
    pub(crate) terms: std::collections::BTreeMap<String, Vec<FacetValueView>>,
    pub(crate) actor_kind: Vec<FacetValueView>,
    pub(crate) cycle: Vec<FacetValueView>,
    pub(crate) implementation: Vec<FacetValueView>,
    pub(crate) year: Vec<FacetValueView>,
}

#[derive(Serialize, ToSchema)]
pub(crate) struct FacetValueView {
    /// The value as the matching query parameter takes it.
    pub(crate) value: String,
    pub(crate) label: String,
    pub(crate) count: u64,
    pub(crate) selected: bool,
}

impl SearchResponse {
    pub(crate) fn new(
        results: &SearchResults,
        catalogue: &Catalogue,
        language: Language,
        state: &AppState,
    ) -> SearchResponse {
        let term_ref = |vocabulary: &domain::vocabulary::VocabularyCode, code: &domain::vocabulary::TermCode| TermRef {
            vocabulary: vocabulary.to_string(),
            code: code.to_string(),
            label: catalogue
                .thesaurus(vocabulary.as_str())
                .and_then(|thesaurus| thesaurus.term(code))
                .map_or_else(|| code.to_string(), |term| term.labels.best(language).to_owned()),
        };
        let hits = results
            .hits
            .iter()
            .map(|hit| HitView {
                id: hit.store_id,
                external_id: hit.external_id.clone(),
                score: hit.score,
                language: hit.language.code().to_owned(),
                title: highlighted(&hit.title),
                snippet: highlighted(&hit.snippet),
                country: hit.country.and_then(|m49| catalogue.country(m49)).map(|country| country.iso3.clone()),
                actor: hit.actor.clone(),
                year_from: hit.years.map(|years| years.from()),
                year_to: hit.years.map(|years| years.to()),
                terms: hit.terms.iter().map(|(vocabulary, code)| term_ref(vocabulary, code)).collect(),
            })
            .collect();
        let facets = &results.facets;
        let messages = state.messages();
        let view =
            |value: String, label: String, count: u64, selected: bool| FacetValueView { value, label, count, selected };
        SearchResponse {
            total: results.total,
            page: results.page,
            per_page: results.per_page,
            pages: results.page_count(),
            hits,
            named_terms: results.named_terms.iter().map(|(vocabulary, code)| term_ref(vocabulary, code)).collect(),
            facets: FacetsView {
                country: facets
                    .countries
                    .iter()
                    .filter_map(|count| {
                        let country = catalogue.country(count.value)?;
                        Some(view(
                            country.iso3.clone(),
                            country.short_name(language).to_owned(),
                            count.count,
                            count.selected,
                        ))
                    })
                    .collect(),
                region: facets
                    .regions
                    .iter()
                    .map(|count| {
                        let label = catalogue
                            .region(count.value)
                            .map_or_else(|| count.value.to_string(), |region| region.names.best(language).to_owned());
                        view(count.value.to_string(), label, count.count, count.selected)
                    })
                    .collect(),
                terms: facets
                    .terms
                    .iter()
                    .map(|(vocabulary, counts)| {
                        let values = counts
                            .iter()
                            .map(|count| {
                                let label = term_ref(vocabulary, &count.value).label;
                                view(count.value.to_string(), label, count.count, count.selected)
                            })
                            .collect();
                        (vocabulary.to_string(), values)
                    })
                    .collect(),
                actor_kind: facets
                    .actor_kinds
                    .iter()
                    .map(|count| {
                        view(
                            count.value.as_str().to_owned(),
                            messages.actor_kind(language, count.value),
                            count.count,
                            count.selected,
                        )
                    })
                    .collect(),
                cycle: facets
                    .cycles
                    .iter()
                    .map(|count| {
                        let label = catalogue
                            .cycle(count.value.as_str())
                            .and_then(|cycle| cycle.symbol.clone())
                            .unwrap_or_else(|| count.value.to_string());
                        view(count.value.to_string(), label, count.count, count.selected)
                    })
                    .collect(),
                implementation: facets
                    .implementation
                    .iter()
                    .map(|count| {
                        view(
                            count.value.as_str().to_owned(),
                            messages.implementation(language, count.value),
                            count.count,
                            count.selected,
                        )
                    })
                    .collect(),
                year: facets
                    .years
                    .iter()
                    .map(|count| view(count.value.to_string(), count.value.to_string(), count.count, count.selected))
                    .collect(),
            },
        }
    }
}

fn highlighted(text: &Highlighted) -> HighlightedView {
    HighlightedView {
        text: text.text.clone(),
        highlights: text.highlights.iter().map(|range| [range.start, range.end]).collect(),
    }
}
