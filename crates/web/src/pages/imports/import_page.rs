//! What the import page shows: the form, and after a check or an import what happened. The
//! form's address and the upload both render it.

use domain::{catalogue::Catalogue, language::Language};
use serde::Serialize;

use crate::{i18n::Messages, measure_import::UploadProblem, session::SignedIn};

#[derive(Serialize)]
pub(super) struct ImportPage {
    pub(super) csrf_token: String,
    pub(super) columns: &'static [&'static str],
    pub(super) max_megabytes: usize,
    /// After a check or an import: what happened.
    pub(super) outcome: Option<ImportOutcome>,
}

#[derive(Serialize)]
pub(super) struct ImportOutcome {
    pub(super) file_name: String,
    pub(super) committed: bool,
    pub(super) created: usize,
    pub(super) updated: usize,
    pub(super) unchanged: usize,
    pub(super) problems: Vec<ProblemView>,
    /// Set after a successful check: the token that imports the checked file.
    pub(super) upload_token: Option<String>,
}

impl ImportPage {
    pub(super) fn new(signed_in: &SignedIn, outcome: Option<ImportOutcome>) -> ImportPage {
        ImportPage {
            csrf_token: signed_in.csrf_token.clone(),
            columns: &measure_table::COLUMNS,
            max_megabytes: crate::measure_import::MAX_UPLOAD_BYTES / (1024 * 1024),
            outcome,
        }
    }
}

/// A problem of a refused upload, in the page's language.
#[derive(Serialize)]
pub(super) struct ProblemView {
    place: String,
    /// Whether the place is a path in a JSON document, written left to right in any language.
    place_is_code: bool,
    value: Option<String>,
    message: String,
}

impl ProblemView {
    pub(super) fn of(
        problem: &UploadProblem,
        messages: &Messages,
        catalogue: &Catalogue,
        language: Language,
    ) -> ProblemView {
        ProblemView {
            place: problem.place.in_language(messages, language),
            place_is_code: matches!(problem.place, crate::measure_import::UploadPlace::Record(_)),
            value: problem.value.clone(),
            message: messages.message(language, &problem.message, catalogue),
        }
    }
}
