//! The reference data a store is created with: what the world looks like before anyone has
//! entered a measure.

use crate::{
    actor::Actor,
    country::{Country, Region},
    treaty::{Instrument, TreatyAction},
    vocabulary::Thesaurus,
};

/// Regions, countries, thesauri and actors, as shipped with vawdb and loaded by `init`.
#[derive(Debug, Clone)]
pub struct ReferenceData {
    pub regions: Vec<Region>,
    pub countries: Vec<Country>,
    pub thesauri: Vec<Thesaurus>,
    /// Every actor, the States included (one per Member State and observer State).
    pub actors: Vec<Actor>,
    pub instruments: Vec<Instrument>,
    /// States' actions on the instruments, checked against each other.
    pub treaty_actions: Vec<TreatyAction>,
}
