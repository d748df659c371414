//! The stale-list check on the 2009 report after the data changed.

use domain::{actor::ActorCode, cycle::Submission};
use report::{CompileConfig, DEFAULT_TEMPLATE, Reply, check, compile, markdown};

use crate::support::demo_data;

#[test]
fn a_reply_that_arrives_after_compilation_makes_the_respondent_lists_stale() {
    let data = demo_data();
    let compiled = compile(DEFAULT_TEMPLATE, &data, &CompileConfig::default()).unwrap();
    let text = markdown::render(&compiled.document);

    let mut later = data;
    let fiji = later.catalogue.country_by_code("FJI").unwrap().m49;
    later.replies.push(Reply {
        submission: Submission {
            cycle: later.cycle.code.clone(),
            actor: ActorCode::parse("FJI").unwrap(),
            received_on: later.cycle.as_at,
            language: None,
            note: None,
        },
        actor_kind: domain::actor::ActorKind::MemberState,
        country: Some(fiji),
    });
    let recompiled = compile(DEFAULT_TEMPLATE, &later, &CompileConfig::default()).unwrap();
    let findings = check::check(&text, &compiled.lists, &recompiled.lists);
    let footnote = findings
        .iter()
        .find(|finding| {
            finding.saved.call.starts_with("respondents(kind=\"member_state\"")
                && finding.saved.style == report::ListStyle::RunningText
        })
        .unwrap();
    assert_eq!(footnote.saved.location, report::ListLocation::Footnote(1));
    match &footnote.problem {
        check::Problem::DataChanged { added, removed, .. } => {
            assert_eq!(added, &["FJI".to_owned()]);
            assert!(removed.is_empty());
        }
        other => panic!("{other:?}"),
    }
    assert!(
        check::check(&text, &compiled.lists, &compiled.lists).is_empty(),
        "an untouched report on unchanged data is up to date"
    );
    let edited = text.replace("(El Salvador, Germany, Hungary and Sweden)", "(El Salvador and Germany)");
    let hand = check::check(&edited, &compiled.lists, &compiled.lists);
    assert_eq!(hand.len(), 1);
    assert_eq!(hand[0].problem, check::Problem::EditedByHand);
}
