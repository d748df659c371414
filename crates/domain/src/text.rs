//! Small rules about English text that lists of names depend on.

use unicode_normalization::{UnicodeNormalization, char::is_combining_mark};

/// How long a value an error message quotes whole; longer ones are cut.
pub const QUOTED_CHARS: usize = 80;

/// A value as an error message quotes it: whole when short, otherwise its first
/// [`QUOTED_CHARS`] characters and its length, so that a huge cell or field never makes a
/// huge message (`"Lorem ipsum…" (5,242,880 characters)`).
pub fn quoted_prefix(value: &str) -> String {
    let length = value.chars().count();
    if length <= QUOTED_CHARS {
        format!("{value:?}")
    } else {
        let prefix: String = value.chars().take(QUOTED_CHARS).collect();
        format!("{:?} ({} characters)", format!("{prefix}…"), grouped(length))
    }
}

/// A value as an error message shows it inside its own quotes: whole when short, otherwise
/// its first [`QUOTED_CHARS`] characters, an ellipsis and its length.
pub fn shortened(value: &str) -> std::borrow::Cow<'_, str> {
    let length = value.chars().count();
    if length <= QUOTED_CHARS {
        std::borrow::Cow::Borrowed(value)
    } else {
        let prefix: String = value.chars().take(QUOTED_CHARS).collect();
        std::borrow::Cow::Owned(format!("{prefix}… ({} characters)", grouped(length)))
    }
}

/// `5242880` as `5,242,880`: a number in an English message (errors, limits).
pub fn grouped(number: usize) -> String {
    let digits = number.to_string();
    let mut out = String::new();
    for (position, digit) in digits.chars().enumerate() {
        if position > 0 && (digits.len() - position).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

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

/// The candidate within a few edits of `wanted`, if one is close enough to be a likely typo.
pub fn closest<'a>(wanted: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        // The edit distance is at least the difference in length, so a candidate whose length
        // alone puts it out of reach is not compared (a huge value would take minutes).
        .filter(|candidate| wanted.len().abs_diff(candidate.len()) <= 3.max(candidate.len() / 5))
        .map(|candidate| (edit_distance(wanted, candidate), candidate))
        .filter(|(distance, candidate)| *distance <= 3.max(candidate.len() / 5))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            current[j + 1] = (previous[j] + usize::from(ca != *cb)).min(previous[j + 1] + 1).min(current[j] + 1);
        }
        previous = current;
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_quote_a_short_prefix_of_a_long_value_and_its_length() {
        assert_eq!(quoted_prefix("Kenya"), "\"Kenya\"");
        let long = "x".repeat(5 * 1024 * 1024);
        let quoted = quoted_prefix(&long);
        assert!(quoted.len() < 200, "{quoted}");
        assert!(quoted.starts_with("\"xxxx") && quoted.ends_with("…\" (5,242,880 characters)"), "{quoted}");
    }

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

    #[test]
    fn edit_distance_finds_typos() {
        assert_eq!(edit_distance("legislation.penall", "legislation.penal"), 1);
        assert_eq!(closest("trainin", ["training", "data", "budgets"].into_iter()), Some("training"));
        assert_eq!(closest("zzzzzzzz", ["training", "data"].into_iter()), None);
    }
}
