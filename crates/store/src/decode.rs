//! Decoding stored values (codes, dates, languages) and shared rows into domain types. A value
//! the domain refuses means the store holds something it should not: [`StoreError::Corrupt`].

use domain::{
    actor::ActorCode,
    country::M49,
    cycle::{CycleCode, ReportingCycle},
    date::Date,
    language::Language,
    measure::TextOrigin,
    treaty::InstrumentCode,
    vocabulary::{TermCode, VocabularyCode},
};
use sqlx::{Row, any::AnyRow};

use crate::error::StoreError;

pub(crate) fn m49(value: i64) -> Result<M49, StoreError> {
    u16::try_from(value)
        .ok()
        .and_then(M49::new)
        .ok_or_else(|| StoreError::corrupt(format!("{value} is not an M49 code")))
}

pub(crate) fn optional_m49(value: Option<i64>) -> Result<Option<M49>, StoreError> {
    value.map(m49).transpose()
}

pub(crate) fn language(code: &str) -> Result<Language, StoreError> {
    Language::from_code(code).ok_or_else(|| StoreError::corrupt(format!("'{code}' is not a language code")))
}

pub(crate) fn text_origin(code: Option<String>) -> Result<Option<TextOrigin>, StoreError> {
    code.map(|code| {
        TextOrigin::parse(&code).ok_or_else(|| StoreError::corrupt(format!("'{code}' is not a text origin")))
    })
    .transpose()
}

pub(crate) fn date(text: Option<String>) -> Result<Option<Date>, StoreError> {
    text.map(|text| Date::parse(&text).map_err(|error| StoreError::corrupt(error.to_string()))).transpose()
}

pub(crate) fn required_date(text: &str) -> Result<Date, StoreError> {
    Date::parse(text).map_err(|error| StoreError::corrupt(error.to_string()))
}

pub(crate) fn actor_code(text: &str) -> Result<ActorCode, StoreError> {
    ActorCode::parse(text).map_err(StoreError::corrupt)
}

pub(crate) fn term_code(text: &str) -> Result<TermCode, StoreError> {
    TermCode::parse(text).map_err(StoreError::corrupt)
}

pub(crate) fn vocabulary_code(text: &str) -> Result<VocabularyCode, StoreError> {
    VocabularyCode::parse(text).map_err(StoreError::corrupt)
}

pub(crate) fn instrument_code(text: &str) -> Result<InstrumentCode, StoreError> {
    InstrumentCode::parse(text).map_err(StoreError::corrupt)
}

pub(crate) fn cycle_from_row(row: &AnyRow) -> Result<ReportingCycle, StoreError> {
    Ok(ReportingCycle {
        code: CycleCode::parse(&row.try_get::<String, _>("code")?).map_err(StoreError::corrupt)?,
        symbol: row.try_get("symbol")?,
        mandate: row.try_get("mandate")?,
        title: row.try_get("title")?,
        requested_on: date(row.try_get("requested_on")?)?,
        deadline: date(row.try_get("deadline")?)?,
        period_from: date(row.try_get("period_from")?)?,
        period_to: date(row.try_get("period_to")?)?,
        as_at: required_date(&row.try_get::<String, _>("as_at")?)?,
        published_on: date(row.try_get("published_on")?)?,
        previous_report: row.try_get("previous_report")?,
    })
}
