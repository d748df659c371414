//! The live search index: opening (and rebuilding when missing, stale or corrupt), following
//! the store's change log, swapping in an index rebuilt elsewhere, and serving searches from
//! the latest snapshot.

use std::{
    collections::{BTreeSet, HashMap},
    path::{Path, PathBuf},
    sync::{
        Arc, RwLock,
        atomic::{AtomicBool, Ordering},
    },
};

use domain::measure::ExternalId;
use serde::{Deserialize, Serialize};
use store::{ChangedEntity, Store, Visibility};
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term};

use crate::{
    analysis::{self, Analyzers},
    error::SearchError,
    execute,
    facet_table::tables_for,
    folder,
    label_match::LabelMatcher,
    request::{SearchRequest, SearchResults},
    schema::{self, Fields, SCHEMA_VERSION},
    snapshot::Snapshot,
    taxonomy::Taxonomy,
};

/// Memory the index writer may use before it writes a segment.
const WRITER_MEMORY: usize = 64 * 1024 * 1024;

/// Change-log entries read at a time.
const CHANGES_PER_BATCH: i64 = 1000;

/// Measures read at a time when rebuilding.
const MEASURES_PER_BATCH: i64 = 1000;

/// Beyond this many changes behind, rebuilding is quicker than catching up.
const MOST_CHANGES_TO_CATCH_UP: i64 = 20_000;

/// How long the follower waits after a signal before it catches up, so that a burst of
/// writes makes one commit of the index, not one each.
const COALESCE_SIGNALS: std::time::Duration = std::time::Duration::from_millis(20);

/// The change-log entities that change what facet tables and label matching are built from.
const CATALOGUE_ENTITIES: &[ChangedEntity] = &[
    ChangedEntity::Country,
    ChangedEntity::Region,
    ChangedEntity::Vocabulary,
    ChangedEntity::Term,
    ChangedEntity::Actor,
    ChangedEntity::Cycle,
];

/// The search index of a store, kept in a folder of its own. Cloning is cheap; every clone
/// is the same index.
#[derive(Clone)]
pub struct SearchIndex {
    shared: Arc<Shared>,
}

/// How an index was opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Opened {
    /// The index on disk was used and brought up to date.
    Existing { changes_applied: usize },
    /// There was no usable index; one was built.
    Rebuilt { reason: String, measures: u64 },
    /// There was no usable index; the follower builds one (see
    /// [`SearchIndex::open_while_building`]) and searches answer [`SearchError::Building`]
    /// until it is done.
    Building { reason: String },
}

/// What a rebuild did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RebuildReport {
    pub index_name: String,
    pub measures: u64,
    /// The last change-log entry the new index reflects.
    pub change: i64,
    /// Old index directories removed.
    pub removed: usize,
}

impl SearchIndex {
    /// Opens the index in `folder` for `store`, building it if it is missing, was built for
    /// another store or another version of vawdb, or cannot be read, and then applying every
    /// change it has not seen. `progress` hears of a rebuild's progress (measures done, in
    /// all).
    pub async fn open(
        folder: &Path,
        store: &Store,
        progress: &(dyn Fn(u64, u64) + Sync),
    ) -> Result<(SearchIndex, Opened), SearchError> {
        let (existing, identity, _) = usable_index(folder, store).await?;
        let (live, opened) = match existing {
            Ok(live) => (live, None),
            Err(reason) => {
                tracing::info!(folder = %folder.display(), %reason, "building the search index");
                let built = build(folder, store, progress).await?;
                folder::set_current(folder, &built.index_name)?;
                let live = open_existing(folder, &built.index_name, &identity, i64::MAX)?.map_err(|reason| {
                    SearchError::Index(tantivy::TantivyError::InternalError(format!(
                        "the index just built cannot be opened: {reason}"
                    )))
                })?;
                (live, Some(Opened::Rebuilt { reason, measures: built.measures }))
            }
        };
        folder::remove_unused(folder, &live.name);
        let index = SearchIndex::over(folder, live, store, Pending::Nothing).await?;
        let changes_applied = index.catch_up(store).await?;
        Ok((index, opened.unwrap_or(Opened::Existing { changes_applied })))
    }

