//! Measures: one thing an actor did against violence against women migrant workers, with its
//! texts in one or more languages and its classification in the thesauri.

use std::{
    collections::{BTreeMap, BTreeSet},
    fmt,
};

use serde::{Deserialize, Serialize};

use crate::{
    actor::ActorCode,
    country::M49,
    cycle::CycleCode,
    language::Language,
    message::Message,
    vocabulary::{TermCode, VocabularyCode},
};

/// A measure's stable identifier across systems and re-imports, such as "2009-BLR-penal".
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct ExternalId(String);

impl ExternalId {
    /// Reads 1 to 100 letters, digits, dots, hyphens, underscores and colons.
    pub fn parse(text: &str) -> Result<ExternalId, Message> {
        let valid = (1..=100).contains(&text.len())
            && text.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | ':'));
        if valid {
            Ok(ExternalId(text.to_owned()))
        } else {
            Err(Message::new(
                "problem-not-a-measure-id",
                format!(
                    "'{text}' is not a measure id: use 1 to 100 letters, digits, dots, hyphens, underscores and colons"
                ),
            )
            .text("text", crate::text::shortened(text)))
        }
    }

    /// An id made from what a measure says about itself, for forms that do not ask people to
    /// invent one: who (a country's alpha-3 code or an actor's code), when (a year or a
    /// cycle's code) and the first words of the title, as ASCII: "PHL-2026-shelters-for-women".
    /// Letters lose their accents; a title in a script without Latin letters adds nothing,
    /// and the id is then "PHL-2026-measure". The caller makes it unique.
    pub fn suggested(who: &str, when: Option<&str>, title: &str) -> ExternalId {
        use unicode_normalization::UnicodeNormalization;
        let mut words: Vec<String> = Vec::new();
        let mut word = String::new();
        for c in title.nfd() {
            if c.is_ascii_alphanumeric() {
                word.push(c.to_ascii_lowercase());
            } else if !unicode_normalization::char::is_combining_mark(c) && !word.is_empty() {
                words.push(std::mem::take(&mut word));
            }
        }
        if !word.is_empty() {
            words.push(word);
        }
        let mut slug = String::new();
        for word in words.iter().filter(|word| !STOP_WORDS.contains(&word.as_str())) {
            if slug.len() + word.len() + 1 > SUGGESTED_SLUG_CHARS {
                break;
            }
            if !slug.is_empty() {
                slug.push('-');
            }
            slug.push_str(word);
        }
        if slug.is_empty() {
            slug.push_str("measure");
        }
        let parts = [Some(who), when, Some(slug.as_str())];
        let text: String = parts
            .into_iter()
            .flatten()
            .map(|part| part.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').collect::<String>())
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join("-");
        ExternalId(text)
    }

    /// The same id with a number after it, to tell apart measures whose suggested ids meet.
    pub fn numbered(&self, number: u32) -> ExternalId {
        ExternalId(format!("{}-{number}", self.0))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// How long the title part of a suggested id may be.
const SUGGESTED_SLUG_CHARS: usize = 40;

/// Words a suggested id leaves out of a title, as they tell measures apart the least.
const STOP_WORDS: &[&str] = &[
    "a", "an", "the", "of", "for", "and", "on", "in", "to", "de", "la", "le", "les", "des", "du", "el", "los", "las",
    "y", "et",
];

impl TryFrom<String> for ExternalId {
    type Error = Message;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        ExternalId::parse(&text)
    }
}

impl From<ExternalId> for String {
    fn from(id: ExternalId) -> String {
        id.0
    }
}

impl fmt::Display for ExternalId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&self.0)
    }
}

/// Where a measure is in the editorial workflow. Only published measures are public.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MeasureState {
    Draft,
    Submitted,
    Published,
    Withdrawn,
}

impl MeasureState {
    pub const ALL: [MeasureState; 4] =
        [MeasureState::Draft, MeasureState::Submitted, MeasureState::Published, MeasureState::Withdrawn];

    pub fn as_str(self) -> &'static str {
        match self {
            MeasureState::Draft => "draft",
            MeasureState::Submitted => "submitted",
            MeasureState::Published => "published",
            MeasureState::Withdrawn => "withdrawn",
        }
    }

    pub fn parse(text: &str) -> Option<MeasureState> {
        MeasureState::ALL.into_iter().find(|state| state.as_str() == text)
    }

    pub fn is_public(self) -> bool {
        self == MeasureState::Published
    }
}

