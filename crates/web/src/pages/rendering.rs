//! Rendering a page's template in the site layout, with the language menu and the viewer.

use axum::response::Html;
use minijinja::{Value, context, value::Serde};
use serde::Serialize;

use domain::language::Language;

use crate::{error::PageError, page_context::PageContext, site_identity::IdentityText, state::AppState};

/// Renders `template` in the site layout, with `data` as `page`.
pub(crate) fn render(
    state: &AppState,
    context: &PageContext,
    template: &str,
    data: impl Serialize,
) -> Result<Html<String>, PageError> {
    let html = state.templates().render(
        template,
        context! {
            lang => context.language.code(),
            link_lang => context.link_language().map(|language| language.code()),
            sign_in_href => context.sign_in_link(),
            alternate_links => Value::from(Serde(context.alternate_links())),
            dir => if context.language.is_right_to_left() { "rtl" } else { "ltr" },
            language_links => Value::from(Serde(context.language_links())),
            viewer => Value::from(Serde(&context.viewer)),
            site => Value::from(Serde(SiteView::new(state, context.language))),
            page => Value::from(Serde(&data)),
        },
    )?;
    Ok(Html(html))
}

/// What the layout shows of the site's identity, in the page's language: the configured
/// name, else the catalogue's neutral one.
#[derive(Serialize)]
struct SiteView {
    name: IdentityText,
    short_name: IdentityText,
    logo_href: Option<&'static str>,
}

impl SiteView {
    fn new(state: &AppState, language: Language) -> SiteView {
        let site = state.site();
        let default_name = || IdentityText { text: state.messages().text(language, "site-name", &[]), language: None };
        SiteView {
            name: site.name(language).unwrap_or_else(default_name),
            short_name: site.short_name(language).unwrap_or_else(default_name),
            logo_href: site.logo().map(|_| LOGO_PATH),
        }
    }
}

/// Where the configured logo is served.
pub(crate) const LOGO_PATH: &str = "/assets/site-logo";
