//! `POST /measures/{id}/edit`: saves a new version of a measure from the form, if nobody has
//! changed it since the form was opened. Its id and workflow state stay.

use axum::{
    Form,
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use domain::workflow::MeasureAction;
use store::{Author, StoreError};

use super::{
    access::{keeps_the_state, measure_for},
    form::{FormProblem, FormSetup, PostedMeasure, closed_cycle_problem, render_form},
};
use crate::{
    csrf::check_session_token, error::PageError, page_context::PageContext, session::SignedIn, state::AppState,
};

pub(crate) async fn submit(
    State(state): State<AppState>,
    context: PageContext,
    signed_in: SignedIn,
    Path(id): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let mut posted = PostedMeasure::from_pairs(pairs);
    check_session_token(&signed_in, posted.field("csrf_token"))?;
    let role = signed_in.account.role;
    let record = measure_for(&state, Some(role), &id, MeasureAction::Edit).await?;
    // The id is the measure's, whatever the form says.
    posted = PostedMeasure::from_pairs(
        std::iter::once(("id".to_owned(), record.measure.external_id.to_string()))
            .chain(posted_pairs(&posted))
            .collect(),
    );
    let version: i64 = posted
        .field("version")
        .parse()
        .map_err(|_| PageError::translated(axum::http::StatusCode::BAD_REQUEST, "error-form-lost-version"))?;
    let kept_cycle = record.measure.cycle.as_ref().map(ToString::to_string);
    let setup = |problems: Vec<FormProblem>| FormSetup {
        heading: state.messages().text(
            context.language,
            "form-edit-heading",
            &[("title", record.measure.text(context.language).title.clone().into())],
        ),
        action: format!("/measures/{}/edit", record.id),
        version: Some(version),
        posted: &posted,
        problems,
        kept_cycle: kept_cycle.clone(),
    };
    let catalogue = state.catalogue().await?;
    let measure = match posted.to_measure(&catalogue, role, record.measure.state, context.language) {
        Ok(measure) => measure,
        Err(problems) => return render_form(&state, &context, &signed_in, setup(problems)).await,
    };
    if let Some(problem) = closed_cycle_problem(&catalogue, &measure, kept_cycle.as_deref(), context.language) {
        return render_form(&state, &context, &signed_in, setup(vec![problem])).await;
    }
    keeps_the_state(role, &record.measure, &measure)?;
    let author = Author::account(&signed_in.account);
    match state.store().save_measure(&measure, Some(version), &author).await {
        Ok(saved) => Ok(Redirect::to(&context.address(&format!("/measures/{}", saved.id))).into_response()),
        Err(error @ (StoreError::Duplicate(_) | StoreError::StaleVersion { .. } | StoreError::NotFound(_))) => {
            let mut response =
                render_form(&state, &context, &signed_in, setup(vec![FormProblem::of_store_error(None, &error)]))
                    .await?;
            *response.status_mut() = StatusCode::CONFLICT;
            Ok(response)
        }
        Err(error) => Err(error.into()),
    }
}

fn posted_pairs(posted: &PostedMeasure) -> Vec<(String, String)> {
    posted.pairs().into_iter().filter(|(name, _)| name != "id").collect()
}
