//! A seeded generator of realistic incident records, for benchmarks and demonstrations: the
//! same seed gives the same records on every machine.
//!
//! The proportions follow the shape of published counter-trafficking and service data:
//! mostly women, mostly in domestic work in Gulf, South-East Asian and European States,
//! perpetrators and settings that go together (an employer in the employer's home, an official
//! in detention), consent given for most records and a few already counted elsewhere.

use crate::{
    dimension::{CODED_DIMENSIONS, Classification, Dimension},
    record::{IncidentRecord, Period},
};

/// Records drawn one after another from a seed.
#[derive(Debug, Clone)]
pub struct IncidentGenerator {
    state: u64,
    choices: Vec<Vec<(u16, u32)>>,
    settings_by_perpetrator: Vec<Vec<(u16, u32)>>,
    last_year: u16,
    /// The stage each setting implies, by setting code position: recruitment facilities are
    /// before departure, transit and borders in transit.
    stage_of_setting: Vec<Option<u16>>,
}

const DESTINATIONS: [(&str, u32); 17] = [
    ("SAU", 18),
    ("ARE", 10),
    ("KWT", 6),
    ("QAT", 5),
    ("MYS", 10),
    ("SGP", 6),
    ("LBN", 5),
    ("JOR", 4),
    ("ITA", 4),
    ("ESP", 4),
    ("USA", 6),
    ("GBR", 3),
    ("THA", 5),
    ("ZAF", 3),
    ("OMN", 2),
    ("BHR", 2),
    ("KEN", 2),
];

const ORIGINS: [(&str, u32); 17] = [
    ("PHL", 18),
    ("IDN", 14),
    ("NPL", 8),
    ("LKA", 7),
    ("ETH", 9),
    ("KEN", 6),
    ("UGA", 4),
    ("IND", 8),
    ("BGD", 7),
    ("MMR", 5),
    ("KHM", 3),
    ("VNM", 3),
    ("MEX", 3),
    ("GTM", 2),
    ("HND", 2),
    ("UKR", 1),
    ("_U", 2),
];

impl IncidentGenerator {
    /// A generator of records for the years 2015 to `last_year`.
    pub fn new(seed: u64, classification: &Classification, last_year: u16) -> IncidentGenerator {
        let find = |dimension: Dimension, code: &str| {
            classification
                .codes(dimension)
                .find(code)
                .unwrap_or_else(|| panic!("{code} is in the code list of {dimension:?}"))
        };
        let weighted = |dimension: Dimension, weights: &[(&str, u32)]| -> Vec<(u16, u32)> {
            weights.iter().map(|(code, weight)| (find(dimension, code), *weight)).collect()
        };
        let by_position = |_: Dimension, weights: &[u32]| -> Vec<(u16, u32)> {
            weights
                .iter()
                .enumerate()
                .map(|(position, weight)| (u16::try_from(position).unwrap_or(0), *weight))
                .collect()
        };
        let choices = Dimension::CODED
            .iter()
            .map(|dimension| match dimension {
                Dimension::RefArea => weighted(*dimension, &DESTINATIONS),
                Dimension::Nationality => weighted(*dimension, &ORIGINS),
                Dimension::Source => by_position(*dimension, &[25, 8, 10, 12, 35, 10]),
                Dimension::Sex => by_position(*dimension, &[94, 5, 1]),
                Dimension::AgeGroup => by_position(*dimension, &[1, 5, 30, 42, 18, 2, 2]),
                Dimension::ImmigrationStatus => by_position(*dimension, &[55, 35, 10]),
                Dimension::Occupation => by_position(*dimension, &[45, 10, 3, 9, 8, 5, 10, 6, 4]),
                Dimension::ViolenceForm => by_position(*dimension, &[6, 9, 20, 2, 10, 18, 8, 12, 9, 4, 1, 1, 2, 6, 2]),
                Dimension::Perpetrator => by_position(*dimension, &[35, 12, 14, 7, 6, 6, 8, 7, 5]),
                Dimension::Setting => by_position(*dimension, &[40, 15, 8, 8, 7, 10, 6, 4, 2]),
                Dimension::MigrationStage => by_position(*dimension, &[10, 8, 72, 6, 4]),
                Dimension::Year => Vec::new(),
            })
            .collect();
        // Settings by perpetrator, in the order of the perpetrator code list: employer,
        // household member, recruiter, partner, official, smuggler, co-worker, other, unknown.
        let settings_by_perpetrator = [
            [70, 25, 0, 1, 1, 1, 0, 1, 1],
            [85, 5, 0, 0, 0, 5, 2, 2, 1],
            [5, 5, 0, 25, 55, 5, 0, 3, 2],
            [5, 2, 0, 2, 0, 6, 80, 3, 2],
            [0, 2, 70, 25, 0, 2, 0, 1, 0],
            [0, 5, 5, 70, 10, 5, 0, 3, 2],
            [10, 80, 0, 1, 1, 5, 0, 2, 1],
            [10, 20, 5, 10, 5, 35, 5, 7, 3],
            [20, 20, 5, 10, 5, 15, 5, 5, 15],
        ]
        .iter()
        .map(|weights| by_position(Dimension::Setting, weights))
        .collect();
        let stages = classification.codes(Dimension::MigrationStage);
        let stage_of_setting = classification
            .codes(Dimension::Setting)
            .codes
            .iter()
            .map(|setting| match setting.id.as_str() {
                "RECRUITMENT_FACILITY" => stages.find("PRE_DEPARTURE"),
                "TRANSIT_BORDER" => stages.find("TRANSIT"),
                _ => None,
            })
            .collect();
        IncidentGenerator {
            state: seed ^ 0x9E37_79B9_7F4A_7C15,
            choices,
            settings_by_perpetrator,
            last_year,
            stage_of_setting,
        }
    }

