//! Incident statistics on violence against women migrant workers: records that identify no
//! one, counts from providers who keep only counts, pivots over both, and tables protected
//! so that no small count, and no count withheld, can be read or worked out.
//!
//! ```
//! use incident_statistics::{cube::{IncidentCube, PivotQuery}, dimension::{Classification, Dimension},
//!     disclosure::{self, Shown}, record::{IncidentRecord, Period}};
//! // The countries come from the reference data; a table by sex and age needs none.
//! let classification = Classification::new(&[]);
//! let record = IncidentRecord { codes: [0; 11], period: Period::year(2024), consent: true, reported_elsewhere: false };
//! let mut cube = IncidentCube::new();
//! cube.add_records(1, vec![record; 4]);
//! let query = PivotQuery { rows: Dimension::Sex, columns: Some(Dimension::AgeGroup), filters: vec![], first_year: 2020, last_year: 2025 };
//! let table = cube.pivot(&query, &classification, &|_dataset| true);
//! assert_eq!(table.grand_total(), 4);
//! let published = disclosure::protect(&table, disclosure::DEFAULT_THRESHOLD);
//! assert_eq!(published.grand_total, Shown::Withheld);
//! ```
//!
//! The crate does no I/O: the store keeps the records, the web and command-line crates read
//! files and pass tables in.

pub mod audit;
pub mod cube;
pub mod dimension;
pub mod disclosure;
pub mod generator;
pub mod record;
pub mod release;
pub mod table_export;
pub mod upload_read;
