//! The dimensions an incident is counted by and the code list of each, with SDMX identifiers
//! and names in the six UN languages (`data/labels.csv`).

use std::{collections::HashMap, sync::OnceLock};

use domain::{
    country::Country,
    language::{Labels, Language},
};

/// The names of the dimensions and of the fixed codes in every UN language: rows
/// `dimension,RefArea,…` and `code,Sex/F,…`.
const LABELS_CSV: &str = include_str!("../data/labels.csv");

/// The translations of `LABELS_CSV`, by `kind` and `key`.
fn translations() -> &'static HashMap<(String, String), Labels> {
    static TRANSLATIONS: OnceLock<HashMap<(String, String), Labels>> = OnceLock::new();
    TRANSLATIONS.get_or_init(|| {
        let mut reader = csv::Reader::from_reader(LABELS_CSV.as_bytes());
        let header: Vec<String> =
            reader.headers().map(|row| row.iter().map(str::to_owned).collect()).unwrap_or_default();
        let mut map = HashMap::new();
        for row in reader.records().flatten() {
            let (Some(kind), Some(key)) = (row.get(0), row.get(1)) else { continue };
            let mut labels = Labels::new();
            for (column, cell) in header.iter().zip(row.iter()).skip(2) {
                if let Some(language) = Language::from_code(column) {
                    labels.set(language, cell);
                }
            }
            map.insert((kind.to_owned(), key.to_owned()), labels);
        }
        map
    })
}

/// A phrase of the statistics pages ("Incidents") in `language`, else as given.
pub fn phrase(english: &'static str, language: Language) -> &'static str {
    translations().get(&("phrase".to_owned(), english.to_owned())).map_or(english, |labels| labels.best(language))
}

/// Every shipped name: `(kind, key, names)`, for the test that none lacks a language.
pub fn shipped_names() -> impl Iterator<Item = (&'static str, &'static str, &'static Labels)> {
    translations().iter().map(|((kind, key), labels)| (kind.as_str(), key.as_str(), labels))
}

/// A way incidents are told apart in a table: the columns of an upload, the rows and columns
/// of a pivot, the dimensions of the SDMX data structure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Dimension {
    /// The State where the violence took place.
    RefArea,
    Source,
    Sex,
    AgeGroup,
    Nationality,
    ImmigrationStatus,
    Occupation,
    ViolenceForm,
    Perpetrator,
    Setting,
    MigrationStage,
    /// The year of the period; the time dimension of the SDMX structure.
    Year,
}

/// The number of coded dimensions: every dimension but the year.
pub const CODED_DIMENSIONS: usize = 11;

impl Dimension {
    /// Every dimension, in the order of the SDMX data structure.
    pub const ALL: [Dimension; 12] = [
        Dimension::RefArea,
        Dimension::Source,
        Dimension::Sex,
        Dimension::AgeGroup,
        Dimension::Nationality,
        Dimension::ImmigrationStatus,
        Dimension::Occupation,
        Dimension::ViolenceForm,
        Dimension::Perpetrator,
        Dimension::Setting,
        Dimension::MigrationStage,
        Dimension::Year,
    ];

    /// The dimensions with a fixed code list, in the order of [`Dimension::ALL`].
    pub const CODED: [Dimension; CODED_DIMENSIONS] = [
        Dimension::RefArea,
        Dimension::Source,
        Dimension::Sex,
        Dimension::AgeGroup,
        Dimension::Nationality,
        Dimension::ImmigrationStatus,
        Dimension::Occupation,
        Dimension::ViolenceForm,
        Dimension::Perpetrator,
        Dimension::Setting,
        Dimension::MigrationStage,
    ];

    /// The position of a coded dimension in [`Dimension::CODED`]; `None` for the year.
    pub fn coded_position(self) -> Option<usize> {
        Dimension::CODED.iter().position(|dimension| *dimension == self)
    }

