//! The incident cube the statistics pages ask, kept in memory and brought up to date with the
//! store before each question: datasets written since (by the web or by `vawdb statistics
//! import`) are read and appended; publication states are read fresh every time.

use std::sync::{Arc, Mutex, OnceLock, RwLock};

use incident_statistics::{
    cube::{CountTable, IncidentCube, PivotQuery},
    dimension::Classification,
    disclosure::DEFAULT_THRESHOLD,
    release::Release,
    upload_read::Upload,
};
use store::{DatasetState, StatisticsDataset, Store, StoreError};

/// The cube and the code lists it was built with; cloning is cheap.
#[derive(Clone)]
pub(crate) struct StatisticsCache {
    cube: Arc<RwLock<IncidentCube>>,
    classification: Arc<OnceLock<Arc<Classification>>>,
    /// The place code of each State's M49 code, read with the code lists, so that a question
    /// needs no look at the catalogue.
    places_by_m49: Arc<OnceLock<std::collections::HashMap<u16, u16>>>,
    /// The public release, with the published datasets and thresholds it was built from.
    release: SharedRelease,
}

/// The last release built, shared by every request, with what it was built from.
type SharedRelease = Arc<Mutex<Option<(ReleaseKey, Arc<Release>)>>>;

/// What a release depends on: the published datasets, each with its threshold and the code
/// of its provider's State.
type ReleaseKey = Vec<(i64, u64, u16)>;

impl Default for StatisticsCache {
    fn default() -> StatisticsCache {
        StatisticsCache {
            cube: Arc::new(RwLock::new(IncidentCube::new())),
            classification: Arc::default(),
            places_by_m49: Arc::default(),
            release: Arc::default(),
        }
    }
}

/// What a pivot was answered from: the datasets as they stand in the store.
pub(crate) struct StatisticsSnapshot {
    pub(crate) classification: Arc<Classification>,
    pub(crate) datasets: Vec<StatisticsDataset>,
    cube: Arc<RwLock<IncidentCube>>,
    release: SharedRelease,
    /// The place code of each dataset's provider's State.
    provider_places: Vec<(i64, u16)>,
}

impl StatisticsCache {
    /// The code lists, with States and areas from the store's reference data.
    pub(crate) async fn classification(&self, store: &Store) -> Result<Arc<Classification>, StoreError> {
        if let Some(classification) = self.classification.get() {
            return Ok(classification.clone());
        }
        let catalogue = store.catalogue().await?;
        let classification = Arc::new(Classification::new(catalogue.countries()));
        let places = catalogue
            .countries()
            .iter()
            .filter_map(|country| Some((country.m49.get(), classification.place(&country.iso3)?)))
            .collect();
        let _ = self.places_by_m49.set(places);
        Ok(self.classification.get_or_init(|| classification).clone())
    }

    /// The cube with every dataset in the store, and the datasets' current states.
    pub(crate) async fn snapshot(&self, store: &Store) -> Result<StatisticsSnapshot, StoreError> {
        let classification = self.classification(store).await?;
        let datasets = store.statistics_datasets().await?;
        let missing: Vec<&StatisticsDataset> = {
            let cube = self.cube.read().unwrap_or_else(std::sync::PoisonError::into_inner);
            datasets.iter().filter(|dataset| !cube.contains(dataset.id)).collect()
        };
        for dataset in missing {
            let rows = store.statistics_dataset_rows(dataset, &classification).await?;
            let mut cube = self.cube.write().unwrap_or_else(std::sync::PoisonError::into_inner);
            // Another request may have added it while the rows were read.
            if cube.contains(dataset.id) {
                continue;
            }
            match rows {
                Upload::Records(records) => cube.add_records(dataset.id, records),
                Upload::Counts(counts) => cube.add_counts(dataset.id, counts),
            }
        }
        let places = self.places_by_m49.get();
        let provider_places = datasets
            .iter()
            .map(|dataset| {
                let place = places.and_then(|places| places.get(&dataset.provider_country)).copied().unwrap_or(0);
                (dataset.id, place)
            })
            .collect();
        Ok(StatisticsSnapshot {
            classification,
            datasets,
            cube: self.cube.clone(),
            release: self.release.clone(),
            provider_places,
        })
    }
}

impl StatisticsSnapshot {
    /// Answers `query` over the datasets `visible` accepts, off the async threads: a pivot
    /// over millions of records is a scan of tens of milliseconds.
    pub(crate) async fn pivot(&self, query: PivotQuery, visible: impl Fn(&StatisticsDataset) -> bool) -> CountTable {
        let mut allowed: Vec<i64> =
            self.datasets.iter().filter(|dataset| visible(dataset)).map(|dataset| dataset.id).collect();
        allowed.sort_unstable();
        let cube = self.cube.clone();
        let classification = self.classification.clone();
        tokio::task::spawn_blocking(move || {
            let cube = cube.read().unwrap_or_else(std::sync::PoisonError::into_inner);
            cube.pivot(&query, &classification, &|dataset| allowed.binary_search(&dataset).is_ok())
        })
        .await
        .expect("a pivot does not panic")
    }

    /// The public release of the published datasets: built when they change, off the async
    /// threads, and kept until they change again.
    pub(crate) async fn release(&self) -> Arc<Release> {
        let published: Vec<&StatisticsDataset> =
            self.datasets.iter().filter(|dataset| dataset.state == DatasetState::Published).collect();
        let mut key: ReleaseKey = published
            .iter()
            .map(|dataset| {
                let place = self.provider_places.iter().find(|(id, _)| *id == dataset.id).map_or(0, |(_, p)| *p);
                (dataset.id, dataset.threshold, place)
            })
            .collect();
        key.sort_unstable();
        if let Some((built_for, release)) =
            self.release.lock().unwrap_or_else(std::sync::PoisonError::into_inner).as_ref()
            && *built_for == key
        {
            return release.clone();
        }
        let threshold = key.iter().map(|(_, threshold, _)| *threshold).max().unwrap_or(DEFAULT_THRESHOLD);
        let cube = self.cube.clone();
        let classification = self.classification.clone();
        let for_build = key.clone();
        let release = tokio::task::spawn_blocking(move || {
            let cube = cube.read().unwrap_or_else(std::sync::PoisonError::into_inner);
            let visible = |dataset: i64| for_build.binary_search_by_key(&dataset, |(id, _, _)| *id).is_ok();
            let place =
                |dataset: i64| for_build.iter().find(|(id, _, _)| *id == dataset).map_or(0, |(_, _, place)| *place);
            Arc::new(Release::build(&cube, &classification, &visible, &place, threshold))
        })
        .await
        .expect("building a release does not panic");
        *self.release.lock().unwrap_or_else(std::sync::PoisonError::into_inner) = Some((key, release.clone()));
        release
    }

    /// How many records of a dataset count in no table, and why.
    pub(crate) fn left_out(&self, dataset: i64) -> incident_statistics::cube::LeftOut {
        self.cube.read().unwrap_or_else(std::sync::PoisonError::into_inner).left_out(dataset)
    }
}
