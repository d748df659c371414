//! The domain's messages in the interface catalogues: every check of a document, a table, a
//! statistics upload and a file, made to fail, says in `en.ftl` what the domain says in
//! English, and reads in every language with all its values filled in.

use std::collections::BTreeSet;

use domain::{
    account::Role,
    catalogue::Catalogue,
    cycle::CycleCode,
    exchange::{self, ImportDefaults},
    language::Language,
    measure::MeasureState,
    message::Message,
    workflow::{MeasureAccess, may_import},
};
use incident_statistics::{
    dimension::Classification,
    upload_read::{UploadContext, read_upload},
};
use measure_table::UploadRefusal;
use tabular::TableFileError;

use store::{Record, StoreError};

use crate::{i18n::Messages, list_params::problems};

/// Ids no check in this corpus can be made to produce without breaking a machine: the
/// operating system refusing to read a file, and a zip archive over its limits (their tests are
/// `tabular`'s and `bounded_zip`'s). Their wording is still checked in every language below.
const NOT_PRODUCED_HERE: [&str; 2] = ["problem-file-unreadable", "problem-file-archive-refused"];

#[test]
fn every_message_of_the_domain_reads_in_every_language_and_says_in_english_what_the_domain_says() {
    let messages = Messages::load().unwrap();
    let data = reference::reference_data().unwrap();
    let catalogue =
        Catalogue::new(data.regions, data.countries.clone(), data.actors, data.thesauri, Vec::new(), data.instruments);
    let produced = corpus(&catalogue, &data.countries);
    let mut wrong = Vec::new();
    for message in &produced {
        let english = messages.message(Language::English, message, &catalogue);
        if english != message.english() {
            wrong.push(format!("{}: en.ftl says {english:?}, the domain {:?}", message.id(), message.english()));
        }
        for language in Language::ALL {
            let text = messages.message(language, message, &catalogue);
            if text == message.id() || text.contains("{$") || text.contains("{ $") {
                wrong.push(format!("{} in {}: {text:?}", message.id(), language.code()));
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");

    let covered: BTreeSet<&str> = produced.iter().map(Message::id).chain(NOT_PRODUCED_HERE).collect();
    let in_sources = ids_in_sources();
    let uncovered: Vec<&String> = in_sources.iter().filter(|id| !covered.contains(id.as_str())).collect();
    assert!(uncovered.is_empty(), "messages of the domain that no case below produces: {uncovered:?}");
    for id in NOT_PRODUCED_HERE {
        let message = Message::new(id, "").text("details", "Permission denied");
        for language in Language::ALL {
            let text = messages.message(language, &message, &catalogue);
            assert!(text.contains("Permission denied") && !text.contains("{$"), "{id} in {}: {text}", language.code());
        }
    }
}

/// Every message of a page's problems a handler names (`problem-…`, `error-…`) is in `en.ftl`
/// (and so, by the catalogue test, in every language): a missing one would show its id.
#[test]
fn every_problem_and_error_a_page_names_is_in_the_catalogues() {
    let messages = Messages::load().unwrap();
    let missing: Vec<String> = ids_in(&["web/src"], &["\"problem-", "\"error-"])
        .into_iter()
        .filter(|id| !id.ends_with('-') && !messages.has(id))
        .collect();
    assert!(missing.is_empty(), "messages missing from en.ftl: {missing:?}");
}

/// Every `"problem-…"` id the checks of the domain crates, the store and the web's shared
/// request and import checks write.
fn ids_in_sources() -> BTreeSet<String> {
    let places = [
        "domain/src",
        "tabular/src",
        "measure_table/src",
        "incident_statistics/src",
        "store/src",
        "web/src/list_params.rs",
        "web/src/measure_import.rs",
    ];
    ids_in(&places, &["\"problem-"])
}

/// The ids, quoted and starting with one of `openings`, in the files at or under `places`.
fn ids_in(places: &[&str], openings: &[&str]) -> BTreeSet<String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut ids = BTreeSet::new();
    let mut paths: Vec<_> = places.iter().map(|place| root.join(place)).collect();
    while let Some(path) = paths.pop() {
        if path.is_dir() {
            paths.extend(std::fs::read_dir(&path).unwrap().map(|entry| entry.unwrap().path()));
            continue;
        }
        if path.file_name().is_some_and(|name| name == "domain_message_tests.rs") {
            continue;
        }
        let source = std::fs::read_to_string(&path).unwrap();
        for opening in openings {
            for (start, _) in source.match_indices(opening) {
                let rest = &source[start + 1..];
                let id: String =
                    rest.chars().take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-').collect();
                if rest[id.len()..].starts_with('"') {
                    ids.insert(id);
                }
            }
        }
    }
    ids
}

/// Documents, tables and uploads that fail every check, and the messages they are refused with.
fn corpus(catalogue: &Catalogue, countries: &[domain::country::Country]) -> Vec<Message> {
    let mut produced = Vec::new();
    let defaults = ImportDefaults { state: MeasureState::Draft };
    let long = "x".repeat(exchange::MAX_DESCRIPTION_CHARS + 1);
    let document = format!(
        r#"{{"format": "vawdb-exchange/9",
        "cycles": [
            {{"code": "Bad Code", "mandate": "", "title": "T", "as_at": "2009-13-01",
              "period_from": "2009-01-01", "period_to": "2008-01-01", "requested_on": "2009-02-01", "deadline": "2009-01-01"}},
            {{"code": "c1", "mandate": "M", "title": "T", "as_at": "2009-01-01"}},
            {{"code": "c1", "mandate": "M", "title": "T", "as_at": "2009-01-01"}}],
        "submissions": [
            {{"cycle": "c1", "actor": "QQQQQQ", "received_on": "2009-01-01", "language": "xx"}},
            {{"cycle": "c1", "actor": "QQQQQQ", "received_on": "2009-01-01"}}],
        "measures": [
            {{"id": "bad id!", "country": "ZZZ", "actor": "QQQQQQ", "cycle": "nope", "year_to": 2009,
              "implementation": "maybe", "state": "gone",
              "classification": {{"colour": ["x"], "type": ["instruments", "instruments", "qqqqqqqqqqqq"]}}, "text": {{}}}},
            {{"id": "m2", "year": 1800, "state": "published", "classification": {{}},
              "text": {{"xx": {{"title": "T", "description": "D"}},
                       "en": {{"title": " ", "description": "{long}", "origin": "weird"}},
                       "fr": {{"title": "T", "description": "D", "origin": "original"}},
                       "es": {{"title": "T", "description": "D", "origin": "original"}}}}}},
            {{"id": "m2", "actor": "IOM", "text": {{"en": {{"title": "T", "description": "D"}}}}}},
            {{"id": "m4", "country": "HKG", "text": {{"en": {{"title": "T", "description": "D"}}}}}},
            {{"id": "m5", "actor": "FRA", "country": "DEU", "year": 2009, "year_to": 2007,
              "classification": {{"type": ["instruments.ratificaton"]}}, "text": {{"en": {{"title": "T", "description": "D"}}}}}},
            {{"id": "m6", "actor": "IOMM", "text": {{"en": {{"title": "T", "description": "D"}}}}}}]}}"#
    );
    let refused = exchange::validate(exchange::parse(&document).unwrap(), catalogue, defaults).unwrap_err();
    produced.extend(refused.into_iter().map(|problem| problem.message));
    let no_cycle_yet = r#"{"format": "vawdb-exchange/1", "measures": [
        {"id": "m1", "actor": "IOM", "cycle": "x", "text": {"en": {"title": "T", "description": "D"}}}]}"#;
    let refused = exchange::validate(exchange::parse(no_cycle_yet).unwrap(), catalogue, defaults).unwrap_err();
    produced.extend(refused.into_iter().map(|problem| problem.message));
    produced.push(exchange::parse("{").unwrap_err().message());
    produced.push(exchange::parse(r#"{"format": "vawdb-exchange/1", "measures": [{"id": 3}]}"#).unwrap_err().message());
    produced.push(CycleCode::parse("Bad").unwrap_err());

    let tables: [(&str, &[u8]); 7] = [
        ("bad.csv", b"id,colour,id\nm1,x,m1\n"),
        ("bad.csv", b"title_en\nT\n"),
        ("bad.csv", b"id,year_from,actor,title_en,description_en\nm1,20x8,IOM,T,D\n"),
        ("bad.csv", b"id\n"),
        ("bad.csv", b""),
        ("bad.json", b"\xff"),
        ("bad.json", b"{"),
    ];
    for (file, bytes) in tables {
        let refusal = match measure_table::read_upload(file, bytes, None) {
            Ok(upload) => upload.check(catalogue, defaults).unwrap_err(),
            Err(refusal) => refusal,
        };
        match refusal {
            UploadRefusal::File(message) => produced.push(message),
            UploadRefusal::Rows(problems) => produced.extend(problems.into_iter().map(|problem| problem.message)),
            UploadRefusal::Records(problems) => produced.extend(problems.into_iter().map(|problem| problem.message)),
        }
    }
    for kind in ["measures.xlsx", "measures.csv", "measures.doc"] {
        let bytes: &[u8] = if kind.ends_with(".csv") { b"PK\x03\x04" } else { b"id\n" };
        produced.push(tabular::read_table_bytes(kind, bytes, &tabular::ReadConfig::default()).unwrap_err().message());
    }
    let file = String::from("measures.xlsx");
    let sheet = String::from("measures");
    let table_errors = [
        TableFileError::NotUtf8 { file: file.clone(), byte: 12 },
        TableFileError::Csv { file: file.clone(), line: 3, message: "found record with 2 fields".into() },
        TableFileError::Workbook { file: file.clone(), message: "invalid zip header".into() },
        TableFileError::NoSuchSheet { file: file.clone(), sheet: "data".into(), sheets: "measures, notes".into() },
        TableFileError::Formula { file: file.clone(), sheet: sheet.clone(), cell: "B2".into(), formula: "=A1".into() },
        TableFileError::TooManyCells { file: file.clone(), sheet: sheet.clone(), limit: 5_000_000 },
        TableFileError::SheetTooWide { file: file.clone(), sheet, rows: 1_000_000, columns: 16_384, limit: 5_000_000 },
        TableFileError::CellTooLong {
            file,
            place: "sheet 'measures', cell C4".into(),
            characters: 40_000,
            limit: 32_767,
        },
    ];
    produced.extend(table_errors.iter().map(TableFileError::message));

    let classification = Classification::new(countries);
    let context = UploadContext {
        classification: &classification,
        provider_state: classification.place("KEN").unwrap(),
        today_year: 2026,
        today_month: 11,
    };
    let uploads = [
        "form,year,source,consent,reported_elsewhere,form,colour,name,phone,email,birth_date,age,date_reported,case_id,notes",
        "form,year",
        "form,year,count\n",
        "form,year,source,consent,reported_elsewhere\n",
        "form,year,quarter,month,source,consent,reported_elsewhere\nRAPE,2024,7,,POLICE,yes,no\nRAPE,2024,1,5,POLICE,maybe,no\nRAPE,,,,POLICE,yes,no\nQQQQ,2999,,,POLICE,yes,no\na@b.org,2024,,,POLICE,yes,no\n+254 700 000 000,2024,,,POLICE,yes,no\n2024-03-02,2024,,,POLICE,yes,no\n,2024,,,POLICE,yes,no\n",
        "state,form,year,count\nSAU,RAPE,2024,-3\nSAU,RAPE,2024,x\n",
        "state,form,year,count\nSAU,,2024,20\nSAU,RAPE,2024,10\nSAU,PHYSICAL_ASSAULT,2024,15\nSAU,PHYSICAL_ASSAULT,2024,15\n",
    ];
    for upload in uploads {
        let table = tabular::read_table_bytes("incidents.csv", upload.as_bytes(), &tabular::ReadConfig::default())
            .unwrap_or_else(|_| domain::status_table::Table { rows: Vec::new() });
        let problems = read_upload(&table, &context).unwrap_err();
        produced.extend(problems.into_iter().map(|problem| problem.message));
    }
    let kenya = domain::country::M49::new(404).unwrap();
    let uganda = domain::country::M49::new(800).unwrap();
    let provider = Role::DataProvider { country: kenya };
    let focal_point = Role::FocalPoint { country: kenya };
    let draft = |country| MeasureAccess { state: MeasureState::Draft, country: Some(country) };
    let published = |country| MeasureAccess { state: MeasureState::Published, country: Some(country) };
    let refusals = [
        may_import(provider, draft(kenya), None),
        may_import(focal_point, draft(uganda), None),
        may_import(focal_point, published(kenya), None),
        may_import(focal_point, draft(kenya), Some(draft(uganda))),
        may_import(focal_point, draft(kenya), Some(published(kenya))),
    ];
    produced.extend(refusals.into_iter().filter_map(Result::err));
    produced.push(crate::measure_import::only_the_secretariat_imports_cycles());
    let store_errors = [
        StoreError::NotFound(Record::Account("nobody@example.org".into())),
        StoreError::NotFound(Record::Actor("QQQ".into())),
        StoreError::NotFound(Record::Cycle("2099".into())),
        StoreError::NotFound(Record::Dataset(7)),
        StoreError::NotFound(Record::Measure("ken-x".into())),
        StoreError::Duplicate(Record::Account("fp@example.org".into())),
        StoreError::Duplicate(Record::Cycle("2009".into())),
        StoreError::Duplicate(Record::Dataset(3)),
        StoreError::Duplicate(Record::Measure("ken-x".into())),
        StoreError::StaleVersion { current: 4, expected: 3 },
    ];
    produced.extend(store_errors.iter().map(|error| error.message().unwrap()));
    produced.push(crate::measure_import::no_file_chosen());
    produced.extend([
        problems::unknown_country("XX"),
        problems::unknown_region("1"),
        problems::unknown_actor("QQQQ"),
        problems::unknown_cycle("nope"),
        problems::not_a_page_number("x", 1_000_000),
        problems::not_a_page_size("x", 100),
        problems::year_to_before_year_from(2007, 2009),
        problems::not_a_year("x"),
        problems::search_text_too_long(600, 500),
        problems::search_text_too_many_words(40, 32),
        problems::unknown_term("x", "type"),
        problems::not_a_dimension("colour", "state, sex"),
        problems::not_a_statistics_year("1800", 1990, 2026),
        problems::from_after_to(2026, 2020),
        problems::map_needs_states(),
        // How the error page opens a parameter's problem (`pages::error_pages`).
        Message::new("problem-parameter", "parameter 'country': unknown actor 'QQQQ'")
            .text("parameter", "country")
            .text("details", "unknown actor 'QQQQ'"),
    ]);
    produced
}
