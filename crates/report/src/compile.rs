//! Turning a template and a [`ReportData`] snapshot into a [`Document`]: the template engine,
//! the functions and filters templates may use, and the limits that keep a template from
//! running away.

use std::{
    collections::{BTreeSet, HashSet},
    sync::{Arc, Mutex},
};

use domain::{
    actor::ActorKind,
    country::M49,
    date::Date,
    measure::ImplementationStatus,
    treaty::{Instrument, parties_as_at},
    un_style::{ListedName, join},
    vocabulary::TermCode,
};
use minijinja::{Environment, Error, ErrorKind, UndefinedBehavior, Value, value::Kwargs};

use crate::{
    document::{self, Document},
    lists::{Entry, ListRecord, ListRecorder, StateList},
};
use domain::cycle_report::ReportData;

/// Limits on a compilation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompileConfig {
    /// The work a template may do (minijinja "fuel"): an endless loop stops here.
    pub fuel: u64,
    /// The longest output, in bytes.
    pub max_output_bytes: usize,
}

impl Default for CompileConfig {
    fn default() -> CompileConfig {
        CompileConfig { fuel: 2_000_000, max_output_bytes: 20 * 1024 * 1024 }
    }
}

/// A compiled report and the lists it shows.
#[derive(Debug, Clone)]
pub struct CompiledReport {
    pub document: Document,
    pub lists: Vec<ListRecord>,
}

/// A template that cannot be compiled, with where and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.describe())]
pub struct TemplateError {
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
    /// The template's text at the error, such as `{{ stats(cycle) }}`.
    pub expression: Option<String>,
}

impl TemplateError {
    fn describe(&self) -> String {
        let mut text = String::new();
        if let Some(line) = self.line {
            text.push_str(&format!("line {line}"));
            if let Some(column) = self.column {
                text.push_str(&format!(", column {column}"));
            }
            text.push_str(": ");
        }
        text.push_str(&self.message);
        if let Some(expression) = &self.expression {
            text.push_str(&format!(" in `{expression}`"));
        }
        text
    }

    fn from_minijinja(error: &Error, source: &str) -> TemplateError {
        let (column, expression) = match error.range() {
            Some(range) if range.start <= source.len() => {
                let line_start = source[..range.start].rfind('\n').map_or(0, |position| position + 1);
                let end = range.end.min(source.len());
                (Some(source[line_start..range.start].chars().count() + 1), Some(source[range.start..end].to_owned()))
            }
            _ => (None, None),
        };
        let mut message = match error.kind() {
            ErrorKind::UnknownFunction => "unknown function".to_owned(),
            ErrorKind::UnknownFilter => "unknown filter".to_owned(),
            ErrorKind::SyntaxError => "syntax error".to_owned(),
            ErrorKind::OutOfFuel => "the template does too much work (an endless loop?); it was stopped".to_owned(),
            kind => kind.to_string(),
        };
        if let Some(detail) = error.detail() {
            message.push_str(": ");
            message.push_str(detail);
        }
        TemplateError { line: error.line(), column, message, expression }
    }
}

/// Compiles `template` against `data`.
pub fn compile(template: &str, data: &ReportData, config: &CompileConfig) -> Result<CompiledReport, TemplateError> {
    let recorder = Arc::new(ListRecorder::default());
    let footnotes: Arc<Mutex<Vec<String>>> = Arc::new(Mutex::new(Vec::new()));
    let data = Arc::new(data.clone());
    let mut environment = Environment::new();
    environment.set_undefined_behavior(UndefinedBehavior::Strict);
    environment.set_fuel(Some(config.fuel));
    register(&mut environment, &data, &recorder, &footnotes);

    let compiled =
        environment.template_from_str(template).map_err(|error| TemplateError::from_minijinja(&error, template))?;
    let mut output = LimitedOutput { bytes: Vec::new(), limit: config.max_output_bytes };
    if let Err(error) = compiled.render_captured_to(minijinja::context! { cycle => cycle_value(&data) }, &mut output) {
        if output.bytes.len() > config.max_output_bytes {
            return Err(TemplateError {
                line: error.line(),
                column: None,
                message: format!("the report grows past {} bytes, the limit; it was stopped", config.max_output_bytes),
                expression: None,
            });
        }
        return Err(TemplateError::from_minijinja(&error, template));
    }
    let rendered = String::from_utf8(output.bytes).map_err(|error| TemplateError {
        line: None,
        column: None,
        message: format!("the output is not text: {error}"),
        expression: None,
    })?;
    let footnote_texts = std::mem::take(&mut *footnotes.lock().unwrap_or_else(|p| p.into_inner()));
    let mut lists = recorder.take();
    let document = document::build(&rendered, &footnote_texts, &data.cycle, &mut lists);
    Ok(CompiledReport { document, lists })
}

