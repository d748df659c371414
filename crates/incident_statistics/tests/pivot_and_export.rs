//! Pivots over records and counts, the consent and double-count rules, and the SDMX exports
//! read back against their data structure definition, here and by the Python client sdmx1.

use std::{collections::HashMap, path::PathBuf, process::Command};

use incident_statistics::{
    cube::{IncidentCube, PivotQuery},
    dimension::{CODED_DIMENSIONS, Classification, Dimension},
    disclosure::{self, Shown},
    generator::IncidentGenerator,
    record::{CountRow, IncidentRecord, Period},
    table_export,
};

fn classification() -> Classification {
    Classification::new(&reference::reference_data().expect("reference data").countries)
}

fn record(
    classification: &Classification,
    form: &str,
    sex: &str,
    consent: bool,
    reported_elsewhere: bool,
) -> IncidentRecord {
    let mut codes = [0u16; CODED_DIMENSIONS];
    for (position, dimension) in Dimension::CODED.iter().enumerate() {
        codes[position] = match dimension {
            Dimension::RefArea => classification.place("SAU").unwrap(),
            Dimension::ViolenceForm => classification.codes(*dimension).find(form).unwrap(),
            Dimension::Sex => classification.codes(*dimension).find(sex).unwrap(),
            Dimension::Source => 0,
            other => classification.codes(*other).find("_U").unwrap(),
        };
    }
    IncidentRecord { codes, period: Period::year(2024), consent, reported_elsewhere }
}

fn query(rows: Dimension, columns: Option<Dimension>) -> PivotQuery {
    PivotQuery { rows, columns, filters: vec![], first_year: 2020, last_year: 2025 }
}

#[test]
fn only_records_with_consent_and_not_counted_elsewhere_are_counted() {
    let classification = classification();
    let mut cube = IncidentCube::new();
    let mut records = vec![record(&classification, "RAPE", "F", true, false); 12];
    records.extend(vec![record(&classification, "RAPE", "F", false, false); 5]);
    records.extend(vec![record(&classification, "RAPE", "F", true, true); 3]);
    cube.add_records(1, records);
    let table = cube.pivot(&query(Dimension::ViolenceForm, None), &classification, &|_| true);
    assert_eq!(table.grand_total(), 12);
    assert_eq!(cube.left_out(1).without_consent, 5);
    assert_eq!(cube.left_out(1).reported_elsewhere, 3);
}

#[test]
fn datasets_that_may_not_be_seen_count_for_nothing() {
    let classification = classification();
    let mut cube = IncidentCube::new();
    cube.add_records(1, vec![record(&classification, "RAPE", "F", true, false); 12]);
    cube.add_records(2, vec![record(&classification, "RAPE", "F", true, false); 30]);
    let table = cube.pivot(&query(Dimension::ViolenceForm, None), &classification, &|dataset| dataset == 2);
    assert_eq!(table.grand_total(), 30);
    assert_eq!(table.datasets_used, vec![2]);
}

#[test]
fn counts_add_to_records_at_the_level_that_breaks_them_down_by_the_pivot() {
    let classification = classification();
    let mut cube = IncidentCube::new();
    cube.add_records(1, vec![record(&classification, "RAPE", "F", true, false); 12]);
    let form = Dimension::ViolenceForm.coded_position().unwrap();
    let rape = classification.codes(Dimension::ViolenceForm).find("RAPE").unwrap();
    let assault = classification.codes(Dimension::ViolenceForm).find("PHYSICAL_ASSAULT").unwrap();
    let count = |code: Option<u16>, count: u64| {
        let mut codes = [None; CODED_DIMENSIONS];
        codes[form] = code;
        CountRow { codes, period: Period::year(2024), count }
    };
    // A total of 50 and its breakdown by form, 20 + 30: the breakdown is used, not both.
    cube.add_counts(2, vec![count(None, 50), count(Some(rape), 20), count(Some(assault), 30)]);
    let table = cube.pivot(&query(Dimension::ViolenceForm, None), &classification, &|_| true);
    let row_of = |code: u16| table.rows.codes.iter().position(|c| *c == code).unwrap();
    assert_eq!(table.cell(row_of(rape), 0), 32);
    assert_eq!(table.cell(row_of(assault), 0), 30);
    assert_eq!(table.grand_total(), 62);
    // By sex the counts cannot say: the dataset is left out, and says why.
    let by_sex = cube.pivot(&query(Dimension::Sex, None), &classification, &|_| true);
    assert_eq!(by_sex.grand_total(), 12);
    assert_eq!(by_sex.datasets_left_out, vec![(2, vec![Dimension::Sex])]);
}

