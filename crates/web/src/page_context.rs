//! What every page needs from its request: its language (`?lang=fr`, the switcher's cookie or
//! the browser's preference) and its own address, so that links keep the language and the
//! language menu can point back here.

use axum::{
    extract::{FromRequestParts, OriginalUri},
    http::request::Parts,
};
use domain::language::Language;
use serde::Serialize;

use crate::{
    language_choice::LanguageChoice,
    link_with_language::{address_with_language, link_with_language},
    session::Visitor,
};

/// The page's language and address, and who is looking at it.
#[derive(Debug, Clone)]
pub(crate) struct PageContext {
    pub(crate) language: Language,
    choice: LanguageChoice,
    pub(crate) viewer: Option<Viewer>,
    path: String,
    /// The query's pairs other than `lang`, in order.
    pairs: Vec<(String, String)>,
}

impl<S: Send + Sync> FromRequestParts<S> for PageContext {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<PageContext, Self::Rejection> {
        let uri = parts.extensions.get::<OriginalUri>().map_or(&parts.uri, |original| &original.0);
        let mut asked = None;
        let mut pairs = Vec::new();
        for (name, value) in form_urlencoded::parse(uri.query().unwrap_or("").as_bytes()) {
            if name == "lang" {
                asked = Some(value.into_owned());
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
        let choice = LanguageChoice::choose(asked.as_deref(), &parts.headers);
        Ok(PageContext { language: choice.language, choice, viewer, path: uri.path().to_owned(), pairs })
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

/// One entry of the language menu: a link to the switcher, which remembers the choice and
/// comes back to this page in that language.
#[derive(Debug, Serialize)]
pub(crate) struct LanguageLink {
    code: &'static str,
    name: &'static str,
    href: String,
    current: bool,
}

/// This page in another language, for `<link rel="alternate" hreflang>`.
#[derive(Debug, Serialize)]
pub(crate) struct AlternateLink {
    hreflang: &'static str,
    href: String,
}

impl PageContext {
    /// `path` with `pairs` as its query and this page's language added when a link needs it
    /// to keep the language.
    pub(crate) fn link(&self, path: &str, pairs: &[(String, String)]) -> String {
        link_with_language(path, pairs, self.link_language())
    }

    /// The `lang` this page's links carry, if any.
    pub(crate) fn link_language(&self) -> Option<Language> {
        self.choice.link_language()
    }

    /// A local address (`/account`, `/search?q=x`) with this page's language, for redirects;
    /// unchanged when this page's links carry no language (the address may carry its own).
    pub(crate) fn address(&self, address: &str) -> String {
        match self.link_language() {
            Some(language) => address_with_language(address, Some(language)),
            None => address.to_owned(),
        }
    }

    /// This page's own address without its language: where the switcher comes back to.
    pub(crate) fn own_address(&self) -> String {
        link_with_language(&self.path, &self.pairs, None)
    }

    /// The sign-in page, coming back here afterwards (or wherever the sign-in page itself was
    /// to go back to).
    pub(crate) fn sign_in_link(&self) -> String {
        if self.path == "/sign-in" {
            self.link(&self.path, &self.pairs)
        } else {
            self.link("/sign-in", &[("next".to_owned(), self.own_address())])
        }
    }

    /// The language menu: every language, each through the switcher back to this page.
    pub(crate) fn language_links(&self) -> Vec<LanguageLink> {
        let back = self.own_address();
        Language::ALL
            .into_iter()
            .map(|language| LanguageLink {
                code: language.code(),
                name: language.endonym(),
                href: link_with_language(
                    &format!("/language/{}", language.code()),
                    &[("next".to_owned(), back.clone())],
                    None,
                ),
                current: language == self.language,
            })
            .collect()
    }

    /// This page in each language, and the address that lets the reader's choice decide
    /// (`x-default`).
    pub(crate) fn alternate_links(&self) -> Vec<AlternateLink> {
        let mut links: Vec<AlternateLink> = Language::ALL
            .into_iter()
            .map(|language| AlternateLink {
                hreflang: language.code(),
                href: link_with_language(&self.path, &self.pairs, Some(language)),
            })
            .collect();
        links.push(AlternateLink { hreflang: "x-default", href: self.own_address() });
        links
    }
}
