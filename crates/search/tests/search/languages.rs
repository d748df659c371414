//! Words in the six UN languages: stemming, segmentation, phrases, prefixes, and vocabulary
//! labels matched across languages.

use domain::{language::Language, measure::MeasureState};
use search::SearchRequest;

use crate::support::{Demo, import};

/// The measures tagged with `keyword` (or a narrower keyword), by external id.
async fn tagged(demo: &Demo, keyword: &str) -> Vec<String> {
    let mut request = SearchRequest::everything(Language::English);
    request.per_page = 1000;
    request.filters.terms = vec![(
        domain::vocabulary::VocabularyCode::parse("keyword").unwrap(),
        vec![domain::vocabulary::TermCode::parse(keyword).unwrap()],
    )];
    demo.search(&request).hits.into_iter().map(|hit| hit.external_id).collect()
}

fn ids(results: &search::SearchResults) -> Vec<String> {
    results.hits.iter().map(|hit| hit.external_id.clone()).collect()
}

#[tokio::test]
async fn a_label_in_any_language_finds_measures_tagged_with_its_term_whatever_their_language() {
    let demo = Demo::new().await;
    for (query, keyword) in [
        ("travailleuses migrantes", "women-migrant-workers"),
        ("trabajadoras domésticas", "domestic-workers"),
        ("мигрантки", "migrant-women"),
        ("Женщины-мигранты", "migrant-women"),
        ("移民妇女", "migrant-women"),
        ("العاملات المهاجرات", "women-migrant-workers"),
    ] {
        let results = demo.text(query);
        let expected = tagged(&demo, keyword).await;
        assert!(!expected.is_empty(), "{keyword}");
        let found = ids(&results);
        for id in &expected {
            assert!(found.contains(id), "'{query}' does not find {id}, tagged {keyword}");
        }
        assert!(
            results.named_terms.iter().any(|(_, term)| term.as_str() == keyword),
            "{query}: {:?}",
            results.named_terms
        );
    }
    // A Russian query read in English shows the English text, whatever language matched.
    let russian = demo.text("мигрантки");
    let first = &russian.hits[0];
    assert_eq!(first.language, Language::English);
    assert!(!first.snippet.text.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c)));
}

#[tokio::test]
async fn one_word_of_a_label_finds_the_terms_measures_without_naming_the_term() {
    let demo = Demo::new().await;
    for (word, term) in [("trafficking", "trafficking"), ("торговля", "trafficking"), ("贩运", "trafficking")]
    {
        let results = demo.text(word);
        // "торговля" is not the whole label "Торговля людьми": the results do not say the
        // query named the term, but they hold the measures tagged with it.
        assert!(results.named_terms.is_empty(), "{word}: {:?}", results.named_terms);
        let mut request = SearchRequest::everything(Language::English);
        request.per_page = 1000;
        request.filters.terms = vec![(
            domain::vocabulary::VocabularyCode::parse("form").unwrap(),
            vec![domain::vocabulary::TermCode::parse(term).unwrap()],
        )];
        let tagged: Vec<String> = demo.search(&request).hits.into_iter().map(|hit| hit.external_id).collect();
        let found = ids(&results);
        let missing: Vec<&String> = tagged.iter().filter(|id| !found.contains(id)).collect();
        assert!(missing.is_empty(), "'{word}' misses {missing:?}");
    }
    // A word in the labels of many terms names none of them.
    let broad = demo.text("violence");
    assert!(broad.total < demo.search(&SearchRequest::everything(Language::English)).total);
}

#[tokio::test]
async fn english_words_are_stemmed_and_phrases_keep_their_order() {
    let demo = Demo::new().await;
    let sorted = |mut ids: Vec<String>| {
        ids.sort();
        ids
    };
    assert_eq!(sorted(ids(&demo.text("trainings "))), sorted(ids(&demo.text("training "))));
    assert!(demo.text("training").total > 10);
    let phrase = demo.text("\"domestic workers\"");
    let words = demo.text("domestic workers");
    assert!(phrase.total > 0);
    assert!(phrase.total <= words.total);
    let reversed = demo.text("\"workers domestic\"");
    assert!(reversed.total < phrase.total, "{} {}", reversed.total, phrase.total);
    // Highlights mark the words found.
    let hit = &phrase.hits[0];
    let marked: Vec<&str> =
        hit.snippet.parts().into_iter().filter(|(_, marked)| *marked).map(|(text, _)| text).collect();
    assert!(marked.iter().any(|text| text.eq_ignore_ascii_case("domestic")), "{:?}", hit.snippet);
}

#[tokio::test]
async fn the_last_word_matches_as_a_prefix_while_it_is_typed() {
    let demo = Demo::new().await;
    let typing = demo.text("traff");
    let word = demo.text("trafficking");
    assert!(typing.total >= word.total && word.total > 0, "{} {}", typing.total, word.total);
    // With a space after it the word is finished, and "traff" is no word.
    assert_eq!(demo.text("traff ").total, 0);
    // OR and exclusion.
    let either = demo.text("shelters OR hotlines");
    assert!(either.total >= demo.text("shelters").total);
    let without = demo.text("trafficking -police");
    assert!(without.total < word.total);
}

#[tokio::test]
async fn texts_in_french_spanish_russian_arabic_and_chinese_are_analysed_in_their_language() {
    let demo = Demo::new().await;
    let json = r#"{
      "format": "vawdb-exchange/1",
      "measures": [{
        "id": "test-multilingual",
        "country": "MEX",
        "cycle": "2009",
        "classification": {"type": ["training"]},
        "text": {
          "fr": {"title": "Formation des inspecteurs du travail", "description": "Les inspectrices ont été formées à repérer les violences faites aux travailleuses."},
          "es": {"title": "Capacitación de inspectores", "description": "Las inspectoras recibieron capacitación sobre la violencia contra las trabajadoras."},
          "ru": {"title": "Обучение инспекторов труда", "description": "Инспекторы прошли обучение по выявлению насилия в отношении работниц."},
          "ar": {"title": "تدريب مفتشي العمل", "description": "تلقى المفتشون تدريبا على كشف العنف ضد العاملات."},
          "zh": {"title": "劳动监察员培训", "description": "劳动监察员接受了识别针对女工的暴力行为的培训。"}
        }
      }]
    }"#;
    import(&demo.store, json, MeasureState::Published).await;
    demo.index.catch_up(&demo.store).await.unwrap();
    for query in [
        "inspecteur",
        "formées",
        "inspectores",
        "capacitaciones",
        "инспектора",
        "обучения",
        "مفتشي",
        "培训",
        "劳动监察员",
    ] {
        let found = ids(&demo.text(query));
        assert!(found.contains(&"test-multilingual".to_owned()), "'{query}' does not find the measure: {found:?}");
    }
    // Shown in the reader's language when the measure has it.
    let mut request = SearchRequest::text("培训", Language::Chinese);
    request.per_page = 1000;
    let hit = demo.search(&request).hits.into_iter().find(|hit| hit.external_id == "test-multilingual").unwrap();
    assert_eq!(hit.language, Language::Chinese);
    assert_eq!(hit.title.text, "劳动监察员培训");
    assert!(hit.title.parts().iter().any(|(text, marked)| *marked && *text == "培训"), "{:?}", hit.title);
}
