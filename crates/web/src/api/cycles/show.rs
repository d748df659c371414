//! `GET /api/v1/cycles/{code}`: a cycle, its replies, and how many had arrived as at a date.

use axum::{
    Json,
    extract::{Path, State},
};
use domain::{actor::ActorKind, date::Date, language::Language};
use serde::Deserialize;
use utoipa::IntoParams;

use crate::{
    api::{
        params::{ApiQuery, CycleCode, DateText, LanguageCode, LanguageParam},
        views::{
            common::ActorRef,
            cycles::{CycleResponse, CycleView, ReplyView},
        },
    },
    error::ApiError,
    state::AppState,
};

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct CycleParams {
    /// Count the replies received by the end of this day (YYYY-MM-DD); the cycle's own "as at"
    /// date by default.
    #[param(inline, value_type = Option<DateText>)]
    as_at: Option<String>,
    /// The language of names.
    #[param(inline, value_type = Option<LanguageCode>)]
    lang: Option<String>,
}

/// One reporting cycle with its replies.
#[utoipa::path(
    get,
    operation_id = "show_cycle",
    path = "/api/v1/cycles/{code}",
    params(("code" = inline(CycleCode), Path, description = "The cycle's code", example = "2009"), CycleParams),
    responses(
        (status = 200, description = "The cycle and its replies", body = CycleResponse),
        (status = 400, description = "A parameter cannot be read", body = crate::error::ErrorBody),
        (status = 404, description = "No such cycle", body = crate::error::ErrorBody),
    ),
    tag = "cycles"
)]
pub(crate) async fn show(
    State(state): State<AppState>,
    Path(code): Path<String>,
    ApiQuery(params): ApiQuery<CycleParams>,
) -> Result<Json<CycleResponse>, ApiError> {
    let language: Language = LanguageParam { lang: params.lang }.language()?;
    let cycle = state
        .store()
        .cycle(&code)
        .await?
        .ok_or_else(|| ApiError::not_found(format!("no reporting cycle with code '{code}'")))?;
    let as_at = match params.as_at.as_deref() {
        None | Some("") => cycle.as_at,
        Some(text) => Date::parse(text).map_err(|error| ApiError::bad_parameter("as_at", error.to_string()))?,
    };
    let catalogue = state.catalogue().await?;
    let replies = state.store().submissions(cycle.code.as_str()).await?;
    let received = |kinds: &dyn Fn(ActorKind) -> bool| {
        replies.iter().filter(|reply| kinds(reply.actor_kind) && reply.submission.received_by(as_at)).count()
    };
    Ok(Json(CycleResponse {
        cycle: CycleView::new(&cycle),
        as_at: as_at.to_string(),
        member_states_responded: received(&|kind| kind == ActorKind::MemberState),
        organizations_responded: received(&|kind| !kind.is_state()),
        replies: replies
            .iter()
            .filter_map(|reply| {
                let actor = catalogue.actor(&reply.submission.actor)?;
                Some(ReplyView {
                    actor: ActorRef::new(actor, &catalogue, language),
                    received_on: reply.submission.received_on.to_string(),
                    language: reply.submission.language.map(|language| language.code().to_owned()),
                    received_by_as_at: reply.submission.received_by(as_at),
                })
            })
            .collect(),
    }))
}
