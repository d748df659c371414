//! `vawdb serve`: serve the web application until interrupted.

use store::Store;
use tokio::net::TcpListener;

use super::reindex::IndexOpening;
use crate::{
    cli::{ServeArguments, StoreArguments},
    failure::{EXIT_CANNOT_LISTEN, EXIT_INVALID_INPUT, Failure},
};

pub(crate) async fn run(store_arguments: &StoreArguments, arguments: &ServeArguments) -> Result<(), Failure> {
    let listener = listen(arguments).await?;
    let store = super::open_store(store_arguments).await?;
    super::load_reference(&store).await?;
    serve(listener, store, store_arguments, arguments, IndexOpening::BuildWhileServing).await
}

/// Claims the address first, so that a busy port is reported before any slow work.
pub(crate) async fn listen(arguments: &ServeArguments) -> Result<TcpListener, Failure> {
    web::bind(&arguments.listen).await.map_err(|error| Failure::new(EXIT_CANNOT_LISTEN, error.to_string()))
}

pub(crate) async fn serve(
    listener: TcpListener,
    store: Store,
    store_arguments: &StoreArguments,
    arguments: &ServeArguments,
    opening: IndexOpening,
) -> Result<(), Failure> {
    let address = listener.local_addr().map_err(Failure::general)?;
    let site = site_identity(store_arguments, arguments)?;
    let search_index = super::reindex::open_search_index(&store_arguments.search_folder(), &store, opening).await?;
    let follower = search_index.follow(store.clone());
    let state = web::AppState::with_config(
        store.clone(),
        search_index,
        web::WebConfig {
            secure_cookies: arguments.secure_cookies,
            documents_folder: Some(store_arguments.documents_folder()),
            heavy_requests: web::HeavyRequestLimits::default(),
            site,
            search_cache_bytes: arguments.search_cache_mb.saturating_mul(1024 * 1024),
        },
    )
    .await
    .map_err(Failure::general)?;
    println!("vawdb is serving on http://{address}/ (press Ctrl+C to stop)");
    let shutdown = async {
        // If the signal cannot be watched, serve until killed.
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    web::serve(listener, state, shutdown).await.map_err(Failure::general)?;
    follower.abort();
    store.close().await;
    Ok(())
}

/// The site identity from `--site-config`, else from `site.toml` in the data folder when it is
/// there. A file named on the command line must exist; a file that does not parse stops the
/// start with its place named, before anything is served.
fn site_identity(store_arguments: &StoreArguments, arguments: &ServeArguments) -> Result<web::SiteIdentity, Failure> {
    let (file, must_exist) = match &arguments.site_config {
        Some(file) => (file.clone(), true),
        None => (store_arguments.default_site_config(), false),
    };
    let text = match std::fs::read_to_string(&file) {
        Ok(text) => text,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound && !must_exist => {
            return Ok(web::SiteIdentity::default());
        }
        Err(error) => return Err(Failure::new(EXIT_INVALID_INPUT, format!("{}: {error}", file.display()))),
    };
    web::SiteIdentity::from_toml(&text, &file).map_err(|error| Failure::new(EXIT_INVALID_INPUT, error.to_string()))
}
