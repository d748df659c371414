//! A small builder for queries whose shape depends on filters, with every value bound as a
//! numbered parameter (`$1`, `$2`, ...), which both SQLite and PostgreSQL read.

use sqlx::{Any, any::AnyArguments, query::Query};

use crate::location::Backend;

/// A value bound to a query parameter.
#[derive(Debug, Clone)]
pub(crate) enum Param {
    Int(i64),
    Text(String),
    /// NULL in an integer column.
    NullInt,
    /// NULL in a text column.
    NullText,
}

impl Param {
    pub(crate) fn optional_int(value: Option<i64>) -> Param {
        value.map_or(Param::NullInt, Param::Int)
    }

    pub(crate) fn optional_text(value: Option<&str>) -> Param {
        value.map_or(Param::NullText, |text| Param::Text(text.to_owned()))
    }
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
        bound(sqlx::query(&self.text), &self.params)
    }
}

/// `INSERT INTO table (columns) VALUES (…), (…), …`: many rows in one statement, which is
/// what makes bulk writes fast (one round trip to the database for hundreds of rows). Its
/// placeholders are anonymous (`?`) on SQLite, where binding a numbered one looks its name up
/// in a list as long as the statement's parameters (so a statement of thousands of values
/// would cost the square of their number), and numbered on PostgreSQL.
#[derive(Debug)]
pub(crate) struct BulkInsert {
    backend: Backend,
    text: String,
    params: Vec<Param>,
    rows: usize,
}

impl BulkInsert {
    /// `head` is `INSERT INTO table (columns) VALUES`; what follows the rows (such as
    /// `RETURNING id`) is added with [`BulkInsert::push`] after the last row.
    pub(crate) fn new(backend: Backend, head: &str) -> BulkInsert {
        BulkInsert { backend, text: format!("{head} "), params: Vec::new(), rows: 0 }
    }

    pub(crate) fn row(&mut self, values: impl IntoIterator<Item = Param>) {
        if self.rows > 0 {
            self.text.push_str(", ");
        }
        self.text.push('(');
        for (position, value) in values.into_iter().enumerate() {
            if position > 0 {
                self.text.push_str(", ");
            }
            self.params.push(value);
            match self.backend {
                Backend::Sqlite => self.text.push('?'),
                Backend::Postgres => {
                    self.text.push('$');
                    self.text.push_str(&self.params.len().to_string());
                }
            }
        }
        self.text.push(')');
        self.rows += 1;
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.rows == 0
    }

    pub(crate) fn push(&mut self, text: &str) {
        self.text.push_str(text);
    }

    pub(crate) fn query(&self) -> Query<'_, Any, AnyArguments<'_>> {
        bound(sqlx::query(&self.text), &self.params)
    }
}

fn bound<'q>(mut query: Query<'q, Any, AnyArguments<'q>>, params: &'q [Param]) -> Query<'q, Any, AnyArguments<'q>> {
    for param in params {
        query = match param {
            Param::Int(value) => query.bind(*value),
            Param::Text(value) => query.bind(value.as_str()),
            Param::NullInt => query.bind(None::<i64>),
            Param::NullText => query.bind(None::<String>),
        };
    }
    query
}
