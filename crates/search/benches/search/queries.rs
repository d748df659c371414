//! The query mix every engine answers: five kinds of search, twenty concrete queries each,
//! drawn deterministically from the word lists and the real vocabularies and regions.

use std::fmt;

use domain::{
    catalogue::Catalogue,
    country::{M49, UnStatus},
    language::Language,
    vocabulary::{TermCode, VocabularyCode},
};
use search::{SearchFilters, SearchRequest, SearchSort};

use crate::{corpus::Sequence, words};

pub const QUERIES_PER_KIND: usize = 20;
pub const PER_PAGE: u32 = 20;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    Phrase,
    FacetsOnly,
    TextAndFacets,
    DeepPage,
}

impl Kind {
    pub const ALL: [Kind; 5] = [Kind::Word, Kind::Phrase, Kind::FacetsOnly, Kind::TextAndFacets, Kind::DeepPage];

    pub fn name(self) -> &'static str {
        match self {
            Kind::Word => "one word",
            Kind::Phrase => "phrase",
            Kind::FacetsOnly => "facets only",
            Kind::TextAndFacets => "text + 2 facets",
            Kind::DeepPage => "deep page",
        }
    }
}

/// What is searched for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Text {
    /// One word, as typed in the search box with no space after it: vawdb also matches it as
    /// a prefix (search-as-you-type), so the SQL engines do too.
    Word(String),
    /// A quoted phrase.
    Phrase(String),
}

/// One search of the mix, in a form every engine can be asked.
#[derive(Debug, Clone)]
pub struct BenchQuery {
    pub kind: Kind,
    pub text: Option<Text>,
    pub countries: Vec<M49>,
    pub regions: Vec<M49>,
    /// At most one term per vocabulary.
    pub terms: Vec<(String, String)>,
    pub years: Option<(i32, i32)>,
    pub page: u32,
}

impl BenchQuery {
    fn new(kind: Kind) -> BenchQuery {
        BenchQuery {
            kind,
            text: None,
            countries: Vec::new(),
            regions: Vec::new(),
            terms: Vec::new(),
            years: None,
            page: 1,
        }
    }

    /// The same search as vawdb's web pages would ask it.
    pub fn request(&self) -> SearchRequest {
        let text = match &self.text {
            None => String::new(),
            Some(Text::Word(word)) => word.clone(),
            Some(Text::Phrase(phrase)) => format!("\"{phrase}\""),
        };
        SearchRequest {
            text,
            filters: SearchFilters {
                countries: self.countries.clone(),
                regions: self.regions.clone(),
                terms: self
                    .terms
                    .iter()
                    .map(|(vocabulary, term)| {
                        (
                            VocabularyCode::parse(vocabulary).expect("a vocabulary code"),
                            vec![TermCode::parse(term).expect("a term code")],
                        )
                    })
                    .collect(),
                year_from: self.years.map(|(from, _)| from),
                year_to: self.years.map(|(_, to)| to),
                ..SearchFilters::default()
            },
            sort: SearchSort::Relevance,
            page: self.page,
            per_page: PER_PAGE,
            language: Language::English,
        }
    }
}

impl fmt::Display for BenchQuery {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut parts = Vec::new();
        match &self.text {
            Some(Text::Word(word)) => parts.push(word.clone()),
            Some(Text::Phrase(phrase)) => parts.push(format!("\"{phrase}\"")),
            None => {}
        }
        parts.extend(self.countries.iter().map(|m49| format!("country={m49}")));
        parts.extend(self.regions.iter().map(|m49| format!("region={m49}")));
        parts.extend(self.terms.iter().map(|(vocabulary, term)| format!("{vocabulary}={term}")));
        if let Some((from, to)) = self.years {
            parts.push(format!("years={from}-{to}"));
        }
        if self.page > 1 {
            parts.push(format!("page={}", self.page));
        }
        if parts.is_empty() {
            parts.push("(everything)".to_owned());
        }
        f.write_str(&parts.join(" "))
    }
}

/// Words looked for alone, in every language; some are vocabulary labels ("formation" names
/// type/training in French), which vawdb also answers with the measures tagged with the term.
const WORDS: [&str; QUERIES_PER_KIND] = [
    "trafficking",
    "training",
    "police",
    "shelters",
    "employers",
    "hotline",
    "reintegration",
    "interpreters",
    "traite",
    "formation",
    "foyers",
    "trata",
    "capacitación",
    "albergues",
    "полиция",
    "мигранты",
    "الشرطة",
    "الاتجار",
    "贩运人口",
    "培训",
];

