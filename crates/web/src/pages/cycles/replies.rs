//! `GET /cycles/{code}/replies?as_at=2009-06-01`: the cycle's dashboard for the secretariat:
//! who was asked, who has replied, who is outstanding or late, on any day; "As at <date>,
//! N Member States had responded"; and the form to record a reply with its documents.

use std::collections::BTreeMap;

use axum::{
    extract::{Path, Query, State},
    response::Html,
};
use domain::{actor::ActorCode, country::UnStatus, cycle::ReplyStatus, date::Date, language::Language};
use serde::{Deserialize, Serialize};

use crate::{
    error::PageError, page_context::PageContext, pages::rendering::render, session::Secretariat, state::AppState,
};

#[derive(Deserialize)]
pub(crate) struct DashboardQuery {
    #[serde(default)]
    as_at: String,
}

#[derive(Serialize)]
struct DashboardPage {
    code: String,
    title: String,
    day: String,
    day_un_style: String,
    deadline: Option<String>,
    member_states_responded: usize,
    replied: usize,
    outstanding: usize,
    late: usize,
    rows: Vec<AddresseeRow>,
    /// Whether the cycle records whom it asked; without that list, no row is "not asked".
    has_addressee_list: bool,
    csrf_token: String,
    actors: Vec<Choice>,
    languages: Vec<Choice>,
    today: String,
}

#[derive(Serialize)]
struct AddresseeRow {
    name: String,
    asked: bool,
    status: &'static str,
    received_on: Option<String>,
    language: Option<String>,
    documents: Vec<DocumentLink>,
}

#[derive(Serialize)]
struct DocumentLink {
    href: String,
    label: String,
}

#[derive(Serialize)]
struct Choice {
    value: String,
    label: String,
}

pub(crate) async fn show(
    State(state): State<AppState>,
    context: PageContext,
    secretariat: Secretariat,
    Path(code): Path<String>,
    Query(query): Query<DashboardQuery>,
) -> Result<Html<String>, PageError> {
    let cycle =
        state.store().cycle(&code).await?.ok_or_else(|| PageError::not_found(format!("there is no cycle {code}")))?;
    let today = crate::treaty_views::today();
    let day = if query.as_at.trim().is_empty() {
        today
    } else {
        Date::parse(query.as_at.trim()).map_err(|error| PageError::bad_request(format!("as_at: {error}")))?
    };
    let catalogue = state.catalogue().await?;
    let language = context.language;
    let addressees = state.store().cycle_addressees(&code).await?;
    let submissions = state.store().submissions(&code).await?;
    let documents = state.store().reply_documents(&code).await?;
    let mut actors: BTreeMap<String, (ActorCode, bool)> = BTreeMap::new();
    for actor in &addressees {
        actors.insert(actor.to_string(), (actor.clone(), true));
    }
    for submission in &submissions {
        actors.entry(submission.submission.actor.to_string()).or_insert((submission.submission.actor.clone(), false));
    }
    let mut rows = Vec::new();
    let (mut replied, mut outstanding, mut late) = (0, 0, 0);
    for (code_text, (actor_code, asked)) in &actors {
        let submission = submissions.iter().find(|record| record.submission.actor == *actor_code);
        let status = ReplyStatus::on(day, submission.map(|record| record.submission.received_on), cycle.deadline);
        match status {
            ReplyStatus::Replied { .. } => replied += 1,
            ReplyStatus::Outstanding => outstanding += 1,
            ReplyStatus::Late => late += 1,
        }
        let replied_by_day = matches!(status, ReplyStatus::Replied { .. });
        rows.push(AddresseeRow {
            name: catalogue
                .actor(actor_code)
                .map_or_else(|| code_text.clone(), |actor| catalogue.actor_name(actor, language)),
            asked: *asked || addressees.is_empty(),
            status: status.code(),
            received_on: submission
                .filter(|_| replied_by_day)
                .map(|record| record.submission.received_on.to_un_style_in(language)),
            language: submission
                .filter(|_| replied_by_day)
                .and_then(|record| record.submission.language)
                .map(|language| language.endonym().to_owned()),
            documents: documents
                .iter()
                .filter(|document| replied_by_day && document.actor == *actor_code)
                .map(|document| DocumentLink {
                    href: context.link(&format!("/documents/{}", document.sha256), &[]),
                    label: format!("{} ({} KB)", document.file_name, (document.size_bytes + 1023) / 1024),
                })
                .collect(),
        });
    }
    let format = locale_format::LocaleFormat::of(language);
    rows.sort_by(|a, b| {
        (a.status != "late", a.status != "outstanding")
            .cmp(&(b.status != "late", b.status != "outstanding"))
            .then_with(|| format.compare(&a.name, &b.name))
    });
    let member_states_responded = submissions
        .iter()
        .filter(|record| record.submission.received_on <= day)
        .filter(|record| {
            record
                .actor_country
                .and_then(|m49| catalogue.country(m49))
                .is_some_and(|country| country.un_status == UnStatus::MemberState)
        })
        .count();
    let mut actor_choices: Vec<Choice> = catalogue
        .actors()
        .map(|actor| Choice { value: actor.code.to_string(), label: catalogue.actor_name(actor, language) })
        .collect();
    locale_format::LocaleFormat::of(language).sort(&mut actor_choices, |choice| &choice.label);
    let page = DashboardPage {
        code: cycle.code.to_string(),
        title: cycle.title.clone(),
        day: day.to_string(),
        day_un_style: day.to_un_style_in(language),
        deadline: cycle.deadline.map(|deadline| deadline.to_un_style_in(language)),
        member_states_responded,
        replied,
        outstanding,
        late,
        rows,
        has_addressee_list: !addressees.is_empty(),
        csrf_token: secretariat.0.csrf_token.clone(),
        actors: actor_choices,
        languages: Language::ALL
            .into_iter()
            .map(|language| Choice { value: language.code().to_owned(), label: language.endonym().to_owned() })
            .collect(),
        today: today.to_string(),
    };
    render(&state, &context, "cycle_replies.html", page)
}
