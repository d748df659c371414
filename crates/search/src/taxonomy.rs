//! What searching needs of the catalogue, in the shape it needs it: every term numbered with
//! its ancestors and descendants, every country with its regions and its place in
//! alphabetical order, every actor with its kind, every cycle numbered.

use std::collections::HashMap;

use domain::{
    actor::ActorKind,
    catalogue::Catalogue,
    country::M49,
    cycle::CycleCode,
    language::Language,
    text::english_sort_key,
    vocabulary::{TermCode, VocabularyCode},
};

/// A term's number, unique across vocabularies.
pub(crate) type TermIndex = u16;

/// The most vocabularies a facet table can tell apart.
pub(crate) const MAX_VOCABULARIES: usize = 8;

pub(crate) struct Taxonomy {
    pub(crate) vocabularies: Vec<VocabularyCode>,
    pub(crate) terms: Vec<TermEntry>,
    term_by_key: HashMap<String, TermIndex>,
    /// By M49 code (0 to 999).
    countries: Vec<Option<CountryEntry>>,
    actor_kinds: HashMap<String, ActorKind>,
    /// Every actor numbered, for the actor filter.
    actor_numbers: HashMap<String, u16>,
    pub(crate) cycles: Vec<CycleCode>,
    cycle_by_code: HashMap<String, u16>,
}

pub(crate) struct TermEntry {
    pub(crate) vocabulary: u8,
    pub(crate) code: TermCode,
    /// The term and every broader term, to roll counts up.
    pub(crate) self_and_ancestors: Vec<TermIndex>,
    /// The term and every narrower term, to filter on a broad term.
    pub(crate) self_and_descendants: Vec<TermIndex>,
}

#[derive(Clone, Copy)]
pub(crate) struct CountryEntry {
    /// The place of the country's English short name in United Nations alphabetical order.
    pub(crate) rank: u16,
    /// Region, sub-region and intermediate region, 0 where there is none.
    pub(crate) regions: [u16; 3],
}

/// No cycle.
pub(crate) const NO_CYCLE: u16 = u16::MAX;

/// No actor, or one the catalogue does not have.
pub(crate) const NO_ACTOR: u16 = u16::MAX;

impl Taxonomy {
    pub(crate) fn new(catalogue: &Catalogue) -> Taxonomy {
        let mut vocabularies = Vec::new();
        let mut terms: Vec<TermEntry> = Vec::new();
        let mut term_by_key = HashMap::new();
        for thesaurus in catalogue.thesauri().iter().take(MAX_VOCABULARIES) {
            let vocabulary = u8::try_from(vocabularies.len()).expect("at most eight vocabularies");
            vocabularies.push(thesaurus.code().clone());
            let first = terms.len();
            for term in thesaurus.terms() {
                let index = TermIndex::try_from(terms.len()).expect("fewer than 65,536 terms");
                term_by_key.insert(format!("{}/{}", thesaurus.code(), term.code), index);
                terms.push(TermEntry {
                    vocabulary,
                    code: term.code.clone(),
                    self_and_ancestors: Vec::new(),
                    self_and_descendants: Vec::new(),
                });
            }
            for entry in &mut terms[first..] {
                let key = |code: &TermCode| term_by_key[&format!("{}/{code}", thesaurus.code())];
                let mut ancestors = vec![key(&entry.code)];
                ancestors.extend(thesaurus.ancestors(&entry.code).into_iter().map(|term| key(&term.code)));
                entry.self_and_ancestors = ancestors;
                entry.self_and_descendants = thesaurus.self_and_descendants(&entry.code).into_iter().map(key).collect();
            }
        }
        let mut by_name: Vec<(String, u16)> = catalogue
            .countries()
            .iter()
            .map(|country| (english_sort_key(country.short_name(Language::English)), country.m49.get()))
            .collect();
        by_name.sort();
        let mut countries = vec![None; 1000];
        for (rank, (_, m49)) in by_name.into_iter().enumerate() {
            let Some(country) = M49::new(m49).and_then(|code| catalogue.country(code)) else { continue };
            let region = |code: Option<M49>| code.map_or(0, M49::get);
            if let Some(slot) = countries.get_mut(usize::from(m49)) {
                *slot = Some(CountryEntry {
                    rank: u16::try_from(rank).unwrap_or(u16::MAX),
                    regions: [region(country.region), region(country.subregion), region(country.intermediate_region)],
                });
            }
        }
        let actor_kinds = catalogue.actors().map(|actor| (actor.code.to_string(), actor.kind)).collect();
        let actor_numbers = catalogue
            .actors()
            .enumerate()
            .map(|(number, actor)| (actor.code.to_string(), u16::try_from(number).unwrap_or(NO_ACTOR)))
            .collect();
        let cycles: Vec<CycleCode> = catalogue.cycles().map(|cycle| cycle.code.clone()).collect();
        let cycle_by_code = cycles
            .iter()
            .enumerate()
            .map(|(position, code)| (code.to_string(), u16::try_from(position).unwrap_or(NO_CYCLE)))
            .collect();
        Taxonomy { vocabularies, terms, term_by_key, countries, actor_kinds, actor_numbers, cycles, cycle_by_code }
    }

    pub(crate) fn term(&self, vocabulary: &str, code: &str) -> Option<TermIndex> {
        self.term_by_key.get(&format!("{vocabulary}/{code}")).copied()
    }

    /// A term by its indexed key, `vocabulary/term`.
    pub(crate) fn term_by_key(&self, key: &str) -> Option<TermIndex> {
        self.term_by_key.get(key).copied()
    }

    pub(crate) fn term_key(&self, index: TermIndex) -> String {
        let term = &self.terms[usize::from(index)];
        format!("{}/{}", self.vocabularies[usize::from(term.vocabulary)], term.code)
    }

    pub(crate) fn vocabulary_index(&self, code: &str) -> Option<u8> {
        self.vocabularies.iter().position(|v| v.as_str() == code).and_then(|p| u8::try_from(p).ok())
    }

    pub(crate) fn country(&self, m49: u16) -> Option<CountryEntry> {
        self.countries.get(usize::from(m49)).copied().flatten()
    }

    pub(crate) fn actor_kind(&self, actor: &str) -> Option<ActorKind> {
        self.actor_kinds.get(actor).copied()
    }

    /// The actor's number, [`NO_ACTOR`] for an actor the catalogue does not have.
    pub(crate) fn actor_number(&self, actor: &str) -> u16 {
        self.actor_numbers.get(actor).copied().unwrap_or(NO_ACTOR)
    }

    /// How many actors are numbered.
    pub(crate) fn actor_count(&self) -> usize {
        self.actor_numbers.len()
    }

    pub(crate) fn cycle(&self, code: &str) -> u16 {
        self.cycle_by_code.get(code).copied().unwrap_or(NO_CYCLE)
    }
}

/// The number given to an actor kind in facet tables.
pub(crate) fn actor_kind_index(kind: ActorKind) -> u8 {
    ActorKind::ALL.iter().position(|k| *k == kind).and_then(|p| u8::try_from(p).ok()).unwrap_or(u8::MAX)
}
