//! Finding a country by one of its names, as depositaries and statistics offices spell them:
//! every UN short name a country has had, in any UN language, plus an explicit table of other
//! spellings ("Korea, Republic of"). Nothing is guessed: a name that is in neither is unknown.

use std::collections::HashMap;

use crate::{country::Country, country::M49, text::english_sort_key};

/// What a known name stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameMatch {
    Country(M49),
    /// A participant that is not a State, such as the European Union in UNTC tables: known,
    /// and deliberately left out.
    NotAState,
}

/// Another spelling of a country's name, from a depositary's or a data provider's tables.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameAlias {
    pub alias: String,
    /// `None` for a participant that is not a State.
    pub country: Option<M49>,
}

/// Country names, normalized, to countries.
#[derive(Debug, Clone, Default)]
pub struct CountryNameIndex {
    names: HashMap<String, NameMatch>,
    /// Each country's current English short name, normalized, to the name itself: what an
    /// unknown name is compared with to suggest the one meant.
    english_names: Vec<(String, String)>,
}

impl CountryNameIndex {
    pub fn new<'a>(countries: impl IntoIterator<Item = &'a Country>, aliases: &[NameAlias]) -> CountryNameIndex {
        let mut names = HashMap::new();
        let mut english_names = Vec::new();
        for country in countries {
            let english = country.current_name(crate::language::Language::English);
            english_names.push((normalize(&english.short_name), english.short_name.clone()));
            for name in &country.names {
                names.insert(normalize(&name.short_name), NameMatch::Country(country.m49));
                if let Some(formal) = &name.formal_name {
                    names.insert(normalize(formal), NameMatch::Country(country.m49));
                }
            }
        }
        for alias in aliases {
            let found = alias.country.map_or(NameMatch::NotAState, NameMatch::Country);
            names.insert(normalize(&alias.alias), found);
        }
        CountryNameIndex { names, english_names }
    }

    /// The English short name of the country a name that is not known was most likely meant
    /// to be, when it is a few letters away from one: "Mexicoo 3" gives "Mexico".
    pub fn closest(&self, name: &str) -> Option<&str> {
        let wanted = normalize(strip_footnote_markers(name));
        let found =
            crate::text::closest(&wanted, self.english_names.iter().map(|(normalized, _)| normalized.as_str()))?;
        self.english_names.iter().find(|(normalized, _)| normalized == found).map(|(_, name)| name.as_str())
    }

    /// Finds a name as a depositary prints it: case, accents, punctuation and trailing
    /// footnote markers ("Bahrain 6", "Cuba3,4") do not matter.
    pub fn find(&self, name: &str) -> Option<NameMatch> {
        self.names.get(&normalize(strip_footnote_markers(name))).copied()
    }
}

/// The name without the footnote numbers a status table appends to it.
pub fn strip_footnote_markers(name: &str) -> &str {
    name.trim().trim_end_matches(|c: char| c.is_ascii_digit() || c == ',' || c == ' ' || c == '*').trim()
}

fn normalize(name: &str) -> String {
    let name = name.trim();
    let name = name.strip_prefix("the ").or_else(|| name.strip_prefix("The ")).unwrap_or(name);
    english_sort_key(name).split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{
        country::{CountryName, UnStatus},
        language::Language,
    };

    fn country(m49: u16, names: &[&str]) -> Country {
        Country {
            m49: M49::new(m49).unwrap(),
            iso2: String::new(),
            iso3: String::new(),
            un_status: UnStatus::MemberState,
            region: None,
            subregion: None,
            intermediate_region: None,
            names: names
                .iter()
                .map(|name| CountryName {
                    language: Language::English,
                    short_name: (*name).to_owned(),
                    article: None,
                    formal_name: None,
                    valid_from: None,
                    valid_to: None,
                    source: None,
                })
                .collect(),
        }
    }

    #[test]
    fn names_match_whatever_their_accents_articles_and_footnotes() {
        let countries =
            [country(384, &["Côte d'Ivoire"]), country(203, &["Czech Republic", "Czechia"]), country(48, &["Bahrain"])];
        let aliases = [
            NameAlias { alias: "European Union".into(), country: None },
            NameAlias { alias: "Korea, Republic of".into(), country: M49::new(410) },
        ];
        let index = CountryNameIndex::new(&countries, &aliases);
        assert_eq!(index.find("Cote d'Ivoire"), Some(NameMatch::Country(M49::new(384).unwrap())));
        assert_eq!(index.find("the Czech Republic"), Some(NameMatch::Country(M49::new(203).unwrap())));
        assert_eq!(index.find("Bahrain 6"), Some(NameMatch::Country(M49::new(48).unwrap())));
        assert_eq!(index.find("Korea, Republic of"), Some(NameMatch::Country(M49::new(410).unwrap())));
        assert_eq!(index.find("European Union"), Some(NameMatch::NotAState));
        assert_eq!(index.find("Czechoslovakia"), None, "an unknown name is not guessed");
        assert_eq!(index.find("Korea"), None);
    }
}
