//! The web application's test suite: one module per group of routes, each request going
//! through the real router over a real SQLite store loaded with the 2009 demo cycle.

mod support;

mod api_countries;
mod api_cycles;
mod api_imports;
mod api_instruments;
mod api_measures;
mod api_openapi;
mod api_search;
mod api_vocabularies;
mod authorization;
mod html_checker;
mod page_about;
mod page_admin;
mod page_countries;
mod page_cycle_replies;
mod page_cycles;
mod page_home;
mod page_import;
mod page_instruments;
mod page_languages;
mod page_measure_form;
mod page_measures;
mod page_report;
mod page_search;
mod page_search_export;
mod page_sign_in;
mod page_statistics;
mod publication;
mod security;
