//! Query parameters that several API routes share, the query extractor whose refusals are
//! JSON, and the schemas that tell clients which values each parameter (and the import's
//! body) takes.
//!
//! The schemas are what the handlers accept, as patterns, enumerations and bounds: a client
//! (or a fuzzer) that keeps to them gets no 400 for the shape of a value, only for a code
//! that has the right shape but names nothing, which the document says with a 400 response.

use axum::{
    extract::{FromRequestParts, Query},
    http::{StatusCode, request::Parts},
};
use domain::{actor::ActorKind, language::Language, measure::YearRange};
use serde::de::DeserializeOwned;
use utoipa::openapi::{
    KnownFormat, RefOr, SchemaFormat,
    schema::{ObjectBuilder, Schema, Type},
};

use crate::error::ApiError;

/// The `lang` query parameter, for labels and names in responses.
#[derive(serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct LanguageParam {
    /// `ar`, `zh`, `en`, `fr`, `ru` or `es`; English when absent.
    #[param(inline, value_type = Option<LanguageCode>)]
    pub(crate) lang: Option<String>,
}

impl LanguageParam {
    pub(crate) fn language(&self) -> Result<Language, crate::error::ApiError> {
        match self.lang.as_deref() {
            None | Some("") => Ok(Language::English),
            Some(code) => Language::from_code(code).ok_or_else(|| {
                crate::error::ApiError::bad_parameter(
                    "lang",
                    format!("'{code}' is not one of: {}", Language::all_codes()),
                )
            }),
        }
    }
}

/// Reads the query string into `T` like axum's `Query`, but refuses an unreadable one (a
/// repeated parameter, a word where a boolean goes) with the API's JSON error, as the
/// OpenAPI document promises, rather than axum's plain-text one.
pub(crate) struct ApiQuery<T>(pub(crate) T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<ApiQuery<T>, ApiError> {
        match Query::<T>::from_request_parts(parts, state).await {
            Ok(Query(value)) => Ok(ApiQuery(value)),
            Err(rejection) => Err(ApiError::with_status(StatusCode::BAD_REQUEST, rejection.body_text())),
        }
    }
}

