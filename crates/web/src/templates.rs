//! The page templates (minijinja, compiled into the binary) and the functions they may call.
//!
//! Output is HTML-escaped by the engine for every `.html` template; templates never mark data
//! as safe.

use std::sync::Arc;

use domain::language::Language;
use fluent_bundle::FluentValue;
use minijinja::{Environment, Error, ErrorKind, State, Value, value::Kwargs};

use crate::{i18n::Messages, link_with_language::address_with_language};

/// Every template, by name.
pub(crate) const TEMPLATES: &[(&str, &str)] = &[
    ("base.html", include_str!("../templates/base.html")),
    ("macros.html", include_str!("../templates/macros.html")),
    ("home.html", include_str!("../templates/home.html")),
    ("about.html", include_str!("../templates/about.html")),
    ("search.html", include_str!("../templates/search.html")),
    ("term.html", include_str!("../templates/term.html")),
    ("measure.html", include_str!("../templates/measure.html")),
    ("countries.html", include_str!("../templates/countries.html")),
    ("country.html", include_str!("../templates/country.html")),
    ("cycles.html", include_str!("../templates/cycles.html")),
    ("cycle.html", include_str!("../templates/cycle.html")),
    ("vocabulary.html", include_str!("../templates/vocabulary.html")),
    ("instruments.html", include_str!("../templates/instruments.html")),
    ("instrument.html", include_str!("../templates/instrument.html")),
    ("report.html", include_str!("../templates/report.html")),
    ("error.html", include_str!("../templates/error.html")),
    ("sign_in.html", include_str!("../templates/sign_in.html")),
    ("account.html", include_str!("../templates/account.html")),
    ("admin_accounts.html", include_str!("../templates/admin_accounts.html")),
    ("admin_audit.html", include_str!("../templates/admin_audit.html")),
    ("password_issued.html", include_str!("../templates/password_issued.html")),
    ("measure_history.html", include_str!("../templates/measure_history.html")),
    ("import.html", include_str!("../templates/import.html")),
    ("work.html", include_str!("../templates/work.html")),
    ("measure_form.html", include_str!("../templates/measure_form.html")),
    ("cycle_form.html", include_str!("../templates/cycle_form.html")),
    ("token_issued.html", include_str!("../templates/token_issued.html")),
    ("cycle_replies.html", include_str!("../templates/cycle_replies.html")),
    ("statistics.html", include_str!("../templates/statistics.html")),
    ("statistics_datasets.html", include_str!("../templates/statistics_datasets.html")),
];

pub(crate) struct Templates {
    environment: Environment<'static>,
}

impl Templates {
    pub(crate) fn new(messages: Arc<Messages>) -> Result<Templates, Error> {
        let mut environment = Environment::new();
        environment.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
        for (name, source) in TEMPLATES {
            environment.add_template(name, source)?;
        }
        environment.add_function("t", move |state: &State, key: String, kwargs: Kwargs| -> Result<String, Error> {
            let mut args: Vec<(String, FluentValue<'static>)> = Vec::new();
            for name in kwargs.args() {
                let value: Value = kwargs.get(name)?;
                let fluent = match value.as_i64() {
                    Some(number) => FluentValue::from(number),
                    None => FluentValue::from(value.to_string()),
                };
                args.push((name.to_owned(), fluent));
            }
            kwargs.assert_all_used()?;
            let borrowed: Vec<(&str, FluentValue<'_>)> =
                args.iter().map(|(name, value)| (name.as_str(), value.clone())).collect();
            Ok(messages.text(page_language(state), &key, &borrowed))
        });
        environment.add_function("href", |state: &State, path: String| -> Result<String, Error> {
            if !path.starts_with('/') {
                return Err(Error::new(ErrorKind::InvalidOperation, "href() takes a path that starts with /"));
            }
            Ok(address_with_language(&path, link_language(state)))
        });
        Ok(Templates { environment })
    }

    pub(crate) fn render(&self, name: &str, context: Value) -> Result<String, Error> {
        self.environment.get_template(name)?.render(context)
    }
}

/// The `lang` the page's links carry (`link_lang`), if any.
fn link_language(state: &State) -> Option<Language> {
    state.lookup("link_lang").and_then(|value| value.as_str().and_then(Language::from_code))
}

fn page_language(state: &State) -> Language {
    state.lookup("lang").and_then(|value| value.as_str().and_then(Language::from_code)).unwrap_or(Language::English)
}

#[cfg(test)]
mod message_key_tests {
    use super::*;

    /// Every `t("key")` in a template and every key a handler asks for exists in English.
    #[test]
    fn every_message_used_exists_in_english() {
        let messages = Messages::load().unwrap();
        let mut sources: Vec<&str> = TEMPLATES.iter().map(|(_, source)| *source).collect();
        let handlers = [
            include_str!("pages/error_pages.rs"),
            include_str!("pages/measures/index.rs"),
            include_str!("pages/measures/show.rs"),
            include_str!("pages/countries/show.rs"),
            include_str!("pages/cycles/show.rs"),
            include_str!("pages/vocabularies/show.rs"),
        ];
        sources.extend(handlers);
        let mut missing = Vec::new();
        for source in sources {
            for quote in ['"', '\''] {
                for (position, _) in source.match_indices(&format!("t({quote}")) {
                    let before = source[..position].chars().next_back();
                    if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                        continue;
                    }
                    let rest = &source[position + 3..];
                    let key = &rest[..rest.find(quote).unwrap()];
                    // `t("state-" ~ state)`: a family of keys, each checked below.
                    if !key.ends_with('-') && !messages.has(key) {
                        missing.push(key.to_owned());
                    }
                }
            }
            for (position, _) in
                source.match_indices(".text(language, \"").chain(source.match_indices(".text(context.language, \""))
            {
                let rest = &source[position..];
                let start = rest.find('"').unwrap() + 1;
                let key = &rest[start..start + rest[start..].find('"').unwrap()];
                if !messages.has(key) {
                    missing.push(key.to_owned());
                }
            }
        }
        for kind in domain::actor::ActorKind::ALL {
            let key = crate::i18n::actor_kind_key(kind);
            if !messages.has(&key) {
                missing.push(key);
            }
        }
        for status in domain::measure::ImplementationStatus::ALL {
            let key = crate::i18n::implementation_key(status);
            if !messages.has(&key) {
                missing.push(key);
            }
        }
        let families = domain::measure::MeasureState::ALL
            .into_iter()
            .map(|state| format!("state-{}", state.as_str()))
            .chain(
                domain::workflow::Transition::ALL
                    .into_iter()
                    .map(|transition| format!("transition-{}", transition.code())),
            )
            .chain(["replied", "outstanding", "late"].map(|status| format!("reply-{status}")));
        for key in families {
            if !messages.has(&key) {
                missing.push(key);
            }
        }
        assert!(missing.is_empty(), "messages missing from locales/en.ftl: {missing:?}");
    }
}
