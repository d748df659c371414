//! Rendering a page's template in the site layout, with the language menu and the viewer.

use axum::response::Html;
use minijinja::{Value, context, value::Serde};
use serde::Serialize;

use crate::{error::PageError, page_context::PageContext, state::AppState};

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
            page => Value::from(Serde(&data)),
        },
    )?;
    Ok(Html(html))
}
