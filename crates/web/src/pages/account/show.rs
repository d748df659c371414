//! `GET /account`: the signed-in user's account, and the form to change its password.

use axum::{
    extract::{Query, State},
    response::Html,
};
use serde::Deserialize;

use super::account_page::AccountPage;
use crate::{
    error::PageError, page_context::PageContext, pages::rendering::render, session::SignedIn, state::AppState,
};

#[derive(Deserialize)]
pub(crate) struct AccountQuery {
    #[serde(default)]
    changed: bool,
}

pub(crate) async fn show(
    State(state): State<AppState>,
    context: PageContext,
    signed_in: SignedIn,
    Query(query): Query<AccountQuery>,
) -> Result<Html<String>, PageError> {
    let mut page = AccountPage::of(&state, &context, &signed_in).await?;
    page.password_changed = query.changed;
    render(&state, &context, "account.html", page)
}
