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
    modifiers(&ApiTokenScheme),
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

pub(crate) async fn show() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDocument::openapi())
}
