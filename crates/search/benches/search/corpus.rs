//! The synthetic corpus: seeded, so every run searches the same measures, written in the
//! exchange format over the real countries and vocabularies, with titles and descriptions in
//! the six UN languages.

use std::collections::BTreeMap;

use domain::{
    catalogue::Catalogue,
    country::UnStatus,
    exchange::{ExchangeDocument, FORMAT, MeasureEntry, TextEntry},
    language::Language,
};

use crate::words;

/// A small, seeded pseudo-random sequence (SplitMix64), so every run builds the same corpus.
pub struct Sequence(u64);

impl Sequence {
    pub fn new(seed: u64) -> Sequence {
        Sequence(seed)
    }

    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..below`.
    pub fn below(&mut self, below: usize) -> usize {
        (self.next_u64() % below as u64) as usize
    }

    /// A number in `from..=to`.
    pub fn between(&mut self, from: usize, to: usize) -> usize {
        from + self.below(to - from + 1)
    }

    /// A number in `0.0..1.0`.
    pub fn fraction(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub fn chance(&mut self, probability: f64) -> bool {
        self.fraction() < probability
    }

    /// `count` different items of `items`.
    pub fn distinct<'a, T>(&mut self, items: &'a [T], count: usize) -> Vec<&'a T> {
        let mut chosen: Vec<usize> = Vec::with_capacity(count);
        while chosen.len() < count.min(items.len()) {
            let candidate = self.below(items.len());
            if !chosen.contains(&candidate) {
                chosen.push(candidate);
            }
        }
        chosen.into_iter().map(|index| &items[index]).collect()
    }
}

/// The words of one language with the odds of drawing each: Zipf-like, as in real text, so
/// that the first entries occur in almost every description and the last in few.
pub struct Lexicon {
    pub language: Language,
    entries: &'static [&'static str],
    cumulative: Vec<f64>,
}

impl Lexicon {
    pub fn new(language: Language) -> Lexicon {
        let entries = words::entries(language);
        let mut total = 0.0;
        let cumulative = (0..entries.len())
            .map(|rank| {
                total += 1.0 / (rank as f64 + 1.0).powf(0.9);
                total
            })
            .collect();
        Lexicon { language, entries, cumulative }
    }

    fn draw(&self, sequence: &mut Sequence) -> &'static str {
        let total = *self.cumulative.last().expect("every language has words");
        let point = sequence.fraction() * total;
        let rank = self.cumulative.partition_point(|&bound| bound <= point).min(self.entries.len() - 1);
        self.entries[rank]
    }

    /// Entries drawn until they hold at least `words` words.
    fn draw_words(&self, sequence: &mut Sequence, words: usize) -> Vec<&'static str> {
        let mut drawn = Vec::new();
        let mut count = 0;
        while count < words {
            let entry = self.draw(sequence);
            count += if self.language == Language::Chinese { 1 } else { entry.split(' ').count() };
            drawn.push(entry);
        }
        drawn
    }

    /// A title of 5 to 12 words, capitalised, without a full stop.
    pub fn title(&self, sequence: &mut Sequence) -> String {
        let words = sequence.between(5, 12);
        let entries = self.draw_words(sequence, words);
        match self.language {
            Language::Chinese => entries.concat(),
            _ => capitalise(&entries.join(" ")),
        }
    }

    /// A description of 40 to 120 words in sentences of 6 to 18 words. Chinese is written
    /// without spaces, in clauses of 2 to 6 words separated by commas.
    pub fn description(&self, sequence: &mut Sequence) -> String {
        let mut remaining = sequence.between(40, 120);
        let mut text = String::new();
        while remaining > 0 {
            let length = sequence.between(6, 18).min(remaining);
            remaining -= length;
            let entries = self.draw_words(sequence, length);
            match self.language {
                Language::Chinese => {
                    let mut clauses = Vec::new();
                    let mut rest = entries.as_slice();
                    while !rest.is_empty() {
                        let take = sequence.between(2, 6).min(rest.len());
                        clauses.push(rest[..take].concat());
                        rest = &rest[take..];
                    }
                    text.push_str(&clauses.join("，"));
                    text.push('。');
                }
                _ => {
                    if !text.is_empty() {
                        text.push(' ');
                    }
                    text.push_str(&capitalise(&entries.join(" ")));
                    text.push('.');
                }
            }
        }
        text
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// What the measures are drawn from: the Member States and the terms of each vocabulary.
pub struct Choices {
    pub member_states: Vec<String>,
    pub terms: BTreeMap<String, Vec<String>>,
}

impl Choices {
    pub fn new(catalogue: &Catalogue) -> Choices {
        let member_states = catalogue
            .countries()
            .iter()
            .filter(|country| country.un_status == UnStatus::MemberState)
            .map(|country| country.iso3.clone())
            .collect();
        let terms = ["type", "form", "keyword", "stage"]
            .into_iter()
            .map(|vocabulary| {
                let thesaurus = catalogue
                    .thesaurus(vocabulary)
                    .unwrap_or_else(|| panic!("the reference data has no vocabulary '{vocabulary}'"));
                (vocabulary.to_owned(), thesaurus.terms().iter().map(|term| term.code.to_string()).collect())
            })
            .collect();
        Choices { member_states, terms }
    }
}

/// The UN languages other than English, which a measure has in 40% of cases and more
/// often as a second or third language.
const OTHER_LANGUAGES: [Language; 5] =
    [Language::French, Language::Spanish, Language::Russian, Language::Arabic, Language::Chinese];
/// How many terms of each vocabulary a measure gets, at least and at most: a published
/// measure needs a type of measure.
const TERMS_PER_MEASURE: [(&str, usize, usize); 4] =
    [("type", 1, 3), ("form", 0, 3), ("keyword", 0, 2), ("stage", 0, 2)];

/// The measures `first..first + count` of the corpus, as an exchange document. Each measure
/// draws from its own sequence, seeded by its number, so a chunk is the same whatever the
/// chunk size.
pub fn document(first: usize, count: usize, choices: &Choices, lexicons: &[Lexicon]) -> ExchangeDocument {
    let lexicon = |language: Language| {
        lexicons.iter().find(|lexicon| lexicon.language == language).expect("a lexicon per language")
    };
    let measures = (first..first + count)
        .map(|number| {
            let mut sequence = Sequence::new(0x5eed_0000_0000 + number as u64);
            let country = choices.member_states[sequence.below(choices.member_states.len())].clone();
            let mut classification = BTreeMap::new();
            for (vocabulary, least, most) in TERMS_PER_MEASURE {
                let how_many = sequence.between(least, most);
                if how_many > 0 {
                    let terms = sequence.distinct(&choices.terms[vocabulary], how_many);
                    classification.insert(vocabulary.to_owned(), terms.into_iter().cloned().collect());
                }
            }
            let mut languages = Vec::new();
            if sequence.chance(0.6) {
                languages.push(Language::English);
            }
            let others = sequence.between(usize::from(languages.is_empty()), 3 - languages.len());
            languages.extend(sequence.distinct(&OTHER_LANGUAGES, others).into_iter().copied());
            let text = languages
                .into_iter()
                .map(|language| {
                    let lexicon = lexicon(language);
                    let title = lexicon.title(&mut sequence);
                    let description = lexicon.description(&mut sequence);
                    (language.code().to_owned(), TextEntry { title, description, effectiveness: None, origin: None })
                })
                .collect();
            MeasureEntry {
                id: format!("bench-{number:06}"),
                country: Some(country),
                actor: None,
                cycle: Some("2009".to_owned()),
                year: Some(2000 + sequence.below(26) as i32),
                year_to: None,
                implementation: Some(if sequence.chance(0.1) { "in_preparation" } else { "in_place" }.to_owned()),
                state: Some("published".to_owned()),
                classification,
                text,
                source: Some(format!("Synthetic benchmark measure {number}")),
            }
        })
        .collect();
    ExchangeDocument { format: FORMAT.to_owned(), cycles: Vec::new(), submissions: Vec::new(), measures }
}
