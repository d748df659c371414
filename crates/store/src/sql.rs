//! A small builder for queries whose shape depends on filters, with every value bound as a
//! numbered parameter (`$1`, `$2`, ...), which both SQLite and PostgreSQL read.

use sqlx::{Any, any::AnyArguments, query::Query};

/// A value bound to a query parameter.
#[derive(Debug, Clone)]
pub(crate) enum Param {
    Int(i64),
    Text(String),
}

/// SQL text and the values of its parameters, in order.
#[derive(Debug, Default)]
pub(crate) struct Sql {
    text: String,
    params: Vec<Param>,
}

impl Sql {
    pub(crate) fn new(text: &str) -> Sql {
        Sql { text: text.to_owned(), params: Vec::new() }
    }

    /// Appends SQL text, which must not contain values.
    pub(crate) fn push(&mut self, text: &str) -> &mut Sql {
        self.text.push_str(text);
        self
    }

    /// Appends a placeholder for `value`.
    pub(crate) fn bind(&mut self, value: Param) -> &mut Sql {
        self.params.push(value);
        self.text.push('$');
        self.text.push_str(&self.params.len().to_string());
        self
    }

    pub(crate) fn bind_int(&mut self, value: i64) -> &mut Sql {
        self.bind(Param::Int(value))
    }

    pub(crate) fn bind_text(&mut self, value: impl Into<String>) -> &mut Sql {
        self.bind(Param::Text(value.into()))
    }

    /// Appends `(…, …, …)` with a placeholder for each value.
    pub(crate) fn bind_list(&mut self, values: impl IntoIterator<Item = Param>) -> &mut Sql {
        self.text.push('(');
        for (position, value) in values.into_iter().enumerate() {
            if position > 0 {
                self.text.push_str(", ");
            }
            self.bind(value);
        }
        self.text.push(')');
        self
    }

    pub(crate) fn query(&self) -> Query<'_, Any, AnyArguments<'_>> {
        let mut query = sqlx::query(&self.text);
        for param in &self.params {
            query = match param {
                Param::Int(value) => query.bind(*value),
                Param::Text(value) => query.bind(value.as_str()),
            };
        }
        query
    }
}
