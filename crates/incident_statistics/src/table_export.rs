//! A protected table as people download it: CSV and XLSX with labels, SDMX-CSV 1.0 and 2.0
//! with codes, and the SDMX data structure definition that says what the codes mean.

use domain::language::{Labels, Language};

use crate::{
    cube::{Axis, PivotQuery},
    dimension::{Classification, Dimension, TOTAL, UNKNOWN},
    disclosure::{ProtectedTable, Shown},
    record::IncidentRecord,
};

/// What a withheld cell shows in downloads and on the page.
pub const WITHHELD_MARK: &str = "x";

/// The agency, data flow and structure identifiers of the SDMX artefacts.
pub const AGENCY: &str = "VAWDB";
pub const DATAFLOW: &str = "DF_VAW_MW_INCIDENTS";
pub const STRUCTURE: &str = "DSD_VAW_MW_INCIDENTS";
pub const VERSION: &str = "1.0";

/// The sentence that explains the withheld mark under every protected table, in English
/// (pages and downloads in other languages take theirs from the interface's catalogues).
pub fn withheld_note(threshold: u64) -> String {
    format!(
        "{WITHHELD_MARK}: withheld to protect the people counted (a count from 1 to {}, or a number withheld so that no such count can be worked out from any combination of published tables).",
        threshold - 1
    )
}

/// The table as lines of text, labelled in `language`: a heading line, one line per row with
/// its total, and the line of column totals.
pub fn table_lines(table: &ProtectedTable, classification: &Classification, language: Language) -> Vec<Vec<String>> {
    let text = |shown: Shown| match shown {
        Shown::Count(count) => count.to_string(),
        Shown::Withheld => WITHHELD_MARK.to_owned(),
    };
    // A one-way table's single column is its total: it is written once.
    let one_way = table.columns.dimension.is_none();
    let columns = if one_way { 0 } else { table.columns.codes.len() };
    let total = crate::dimension::phrase("Total", language).to_owned();
    let mut heading = vec![table.rows.dimension.map_or("", |d| d.label_in(language)).to_owned()];
    heading.extend((0..columns).map(|column| table.columns.label_in(column, classification, language)));
    heading.push(if one_way { crate::dimension::phrase("Incidents", language).to_owned() } else { total.clone() });
    let mut lines = vec![heading];
    for row in 0..table.rows.codes.len() {
        let mut line = vec![table.rows.label_in(row, classification, language)];
        line.extend((0..columns).map(|column| text(table.cell(row, column))));
        line.push(text(table.row_totals[row]));
        lines.push(line);
    }
    let mut totals = vec![total];
    totals.extend(table.column_totals.iter().take(columns).map(|shown| text(*shown)));
    totals.push(text(table.grand_total));
    lines.push(totals);
    lines
}

/// The words a download is labelled with: the language of its labels and the note on
/// withheld cells in that language.
#[derive(Debug, Clone)]
pub struct DownloadWording {
    pub language: Language,
    /// Said under a table that may withhold cells, such as [`withheld_note`].
    pub withheld_note: String,
}

impl DownloadWording {
    pub fn english(table: &ProtectedTable) -> DownloadWording {
        DownloadWording {
            language: Language::English,
            withheld_note: table.threshold.map(withheld_note).unwrap_or_default(),
        }
    }
}

/// The table as CSV, with a byte order mark so that spreadsheets read the accents, and the
/// note on withheld cells as a last line.
pub fn table_csv(table: &ProtectedTable, classification: &Classification, wording: &DownloadWording) -> Vec<u8> {
    let mut writer = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    let lines = table_lines(table, classification, wording.language);
    let width = lines[0].len();
    for line in &lines {
        writer.write_record(line).expect("writing to memory cannot fail");
    }
    if table.threshold.is_some() {
        let mut note = vec![String::new(); width];
        note[0] = wording.withheld_note.clone();
        writer.write_record(&note).expect("writing to memory cannot fail");
    }
    writer.into_inner().expect("flushing to memory cannot fail")
}

