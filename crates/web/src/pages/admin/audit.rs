//! `GET /admin/audit`: the audit log: every sign-in attempt and every write, newest first.

use axum::{extract::State, response::Html};
use serde::Serialize;

use crate::{
    error::PageError,
    page_context::PageContext,
    pages::{components::timestamps::written_timestamp, rendering::render},
    session::Administrator,
    state::AppState,
};

/// How many of each the page shows.
const SHOWN: i64 = 200;

#[derive(Serialize)]
struct AuditPage {
    sign_ins: Vec<SignInRow>,
    changes: Vec<ChangeRow>,
}

#[derive(Serialize)]
struct SignInRow {
    at: String,
    username: String,
    outcome: String,
    address: String,
}

#[derive(Serialize)]
struct ChangeRow {
    at: String,
    author: String,
    entity: String,
    key: String,
    action: String,
}

pub(crate) async fn show(
    State(state): State<AppState>,
    context: PageContext,
    _admin: Administrator,
) -> Result<Html<String>, PageError> {
    let sign_ins = state
        .store()
        .sign_in_events(SHOWN)
        .await?
        .into_iter()
        .map(|event| SignInRow {
            at: written_timestamp(&event.recorded_at, state.messages(), context.language),
            username: event.username,
            outcome: event.outcome.replace('_', " "),
            address: event.address,
        })
        .collect();
    let changes = state
        .store()
        .latest_changes(SHOWN)
        .await?
        .into_iter()
        .map(|entry| ChangeRow {
            at: written_timestamp(&entry.recorded_at, state.messages(), context.language),
            author: entry.author,
            entity: entry.entity.to_string(),
            key: entry.entity_key,
            action: entry.action,
        })
        .collect();
    render(&state, &context, "admin_audit.html", AuditPage { sign_ins, changes })
}
