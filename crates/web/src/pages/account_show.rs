//! `GET /account`: the signed-in user's account, and the form to change its password.

use axum::{
    extract::{Query, State},
    response::Html,
};
use serde::{Deserialize, Serialize};

use super::render;
use crate::{error::PageError, page_context::PageContext, session::SignedIn, state::AppState};

#[derive(Deserialize)]
pub(crate) struct AccountQuery {
    #[serde(default)]
    changed: bool,
}

#[derive(Serialize)]
pub(super) struct AccountPage {
    pub(super) username: String,
    pub(super) display_name: String,
    pub(super) role: String,
    pub(super) csrf_token: String,
    pub(super) message: Option<String>,
    pub(super) password_changed: bool,
}

impl AccountPage {
    pub(super) async fn of(
        state: &AppState,
        context: &PageContext,
        signed_in: &SignedIn,
    ) -> Result<AccountPage, PageError> {
        let account = &signed_in.account;
        let role = match account.role.country() {
            Some(m49) => {
                let catalogue = state.catalogue().await?;
                let country = catalogue
                    .country(m49)
                    .map_or_else(|| m49.to_string(), |country| country.short_name(context.language).to_owned());
                format!("{} ({country})", account.role.code().replace('_', " "))
            }
            None => account.role.code().to_owned(),
        };
        Ok(AccountPage {
            username: account.username.to_string(),
            display_name: account.display_name.clone(),
            role,
            csrf_token: signed_in.csrf_token.clone(),
            message: None,
            password_changed: false,
        })
    }
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
