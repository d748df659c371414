//! `GET /import`: the form to upload measures in CSV, XLSX or JSON, with the column list and
//! the templates.

use axum::{extract::State, response::Html};

use super::import_page::ImportPage;
use crate::{
    error::PageError, page_context::PageContext, pages::rendering::render, session::SignedIn, state::AppState,
};

pub(crate) async fn show(
    State(state): State<AppState>,
    context: PageContext,
    signed_in: SignedIn,
) -> Result<Html<String>, PageError> {
    if matches!(signed_in.account.role, domain::account::Role::DataProvider { .. }) {
        return Err(PageError::translated(axum::http::StatusCode::FORBIDDEN, "error-providers-import-no-measures"));
    }
    render(&state, &context, "import.html", ImportPage::new(&signed_in, None))
}
