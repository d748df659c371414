//! What the treaty pages and API share: reading `as_at`, and a State's standing in words.

use domain::{
    date::Date,
    language::Language,
    treaty::{Instrument, Standing, TreatyActionKind},
};

use crate::{i18n::Messages, list_params::ParamError};

/// The `as_at` parameter, today's date when absent.
pub(crate) fn as_at(pairs: &[(String, String)], today: Date) -> Result<Date, ParamError> {
    match pairs.iter().find(|(name, _)| name == "as_at").map(|(_, value)| value.trim()) {
        None | Some("") => Ok(today),
        Some(value) => {
            Date::parse(value).map_err(|error| ParamError { parameter: "as_at".into(), message: error.message() })
        }
    }
}

/// The `as_at` query parameter of an API route, today's date when absent.
pub(crate) fn as_at_or_today(value: Option<String>) -> Result<Date, ParamError> {
    as_at(&value.map(|value| vec![("as_at".to_owned(), value)]).unwrap_or_default(), today())
}

/// Today, by the server's clock, in UTC.
pub(crate) fn today() -> Date {
    let now = time::OffsetDateTime::now_utc().date();
    Date::from_calendar_date(now.year(), u8::from(now.month()), now.day()).expect("the clock gives a valid date")
}

/// The standing as a phrase: "Party since 30 October 2003 (ratification)".
pub(crate) fn standing_text(standing: Standing, messages: &Messages, language: Language) -> String {
    match standing {
        Standing::Party { action, since } => messages.text(
            language,
            "treaty-party-since",
            &[
                ("date", since.to_un_style_in(language).into()),
                ("action", action_text(action, messages, language).into()),
            ],
        ),
        Standing::Denounced { effective } => {
            messages.text(language, "treaty-denounced", &[("date", effective.to_un_style_in(language).into())])
        }
        Standing::Signatory { signed_on } => {
            messages.text(language, "treaty-signatory", &[("date", signed_on.to_un_style_in(language).into())])
        }
        Standing::NotParty => messages.text(language, "treaty-not-party", &[]),
        Standing::NoRecord => messages.text(language, "treaty-no-record", &[]),
    }
}

pub(crate) fn action_text(action: TreatyActionKind, messages: &Messages, language: Language) -> String {
    messages.text(language, &format!("treaty-action-{}", action.as_str().replace('_', "-")), &[])
}

/// How complete the record of an instrument is, in words.
pub(crate) fn completeness_text(instrument: &Instrument, messages: &Messages, language: Language) -> String {
    match (instrument.completeness, instrument.complete_as_at) {
        (domain::treaty::DataCompleteness::Complete, None) => messages.text(language, "treaty-data-complete", &[]),
        (domain::treaty::DataCompleteness::Complete, Some(date)) => {
            messages.text(language, "treaty-data-complete-until", &[("date", date.to_un_style_in(language).into())])
        }
        (domain::treaty::DataCompleteness::Partial, _) => messages.text(language, "treaty-data-partial", &[]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn today_is_a_plausible_date() {
        let today = today();
        assert!(today.year() >= 2025, "{today}");
    }

    #[test]
    fn as_at_is_read_or_defaults_to_today() {
        let today = Date::parse("2026-11-28").unwrap();
        assert_eq!(as_at(&[], today).unwrap(), today);
        assert_eq!(as_at(&[("as_at".into(), "2009-06-01".into())], today).unwrap().to_string(), "2009-06-01");
        assert_eq!(as_at(&[("as_at".into(), "June 2009".into())], today).unwrap_err().parameter, "as_at");
    }
}
