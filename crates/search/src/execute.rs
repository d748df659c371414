//! Running one search on a snapshot: match the text, filter and count every facet in one pass
//! over the facet tables, order and cut the page, and highlight the hits shown.

use std::{
    cmp::Ordering,
    collections::{BTreeMap, BTreeSet},
    sync::Arc,
};

use domain::{
    actor::ActorKind,
    country::M49,
    language::Language,
    measure::{ImplementationStatus, YearRange},
    vocabulary::VocabularyCode,
};
use tantivy::{
    DocAddress, DocId, Score, TantivyDocument,
    query::EnableScoring,
    snippet::{Snippet, SnippetGenerator},
};

use crate::{
    error::SearchError,
    facet_table::{Row, SegmentTable},
    query_build,
    query_text::QueryText,
    request::{FacetCount, Facets, Highlighted, Hit, SearchRequest, SearchResults, SearchSort},
    schema::{implementation_code, stored_measure},
    snapshot::Snapshot,
    taxonomy::{NO_ACTOR, NO_CYCLE, Taxonomy, actor_kind_index},
};

/// The longest page.
pub const MAX_PER_PAGE: u32 = 1000;

/// The length of a snippet, in characters.
const SNIPPET_CHARS: usize = 240;

const GROUP_COUNTRY: u32 = 0;
const GROUP_REGION: u32 = 1;
const GROUP_ACTOR_KIND: u32 = 2;
const GROUP_CYCLE: u32 = 3;
const GROUP_IMPLEMENTATION: u32 = 4;
const GROUP_YEAR: u32 = 5;
const GROUP_FIRST_VOCABULARY: u32 = 6;

const FIRST_YEAR: i32 = domain::measure::YearRange::EARLIEST;
const LAST_YEAR: i32 = domain::measure::YearRange::LATEST;

pub(crate) fn search(snapshot: &Snapshot, request: &SearchRequest) -> Result<SearchResults, SearchError> {
    if request.per_page == 0 || request.per_page > MAX_PER_PAGE {
        return Err(SearchError::invalid("per_page", format!("use a page size from 1 to {MAX_PER_PAGE}")));
    }
    if request.page == 0 {
        return Err(SearchError::invalid("page", "pages count from 1"));
    }
    let taxonomy = &snapshot.taxonomy;
    let offset = (u64::from(request.page) - 1) * u64::from(request.per_page);
    let keep = usize::try_from(offset + u64::from(request.per_page)).map_or(Keep::All, Keep::Best);
    let Matches { mut candidates, total, counter, compiled, sort } = find_matches(snapshot, request, keep)?;
    let page: Vec<Candidate> = if offset >= total {
        Vec::new()
    } else {
        let offset = usize::try_from(offset).unwrap_or(usize::MAX);
        let end = (offset + request.per_page as usize).min(candidates.len());
        let compare = |a: &Candidate, b: &Candidate| compare_candidates(sort, a, b);
        if end < candidates.len() {
            candidates.select_nth_unstable_by(end, compare);
            candidates.truncate(end);
        }
        candidates.sort_unstable_by(compare);
        candidates.drain(offset..).collect()
    };

    let hits = highlight(snapshot, &page, compiled.as_ref(), request.language)?;
    let facets = counter.facets(taxonomy, request);
    let named_terms = compiled
        .as_ref()
        .map(|compiled| {
            compiled
                .named_terms
                .iter()
                .map(|term| {
                    let entry = &taxonomy.terms[usize::from(*term)];
                    (taxonomy.vocabularies[usize::from(entry.vocabulary)].clone(), entry.code.clone())
                })
                .collect()
        })
        .unwrap_or_default();
    Ok(SearchResults { total, page: request.page, per_page: request.per_page, hits, facets, named_terms })
}

/// Every published measure that matches the request's text and filters, in the order the
/// request sorts by: all of them, for exports.
pub(crate) fn matching_store_ids(snapshot: &Snapshot, request: &SearchRequest) -> Result<Vec<i64>, SearchError> {
    let Matches { mut candidates, sort, .. } = find_matches(snapshot, request, Keep::All)?;
    candidates.sort_unstable_by(|a, b| compare_candidates(sort, a, b));
    Ok(candidates.iter().map(|candidate| candidate.store_id).collect())
}

