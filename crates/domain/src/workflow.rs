//! The editorial workflow of a measure, and who may do what to which measure.
//!
//! A focal point drafts their own State's measures and submits them; an editor publishes them
//! or sends them back with a comment, and can withdraw a published measure. The public sees
//! published measures only. Every handler asks [`may`] before it reads or writes a measure,
//! so the rules live here, once, and the authorization tests check them route by route.

use crate::{account::Role, country::M49, measure::MeasureState, message::Message};

/// A move from one state to another.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Transition {
    /// A focal point hands a draft to the secretariat: draft → submitted.
    Submit,
    /// An editor publishes: submitted or draft → published.
    Publish,
    /// An editor returns a submitted measure to its focal point, with a comment saying why:
    /// submitted → draft.
    SendBack,
    /// An editor takes a published measure down: published → withdrawn.
    Withdraw,
    /// An editor brings a withdrawn measure back for work: withdrawn → draft.
    Reopen,
}

impl Transition {
    pub const ALL: [Transition; 5] =
        [Transition::Submit, Transition::Publish, Transition::SendBack, Transition::Withdraw, Transition::Reopen];

    pub fn code(self) -> &'static str {
        match self {
            Transition::Submit => "submit",
            Transition::Publish => "publish",
            Transition::SendBack => "send_back",
            Transition::Withdraw => "withdraw",
            Transition::Reopen => "reopen",
        }
    }

    pub fn parse(code: &str) -> Option<Transition> {
        Transition::ALL.into_iter().find(|transition| transition.code() == code)
    }

    /// The state a measure is in after the move, if the move can start from `from`.
    pub fn apply(self, from: MeasureState) -> Option<MeasureState> {
        use MeasureState::{Draft, Published, Submitted, Withdrawn};
        match (self, from) {
            (Transition::Submit, Draft) => Some(Submitted),
            (Transition::Publish, Draft | Submitted) => Some(Published),
            (Transition::SendBack, Submitted) => Some(Draft),
            (Transition::Withdraw, Published) => Some(Withdrawn),
            (Transition::Reopen, Withdrawn) => Some(Draft),
            _ => None,
        }
    }

    /// Whether the move must say why (a measure sent back or withdrawn).
    pub fn needs_comment(self) -> bool {
        matches!(self, Transition::SendBack | Transition::Withdraw)
    }
}

/// Something done to one measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MeasureAction {
    /// Open its page or API record.
    Read,
    /// See its history: every version, including unpublished ones.
    ReadHistory,
    /// Change its content (or restore an earlier version of it).
    Edit,
    Move(Transition),
}

/// The measure an action is about, as far as the rules care.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MeasureAccess {
    pub state: MeasureState,
    /// The country the measure is about; focal points work on their own State's measures.
    pub country: Option<M49>,
}

/// Whether `who` (`None` for the public) may do `action` to a measure.
pub fn may(who: Option<Role>, action: MeasureAction, measure: MeasureAccess) -> bool {
    let published = measure.state == MeasureState::Published;
    match who {
        None | Some(Role::DataProvider { .. }) => action == MeasureAction::Read && published,
        Some(Role::Administrator | Role::Editor) => match action {
            MeasureAction::Read | MeasureAction::ReadHistory | MeasureAction::Edit => true,
            MeasureAction::Move(Transition::Submit) => false,
            MeasureAction::Move(transition) => transition.apply(measure.state).is_some(),
        },
        Some(Role::FocalPoint { country }) => {
            let own = measure.country == Some(country);
            match action {
                MeasureAction::Read => published || own,
                MeasureAction::ReadHistory => own,
                MeasureAction::Edit => own && measure.state == MeasureState::Draft,
                MeasureAction::Move(Transition::Submit) => own && measure.state == MeasureState::Draft,
                MeasureAction::Move(_) => false,
            }
        }
    }
}

/// Whether `who` may write `incoming` by a bulk import, given the stored measure with the
/// same id, if there is one; the error says why not.
pub fn may_import(who: Role, incoming: MeasureAccess, stored: Option<MeasureAccess>) -> Result<(), Message> {
    match who {
        Role::Administrator | Role::Editor => Ok(()),
        Role::DataProvider { .. } => Err(Message::new(
            "problem-import-data-provider",
            "data providers provide statistics; measures are imported by focal points and editors",
        )),
        Role::FocalPoint { country } => {
            if incoming.country != Some(country) {
                Err(Message::new("problem-import-other-state", "a focal point imports their own State's measures only"))
            } else if incoming.state != MeasureState::Draft {
                Err(Message::new(
                    "problem-import-not-a-draft",
                    "focal points import drafts; submit them afterwards and an editor publishes them",
                ))
            } else if stored.is_some_and(|stored| !may(Some(who), MeasureAction::Read, stored)) {
                // Another State's unpublished measure: the answer must not say that it exists,
                // nor whose it is.
                Err(Message::new(
                    "problem-import-id-unavailable",
                    "this id cannot be used for your State's measures; choose another id",
                ))
            } else if stored.is_some_and(|stored| !may(Some(who), MeasureAction::Edit, stored)) {
                Err(Message::new(
                    "problem-import-no-longer-a-draft",
                    "a measure with this id exists and is no longer your State's draft; ask an editor",
                ))
            } else {
                Ok(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_transition_starts_only_where_it_can() {
        let moves: Vec<(&str, &str, &str)> = Transition::ALL
            .into_iter()
            .flat_map(|transition| {
                MeasureState::ALL.into_iter().filter_map(move |from| {
                    transition.apply(from).map(|to| (transition.code(), from.as_str(), to.as_str()))
                })
            })
            .collect();
        assert_eq!(
            moves,
            [
                ("submit", "draft", "submitted"),
                ("publish", "draft", "published"),
                ("publish", "submitted", "published"),
                ("send_back", "submitted", "draft"),
                ("withdraw", "published", "withdrawn"),
                ("reopen", "withdrawn", "draft"),
            ]
        );
        assert_eq!(Transition::parse("send_back"), Some(Transition::SendBack));
        assert_eq!(Transition::parse("delete"), None);
    }
}
