//! Sentences for people that the interface translates: a problem with a record, a cell or a
//! parameter, named by its id in the interface catalogues, with the values it quotes and its
//! English wording for the command line, the API and the logs.
//!
//! ```
//! use domain::message::Message;
//!
//! let message = Message::new("problem-text-too-long", "is 600 characters long; the limit is 500")
//!     .number("length", 600)
//!     .number("limit", 500);
//! assert_eq!(message.id(), "problem-text-too-long");
//! assert_eq!(message.to_string(), "is 600 characters long; the limit is 500");
//! ```
//!
//! The domain writes the English itself, so that a refusal reads the same with or without a
//! catalogue; the web's test renders every id through `en.ftl` and checks it says the same.

use std::fmt;

use crate::{
    country::{Country, M49},
    language::Labels,
};

/// A sentence for a person: the id of its message in the interface catalogues, the values the
/// message quotes, and the sentence in English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    id: &'static str,
    arguments: Vec<(&'static str, MessageArgument)>,
    english: String,
}

/// A value a message quotes: text is quoted as given; a number is written and chooses plural
/// forms as the reader's language does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MessageArgument {
    Text(String),
    Number(i64),
    /// A country or area, named in the reader's language.
    Country(M49),
    /// A name given in several languages, of which the reader's is shown.
    Labels(Labels),
}

impl Message {
    /// The message `id` of the catalogues, which says `english` in English.
    pub fn new(id: &'static str, english: impl Into<String>) -> Message {
        Message { id, arguments: Vec::new(), english: english.into() }
    }

    /// The message with the text `value` for its variable `name`.
    pub fn text(mut self, name: &'static str, value: impl Into<String>) -> Message {
        self.arguments.push((name, MessageArgument::Text(value.into())));
        self
    }

    /// The message with the number `value` for its variable `name`.
    pub fn number(mut self, name: &'static str, value: impl TryInto<i64>) -> Message {
        self.arguments.push((name, MessageArgument::Number(value.try_into().unwrap_or(i64::MAX))));
        self
    }

    /// The message with the country `country` for its variable `name`, named in the reader's
    /// language.
    pub fn country(mut self, name: &'static str, country: &Country) -> Message {
        self.arguments.push((name, MessageArgument::Country(country.m49)));
        self
    }

    /// The message with a name given in several languages for its variable `name`.
    pub fn labels(mut self, name: &'static str, labels: Labels) -> Message {
        self.arguments.push((name, MessageArgument::Labels(labels)));
        self
    }

    pub fn id(&self) -> &'static str {
        self.id
    }

    pub fn arguments(&self) -> &[(&'static str, MessageArgument)] {
        &self.arguments
    }

    pub fn english(&self) -> &str {
        &self.english
    }
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.english)
    }
}

impl std::error::Error for Message {}

impl From<Message> for String {
    fn from(message: Message) -> String {
        message.english
    }
}
