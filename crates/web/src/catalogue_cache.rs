//! The catalogue kept in memory and reloaded when the store's change log has moved on.

use std::sync::{Arc, RwLock};

use domain::catalogue::Catalogue;
use store::{Store, StoreError};

pub(crate) struct CatalogueCache {
    /// The catalogue and the id of the newest change-log entry it reflects.
    current: RwLock<(i64, Arc<Catalogue>)>,
}

impl CatalogueCache {
    pub(crate) async fn load(store: &Store) -> Result<CatalogueCache, StoreError> {
        let version = store.last_change_id().await?;
        let catalogue = Arc::new(store.catalogue().await?);
        Ok(CatalogueCache { current: RwLock::new((version, catalogue)) })
    }

    pub(crate) async fn current(&self, store: &Store) -> Result<Arc<Catalogue>, StoreError> {
        let latest = store.last_change_id().await?;
        {
            let current = self.current.read().unwrap_or_else(|poisoned| poisoned.into_inner());
            if current.0 >= latest {
                return Ok(current.1.clone());
            }
        }
        let catalogue = Arc::new(store.catalogue().await?);
        let mut current = self.current.write().unwrap_or_else(|poisoned| poisoned.into_inner());
        if current.0 < latest {
            *current = (latest, catalogue);
        }
        Ok(current.1.clone())
    }
}