/// Phrases by language, as many as each gives the mix.
const PHRASES_PER_LANGUAGE: [(Language, usize); 6] = [
    (Language::English, 6),
    (Language::French, 4),
    (Language::Spanish, 4),
    (Language::Russian, 3),
    (Language::Arabic, 3),
    (Language::Chinese, 0),
];

/// English words that are no vocabulary label and share their stem with no other word of the
/// corpus in any language, the demo cycle's English included ("community" would also find its
/// "communities"), so that vawdb (which stems) and the SQL engines (which do not)
/// must find exactly the same measures: the text + facets kind checks that they do.
const PLAIN_WORDS: [&str; 16] = [
    "embassy",
    "wages",
    "amendment",
    "prosecutors",
    "counselling",
    "hours",
    "funding",
    "survey",
    "housing",
    "smuggling",
    "complaints",
    "spouses",
    "leaders",
    "networks",
    "asylum",
    "inspectors",
];

/// Regions a user would pick: the M49 regions and sub-regions with many Member States.
const REGIONS: [u16; 10] = [419, 2, 142, 150, 9, 202, 145, 35, 151, 39];

/// The most frequent content word of each language, to page deep into many matches.
const FREQUENT_WORDS: [&str; 10] =
    ["migrant", "women", "femmes", "mujeres", "женщины", "мигранты", "المرأة", "workers", "violencia", "移民"];

/// The whole mix, kind after kind. `deep_page` is the page the deep-page kind asks for.
pub fn mix(catalogue: &Catalogue, deep_page: u32) -> Vec<BenchQuery> {
    let mut sequence = Sequence::new(0x9e75_2009);
    let member_states: Vec<M49> = catalogue
        .countries()
        .iter()
        .filter(|country| country.un_status == UnStatus::MemberState)
        .map(|country| country.m49)
        .collect();
    let codes = |vocabulary: &str, roots_only: bool| -> Vec<String> {
        let thesaurus = catalogue.thesaurus(vocabulary).expect("the vocabulary exists");
        thesaurus
            .terms()
            .iter()
            .filter(|term| !roots_only || term.parent.is_none())
            .map(|term| term.code.to_string())
            .collect()
    };
    let type_roots = codes("type", true);
    let form_roots = codes("form", true);
    let keywords = codes("keyword", false);
    let stages = codes("stage", false);
    let mut queries = Vec::new();

    for word in WORDS {
        queries.push(BenchQuery { text: Some(Text::Word(word.to_owned())), ..BenchQuery::new(Kind::Word) });
    }

    for (language, count) in PHRASES_PER_LANGUAGE {
        let phrases = words::entries(language).iter().filter(|entry| entry.contains(' ')).take(count);
        for phrase in phrases {
            queries
                .push(BenchQuery { text: Some(Text::Phrase((*phrase).to_owned())), ..BenchQuery::new(Kind::Phrase) });
        }
    }

    for number in 0..QUERIES_PER_KIND {
        let mut query = BenchQuery::new(Kind::FacetsOnly);
        // The first is the issue's own example: every measure about migrant women.
        query.terms.push(("keyword".to_owned(), keywords[number % keywords.len()].clone()));
        match number % 4 {
            1 => query.terms.push(("form".to_owned(), form_roots[sequence.below(form_roots.len())].clone())),
            2 => query.terms.push(("stage".to_owned(), stages[sequence.below(stages.len())].clone())),
            3 => query.years = Some((2010, 2015)),
            _ => {}
        }
        queries.push(query);
    }

    for number in 0..QUERIES_PER_KIND {
        let mut query = BenchQuery::new(Kind::TextAndFacets);
        query.text = Some(Text::Word(PLAIN_WORDS[number % PLAIN_WORDS.len()].to_owned()));
        query.terms.push(("type".to_owned(), type_roots[sequence.below(type_roots.len())].clone()));
        if number.is_multiple_of(2) {
            query.regions.push(M49::new(REGIONS[(number / 2) % REGIONS.len()]).expect("an M49 code"));
        } else {
            query.countries.push(member_states[sequence.below(member_states.len())]);
        }
        queries.push(query);
    }

    for number in 0..QUERIES_PER_KIND {
        let mut query = BenchQuery::new(Kind::DeepPage);
        if number % 2 == 1 {
            query.text = Some(Text::Word(FREQUENT_WORDS[number / 2].to_owned()));
        }
        query.page = deep_page + (number / 2) as u32;
        queries.push(query);
    }

    for kind in Kind::ALL {
        let count = queries.iter().filter(|query| query.kind == kind).count();
        assert_eq!(count, QUERIES_PER_KIND, "the mix has {QUERIES_PER_KIND} queries of kind {}", kind.name());
    }
    queries
}
