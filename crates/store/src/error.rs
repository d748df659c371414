//! What can go wrong in the store: a request the store refuses (a record missing or taken, a
//! measure changed meanwhile), a database that is busy or failing, or data it cannot read.

use std::fmt;

use domain::{country::M49, measure::MeasureState, message::Message, workflow::Transition};

/// An error from the store, worded for the person who has to fix it.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The record the request names is not in the store.
    #[error("{}", not_found_message(.0))]
    NotFound(Record),
    /// The record the request would create is in the store already.
    #[error("{}", duplicate_message(.0))]
    Duplicate(Record),
    /// The measure changed since the version the person saw.
    #[error(
        "the measure has changed since you opened it (version {current} now, {expected} then); reload it and try again"
    )]
    StaleVersion { current: i64, expected: i64 },
    /// The workflow has no such move from the measure's state.
    #[error("a {} measure cannot be moved by {}", .from.as_str(), .transition.code())]
    InvalidTransition { from: MeasureState, transition: Transition },
    /// The request is well formed but the store's records do not allow it.
    #[error("{0}")]
    NotAllowed(Refusal),
    /// A number is too large for the store to keep.
    #[error("{0}")]
    OutOfRange(Quantity),
    #[error(
        "the store was written by a newer version of vawdb (schema version {found}; this version knows up to {supported}); upgrade vawdb to open it"
    )]
    SchemaTooNew { found: i64, supported: i64 },
    #[error("cannot open the store at {location}: {source}")]
    Open { location: String, source: DatabaseError },
    #[error("the store holds data this version cannot read: {0}")]
    Corrupt(String),
    /// Another writer holds the data this request needs; trying again shortly may succeed.
    #[error("the database is busy: {0}")]
    Busy(DatabaseError),
    #[error("database error: {0}")]
    Database(DatabaseError),
}

/// A record an error is about, by the key the request named it with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Record {
    /// An account, by username.
    Account(String),
    /// An actor, by code.
    Actor(String),
    /// A live API token of the signed-in account, by id.
    ApiToken(i64),
    /// A country or area, by M49 code.
    Country(M49),
    /// A reporting cycle, by code.
    Cycle(String),
    /// A statistics dataset, by id.
    Dataset(i64),
    /// A treaty instrument, by code.
    Instrument(String),
    /// A measure, by store id or external id, as the request gave it.
    Measure(String),
    /// A term of a vocabulary, by their codes.
    Term { vocabulary: String, term: String },
}

/// Why the store does not allow a request it understood.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    /// A measure cannot be restored to a version of another measure.
    #[error("that version is of another measure")]
    VersionOfAnotherMeasure,
    /// Restoring the version would change nothing.
    #[error("the measure is already as it was in that version")]
    AlreadyAsInVersion,
    /// Only an SQLite store is copied by vawdb itself.
    #[error(
        "vawdb backs up an SQLite store; back up a PostgreSQL store with pg_dump and copy the documents folder (see the README)"
    )]
    SnapshotNeedsSqlite,
}

/// A number the store keeps in a 64-bit column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Quantity {
    /// The small-count threshold of a statistics dataset.
    #[error("the threshold is too large")]
    Threshold,
    /// A count in a statistics dataset.
    #[error("a count is too large")]
    Count,
}

/// A failure of the database itself, as its driver described it. It keeps only the words,
/// so that the database library stays out of the store's API.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatabaseError {
    message: String,
}

impl fmt::Display for DatabaseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for DatabaseError {}

impl StoreError {
    pub(crate) fn corrupt(what: impl Into<String>) -> StoreError {
        StoreError::Corrupt(what.into())
    }

    /// The error for a database that could not be opened at `location`.
    pub(crate) fn open(location: impl Into<String>, source: &sqlx::Error) -> StoreError {
        StoreError::Open { location: location.into(), source: DatabaseError { message: source.to_string() } }
    }
}

// The conversion is what lets `?` turn a driver error into a store error throughout the
// crate. It is public only because Rust has no private trait impls; no variant holds a sqlx
// type, so other crates see nothing of sqlx but this impl, and none of them depends on sqlx to
// use it.
#[doc(hidden)]
impl From<sqlx::Error> for StoreError {
    fn from(error: sqlx::Error) -> StoreError {
        let busy = is_busy(&error);
        let error = DatabaseError { message: error.to_string() };
        if busy { StoreError::Busy(error) } else { StoreError::Database(error) }
    }
}

