//! `GET /api/v1/openapi.json`: the OpenAPI document of the API, generated from the handlers'
//! annotations so that it cannot drift from the code.

use axum::Json;
use utoipa::OpenApi;

/// The API's OpenAPI description.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "vawdb API",
        description = "Measures taken by States and international organizations against violence against women migrant workers, the reporting cycles that collect them, and the reference data they use. Only published measures are visible. Writes need an API token (made on the account page) sent as a bearer token.",
        version = "1"
    ),
    paths(
        super::countries::index::list,
        super::countries::show::show,
        super::vocabularies::index::list,
        super::vocabularies::show::show,
        super::measures::index::list,
        super::measures::show::show,
        super::search::search,
        super::cycles::index::list,
        super::cycles::show::show,
        super::cycles::treaty_parties::show,
        super::instruments::index::list,
        super::instruments::show::show,
        super::countries::treaties::show,
        super::imports::create,
    ),
    modifiers(&ApiTokenScheme, &BusyResponse),
    tags(
        (name = "measures", description = "Published measures"),
        (name = "cycles", description = "Reporting cycles and replies"),
        (name = "reference", description = "Countries and vocabularies"),
        (name = "treaties", description = "Instruments and States' status as at any date"),
    )
)]
pub(crate) struct ApiDocument;

/// Declares the bearer API token that writes need.
struct ApiTokenScheme;

impl utoipa::Modify for ApiTokenScheme {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "api_token",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some("An API token made on the account page, with the scopes it needs"))
                    .build(),
            ),
        );
    }
}

/// Adds the 503 that any route can answer: the store is busy with a write, or (for search)
/// the index is being rebuilt. Both come with `Retry-After`, and the document says so, so
/// that a client knows to wait rather than give up.
struct BusyResponse;

impl utoipa::Modify for BusyResponse {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::{
            Content, Ref, ResponseBuilder,
            header::HeaderBuilder,
            schema::{ObjectBuilder, Type},
        };
        let components = openapi.components.get_or_insert_with(Default::default);
        let busy = ResponseBuilder::new()
            .description("The store is busy or the search index is being rebuilt; try again after Retry-After seconds")
            .content("application/json", Content::new(Some(Ref::from_schema_name("ErrorBody"))))
            .header(
                "Retry-After",
                HeaderBuilder::new()
                    .schema(ObjectBuilder::new().schema_type(Type::Integer).minimum(Some(0)))
                    .description(Some("Seconds to wait before trying again"))
                    .build(),
            )
            .build();
        components.responses.insert("Busy".to_owned(), busy.into());
        for item in openapi.paths.paths.values_mut() {
            for operation in
                [&mut item.get, &mut item.post, &mut item.put, &mut item.delete, &mut item.patch].into_iter().flatten()
            {
                operation.responses.responses.insert("503".to_owned(), Ref::from_response_name("Busy").into());
            }
        }
    }
}

pub(crate) async fn show() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDocument::openapi())
}
