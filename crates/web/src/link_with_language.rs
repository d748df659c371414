//! A link on this site that keeps the reader's language: what every page's links, the
//! language menu and the templates' `link` function are made of.

use domain::language::Language;

/// `path` with `pairs` and, unless it is English, `lang` as its query.
pub(crate) fn link_with_language(path: &str, pairs: &[(String, String)], language: Language) -> String {
    let mut query = form_urlencoded::Serializer::new(String::new());
    for (name, value) in pairs {
        query.append_pair(name, value);
    }
    if language != Language::English {
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
            link_with_language("/measures", &pairs, Language::French),
            "/measures?type=legislation.penal&q=a%26b+c&lang=fr"
        );
        assert_eq!(link_with_language("/countries", &[], Language::English), "/countries");
    }
}
