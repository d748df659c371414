//! The user interface's words, from Fluent message catalogues (`locales/*.ftl`).
//!
//! English is complete; a message missing in another language falls back to English, so a
//! partial translation never leaves a page with holes in it.

use std::collections::HashMap;

use domain::{actor::ActorKind, language::Language, measure::ImplementationStatus};
use fluent_bundle::{FluentArgs, FluentResource, FluentValue, concurrent::FluentBundle};
use unic_langid::LanguageIdentifier;

const CATALOGUES: &[(Language, &str)] = &[(Language::English, include_str!("../locales/en.ftl"))];

pub(crate) struct Messages {
    bundles: HashMap<Language, FluentBundle<FluentResource>>,
}

impl Messages {
    pub(crate) fn load() -> Result<Messages, String> {
        let mut bundles = HashMap::new();
        for (language, source) in CATALOGUES {
            let resource = FluentResource::try_new((*source).to_owned())
                .map_err(|(_, errors)| format!("locales/{}.ftl: {errors:?}", language.code()))?;
            let identifier: LanguageIdentifier = language.code().parse().map_err(|error| format!("{error}"))?;
            let mut bundle = FluentBundle::new_concurrent(vec![identifier]);
            // Isolation marks (U+2068, U+2069) would end up inside HTML attributes and titles.
            bundle.set_use_isolating(false);
            bundle.add_resource(resource).map_err(|errors| format!("locales/{}.ftl: {errors:?}", language.code()))?;
            bundles.insert(*language, bundle);
        }
        Ok(Messages { bundles })
    }

    /// The message `key` in `language` (else English), with `args` filled in.
    pub(crate) fn text(&self, language: Language, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        [language, Language::English]
            .iter()
            .filter_map(|language| self.bundles.get(language))
            .find_map(|bundle| {
                let pattern = bundle.get_message(key)?.value()?;
                let mut fluent_args = FluentArgs::new();
                for (name, value) in args {
                    fluent_args.set(*name, value.clone());
                }
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
                Some(text.into_owned())
            })
            .unwrap_or_else(|| key.to_owned())
    }

    /// The name of a kind of actor ("Member State", "United Nations entity").
    pub(crate) fn actor_kind(&self, language: Language, kind: ActorKind) -> String {
        self.text(language, &actor_kind_key(kind), &[])
    }

    /// The name of a stage of implementation ("in force", "in preparation").
    pub(crate) fn implementation(&self, language: Language, status: ImplementationStatus) -> String {
        self.text(language, &implementation_key(status), &[])
    }

    /// Whether English has the message.
    #[cfg(test)]
    pub(crate) fn has(&self, key: &str) -> bool {
        self.bundles.get(&Language::English).is_some_and(|bundle| bundle.has_message(key))
    }
}

/// The message key of a kind of actor: `actor-kind-member-state`.
fn actor_kind_key(kind: ActorKind) -> String {
    format!("actor-kind-{}", kind.as_str().replace('_', "-"))
}

/// The message key of a stage of implementation: `implementation-in-preparation`.
fn implementation_key(status: ImplementationStatus) -> String {
    format!("implementation-{}", status.as_str().replace('_', "-"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::templates::TEMPLATES;

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
            let key = actor_kind_key(kind);
            if !messages.has(&key) {
                missing.push(key);
            }
        }
        for status in domain::measure::ImplementationStatus::ALL {
            let key = implementation_key(status);
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

    #[test]
    fn plural_forms_and_fallback_work() {
        let messages = Messages::load().unwrap();
        assert_eq!(messages.text(Language::English, "measures-count", &[("count", 1.into())]), "One measure");
        assert_eq!(messages.text(Language::English, "measures-count", &[("count", 28.into())]), "28 measures");
        assert_eq!(messages.text(Language::French, "nav-measures", &[]), "Measures", "French falls back to English");
        assert_eq!(messages.text(Language::English, "no-such-key", &[]), "no-such-key");
    }
}
