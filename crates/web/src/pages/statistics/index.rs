//! `GET /statistics?rows=form&columns=perpetrator&sex=F&from=2016&to=2025`: the pivot of
//! incident statistics, with its protected table, a bar chart, a map when the table is by
//! State or nationality, and the downloads of the same table.

use std::collections::HashMap;

use axum::{
    extract::{Query, State},
    response::Html,
};
use incident_statistics::{
    dimension::{Classification, Dimension},
    disclosure::ProtectedTable,
    release::Unpublished,
    upload_read::FIRST_YEAR,
};
use serde::Serialize;

use domain::language::Language;
use locale_format::LocaleFormat;

use super::table_title::{lowercase_in, table_title, withheld_note_in};
use crate::{
    error::PageError,
    i18n::Messages,
    page_context::PageContext,
    pages::rendering::render,
    session::Visitor,
    state::AppState,
    statistics_view::{self, Audience, TableView},
};

#[derive(Serialize)]
struct StatisticsPage {
    row_choices: Vec<Choice>,
    column_choices: Vec<Choice>,
    filters: Vec<FilterChoice>,
    years: Vec<YearChoice>,
    whole: bool,
    may_see_whole: bool,
    whole_href: String,
    published_href: String,
    /// Why the public release has no such table, instead of a table.
    unpublished: Option<String>,
    /// The years a public table covers, all together.
    release_years: Option<String>,
    /// Published tables near one that is not: the form of violence by each dimension asked.
    alternatives: Vec<Choice>,
    table: Option<TableView>,
    chart_href: String,
    chart_narrow_href: String,
    map_href: Option<String>,
    /// The map with its legend below it, for phones.
    map_narrow_href: String,
    chart_description: String,
    csv_href: String,
    xlsx_href: String,
    sdmx_href: String,
    sdmx2_href: String,
    note: Option<String>,
    datasets_used: usize,
    /// Who provided the datasets the table counts, each with its State's page.
    providers: Vec<Provider>,
    left_out: Vec<String>,
    signed_in: bool,
}

/// A dataset counted in the table: its provider, and the provider's State with a link to the
/// State's page. Row counts and years of a dataset are not shown, since they could tell a
/// withheld number.
#[derive(Serialize)]
struct Provider {
    name: String,
    country: Option<crate::pages::components::links::Link>,
}

#[derive(Serialize)]
struct Choice {
    value: String,
    label: String,
    selected: bool,
}

#[derive(Serialize)]
struct FilterChoice {
    name: &'static str,
    label: &'static str,
    options: Vec<Choice>,
}

#[derive(Serialize)]
struct YearChoice {
    year: u16,
    from: bool,
    to: bool,
}

