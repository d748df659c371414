//! `GET /api/v1/search`: full-text search over published measures, with highlights and the
//! count of every facet value.

use axum::{
    Json,
    extract::{RawQuery, State},
};
use domain::{catalogue::Catalogue, language::Language};
use search::{Highlighted, SearchResults};
use serde::Serialize;
use utoipa::ToSchema;

use super::views::LanguageParam;
use crate::{error::ApiError, list_params::parse_pairs, search_params::search_params, state::AppState};

#[derive(Serialize, ToSchema)]
pub(crate) struct SearchResponse {
    /// How many measures match, on all pages.
    total: u64,
    page: u32,
    per_page: u32,
    pages: u64,
    hits: Vec<HitView>,
    /// Vocabulary terms the text names in any UN language: measures tagged with them (or a
    /// narrower term) match too.
    named_terms: Vec<TermRef>,
    facets: FacetsView,
}

#[derive(Serialize, ToSchema)]
pub(crate) struct HitView {
    /// The measure's id in this vawdb, as in `/api/v1/measures/{id}`.
    id: i64,
    #[schema(example = "2009-THA-training")]
    external_id: String,
    score: f32,
    /// The language of `title` and `snippet`.
    #[schema(example = "en")]
    language: String,
    title: HighlightedView,
    /// A passage of the description around the words found, or its beginning.
    snippet: HighlightedView,
    /// ISO 3166 alpha-3 code.
    country: Option<String>,
    actor: String,
    year_from: Option<i32>,
    year_to: Option<i32>,
    terms: Vec<TermRef>,
}

/// A text with the byte ranges that match the search.
#[derive(Serialize, ToSchema)]
pub(crate) struct HighlightedView {
    text: String,
    /// `[start, end)` byte offsets into `text`.
    highlights: Vec<[usize; 2]>,
}

#[derive(Serialize, ToSchema)]
pub(crate) struct TermRef {
    #[schema(example = "keyword")]
    vocabulary: String,
    #[schema(example = "migrant-women")]
    code: String,
    label: String,
}

/// Facet counts: each facet is counted without its own filter, so that the other values of a
/// chosen facet keep their counts; vocabulary counts include narrower terms.
#[derive(Serialize, ToSchema)]
pub(crate) struct FacetsView {
    country: Vec<FacetValueView>,
    region: Vec<FacetValueView>,
    /// By vocabulary code (`type`, `form`, `keyword`, `stage`).
    terms: std::collections::BTreeMap<String, Vec<FacetValueView>>,
    actor_kind: Vec<FacetValueView>,
    cycle: Vec<FacetValueView>,
    implementation: Vec<FacetValueView>,
    year: Vec<FacetValueView>,
}

#[derive(Serialize, ToSchema)]
pub(crate) struct FacetValueView {
    /// The value as the matching query parameter takes it.
    value: String,
    label: String,
    count: u64,
    selected: bool,
}

/// Searches published measures in any of the six UN languages.
///
/// Words are looked for in every language a measure has, stemmed per language (Chinese
/// segmented into words); `"quoted words"` form a phrase; `OR` joins alternatives; `-word`
/// leaves out; the last word also matches as a prefix unless followed by a space. A word or
/// phrase that is a vocabulary label in any UN language also matches the measures tagged
/// with that term. Filters of different parameters combine with AND; repeated values of one
/// parameter are alternatives.
#[utoipa::path(
    get,
    path = "/api/v1/search",
    params(
        ("q" = Option<String>, Query, description = "The search text, at most 500 characters", example = "travailleuses migrantes"),
        ("country" = Option<Vec<String>>, Query, description = "ISO 3166 alpha-3 or alpha-2 code, or M49 code; repeatable", example = "THA"),
        ("region" = Option<Vec<String>>, Query, description = "M49 region, sub-region or intermediate region; repeatable", example = "419"),
        ("type" = Option<Vec<String>>, Query, description = "Type of measure code; repeatable", example = "training"),
        ("form" = Option<Vec<String>>, Query, description = "Form of violence code; repeatable", example = "trafficking"),
        ("keyword" = Option<Vec<String>>, Query, description = "Keyword or target group code; repeatable", example = "migrant-women"),
        ("stage" = Option<Vec<String>>, Query, description = "Stage of the migration cycle code; repeatable", example = "pre-departure"),
        ("actor_kind" = Option<Vec<String>>, Query, description = "member_state, observer_state, un_entity, intergovernmental_organization or other; repeatable"),
        ("cycle" = Option<Vec<String>>, Query, description = "Reporting cycle code; repeatable", example = "2009"),
        ("implementation" = Option<Vec<String>>, Query, description = "in_place or in_preparation; repeatable"),
        ("year_from" = Option<i32>, Query, description = "Measures whose years reach this year or later"),
        ("year_to" = Option<i32>, Query, description = "Measures whose years start this year or earlier"),
        ("sort" = Option<String>, Query, description = "relevance (default; by country when there is no text), year or country"),
        ("page" = Option<u32>, Query, description = "Page number, from 1; a page past the last is empty"),
        ("per_page" = Option<u32>, Query, description = "Page size, 1 to 1000 (default 20)"),
        LanguageParam,
    ),
    responses(
        (status = 200, description = "A page of hits and the facet counts", body = SearchResponse),
        (status = 400, description = "A parameter cannot be read", body = crate::error::ErrorBody),
    ),
    tag = "measures"
)]
pub(crate) async fn search(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
) -> Result<Json<SearchResponse>, ApiError> {
    let pairs = parse_pairs(query.as_deref());
    let language =
        LanguageParam { lang: pairs.iter().find(|(name, _)| name == "lang").map(|(_, value)| value.clone()) }
            .language()?;
    let catalogue = state.catalogue().await?;
    let params = search_params(&pairs, &catalogue, language, search::MAX_PER_PAGE)?;
    let results = state.search_index().search(&params.request)?;
    Ok(Json(SearchResponse::new(&results, &catalogue, language, &state)))
}

impl SearchResponse {
    fn new(results: &SearchResults, catalogue: &Catalogue, language: Language, state: &AppState) -> SearchResponse {
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
                        let key = format!("actor-kind-{}", count.value.as_str().replace('_', "-"));
                        view(
                            count.value.as_str().to_owned(),
                            messages.text(language, &key, &[]),
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
                        let key = format!("implementation-{}", count.value.as_str().replace('_', "-"));
                        view(
                            count.value.as_str().to_owned(),
                            messages.text(language, &key, &[]),
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
