//! Reading the treaty status tables people actually have: the UN Treaty Collection's table
//! (Participant, Signature, Ratification / Accession (a) / Succession (d) / Acceptance (A) /
//! Approval (AA)) and the ILO NORMLEX ratification table (Country, Date, Status, Note), pasted
//! as text or read from CSV or XLSX into a [`Table`].
//!
//! Every problem names the row and the column; participants are found through a
//! [`CountryNameIndex`] and never guessed. [`untc_rows`] writes the status of an instrument
//! back in the UN Treaty Collection's layout, which [`read_untc_table`] reads unchanged.

use std::collections::BTreeMap;

use crate::{
    country::M49,
    country_names::{CountryNameIndex, NameMatch, strip_footnote_markers},
    date::Date,
    text::english_sort_key,
    treaty::{Instrument, InstrumentCode, TreatyAction, TreatyActionKind, status_as_at},
};

/// The headings of the UN Treaty Collection's status table, as [`untc_rows`] writes them.
pub const UNTC_HEADINGS: [&str; 3] =
    ["Participant", "Signature", "Ratification, Acceptance(A), Approval(AA), Accession(a), Succession(d)"];

/// The status of `instrument` as at `as_at` in the UN Treaty Collection's layout, headings
/// first: one row per State that had signed it or become a party, by its English name
/// (`participant`), with dates written as UNTC writes them ("12 Dec 2000", "7 Jun 2004 a").
/// A State recorded as a party without a dated action is left out, since the layout has no
/// place for it.
pub fn untc_rows(
    actions: &[TreatyAction],
    instrument: &Instrument,
    as_at: Date,
    participant: impl Fn(M49) -> Option<String>,
) -> Vec<Vec<String>> {
    let mut by_country: BTreeMap<M49, Vec<&TreatyAction>> = BTreeMap::new();
    for action in actions.iter().filter(|action| action.instrument == instrument.code) {
        by_country.entry(action.country).or_default().push(action);
    }
    let mut rows: Vec<Vec<String>> = Vec::new();
    for (country, country_actions) in by_country {
        let Some(name) = participant(country) else { continue };
        let status = status_as_at(&country_actions, instrument, as_at);
        let consent = status.party_since.and_then(|(kind, date)| {
            let suffix = match kind {
                TreatyActionKind::Ratification => "",
                TreatyActionKind::Accession => " a",
                TreatyActionKind::Succession => " d",
                TreatyActionKind::Acceptance => " A",
                TreatyActionKind::Approval => " AA",
                TreatyActionKind::DefinitiveSignature => " s",
                _ => return None,
            };
            Some(format!("{}{suffix}", untc_date(date)))
        });
        let signature = status.signed_on.map(untc_date);
        if consent.is_none() && signature.is_none() {
            continue;
        }
        rows.push(vec![name, signature.unwrap_or_default(), consent.unwrap_or_default()]);
    }
    rows.sort_by_cached_key(|row| english_sort_key(&row[0]));
    rows.insert(0, UNTC_HEADINGS.iter().map(|heading| (*heading).to_owned()).collect());
    rows
}

/// "12 Dec 2000", as the UN Treaty Collection writes a date.
fn untc_date(date: Date) -> String {
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let text = date.to_string();
    let day: u8 = text[8..10].parse().unwrap_or(1);
    format!("{day} {} {}", MONTHS[usize::from(date.month() - 1)], date.year())
}

/// A table read from a file or from pasted text, with each row's place in its source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub rows: Vec<TableRow>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableRow {
    /// The row's number in its source, counting from 1 (a line of text, a spreadsheet row).
    pub number: usize,
    pub cells: Vec<String>,
}

impl Table {
    /// Reads a table pasted from a web page: one row per line, cells separated by tabs, or by
    /// runs of two or more spaces when the text has no tab.
    pub fn from_pasted_text(text: &str) -> Table {
        let uses_tabs = text.contains('\t');
        let rows = text
            .lines()
            .enumerate()
            .map(|(index, line)| {
                let cells: Vec<String> = if uses_tabs {
                    line.split('\t').map(|cell| cell.trim().to_owned()).collect()
                } else {
                    split_on_wide_spaces(line)
                };
                TableRow { number: index + 1, cells }
            })
            .collect();
        Table { rows }
    }
}

fn split_on_wide_spaces(line: &str) -> Vec<String> {
    let mut cells = Vec::new();
    let mut current = String::new();
    let mut spaces = 0;
    for c in line.chars() {
        if c == ' ' {
            spaces += 1;
            continue;
        }
        if spaces >= 2 && !current.is_empty() {
            cells.push(std::mem::take(&mut current));
        } else if spaces == 1 && !current.is_empty() {
            current.push(' ');
        }
        spaces = 0;
        current.push(c);
    }
    if !current.is_empty() {
        cells.push(current);
    }
    cells
}