struct Matches {
    /// The matching documents, or at least the best of them (see [`Keep`]).
    candidates: Vec<Candidate>,
    /// How many documents match.
    total: u64,
    counter: Counter,
    compiled: Option<query_build::CompiledText>,
    /// The order the candidates are compared in.
    sort: SearchSort,
}

/// Which matching documents a search keeps as candidates.
#[derive(Debug, Clone, Copy)]
enum Keep {
    /// Every one (an export).
    All,
    /// At least the best this many in the search's order (a page and those before it).
    Best(usize),
}

/// Visits every document the text matches once, keeping those that pass every filter and
/// counting the facets on the way.
fn find_matches(snapshot: &Snapshot, request: &SearchRequest, keep: Keep) -> Result<Matches, SearchError> {
    let taxonomy = &snapshot.taxonomy;
    let filter = Filter::new(request, taxonomy)?;
    let text = QueryText::parse(&request.text).map_err(|error| SearchError::invalid("q", error.to_string()))?;
    let mut analyzers = snapshot.analyzers.clone();
    let compiled = (!text.is_empty())
        .then(|| query_build::compile(&text, &snapshot.fields, &mut analyzers, &snapshot.labels, taxonomy));

    let sort = match (request.sort, &compiled) {
        (SearchSort::Relevance, None) => SearchSort::CountryName,
        (sort, _) => sort,
    };
    let mut counter = Counter::new(taxonomy);
    let mut candidates: Vec<Candidate> = Vec::new();
    let mut total: u64 = 0;
    let mut visit = |segment: u32, table: &SegmentTable, doc: DocId, score: Score| {
        let row = &table.rows[doc as usize];
        if !filter.actor_passes(row) {
            return;
        }
        let terms = table.terms(row);
        let failed = filter.failed_groups(row, terms, taxonomy);
        if failed == 0 {
            counter.count_all(row, table);
            total += 1;
            candidates.push(Candidate {
                score,
                store_id: row.store_id,
                country_rank: row.country_rank,
                year_from: row.year_from,
                year_to: row.year_to,
                segment,
                doc,
            });
            if let Keep::Best(best) = keep
                && candidates.len() >= 2 * best.max(64)
            {
                // Only the best `best` can be on the page: keep those, so that a search that
                // matches most measures holds a few thousand candidates, not all of them.
                candidates.select_nth_unstable_by(best, |a, b| compare_candidates(sort, a, b));
                candidates.truncate(best);
            }
        } else if failed.is_power_of_two() {
            counter.count_group(failed.trailing_zeros(), row, table);
        }
    };
    let searcher = &snapshot.searcher;
    match &compiled {
        Some(compiled) => {
            let weight = compiled.query.weight(EnableScoring::enabled_from_searcher(searcher))?;
            for (segment, reader) in searcher.segment_readers().iter().enumerate() {
                let table = &snapshot.tables[segment].1;
                let segment = u32::try_from(segment).unwrap_or(u32::MAX);
                let alive = reader.alive_bitset();
                weight.for_each(reader, &mut |doc, score| {
                    if alive.is_none_or(|alive| alive.is_alive(doc)) {
                        visit(segment, table, doc, score);
                    }
                })?;
            }
        }
        None => {
            for (segment, reader) in searcher.segment_readers().iter().enumerate() {
                let table = &snapshot.tables[segment].1;
                let segment = u32::try_from(segment).unwrap_or(u32::MAX);
                let alive = reader.alive_bitset();
                for doc in 0..reader.max_doc() {
                    if alive.is_none_or(|alive| alive.is_alive(doc)) {
                        visit(segment, table, doc, 0.0);
                    }
                }
            }
        }
    }

    Ok(Matches { candidates, total, counter, compiled, sort })
}

/// A matching document, with what ordering it needs, kept small (32 bytes) because a search
/// may hold thousands.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    score: Score,
    store_id: i64,
    country_rank: u16,
    year_from: i16,
    year_to: i16,
    segment: u32,
    doc: DocId,
}

fn compare_candidates(sort: SearchSort, a: &Candidate, b: &Candidate) -> Ordering {
    let by_country = |a: &Candidate, b: &Candidate| a.country_rank.cmp(&b.country_rank);
    // Measures with no year (0) come last.
    let by_year = |a: &Candidate, b: &Candidate| {
        (a.year_to == 0).cmp(&(b.year_to == 0)).then(b.year_to.cmp(&a.year_to)).then(b.year_from.cmp(&a.year_from))
    };
    match sort {
        SearchSort::Relevance => b.score.total_cmp(&a.score).then(by_country(a, b)).then(by_year(a, b)),
        SearchSort::YearDescending => by_year(a, b).then(by_country(a, b)),
        SearchSort::CountryName => by_country(a, b).then(by_year(a, b)),
    }
    .then(a.store_id.cmp(&b.store_id))
}

