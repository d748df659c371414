//! Numbers, percentages, lists and the sort order of names in each of the six UN languages,
//! from the Unicode CLDR by ICU4X (compiled data, no files at run time), adjusted where the
//! United Nations' editorial rules for a language differ from CLDR's defaults.
//!
//! ```
//! use domain::language::Language;
//! use locale_format::LocaleFormat;
//!
//! let french = LocaleFormat::of(Language::French);
//! assert_eq!(french.number(1404), "1\u{202f}404");
//! assert_eq!(french.list(["Bélarus", "Chili", "Turkménistan"]), "Bélarus, Chili et Turkménistan");
//! let mut names = vec!["Égypte", "Équateur", "Espagne", "Émirats arabes unis"];
//! french.sort(&mut names, |name| name);
//! assert_eq!(names, ["Égypte", "Émirats arabes unis", "Équateur", "Espagne"]);
//! ```
//!
//! Where the United Nations and CLDR differ (each rule cites its source in
//! `docs/languages.md`):
//!
//! - **English** lists have no serial comma ("A, B and C"): the CLDR list patterns of
//!   British English, which the United Nations spells, are used.
//! - **Spanish** groups thousands with a fixed space from four digits on ("4 300") and writes
//!   the percent sign without a space ("1%"), as the United Nations' Spanish translation
//!   services do; CLDR's Spanish uses a full stop and groups only from five digits.
//! - **Arabic** writes Western digits (the numbering system `latn`), as United Nations Arabic
//!   documents do, and separates every item of a list with "، و" ("A، وB، وC").

use std::{cmp::Ordering, sync::OnceLock};

use domain::language::Language;
use icu_collator::{Collator, CollatorBorrowed, CollatorPreferences, options::CollatorOptions};
use icu_decimal::{
    DecimalFormatter, DecimalFormatterPreferences,
    input::Decimal,
    options::{DecimalFormatterOptions, GroupingStrategy},
};
use icu_list::{
    ListFormatter, ListFormatterPreferences,
    options::{ListFormatterOptions, ListLength},
};
use icu_locale_core::Locale;

/// The formatters of one language.
pub struct LocaleFormat {
    language: Language,
    decimal: DecimalFormatter,
    list: ListFormatter,
    collator: CollatorBorrowed<'static>,
}

impl LocaleFormat {
    /// The formatters of `language`, made once and kept for the life of the process.
    pub fn of(language: Language) -> &'static LocaleFormat {
        static FORMATS: OnceLock<Vec<LocaleFormat>> = OnceLock::new();
        let formats = FORMATS.get_or_init(|| Language::ALL.into_iter().map(LocaleFormat::new).collect());
        formats.iter().find(|format| format.language == language).expect("a format for every UN language")
    }

    fn new(language: Language) -> LocaleFormat {
        let locale = |tag: &str| -> Locale { tag.parse().expect("a valid locale tag") };
        let number_locale = locale(match language {
            Language::Arabic => "ar-u-nu-latn",
            Language::English => "en-GB",
            // CLDR's Spanish groups with a full stop and only from five digits; United
            // Nations Spanish groups every number of four digits or more with a space and
            // writes a decimal comma, which are CLDR's French symbols and grouping.
            Language::Spanish => "fr",
            other => other.code(),
        });
        let list_locale = locale(if language == Language::English { "en-GB" } else { language.code() });
        let mut decimal_options = DecimalFormatterOptions::default();
        decimal_options.grouping_strategy = Some(GroupingStrategy::Auto);
        let decimal = DecimalFormatter::try_new(DecimalFormatterPreferences::from(&number_locale), decimal_options)
            .expect("compiled data has decimal symbols for every UN language");
        let list = ListFormatter::try_new_and(
            ListFormatterPreferences::from(&list_locale),
            ListFormatterOptions::default().with_length(ListLength::Wide),
        )
        .expect("compiled data has list patterns for every UN language");
        let collator = Collator::try_new(CollatorPreferences::from(&list_locale), CollatorOptions::default())
            .expect("compiled data has a collation for every UN language");
        LocaleFormat { language, decimal, list, collator }
    }

    pub fn language(&self) -> Language {
        self.language
    }

    /// A whole number with the language's digits and thousands separator: "1,404",
    /// "1 404" (French, Russian, Spanish), "1,404" (Arabic and Chinese).
    pub fn number(&self, value: i64) -> String {
        self.un_style(self.decimal.format(&Decimal::from(value)).to_string())
    }

    /// A number with exactly `fraction_digits` digits after the decimal separator, rounded
    /// half away from zero: "12.5", "12,5".
    pub fn decimal(&self, value: f64, fraction_digits: u8) -> String {
        let scale = 10_f64.powi(i32::from(fraction_digits));
        let scaled = (value * scale).round();
        if !scaled.is_finite() || scaled.abs() > 9.0e15 {
            return value.to_string();
        }
        let mut decimal = Decimal::from(scaled as i64);
        decimal.multiply_pow10(-i16::from(fraction_digits));
        decimal.absolute.pad_end(-i16::from(fraction_digits));
        self.un_style(self.decimal.format(&decimal).to_string())
    }

    /// A share (0.125 for one eighth) as a percentage with `fraction_digits` decimals:
    /// "12.5%" (English, Arabic, Chinese, Spanish), "12,5 %" (French, Russian).
    pub fn percent(&self, share: f64, fraction_digits: u8) -> String {
        let number = self.decimal(share * 100.0, fraction_digits);
        match self.language {
            // French and Russian typography put a no-break space before the sign.
            Language::French | Language::Russian => format!("{number}\u{a0}%"),
            _ => format!("{number}%"),
        }
    }

    /// The items joined as the language joins a list with "and": "A, B and C",
    /// "A, B et C", "A, B y C", "A, B и C", "A、B和C", "A، وB، وC".
    pub fn list<I, S>(&self, items: I) -> String
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let items: Vec<String> = items.into_iter().map(|item| item.as_ref().to_owned()).collect();
        if self.language == Language::Arabic {
            return arabic_list(&items);
        }
        self.list.format_to_string(items.iter().map(String::as_str))
    }

    /// How two names compare in the language's alphabetical order: accents and case count
    /// only when the letters are the same, so "Équateur" sorts among the E.
    pub fn compare(&self, left: &str, right: &str) -> Ordering {
        self.collator.compare(left, right)
    }

    /// Sorts `items` by the text `key` gives, in the language's alphabetical order.
    pub fn sort<T>(&self, items: &mut [T], key: impl Fn(&T) -> &str) {
        items.sort_by(|left, right| self.compare(key(left), key(right)));
    }

    /// Adjusts a number CLDR formatted to the United Nations' style for the language.
    fn un_style(&self, formatted: String) -> String {
        match self.language {
            // French's narrow no-break space becomes the fixed space of Spanish typography.
            Language::Spanish => formatted.replace('\u{202f}', "\u{a0}"),
            _ => formatted,
        }
    }
}

