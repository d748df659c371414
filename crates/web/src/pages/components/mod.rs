//! Parts that pages of several resources show: the words of charts, links to a country, an
//! actor or a term, how to cite a page, sources with their UN documents linked, a measure's
//! card in a list, pagination, sorted choices for a filter, recorded moments written for people,
//! the answer to a failed upload, and a file to download.

pub(crate) mod attachment;

pub(crate) mod chart_wording;

pub(crate) mod choices;

pub(crate) mod citation;

pub(crate) mod document_links;

pub(crate) mod links;

pub(crate) mod measure_card;

pub(crate) mod pagination;

pub(crate) mod timestamps;

pub(crate) mod uploads;
