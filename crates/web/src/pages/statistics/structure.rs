//! `GET /statistics/structure.xml`: the SDMX-ML 2.1 structure message (data flow, code lists,
//! concepts, data structure definition) that the SDMX-CSV downloads follow.

use axum::{
    extract::State,
    http::header,
    response::{IntoResponse, Response},
};
use incident_statistics::table_export;

use crate::{error::PageError, state::AppState};

pub(crate) async fn show(State(state): State<AppState>) -> Result<Response, PageError> {
    let classification = state.statistics().classification(state.store()).await?;
    let prepared = format!("{}T00:00:00", crate::treaty_views::today());
    Ok((
        [(header::CONTENT_TYPE, "application/vnd.sdmx.structure+xml; version=2.1")],
        table_export::structure_xml(&classification, &prepared),
    )
        .into_response())
}
