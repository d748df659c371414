//! Reading what someone typed in the search box: words, quoted phrases, `OR` between
//! alternatives, excluded words, and whether the last word is still being typed.
//!
//! Every text reads as something: an unbalanced quote is read as plain text, stray operators
//! are dropped, and only a text longer than [`MAX_QUERY_CHARS`] or with more than
//! [`MAX_QUERY_ITEMS`] words is refused.

use std::fmt;

/// The longest text accepted, in characters.
pub const MAX_QUERY_CHARS: usize = 500;

/// The most words and phrases a text may hold.
pub const MAX_QUERY_ITEMS: usize = 32;

/// A search text, read: every group must match, and a group matches when any of its
/// alternatives does.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct QueryText {
    pub groups: Vec<Vec<QueryItem>>,
    pub excluded: Vec<QueryItem>,
    /// The last word has no space after it yet: it is matched as a prefix too, for
    /// search-as-you-type.
    pub last_word_is_prefix: bool,
}

/// One word or one quoted phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QueryItem {
    Word(String),
    Phrase(String),
}

impl QueryItem {
    pub fn text(&self) -> &str {
        match self {
            QueryItem::Word(text) | QueryItem::Phrase(text) => text,
        }
    }
}

/// Why a search text is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QueryTextError {
    TooLong { chars: usize },
    TooManyItems { items: usize },
}

impl fmt::Display for QueryTextError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            QueryTextError::TooLong { chars } => {
                write!(f, "the search text has {chars} characters; at most {MAX_QUERY_CHARS} are allowed")
            }
            QueryTextError::TooManyItems { items } => {
                write!(f, "the search text has {items} words and phrases; at most {MAX_QUERY_ITEMS} are allowed")
            }
        }
    }
}

impl std::error::Error for QueryTextError {}

impl QueryText {
    /// Reads a search text.
    pub fn parse(text: &str) -> Result<QueryText, QueryTextError> {
        let chars = text.chars().count();
        if chars > MAX_QUERY_CHARS {
            return Err(QueryTextError::TooLong { chars });
        }
        let tokens = tokenize(text);
        let items = tokens.iter().filter(|token| matches!(token, Token::Item { .. })).count();
        if items > MAX_QUERY_ITEMS {
            return Err(QueryTextError::TooManyItems { items });
        }
        let mut query = QueryText::default();
        let mut join_with_previous = false;
        let mut exclude_next = false;
        let mut last_positive_word_open = false;
        for token in tokens {
            match token {
                Token::Or => join_with_previous = !query.groups.is_empty(),
                Token::Not => exclude_next = true,
                Token::Item { item, excluded, open_ended } => {
                    if excluded || exclude_next {
                        query.excluded.push(item);
                        last_positive_word_open = false;
                    } else {
                        last_positive_word_open = open_ended && matches!(item, QueryItem::Word(_));
                        match query.groups.last_mut() {
                            Some(group) if join_with_previous => group.push(item),
                            _ => query.groups.push(vec![item]),
                        }
                    }
                    join_with_previous = false;
                    exclude_next = false;
                }
            }
        }
        query.last_word_is_prefix = last_positive_word_open;
        Ok(query)
    }

    pub fn is_empty(&self) -> bool {
        self.groups.is_empty() && self.excluded.is_empty()
    }

    /// The groups that are one plain word each, with their positions: the runs in which
    /// vocabulary labels are looked for.
    pub fn single_words(&self) -> Vec<Option<&str>> {
        self.groups
            .iter()
            .map(|group| match group.as_slice() {
                [QueryItem::Word(word)] => Some(word.as_str()),
                _ => None,
            })
            .collect()
    }
}

#[derive(Debug)]
enum Token {
    Item { item: QueryItem, excluded: bool, open_ended: bool },
    Or,
    Not,
}

