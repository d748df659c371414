//! `vawdb treaty ...`: instruments, status as at a date, parties, profiles, respondents, and
//! importing depositaries' status tables.

use std::path::Path;

use domain::{
    actor::ActorKind,
    catalogue::Catalogue,
    country::Country,
    date::Date,
    language::Language,
    status_table::{self, StatusTable, TableProblem},
    text::english_sort_key,
    treaty::{
        BatchConfig, Instrument, InstrumentCode, Standing, TreatyAction, parties_as_at, parties_to_all, status_as_at,
    },
};
use store::{Author, ImportMode, Store, TreatyActionFilter, TreatyImport};

use crate::{
    cli::{StatusTableFormat, StoreArguments, TreatyCommand},
    failure::{EXIT_INVALID_INPUT, Failure},
};

pub(crate) async fn run(arguments: &StoreArguments, command: TreatyCommand) -> Result<(), Failure> {
    let store = super::open_store(arguments).await?;
    super::load_reference(&store).await?;
    let catalogue = store.catalogue().await?;
    let result = match command {
        TreatyCommand::Instruments { date } => instruments(&store, &catalogue, as_at(date.as_at.as_deref())?).await,
        TreatyCommand::Status { country, instrument, date } => {
            status(
                &store,
                find_country(&catalogue, &country)?,
                find_instrument(&catalogue, &instrument)?,
                as_at(date.as_at.as_deref())?,
            )
            .await
        }
        TreatyCommand::Parties { instrument, date, count } => {
            parties(&store, &catalogue, find_instrument(&catalogue, &instrument)?, as_at(date.as_at.as_deref())?, count)
                .await
        }
        TreatyCommand::Profile { country, date } => {
            profile(&store, &catalogue, find_country(&catalogue, &country)?, as_at(date.as_at.as_deref())?).await
        }
        TreatyCommand::Respondents { cycle, instruments, date } => {
            respondents(&store, &catalogue, &cycle, &instruments, date.as_at.as_deref()).await
        }
        TreatyCommand::Import { format, instrument, file, sheet, dry_run, replace } => {
            let config = ImportConfig { dry_run, replace };
            import(&store, &catalogue, format, find_instrument(&catalogue, &instrument)?, &file, sheet, config).await
        }
    };
    store.close().await;
    result
}

fn invalid(message: impl Into<String>) -> Failure {
    Failure::new(EXIT_INVALID_INPUT, message)
}

fn as_at(text: Option<&str>) -> Result<Date, Failure> {
    match text {
        Some(text) => Date::parse(text).map_err(|error| invalid(format!("--as-at: {error}"))),
        None => {
            let today = time::OffsetDateTime::now_utc().date();
            Date::from_calendar_date(today.year(), u8::from(today.month()), today.day())
                .ok_or_else(|| Failure::general("the clock gives an impossible date"))
        }
    }
}

fn find_country<'a>(catalogue: &'a Catalogue, code: &str) -> Result<&'a Country, Failure> {
    catalogue.country_by_code(code).ok_or_else(|| {
        invalid(format!("--country: unknown country '{code}': give an ISO 3166 alpha-3 code such as AZE"))
    })
}

fn find_instrument<'a>(catalogue: &'a Catalogue, code: &str) -> Result<&'a Instrument, Failure> {
    catalogue.instrument(code).ok_or_else(|| {
        let known: Vec<&str> = catalogue.instruments().iter().map(|i| i.code.as_str()).collect();
        invalid(format!("unknown instrument '{code}' (known: {})", known.join(", ")))
    })
}

async fn actions_of(
    store: &Store,
    instruments: Vec<InstrumentCode>,
    country: Option<domain::country::M49>,
) -> Result<Vec<TreatyAction>, Failure> {
    Ok(store.treaty_actions(&TreatyActionFilter { instruments, country }).await?)
}

