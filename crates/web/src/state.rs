//! The state every handler shares: the store, the cached catalogue, templates and messages.

use std::sync::Arc;

use domain::catalogue::Catalogue;
use search::SearchIndex;
use store::{Store, StoreError};

use crate::{
    catalogue_cache::CatalogueCache,
    export_rate::ExportRate,
    heavy_requests::{HeavyRequestLimits, HeavyRequests},
    i18n::Messages,
    pending_uploads::PendingUploads,
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
    catalogue: CatalogueCache,
    templates: Templates,
    messages: Arc<Messages>,
    config: WebConfig,
    pending_uploads: PendingUploads,
    statistics: StatisticsCache,
    heavy_requests: HeavyRequests,
    export_rate: ExportRate,
}

/// How the web application is run.
#[derive(Debug, Clone, Default)]
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
        let catalogue = CatalogueCache::load(&store).await?;
        Ok(AppState(Arc::new(Inner {
            heavy_requests: HeavyRequests::new(config.heavy_requests),
            export_rate: ExportRate::default(),
            store,
            search_index,
            catalogue,
            templates,
            messages,
            config,
            pending_uploads: PendingUploads::default(),
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

    /// Each anonymous address's allowance of exports.
    pub(crate) fn export_rate(&self) -> &ExportRate {
        &self.0.export_rate
    }

    pub(crate) fn pending_uploads(&self) -> &PendingUploads {
        &self.0.pending_uploads
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

    /// The catalogue as of the latest change in the store.
    pub(crate) async fn catalogue(&self) -> Result<Arc<Catalogue>, StoreError> {
        self.0.catalogue.current(&self.0.store).await
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
