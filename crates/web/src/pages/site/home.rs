//! `GET /`: what vawdb holds, the latest reporting cycle, and ways into the measures.

use axum::{extract::State, response::Html};
use domain::actor::ActorKind;
use serde::Serialize;
use store::Visibility;

use crate::{
    error::PageError,
    page_context::PageContext,
    pages::{
        components::{
            choices::{Choice, sort_choices},
            links::Link,
        },
        rendering::render,
    },
    state::AppState,
};

#[derive(Serialize)]
struct Home {
    measures: i64,
    countries: i64,
    cycles: i64,
    /// The day the latest published measure changed.
    data_as_at: Option<String>,
    about_href: String,
    latest_cycle: Option<LatestCycle>,
    types: Vec<Link>,
    countries_to_choose: Vec<Choice>,
}

#[derive(Serialize)]
struct LatestCycle {
    href: String,
    title: String,
    symbol: Option<String>,
    as_at: String,
    member_states_responded: usize,
}

pub(crate) async fn show(State(state): State<AppState>, context: PageContext) -> Result<Html<String>, PageError> {
    let catalogue = state.catalogue().await?;
    let summary = state.store().summary(Visibility::PublishedOnly).await?;
    let latest = match catalogue.cycles().max_by_key(|cycle| cycle.as_at) {
        Some(cycle) => {
            let replies = state.store().submissions(cycle.code.as_str()).await?;
            let responded = replies
                .iter()
                .filter(|reply| reply.actor_kind == ActorKind::MemberState && reply.submission.received_by(cycle.as_at))
                .count();
            Some(LatestCycle {
                href: context.link(&format!("/cycles/{}", cycle.code), &[]),
                title: cycle.title.clone(),
                symbol: cycle.symbol.clone(),
                as_at: cycle.as_at.to_un_style_in(context.language),
                member_states_responded: responded,
            })
        }
        None => None,
    };
    let types = catalogue
        .thesaurus(domain::vocabulary::VocabularyCode::TYPE_OF_MEASURE)
        .map(|thesaurus| {
            thesaurus
                .roots()
                .map(|term| {
                    crate::pages::components::links::term_link(
                        thesaurus.code().as_str(),
                        &term.code,
                        term.labels.best(context.language),
                        &context,
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    // Only the States with published measures: choosing any other would lead to an empty list.
    let with_measures = state.store().measure_counts_by_country(Visibility::PublishedOnly).await?;
    let mut states: Vec<Choice> = catalogue
        .countries()
        .iter()
        .filter(|country| country.un_status.is_state() && with_measures.contains_key(&country.m49))
        .map(|country| Choice { value: country.iso3.clone(), label: country.short_name(context.language).to_owned() })
        .collect();
    sort_choices(&mut states, context.language);
    let page = Home {
        measures: summary.measures,
        countries: summary.countries_with_measures,
        cycles: summary.cycles,
        data_as_at: summary.data_as_at.map(|date| date.to_un_style_in(context.language)),
        about_href: context.link("/about", &[]),
        latest_cycle: latest,
        types,
        countries_to_choose: states,
    };
    render(&state, &context, "home.html", page)
}
