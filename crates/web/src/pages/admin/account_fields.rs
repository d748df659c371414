//! The accounts page as its own address and every refused account form render it, and the
//! fields of a new account that a refused form shows again.

use axum::{
    http::StatusCode,
    response::{IntoResponse, Response},
};
use domain::language::Language;
use serde::Serialize;

use crate::{
    error::PageError, page_context::PageContext, pages::rendering::render, session::Administrator, state::AppState,
};

#[derive(Serialize, Default)]
pub(super) struct AccountsPage {
    accounts: Vec<AccountRow>,
    countries: Vec<CountryOption>,
    roles: [&'static str; 4],
    csrf_token: String,
    /// What was wrong with the last form, and the values to show in it again.
    pub(super) message: Option<String>,
    pub(super) form: NewAccountFields,
}

#[derive(Serialize, Default, Clone)]
pub(super) struct NewAccountFields {
    pub(super) username: String,
    pub(super) display_name: String,
    pub(super) role: String,
    pub(super) country: String,
}

#[derive(Serialize)]
struct AccountRow {
    username: String,
    display_name: String,
    role: &'static str,
    country: Option<String>,
    status: &'static str,
    created_at: String,
    is_self: bool,
    /// Where the row's forms post.
    actions_path: String,
}

#[derive(Serialize)]
struct CountryOption {
    m49: String,
    name: String,
}

impl AccountsPage {
    pub(super) async fn of(
        state: &AppState,
        context: &PageContext,
        admin: &Administrator,
    ) -> Result<AccountsPage, PageError> {
        let catalogue = state.catalogue().await?;
        let name = |m49| {
            catalogue
                .country(m49)
                .map_or_else(|| m49.to_string(), |country| country.short_name(Language::English).to_owned())
        };
        let accounts = state
            .store()
            .accounts()
            .await?
            .into_iter()
            .map(|account| AccountRow {
                status: if account.is_disabled() {
                    "disabled"
                } else if account.is_locked() {
                    "locked"
                } else {
                    "active"
                },
                is_self: account.id == admin.0.account.id,
                actions_path: format!(
                    "/admin/accounts/{}",
                    form_urlencoded::byte_serialize(account.username.as_str().as_bytes()).collect::<String>()
                ),
                username: account.username.to_string(),
                display_name: account.display_name,
                role: account.role.code(),
                country: account.role.country().map(name),
                created_at: account.created_at.get(..10).unwrap_or_default().to_owned(),
            })
            .collect();
        let mut countries: Vec<CountryOption> = catalogue
            .countries()
            .iter()
            .map(|country| CountryOption {
                m49: country.m49.to_string(),
                name: country.short_name(context.language).to_owned(),
            })
            .collect();
        countries.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(AccountsPage {
            accounts,
            countries,
            roles: domain::account::Role::CODES,
            csrf_token: admin.0.csrf_token.clone(),
            message: None,
            form: NewAccountFields::default(),
        })
    }
}

/// The accounts page again, with `message` saying what was wrong with the posted form.
pub(super) async fn refuse(
    state: &AppState,
    context: &PageContext,
    admin: &Administrator,
    form: NewAccountFields,
    message: String,
) -> Result<Response, PageError> {
    let mut page = AccountsPage::of(state, context, admin).await?;
    page.message = Some(message);
    page.form = form;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, render(state, context, "admin_accounts.html", page)?).into_response())
}