/// The table as an XLSX workbook: counts as numbers, withheld cells as the mark.
pub fn table_xlsx(
    table: &ProtectedTable,
    classification: &Classification,
    title: &str,
    wording: &DownloadWording,
) -> Result<Vec<u8>, String> {
    use rust_xlsxwriter::{Format, Workbook};
    let error = |error: rust_xlsxwriter::XlsxError| error.to_string();
    let mut workbook = Workbook::new();
    let bold = Format::new().set_bold();
    let sheet = workbook.add_worksheet();
    sheet.set_name("table").map_err(error)?;
    sheet.write_string_with_format(0, 0, title, &bold).map_err(error)?;
    for (line_number, line) in table_lines(table, classification, wording.language).iter().enumerate() {
        let row = u32::try_from(line_number + 2).map_err(|_| "the table is too long for a sheet".to_owned())?;
        for (position, cell) in line.iter().enumerate() {
            let column = u16::try_from(position).map_err(|_| "the table is too wide for a sheet".to_owned())?;
            let is_heading = line_number == 0 || position == 0;
            match cell.parse::<u64>() {
                Ok(count) if !is_heading => {
                    sheet.write_number(row, column, count as f64).map_err(error)?;
                }
                _ if is_heading => {
                    sheet.write_string_with_format(row, column, cell, &bold).map_err(error)?;
                }
                _ => {
                    sheet.write_string(row, column, cell).map_err(error)?;
                }
            }
        }
    }
    if table.threshold.is_some() {
        let row = u32::try_from(table.rows.codes.len() + 5).unwrap_or(u32::MAX - 1);
        sheet.write_string(row, 0, &wording.withheld_note).map_err(error)?;
    }
    workbook.save_to_buffer().map_err(error)
}

/// `CONF_STATUS` of a count that is shown: "Free" in SDMX's code list CL_CONF_STATUS.
pub const CONF_STATUS_FREE: &str = "F";

/// `CONF_STATUS` of a withheld count: "Confidential statistical information" in CL_CONF_STATUS,
/// because the people counted could be identified from it.
pub const CONF_STATUS_CONFIDENTIAL: &str = "C";

/// `OBS_STATUS` of a count that is shown: "Normal value" in SDMX's cross-domain code list
/// CL_OBS_STATUS.
pub const OBS_STATUS_NORMAL: &str = "A";

/// `OBS_STATUS` of a withheld count: "Missing value; suppressed" in CL_OBS_STATUS.
///
/// The count exists and vawdb knows it; it is left out of the file to protect the people
/// counted. SDMX's guideline "Possible Ways of Implementing the Observation Status Concept"
/// (2019) gives `Q` to a value suppressed for confidentiality, among the codes for missing
/// values. The neighbouring codes would mislead a client: `M` ("data cannot exist") says there
/// can be no such incidents, `O` ("missing value") that nobody has the count, and `N` ("not
/// significant") goes with a value that is shown but negligible. `Q` says what happened to the
/// value, and `CONF_STATUS` `C` says why.
pub const OBS_STATUS_WITHHELD: &str = "Q";

/// The `STRUCTURE_ID` of SDMX-CSV 2.0 and the `DATAFLOW` of SDMX-CSV 1.0: the data flow as
/// `AGENCY:ID(VERSION)`.
pub fn dataflow_reference() -> String {
    format!("{AGENCY}:{DATAFLOW}({VERSION})")
}

/// The SDMX time period of the years `first_year..=last_year`: the year itself for one year,
/// otherwise the ISO 8601 interval that starts on 1 January of the first year and lasts as many
/// years as the range holds (`2021-01-01/P5Y` for 2021 to 2025).
pub fn time_period(first_year: u16, last_year: u16) -> String {
    // A reversed range, which the web refuses, is written as one year rather than as a
    // duration below zero.
    if first_year >= last_year {
        first_year.to_string()
    } else {
        format!("{first_year}-01-01/P{}Y", last_year - first_year + 1)
    }
}

