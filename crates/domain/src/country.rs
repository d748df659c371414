//! Countries and areas of UN M49, their regions, and their names over time.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::{date::Date, language::Labels, language::Language};

/// A UN M49 numeric code, 1 to 999, such as 792 for Türkiye or 419 for Latin America and
/// the Caribbean. Printed with three digits, as the standard writes it ("004").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct M49(u16);

impl M49 {
    pub fn new(code: u16) -> Option<M49> {
        (1..=999).contains(&code).then_some(M49(code))
    }

    /// Reads "792", "004" or "4".
    pub fn parse(text: &str) -> Option<M49> {
        let text = text.trim();
        if text.is_empty() || text.len() > 3 || !text.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        text.parse().ok().and_then(M49::new)
    }

    pub fn get(self) -> u16 {
        self.0
    }
}

impl fmt::Display for M49 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:03}", self.0)
    }
}

/// A country's standing at the United Nations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UnStatus {
    MemberState,
    /// A non-member State with permanent observer status (the Holy See, the State of Palestine).
    ObserverState,
    /// Any other country or area of M49.
    Other,
}

impl UnStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            UnStatus::MemberState => "member_state",
            UnStatus::ObserverState => "observer_state",
            UnStatus::Other => "other",
        }
    }

    pub fn parse(text: &str) -> Option<UnStatus> {
        [UnStatus::MemberState, UnStatus::ObserverState, UnStatus::Other]
            .into_iter()
            .find(|status| status.as_str() == text)
    }

    /// Whether the country is a State that can act as one in vawdb (reply, ratify, report).
    pub fn is_state(self) -> bool {
        matches!(self, UnStatus::MemberState | UnStatus::ObserverState)
    }
}

/// One name of a country in one language, and the dates it was in force.
///
/// `valid_from` is the first day the name was in force and `valid_to` the first day it no
/// longer was; an open end means "since always" or "still".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CountryName {
    pub language: Language,
    /// The UN short name without its article: "Republic of Korea", "Czech Republic".
    pub short_name: String,
    /// The article the name takes in running text: "the" in English, "la" or "l'" in French.
    pub article: Option<String>,
    pub formal_name: Option<String>,
    pub valid_from: Option<Date>,
    pub valid_to: Option<Date>,
    /// Where the date of a change comes from.
    pub source: Option<String>,
}

impl CountryName {
    pub fn is_in_force_on(&self, date: Date) -> bool {
        self.valid_from.is_none_or(|from| from <= date) && self.valid_to.is_none_or(|to| date < to)
    }

    pub fn is_current(&self) -> bool {
        self.valid_to.is_none()
    }

    /// The name as it stands in a sentence: "the Republic of Korea", "l'Afghanistan". A
    /// State's name written "X (Y of)" stands in its formal order, which is its formal name:
    /// "the Plurinational State of Bolivia", "l'État plurinational de Bolivie", "Федеративные
    /// Штаты Микронезии", "جمهورية إيران الإسلامية". An area without a formal name, such as
    /// "Falkland Islands (Malvinas)", keeps its short name.
    pub fn in_running_text(&self) -> String {
        if self.short_name.ends_with(')')
            && self.short_name.contains(" (")
            && let Some(formal) = self.formal_name.as_deref().filter(|formal| !formal.is_empty())
        {
            return formal.to_owned();
        }
        match self.article.as_deref() {
            Some(article) if article.ends_with('\'') => format!("{article}{}", self.short_name),
            Some(article) => format!("{article} {}", self.short_name),
            None => self.short_name.clone(),
        }
    }
}

/// A country or area of UN M49.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Country {
    pub m49: M49,
    pub iso2: String,
    pub iso3: String,
    pub un_status: UnStatus,
    pub region: Option<M49>,
    pub subregion: Option<M49>,
    pub intermediate_region: Option<M49>,
    /// Every name in every language, current and past.
    pub names: Vec<CountryName>,
}

impl Country {
    /// The name in force in `language` today, falling back to English.
    pub fn current_name(&self, language: Language) -> &CountryName {
        self.find_name(language, |name| name.is_current())
            .or_else(|| self.find_name(Language::English, |name| name.is_current()))
            .or_else(|| self.names.first())
            .expect("a country always has at least one name")
    }

    /// The name in force in `language` on `date`, falling back to English.
    pub fn name_as_at(&self, language: Language, date: Date) -> &CountryName {
        self.find_name(language, |name| name.is_in_force_on(date))
            .or_else(|| self.find_name(Language::English, |name| name.is_in_force_on(date)))
            .unwrap_or_else(|| self.current_name(language))
    }

    /// The name in force in `language` on `date`, with no fallback to another language: a
    /// report in French names every State in French or not at all.
    pub fn name_in_force(&self, language: Language, date: Date) -> Option<&CountryName> {
        self.find_name(language, |name| name.is_in_force_on(date))
    }

    /// The current short name in `language`, falling back to English.
    pub fn short_name(&self, language: Language) -> &str {
        &self.current_name(language).short_name
    }

    /// Every region the country belongs to, from the widest: region, sub-region, intermediate.
    pub fn regions(&self) -> impl Iterator<Item = M49> {
        [self.region, self.subregion, self.intermediate_region].into_iter().flatten()
    }

