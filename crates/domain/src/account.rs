//! Accounts: who may sign in, in which role, and for which State; and the rule that slows down
//! someone guessing a password.

use std::fmt;

use crate::country::M49;

/// What an account may do. Focal points and data providers act for one State only, so the
/// State is part of the role: a focal point without a State cannot be written down.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    /// Manages accounts and reads the audit log; can do everything an editor can.
    Administrator,
    /// A secretariat editor: opens cycles, classifies, reviews and publishes measures.
    Editor,
    /// A national focal point: enters and submits the measures of their own State.
    FocalPoint { country: M49 },
    /// Provides the statistics of their own State.
    DataProvider { country: M49 },
}

impl Role {
    /// The codes a role is written with, in the order a form offers them.
    pub const CODES: [&'static str; 4] = ["administrator", "editor", "focal_point", "data_provider"];

    /// The role named `code`, bound to `country` when the role acts for one State.
    pub fn from_parts(code: &str, country: Option<M49>) -> Result<Role, RoleError> {
        match (code, country) {
            ("administrator", None) => Ok(Role::Administrator),
            ("editor", None) => Ok(Role::Editor),
            ("focal_point", Some(country)) => Ok(Role::FocalPoint { country }),
            ("data_provider", Some(country)) => Ok(Role::DataProvider { country }),
            ("administrator" | "editor", Some(_)) => Err(RoleError::CountryNotAllowed(code.to_owned())),
            ("focal_point" | "data_provider", None) => Err(RoleError::CountryRequired(code.to_owned())),
            _ => Err(RoleError::Unknown(code.to_owned())),
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Role::Administrator => "administrator",
            Role::Editor => "editor",
            Role::FocalPoint { .. } => "focal_point",
            Role::DataProvider { .. } => "data_provider",
        }
    }

    /// The State the role acts for, if it acts for one.
    pub fn country(self) -> Option<M49> {
        match self {
            Role::FocalPoint { country } | Role::DataProvider { country } => Some(country),
            Role::Administrator | Role::Editor => None,
        }
    }

    /// Whether the role manages accounts and reads the audit log.
    pub fn is_administrator(self) -> bool {
        self == Role::Administrator
    }

    /// Whether the role works for the secretariat (editors and administrators).
    pub fn is_secretariat(self) -> bool {
        matches!(self, Role::Administrator | Role::Editor)
    }
}

impl fmt::Display for Role {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Role::Administrator => formatter.write_str("administrator"),
            Role::Editor => formatter.write_str("editor"),
            Role::FocalPoint { country } => write!(formatter, "focal point for {country}"),
            Role::DataProvider { country } => write!(formatter, "data provider for {country}"),
        }
    }
}

/// Why a role cannot be made from what was given.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RoleError {
    #[error("unknown role {0:?}; the roles are administrator, editor, focal_point and data_provider")]
    Unknown(String),
    #[error("a {0} acts for one State: give its M49 code")]
    CountryRequired(String),
    #[error("an {0} works for the secretariat, not for one State: give no country")]
    CountryNotAllowed(String),
}

/// The name an account signs in with: an e-mail address or another name without spaces,
/// compared without regard to case.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Username(String);

impl Username {
    pub const MAX_CHARS: usize = 254;

    pub fn parse(text: &str) -> Result<Username, UsernameError> {
        let trimmed = text.trim();
        if trimmed.chars().count() < 3 {
            return Err(UsernameError::TooShort);
        }
        if trimmed.chars().count() > Username::MAX_CHARS {
            return Err(UsernameError::TooLong);
        }
        if trimmed.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(UsernameError::Spaces);
        }
        Ok(Username(trimmed.to_lowercase()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Username {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(&self.0)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UsernameError {
    #[error("a username has at least 3 characters")]
    TooShort,
    #[error("a username has at most 254 characters")]
    TooLong,
    #[error("a username has no spaces or control characters")]
    Spaces,
}

/// The shortest password an account may have, in characters. Length, not character classes,
/// is what makes a password hard to guess (NIST SP 800-63B).
pub const SHORTEST_PASSWORD: usize = 12;

/// Checks a new password; the message says what is wrong.
pub fn check_new_password(password: &str) -> Result<(), String> {
    let length = password.chars().count();
    if length < SHORTEST_PASSWORD {
        return Err(format!("a password has at least {SHORTEST_PASSWORD} characters; this one has {length}"));
    }
    if length > 1000 {
        return Err("a password has at most 1000 characters".to_owned());
    }
    Ok(())
}

/// Failed sign-ins in a row that an account is allowed before it is locked for a while.
pub const FREE_FAILED_SIGN_INS: u32 = 5;

/// How long, in seconds, an account stays locked after `failures` failed sign-ins in a row:
/// nothing for the first five, then one minute, doubling with each further failure up to one
/// hour. Someone guessing gets about 30 tries a day; someone who mistyped waits a minute.
pub fn lockout_seconds(failures: u32) -> u64 {
    if failures < FREE_FAILED_SIGN_INS {
        return 0;
    }
    let doublings = (failures - FREE_FAILED_SIGN_INS).min(6);
    (60u64 << doublings).min(3600)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_focal_point_needs_a_state_and_an_editor_must_not_have_one() {
        let kenya = M49::new(404).unwrap();
        assert_eq!(Role::from_parts("focal_point", Some(kenya)), Ok(Role::FocalPoint { country: kenya }));
        assert_eq!(Role::from_parts("focal_point", None), Err(RoleError::CountryRequired("focal_point".into())));
        assert_eq!(Role::from_parts("editor", Some(kenya)), Err(RoleError::CountryNotAllowed("editor".into())));
        assert!(matches!(Role::from_parts("root", None), Err(RoleError::Unknown(_))));
        assert_eq!(Role::FocalPoint { country: kenya }.to_string(), "focal point for 404");
    }

    #[test]
    fn usernames_ignore_case_and_surrounding_space() {
        assert_eq!(Username::parse("  Ana.Perez@Example.org ").unwrap().as_str(), "ana.perez@example.org");
        assert_eq!(Username::parse("a b"), Err(UsernameError::Spaces));
        assert_eq!(Username::parse("ab"), Err(UsernameError::TooShort));
    }

    #[test]
    fn the_lock_grows_after_five_failures_and_stops_at_an_hour() {
        assert_eq!(lockout_seconds(4), 0);
        assert_eq!(lockout_seconds(5), 60);
        assert_eq!(lockout_seconds(6), 120);
        assert_eq!(lockout_seconds(10), 1920);
        assert_eq!(lockout_seconds(11), 3600);
        assert_eq!(lockout_seconds(500), 3600);
        assert!(check_new_password("short").is_err());
        assert!(check_new_password("correct horse battery").is_ok());
    }
}
