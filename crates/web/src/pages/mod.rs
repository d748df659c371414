//! The HTML pages, one handler per file, and what they share: rendering in the site layout,
//! the error page, the stylesheet.

mod account_password;
mod account_show;
mod account_token_create;
mod account_token_revoke;
mod admin_account_create;
mod admin_account_disable;
mod admin_account_password;
mod admin_accounts_index;
mod admin_audit;
mod admin_password_issued;
mod countries_index;
mod country_show;
mod cycle_create;
mod cycle_new;
mod cycle_replies;
mod cycle_report;
mod cycle_show;
mod cycles_index;
mod document_show;
mod home;
mod import_form;
mod import_submit;
mod import_template;
mod instrument_chart;
mod instrument_show;
mod instruments_index;
mod measure_access;
mod measure_card;
mod measure_create;
mod measure_edit;
mod measure_form;
mod measure_history;
mod measure_new;
mod measure_restore;
mod measure_show;
mod measure_transition;
mod measure_update;
mod measures_index;
mod pagination;
mod reply_create;
mod search;
mod search_export;
mod sign_in;
mod sign_in_form;
mod sign_out;
mod statistics_chart;
mod statistics_dataset_state;
mod statistics_datasets;
mod statistics_download;
mod statistics_index;
mod statistics_structure;
mod statistics_template;
mod statistics_upload;
mod stylesheet;
mod term_show;
mod vocabulary_show;
mod work_queue;

use axum::{
    Router,
    extract::{Request, State},
    http::StatusCode,
    middleware::Next,
    response::{Html, IntoResponse, Response},
    routing::{get, post},
};
use minijinja::{Value, context, value::Serde};
use serde::Serialize;

use crate::{
    error::{PageError, PageErrorDetails},
    page_context::PageContext,
    state::AppState,
};

pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(home::show))
        .route("/search", get(search::show))
        .route("/search/export.csv", get(search_export::csv))
        .route("/search/export.xlsx", get(search_export::xlsx))
        .route("/search/export.json", get(search_export::json))
        .route("/measures", get(measures_index::show).post(measure_create::submit))
        .route("/measures/new", get(measure_new::show))
        .route("/measures/{id}", get(measure_show::show))
        .route("/measures/{id}/edit", get(measure_edit::show).post(measure_update::submit))
        .route("/measures/{id}/history", get(measure_history::show))
        .route("/measures/{id}/transitions", post(measure_transition::submit))
        .route("/measures/{id}/restore", post(measure_restore::submit))
        .route("/countries", get(countries_index::show))
        .route("/countries/{code}", get(country_show::show))
        .route("/cycles", get(cycles_index::show).post(cycle_create::submit))
        .route("/cycles/new", get(cycle_new::show))
        .route(
            "/cycles/{code}/replies",
            get(cycle_replies::show)
                .post(reply_create::submit)
                .layer(axum::extract::DefaultBodyLimit::max(4 * reply_create::MAX_DOCUMENT_BYTES)),
        )
        .route("/documents/{sha256}", get(document_show::show))
        .route("/cycles/{code}", get(cycle_show::show))
        .route("/cycles/{code}/report", get(cycle_report::show))
        .route("/vocabularies/{code}", get(vocabulary_show::show))
        .route("/vocabularies/{code}/{term}", get(term_show::show))
        .route("/instruments", get(instruments_index::show))
        .route("/instruments/{code}", get(instrument_show::show))
        .route("/instruments/{code}/parties.svg", get(instrument_chart::show))
        .route("/statistics", get(statistics_index::show))
        .route("/statistics/chart.svg", get(statistics_chart::chart))
        .route("/statistics/map.svg", get(statistics_chart::map))
        .route("/statistics/table.csv", get(statistics_download::csv))
        .route("/statistics/table.xlsx", get(statistics_download::xlsx))
        .route("/statistics/table.sdmx.csv", get(statistics_download::sdmx))
        .route("/statistics/table.sdmx2.csv", get(statistics_download::sdmx_v2))
        .route("/statistics/structure.xml", get(statistics_structure::show))
        .route("/statistics/template.csv", get(statistics_template::records))
        .route("/statistics/counts-template.csv", get(statistics_template::counts))
        .route(
            "/statistics/datasets",
            get(statistics_datasets::show).post(statistics_upload::submit).layer(axum::extract::DefaultBodyLimit::max(
                statistics_upload::MAX_STATISTICS_UPLOAD_BYTES + 64 * 1024,
            )),
        )
        .route("/statistics/datasets/{id}/state", post(statistics_dataset_state::submit))
        .route("/assets/style.css", get(stylesheet::show))
        .route("/sign-in", get(sign_in_form::show).post(sign_in::submit))
        .route("/sign-out", post(sign_out::submit))
        .route("/account", get(account_show::show))
        .route("/account/password", post(account_password::submit))
        .route("/account/tokens", post(account_token_create::submit))
        .route("/account/tokens/{id}/revoke", post(account_token_revoke::submit))
        .route("/admin/accounts", get(admin_accounts_index::show).post(admin_account_create::submit))
        .route("/admin/accounts/{username}/disable", post(admin_account_disable::submit))
        .route("/admin/accounts/{username}/password", post(admin_account_password::submit))
        .route("/admin/audit", get(admin_audit::show))
        .route("/work", get(work_queue::show))
        .route(
            "/import",
            get(import_form::show)
                .post(import_submit::submit)
                // Room for the largest file and the form's other fields.
                .layer(axum::extract::DefaultBodyLimit::max(crate::measure_import::MAX_UPLOAD_BYTES + 64 * 1024)),
        )
        .route("/import/template.csv", get(import_template::csv))
        .route("/import/template.xlsx", get(import_template::xlsx))
        .route("/import/template.json", get(import_template::json))
}

