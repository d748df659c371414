//! The JSON shapes the API answers with, by resource. They are built from domain values and
//! never are them, so that a change to a domain type cannot change the API unnoticed.

pub(crate) mod common;

pub(crate) mod countries;

pub(crate) mod cycles;

pub(crate) mod imports;

pub(crate) mod instruments;

pub(crate) mod measures;

pub(crate) mod search;

pub(crate) mod treaties;

pub(crate) mod vocabularies;