    fn next_u64(&mut self) -> u64 {
        // SplitMix64: small, fast and good enough for test data.
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, bound: u32) -> u32 {
        u32::try_from(((self.next_u64() >> 32) * u64::from(bound)) >> 32).unwrap_or(0)
    }

    fn pick(&mut self, weights: &[(u16, u32)]) -> u16 {
        let total: u32 = weights.iter().map(|(_, weight)| weight).sum();
        let mut ticket = self.below(total);
        for (code, weight) in weights {
            if ticket < *weight {
                return *code;
            }
            ticket -= weight;
        }
        weights.last().map_or(0, |(code, _)| *code)
    }

    fn percent(&mut self, chance: u32) -> bool {
        self.below(100) < chance
    }
}

impl Iterator for IncidentGenerator {
    type Item = IncidentRecord;

    fn next(&mut self) -> Option<IncidentRecord> {
        let mut codes = [0u16; CODED_DIMENSIONS];
        for (position, code) in codes.iter_mut().enumerate() {
            let weights = std::mem::take(&mut self.choices[position]);
            *code = self.pick(&weights);
            self.choices[position] = weights;
        }
        let perpetrator = usize::from(codes[Dimension::Perpetrator.coded_position().unwrap_or(0)]);
        let settings = std::mem::take(&mut self.settings_by_perpetrator[perpetrator]);
        let setting = self.pick(&settings);
        self.settings_by_perpetrator[perpetrator] = settings;
        codes[Dimension::Setting.coded_position().unwrap_or(0)] = setting;
        if let Some(stage) = self.stage_of_setting[usize::from(setting)] {
            codes[Dimension::MigrationStage.coded_position().unwrap_or(0)] = stage;
        }
        // More recent years have more records, as reporting spreads.
        let span = u32::from(self.last_year.saturating_sub(2015)) + 1;
        let year = 2015 + u16::try_from(self.below(span).max(self.below(span))).unwrap_or(0);
        let month = if self.percent(50) { Some(u8::try_from(self.below(12) + 1).unwrap_or(1)) } else { None };
        let quarter = month
            .map(|m| (m - 1) / 3 + 1)
            .or_else(|| self.percent(40).then(|| u8::try_from(self.below(4) + 1).unwrap_or(1)));
        let consent = self.percent(88);
        let reported_elsewhere = self.percent(7);
        Some(IncidentRecord { codes, period: Period { year, quarter, month }, consent, reported_elsewhere })
    }
}
