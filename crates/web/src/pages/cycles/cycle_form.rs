//! The form that opens a reporting cycle: its fields as posted, their checks, and the form
//! page that the form's own address and a refused submission both render.

use axum::{
    http::StatusCode,
    response::{IntoResponse, Response},
};
use domain::{
    actor::ActorCode,
    catalogue::Catalogue,
    country::{M49, UnStatus},
    cycle::{CycleCode, ReportingCycle},
    date::Date,
    message::Message,
};
use serde::Serialize;

use crate::{
    error::PageError, page_context::PageContext, pages::rendering::render, session::Secretariat, state::AppState,
};

/// The cycle form as posted.
#[derive(Debug, Clone, Default, Serialize)]
pub(super) struct CycleFields {
    code: String,
    symbol: String,
    mandate: String,
    title: String,
    requested_on: String,
    deadline: String,
    as_at: String,
    /// `member_states`, `region` or `none`.
    states: String,
    region: String,
    entities: Vec<String>,
}

impl CycleFields {
    pub(super) fn from_pairs(pairs: Vec<(String, String)>) -> (CycleFields, String) {
        let mut fields = CycleFields::default();
        let mut token = String::new();
        for (name, value) in pairs {
            let value = value.trim().to_owned();
            match name.as_str() {
                "csrf_token" => token = value,
                "code" => fields.code = value,
                "symbol" => fields.symbol = value,
                "mandate" => fields.mandate = value,
                "title" => fields.title = value,
                "requested_on" => fields.requested_on = value,
                "deadline" => fields.deadline = value,
                "as_at" => fields.as_at = value,
                "states" => fields.states = value,
                "region" => fields.region = value,
                "entity" => fields.entities.push(value),
                _ => {}
            }
        }
        (fields, token)
    }

    /// The cycle and its addressees, or what is wrong, field by field.
    pub(super) fn check(&self, catalogue: &Catalogue) -> Result<(ReportingCycle, Vec<ActorCode>), Vec<CycleProblem>> {
        let mut problems = Vec::new();
        let code =
            CycleCode::parse(&self.code).map_err(|error| problems.push(CycleProblem::new("cycle-code", error))).ok();
        let mut date = |label: &'static str, text: &str, required: bool| -> Option<Date> {
            if text.is_empty() {
                if required {
                    problems.push(CycleProblem::new(label, Message::new("problem-cycle-date-needed", "give a date")));
                }
                return None;
            }
            Date::parse(text).map_err(|error| problems.push(CycleProblem::new(label, error.message()))).ok()
        };
        let requested_on = date("cycle-requested-on", &self.requested_on, false);
        let deadline = date("cycle-deadline", &self.deadline, false);
        let as_at = date("cycle-as-at", &self.as_at, true);
        if self.mandate.is_empty() {
            let message = Message::new("problem-cycle-mandate-needed", "give the resolution that asks for the report");
            problems.push(CycleProblem::new("cycle-mandate", message));
        }
        if self.title.is_empty() {
            problems.push(CycleProblem::new(
                "form-title",
                Message::new("problem-cycle-title-needed", "give the report's title"),
            ));
        }
        if let (Some(requested), Some(due)) = (requested_on, deadline)
            && due < requested
        {
            let message = Message::new("problem-cycle-deadline-before-request", "it comes before the request");
            problems.push(CycleProblem::new("cycle-deadline", message));
        }
        let is_member = |country: &&domain::country::Country| country.un_status == UnStatus::MemberState;
        let mut addressees: Vec<ActorCode> = Vec::new();
        let state_actor = |m49: M49| catalogue.state_actor(m49).map(|actor| actor.code.clone());
        match self.states.as_str() {
            "member_states" => {
                addressees.extend(
                    catalogue.countries().iter().filter(is_member).filter_map(|country| state_actor(country.m49)),
                );
            }
            "region" => match M49::parse(&self.region).and_then(|region| catalogue.region(region).map(|_| region)) {
                Some(region) => addressees.extend(
                    catalogue
                        .countries()
                        .iter()
                        .filter(is_member)
                        .filter(|country| country.regions().any(|of| of == region))
                        .filter_map(|country| state_actor(country.m49)),
                ),
                None => {
                    let region = domain::text::shortened(&self.region);
                    let message = Message::new("problem-cycle-not-a-region", format!("'{region}' is not a region"))
                        .text("value", region);
                    problems.push(CycleProblem::new("cycle-region-states", message));
                }
            },
            _ => {}
        }
        for entity in &self.entities {
            match catalogue.actor_by_code(entity) {
                Some(actor) if !actor.kind.is_state() => addressees.push(actor.code.clone()),
                _ => {
                    let entity = domain::text::shortened(entity);
                    let english = format!("'{entity}' is not a United Nations entity or IOM");
                    let message = Message::new("problem-cycle-not-an-entity", english).text("value", entity);
                    problems.push(CycleProblem::new("cycle-entities", message));
                }
            }
        }
        if addressees.is_empty() && problems.is_empty() {
            let english = "ask the Member States, a region or at least one entity";
            problems.push(CycleProblem::new("cycle-addressees", Message::new("problem-cycle-no-addressees", english)));
        }
        match (code, as_at, problems.is_empty()) {
            (Some(code), Some(as_at), true) => Ok((
                ReportingCycle {
                    code,
                    symbol: Some(self.symbol.clone()).filter(|symbol| !symbol.is_empty()),
                    mandate: self.mandate.clone(),
                    title: self.title.clone(),
                    requested_on,
                    deadline,
                    period_from: None,
                    period_to: None,
                    as_at,
                    published_on: None,
                    previous_report: None,
                },
                addressees,
            )),
            _ => Err(problems),
        }
    }
}

