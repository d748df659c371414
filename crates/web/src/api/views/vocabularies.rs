//! The JSON shapes of vocabularies and their terms.

use domain::{language::Language, vocabulary::Thesaurus};
use serde::Serialize;
use utoipa::ToSchema;

use crate::api::views::common::{ByLanguage, TextsByLanguage, by_language};

/// A controlled vocabulary and its terms, parents before children.
#[derive(Serialize, ToSchema)]
pub(crate) struct VocabularyView {
    #[schema(example = "type")]
    pub(crate) code: String,
    #[schema(example = "Type of measure")]
    pub(crate) label: String,
    #[schema(value_type = TextsByLanguage)]
    pub(crate) labels: ByLanguage,
    pub(crate) terms: Vec<TermView>,
}

#[derive(Serialize, ToSchema)]
pub(crate) struct TermView {
    #[schema(example = "legislation.penal")]
    pub(crate) code: String,
    #[schema(example = "legislation")]
    pub(crate) parent: Option<String>,
    /// 0 for a top-level term.
    pub(crate) depth: usize,
    #[schema(example = "Penal provisions")]
    pub(crate) label: String,
    #[schema(value_type = TextsByLanguage)]
    pub(crate) labels: ByLanguage,
}

impl VocabularyView {
    pub(crate) fn new(thesaurus: &Thesaurus, language: Language) -> VocabularyView {
        VocabularyView {
            code: thesaurus.code().to_string(),
            label: thesaurus.vocabulary().labels.best(language).to_owned(),
            labels: by_language(&thesaurus.vocabulary().labels),
            terms: thesaurus
                .terms()
                .iter()
                .map(|term| TermView {
                    code: term.code.to_string(),
                    parent: term.parent.as_ref().map(ToString::to_string),
                    depth: thesaurus.depth(&term.code),
                    label: term.labels.best(language).to_owned(),
                    labels: by_language(&term.labels),
                })
                .collect(),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub(crate) struct VocabulariesResponse {
    pub(crate) vocabularies: Vec<VocabularyView>,
}
