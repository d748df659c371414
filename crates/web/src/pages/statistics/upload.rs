//! `POST /statistics/datasets`: a data provider uploads incident records or counts (CSV or
//! XLSX). The file is read whole and checked row by row; any problem refuses it all, with
//! every problem's row and column, and nothing is written. An accepted file is a draft
//! dataset until an editor publishes it.

use axum::{
    extract::{Multipart, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use domain::account::Role;
use incident_statistics::{
    disclosure::{DEFAULT_THRESHOLD, MINIMUM_THRESHOLD},
    upload_read::{UploadContext, read_upload},
};
use store::{Author, DatasetState, NewStatisticsDataset, StoreError};

use super::datasets_page::{ProblemRow, Refusal, page};
use crate::{
    csrf::check_session_token,
    error::PageError,
    page_context::PageContext,
    pages::{components::uploads::read_upload_form, rendering::render},
    session::SignedIn,
    state::AppState,
};

/// The largest file accepted, in bytes.
pub(crate) const MAX_STATISTICS_UPLOAD_BYTES: usize = 50 * 1024 * 1024;

pub(crate) async fn submit(
    State(state): State<AppState>,
    context: PageContext,
    signed_in: SignedIn,
    multipart: Multipart,
) -> Result<Response, PageError> {
    // The place is taken before the upload is read: reading it is what takes the memory.
    let _place = state.heavy_requests().enter().await?;
    let mut form =
        read_upload_form(multipart, &["csrf_token", "provider", "threshold"], MAX_STATISTICS_UPLOAD_BYTES).await?;
    check_session_token(&signed_in, form.field("csrf_token"))?;
    let file = form.file.take();
    let Role::DataProvider { country } = signed_in.account.role else {
        return Err(PageError::translated(axum::http::StatusCode::FORBIDDEN, "error-statistics-uploaded-by-providers"));
    };
    let provider = form.field("provider").trim();
    if provider.is_empty() || provider.chars().count() > 200 {
        return Err(PageError::translated(StatusCode::UNPROCESSABLE_ENTITY, "error-statistics-provider-needed"));
    }
    let threshold = match form.field("threshold").trim() {
        "" => DEFAULT_THRESHOLD,
        text => text.parse::<u64>().ok().filter(|k| (MINIMUM_THRESHOLD..=1000).contains(k)).ok_or_else(|| {
            let english = format!("threshold: give a whole number from {MINIMUM_THRESHOLD} to 1000, not {text:?}");
            let message = domain::message::Message::new("error-statistics-threshold", english)
                .number("minimum", MINIMUM_THRESHOLD)
                .text("value", domain::text::shortened(text));
            PageError::domain(StatusCode::UNPROCESSABLE_ENTITY, message)
        })?,
    };
    let Some((file_name, bytes)) = file else {
        return Err(PageError::translated(StatusCode::UNPROCESSABLE_ENTITY, "error-statistics-file-needed"));
    };
    let classification = state.statistics().classification(state.store()).await?;
    let catalogue = state.catalogue().await?;
    let iso3 = catalogue.country(country).map(|country| country.iso3.clone()).unwrap_or_default();
    let provider_state = classification
        .place(&iso3)
        .ok_or_else(|| PageError::internal(format!("the provider's State {} has no code", country.get())))?;
    let today = crate::treaty_views::today();
    let refuse = |problems: Vec<ProblemRow>| async {
        let refusal = Refusal { file_name: file_name.clone(), problems };
        let page = page(&state, &signed_in, None, Some(refusal), context.language).await?;
        let html = render(&state, &context, "statistics_datasets.html", page)?;
        Ok::<Response, PageError>((StatusCode::UNPROCESSABLE_ENTITY, html).into_response())
    };
    let table = match tabular::read_table_bytes(&file_name, &bytes, &tabular::ReadConfig::default()) {
        Ok(table) => table,
        Err(error) => {
            return refuse(vec![ProblemRow::whole_file(&state, &catalogue, context.language, &error.message())]).await;
        }
    };
    let upload_context = UploadContext {
        classification: &classification,
        provider_state,
        today_year: u16::try_from(today.year()).unwrap_or(u16::MAX),
        today_month: today.month(),
    };
    let upload = match read_upload(&table, &upload_context) {
        Ok(upload) => upload,
        Err(problems) => {
            let rows = problems
                .iter()
                .map(|problem| ProblemRow::of(&state, &catalogue, context.language, &file_name, problem))
                .collect();
            return refuse(rows).await;
        }
    };
    let digest = credentials::content_digest(&bytes);
    let dataset = NewStatisticsDataset {
        provider_country: country.get(),
        provider,
        file_name: &file_name,
        file_digest: &digest,
        threshold,
        state: DatasetState::Draft,
    };
    match state
        .store()
        .add_statistics_dataset(&dataset, &upload, &classification, &Author::account(&signed_in.account))
        .await
    {
        Ok(written) => {
            Ok(Redirect::to(&context.address(&format!("/statistics/datasets?uploaded={}", written.id))).into_response())
        }
        Err(error @ (StoreError::Duplicate(_) | StoreError::OutOfRange(_))) => Err(match error.message() {
            Some(message) => PageError::domain(StatusCode::CONFLICT, message),
            None => PageError::with_status(StatusCode::CONFLICT, format!("{file_name}: {error}")),
        }),
        Err(error) => Err(error.into()),
    }
}