fn standing_words(standing: Standing) -> String {
    match standing {
        Standing::Party { action, since } => {
            format!("party since {} ({})", since.to_un_style(), action.as_str().replace('_', " "))
        }
        Standing::Denounced { effective } => format!("denounced, with effect from {}", effective.to_un_style()),
        Standing::Signatory { signed_on } => format!("signed on {}; not a party", signed_on.to_un_style()),
        Standing::NotParty => "not a party".to_owned(),
        Standing::NoRecord => "no action recorded (this instrument's record is incomplete)".to_owned(),
    }
}

fn count_words(instrument: &Instrument, date: Date, count: usize) -> String {
    if instrument.counts_are_complete_on(date) { count.to_string() } else { format!("at least {count}") }
}

async fn instruments(store: &Store, catalogue: &Catalogue, date: Date) -> Result<(), Failure> {
    let actions = actions_of(store, Vec::new(), None).await?;
    println!("Parties as at {}:", date.to_un_style());
    for instrument in catalogue.instruments() {
        let count = parties_as_at(&actions, instrument, date).len();
        println!(
            "  {:<20} {:>12}  {}",
            instrument.code.as_str(),
            count_words(instrument, date, count),
            instrument.titles.best(Language::English)
        );
    }
    Ok(())
}

async fn status(store: &Store, country: &Country, instrument: &Instrument, date: Date) -> Result<(), Failure> {
    let actions = actions_of(store, vec![instrument.code.clone()], Some(country.m49)).await?;
    let own: Vec<&TreatyAction> = actions.iter().collect();
    let standing = Standing::of(&status_as_at(&own, instrument, date), instrument, date);
    println!(
        "{} as at {}: {}",
        country.name_as_at(Language::English, date).short_name,
        date.to_un_style(),
        standing_words(standing)
    );
    Ok(())
}

async fn parties(
    store: &Store,
    catalogue: &Catalogue,
    instrument: &Instrument,
    date: Date,
    count_only: bool,
) -> Result<(), Failure> {
    let actions = actions_of(store, vec![instrument.code.clone()], None).await?;
    let parties = parties_as_at(&actions, instrument, date);
    if count_only {
        println!("{}", count_words(instrument, date, parties.len()));
        return Ok(());
    }
    let mut names: Vec<String> = parties
        .iter()
        .filter_map(|m49| catalogue.country(*m49))
        .map(|c| c.name_as_at(Language::English, date).short_name.clone())
        .collect();
    names.sort_by_cached_key(|name| english_sort_key(name));
    for name in &names {
        println!("{name}");
    }
    eprintln!(
        "{} parties to {} as at {}",
        count_words(instrument, date, names.len()),
        instrument.code,
        date.to_un_style()
    );
    Ok(())
}

async fn profile(store: &Store, catalogue: &Catalogue, country: &Country, date: Date) -> Result<(), Failure> {
    let actions = actions_of(store, Vec::new(), Some(country.m49)).await?;
    println!("{} as at {}:", country.name_as_at(Language::English, date).short_name, date.to_un_style());
    for instrument in catalogue.instruments() {
        let own: Vec<&TreatyAction> = actions.iter().filter(|a| a.instrument == instrument.code).collect();
        let standing = Standing::of(&status_as_at(&own, instrument, date), instrument, date);
        println!("  {:<20} {}", instrument.code.as_str(), standing_words(standing));
    }
    Ok(())
}

