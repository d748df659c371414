//! Sources and references written as text, with their UN document symbols and web addresses
//! turned into links: "A/64/152, para. 6" links `A/64/152` to `https://undocs.org/A/64/152`,
//! "General Assembly resolution 62/132" links `62/132` to the resolution's symbol
//! `A/RES/62/132`, and an address written in the text links to itself.

use serde::Serialize;

/// A run of text, linked when it names a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct TextPiece {
    pub(crate) text: String,
    pub(crate) href: Option<String>,
}

/// `text` cut into pieces, the document symbols and addresses in it linked. Joining the
/// pieces' texts gives `text` back unchanged.
pub(crate) fn linked_text(text: &str) -> Vec<TextPiece> {
    let mut pieces = Vec::new();
    let mut plain_start = 0;
    // The last few words, for "resolution 62/132" and "قرار الجمعية العامة 62/132".
    let mut recent_words: Vec<&str> = Vec::new();
    for (start, word) in words(text) {
        let (lead, core, _) = trim_punctuation(word);
        let found = document_address(core, &recent_words);
        if let Some(Found { offset, length, href }) = found {
            let link_start = start + lead + offset;
            if plain_start < link_start {
                pieces.push(TextPiece { text: text[plain_start..link_start].to_owned(), href: None });
            }
            pieces.push(TextPiece { text: text[link_start..link_start + length].to_owned(), href: Some(href) });
            plain_start = link_start + length;
        }
        recent_words.push(core);
        if recent_words.len() > 3 {
            recent_words.remove(0);
        }
    }
    if plain_start < text.len() {
        pieces.push(TextPiece { text: text[plain_start..].to_owned(), href: None });
    }
    pieces
}

/// The permanent address of a UN document: the Official Document System's short link.
pub(crate) fn un_document_address(symbol: &str) -> String {
    format!("https://undocs.org/{symbol}")
}

/// The first part of the symbols of the principal organs and treaty bodies whose documents
/// undocs.org resolves.
const SYMBOL_SERIES: [&str; 16] =
    ["A", "S", "E", "ST", "CEDAW", "CCPR", "CERD", "CAT", "CRC", "CMW", "CRPD", "E/CN.6", "UNW", "DP", "TD", "HRI"];

/// The stems of the words that, shortly before a number such as `62/132`, make it a General
/// Assembly resolution, in the six languages ("resolution", "résolution", "resolución",
/// "резолюция/резолюции", "قرار"); Chinese writes the number inside the word ("第62/132号决议").
const RESOLUTION_STEMS: [&str; 5] = ["resolution", "résolution", "resolución", "резолюци", "قرار"];

/// A document named in a word: where in the word, and its address.
struct Found {
    offset: usize,
    length: usize,
    href: String,
}

fn document_address(word: &str, recent_words: &[&str]) -> Option<Found> {
    let whole = |href: String| Some(Found { offset: 0, length: word.len(), href });
    if (word.starts_with("https://") || word.starts_with("http://")) && word.len() > "https://".len() {
        return whole(word.to_owned());
    }
    if is_un_symbol(word) {
        return whole(un_document_address(word));
    }
    let after_resolution_word =
        recent_words.iter().any(|recent| RESOLUTION_STEMS.iter().any(|stem| recent.to_lowercase().contains(stem)));
    if after_resolution_word && is_resolution_number(word) {
        return whole(un_document_address(&format!("A/RES/{word}")));
    }
    chinese_resolution(word)
}

/// "大会第62/132号决议": the number between 第 and 号决议.
fn chinese_resolution(word: &str) -> Option<Found> {
    let offset = word.find('第')? + '第'.len_utf8();
    let rest = &word[offset..];
    let length = rest.find("号决议")?;
    let number = &rest[..length];
    is_resolution_number(number).then(|| Found {
        offset,
        length,
        href: un_document_address(&format!("A/RES/{number}")),
    })
}