/// The filters of a request, resolved to the numbers facet tables hold.
struct Filter {
    countries: Option<Vec<bool>>,
    regions: Option<Vec<bool>>,
    actor_kinds: u8,
    /// The chosen actors by number; a row that fails this is neither shown nor counted, as
    /// actors have no facet whose other values it could count for.
    actors: Option<Vec<bool>>,
    cycles: Option<Vec<bool>>,
    implementation: u8,
    years: Option<(i16, i16)>,
    /// By vocabulary: the chosen terms and every narrower term.
    vocabularies: Vec<Option<Vec<bool>>>,
}

impl Filter {
    fn new(request: &SearchRequest, taxonomy: &Taxonomy) -> Result<Filter, SearchError> {
        let filters = &request.filters;
        let codes = |values: &[M49]| {
            (!values.is_empty()).then(|| {
                let mut set = vec![false; 1000];
                for value in values {
                    set[usize::from(value.get()).min(999)] = true;
                }
                set
            })
        };
        let mut vocabularies: Vec<Option<Vec<bool>>> = vec![None; taxonomy.vocabularies.len()];
        for (vocabulary, terms) in &filters.terms {
            let Some(position) = taxonomy.vocabulary_index(vocabulary.as_str()) else {
                return Err(SearchError::invalid(vocabulary.as_str(), "there is no such vocabulary"));
            };
            if terms.is_empty() {
                continue;
            }
            let set = vocabularies[usize::from(position)].get_or_insert_with(|| vec![false; taxonomy.terms.len()]);
            for term in terms {
                let index = taxonomy.term(vocabulary.as_str(), term.as_str()).ok_or_else(|| {
                    SearchError::invalid(
                        vocabulary.as_str(),
                        format!("unknown code '{term}' in vocabulary '{vocabulary}'"),
                    )
                })?;
                for narrower in &taxonomy.terms[usize::from(index)].self_and_descendants {
                    set[usize::from(*narrower)] = true;
                }
            }
        }
        let cycles = if filters.cycles.is_empty() {
            None
        } else {
            let mut set = vec![false; taxonomy.cycles.len()];
            for cycle in &filters.cycles {
                let index = taxonomy.cycle(cycle.as_str());
                if index == NO_CYCLE {
                    return Err(SearchError::invalid("cycle", format!("unknown reporting cycle '{cycle}'")));
                }
                set[usize::from(index)] = true;
            }
            Some(set)
        };
        let actors = if filters.actors.is_empty() {
            None
        } else {
            let mut set = vec![false; taxonomy.actor_count()];
            for actor in &filters.actors {
                let number = taxonomy.actor_number(actor.as_str());
                if number == NO_ACTOR {
                    return Err(SearchError::invalid("actor", format!("unknown actor '{actor}'")));
                }
                set[usize::from(number)] = true;
            }
            Some(set)
        };
        let year = |year: i32| i16::try_from(year.clamp(FIRST_YEAR, LAST_YEAR)).unwrap_or(0);
        let years = match (filters.year_from, filters.year_to) {
            (None, None) => None,
            (from, to) => {
                let (from, to) = (year(from.unwrap_or(FIRST_YEAR)), year(to.unwrap_or(LAST_YEAR)));
                if to < from {
                    return Err(SearchError::invalid("year_to", format!("{to} is before year_from {from}")));
                }
                Some((from, to))
            }
        };
        Ok(Filter {
            countries: codes(&filters.countries),
            regions: codes(&filters.regions),
            actor_kinds: filters.actor_kinds.iter().fold(0, |mask, kind| mask | 1 << actor_kind_index(*kind)),
            actors,
            cycles,
            implementation: filters
                .implementation
                .iter()
                .fold(0, |mask, status| mask | 1 << implementation_code(*status)),
            years,
            vocabularies,
        })
    }

    /// Whether the row is by one of the chosen actors, when actors are chosen.
    #[inline]
    fn actor_passes(&self, row: &Row) -> bool {
        self.actors.as_ref().is_none_or(|actors| actors.get(usize::from(row.actor)).copied().unwrap_or(false))
    }

