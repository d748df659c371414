//! `GET /api/v1/measures`: published measures, filtered and paged.

use axum::{
    Json,
    extract::{RawQuery, State},
};
use store::Visibility;

use crate::{
    api::{
        params::{
            ActorCode, ActorKindCode, CountryCode, CycleCode, ImplementationCode, LanguageParam, MeasureSortCode,
            RegionCode, TermCode, Year,
        },
        views::measures::{MeasureView, MeasuresResponse},
    },
    error::ApiError,
    list_params::{measure_list_request, parse_pairs},
    state::AppState,
};

/// The largest page the API returns.
const MAX_PER_PAGE: u32 = 1000;

/// Lists published measures. Filters combine with AND; repeating a vocabulary parameter
/// (`type=training&type=data`) matches any of its values; a term matches its narrower terms.
#[utoipa::path(
    get,
    operation_id = "list_measures",
    path = "/api/v1/measures",
    params(
        ("country" = inline(Option<CountryCode>), Query, description = "ISO 3166 alpha-3 or alpha-2 code, or M49 code", example = "THA"),
        ("region" = inline(Option<RegionCode>), Query, description = "M49 region, sub-region or intermediate region", example = "419"),
        ("actor" = inline(Option<ActorCode>), Query, description = "Actor code: a State's ISO alpha-3 code or an organization's code", example = "IOM"),
        ("actor_kind" = inline(Option<ActorKindCode>), Query, description = "member_state, observer_state, un_entity, intergovernmental_organization or other"),
        ("cycle" = inline(Option<CycleCode>), Query, description = "Reporting cycle code", example = "2009"),
        ("type" = inline(Option<Vec<TermCode>>), Query, description = "Type of measure code; repeatable", example = json!(["training"])),
        ("form" = inline(Option<Vec<TermCode>>), Query, description = "Form of violence code; repeatable", example = json!(["trafficking"])),
        ("keyword" = inline(Option<Vec<TermCode>>), Query, description = "Keyword or target group code; repeatable", example = json!(["migrant-women"])),
        ("stage" = inline(Option<Vec<TermCode>>), Query, description = "Stage of the migration cycle code; repeatable", example = json!(["pre-departure"])),
        ("year_from" = inline(Option<Year>), Query, description = "Measures whose years reach this year or later; not after year_to"),
        ("year_to" = inline(Option<Year>), Query, description = "Measures whose years start this year or earlier"),
        ("implementation" = inline(Option<ImplementationCode>), Query, description = "in_place or in_preparation"),
        ("sort" = inline(Option<MeasureSortCode>), Query, description = "country (default) or year"),
        ("page" = Option<u32>, Query, minimum = 1, maximum = 1_000_000, description = "Page number, from 1 to 1,000,000; a page past the last is empty"),
        ("per_page" = Option<u32>, Query, minimum = 1, maximum = 1000, description = "Page size, 1 to 1000 (default 20)"),
        LanguageParam,
    ),
    responses(
        (status = 200, description = "A page of measures", body = MeasuresResponse),
        (status = 400, description = "A parameter cannot be read", body = crate::error::ErrorBody),
    ),
    tag = "measures"
)]
pub(crate) async fn list(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
) -> Result<Json<MeasuresResponse>, ApiError> {
    let pairs = parse_pairs(query.as_deref());
    let language =
        LanguageParam { lang: pairs.iter().find(|(name, _)| name == "lang").map(|(_, value)| value.clone()) }
            .language()?;
    let catalogue = state.catalogue().await?;
    let request = measure_list_request(&pairs, &catalogue, Visibility::PublishedOnly, MAX_PER_PAGE)?;
    let page = state.store().measures(&request.query, request.page).await?;
    Ok(Json(MeasuresResponse {
        total: page.total,
        page: page.page.number,
        per_page: page.page.size,
        pages: page.page_count(),
        measures: page.records.iter().map(|record| MeasureView::new(record, &catalogue, language)).collect(),
    }))
}
