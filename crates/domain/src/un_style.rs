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

use crate::text::english_sort_key;

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
