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
pub(crate) fn actor_kind_key(kind: ActorKind) -> String {
    format!("actor-kind-{}", kind.as_str().replace('_', "-"))
}

/// The message key of a stage of implementation: `implementation-in-preparation`.
pub(crate) fn implementation_key(status: ImplementationStatus) -> String {
    format!("implementation-{}", status.as_str().replace('_', "-"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plural_forms_and_fallback_work() {
        let messages = Messages::load().unwrap();
        assert_eq!(messages.text(Language::English, "measures-count", &[("count", 1.into())]), "One measure");
        assert_eq!(messages.text(Language::English, "measures-count", &[("count", 28.into())]), "28 measures");
        assert_eq!(messages.text(Language::French, "nav-measures", &[]), "Measures", "French falls back to English");
        assert_eq!(messages.text(Language::English, "no-such-key", &[]), "no-such-key");
    }
}
