//! `GET /api/v1/cycles/{code}/treaty-parties`: which Member States that replied to a cycle
//! were parties to every one of a set of instruments as at a date: "of the Member States that
//! submitted information, A, B and C had become parties to the Convention and the two
//! Protocols".

use axum::{
    Json,
    extract::{Path, RawQuery, State},
};
use domain::{
    actor::ActorKind,
    text::english_sort_key,
    treaty::{InstrumentCode, Standing, TreatyAction, parties_to_all, status_as_at},
};
use store::TreatyActionFilter;

use crate::{
    api::{
        params::{CycleCode, DateText, InstrumentCodes, LanguageCode, LanguageParam},
        views::{common::CountryRef, cycles::TreatyPartiesResponse},
    },
    error::ApiError,
    list_params::parse_pairs,
    state::AppState,
    treaty_views,
};

/// Respondents of a cycle that were parties to all of a set of instruments.
#[utoipa::path(
    get,
    operation_id = "show_cycle_treaty_parties",
    path = "/api/v1/cycles/{code}/treaty-parties",
    params(
        ("code" = inline(CycleCode), Path, description = "The cycle's code", example = "2009"),
        ("instruments" = inline(InstrumentCodes), Query, description = "Instrument codes, separated by commas", example = "untoc,untoc-trafficking,untoc-smuggling"),
        ("as_at" = inline(Option<DateText>), Query, description = "The date (YYYY-MM-DD); the cycle's as-at date by default"),
        ("lang" = inline(Option<LanguageCode>), Query, description = "The language of names"),
    ),
    responses(
        (status = 200, description = "The respondents grouped", body = TreatyPartiesResponse),
        (status = 400, description = "A parameter cannot be read", body = crate::error::ErrorBody),
        (status = 404, description = "No such cycle", body = crate::error::ErrorBody),
    ),
    tag = "treaties"
)]
pub(crate) async fn show(
    State(state): State<AppState>,
    Path(code): Path<String>,
    RawQuery(query): RawQuery,
) -> Result<Json<TreatyPartiesResponse>, ApiError> {
    let pairs = parse_pairs(query.as_deref());
    let language =
        LanguageParam { lang: pairs.iter().find(|(name, _)| name == "lang").map(|(_, value)| value.clone()) }
            .language()?;
    let cycle = state
        .store()
        .cycle(&code)
        .await?
        .ok_or_else(|| ApiError::not_found(format!("no reporting cycle with code '{code}'")))?;
    let date = treaty_views::as_at(&pairs, cycle.as_at)?;
    let catalogue = state.catalogue().await?;
    let mut instruments = Vec::new();
    for (_, value) in pairs.iter().filter(|(name, _)| name == "instruments") {
        for code in value.split(',').map(str::trim).filter(|code| !code.is_empty()) {
            let instrument = catalogue
                .instrument(code)
                .ok_or_else(|| ApiError::bad_parameter("instruments", format!("unknown instrument '{code}'")))?;
            instruments.push(instrument);
        }
    }
    if instruments.is_empty() {
        return Err(ApiError::bad_parameter("instruments", "give at least one instrument code, such as untoc"));
    }
    let respondents: Vec<_> = state
        .store()
        .submissions(cycle.code.as_str())
        .await?
        .into_iter()
        .filter(|reply| reply.actor_kind == ActorKind::MemberState && reply.submission.received_by(date))
        .filter_map(|reply| reply.actor_country)
        .collect();
    let codes: Vec<InstrumentCode> = instruments.iter().map(|instrument| instrument.code.clone()).collect();
    let actions =
        state.store().treaty_actions(&TreatyActionFilter { instruments: codes.clone(), country: None }).await?;
    let parties = parties_to_all(&actions, &instruments, &respondents, date);
    let reference = |m49| {
        let country = catalogue.country(m49)?;
        Some(CountryRef::as_at(country, language, date))
    };
    let unknown: Vec<_> = respondents
        .iter()
        .copied()
        .filter(|m49| !parties.contains(m49))
        .filter(|m49| {
            instruments.iter().any(|instrument| {
                let own: Vec<&TreatyAction> =
                    actions.iter().filter(|a| a.country == *m49 && a.instrument == instrument.code).collect();
                Standing::of(&status_as_at(&own, instrument, date), instrument, date) == Standing::NoRecord
            })
        })
        .collect();
    let sorted = |countries: Vec<domain::country::M49>| {
        let mut references: Vec<CountryRef> = countries.into_iter().filter_map(reference).collect();
        references.sort_by_cached_key(|country| english_sort_key(&country.name));
        references
    };
    let not_parties = respondents.iter().copied().filter(|m49| !parties.contains(m49)).collect();
    Ok(Json(TreatyPartiesResponse {
        cycle: cycle.code.to_string(),
        as_at: date.to_string(),
        instruments: codes.iter().map(ToString::to_string).collect(),
        parties: sorted(parties),
        not_parties: sorted(not_parties),
        unknown: sorted(unknown),
    }))
}