pub(crate) async fn show(
    State(state): State<AppState>,
    context: PageContext,
    visitor: Visitor,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Html<String>, PageError> {
    let (snapshot, request, answer) = statistics_view::read_and_answer(&state, &visitor, &params).await?;
    let release_years = if request.whole {
        None
    } else {
        let release = snapshot.release().await;
        Some(format!("{}-{}", release.first_year, release.last_year))
    };
    let mut alternatives: Vec<Choice> = Vec::new();
    let (answer, unpublished) = match answer {
        statistics_view::Answer::Table(answer) => (Some(answer), None),
        statistics_view::Answer::Unpublished(unpublished) => {
            let asked: Vec<Dimension> = [Some(request.query.rows), request.query.columns]
                .into_iter()
                .flatten()
                .chain(request.query.filters.iter().map(|(dimension, _)| *dimension))
                .filter(|dimension| *dimension != Dimension::ViolenceForm)
                .collect();
            for dimension in asked {
                let value = dimension.column().to_owned();
                if alternatives.iter().any(|choice: &Choice| choice.value == value) {
                    continue;
                }
                alternatives.push(Choice {
                    label: state.messages().text(
                        context.language,
                        "statistics-form-by",
                        &[("dimension", lowercase_in(dimension.label_in(context.language), context.language).into())],
                    ),
                    selected: false,
                    value: context
                        .link("/statistics", &[("rows".to_owned(), "form".to_owned()), ("columns".to_owned(), value)]),
                });
            }
            (None, Some(unpublished_reason(&unpublished, state.messages(), context.language)))
        }
    };
    let providers = match &answer {
        Some(answer) => {
            let catalogue = state.catalogue().await?;
            let mut providers: Vec<Provider> = state
                .store()
                .statistics_datasets()
                .await?
                .into_iter()
                .filter(|dataset| answer.datasets_used.contains(&dataset.id))
                .map(|dataset| Provider {
                    country: domain::country::M49::new(dataset.provider_country)
                        .and_then(|m49| catalogue.country(m49))
                        .map(|country| crate::pages::components::links::Link {
                            label: country.short_name(context.language).to_owned(),
                            href: context.link(&format!("/countries/{}#statistics-heading", country.iso3), &[]),
                        }),
                    name: dataset.provider,
                })
                .collect();
            providers.sort_by(|left, right| left.name.cmp(&right.name));
            providers.dedup_by(|left, right| left.name == right.name);
            providers
        }
        None => Vec::new(),
    };
    let classification = snapshot.classification;
    let audience = Audience::of(&visitor);
    let query = &request.query;
    let link = |path: &str, change: &[(&str, Option<&str>)]| -> String {
        let mut pairs: Vec<(String, String)> = request
            .pairs
            .iter()
            .filter(|(name, _)| !change.iter().any(|(changed, _)| changed == name))
            .cloned()
            .collect();
        for (name, value) in change {
            if let Some(value) = value {
                pairs.push(((*name).to_owned(), (*value).to_owned()));
            }
        }
        context.link(path, &pairs)
    };
    let dimension_choices = |selected: Option<Dimension>, with_none: bool| -> Vec<Choice> {
        let mut choices: Vec<Choice> = Dimension::ALL
            .iter()
            .map(|dimension| Choice {
                value: dimension.column().to_owned(),
                label: dimension.label_in(context.language).to_owned(),
                selected: selected == Some(*dimension),
            })
            .collect();
        if with_none {
            choices.insert(
                0,
                Choice {
                    value: "none".into(),
                    label: state.messages().text(context.language, "statistics-no-columns", &[]),
                    selected: selected.is_none(),
                },
            );
        }
        choices
    };
    // A public table can only be sliced along its own dimensions: other filters would ask
    // for a table the release does not publish.
    let offered = |dimension: Dimension| {
        request.whole
            || dimension == query.rows
            || Some(dimension) == query.columns
            || query.filters.iter().any(|(filtered, _)| *filtered == dimension)
    };
    let filters = Dimension::CODED
        .iter()
        .filter(|dimension| offered(**dimension))
        .map(|dimension| {
            let chosen = query.filters.iter().find(|(filtered, _)| filtered == dimension).map(|(_, code)| *code);
            let all = state.messages().text(context.language, "statistics-all-values", &[]);
            let mut options = vec![Choice { value: String::new(), label: all, selected: chosen.is_none() }];
            options.extend(classification.codes(*dimension).codes.iter().enumerate().map(|(position, code)| Choice {
                value: code.id.clone(),
                label: code.name(context.language).to_owned(),
                selected: chosen.is_some_and(|chosen| usize::from(chosen) == position),
            }));
            FilterChoice { name: dimension.column(), label: dimension.label_in(context.language), options }
        })
        .collect();
    let this_year = u16::try_from(crate::treaty_views::today().year()).unwrap_or(u16::MAX);
    let years = (FIRST_YEAR..=this_year)
        .rev()
        .map(|year| YearChoice { year, from: year == query.first_year, to: year == query.last_year })
        .collect();
    let title = table_title(&request, &classification, state.messages(), context.language);
    let page = StatisticsPage {
        row_choices: dimension_choices(Some(query.rows), false),
        column_choices: dimension_choices(query.columns, true),
        filters,
        years,
        whole: request.whole,
        may_see_whole: audience.may_see_whole_tables(),
        whole_href: link("/statistics", &[("view", Some("whole"))]),
        published_href: link("/statistics", &[("view", None)]),
        chart_href: link("/statistics/chart.svg", &[]),
        chart_narrow_href: link("/statistics/chart.svg", &[("layout", Some("narrow"))]),
        map_href: [Some(query.rows), query.columns]
            .iter()
            .any(|dimension| matches!(dimension, Some(Dimension::RefArea | Dimension::Nationality)))
            .then(|| link("/statistics/map.svg", &[])),
        map_narrow_href: link("/statistics/map.svg", &[("layout", Some("narrow"))]),
        chart_description: answer
            .as_ref()
            .map(|answer| chart_description(&answer.table, &classification, &title, state.messages(), context.language))
            .unwrap_or_default(),
        table: answer.as_ref().map(|answer| TableView::of(&answer.table, &classification, context.language)),
        unpublished,
        release_years,
        alternatives,
        csv_href: link("/statistics/table.csv", &[]),
        xlsx_href: link("/statistics/table.xlsx", &[]),
        sdmx_href: link("/statistics/table.sdmx.csv", &[]),
        sdmx2_href: link("/statistics/table.sdmx2.csv", &[]),
        note: answer
            .as_ref()
            .and_then(|answer| answer.table.threshold.filter(|_| answer.table.withheld() > 0))
            .map(|threshold| withheld_note_in(state.messages(), context.language, threshold)),
        datasets_used: answer.as_ref().map_or(0, |answer| answer.datasets_used.len()),
        providers,
        left_out: answer
            .iter()
            .flat_map(|answer| answer.datasets_left_out.iter())
            .map(|(dataset, missing)| {
                let names: Vec<String> =
                    missing.iter().map(|d| lowercase_in(d.label_in(context.language), context.language)).collect();
                state.messages().text(
                    context.language,
                    "statistics-left-out",
                    &[("dataset", dataset.to_string().into()), ("dimensions", names.join(" / ").into())],
                )
            })
            .collect(),
        signed_in: visitor.signed_in().is_some(),
    };
    render(&state, &context, "statistics.html", page)
}

/// The chart in words, for its `alt` text: each row's total, or that it is withheld.
fn chart_description(
    table: &ProtectedTable,
    classification: &Classification,
    title: &str,
    messages: &Messages,
    language: Language,
) -> String {
    let withheld = messages.text(language, "statistics-chart-withheld", &[]);
    let format = LocaleFormat::of(language);
    let rows: Vec<String> = (0..table.rows.codes.len())
        .map(|row| {
            let total = table.row_totals[row]
                .count()
                .map_or_else(|| withheld.clone(), |count| format.number(i64::try_from(count).unwrap_or(i64::MAX)));
            format!("{}: {total}", table.rows.label_in(row, classification, language))
        })
        .collect();
    messages.text(
        language,
        "statistics-chart-description",
        &[("title", title.into()), ("rows", rows.join("; ").into())],
    )
}

/// Why a table is not published, in the reader's language.
fn unpublished_reason(unpublished: &Unpublished, messages: &Messages, language: Language) -> String {
    match unpublished {
        Unpublished::Combination(dimensions) => {
            let names: Vec<String> =
                dimensions.iter().map(|dimension| lowercase_in(dimension.label_in(language), language)).collect();
            messages.text(
                language,
                "statistics-unpublished-combination",
                &[("dimensions", LocaleFormat::of(language).list(&names).into())],
            )
        }
        Unpublished::Years { first_year, last_year } => messages.text(
            language,
            "statistics-unpublished-years",
            &[("years", format!("{first_year}-{last_year}").into())],
        ),
        Unpublished::TooFewIncidents => messages.text(language, "statistics-unpublished-too-few", &[]),
    }
}