    /// The facet groups whose filter the row fails, one bit each.
    #[inline]
    fn failed_groups(&self, row: &Row, terms: &[u16], taxonomy: &Taxonomy) -> u32 {
        let mut failed = 0;
        if let Some(countries) = &self.countries
            && !countries[usize::from(row.country)]
        {
            failed |= 1 << GROUP_COUNTRY;
        }
        if let Some(regions) = &self.regions
            && !row.regions.iter().any(|region| *region != 0 && regions[usize::from(*region).min(999)])
        {
            failed |= 1 << GROUP_REGION;
        }
        if self.actor_kinds != 0 && (row.actor_kind >= 8 || self.actor_kinds & (1 << row.actor_kind) == 0) {
            failed |= 1 << GROUP_ACTOR_KIND;
        }
        if let Some(cycles) = &self.cycles
            && (row.cycle == NO_CYCLE || !cycles[usize::from(row.cycle)])
        {
            failed |= 1 << GROUP_CYCLE;
        }
        if self.implementation != 0 && self.implementation & (1 << row.implementation) == 0 {
            failed |= 1 << GROUP_IMPLEMENTATION;
        }
        if let Some((from, to)) = self.years
            && (row.year_from == 0 || row.year_to < from || row.year_from > to)
        {
            failed |= 1 << GROUP_YEAR;
        }
        for (position, chosen) in self.vocabularies.iter().enumerate() {
            if let Some(chosen) = chosen {
                let vocabulary = u8::try_from(position).unwrap_or(u8::MAX);
                let any = terms.iter().any(|term| {
                    let term = usize::from(*term);
                    taxonomy.terms[term].vocabulary == vocabulary && chosen[term]
                });
                if !any {
                    failed |= 1 << (GROUP_FIRST_VOCABULARY + position as u32);
                }
            }
        }
        failed
    }
}

/// Facet counts being gathered.
struct Counter {
    countries: Vec<u64>,
    regions: Vec<u64>,
    actor_kinds: [u64; 8],
    cycles: Vec<u64>,
    implementation: [u64; 3],
    /// By year: one more where a document's years start, one less after they end; the
    /// counts are the running sums (so a document spanning ten years costs two additions).
    year_steps: Vec<i64>,
    terms: Vec<u64>,
}

impl Counter {
    fn new(taxonomy: &Taxonomy) -> Counter {
        Counter {
            countries: vec![0; 1000],
            regions: vec![0; 1000],
            actor_kinds: [0; 8],
            cycles: vec![0; taxonomy.cycles.len()],
            implementation: [0; 3],
            year_steps: vec![0; (LAST_YEAR - FIRST_YEAR + 2) as usize],
            terms: vec![0; taxonomy.terms.len()],
        }
    }

    #[inline]
    fn count_all(&mut self, row: &Row, table: &SegmentTable) {
        for group in 0..GROUP_FIRST_VOCABULARY {
            self.count_group(group, row, table);
        }
        let (counted, _) = table.counted_terms(row);
        for term in counted {
            self.terms[usize::from(*term)] += 1;
        }
    }

    #[inline]
    fn count_group(&mut self, group: u32, row: &Row, table: &SegmentTable) {
        match group {
            GROUP_COUNTRY => self.countries[usize::from(row.country)] += 1,
            GROUP_REGION => {
                for region in row.regions {
                    if region != 0 {
                        self.regions[usize::from(region).min(999)] += 1;
                    }
                }
            }
            GROUP_ACTOR_KIND => {
                if row.actor_kind < 8 {
                    self.actor_kinds[usize::from(row.actor_kind)] += 1;
                }
            }
            GROUP_CYCLE => {
                if row.cycle != NO_CYCLE {
                    self.cycles[usize::from(row.cycle)] += 1;
                }
            }
            GROUP_IMPLEMENTATION => self.implementation[usize::from(row.implementation).min(2)] += 1,
            GROUP_YEAR => {
                if row.year_from != 0 {
                    let from = i32::from(row.year_from).max(FIRST_YEAR);
                    let to = i32::from(row.year_to).min(LAST_YEAR);
                    if from <= to {
                        self.year_steps[(from - FIRST_YEAR) as usize] += 1;
                        self.year_steps[(to - FIRST_YEAR + 1) as usize] -= 1;
                    }
                }
            }
            vocabulary => {
                let vocabulary = u8::try_from(vocabulary - GROUP_FIRST_VOCABULARY).unwrap_or(u8::MAX);
                let (counted, vocabularies) = table.counted_terms(row);
                for (term, of) in counted.iter().zip(vocabularies) {
                    if *of == vocabulary {
                        self.terms[usize::from(*term)] += 1;
                    }
                }
            }
        }
    }