/// One thing wrong in a status table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableProblem {
    pub row: usize,
    /// The column's heading, when the problem is in one cell.
    pub column: Option<String>,
    pub message: String,
}

impl std::fmt::Display for TableProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.column {
            Some(column) => write!(f, "row {}, column '{}': {}", self.row, column, self.message),
            None => write!(f, "row {}: {}", self.row, self.message),
        }
    }
}

/// The actions read from a status table, each with its row.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct StatusTable {
    pub actions: Vec<(usize, TreatyAction)>,
    /// Participants that are known not to be States (the European Union), by row.
    pub not_states: Vec<(usize, String)>,
}

/// Reads the UN Treaty Collection's status table of one instrument.
pub fn read_untc_table(
    table: &Table,
    instrument: &InstrumentCode,
    names: &CountryNameIndex,
) -> Result<StatusTable, Vec<TableProblem>> {
    let Some((header_position, header)) =
        table.rows.iter().enumerate().find(|(_, row)| {
            row.cells.first().is_some_and(|cell| cell.trim().to_lowercase().starts_with("participant"))
        })
    else {
        return Err(vec![TableProblem {
            row: table.rows.first().map_or(1, |row| row.number),
            column: None,
            message: "no heading row starting with 'Participant' was found; copy the table with its headings".into(),
        }]);
    };
    let find = |wanted: &[&str]| {
        header.cells.iter().position(|cell| {
            let cell = cell.to_lowercase();
            wanted.iter().any(|word| cell.contains(word))
        })
    };
    let signature_column = find(&["signature"]);
    let Some(consent_column) = find(&["ratification", "accession", "acceptance", "approval"]) else {
        return Err(vec![TableProblem {
            row: header.number,
            column: None,
            message: "no 'Ratification, Accession (a), Succession (d)' column in the headings".into(),
        }]);
    };
    let heading = |column: usize| header.cells.get(column).cloned().unwrap_or_default();

    let mut result = StatusTable::default();
    let mut problems = Vec::new();
    for row in &table.rows[header_position + 1..] {
        let participant = row.cells.first().map(|cell| cell.trim()).unwrap_or("");
        if participant.is_empty() && row.cells.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        if ends_the_table(participant) {
            break;
        }
        let country = match names.find(participant) {
            Some(NameMatch::Country(country)) => country,
            Some(NameMatch::NotAState) => {
                result.not_states.push((row.number, strip_footnote_markers(participant).to_owned()));
                continue;
            }
            None => {
                problems.push(TableProblem {
                    row: row.number,
                    column: Some(heading(0)),
                    message: unknown_name_message("participant", participant, names),
                });
                continue;
            }
        };
        if let Some(column) = signature_column
            && let Some((date, _)) = cell_date(row, column, &heading(column), &mut problems)
        {
            let kind = TreatyActionKind::Signature;
            result.actions.push((
                row.number,
                TreatyAction { country, instrument: instrument.clone(), kind, date, note: None, source: None },
            ));
        }
        if let Some((date, suffix)) = cell_date(row, consent_column, &heading(consent_column), &mut problems) {
            let kind = match suffix.as_deref() {
                None => Some(TreatyActionKind::Ratification),
                Some("a") => Some(TreatyActionKind::Accession),
                Some("d") => Some(TreatyActionKind::Succession),
                Some("A") => Some(TreatyActionKind::Acceptance),
                Some("AA") => Some(TreatyActionKind::Approval),
                Some("s") => Some(TreatyActionKind::DefinitiveSignature),
                Some(other) => {
                    problems.push(TableProblem {
                        row: row.number,
                        column: Some(heading(consent_column)),
                        message: format!("unknown suffix '{other}': UNTC uses a, d, A, AA and s"),
                    });
                    None
                }
            };
            if let Some(kind) = kind {
                result.actions.push((
                    row.number,
                    TreatyAction { country, instrument: instrument.clone(), kind, date, note: None, source: None },
                ));
            }
        }
    }
    if problems.is_empty() { Ok(result) } else { Err(problems) }
}