    /// Opens the index in `folder` for `store` as [`SearchIndex::open`] does, but without
    /// waiting for a build: when there is no usable index it returns at once with an empty
    /// one, and the follower ([`SearchIndex::follow`]) builds the real one in the background.
    /// Until then searches answer [`SearchError::Building`], so a server can take requests
    /// (and every page that does not search works) from its first second, however large the
    /// store.
    pub async fn open_while_building(folder: &Path, store: &Store) -> Result<(SearchIndex, Opened), SearchError> {
        let (existing, _, last_change) = usable_index(folder, store).await?;
        match existing {
            Ok(live) => {
                folder::remove_unused(folder, &live.name);
                let index = SearchIndex::over(folder, live, store, Pending::Nothing).await?;
                let changes_applied = index.catch_up(store).await?;
                Ok((index, Opened::Existing { changes_applied }))
            }
            Err(reason) => {
                tracing::info!(folder = %folder.display(), %reason, "the search index will be built while serving");
                let live = empty_in_memory(last_change)?;
                let index = SearchIndex::over(folder, live, store, Pending::Build).await?;
                Ok((index, Opened::Building { reason }))
            }
        }
    }

    /// Whether searches wait for the index to be built (see [`SearchError::Building`]).
    pub fn is_building(&self) -> bool {
        self.shared.building.load(Ordering::SeqCst)
    }

    /// Searches the latest snapshot. Only published measures are in the index, so nothing a
    /// search returns or counts can be a draft.
    pub fn search(&self, request: &SearchRequest) -> Result<SearchResults, SearchError> {
        self.refuse_while_building()?;
        let snapshot = self.snapshot();
        self.guarded(|| execute::search(&snapshot, request))
    }

    /// The store ids of every measure the request matches, in its order, ignoring its page:
    /// what an export of a search result writes. Like [`SearchIndex::search`], published
    /// measures only.
    pub fn all_matches(&self, request: &SearchRequest) -> Result<Vec<i64>, SearchError> {
        self.refuse_while_building()?;
        let snapshot = self.snapshot();
        self.guarded(|| execute::matching_store_ids(&snapshot, request))
    }

    /// Whether a read of the index has failed since the last rebuild began.
    pub fn is_damaged(&self) -> bool {
        self.shared.damaged.load(Ordering::SeqCst)
    }

    /// Rebuilds the index from the store if a read of it has failed, and switches to the new
    /// one; searches go on from the old one meanwhile. What the follower calls.
    pub async fn repair_if_damaged(&self, store: &Store) -> Result<bool, SearchError> {
        let building = self.is_building();
        if !building && !self.shared.damaged.swap(false, Ordering::SeqCst) {
            return Ok(false);
        }
        if building {
            tracing::info!(folder = %self.shared.folder.display(), "building the search index while serving");
        } else {
            tracing::warn!(folder = %self.shared.folder.display(), "rebuilding the damaged search index");
        }
        if let Err(error) = rebuild(&self.shared.folder, store, &|_, _| {}).await {
            if !building {
                self.shared.damaged.store(true, Ordering::SeqCst);
            }
            return Err(error);
        }
        // Applying the changes switches to the index just built (it is now the one `CURRENT`
        // names); only then do searches stop answering that the index is being built.
        self.apply_changes(store).await?;
        Ok(true)
    }

    fn refuse_while_building(&self) -> Result<(), SearchError> {
        if self.is_building() { Err(SearchError::Building) } else { Ok(()) }
    }

