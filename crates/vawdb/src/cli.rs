//! The command line: every command, option and exit code, with the help text users see.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

const EXIT_CODES: &str = "\
Exit codes:
  0  success
  1  failure (database unreachable, file unreadable, ...)
  2  wrong command-line usage
  3  the input file is invalid; nothing was written
  4  the store cannot be opened (written by a newer vawdb, or not a vawdb store)
  5  the server cannot listen on the address (already in use)";

/// vawdb: the database of measures against violence against women migrant workers, the
/// reporting cycles that collect them, and the web application that publishes them.
#[derive(Debug, Parser)]
#[command(name = "vawdb", version, about, long_about = None, after_help = EXIT_CODES, propagate_version = true)]
pub(crate) struct Arguments {
    #[command(flatten)]
    pub(crate) store: StoreArguments,

    /// Print warnings and errors only.
    #[arg(long, short, global = true)]
    pub(crate) quiet: bool,

    #[command(subcommand)]
    pub(crate) command: Command,
}

/// Where the store is: an SQLite file in a data folder (the default) or a PostgreSQL database.
#[derive(Debug, Args)]
pub(crate) struct StoreArguments {
    /// The folder that holds the embedded SQLite store (created if missing).
    #[arg(long, global = true, env = "VAWDB_DATA_DIR", default_value = "vawdb-data", value_name = "DIR")]
    pub(crate) data_dir: PathBuf,

    /// A PostgreSQL database instead of the SQLite file: postgres://user@host:5432/database.
    #[arg(long, global = true, env = "VAWDB_DATABASE_URL", value_name = "URL")]
    pub(crate) database_url: Option<String>,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Create the store, or bring an older one up to date, and load the reference data
    /// (countries and their names, regions, vocabularies, United Nations entities and IOM).
    Init,

    /// Initialize the store, load the 2009 demo reporting cycle (A/64/152) and serve the web
    /// application. Loading again changes nothing.
    Demo {
        /// Only load the demo cycle; do not serve.
        #[arg(long)]
        no_serve: bool,

        #[command(flatten)]
        serve: ServeArguments,
    },

    /// Serve the web application and the JSON API.
    Serve {
        #[command(flatten)]
        serve: ServeArguments,
    },

    /// Import cycles, replies and measures from a JSON file in the vawdb exchange format, all
    /// or nothing. Records already in the store (same measure id, same cycle code, same
    /// actor's reply to the same cycle) are updated; importing the same file twice changes
    /// nothing.
    Import {
        /// The JSON file (see docs/exchange-format.md).
        file: PathBuf,

        /// The state of measures whose record does not give one.
        #[arg(long, value_enum, default_value_t = StateArgument::Draft)]
        state: StateArgument,

        /// Check the file and show what would be created or changed, writing nothing.
        #[arg(long)]
        dry_run: bool,
    },

    /// Export cycles, replies and measures as JSON in the vawdb exchange format.
    Export {
        /// Write to this file instead of standard output.
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,

        /// Only this reporting cycle, such as 2009.
        #[arg(long, value_name = "CODE")]
        cycle: Option<String>,

        /// Include measures that are not published (drafts, submitted, withdrawn).
        #[arg(long)]
        include_unpublished: bool,
    },
}

#[derive(Debug, Args)]
pub(crate) struct ServeArguments {
    /// The address to listen on.
    #[arg(long, default_value = "127.0.0.1:8080", value_name = "ADDRESS")]
    pub(crate) listen: String,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub(crate) enum StateArgument {
    Draft,
    Submitted,
    Published,
}
