//! Timestamps as the store writes them: UTC, to the microsecond, in a fixed-width text form so
//! that text order is time order on both databases.

use time::{OffsetDateTime, format_description::BorrowedFormatItem, macros::format_description};

const TIMESTAMP: &[BorrowedFormatItem<'static>] =
    format_description!("[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:6]Z");

/// The current time, written `2026-11-28T21:21:26.123456Z`.
pub(crate) fn now() -> String {
    OffsetDateTime::now_utc().format(TIMESTAMP).expect("the timestamp format has no fallible parts")
}