    /// Checks that in each language the names' periods neither overlap nor leave more than
    /// one name in force today.
    pub fn check_name_history(&self) -> Result<(), String> {
        if !self.names.iter().any(|name| name.language == Language::English) {
            return Err(format!("country {} has no English name", self.m49));
        }
        for language in Language::ALL {
            let mut names: Vec<&CountryName> = self.names.iter().filter(|name| name.language == language).collect();
            names.sort_by_key(|name| name.valid_from);
            for pair in names.windows(2) {
                let (earlier, later) = (pair[0], pair[1]);
                match (earlier.valid_to, later.valid_from) {
                    (Some(end), Some(start)) if end <= start => {}
                    _ => {
                        return Err(format!(
                            "country {}: the {language} names '{}' and '{}' overlap",
                            self.m49, earlier.short_name, later.short_name
                        ));
                    }
                }
            }
            if let Some(name) =
                names.iter().find(|name| name.valid_from.zip(name.valid_to).is_some_and(|(from, to)| to <= from))
            {
                return Err(format!(
                    "country {}: the {language} name '{}' ends before it starts",
                    self.m49, name.short_name
                ));
            }
        }
        Ok(())
    }

    fn find_name(&self, language: Language, wanted: impl Fn(&CountryName) -> bool) -> Option<&CountryName> {
        self.names.iter().find(|name| name.language == language && wanted(name))
    }
}

/// How wide an M49 grouping is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RegionLevel {
    World,
    Region,
    Subregion,
    Intermediate,
}

impl RegionLevel {
    pub fn as_str(self) -> &'static str {
        match self {
            RegionLevel::World => "world",
            RegionLevel::Region => "region",
            RegionLevel::Subregion => "subregion",
            RegionLevel::Intermediate => "intermediate",
        }
    }

    pub fn parse(text: &str) -> Option<RegionLevel> {
        [RegionLevel::World, RegionLevel::Region, RegionLevel::Subregion, RegionLevel::Intermediate]
            .into_iter()
            .find(|level| level.as_str() == text)
    }
}

/// An M49 region, sub-region or intermediate region, such as 419 Latin America and the Caribbean.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Region {
    pub m49: M49,
    pub level: RegionLevel,
    pub parent: Option<M49>,
    pub names: Labels,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(
        language: Language,
        short: &str,
        article: Option<&str>,
        from: Option<&str>,
        to: Option<&str>,
    ) -> CountryName {
        CountryName {
            language,
            short_name: short.to_owned(),
            article: article.map(str::to_owned),
            formal_name: None,
            valid_from: from.map(|d| Date::parse(d).unwrap()),
            valid_to: to.map(|d| Date::parse(d).unwrap()),
            source: None,
        }
    }

    fn czechia() -> Country {
        Country {
            m49: M49::new(203).unwrap(),
            iso2: "CZ".into(),
            iso3: "CZE".into(),
            un_status: UnStatus::MemberState,
            region: M49::new(150),
            subregion: M49::new(151),
            intermediate_region: None,
            names: vec![
                name(Language::English, "Czech Republic", Some("the"), None, Some("2016-07-05")),
                name(Language::English, "Czechia", None, Some("2016-07-05"), None),
                name(Language::French, "Tchéquie", Some("la"), None, None),
            ],
        }
    }

    #[test]
    fn the_name_in_force_depends_on_the_date() {
        let country = czechia();
        let in_2009 = country.name_as_at(Language::English, Date::parse("2009-06-01").unwrap());
        assert_eq!(in_2009.in_running_text(), "the Czech Republic");
        assert_eq!(in_2009.short_name, "Czech Republic");
        let on_the_day = country.name_as_at(Language::English, Date::parse("2016-07-05").unwrap());
        assert_eq!(on_the_day.in_running_text(), "Czechia");
        assert_eq!(country.short_name(Language::English), "Czechia");
    }

    #[test]
    fn a_missing_language_falls_back_to_english() {
        assert_eq!(czechia().short_name(Language::Chinese), "Czechia");
        assert_eq!(czechia().current_name(Language::French).in_running_text(), "la Tchéquie");
    }

    #[test]
    fn overlapping_names_are_refused() {
        let mut country = czechia();
        country.names[0].valid_to = Date::parse("2017-01-01").ok();
        let error = country.check_name_history().unwrap_err();
        assert!(error.contains("overlap"), "{error}");
        assert!(czechia().check_name_history().is_ok());
    }

    #[test]
    fn m49_codes_print_with_three_digits() {
        assert_eq!(M49::parse("4").unwrap().to_string(), "004");
        assert_eq!(M49::parse("004"), M49::new(4));
        assert_eq!(M49::parse("1000"), None);
        assert_eq!(M49::parse("0"), None);
        assert_eq!(M49::parse("AZE"), None);
    }

    #[test]
    fn french_elided_articles_join_the_name() {
        let afghanistan = name(Language::French, "Afghanistan", Some("l'"), None, None);
        assert_eq!(afghanistan.in_running_text(), "l'Afghanistan");
    }
}