    /// The index over an opened directory `live`, with the catalogue `store` has now.
    async fn over(folder: &Path, live: Live, store: &Store, pending: Pending) -> Result<SearchIndex, SearchError> {
        let catalogue = Arc::new(store.catalogue().await?);
        let mut analyzers = Analyzers::new();
        let taxonomy = Arc::new(Taxonomy::new(&catalogue));
        let labels = Arc::new(LabelMatcher::new(&catalogue, &taxonomy, &mut analyzers));
        let state = LiveState { live, taxonomy, labels, analyzers };
        let snapshot = Arc::new(snapshot_of(&state, &HashMap::new())?);
        Ok(SearchIndex {
            shared: Arc::new(Shared {
                folder: folder.to_owned(),
                snapshot: RwLock::new(snapshot),
                state: tokio::sync::Mutex::new(state),
                damaged: AtomicBool::new(false),
                building: AtomicBool::new(matches!(pending, Pending::Build)),
            }),
        })
    }

    /// Runs a read of the index. A read that fails or panics on what it finds in the files
    /// (they were damaged on disk) marks the index for a rebuild and answers
    /// [`SearchError::Damaged`], which the web application answers with 503 rather than 500.
    fn guarded<T>(&self, read: impl FnOnce() -> Result<T, SearchError>) -> Result<T, SearchError> {
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(read));
        let reason = match outcome {
            Ok(Ok(found)) => return Ok(found),
            Ok(Err(error @ (SearchError::Index(_) | SearchError::Io { .. }))) => error.to_string(),
            Ok(Err(other)) => return Err(other),
            Err(panic) => panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|text| (*text).to_owned()))
                .unwrap_or_else(|| "a read of the index panicked".to_owned()),
        };
        tracing::error!(%reason, "a read of the search index failed; it will be rebuilt from the store");
        self.shared.damaged.store(true, Ordering::SeqCst);
        Err(SearchError::Damaged)
    }

    /// The last change-log entry searches see.
    pub fn applied_change(&self) -> i64 {
        self.snapshot().applied_change
    }

    /// The name of the index directory searches read.
    pub fn index_name(&self) -> String {
        self.snapshot().index_name.clone()
    }

    /// The folder the index lives in.
    pub fn folder(&self) -> &Path {
        &self.shared.folder
    }

    /// Applies every change-log entry not applied yet, and switches to an index rebuilt
    /// meanwhile by `vawdb reindex`. Returns the number of entries applied.
    pub async fn catch_up(&self, store: &Store) -> Result<usize, SearchError> {
        // The stand-in of an index being built has nothing to apply changes to; the follower
        // applies them to the built index once it switches to it.
        if self.is_building() {
            return Ok(0);
        }
        self.apply_changes(store).await
    }

    async fn apply_changes(&self, store: &Store) -> Result<usize, SearchError> {
        let mut state = self.shared.state.lock().await;
        let swapped = self.follow_swap(&mut state)?;
        let mut changed = swapped;
        let mut applied = 0;
        let mut catalogue_changed = false;
        loop {
            let changes = store.changes_after(state.live.applied, CHANGES_PER_BATCH).await?;
            let Some(last) = changes.last().map(|change| change.id) else { break };
            let mut keys = BTreeSet::new();
            for change in &changes {
                if change.entity == ChangedEntity::Measure {
                    keys.insert(change.entity_key.clone());
                } else if CATALOGUE_ENTITIES.contains(&change.entity) {
                    catalogue_changed = true;
                }
            }
            let external_ids: Vec<ExternalId> = keys.iter().filter_map(|key| ExternalId::parse(key).ok()).collect();
            let records = store.measures_by_external_ids(&external_ids).await?;
            let live = &mut state.live;
            for key in &keys {
                live.writer.delete_term(Term::from_field_text(live.fields.external_id, key));
            }
            for record in records.iter().filter(|record| record.measure.state.is_public()) {
                live.writer.add_document(schema::document(&live.fields, record))?;
            }
            commit(&mut live.writer, &Payload::new(last, &store.identity().await?))?;
            live.applied = last;
            applied += changes.len();
            changed = true;
        }
        if catalogue_changed {
            let catalogue = Arc::new(store.catalogue().await?);
            state.taxonomy = Arc::new(Taxonomy::new(&catalogue));
            let mut analyzers = Analyzers::new();
            state.labels = Arc::new(LabelMatcher::new(&catalogue, &state.taxonomy, &mut analyzers));
        }
        if changed {
            state.live.reader.reload()?;
            let cache = {
                let current = self.snapshot();
                if Arc::ptr_eq(&current.taxonomy, &state.taxonomy) { current.table_cache() } else { HashMap::new() }
            };
            let snapshot = Arc::new(snapshot_of(&state, &cache)?);
            *self.shared.snapshot.write().unwrap_or_else(|poisoned| poisoned.into_inner()) = snapshot;
        }
        if swapped {
            // Only now that searches read the switched-to index may they stop waiting for it.
            self.shared.building.store(false, Ordering::SeqCst);
        }
        Ok(applied)
    }

    /// Follows the store in the background: applies new changes whenever the store signals
    /// some ([`Store::change_signal`]: PostgreSQL's notifications, this process's writes) and
    /// at least every [`Store::follow_interval`]. Errors are logged and retried; the task
    /// ends when the runtime does.
    pub fn follow(&self, store: Store) -> tokio::task::JoinHandle<()> {
        let index = self.clone();
        let mut changes = store.change_signal();
        let interval = store.follow_interval();
        tokio::spawn(async move {
            loop {
                if let Err(error) = index.repair_if_damaged(&store).await {
                    tracing::warn!(%error, "the damaged search index could not be rebuilt; retrying");
                }
                if let Err(error) = index.catch_up(&store).await {
                    tracing::warn!(%error, "the search index could not apply the latest changes; retrying");
                }
                tokio::select! {
                    () = tokio::time::sleep(interval) => {}
                    Ok(()) = changes.changed() => {
                        // Writes come in bursts (a statement each): the changes of the next
                        // moment are applied in the same commit.
                        tokio::time::sleep(COALESCE_SIGNALS).await;
                    }
                }
            }
        })
    }

    fn snapshot(&self) -> Arc<Snapshot> {
        self.shared.snapshot.read().unwrap_or_else(|poisoned| poisoned.into_inner()).clone()
    }

    /// Switches to the index `CURRENT` names if it is not the one in use.
    fn follow_swap(&self, state: &mut LiveState) -> Result<bool, SearchError> {
        let folder = &self.shared.folder;
        let Some(name) = folder::current(folder)? else { return Ok(false) };
        if name == state.live.name {
            return Ok(false);
        }
        match open_existing(folder, &name, "", i64::MAX)? {
            Ok(live) => {
                tracing::info!(index = %name, "switching to the rebuilt search index");
                state.live = live;
                folder::remove_unused(folder, &name);
                Ok(true)
            }
            Err(reason) => {
                tracing::warn!(index = %name, %reason, "cannot switch to the rebuilt search index; keeping the old one");
                Ok(false)
            }
        }
    }
}