/// Whether the measure exists yet: a law adopted or a study done, or one still being prepared
/// ("Ghana was in the process of developing a national migration policy").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ImplementationStatus {
    InPreparation,
    InPlace,
}

impl ImplementationStatus {
    pub const ALL: [ImplementationStatus; 2] = [ImplementationStatus::InPreparation, ImplementationStatus::InPlace];

    pub fn as_str(self) -> &'static str {
        match self {
            ImplementationStatus::InPreparation => "in_preparation",
            ImplementationStatus::InPlace => "in_place",
        }
    }

    pub fn parse(text: &str) -> Option<ImplementationStatus> {
        ImplementationStatus::ALL.into_iter().find(|status| status.as_str() == text)
    }
}

/// The years a measure covers: one year, or a first and a last year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct YearRange {
    from: i32,
    to: i32,
}

impl YearRange {
    pub const EARLIEST: i32 = 1900;
    pub const LATEST: i32 = 2100;

    pub fn new(from: i32, to: Option<i32>) -> Result<YearRange, Message> {
        let to = to.unwrap_or(from);
        for year in [from, to] {
            if !(Self::EARLIEST..=Self::LATEST).contains(&year) {
                return Err(Message::new(
                    "problem-year-out-of-range",
                    format!("{year} is not a year between {} and {}", Self::EARLIEST, Self::LATEST),
                )
                .text("year", year.to_string())
                .text("earliest", Self::EARLIEST.to_string())
                .text("latest", Self::LATEST.to_string()));
            }
        }
        if to < from {
            return Err(Message::new(
                "problem-last-year-before-first",
                format!("the last year {to} is before the first year {from}"),
            )
            .text("to", to.to_string())
            .text("from", from.to_string()));
        }
        Ok(YearRange { from, to })
    }

    pub fn from(self) -> i32 {
        self.from
    }

    pub fn to(self) -> i32 {
        self.to
    }
}

impl fmt::Display for YearRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.from == self.to { write!(f, "{}", self.from) } else { write!(f, "{}–{}", self.from, self.to) }
    }
}

/// A measure's title and description in one language, and what is known of its effectiveness.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeasureText {
    pub title: String,
    pub description: String,
    pub effectiveness: Option<String>,
    /// Whether the text is the original or a translation; `None` when nobody said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<TextOrigin>,
}

/// Where a measure's text in one language comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TextOrigin {
    /// Written in this language: the reply or the report the measure comes from.
    Original,
    /// A translation issued by the United Nations or by the Government.
    OfficialTranslation,
    /// A translation made for vawdb, not issued by anyone.
    UnofficialTranslation,
}

impl TextOrigin {
    pub const ALL: [TextOrigin; 3] =
        [TextOrigin::Original, TextOrigin::OfficialTranslation, TextOrigin::UnofficialTranslation];

    /// The code in files and forms: `original`, `official_translation`, `unofficial_translation`.
    pub fn as_str(self) -> &'static str {
        match self {
            TextOrigin::Original => "original",
            TextOrigin::OfficialTranslation => "official_translation",
            TextOrigin::UnofficialTranslation => "unofficial_translation",
        }
    }

    pub fn parse(code: &str) -> Option<TextOrigin> {
        TextOrigin::ALL.into_iter().find(|origin| origin.as_str() == code.trim())
    }

    pub fn is_translation(self) -> bool {
        self != TextOrigin::Original
    }
}

/// The terms a measure is tagged with, by vocabulary.
///
/// Kept as one sorted list of (vocabulary, term) pairs rather than a map of sets: a measure
/// has a handful of terms, and a tree per measure and per vocabulary took about 1.4 KB a
/// measure, most of an import of 100,000 measures. It reads and writes as a map of
/// vocabularies to lists of terms, as it always has.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(from = "BTreeMap<VocabularyCode, BTreeSet<TermCode>>")]
pub struct Classification(Vec<(VocabularyCode, TermCode)>);

impl Classification {
    pub fn new() -> Classification {
        Classification::default()
    }

    pub fn add(&mut self, vocabulary: VocabularyCode, term: TermCode) {
        let pair = (vocabulary, term);
        if let Err(at) = self.0.binary_search(&pair) {
            self.0.insert(at, pair);
        }
    }

