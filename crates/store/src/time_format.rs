//! Timestamps as the store writes them: UTC, to the microsecond, in a fixed-width text form so
//! that text order is time order on both databases.

use time::{OffsetDateTime, format_description::BorrowedFormatItem, macros::format_description};

const TIMESTAMP: &[BorrowedFormatItem<'static>] =
    format_description!("[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:6]Z");

/// The current time, written `2026-11-28T21:21:26.123456Z`.
pub(crate) fn now() -> String {
    OffsetDateTime::now_utc().format(TIMESTAMP).expect("the timestamp format has no fallible parts")
}

/// The time `seconds` ago, written like [`now`].
pub(crate) fn seconds_ago(seconds: u64) -> String {
    let earlier = OffsetDateTime::now_utc() - time::Duration::seconds(i64::try_from(seconds).unwrap_or(i64::MAX / 2));
    earlier.format(TIMESTAMP).expect("the timestamp format has no fallible parts")
}

/// `seconds` after the stored time `stamp`, written like [`now`]; `None` if `stamp` is not one.
pub(crate) fn seconds_after(stamp: &str, seconds: u64) -> Option<String> {
    let at = time::PrimitiveDateTime::parse(stamp, TIMESTAMP).ok()?.assume_utc();
    let later = at + time::Duration::seconds(i64::try_from(seconds).unwrap_or(i64::MAX / 2));
    later.format(TIMESTAMP).ok()
}

/// The time `seconds` from now, written like [`now`].
pub(crate) fn seconds_from_now(seconds: u64) -> String {
    let later = OffsetDateTime::now_utc() + time::Duration::seconds(i64::try_from(seconds).unwrap_or(i64::MAX / 2));
    later.format(TIMESTAMP).expect("the timestamp format has no fallible parts")
}
