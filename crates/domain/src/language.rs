//! The six official languages of the United Nations, and texts keyed by them.

use std::{collections::BTreeMap, fmt};

use serde::{Deserialize, Serialize};

/// One of the six official languages of the United Nations.
///
/// The declaration order is the order the United Nations lists them in (Arabic, Chinese,
/// English, French, Russian, Spanish), so sorting by `Language` gives the customary order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    #[serde(rename = "ar")]
    Arabic,
    #[serde(rename = "zh")]
    Chinese,
    #[serde(rename = "en")]
    English,
    #[serde(rename = "fr")]
    French,
    #[serde(rename = "ru")]
    Russian,
    #[serde(rename = "es")]
    Spanish,
}

impl Language {
    /// All six languages in United Nations order.
    pub const ALL: [Language; 6] = [
        Language::Arabic,
        Language::Chinese,
        Language::English,
        Language::French,
        Language::Russian,
        Language::Spanish,
    ];

    /// The ISO 639-1 code: `ar`, `zh`, `en`, `fr`, `ru` or `es`.
    pub fn code(self) -> &'static str {
        match self {
            Language::Arabic => "ar",
            Language::Chinese => "zh",
            Language::English => "en",
            Language::French => "fr",
            Language::Russian => "ru",
            Language::Spanish => "es",
        }
    }

    /// Reads an ISO 639-1 code, case-insensitively.
    pub fn from_code(code: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|language| language.code().eq_ignore_ascii_case(code))
    }

    /// The language's name in itself, as a language menu shows it.
    pub fn endonym(self) -> &'static str {
        match self {
            Language::Arabic => "العربية",
            Language::Chinese => "中文",
            Language::English => "English",
            Language::French => "Français",
            Language::Russian => "Русский",
            Language::Spanish => "Español",
        }
    }

    /// Whether the language is written right to left.
    pub fn is_right_to_left(self) -> bool {
        self == Language::Arabic
    }

    /// A comma-separated list of all codes, for error messages.
    pub fn all_codes() -> String {
        Language::ALL.map(Language::code).join(", ")
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A short text, such as a name or a label, in some of the six languages.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Labels(BTreeMap<Language, String>);

impl Labels {
    pub fn new() -> Labels {
        Labels(BTreeMap::new())
    }

    /// Sets the text in one language; an empty text removes it.
    pub fn set(&mut self, language: Language, text: impl Into<String>) {
        let text = text.into();
        if text.trim().is_empty() {
            self.0.remove(&language);
        } else {
            self.0.insert(language, text);
        }
    }

    pub fn with(mut self, language: Language, text: impl Into<String>) -> Labels {
        self.set(language, text);
        self
    }

    /// The text in exactly this language, if there is one.
    pub fn get(&self, language: Language) -> Option<&str> {
        self.0.get(&language).map(String::as_str)
    }

    /// The text in the wanted language, else in English, else in any language there is.
    pub fn best(&self, wanted: Language) -> &str {
        self.get(wanted)
            .or_else(|| self.get(Language::English))
            .or_else(|| self.0.values().next().map(String::as_str))
            .unwrap_or("")
    }

    pub fn languages(&self) -> impl Iterator<Item = Language> + '_ {
        self.0.keys().copied()
    }

    pub fn iter(&self) -> impl Iterator<Item = (Language, &str)> {
        self.0.iter().map(|(language, text)| (*language, text.as_str()))
    }

    pub fn has_all_languages(&self) -> bool {
        Language::ALL.iter().all(|language| self.0.contains_key(language))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_unknown_codes_are_refused() {
        for language in Language::ALL {
            assert_eq!(Language::from_code(language.code()), Some(language));
        }
        assert_eq!(Language::from_code("EN"), Some(Language::English));
        assert_eq!(Language::from_code("de"), None);
    }

    #[test]
    fn best_label_falls_back_to_english_then_to_any() {
        let labels = Labels::new().with(Language::English, "Migrant women").with(Language::French, "Femmes migrantes");
        assert_eq!(labels.best(Language::French), "Femmes migrantes");
        assert_eq!(labels.best(Language::Russian), "Migrant women");
        let only_spanish = Labels::new().with(Language::Spanish, "Mujeres migrantes");
        assert_eq!(only_spanish.best(Language::Chinese), "Mujeres migrantes");
    }
}