    pub fn terms(&self, vocabulary: &str) -> impl Iterator<Item = &TermCode> {
        self.0.iter().filter(move |(code, _)| code.as_str() == vocabulary).map(|(_, term)| term)
    }

    /// Every (vocabulary, term) pair, by vocabulary and then term.
    pub fn iter(&self) -> impl Iterator<Item = (&VocabularyCode, &TermCode)> {
        self.0.iter().map(|(vocabulary, term)| (vocabulary, term))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl From<BTreeMap<VocabularyCode, BTreeSet<TermCode>>> for Classification {
    fn from(map: BTreeMap<VocabularyCode, BTreeSet<TermCode>>) -> Classification {
        let pairs = map
            .into_iter()
            .flat_map(|(vocabulary, terms)| terms.into_iter().map(move |term| (vocabulary.clone(), term)));
        Classification(pairs.collect())
    }
}

impl Serialize for Classification {
    /// Written straight from the sorted pairs, a vocabulary with its list of terms at a time,
    /// without the copy a conversion to a map would make: every stored version and every
    /// exported measure is serialised.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        for group in self.0.chunk_by(|(left, _), (right, _)| left == right) {
            let terms: Vec<&TermCode> = group.iter().map(|(_, term)| term).collect();
            map.serialize_entry(&group[0].0, &terms)?;
        }
        map.end()
    }
}

/// A measure's text in each language it has, by language.
///
/// A sorted list rather than a `BTreeMap`: most measures have one or two languages, and a
/// map's first node holds room for eleven, about 900 bytes a measure. Reads and writes as a
/// map from language code to text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(from = "BTreeMap<Language, MeasureText>")]
pub struct MeasureTexts(Vec<(Language, MeasureText)>);

impl MeasureTexts {
    pub fn new() -> MeasureTexts {
        MeasureTexts::default()
    }

    /// Sets the text in `language`, replacing the one it had.
    pub fn insert(&mut self, language: Language, text: MeasureText) {
        match self.0.binary_search_by_key(&language, |(existing, _)| *existing) {
            Ok(at) => self.0[at].1 = text,
            Err(at) => self.0.insert(at, (language, text)),
        }
    }

    pub fn get(&self, language: &Language) -> Option<&MeasureText> {
        let at = self.0.binary_search_by_key(language, |(existing, _)| *existing).ok()?;
        Some(&self.0[at].1)
    }

    pub fn get_mut(&mut self, language: &Language) -> Option<&mut MeasureText> {
        let at = self.0.binary_search_by_key(language, |(existing, _)| *existing).ok()?;
        Some(&mut self.0[at].1)
    }

    pub fn contains_key(&self, language: &Language) -> bool {
        self.get(language).is_some()
    }

    /// The languages and texts, in the order of [`Language`].
    pub fn iter(&self) -> impl Iterator<Item = (&Language, &MeasureText)> + Clone {
        self.0.iter().map(|(language, text)| (language, text))
    }

    pub fn keys(&self) -> impl Iterator<Item = &Language> + Clone {
        self.0.iter().map(|(language, _)| language)
    }

    pub fn values(&self) -> impl Iterator<Item = &MeasureText> + Clone {
        self.0.iter().map(|(_, text)| text)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl std::ops::Index<&Language> for MeasureTexts {
    type Output = MeasureText;

    fn index(&self, language: &Language) -> &MeasureText {
        self.get(language).unwrap_or_else(|| panic!("the measure has no text in {language:?}"))
    }
}

impl<'a> IntoIterator for &'a MeasureTexts {
    type Item = (&'a Language, &'a MeasureText);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (Language, MeasureText)>,
        fn(&'a (Language, MeasureText)) -> (&'a Language, &'a MeasureText),
    >;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(language, text)| (language, text))
    }
}

impl FromIterator<(Language, MeasureText)> for MeasureTexts {
    fn from_iter<I: IntoIterator<Item = (Language, MeasureText)>>(pairs: I) -> MeasureTexts {
        let mut texts = MeasureTexts::new();
        for (language, text) in pairs {
            texts.insert(language, text);
        }
        texts
    }
}

impl<const N: usize> From<[(Language, MeasureText); N]> for MeasureTexts {
    fn from(pairs: [(Language, MeasureText); N]) -> MeasureTexts {
        pairs.into_iter().collect()
    }
}

impl From<BTreeMap<Language, MeasureText>> for MeasureTexts {
    fn from(map: BTreeMap<Language, MeasureText>) -> MeasureTexts {
        MeasureTexts(map.into_iter().collect())
    }
}

impl Serialize for MeasureTexts {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.iter())
    }
}

