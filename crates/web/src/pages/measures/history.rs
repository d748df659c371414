//! `GET /measures/{id}/history`: every version of a measure, who made it and when, what
//! changed field by field, every workflow move with its comment, and a way back to any
//! earlier version.

use axum::{
    extract::{Path, State},
    response::Html,
};
use domain::{
    version_diff::field_changes,
    workflow::{MeasureAccess, MeasureAction, may},
};
use serde::Serialize;

use super::access::measure_for;
use crate::{
    error::PageError,
    page_context::PageContext,
    pages::{components::timestamps::written_timestamp, rendering::render},
    session::Visitor,
    state::AppState,
};

#[derive(Serialize)]
struct HistoryPage {
    title: String,
    measure_href: String,
    restore_action: Option<String>,
    current_version: i64,
    csrf_token: Option<String>,
    versions: Vec<VersionRow>,
    moves: Vec<MoveRow>,
}

#[derive(Serialize)]
struct VersionRow {
    number: usize,
    change_id: i64,
    at: String,
    author: String,
    action: String,
    changes: Vec<ChangeRow>,
    is_current: bool,
}

#[derive(Serialize)]
struct ChangeRow {
    field: String,
    before: Option<String>,
    after: Option<String>,
}

#[derive(Serialize)]
struct MoveRow {
    at: String,
    author: String,
    from_state: String,
    to_state: String,
    comment: String,
}

pub(crate) async fn show(
    State(state): State<AppState>,
    context: PageContext,
    visitor: Visitor,
    Path(id): Path<String>,
) -> Result<Html<String>, PageError> {
    let signed_in = visitor.signed_in();
    let role = signed_in.map(|signed_in| signed_in.account.role);
    let record = measure_for(&state, role, &id, MeasureAction::ReadHistory).await.map_err(|error| {
        // Someone who may read the measure but not its history is told it is not there either:
        // the history holds unpublished versions.
        if error.is_forbidden() {
            PageError::not_found(format!("there is no history of measure {id} for you"))
        } else {
            error
        }
    })?;
    let entries = state.store().changes_for("measure", record.measure.external_id.as_str()).await?;
    let count = entries.len();
    let mut versions: Vec<VersionRow> = entries
        .iter()
        .enumerate()
        .map(|(index, entry)| VersionRow {
            number: index + 1,
            change_id: entry.id,
            at: written_timestamp(&entry.recorded_at, state.messages(), context.language),
            author: entry.author.clone(),
            action: entry.action.clone(),
            changes: field_changes(entry.before.as_ref(), entry.after.as_ref())
                .into_iter()
                .map(|change| ChangeRow { field: change.field, before: change.before, after: change.after })
                .collect(),
            is_current: index + 1 == count,
        })
        .collect();
    versions.reverse();
    let moves = state
        .store()
        .measure_transitions(record.id)
        .await?
        .into_iter()
        .rev()
        .map(|step| MoveRow {
            at: written_timestamp(&step.recorded_at, state.messages(), context.language),
            author: step.author,
            from_state: step.from_state,
            to_state: step.to_state,
            comment: step.comment,
        })
        .collect();
    let access = MeasureAccess { state: record.measure.state, country: record.measure.country };
    let page = HistoryPage {
        title: record.measure.text(context.language).title.clone(),
        measure_href: format!("/measures/{}", record.id),
        restore_action: may(role, MeasureAction::Edit, access).then(|| format!("/measures/{}/restore", record.id)),
        current_version: record.version,
        csrf_token: signed_in.map(|signed_in| signed_in.csrf_token.clone()),
        versions,
        moves,
    };
    render(&state, &context, "measure_history.html", page)
}
