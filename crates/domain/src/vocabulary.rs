//! Controlled vocabularies (thesauri): type of measure, form of violence, keyword or target
//! group, stage of the migration cycle. Hierarchical to any depth; every term has a stable code
//! and labels in the UN languages.

use std::{
    collections::{BTreeSet, HashMap},
    fmt,
};

use serde::{Deserialize, Serialize};

use crate::language::{Labels, Language};

/// The code of a vocabulary: `type`, `form`, `keyword`, `stage`, or one an administrator adds.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct VocabularyCode(String);

impl VocabularyCode {
    pub const TYPE_OF_MEASURE: &'static str = "type";
    pub const FORM_OF_VIOLENCE: &'static str = "form";
    pub const KEYWORD: &'static str = "keyword";
    pub const MIGRATION_STAGE: &'static str = "stage";

    /// Reads a code of lower-case letters, digits and hyphens, starting with a letter.
    pub fn parse(text: &str) -> Result<VocabularyCode, String> {
        let valid = (1..=40).contains(&text.len())
            && text.starts_with(|c: char| c.is_ascii_lowercase())
            && text.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if valid {
            Ok(VocabularyCode(text.to_owned()))
        } else {
            Err(format!("'{text}' is not a vocabulary code: use lower-case letters, digits and hyphens"))
        }
    }

    pub fn type_of_measure() -> VocabularyCode {
        VocabularyCode(Self::TYPE_OF_MEASURE.to_owned())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for VocabularyCode {
    type Error = String;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        VocabularyCode::parse(&text)
    }
}

impl From<VocabularyCode> for String {
    fn from(code: VocabularyCode) -> String {
        code.0
    }
}

impl fmt::Display for VocabularyCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&self.0)
    }
}

/// The stable code of a term within its vocabulary, such as `legislation.penal`.
///
/// Codes never change once published; a term that moves in the hierarchy keeps its code, so a
/// code says nothing reliable about a term's parent (that is what [`Term::parent`] is for).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct TermCode(String);

impl TermCode {
    /// Reads a code of lower-case letters, digits, dots and hyphens.
    pub fn parse(text: &str) -> Result<TermCode, String> {
        let valid = (1..=100).contains(&text.len())
            && text.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
            && text.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.');
        if valid {
            Ok(TermCode(text.to_owned()))
        } else {
            Err(format!("'{text}' is not a term code: use lower-case letters, digits, dots and hyphens"))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for TermCode {
    type Error = String;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        TermCode::parse(&text)
    }
}

impl From<TermCode> for String {
    fn from(code: TermCode) -> String {
        code.0
    }
}

impl fmt::Display for TermCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&self.0)
    }
}

/// A vocabulary's identity and its name in the UN languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Vocabulary {
    pub code: VocabularyCode,
    pub labels: Labels,
}

/// One term of a thesaurus.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Term {
    pub code: TermCode,
    pub parent: Option<TermCode>,
    pub labels: Labels,
    /// Other names people search by: synonyms, feminine forms, common abbreviations
    /// ("мигрантки", "trabajadoras domésticas").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alt_labels: Vec<AltLabel>,
}

/// Another name of a term, in one language.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct AltLabel {
    pub language: Language,
    pub text: String,
}

/// Why a set of terms does not make a thesaurus.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ThesaurusError {
    #[error("vocabulary '{vocabulary}': term '{code}' appears twice")]
    DuplicateCode { vocabulary: VocabularyCode, code: TermCode },
    #[error("vocabulary '{vocabulary}': term '{code}' has parent '{parent}', which is not a term of this vocabulary")]
    UnknownParent { vocabulary: VocabularyCode, code: TermCode, parent: TermCode },
    #[error("vocabulary '{vocabulary}': term '{code}' is its own ancestor")]
    Cycle { vocabulary: VocabularyCode, code: TermCode },
    #[error("vocabulary '{vocabulary}': term '{code}' has no English label")]
    NoEnglishLabel { vocabulary: VocabularyCode, code: TermCode },
}

/// A vocabulary and its terms, in display order, forming a forest of any depth.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Thesaurus {
    vocabulary: Vocabulary,
    terms: Vec<Term>,
    index: HashMap<TermCode, usize>,
}

impl Thesaurus {
    /// Checks that codes are unique, that every parent is a term, that no term is its own
    /// ancestor, and that every term has at least an English label.
    pub fn new(vocabulary: Vocabulary, terms: Vec<Term>) -> Result<Thesaurus, ThesaurusError> {
        let code = &vocabulary.code;
        let mut index = HashMap::with_capacity(terms.len());
        for (position, term) in terms.iter().enumerate() {
            if index.insert(term.code.clone(), position).is_some() {
                return Err(ThesaurusError::DuplicateCode { vocabulary: code.clone(), code: term.code.clone() });
            }
            if term.labels.get(Language::English).is_none() {
                return Err(ThesaurusError::NoEnglishLabel { vocabulary: code.clone(), code: term.code.clone() });
            }
        }
        for term in &terms {
            if let Some(parent) = &term.parent
                && !index.contains_key(parent)
            {
                return Err(ThesaurusError::UnknownParent {
                    vocabulary: code.clone(),
                    code: term.code.clone(),
                    parent: parent.clone(),
                });
            }
        }
        let thesaurus = Thesaurus { vocabulary, terms, index };
        for term in &thesaurus.terms {
            let mut seen = BTreeSet::new();
            let mut current = Some(&term.code);
            while let Some(code) = current {
                if !seen.insert(code) {
                    return Err(ThesaurusError::Cycle {
                        vocabulary: thesaurus.vocabulary.code.clone(),
                        code: term.code.clone(),
                    });
                }
                current = thesaurus.term(code).and_then(|t| t.parent.as_ref());
            }
        }
        Ok(thesaurus)
    }

