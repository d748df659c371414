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
    language::Language,
    measure::ImplementationStatus,
    treaty::{Instrument, parties_as_at},
    un_style::Gender,
    vocabulary::TermCode,
};
use locale_format::LocaleFormat;
use minijinja::{Environment, Error, ErrorKind, UndefinedBehavior, Value, value::Kwargs};

use crate::{
    document::{self, Document},
    lists::{Entry, ListRecord, ListRecorder, StateList},
    masthead::{MastheadRequest, english_name, front_matter},
};
use domain::cycle_report::ReportData;

/// The language of a compilation and its limits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompileConfig {
    /// The language the report is written in: State names, their order and articles,
    /// numbers, dates and the masthead follow it, and a template that says it is written in
    /// another language is refused.
    pub language: Language,
    /// The work a template may do (minijinja "fuel"): an endless loop stops here.
    pub fuel: u64,
    /// The longest output, in bytes.
    pub max_output_bytes: usize,
}

impl Default for CompileConfig {
    fn default() -> CompileConfig {
        CompileConfig { language: Language::English, fuel: 2_000_000, max_output_bytes: 20 * 1024 * 1024 }
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
    let masthead: Arc<Mutex<Option<MastheadRequest>>> = Arc::new(Mutex::new(None));
    let data = Arc::new(data.clone());
    let mut environment = Environment::new();
    environment.set_undefined_behavior(UndefinedBehavior::Strict);
    environment.set_fuel(Some(config.fuel));
    let shared = Shared { data: data.clone(), recorder: recorder.clone(), language: config.language };
    register(&mut environment, &shared, &footnotes, &masthead);

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
    let request = masthead.lock().unwrap_or_else(|p| p.into_inner()).clone();
    let front = front_matter(request.as_ref(), config.language, &data.cycle).map_err(|message| TemplateError {
        line: None,
        column: None,
        message,
        expression: None,
    })?;
    let document = document::build(&rendered, &footnote_texts, &data.cycle, &mut lists, config.language, front);
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

/// What every function of a compilation shares: the data, the record of lists, the language.
#[derive(Clone)]
struct Shared {
    data: Arc<ReportData>,
    recorder: Arc<ListRecorder>,
    language: Language,
}

impl Shared {
    /// A list of the States `countries`, named as in force on `as_at` in the report's
    /// language. A State with no name in that language is an error, never an English name in
    /// a French report.
    fn state_list(&self, call: String, countries: impl IntoIterator<Item = M49>, as_at: Date) -> Result<Value, Error> {
        let mut seen = HashSet::new();
        let mut entries = Vec::new();
        for country in
            countries.into_iter().filter(|m49| seen.insert(*m49)).filter_map(|m49| self.data.catalogue.country(m49))
        {
            let name = country.name_in_force(self.language, as_at).ok_or_else(|| {
                invalid(format!(
                    "{} ({}) has no name in {} in force on {as_at}; add it to the country names",
                    country.iso3,
                    country.short_name(Language::English),
                    english_name(self.language)
                ))
            })?;
            let sort_name = if self.language == Language::Chinese {
                country.name_as_at(Language::English, as_at).short_name.clone()
            } else {
                name.short_name.clone()
            };
            entries.push(Entry { m49: country.m49, iso3: country.iso3.clone(), name: name.clone(), sort_name });
        }
        Ok(Value::from_object(StateList::new(call, entries, self.language, self.recorder.clone())))
    }
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
    shared: &Shared,
    footnotes: &Arc<Mutex<Vec<String>>>,
    masthead: &Arc<Mutex<Option<MastheadRequest>>>,
) {
    let this = shared.clone();
    environment.add_function("respondents", move |cycle: Value, kwargs: Kwargs| -> Result<Value, Error> {
        let data = &this.data;
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
            this.state_list(call, replies.filter_map(|reply| reply.country).collect::<Vec<_>>(), as_at)
        } else {
            let mut names = Vec::new();
            for actor in replies.filter_map(|reply| data.catalogue.actor(&reply.submission.actor)) {
                let name = actor.names.get(this.language).ok_or_else(|| {
                    invalid(format!(
                        "{} has no name in {}; add it to the actors",
                        actor.code,
                        english_name(this.language)
                    ))
                })?;
                names.push(name.to_owned());
            }
            LocaleFormat::of(this.language).sort(&mut names, |name| name);
            Ok(Value::from(names))
        }
    });

    let this = shared.clone();
    environment.add_function("states", move |cycle: Value, kwargs: Kwargs| -> Result<Value, Error> {
        let data = &this.data;
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
        this.state_list(describe_call("states", &described), countries, data.cycle.as_at)
    });

    let this = shared.clone();
    environment.add_function("parties", move |codes: Value, kwargs: Kwargs| -> Result<Value, Error> {
        let data = &this.data;
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
        this.state_list(describe_call("parties", &described), countries, as_at)
    });

    let this = shared.clone();
    environment.add_function("without", move |list: Value, other: Value| -> Result<Value, Error> {
        let list = list
            .downcast_object_ref::<StateList>()
            .ok_or_else(|| invalid("without(): expected two lists of States"))?;
        let other = other
            .downcast_object_ref::<StateList>()
            .ok_or_else(|| invalid("without(): expected two lists of States"))?;
        let removed: HashSet<M49> = other.m49s().into_iter().collect();
        let call = format!("without({}, {})", list.call, other.call);
        this.state_list(
            call,
            list.m49s().into_iter().filter(|m49| !removed.contains(m49)).collect::<Vec<_>>(),
            this.data.cycle.as_at,
        )
    });

    let notes = footnotes.clone();
    environment.add_function("footnote", move |text: String| -> Result<String, Error> {
        let mut notes = notes.lock().unwrap_or_else(|p| p.into_inner());
        notes.push(text);
        Ok(format!("{}{}{}", document::FOOTNOTE_START, notes.len(), document::FOOTNOTE_END))
    });

    let language = shared.language;
    environment.add_filter("parenthetical", move |list: Value| -> Result<String, Error> {
        write_list(&list, crate::lists::ListStyle::Parenthetical, language)
    });
    environment.add_filter("running_text", move |list: Value| -> Result<String, Error> {
        write_list(&list, crate::lists::ListStyle::RunningText, language)
    });
    environment.add_filter("number", |number: Value, gender: Option<String>| -> Result<String, Error> {
        let count = number
            .as_i64()
            .and_then(|n| u64::try_from(n).ok())
            .ok_or_else(|| invalid(format!("number: expected a count, got {number}")))?;
        let gender = match gender.as_deref() {
            None | Some("m") => Gender::Masculine,
            Some("f") => Gender::Feminine,
            Some(other) => {
                return Err(invalid(format!(
                    "number: '{other}' is not a gender; use \"m\" (the default) or \"f\" for a feminine noun"
                )));
            }
        };
        Ok(document::count_marker(count, gender))
    });
    environment.add_filter("date", move |text: String, style: Option<String>| -> Result<String, Error> {
        let date = Date::parse(&text).map_err(|error| invalid(format!("date: {error}")))?;
        match style.as_deref() {
            None | Some("day") => Ok(date.to_un_style_in(language)),
            Some("month") => Ok(date.to_un_month_style_in(language)),
            Some(other) => Err(invalid(format!(
                "date: '{other}' is not a style; use \"day\" (1 June 2009) or \"month\" (June 2009)"
            ))),
        }
    });

    let request = masthead.clone();
    environment.add_function("masthead", move |kwargs: Kwargs| -> Result<String, Error> {
        let text = |key: &str| -> Result<Option<String>, Error> { kwargs.get::<Option<String>>(key) };
        let code_of = |key: &str| -> Result<Option<Language>, Error> {
            text(key)?
                .map(|code| {
                    Language::from_code(&code).ok_or_else(|| {
                        invalid(format!("{key}: '{code}' is not a UN language; use one of {}", Language::all_codes()))
                    })
                })
                .transpose()
        };
        let written_in = code_of("language")?;
        if let Some(written_in) = written_in
            && written_in != language
        {
            return Err(invalid(format!(
                "this template is written in {} (masthead language=\"{}\"), but the report is compiled in {}; use the {} template",
                english_name(written_in),
                written_in.code(),
                english_name(language),
                english_name(language)
            )));
        }
        let issued_on = text("date")?
            .map(|date| Date::parse(&date).map_err(|error| invalid(format!("date: {error}"))))
            .transpose()?;
        let asked = MastheadRequest {
            title: text("title")?,
            session: text("session")?,
            agenda_item: text("agenda_item")?,
            agenda_title: text("agenda_title")?,
            agenda_footnote: text("agenda_footnote")?,
            job_number: text("job_number")?,
            original: code_of("original")?.unwrap_or(Language::English),
            issued_on,
        };
        kwargs.assert_all_used()?;
        let mut slot = request.lock().unwrap_or_else(|p| p.into_inner());
        if slot.is_some() {
            return Err(invalid("masthead(): a report has one masthead; this is the second call"));
        }
        *slot = Some(asked);
        Ok(String::new())
    });
}

fn write_list(list: &Value, style: crate::lists::ListStyle, language: Language) -> Result<String, Error> {
    if let Some(states) = list.downcast_object_ref::<StateList>() {
        return Ok(states.write(style));
    }
    let items: Vec<String> = list
        .try_iter()
        .map_err(|_| invalid(format!("expected a list, got {list}")))?
        .map(|item| item.as_str().map(str::to_owned).unwrap_or_else(|| item.to_string()))
        .collect::<Vec<_>>();
    Ok(LocaleFormat::of(language).list(items))
}
