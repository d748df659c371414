//! Instruments and treaty actions in the store: the shipped data, status as at a date, and
//! importing status tables all or nothing.

use domain::{
    actor::ActorKind,
    country::M49,
    date::Date,
    language::Language,
    status_table::{Table, read_untc_table},
    text::english_sort_key,
    treaty::{ActionError, BatchConfig, InstrumentCode, parties_as_at, parties_to_all},
};
use store::{Author, ImportMode, Store, TreatyActionFilter, TreatyImport};

use crate::support::{load_demo, load_reference};

fn code(text: &str) -> InstrumentCode {
    InstrumentCode::parse(text).unwrap()
}

/// The English short names, as at 1 June 2009 and in UN order, of the respondents of the
/// 2009 cycle that were parties to all of `codes` as at 1 June 2009.
async fn respondents_party_to(store: &Store, codes: &[&str]) -> Vec<String> {
    let catalogue = store.catalogue().await.unwrap();
    let as_at = Date::parse("2009-06-01").unwrap();
    let respondents: Vec<_> = store
        .submissions("2009")
        .await
        .unwrap()
        .into_iter()
        .filter(|reply| reply.actor_kind == ActorKind::MemberState)
        .filter_map(|reply| reply.actor_country)
        .collect();
    let instruments: Vec<_> = codes.iter().map(|c| catalogue.instrument(c).unwrap()).collect();
    let actions = store
        .treaty_actions(&TreatyActionFilter { instruments: codes.iter().map(|c| code(c)).collect(), country: None })
        .await
        .unwrap();
    let mut names: Vec<String> = parties_to_all(&actions, &instruments, &respondents, as_at)
        .into_iter()
        .map(|m49| catalogue.country(m49).unwrap().name_as_at(Language::English, as_at).short_name.clone())
        .collect();
    names.sort_by_key(|name| english_sort_key(name));
    names
}

async fn the_june_2009_counts_hold_in_the_store(store: Store) {
    load_reference(&store).await;
    let catalogue = store.catalogue().await.unwrap();
    let june_2009 = Date::parse("2009-06-01").unwrap();
    for (instrument, expected) in [("untoc", 149), ("untoc-trafficking", 130), ("untoc-smuggling", 119), ("icrmw", 41)]
    {
        let actions = store
            .treaty_actions(&TreatyActionFilter { instruments: vec![code(instrument)], country: None })
            .await
            .unwrap();
        assert_eq!(
            parties_as_at(&actions, catalogue.instrument(instrument).unwrap(), june_2009).len(),
            expected,
            "{instrument}"
        );
    }
    let instruments = store.instruments().await.unwrap();
    assert_eq!(instruments, reference::reference_data().unwrap().instruments);
}
crate::on_both_databases!(the_june_2009_counts_hold_in_the_store_test, super::the_june_2009_counts_hold_in_the_store);

async fn paragraphs_3_and_4_lists_come_from_the_data(store: Store) {
    load_demo(&store).await;
    let all_three = respondents_party_to(&store, &["untoc", "untoc-trafficking", "untoc-smuggling"]).await;
    assert_eq!(
        all_three.join(", "),
        "Azerbaijan, Belarus, Chile, Denmark, Ecuador, El Salvador, Germany, Hungary, Kyrgyzstan, Malawi, Mexico, Paraguay, Romania, Russian Federation, Rwanda, Slovakia, Spain, Sweden, Trinidad and Tobago, Turkey, Turkmenistan"
    );
    let convention_and_trafficking = respondents_party_to(&store, &["untoc", "untoc-trafficking"]).await;
    let only_those_two: Vec<&String> =
        convention_and_trafficking.iter().filter(|state| !all_three.contains(state)).collect();
    assert_eq!(only_those_two, ["Colombia", "Qatar"]);
    let icrmw = respondents_party_to(&store, &["icrmw"]).await;
    assert_eq!(
        icrmw.join(", "),
        "Azerbaijan, Chile, Colombia, Ecuador, El Salvador, Ghana, Kyrgyzstan, Mexico, Paraguay, Rwanda, Turkey"
    );
    // Convention No. 97: the States of the report's list (Trinidad and Tobago through the
    // report's own record of it as a party, its ratification date being unknown), and Spain,
    // which NORMLEX records as a party since 21 March 1967 although the report's list leaves
    // it out.
    let c097 = respondents_party_to(&store, &["ilo-c097"]).await;
    assert_eq!(c097, ["Ecuador", "Germany", "Kyrgyzstan", "Malawi", "Spain", "Trinidad and Tobago"]);
}
crate::on_both_databases!(
    paragraphs_3_and_4_lists_come_from_the_data_test,
    super::paragraphs_3_and_4_lists_come_from_the_data
);