    pub fn vocabulary(&self) -> &Vocabulary {
        &self.vocabulary
    }

    pub fn code(&self) -> &VocabularyCode {
        &self.vocabulary.code
    }

    /// All terms in display order (each parent before its children).
    pub fn terms(&self) -> &[Term] {
        &self.terms
    }

    pub fn term(&self, code: &TermCode) -> Option<&Term> {
        self.index.get(code).map(|&position| &self.terms[position])
    }

    pub fn find(&self, code: &str) -> Option<&Term> {
        TermCode::parse(code).ok().and_then(|code| self.term(&code))
    }

    pub fn roots(&self) -> impl Iterator<Item = &Term> {
        self.terms.iter().filter(|term| term.parent.is_none())
    }

    pub fn children<'a>(&'a self, code: &'a TermCode) -> impl Iterator<Item = &'a Term> + 'a {
        self.terms.iter().filter(move |term| term.parent.as_ref() == Some(code))
    }

    /// The term and every term below it, at any depth.
    pub fn self_and_descendants(&self, code: &TermCode) -> Vec<&TermCode> {
        let mut found = Vec::new();
        let mut pending = vec![code];
        while let Some(code) = pending.pop() {
            if let Some(term) = self.term(code) {
                found.push(&term.code);
                pending.extend(self.children(&term.code).map(|child| &child.code));
            }
        }
        found
    }

    /// The term's ancestors, from its parent up to the root.
    pub fn ancestors(&self, code: &TermCode) -> Vec<&Term> {
        let mut found = Vec::new();
        let mut current = self.term(code).and_then(|term| term.parent.as_ref());
        while let Some(code) = current {
            let Some(term) = self.term(code) else { break };
            found.push(term);
            current = term.parent.as_ref();
        }
        found
    }

    /// The top-level term a term sits under (itself if it is top-level).
    pub fn root_of<'a>(&'a self, code: &'a TermCode) -> Option<&'a Term> {
        self.ancestors(code).last().copied().or_else(|| self.term(code))
    }

    /// How deep a term sits: 0 for a top-level term.
    pub fn depth(&self, code: &TermCode) -> usize {
        self.ancestors(code).len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn term(code: &str, parent: Option<&str>) -> Term {
        Term {
            alt_labels: Vec::new(),
            code: TermCode::parse(code).unwrap(),
            parent: parent.map(|p| TermCode::parse(p).unwrap()),
            labels: Labels::new().with(Language::English, code),
        }
    }

    fn vocabulary() -> Vocabulary {
        Vocabulary {
            code: VocabularyCode::type_of_measure(),
            labels: Labels::new().with(Language::English, "Type of measure"),
        }
    }

    fn three_levels() -> Thesaurus {
        Thesaurus::new(
            vocabulary(),
            vec![
                term("legislation", None),
                term("legislation.immigration", Some("legislation")),
                term("legislation.immigration.foreign-workers", Some("legislation.immigration")),
                term("legislation.penal", Some("legislation")),
                term("training", None),
            ],
        )
        .unwrap()
    }

    #[test]
    fn descendants_reach_any_depth() {
        let thesaurus = three_levels();
        let mut codes: Vec<&str> = thesaurus
            .self_and_descendants(&TermCode::parse("legislation").unwrap())
            .into_iter()
            .map(TermCode::as_str)
            .collect();
        codes.sort();
        assert_eq!(
            codes,
            ["legislation", "legislation.immigration", "legislation.immigration.foreign-workers", "legislation.penal"]
        );
        let leaf = TermCode::parse("legislation.immigration.foreign-workers").unwrap();
        assert_eq!(thesaurus.depth(&leaf), 2);
        assert_eq!(thesaurus.root_of(&leaf).unwrap().code.as_str(), "legislation");
    }

    #[test]
    fn a_parent_that_is_not_a_term_is_refused() {
        let error = Thesaurus::new(vocabulary(), vec![term("legislation.penal", Some("legislation"))]).unwrap_err();
        assert!(matches!(error, ThesaurusError::UnknownParent { .. }), "{error}");
    }

    #[test]
    fn cycles_and_duplicates_are_refused() {
        let cycle = Thesaurus::new(vocabulary(), vec![term("a", Some("b")), term("b", Some("a"))]).unwrap_err();
        assert!(matches!(cycle, ThesaurusError::Cycle { .. }), "{cycle}");
        let duplicate = Thesaurus::new(vocabulary(), vec![term("a", None), term("a", None)]).unwrap_err();
        assert!(matches!(duplicate, ThesaurusError::DuplicateCode { .. }), "{duplicate}");
    }

    #[test]
    fn codes_are_checked() {
        assert!(TermCode::parse("legislation.penal").is_ok());
        assert!(TermCode::parse("Legislation").is_err());
        assert!(TermCode::parse("a b").is_err());
        assert!(VocabularyCode::parse("type").is_ok());
        assert!(VocabularyCode::parse("type.of").is_err());
    }
}