/// Declares a type that exists only for its schema: a string of the given pattern (with an
/// example, when one value fits every parameter of the type), or one of the given values.
macro_rules! string_schema {
    ($(#[$meta:meta])* $name:ident, pattern = $pattern:expr) => {
        $(#[$meta])*
        pub(crate) enum $name {}

        impl utoipa::PartialSchema for $name {
            fn schema() -> RefOr<Schema> {
                ObjectBuilder::new().schema_type(Type::String).pattern(Some($pattern)).into()
            }
        }

        impl utoipa::ToSchema for $name {}
    };
    ($(#[$meta:meta])* $name:ident, pattern = $pattern:expr, example = $example:expr) => {
        $(#[$meta])*
        pub(crate) enum $name {}

        impl utoipa::PartialSchema for $name {
            fn schema() -> RefOr<Schema> {
                ObjectBuilder::new()
                    .schema_type(Type::String)
                    .pattern(Some($pattern))
                    .examples([serde_json::json!($example)])
                    .into()
            }
        }

        impl utoipa::ToSchema for $name {}
    };
    ($(#[$meta:meta])* $name:ident, values = $values:expr) => {
        $(#[$meta])*
        pub(crate) enum $name {}

        impl utoipa::PartialSchema for $name {
            fn schema() -> RefOr<Schema> {
                ObjectBuilder::new().schema_type(Type::String).enum_values(Some($values)).into()
            }
        }

        impl utoipa::ToSchema for $name {}
    };
}

string_schema!(
    /// A language code: the six UN languages.
    LanguageCode,
    values = Language::ALL.map(Language::code)
);

string_schema!(
    /// What `Catalogue::country_by_code` looks up: ISO 3166 alpha-3 or alpha-2, in any case,
    /// or an M49 code with or without its leading zeros.
    CountryCode,
    pattern = "^([A-Za-z]{2,3}|[0-9]{1,3})$",
    example = "THA"
);

string_schema!(
    /// An M49 code, as `M49::parse` reads it.
    RegionCode,
    pattern = "^[0-9]{1,3}$",
    example = "419"
);

string_schema!(
    /// An actor's code, as `ActorCode::parse` reads it.
    ActorCode,
    pattern = "^[A-Za-z0-9-]{2,32}$",
    example = "IOM"
);

string_schema!(
    /// A reporting cycle's code, as `CycleCode::parse` reads it.
    CycleCode,
    pattern = "^[a-z0-9-]{1,40}$",
    example = "2009"
);

string_schema!(
    /// An instrument's code, as `InstrumentCode::parse` reads it.
    InstrumentCode,
    pattern = "^[a-z][a-z0-9-]{0,39}$",
    example = "untoc"
);

string_schema!(
    /// Instrument codes separated by commas, as the treaty-parties route splits them.
    InstrumentCodes,
    pattern = "^[a-z][a-z0-9-]{0,39}(,[a-z][a-z0-9-]{0,39})*$",
    example = "untoc,untoc-trafficking,untoc-smuggling"
);

string_schema!(
    /// A vocabulary's code, as `VocabularyCode::parse` reads it.
    VocabularyCode,
    pattern = "^[a-z][a-z0-9-]{0,39}$",
    example = "type"
);

string_schema!(
    /// A term's code, as `TermCode::parse` reads it. It has no example of its own, since a
    /// term of one vocabulary is unknown in the others: each parameter gives its own.
    TermCode,
    pattern = "^[a-z0-9][a-z0-9.-]{0,99}$"
);

/// A day as `Date::parse` reads it: four-digit year, month and day, which is JSON Schema's
/// `date` format (RFC 3339's full-date).
pub(crate) enum DateText {}

impl utoipa::PartialSchema for DateText {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .format(Some(SchemaFormat::KnownFormat(KnownFormat::Date)))
            .examples([serde_json::json!("2009-06-01")])
            .into()
    }
}

impl utoipa::ToSchema for DateText {}

string_schema!(
    /// The kinds of actor, as `ActorKind::parse` reads them.
    ActorKindCode,
    values = ActorKind::ALL.map(ActorKind::as_str)
);

string_schema!(
    /// The implementation statuses, as `ImplementationStatus::parse` reads them.
    ImplementationCode,
    values = ["in_place", "in_preparation"]
);

string_schema!(
    /// A country's UN status, as `UnStatus::parse` reads it.
    UnStatusCode,
    values = ["member_state", "observer_state", "other"]
);

string_schema!(
    /// The orders of the measure list.
    MeasureSortCode,
    values = ["country", "year"]
);

string_schema!(
    /// The orders of a search.
    SearchSortCode,
    values = ["relevance", "year", "country"]
);

string_schema!(
    /// A file name whose extension says how to read the file, in any case: `.csv`, `.tsv`,
    /// `.xlsx` or `.json`. Any other name is read too, and refused with a 422 that says why.
    ImportFileName,
    pattern = "^.*\\.([Cc][Ss][Vv]|[Tt][Ss][Vv]|[Xx][Ll][Ss][Xx]|[Jj][Ss][Oo][Nn])$",
    example = "measures.csv"
);

/// A year a measure may have, from the bounds `YearRange` keeps.
pub(crate) enum Year {}

impl utoipa::PartialSchema for Year {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(Type::Integer)
            .format(Some(SchemaFormat::KnownFormat(KnownFormat::Int32)))
            .minimum(Some(YearRange::EARLIEST))
            .maximum(Some(YearRange::LATEST))
            .into()
    }
}

impl utoipa::ToSchema for Year {}

/// A file's bytes, as the import takes its body: a binary string, not the array of numbers
/// that `Vec<u8>` would be in JSON.
pub(crate) enum FileBytes {}

impl utoipa::PartialSchema for FileBytes {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .format(Some(SchemaFormat::KnownFormat(KnownFormat::Binary)))
            .into()
    }
}

impl utoipa::ToSchema for FileBytes {}
