//! Pivots over records and counts, the consent and double-count rules, and the SDMX export
//! read back against its data structure definition.

use incident_statistics::{
    cube::{IncidentCube, PivotQuery},
    dimension::{CODED_DIMENSIONS, Classification, Dimension},
    disclosure,
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
    expected_header.extend(["OBS_VALUE".to_owned(), "CONF_STATUS".to_owned()]);
    assert_eq!(header, expected_header);
    let conf_codes = codelist("CL_CONF_STATUS");
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
        if &row[14] == "C" {
            withheld += 1;
            assert_eq!(&row[13], "", "a withheld value is empty");
        } else {
            assert!(row[13].parse::<u64>().is_ok());
        }
        assert_eq!(&row[3], "F", "the filter on sex");
        assert_eq!(&row[2], "_T", "not broken down by source");
    }
    let cells = (protected.rows.codes.len() + 1) * (protected.columns.codes.len() + 1);
    assert_eq!(observations, cells);
    assert_eq!(withheld, protected.withheld());
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
    let text = String::from_utf8(table_export::table_csv(&protected, &classification)).unwrap();
    assert!(text.contains("Rape,x,0,0,x"), "{text}");
    assert!(text.contains("withheld to protect the people counted"));
    assert!(!text.contains(",4,"), "the small count is nowhere: {text}");
    // A table of totals only writes its one column once.
    let one_way =
        disclosure::protect(&cube.pivot(&query(Dimension::ViolenceForm, None), &classification, &|_| true), 11);
    let text = String::from_utf8(table_export::table_csv(&one_way, &classification)).unwrap();
    assert!(text.contains("Form of violence,Incidents\n"), "{text}");
    // With the total shown, the 4 would be 74 - 70: the 70 is withheld as well.
    assert!(
        text.contains("Rape,x\n") && text.contains("Physical assault,x\n") && text.contains("Total,74\n"),
        "{text}"
    );
    let workbook = table_export::table_xlsx(&protected, &classification, "Incidents by form and sex").unwrap();
    use calamine::Reader;
    let mut xlsx = calamine::Xlsx::new(std::io::Cursor::new(workbook)).unwrap();
    let range = xlsx.worksheet_range("table").unwrap();
    let cells: Vec<String> = range.rows().flat_map(|row| row.iter().map(|cell| cell.to_string())).collect();
    assert!(cells.iter().any(|cell| cell == "x"));
    assert!(!cells.iter().any(|cell| cell == "4"));
}
