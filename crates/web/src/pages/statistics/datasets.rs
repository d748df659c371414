//! `GET /statistics/datasets`: the statistics datasets a signed-in user answers for: every
//! dataset for the secretariat, with the buttons that publish and withdraw them; a data
//! provider's own State's datasets, with the form to upload another.

use std::collections::HashMap;

use axum::{
    extract::{Query, State},
    response::Html,
};

use super::datasets_page::page;
use crate::{
    error::PageError, page_context::PageContext, pages::rendering::render, session::SignedIn, state::AppState,
};

pub(crate) async fn show(
    State(state): State<AppState>,
    context: PageContext,
    signed_in: SignedIn,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Html<String>, PageError> {
    let uploaded = params.get("uploaded").and_then(|id| id.parse().ok());
    let page = page(&state, &signed_in, uploaded, None, context.language).await?;
    render(&state, &context, "statistics_datasets.html", page)
}