#[test]
fn filters_and_years_narrow_the_scan() {
    let classification = classification();
    let mut cube = IncidentCube::new();
    let records: Vec<IncidentRecord> = IncidentGenerator::new(3, &classification, 2025).take(300_000).collect();
    cube.add_records(1, records.clone());
    let female = classification.codes(Dimension::Sex).find("F").unwrap();
    let domestic = classification.codes(Dimension::Occupation).find("DOMESTIC_WORK").unwrap();
    let query = PivotQuery {
        rows: Dimension::ViolenceForm,
        columns: Some(Dimension::Perpetrator),
        filters: vec![(Dimension::Sex, female), (Dimension::Occupation, domestic)],
        first_year: 2020,
        last_year: 2024,
    };
    let table = cube.pivot(&query, &classification, &|_| true);
    let expected = records
        .iter()
        .filter(|r| r.counts())
        .filter(|r| r.code(Dimension::Sex) == Some(female) && r.code(Dimension::Occupation) == Some(domestic))
        .filter(|r| (2020..=2024).contains(&r.period.year))
        .count() as u64;
    assert_eq!(table.grand_total(), expected);
    assert!(expected > 50_000, "the generator makes mostly women in domestic work: {expected}");
    // The scan in two threads agrees with counting one record at a time, cell by cell.
    let form = Dimension::ViolenceForm.coded_position().unwrap();
    let rape = classification.codes(Dimension::ViolenceForm).find("RAPE").unwrap();
    let row = table.rows.codes.iter().position(|c| *c == rape).unwrap();
    let by_row: u64 = (0..table.columns.codes.len()).map(|c| table.cell(row, c)).sum();
    let expected_row = records
        .iter()
        .filter(|r| r.counts() && r.codes[form] == rape)
        .filter(|r| r.code(Dimension::Sex) == Some(female) && r.code(Dimension::Occupation) == Some(domestic))
        .filter(|r| (2020..=2024).contains(&r.period.year))
        .count() as u64;
    assert_eq!(by_row, expected_row);
}