/// Renders `template` in the site layout, with `data` as `page`.
pub(crate) fn render(
    state: &AppState,
    context: &PageContext,
    template: &str,
    data: impl Serialize,
) -> Result<Html<String>, PageError> {
    let html = state.templates().render(
        template,
        context! {
            lang => context.language.code(),
            dir => if context.language.is_right_to_left() { "rtl" } else { "ltr" },
            language_links => Value::from(Serde(context.language_links())),
            viewer => Value::from(Serde(&context.viewer)),
            page => Value::from(Serde(&data)),
        },
    )?;
    Ok(Html(html))
}

/// Replaces the plain body of an error from a page handler with the error page.
pub(crate) async fn render_error_pages(
    State(state): State<AppState>,
    context: PageContext,
    request: Request,
    next: Next,
) -> Response {
    let response = next.run(request).await;
    let Some(details) = response.extensions().get::<PageErrorDetails>().cloned() else {
        return response;
    };
    let status = response.status();
    error_page(&state, &context, status, &details.message)
}

fn error_page(state: &AppState, context: &PageContext, status: StatusCode, message: &str) -> Response {
    #[derive(Serialize)]
    struct ErrorPage<'a> {
        status: u16,
        reason: &'a str,
        message: &'a str,
    }
    let page = ErrorPage { status: status.as_u16(), reason: status.canonical_reason().unwrap_or("Error"), message };
    match render(state, context, "error.html", page) {
        Ok(html) => (status, html).into_response(),
        Err(_) => (status, message.to_owned()).into_response(),
    }
}

/// The answer to any address that matches no route.
pub(crate) async fn not_found(State(state): State<AppState>, context: PageContext, request: Request) -> Response {
    if request.uri().path().starts_with("/api/") {
        return crate::error::ApiError::not_found(format!("no API route at {}", request.uri().path())).into_response();
    }
    let message = state.messages().text(context.language, "error-no-such-page", &[]);
    error_page(&state, &context, StatusCode::NOT_FOUND, &message)
}
