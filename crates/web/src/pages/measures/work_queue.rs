//! `GET /work`: the measures waiting for the signed-in user: a focal point's own State's drafts
//! and submissions, an editor's submissions to review.

use axum::{extract::State, response::Html};
use domain::{account::Role, language::Language, measure::MeasureState};
use serde::Serialize;
use store::{MeasureQuery, Page, Visibility};

use crate::{
    error::PageError, page_context::PageContext, pages::rendering::render, session::SignedIn, state::AppState,
};

/// The most measures the page lists.
const LISTED: u32 = 1000;

#[derive(Serialize)]
struct WorkPage {
    heading: &'static str,
    rows: Vec<WorkRow>,
    total: i64,
}

#[derive(Serialize)]
struct WorkRow {
    href: String,
    title: String,
    state: &'static str,
    country: String,
    updated_at: String,
}

pub(crate) async fn show(
    State(state): State<AppState>,
    context: PageContext,
    signed_in: SignedIn,
) -> Result<Html<String>, PageError> {
    let mut query = MeasureQuery::all(Visibility::All);
    let heading = match signed_in.account.role {
        Role::FocalPoint { country } => {
            query.country = Some(country);
            query.states = vec![MeasureState::Draft, MeasureState::Submitted];
            "work-own"
        }
        Role::Administrator | Role::Editor => {
            query.states = vec![MeasureState::Submitted];
            "work-review"
        }
        Role::DataProvider { .. } => {
            return Err(PageError::translated(axum::http::StatusCode::FORBIDDEN, "error-providers-have-no-work"));
        }
    };
    let page = state.store().measures(&query, Page::new(1, LISTED)).await?;
    let catalogue = state.catalogue().await?;
    let rows = page
        .records
        .iter()
        .map(|record| WorkRow {
            href: format!("/measures/{}", record.id),
            title: record.measure.text(context.language).title.clone(),
            state: record.measure.state.as_str(),
            country: record
                .measure
                .country
                .and_then(|m49| catalogue.country(m49))
                .map(|country| country.short_name(Language::English).to_owned())
                .unwrap_or_default(),
            updated_at: record.updated_at.get(..10).unwrap_or_default().to_owned(),
        })
        .collect();
    render(&state, &context, "work.html", WorkPage { heading, rows, total: page.total })
}
