//! What every page needs from its request: the language asked for (`?lang=fr`) and its own
//! address, so that links keep the language and the language menu can point back here.

use axum::{
    extract::{FromRequestParts, OriginalUri},
    http::request::Parts,
};
use domain::language::Language;
use serde::Serialize;

use crate::{link_with_language::link_with_language, session::Visitor};

/// The page's language and address, and who is looking at it.
#[derive(Debug, Clone)]
pub(crate) struct PageContext {
    pub(crate) language: Language,
    pub(crate) viewer: Option<Viewer>,
    path: String,
    /// The query's pairs other than `lang`, in order.
    pairs: Vec<(String, String)>,
}

impl<S: Send + Sync> FromRequestParts<S> for PageContext {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<PageContext, Self::Rejection> {
        let uri = parts.extensions.get::<OriginalUri>().map_or(&parts.uri, |original| &original.0);
        let mut language = Language::English;
        let mut pairs = Vec::new();
        for (name, value) in form_urlencoded::parse(uri.query().unwrap_or("").as_bytes()) {
            if name == "lang" {
                language = Language::from_code(&value).unwrap_or(Language::English);
            } else {
                pairs.push((name.into_owned(), value.into_owned()));
            }
        }
        let viewer = match parts.extensions.get::<Visitor>() {
            Some(Visitor::SignedIn(signed_in)) => Some(Viewer {
                display_name: signed_in.account.display_name.clone(),
                username: signed_in.account.username.to_string(),
                role: signed_in.account.role.code(),
                is_administrator: signed_in.account.role.is_administrator(),
                csrf_token: signed_in.csrf_token.clone(),
            }),
            _ => None,
        };
        Ok(PageContext { language, viewer, path: uri.path().to_owned(), pairs })
    }
}

/// The signed-in user, as the site's header shows them (with the token its sign-out form
/// carries).
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Viewer {
    display_name: String,
    username: String,
    role: &'static str,
    is_administrator: bool,
    csrf_token: String,
}

/// One entry of the language menu.
#[derive(Debug, Serialize)]
pub(crate) struct LanguageLink {
    code: &'static str,
    name: &'static str,
    href: String,
    current: bool,
}

impl PageContext {
    /// `path` with `pairs` as its query and this page's language added, if not English.
    pub(crate) fn link(&self, path: &str, pairs: &[(String, String)]) -> String {
        link_with_language(path, pairs, self.language)
    }

    /// This page in every language.
    pub(crate) fn language_links(&self) -> Vec<LanguageLink> {
        Language::ALL
            .into_iter()
            .map(|language| LanguageLink {
                code: language.code(),
                name: language.endonym(),
                href: link_with_language(&self.path, &self.pairs, language),
                current: language == self.language,
            })
            .collect()
    }
}