    /// The count of each year, from the steps.
    fn years(&self) -> Vec<u64> {
        let mut running = 0i64;
        self.year_steps[..self.year_steps.len() - 1]
            .iter()
            .map(|step| {
                running += step;
                u64::try_from(running).unwrap_or(0)
            })
            .collect()
    }

    fn facets(&self, taxonomy: &Taxonomy, request: &SearchRequest) -> Facets {
        let chosen = &request.filters;
        let m49_counts = |counts: &[u64], chosen: &[M49]| {
            let mut values: Vec<FacetCount<M49>> = counts
                .iter()
                .enumerate()
                .filter_map(|(code, count)| {
                    let m49 = M49::new(u16::try_from(code).ok()?)?;
                    let selected = chosen.contains(&m49);
                    (*count > 0 || selected).then_some(FacetCount { value: m49, count: *count, selected })
                })
                .collect();
            values.sort_by(|a, b| b.count.cmp(&a.count).then(a.value.get().cmp(&b.value.get())));
            values
        };
        let mut terms: Vec<(VocabularyCode, Vec<FacetCount<domain::vocabulary::TermCode>>)> =
            taxonomy.vocabularies.iter().map(|code| (code.clone(), Vec::new())).collect();
        for (index, entry) in taxonomy.terms.iter().enumerate() {
            let vocabulary = usize::from(entry.vocabulary);
            let selected = chosen
                .terms
                .iter()
                .any(|(code, terms)| code == &taxonomy.vocabularies[vocabulary] && terms.contains(&entry.code));
            let count = self.terms[index];
            if count > 0 || selected {
                terms[vocabulary].1.push(FacetCount { value: entry.code.clone(), count, selected });
            }
        }
        Facets {
            countries: m49_counts(&self.countries, &chosen.countries),
            regions: m49_counts(&self.regions, &chosen.regions),
            terms,
            actor_kinds: ActorKind::ALL
                .into_iter()
                .filter_map(|kind| {
                    let count = self.actor_kinds[usize::from(actor_kind_index(kind)).min(7)];
                    let selected = chosen.actor_kinds.contains(&kind);
                    (count > 0 || selected).then_some(FacetCount { value: kind, count, selected })
                })
                .collect(),
            cycles: taxonomy
                .cycles
                .iter()
                .enumerate()
                .filter_map(|(index, code)| {
                    let count = self.cycles[index];
                    let selected = chosen.cycles.contains(code);
                    (count > 0 || selected).then_some(FacetCount { value: code.clone(), count, selected })
                })
                .collect(),
            implementation: ImplementationStatus::ALL
                .into_iter()
                .filter_map(|status| {
                    let count = self.implementation[usize::from(implementation_code(status))];
                    let selected = chosen.implementation.contains(&status);
                    (count > 0 || selected).then_some(FacetCount { value: status, count, selected })
                })
                .collect(),
            years: self
                .years()
                .iter()
                .enumerate()
                .filter(|(_, count)| **count > 0)
                .map(|(offset, count)| FacetCount { value: FIRST_YEAR + offset as i32, count: *count, selected: false })
                .collect(),
        }
    }
}

