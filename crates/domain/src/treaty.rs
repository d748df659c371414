//! International instruments (conventions and protocols) and States' dated actions on them,
//! and the one question everything else asks: was this State a party on that date?
//!
//! A State is a party as at date D when it deposited an instrument of ratification,
//! accession, acceptance, approval or succession (or signed definitively) on or before D, and
//! no denunciation of it had taken effect by D. A denunciation takes effect the number of
//! months after its date that the instrument says (twelve for ILO conventions, UNTOC, its
//! Protocols and ICRMW; see [`Instrument::denunciation_takes_effect_after_months`]).
//!
//! "Party" here counts deposited instruments, as the depositaries' status tables and the
//! Secretary-General's reports do ("149 States had ratified or acceded to"), not the later
//! date on which the treaty enters into force for the State.

use std::{collections::BTreeMap, fmt};

use serde::{Deserialize, Serialize};

use crate::{country::M49, date::Date, language::Labels};

/// An instrument's stable code, such as `untoc`, `untoc-trafficking` or `ilo-c189`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct InstrumentCode(String);

impl InstrumentCode {
    /// Reads a code of lower-case letters, digits and hyphens.
    pub fn parse(text: &str) -> Result<InstrumentCode, String> {
        let valid = (1..=40).contains(&text.len())
            && text.starts_with(|c: char| c.is_ascii_lowercase())
            && text.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if valid {
            Ok(InstrumentCode(text.to_owned()))
        } else {
            Err(format!(
                "'{text}' is not an instrument code: use lower-case letters, digits and hyphens, such as untoc"
            ))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for InstrumentCode {
    type Error = String;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        InstrumentCode::parse(&text)
    }
}

impl From<InstrumentCode> for String {
    fn from(code: InstrumentCode) -> String {
        code.0
    }
}

impl fmt::Display for InstrumentCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&self.0)
    }
}

/// Who keeps an instrument's record of signatures and ratifications.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Depositary {
    /// The Secretary-General of the United Nations (UN Treaty Collection).
    UnSecretaryGeneral,
    /// The Director-General of the International Labour Office (NORMLEX).
    IloDirectorGeneral,
    /// The General Secretariat of the Organization of American States.
    OasGeneralSecretariat,
}

impl Depositary {
    pub const ALL: [Depositary; 3] =
        [Depositary::UnSecretaryGeneral, Depositary::IloDirectorGeneral, Depositary::OasGeneralSecretariat];

    pub fn as_str(self) -> &'static str {
        match self {
            Depositary::UnSecretaryGeneral => "un_secretary_general",
            Depositary::IloDirectorGeneral => "ilo_director_general",
            Depositary::OasGeneralSecretariat => "oas_general_secretariat",
        }
    }

    pub fn parse(text: &str) -> Option<Depositary> {
        Depositary::ALL.into_iter().find(|depositary| depositary.as_str() == text)
    }

    pub fn english_name(self) -> &'static str {
        match self {
            Depositary::UnSecretaryGeneral => "Secretary-General of the United Nations",
            Depositary::IloDirectorGeneral => "Director-General of the International Labour Office",
            Depositary::OasGeneralSecretariat => "General Secretariat of the Organization of American States",
        }
    }
}

/// Whether the actions recorded for an instrument cover every State or only some.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DataCompleteness {
    /// Every State's actions are recorded (up to [`Instrument::complete_as_at`], if given):
    /// counts of parties are true counts.
    Complete,
    /// Only some States' actions are recorded: counts are lower bounds.
    Partial,
}

impl DataCompleteness {
    pub fn as_str(self) -> &'static str {
        match self {
            DataCompleteness::Complete => "complete",
            DataCompleteness::Partial => "partial",
        }
    }

    pub fn parse(text: &str) -> Option<DataCompleteness> {
        [DataCompleteness::Complete, DataCompleteness::Partial].into_iter().find(|c| c.as_str() == text)
    }
}

