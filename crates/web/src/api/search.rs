//! `GET /api/v1/search`: full-text search over published measures, with highlights and the
//! count of every facet value.

use axum::{
    body::Bytes,
    extract::{RawQuery, State},
    http::header,
    response::{IntoResponse, Response},
};

use crate::{
    api::{
        params::{
            ActorCode, ActorKindCode, CountryCode, CycleCode, ImplementationCode, LanguageParam, RegionCode,
            SearchSortCode, TermCode, Year,
        },
        views::search::SearchResponse,
    },
    error::ApiError,
    list_params::parse_pairs,
    search_params::search_params,
    state::AppState,
};

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
    operation_id = "search_measures",
    path = "/api/v1/search",
    params(
        ("q" = Option<String>, Query, max_length = 500, description = "The search text, at most 500 characters", example = "travailleuses migrantes"),
        ("country" = inline(Option<Vec<CountryCode>>), Query, description = "ISO 3166 alpha-3 or alpha-2 code, or M49 code; repeatable", example = json!(["THA"])),
        ("region" = inline(Option<Vec<RegionCode>>), Query, description = "M49 region, sub-region or intermediate region; repeatable", example = json!(["419"])),
        ("type" = inline(Option<Vec<TermCode>>), Query, description = "Type of measure code; repeatable", example = json!(["training"])),
        ("form" = inline(Option<Vec<TermCode>>), Query, description = "Form of violence code; repeatable", example = json!(["trafficking"])),
        ("keyword" = inline(Option<Vec<TermCode>>), Query, description = "Keyword or target group code; repeatable", example = json!(["migrant-women"])),
        ("stage" = inline(Option<Vec<TermCode>>), Query, description = "Stage of the migration cycle code; repeatable", example = json!(["pre-departure"])),
        ("actor" = inline(Option<Vec<ActorCode>>), Query, description = "Actor code: a State's ISO alpha-3 code or an organization's code; repeatable", example = json!(["IOM"])),
        ("actor_kind" = inline(Option<Vec<ActorKindCode>>), Query, description = "member_state, observer_state, un_entity, intergovernmental_organization or other; repeatable"),
        ("cycle" = inline(Option<Vec<CycleCode>>), Query, description = "Reporting cycle code; repeatable", example = json!(["2009"])),
        ("implementation" = inline(Option<Vec<ImplementationCode>>), Query, description = "in_place or in_preparation; repeatable"),
        ("year_from" = inline(Option<Year>), Query, description = "Measures whose years reach this year or later; not after year_to"),
        ("year_to" = inline(Option<Year>), Query, description = "Measures whose years start this year or earlier"),
        ("sort" = inline(Option<SearchSortCode>), Query, description = "relevance (default; by country when there is no text), year or country"),
        ("page" = Option<u32>, Query, minimum = 1, maximum = 10_000_000, description = "Page number, from 1 to 10,000,000; a page past the last is empty"),
        ("per_page" = Option<u32>, Query, minimum = 1, maximum = 1000, description = "Page size, 1 to 1000 (default 20)"),
        LanguageParam,
    ),
    responses(
        (status = 200, description = "A page of hits and the facet counts", body = SearchResponse),
        (status = 400, description = "A parameter cannot be read", body = crate::error::ErrorBody),
    ),
    tag = "measures"
)]
pub(crate) async fn search(State(state): State<AppState>, RawQuery(query): RawQuery) -> Result<Response, ApiError> {
    // Read before searching, so that an answer is never cached as newer than it is.
    let generation = state.search_generation();
    let key = query.unwrap_or_default();
    if let Some(answer) = state.search_cache().get(&key, generation) {
        return Ok(json(answer));
    }
    let pairs = parse_pairs(Some(&key));
    let language =
        LanguageParam { lang: pairs.iter().find(|(name, _)| name == "lang").map(|(_, value)| value.clone()) }
            .language()?;
    let catalogue = state.catalogue().await?;
    let params = search_params(&pairs, &catalogue, language, search::MAX_PER_PAGE)?;
    let results = state.search_index().search(&params.request)?;
    let answer = Bytes::from(
        serde_json::to_vec(&SearchResponse::new(&results, &catalogue, language, &state))
            .expect("a search answer serializes"),
    );
    state.search_cache().put(key, generation, answer.clone());
    Ok(json(answer))
}

fn json(answer: Bytes) -> Response {
    ([(header::CONTENT_TYPE, "application/json")], answer).into_response()
}