/// Reads the hits of the page and marks the words found in their titles and descriptions.
fn highlight(
    snapshot: &Snapshot,
    page: &[Candidate],
    compiled: Option<&query_build::CompiledText>,
    language: Language,
) -> Result<Vec<Hit>, SearchError> {
    let fields = &snapshot.fields;
    let mut generators: BTreeMap<(Language, bool), Arc<SnippetGenerator>> = BTreeMap::new();
    let mut generator = |language: Language, title: bool| -> Option<Arc<SnippetGenerator>> {
        let terms: &BTreeSet<String> = compiled?.highlight_terms.get(&language)?;
        Some(
            generators
                .entry((language, title))
                .or_insert_with(|| {
                    let field = if title { fields.title(language) } else { fields.description(language) };
                    let max_chars = if title { 2000 } else { SNIPPET_CHARS };
                    Arc::new(SnippetGenerator::new(
                        terms.iter().map(|term| (term.clone(), 1.0)).collect(),
                        snapshot.analyzers.analyzer(language),
                        field,
                        max_chars,
                    ))
                })
                .clone(),
        )
    };
    let mut hits = Vec::with_capacity(page.len());
    for candidate in page {
        let document: TantivyDocument = snapshot.searcher.doc(DocAddress::new(candidate.segment, candidate.doc))?;
        let stored = stored_measure(fields, &document);
        // The wanted language if the measure has it, highlighted or not (a reader of Chinese
        // who typed an Arabic word reads the Chinese text); else the first language whose
        // text holds a word searched for; else the first language the measure has.
        let mut choice: Option<(Language, Highlighted, Highlighted)> = None;
        let mut order: Vec<Language> = vec![language];
        order.extend(stored.texts.iter().map(|(l, _, _)| *l).filter(|l| *l != language));
        for wanted in order {
            let Some((_, title, description)) = stored.texts.iter().find(|(l, _, _)| *l == wanted) else { continue };
            let title_snippet = generator(wanted, true).map(|g| g.snippet(title));
            let description_snippet = generator(wanted, false).map(|g| g.snippet(description));
            let found = title_snippet.as_ref().is_some_and(|s| !s.highlighted().is_empty())
                || description_snippet.as_ref().is_some_and(|s| !s.highlighted().is_empty());
            let title = match title_snippet {
                Some(snippet) if !snippet.highlighted().is_empty() => from_snippet(title, &snippet),
                _ => Highlighted { text: title.clone(), highlights: Vec::new() },
            };
            let description = match description_snippet {
                Some(snippet) if !snippet.highlighted().is_empty() => from_snippet(description, &snippet),
                _ => beginning(description),
            };
            let first_choice = choice.is_none();
            if first_choice || found {
                choice = Some((wanted, title, description));
            }
            if found || wanted == language || (first_choice && compiled.is_none()) {
                break;
            }
        }
        let (language, title, snippet) = choice.unwrap_or((language, Highlighted::default(), Highlighted::default()));
        let row = &snapshot.tables[candidate.segment as usize].1.rows[candidate.doc as usize];
        hits.push(Hit {
            store_id: stored.store_id,
            external_id: stored.external_id,
            score: candidate.score,
            actor: stored.actor,
            country: M49::new(row.country),
            years: (row.year_from != 0)
                .then(|| YearRange::new(i32::from(row.year_from), Some(i32::from(row.year_to))).ok())
                .flatten(),
            cycle: (row.cycle != NO_CYCLE)
                .then(|| snapshot.taxonomy.cycles.get(usize::from(row.cycle)).cloned())
                .flatten(),
            terms: stored
                .terms
                .iter()
                .filter_map(|key| {
                    let (vocabulary, term) = key.split_once('/')?;
                    Some((VocabularyCode::parse(vocabulary).ok()?, domain::vocabulary::TermCode::parse(term).ok()?))
                })
                .collect(),
            language,
            title,
            snippet,
        });
    }
    Ok(hits)
}

/// A snippet with an ellipsis where it cuts the text.
fn from_snippet(text: &str, snippet: &Snippet) -> Highlighted {
    let range = snippet.fragment_range();
    let mut result = String::new();
    let mut shift = 0;
    if range.start > 0 {
        result.push('…');
        shift = '…'.len_utf8();
    }
    result.push_str(snippet.fragment());
    if range.end < text.len() {
        result.push('…');
    }
    Highlighted {
        text: result,
        highlights: snippet.highlighted().iter().map(|r| r.start + shift..r.end + shift).collect(),
    }
}

/// The beginning of a text, cut at a word, when no word searched for is in it.
fn beginning(text: &str) -> Highlighted {
    if text.chars().count() <= SNIPPET_CHARS {
        return Highlighted { text: text.to_owned(), highlights: Vec::new() };
    }
    let cut: String = text.chars().take(SNIPPET_CHARS).collect();
    let cut = match cut.rfind(char::is_whitespace) {
        Some(position) if position > cut.len() / 2 => cut[..position].to_owned(),
        _ => cut,
    };
    Highlighted { text: format!("{}…", cut.trim_end()), highlights: Vec::new() }
}
