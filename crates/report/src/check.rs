//! The stale-list check: a report edited by hand after it was compiled still holds the State
//! lists of the day it was compiled. Comparing the lists saved then with the lists the data
//! give now, and with the edited text, tells which lists are out of date, and how.

use serde::{Deserialize, Serialize};

use domain::language::Language;

use crate::lists::ListRecord;

fn english() -> Language {
    Language::English
}

/// The value of [`SavedLists::format`].
pub const FORMAT: &str = "vawdb-report-lists/1";

/// The lists of a compiled report, saved beside it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedLists {
    pub format: String,
    pub cycle: String,
    /// The language the report was compiled in; English in files saved before reports had one.
    #[serde(default = "english")]
    pub language: Language,
    /// The last change-log entry the data reflected when the report was compiled.
    pub change_log_id: i64,
    pub lists: Vec<ListRecord>,
}

/// What is wrong with one list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub saved: ListRecord,
    pub problem: Problem,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum Problem {
    /// The data now give other States: those `added` are missing from the report, those
    /// `removed` should no longer be in it.
    DataChanged { added: Vec<String>, removed: Vec<String>, current_text: String },
    /// The report's text no longer contains the list as compiled: someone changed it by hand.
    EditedByHand,
    /// The template no longer makes this list.
    NoLongerMade,
}

/// Compares the `saved` lists with the `current` ones (from compiling the same template on
/// today's data) and with the `edited` text of the report.
pub fn check(edited: &str, saved: &[ListRecord], current: &[ListRecord]) -> Vec<Finding> {
    let edited = normalize(edited);
    let mut findings = Vec::new();
    for list in saved {
        let now = current
            .iter()
            .find(|other| other.call == list.call && other.occurrence == list.occurrence && other.style == list.style);
        match now {
            None => findings.push(Finding { saved: list.clone(), problem: Problem::NoLongerMade }),
            Some(now) if now.countries != list.countries => {
                let added = now.countries.iter().filter(|c| !list.countries.contains(c)).cloned().collect();
                let removed = list.countries.iter().filter(|c| !now.countries.contains(c)).cloned().collect();
                findings.push(Finding {
                    saved: list.clone(),
                    problem: Problem::DataChanged { added, removed, current_text: now.text.clone() },
                });
            }
            Some(_) => {
                if !list.text.is_empty() && !edited.contains(&normalize(&list.text)) {
                    findings.push(Finding { saved: list.clone(), problem: Problem::EditedByHand });
                }
            }
        }
    }
    findings
}

/// Text with runs of white space made single spaces, as word processors rewrap lines.
fn normalize(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lists::{ListLocation, ListStyle};

    fn list(countries: &[&str], text: &str) -> ListRecord {
        ListRecord {
            call: "states(type=\"training\")".into(),
            occurrence: 0,
            style: ListStyle::Parenthetical,
            countries: countries.iter().map(|c| (*c).to_owned()).collect(),
            text: text.into(),
            location: ListLocation::Paragraph(17),
        }
    }

    #[test]
    fn a_list_the_data_no_longer_give_is_stale_with_the_difference() {
        let saved = [list(&["BLR", "DNK"], "Belarus and Denmark")];
        let current = [list(&["BLR", "DNK", "ECU"], "Belarus, Denmark and Ecuador")];
        let findings = check("States such as (Belarus and Denmark) trained officials.", &saved, &current);
        assert_eq!(findings.len(), 1);
        assert_eq!(
            findings[0].problem,
            Problem::DataChanged {
                added: vec!["ECU".into()],
                removed: vec![],
                current_text: "Belarus, Denmark and Ecuador".into()
            }
        );
    }

    #[test]
    fn a_list_changed_by_hand_is_reported_and_rewrapped_text_is_not() {
        let saved = [list(&["BLR", "DNK"], "Belarus and Denmark")];
        assert!(check("States such as (Belarus\n and   Denmark) trained.", &saved, &saved).is_empty());
        let findings = check("States such as (Belarus) trained.", &saved, &saved);
        assert_eq!(findings[0].problem, Problem::EditedByHand);
        assert_eq!(check("", &saved, &[])[0].problem, Problem::NoLongerMade);
    }
}