/// What is wrong with one field of the cycle form: the catalogue message that names the field
/// (its label) and the problem.
#[derive(Debug, Clone)]
pub(super) struct CycleProblem {
    label: &'static str,
    message: Message,
}

impl CycleProblem {
    pub(super) fn new(label: &'static str, message: Message) -> CycleProblem {
        CycleProblem { label, message }
    }
}

#[derive(Serialize)]
struct CycleFormPage<'a> {
    csrf_token: &'a str,
    fields: &'a CycleFields,
    /// "Label: problem", in the page's language.
    problems: Vec<String>,
    regions: Vec<Choice>,
    entities: Vec<Choice>,
}

#[derive(Serialize)]
struct Choice {
    value: String,
    label: String,
    checked: bool,
}

pub(super) async fn render_cycle_form(
    state: &AppState,
    context: &PageContext,
    secretariat: &Secretariat,
    fields: &CycleFields,
    problems: Vec<CycleProblem>,
) -> Result<Response, PageError> {
    let catalogue = state.catalogue().await?;
    let language = context.language;
    let messages = state.messages();
    let problems: Vec<String> = problems
        .iter()
        .map(|problem| {
            let label = messages.text(language, problem.label, &[]);
            let text = messages.message(language, &problem.message, &catalogue);
            format!("{label}{}{text}", messages.text(language, "label-separator", &[]))
        })
        .collect();
    let mut regions: Vec<Choice> = catalogue
        .regions()
        .map(|region| Choice {
            value: region.m49.to_string(),
            label: region.names.best(language).to_owned(),
            checked: region.m49.to_string() == fields.region,
        })
        .collect();
    locale_format::LocaleFormat::of(language).sort(&mut regions, |choice| &choice.label);
    let mut entities: Vec<Choice> = catalogue
        .actors()
        .filter(|actor| !actor.kind.is_state())
        .map(|actor| Choice {
            value: actor.code.to_string(),
            label: catalogue.actor_name(actor, language),
            checked: fields.entities.iter().any(|chosen| chosen == actor.code.as_str()),
        })
        .collect();
    locale_format::LocaleFormat::of(language).sort(&mut entities, |choice| &choice.label);
    let status = if problems.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let page = CycleFormPage { csrf_token: &secretariat.0.csrf_token, fields, problems, regions, entities };
    Ok((status, render(state, context, "cycle_form.html", page)?).into_response())
}
