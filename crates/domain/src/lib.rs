//! The concepts and rules of vawdb, with no I/O.
//!
//! vawdb records what States and international organizations do against violence against
//! women migrant workers. This crate names those things and holds the rules that do not need a
//! database: which language a text is in, what a country was called on a given date, how a
//! thesaurus hangs together, what a valid measure is, and how a document in the exchange
//! format is checked before anything is written.
//!
//! ```
//! use domain::{country::M49, date::Date, language::Language};
//!
//! let as_at = Date::parse("2009-06-01").unwrap();
//! assert_eq!(as_at.to_un_style(), "1 June 2009");
//! assert_eq!(M49::new(792).unwrap().to_string(), "792");
//! assert_eq!(Language::from_code("fr"), Some(Language::French));
//! ```
//!
//! **Architecture invariant:** nothing here reads a file, a socket or a clock. Callers pass in
//! what a rule needs, such as the [`catalogue::Catalogue`] of known codes or today's date.

pub mod account;
pub mod actor;
pub mod catalogue;
pub mod country;
pub mod country_names;
pub mod cycle;
pub mod cycle_report;
pub mod date;
pub mod exchange;
pub mod language;
pub mod measure;
pub mod message;
pub mod reference_data;
pub mod status_table;
pub mod text;
pub mod treaty;
pub mod un_style;
pub mod version_diff;
pub mod vocabulary;
pub mod workflow;
