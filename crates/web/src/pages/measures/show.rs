//! `GET /measures/{id}`: one measure in full; for those who work on it, also its workflow
//! state and the moves they may make. Anyone else sees published measures only, and a measure
//! they may not see is not found, so that its existence is not told either.

use axum::{
    extract::{Path, State},
    http::HeaderMap,
    response::Html,
};
use domain::{
    measure::TextOrigin,
    workflow::{MeasureAccess, MeasureAction, Transition, may},
};
use serde::Serialize;
use store::Visibility;

use crate::{
    error::PageError,
    page_context::PageContext,
    pages::{
        components::{
            citation::measure_citation,
            document_links::{TextPiece, linked_text},
            links::{Link, actor_link, country_link, language_name, term_links},
            measure_card::reported_in,
        },
        rendering::render,
    },
    session::Visitor,
    state::AppState,
};

/// The measure's text in another language: a link to the page in that language, named in
/// it.
#[derive(Serialize)]
struct OtherLanguage {
    code: &'static str,
    label: String,
    href: String,
}

#[derive(Serialize)]
struct MeasurePage {
    title: String,
    description: String,
    effectiveness: Option<String>,
    /// The language of the text when it is not the page's language.
    text_language: Option<&'static str>,
    /// "Original: English" when the original is known and is not the text shown.
    original_note: Option<String>,
    /// "Unofficial translation…" when the text shown is a translation.
    translation_note: Option<String>,
    other_languages: Vec<OtherLanguage>,
    country: Option<Link>,
    actor: Option<Link>,
    actor_is_state: bool,
    cycle: Option<Link>,
    /// The years the measure covers, as the source gives them.
    years: Option<String>,
    /// "Reported in A/64/152 (2009)": when the information dates from, for measures with
    /// or without years of their own. The record's own dates are in its history only, since
    /// the day a record was imported says nothing of the measure.
    reported_in: Option<String>,
    in_preparation: bool,
    classification: Vec<VocabularyTerms>,
    /// The source, its UN document symbols and addresses linked.
    source: Option<Vec<TextPiece>>,
    external_id: String,
    /// How to cite this measure.
    citation: String,
    api_href: Option<String>,
    workflow: Option<WorkflowPanel>,
}

/// The workflow box, for signed-in users who may see the measure's history.
#[derive(Serialize)]
struct WorkflowPanel {
    state: &'static str,
    version: i64,
    csrf_token: String,
    moves: Vec<MoveButton>,
    history_href: String,
    transitions_action: String,
    edit_href: Option<String>,
    last_comment: Option<String>,
}

#[derive(Serialize)]
struct MoveButton {
    code: &'static str,
    needs_comment: bool,
}

#[derive(Serialize)]
struct VocabularyTerms {
    label: String,
    terms: Vec<Link>,
}

pub(crate) async fn show(
    State(state): State<AppState>,
    context: PageContext,
    visitor: Visitor,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Html<String>, PageError> {
    let not_found = || PageError::translated(axum::http::StatusCode::NOT_FOUND, "error-no-such-measure");
    let id: i64 = id.parse().map_err(|_| not_found())?;
    let record = state.store().measure(id, Visibility::All).await?.ok_or_else(not_found)?;
    let role = visitor.signed_in().map(|signed_in| signed_in.account.role);
    let access = MeasureAccess { state: record.measure.state, country: record.measure.country };
    if !may(role, MeasureAction::Read, access) {
        return Err(not_found());
    }
    let workflow = match visitor.signed_in() {
        Some(signed_in) if may(role, MeasureAction::ReadHistory, access) => {
            let moves = Transition::ALL
                .into_iter()
                .filter(|transition| may(role, MeasureAction::Move(*transition), access))
                .map(|transition| MoveButton { code: transition.code(), needs_comment: transition.needs_comment() })
                .collect();
            let last_comment = state
                .store()
                .measure_transitions(id)
                .await?
                .pop()
                .map(|last| last.comment)
                .filter(|comment| !comment.is_empty());
            Some(WorkflowPanel {
                state: record.measure.state.as_str(),
                version: record.version,
                csrf_token: signed_in.csrf_token.clone(),
                moves,
                history_href: format!("/measures/{id}/history"),
                transitions_action: format!("/measures/{id}/transitions"),
                edit_href: may(role, MeasureAction::Edit, access).then(|| format!("/measures/{id}/edit")),
                last_comment,
            })
        }
        _ => None,
    };
    let catalogue = state.catalogue().await?;
    let measure = &record.measure;
    let language = context.language;
    let text = measure.text(language);
    let text_language = measure.language_of(language);
    let messages = state.messages();
    let other_languages = measure
        .texts
        .keys()
        .filter(|other| **other != text_language)
        .map(|other| OtherLanguage {
            code: other.code(),
            label: language_name(*other).to_owned(),
            href: crate::link_with_language::link_with_language(&format!("/measures/{id}"), &[], Some(*other)),
        })
        .collect();
    let classification = catalogue
        .thesauri()
        .iter()
        .map(|thesaurus| VocabularyTerms {
            label: thesaurus.vocabulary().labels.best(language).to_owned(),
            terms: term_links(measure, thesaurus.code().as_str(), &catalogue, &context),
        })
        .filter(|group| !group.terms.is_empty())
        .collect();
    let cycle = measure.cycle.as_ref().and_then(|code| catalogue.cycle(code.as_str())).map(|cycle| Link {
        label: match &cycle.symbol {
            Some(symbol) => format!("{symbol}: {}", cycle.title),
            None => cycle.title.clone(),
        },
        href: context.link(&format!("/cycles/{}", cycle.code), &[]),
    });
    let actor_is_state = catalogue.actor(&measure.actor).is_some_and(|actor| actor.kind.is_state());
    let page = MeasurePage {
        title: text.title.clone(),
        description: text.description.clone(),
        effectiveness: text.effectiveness.clone(),
        text_language: (text_language != language).then_some(text_language.code()),
        original_note: measure.original_language().filter(|original| *original != language).map(|original| {
            let name = messages.text(language, &format!("text-language-{}", original.code()), &[]);
            messages.text(language, "measure-text-original", &[("language", name.into())])
        }),
        translation_note: match text.origin {
            Some(TextOrigin::OfficialTranslation) => {
                Some(messages.text(language, "measure-text-is-official-translation", &[]))
            }
            Some(TextOrigin::UnofficialTranslation) => {
                Some(messages.text(language, "measure-text-is-unofficial-translation", &[]))
            }
            _ => None,
        },
        other_languages,
        country: country_link(measure, &catalogue, &context),
        actor: actor_link(measure, &catalogue, &context),
        actor_is_state,
        cycle,
        years: measure.years.map(|years| years.to_string()),
        in_preparation: measure.implementation == domain::measure::ImplementationStatus::InPreparation,
        classification,
        reported_in: reported_in(measure, &catalogue, messages, language),
        source: measure.source.as_deref().map(linked_text),
        external_id: measure.external_id.to_string(),
        citation: measure_citation(&state, &headers, &record, &catalogue, language),
        api_href: record.measure.state.is_public().then(|| format!("/api/v1/measures/{id}")),
        workflow,
    };
    render(&state, &context, "measure.html", page)
}