fn tokenize(text: &str) -> Vec<Token> {
    let chars: Vec<char> = text.chars().collect();
    let mut tokens = Vec::new();
    let mut position = 0;
    while position < chars.len() {
        if chars[position].is_whitespace() {
            position += 1;
            continue;
        }
        let excluded = chars[position] == '-' && chars.get(position + 1).is_some_and(|c| !c.is_whitespace());
        let start = if excluded { position + 1 } else { position };
        if is_quote(chars[start])
            && let Some(length) = chars[start + 1..].iter().position(|&c| is_quote(c))
        {
            let phrase: String = chars[start + 1..start + 1 + length].iter().collect();
            position = start + length + 2;
            if has_word_characters(&phrase) {
                tokens.push(Token::Item {
                    item: QueryItem::Phrase(phrase.trim().to_owned()),
                    excluded,
                    open_ended: false,
                });
            }
            continue;
        }
        // A word runs to the next space; an unmatched quote is part of the text.
        let length = chars[start..].iter().position(|c| c.is_whitespace()).unwrap_or(chars.len() - start);
        let word: String = chars[start..start + length].iter().filter(|&&c| !is_quote(c)).collect();
        position = start + length;
        let open_ended = position == chars.len();
        match word.as_str() {
            "OR" | "||" | "|" if !excluded => tokens.push(Token::Or),
            "NOT" if !excluded => tokens.push(Token::Not),
            "AND" | "&&" | "&" | "+" => {}
            _ if has_word_characters(&word) => {
                let word = word.trim_matches(|c: char| !c.is_alphanumeric()).to_owned();
                tokens.push(Token::Item { item: QueryItem::Word(word), excluded, open_ended });
            }
            _ => {}
        }
    }
    tokens
}

fn is_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '«' | '»' | '„' | '「' | '」')
}

fn has_word_characters(text: &str) -> bool {
    text.chars().any(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(groups: &[&[&str]]) -> Vec<Vec<QueryItem>> {
        groups.iter().map(|group| group.iter().map(|w| QueryItem::Word((*w).to_owned())).collect()).collect()
    }

    #[test]
    fn words_are_all_required_and_the_last_one_is_a_prefix_while_typed() {
        let query = QueryText::parse("migrant wom").unwrap();
        assert_eq!(query.groups, words(&[&["migrant"], &["wom"]]));
        assert!(query.last_word_is_prefix);
        assert!(!QueryText::parse("migrant women ").unwrap().last_word_is_prefix);
    }

    #[test]
    fn quoted_phrases_and_guillemets_are_phrases() {
        let query = QueryText::parse("\"domestic workers\" «travailleuses migrantes»").unwrap();
        assert_eq!(
            query.groups,
            vec![
                vec![QueryItem::Phrase("domestic workers".into())],
                vec![QueryItem::Phrase("travailleuses migrantes".into())]
            ]
        );
        assert!(!query.last_word_is_prefix);
    }

    #[test]
    fn an_unbalanced_quote_is_read_as_plain_text() {
        let query = QueryText::parse("\"domestic workers").unwrap();
        assert_eq!(query.groups, words(&[&["domestic"], &["workers"]]));
    }

    #[test]
    fn or_joins_alternatives_and_minus_or_not_excludes() {
        let query = QueryText::parse("training OR campaign -trafficking NOT police").unwrap();
        assert_eq!(query.groups, words(&[&["training", "campaign"]]));
        assert_eq!(query.excluded, vec![QueryItem::Word("trafficking".into()), QueryItem::Word("police".into())]);
    }

    #[test]
    fn stray_operators_and_punctuation_are_dropped() {
        let query = QueryText::parse("AND OR ( ) + - * && \" women) ").unwrap();
        assert_eq!(query.groups, words(&[&["women"]]));
        assert!(QueryText::parse("+++ --- ***").unwrap().is_empty());
    }

    #[test]
    fn over_long_texts_and_too_many_words_are_refused() {
        let long = "a".repeat(MAX_QUERY_CHARS + 1);
        assert_eq!(QueryText::parse(&long), Err(QueryTextError::TooLong { chars: MAX_QUERY_CHARS + 1 }));
        let many = vec!["word"; MAX_QUERY_ITEMS + 1].join(" ");
        assert!(matches!(QueryText::parse(&many), Err(QueryTextError::TooManyItems { .. })));
    }

    #[test]
    fn words_in_every_script_are_kept() {
        let query = QueryText::parse("мигрантки 移民妇女 المهاجرات").unwrap();
        assert_eq!(query.groups, words(&[&["мигрантки"], &["移民妇女"], &["المهاجرات"]]));
    }
}
