//! How a command fails: a message for the user and the exit code `--help` documents.

use std::fmt;

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

    pub(crate) fn exit_code(&self) -> u8 {
        self.code
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "error: {}", self.message)
    }
}

impl From<store::StoreError> for Failure {
    fn from(error: store::StoreError) -> Failure {
        let code = match error {
            store::StoreError::SchemaTooNew { .. } | store::StoreError::Corrupt(_) => EXIT_STORE_REFUSED,
            _ => EXIT_FAILURE,
        };
        Failure::new(code, error.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_store_from_a_newer_vawdb_is_exit_code_4_with_the_reason() {
        let failure = Failure::from(store::StoreError::SchemaTooNew { found: 9, supported: 1 });
        assert_eq!(failure.exit_code(), EXIT_STORE_REFUSED);
        assert!(failure.to_string().starts_with("error: the store was written by a newer version of vawdb"));
    }
}
