//! Bad input gets a sensible reading or an error naming the parameter, never a panic.

use domain::{
    language::Language,
    vocabulary::{TermCode, VocabularyCode},
};
use search::{SearchError, SearchRequest};

use crate::support::Demo;

fn parameter(error: SearchError) -> String {
    match error {
        SearchError::InvalidParameter { parameter, .. } => parameter,
        other => panic!("expected an invalid parameter, got {other}"),
    }
}

#[tokio::test]
async fn odd_texts_are_read_as_plain_text() {
    let demo = Demo::new().await;
    for text in [
        "\"unbalanced",
        "women\"",
        "((( AND OR NOT )))",
        "- + * ? : ^ ~ [ ] { } \\ /",
        "a*b?c",
        "\u{0}\u{200f}",
        "🙂 women",
    ] {
        let results = demo.index.search(&SearchRequest::text(text, Language::English));
        assert!(results.is_ok(), "{text:?}: {:?}", results.err());
    }
    assert!(demo.text("\"unbalanced women").total == demo.text("unbalanced women").total);
}

#[tokio::test]
async fn excluding_a_phrase_takes_out_only_the_measures_that_contain_it() {
    let demo = Demo::new().await;
    let training = demo.text("training").total;
    assert!(training > 0);
    // Both words of "police or" are in the French description dictionary, never side by side,
    // and "police((OR" is read as the same phrase.
    for phrase in ["\"police or\"", "police((OR.*", "\"domestic workers\"", "\"workers migrant women training\""] {
        let without = demo.text(&format!("training -{phrase}")).total;
        let with = demo.text(&format!("training {phrase}")).total;
        assert_eq!(without + with, training, "{phrase} splits the matches for training in two");
    }
    assert!(demo.text("training \"domestic workers\"").total > 0);
}

#[tokio::test]
async fn out_of_range_requests_name_the_parameter() {
    let demo = Demo::new().await;
    let long = "women ".repeat(2000);
    assert_eq!(parameter(demo.index.search(&SearchRequest::text(&long, Language::English)).unwrap_err()), "q");

    let mut reversed = SearchRequest::everything(Language::English);
    reversed.filters.year_from = Some(2009);
    reversed.filters.year_to = Some(2000);
    assert_eq!(parameter(demo.index.search(&reversed).unwrap_err()), "year_to");

    let mut unknown = SearchRequest::everything(Language::English);
    unknown.filters.terms =
        vec![(VocabularyCode::parse("keyword").unwrap(), vec![TermCode::parse("no-such-term").unwrap()])];
    assert_eq!(parameter(demo.index.search(&unknown).unwrap_err()), "keyword");

    let mut zero = SearchRequest::everything(Language::English);
    zero.per_page = 0;
    assert_eq!(parameter(demo.index.search(&zero).unwrap_err()), "per_page");
}

#[tokio::test]
async fn a_page_past_the_end_is_empty_and_still_counts() {
    let demo = Demo::new().await;
    let mut request = SearchRequest::everything(Language::English);
    request.page = 1_000_000;
    let results = demo.search(&request);
    assert!(results.hits.is_empty());
    assert_eq!(results.total, 184);
    assert_eq!(results.page_count(), 10);
}
