//! `POST /cycles`: opens a reporting cycle: its mandate, symbol, dates and "as at" date, and
//! whom it asks (all Member States, one region's, and chosen United Nations entities and
//! IOM).

use axum::{
    Form,
    extract::State,
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use store::{Author, StoreError};

use super::cycle_form::{CycleFields, CycleProblem, render_cycle_form};
use crate::{
    csrf::check_session_token, error::PageError, page_context::PageContext, session::Secretariat, state::AppState,
};

pub(crate) async fn submit(
    State(state): State<AppState>,
    context: PageContext,
    secretariat: Secretariat,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let (fields, token) = CycleFields::from_pairs(pairs);
    check_session_token(&secretariat.0, &token)?;
    let catalogue = state.catalogue().await?;
    let (cycle, addressees) = match fields.check(&catalogue) {
        Ok(checked) => checked,
        Err(problems) => return render_cycle_form(&state, &context, &secretariat, &fields, problems).await,
    };
    let account = &secretariat.0.account;
    let author = Author::account(account);
    match state.store().open_cycle(&cycle, &addressees, &author).await {
        Ok(()) => Ok(Redirect::to(&context.address(&format!("/cycles/{}/replies", cycle.code))).into_response()),
        // A code taken, or an addressee gone meanwhile: the code's problem, which a person fixes.
        Err(error) => {
            match error.message().filter(|_| matches!(error, StoreError::Duplicate(_) | StoreError::NotFound(_))) {
                Some(message) => {
                    let problems = vec![CycleProblem::new("cycle-code", message)];
                    let mut response = render_cycle_form(&state, &context, &secretariat, &fields, problems).await?;
                    *response.status_mut() = StatusCode::CONFLICT;
                    Ok(response)
                }
                None => Err(error.into()),
            }
        }
    }
}