/// The SDMX-CSV 1.0 columns: the data flow, every dimension, the value and its attributes.
pub fn sdmx_columns() -> Vec<String> {
    let mut columns = vec!["DATAFLOW".to_owned()];
    columns.extend(sdmx_component_columns());
    columns
}

/// The SDMX-CSV 2.0 columns: the kind of structure, its reference and the action, then every
/// dimension, the value and its attributes.
pub fn sdmx_v2_columns() -> Vec<String> {
    let mut columns = vec!["STRUCTURE".to_owned(), "STRUCTURE_ID".to_owned(), "ACTION".to_owned()];
    columns.extend(sdmx_component_columns());
    columns
}

/// The dimensions in the order of the data structure definition, the measure, then the
/// attributes in the order the structure declares them.
fn sdmx_component_columns() -> Vec<String> {
    let mut columns: Vec<String> = Dimension::ALL.iter().map(|dimension| dimension.sdmx_id().to_owned()).collect();
    columns.extend(["OBS_VALUE", "CONF_STATUS", "OBS_STATUS"].map(str::to_owned));
    columns
}

/// One observation of the SDMX exports: a code for every dimension, in the order of
/// [`Dimension::ALL`], and the value as published.
struct Observation {
    key: Vec<String>,
    shown: Shown,
}

impl Observation {
    /// `OBS_VALUE`, `CONF_STATUS` and `OBS_STATUS`: a withheld value is empty, and its two
    /// attributes say that it was suppressed and why.
    fn measure_and_attributes(&self) -> [String; 3] {
        match self.shown {
            Shown::Count(count) => [count.to_string(), CONF_STATUS_FREE.to_owned(), OBS_STATUS_NORMAL.to_owned()],
            Shown::Withheld => [String::new(), CONF_STATUS_CONFIDENTIAL.to_owned(), OBS_STATUS_WITHHELD.to_owned()],
        }
    }
}

/// The observations of a protected table: one per cell and per total. A dimension the table
/// neither breaks down by nor filters on is `_T`, except the time, which is always a period:
/// the year of a column or row by year, and the query's range of years for a total over them.
fn sdmx_observations(table: &ProtectedTable, query: &PivotQuery, classification: &Classification) -> Vec<Observation> {
    let range = time_period(query.first_year, query.last_year);
    let fixed: Vec<String> = Dimension::ALL
        .iter()
        .map(|dimension| {
            if *dimension == Dimension::Year {
                return range.clone();
            }
            match query.filters.iter().find(|(filtered, _)| filtered == dimension) {
                Some((_, code)) => classification.codes(*dimension).get(*code).id.clone(),
                None => TOTAL.to_owned(),
            }
        })
        .collect();
    let code_of = |axis: &Axis, position: Option<usize>| -> Option<(Dimension, String)> {
        let dimension = axis.dimension?;
        let code = match position {
            Some(position) => axis.code(position, classification),
            None if dimension == Dimension::Year => range.clone(),
            None => TOTAL.to_owned(),
        };
        Some((dimension, code))
    };
    // With a range of one year, the total over the years of a table by year is the year's own
    // line, with the same key: it is written once, as two observations with one key would
    // make a client refuse the file.
    let repeats_the_year = |axis: &Axis, position: Option<usize>| {
        axis.dimension == Some(Dimension::Year)
            && position.is_none()
            && query.first_year == query.last_year
            && axis.codes == [query.first_year]
    };
    let rows = table.rows.codes.len();
    let columns = table.columns.codes.len();
    let mut observations = Vec::with_capacity((rows + 1) * (columns + 1));
    for row in 0..=rows {
        for column in 0..=columns {
            if table.columns.dimension.is_none() && column < columns {
                // A one-way table's single column is the total itself.
                continue;
            }
            let row_position = (row < rows).then_some(row);
            let column_position = (column < columns).then_some(column);
            if repeats_the_year(&table.rows, row_position) || repeats_the_year(&table.columns, column_position) {
                continue;
            }
            let shown = match (row_position, column_position) {
                (Some(row), Some(column)) => table.cell(row, column),
                (Some(row), None) => table.row_totals[row],
                (None, Some(column)) => table.column_totals[column],
                (None, None) => table.grand_total,
            };
            let mut key = fixed.clone();
            for (dimension, code) in
                [code_of(&table.rows, row_position), code_of(&table.columns, column_position)].into_iter().flatten()
            {
                let position = Dimension::ALL.iter().position(|d| *d == dimension).unwrap_or(0);
                key[position] = code;
            }
            observations.push(Observation { key, shown });
        }
    }
    observations
}

