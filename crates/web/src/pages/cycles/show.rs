//! `GET /cycles/{code}`: a reporting cycle, who replied, and how many Member States had replied
//! as at any date (`?as_at=2009-06-01`, the cycle's own "as at" date by default).

use axum::{
    extract::{Path, RawQuery, State},
    response::Html,
};
use domain::{actor::ActorKind, date::Date};
use serde::Serialize;

use crate::{
    error::PageError,
    list_params::parse_pairs,
    page_context::PageContext,
    pages::{
        components::document_links::{TextPiece, linked_text},
        rendering::render,
    },
    state::AppState,
};

#[derive(Serialize)]
struct CyclePage {
    title: String,
    /// The report's symbol, linked to the document.
    symbol: Option<Vec<TextPiece>>,
    /// The resolution that asked for the report, its symbol linked.
    mandate: Vec<TextPiece>,
    previous_report: Option<Vec<TextPiece>>,
    as_at: String,
    as_at_iso: String,
    cycle_as_at_iso: String,
    requested_on: Option<String>,
    deadline: Option<String>,
    published_on: Option<String>,
    responded_sentence: String,
    member_states: Vec<Reply>,
    organizations: Vec<Reply>,
    measures_href: String,
    /// The secretariat's dashboard of replies.
    replies_href: String,
    report_href: String,
    form_action: String,
}

#[derive(Serialize)]
struct Reply {
    name: String,
    href: Option<String>,
    received_on: String,
    late: bool,
    after_as_at: bool,
}

pub(crate) async fn show(
    State(state): State<AppState>,
    context: PageContext,
    Path(code): Path<String>,
    RawQuery(query): RawQuery,
) -> Result<Html<String>, PageError> {
    let language = context.language;
    let messages = state.messages();
    let cycle = state
        .store()
        .cycle(&code)
        .await?
        .ok_or_else(|| PageError::translated(axum::http::StatusCode::NOT_FOUND, "error-no-such-cycle"))?;
    let as_at = match parse_pairs(query.as_deref()).into_iter().find(|(name, _)| name == "as_at") {
        Some((_, value)) if !value.trim().is_empty() => Date::parse(&value)
            .map_err(|error| crate::list_params::ParamError { parameter: "as_at".into(), message: error.message() })?,
        _ => cycle.as_at,
    };
    let catalogue = state.catalogue().await?;
    let replies = state.store().submissions(cycle.code.as_str()).await?;
    let mut member_states = Vec::new();
    let mut organizations = Vec::new();
    for reply in &replies {
        let Some(actor) = catalogue.actor(&reply.submission.actor) else { continue };
        let country = actor.country.and_then(|m49| catalogue.country(m49)).filter(|_| actor.kind.is_state());
        let row = Reply {
            name: match country {
                Some(country) => country.name_as_at(language, as_at).short_name.clone(),
                None => catalogue.actor_name(actor, language),
            },
            href: country.map(|country| context.link(&format!("/countries/{}", country.iso3), &[])),
            received_on: reply.submission.received_on.to_un_style_in(language),
            late: cycle.deadline.is_some_and(|deadline| reply.submission.received_on > deadline),
            after_as_at: !reply.submission.received_by(as_at),
        };
        if reply.actor_kind == ActorKind::MemberState {
            member_states.push(row);
        } else {
            organizations.push(row);
        }
    }
    locale_format::LocaleFormat::of(language).sort(&mut member_states, |row| &row.name);
    let responded = replies
        .iter()
        .filter(|reply| reply.actor_kind == ActorKind::MemberState && reply.submission.received_by(as_at))
        .count();
    let page = CyclePage {
        title: cycle.title.clone(),
        symbol: cycle.symbol.as_deref().map(linked_text),
        mandate: linked_text(&cycle.mandate),
        previous_report: cycle.previous_report.as_deref().map(linked_text),
        as_at: as_at.to_un_style_in(language),
        as_at_iso: as_at.to_string(),
        cycle_as_at_iso: cycle.as_at.to_string(),
        requested_on: cycle.requested_on.map(|date| date.to_un_style_in(language)),
        deadline: cycle.deadline.map(|date| date.to_un_style_in(language)),
        published_on: cycle.published_on.map(|date| date.to_un_style_in(language)),
        responded_sentence: messages.text(
            language,
            "cycle-responded",
            &[
                ("date", as_at.to_un_style_in(language).into()),
                ("n", (responded as i64).into()),
                ("count", domain::text::un_number(responded as u64).into()),
            ],
        ),
        member_states,
        organizations,
        measures_href: context.link("/search", &[("cycle".into(), cycle.code.to_string())]),
        replies_href: format!("/cycles/{}/replies", cycle.code),
        report_href: context.link(&format!("/cycles/{}/report", cycle.code), &[]),
        form_action: format!("/cycles/{}", cycle.code),
    };
    render(&state, &context, "cycle.html", page)
}