/// A convention or protocol.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Instrument {
    pub code: InstrumentCode,
    /// The full title by language.
    pub titles: Labels,
    /// The short title by language: "Trafficking Protocol".
    pub short_titles: Labels,
    /// "UNTOC", "ICRMW", "C189".
    pub abbreviation: Option<String>,
    pub depositary: Depositary,
    pub adopted_on: Date,
    pub entry_into_force: Option<Date>,
    /// The convention a protocol belongs to.
    pub parent: Option<InstrumentCode>,
    /// Whether a State must be a party to the parent before it can join (UNTOC's Protocols,
    /// CEDAW's Optional Protocol).
    pub joining_requires_parent: bool,
    /// Months between a denunciation and its effect; `None` when the instrument has no
    /// denunciation clause.
    pub denunciation_takes_effect_after_months: Option<u32>,
    pub completeness: DataCompleteness,
    /// For complete data: the last day the record is known to be complete for every State.
    /// After it, only some States' later actions are recorded. `None`: complete to this day.
    pub complete_as_at: Option<Date>,
}

impl Instrument {
    /// Whether the recorded actions give a true count of parties as at `date`.
    pub fn counts_are_complete_on(&self, date: Date) -> bool {
        self.completeness == DataCompleteness::Complete && self.complete_as_at.is_none_or(|last| date <= last)
    }
}

/// What a State did on an instrument.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TreatyActionKind {
    Signature,
    Ratification,
    Accession,
    Acceptance,
    Approval,
    Succession,
    DefinitiveSignature,
    Denunciation,
    /// Not an action of the State but evidence: an official source records the State as a
    /// party on this date without giving the date it joined (the Secretary-General's report
    /// listing "States parties as at June 2009"). The State counts as a party from this date
    /// until a denunciation takes effect.
    RecordedAsParty,
}

impl TreatyActionKind {
    pub const ALL: [TreatyActionKind; 9] = [
        TreatyActionKind::Signature,
        TreatyActionKind::Ratification,
        TreatyActionKind::Accession,
        TreatyActionKind::Acceptance,
        TreatyActionKind::Approval,
        TreatyActionKind::Succession,
        TreatyActionKind::DefinitiveSignature,
        TreatyActionKind::Denunciation,
        TreatyActionKind::RecordedAsParty,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            TreatyActionKind::Signature => "signature",
            TreatyActionKind::Ratification => "ratification",
            TreatyActionKind::Accession => "accession",
            TreatyActionKind::Acceptance => "acceptance",
            TreatyActionKind::Approval => "approval",
            TreatyActionKind::Succession => "succession",
            TreatyActionKind::DefinitiveSignature => "definitive_signature",
            TreatyActionKind::Denunciation => "denunciation",
            TreatyActionKind::RecordedAsParty => "recorded_as_party",
        }
    }

    pub fn parse(text: &str) -> Option<TreatyActionKind> {
        TreatyActionKind::ALL.into_iter().find(|kind| kind.as_str() == text)
    }

    /// Whether the action makes the State a party (the "ratification-type" actions).
    pub fn makes_party(self) -> bool {
        matches!(
            self,
            TreatyActionKind::Ratification
                | TreatyActionKind::Accession
                | TreatyActionKind::Acceptance
                | TreatyActionKind::Approval
                | TreatyActionKind::Succession
                | TreatyActionKind::DefinitiveSignature
        )
    }
}

/// One dated action of one State on one instrument.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TreatyAction {
    pub country: M49,
    pub instrument: InstrumentCode,
    pub kind: TreatyActionKind,
    pub date: Date,
    /// Reservations, declarations, or remarks on the date.
    pub note: Option<String>,
    /// Where the date comes from.
    pub source: Option<String>,
}

/// A State's standing on one instrument as at a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PartyStatus {
    pub signed_on: Option<Date>,
    /// The ratification-type action that made the State a party, if it is one.
    pub party_since: Option<(TreatyActionKind, Date)>,
    /// A denunciation made on or before the date, and the day it takes or took effect.
    pub denounced: Option<(Date, Date)>,
}

impl PartyStatus {
    pub fn is_party(&self) -> bool {
        self.party_since.is_some()
    }
}

/// A State's standing on an instrument as a person would state it, taking into account how
/// complete the record is: with partial data, the absence of a ratification proves nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "standing", rename_all = "snake_case")]
pub enum Standing {
    Party {
        action: TreatyActionKind,
        since: Date,
    },
    /// Was a party until a denunciation took effect.
    Denounced {
        effective: Date,
    },
    /// Signed, not (yet) a party.
    Signatory {
        signed_on: Date,
    },
    /// Not a party, and the record is complete enough to say so.
    NotParty,
    /// Nothing is recorded, and the record is not complete: the status is unknown.
    NoRecord,
}

