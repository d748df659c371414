//! United Nations editorial style for the words a report is built from: lists of States,
//! numbers and dates, as the Secretary-General's reports write them.
//!
//! ```
//! use domain::un_style::{ListedName, parenthetical_list, running_text_list, number_words};
//!
//! let names = [
//!     ListedName::new("Republic of Korea", Some("the")),
//!     ListedName::new("Belarus", None),
//!     ListedName::new("Turkmenistan", None),
//! ];
//! assert_eq!(parenthetical_list(&names), "Belarus, Republic of Korea and Turkmenistan");
//! assert_eq!(running_text_list(&names), "Belarus, the Republic of Korea and Turkmenistan");
//! assert_eq!(number_words(28), "twenty-eight");
//! ```

use crate::{language::Language, text::english_sort_key};

/// A name to list, with the article it takes in running text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListedName {
    pub name: String,
    pub article: Option<String>,
}

impl ListedName {
    pub fn new(name: &str, article: Option<&str>) -> ListedName {
        ListedName { name: name.to_owned(), article: article.map(str::to_owned) }
    }

    fn in_running_text(&self) -> String {
        match &self.article {
            Some(article) => format!("{article} {}", self.name),
            None => self.name.clone(),
        }
    }
}

/// The names as a parenthetical list: English alphabetical order, no articles, commas, "and"
/// before the last and no serial comma: "Belarus, Chile, Czech Republic and Turkmenistan".
pub fn parenthetical_list(names: &[ListedName]) -> String {
    join(sorted(names).into_iter().map(|name| name.name.clone()).collect())
}

/// The names in running text: the same order, each with its article: "Azerbaijan, the Czech
/// Republic, ... and Turkmenistan".
pub fn running_text_list(names: &[ListedName]) -> String {
    join(sorted(names).into_iter().map(ListedName::in_running_text).collect())
}

fn sorted(names: &[ListedName]) -> Vec<&ListedName> {
    let mut sorted: Vec<&ListedName> = names.iter().collect();
    sorted.sort_by_cached_key(|name| english_sort_key(&name.name));
    sorted.dedup_by(|a, b| a.name == b.name);
    sorted
}

/// "A", "A and B", "A, B and C".
pub fn join(items: Vec<String>) -> String {
    match items.len() {
        0 => String::new(),
        1 => items.into_iter().next().unwrap_or_default(),
        count => {
            let (head, last) = items.split_at(count - 1);
            format!("{} and {}", head.join(", "), last[0])
        }
    }
}

/// A count spelled out in words, as a number that opens a sentence must be: 28 is
/// "twenty-eight", 149 "one hundred and forty-nine".
pub fn number_words(number: u64) -> String {
    const ONES: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 10] = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
    fn below_thousand(number: u64) -> String {
        let hundreds = number / 100;
        let rest = number % 100;
        let rest_words = match rest {
            0 => String::new(),
            1..=19 => ONES[rest as usize].to_owned(),
            _ if rest.is_multiple_of(10) => TENS[(rest / 10) as usize].to_owned(),
            _ => format!("{}-{}", TENS[(rest / 10) as usize], ONES[(rest % 10) as usize]),
        };
        match (hundreds, rest) {
            (0, _) => rest_words,
            (_, 0) => format!("{} hundred", ONES[hundreds as usize]),
            _ => format!("{} hundred and {rest_words}", ONES[hundreds as usize]),
        }
    }
    if number < 20 {
        return ONES[number as usize].to_owned();
    }
    let mut parts = Vec::new();
    let scales = [(1_000_000_000, "billion"), (1_000_000, "million"), (1_000, "thousand")];
    let mut rest = number;
    for (size, word) in scales {
        if rest >= size {
            parts.push(format!("{} {word}", below_thousand(rest / size)));
            rest %= size;
        }
    }
    if rest > 0 {
        // "one thousand and five": a remainder below one hundred after a larger part takes "and".
        let words = below_thousand(rest);
        if !parts.is_empty() && rest < 100 {
            parts.push(format!("and {words}"));
        } else {
            parts.push(words);
        }
    }
    parts.join(" ")
}

