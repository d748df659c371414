//! Calendar dates as vawdb stores and prints them.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use time::{Month, format_description::BorrowedFormatItem, macros::format_description};

/// A calendar date with no time of day, such as a cycle's "as at" date.
///
/// It is written `YYYY-MM-DD` in files, URLs and the store, so that comparing the text
/// compares the dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(time::Date);

const ISO_DATE: &[BorrowedFormatItem<'static>] = format_description!("[year]-[month]-[day]");

/// Why a text is not a date.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("'{text}' is not a date: write it as YYYY-MM-DD, for example 2009-06-01")]
pub struct DateError {
    pub text: String,
}

impl Date {
    /// Reads a date written `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Result<Date, DateError> {
        let trimmed = text.trim();
        if trimmed.len() != 10 {
            return Err(DateError { text: text.to_owned() });
        }
        time::Date::parse(trimmed, ISO_DATE).map(Date).map_err(|_| DateError { text: text.to_owned() })
    }

    pub fn from_calendar_date(year: i32, month: u8, day: u8) -> Option<Date> {
        let month = Month::try_from(month).ok()?;
        time::Date::from_calendar_date(year, month, day).ok().map(Date)
    }

    pub fn year(self) -> i32 {
        self.0.year()
    }

    /// The date as United Nations documents write it: "1 June 2009".
    pub fn to_un_style(self) -> String {
        format!("{} {} {}", self.0.day(), month_name(self.0.month()), self.0.year())
    }

    /// The same day and month `years` later, or the 28th of February for a 29th.
    pub fn add_years(self, years: i32) -> Date {
        let year = self.0.year() + years;
        let day = self.0.day().min(time::util::days_in_month(self.0.month(), year));
        Date(time::Date::from_calendar_date(year, self.0.month(), day).unwrap_or(self.0))
    }
}

fn month_name(month: Month) -> &'static str {
    match month {
        Month::January => "January",
        Month::February => "February",
        Month::March => "March",
        Month::April => "April",
        Month::May => "May",
        Month::June => "June",
        Month::July => "July",
        Month::August => "August",
        Month::September => "September",
        Month::October => "October",
        Month::November => "November",
        Month::December => "December",
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.0.year(), u8::from(self.0.month()), self.0.day())
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let text = String::deserialize(deserializer)?;
        Date::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_iso_dates_and_prints_them_in_un_style() {
        let date = Date::parse("2009-06-01").unwrap();
        assert_eq!(date.to_string(), "2009-06-01");
        assert_eq!(date.to_un_style(), "1 June 2009");
        assert_eq!(Date::parse("2022-12-31").unwrap().to_un_style(), "31 December 2022");
    }

    #[test]
    fn refuses_malformed_dates_with_the_expected_form() {
        for bad in ["2009-6-1", "01/06/2009", "2009-02-30", "", "2009-06-01T00:00"] {
            let error = Date::parse(bad).unwrap_err();
            assert!(error.to_string().contains("YYYY-MM-DD"), "{bad}: {error}");
        }
    }

    #[test]
    fn text_order_is_date_order() {
        let mut dates = ["2016-07-05", "2009-06-01", "2022-06-01"].map(|d| Date::parse(d).unwrap());
        dates.sort();
        assert_eq!(dates.map(|d| d.to_string()), ["2009-06-01", "2016-07-05", "2022-06-01"]);
    }

    #[test]
    fn adding_years_keeps_the_day_except_on_29_february() {
        assert_eq!(Date::parse("2009-06-01").unwrap().add_years(1).to_string(), "2010-06-01");
        assert_eq!(Date::parse("2008-02-29").unwrap().add_years(1).to_string(), "2009-02-28");
    }
}
