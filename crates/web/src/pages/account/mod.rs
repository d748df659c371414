//! The signed-in user's own pages: signing in and out, the account page, changing one's
//! password, and API tokens.

mod account_page;

mod password;

mod show;

mod sign_in;

mod sign_in_form;

mod sign_in_page;

mod sign_out;

mod token_create;

mod token_revoke;

use axum::{
    Router,
    routing::{get, post},
};

use crate::state::AppState;

pub(super) fn routes() -> Router<AppState> {
    Router::new()
        .route("/sign-in", get(sign_in_form::show).post(sign_in::submit))
        .route("/sign-out", post(sign_out::submit))
        .route("/account", get(show::show))
        .route("/account/password", post(password::submit))
        .route("/account/tokens", post(token_create::submit))
        .route("/account/tokens/{id}/revoke", post(token_revoke::submit))
}
