//! `POST /measures`: creates a measure from the form, as a draft. When no id is given (focal
//! points are never asked for one), one is made from the country, the year and the title.

use axum::{
    Form,
    extract::State,
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use domain::{
    catalogue::Catalogue,
    measure::{ExternalId, MeasureState},
    workflow::{MeasureAccess, may_import},
};
use store::{Author, StoreError};

use super::form::{FormProblem, FormSetup, PostedMeasure, closed_cycle_problem, render_form};
use crate::{
    csrf::check_session_token, error::PageError, page_context::PageContext, session::SignedIn, state::AppState,
};

/// How many numbered variants of a suggested id are tried before giving up.
const MAX_ID_NUMBER: u32 = 1000;

pub(crate) async fn submit(
    State(state): State<AppState>,
    context: PageContext,
    signed_in: SignedIn,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let mut posted = PostedMeasure::from_pairs(pairs);
    check_session_token(&signed_in, posted.field("csrf_token"))?;
    let role = signed_in.account.role;
    let catalogue = state.catalogue().await?;
    let id_was_given = !posted.field("id").is_empty();
    if !id_was_given || matches!(role, domain::account::Role::FocalPoint { .. }) {
        let id = unused_id(&state, &catalogue, &posted, role).await?;
        posted.set("id", id.to_string());
    }
    let refused = |problems: Vec<FormProblem>| Refused { problems, id_was_given };
    let measure = match posted.to_measure(&catalogue, role, MeasureState::Draft, context.language) {
        Ok(measure) => measure,
        Err(problems) => return refused(problems).show(&state, &context, &signed_in, &posted).await,
    };
    if let Some(problem) = closed_cycle_problem(&catalogue, &measure, None, context.language) {
        return refused(vec![problem]).show(&state, &context, &signed_in, &posted).await;
    }
    let incoming = MeasureAccess { state: measure.state, country: measure.country };
    if let Err(message) = may_import(role, incoming, None) {
        return Err(PageError::domain(StatusCode::FORBIDDEN, message));
    }
    let author = Author::account(&signed_in.account);
    match state.store().save_measure(&measure, None, &author).await {
        Ok(record) => Ok(Redirect::to(&context.address(&format!("/measures/{}", record.id))).into_response()),
        Err(error @ (StoreError::Duplicate(_) | StoreError::NotFound(_))) => {
            let mut response = refused(vec![FormProblem::of_store_error(Some("field-id"), &error)])
                .show(&state, &context, &signed_in, &posted)
                .await?;
            *response.status_mut() = StatusCode::CONFLICT;
            Ok(response)
        }
        Err(error) => Err(error.into()),
    }
}

/// An id no stored measure has, made from who took the measure, when, and its title.
async fn unused_id(
    state: &AppState,
    catalogue: &Catalogue,
    posted: &PostedMeasure,
    role: domain::account::Role,
) -> Result<ExternalId, PageError> {
    let country = match role {
        domain::account::Role::FocalPoint { country } => Some(country),
        _ => domain::country::M49::parse(posted.field("country")),
    };
    let who = country
        .and_then(|m49| catalogue.country(m49))
        .map(|country| country.iso3.clone())
        .or_else(|| Some(posted.field("actor").to_owned()).filter(|actor| !actor.is_empty()))
        .unwrap_or_else(|| "measure".to_owned());
    let when = [posted.field("year_from"), posted.field("cycle")]
        .into_iter()
        .find(|value| !value.is_empty())
        .map(str::to_owned);
    let suggested = ExternalId::suggested(&who, when.as_deref(), posted.first_title());
    for number in 1..=MAX_ID_NUMBER {
        let candidate = if number == 1 { suggested.clone() } else { suggested.numbered(number) };
        if state.store().measure_by_external_id(&candidate).await?.is_none() {
            return Ok(candidate);
        }
    }
    let english = format!("{MAX_ID_NUMBER} measures already have ids made from '{suggested}'; give an id.");
    let message = domain::message::Message::new("error-no-free-id", english)
        .number("count", MAX_ID_NUMBER)
        .text("id", suggested.as_str());
    Err(PageError::domain(StatusCode::CONFLICT, message))
}

/// A form sent back with its problems.
struct Refused {
    problems: Vec<FormProblem>,
    id_was_given: bool,
}

impl Refused {
    async fn show(
        self,
        state: &AppState,
        context: &PageContext,
        signed_in: &SignedIn,
        posted: &PostedMeasure,
    ) -> Result<Response, PageError> {
        // An id the server made is made again from the corrected form, not shown as typed.
        let mut shown = posted.clone();
        if !self.id_was_given {
            shown.set("id", String::new());
        }
        let setup = FormSetup {
            heading: state.messages().text(context.language, "form-new", &[]),
            action: "/measures".into(),
            version: None,
            posted: &shown,
            problems: self.problems,
            kept_cycle: None,
        };
        render_form(state, context, signed_in, setup).await
    }
}