impl Standing {
    pub fn of(status: &PartyStatus, instrument: &Instrument, date: Date) -> Standing {
        match (status.party_since, status.signed_on) {
            (Some((action, since)), _) => Standing::Party { action, since },
            (None, _) if status.denounced.is_some() => {
                Standing::Denounced { effective: status.denounced.map_or(date, |(_, effect)| effect) }
            }
            (None, Some(signed_on)) => Standing::Signatory { signed_on },
            (None, None) if instrument.counts_are_complete_on(date) => Standing::NotParty,
            (None, None) => Standing::NoRecord,
        }
    }
}

/// The State's status as at `date`, from its actions on one instrument (in any order).
pub fn status_as_at(actions: &[&TreatyAction], instrument: &Instrument, date: Date) -> PartyStatus {
    let mut sorted: Vec<&TreatyAction> = actions.iter().copied().filter(|action| action.date <= date).collect();
    sorted.sort_by_key(|action| action.date);
    let mut status = PartyStatus { signed_on: None, party_since: None, denounced: None };
    for action in sorted {
        match action.kind {
            TreatyActionKind::Signature => status.signed_on = status.signed_on.or(Some(action.date)),
            TreatyActionKind::Denunciation => {
                let effect = denunciation_effect(instrument, action.date);
                status.denounced = Some((action.date, effect));
                if effect <= date {
                    status.party_since = None;
                }
            }
            kind if kind.makes_party() => {
                status.party_since = Some((kind, action.date));
                status.denounced = None;
            }
            TreatyActionKind::RecordedAsParty if status.party_since.is_none() => {
                status.party_since = Some((TreatyActionKind::RecordedAsParty, action.date));
                status.denounced = None;
            }
            _ => {}
        }
    }
    status
}

/// The day a denunciation made on `date` takes effect.
pub fn denunciation_effect(instrument: &Instrument, date: Date) -> Date {
    match instrument.denunciation_takes_effect_after_months {
        Some(months) => date.add_months(months),
        None => date,
    }
}

/// The status as at `date` of every State with an action on the instrument, by M49 code.
pub fn statuses_as_at(actions: &[TreatyAction], instrument: &Instrument, date: Date) -> Vec<(M49, PartyStatus)> {
    let mut by_country: BTreeMap<M49, Vec<&TreatyAction>> = BTreeMap::new();
    for action in actions.iter().filter(|action| action.instrument == instrument.code) {
        by_country.entry(action.country).or_default().push(action);
    }
    by_country.into_iter().map(|(country, actions)| (country, status_as_at(&actions, instrument, date))).collect()
}

/// The States that were parties as at `date`, from all actions on the instrument.
pub fn parties_as_at(actions: &[TreatyAction], instrument: &Instrument, date: Date) -> Vec<M49> {
    statuses_as_at(actions, instrument, date)
        .into_iter()
        .filter(|(_, status)| status.is_party())
        .map(|(country, _)| country)
        .collect()
}

/// One State's status and standing on one instrument as at a date.
#[derive(Debug, Clone, Copy)]
pub struct InstrumentStanding<'a> {
    pub instrument: &'a Instrument,
    pub status: PartyStatus,
    pub standing: Standing,
}

/// One State's standing on each of `instruments` as at `date`, from that State's actions
/// (actions of other States are ignored).
pub fn standings_as_at<'a>(
    instruments: &'a [Instrument],
    country: M49,
    actions: &[TreatyAction],
    date: Date,
) -> Vec<InstrumentStanding<'a>> {
    instruments
        .iter()
        .map(|instrument| {
            let own: Vec<&TreatyAction> = actions
                .iter()
                .filter(|action| action.instrument == instrument.code && action.country == country)
                .collect();
            let status = status_as_at(&own, instrument, date);
            InstrumentStanding { instrument, status, standing: Standing::of(&status, instrument, date) }
        })
        .collect()
}

