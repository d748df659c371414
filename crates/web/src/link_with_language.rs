//! A link on this site that keeps the reader's language: what every page's links, the
//! language menu and the templates' `link` function are made of.

use domain::language::Language;

/// A path on this site to go to after a form or a switch (`next`), never another site:
/// `//evil.example`, `/\evil.example`, `https://…` and anything with a control character
/// give `None`.
pub(crate) fn local_path(next: &str) -> Option<&str> {
    let on_this_site = next.starts_with('/') && !next.starts_with("//") && !next.starts_with("/\\");
    (on_this_site && !next.chars().any(char::is_control)).then_some(next)
}

/// `address` (a local path with or without a query) with its `lang` replaced by `language`.
pub(crate) fn address_with_language(address: &str, language: Option<Language>) -> String {
    let (address, fragment) = match address.split_once('#') {
        Some((address, fragment)) => (address, Some(fragment)),
        None => (address, None),
    };
    let (path, query) = address.split_once('?').unwrap_or((address, ""));
    let pairs: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes())
        .filter(|(name, _)| name != "lang")
        .map(|(name, value)| (name.into_owned(), value.into_owned()))
        .collect();
    let link = link_with_language(path, &pairs, language);
    match fragment {
        Some(fragment) => format!("{link}#{fragment}"),
        None => link,
    }
}

/// `path` with `pairs` and, if there is one, `lang` as its query.
pub(crate) fn link_with_language(path: &str, pairs: &[(String, String)], language: Option<Language>) -> String {
    let mut query = form_urlencoded::Serializer::new(String::new());
    for (name, value) in pairs {
        query.append_pair(name, value);
    }
    if let Some(language) = language {
        query.append_pair("lang", language.code());
    }
    let query = query.finish();
    if query.is_empty() { path.to_owned() } else { format!("{path}?{query}") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_keep_the_language_and_escape_values() {
        let pairs = vec![("type".to_owned(), "legislation.penal".to_owned()), ("q".to_owned(), "a&b c".to_owned())];
        assert_eq!(
            link_with_language("/measures", &pairs, Some(Language::French)),
            "/measures?type=legislation.penal&q=a%26b+c&lang=fr"
        );
        assert_eq!(link_with_language("/countries", &[], None), "/countries");
        assert_eq!(link_with_language("/countries", &[], Some(Language::English)), "/countries?lang=en");
    }

    #[test]
    fn an_address_takes_a_new_language_in_place_of_its_old_one() {
        assert_eq!(address_with_language("/search?q=a+b&lang=fr", Some(Language::Arabic)), "/search?q=a+b&lang=ar");
        assert_eq!(address_with_language("/search?lang=fr", None), "/search");
        assert_eq!(address_with_language("/", Some(Language::Chinese)), "/?lang=zh");
        assert_eq!(address_with_language("/account#tokens", Some(Language::French)), "/account?lang=fr#tokens");
    }

    #[test]
    fn only_paths_on_this_site_are_followed() {
        assert_eq!(local_path("/search?q=training"), Some("/search?q=training"));
        for elsewhere in
            ["//evil.example", "/\\evil.example", "https://evil.example", "", "javascript:alert(1)", "/\nx"]
        {
            assert_eq!(local_path(elsewhere), None, "{elsewhere:?}");
        }
    }
}
