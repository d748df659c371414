//! Lists of States as template values, and the record of every list a report shows, kept so
//! that a report edited by hand can later be checked against the data.

use std::{
    collections::HashMap,
    fmt,
    sync::{Arc, Mutex},
};

use domain::{
    country::{CountryName, M49},
    language::Language,
};
use locale_format::LocaleFormat;
use minijinja::value::{Enumerator, Object, ObjectRepr, Value};
use serde::{Deserialize, Serialize};

/// How a list is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ListStyle {
    /// "(Belarus, Czech Republic and Turkmenistan)": no articles.
    Parenthetical,
    /// "Belarus, the Czech Republic and Turkmenistan".
    RunningText,
}

/// Where a list stands in the compiled document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "in", content = "number")]
pub enum ListLocation {
    Paragraph(u32),
    Footnote(u32),
    /// A heading or an unnumbered block.
    Elsewhere,
}

/// One list as the report showed it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListRecord {
    /// The call that made the list, such as `states(type="legislation.penal")`.
    pub call: String,
    /// How many lists from an identical call came before this one.
    pub occurrence: usize,
    pub style: ListStyle,
    /// The States, by ISO 3166 alpha-3 code, in the order shown.
    pub countries: Vec<String>,
    pub text: String,
    pub location: ListLocation,
}

/// Collects the lists a compilation shows.
#[derive(Debug, Default)]
pub(crate) struct ListRecorder {
    records: Mutex<Vec<ListRecord>>,
    occurrences: Mutex<HashMap<(String, ListStyle), usize>>,
}

/// Marks the start of a list in the rendered text, followed by its index and [`LIST_END`];
/// the document builder replaces it with the list's location.
pub(crate) const LIST_START: char = '\u{E004}';
pub(crate) const LIST_END: char = '\u{E005}';

impl ListRecorder {
    fn record(&self, list: &StateList, style: ListStyle, text: &str) -> usize {
        let occurrence = {
            let mut occurrences = self.occurrences.lock().unwrap_or_else(|p| p.into_inner());
            let count = occurrences.entry((list.call.clone(), style)).or_insert(0);
            *count += 1;
            *count - 1
        };
        let mut records = self.records.lock().unwrap_or_else(|p| p.into_inner());
        records.push(ListRecord {
            call: list.call.clone(),
            occurrence,
            style,
            countries: list.entries.iter().map(|entry| entry.iso3.clone()).collect(),
            text: text.to_owned(),
            location: ListLocation::Elsewhere,
        });
        records.len() - 1
    }

    pub(crate) fn take(&self) -> Vec<ListRecord> {
        std::mem::take(&mut *self.records.lock().unwrap_or_else(|p| p.into_inner()))
    }
}

/// One State in a list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Entry {
    pub(crate) m49: M49,
    pub(crate) iso3: String,
    /// The name in the report's language, as in force on the list's date.
    pub(crate) name: CountryName,
    /// The name a list is ordered by (see [`order`]).
    pub(crate) sort_name: String,
}

/// A list of States, as a template sees it: a sequence of names whose text, when shown, is
/// the parenthetical list.
#[derive(Debug)]
pub(crate) struct StateList {
    pub(crate) call: String,
    /// The States in the order the report's language lists them.
    pub(crate) entries: Vec<Entry>,
    pub(crate) language: Language,
    pub(crate) recorder: Arc<ListRecorder>,
}

impl StateList {
    /// A list of `entries`, put in the order of `language`.
    pub(crate) fn new(
        call: String,
        mut entries: Vec<Entry>,
        language: Language,
        recorder: Arc<ListRecorder>,
    ) -> StateList {
        order(&mut entries, language);
        StateList { call, entries, language, recorder }
    }

    /// The list written in `style`, recorded, with the marker that locates it.
    pub(crate) fn write(&self, style: ListStyle) -> String {
        let names = self.entries.iter().map(|entry| match style {
            ListStyle::Parenthetical => entry.name.short_name.clone(),
            ListStyle::RunningText => entry.name.in_running_text(),
        });
        let text = LocaleFormat::of(self.language).list(names);
        let index = self.recorder.record(self, style, &text);
        format!("{LIST_START}{index}{LIST_END}{text}")
    }

    pub(crate) fn m49s(&self) -> Vec<M49> {
        self.entries.iter().map(|entry| entry.m49).collect()
    }
}

/// Puts States in the order a United Nations document in `language` lists them (the sources
/// are in `docs/report-templates.md`):
///
/// - English: alphabetical, accents, case and articles ignored ("Türkiye" before
///   "Turkmenistan").
/// - French, Spanish and Russian: the language's own alphabetical order (CLDR collation),
///   articles ignored because names are kept without them: French "Égypte, Équateur,
///   Espagne".
/// - Arabic: Arabic alphabetical order with the article "ال" of the first word ignored, so
///   "الاتحاد الروسي" sorts under "ا" beside "إثيوبيا" and "أذربيجان".
/// - Chinese: the English order of the same States, as UN Chinese documents keep it.
///
/// A name written "X (Y of)" sorts under X in every language: "Bolivia (Plurinational State
/// of)" under B, even where running text writes it "the Plurinational State of Bolivia".
pub(crate) fn order(entries: &mut [Entry], language: Language) {
    match language {
        Language::English | Language::Chinese => {
            entries.sort_by_cached_key(|entry| domain::text::english_sort_key(&entry.sort_name));
        }
        Language::Arabic => {
            let format = LocaleFormat::of(language);
            entries.sort_by(|a, b| {
                format.compare(without_arabic_article(&a.sort_name), without_arabic_article(&b.sort_name))
            });
        }
        Language::French | Language::Spanish | Language::Russian => {
            let format = LocaleFormat::of(language);
            entries.sort_by(|a, b| format.compare(&a.sort_name, &b.sort_name));
        }
    }
}

fn without_arabic_article(name: &str) -> &str {
    name.strip_prefix("ال").filter(|rest| !rest.is_empty()).unwrap_or(name)
}

impl Object for StateList {
    fn repr(self: &Arc<Self>) -> ObjectRepr {
        ObjectRepr::Seq
    }

    fn get_value(self: &Arc<Self>, key: &Value) -> Option<Value> {
        let index = key.as_usize()?;
        self.entries.get(index).map(|entry| Value::from(entry.name.short_name.clone()))
    }

    fn enumerate(self: &Arc<Self>) -> Enumerator {
        Enumerator::Seq(self.entries.len())
    }

    fn render(self: &Arc<Self>, f: &mut fmt::Formatter<'_>) -> fmt::Result
    where
        Self: Sized + 'static,
    {
        f.write_str(&self.write(ListStyle::Parenthetical))
    }
}
