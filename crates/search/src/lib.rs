//! vawdb's search index: multilingual, faceted full-text search over the published measures,
//! derived from the store.
//!
//! The store is the source of truth. The index lives in a folder of its own and follows the
//! store's change log: it records in every commit the last change it applied, catches up from
//! there when opened, and is rebuilt from the store when missing, stale or unreadable.
//! Searching reads one immutable snapshot (an index commit with the facet tables of its
//! segments), so a search never sees half a change.
//!
//! ```no_run
//! # async fn example(store: store::Store) -> Result<(), search::SearchError> {
//! use domain::language::Language;
//! use search::{SearchIndex, SearchRequest};
//!
//! let (index, _opened) = SearchIndex::open("vawdb-data/search".as_ref(), &store, &|_, _| {}).await?;
//! index.follow(store.clone());
//! let results = index.search(&SearchRequest::text("travailleuses migrantes", Language::English))?;
//! for hit in &results.hits {
//!     println!("{} {}", hit.external_id, hit.title.text);
//! }
//! # Ok(()) }
//! ```
//!
//! **Architecture invariant:** the index holds published measures only. A measure that is
//! not published is removed from it, so no search result, count, facet or snippet can show
//! one.

mod analysis;
mod error;
mod execute;
mod facet_table;
mod folder;
mod guarded_phrase;
mod index;
mod label_match;
mod query_build;
pub mod query_text;
mod request;
mod schema;
mod snapshot;
mod taxonomy;

pub use error::SearchError;
pub use execute::MAX_PER_PAGE;
pub use index::{Opened, RebuildReport, SearchIndex, rebuild};
pub use request::{FacetCount, Facets, Highlighted, Hit, SearchFilters, SearchRequest, SearchResults, SearchSort};