async fn respondents(
    store: &Store,
    catalogue: &Catalogue,
    cycle: &str,
    codes: &[String],
    date: Option<&str>,
) -> Result<(), Failure> {
    let cycle =
        store.cycle(cycle).await?.ok_or_else(|| invalid(format!("--cycle: there is no reporting cycle '{cycle}'")))?;
    let date = match date {
        Some(text) => as_at(Some(text))?,
        None => cycle.as_at,
    };
    let instruments: Vec<&Instrument> =
        codes.iter().map(|code| find_instrument(catalogue, code)).collect::<Result<_, _>>()?;
    let respondents: Vec<_> = store
        .submissions(cycle.code.as_str())
        .await?
        .into_iter()
        .filter(|reply| reply.actor_kind == ActorKind::MemberState && reply.submission.received_by(date))
        .filter_map(|reply| reply.actor_country)
        .collect();
    let actions = actions_of(store, instruments.iter().map(|i| i.code.clone()).collect(), None).await?;
    let mut names: Vec<String> = parties_to_all(&actions, &instruments, &respondents, date)
        .into_iter()
        .filter_map(|m49| catalogue.country(m49))
        .map(|country| country.name_as_at(Language::English, date).short_name.clone())
        .collect();
    names.sort_by_cached_key(|name| english_sort_key(name));
    println!("{}", names.join(", "));
    eprintln!(
        "{} of the {} Member States that had replied to {} were parties to {} as at {}",
        names.len(),
        respondents.len(),
        cycle.symbol.as_deref().unwrap_or(cycle.code.as_str()),
        codes.join(" and "),
        date.to_un_style()
    );
    Ok(())
}

async fn import(
    store: &Store,
    catalogue: &Catalogue,
    format: StatusTableFormat,
    instrument: &Instrument,
    file: &Path,
    sheet: Option<String>,
    config: ImportConfig,
) -> Result<(), Failure> {
    let ImportConfig { dry_run, replace } = config;
    let shown = file.display();
    let table = tabular::read_table(file, &tabular::ReadConfig { sheet, ..tabular::ReadConfig::default() })
        .map_err(|error| invalid(error.to_string()))?;
    let names = reference::country_name_index(catalogue.countries()).map_err(Failure::general)?;
    let read = match format {
        StatusTableFormat::Untc => status_table::read_untc_table(&table, &instrument.code, &names),
        StatusTableFormat::Normlex => status_table::read_normlex_table(&table, &instrument.code, &names),
    };
    let StatusTable { actions, not_states } = read.map_err(|problems: Vec<TableProblem>| {
        invalid(format!(
            "{shown} is invalid; nothing was written.{}",
            problems.iter().map(|p| format!("\n  {shown}: {p}")).collect::<String>()
        ))
    })?;
    for (row, name) in &not_states {
        eprintln!("{shown}: row {row}: '{name}' is not a State; left out");
    }
    let mode = if dry_run { ImportMode::DryRun } else { ImportMode::Commit };
    let batch = BatchConfig { replace_changed_dates: replace };
    match store.import_treaty_actions(&actions, &Author::process("cli:treaty-import"), mode, batch).await? {
        TreatyImport::Done { added, already_recorded, changed } => {
            let country = |m49| {
                catalogue.country(m49).map_or_else(|| m49.to_string(), |c| c.short_name(Language::English).to_owned())
            };
            for change in &changed {
                println!(
                    "{shown}: {} of {}: {} → {}",
                    change.table.kind.as_str(),
                    country(change.table.country),
                    change.recorded.date,
                    change.table.date
                );
            }
            println!(
                "{shown}: {} {added} actions on {}, {} {} dates, {already_recorded} already recorded{}.",
                if dry_run { "would add" } else { "added" },
                instrument.code,
                if dry_run { "would change" } else { "changed" },
                changed.len(),
                if dry_run { " (dry run: nothing was written)" } else { "" }
            );
            Ok(())
        }
        TreatyImport::Refused(problems) => Err(invalid(format!(
            "{shown} is invalid; nothing was written.{}",
            problems
                .iter()
                .map(|problem| {
                    let country = catalogue.country(problem.action.country).map_or_else(
                        || problem.action.country.to_string(),
                        |c| c.short_name(Language::English).to_owned(),
                    );
                    format!(
                        "\n  {shown}: row {}: {} of {} on {}: {}",
                        problem.position,
                        problem.action.kind.as_str(),
                        country,
                        problem.action.date,
                        problem.error
                    )
                })
                .collect::<String>()
        ))),
    }
}

/// How `vawdb treaty import` writes.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ImportConfig {
    /// Check and report, writing nothing.
    pub(crate) dry_run: bool,
    /// Record the table's date where it differs from the recorded one.
    pub(crate) replace: bool,
}
