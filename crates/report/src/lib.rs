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
mod masthead;

pub mod check;
pub mod document;
pub mod docx;
pub mod html;
pub mod markdown;

pub use compile::{CompileConfig, CompiledReport, TemplateError, compile};
#[doc(hidden)]
pub use data::example_data;
pub use domain::cycle_report::{Reply, ReportData};
use domain::language::Language;
pub use lists::{ListLocation, ListRecord, ListStyle};

/// The default template: the structure and prose of the 2009 report (A/64/152), with every
/// State list, count and date drawn from the data.
pub const DEFAULT_TEMPLATE: &str = include_str!("../templates/default.md.j2");

/// The default template in `language`: the same structure and lists as
/// [`DEFAULT_TEMPLATE`], with its prose in that language (unofficial translations, as each
/// template's opening comment says).
pub fn default_template(language: Language) -> &'static str {
    match language {
        Language::Arabic => include_str!("../templates/default.ar.md.j2"),
        Language::Chinese => include_str!("../templates/default.zh.md.j2"),
        Language::English => DEFAULT_TEMPLATE,
        Language::French => include_str!("../templates/default.fr.md.j2"),
        Language::Russian => include_str!("../templates/default.ru.md.j2"),
        Language::Spanish => include_str!("../templates/default.es.md.j2"),
    }
}

/// The English name of a UN language, as messages about a report name it: "French".
pub fn language_name(language: Language) -> &'static str {
    masthead::english_name(language)
}
