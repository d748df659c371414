//! Which language a page is shown in: `?lang=` first, then the language the reader chose in
//! the switcher (a cookie), then the browser's `Accept-Language`, then English.

use axum::http::{HeaderMap, HeaderValue, header};
use domain::language::Language;

use crate::session::cookie;

/// The cookie the language switcher sets.
pub(crate) const LANGUAGE_COOKIE: &str = "vawdb_lang";

/// How long the switcher's choice is kept: a year.
pub(crate) const LANGUAGE_COOKIE_SECONDS: u64 = 365 * 24 * 60 * 60;

/// The language of a request and whether links must say it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct LanguageChoice {
    pub(crate) language: Language,
    /// The language a request without `?lang=` would get, from the cookie or the browser.
    pub(crate) without_query: Language,
}

impl LanguageChoice {
    /// Chooses from the query's `lang` (`None` when the query has none), the cookie and
    /// `Accept-Language`. An unknown `lang` is passed over, as a malformed header is.
    pub(crate) fn choose(query_language: Option<&str>, headers: &HeaderMap) -> LanguageChoice {
        let without_query = cookie(headers, LANGUAGE_COOKIE)
            .and_then(Language::from_code)
            .or_else(|| {
                headers
                    .get(header::ACCEPT_LANGUAGE)
                    .and_then(|value| value.to_str().ok())
                    .and_then(preferred_of_accept_language)
            })
            .unwrap_or(Language::English);
        let language = query_language.and_then(Language::from_code).unwrap_or(without_query);
        LanguageChoice { language, without_query }
    }

    /// The `lang` links must carry to keep this language: none for English when nothing else
    /// would choose another language, so that the English site keeps plain addresses.
    pub(crate) fn link_language(self) -> Option<Language> {
        if self.language == Language::English && self.without_query == Language::English {
            None
        } else {
            Some(self.language)
        }
    }
}

/// The UN language the browser prefers most, from an `Accept-Language` value such as
/// `fr-CH, fr;q=0.9, en;q=0.8, *;q=0.5`. Entries that do not parse are skipped; `None` when
/// no entry names a UN language.
pub(crate) fn preferred_of_accept_language(value: &str) -> Option<Language> {
    let mut best: Option<(f32, usize, Language)> = None;
    for (position, entry) in value.split(',').enumerate().take(50) {
        let mut parts = entry.split(';');
        let tag = parts.next().unwrap_or("").trim();
        let primary = tag.split(['-', '_']).next().unwrap_or("");
        let Some(language) = Language::from_code(primary) else { continue };
        let mut quality = 1.0_f32;
        for parameter in parts {
            let Some((name, number)) = parameter.trim().split_once('=') else { continue };
            if name.trim().eq_ignore_ascii_case("q") {
                quality = match number.trim().parse::<f32>() {
                    Ok(number) if (0.0..=1.0).contains(&number) => number,
                    _ => 0.0,
                };
            }
        }
        if quality <= 0.0 {
            continue;
        }
        // The first entry wins among equal qualities.
        let better = match best {
            None => true,
            Some((best_quality, best_position, _)) => {
                quality > best_quality || (quality == best_quality && position < best_position)
            }
        };
        if better {
            best = Some((quality, position, language));
        }
    }
    best.map(|(_, _, language)| language)
}

/// The `Set-Cookie` value that keeps the switcher's choice. Scripts have no need of it.
pub(crate) fn language_cookie(language: Language, secure: bool) -> HeaderValue {
    crate::session::set_cookie(LANGUAGE_COOKIE, language.code(), LANGUAGE_COOKIE_SECONDS, secure)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(header::HeaderName, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(name.clone(), HeaderValue::from_str(value).unwrap());
        }
        map
    }

    #[test]
    fn the_query_wins_then_the_cookie_then_the_browser_then_english() {
        let both = headers(&[(header::COOKIE, "vawdb_lang=ru"), (header::ACCEPT_LANGUAGE, "zh-CN,zh;q=0.9")]);
        assert_eq!(LanguageChoice::choose(Some("fr"), &both).language, Language::French);
        assert_eq!(LanguageChoice::choose(None, &both).language, Language::Russian);
        let browser = headers(&[(header::ACCEPT_LANGUAGE, "zh-CN,zh;q=0.9")]);
        assert_eq!(LanguageChoice::choose(None, &browser).language, Language::Chinese);
        assert_eq!(LanguageChoice::choose(None, &HeaderMap::new()).language, Language::English);
        assert_eq!(LanguageChoice::choose(Some("xx"), &browser).language, Language::Chinese);
        assert_eq!(LanguageChoice::choose(Some("xx"), &HeaderMap::new()).language, Language::English);
    }

    #[test]
    fn english_chosen_over_a_french_cookie_is_kept_in_links() {
        let french = headers(&[(header::COOKIE, "vawdb_lang=fr")]);
        assert_eq!(LanguageChoice::choose(Some("en"), &french).link_language(), Some(Language::English));
        assert_eq!(LanguageChoice::choose(None, &HeaderMap::new()).link_language(), None);
        assert_eq!(LanguageChoice::choose(None, &french).link_language(), Some(Language::French));
    }

    #[test]
    fn accept_language_is_read_by_quality_and_malformed_entries_are_skipped() {
        assert_eq!(preferred_of_accept_language("de-DE, es;q=0.4, ar;q=0.8"), Some(Language::Arabic));
        assert_eq!(preferred_of_accept_language("ru-RU"), Some(Language::Russian));
        assert_eq!(preferred_of_accept_language("de, ja"), None);
        assert_eq!(preferred_of_accept_language(";;;,,=q,fr;q=abc, es;q=0.1"), Some(Language::Spanish));
        assert_eq!(preferred_of_accept_language("fr;q=0, en;q=0.5"), Some(Language::English));
        assert_eq!(preferred_of_accept_language(""), None);
    }
}
