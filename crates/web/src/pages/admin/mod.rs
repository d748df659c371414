//! Administration: accounts (create, disable, reset a password) and the audit page.

mod account_create;

mod account_disable;

mod account_fields;

mod account_password;

mod accounts_index;

mod audit;

mod password_issued;

use axum::{
    Router,
    routing::{get, post},
};

use crate::state::AppState;

pub(super) fn routes() -> Router<AppState> {
    Router::new()
        .route("/admin/accounts", get(accounts_index::show).post(account_create::submit))
        .route("/admin/accounts/{username}/disable", post(account_disable::submit))
        .route("/admin/accounts/{username}/password", post(account_password::submit))
        .route("/admin/audit", get(audit::show))
}