/// The grammatical gender of the noun a count goes with, where a language's number words
/// agree with it: French "une entité", Spanish "veintiuna entidades".
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Gender {
    #[default]
    Masculine,
    Feminine,
}

/// A count spelled out in `language`, as United Nations documents in it spell a count that
/// opens a sentence or is below ten: "twenty-eight", "vingt-huit", "veintiocho". Chinese
/// spells only one to nine, as a count before a measure word ("一个国家", "两个国家"), and
/// writes figures from 10. `None` in Arabic and Russian, whose UN documents write counts in
/// figures, and for Chinese counts from 10.
pub fn number_words_in(language: Language, number: u64, gender: Gender) -> Option<String> {
    match language {
        Language::English => Some(number_words(number)),
        Language::French if number < 1_000_000 => Some(french_number_words(number, gender)),
        Language::Spanish if number < 1_000_000 => Some(spanish_number_words(number, gender)),
        Language::Chinese if (1..10).contains(&number) => {
            Some(["一", "两", "三", "四", "五", "六", "七", "八", "九"][(number - 1) as usize].to_owned())
        }
        _ => None,
    }
}

/// French number words in the traditional spelling of United Nations French: hyphens below
/// one hundred, "et" in 21, 31, ... 71, "quatre-vingts" and "deux cents" with their plural
/// "s" only when nothing follows.
fn french_number_words(number: u64, gender: Gender) -> String {
    const UNITS: [&str; 17] = [
        "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
        "treize", "quatorze", "quinze", "seize",
    ];
    fn below_hundred(n: u64, gender: Gender) -> String {
        let one =
            |word: &str| if gender == Gender::Feminine && word == "un" { "une".to_owned() } else { word.to_owned() };
        match n {
            0..=16 => one(UNITS[n as usize]),
            17..=19 => format!("dix-{}", UNITS[(n - 10) as usize]),
            _ => {
                let (tens, unit) = (n / 10, n % 10);
                let (stem, rest) = match tens {
                    7 => ("soixante", 10 + unit),
                    8 => ("quatre-vingt", unit),
                    9 => ("quatre-vingt", 10 + unit),
                    _ => (["", "", "vingt", "trente", "quarante", "cinquante", "soixante"][tens as usize], unit),
                };
                match (tens, rest) {
                    (8, 0) => "quatre-vingts".to_owned(),
                    (_, 0) => stem.to_owned(),
                    (2..=7, 1) | (7, 11) => format!("{stem} et {}", below_hundred(rest, gender)),
                    _ => format!("{stem}-{}", below_hundred(rest, gender)),
                }
            }
        }
    }
    fn below_thousand(n: u64, gender: Gender) -> String {
        let (hundreds, rest) = (n / 100, n % 100);
        let head = match hundreds {
            0 => return below_hundred(rest, gender),
            1 => "cent".to_owned(),
            _ if rest == 0 => format!("{} cents", UNITS[hundreds as usize]),
            _ => format!("{} cent", UNITS[hundreds as usize]),
        };
        if rest == 0 { head } else { format!("{head} {}", below_hundred(rest, gender)) }
    }
    let (thousands, rest) = (number / 1000, number % 1000);
    let head = match thousands {
        0 => return below_thousand(rest, gender),
        1 => "mille".to_owned(),
        // "quatre-vingt mille", "deux cent mille": no plural "s" before "mille".
        _ => format!("{} mille", below_thousand(thousands, Gender::Masculine).trim_end_matches('s')),
    };
    if rest == 0 { head } else { format!("{head} {}", below_thousand(rest, gender)) }
}