/// Those of `among` that were parties to every one of `instruments` as at `date`.
pub fn parties_to_all(actions: &[TreatyAction], instruments: &[&Instrument], among: &[M49], date: Date) -> Vec<M49> {
    let party_sets: Vec<Vec<M49>> =
        instruments.iter().map(|instrument| parties_as_at(actions, instrument, date)).collect();
    among.iter().copied().filter(|country| party_sets.iter().all(|parties| parties.contains(country))).collect()
}

/// The number of parties after each day on which it changed, for a step chart.
pub fn party_count_steps(actions: &[TreatyAction], instrument: &Instrument) -> Vec<(Date, usize)> {
    let mut days: Vec<Date> = actions
        .iter()
        .filter(|action| action.instrument == instrument.code)
        .flat_map(|action| match action.kind {
            TreatyActionKind::Denunciation => Some(denunciation_effect(instrument, action.date)),
            kind if kind.makes_party() || kind == TreatyActionKind::RecordedAsParty => Some(action.date),
            _ => None,
        })
        .collect();
    days.sort();
    days.dedup();
    let mut steps: Vec<(Date, usize)> = Vec::new();
    for day in days {
        let count = parties_as_at(actions, instrument, day).len();
        if steps.last().is_none_or(|(_, previous)| *previous != count) {
            steps.push((day, count));
        }
    }
    steps
}

/// Why a State's actions on an instrument cannot all be true.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ActionError {
    #[error("the {kind} is dated {date}, before the instrument was adopted on {adopted}")]
    BeforeAdoption { kind: &'static str, date: Date, adopted: Date },
    #[error("a second {kind} on {date}: the State has been a party since {since}")]
    AlreadyParty { kind: &'static str, date: Date, since: Date },
    #[error("a denunciation on {date}, but the State was not a party then")]
    DenunciationWithoutParty { date: Date },
    #[error("the instrument has no denunciation clause")]
    NoDenunciationClause,
    #[error("joining on {date} requires being a party to {parent} then, and the State was not")]
    ParentNotJoined { date: Date, parent: InstrumentCode },
    #[error("the same action is recorded twice")]
    Duplicate,
    #[error("the instrument is not known")]
    UnknownInstrument,
    #[error(
        "the {kind} is recorded on {recorded}, and the table says {table}: import with --replace to record the table's date"
    )]
    DateChanged { kind: &'static str, recorded: Date, table: Date },
}

/// Checks that `new` can be added to the State's existing `actions` on `instrument`:
/// no action before adoption, no second ratification while a party, no denunciation without
/// being a party, and, where the instrument requires it, being a party to its parent
/// (`parent_status` gives that status as at the new action's date).
pub fn check_action(
    existing: &[&TreatyAction],
    new: &TreatyAction,
    instrument: &Instrument,
    parent_status: Option<PartyStatus>,
) -> Result<(), ActionError> {
    if existing.iter().any(|action| action.kind == new.kind && action.date == new.date) {
        return Err(ActionError::Duplicate);
    }
    if new.date < instrument.adopted_on {
        return Err(ActionError::BeforeAdoption {
            kind: new.kind.as_str(),
            date: new.date,
            adopted: instrument.adopted_on,
        });
    }
    let before = status_as_at(existing, instrument, new.date);
    if new.kind.makes_party() {
        if let Some((kind, since)) = before.party_since
            && kind != TreatyActionKind::RecordedAsParty
            && before.denounced.is_none()
        {
            return Err(ActionError::AlreadyParty { kind: new.kind.as_str(), date: new.date, since });
        }
        if instrument.joining_requires_parent
            && let Some(parent) = &instrument.parent
            && !parent_status.is_some_and(|status| status.is_party())
        {
            return Err(ActionError::ParentNotJoined { date: new.date, parent: parent.clone() });
        }
    }
    if new.kind == TreatyActionKind::Denunciation {
        if instrument.denunciation_takes_effect_after_months.is_none() {
            return Err(ActionError::NoDenunciationClause);
        }
        if !before.is_party() || before.denounced.is_some() {
            return Err(ActionError::DenunciationWithoutParty { date: new.date });
        }
    }
    Ok(())
}

