//! `POST /measures`: creates a measure from the form, as a draft.

use axum::{
    Form,
    extract::State,
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use domain::{
    measure::MeasureState,
    workflow::{MeasureAccess, may_import},
};
use store::{Author, StoreError};

use super::form::{FormSetup, PostedMeasure, capitalised, render_form};
use crate::{
    csrf::check_session_token, error::PageError, page_context::PageContext, session::SignedIn, state::AppState,
};

pub(crate) async fn submit(
    State(state): State<AppState>,
    context: PageContext,
    signed_in: SignedIn,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let posted = PostedMeasure::from_pairs(pairs);
    check_session_token(&signed_in, posted.field("csrf_token"))?;
    let role = signed_in.account.role;
    let refuse = |problems: Vec<String>| {
        let setup = FormSetup {
            heading: "New measure".into(),
            action: "/measures".into(),
            version: None,
            posted: &posted,
            problems,
        };
        render_form(&state, &context, &signed_in, setup)
    };
    let catalogue = state.catalogue().await?;
    let measure = match posted.to_measure(&catalogue, role, MeasureState::Draft) {
        Ok(measure) => measure,
        Err(problems) => return refuse(problems).await,
    };
    let incoming = MeasureAccess { state: measure.state, country: measure.country };
    if let Err(message) = may_import(role, incoming, None) {
        return Err(PageError::forbidden(format!("{}.", capitalised(message))));
    }
    let author = Author::account(&signed_in.account);
    match state.store().save_measure(&measure, None, &author).await {
        Ok(record) => Ok(Redirect::to(&context.address(&format!("/measures/{}", record.id))).into_response()),
        Err(error @ (StoreError::Duplicate(_) | StoreError::NotFound(_))) => {
            let mut response = refuse(vec![format!("Id: {error}")]).await?;
            *response.status_mut() = StatusCode::CONFLICT;
            Ok(response)
        }
        Err(error) => Err(error.into()),
    }
}
