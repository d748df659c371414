//! `GET /measures/{id}/edit`: the form to change a measure, filled with its current version.

use axum::{
    extract::{Path, State},
    response::Response,
};
use domain::workflow::MeasureAction;

use super::{
    access::measure_for,
    form::{FormSetup, PostedMeasure, render_form},
};
use crate::{error::PageError, page_context::PageContext, session::SignedIn, state::AppState};

pub(crate) async fn show(
    State(state): State<AppState>,
    context: PageContext,
    signed_in: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let record = measure_for(&state, Some(signed_in.account.role), &id, MeasureAction::Edit).await?;
    let posted = PostedMeasure::from_measure(&record.measure);
    let setup = FormSetup {
        heading: state.messages().text(
            context.language,
            "form-edit-heading",
            &[("title", record.measure.text(context.language).title.clone().into())],
        ),
        action: format!("/measures/{}/edit", record.id),
        version: Some(record.version),
        posted: &posted,
        problems: Vec::new(),
        kept_cycle: record.measure.cycle.as_ref().map(ToString::to_string),
    };
    render_form(&state, &context, &signed_in, setup).await
}