/// One action of a batch that cannot be added, by its position in the batch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BatchProblem {
    /// The action's position in the batch, or the row it was read from.
    pub position: usize,
    pub action: TreatyAction,
    pub error: ActionError,
}

/// How a batch treats an action that the record has under another date.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BatchConfig {
    /// Record the batch's date in place of the recorded one. Without it, a changed date is a
    /// problem that names both dates, and nothing is written.
    pub replace_changed_dates: bool,
}

/// An action the record has on one date and the batch on another.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateChange {
    pub recorded: TreatyAction,
    pub table: TreatyAction,
}

/// What a batch brings to the record.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BatchOutcome {
    /// New actions, in date order, including those that replace a recorded date.
    pub added: Vec<TreatyAction>,
    /// Actions of the batch the record already had, date for date.
    pub already_recorded: usize,
    /// Recorded actions whose date the batch changes (only with
    /// [`BatchConfig::replace_changed_dates`]).
    pub changed: Vec<DateChange>,
}

/// The actions of a batch that are new, in date order, once checked against each other and
/// against the actions already recorded; actions already recorded are left out, so importing
/// the same table twice adds nothing. A recorded action that the batch dates differently (the
/// same State, instrument and kind of action, on another day the batch does not also give) is
/// a change, refused unless `config` asks to replace it. Either every action passes or the
/// problems are returned.
pub fn check_batch(
    existing: &[TreatyAction],
    batch: &[(usize, TreatyAction)],
    instruments: &[Instrument],
    config: BatchConfig,
) -> Result<BatchOutcome, Vec<BatchProblem>> {
    let mut outcome = BatchOutcome::default();
    let mut problems = Vec::new();
    let mut replaced: Vec<&TreatyAction> = Vec::new();
    let mut ordered: Vec<&(usize, TreatyAction)> = batch.iter().collect();
    // Parents first on a shared date (a Convention and its Protocol deposited the same day),
    // then by date, with ratification-type actions before denunciations.
    ordered.sort_by_key(|(_, action)| {
        (
            action.date,
            instruments.iter().find(|i| i.code == action.instrument).is_some_and(|i| i.parent.is_some()),
            action.kind == TreatyActionKind::Denunciation,
        )
    });
    let same_action = |a: &TreatyAction, b: &TreatyAction| {
        a.country == b.country && a.instrument == b.instrument && a.kind == b.kind && a.date == b.date
    };
    for (position, action) in ordered {
        let Some(instrument) = instruments.iter().find(|instrument| instrument.code == action.instrument) else {
            problems.push(BatchProblem {
                position: *position,
                action: action.clone(),
                error: ActionError::UnknownInstrument,
            });
            continue;
        };
        if existing.iter().chain(outcome.added.iter()).any(|other| same_action(other, action)) {
            outcome.already_recorded += 1;
            continue;
        }
        // The record has this action on another day, and the batch does not give that day. A
        // State that denounced and joined again has two actions of a kind, so a State with a
        // denunciation of the instrument is left to the checks below.
        let denounced = existing.iter().chain(batch.iter().map(|(_, other)| other)).any(|other| {
            other.country == action.country
                && other.instrument == action.instrument
                && other.kind == TreatyActionKind::Denunciation
        });
        let moved = existing.iter().filter(|_| !denounced).find(|recorded| {
            recorded.country == action.country
                && recorded.instrument == action.instrument
                && recorded.kind == action.kind
                && recorded.date != action.date
                && !replaced.iter().any(|gone| same_action(gone, recorded))
                && !batch.iter().any(|(_, other)| same_action(other, recorded))
        });
        if let Some(recorded) = moved {
            if !config.replace_changed_dates {
                problems.push(BatchProblem {
                    position: *position,
                    action: action.clone(),
                    error: ActionError::DateChanged {
                        kind: action.kind.as_str(),
                        recorded: recorded.date,
                        table: action.date,
                    },
                });
                continue;
            }
            replaced.push(recorded);
            outcome.changed.push(DateChange { recorded: recorded.clone(), table: action.clone() });
        }
        let known = |code: &InstrumentCode| -> Vec<&TreatyAction> {
            existing
                .iter()
                .filter(|other| !replaced.iter().any(|gone| same_action(gone, other)))
                .chain(outcome.added.iter())
                .filter(|other| other.country == action.country && &other.instrument == code)
                .collect()
        };
        let same = known(&instrument.code);
        let parent_status = instrument.parent.as_ref().and_then(|parent| {
            let parent_instrument = instruments.iter().find(|i| &i.code == parent)?;
            Some(status_as_at(&known(parent), parent_instrument, action.date))
        });
        match check_action(&same, action, instrument, parent_status) {
            Ok(()) => outcome.added.push(action.clone()),
            Err(error) => problems.push(BatchProblem { position: *position, action: action.clone(), error }),
        }
    }
    if problems.is_empty() {
        Ok(outcome)
    } else {
        problems.sort_by_key(|problem| problem.position);
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    fn instrument(code: &str, parent: Option<&str>, months: Option<u32>) -> Instrument {
        Instrument {
            code: InstrumentCode::parse(code).unwrap(),
            titles: Labels::new(),
            short_titles: Labels::new(),
            abbreviation: None,
            depositary: Depositary::UnSecretaryGeneral,
            adopted_on: date("2000-11-15"),
            entry_into_force: None,
            parent: parent.map(|p| InstrumentCode::parse(p).unwrap()),
            joining_requires_parent: parent.is_some(),
            denunciation_takes_effect_after_months: months,
            completeness: DataCompleteness::Partial,
            complete_as_at: None,
        }
    }

    fn action(country: u16, code: &str, kind: TreatyActionKind, on: &str) -> TreatyAction {
        TreatyAction {
            country: M49::new(country).unwrap(),
            instrument: InstrumentCode::parse(code).unwrap(),
            kind,
            date: date(on),
            note: None,
            source: None,
        }
    }

    #[test]
    fn a_state_is_a_party_from_the_day_of_its_ratification() {
        let untoc = instrument("untoc", None, Some(12));
        let actions = [
            action(31, "untoc", TreatyActionKind::Signature, "2000-12-12"),
            action(31, "untoc", TreatyActionKind::Ratification, "2003-10-30"),
        ];
        let refs: Vec<&TreatyAction> = actions.iter().collect();
        assert!(!status_as_at(&refs, &untoc, date("2003-10-29")).is_party());
        let on_the_day = status_as_at(&refs, &untoc, date("2003-10-30"));
        assert_eq!(on_the_day.party_since, Some((TreatyActionKind::Ratification, date("2003-10-30"))));
        assert_eq!(on_the_day.signed_on, Some(date("2000-12-12")));
        assert!(!status_as_at(&refs, &untoc, date("2001-01-01")).is_party(), "signing does not make a party");
    }

    #[test]
    fn a_denunciation_ends_party_status_when_it_takes_effect() {
        let c097 = instrument("ilo-c097", None, Some(12));
        let actions = [
            action(528, "ilo-c097", TreatyActionKind::Ratification, "2001-01-01"),
            action(528, "ilo-c097", TreatyActionKind::Denunciation, "2008-03-10"),
        ];
        let refs: Vec<&TreatyAction> = actions.iter().collect();
        let pending = status_as_at(&refs, &c097, date("2009-03-09"));
        assert!(pending.is_party(), "still a party the day before the denunciation takes effect");
        assert_eq!(pending.denounced, Some((date("2008-03-10"), date("2009-03-10"))));
        assert!(!status_as_at(&refs, &c097, date("2009-03-10")).is_party());
        assert_eq!(parties_as_at(&actions, &c097, date("2009-06-01")), Vec::<M49>::new());
    }

    #[test]
    fn a_state_recorded_as_a_party_counts_from_that_date_and_a_later_ratification_date_is_accepted() {
        let c111 = instrument("ilo-c111", None, Some(12));
        let recorded = action(643, "ilo-c111", TreatyActionKind::RecordedAsParty, "2009-06-01");
        let refs = [&recorded];
        assert!(!status_as_at(&refs, &c111, date("2009-05-31")).is_party(), "before the record, nothing is known");
        assert_eq!(
            status_as_at(&refs, &c111, date("2009-06-01")).party_since,
            Some((TreatyActionKind::RecordedAsParty, date("2009-06-01")))
        );
        // A ratification dated before the record, found later, takes its place as the start.
        let ratified = action(643, "ilo-c111", TreatyActionKind::Ratification, "2003-05-04");
        assert!(check_action(&[&recorded], &ratified, &c111, None).is_ok());
        let both = [&ratified, &recorded];
        assert_eq!(
            status_as_at(&both, &c111, date("2010-01-01")).party_since,
            Some((TreatyActionKind::Ratification, date("2003-05-04")))
        );
    }

    #[test]
    fn standing_tells_apart_not_a_party_and_not_known() {
        let mut partial = instrument("ilo-c111", None, Some(12));
        let nothing = PartyStatus { signed_on: None, party_since: None, denounced: None };
        assert_eq!(Standing::of(&nothing, &partial, date("2009-06-01")), Standing::NoRecord);
        partial.completeness = DataCompleteness::Complete;
        partial.complete_as_at = Some(date("2013-05-17"));
        assert_eq!(Standing::of(&nothing, &partial, date("2009-06-01")), Standing::NotParty);
        assert_eq!(
            Standing::of(&nothing, &partial, date("2020-01-01")),
            Standing::NoRecord,
            "after the record's last complete day"
        );
        let c097 = instrument("ilo-c097", None, Some(12));
        let actions = [
            action(528, "ilo-c097", TreatyActionKind::Ratification, "2001-01-01"),
            action(528, "ilo-c097", TreatyActionKind::Denunciation, "2008-03-10"),
        ];
        let refs: Vec<&TreatyAction> = actions.iter().collect();
        let status = status_as_at(&refs, &c097, date("2010-01-01"));
        assert_eq!(
            Standing::of(&status, &c097, date("2010-01-01")),
            Standing::Denounced { effective: date("2009-03-10") }
        );
    }

    #[test]
    fn succession_makes_a_party_and_steps_count_parties_over_time() {
        let c111 = instrument("ilo-c111", None, Some(12));
        let actions = [
            action(203, "ilo-c111", TreatyActionKind::Succession, "2001-01-01"),
            action(703, "ilo-c111", TreatyActionKind::Succession, "2001-01-01"),
            action(31, "ilo-c111", TreatyActionKind::Ratification, "2002-05-19"),
            action(31, "ilo-c111", TreatyActionKind::Signature, "2001-02-01"),
        ];
        assert_eq!(parties_as_at(&actions, &c111, date("2001-06-01")).len(), 2);
        assert_eq!(party_count_steps(&actions, &c111), vec![(date("2001-01-01"), 2), (date("2002-05-19"), 3)]);
    }

    #[test]
    fn impossible_actions_are_refused() {
        let untoc = instrument("untoc", None, Some(12));
        let protocol = instrument("untoc-trafficking", Some("untoc"), Some(12));
        let ratified = action(31, "untoc", TreatyActionKind::Ratification, "2003-10-30");
        let early = action(31, "untoc", TreatyActionKind::Signature, "1999-01-01");
        assert!(matches!(check_action(&[], &early, &untoc, None), Err(ActionError::BeforeAdoption { .. })));
        let again = action(31, "untoc", TreatyActionKind::Accession, "2005-01-01");
        assert!(matches!(check_action(&[&ratified], &again, &untoc, None), Err(ActionError::AlreadyParty { .. })));
        let denounce = action(31, "untoc", TreatyActionKind::Denunciation, "2001-01-01");
        assert!(matches!(
            check_action(&[&ratified], &denounce, &untoc, None),
            Err(ActionError::DenunciationWithoutParty { .. })
        ));
        let join_protocol = action(31, "untoc-trafficking", TreatyActionKind::Accession, "2003-11-01");
        assert!(matches!(
            check_action(
                &[],
                &join_protocol,
                &protocol,
                Some(PartyStatus { signed_on: None, party_since: None, denounced: None })
            ),
            Err(ActionError::ParentNotJoined { .. })
        ));
        let parent = status_as_at(&[&ratified], &untoc, join_protocol.date);
        assert!(check_action(&[], &join_protocol, &protocol, Some(parent)).is_ok());
        let cedaw = instrument("cedaw", None, None);
        let cedaw_party = action(31, "cedaw", TreatyActionKind::Accession, "2001-01-01");
        let leave = action(31, "cedaw", TreatyActionKind::Denunciation, "2002-01-01");
        assert_eq!(check_action(&[&cedaw_party], &leave, &cedaw, None), Err(ActionError::NoDenunciationClause));
    }
}

#[cfg(test)]
mod batch_tests {
    use super::*;

    fn instrument(code: &str, parent: Option<&str>) -> Instrument {
        Instrument {
            code: InstrumentCode::parse(code).unwrap(),
            titles: Labels::new(),
            short_titles: Labels::new(),
            abbreviation: None,
            depositary: Depositary::UnSecretaryGeneral,
            adopted_on: Date::parse("2000-11-15").unwrap(),
            entry_into_force: None,
            parent: parent.map(|p| InstrumentCode::parse(p).unwrap()),
            joining_requires_parent: parent.is_some(),
            denunciation_takes_effect_after_months: Some(12),
            completeness: DataCompleteness::Partial,
            complete_as_at: None,
        }
    }

    fn action(country: u16, code: &str, kind: TreatyActionKind, on: &str) -> TreatyAction {
        TreatyAction {
            country: M49::new(country).unwrap(),
            instrument: InstrumentCode::parse(code).unwrap(),
            kind,
            date: Date::parse(on).unwrap(),
            note: None,
            source: None,
        }
    }

    #[test]
    fn a_convention_and_its_protocol_on_the_same_day_are_accepted_in_any_order() {
        let instruments = [instrument("untoc", None), instrument("untoc-trafficking", Some("untoc"))];
        let batch = vec![
            (1, action(31, "untoc-trafficking", TreatyActionKind::Ratification, "2003-10-30")),
            (2, action(31, "untoc", TreatyActionKind::Ratification, "2003-10-30")),
        ];
        assert_eq!(check_batch(&[], &batch, &instruments, BatchConfig::default()).unwrap().added.len(), 2);
    }

    #[test]
    fn a_second_import_adds_nothing_and_a_conflict_names_its_row() {
        let instruments = [instrument("untoc", None), instrument("untoc-trafficking", Some("untoc"))];
        let existing = [action(31, "untoc", TreatyActionKind::Ratification, "2003-10-30")];
        let again = vec![(4, action(31, "untoc", TreatyActionKind::Ratification, "2003-10-30"))];
        let outcome = check_batch(&existing, &again, &instruments, BatchConfig::default()).unwrap();
        assert!(outcome.added.is_empty());
        assert_eq!(outcome.already_recorded, again.len());
        let conflict = vec![
            (7, action(31, "untoc", TreatyActionKind::Accession, "2004-01-01")),
            (9, action(48, "untoc-trafficking", TreatyActionKind::Accession, "2004-06-07")),
        ];
        let problems = check_batch(&existing, &conflict, &instruments, BatchConfig::default()).unwrap_err();
        assert_eq!(problems.iter().map(|p| p.position).collect::<Vec<_>>(), [7, 9]);
        assert!(matches!(problems[1].error, ActionError::ParentNotJoined { .. }));
    }

    #[test]
    fn a_changed_date_is_refused_with_both_dates_unless_the_batch_replaces_it() {
        let instruments = [instrument("untoc", None)];
        let existing = [
            action(31, "untoc", TreatyActionKind::Signature, "2000-12-12"),
            action(31, "untoc", TreatyActionKind::Ratification, "2003-10-30"),
        ];
        let table = vec![
            (2, action(31, "untoc", TreatyActionKind::Signature, "2000-12-12")),
            (3, action(31, "untoc", TreatyActionKind::Ratification, "2003-11-30")),
        ];
        let problems = check_batch(&existing, &table, &instruments, BatchConfig::default()).unwrap_err();
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].position, 3);
        assert_eq!(
            problems[0].error.to_string(),
            "the ratification is recorded on 2003-10-30, and the table says 2003-11-30: import with --replace to record the table's date"
        );
        let outcome =
            check_batch(&existing, &table, &instruments, BatchConfig { replace_changed_dates: true }).unwrap();
        assert_eq!(outcome.already_recorded, 1);
        assert_eq!(outcome.added, [table[1].1.clone()]);
        assert_eq!(outcome.changed, [DateChange { recorded: existing[1].clone(), table: table[1].1.clone() }]);
    }
}