    /// The SDMX dimension identifier.
    pub fn sdmx_id(self) -> &'static str {
        match self {
            Dimension::RefArea => "REF_AREA",
            Dimension::Source => "SOURCE",
            Dimension::Sex => "SEX",
            Dimension::AgeGroup => "AGE",
            Dimension::Nationality => "NATIONALITY",
            Dimension::ImmigrationStatus => "IMMIGRATION_STATUS",
            Dimension::Occupation => "OCCUPATION",
            Dimension::ViolenceForm => "VIOLENCE_FORM",
            Dimension::Perpetrator => "PERPETRATOR",
            Dimension::Setting => "SETTING",
            Dimension::MigrationStage => "MIGRATION_STAGE",
            Dimension::Year => "TIME_PERIOD",
        }
    }

    /// The column name in uploads and the parameter name in pivot URLs.
    pub fn column(self) -> &'static str {
        match self {
            Dimension::RefArea => "state",
            Dimension::Source => "source",
            Dimension::Sex => "sex",
            Dimension::AgeGroup => "age_group",
            Dimension::Nationality => "nationality",
            Dimension::ImmigrationStatus => "immigration_status",
            Dimension::Occupation => "occupation",
            Dimension::ViolenceForm => "form",
            Dimension::Perpetrator => "perpetrator",
            Dimension::Setting => "setting",
            Dimension::MigrationStage => "migration_stage",
            Dimension::Year => "year",
        }
    }

    /// The name in `language`, as a table heading; English where no translation is shipped
    /// (a test says every one is).
    pub fn label_in(self, language: Language) -> &'static str {
        translations()
            .get(&("dimension".to_owned(), format!("{self:?}")))
            .map_or(self.label(), |labels| labels.best(language))
    }

    /// The English name, as a table heading.
    pub fn label(self) -> &'static str {
        match self {
            Dimension::RefArea => "State where it happened",
            Dimension::Source => "Reporting source",
            Dimension::Sex => "Sex",
            Dimension::AgeGroup => "Age group",
            Dimension::Nationality => "Nationality",
            Dimension::ImmigrationStatus => "Immigration status",
            Dimension::Occupation => "Occupation",
            Dimension::ViolenceForm => "Form of violence",
            Dimension::Perpetrator => "Perpetrator",
            Dimension::Setting => "Setting",
            Dimension::MigrationStage => "Stage of the migration cycle",
            Dimension::Year => "Year",
        }
    }

    /// The dimension whose column or parameter is `name`.
    pub fn from_column(name: &str) -> Option<Dimension> {
        Dimension::ALL.into_iter().find(|dimension| dimension.column() == name)
    }

    /// The SDMX code list identifier.
    pub fn codelist_id(self) -> &'static str {
        match self {
            Dimension::RefArea | Dimension::Nationality => "CL_AREA",
            Dimension::Year => "",
            other => match other {
                Dimension::Source => "CL_SOURCE",
                Dimension::Sex => "CL_SEX",
                Dimension::AgeGroup => "CL_AGE",
                Dimension::ImmigrationStatus => "CL_IMMIGRATION_STATUS",
                Dimension::Occupation => "CL_OCCUPATION",
                Dimension::ViolenceForm => "CL_VIOLENCE_FORM",
                Dimension::Perpetrator => "CL_PERPETRATOR",
                Dimension::Setting => "CL_SETTING",
                _ => "CL_MIGRATION_STAGE",
            },
        }
    }
}

/// One code of a code list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Code {
    /// The SDMX code, such as `EMPLOYER` or `KEN`.
    pub id: String,
    /// The English name.
    pub label: String,
    /// The name in every UN language that has one.
    pub names: Labels,
}

impl Code {
    /// The name in `language`, else in English.
    pub fn name(&self, language: Language) -> &str {
        match self.names.get(language) {
            Some(name) => name,
            None => &self.label,
        }
    }
}

/// The codes of one dimension, in display order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeList {
    pub codes: Vec<Code>,
    /// Each code's identifier and English name, normalised, to its position: uploads look up
    /// millions of cells.
    index: std::collections::HashMap<String, u16>,
}

/// The SDMX code for "unknown", in every list that has one.
pub const UNKNOWN: &str = "_U";
/// The SDMX code for "all values", used for dimensions a table does not break down by.
pub const TOTAL: &str = "_T";

impl CodeList {
    fn new(codes: Vec<Code>) -> CodeList {
        let mut index = std::collections::HashMap::new();
        // Identifiers first, so that an English name never shadows another code's identifier.
        for (position, code) in codes.iter().enumerate() {
            if let Ok(position) = u16::try_from(position) {
                index.entry(normalised(&code.id)).or_insert(position);
            }
        }
        for (position, code) in codes.iter().enumerate() {
            if let Ok(position) = u16::try_from(position) {
                index.entry(normalised(&code.label)).or_insert(position);
            }
        }
        CodeList { codes, index }
    }

    fn fixed(dimension: Dimension, codes: &[(&str, &str)]) -> CodeList {
        CodeList::new(
            codes
                .iter()
                .map(|(id, label)| Code {
                    id: (*id).to_owned(),
                    label: (*label).to_owned(),
                    names: translations()
                        .get(&("code".to_owned(), format!("{dimension:?}/{id}")))
                        .cloned()
                        .unwrap_or_else(|| Labels::new().with(Language::English, *label)),
                })
                .collect(),
        )
    }

