//! The state every handler shares: the store, the cached catalogue, templates and messages.

use std::sync::Arc;

use domain::catalogue::Catalogue;
use search::SearchIndex;
use store::{Store, StoreError};

use crate::{
    catalogue_cache::CatalogueCache,
    heavy_requests::{HeavyRequestLimits, HeavyRequests},
    i18n::Messages,
    search_cache::{Generation, SearchCache},
    site_identity::SiteIdentity,
    statistics_cache::StatisticsCache,
    templates::Templates,
};

/// Shared application state; cloning is cheap.
#[derive(Clone)]
pub struct AppState(Arc<Inner>);

struct Inner {
    store: Store,
    search_index: SearchIndex,
    catalogue: Arc<CatalogueCache>,
    templates: Templates,
    messages: Arc<Messages>,
    config: WebConfig,
    statistics: StatisticsCache,
    heavy_requests: HeavyRequests,
    search_cache: SearchCache,
}

/// How the web application is run.
#[derive(Debug, Clone)]
pub struct WebConfig {
    /// Mark cookies `Secure`, so browsers send them over HTTPS only. Turn on whenever the site
    /// is reached through HTTPS (as it must be anywhere but on this machine).
    pub secure_cookies: bool,
    /// Where the documents that come with replies are kept, each named by its SHA-256; by
    /// default `documents` beside the search index's folder, in the data folder.
    pub documents_folder: Option<std::path::PathBuf>,
    /// How many exports, imports and report downloads run at once, and how long the next
    /// ones wait.
    pub heavy_requests: HeavyRequestLimits,
    /// What the site calls itself, its logo, contact and publisher (`site.toml`).
    pub site: SiteIdentity,
    /// The bytes of recent API search answers kept to answer the same search again while
    /// nothing has changed; 0 keeps none.
    pub search_cache_bytes: usize,
}

impl WebConfig {
    /// The default budget of the search answer cache: 32 MiB, some thousands of answers.
    pub const DEFAULT_SEARCH_CACHE_BYTES: usize = 32 * 1024 * 1024;
}

impl Default for WebConfig {
    fn default() -> WebConfig {
        WebConfig {
            secure_cookies: false,
            documents_folder: None,
            heavy_requests: HeavyRequestLimits::default(),
            site: SiteIdentity::default(),
            search_cache_bytes: WebConfig::DEFAULT_SEARCH_CACHE_BYTES,
        }
    }
}

/// Why the application could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("a template does not compile: {0}")]
    Template(#[from] minijinja::Error),
    #[error("a message catalogue does not parse: {0}")]
    Messages(String),
}

impl AppState {
    /// The state over `store`, searching with `search_index` (which the caller keeps
    /// following the store, see [`SearchIndex::follow`]).
    pub async fn new(store: Store, search_index: SearchIndex) -> Result<AppState, StartError> {
        AppState::with_config(store, search_index, WebConfig::default()).await
    }

    pub async fn with_config(
        store: Store,
        search_index: SearchIndex,
        config: WebConfig,
    ) -> Result<AppState, StartError> {
        let messages = Arc::new(Messages::load().map_err(StartError::Messages)?);
        let templates = Templates::new(messages.clone())?;
        let catalogue = Arc::new(CatalogueCache::load(&store).await?);
        CatalogueCache::follow(&catalogue, store.clone());
        Ok(AppState(Arc::new(Inner {
            heavy_requests: HeavyRequests::new(config.heavy_requests),
            search_cache: SearchCache::new(config.search_cache_bytes),
            store,
            search_index,
            catalogue,
            templates,
            messages,
            config,
            statistics: StatisticsCache::default(),
        })))
    }

    pub(crate) fn statistics(&self) -> &StatisticsCache {
        &self.0.statistics
    }

    /// The places that exports, imports and report downloads take in turn.
    pub(crate) fn heavy_requests(&self) -> &HeavyRequests {
        &self.0.heavy_requests
    }

    pub(crate) fn config(&self) -> &WebConfig {
        &self.0.config
    }

    pub(crate) fn site(&self) -> &SiteIdentity {
        &self.0.config.site
    }

    /// The folder of the replies' documents.
    pub(crate) fn documents_folder(&self) -> std::path::PathBuf {
        match &self.0.config.documents_folder {
            Some(folder) => folder.clone(),
            None => self.0.search_index.folder().with_file_name("documents"),
        }
    }

    /// Where heavy requests keep what they write before sending it (the rows of an XLSX
    /// export): `tmp` in the data folder, beside the search index's folder.
    pub(crate) fn temporary_folder(&self) -> std::path::PathBuf {
        self.0.search_index.folder().with_file_name("tmp")
    }

    pub(crate) fn store(&self) -> &Store {
        &self.0.store
    }

    /// The catalogue as of the last catalogue change the follower or a write of this
    /// instance has seen: read from memory, with no store round-trip.
    pub(crate) async fn catalogue(&self) -> Result<Arc<Catalogue>, StoreError> {
        Ok(self.0.catalogue.current())
    }

    /// After a write: reads the catalogue again if the write changed it, and wakes the
    /// followers of the change log, so that the next page (and search) shows what was just
    /// written.
    pub(crate) async fn after_write(&self) {
        self.0.store.signal_change();
        if let Err(error) = self.0.catalogue.refresh(&self.0.store).await {
            tracing::warn!(%error, "the catalogue could not be read again after a write");
        }
    }

    pub(crate) fn search_cache(&self) -> &SearchCache {
        &self.0.search_cache
    }

    /// What a search answered now is computed from: the index snapshot and the catalogue.
    pub(crate) fn search_generation(&self) -> Generation {
        Generation { index_change: self.0.search_index.applied_change(), catalogue_change: self.0.catalogue.version() }
    }

    pub(crate) fn search_index(&self) -> &SearchIndex {
        &self.0.search_index
    }

    pub(crate) fn templates(&self) -> &Templates {
        &self.0.templates
    }

    pub(crate) fn messages(&self) -> &Messages {
        &self.0.messages
    }
}
