//! Text analysis per UN language: how titles, descriptions, vocabulary labels and queries are
//! cut into the terms the index holds.
//!
//! English, French, Spanish, Russian and Arabic are lower-cased and stemmed with their
//! Snowball stemmers; French and Spanish are folded to ASCII after stemming so that a query
//! typed without accents still matches. Chinese is segmented into words by jieba. A
//! language-independent "words" analyzer (lower-cased, folded, not stemmed) serves prefix
//! matching for search-as-you-type.

use domain::language::Language;
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language as StemmerLanguage, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    TextAnalyzer, TokenizerManager,
};

/// Tokens longer than this many bytes are dropped: they are never words.
const LONGEST_TOKEN: usize = 60;

/// The name an analyzer is registered under in the index.
pub(crate) fn analyzer_name(language: Language) -> &'static str {
    match language {
        Language::Arabic => "vawdb_ar",
        Language::Chinese => "vawdb_zh",
        Language::English => "vawdb_en",
        Language::French => "vawdb_fr",
        Language::Russian => "vawdb_ru",
        Language::Spanish => "vawdb_es",
    }
}

pub(crate) const WORDS_ANALYZER: &str = "vawdb_words";

/// The analyzer of one language.
pub(crate) fn analyzer(language: Language) -> TextAnalyzer {
    let stemmed = |stemmer: StemmerLanguage| {
        TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(LONGEST_TOKEN))
            .filter(LowerCaser)
            .filter(Stemmer::new(stemmer))
            .filter(AsciiFoldingFilter)
            .build()
    };
    match language {
        Language::Arabic => stemmed(StemmerLanguage::Arabic),
        Language::English => stemmed(StemmerLanguage::English),
        Language::French => stemmed(StemmerLanguage::French),
        Language::Russian => TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(LONGEST_TOKEN))
            .filter(LowerCaser)
            .filter(Stemmer::new(StemmerLanguage::Russian))
            .build(),
        Language::Spanish => stemmed(StemmerLanguage::Spanish),
        Language::Chinese => TextAnalyzer::builder(tantivy_jieba::JiebaTokenizer::new())
            .filter(RemoveLongFilter::limit(LONGEST_TOKEN))
            .filter(LowerCaser)
            .build(),
    }
}

/// The language-independent analyzer for prefixes: lower-cased and folded, not stemmed.
pub(crate) fn words_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(LONGEST_TOKEN))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

/// Registers every analyzer with an index.
pub(crate) fn register(manager: &TokenizerManager) {
    for language in Language::ALL {
        manager.register(analyzer_name(language), analyzer(language));
    }
    manager.register(WORDS_ANALYZER, words_analyzer());
}

/// The terms an analyzer makes of a text, in order.
pub(crate) fn terms(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
    let mut stream = analyzer.token_stream(text);
    let mut terms = Vec::new();
    while stream.advance() {
        let term = &stream.token().text;
        if !term.trim().is_empty() {
            terms.push(term.clone());
        }
    }
    terms
}

/// One analyzer per language, ready to use: analysers keep a buffer, so each query takes its
/// own copy.
#[derive(Clone)]
pub(crate) struct Analyzers {
    by_language: Vec<(Language, TextAnalyzer)>,
    words: TextAnalyzer,
}

impl Analyzers {
    pub(crate) fn new() -> Analyzers {
        Analyzers {
            by_language: Language::ALL.into_iter().map(|language| (language, analyzer(language))).collect(),
            words: words_analyzer(),
        }
    }

    pub(crate) fn terms(&mut self, language: Language, text: &str) -> Vec<String> {
        let analyzer = self
            .by_language
            .iter_mut()
            .find(|(candidate, _)| *candidate == language)
            .map(|(_, analyzer)| analyzer)
            .expect("there is an analyzer for every language");
        terms(analyzer, text)
    }

    pub(crate) fn words(&mut self, text: &str) -> Vec<String> {
        terms(&mut self.words, text)
    }

    pub(crate) fn analyzer(&self, language: Language) -> TextAnalyzer {
        self.by_language
            .iter()
            .find(|(candidate, _)| *candidate == language)
            .map(|(_, analyzer)| analyzer.clone())
            .expect("there is an analyzer for every language")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_stems_its_own_inflections() {
        let mut analyzers = Analyzers::new();
        assert_eq!(analyzers.terms(Language::English, "Trainings"), analyzers.terms(Language::English, "training"));
        assert_eq!(
            analyzers.terms(Language::French, "travailleuses migrantes"),
            analyzers.terms(Language::French, "travailleuse migrante")
        );
        assert_eq!(
            analyzers.terms(Language::Spanish, "Trabajadoras domésticas"),
            analyzers.terms(Language::Spanish, "trabajadora domestica")
        );
        assert_eq!(analyzers.terms(Language::Russian, "мигрантов"), analyzers.terms(Language::Russian, "мигранты"));
        assert_eq!(analyzers.terms(Language::Arabic, "المهاجرات").len(), 1);
    }

    #[test]
    fn chinese_is_segmented_into_words() {
        let mut analyzers = Analyzers::new();
        let terms = analyzers.terms(Language::Chinese, "移民妇女遭受暴力");
        assert!(terms.len() >= 3, "{terms:?}");
        assert!(terms.contains(&"移民".to_owned()), "{terms:?}");
    }

    #[test]
    fn the_words_analyzer_folds_but_does_not_stem() {
        let mut analyzers = Analyzers::new();
        assert_eq!(analyzers.words("Trabajadoras Domésticas"), vec!["trabajadoras", "domesticas"]);
    }
}
