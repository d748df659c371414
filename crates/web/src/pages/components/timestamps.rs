//! Moments the store recorded (`2026-11-28T21:21:26.123456Z`), written as people write them
//! in the page's language: "28 November 2026, 21:21 UTC".

use domain::{date::Date, language::Language};

use crate::i18n::Messages;

/// The stored UTC timestamp `stamp` as the page's language writes a date and a time; a text
/// that is not a stored timestamp is shown as it is rather than hidden.
pub(crate) fn written_timestamp(stamp: &str, messages: &Messages, language: Language) -> String {
    let (Some(day), Some(time)) = (stamp.get(..10), stamp.get(11..16)) else { return stamp.to_owned() };
    let Ok(date) = Date::parse(day) else { return stamp.to_owned() };
    messages.text(
        language,
        "timestamp-utc",
        &[("date", date.to_un_style_in(language).into()), ("time", time.to_owned().into())],
    )
}
