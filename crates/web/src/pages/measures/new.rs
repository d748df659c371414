//! `GET /measures/new`: the form for a new measure.

use axum::{extract::State, response::Response};

use super::form::{FormSetup, PostedMeasure, render_form};
use crate::{error::PageError, page_context::PageContext, session::SignedIn, state::AppState};

pub(crate) async fn show(
    State(state): State<AppState>,
    context: PageContext,
    signed_in: SignedIn,
) -> Result<Response, PageError> {
    if matches!(signed_in.account.role, domain::account::Role::DataProvider { .. }) {
        return Err(PageError::translated(axum::http::StatusCode::FORBIDDEN, "error-providers-enter-no-measures"));
    }
    let mut posted = PostedMeasure::default();
    if let Some(country) = signed_in.account.role.country() {
        posted = PostedMeasure::from_pairs(vec![("country".into(), country.to_string())]);
    }
    let setup = FormSetup {
        heading: state.messages().text(context.language, "form-new", &[]),
        action: "/measures".into(),
        version: None,
        posted: &posted,
        problems: Vec::new(),
        kept_cycle: None,
    };
    render_form(&state, &context, &signed_in, setup).await
}