/// `A/64/152`, `A/RES/62/132`, `CEDAW/C/GC/26`, `S/RES/1325(2000)`, `A/64/152/Add.1`: a
/// series, then parts separated by slashes, at least one with a digit in it.
fn is_un_symbol(word: &str) -> bool {
    let Some(series) =
        SYMBOL_SERIES.iter().filter(|series| word.starts_with(&format!("{series}/"))).max_by_key(|series| series.len())
    else {
        return false;
    };
    let parts = &word[series.len() + 1..];
    !parts.is_empty()
        && parts.split('/').all(|part| {
            !part.is_empty() && part.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '(' | ')'))
        })
        && parts.chars().any(|c| c.is_ascii_digit())
        && parts.chars().filter(|c| *c == '(').count() == parts.chars().filter(|c| *c == ')').count()
}

/// `62/132`: a session and a resolution number.
fn is_resolution_number(word: &str) -> bool {
    let Some((session, number)) = word.split_once('/') else { return false };
    let digits = |part: &str| !part.is_empty() && part.len() <= 4 && part.chars().all(|c| c.is_ascii_digit());
    digits(session) && digits(number)
}

/// The words of `text` (runs between white space) with their byte offsets.
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_inclusive(char::is_whitespace).scan(0, |offset, chunk| {
        let start = *offset;
        *offset += chunk.len();
        Some((start, chunk.trim_end()))
    })
}

/// The word without the punctuation around it: the bytes cut at the front, the core, and
/// the bytes cut at the end. A closing parenthesis stays when the word opened one
/// (`S/RES/1325(2000)`).
fn trim_punctuation(word: &str) -> (usize, &str, usize) {
    let core = word.trim_start_matches(['(', '[', '«', '"', '“', '‘', '\'']);
    let lead = word.len() - core.len();
    let mut core =
        core.trim_end_matches([',', ';', ':', '.', ']', '»', '"', '”', '’', '\'', '،', '؛', '，', '；', '。']);
    while core.ends_with(')') && core.matches(')').count() > core.matches('(').count() {
        core = &core[..core.len() - 1];
    }
    let trail = word.len() - lead - core.len();
    (lead, core, trail)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn links(text: &str) -> Vec<(String, String)> {
        linked_text(text).into_iter().filter_map(|piece| Some((piece.text, piece.href?))).collect()
    }

    fn joined(text: &str) -> String {
        linked_text(text).into_iter().map(|piece| piece.text).collect()
    }

    #[test]
    fn a_report_symbol_is_linked_without_the_punctuation_after_it() {
        assert_eq!(links("A/64/152, para. 6"), [("A/64/152".into(), "https://undocs.org/A/64/152".into())]);
        assert_eq!(joined("A/64/152, para. 6"), "A/64/152, para. 6");
        assert_eq!(links("See (A/62/177)."), [("A/62/177".into(), "https://undocs.org/A/62/177".into())]);
    }

    #[test]
    fn symbols_of_resolutions_treaty_bodies_and_addenda_are_linked() {
        for symbol in ["A/RES/62/132", "CEDAW/C/GC/26", "S/RES/1325(2000)", "A/64/152/Add.1", "E/CN.6/2009/1"] {
            assert_eq!(links(&format!("{symbol}.")), [(symbol.into(), un_document_address(symbol))], "{symbol}");
        }
    }

    #[test]
    fn a_resolution_named_by_its_number_links_to_its_symbol_in_every_language() {
        for text in [
            "General Assembly resolution 62/132",
            "résolution 62/132 de l'Assemblée générale",
            "resolución 62/132",
            "резолюция 62/132 Генеральной Ассамблеи",
            "قرار الجمعية العامة 62/132",
            "大会第62/132号决议",
        ] {
            assert_eq!(links(text), [("62/132".into(), "https://undocs.org/A/RES/62/132".into())], "{text}");
            assert_eq!(joined(text), text);
        }
    }

    #[test]
    fn ordinary_text_and_fractions_are_not_linked() {
        assert!(links("Ministry of Labour, 2008; 3/4 of shelters; AND/OR; A/B").is_empty());
        assert!(links("a page 12/2009 with no resolution").is_empty());
    }

    #[test]
    fn an_address_in_a_source_links_to_itself() {
        assert_eq!(
            links("Gazette, https://example.org/gazette/12 (2008)"),
            [("https://example.org/gazette/12".into(), "https://example.org/gazette/12".into())]
        );
    }
}