/// Builds a new index of `store` in `folder` and makes it the one in use, while searches go
/// on from the old one; a server following the folder switches to it at its next look at the
/// change log. `progress` hears of measures done and in all.
pub async fn rebuild(
    folder: &Path,
    store: &Store,
    progress: &(dyn Fn(u64, u64) + Sync),
) -> Result<RebuildReport, SearchError> {
    std::fs::create_dir_all(folder).map_err(|error| SearchError::io(folder, error))?;
    let mut built = build(folder, store, progress).await?;
    folder::set_current(folder, &built.index_name)?;
    built.removed = folder::remove_unused(folder, &built.index_name).len();
    Ok(built)
}

struct Shared {
    folder: PathBuf,
    snapshot: RwLock<Arc<Snapshot>>,
    state: tokio::sync::Mutex<LiveState>,
    /// Set when a read of the index failed; the follower then rebuilds it.
    damaged: AtomicBool,
    /// Set while the index in use is the empty stand-in of
    /// [`SearchIndex::open_while_building`]; cleared when the follower switches to the index
    /// it built.
    building: AtomicBool,
}

/// What the follower must do first with a newly opened index.
enum Pending {
    Nothing,
    Build,
}

/// What only the follower touches: the writer, and the catalogue the snapshots use.
struct LiveState {
    live: Live,
    taxonomy: Arc<Taxonomy>,
    labels: Arc<LabelMatcher>,
    analyzers: Analyzers,
}

