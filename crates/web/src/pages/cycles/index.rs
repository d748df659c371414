//! `GET /cycles`: every reporting cycle, newest first.

use axum::{extract::State, response::Html};
use serde::Serialize;

use crate::{error::PageError, page_context::PageContext, pages::rendering::render, state::AppState};

#[derive(Serialize)]
struct CyclesPage {
    cycles: Vec<CycleRow>,
}

#[derive(Serialize)]
struct CycleRow {
    href: String,
    title: String,
    symbol: Option<String>,
    mandate: String,
    as_at: String,
    replies: usize,
}

pub(crate) async fn show(State(state): State<AppState>, context: PageContext) -> Result<Html<String>, PageError> {
    let mut rows = Vec::new();
    for cycle in state.store().cycles().await?.into_iter().rev() {
        let replies = state.store().submissions(cycle.code.as_str()).await?.len();
        rows.push(CycleRow {
            href: context.link(&format!("/cycles/{}", cycle.code), &[]),
            title: cycle.title,
            symbol: cycle.symbol,
            mandate: cycle.mandate,
            as_at: cycle.as_at.to_un_style_in(context.language),
            replies,
        });
    }
    render(&state, &context, "cycles.html", CyclesPage { cycles: rows })
}
