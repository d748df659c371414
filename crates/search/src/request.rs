//! What a search asks for and what it answers: the text, the filters, the order and the page;
//! the hits with their highlights, and the count of every facet value.

use std::ops::Range;

use domain::{
    actor::{ActorCode, ActorKind},
    country::M49,
    cycle::CycleCode,
    language::Language,
    measure::{ImplementationStatus, YearRange},
    vocabulary::{TermCode, VocabularyCode},
};

/// One search. Filters of different facets must all hold; values of one facet are
/// alternatives (a measure in Chile or in Mexico).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchRequest {
    /// What was typed in the search box; empty for filters only.
    pub text: String,
    pub filters: SearchFilters,
    pub sort: SearchSort,
    /// Counts from 1. A page past the last is empty, not an error.
    pub page: u32,
    pub per_page: u32,
    /// The language to show titles and snippets in when the measure has a text in it.
    pub language: Language,
}

impl SearchRequest {
    /// The first page of everything, in the default order.
    pub fn everything(language: Language) -> SearchRequest {
        SearchRequest {
            text: String::new(),
            filters: SearchFilters::default(),
            sort: SearchSort::Relevance,
            page: 1,
            per_page: 20,
            language,
        }
    }

    /// The first page of the measures matching `text`.
    pub fn text(text: &str, language: Language) -> SearchRequest {
        SearchRequest { text: text.to_owned(), ..SearchRequest::everything(language) }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchFilters {
    pub countries: Vec<M49>,
    /// M49 regions, sub-regions or intermediate regions.
    pub regions: Vec<M49>,
    /// Terms by vocabulary; a term also selects every narrower term.
    pub terms: Vec<(VocabularyCode, Vec<TermCode>)>,
    pub actor_kinds: Vec<ActorKind>,
    /// Particular actors (a State's ministry, IOM): not a facet, as there are too many to
    /// list, but a filter that pages about one actor link to.
    pub actors: Vec<ActorCode>,
    pub cycles: Vec<CycleCode>,
    pub implementation: Vec<ImplementationStatus>,
    /// Measures whose years overlap `year_from..=year_to`.
    pub year_from: Option<i32>,
    pub year_to: Option<i32>,
}

/// The order of hits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SearchSort {
    /// Best match first; with no text, by country name.
    #[default]
    Relevance,
    /// Most recent first, measures with no year last.
    YearDescending,
    /// By the country's English short name in United Nations order, measures with no country
    /// last.
    CountryName,
}

impl SearchSort {
    pub const ALL: [SearchSort; 3] = [SearchSort::Relevance, SearchSort::YearDescending, SearchSort::CountryName];

    pub fn as_str(self) -> &'static str {
        match self {
            SearchSort::Relevance => "relevance",
            SearchSort::YearDescending => "year",
            SearchSort::CountryName => "country",
        }
    }

    pub fn parse(text: &str) -> Option<SearchSort> {
        SearchSort::ALL.into_iter().find(|sort| sort.as_str() == text)
    }
}

/// The answer to a search.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchResults {
    /// How many measures match, on every page.
    pub total: u64,
    pub page: u32,
    pub per_page: u32,
    pub hits: Vec<Hit>,
    pub facets: Facets,
    /// The vocabulary terms the text names, in any language ("мигрантки" names
    /// keyword/migrant-women): measures tagged with them match too.
    pub named_terms: Vec<(VocabularyCode, TermCode)>,
}

impl SearchResults {
    pub fn page_count(&self) -> u64 {
        self.total.div_ceil(u64::from(self.per_page.max(1)))
    }
}

/// One measure found.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub store_id: i64,
    pub external_id: String,
    pub score: f32,
    /// The actor's code.
    pub actor: String,
    pub country: Option<M49>,
    pub years: Option<YearRange>,
    /// The reporting cycle the measure was reported in.
    pub cycle: Option<CycleCode>,
    pub terms: Vec<(VocabularyCode, TermCode)>,
    /// The language of the title and snippet.
    pub language: Language,
    pub title: Highlighted,
    /// A passage of the description around the words found, or its beginning.
    pub snippet: Highlighted,
}

/// A text with the parts that match the search marked.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Highlighted {
    pub text: String,
    /// Byte ranges of `text`, in order, not overlapping.
    pub highlights: Vec<Range<usize>>,
}

impl Highlighted {
    /// The text cut into parts, each marked or not, in order.
    pub fn parts(&self) -> Vec<(&str, bool)> {
        let mut parts = Vec::new();
        let mut position = 0;
        for range in &self.highlights {
            if range.start > position {
                parts.push((&self.text[position..range.start], false));
            }
            parts.push((&self.text[range.clone()], true));
            position = range.end;
        }
        if position < self.text.len() {
            parts.push((&self.text[position..], false));
        }
        parts
    }
}

/// How many matching measures have each value of each facet, counted as if that facet's own
/// filter were not set (so that the other values of a facet one has chosen from stay
/// visible with their counts). Vocabulary counts roll up: a measure tagged with a narrower
/// term counts once for each broader term.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facets {
    pub countries: Vec<FacetCount<M49>>,
    pub regions: Vec<FacetCount<M49>>,
    pub terms: Vec<(VocabularyCode, Vec<FacetCount<TermCode>>)>,
    pub actor_kinds: Vec<FacetCount<ActorKind>>,
    pub cycles: Vec<FacetCount<CycleCode>>,
    pub implementation: Vec<FacetCount<ImplementationStatus>>,
    /// Measures by each year they cover, oldest first.
    pub years: Vec<FacetCount<i32>>,
}

/// One facet value, with the values that have no measure left out unless chosen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetCount<T> {
    pub value: T,
    pub count: u64,
    pub selected: bool,
}
