//! Calendar dates as vawdb stores and prints them.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use time::{Month, format_description::BorrowedFormatItem, macros::format_description};

use crate::language::Language;

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

impl DateError {
    /// What is wrong, for a person, in any language.
    pub fn message(&self) -> crate::message::Message {
        let text = crate::text::shortened(&self.text);
        crate::message::Message::new("problem-not-a-date", self.to_string()).text("text", text)
    }
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

    /// The day's number in its year, from 1 (1 January) to 366.
    /// The month, 1 to 12.
    pub fn month(self) -> u8 {
        u8::from(self.0.month())
    }

    pub fn day_of_year(self) -> u16 {
        self.0.ordinal()
    }

    /// The year with the elapsed part of it as a fraction: 1 July 2009 is about 2009.5.
    pub fn as_fractional_year(self) -> f64 {
        let days_in_year = if time::util::is_leap_year(self.0.year()) { 366.0 } else { 365.0 };
        f64::from(self.0.year()) + (f64::from(self.day_of_year()) - 1.0) / days_in_year
    }

    /// The date as United Nations documents write it: "1 June 2009".
    pub fn to_un_style(self) -> String {
        format!("{} {} {}", self.0.day(), month_name(self.0.month()), self.0.year())
    }

    /// The date as United Nations documents in `language` write it, as in the headings of
    /// General Assembly resolution 70/1 in each language: "25 September 2015",
    /// "25 septembre 2015" ("1er" for the first day), "25 de septiembre de 2015",
    /// "25 сентября 2015 года", "2015年9月25日", "25 أيلول/سبتمبر 2015" (the Levantine and the
    /// Egyptian month name, in Western digits).
    pub fn to_un_style_in(self, language: Language) -> String {
        let (day, month, year) = (self.0.day(), u8::from(self.0.month()), self.0.year());
        let name = |names: &[&'static str; 12]| names[usize::from(month - 1)];
        match language {
            Language::English => self.to_un_style(),
            Language::French if day == 1 => format!("1er {} {year}", name(&FRENCH_MONTHS)),
            Language::French => format!("{day} {} {year}", name(&FRENCH_MONTHS)),
            Language::Spanish => format!("{day} de {} de {year}", name(&SPANISH_MONTHS)),
            Language::Russian => format!("{day} {} {year} года", name(&RUSSIAN_MONTHS_GENITIVE)),
            Language::Chinese => format!("{year}年{month}月{day}日"),
            Language::Arabic => format!("{day} {} {year}", name(&ARABIC_MONTHS)),
        }
    }

    /// The month and year as United Nations documents in `language` write them: "June 2009",
    /// "juin 2009", "junio de 2009", "июнь 2009 года", "2009年6月", "حزيران/يونيه 2009".
    pub fn to_un_month_style_in(self, language: Language) -> String {
        let (month, year) = (u8::from(self.0.month()), self.0.year());
        let name = |names: &[&'static str; 12]| names[usize::from(month - 1)];
        match language {
            Language::English => format!("{} {year}", month_name(self.0.month())),
            Language::French => format!("{} {year}", name(&FRENCH_MONTHS)),
            Language::Spanish => format!("{} de {year}", name(&SPANISH_MONTHS)),
            Language::Russian => format!("{} {year} года", name(&RUSSIAN_MONTHS_NOMINATIVE)),
            Language::Chinese => format!("{year}年{month}月"),
            Language::Arabic => format!("{} {year}", name(&ARABIC_MONTHS)),
        }
    }

    /// The same day and month `years` later, or the 28th of February for a 29th.
    pub fn add_years(self, years: i32) -> Date {
        self.add_months(u32::try_from(years.max(0)).unwrap_or(0) * 12)
    }

    /// The same day `months` later, or the month's last day when it is shorter (31 January
    /// plus one month is 28 or 29 February).
    pub fn add_months(self, months: u32) -> Date {
        let index = i64::from(self.0.year()) * 12 + i64::from(u8::from(self.0.month())) - 1 + i64::from(months);
        let year = i32::try_from(index.div_euclid(12)).unwrap_or(i32::MAX);
        let month = Month::try_from(u8::try_from(index.rem_euclid(12) + 1).unwrap_or(1)).unwrap_or(Month::January);
        let day = self.0.day().min(time::util::days_in_month(month, year));
        Date(time::Date::from_calendar_date(year, month, day).unwrap_or(self.0))
    }
}

const FRENCH_MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const SPANISH_MONTHS: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];
const RUSSIAN_MONTHS_GENITIVE: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];
const RUSSIAN_MONTHS_NOMINATIVE: [&str; 12] = [
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
];
const ARABIC_MONTHS: [&str; 12] = [
    "كانون الثاني/يناير",
    "شباط/فبراير",
    "آذار/مارس",
    "نيسان/أبريل",
    "أيار/مايو",
    "حزيران/يونيه",
    "تموز/يوليه",
    "آب/أغسطس",
    "أيلول/سبتمبر",
    "تشرين الأول/أكتوبر",
    "تشرين الثاني/نوفمبر",
    "كانون الأول/ديسمبر",
];

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
    fn dates_are_written_as_un_documents_in_each_language_write_them() {
        let first = Date::parse("2009-06-01").unwrap();
        let later = Date::parse("2015-09-25").unwrap();
        let written: Vec<String> = Language::ALL.into_iter().map(|language| later.to_un_style_in(language)).collect();
        assert_eq!(
            written,
            [
                "25 أيلول/سبتمبر 2015",
                "2015年9月25日",
                "25 September 2015",
                "25 septembre 2015",
                "25 сентября 2015 года",
                "25 de septiembre de 2015"
            ]
        );
        assert_eq!(first.to_un_style_in(Language::French), "1er juin 2009");
        assert_eq!(first.to_un_style_in(Language::Arabic), "1 حزيران/يونيه 2009");
    }

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
    fn adding_months_keeps_the_day_or_takes_the_last_of_a_shorter_month() {
        assert_eq!(Date::parse("2009-06-01").unwrap().add_months(12).to_string(), "2010-06-01");
        assert_eq!(Date::parse("2009-01-31").unwrap().add_months(1).to_string(), "2009-02-28");
        assert_eq!(Date::parse("2008-11-30").unwrap().add_months(3).to_string(), "2009-02-28");
        assert_eq!(Date::parse("2009-12-15").unwrap().add_months(0).to_string(), "2009-12-15");
    }

    #[test]
    fn adding_years_keeps_the_day_except_on_29_february() {
        assert_eq!(Date::parse("2009-06-01").unwrap().add_years(1).to_string(), "2010-06-01");
        assert_eq!(Date::parse("2008-02-29").unwrap().add_years(1).to_string(), "2009-02-28");
    }
}
