//! What can go wrong when searching or keeping the index.

use std::{io, path::PathBuf};

use store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    /// The request cannot be read: the parameter is named as the web and API name it.
    #[error("parameter '{parameter}': {message}")]
    InvalidParameter { parameter: String, message: String },
    #[error("the search index: {0}")]
    Index(#[from] tantivy::TantivyError),
    #[error("the search index folder {}: {source}", path.display())]
    Io { path: PathBuf, source: io::Error },
    #[error("reading the store for the search index: {0}")]
    Store(#[from] StoreError),
    /// Reading the index failed (a damaged file, say); a rebuild from the store has been asked
    /// for, and searches answer again once it is done.
    #[error("the search index is damaged and is being rebuilt from the store")]
    Damaged,
    /// There was no usable index when the server started, and it is being built from the
    /// store; searches answer again once it is done.
    #[error("the search index is being built from the store")]
    Building,
}

impl SearchError {
    pub(crate) fn invalid(parameter: &str, message: impl Into<String>) -> SearchError {
        SearchError::InvalidParameter { parameter: parameter.to_owned(), message: message.into() }
    }

    pub(crate) fn io(path: impl Into<PathBuf>, source: io::Error) -> SearchError {
        SearchError::Io { path: path.into(), source }
    }
}
