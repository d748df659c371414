//! What the account page shows: the account, its API tokens and the scopes a new token may
//! have. The page itself, a password change and a new token all render it.

use serde::Serialize;

use crate::{error::PageError, page_context::PageContext, session::SignedIn, state::AppState};

#[derive(Serialize)]
pub(super) struct AccountPage {
    pub(super) username: String,
    pub(super) display_name: String,
    pub(super) role: String,
    pub(super) csrf_token: String,
    pub(super) message: Option<String>,
    pub(super) password_changed: bool,
    pub(super) tokens: Vec<TokenRow>,
    pub(super) scopes: Vec<ScopeChoice>,
}

#[derive(Serialize)]
pub(super) struct TokenRow {
    id: i64,
    name: String,
    scopes: String,
    created: String,
    expires: String,
    last_used: String,
    live: bool,
}

#[derive(Serialize)]
pub(super) struct ScopeChoice {
    code: &'static str,
    meaning: &'static str,
}

impl AccountPage {
    pub(super) async fn of(
        state: &AppState,
        context: &PageContext,
        signed_in: &SignedIn,
    ) -> Result<AccountPage, PageError> {
        let account = &signed_in.account;
        let role_name =
            state.messages().text(context.language, &format!("role-{}", account.role.code().replace('_', "-")), &[]);
        let role = match account.role.country() {
            Some(m49) => {
                let catalogue = state.catalogue().await?;
                let country = catalogue
                    .country(m49)
                    .map_or_else(|| m49.to_string(), |country| country.short_name(context.language).to_owned());
                format!("{role_name} ({country})")
            }
            None => role_name,
        };
        let day = |at: &str| at.get(..10).unwrap_or(at).to_owned();
        let now = crate::treaty_views::today().to_string();
        let tokens = state
            .store()
            .api_tokens_of(account.id)
            .await?
            .into_iter()
            .map(|token| TokenRow {
                live: token.revoked_at.is_none() && day(&token.expires_at) >= now,
                id: token.id,
                name: token.name,
                scopes: token.scopes.join(", "),
                created: day(&token.created_at),
                expires: day(&token.expires_at),
                last_used: token.last_used_at.as_deref().map(day).unwrap_or_default(),
            })
            .collect();
        Ok(AccountPage {
            tokens,
            scopes: crate::api_client::SCOPES.iter().map(|(code, meaning)| ScopeChoice { code, meaning }).collect(),
            username: account.username.to_string(),
            display_name: account.display_name.clone(),
            role,
            csrf_token: signed_in.csrf_token.clone(),
            message: None,
            password_changed: false,
        })
    }
}
