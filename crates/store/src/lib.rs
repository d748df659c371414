//! vawdb's store: the one crate that knows SQL.
//!
//! The store is the source of truth. It runs on an embedded SQLite file by default and on
//! PostgreSQL for scale, with the same schema, the same queries and the same test suite on
//! both. Every write goes through a transaction that also appends to the change log, so the
//! log says who changed what, when, and what it was before and after.
//!
//! ```no_run
//! # async fn example() -> Result<(), store::StoreError> {
//! use store::{Location, Store};
//!
//! let store = Store::open(&Location::SqliteFile("vawdb-data/vawdb.sqlite".into())).await?;
//! let catalogue = store.catalogue().await?;
//! println!("{} countries and areas", catalogue.countries().len());
//! # Ok(()) }
//! ```
//!
//! **Architecture invariant:** no other crate writes SQL. Queries take their values as bound
//! parameters, never spliced into the text.

mod accounts;
mod api_tokens;
mod backup;
mod catalogue;
mod change_log;
mod change_signal;
mod connection;
mod cycle_requests;
mod cycles;
mod decode;
mod error;
mod exchange;
mod ids;
mod location;
mod measures;
mod migrations;
mod outcome;
mod reference;
mod shared_state;
mod sql;
mod statistics;
mod time_format;
mod treaties;
mod workflow;

pub mod scratch;

pub use accounts::{AccountRecord, NewAccount, SessionRecord, SignInEvent, SignInOutcome};
pub use api_tokens::{ApiClientRecord, ApiTokenRecord};
pub use change_log::{Author, ChangeLogEntry, ChangedEntity};
pub use connection::Store;
pub use cycle_requests::{NewReplyDocument, ReplyDocument};
pub use cycles::{CycleSnapshot, SubmissionRecord};
pub use error::{DatabaseError, Quantity, Record, Refusal, StoreError};
pub use exchange::ExportQuery;
pub use location::{Backend, Location};
pub use measures::{MeasurePage, MeasureQuery, MeasureRecord, MeasureSort, Page, StoreSummary, TermFilter, Visibility};
pub use migrations::LATEST_SCHEMA_VERSION;
pub use outcome::{ImportMode, ImportSummary, ReferenceSummary};
pub use shared_state::{Allowance, AllowanceExceeded, PendingUpload};
pub use statistics::{DatasetKind, DatasetState, NewStatisticsDataset, StatisticsDataset};
pub use treaties::{TreatyActionFilter, TreatyImport};
pub use workflow::TransitionRecord;
