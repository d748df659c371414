//! Small rules about English text that lists of names depend on.

use unicode_normalization::{UnicodeNormalization, char::is_combining_mark};

/// The key that puts names in English alphabetical order as United Nations lists do.
///
/// Accents are ignored ("Türkiye" sorts as "Turkiye", before "Turkmenistan"), as are case and
/// punctuation other than letters, digits and spaces ("Côte d'Ivoire" sorts as "cote divoire").
pub fn english_sort_key(name: &str) -> String {
    name.nfd()
        .filter(|c| !is_combining_mark(*c))
        .filter(|c| c.is_alphanumeric() || c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The text with its first letter in upper case, for a name that opens a sentence.
pub fn capitalize_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A count as United Nations documents write it: words for one to nine ("eight"), figures
/// from 10 ("28"). A count that opens a sentence is always spelled out; use
/// [`capitalize_first`] on the result there.
pub fn un_number(count: u64) -> String {
    const WORDS: [&str; 10] = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
    match usize::try_from(count).ok().and_then(|index| WORDS.get(index)) {
        Some(word) => (*word).to_owned(),
        None => count.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_do_not_move_a_name_out_of_alphabetical_order() {
        let mut names = vec!["Turkmenistan", "Türkiye", "Tuvalu", "Côte d'Ivoire", "Costa Rica", "Croatia"];
        names.sort_by_key(|name| english_sort_key(name));
        assert_eq!(names, ["Costa Rica", "Côte d'Ivoire", "Croatia", "Türkiye", "Turkmenistan", "Tuvalu"]);
    }

    #[test]
    fn numbers_below_ten_are_words_and_the_rest_figures() {
        assert_eq!(un_number(8), "eight");
        assert_eq!(un_number(1), "one");
        assert_eq!(un_number(10), "10");
        assert_eq!(un_number(28), "28");
    }

    #[test]
    fn capitalizes_only_the_first_letter() {
        assert_eq!(
            capitalize_first("the former Yugoslav Republic of Macedonia"),
            "The former Yugoslav Republic of Macedonia"
        );
        assert_eq!(capitalize_first(""), "");
    }
}
