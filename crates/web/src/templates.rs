//! The page templates (minijinja, compiled into the binary) and the functions they may call.
//!
//! Output is HTML-escaped by the engine for every `.html` template; templates never mark data
//! as safe.

use std::sync::Arc;

use domain::language::Language;
use fluent_bundle::FluentValue;
use minijinja::{Environment, Error, ErrorKind, State, Value, value::Kwargs};

use crate::{i18n::Messages, link_with_language::link_with_language};

/// Every template, by name.
pub(crate) const TEMPLATES: &[(&str, &str)] = &[
    ("base.html", include_str!("../templates/base.html")),
    ("macros.html", include_str!("../templates/macros.html")),
    ("home.html", include_str!("../templates/home.html")),
    ("measures.html", include_str!("../templates/measures.html")),
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
            Ok(link_with_language(&path, &[], page_language(state)))
        });
        Ok(Templates { environment })
    }

    pub(crate) fn render(&self, name: &str, context: Value) -> Result<String, Error> {
        self.environment.get_template(name)?.render(context)
    }
}

fn page_language(state: &State) -> Language {
    state.lookup("lang").and_then(|value| value.as_str().and_then(Language::from_code)).unwrap_or(Language::English)
}
