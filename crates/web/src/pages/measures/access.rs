//! Loading a measure for an action, with the answer the rules give: not found for a measure
//! the person may not even see, forbidden for one they may see but not act on.

use domain::{
    account::Role,
    measure::Measure,
    workflow::{MeasureAccess, MeasureAction, may},
};
use store::{MeasureRecord, Visibility};

use crate::{error::PageError, state::AppState};

pub(super) async fn measure_for(
    state: &AppState,
    role: Option<Role>,
    id: &str,
    action: MeasureAction,
) -> Result<MeasureRecord, PageError> {
    let not_found = || PageError::translated(axum::http::StatusCode::NOT_FOUND, "error-no-such-measure-for-you");
    let id: i64 = id.parse().map_err(|_| not_found())?;
    let record = state.store().measure(id, Visibility::All).await?.ok_or_else(not_found)?;
    let access = MeasureAccess { state: record.measure.state, country: record.measure.country };
    if !may(role, MeasureAction::Read, access) {
        return Err(not_found());
    }
    if !may(role, action, access) {
        let key = if matches!(role, Some(Role::FocalPoint { .. })) {
            "error-not-allowed-on-measure-focal-point"
        } else {
            "error-not-allowed-on-measure"
        };
        return Err(PageError::translated(axum::http::StatusCode::FORBIDDEN, key));
    }
    Ok(record)
}

/// Refuses a change that would give a measure to another State, unless the person may work on
/// every State's measures: a focal point keeps to their own, by edit as by restore.
pub(super) fn keeps_the_state(role: Role, current: &Measure, proposed: &Measure) -> Result<(), PageError> {
    if proposed.country != current.country && matches!(role, Role::FocalPoint { .. }) {
        return Err(PageError::translated(axum::http::StatusCode::FORBIDDEN, "error-focal-point-keeps-the-state"));
    }
    Ok(())
}
