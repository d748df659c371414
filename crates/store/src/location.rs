//! Where a store lives, and which database engine runs it.

use std::{fmt, path::PathBuf};

/// Where a store lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// An embedded SQLite database in this file, created if missing.
    SqliteFile(PathBuf),
    /// A PostgreSQL database, by URL: `postgres://user@host:5432/database`.
    Postgres(String),
}

impl Location {
    /// Reads a database URL: `postgres://…`, `postgresql://…` or `sqlite://path`.
    pub fn from_url(url: &str) -> Result<Location, String> {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Location::Postgres(url.to_owned()))
        } else if let Some(path) = url.strip_prefix("sqlite://") {
            Ok(Location::SqliteFile(PathBuf::from(path)))
        } else {
            Err(format!(
                "'{url}' is not a database URL: use postgres://user@host:port/database or sqlite://path/to/file"
            ))
        }
    }

    pub(crate) fn connect_url(&self) -> String {
        match self {
            Location::SqliteFile(path) => format!("sqlite://{}?mode=rwc", path.display()),
            Location::Postgres(url) => url.clone(),
        }
    }
}

impl fmt::Display for Location {
    /// Shows the location without any password the URL may hold.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::SqliteFile(path) => write!(f, "SQLite file {}", path.display()),
            Location::Postgres(url) => {
                let shown = match (url.find("://"), url.rfind('@')) {
                    (Some(scheme_end), Some(at)) if at > scheme_end => {
                        let credentials = &url[scheme_end + 3..at];
                        let user = credentials.split(':').next().unwrap_or("");
                        format!("{}{user}{}", &url[..scheme_end + 3], &url[at..])
                    }
                    _ => url.clone(),
                };
                write!(f, "PostgreSQL database {shown}")
            }
        }
    }
}

/// Which database engine a store runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_never_show_in_a_location() {
        let location = Location::from_url("postgres://vawdb:s3cret@db.example:5432/vawdb").unwrap();
        assert_eq!(location.to_string(), "PostgreSQL database postgres://vawdb@db.example:5432/vawdb");
        assert!(Location::from_url("mysql://x").is_err());
    }
}
