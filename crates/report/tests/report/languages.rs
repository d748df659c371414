//! Reports in each of the six languages: names, articles and order of State lists, numbers,
//! dates, the masthead, and the errors a template in the wrong language gets.

use domain::{actor::ActorCode, country::M49, cycle::Submission, date::Date, language::Language, un_style::Gender};
use report::{CompileConfig, Reply, ReportData, compile, document::Document};

use crate::support::demo_data;

fn compiled_in(language: Language, template: &str, data: &ReportData) -> Document {
    compile(template, data, &CompileConfig { language, ..CompileConfig::default() })
        .unwrap_or_else(|error| panic!("the template does not compile in {language:?}: {error}"))
        .document
}

/// The text of `template` compiled in `language`, with a masthead that gives the title every
/// language but English needs.
fn text_in(language: Language, template: &str) -> String {
    compiled_in(language, &format!("{{{{- masthead(title=\"T\") -}}}}{template}"), &demo_data()).plain_text()
}

/// The 28 Member States that had replied by 1 June 2009, in running text in French: French
/// names of 2009 with their articles, in French alphabetical order (accents ignored, so
/// "Équateur" between "El Salvador" and "Espagne"), "et" before the last.
#[test]
fn the_french_running_text_list_of_the_2009_respondents_has_french_names_articles_and_order() {
    let expected = "l'Allemagne, l'Azerbaïdjan, le Bélarus, le Chili, la Colombie, le Danemark, El Salvador, \
        l'Équateur, l'Espagne, la Fédération de Russie, le Ghana, la Hongrie, le Japon, le Kirghizistan, le Malawi, \
        le Mexique, le Paraguay, le Qatar, la République de Corée, la République tchèque, la Roumanie, le Rwanda, \
        la Slovaquie, la Suède, la Thaïlande, la Trinité-et-Tobago, le Turkménistan et la Turquie";
    let text = text_in(Language::French, "Ont répondu\u{a0}: {{ respondents(cycle) | running_text }}.");
    assert_eq!(text.trim(), format!("1. Ont répondu\u{a0}: {expected}."));
    let opening = text_in(Language::French, "{{ respondents(cycle) | running_text }} ont répondu.");
    assert!(opening.starts_with("1. L'Allemagne, l'Azerbaïdjan"), "{opening}");
}

/// The same States as a Spanish parenthetical list: no articles, Spanish order, "y".
#[test]
fn the_spanish_parenthetical_list_of_the_2009_respondents_has_spanish_names_and_order() {
    let expected = "(Alemania, Azerbaiyán, Belarús, Chile, Colombia, Dinamarca, Ecuador, El Salvador, Eslovaquia, \
        España, Federación de Rusia, Ghana, Hungría, Japón, Kirguistán, Malawi, México, Paraguay, Qatar, \
        República Checa, República de Corea, Rumania, Rwanda, Suecia, Tailandia, Trinidad y Tabago, Turkmenistán y \
        Turquía)";
    let text = text_in(Language::Spanish, "({{ respondents(cycle) }})");
    assert_eq!(text.trim().trim_start_matches("1. "), expected);
}

/// Chinese documents keep the English order of States; Arabic ones sort in the Arabic
/// alphabet with the article "ال" ignored, so "الاتحاد الروسي" opens the list.
#[test]
fn chinese_lists_keep_the_english_order_and_arabic_lists_ignore_the_article() {
    let chinese = text_in(Language::Chinese, "{{ respondents(cycle) }}");
    assert!(chinese.starts_with("1. 阿塞拜疆、白俄罗斯、智利、哥伦比亚、捷克共和国"), "{chinese}");
    assert!(chinese.trim_end().ends_with("特立尼达和多巴哥、土耳其和土库曼斯坦"), "{chinese}");
    let arabic = text_in(Language::Arabic, "{{ respondents(cycle) }}");
    let names: Vec<&str> =
        arabic.trim().trim_start_matches("1 - ").split("، ").map(|name| name.trim_start_matches('و')).collect();
    assert_eq!(names.len(), 28, "{arabic}");
    assert_eq!(&names[..5], ["الاتحاد الروسي", "أذربيجان", "إسبانيا", "إكوادور", "ألمانيا"], "{arabic}");
    assert_eq!(names.last(), Some(&"اليابان"), "{arabic}");
}