/// Spanish number words as United Nations Spanish writes them: "veintiocho", "treinta y un",
/// "ciento cuarenta y nueve", "doscientas" before a feminine noun. "Un" and "veintiún" are the
/// forms that stand before a noun, as a count in a report always does.
fn spanish_number_words(number: u64, gender: Gender) -> String {
    const UNITS: [&str; 30] = [
        "cero",
        "un",
        "dos",
        "tres",
        "cuatro",
        "cinco",
        "seis",
        "siete",
        "ocho",
        "nueve",
        "diez",
        "once",
        "doce",
        "trece",
        "catorce",
        "quince",
        "dieciséis",
        "diecisiete",
        "dieciocho",
        "diecinueve",
        "veinte",
        "veintiún",
        "veintidós",
        "veintitrés",
        "veinticuatro",
        "veinticinco",
        "veintiséis",
        "veintisiete",
        "veintiocho",
        "veintinueve",
    ];
    let feminine = gender == Gender::Feminine;
    let unit = |n: u64| -> String {
        match (n, feminine) {
            (1, true) => "una".to_owned(),
            (21, true) => "veintiuna".to_owned(),
            _ => UNITS[n as usize].to_owned(),
        }
    };
    let below_hundred = |n: u64| -> String {
        if n < 30 {
            return unit(n);
        }
        let tens = ["", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"]
            [(n / 10) as usize];
        if n.is_multiple_of(10) { tens.to_owned() } else { format!("{tens} y {}", unit(n % 10)) }
    };
    let below_thousand = |n: u64| -> String {
        let (hundreds, rest) = (n / 100, n % 100);
        let head = match hundreds {
            0 => return below_hundred(rest),
            1 if rest == 0 => "cien".to_owned(),
            1 => "ciento".to_owned(),
            5 => "quinientos".to_owned(),
            7 => "setecientos".to_owned(),
            9 => "novecientos".to_owned(),
            _ => format!("{}cientos", ["", "", "dos", "tres", "cuatro", "", "seis", "", "ocho"][hundreds as usize]),
        };
        let head = if feminine { head.replace("ientos", "ientas") } else { head };
        if rest == 0 { head } else { format!("{head} {}", below_hundred(rest)) }
    };
    let (thousands, rest) = (number / 1000, number % 1000);
    let head = match thousands {
        0 => return below_thousand(rest),
        1 => "mil".to_owned(),
        _ => format!("{} mil", below_thousand(thousands)),
    };
    if rest == 0 { head } else { format!("{head} {}", below_thousand(rest)) }
}

/// A count in running text: words for one to nine, figures from 10 ("eight entities",
/// "28 Member States").
pub fn number_in_text(number: u64) -> String {
    crate::text::un_number(number)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[(&str, Option<&str>)]) -> Vec<ListedName> {
        list.iter().map(|(name, article)| ListedName::new(name, *article)).collect()
    }

    #[test]
    fn one_two_and_many_names() {
        assert_eq!(parenthetical_list(&names(&[("Thailand", None)])), "Thailand");
        assert_eq!(parenthetical_list(&names(&[("Germany", None), ("Belarus", None)])), "Belarus and Germany");
        assert_eq!(
            parenthetical_list(&names(&[
                ("Turkmenistan", None),
                ("Chile", None),
                ("Belarus", None),
                ("Czech Republic", Some("the"))
            ])),
            "Belarus, Chile, Czech Republic and Turkmenistan"
        );
        assert_eq!(parenthetical_list(&[]), "");
    }

    #[test]
    fn names_that_contain_and_get_no_serial_comma() {
        assert_eq!(
            parenthetical_list(&names(&[("Trinidad and Tobago", None), ("Ecuador", None)])),
            "Ecuador and Trinidad and Tobago"
        );
        assert_eq!(
            parenthetical_list(&names(&[("Trinidad and Tobago", None), ("Turkey", None), ("Thailand", None)])),
            "Thailand, Trinidad and Tobago and Turkey"
        );
    }

    #[test]
    fn running_text_keeps_the_article_and_order_ignores_it() {
        let list = names(&[
            ("Russian Federation", Some("the")),
            ("Romania", None),
            ("Republic of Korea", Some("the")),
            ("Rwanda", None),
        ]);
        assert_eq!(running_text_list(&list), "the Republic of Korea, Romania, the Russian Federation and Rwanda");
        assert_eq!(parenthetical_list(&list), "Republic of Korea, Romania, Russian Federation and Rwanda");
    }

    #[test]
    fn accented_names_sort_as_unaccented() {
        assert_eq!(
            parenthetical_list(&names(&[("Turkmenistan", None), ("Türkiye", None)])),
            "Türkiye and Turkmenistan"
        );
    }

    #[test]
    fn french_numbers_in_words() {
        let words = |n| number_words_in(Language::French, n, Gender::Masculine).unwrap();
        assert_eq!(words(1), "un");
        assert_eq!(number_words_in(Language::French, 1, Gender::Feminine).unwrap(), "une");
        assert_eq!(words(17), "dix-sept");
        assert_eq!(words(21), "vingt et un");
        assert_eq!(number_words_in(Language::French, 21, Gender::Feminine).unwrap(), "vingt et une");
        assert_eq!(words(28), "vingt-huit");
        assert_eq!(words(71), "soixante et onze");
        assert_eq!(words(77), "soixante-dix-sept");
        assert_eq!(words(80), "quatre-vingts");
        assert_eq!(words(81), "quatre-vingt-un");
        assert_eq!(words(99), "quatre-vingt-dix-neuf");
        assert_eq!(words(100), "cent");
        assert_eq!(words(149), "cent quarante-neuf");
        assert_eq!(words(200), "deux cents");
        assert_eq!(words(201), "deux cent un");
        assert_eq!(words(1000), "mille");
        assert_eq!(words(80_000), "quatre-vingt mille");
        assert_eq!(words(2009), "deux mille neuf");
    }

    #[test]
    fn spanish_numbers_in_words() {
        let words = |n| number_words_in(Language::Spanish, n, Gender::Masculine).unwrap();
        let feminine = |n| number_words_in(Language::Spanish, n, Gender::Feminine).unwrap();
        assert_eq!(words(1), "un");
        assert_eq!(feminine(1), "una");
        assert_eq!(words(16), "dieciséis");
        assert_eq!(words(21), "veintiún");
        assert_eq!(feminine(21), "veintiuna");
        assert_eq!(words(28), "veintiocho");
        assert_eq!(words(31), "treinta y un");
        assert_eq!(feminine(31), "treinta y una");
        assert_eq!(words(100), "cien");
        assert_eq!(words(149), "ciento cuarenta y nueve");
        assert_eq!(words(130), "ciento treinta");
        assert_eq!(words(500), "quinientos");
        assert_eq!(feminine(200), "doscientas");
        assert_eq!(words(2009), "dos mil nueve");
        assert_eq!(number_words_in(Language::Russian, 28, Gender::Masculine), None);
        assert_eq!(number_words_in(Language::Chinese, 2, Gender::Masculine).as_deref(), Some("两"));
        assert_eq!(number_words_in(Language::Chinese, 28, Gender::Masculine), None);
    }

    #[test]
    fn numbers_in_words() {
        assert_eq!(number_words(0), "zero");
        assert_eq!(number_words(14), "fourteen");
        assert_eq!(number_words(28), "twenty-eight");
        assert_eq!(number_words(40), "forty");
        assert_eq!(number_words(100), "one hundred");
        assert_eq!(number_words(149), "one hundred and forty-nine");
        assert_eq!(number_words(193), "one hundred and ninety-three");
        assert_eq!(number_words(1005), "one thousand and five");
        assert_eq!(number_words(2009), "two thousand and nine");
        assert_eq!(number_words(21_350), "twenty-one thousand three hundred and fifty");
        assert_eq!(number_in_text(8), "eight");
        assert_eq!(number_in_text(10), "10");
    }
}
