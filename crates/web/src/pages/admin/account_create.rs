//! `POST /admin/accounts`: creates an account with a generated password, shown once.

use axum::{
    Form,
    extract::State,
    response::{IntoResponse, Response},
};
use credentials::{PasswordHash, generate_password};
use domain::{
    account::{Role, Username},
    country::M49,
};
use serde::Deserialize;
use store::{Author, NewAccount, StoreError};

use super::{
    account_fields::{NewAccountFields, refuse},
    password_issued::issued,
};
use crate::{
    csrf::check_session_token, error::PageError, page_context::PageContext, session::Administrator, state::AppState,
};

#[derive(Deserialize)]
pub(crate) struct CreateForm {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    username: String,
    #[serde(default)]
    display_name: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    country: String,
}

pub(crate) async fn submit(
    State(state): State<AppState>,
    context: PageContext,
    admin: Administrator,
    Form(form): Form<CreateForm>,
) -> Result<Response, PageError> {
    check_session_token(&admin.0, &form.csrf_token)?;
    let fields = NewAccountFields {
        username: form.username.clone(),
        display_name: form.display_name.clone(),
        role: form.role.clone(),
        country: form.country.clone(),
    };
    let username = match Username::parse(&form.username) {
        Ok(username) => username,
        Err(error) => return refuse(&state, &context, &admin, fields, format!("Username: {error}.")).await,
    };
    let display_name = form.display_name.trim();
    if display_name.is_empty() || display_name.chars().count() > 200 {
        return refuse(&state, &context, &admin, fields, "Name: give the person's name, up to 200 characters.".into())
            .await;
    }
    let country = match form.country.trim() {
        "" => None,
        code => match M49::parse(code) {
            Some(m49) => Some(m49),
            None => {
                return refuse(&state, &context, &admin, fields, format!("Country: {code:?} is not an M49 code."))
                    .await;
            }
        },
    };
    let role = match Role::from_parts(form.role.trim(), country) {
        Ok(role) => role,
        Err(error) => return refuse(&state, &context, &admin, fields, format!("Role: {error}.")).await,
    };
    let password = generate_password();
    let to_hash = password.clone();
    let hash = tokio::task::spawn_blocking(move || PasswordHash::new(&to_hash)).await.map_err(PageError::internal)?;
    let author = Author::account(&admin.0.account);
    let account =
        NewAccount { username, display_name: display_name.to_owned(), role, password_hash: hash.as_str().to_owned() };
    match state.store().create_account(&account, &author).await {
        Ok(created) => Ok(issued(&state, &context, &created.username, &password, "created")?.into_response()),
        Err(error @ (StoreError::Duplicate(_) | StoreError::NotFound(_))) => {
            refuse(&state, &context, &admin, fields, format!("{error}.")).await
        }
        Err(error) => Err(error.into()),
    }
}