/// A name written "X (Y of)" stands in running text in its formal order and sorts under X.
#[test]
fn running_text_writes_bolivia_and_iran_in_their_formal_order_sorted_under_their_short_name() {
    let mut data = demo_data();
    data.cycle.as_at = Date::parse("2024-06-01").unwrap();
    let reply = |iso3: &str, m49: u16| Reply {
        submission: Submission {
            cycle: data.cycle.code.clone(),
            actor: ActorCode::parse(iso3).unwrap(),
            received_on: Date::parse("2024-03-01").unwrap(),
            language: None,
            note: None,
        },
        actor_kind: domain::actor::ActorKind::MemberState,
        country: M49::new(m49),
    };
    data.replies = vec![reply("MDA", 498), reply("IRN", 364), reply("KEN", 404), reply("BOL", 68), reply("CHL", 152)];
    let template =
        "{{- masthead(title=\"T\") -}}From {{ respondents(cycle) | running_text }}.\n\n({{ respondents(cycle) }})";
    let english = compiled_in(Language::English, template, &data).plain_text();
    assert!(
        english.contains(
            "From the Plurinational State of Bolivia, Chile, the Islamic Republic of Iran, Kenya and the Republic of Moldova"
        ),
        "{english}"
    );
    assert!(
        english.contains(
            "(Bolivia (Plurinational State of), Chile, Iran (Islamic Republic of), Kenya and Republic of Moldova)"
        ),
        "{english}"
    );
    let french = compiled_in(Language::French, template, &data).plain_text();
    assert!(
        french.contains(
            "l'État plurinational de Bolivie, le Chili, la République islamique d'Iran, le Kenya et la République de Moldova"
        ),
        "{french}"
    );
    let spanish = compiled_in(Language::Spanish, template, &data).plain_text();
    assert!(spanish.contains("el Estado Plurinacional de Bolivia, Chile, la República Islámica del Irán"), "{spanish}");
    let russian = compiled_in(Language::Russian, template, &data).plain_text();
    assert!(russian.contains("Многонациональное Государство Боливия, Исламская Республика Иран"), "{russian}");
}

#[test]
fn counts_and_dates_follow_each_language() {
    let template = "{{ respondents(cycle) | count | number }} États ont répondu au {{ cycle.as_at | date }}. \
        Au total, {{ respondents(cycle) | count | number }} États ; en {{ cycle.as_at | date(\"month\") }}.";
    let french = text_in(Language::French, template);
    assert!(french.contains("Vingt-huit États ont répondu au 1er juin 2009."), "{french}");
    assert!(french.contains("Au total, 28 États ; en juin 2009."), "{french}");
    let feminine = text_in(Language::Spanish, "{{ 21 | number(\"f\") }} entidades. Y {{ 1 | number(\"f\") }} más.");
    assert!(feminine.contains("Veintiuna entidades. Y una más."), "{feminine}");
    let russian =
        text_in(Language::Russian, "{{ respondents(cycle) | count | number }} государств, {{ cycle.as_at | date }}.");
    assert!(russian.contains("28 государств, 1 июня 2009 года."), "{russian}");
    let chinese =
        text_in(Language::Chinese, "截至{{ cycle.as_at | date }}，{{ respondents(cycle) | count | number }}个会员国。");
    assert!(chinese.contains("截至2009年6月1日，28个会员国。"), "{chinese}");
    let arabic = text_in(Language::Arabic, "{{ cycle.as_at | date }}");
    assert!(arabic.contains("1 حزيران/يونيه 2009"), "{arabic}");
    assert_eq!(domain::un_style::number_words_in(Language::Arabic, 28, Gender::Masculine), None);
}

#[test]
fn the_masthead_is_written_in_the_report_language_with_the_original_named() {
    let template = "{{- masthead(title=\"La violence à l'égard des travailleuses migrantes\", session=\"Soixante-quatrième session\", agenda_item=\"Point 63 de la liste préliminaire\", agenda_footnote=\"A/64/50.\", original=\"en\", language=\"fr\") -}}\n# Introduction\n\nTexte.";
    let french = compiled_in(Language::French, template, &demo_data());
    assert_eq!(french.masthead.organization, "Nations Unies");
    assert_eq!(french.masthead.organ, "Assemblée générale");
    assert_eq!(
        french.masthead.distribution,
        ["Distr. générale", "16 juillet 2009", "Français", "Original\u{a0}: anglais"]
    );
    assert_eq!(french.masthead.agenda_item.as_deref(), Some("Point 63 de la liste préliminaire*"));
    assert_eq!(french.masthead.agenda_footnote.as_deref(), Some("* A/64/50."));
    assert_eq!(french.subtitle, "Rapport du Secrétaire général");
    assert_eq!(french.title, "La violence à l'égard des travailleuses migrantes");
    let english = compiled_in(Language::English, report::DEFAULT_TEMPLATE, &demo_data());
    assert_eq!(english.masthead.distribution, ["Distr.: General", "16 July 2009", "Original: English"]);
    assert_eq!(english.masthead.session.as_deref(), Some("Sixty-fourth session"));
    let russian = compiled_in(Language::Russian, "{{ masthead(title=\"Насилие\") }}Текст.", &demo_data());
    assert_eq!(russian.masthead.distribution, ["Distr.: General", "16 July 2009", "Russian", "Original: English"]);
}

