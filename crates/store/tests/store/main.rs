//! The store's test suite. Every test marked with `on_both_databases!` runs twice: on an
//! SQLite file and on a scratch PostgreSQL database, so the two stay interchangeable.

mod support;

mod accounts;

mod change_log;
mod demo_cycle;
mod exchange;
mod measures;
mod reference;
mod schema;
mod shared_state;
mod statistics;
mod treaties;
mod workflow;