/// One thing an actor did: a law, a policy, a campaign, a service, a training programme, a
/// data collection, an agreement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Measure {
    pub external_id: ExternalId,
    /// Who took the measure.
    pub actor: ActorCode,
    /// Where it applies: the State's own country, or the country an organization worked in.
    pub country: Option<M49>,
    /// The reporting cycle whose replies reported it.
    pub cycle: Option<CycleCode>,
    pub years: Option<YearRange>,
    pub implementation: ImplementationStatus,
    pub state: MeasureState,
    pub classification: Classification,
    pub texts: MeasureTexts,
    /// The official source, such as "A/64/152, para. 17".
    pub source: Option<String>,
}

impl Measure {
    /// The text in the wanted language, else the original, else English, else the first
    /// language it has.
    pub fn text(&self, wanted: Language) -> &MeasureText {
        &self.texts[&self.language_of(wanted)]
    }

    /// The language [`Measure::text`] gives for `wanted`.
    pub fn language_of(&self, wanted: Language) -> Language {
        if self.texts.contains_key(&wanted) {
            wanted
        } else if let Some(original) = self.original_language() {
            original
        } else if self.texts.contains_key(&Language::English) {
            Language::English
        } else {
            *self.texts.keys().next().expect("a measure always has a text in at least one language")
        }
    }

    /// The language of the text marked original, if one is.
    pub fn original_language(&self) -> Option<Language> {
        self.texts.iter().find(|(_, text)| text.origin == Some(TextOrigin::Original)).map(|(language, _)| *language)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_classification_reads_and_writes_as_a_map_of_vocabularies_to_sorted_terms() {
        let code = |text: &str| VocabularyCode::parse(text).unwrap();
        let term = |text: &str| TermCode::parse(text).unwrap();
        let mut classification = Classification::new();
        classification.add(code("type"), term("protection.shelters"));
        classification.add(code("form"), term("trafficking"));
        classification.add(code("type"), term("legislation"));
        classification.add(code("type"), term("legislation"));
        let json = serde_json::to_string(&classification).unwrap();
        assert_eq!(json, r#"{"form":["trafficking"],"type":["legislation","protection.shelters"]}"#);
        let read: Classification = serde_json::from_str(&json).unwrap();
        assert_eq!(read, classification);
        assert_eq!(
            read.terms("type").map(TermCode::as_str).collect::<Vec<_>>(),
            ["legislation", "protection.shelters"]
        );
    }

    #[test]
    fn year_ranges_are_checked_and_printed() {
        assert_eq!(YearRange::new(2009, None).unwrap().to_string(), "2009");
        assert_eq!(YearRange::new(2007, Some(2009)).unwrap().to_string(), "2007–2009");
        assert!(YearRange::new(2009, Some(2007)).unwrap_err().english().contains("before"));
        assert!(YearRange::new(209, None).is_err());
    }

    #[test]
    fn suggested_ids_read_as_who_when_and_what_in_ascii() {
        let id = ExternalId::suggested("PHL", Some("2026"), "Shelters for women migrant workers");
        assert_eq!(id.as_str(), "PHL-2026-shelters-women-migrant-workers");
        let french = ExternalId::suggested("SEN", None, "Formation des agents de l'État à la détection");
        assert_eq!(french.as_str(), "SEN-formation-agents-l-etat-detection");
        assert_eq!(ExternalId::suggested("IOM", Some("2009"), "مأوى للنساء").as_str(), "IOM-2009-measure");
        let long = ExternalId::suggested("KEN", Some("2026"), &"word ".repeat(60));
        assert!(long.as_str().len() <= 60, "{long}");
        for id in [id, french, long] {
            assert!(ExternalId::parse(id.as_str()).is_ok(), "{id} is a valid id");
        }
    }

    #[test]
    fn external_ids_refuse_spaces_and_slashes() {
        assert!(ExternalId::parse("2009-BLR-penal").is_ok());
        assert!(ExternalId::parse("a b").is_err());
        assert!(ExternalId::parse("a/b").is_err());
        assert!(ExternalId::parse("").is_err());
    }
}