#[test]
fn a_template_in_one_language_compiled_in_another_is_refused_at_its_line() {
    let template = "# Introduction\n\n{{ masthead(language=\"fr\", title=\"Violence\") }}Texte.";
    let error = compile(template, &demo_data(), &CompileConfig::default()).unwrap_err();
    assert_eq!(error.line, Some(3), "{error}");
    assert!(error.to_string().contains("written in French"), "{error}");
    assert!(error.to_string().contains("compiled in English"), "{error}");
    let unknown = compile("{{ masthead(language=\"de\") }}", &demo_data(), &CompileConfig::default()).unwrap_err();
    assert!(unknown.to_string().contains("ar, zh, en, fr, ru, es"), "{unknown}");
    let untitled =
        compile("Texte.", &demo_data(), &CompileConfig { language: Language::French, ..CompileConfig::default() })
            .unwrap_err();
    assert!(untitled.to_string().contains("title"), "{untitled}");
}

#[test]
fn a_state_without_a_name_in_the_report_language_is_an_error_naming_it() {
    let mut data = demo_data();
    let thailand = M49::new(764).unwrap();
    let mut countries: Vec<_> = data.catalogue.countries().to_vec();
    for country in &mut countries {
        if country.m49 == thailand {
            country.names.retain(|name| name.language != Language::French);
        }
    }
    data.catalogue = domain::catalogue::Catalogue::new(
        data.catalogue.regions().cloned().collect(),
        countries,
        data.catalogue.actors().cloned().collect(),
        data.catalogue.thesauri().to_vec(),
        data.catalogue.cycles().cloned().collect(),
        data.catalogue.instruments().to_vec(),
    );
    let error = compile(
        "{{ masthead(title=\"T\") }}{{ respondents(cycle) }}",
        &data,
        &CompileConfig { language: Language::French, ..CompileConfig::default() },
    )
    .unwrap_err();
    assert!(error.to_string().contains("THA"), "{error}");
    assert!(error.to_string().contains("no name in French"), "{error}");
}

/// Each language's default template makes the same report as the English one: the same
/// paragraphs and footnotes, and the same State lists (same calls, same States), written in its
/// language.
#[test]
fn the_default_template_in_every_language_makes_the_lists_of_the_english_report() {
    let data = demo_data();
    let english = compile(report::DEFAULT_TEMPLATE, &data, &CompileConfig::default()).unwrap();
    let paragraphs = |document: &Document| {
        document
            .blocks
            .iter()
            .filter(|block| matches!(block, report::document::Block::Paragraph { number: Some(_), .. }))
            .count()
    };
    for language in Language::ALL {
        let compiled =
            compile(report::default_template(language), &data, &CompileConfig { language, ..CompileConfig::default() })
                .unwrap_or_else(|error| panic!("the {language:?} default template does not compile: {error}"));
        assert_eq!(compiled.document.language, language);
        assert_eq!(paragraphs(&compiled.document), paragraphs(&english.document), "{language:?}");
        assert_eq!(compiled.document.footnotes.len(), english.document.footnotes.len(), "{language:?}");
        assert_eq!(compiled.lists.len(), english.lists.len(), "{language:?}");
        // Translators may reorder the lists of one paragraph, so compare them as sets of
        // (call, place, States).
        let lists = |records: &[report::ListRecord]| {
            let mut lists: Vec<String> = records
                .iter()
                .map(|record| {
                    let mut countries = record.countries.clone();
                    countries.sort();
                    format!("{} {:?} {}", record.call, record.location, countries.join(" "))
                })
                .collect();
            lists.sort();
            lists
        };
        assert_eq!(lists(&compiled.lists), lists(&english.lists), "{language:?}");
        let text = compiled.document.plain_text();
        for count in ["149", "130", "119", "41", "28"] {
            assert!(text.contains(count), "{language:?} lacks the count {count}");
        }
    }
}

#[test]
fn the_french_and_spanish_reports_name_the_respondents_in_their_language() {
    let data = demo_data();
    let french = compiled_in(Language::French, report::default_template(Language::French), &data);
    let note = &french.footnotes[0].text;
    assert!(note.contains("l'Allemagne, l'Azerbaïdjan, le Bélarus"), "{note}");
    assert!(note.contains("le Turkménistan et la Turquie"), "{note}");
    let paragraph_2 = crate::support::paragraph(&french, 2);
    assert!(paragraph_2.starts_with("Au 1er juin 2009, 28 États Membres avaient répondu"), "{paragraph_2}");
    let spanish = compiled_in(Language::Spanish, report::default_template(Language::Spanish), &data);
    let note = &spanish.footnotes[0].text;
    assert!(note.contains("Alemania, Azerbaiyán, Belarús"), "{note}");
    assert!(note.contains("Turkmenistán y Turquía"), "{note}");
}
