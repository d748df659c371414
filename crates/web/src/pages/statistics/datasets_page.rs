//! What the datasets page shows: the datasets a signed-in user answers for and, after an
//! upload, what happened. The page's address and the upload both render it.

use domain::{catalogue::Catalogue, language::Language, message::Message};
use incident_statistics::{
    disclosure::{DEFAULT_THRESHOLD, MINIMUM_THRESHOLD},
    upload_read::UploadProblem,
};
use serde::Serialize;
use store::{DatasetKind, StatisticsDataset};

use crate::{
    error::PageError,
    pages::components::timestamps::written_timestamp,
    session::SignedIn,
    state::AppState,
    statistics_view::{Audience, grouped},
};

#[derive(Serialize)]
pub(crate) struct DatasetsPage {
    csrf_token: String,
    is_secretariat: bool,
    is_provider: bool,
    provider_country: Option<String>,
    datasets: Vec<DatasetRow>,
    default_threshold: u64,
    minimum_threshold: u64,
    uploaded: Option<i64>,
    refused: Option<Refusal>,
}

/// Why an upload was refused: its file and every problem in it.
#[derive(Serialize)]
pub(crate) struct Refusal {
    pub(crate) file_name: String,
    pub(crate) problems: Vec<ProblemRow>,
}

#[derive(Serialize)]
pub(crate) struct ProblemRow {
    place: String,
    value: String,
    message: String,
}

impl ProblemRow {
    /// A problem in one row and column, in `language`.
    pub(crate) fn of(
        state: &AppState,
        catalogue: &Catalogue,
        language: Language,
        file_name: &str,
        problem: &UploadProblem,
    ) -> ProblemRow {
        let messages = state.messages();
        let place = if problem.column == "-" {
            messages.text(
                language,
                "upload-place-row",
                &[("file", file_name.into()), ("row", (problem.row as f64).into())],
            )
        } else {
            messages.text(
                language,
                "upload-place-cell",
                &[
                    ("file", file_name.into()),
                    ("row", (problem.row as f64).into()),
                    ("column", problem.column.as_str().into()),
                ],
            )
        };
        ProblemRow {
            place,
            value: problem.value.clone(),
            message: messages.message(language, &problem.message, catalogue),
        }
    }

    /// A problem with the whole file, in `language`.
    pub(crate) fn whole_file(
        state: &AppState,
        catalogue: &Catalogue,
        language: Language,
        message: &Message,
    ) -> ProblemRow {
        ProblemRow {
            place: String::new(),
            value: String::new(),
            message: state.messages().message(language, message, catalogue),
        }
    }
}

#[derive(Serialize)]
struct DatasetRow {
    id: i64,
    provider: String,
    country: String,
    kind: String,
    file_name: String,
    rows: String,
    threshold: u64,
    /// The state's code, for the buttons that move it, and its name in the page's language.
    state: &'static str,
    state_label: String,
    uploaded_by: String,
    uploaded_at: String,
    left_out: Option<String>,
}

/// The page for `signed_in`, with the outcome of an upload if there was one.
pub(crate) async fn page(
    state: &AppState,
    signed_in: &SignedIn,
    uploaded: Option<i64>,
    refused: Option<Refusal>,
    language: domain::language::Language,
) -> Result<DatasetsPage, PageError> {
    let audience = Audience::of(&crate::session::Visitor::SignedIn(signed_in.clone()));
    if audience == Audience::Public {
        return Err(PageError::translated(
            axum::http::StatusCode::FORBIDDEN,
            "error-datasets-for-providers-and-secretariat",
        ));
    }
    let snapshot = crate::statistics_view::snapshot(state).await?;
    let messages = state.messages();
    let catalogue = state.catalogue().await?;
    let country_name = |m49: u16| {
        domain::country::M49::new(m49)
            .and_then(|code| catalogue.country(code))
            .map_or_else(|| m49.to_string(), |country| country.short_name(language).to_owned())
    };
    let visible = |dataset: &StatisticsDataset| match audience {
        Audience::Provider { country } => dataset.provider_country == country,
        _ => true,
    };
    let datasets = snapshot
        .datasets
        .iter()
        .filter(|dataset| visible(dataset))
        .map(|dataset| {
            let left_out = snapshot.left_out(dataset.id);
            DatasetRow {
                id: dataset.id,
                provider: dataset.provider.clone(),
                country: country_name(dataset.provider_country),
                kind: messages.text(language, &format!("dataset-kind-{}", dataset.kind.as_str()), &[]),
                file_name: dataset.file_name.clone(),
                rows: grouped(dataset.row_count, language),
                threshold: dataset.threshold,
                state: dataset.state.as_str(),
                state_label: messages.text(language, &format!("state-{}", dataset.state.as_str()), &[]),
                uploaded_by: dataset
                    .uploaded_by
                    .clone()
                    .unwrap_or_else(|| messages.text(language, "datasets-uploaded-by-command-line", &[])),
                uploaded_at: written_timestamp(&dataset.uploaded_at, messages, language),
                left_out: (dataset.kind == DatasetKind::Records
                    && left_out.without_consent + left_out.reported_elsewhere > 0)
                    .then(|| {
                        messages.text(
                            language,
                            "datasets-left-out",
                            &[
                                ("without_consent", grouped(left_out.without_consent, language).into()),
                                ("reported_elsewhere", grouped(left_out.reported_elsewhere, language).into()),
                            ],
                        )
                    }),
            }
        })
        .collect();
    let provider_country = match audience {
        Audience::Provider { country } => Some(country_name(country)),
        _ => None,
    };
    Ok(DatasetsPage {
        csrf_token: signed_in.csrf_token.clone(),
        is_secretariat: audience == Audience::Secretariat,
        is_provider: provider_country.is_some(),
        provider_country,
        datasets,
        default_threshold: DEFAULT_THRESHOLD,
        minimum_threshold: MINIMUM_THRESHOLD,
        uploaded,
        refused,
    })
}
