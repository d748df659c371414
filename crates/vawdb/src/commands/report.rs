//! `vawdb report`: compile a cycle's report; `vawdb report check`: find the State lists of an
//! edited report that the data no longer support, and say why.

use std::path::{Path, PathBuf};

use domain::language::Language;
use report::{CompileConfig, ReportData, check};
use store::{ChangedEntity, Store};

use crate::{
    cli::{ReportArguments, ReportCheck, ReportFormat, StoreArguments},
    failure::{EXIT_INVALID_INPUT, Failure},
};

pub(crate) async fn run(arguments: &StoreArguments, report_arguments: ReportArguments) -> Result<(), Failure> {
    let store = super::open_store(arguments).await?;
    super::load_reference(&store).await?;
    let result = match report_arguments.check {
        Some(ReportCheck::Check { file, lists, template }) => {
            check_report(&store, &file, lists, template.as_deref()).await
        }
        None => compile_report(&store, &report_arguments).await,
    };
    store.close().await;
    result
}

fn invalid(message: impl Into<String>) -> Failure {
    Failure::new(EXIT_INVALID_INPUT, message)
}

fn read_template(path: Option<&Path>, language: Language) -> Result<String, Failure> {
    match path {
        None => Ok(report::default_template(language).to_owned()),
        Some(path) => std::fs::read_to_string(path)
            .map_err(|error| Failure::general(format!("cannot read the template {}: {error}", path.display()))),
    }
}

async fn load(store: &Store, cycle: &str) -> Result<(ReportData, i64), Failure> {
    let snapshot = store
        .cycle_snapshot(cycle)
        .await?
        .ok_or_else(|| invalid(format!("--cycle: there is no reporting cycle '{cycle}'")))?;
    Ok((snapshot.data, snapshot.change_log_id))
}

fn compile(
    template: &str,
    template_name: &str,
    data: &ReportData,
    language: Language,
) -> Result<report::CompiledReport, Failure> {
    report::compile(template, data, &CompileConfig { language, ..CompileConfig::default() })
        .map_err(|error| invalid(format!("{template_name}: {error}")))
}

fn lists_path(output: &Path) -> PathBuf {
    let mut name = output.as_os_str().to_owned();
    name.push(".lists.json");
    PathBuf::from(name)
}

/// Writes `bytes` beside `path` and renames it over it, so that no half-written file is left.
fn write_whole(path: &Path, bytes: &[u8]) -> Result<(), Failure> {
    let partial = path.with_extension("partial");
    std::fs::write(&partial, bytes)
        .map_err(|error| Failure::general(format!("cannot write {}: {error}", partial.display())))?;
    std::fs::rename(&partial, path)
        .map_err(|error| Failure::general(format!("cannot write {}: {error}", path.display())))
}

async fn compile_report(store: &Store, arguments: &ReportArguments) -> Result<(), Failure> {
    let cycle = arguments.cycle.as_deref().ok_or_else(|| invalid("--cycle is required, such as --cycle 2009"))?;
    let language = arguments.language.unwrap_or(Language::English);
    let template = read_template(arguments.template.as_deref(), language)?;
    let template_name = arguments.template.as_ref().map_or_else(
        || format!("the default {} template", report::language_name(language)),
        |path| path.display().to_string(),
    );
    let format = match (arguments.format, &arguments.output) {
        (Some(format), _) => format,
        (None, Some(path)) => match path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
            Some("html" | "htm") => ReportFormat::Html,
            Some("md" | "markdown" | "txt") => ReportFormat::Markdown,
            Some("docx") => ReportFormat::Docx,
            Some("pdf") => ReportFormat::Pdf,
            _ => {
                return Err(invalid(format!(
                    "--output: cannot tell the format from '{}'; give --format",
                    path.display()
                )));
            }
        },
        (None, None) => ReportFormat::Markdown,
    };
    let (data, change_log_id) = load(store, cycle).await?;
    let compiled = compile(&template, &template_name, &data, language)?;
    let bytes = match format {
        ReportFormat::Html => report::html::standalone(&compiled.document).into_bytes(),
        ReportFormat::Markdown => report::markdown::render(&compiled.document).into_bytes(),
        ReportFormat::Docx => report::docx::render(&compiled.document).map_err(Failure::general)?,
        ReportFormat::Pdf => typeset::pdf(&compiled.document).map_err(Failure::general)?,
    };
    match &arguments.output {
        Some(path) => {
            write_whole(path, &bytes)?;
            let saved = check::SavedLists {
                format: check::FORMAT.to_owned(),
                cycle: cycle.to_owned(),
                language,
                change_log_id,
                lists: compiled.lists.clone(),
            };
            let lists = lists_path(path);
            write_whole(&lists, &serde_json::to_vec_pretty(&saved).map_err(Failure::general)?)?;
            eprintln!(
                "{}: {} paragraphs, {} footnotes, {} State lists (saved in {})",
                path.display(),
                paragraph_count(&compiled.document),
                compiled.document.footnotes.len(),
                compiled.lists.len(),
                lists.display()
            );
        }
        None if matches!(format, ReportFormat::Docx | ReportFormat::Pdf) => {
            return Err(invalid("a Word or PDF document needs --output FILE"));
        }
        None => {
            use std::io::Write;
            std::io::stdout().write_all(&bytes).map_err(Failure::general)?;
        }
    }
    Ok(())
}

fn paragraph_count(document: &report::document::Document) -> usize {
    document
        .blocks
        .iter()
        .filter(|block| matches!(block, report::document::Block::Paragraph { number: Some(_), .. }))
        .count()
}