/// Where rendering writes: it stops the template once the output passes the limit, so a
/// runaway template fails early instead of filling memory.
struct LimitedOutput {
    bytes: Vec<u8>,
    limit: usize,
}

impl std::io::Write for LimitedOutput {
    fn write(&mut self, buffer: &[u8]) -> std::io::Result<usize> {
        self.bytes.extend_from_slice(buffer);
        if self.bytes.len() > self.limit {
            return Err(std::io::Error::other("the output limit is reached"));
        }
        Ok(buffer.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The cycle as templates see it: `cycle.as_at`, `cycle.symbol`, ...
fn cycle_value(data: &ReportData) -> Value {
    let cycle = &data.cycle;
    let date = |date: Option<Date>| date.map(|date| date.to_string());
    minijinja::context! {
        code => cycle.code.to_string(),
        symbol => cycle.symbol.clone(),
        mandate => cycle.mandate.clone(),
        title => cycle.title.clone(),
        as_at => cycle.as_at.to_string(),
        requested_on => date(cycle.requested_on),
        deadline => date(cycle.deadline),
        period_from => date(cycle.period_from),
        period_to => date(cycle.period_to),
        published_on => date(cycle.published_on),
        previous_report => cycle.previous_report.clone(),
    }
}

fn invalid(message: impl Into<String>) -> Error {
    Error::new(ErrorKind::InvalidOperation, message.into())
}

/// The cycle argument every data function takes: it must be the cycle being compiled.
fn check_cycle(data: &ReportData, cycle: &Value) -> Result<(), Error> {
    let code = cycle.get_attr("code").ok().and_then(|code| code.as_str().map(str::to_owned)).unwrap_or_default();
    if code == data.cycle.code.as_str() {
        Ok(())
    } else {
        Err(invalid(format!("the first argument must be `cycle`, the cycle being compiled ({})", data.cycle.code)))
    }
}

/// A keyword argument that may be one string or a list of strings.
fn strings(value: &Value, argument: &str) -> Result<Vec<String>, Error> {
    if let Some(text) = value.as_str() {
        return Ok(vec![text.to_owned()]);
    }
    match value.try_iter() {
        Ok(items) => items
            .map(|item| {
                item.as_str()
                    .map(str::to_owned)
                    .ok_or_else(|| invalid(format!("{argument}: expected a code or a list of codes, got {item}")))
            })
            .collect(),
        Err(_) => Err(invalid(format!("{argument}: expected a code or a list of codes, got {value}"))),
    }
}

fn date_argument(value: Option<Value>, default: Date, argument: &str) -> Result<Date, Error> {
    match value {
        None => Ok(default),
        Some(value) => {
            let text =
                value.as_str().ok_or_else(|| invalid(format!("{argument}: expected a date written YYYY-MM-DD")))?;
            Date::parse(text).map_err(|error| invalid(format!("{argument}: {error}")))
        }
    }
}

/// Describes a call for the list record: `states(type="legislation.penal")`.
fn describe_call(name: &str, arguments: &[(String, String)]) -> String {
    let parts: Vec<String> = arguments.iter().map(|(key, value)| format!("{key}={value:?}")).collect();
    format!("{name}({})", parts.join(", "))
}

fn state_list(
    data: &ReportData,
    recorder: &Arc<ListRecorder>,
    call: String,
    countries: impl IntoIterator<Item = M49>,
    as_at: Date,
) -> Value {
    let mut seen = HashSet::new();
    let entries = countries
        .into_iter()
        .filter(|m49| seen.insert(*m49))
        .filter_map(|m49| data.catalogue.country(m49))
        .map(|country| {
            let name = country.name_as_at(domain::language::Language::English, as_at);
            Entry {
                m49: country.m49,
                iso3: country.iso3.clone(),
                name: ListedName { name: name.short_name.clone(), article: name.article.clone() },
            }
        })
        .collect();
    Value::from_object(StateList { call, entries, recorder: recorder.clone() })
}

fn instruments(data: &ReportData, codes: &[String], argument: &str) -> Result<Vec<Instrument>, Error> {
    codes
        .iter()
        .map(|code| {
            data.catalogue.instrument(code).cloned().ok_or_else(|| {
                let known: Vec<&str> = data.catalogue.instruments().iter().map(|i| i.code.as_str()).collect();
                invalid(format!("{argument}: unknown instrument '{code}' (known: {})", known.join(", ")))
            })
        })
        .collect()
}

fn register(
    environment: &mut Environment<'static>,
    data: &Arc<ReportData>,
    recorder: &Arc<ListRecorder>,
    footnotes: &Arc<Mutex<Vec<String>>>,
) {
    let shared = (data.clone(), recorder.clone());
    environment.add_function("respondents", move |cycle: Value, kwargs: Kwargs| -> Result<Value, Error> {
        let (data, recorder) = &shared;
        check_cycle(data, &cycle)?;
        let kind: Option<String> = kwargs.get("kind")?;
        let as_at = date_argument(kwargs.get("as_at")?, data.cycle.as_at, "as_at")?;
        kwargs.assert_all_used()?;
        let kind = kind.unwrap_or_else(|| "member_state".to_owned());
        let wanted: Box<dyn Fn(ActorKind) -> bool> = match kind.as_str() {
            "member_state" => Box::new(|k| k == ActorKind::MemberState),
            "state" => Box::new(ActorKind::is_state),
            "un_entity" => Box::new(|k| k == ActorKind::UnEntity),
            "organization" => Box::new(|k| !k.is_state()),
            other => {
                return Err(invalid(format!(
                    "kind: '{other}' is not one of member_state, state, un_entity, organization"
                )));
            }
        };
        let replies =
            data.replies.iter().filter(|reply| wanted(reply.actor_kind) && reply.submission.received_by(as_at));
        let call = describe_call("respondents", &[("kind".into(), kind.clone()), ("as_at".into(), as_at.to_string())]);
        if kind == "member_state" || kind == "state" {
            Ok(state_list(data, recorder, call, replies.filter_map(|reply| reply.country).collect::<Vec<_>>(), as_at))
        } else {
            let mut names: Vec<String> = replies
                .filter_map(|reply| data.catalogue.actor(&reply.submission.actor))
                .map(|actor| actor.names.best(domain::language::Language::English).to_owned())
                .collect();
            names.sort();
            Ok(Value::from(names))
        }
    });

    let shared = (data.clone(), recorder.clone());
    environment.add_function("states", move |cycle: Value, kwargs: Kwargs| -> Result<Value, Error> {
        let (data, recorder) = &shared;
        check_cycle(data, &cycle)?;
        let mut described = Vec::new();
        let mut term_sets: Vec<(String, HashSet<TermCode>)> = Vec::new();
        let mut implementation = None;
        let mut region = None;
        for key in kwargs.args() {
            let value: Value = kwargs.get(key)?;
            let codes = strings(&value, key)?;
            described.push((key.to_owned(), codes.join("|")));
            match key {
                "implementation" => {
                    let code = codes.first().map(String::as_str).unwrap_or("");
                    implementation = Some(ImplementationStatus::parse(code).ok_or_else(|| {
                        invalid(format!("implementation: '{code}' is not in_place or in_preparation"))
                    })?);
                }
                "region" => {
                    let code = codes.first().map(String::as_str).unwrap_or("");
                    region = Some(
                        domain::country::M49::parse(code)
                            .filter(|m49| data.catalogue.region(*m49).is_some())
                            .ok_or_else(|| invalid(format!("region: unknown M49 region '{code}'")))?,
                    );
                }
                vocabulary => {
                    let thesaurus = data.catalogue.thesaurus(vocabulary).ok_or_else(|| {
                        let known: Vec<&str> = data.catalogue.thesauri().iter().map(|t| t.code().as_str()).collect();
                        invalid(format!(
                            "states(): unknown filter '{vocabulary}' (use {}, implementation or region)",
                            known.join(", ")
                        ))
                    })?;
                    let mut set = HashSet::new();
                    for code in &codes {
                        let term = thesaurus.find(code).ok_or_else(|| {
                            invalid(format!("{vocabulary}: unknown code '{code}' in vocabulary '{vocabulary}'"))
                        })?;
                        set.extend(thesaurus.self_and_descendants(&term.code).into_iter().cloned());
                    }
                    term_sets.push((vocabulary.to_owned(), set));
                }
            }
        }
        kwargs.assert_all_used()?;
        let countries: Vec<M49> = data
            .measures
            .iter()
            .filter(|measure| {
                data.catalogue.actor(&measure.actor).is_some_and(|actor| actor.kind == ActorKind::MemberState)
            })
            .filter(|measure| implementation.is_none_or(|wanted| measure.implementation == wanted))
            .filter(|measure| {
                term_sets
                    .iter()
                    .all(|(vocabulary, set)| measure.classification.terms(vocabulary).any(|code| set.contains(code)))
            })
            .filter_map(|measure| measure.country)
            .filter(|m49| {
                region
                    .is_none_or(|region| data.catalogue.country(*m49).is_some_and(|c| c.regions().any(|r| r == region)))
            })
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        Ok(state_list(data, recorder, describe_call("states", &described), countries, data.cycle.as_at))
    });

    let shared = (data.clone(), recorder.clone());
    environment.add_function("parties", move |codes: Value, kwargs: Kwargs| -> Result<Value, Error> {
        let (data, recorder) = &shared;
        let codes = strings(&codes, "instruments")?;
        let among: Option<Value> = kwargs.get("among")?;
        let excluding: Option<Value> = kwargs.get("excluding")?;
        let as_at = date_argument(kwargs.get("as_at")?, data.cycle.as_at, "as_at")?;
        kwargs.assert_all_used()?;
        let wanted = instruments(data, &codes, "instruments")?;
        let excluded = match &excluding {
            Some(value) => instruments(data, &strings(value, "excluding")?, "excluding")?,
            None => Vec::new(),
        };
        let mut countries: Option<BTreeSet<M49>> = None;
        for instrument in &wanted {
            let parties: BTreeSet<M49> = parties_as_at(&data.treaty_actions, instrument, as_at).into_iter().collect();
            countries = Some(match countries {
                None => parties,
                Some(so_far) => so_far.intersection(&parties).copied().collect(),
            });
        }
        let mut countries = countries.unwrap_or_default();
        for instrument in &excluded {
            for party in parties_as_at(&data.treaty_actions, instrument, as_at) {
                countries.remove(&party);
            }
        }
        let mut described = vec![("instruments".to_owned(), codes.join("|")), ("as_at".to_owned(), as_at.to_string())];
        if let Some(among) = &among {
            let list = among
                .downcast_object_ref::<StateList>()
                .ok_or_else(|| invalid("among: expected a list of States, such as respondents(cycle)"))?;
            let allowed: HashSet<M49> = list.m49s().into_iter().collect();
            countries.retain(|m49| allowed.contains(m49));
            described.push(("among".to_owned(), list.call.clone()));
        }
        if !excluded.is_empty() {
            described.push((
                "excluding".to_owned(),
                excluded.iter().map(|i| i.code.to_string()).collect::<Vec<_>>().join("|"),
            ));
        }
        Ok(state_list(data, recorder, describe_call("parties", &described), countries, as_at))
    });

    let shared = (data.clone(), recorder.clone());
    environment.add_function("without", move |list: Value, other: Value| -> Result<Value, Error> {
        let (data, recorder) = &shared;
        let list = list
            .downcast_object_ref::<StateList>()
            .ok_or_else(|| invalid("without(): expected two lists of States"))?;
        let other = other
            .downcast_object_ref::<StateList>()
            .ok_or_else(|| invalid("without(): expected two lists of States"))?;
        let removed: HashSet<M49> = other.m49s().into_iter().collect();
        let call = format!("without({}, {})", list.call, other.call);
        Ok(state_list(
            data,
            recorder,
            call,
            list.m49s().into_iter().filter(|m49| !removed.contains(m49)).collect::<Vec<_>>(),
            data.cycle.as_at,
        ))
    });

    let notes = footnotes.clone();
    environment.add_function("footnote", move |text: String| -> Result<String, Error> {
        let mut notes = notes.lock().unwrap_or_else(|p| p.into_inner());
        notes.push(text);
        Ok(format!("{}{}{}", document::FOOTNOTE_START, notes.len(), document::FOOTNOTE_END))
    });

    environment.add_filter("parenthetical", |list: Value| -> Result<String, Error> {
        write_list(&list, crate::lists::ListStyle::Parenthetical)
    });
    environment.add_filter("running_text", |list: Value| -> Result<String, Error> {
        write_list(&list, crate::lists::ListStyle::RunningText)
    });
    environment.add_filter("number", |number: Value| -> Result<String, Error> {
        let count = number
            .as_i64()
            .and_then(|n| u64::try_from(n).ok())
            .ok_or_else(|| invalid(format!("number: expected a count, got {number}")))?;
        Ok(format!("{}{count}{}", document::NUMBER_START, document::NUMBER_END))
    });
    environment.add_filter("date", |text: String, style: Option<String>| -> Result<String, Error> {
        let date = Date::parse(&text).map_err(|error| invalid(format!("date: {error}")))?;
        match style.as_deref() {
            None | Some("day") => Ok(date.to_un_style()),
            Some("month") => {
                Ok(date.to_un_style().split_once(' ').map(|(_, month_year)| month_year.to_owned()).unwrap_or_default())
            }
            Some(other) => Err(invalid(format!(
                "date: '{other}' is not a style; use \"day\" (1 June 2009) or \"month\" (June 2009)"
            ))),
        }
    });
}

fn write_list(list: &Value, style: crate::lists::ListStyle) -> Result<String, Error> {
    if let Some(states) = list.downcast_object_ref::<StateList>() {
        return Ok(states.write(style));
    }
    let items: Vec<String> = list
        .try_iter()
        .map_err(|_| invalid(format!("expected a list, got {list}")))?
        .map(|item| item.as_str().map(str::to_owned).unwrap_or_else(|| item.to_string()))
        .collect();
    Ok(join(items))
}
