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

    /// Import cycles, replies and measures from a JSON file in the vawdb exchange format, or
    /// measures from a CSV or XLSX measure table, all or nothing. Records already in the store
    /// (same measure id, same cycle code, same actor's reply to the same cycle) are updated;
    /// importing the same file twice changes nothing.
    Import {
        /// The JSON file (see docs/exchange-format.md), or a .csv or .xlsx measure table (see
        /// docs/measure-table.md).
        file: PathBuf,

        /// The workbook sheet to read (the first by default).
        #[arg(long)]
        sheet: Option<String>,

        /// The state of measures whose record does not give one.
        #[arg(long, value_enum, default_value_t = StateArgument::Draft)]
        state: StateArgument,

        /// Check the file and show what would be created or changed, writing nothing.
        #[arg(long)]
        dry_run: bool,
    },

    /// Rebuild the search index from the store into a new folder and swap it in. Searches
    /// go on from the old index meanwhile; a running server switches to the new one within a
    /// second. Needed only after a crash has damaged the index (the server also rebuilds a
    /// missing or unreadable index when it starts).
    Reindex,

    /// Treaties: instruments, States' status as at any date, and importing status tables.
    #[command(subcommand)]
    Treaty(TreatyCommand),

    /// Compile a cycle's report from a template (the default reproduces A/64/152), or check a
    /// report edited by hand against today's data (`vawdb report check`).
    Report(ReportArguments),

    /// Accounts: add the first administrator, list accounts, disable one, reset a password.
    #[command(subcommand)]
    User(UserCommand),

    /// Incident statistics: import a provider's records or counts, list datasets, publish
    /// one, or generate realistic test records.
    #[command(subcommand)]
    Statistics(StatisticsCommand),

    /// Back up the whole SQLite store into one file while it serves: a consistent snapshot of
    /// the database (accounts, measures, statistics, the change log) and the replies'
    /// documents, each with its SHA-256 in a manifest. Restore it with `vawdb restore`.
    Backup {
        /// The file to write; it must not exist.
        file: PathBuf,
    },

    /// Restore a file written by `vawdb backup` into a new data folder (--data-dir), checking
    /// every byte against the backup's manifest. The search index is built when vawdb next
    /// serves.
    Restore {
        /// The backup file.
        file: PathBuf,
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

impl StoreArguments {
    /// The folder of the search index: always in the data folder, whichever the store is.
    pub(crate) fn search_folder(&self) -> PathBuf {
        self.data_dir.join("search")
    }

    /// The folder of the replies' documents, each named by its SHA-256: always in the data
    /// folder, whichever the store is.
    pub(crate) fn documents_folder(&self) -> PathBuf {
        self.data_dir.join("documents")
    }

    /// Where the site identity is read from when `--site-config` does not say.
    pub(crate) fn default_site_config(&self) -> PathBuf {
        self.data_dir.join("site.toml")
    }
}

#[derive(Debug, Args)]
pub(crate) struct ServeArguments {
    /// The address to listen on.
    #[arg(long, default_value = "127.0.0.1:8080", value_name = "ADDRESS")]
    pub(crate) listen: String,

    /// Mark cookies Secure (sent over HTTPS only). Turn on whenever users reach vawdb through
    /// HTTPS, as they must anywhere but on this machine.
    #[arg(long, env = "VAWDB_SECURE_COOKIES")]
    pub(crate) secure_cookies: bool,

    /// The site's name in each language, short name, logo, about text, publisher, contact and
    /// public address (see docs/deployment.md). By default `site.toml` in the data folder,
    /// when there is one; without it the site uses its neutral built-in name.
    #[arg(long, value_name = "FILE", env = "VAWDB_SITE_CONFIG")]
    pub(crate) site_config: Option<PathBuf>,

    /// Megabytes of recent API search answers to keep, to answer the same search again at
    /// once while nothing has changed; 0 keeps none.
    #[arg(long, default_value_t = 32, value_name = "MB", env = "VAWDB_SEARCH_CACHE_MB")]
    pub(crate) search_cache_mb: usize,
}

#[derive(Debug, Subcommand)]
pub(crate) enum UserCommand {
    /// Create an account. Without --password-stdin a password is generated and printed once.
    Add {
        /// The name to sign in with, such as an e-mail address.
        #[arg(long)]
        username: String,
        /// The person's name, as pages show it.
        #[arg(long)]
        name: String,
        /// administrator, editor, focal_point or data_provider.
        #[arg(long)]
        role: String,
        /// For focal points and data providers: the State they act for (ISO alpha-3 or
        /// alpha-2 code, or M49 code).
        #[arg(long)]
        country: Option<String>,
        /// Read the password from the first line of standard input instead of generating one.
        #[arg(long)]
        password_stdin: bool,
    },

    /// List every account with its role and state.
    List,

    /// Disable an account and end its sessions; its history stays.
    Disable { username: String },

    /// Give an account a new generated password, printed once, and end its sessions.
    ResetPassword { username: String },
}

#[derive(Debug, Subcommand)]
pub(crate) enum StatisticsCommand {
    /// Import a CSV or XLSX file of incident records (one row per incident) or counts (a
    /// `count` column) as one dataset, all or nothing (see docs/incident-statistics.md).
    Import {
        /// The .csv or .xlsx file.
        file: PathBuf,
        /// The organisation the data comes from, such as "Kenya National Police Service".
        #[arg(long)]
        provider: String,
        /// The provider's State (ISO alpha-3 or alpha-2 code, or M49 code).
        #[arg(long)]
        country: String,
        /// Counts from 1 to this minus one are withheld from published tables.
        #[arg(long, default_value_t = 11)]
        threshold: u64,
        /// Publish the dataset at once instead of leaving it a draft for an editor.
        #[arg(long)]
        publish: bool,
        /// The workbook sheet to read (the first by default).
        #[arg(long)]
        sheet: Option<String>,
    },

    /// List the datasets with their provider, size and state.
    List,

    /// Publish a dataset, withdraw it, or send it back to draft.
    SetState {
        /// The dataset's number, as `vawdb statistics list` shows it.
        dataset: i64,
        #[arg(value_enum)]
        state: DatasetStateArgument,
    },

    /// Write realistic, seeded incident records as a CSV upload, for trials and benchmarks.
    Generate {
        /// How many records.
        #[arg(long, default_value_t = 100_000)]
        records: u64,
        /// The seed: the same seed gives the same records.
        #[arg(long, default_value_t = 2026)]
        seed: u64,
        /// The file to write.
        #[arg(long)]
        output: PathBuf,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub(crate) enum DatasetStateArgument {
    Draft,
    Published,
    Withdrawn,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub(crate) enum StateArgument {
    Draft,
    Submitted,
    Published,
}

#[derive(Debug, Subcommand)]
pub(crate) enum TreatyCommand {
    /// List the instruments with their number of parties as at a date.
    Instruments {
        #[command(flatten)]
        date: AsAtArgument,
    },

    /// One State's status on one instrument as at a date.
    Status {
        /// ISO 3166 alpha-3 or alpha-2 code, or M49 code.
        #[arg(long)]
        country: String,
        /// The instrument's code, such as untoc or ilo-c189 (see `vawdb treaty instruments`).
        #[arg(long)]
        instrument: String,
        #[command(flatten)]
        date: AsAtArgument,
    },

    /// The States parties to an instrument as at a date.
    Parties {
        #[arg(long)]
        instrument: String,
        #[command(flatten)]
        date: AsAtArgument,
        /// Print only the number of parties.
        #[arg(long)]
        count: bool,
    },

    /// A State's status on every instrument as at a date.
    Profile {
        #[arg(long)]
        country: String,
        #[command(flatten)]
        date: AsAtArgument,
    },

    /// Which Member States that replied to a cycle were parties to every one of a set of
    /// instruments (as at the cycle's as-at date unless --as-at is given).
    Respondents {
        #[arg(long, value_name = "CODE")]
        cycle: String,
        /// Instrument codes separated by commas, such as untoc,untoc-trafficking.
        #[arg(long, value_delimiter = ',', required = true)]
        instruments: Vec<String>,
        #[command(flatten)]
        date: AsAtArgument,
    },

    /// Import a depositary's status table, all or nothing: the UN Treaty Collection's
    /// (Participant, Signature, Ratification / Accession (a) / ...) or ILO NORMLEX's
    /// (Country, Date, Status, Note), pasted into a .txt file or saved as .csv or .xlsx.
    Import {
        /// The table's layout.
        #[arg(long, value_enum)]
        format: StatusTableFormat,
        /// The instrument the table is about.
        #[arg(long)]
        instrument: String,
        /// The file: .txt (text copied from the web page), .csv, .tsv or .xlsx.
        file: PathBuf,
        /// The workbook sheet to read (the first by default).
        #[arg(long)]
        sheet: Option<String>,
        /// Check the table and show what would be added, writing nothing.
        #[arg(long)]
        dry_run: bool,
        /// Where the table gives another date for an action already recorded, record the
        /// table's date (the old one stays in the change log). Without it such a table is
        /// refused, and the refusal names both dates.
        #[arg(long)]
        replace: bool,
    },
}

#[derive(Debug, Args)]
pub(crate) struct AsAtArgument {
    /// The date (YYYY-MM-DD); today by default.
    #[arg(long, value_name = "DATE")]
    pub(crate) as_at: Option<String>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub(crate) enum StatusTableFormat {
    /// The UN Treaty Collection's status table.
    Untc,
    /// The ILO NORMLEX table of ratifications of a convention.
    Normlex,
}

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub(crate) struct ReportArguments {
    #[command(subcommand)]
    pub(crate) check: Option<ReportCheck>,

    /// The reporting cycle, such as 2009.
    #[arg(long, value_name = "CODE", required = false)]
    pub(crate) cycle: Option<String>,

    /// The template (Markdown with minijinja expressions); the built-in default of the
    /// report's language when absent.
    #[arg(long, value_name = "FILE")]
    pub(crate) template: Option<PathBuf>,

    /// The language of the report: ar, zh, en, fr, ru or es. State names, their order and
    /// articles, numbers, dates and the masthead follow it. English by default.
    #[arg(long, value_name = "CODE", value_parser = parse_un_language)]
    pub(crate) language: Option<domain::language::Language>,

    /// The output format; by default taken from the output file's extension.
    #[arg(long, value_enum)]
    pub(crate) format: Option<ReportFormat>,

    /// The file to write; the lists the report shows are saved beside it (FILE.lists.json)
    /// for `vawdb report check`. Standard output when absent (Markdown and HTML only).
    #[arg(long, short, value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub(crate) enum ReportCheck {
    /// List every State list of a report, edited or not since it was compiled, that no longer
    /// matches the data, and why.
    Check {
        /// The report as it is now: .md, .txt, .html or .docx.
        file: PathBuf,
        /// The lists saved when the report was compiled; FILE.lists.json by default.
        #[arg(long, value_name = "FILE")]
        lists: Option<PathBuf>,
        /// The template the report was compiled from; the built-in default when absent.
        #[arg(long, value_name = "FILE")]
        template: Option<PathBuf>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ReportFormat {
    Html,
    Markdown,
    Docx,
    Pdf,
}

/// A UN language code, for `--language`.
fn parse_un_language(code: &str) -> Result<domain::language::Language, String> {
    domain::language::Language::from_code(code)
        .ok_or_else(|| format!("'{code}' is not a UN language; use one of {}", domain::language::Language::all_codes()))
}