/// Reads the ILO NORMLEX table of ratifications of one convention: Country, Date, Status,
/// Note. A convention "Not in force" for a State, or "Denounced", needs the date of the
/// denunciation in the Status or Note column ("Denounced on 19 Jun 2000").
pub fn read_normlex_table(
    table: &Table,
    instrument: &InstrumentCode,
    names: &CountryNameIndex,
) -> Result<StatusTable, Vec<TableProblem>> {
    let Some((header_position, header)) = table.rows.iter().enumerate().find(|(_, row)| {
        let cells: Vec<String> = row.cells.iter().map(|cell| cell.trim().to_lowercase()).collect();
        cells.iter().any(|cell| cell == "country") && cells.iter().any(|cell| cell == "date")
    }) else {
        return Err(vec![TableProblem {
            row: table.rows.first().map_or(1, |row| row.number),
            column: None,
            message: "no heading row with 'Country' and 'Date' was found; copy the table with its headings".into(),
        }]);
    };
    let position = |name: &str| header.cells.iter().position(|cell| cell.trim().eq_ignore_ascii_case(name));
    let (Some(country_column), Some(date_column)) = (position("country"), position("date")) else {
        unreachable!("checked above")
    };
    let status_column = position("status");
    let note_column = position("note");
    let heading = |column: usize| header.cells.get(column).cloned().unwrap_or_default();

    let mut result = StatusTable::default();
    let mut problems = Vec::new();
    for row in &table.rows[header_position + 1..] {
        let name = row.cells.get(country_column).map(|cell| cell.trim()).unwrap_or("");
        if name.is_empty() {
            continue;
        }
        let country = match names.find(name) {
            Some(NameMatch::Country(country)) => country,
            Some(NameMatch::NotAState) => {
                result.not_states.push((row.number, name.to_owned()));
                continue;
            }
            None => {
                problems.push(TableProblem {
                    row: row.number,
                    column: Some(heading(country_column)),
                    message: unknown_name_message("country", name, names),
                });
                continue;
            }
        };
        let Some((date, _)) = cell_date(row, date_column, &heading(date_column), &mut problems) else {
            if row.cells.get(date_column).is_none_or(|cell| cell.trim().is_empty()) {
                problems.push(TableProblem {
                    row: row.number,
                    column: Some(heading(date_column)),
                    message: "no date of ratification".into(),
                });
            }
            continue;
        };
        result.actions.push((
            row.number,
            TreatyAction {
                country,
                instrument: instrument.clone(),
                kind: TreatyActionKind::Ratification,
                date,
                note: None,
                source: None,
            },
        ));
        let status = status_column.and_then(|column| row.cells.get(column)).map(|cell| cell.trim()).unwrap_or("");
        let note = note_column.and_then(|column| row.cells.get(column)).map(|cell| cell.trim()).unwrap_or("");
        let lower = status.to_lowercase();
        if lower.starts_with("not in force") || lower.starts_with("denounced") {
            match find_date_in_text(status).or_else(|| find_date_in_text(note)) {
                Some(denounced) => result.actions.push((
                    row.number,
                    TreatyAction {
                        country,
                        instrument: instrument.clone(),
                        kind: TreatyActionKind::Denunciation,
                        date: denounced,
                        note: (!note.is_empty()).then(|| note.to_owned()),
                        source: None,
                    },
                )),
                None => problems.push(TableProblem {
                    row: row.number,
                    column: status_column.map(heading),
                    message: format!(
                        "status '{status}' without the date of the denunciation in the status or the note"
                    ),
                }),
            }
        } else if !status.is_empty() && !lower.starts_with("in force") {
            problems.push(TableProblem {
                row: row.number,
                column: status_column.map(heading),
                message: format!("unknown status '{status}': NORMLEX uses 'In Force', 'Not in force' and 'Denounced'"),
            });
        }
    }
    if problems.is_empty() { Ok(result) } else { Err(problems) }
}

fn ends_the_table(first_cell: &str) -> bool {
    let lower = first_cell.to_lowercase();
    lower.starts_with("notes")
        || lower.starts_with("declarations")
        || first_cell.starts_with(|c: char| c.is_ascii_digit())
}

/// The date in a cell and the suffix after it, or `None` for an empty cell; a malformed date
/// is recorded as a problem.
fn cell_date(
    row: &TableRow,
    column: usize,
    heading: &str,
    problems: &mut Vec<TableProblem>,
) -> Option<(Date, Option<String>)> {
    let text = row.cells.get(column).map(|cell| cell.trim()).unwrap_or("");
    if text.is_empty() {
        return None;
    }
    match parse_depositary_date(text) {
        Ok(found) => Some(found),
        Err(message) => {
            problems.push(TableProblem { row: row.number, column: Some(heading.to_owned()), message });
            None
        }
    }
}