/// Whether the database refused because another transaction holds what this one needs, so
/// that the same request may succeed a moment later.
fn is_busy(error: &sqlx::Error) -> bool {
    match error {
        // Every connection of the pool stayed taken for the whole acquire timeout.
        sqlx::Error::PoolTimedOut => true,
        sqlx::Error::Database(error) => {
            let code = error.code();
            let code = code.as_deref().unwrap_or("");
            if code.len() == 5 {
                // PostgreSQL's codes are five characters: serialization_failure,
                // deadlock_detected, lock_not_available.
                matches!(code, "40001" | "40P01" | "55P03")
            } else {
                // SQLite's are numbers below 10,000: SQLITE_BUSY (5) and SQLITE_LOCKED (6) with
                // every extended code they carry (busy snapshot, recovery, timeout, shared
                // cache), which keep the primary code in their low byte.
                code.parse::<u32>().is_ok_and(|number| matches!(number & 0xff, 5 | 6))
            }
        }
        _ => false,
    }
}

impl StoreError {
    /// What a person can fix, in any language, for a record missing or taken or a measure
    /// changed meanwhile; `None` for the errors a person cannot fix from a form, which pages
    /// answer with a status of their own.
    pub fn message(&self) -> Option<Message> {
        let english = self.to_string();
        let message = match self {
            StoreError::NotFound(record) => match record {
                Record::Account(username) => {
                    Message::new("problem-store-no-account", english).text("username", username.as_str())
                }
                Record::Actor(code) => Message::new("problem-store-no-actor", english).text("code", code.as_str()),
                Record::Cycle(code) => Message::new("problem-store-no-cycle", english).text("code", code.as_str()),
                Record::Dataset(id) => Message::new("problem-store-no-dataset", english).text("id", id.to_string()),
                Record::Measure(id) => Message::new("problem-store-no-measure", english).text("id", id.as_str()),
                _ => return None,
            },
            StoreError::Duplicate(record) => match record {
                Record::Account(username) => {
                    Message::new("problem-store-username-taken", english).text("username", username.as_str())
                }
                Record::Cycle(code) => Message::new("problem-store-cycle-exists", english).text("code", code.as_str()),
                Record::Dataset(id) => {
                    Message::new("problem-store-file-uploaded-before", english).text("id", id.to_string())
                }
                Record::Measure(id) => Message::new("problem-store-measure-id-taken", english).text("id", id.as_str()),
                _ => return None,
            },
            StoreError::StaleVersion { current, expected } => Message::new("problem-store-measure-changed", english)
                .text("current", current.to_string())
                .text("expected", expected.to_string()),
            _ => return None,
        };
        Some(message)
    }
}

fn not_found_message(record: &Record) -> String {
    match record {
        Record::Account(username) => format!("there is no account {username}"),
        Record::Actor(code) => format!("actor '{code}' does not exist"),
        Record::ApiToken(id) => format!("you have no live token {id}"),
        Record::Country(m49) => format!("there is no country or area with M49 code {m49}"),
        Record::Cycle(code) => format!("cycle '{code}' does not exist"),
        Record::Dataset(id) => format!("there is no dataset {id}"),
        Record::Instrument(code) => format!("instrument '{code}' does not exist"),
        Record::Measure(id) => format!("there is no measure {id}"),
        Record::Term { vocabulary, term } => format!("term '{term}' of vocabulary '{vocabulary}' does not exist"),
    }
}

fn duplicate_message(record: &Record) -> String {
    match record {
        Record::Account(username) => format!("the username {username} is taken"),
        Record::Cycle(code) => format!("a cycle with the code {code} exists already"),
        // A dataset is a duplicate when its file was uploaded before; the record is that
        // earlier dataset.
        Record::Dataset(id) => format!("this file was already uploaded as dataset {id}"),
        Record::Measure(id) => format!("a measure with the id {id} exists already; choose another id"),
        Record::Actor(code) => format!("actor '{code}' exists already"),
        Record::ApiToken(id) => format!("token {id} exists already"),
        Record::Country(m49) => format!("a country or area with M49 code {m49} exists already"),
        Record::Instrument(code) => format!("instrument '{code}' exists already"),
        Record::Term { vocabulary, term } => format!("term '{term}' of vocabulary '{vocabulary}' exists already"),
    }
}
