//! The store ids that codes refer to (actors, cycles, terms), looked up once per write
//! transaction rather than once per record.

use std::collections::HashMap;

use domain::{
    actor::ActorCode,
    cycle::CycleCode,
    vocabulary::{TermCode, VocabularyCode},
};
use sqlx::{AnyConnection, Row};

use crate::error::{Record, StoreError};

/// The store ids that codes in a measure refer to, loaded once per write transaction.
pub(crate) struct Ids {
    pub(crate) actors: HashMap<String, i64>,
    pub(crate) cycles: HashMap<String, i64>,
    pub(crate) terms: HashMap<(String, String), i64>,
}

impl Ids {
    pub(crate) async fn load(connection: &mut AnyConnection) -> Result<Ids, StoreError> {
        let mut ids = Ids { actors: HashMap::new(), cycles: HashMap::new(), terms: HashMap::new() };
        for row in sqlx::query("SELECT id, code FROM actors").fetch_all(&mut *connection).await? {
            ids.actors.insert(row.try_get("code")?, row.try_get("id")?);
        }
        for row in sqlx::query("SELECT id, code FROM reporting_cycles").fetch_all(&mut *connection).await? {
            ids.cycles.insert(row.try_get("code")?, row.try_get("id")?);
        }
        for row in sqlx::query("SELECT id, vocabulary_code, code FROM terms").fetch_all(&mut *connection).await? {
            ids.terms.insert((row.try_get("vocabulary_code")?, row.try_get("code")?), row.try_get("id")?);
        }
        Ok(ids)
    }

    pub(crate) fn actor(&self, code: &ActorCode) -> Result<i64, StoreError> {
        self.actors.get(code.as_str()).copied().ok_or_else(|| StoreError::NotFound(Record::Actor(code.to_string())))
    }

    /// The id of a measure's cycle, if it has one.
    pub(crate) fn cycle(&self, code: Option<&CycleCode>) -> Result<Option<i64>, StoreError> {
        code.map(|code| {
            self.cycles.get(code.as_str()).copied().ok_or_else(|| StoreError::NotFound(Record::Cycle(code.to_string())))
        })
        .transpose()
    }

    pub(crate) fn term(&self, vocabulary: &VocabularyCode, term: &TermCode) -> Result<i64, StoreError> {
        self.terms.get(&(vocabulary.to_string(), term.to_string())).copied().ok_or_else(|| {
            StoreError::NotFound(Record::Term { vocabulary: vocabulary.to_string(), term: term.to_string() })
        })
    }
}
