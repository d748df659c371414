//! The user interface's words, from Fluent message catalogues (`locales/*.ftl`).
//!
//! Every catalogue holds every message of `en.ftl` with the same variables (a test says so);
//! should one ever lack a message, English stands in, so a page never has holes in it.

use std::collections::HashMap;

use domain::{
    actor::ActorKind,
    catalogue::Catalogue,
    language::Language,
    measure::ImplementationStatus,
    message::{Message, MessageArgument},
};
use fluent_bundle::{FluentArgs, FluentResource, FluentValue, concurrent::FluentBundle};
use icu_locale_core::Locale;
use icu_plurals::{PluralCategory, PluralOperands, PluralRules};
use unic_langid::LanguageIdentifier;

const CATALOGUES: &[(Language, &str)] = &[
    (Language::Arabic, include_str!("../locales/ar.ftl")),
    (Language::Chinese, include_str!("../locales/zh.ftl")),
    (Language::English, include_str!("../locales/en.ftl")),
    (Language::French, include_str!("../locales/fr.ftl")),
    (Language::Russian, include_str!("../locales/ru.ftl")),
    (Language::Spanish, include_str!("../locales/es.ftl")),
];

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
            // In a right-to-left language every placeable (a name, a number, a query typed in
            // Latin script) is isolated with U+2068 and U+2069, so that the bidirectional
            // algorithm does not reorder it with the words around it; in the others the marks
            // would only be noise in titles and attributes.
            bundle.set_use_isolating(language.is_right_to_left());
            bundle.set_formatter(Some(number_formatter(*language)));
            bundle
                .add_function("PLURAL", plural_category(*language))
                .map_err(|error| format!("locales/{}.ftl: {error}", language.code()))?;
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

    /// A message of the domain (a problem with a record, a cell or a parameter) in `language`,
    /// its countries named as `catalogue` names them in that language.
    pub(crate) fn message(&self, language: Language, message: &Message, catalogue: &Catalogue) -> String {
        let arguments: Vec<(&str, FluentValue<'_>)> = message
            .arguments()
            .iter()
            .map(|(name, argument)| {
                let value = match argument {
                    MessageArgument::Text(text) => FluentValue::from(text.as_str()),
                    MessageArgument::Number(number) => FluentValue::from(*number),
                    MessageArgument::Country(m49) => FluentValue::from(
                        catalogue
                            .country(*m49)
                            .map_or_else(|| m49.to_string(), |country| country.short_name(language).to_owned()),
                    ),
                    MessageArgument::Labels(labels) => FluentValue::from(labels.best(language).to_owned()),
                };
                (*name, value)
            })
            .collect();
        self.text(language, message.id(), &arguments)
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

/// `PLURAL($count)` in a catalogue: the CLDR plural category of a number, by ICU4X. Fluent
/// chooses a variant by its own plural rules (`intl_pluralrules` 7), which are wrong for
/// Arabic numbers from 100 up (they test the number where CLDR tests the number modulo 100);
/// the Arabic catalogue selects on this instead.
fn plural_category(
    language: Language,
) -> impl for<'a> Fn(&[FluentValue<'a>], &FluentArgs) -> FluentValue<'a> + Send + Sync + 'static {
    let locale: Locale = language.code().parse().expect("the code of a UN language is a locale");
    move |positional, _| {
        let Some(FluentValue::Number(number)) = positional.first() else { return FluentValue::Error };
        // Counts are whole numbers; anything else takes the message's default variant.
        if number.value.fract() != 0.0 || number.value.abs() > 1e15 {
            return FluentValue::Error;
        }
        let operands = PluralOperands::from(number.value as i64);
        let Ok(rules) = PluralRules::try_new_cardinal((&locale).into()) else { return FluentValue::Error };
        FluentValue::from(match rules.category_for(operands) {
            PluralCategory::Zero => "zero",
            PluralCategory::One => "one",
            PluralCategory::Two => "two",
            PluralCategory::Few => "few",
            PluralCategory::Many => "many",
            PluralCategory::Other => "other",
        })
    }
}

/// Numbers in messages ("{ $count } measures") as CLDR writes them in the catalogue's language,
/// by ICU4X: "1,404", "1 404". Fluent would write every number as Rust does ("1404").
fn number_formatter(language: Language) -> fn(&FluentValue<'_>, &FluentMemoizer) -> Option<String> {
    match language {
        Language::Arabic => format_number::<0>,
        Language::Chinese => format_number::<1>,
        Language::English => format_number::<2>,
        Language::French => format_number::<3>,
        Language::Russian => format_number::<4>,
        Language::Spanish => format_number::<5>,
    }
}

type FluentMemoizer = intl_memoizer::concurrent::IntlLangMemoizer;