/// The text of a report file as a reader sees it.
fn report_text(path: &Path) -> Result<String, Failure> {
    let shown = path.display();
    let bytes = std::fs::read(path).map_err(|error| Failure::general(format!("cannot read {shown}: {error}")))?;
    let extension = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).unwrap_or_default();
    if extension == "docx" {
        return report::docx::text(&bytes).map_err(|error| invalid(format!("{shown}: {error}")));
    }
    let text = String::from_utf8(bytes).map_err(|_| invalid(format!("{shown}: not UTF-8 text")))?;
    Ok(if extension == "html" || extension == "htm" { report::html::text(&text) } else { text })
}

async fn check_report(
    store: &Store,
    file: &Path,
    lists: Option<PathBuf>,
    template: Option<&Path>,
) -> Result<(), Failure> {
    let lists_file = lists.unwrap_or_else(|| lists_path(file));
    let saved: check::SavedLists = serde_json::from_slice(
        &std::fs::read(&lists_file)
            .map_err(|error| Failure::general(format!("cannot read {}: {error}", lists_file.display())))?,
    )
    .map_err(|error| invalid(format!("{}: {error}", lists_file.display())))?;
    if saved.format != check::FORMAT {
        return Err(invalid(format!(
            "{}: '{}' is not a format this version reads",
            lists_file.display(),
            saved.format
        )));
    }
    let text = report_text(file)?;
    let (data, _) = load(store, &saved.cycle).await?;
    let template_text = read_template(template, saved.language)?;
    let current = compile(&template_text, "the template", &data, saved.language)?;
    let findings = check::check(&text, &saved.lists, &current.lists);
    let changes = store.changes_after(saved.change_log_id, 1_000_000).await?;
    let catalogue = &data.catalogue;
    let name = |iso3: &str| {
        catalogue
            .country_by_code(iso3)
            .map_or_else(|| iso3.to_owned(), |c| c.short_name(domain::language::Language::English).to_owned())
    };
    if findings.is_empty() {
        println!("{}: all {} State lists match the data.", file.display(), saved.lists.len());
        return Ok(());
    }
    for finding in &findings {
        let place = match finding.saved.location {
            report::ListLocation::Paragraph(n) => format!("paragraph {n}"),
            report::ListLocation::Footnote(n) => format!("footnote {n}"),
            report::ListLocation::Elsewhere => "a heading".to_owned(),
        };
        match &finding.problem {
            check::Problem::DataChanged { added, removed, current_text } => {
                println!(
                    "{place}: the list «{}» no longer matches the data; it should read «{current_text}».",
                    finding.saved.text
                );
                for iso3 in added {
                    println!("  + {}: {}", name(iso3), reason(&changes, iso3));
                }
                for iso3 in removed {
                    println!("  - {}: {}", name(iso3), reason(&changes, iso3));
                }
            }
            check::Problem::EditedByHand => println!(
                "{place}: the list «{}» was changed by hand; the data still give it as compiled.",
                finding.saved.text
            ),
            check::Problem::NoLongerMade => {
                println!("{place}: the template no longer makes the list «{}».", finding.saved.text);
            }
        }
    }
    Err(Failure::new(
        EXIT_INVALID_INPUT,
        format!("{} of {} State lists are out of date or edited", findings.len(), saved.lists.len()),
    ))
}

/// Why a State entered or left a list, from the change log since the report was compiled.
fn reason(changes: &[store::ChangeLogEntry], iso3: &str) -> String {
    let mentions = |entry: &store::ChangeLogEntry| {
        let in_key = entry.entity_key.ends_with(&format!("/{iso3}"));
        let in_values = [&entry.before, &entry.after]
            .into_iter()
            .flatten()
            .any(|value| value.get("actor").and_then(|a| a.as_str()) == Some(iso3));
        in_key || in_values
    };
    let reasons: Vec<String> = changes
        .iter()
        .filter(|entry| mentions(entry))
        .map(|entry| match (&entry.entity, entry.action.as_str()) {
            (ChangedEntity::Submission, "create") => format!("a reply arrived (recorded {})", &entry.recorded_at[..10]),
            (ChangedEntity::Submission, _) => format!("its reply was changed (recorded {})", &entry.recorded_at[..10]),
            (ChangedEntity::Measure, "create") => format!("measure {} was added", entry.entity_key),
            (ChangedEntity::Measure, _) => {
                let state = |value: &Option<serde_json::Value>| {
                    value.as_ref().and_then(|v| v.get("state")).and_then(|s| s.as_str()).map(str::to_owned)
                };
                let classification =
                    |value: &Option<serde_json::Value>| value.as_ref().and_then(|v| v.get("classification")).cloned();
                if state(&entry.before) != state(&entry.after) {
                    format!(
                        "measure {} went from {} to {}",
                        entry.entity_key,
                        state(&entry.before).unwrap_or_default(),
                        state(&entry.after).unwrap_or_default()
                    )
                } else if classification(&entry.before) != classification(&entry.after) {
                    format!("measure {} was reclassified", entry.entity_key)
                } else {
                    format!("measure {} was changed", entry.entity_key)
                }
            }
            (entity, action) => format!("{entity} {} ({action})", entry.entity_key),
        })
        .collect();
    if reasons.is_empty() {
        "no recorded change explains it (treaty data or the template changed)".to_owned()
    } else {
        reasons.join("; ")
    }
}
