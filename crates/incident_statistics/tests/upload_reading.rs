//! Uploads of records and of counts: what is read, and what is refused with its row and
//! column.

use domain::status_table::{Table, TableRow};
use incident_statistics::{
    dimension::{Classification, Dimension},
    upload_read::{Upload, UploadContext, UploadProblem, read_upload},
};

fn classification() -> Classification {
    Classification::new(&reference::reference_data().expect("reference data").countries)
}

fn table(text: &str) -> Table {
    Table {
        rows: text
            .lines()
            .enumerate()
            .map(|(position, line)| TableRow {
                number: position + 1,
                cells: line.split(',').map(str::to_owned).collect(),
            })
            .collect(),
    }
}

fn read(text: &str) -> Result<Upload, Vec<UploadProblem>> {
    let classification = classification();
    let kenya = classification.place("KEN").unwrap();
    read_upload(
        &table(text),
        &UploadContext { classification: &classification, provider_state: kenya, today_year: 2026, today_month: 11 },
    )
}

const HEADER: &str =
    "state,source,sex,age_group,nationality,form,perpetrator,setting,year,quarter,consent,reported_elsewhere";

#[test]
fn records_are_read_with_codes_or_english_names() {
    let upload = read(&format!(
        "{HEADER}\nSAU,POLICE,F,Y26T40,PHL,RAPE,EMPLOYER,EMPLOYER_HOME,2024,2,yes,no\nSaudi Arabia,victim service,female,18-25,Philippines,physical assault,recruiter or agent,transit or border,2025,,no,no\n"
    ))
    .unwrap();
    let Upload::Records(records) = upload else { panic!("records expected") };
    assert_eq!(records.len(), 2);
    assert_eq!(records[0].codes, records[0].codes);
    let classification = classification();
    let form = Dimension::ViolenceForm.coded_position().unwrap();
    assert_eq!(classification.codes(Dimension::ViolenceForm).get(records[1].codes[form]).id, "PHYSICAL_ASSAULT");
    assert!(records[0].counts());
    assert!(!records[1].counts(), "no consent: the record is kept but never counted");
    // Columns left out are unknown; occupation was not given.
    let occupation = Dimension::Occupation.coded_position().unwrap();
    assert_eq!(classification.codes(Dimension::Occupation).get(records[0].codes[occupation]).id, "_U");
}

#[test]
fn a_name_or_phone_column_is_refused_by_name() {
    let problems = read(&format!(
        "{HEADER},Full name,Phone\nSAU,POLICE,F,Y26T40,PHL,RAPE,EMPLOYER,EMPLOYER_HOME,2024,2,yes,no,A,1\n"
    ))
    .unwrap_err();
    assert_eq!(problems.len(), 2);
    assert_eq!((problems[0].row, problems[0].column.as_str()), (1, "Full name"));
    assert!(problems[0].message.english().contains("names"), "{}", problems[0]);
    assert_eq!(problems[1].column, "Phone");
    assert!(problems[1].message.english().contains("phone numbers"), "{}", problems[1]);
}

#[test]
fn dates_of_birth_exact_dates_and_free_text_columns_are_refused() {
    for (column, kind) in [
        ("date_of_birth", "dates of birth"),
        ("incident date", "exact dates"),
        ("notes", "free text"),
        ("age", "exact ages"),
        ("case_id", "case numbers"),
    ] {
        let problems = read(&format!("{HEADER},{column}\n")).unwrap_err();
        assert_eq!(problems.len(), 1, "{column}");
        assert!(problems[0].message.english().contains(kind), "{column}: {}", problems[0]);
    }
}

#[test]
fn cells_that_look_like_contact_details_or_dates_are_refused_with_row_and_column() {
    let problems = read(&format!(
        "{HEADER}\nSAU,POLICE,F,Y26T40,PHL,RAPE,EMPLOYER,EMPLOYER_HOME,2024-03-15,,yes,no\nSAU,+254 712 345678,F,Y26T40,PHL,RAPE,EMPLOYER,EMPLOYER_HOME,2024,,yes,no\nSAU,POLICE,F,Y26T40,someone@example.org,RAPE,EMPLOYER,EMPLOYER_HOME,2024,,yes,no\n"
    ))
    .unwrap_err();
    let places: Vec<(usize, &str)> = problems.iter().map(|p| (p.row, p.column.as_str())).collect();
    assert_eq!(places, vec![(2, "year"), (3, "source"), (4, "nationality")]);
    assert!(problems[0].message.english().contains("exact date"));
    assert!(problems[1].message.english().contains("phone number"));
    assert!(problems[2].message.english().contains("e-mail"));
}