/// Reads a date as depositaries print it, with an optional UNTC suffix: "24 Sep 2003 a",
/// "5 Nov 2015", "24 September 2003", "2003-09-24".
pub fn parse_depositary_date(text: &str) -> Result<(Date, Option<String>), String> {
    let cleaned = text.trim().trim_start_matches('[').trim_end_matches(']').trim();
    if let Ok(date) = Date::parse(cleaned) {
        return Ok((date, None));
    }
    let words: Vec<&str> = cleaned.split_whitespace().collect();
    let malformed = || format!("'{text}' is not a date as depositaries print it (for example 24 Sep 2003 a)");
    if words.len() < 3 {
        return Err(malformed());
    }
    let day: u8 = words[0].parse().map_err(|_| malformed())?;
    let month = month_number(words[1]).ok_or_else(malformed)?;
    let year: i32 = words[2].trim_end_matches(',').parse().map_err(|_| malformed())?;
    let date = Date::from_calendar_date(year, month, day).ok_or_else(|| format!("'{text}' is not a real date"))?;
    let suffix = words
        .get(3)
        .map(|suffix| suffix.trim_matches(|c: char| c == '(' || c == ')').to_owned())
        .filter(|suffix| !suffix.chars().all(|c| c.is_ascii_digit() || c == ','));
    if words.len() > 4 && !words[4..].iter().all(|word| word.chars().all(|c| c.is_ascii_digit() || c == ',')) {
        return Err(malformed());
    }
    Ok((date, suffix))
}

fn month_number(word: &str) -> Option<u8> {
    const MONTHS: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    let lower = word.trim_end_matches('.').to_lowercase();
    if lower.len() < 3 {
        return None;
    }
    let position = MONTHS.iter().position(|month| lower.starts_with(month))?;
    const FULL: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let valid = lower.len() == 3 || lower == "sept" || FULL[position] == lower;
    valid.then(|| u8::try_from(position + 1).unwrap_or(1))
}

/// The first "dd Mon yyyy" date in a sentence such as "Denounced on 19 Jun 2000".
fn find_date_in_text(text: &str) -> Option<Date> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',' || c == '(' || c == ')')
        .filter(|word| !word.is_empty())
        .collect();
    words.windows(3).find_map(|window| {
        let day: u8 = window[0].parse().ok()?;
        let month = month_number(window[1])?;
        let year: i32 = window[2].parse().ok()?;
        Date::from_calendar_date(year, month, day)
    })
}