const UNTC_EXTRACT: &str = "Participant\tSignature\tRatification, Acceptance(A), Approval(AA), Accession(a), Succession(d)\n\
Bahrain\t\t7 Jun 2004 a\n\
Czech Republic 2\t12 Dec 2000\t24 Sep 2013\n";

async fn a_status_table_imports_once_and_a_conflict_writes_nothing(store: Store) {
    load_reference(&store).await;
    let data = reference::reference_data().unwrap();
    let names = reference::country_name_index(&data.countries).unwrap();
    let table = read_untc_table(&Table::from_pasted_text(UNTC_EXTRACT), &code("untoc"), &names).unwrap();
    let first = store
        .import_treaty_actions(&table.actions, &Author::process("test"), ImportMode::Commit, BatchConfig::default())
        .await
        .unwrap();
    // Bahrain's accession is already in the shipped table; the Czech Republic's is new.
    assert_eq!(first, TreatyImport::Done { added: 1, already_recorded: 2, changed: vec![] });
    let again = store
        .import_treaty_actions(&table.actions, &Author::process("test"), ImportMode::Commit, BatchConfig::default())
        .await
        .unwrap();
    assert_eq!(again, TreatyImport::Done { added: 0, already_recorded: 3, changed: vec![] });

    let changes = store.change_count().await.unwrap();
    let conflicting =
        "Participant\tSignature\tRatification, Accession(a)\nCzech Republic\t\t1 Oct 2013 a\nTuvalu\t\t1 Jan 2014 a\n";
    let table = read_untc_table(&Table::from_pasted_text(conflicting), &code("untoc"), &names).unwrap();
    let TreatyImport::Refused(problems) = store
        .import_treaty_actions(&table.actions, &Author::process("test"), ImportMode::Commit, BatchConfig::default())
        .await
        .unwrap()
    else {
        panic!("a second accession by a party must be refused");
    };
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].position, 2, "the row of the table");
    assert!(matches!(problems[0].error, ActionError::AlreadyParty { .. }));
    assert_eq!(store.change_count().await.unwrap(), changes, "Tuvalu's valid row was not written either");

    // The depositary corrects the Czech Republic's date: refused as it stands, recorded with
    // the replacement asked for, the old date kept in the change log.
    let corrected = "Participant\tSignature\tRatification, Accession(a)\nCzech Republic\t12 Dec 2000\t25 Sep 2013\n";
    let table = read_untc_table(&Table::from_pasted_text(corrected), &code("untoc"), &names).unwrap();
    let TreatyImport::Refused(problems) = store
        .import_treaty_actions(&table.actions, &Author::process("test"), ImportMode::Commit, BatchConfig::default())
        .await
        .unwrap()
    else {
        panic!("a changed date needs --replace");
    };
    assert!(matches!(problems[0].error, ActionError::DateChanged { .. }), "{:?}", problems[0].error);
    let replace = BatchConfig { replace_changed_dates: true };
    let TreatyImport::Done { added, already_recorded, changed } = store
        .import_treaty_actions(&table.actions, &Author::process("test"), ImportMode::Commit, replace)
        .await
        .unwrap()
    else {
        panic!("the replacement is accepted");
    };
    assert_eq!((added, already_recorded, changed.len()), (0, 1, 1));
    assert_eq!(changed[0].recorded.date.to_string(), "2013-09-24");
    assert_eq!(changed[0].table.date.to_string(), "2013-09-25");
    let czech = store
        .treaty_actions(&TreatyActionFilter { instruments: vec![code("untoc")], country: M49::new(203) })
        .await
        .unwrap();
    let dates: Vec<String> = czech.iter().map(|action| action.date.to_string()).collect();
    assert_eq!(dates, ["2000-12-12", "2013-09-25"]);
    assert_eq!(store.change_count().await.unwrap(), changes + 2, "one removal and one addition are logged");
}
crate::on_both_databases!(
    a_status_table_imports_once_and_a_conflict_writes_nothing_test,
    super::a_status_table_imports_once_and_a_conflict_writes_nothing
);