#[test]
fn the_sdmx_csv_export_follows_its_data_structure_definition() {
    let classification = classification();
    let mut cube = IncidentCube::new();
    cube.add_records(1, IncidentGenerator::new(5, &classification, 2025).take(5_000));
    let sex = classification.codes(Dimension::Sex).find("F").unwrap();
    let query = PivotQuery {
        rows: Dimension::Nationality,
        columns: Some(Dimension::Perpetrator),
        filters: vec![(Dimension::Sex, sex)],
        first_year: 2021,
        last_year: 2025,
    };
    let table = cube.pivot(&query, &classification, &|_| true);
    let protected = disclosure::protect(&table, 11);
    assert!(protected.withheld() > 0, "a table this small has small cells");
    let structure = table_export::structure_xml(&classification, "2026-11-29T00:00:00");
    let document = roxmltree::Document::parse(&structure).expect("the structure is well-formed XML");
    // The dimensions of the DSD in their positions.
    let dimensions: Vec<(String, String)> = document
        .descendants()
        .filter(|node| node.has_tag_name("Dimension") || node.has_tag_name("TimeDimension"))
        .map(|node| (node.attribute("id").unwrap().to_owned(), node.attribute("position").unwrap().to_owned()))
        .collect();
    assert_eq!(dimensions.len(), 12);
    let codelist = |id: &str| -> Vec<String> {
        document
            .descendants()
            .find(|node| node.has_tag_name("Codelist") && node.attribute("id") == Some(id))
            .unwrap_or_else(|| panic!("code list {id}"))
            .children()
            .filter(|node| node.has_tag_name("Code"))
            .map(|node| node.attribute("id").unwrap().to_owned())
            .collect()
    };
    let codelist_of = |dimension: &str| -> Option<String> {
        let node = document
            .descendants()
            .find(|node| node.has_tag_name("Dimension") && node.attribute("id") == Some(dimension))?;
        node.descendants()
            .find(|n| n.has_tag_name("Ref") && n.attribute("class") == Some("Codelist"))
            .and_then(|n| n.attribute("id"))
            .map(str::to_owned)
    };
    let csv = table_export::table_sdmx_csv(&protected, &query, &classification);
    let mut reader = csv::Reader::from_reader(csv.as_slice());
    let header: Vec<String> = reader.headers().unwrap().iter().map(str::to_owned).collect();
    let mut expected_header = vec!["DATAFLOW".to_owned()];
    let mut by_position = dimensions;
    by_position.sort_by_key(|(_, position)| position.parse::<u32>().unwrap());
    expected_header.extend(by_position.iter().map(|(id, _)| id.clone()));
    expected_header.extend(["OBS_VALUE", "CONF_STATUS", "OBS_STATUS"].map(str::to_owned));
    assert_eq!(header, expected_header);
    let conf_codes = codelist("CL_CONF_STATUS");
    let status_codes = codelist("CL_OBS_STATUS");
    let mut withheld = 0;
    let mut observations = 0;
    for row in reader.records() {
        let row = row.unwrap();
        observations += 1;
        assert_eq!(&row[0], "VAWDB:DF_VAW_MW_INCIDENTS(1.0)");
        for (position, (id, _)) in by_position.iter().enumerate() {
            let value = &row[position + 1];
            match codelist_of(id) {
                Some(list) => {
                    assert!(codelist(&list).iter().any(|code| code == value), "{value} is not in {list} ({id})");
                }
                None => assert_eq!(value, "2021-01-01/P5Y", "the time period of five years"),
            }
        }
        assert!(conf_codes.iter().any(|code| code == &row[14]));
        assert!(status_codes.iter().any(|code| code == &row[15]));
        if &row[14] == "C" {
            withheld += 1;
            assert_eq!(&row[13], "", "a withheld value is empty");
            assert_eq!(&row[15], "Q", "a withheld value is missing because it is suppressed");
        } else {
            assert!(row[13].parse::<u64>().is_ok());
            assert_eq!(&row[15], "A", "a value shown is a normal value");
        }
        assert_eq!(&row[3], "F", "the filter on sex");
        assert_eq!(&row[2], "_T", "not broken down by source");
    }
    let cells = (protected.rows.codes.len() + 1) * (protected.columns.codes.len() + 1);
    assert_eq!(observations, cells);
    assert_eq!(withheld, protected.withheld());
}

/// The environment variable that names a Python interpreter with sdmx1 installed.
const PYTHON_VARIABLE: &str = "VAWDB_TEST_PYTHON";

/// The Python interpreter with sdmx1 that `cargo xtask test` prepared in `target/test-venv`.
/// Without one the test fails and says how to get one, rather than skip: reading the files
/// back with a client of SDMX is the only check that such clients can read them.
fn python_with_sdmx1() -> PathBuf {
    let how = "run the tests with `cargo xtask test`, which prepares target/test-venv, or set it to a Python \
               that has sdmx1 (python3 -m venv target/test-venv && target/test-venv/bin/pip install sdmx1)";
    let python = std::env::var_os(PYTHON_VARIABLE)
        .map(PathBuf::from)
        .unwrap_or_else(|| panic!("{PYTHON_VARIABLE} is not set: {how}"));
    let output = Command::new(&python)
        .args(["-c", "import sdmx"])
        .output()
        .unwrap_or_else(|error| panic!("{PYTHON_VARIABLE}={} does not start: {error}; {how}", python.display()));
    assert!(
        output.status.success(),
        "{PYTHON_VARIABLE}={} cannot import sdmx, the package sdmx1 ({}); {how}",
        python.display(),
        String::from_utf8_lossy(&output.stderr).trim()
    );
    python
}