/// The protected table as SDMX-CSV 1.0: one observation per cell and per total, as
/// [`sdmx_observations`] makes them, after the column of the data flow.
pub fn table_sdmx_csv(table: &ProtectedTable, query: &PivotQuery, classification: &Classification) -> Vec<u8> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(sdmx_columns()).expect("writing to memory cannot fail");
    let dataflow = dataflow_reference();
    for observation in sdmx_observations(table, query, classification) {
        let mut record = vec![dataflow.clone()];
        record.extend(observation.key.iter().cloned());
        record.extend(observation.measure_and_attributes());
        writer.write_record(&record).expect("writing to memory cannot fail");
    }
    writer.into_inner().expect("flushing to memory cannot fail")
}

/// The protected table as SDMX-CSV 2.0: the same observations as [`table_sdmx_csv`], each
/// after the columns that name the data flow and the action `I` (information: the file is
/// for reading, and a database that loads it appends it).
pub fn table_sdmx_csv_v2(table: &ProtectedTable, query: &PivotQuery, classification: &Classification) -> Vec<u8> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(sdmx_v2_columns()).expect("writing to memory cannot fail");
    let dataflow = dataflow_reference();
    for observation in sdmx_observations(table, query, classification) {
        let mut record = vec!["dataflow".to_owned(), dataflow.clone(), "I".to_owned()];
        record.extend(observation.key.iter().cloned());
        record.extend(observation.measure_and_attributes());
        writer.write_record(&record).expect("writing to memory cannot fail");
    }
    writer.into_inner().expect("flushing to memory cannot fail")
}

