//! `GET /cycles/new`: the form that opens a reporting cycle and says whom it asks.

use axum::{extract::State, response::Response};

use super::cycle_form::{CycleFields, render_cycle_form};
use crate::{error::PageError, page_context::PageContext, session::Secretariat, state::AppState};

pub(crate) async fn show(
    State(state): State<AppState>,
    context: PageContext,
    secretariat: Secretariat,
) -> Result<Response, PageError> {
    render_cycle_form(&state, &context, &secretariat, &CycleFields::default(), Vec::new()).await
}
