//! Reporting cycles (a mandate, a request for information, a report) and the replies to them.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::{actor::ActorCode, date::Date, language::Language, message::Message};

/// A cycle's short, URL-safe code, such as `2009`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct CycleCode(String);

impl CycleCode {
    /// Reads a code of 1 to 40 lower-case letters, digits and hyphens.
    pub fn parse(text: &str) -> Result<CycleCode, Message> {
        let valid = (1..=40).contains(&text.len())
            && text.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if valid {
            Ok(CycleCode(text.to_owned()))
        } else {
            Err(Message::new(
                "problem-not-a-cycle-code",
                format!("'{text}' is not a cycle code: use lower-case letters, digits and hyphens, such as 2009"),
            )
            .text("text", crate::text::shortened(text)))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for CycleCode {
    type Error = Message;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        CycleCode::parse(&text)
    }
}

impl From<CycleCode> for String {
    fn from(code: CycleCode) -> String {
        code.0
    }
}

impl fmt::Display for CycleCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&self.0)
    }
}

/// One round of reporting: the mandate that asks for a report, the request for information
/// sent to States and entities, and the report that comes out of the replies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportingCycle {
    pub code: CycleCode,
    /// The report's document symbol, such as "A/64/152".
    pub symbol: Option<String>,
    /// The resolution that mandates the report, such as "General Assembly resolution 62/132".
    pub mandate: String,
    pub title: String,
    pub requested_on: Option<Date>,
    pub deadline: Option<Date>,
    pub period_from: Option<Date>,
    pub period_to: Option<Date>,
    /// The date the report's figures are given "as at".
    pub as_at: Date,
    pub published_on: Option<Date>,
    /// The symbol of the report this one follows, such as "A/62/177".
    pub previous_report: Option<String>,
}

impl ReportingCycle {
    /// Whether the cycle is closed on `day`: its report has been published, so no measure can
    /// be added to it any more (a measure reported later belongs to a later cycle).
    pub fn is_closed_on(&self, day: Date) -> bool {
        self.published_on.is_some_and(|published| published <= day)
    }
}

/// One actor's reply to a cycle's request for information.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Submission {
    pub cycle: CycleCode,
    pub actor: ActorCode,
    pub received_on: Date,
    pub language: Option<Language>,
    pub note: Option<String>,
}

impl Submission {
    /// Whether the reply had arrived by the end of `date`.
    pub fn received_by(&self, date: Date) -> bool {
        self.received_on <= date
    }
}

/// Where an addressee's reply stands on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReplyStatus {
    Replied {
        on: Date,
    },
    /// No reply yet, and the deadline (if any) has not passed.
    Outstanding,
    /// No reply yet, and the deadline has passed.
    Late,
}

impl ReplyStatus {
    /// The status on `day` of a reply `received_on` (if one came), for a request due by
    /// `deadline`. A reply received after `day` had not come yet on `day`.
    pub fn on(day: Date, received_on: Option<Date>, deadline: Option<Date>) -> ReplyStatus {
        match received_on {
            Some(on) if on <= day => ReplyStatus::Replied { on },
            _ if deadline.is_some_and(|deadline| deadline < day) => ReplyStatus::Late,
            _ => ReplyStatus::Outstanding,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            ReplyStatus::Replied { .. } => "replied",
            ReplyStatus::Outstanding => "outstanding",
            ReplyStatus::Late => "late",
        }
    }
}

#[cfg(test)]
mod reply_status_tests {
    use super::*;

    #[test]
    fn a_reply_counts_from_the_day_it_came_and_lateness_from_the_day_after_the_deadline() {
        let day = |text: &str| Date::parse(text).unwrap();
        let deadline = Some(day("2009-03-31"));
        let received = Some(day("2009-04-10"));
        assert_eq!(ReplyStatus::on(day("2009-03-31"), received, deadline), ReplyStatus::Outstanding);
        assert_eq!(ReplyStatus::on(day("2009-04-01"), received, deadline), ReplyStatus::Late);
        assert_eq!(
            ReplyStatus::on(day("2009-04-10"), received, deadline),
            ReplyStatus::Replied { on: day("2009-04-10") }
        );
        assert_eq!(ReplyStatus::on(day("2010-01-01"), None, None), ReplyStatus::Outstanding);
    }
}
