//! The search index over the 2009 demo cycle: facets and their counts, languages,
//! recall in each language, publication, bad input, and the index's life (rebuilding, following, swapping).

mod bad_input;
mod facets;
mod languages;
mod lifecycle;
mod publication;
mod recall;
mod support;