/// An index directory opened for reading and writing.
struct Live {
    name: String,
    reader: IndexReader,
    writer: IndexWriter,
    fields: Fields,
    applied: i64,
}

/// What each commit records in the index: the last change applied and the store it came
/// from.
#[derive(Debug, Serialize, Deserialize)]
struct Payload {
    schema: u32,
    change: i64,
    store: String,
}

impl Payload {
    fn new(change: i64, store: &str) -> Payload {
        Payload { schema: SCHEMA_VERSION, change, store: store.to_owned() }
    }
}

fn commit(writer: &mut IndexWriter, payload: &Payload) -> Result<(), SearchError> {
    let mut commit = writer.prepare_commit()?;
    commit.set_payload(&serde_json::to_string(payload).expect("a payload serializes"));
    commit.commit()?;
    Ok(())
}

/// The index `CURRENT` names in `folder` (made if missing), opened, or why it cannot be used;
/// with the store's identity and last change, which it was checked against.
async fn usable_index(folder: &Path, store: &Store) -> Result<(Result<Live, String>, String, i64), SearchError> {
    std::fs::create_dir_all(folder).map_err(|error| SearchError::io(folder, error))?;
    let identity = store.identity().await?;
    let last_change = store.last_change_id().await?;
    let existing = match folder::current(folder)? {
        None => Err("there is no index yet".to_owned()),
        Some(name) => open_existing(folder, &name, &identity, last_change)?,
    };
    Ok((existing, identity, last_change))
}

/// Opens an index directory, or says why it cannot be used. `identity` and `last_change` are
/// the store's (an empty identity accepts any store); errors are only those that rebuilding
/// would not cure.
fn open_existing(
    folder: &Path,
    name: &str,
    identity: &str,
    last_change: i64,
) -> Result<Result<Live, String>, SearchError> {
    let path = folder.join(name);
    let index = match Index::open_in_dir(&path) {
        Ok(index) => index,
        Err(error) => return Ok(Err(format!("the index cannot be read ({error})"))),
    };
    // Every file tantivy writes ends with a checksum of its bytes: bytes damaged in the middle
    // of a file, which opening alone does not notice, are found here, before any search
    // reads them.
    match index.validate_checksum() {
        Ok(damaged) if damaged.is_empty() => {}
        Ok(damaged) => {
            let mut files: Vec<String> = damaged.iter().map(|path| path.display().to_string()).collect();
            files.sort();
            return Ok(Err(format!("the index is damaged ({} fails its checksum)", files.join(", "))));
        }
        Err(error) => return Ok(Err(format!("the index cannot be read ({error})"))),
    }
    analysis::register(index.tokenizers());
    let (schema, fields) = schema::schema();
    if serde_json::to_string(&index.schema()).ok() != serde_json::to_string(&schema).ok() {
        return Ok(Err("the index was written by another version of vawdb".to_owned()));
    }
    let metas = match index.load_metas() {
        Ok(metas) => metas,
        Err(error) => return Ok(Err(format!("the index cannot be read ({error})"))),
    };
    let payload: Option<Payload> = metas.payload.as_deref().and_then(|text| serde_json::from_str(text).ok());
    let Some(payload) = payload else { return Ok(Err("the index does not say which changes it holds".to_owned())) };
    if payload.schema != SCHEMA_VERSION {
        return Ok(Err("the index was written by another version of vawdb".to_owned()));
    }
    if !identity.is_empty() && !payload.store.is_empty() && payload.store != identity {
        return Ok(Err("the index was built from another store".to_owned()));
    }
    if payload.change > last_change {
        return Ok(Err("the index holds changes the store does not have".to_owned()));
    }
    if last_change != i64::MAX && last_change - payload.change > MOST_CHANGES_TO_CATCH_UP {
        return Ok(Err(format!("the index is {} changes behind the store", last_change - payload.change)));
    }
    let reader = match index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into() {
        Ok(reader) => reader,
        Err(error) => return Ok(Err(format!("the index cannot be read ({error})"))),
    };
    // A second writer on the same index is refused by tantivy: that is an error to report
    // (another vawdb serves this folder), not a reason to rebuild.
    let writer: IndexWriter<TantivyDocument> = index.writer_with_num_threads(1, WRITER_MEMORY)?;
    Ok(Ok(Live { name: name.to_owned(), reader, writer, fields, applied: payload.change }))
}

