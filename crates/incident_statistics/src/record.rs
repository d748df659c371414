//! An incident record and a row of counts, as vawdb keeps them: code positions, never text.

use crate::dimension::{CODED_DIMENSIONS, Dimension};

/// When an incident took place, no more exactly than its month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Period {
    pub year: u16,
    /// 1 to 4, when known.
    pub quarter: Option<u8>,
    /// 1 to 12, when known; then the quarter is the month's.
    pub month: Option<u8>,
}

impl Period {
    pub fn year(year: u16) -> Period {
        Period { year, quarter: None, month: None }
    }

    /// The SDMX time period: `2024`, `2024-Q2` or `2024-05`.
    pub fn sdmx(self) -> String {
        match (self.quarter, self.month) {
            (_, Some(month)) => format!("{}-{month:02}", self.year),
            (Some(quarter), None) => format!("{}-Q{quarter}", self.year),
            (None, None) => self.year.to_string(),
        }
    }

    /// Whether any part of the period is later than `today_year`-`today_month`.
    pub fn is_after(self, today_year: u16, today_month: u8) -> bool {
        if self.year != today_year {
            return self.year > today_year;
        }
        match (self.quarter, self.month) {
            (_, Some(month)) => month > today_month,
            (Some(quarter), None) => (quarter - 1) * 3 + 1 > today_month,
            (None, None) => false,
        }
    }
}

/// One survivor's incident, reduced to codes. Nothing in it names, dates or describes anyone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct IncidentRecord {
    /// The code position of each dimension of [`Dimension::CODED`].
    pub codes: [u16; CODED_DIMENSIONS],
    pub period: Period,
    /// Whether the survivor consented to sharing non-identifiable information.
    pub consent: bool,
    /// Whether the incident was already reported through another provider.
    pub reported_elsewhere: bool,
}

impl IncidentRecord {
    pub fn code(&self, dimension: Dimension) -> Option<u16> {
        dimension.coded_position().map(|position| self.codes[position])
    }

    /// Whether the record counts in any table: consent given and not counted elsewhere.
    pub fn counts(&self) -> bool {
        self.consent && !self.reported_elsewhere
    }
}

/// A count of incidents over some of the dimensions, as a provider who keeps only counts
/// uploads it (a DHIS2-style data value).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CountRow {
    /// The code position of each dimension the count is broken down by; `None` where the
    /// count covers every value of the dimension.
    pub codes: [Option<u16>; CODED_DIMENSIONS],
    pub period: Period,
    pub count: u64,
}

impl CountRow {
    /// The dimensions this count is broken down by, as a bit set over [`Dimension::CODED`].
    pub fn level(&self) -> u16 {
        self.codes
            .iter()
            .enumerate()
            .filter(|(_, code)| code.is_some())
            .fold(0, |set, (position, _)| set | (1 << position))
    }
}