/// "unknown participant 'Mexicoo': did you mean Mexico?", the depositary's footnote marks
/// left out of the name, or the way to teach vawdb a spelling when no name is close.
fn unknown_name_message(what: &str, name: &str, names: &CountryNameIndex) -> String {
    let shown = strip_footnote_markers(name);
    match names.closest(name) {
        Some(meant) => format!("unknown {what} '{shown}': did you mean {meant}?"),
        None => format!("unknown {what} '{shown}': add its spelling to the country alias table if it is a State"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{
        country::{Country, CountryName, M49, UnStatus},
        country_names::NameAlias,
        language::Language,
    };

    fn names() -> CountryNameIndex {
        let country = |m49: u16, name: &str| Country {
            m49: M49::new(m49).unwrap(),
            iso2: String::new(),
            iso3: String::new(),
            un_status: UnStatus::MemberState,
            region: None,
            subregion: None,
            intermediate_region: None,
            names: vec![CountryName {
                language: Language::English,
                short_name: name.to_owned(),
                article: None,
                formal_name: None,
                valid_from: None,
                valid_to: None,
                source: None,
            }],
        };
        let countries = [
            country(4, "Afghanistan"),
            country(48, "Bahrain"),
            country(384, "Côte d'Ivoire"),
            country(410, "Republic of Korea"),
            country(528, "Netherlands"),
        ];
        CountryNameIndex::new(
            &countries,
            &[
                NameAlias { alias: "European Union".into(), country: None },
                NameAlias { alias: "Korea, Republic of".into(), country: M49::new(410) },
            ],
        )
    }

    fn untoc() -> InstrumentCode {
        InstrumentCode::parse("untoc").unwrap()
    }

    #[test]
    fn dates_as_untc_prints_them() {
        assert_eq!(
            parse_depositary_date("24 Sep 2003 a").unwrap(),
            (Date::parse("2003-09-24").unwrap(), Some("a".to_owned()))
        );
        assert_eq!(parse_depositary_date("5 Nov 2015").unwrap(), (Date::parse("2015-11-05").unwrap(), None));
        assert_eq!(parse_depositary_date("11 Jul 2017 A").unwrap().1.as_deref(), Some("A"));
        assert_eq!(parse_depositary_date("24 September 2003 AA").unwrap().1.as_deref(), Some("AA"));
        assert_eq!(parse_depositary_date("2003-09-24").unwrap().0, Date::parse("2003-09-24").unwrap());
        assert!(parse_depositary_date("31 Feb 2003").unwrap_err().contains("not a real date"));
        assert!(parse_depositary_date("Sep 2003").is_err());
        assert!(parse_depositary_date("24 Spt 2003").is_err());
    }

    #[test]
    fn a_pasted_untc_table_gives_signatures_and_ratification_type_actions() {
        let text = "Participant\tSignature\tRatification, Acceptance(A), Approval(AA), Accession(a), Succession(d)\n\
                    Afghanistan\t14 Dec 2000\t24 Sep 2003\n\
                    Bahrain 6\t\t7 Jun 2004 a\n\
                    Cote d'Ivoire\t15 Dec 2000\t25 Oct 2012\n\
                    European Union\t12 Dec 2000\t21 May 2004 AA\n\
                    Netherlands 3,4\t12 Dec 2000\t26 May 2004 A\n";
        let table = read_untc_table(&Table::from_pasted_text(text), &untoc(), &names()).unwrap();
        let kinds: Vec<(usize, u16, TreatyActionKind)> =
            table.actions.iter().map(|(row, action)| (*row, action.country.get(), action.kind)).collect();
        assert_eq!(
            kinds,
            [
                (2, 4, TreatyActionKind::Signature),
                (2, 4, TreatyActionKind::Ratification),
                (3, 48, TreatyActionKind::Accession),
                (4, 384, TreatyActionKind::Signature),
                (4, 384, TreatyActionKind::Ratification),
                (6, 528, TreatyActionKind::Signature),
                (6, 528, TreatyActionKind::Acceptance),
            ]
        );
        assert_eq!(table.not_states, [(5, "European Union".to_owned())]);
    }

    #[test]
    fn text_copied_with_spaces_instead_of_tabs_reads_too() {
        let text = "Participant        Signature        Ratification, Accession(a)\nAfghanistan        14 Dec 2000      24 Sep 2003\n";
        let table = read_untc_table(&Table::from_pasted_text(text), &untoc(), &names()).unwrap();
        assert_eq!(table.actions.len(), 2);
    }

    #[test]
    fn unknown_participants_and_bad_dates_are_reported_by_row_and_column() {
        let text = "Participant\tSignature\tRatification, Accession(a)\nCzechoslovakia\t1 Jan 1990\t\nAfghanistan\t31 Feb 2000\t24 Sep 2003 x\nAfganistan 3,4\t\t24 Sep 2003\n";
        let problems = read_untc_table(&Table::from_pasted_text(text), &untoc(), &names()).unwrap_err();
        let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            [
                "row 2, column 'Participant': unknown participant 'Czechoslovakia': add its spelling to the country alias table if it is a State",
                "row 3, column 'Signature': '31 Feb 2000' is not a real date",
                "row 3, column 'Ratification, Accession(a)': unknown suffix 'x': UNTC uses a, d, A, AA and s",
                "row 4, column 'Participant': unknown participant 'Afganistan': did you mean Afghanistan?",
            ]
        );
    }

    #[test]
    fn normlex_rows_give_ratifications_and_denunciations() {
        let text = "Country\tDate\tStatus\tNote\nAfghanistan\t16 Jan 1969\tIn Force\t\nKorea, Republic of\t4 Dec 1998\tIn Force\t\nNetherlands\t20 May 1952\tNot in force\tDenounced on 10 Mar 2008\n";
        let table =
            read_normlex_table(&Table::from_pasted_text(text), &InstrumentCode::parse("ilo-c097").unwrap(), &names())
                .unwrap();
        let kinds: Vec<(u16, TreatyActionKind, String)> =
            table.actions.iter().map(|(_, a)| (a.country.get(), a.kind, a.date.to_string())).collect();
        assert_eq!(
            kinds,
            [
                (4, TreatyActionKind::Ratification, "1969-01-16".to_owned()),
                (410, TreatyActionKind::Ratification, "1998-12-04".to_owned()),
                (528, TreatyActionKind::Ratification, "1952-05-20".to_owned()),
                (528, TreatyActionKind::Denunciation, "2008-03-10".to_owned()),
            ]
        );
        let undated = "Country\tDate\tStatus\tNote\nAfghanistan\t16 Jan 1969\tNot in force\t\n";
        let problems = read_normlex_table(
            &Table::from_pasted_text(undated),
            &InstrumentCode::parse("ilo-c097").unwrap(),
            &names(),
        )
        .unwrap_err();
        assert!(
            problems[0].to_string().starts_with("row 2, column 'Status': status 'Not in force' without the date"),
            "{}",
            problems[0]
        );
    }
}