/// An empty index in memory, standing in while the real one is built. It claims to hold the
/// store's changes up to `last_change`, so that catching up never fills it: the follower
/// builds the real index instead and switches to it.
fn empty_in_memory(last_change: i64) -> Result<Live, SearchError> {
    let (schema, fields) = schema::schema();
    let index = Index::create_in_ram(schema);
    analysis::register(index.tokenizers());
    let writer: IndexWriter<TantivyDocument> = index.writer_with_num_threads(1, 15_000_000)?;
    let reader = index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into()?;
    Ok(Live { name: String::new(), reader, writer, fields, applied: last_change })
}

/// Writes every published measure of `store` into a new directory of `folder`, and names it
/// as an index once complete.
async fn build(
    folder: &Path,
    store: &Store,
    progress: &(dyn Fn(u64, u64) + Sync),
) -> Result<RebuildReport, SearchError> {
    let (path, name) = folder::new_build(folder)?;
    let (schema, fields) = schema::schema();
    let index = Index::create_in_dir(&path, schema)?;
    analysis::register(index.tokenizers());
    // A build indexes on up to four cores, where following the change log uses one; the
    // threads share the writer's memory.
    let threads = std::thread::available_parallelism().map_or(1, std::num::NonZero::get).clamp(1, 4);
    let mut writer: IndexWriter<TantivyDocument> = index.writer_with_num_threads(threads, WRITER_MEMORY)?;
    // The change id is read before the measures: a change made while they are read is then
    // applied again by catching up, which is harmless (applying a change reads the measure's
    // current state).
    let identity = store.identity().await?;
    let change = store.last_change_id().await?;
    let total = u64::try_from(store.summary(Visibility::PublishedOnly).await?.measures).unwrap_or(0);
    progress(0, total);
    let mut after = 0;
    let mut done = 0;
    loop {
        let batch = store.measures_after(after, MEASURES_PER_BATCH, Visibility::PublishedOnly).await?;
        let Some(last) = batch.last() else { break };
        after = last.id;
        for record in &batch {
            writer.add_document(schema::document(&fields, record))?;
        }
        done += batch.len() as u64;
        progress(done, total.max(done));
    }
    commit(&mut writer, &Payload::new(change, &identity))?;
    writer.wait_merging_threads()?;
    drop(index);
    folder::finish_build(folder, &path, &name)?;
    Ok(RebuildReport { index_name: name, measures: done, change, removed: 0 })
}

fn snapshot_of(
    state: &LiveState,
    cache: &HashMap<tantivy::index::SegmentId, Arc<crate::facet_table::SegmentTable>>,
) -> Result<Snapshot, SearchError> {
    let searcher = state.live.reader.searcher();
    let tables = tables_for(&searcher, &state.taxonomy, cache)?;
    Ok(Snapshot {
        searcher,
        fields: state.live.fields.clone(),
        taxonomy: state.taxonomy.clone(),
        labels: state.labels.clone(),
        analyzers: state.analyzers.clone(),
        tables,
        applied_change: state.live.applied,
        index_name: state.live.name.clone(),
    })
}
