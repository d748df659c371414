//! The `vawdb` command's test suite: the real binary, run as a user would run it.

mod support;

mod backup;
mod demo_and_serve;
mod help;
mod import;
mod init_and_export;
mod instances;
mod postgres;
mod reindex;
mod report;
mod statistics;
mod treaty;
mod user;
