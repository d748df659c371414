//! Parts that pages of several resources show: links to a country, an actor or a term, a
//! measure's card in a list, pagination, sorted choices for a filter, and the answer to a
//! failed upload.

pub(crate) mod choices;

pub(crate) mod links;

pub(crate) mod measure_card;

pub(crate) mod pagination;

pub(crate) mod uploads;
