//! What is known to exist: the countries, regions, actors, thesauri and cycles that records
//! may refer to. The store loads it; validation and display read it.

use std::collections::{BTreeMap, HashMap};

use crate::{
    actor::{Actor, ActorCode},
    country::{Country, M49, Region},
    cycle::{CycleCode, ReportingCycle},
    language::Language,
    treaty::Instrument,
    vocabulary::Thesaurus,
};

/// The known codes and their labels, small enough to keep in memory.
#[derive(Debug, Clone, Default)]
pub struct Catalogue {
    regions: BTreeMap<M49, Region>,
    countries: Vec<Country>,
    country_index: HashMap<String, usize>,
    actors: BTreeMap<ActorCode, Actor>,
    state_actors: HashMap<M49, ActorCode>,
    thesauri: Vec<Thesaurus>,
    cycles: BTreeMap<CycleCode, ReportingCycle>,
    instruments: Vec<Instrument>,
}

impl Catalogue {
    pub fn new(
        regions: Vec<Region>,
        mut countries: Vec<Country>,
        actors: Vec<Actor>,
        thesauri: Vec<Thesaurus>,
        cycles: Vec<ReportingCycle>,
        instruments: Vec<Instrument>,
    ) -> Catalogue {
        countries.sort_by_key(|country| country.m49);
        let mut country_index = HashMap::new();
        for (position, country) in countries.iter().enumerate() {
            country_index.insert(country.iso3.to_ascii_uppercase(), position);
            country_index.insert(country.iso2.to_ascii_uppercase(), position);
            country_index.insert(country.m49.to_string(), position);
            country_index.insert(country.m49.get().to_string(), position);
        }
        let state_actors = actors
            .iter()
            .filter(|actor| actor.kind.is_state())
            .filter_map(|actor| actor.country.map(|country| (country, actor.code.clone())))
            .collect();
        Catalogue {
            regions: regions.into_iter().map(|region| (region.m49, region)).collect(),
            countries,
            country_index,
            actors: actors.into_iter().map(|actor| (actor.code.clone(), actor)).collect(),
            state_actors,
            thesauri,
            cycles: cycles.into_iter().map(|cycle| (cycle.code.clone(), cycle)).collect(),
            instruments,
        }
    }

    /// Finds a country by ISO 3166 alpha-3 or alpha-2 code or by M49 code, in any case.
    pub fn country_by_code(&self, code: &str) -> Option<&Country> {
        self.country_index.get(&code.trim().to_ascii_uppercase()).map(|&position| &self.countries[position])
    }

    pub fn country(&self, m49: M49) -> Option<&Country> {
        self.countries.binary_search_by_key(&m49, |country| country.m49).ok().map(|position| &self.countries[position])
    }

    /// Every country and area, in M49 order.
    pub fn countries(&self) -> &[Country] {
        &self.countries
    }

    pub fn region(&self, m49: M49) -> Option<&Region> {
        self.regions.get(&m49)
    }

    pub fn regions(&self) -> impl Iterator<Item = &Region> {
        self.regions.values()
    }

    pub fn actor(&self, code: &ActorCode) -> Option<&Actor> {
        self.actors.get(code)
    }

    pub fn actor_by_code(&self, code: &str) -> Option<&Actor> {
        ActorCode::parse(code).ok().and_then(|code| self.actors.get(&code))
    }

    pub fn actors(&self) -> impl Iterator<Item = &Actor> {
        self.actors.values()
    }

    /// The actor that stands for a State, if the country is one.
    pub fn state_actor(&self, country: M49) -> Option<&Actor> {
        self.state_actors.get(&country).and_then(|code| self.actors.get(code))
    }

    /// An actor's name: its country's name for a State, else its own name.
    pub fn actor_name(&self, actor: &Actor, language: Language) -> String {
        match actor.country.and_then(|m49| self.country(m49)).filter(|_| actor.kind.is_state()) {
            Some(country) => country.short_name(language).to_owned(),
            None => actor.names.best(language).to_owned(),
        }
    }

    /// The thesauri in display order.
    pub fn thesauri(&self) -> &[Thesaurus] {
        &self.thesauri
    }

    pub fn thesaurus(&self, vocabulary: &str) -> Option<&Thesaurus> {
        self.thesauri.iter().find(|thesaurus| thesaurus.code().as_str() == vocabulary)
    }

    pub fn cycle(&self, code: &str) -> Option<&ReportingCycle> {
        CycleCode::parse(code).ok().and_then(|code| self.cycles.get(&code))
    }

    pub fn cycles(&self) -> impl Iterator<Item = &ReportingCycle> {
        self.cycles.values()
    }

    /// The instruments in display order.
    pub fn instruments(&self) -> &[Instrument] {
        &self.instruments
    }

    pub fn instrument(&self, code: &str) -> Option<&Instrument> {
        self.instruments.iter().find(|instrument| instrument.code.as_str() == code)
    }

    /// Adds or replaces a cycle, as validation does for the cycles a document brings itself.
    pub fn insert_cycle(&mut self, cycle: ReportingCycle) {
        self.cycles.insert(cycle.code.clone(), cycle);
    }
}