/// The SDMX-ML 2.1 structure message: the data flow, the code lists, the concepts and the
/// data structure definition of the SDMX-CSV exports, declaring every component their columns
/// hold (the time as an `ObservationalTimePeriod`, which allows both years and ranges).
pub fn structure_xml(classification: &Classification, prepared: &str) -> String {
    let mut xml = String::new();
    xml.push_str(r#"<?xml version="1.0" encoding="UTF-8"?>"#);
    xml.push('\n');
    xml.push_str(r#"<mes:Structure xmlns:mes="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message" xmlns:str="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/structure" xmlns:com="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common">"#);
    xml.push_str(&format!(
        "<mes:Header><mes:ID>{STRUCTURE}</mes:ID><mes:Test>false</mes:Test><mes:Prepared>{}</mes:Prepared><mes:Sender id=\"{AGENCY}\"/></mes:Header>",
        escape(prepared)
    ));
    xml.push_str("<mes:Structures>");
    xml.push_str(&format!(
        "<str:Dataflows><str:Dataflow id=\"{DATAFLOW}\" agencyID=\"{AGENCY}\" version=\"{VERSION}\">{}<str:Structure><Ref id=\"{STRUCTURE}\" agencyID=\"{AGENCY}\" version=\"{VERSION}\" package=\"datastructure\" class=\"DataStructure\"/></str:Structure></str:Dataflow></str:Dataflows>",
        names(&phrase_names("Incidents of violence against women migrant workers"))
    ));
    xml.push_str("<str:Codelists>");
    let mut written: Vec<&str> = Vec::new();
    for dimension in Dimension::CODED {
        let id = dimension.codelist_id();
        if written.contains(&id) {
            continue;
        }
        written.push(id);
        let list_names = if id == "CL_AREA" { phrase_names("States and areas") } else { dimension_names(dimension) };
        xml.push_str(&format!(
            "<str:Codelist id=\"{id}\" agencyID=\"{AGENCY}\" version=\"{VERSION}\">{}",
            names(&list_names)
        ));
        let list = if id == "CL_AREA" {
            classification.codes(Dimension::Nationality)
        } else {
            classification.codes(dimension)
        };
        for code in &list.codes {
            push_named_code(&mut xml, &code.id, &code.names);
        }
        if list.find(UNKNOWN).is_none() && id == "CL_AREA" {
            push_code(&mut xml, UNKNOWN, "Unknown");
        }
        push_named_code(&mut xml, TOTAL, &phrase_names("Total"));
        xml.push_str("</str:Codelist>");
    }
    xml.push_str(&format!(
        "<str:Codelist id=\"CL_CONF_STATUS\" agencyID=\"{AGENCY}\" version=\"{VERSION}\"><com:Name xml:lang=\"en\">Confidentiality status</com:Name>"
    ));
    push_code(&mut xml, CONF_STATUS_FREE, "Free: may be published");
    push_code(&mut xml, CONF_STATUS_CONFIDENTIAL, "Confidential: withheld to protect the people counted");
    xml.push_str("</str:Codelist>");
    // The codes the data uses from SDMX's cross-domain CL_OBS_STATUS, with its ids and names,
    // kept in this agency's list so that the message is complete without SDMX's registry.
    xml.push_str(&format!(
        "<str:Codelist id=\"CL_OBS_STATUS\" agencyID=\"{AGENCY}\" version=\"{VERSION}\"><com:Name xml:lang=\"en\">Observation status</com:Name>"
    ));
    push_code(&mut xml, OBS_STATUS_NORMAL, "Normal value");
    push_code(&mut xml, OBS_STATUS_WITHHELD, "Missing value; suppressed");
    xml.push_str("</str:Codelist></str:Codelists>");
    xml.push_str(&format!(
        "<str:Concepts><str:ConceptScheme id=\"CS_VAW_MW\" agencyID=\"{AGENCY}\" version=\"{VERSION}\"><com:Name xml:lang=\"en\">Concepts of incident statistics</com:Name>"
    ));
    for dimension in Dimension::ALL {
        xml.push_str(&format!(
            "<str:Concept id=\"{}\">{}</str:Concept>",
            dimension.sdmx_id(),
            names(&dimension_names(dimension))
        ));
    }
    push_concept(&mut xml, "OBS_VALUE", "Number of incidents");
    push_concept(&mut xml, "CONF_STATUS", "Confidentiality status");
    push_concept(&mut xml, "OBS_STATUS", "Observation status");
    xml.push_str("</str:ConceptScheme></str:Concepts>");
    xml.push_str(&format!(
        "<str:DataStructures><str:DataStructure id=\"{STRUCTURE}\" agencyID=\"{AGENCY}\" version=\"{VERSION}\"><com:Name xml:lang=\"en\">Incidents of violence against women migrant workers</com:Name><str:DataStructureComponents><str:DimensionList id=\"DimensionDescriptor\">"
    ));
    for (position, dimension) in Dimension::ALL.iter().enumerate() {
        let id = dimension.sdmx_id();
        if *dimension == Dimension::Year {
            xml.push_str(&format!(
                "<str:TimeDimension id=\"{id}\" position=\"{}\">{}<str:LocalRepresentation><str:TextFormat textType=\"ObservationalTimePeriod\"/></str:LocalRepresentation></str:TimeDimension>",
                position + 1,
                concept_ref(id)
            ));
        } else {
            xml.push_str(&format!(
                "<str:Dimension id=\"{id}\" position=\"{}\">{}{}</str:Dimension>",
                position + 1,
                concept_ref(id),
                codelist_ref(dimension.codelist_id())
            ));
        }
    }
    xml.push_str("</str:DimensionList><str:AttributeList id=\"AttributeDescriptor\">");
    // Both attributes belong to each observation, in the order of the CSV columns.
    for (id, codelist) in [("CONF_STATUS", "CL_CONF_STATUS"), ("OBS_STATUS", "CL_OBS_STATUS")] {
        xml.push_str(&format!(
            "<str:Attribute id=\"{id}\" assignmentStatus=\"Mandatory\">{}{}<str:AttributeRelationship><str:PrimaryMeasure><Ref id=\"OBS_VALUE\"/></str:PrimaryMeasure></str:AttributeRelationship></str:Attribute>",
            concept_ref(id),
            codelist_ref(codelist)
        ));
    }
    xml.push_str(&format!(
        "</str:AttributeList><str:MeasureList id=\"MeasureDescriptor\"><str:PrimaryMeasure id=\"OBS_VALUE\">{}</str:PrimaryMeasure></str:MeasureList>",
        concept_ref("OBS_VALUE")
    ));
    xml.push_str(
        "</str:DataStructureComponents></str:DataStructure></str:DataStructures></mes:Structures></mes:Structure>\n",
    );
    xml
}

/// The columns of an upload of records, as the template and the generator write them.
pub fn record_columns() -> Vec<&'static str> {
    let mut columns: Vec<&'static str> = Dimension::CODED.iter().map(|dimension| dimension.column()).collect();
    columns.extend(["year", "quarter", "month", "consent", "reported_elsewhere"]);
    columns
}

/// A record as the cells of an upload, in the order of [`record_columns`].
pub fn record_cells(record: &IncidentRecord, classification: &Classification) -> Vec<String> {
    let mut cells: Vec<String> = Dimension::CODED
        .iter()
        .zip(record.codes)
        .map(|(dimension, code)| classification.codes(*dimension).get(code).id.clone())
        .collect();
    cells.push(record.period.year.to_string());
    cells.push(record.period.quarter.map(|q| q.to_string()).unwrap_or_default());
    cells.push(record.period.month.map(|m| m.to_string()).unwrap_or_default());
    cells.push(if record.consent { "yes" } else { "no" }.to_owned());
    cells.push(if record.reported_elsewhere { "yes" } else { "no" }.to_owned());
    cells
}

/// One `com:Name` per language that has one, in the order the United Nations lists them.
fn names(labels: &Labels) -> String {
    labels
        .iter()
        .map(|(language, text)| format!("<com:Name xml:lang=\"{}\">{}</com:Name>", language.code(), escape(text)))
        .collect()
}

fn dimension_names(dimension: Dimension) -> Labels {
    let mut labels = Labels::new();
    for language in Language::ALL {
        labels.set(language, dimension.label_in(language));
    }
    labels
}

fn phrase_names(english: &'static str) -> Labels {
    let mut labels = Labels::new();
    for language in Language::ALL {
        labels.set(language, crate::dimension::phrase(english, language));
    }
    labels
}

fn push_named_code(xml: &mut String, id: &str, labels: &Labels) {
    xml.push_str(&format!("<str:Code id=\"{}\">{}</str:Code>", escape(id), names(labels)));
}

fn push_code(xml: &mut String, id: &str, label: &str) {
    xml.push_str(&format!(
        "<str:Code id=\"{}\"><com:Name xml:lang=\"en\">{}</com:Name></str:Code>",
        escape(id),
        escape(label)
    ));
}

fn push_concept(xml: &mut String, id: &str, label: &str) {
    xml.push_str(&format!(
        "<str:Concept id=\"{id}\"><com:Name xml:lang=\"en\">{}</com:Name></str:Concept>",
        escape(label)
    ));
}

fn concept_ref(id: &str) -> String {
    format!(
        "<str:ConceptIdentity><Ref id=\"{id}\" maintainableParentID=\"CS_VAW_MW\" maintainableParentVersion=\"{VERSION}\" agencyID=\"{AGENCY}\" package=\"conceptscheme\" class=\"Concept\"/></str:ConceptIdentity>"
    )
}

fn codelist_ref(id: &str) -> String {
    format!(
        "<str:LocalRepresentation><str:Enumeration><Ref id=\"{id}\" version=\"{VERSION}\" agencyID=\"{AGENCY}\" package=\"codelist\" class=\"Codelist\"/></str:Enumeration></str:LocalRepresentation>"
    )
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&apos;")
}