/// "A، وB، وC": every item after the first takes the conjunction, after an Arabic comma.
fn arabic_list(items: &[String]) -> String {
    let mut joined = String::new();
    for (position, item) in items.iter().enumerate() {
        if position > 0 {
            joined.push_str("، و");
        }
        joined.push_str(item);
    }
    joined
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_as_united_nations_documents_write_them() {
        let written = |language| LocaleFormat::of(language).number(1_234_567);
        assert_eq!(written(Language::English), "1,234,567");
        assert_eq!(written(Language::French), "1\u{202f}234\u{202f}567");
        assert_eq!(written(Language::Spanish), "1\u{a0}234\u{a0}567");
        assert_eq!(written(Language::Russian), "1\u{a0}234\u{a0}567");
        assert_eq!(written(Language::Chinese), "1,234,567");
        assert_eq!(written(Language::Arabic), "1,234,567");
        assert_eq!(LocaleFormat::of(Language::Spanish).number(4300), "4\u{a0}300");
        assert_eq!(LocaleFormat::of(Language::English).number(-12), "-12");
    }

    #[test]
    fn decimals_and_percentages_use_each_languages_separator_and_sign() {
        assert_eq!(LocaleFormat::of(Language::English).decimal(0.425, 2), "0.43");
        assert_eq!(LocaleFormat::of(Language::French).decimal(0.42, 2), "0,42");
        assert_eq!(LocaleFormat::of(Language::English).decimal(3.0, 1), "3.0");
        assert_eq!(LocaleFormat::of(Language::English).percent(0.125, 1), "12.5%");
        assert_eq!(LocaleFormat::of(Language::French).percent(0.125, 1), "12,5\u{a0}%");
        assert_eq!(LocaleFormat::of(Language::Spanish).percent(0.01, 0), "1%");
        assert_eq!(LocaleFormat::of(Language::Chinese).percent(0.5, 0), "50%");
    }

    #[test]
    fn lists_take_each_languages_conjunction_and_punctuation() {
        let list = |language| LocaleFormat::of(language).list(["A", "B", "C"]);
        assert_eq!(list(Language::English), "A, B and C");
        assert_eq!(list(Language::French), "A, B et C");
        assert_eq!(list(Language::Spanish), "A, B y C");
        assert_eq!(list(Language::Russian), "A, B и C");
        assert_eq!(list(Language::Chinese), "A、B和C");
        assert_eq!(list(Language::Arabic), "A، وB، وC");
        assert_eq!(LocaleFormat::of(Language::English).list(["Chile", "Belarus"]), "Chile and Belarus");
        assert_eq!(LocaleFormat::of(Language::English).list(["Chile"]), "Chile");
        // Spanish "y" becomes "e" before a word that begins with the sound /i/.
        assert_eq!(LocaleFormat::of(Language::Spanish).list(["Francia", "Italia"]), "Francia e Italia");
    }

    #[test]
    fn french_order_ignores_accents_and_case_unless_the_letters_are_equal() {
        let mut names = vec!["Équateur", "Égypte", "Estonie", "Érythrée", "El Salvador", "Espagne"];
        LocaleFormat::of(Language::French).sort(&mut names, |name| name);
        assert_eq!(names, ["Égypte", "El Salvador", "Équateur", "Érythrée", "Espagne", "Estonie"]);
    }

    #[test]
    fn russian_and_spanish_order_follow_their_alphabets() {
        let mut names = vec!["Эстония", "Египет", "Ёлкино", "Ямайка", "Австрия"];
        LocaleFormat::of(Language::Russian).sort(&mut names, |name| name);
        assert_eq!(names, ["Австрия", "Египет", "Ёлкино", "Эстония", "Ямайка"]);
        let mut names = vec!["Níger", "Nigeria", "Noruega", "Ñandú", "Nauru"];
        LocaleFormat::of(Language::Spanish).sort(&mut names, |name| name);
        assert_eq!(names, ["Nauru", "Níger", "Nigeria", "Noruega", "Ñandú"]);
    }
}
