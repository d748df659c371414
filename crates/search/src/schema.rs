//! The index schema: which facts of a measure the index holds, and the document made of one.

use domain::{
    language::Language,
    measure::{ImplementationStatus, Measure},
};
use store::MeasureRecord;
use tantivy::{
    TantivyDocument,
    schema::{FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions, Value},
};

use crate::analysis::{WORDS_ANALYZER, analyzer_name};

/// The version of the schema and of the analysis; an index written with another is rebuilt.
pub(crate) const SCHEMA_VERSION: u32 = 1;

/// The fields of the schema.
#[derive(Debug, Clone)]
pub(crate) struct Fields {
    pub(crate) store_id: Field,
    pub(crate) external_id: Field,
    /// The M49 code of the country, 0 for none.
    pub(crate) country: Field,
    pub(crate) actor: Field,
    pub(crate) cycle: Field,
    /// The first and last year, 0 for none.
    pub(crate) year_from: Field,
    pub(crate) year_to: Field,
    /// `vocabulary/term` for every term the measure is tagged with (not their ancestors: the
    /// hierarchy is applied when searching, so a changed hierarchy needs no reindexing).
    pub(crate) term: Field,
    pub(crate) implementation: Field,
    pub(crate) titles: Vec<(Language, Field)>,
    pub(crate) descriptions: Vec<(Language, Field)>,
    /// Every title and description, folded and not stemmed, for prefix matching.
    pub(crate) words: Field,
}

impl Fields {
    pub(crate) fn title(&self, language: Language) -> Field {
        self.titles.iter().find(|(l, _)| *l == language).map(|(_, f)| *f).expect("a title field per language")
    }

    pub(crate) fn description(&self, language: Language) -> Field {
        self.descriptions
            .iter()
            .find(|(l, _)| *l == language)
            .map(|(_, f)| *f)
            .expect("a description field per language")
    }
}

pub(crate) fn schema() -> (Schema, Fields) {
    let mut builder = Schema::builder();
    let text = |language: Language| {
        TextOptions::default().set_stored().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(analyzer_name(language))
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
    };
    let store_id = builder.add_u64_field("store_id", INDEXED | STORED | FAST);
    let external_id = builder.add_text_field("external_id", STRING | STORED);
    let country = builder.add_u64_field("country", FAST | STORED);
    let actor = builder.add_text_field("actor", STRING | FAST | STORED);
    let cycle = builder.add_text_field("cycle", STRING | FAST | STORED);
    let year_from = builder.add_i64_field("year_from", FAST | STORED);
    let year_to = builder.add_i64_field("year_to", FAST | STORED);
    let term = builder.add_text_field("term", STRING | FAST | STORED);
    let implementation = builder.add_text_field("implementation", STRING | FAST | STORED);
    let titles = Language::ALL
        .into_iter()
        .map(|language| (language, builder.add_text_field(&format!("title_{}", language.code()), text(language))))
        .collect();
    let descriptions = Language::ALL
        .into_iter()
        .map(|language| (language, builder.add_text_field(&format!("description_{}", language.code()), text(language))))
        .collect();
    let words = builder.add_text_field(
        "words",
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default().set_tokenizer(WORDS_ANALYZER).set_index_option(IndexRecordOption::Basic),
        ),
    );
    let fields = Fields {
        store_id,
        external_id,
        country,
        actor,
        cycle,
        year_from,
        year_to,
        term,
        implementation,
        titles,
        descriptions,
        words,
    };
    (builder.build(), fields)
}

/// The document indexed for one measure.
pub(crate) fn document(fields: &Fields, record: &MeasureRecord) -> TantivyDocument {
    let measure: &Measure = &record.measure;
    let mut document = TantivyDocument::default();
    document.add_u64(fields.store_id, u64::try_from(record.id).unwrap_or_default());
    document.add_text(fields.external_id, measure.external_id.as_str());
    document.add_u64(fields.country, measure.country.map_or(0, |m49| u64::from(m49.get())));
    document.add_text(fields.actor, measure.actor.as_str());
    if let Some(cycle) = &measure.cycle {
        document.add_text(fields.cycle, cycle.as_str());
    }
    document.add_i64(fields.year_from, measure.years.map_or(0, |years| i64::from(years.from())));
    document.add_i64(fields.year_to, measure.years.map_or(0, |years| i64::from(years.to())));
    for (vocabulary, term) in measure.classification.iter() {
        document.add_text(fields.term, format!("{vocabulary}/{term}"));
    }
    document.add_text(fields.implementation, measure.implementation.as_str());
    for (language, text) in &measure.texts {
        document.add_text(fields.title(*language), &text.title);
        document.add_text(fields.description(*language), &text.description);
        document.add_text(fields.words, &text.title);
        document.add_text(fields.words, &text.description);
    }
    document
}

/// What a hit shows, read back from the stored document.
#[derive(Debug, Clone)]
pub(crate) struct StoredMeasure {
    pub(crate) store_id: i64,
    pub(crate) external_id: String,
    pub(crate) actor: String,
    /// `vocabulary/term` keys.
    pub(crate) terms: Vec<String>,
    pub(crate) texts: Vec<(Language, String, String)>,
}

pub(crate) fn stored_measure(fields: &Fields, document: &TantivyDocument) -> StoredMeasure {
    let text = |field: Field| document.get_first(field).and_then(|value| value.as_str()).map(str::to_owned);
    let texts = Language::ALL
        .into_iter()
        .filter_map(|language| {
            let title = text(fields.title(language))?;
            Some((language, title, text(fields.description(language)).unwrap_or_default()))
        })
        .collect();
    StoredMeasure {
        store_id: document
            .get_first(fields.store_id)
            .and_then(|value| value.as_u64())
            .and_then(|id| i64::try_from(id).ok())
            .unwrap_or_default(),
        external_id: text(fields.external_id).unwrap_or_default(),
        actor: text(fields.actor).unwrap_or_default(),
        terms: document.get_all(fields.term).filter_map(|value| value.as_str()).map(str::to_owned).collect(),
        texts,
    }
}

/// The code indexed for an implementation status.
pub(crate) fn implementation_code(status: ImplementationStatus) -> u8 {
    match status {
        ImplementationStatus::InPreparation => 1,
        ImplementationStatus::InPlace => 2,
    }
}
