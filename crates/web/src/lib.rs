//! vawdb's web application and JSON API: the one crate that knows HTTP.
//!
//! Pages are rendered on the server from templates (no build step, no script needed to read
//! them); the JSON API lives under `/api/v1/` and is described by an OpenAPI document at
//! `/api/v1/openapi.json`.
//!
//! ```no_run
//! # async fn example(store: store::Store) -> Result<(), Box<dyn std::error::Error>> {
//! let (search_index, _) = search::SearchIndex::open("vawdb-data/search".as_ref(), &store, &|_, _| {}).await?;
//! search_index.follow(store.clone());
//! let state = web::AppState::new(store, search_index).await?;
//! let listener = web::bind("127.0.0.1:8080").await?;
//! web::serve(listener, state, std::future::pending()).await?;
//! # Ok(()) }
//! ```
//!
//! **Architecture invariant:** every handler reads measures through [`store::Visibility`]:
//! the public routes ask for published measures only, so no page, count or API response can
//! show a draft. Searches go to the search index, which holds published measures only.

mod after_writes;
mod api;
mod api_client;
mod catalogue_cache;
mod csrf;
#[cfg(test)]
mod domain_message_tests;
mod error;
mod export_rate;
mod heavy_requests;
mod i18n;
mod language_choice;
mod link_with_language;
mod list_params;
mod measure_import;
mod page_context;
mod pages;
mod pending_uploads;
mod search_cache;
mod search_params;
mod security_headers;
mod session;
mod site_identity;
mod state;
mod statistics_cache;
mod statistics_view;
mod templates;
mod treaty_views;

use std::{future::Future, io, net::SocketAddr};

use axum::Router;
use tokio::net::TcpListener;

pub use heavy_requests::HeavyRequestLimits;
pub use site_identity::{Contact, SiteIdentity, SiteIdentityError, SiteLogo};
pub use state::{AppState, StartError, WebConfig};

/// The application's routes, pages and API together.
pub fn router(state: AppState) -> Router {
    let pages = pages::routes()
        .layer(axum::middleware::from_fn_with_state(state.clone(), pages::error_pages::render_error_pages));
    Router::new()
        .merge(pages)
        .nest("/api/v1", api::routes())
        .fallback(pages::error_pages::not_found)
        .layer(axum::middleware::from_fn_with_state(state.clone(), after_writes::follow_up))
        .layer(axum::middleware::from_fn_with_state(state.clone(), session::load))
        .layer(axum::middleware::from_fn(csrf::refuse_cross_site_posts))
        .layer(axum::middleware::from_fn_with_state(state.clone(), security_headers::add))
        .with_state(state)
}

/// Why the server could not listen.
#[derive(Debug, thiserror::Error)]
pub enum BindError {
    #[error(
        "cannot listen on {address}: the address is already in use; stop the other program or choose another address with --listen"
    )]
    AddressInUse { address: String },
    #[error("cannot listen on {address}: {source}")]
    Other { address: String, source: io::Error },
}

/// Opens the listening socket, with a clear error when the port is taken.
pub async fn bind(address: &str) -> Result<TcpListener, BindError> {
    TcpListener::bind(address).await.map_err(|source| match source.kind() {
        io::ErrorKind::AddrInUse => BindError::AddressInUse { address: address.to_owned() },
        _ => BindError::Other { address: address.to_owned(), source },
    })
}

/// Serves the application on `listener` until `shutdown` completes.
pub async fn serve(
    listener: TcpListener,
    state: AppState,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> io::Result<()> {
    let app = router(state).into_make_service_with_connect_info::<SocketAddr>();
    axum::serve(listener, app).with_graceful_shutdown(shutdown).await
}
