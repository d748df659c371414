//! How a command fails: a message for the user and the exit code `--help` documents.

use std::fmt;

use store::StoreError;

pub(crate) const EXIT_FAILURE: u8 = 1;
pub(crate) const EXIT_INVALID_INPUT: u8 = 3;
pub(crate) const EXIT_STORE_REFUSED: u8 = 4;
pub(crate) const EXIT_CANNOT_LISTEN: u8 = 5;

/// A failed command.
#[derive(Debug)]
pub(crate) struct Failure {
    code: u8,
    message: String,
}

impl Failure {
    pub(crate) fn new(code: u8, message: impl Into<String>) -> Failure {
        Failure { code, message: message.into() }
    }

    pub(crate) fn general(message: impl fmt::Display) -> Failure {
        Failure::new(EXIT_FAILURE, message.to_string())
    }

    /// The same failure, its message saying what it is about: `{subject}: {message}`.
    pub(crate) fn about(self, subject: &str) -> Failure {
        Failure { code: self.code, message: format!("{subject}: {}", self.message) }
    }

    pub(crate) fn exit_code(&self) -> u8 {
        self.code
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "error: {}", self.message)
    }
}

/// The one place store errors get their exit code: a request the store refuses is the
/// input's to fix, a store this vawdb cannot read is refused, and anything else is a failure.
impl From<StoreError> for Failure {
    fn from(error: StoreError) -> Failure {
        let code = match error {
            StoreError::NotFound(_)
            | StoreError::Duplicate(_)
            | StoreError::StaleVersion { .. }
            | StoreError::InvalidTransition { .. }
            | StoreError::NotAllowed(_)
            | StoreError::OutOfRange(_) => EXIT_INVALID_INPUT,
            StoreError::SchemaTooNew { .. } | StoreError::Corrupt(_) => EXIT_STORE_REFUSED,
            StoreError::Open { .. } | StoreError::Busy(_) | StoreError::Database(_) => EXIT_FAILURE,
        };
        Failure::new(code, error.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_store_from_a_newer_vawdb_is_exit_code_4_with_the_reason() {
        let failure = Failure::from(StoreError::SchemaTooNew { found: 9, supported: 1 });
        assert_eq!(failure.exit_code(), EXIT_STORE_REFUSED);
        assert!(failure.to_string().starts_with("error: the store was written by a newer version of vawdb"));
    }
}