    /// The position of the code whose identifier or English name is `text`, ignoring case,
    /// spaces, hyphens and underscores.
    pub fn find(&self, text: &str) -> Option<u16> {
        self.index.get(&normalised(text)).copied()
    }

    pub fn get(&self, position: u16) -> &Code {
        &self.codes[usize::from(position)]
    }

    pub fn len(&self) -> usize {
        self.codes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.codes.is_empty()
    }

    /// A short reminder of the codes, for an error message.
    pub fn describe(&self) -> String {
        if self.codes.len() > 20 {
            format!("an ISO 3166 alpha-3 code such as {} (or {UNKNOWN} for unknown)", self.codes[0].id)
        } else {
            self.codes.iter().map(|code| code.id.as_str()).collect::<Vec<_>>().join(", ")
        }
    }
}

fn normalised(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, ' ' | '-' | '_' | '\'' | '’' | ',' | '.' | ':' | '(' | ')'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The code lists of every coded dimension, the country lists taken from the reference data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Classification {
    lists: Vec<CodeList>,
}

impl Classification {
    /// The code lists, with States and areas from `countries` (Member States, observer States
    /// and other areas; regions are not places where incidents happen).
    pub fn new(countries: &[Country]) -> Classification {
        let mut places: Vec<Code> = countries
            .iter()
            .filter(|country| !country.iso3.is_empty())
            .map(|country| {
                let mut names = Labels::new();
                for language in Language::ALL {
                    names.set(language, country.current_name(language).short_name.clone());
                }
                Code {
                    id: country.iso3.clone(),
                    label: country.current_name(Language::English).short_name.clone(),
                    names,
                }
            })
            .collect();
        places.sort_by(|a, b| a.label.cmp(&b.label));
        let ref_area = CodeList::new(places.clone());
        places.push(Code {
            id: UNKNOWN.to_owned(),
            label: "Unknown".to_owned(),
            names: translations()
                .get(&("code".to_owned(), "Nationality/_U".to_owned()))
                .cloned()
                .unwrap_or_else(|| Labels::new().with(Language::English, "Unknown")),
        });
        let nationality = CodeList::new(places);
        let lists = Dimension::CODED
            .iter()
            .map(|dimension| match dimension {
                Dimension::RefArea => ref_area.clone(),
                Dimension::Nationality => nationality.clone(),
                Dimension::Source => CodeList::fixed(
                    Dimension::Source,
                    &[
                        ("POLICE", "Police"),
                        ("JUDICIARY", "Judiciary"),
                        ("IMMIGRATION", "Immigration authority"),
                        ("LABOUR_INSPECTION", "Labour inspection"),
                        ("VICTIM_SERVICE", "Victim service"),
                        ("SURVEY", "Survey"),
                        (UNKNOWN, "Unknown"),
                    ],
                ),
                Dimension::Sex => {
                    CodeList::fixed(Dimension::Sex, &[("F", "Female"), ("M", "Male"), (UNKNOWN, "Unknown")])
                }
                Dimension::AgeGroup => CodeList::fixed(
                    Dimension::AgeGroup,
                    &[
                        ("Y0T11", "0-11"),
                        ("Y12T17", "12-17"),
                        ("Y18T25", "18-25"),
                        ("Y26T40", "26-40"),
                        ("Y41T60", "41-60"),
                        ("Y_GE61", "61+"),
                        (UNKNOWN, "Unknown"),
                    ],
                ),
                Dimension::ImmigrationStatus => CodeList::fixed(
                    Dimension::ImmigrationStatus,
                    &[("DOCUMENTED", "Documented"), ("UNDOCUMENTED", "Undocumented"), (UNKNOWN, "Unknown")],
                ),
                Dimension::Occupation => CodeList::fixed(
                    Dimension::Occupation,
                    &[
                        ("DOMESTIC_WORK", "Domestic work"),
                        ("AGRICULTURE", "Agriculture"),
                        ("CONSTRUCTION", "Construction"),
                        ("MANUFACTURING", "Manufacturing"),
                        ("HOSPITALITY", "Hospitality"),
                        ("ENTERTAINMENT", "Entertainment"),
                        ("CARE_WORK", "Care work"),
                        ("OTHER", "Other occupation"),
                        (UNKNOWN, "Unknown"),
                    ],
                ),
                Dimension::ViolenceForm => CodeList::fixed(
                    Dimension::ViolenceForm,
                    &[
                        ("RAPE", "Rape"),
                        ("SEXUAL_ASSAULT", "Sexual assault"),
                        ("PHYSICAL_ASSAULT", "Physical assault"),
                        ("FORCED_MARRIAGE", "Forced marriage"),
                        ("DENIAL_OF_RESOURCES", "Denial of resources, opportunities or services"),
                        ("PSYCHOLOGICAL", "Psychological or emotional abuse"),
                        ("TRAFFICKING", "Trafficking in persons"),
                        ("FORCED_LABOUR", "Forced labour and debt bondage"),
                        ("ECONOMIC_EXPLOITATION", "Economic exploitation"),
                        ("SEXUAL_HARASSMENT", "Sexual harassment"),
                        ("FGM", "Female genital mutilation"),
                        ("FEMICIDE", "Femicide"),
                        ("VIOLENCE_IN_DETENTION", "Violence in detention"),
                        ("DOMESTIC_VIOLENCE", "Domestic and intimate partner violence"),
                        (UNKNOWN, "Unknown"),
                    ],
                ),
                Dimension::Perpetrator => CodeList::fixed(
                    Dimension::Perpetrator,
                    &[
                        ("EMPLOYER", "Employer"),
                        ("EMPLOYER_HOUSEHOLD", "Member of the employer's household"),
                        ("RECRUITER", "Recruiter or agent"),
                        ("PARTNER", "Intimate partner or spouse"),
                        ("OFFICIAL", "Official: police, immigration or detention staff"),
                        ("SMUGGLER_TRAFFICKER", "Smuggler or trafficker"),
                        ("CO_WORKER", "Co-worker"),
                        ("OTHER", "Other perpetrator"),
                        (UNKNOWN, "Unknown"),
                    ],
                ),
                Dimension::Setting => CodeList::fixed(
                    Dimension::Setting,
                    &[
                        ("EMPLOYER_HOME", "Employer's home"),
                        ("WORKPLACE", "Other workplace"),
                        ("DETENTION", "Detention facility"),
                        ("TRANSIT_BORDER", "Transit or border"),
                        ("RECRUITMENT_FACILITY", "Recruitment or pre-departure facility"),
                        ("PUBLIC_SPACE", "Public space"),
                        ("OWN_HOME", "Own home"),
                        ("OTHER", "Other setting"),
                        (UNKNOWN, "Unknown"),
                    ],
                ),
                Dimension::MigrationStage => CodeList::fixed(
                    Dimension::MigrationStage,
                    &[
                        ("PRE_DEPARTURE", "Recruitment and pre-departure"),
                        ("TRANSIT", "Transit"),
                        ("DESTINATION", "At destination"),
                        ("RETURN", "Return and reintegration"),
                        (UNKNOWN, "Unknown"),
                    ],
                ),
                Dimension::Year => unreachable!("the year has no fixed code list"),
            })
            .collect();
        Classification { lists }
    }

    /// The code list of a coded dimension.
    ///
    /// # Panics
    /// For [`Dimension::Year`], which has no fixed code list.
    pub fn codes(&self, dimension: Dimension) -> &CodeList {
        &self.lists[dimension.coded_position().expect("the year has no code list")]
    }

    /// The position of `iso3` among the States where incidents happen.
    pub fn place(&self, iso3: &str) -> Option<u16> {
        self.codes(Dimension::RefArea).codes.iter().position(|code| code.id == iso3).and_then(|p| u16::try_from(p).ok())
    }
}

#[cfg(test)]
mod label_tests {
    use super::*;

    #[test]
    fn every_dimension_and_fixed_code_has_a_name_in_the_six_languages() {
        let mut missing = Vec::new();
        for dimension in Dimension::ALL {
            let labels = translations().get(&("dimension".to_owned(), format!("{dimension:?}")));
            for language in Language::ALL {
                if labels.and_then(|labels| labels.get(language)).is_none() {
                    missing.push(format!("{dimension:?} ({language})"));
                }
            }
        }
        let classification = Classification::new(&[]);
        for dimension in Dimension::CODED {
            if matches!(dimension, Dimension::RefArea | Dimension::Nationality) {
                continue;
            }
            for code in &classification.codes(dimension).codes {
                for language in Language::ALL {
                    if code.names.get(language).is_none() {
                        missing.push(format!("{dimension:?}/{} ({language})", code.id));
                    }
                }
            }
        }
        assert!(missing.is_empty(), "names missing: {missing:?}");
        assert_eq!(Dimension::Sex.label_in(Language::French), "Sexe");
        assert_eq!(phrase("Incidents", Language::Spanish), "Incidentes");
        for (kind, key, labels) in shipped_names() {
            assert!(labels.get(Language::English).is_some(), "{kind} {key} has no English name");
        }
    }
}
