//! `GET /admin/accounts`: every account, with the forms to create, disable and reset them.

use axum::{extract::State, response::Html};

use super::account_fields::AccountsPage;
use crate::{
    error::PageError, page_context::PageContext, pages::rendering::render, session::Administrator, state::AppState,
};

pub(crate) async fn show(
    State(state): State<AppState>,
    context: PageContext,
    admin: Administrator,
) -> Result<Html<String>, PageError> {
    let page = AccountsPage::of(&state, &context, &admin).await?;
    render(&state, &context, "admin_accounts.html", page)
}
