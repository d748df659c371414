//! The catalogue kept in memory: handlers read it without asking the store; it is read again
//! only when a record it is made of (a country, region, vocabulary, term, actor, cycle or
//! instrument) has changed, as the change log tells the follower, or as soon as a write
//! request of this instance has finished.

use std::sync::{Arc, RwLock, Weak};

use domain::catalogue::Catalogue;
use store::{Store, StoreError};

pub(crate) struct CatalogueCache {
    /// The catalogue and the id of the newest catalogue change-log entry it reflects.
    current: RwLock<(i64, Arc<Catalogue>)>,
    /// Held while the catalogue is read again, so that two refreshes at once read it once.
    refreshing: tokio::sync::Mutex<()>,
}

impl CatalogueCache {
    pub(crate) async fn load(store: &Store) -> Result<CatalogueCache, StoreError> {
        let version = store.last_catalogue_change_id().await?;
        let catalogue = Arc::new(store.catalogue().await?);
        Ok(CatalogueCache { current: RwLock::new((version, catalogue)), refreshing: tokio::sync::Mutex::new(()) })
    }

    /// The catalogue as of the last refresh: no store round-trip.
    pub(crate) fn current(&self) -> Arc<Catalogue> {
        self.current.read().unwrap_or_else(std::sync::PoisonError::into_inner).1.clone()
    }

    /// Reads the catalogue again if a catalogue record has changed since it was read; says
    /// whether it did.
    pub(crate) async fn refresh(&self, store: &Store) -> Result<bool, StoreError> {
        let _refreshing = self.refreshing.lock().await;
        let latest = store.last_catalogue_change_id().await?;
        if self.version() >= latest {
            return Ok(false);
        }
        let catalogue = Arc::new(store.catalogue().await?);
        *self.current.write().unwrap_or_else(std::sync::PoisonError::into_inner) = (latest, catalogue);
        Ok(true)
    }

    /// The id of the newest catalogue change the catalogue held reflects.
    pub(crate) fn version(&self) -> i64 {
        self.current.read().unwrap_or_else(std::sync::PoisonError::into_inner).0
    }

    /// Follows the store in the background: refreshes whenever the store signals a change
    /// and at least every [`Store::follow_interval`] (for changes another instance or the
    /// command line made). The task ends once the cache is dropped.
    pub(crate) fn follow(cache: &Arc<CatalogueCache>, store: Store) {
        let cache: Weak<CatalogueCache> = Arc::downgrade(cache);
        let mut changes = store.change_signal();
        let interval = store.follow_interval();
        tokio::spawn(async move {
            loop {
                tokio::select! {
                    () = tokio::time::sleep(interval) => {}
                    Ok(()) = changes.changed() => {}
                }
                let Some(cache) = cache.upgrade() else { return };
                if let Err(error) = cache.refresh(&store).await {
                    tracing::warn!(%error, "the catalogue could not be read again; retrying");
                }
            }
        });
    }
}
