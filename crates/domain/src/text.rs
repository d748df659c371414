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
    fn capitalizes_only_the_first_letter() {
        assert_eq!(
            capitalize_first("the former Yugoslav Republic of Macedonia"),
            "The former Yugoslav Republic of Macedonia"
        );
        assert_eq!(capitalize_first(""), "");
    }
}