/// A whole number in the language at `LANGUAGE` of [`Language::ALL`]; other numbers (none
/// in the catalogues) as Fluent writes them.
fn format_number<const LANGUAGE: usize>(value: &FluentValue<'_>, _: &FluentMemoizer) -> Option<String> {
    let FluentValue::Number(number) = value else { return None };
    if number.value.fract() != 0.0 || number.value.abs() > 1e15 {
        return None;
    }
    Some(locale_format::LocaleFormat::of(Language::ALL[LANGUAGE]).number(number.value as i64))
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
    use std::collections::{BTreeMap, BTreeSet};

    use super::*;

    #[test]
    fn plural_forms_and_fallback_work() {
        let messages = Messages::load().unwrap();
        assert_eq!(messages.text(Language::English, "search-count", &[("count", 1.into())]), "One measure found");
        assert_eq!(messages.text(Language::English, "search-count", &[("count", 28.into())]), "28 measures found");
        assert_eq!(messages.text(Language::English, "no-such-key", &[]), "no-such-key");
        // Russian has three forms for whole numbers, Arabic six.
        let russian: Vec<String> = [1, 3, 5, 21]
            .into_iter()
            .map(|count| messages.text(Language::Russian, "search-count", &[("count", count.into())]))
            .collect();
        assert_ne!(russian[0], russian[1], "{russian:?}");
        assert_ne!(russian[1], russian[2], "{russian:?}");
        assert_eq!(russian[3].replace("21", "1"), russian[0].replace("Одна", "1").replace("одна", "1"), "{russian:?}");
        let arabic: Vec<String> = [1, 2, 3, 11, 100]
            .into_iter()
            .map(|count| messages.text(Language::Arabic, "search-count", &[("count", count.into())]))
            .collect();
        let distinct: std::collections::BTreeSet<&String> = arabic.iter().collect();
        assert_eq!(distinct.len(), 5, "one, two, few, many and other differ in Arabic: {arabic:?}");
        // CLDR takes the number modulo 100: 103 is "few" as 3 is, 184 "many" as 84 is.
        let arabic_text = |count: i64| messages.text(Language::Arabic, "search-count", &[("count", count.into())]);
        assert_eq!(arabic_text(103).replace("103", "3"), arabic_text(3));
        assert_eq!(arabic_text(184).replace("184", "84"), arabic_text(84));
        assert_eq!(arabic_text(0), arabic_text(0).replace('0', ""), "zero has its own words: {}", arabic_text(0));
    }

    /// The message ids of a catalogue, each with the variables it uses.
    fn ids_and_variables(source: &str) -> BTreeMap<String, BTreeSet<String>> {
        use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
        fn inline(expression: &InlineExpression<&str>, found: &mut BTreeSet<String>) {
            match expression {
                InlineExpression::VariableReference { id } => {
                    found.insert(id.name.to_owned());
                }
                InlineExpression::FunctionReference { arguments, .. } => {
                    for argument in &arguments.positional {
                        inline(argument, found);
                    }
                    for argument in &arguments.named {
                        inline(&argument.value, found);
                    }
                }
                InlineExpression::Placeable { expression } => whole(expression, found),
                _ => {}
            }
        }
        fn whole(expression: &Expression<&str>, found: &mut BTreeSet<String>) {
            match expression {
                Expression::Select { selector, variants } => {
                    inline(selector, found);
                    for variant in variants {
                        pattern(&variant.value, found);
                    }
                }
                Expression::Inline(expression) => inline(expression, found),
            }
        }
        fn pattern(pattern_: &Pattern<&str>, found: &mut BTreeSet<String>) {
            for element in &pattern_.elements {
                if let PatternElement::Placeable { expression } = element {
                    whole(expression, found);
                }
            }
        }
        let resource = fluent_syntax::parser::parse(source).expect("the catalogue parses");
        resource
            .body
            .iter()
            .filter_map(|entry| match entry {
                Entry::Message(message) => {
                    let mut found = BTreeSet::new();
                    if let Some(value) = &message.value {
                        pattern(value, &mut found);
                    }
                    Some((message.id.name.to_owned(), found))
                }
                _ => None,
            })
            .collect()
    }

    #[test]
    fn every_language_has_every_message_of_english_with_the_same_variables() {
        let english = ids_and_variables(include_str!("../locales/en.ftl"));
        for (language, source) in CATALOGUES {
            let other = ids_and_variables(source);
            let missing: Vec<&String> = english.keys().filter(|id| !other.contains_key(*id)).collect();
            let extra: Vec<&String> = other.keys().filter(|id| !english.contains_key(*id)).collect();
            let differing: Vec<&String> = english
                .iter()
                .filter(|(id, variables)| other.get(*id).is_some_and(|v| v != *variables))
                .map(|(id, _)| id)
                .collect();
            assert!(
                missing.is_empty() && extra.is_empty() && differing.is_empty(),
                "locales/{}.ftl: missing {missing:?}, not in English {extra:?}, other variables in {differing:?}",
                language.code()
            );
        }
    }

    /// Every message of the catalogues is asked for by a template or a handler: by its id in
    /// quotes, or as one of a family of ids made from a prefix (`t("state-" ~ state)`).
    #[test]
    fn every_message_is_used() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut sources = String::new();
        // The domain's checks name their messages in their own crates.
        let mut folders = vec![root.join("src"), root.join("templates")];
        folders.extend(
            ["domain", "tabular", "measure_table", "incident_statistics", "store"]
                .map(|name| root.join("..").join(name).join("src")),
        );
        while let Some(folder) = folders.pop() {
            for entry in std::fs::read_dir(&folder).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    folders.push(path);
                } else {
                    sources.push_str(&std::fs::read_to_string(&path).unwrap());
                }
            }
        }
        let mut prefixes = Vec::new();
        for quote in ['"', '\''] {
            for (start, _) in sources.match_indices(quote) {
                let rest = &sources[start + 1..];
                let literal: String =
                    rest.chars().take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-').collect();
                let after = rest[literal.len()..].chars().next();
                // `"state-" ~ x` in a template, `"actor-kind-{}"` in a format string.
                if literal.ends_with('-') && matches!(after, Some(c) if c == quote || c == '{') {
                    prefixes.push(literal);
                }
            }
        }
        let unused: Vec<String> = ids_and_variables(include_str!("../locales/en.ftl"))
            .into_keys()
            .filter(|id| {
                !sources.contains(&format!("\"{id}\""))
                    && !sources.contains(&format!("'{id}'"))
                    && !prefixes.iter().any(|prefix| id.starts_with(prefix.as_str()))
            })
            .collect();
        assert!(unused.is_empty(), "messages no template or handler asks for: {unused:?}");
    }
}
