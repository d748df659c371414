//! The head of a United Nations document's first page in each of the six languages: the
//! fixed words ("United Nations", "Distr.: General", "Original: English") and what the
//! template's `masthead(...)` call gives (session, agenda item, title).

use domain::{cycle::ReportingCycle, date::Date, language::Language};

use crate::document::Masthead;

/// What a template's `masthead(...)` call asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct MastheadRequest {
    pub(crate) title: Option<String>,
    pub(crate) session: Option<String>,
    pub(crate) agenda_item: Option<String>,
    pub(crate) agenda_title: Option<String>,
    pub(crate) agenda_footnote: Option<String>,
    pub(crate) job_number: Option<String>,
    /// The language the report was first written in.
    pub(crate) original: Language,
    /// The date of issue, when it is not the day the cycle's report was published.
    pub(crate) issued_on: Option<Date>,
}

/// The first page's head, the title and the subtitle of a report in `language`.
pub(crate) struct FrontMatter {
    pub(crate) masthead: Masthead,
    pub(crate) title: String,
    pub(crate) subtitle: String,
}

/// Builds the front matter, or says why a report in `language` cannot have one.
pub(crate) fn front_matter(
    request: Option<&MastheadRequest>,
    language: Language,
    cycle: &ReportingCycle,
) -> Result<FrontMatter, String> {
    let original = request.map_or(Language::English, |request| request.original);
    let issued_on = request.and_then(|request| request.issued_on).or(cycle.published_on);
    let title = match request.and_then(|request| request.title.clone()) {
        Some(title) => title,
        None if language == Language::English => cycle.title.clone(),
        None => {
            return Err(format!(
                "the cycle's title is recorded in English only; give the title in {} with masthead(title=\"...\")",
                english_name(language)
            ));
        }
    };
    let words = Words::of(language);
    let mut distribution = vec![words.distribution.to_owned()];
    if let Some(date) = issued_on {
        distribution.push(date.to_un_style_in(words.masthead_date_language));
    }
    if language != original
        && let Some(version) = words.version
    {
        distribution.push(version.to_owned());
    }
    distribution.push(format!("{}{}", words.original, (words.language_name)(original)));
    let agenda_footnote = request.and_then(|request| request.agenda_footnote.clone());
    let agenda_item = request.and_then(|request| request.agenda_item.clone()).map(|item| {
        // Chinese mastheads put the asterisk after the list's name ("初步清单*项目63"): a
        // template that places it itself is taken as written.
        if agenda_footnote.is_some() && !item.contains('*') { format!("{item}*") } else { item }
    });
    Ok(FrontMatter {
        masthead: Masthead {
            organization: words.organization.to_owned(),
            organ: words.organ.to_owned(),
            distribution,
            session: request.and_then(|request| request.session.clone()),
            agenda_item,
            agenda_title: request.and_then(|request| request.agenda_title.clone()),
            agenda_footnote: agenda_footnote.map(|note| format!("* {note}")),
            job_number: request.and_then(|request| request.job_number.clone()),
            issued_on,
        },
        title,
        subtitle: words.subtitle.to_owned(),
    })
}

/// The fixed words of a masthead in one language, as the General Assembly's documents in it
/// print them. Arabic, Chinese and Russian documents keep the distribution lines in English
/// and add the version's language ("Russian") above "Original: English"; French and Spanish
/// write them in their own language.
struct Words {
    organization: &'static str,
    organ: &'static str,
    distribution: &'static str,
    /// The language the masthead's date is written in.
    masthead_date_language: Language,
    /// The line naming this version's language, shown when it is not the original.
    version: Option<&'static str>,
    /// "Original: " with the spacing of the language.
    original: &'static str,
    language_name: fn(Language) -> &'static str,
    subtitle: &'static str,
}

impl Words {
    fn of(language: Language) -> Words {
        match language {
            Language::English => Words {
                organization: "United Nations",
                organ: "General Assembly",
                distribution: "Distr.: General",
                masthead_date_language: Language::English,
                version: None,
                original: "Original: ",
                language_name: english_name,
                subtitle: "Report of the Secretary-General",
            },
            Language::French => Words {
                organization: "Nations Unies",
                organ: "Assemblée générale",
                distribution: "Distr. générale",
                masthead_date_language: Language::French,
                version: Some("Français"),
                original: "Original\u{a0}: ",
                language_name: french_name,
                subtitle: "Rapport du Secrétaire général",
            },
            Language::Spanish => Words {
                organization: "Naciones Unidas",
                organ: "Asamblea General",
                distribution: "Distr. general",
                masthead_date_language: Language::Spanish,
                version: Some("Español"),
                original: "Original: ",
                language_name: spanish_name,
                subtitle: "Informe del Secretario General",
            },
            Language::Russian => Words {
                organization: "Организация Объединенных Наций",
                organ: "Генеральная Ассамблея",
                distribution: "Distr.: General",
                masthead_date_language: Language::English,
                version: Some("Russian"),
                original: "Original: ",
                language_name: english_name,
                subtitle: "Доклад Генерального секретаря",
            },
            Language::Arabic => Words {
                organization: "الأمم المتحدة",
                organ: "الجمعية العامة",
                distribution: "Distr.: General",
                masthead_date_language: Language::English,
                version: Some("Arabic"),
                original: "Original: ",
                language_name: english_name,
                subtitle: "تقرير الأمين العام",
            },
            Language::Chinese => Words {
                organization: "联合国",
                organ: "大会",
                distribution: "Distr.: General",
                masthead_date_language: Language::English,
                version: Some("Chinese"),
                original: "Original: ",
                language_name: english_name,
                subtitle: "秘书长的报告",
            },
        }
    }
}

pub(crate) fn english_name(language: Language) -> &'static str {
    match language {
        Language::Arabic => "Arabic",
        Language::Chinese => "Chinese",
        Language::English => "English",
        Language::French => "French",
        Language::Russian => "Russian",
        Language::Spanish => "Spanish",
    }
}

fn french_name(language: Language) -> &'static str {
    match language {
        Language::Arabic => "arabe",
        Language::Chinese => "chinois",
        Language::English => "anglais",
        Language::French => "français",
        Language::Russian => "russe",
        Language::Spanish => "espagnol",
    }
}

fn spanish_name(language: Language) -> &'static str {
    match language {
        Language::Arabic => "árabe",
        Language::Chinese => "chino",
        Language::English => "inglés",
        Language::French => "francés",
        Language::Russian => "ruso",
        Language::Spanish => "español",
    }
}
