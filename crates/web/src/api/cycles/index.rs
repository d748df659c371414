//! `GET /api/v1/cycles`: every reporting cycle.

use axum::{Json, extract::State};

use crate::{
    api::views::cycles::{CycleView, CyclesResponse},
    error::ApiError,
    state::AppState,
};

/// Lists the reporting cycles, oldest "as at" date first.
#[utoipa::path(
    get,
    operation_id = "list_cycles",
    path = "/api/v1/cycles",
    responses((status = 200, description = "The cycles", body = CyclesResponse)),
    tag = "cycles"
)]
pub(crate) async fn list(State(state): State<AppState>) -> Result<Json<CyclesResponse>, ApiError> {
    let cycles = state.store().cycles().await?;
    Ok(Json(CyclesResponse { cycles: cycles.iter().map(CycleView::new).collect() }))
}