#[test]
fn an_unknown_code_names_the_codes_to_use() {
    let problems =
        read(&format!("{HEADER}\nSAU,POLICE,F,Y26T40,PHL,SLAPPING,EMPLOYER,EMPLOYER_HOME,2024,,yes,no\n")).unwrap_err();
    assert_eq!((problems[0].row, problems[0].column.as_str(), problems[0].value.as_str()), (2, "form", "SLAPPING"));
    assert!(problems[0].message.english().contains("PHYSICAL_ASSAULT"), "{}", problems[0]);
}

#[test]
fn a_period_in_the_future_is_refused() {
    let problems = read(
        "state,source,year,quarter,month,consent,reported_elsewhere\nSAU,POLICE,2027,,,yes,no\nSAU,POLICE,2026,,12,yes,no\nSAU,POLICE,2026,4,,yes,no\nSAU,POLICE,2026,,11,yes,no\n"
    )
    .unwrap_err();
    let places: Vec<(usize, &str)> = problems.iter().map(|p| (p.row, p.column.as_str())).collect();
    // The current quarter and month have begun, so they are not in the future.
    assert_eq!(places, vec![(2, "year"), (3, "month")]);
    assert!(problems[0].message.english().contains("future"));
}

#[test]
fn counts_over_any_dimensions_are_read() {
    let upload = read("state,form,year,count\nSAU,,2024,30\nSAU,RAPE,2024,10\nSAU,PHYSICAL_ASSAULT,2024,15\n").unwrap();
    let Upload::Counts(rows) = upload else { panic!("counts expected") };
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0].codes[Dimension::ViolenceForm.coded_position().unwrap()], None);
    assert_eq!(rows[2].count, 15);
}

#[test]
fn a_negative_count_is_refused() {
    let problems = read("state,form,year,count\nSAU,RAPE,2024,-3\n").unwrap_err();
    assert_eq!((problems[0].row, problems[0].column.as_str(), problems[0].value.as_str()), (2, "count", "-3"));
    assert!(problems[0].message.english().contains("negative"));
}

#[test]
fn counts_that_add_up_to_more_than_their_total_are_refused() {
    let problems =
        read("state,form,year,count\nSAU,,2024,20\nSAU,RAPE,2024,10\nSAU,PHYSICAL_ASSAULT,2024,15\n").unwrap_err();
    assert_eq!(problems.len(), 1);
    assert_eq!((problems[0].row, problems[0].column.as_str()), (4, "count"));
    assert!(problems[0].message.english().contains("rows 3, 4 add up to 25"), "{}", problems[0]);
    assert!(problems[0].message.english().contains("total of 20 in row 2"), "{}", problems[0]);
}

#[test]
fn a_complete_breakdown_must_equal_its_total() {
    let problems =
        read("state,sex,year,count\nSAU,,2024,20\nSAU,F,2024,10\nSAU,M,2024,5\nSAU,_U,2024,1\n").unwrap_err();
    assert_eq!(problems.len(), 1);
    assert!(problems[0].message.english().contains("add up to 16"), "{}", problems[0]);
}

#[test]
fn the_same_combination_twice_is_refused() {
    let problems = read("state,form,year,count\nSAU,RAPE,2024,10\nSAU,RAPE,2024,12\n").unwrap_err();
    assert_eq!(problems[0].row, 3);
    assert!(problems[0].message.english().contains("row 2 already"));
}

#[test]
fn records_need_source_consent_and_double_count_columns() {
    let problems = read("state,year\nSAU,2024\n").unwrap_err();
    let columns: Vec<&str> = problems.iter().map(|p| p.column.as_str()).collect();
    assert_eq!(columns, vec!["consent", "reported_elsewhere", "source"]);
}
