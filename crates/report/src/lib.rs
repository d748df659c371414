//! The report compiler: an editor writes the Secretary-General's report as a template, prose
//! with embedded expressions; the compiler fills in the live facts (who replied, which States
//! reported which measures, who is party to what) in United Nations editorial style, numbers
//! sections, paragraphs and footnotes, and writes HTML, Markdown, DOCX or PDF.
//!
//! ```
//! # let data = report::example_data();
//! let template = "# Introduction\n\nStates reported on penal provisions ({{ states(cycle, type=\"legislation.penal\") }}).";
//! let compiled = report::compile(template, &data, &report::CompileConfig::default()).unwrap();
//! assert!(report::markdown::render(&compiled.document).contains("1\\. States reported on penal provisions (Belarus and Republic of Korea)."));
//! ```
//!
//! **Architecture invariant:** compiling does no I/O. The caller loads a [`ReportData`]
//! snapshot from the store; the same snapshot and template always give the same document.

mod compile;
mod data;
mod lists;

pub mod check;
pub mod document;
pub mod docx;
pub mod html;
pub mod markdown;

pub use compile::{CompileConfig, CompiledReport, TemplateError, compile};
#[doc(hidden)]
pub use data::example_data;
pub use domain::cycle_report::{Reply, ReportData};
pub use lists::{ListLocation, ListRecord, ListStyle};

/// The default template: the structure and prose of the 2009 report (A/64/152), with every
/// State list, count and date drawn from the data.
pub const DEFAULT_TEMPLATE: &str = include_str!("../templates/default.md.j2");