/// Incidents against women in `year`, of the form `form`, as `count` identical records.
fn incidents(classification: &Classification, form: &str, year: u16, count: usize) -> Vec<IncidentRecord> {
    vec![IncidentRecord { period: Period::year(year), ..record(classification, form, "F", true, false) }; count]
}

#[test]
fn sdmx1_reads_both_sdmx_csv_versions_against_the_structure() {
    let python = python_with_sdmx1();
    let classification = classification();
    let mut cube = IncidentCube::new();
    cube.add_records(
        1,
        [
            incidents(&classification, "RAPE", 2023, 4),
            incidents(&classification, "RAPE", 2024, 15),
            incidents(&classification, "PHYSICAL_ASSAULT", 2023, 30),
            incidents(&classification, "PHYSICAL_ASSAULT", 2024, 40),
        ]
        .concat(),
    );
    let female = classification.codes(Dimension::Sex).find("F").unwrap();
    let query = PivotQuery {
        rows: Dimension::ViolenceForm,
        columns: Some(Dimension::Year),
        filters: vec![(Dimension::Sex, female)],
        first_year: 2023,
        last_year: 2024,
    };
    let counts = cube.pivot(&query, &classification, &|_| true);
    let protected = disclosure::protect(&counts, 11);
    let folder = tempfile::tempdir().unwrap();
    let structure = folder.path().join("structure.xml");
    let version_1 = folder.path().join("table.sdmx.csv");
    let version_2 = folder.path().join("table.sdmx2.csv");
    std::fs::write(&structure, table_export::structure_xml(&classification, "2026-11-29T00:00:00")).unwrap();
    std::fs::write(&version_1, table_export::table_sdmx_csv(&protected, &query, &classification)).unwrap();
    std::fs::write(&version_2, table_export::table_sdmx_csv_v2(&protected, &query, &classification)).unwrap();
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/sdmx_read_back.py");
    let output = Command::new(&python)
        .arg(&script)
        .args([&structure, &version_1, &version_2])
        .output()
        .unwrap_or_else(|error| panic!("{} does not start: {error}", script.display()));
    assert!(
        output.status.success(),
        "sdmx1 does not read the exports ({}):\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    let read: serde_json::Value = serde_json::from_slice(&output.stdout).expect("the read-back answers in JSON");
    assert_eq!(read["dataflow"], "VAWDB:DF_VAW_MW_INCIDENTS(1.0)");
    assert_eq!(read["time_dimension"], "TIME_PERIOD");
    assert_eq!(read["time_text_types"], serde_json::json!(["observationalTimePeriod"]), "years and ranges of years");
    assert_eq!(read["attributes"], serde_json::json!(["CONF_STATUS", "OBS_STATUS"]));
    assert_eq!(read["codes"]["OBS_STATUS"], serde_json::json!(["A", "Q"]));

    // Where each observation's form and period are in the table; `None` for a total.
    let forms = classification.codes(Dimension::ViolenceForm);
    let row_of = |form: &str| -> Option<usize> {
        (form != "_T").then(|| {
            let code = forms.find(form).unwrap_or_else(|| panic!("{form} is a form of violence"));
            protected.rows.codes.iter().position(|c| *c == code).unwrap()
        })
    };
    let column_of = |period: &str| -> Option<usize> {
        (period != "2023-01-01/P2Y").then(|| {
            let year: u16 = period.parse().unwrap_or_else(|_| panic!("{period} is a year or the two years"));
            protected.columns.codes.iter().position(|c| *c == year).unwrap()
        })
    };
    let published = |row: Option<usize>, column: Option<usize>| match (row, column) {
        (Some(row), Some(column)) => (protected.cell(row, column), counts.cell(row, column)),
        (Some(row), None) => (protected.row_totals[row], counts.row_total(row)),
        (None, Some(column)) => (protected.column_totals[column], counts.column_total(column)),
        (None, None) => (protected.grand_total, counts.grand_total()),
    };
    for file in ["sdmx_csv_1", "sdmx_csv_2"] {
        let observations = read[file].as_array().unwrap();
        assert_eq!(
            observations.len(),
            (protected.rows.codes.len() + 1) * (protected.columns.codes.len() + 1),
            "{file}: one observation per cell and per total"
        );
        let mut seen: HashMap<(String, String), &serde_json::Value> = HashMap::new();
        for observation in observations {
            let key = &observation["key"];
            assert_eq!(key["SEX"], "F", "{file}: the filter on sex");
            assert_eq!(key["REF_AREA"], "_T", "{file}: not broken down by State");
            let form = key["VIOLENCE_FORM"].as_str().unwrap().to_owned();
            let period = key["TIME_PERIOD"].as_str().unwrap().to_owned();
            let (shown, count) = published(row_of(&form), column_of(&period));
            let attributes = &observation["attributes"];
            match shown {
                Shown::Count(shown) => {
                    assert_eq!(shown, count, "{file}: {form} in {period} is shown as counted");
                    assert_eq!(observation["value"], count, "{file}: {form} in {period}");
                    assert_eq!(attributes["CONF_STATUS"], "F", "{file}: {form} in {period}");
                    assert_eq!(attributes["OBS_STATUS"], "A", "{file}: {form} in {period}");
                }
                Shown::Withheld => {
                    assert!(observation["value"].is_null(), "{file}: {form} in {period} is withheld");
                    assert_eq!(attributes["CONF_STATUS"], "C", "{file}: {form} in {period}");
                    assert_eq!(attributes["OBS_STATUS"], "Q", "{file}: {form} in {period}");
                }
            }
            assert!(
                seen.insert((form.clone(), period.clone()), observation).is_none(),
                "{file}: {form} in {period} twice"
            );
        }
        let mut periods: Vec<&str> = seen.keys().map(|(_, period)| period.as_str()).collect();
        periods.sort_unstable();
        periods.dedup();
        assert_eq!(periods, ["2023", "2023-01-01/P2Y", "2024"], "{file}: each year, and the total over both");
        let small = seen[&("RAPE".to_owned(), "2023".to_owned())];
        assert!(small["value"].is_null() && small["attributes"]["OBS_STATUS"] == "Q", "{file}: the 4 is withheld");
        assert!(observations.iter().all(|observation| observation["value"] != 4), "{file}: the 4 is nowhere");
        let all_forms = seen[&("_T".to_owned(), "2023-01-01/P2Y".to_owned())];
        assert!(all_forms["value"].is_null() || all_forms["value"] == 89, "{file}: all incidents in both years");
    }
    assert_eq!(read["sdmx_csv_1"], read["sdmx_csv_2"], "both versions carry the same observations");
}

#[test]
fn a_table_of_one_year_by_year_has_that_year_as_its_time_period_once() {
    let classification = classification();
    let mut cube = IncidentCube::new();
    cube.add_records(1, incidents(&classification, "PHYSICAL_ASSAULT", 2024, 40));
    let query = PivotQuery {
        rows: Dimension::ViolenceForm,
        columns: Some(Dimension::Year),
        filters: vec![],
        first_year: 2024,
        last_year: 2024,
    };
    let table = disclosure::unprotected(&cube.pivot(&query, &classification, &|_| true));
    let csv = table_export::table_sdmx_csv_v2(&table, &query, &classification);
    let mut reader = csv::Reader::from_reader(csv.as_slice());
    let header: Vec<String> = reader.headers().unwrap().iter().map(str::to_owned).collect();
    let column = |id: &str| header.iter().position(|name| name == id).unwrap();
    let (form, period, value) = (column("VIOLENCE_FORM"), column("TIME_PERIOD"), column("OBS_VALUE"));
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert!(rows.iter().all(|row| &row[period] == "2024"), "one year is written as the year");
    // The total over the one year is the year itself: each form once, with its count.
    assert_eq!(rows.len(), table.rows.codes.len() + 1);
    let assault: Vec<&str> =
        rows.iter().filter(|row| &row[form] == "PHYSICAL_ASSAULT").map(|row| &row[value]).collect();
    assert_eq!(assault, ["40"]);
    let total: Vec<&str> = rows.iter().filter(|row| &row[form] == "_T").map(|row| &row[value]).collect();
    assert_eq!(total, ["40"]);
}

#[test]
fn csv_and_xlsx_downloads_carry_the_mark_and_the_note() {
    let classification = classification();
    let mut cube = IncidentCube::new();
    cube.add_records(1, vec![record(&classification, "RAPE", "F", true, false); 4]);
    cube.add_records(2, vec![record(&classification, "PHYSICAL_ASSAULT", "F", true, false); 40]);
    cube.add_records(3, vec![record(&classification, "PHYSICAL_ASSAULT", "M", true, false); 30]);
    let table = cube.pivot(&query(Dimension::ViolenceForm, Some(Dimension::Sex)), &classification, &|_| true);
    let protected = disclosure::protect(&table, 11);
    let text = String::from_utf8(table_export::table_csv(
        &protected,
        &classification,
        &table_export::DownloadWording::english(&protected),
    ))
    .unwrap();
    assert!(text.contains("Rape,x,0,0,x"), "{text}");
    assert!(text.contains("withheld to protect the people counted"));
    assert!(!text.contains(",4,"), "the small count is nowhere: {text}");
    // A table of totals only writes its one column once.
    let one_way =
        disclosure::protect(&cube.pivot(&query(Dimension::ViolenceForm, None), &classification, &|_| true), 11);
    let text = String::from_utf8(table_export::table_csv(
        &one_way,
        &classification,
        &table_export::DownloadWording::english(&one_way),
    ))
    .unwrap();
    assert!(text.contains("Form of violence,Incidents\n"), "{text}");
    // With the total shown, the 4 would be 74 - 70: the 70 is withheld as well.
    assert!(
        text.contains("Rape,x\n") && text.contains("Physical assault,x\n") && text.contains("Total,74\n"),
        "{text}"
    );
    let workbook = table_export::table_xlsx(
        &protected,
        &classification,
        "Incidents by form and sex",
        &table_export::DownloadWording::english(&protected),
    )
    .unwrap();
    use calamine::Reader;
    let mut xlsx = calamine::Xlsx::new(std::io::Cursor::new(workbook)).unwrap();
    let range = xlsx.worksheet_range("table").unwrap();
    let cells: Vec<String> = range.rows().flat_map(|row| row.iter().map(|cell| cell.to_string())).collect();
    assert!(cells.iter().any(|cell| cell == "x"));
    assert!(!cells.iter().any(|cell| cell == "4"));
}

#[test]
fn the_data_structure_names_every_code_list_and_code_in_the_six_languages() {
    let structure = table_export::structure_xml(&classification(), "2026-11-29T00:00:00");
    let document = roxmltree::Document::parse(&structure).expect("the structure is well-formed XML");
    let names_of = |node: roxmltree::Node| -> Vec<(String, String)> {
        node.children()
            .filter(|child| child.has_tag_name("Name"))
            .map(|child| {
                let language = child.attribute(("http://www.w3.org/XML/1998/namespace", "lang")).unwrap().to_owned();
                (language, child.text().unwrap_or("").to_owned())
            })
            .collect()
    };
    for list in ["CL_SEX", "CL_VIOLENCE_FORM", "CL_PERPETRATOR", "CL_AREA"] {
        let codelist = document
            .descendants()
            .find(|node| node.has_tag_name("Codelist") && node.attribute("id") == Some(list))
            .unwrap_or_else(|| panic!("code list {list}"));
        assert_eq!(names_of(codelist).len(), 6, "{list} is named in six languages");
        for code in codelist.children().filter(|node| node.has_tag_name("Code")) {
            if code.attribute("id") == Some("_U") && list == "CL_AREA" {
                continue;
            }
            let names = names_of(code);
            assert_eq!(names.len(), 6, "{list}/{:?}: {names:?}", code.attribute("id"));
        }
    }
    let female =
        document.descendants().find(|node| node.has_tag_name("Code") && node.attribute("id") == Some("F")).unwrap();
    assert!(names_of(female).contains(&("fr".to_owned(), "Féminin".to_owned())));
    let kenya =
        document.descendants().find(|node| node.has_tag_name("Code") && node.attribute("id") == Some("KEN")).unwrap();
    assert!(names_of(kenya).contains(&("zh".to_owned(), "肯尼亚".to_owned())), "{:?}", names_of(kenya));
}
