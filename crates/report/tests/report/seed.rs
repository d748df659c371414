//! The default template on the 2009 demo cycle gives, character for character, the State
//! lists of the seed report (A/64/152).

use report::{CompileConfig, DEFAULT_TEMPLATE, compile, document::Block};

use crate::support::{demo_data, paragraph};

/// (paragraph, text the paragraph must contain), copied from the seed report.
const SEED_LISTS: &[(u32, &str)] = &[
    (2, "As at 1 June 2009, 28 Member States had responded"),
    (
        3,
        "As at June 2009, 149 States had ratified or acceded to the United Nations Convention against Transnational Organized Crime, while 130 States had ratified or acceded to its Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, and 119 States had ratified or acceded to the Protocol against Smuggling of Migrants by Land, Sea and Air.",
    ),
    (
        3,
        "Of the Member States that submitted information for the present report, Azerbaijan, Belarus, Chile, Denmark, Ecuador, El Salvador, Germany, Hungary, Kyrgyzstan, Malawi, Mexico, Paraguay, Romania, the Russian Federation, Rwanda, Slovakia, Spain, Sweden, Trinidad and Tobago, Turkey and Turkmenistan had become parties to the Convention and the two Protocols; and Colombia and Qatar had become parties to the Convention and the Trafficking Protocol.",
    ),
    (
        4,
        "As at June 2009, 41 States had become party to the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families. Of the Member States reporting, Azerbaijan, Chile, Colombia, Ecuador, El Salvador, Ghana, Kyrgyzstan, Mexico, Paraguay, Rwanda and Turkey had become parties to that Convention.",
    ),
    (
        4,
        "Convention No. 111 concerning Discrimination in Respect of Employment and Occupation (Azerbaijan, Belarus, Chile, Colombia, Czech Republic, Denmark, Ecuador, El Salvador, Germany, Ghana, Hungary, Kyrgyzstan, Malawi, Mexico, Paraguay, Qatar, Republic of Korea, Romania, Russian Federation, Rwanda, Slovakia, Spain, Sweden, Trinidad and Tobago, Turkey and Turkmenistan)",
    ),
    (
        4,
        "Convention No. 182 concerning the Prohibition and Immediate Action for the Elimination of the Worst Forms of Child Labour (Azerbaijan, Belarus, Chile, Colombia, Czech Republic, Denmark, Ecuador, El Salvador, Germany, Ghana, Hungary, Japan, Kyrgyzstan, Malawi, Mexico, Paraguay, Qatar, Republic of Korea, Romania, Russian Federation, Rwanda, Slovakia, Spain, Sweden, Thailand, Trinidad and Tobago and Turkey)",
    ),
    (
        6,
        "(Belarus, Chile, Czech Republic, Ecuador, El Salvador, Germany, Ghana, Hungary, Japan, Mexico, Paraguay, Qatar, Romania, Russian Federation, Spain, Sweden, Thailand, Turkey and Turkmenistan)",
    ),
    (6, "(El Salvador, Germany, Hungary and Sweden)"),
    (7, "(Ecuador, El Salvador, Germany, Mexico and Romania)"),
    (
        7,
        "(Azerbaijan, Colombia, Czech Republic, Ecuador, El Salvador, Ghana, Japan, Kyrgyzstan, Malawi, Republic of Korea, Thailand, Trinidad and Tobago and Turkey)",
    ),
    (7, "employment of foreign workers acts (Thailand)"),
    (
        7,
        "(Belarus, Colombia, Ecuador, Ghana, Japan, Kyrgyzstan, Mexico, Paraguay, Republic of Korea, Romania, Spain, Thailand, Trinidad and Tobago and Turkmenistan)",
    ),
    (8, "One State (Russian Federation) reported"),
    (9, "such as the Republic of Korea and Spain."),
    (9, "(Azerbaijan, Belarus, Kyrgyzstan and Russian Federation)"),
    (10, "(Ghana, Japan, Kyrgyzstan and Slovakia)"),
    (13, "(Belarus, Czech Republic, Japan, Kyrgyzstan, Qatar, Slovakia, Spain and Turkey)"),
    (16, "Sweden, Thailand and Turkey emphasized"),
    (
        17,
        "States such as Belarus, Denmark, Ecuador, El Salvador, Germany, Japan, Kyrgyzstan, Mexico, Qatar, Spain, Sweden, Thailand and Trinidad and Tobago carried out training programmes",
    ),
    // The seed reads "Spain Sweden": the compiled list has the comma the style requires.
    (
        18,
        "Member States, including Belarus, Colombia, Denmark, El Salvador, Germany, Hungary, Japan, Kyrgyzstan, Paraguay, Qatar, the Republic of Korea, Spain, Sweden, Trinidad and Tobago and Turkey, reported",
    ),
    (20, "(Germany, Republic of Korea, Sweden and Turkey)"),
    (20, "Several States, including Ecuador, El Salvador and Trinidad and Tobago, highlighted labour inspections"),
    (20, "their children (Thailand)."),
    (21, "A number of States (Belarus, Germany, Japan, Qatar, Slovakia and Thailand) reported"),
    (21, "In some States (Kyrgyzstan, Spain and Sweden), data included"),
    (22, "(Czech Republic, Denmark and Trinidad and Tobago)"),
    (24, "(Ecuador and Trinidad and Tobago)"),
    (26, "As at 1 June 2009, eight entities of the United Nations system and IOM had responded"),
];

const FOOTNOTE_1: &str = "Replies were received from Azerbaijan, Belarus, Chile, Colombia, the Czech Republic, Denmark, Ecuador, El Salvador, Germany, Ghana, Hungary, Japan, Kyrgyzstan, Malawi, Mexico, Paraguay, Qatar, the Republic of Korea, Romania, the Russian Federation, Rwanda, Slovakia, Spain, Sweden, Thailand, Trinidad and Tobago, Turkey and Turkmenistan.";

#[test]
fn the_default_template_gives_the_seed_report_lists_character_for_character() {
    let compiled = compile(DEFAULT_TEMPLATE, &demo_data(), &CompileConfig::default()).unwrap();
    let mut missing = Vec::new();
    for (number, expected) in SEED_LISTS {
        let text = paragraph(&compiled.document, *number);
        if !text.contains(expected) {
            missing.push(format!("paragraph {number} lacks «{expected}»\n  it reads: {text}"));
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n\n"));
    assert_eq!(compiled.document.footnotes[0].text, FOOTNOTE_1);
}

/// NORMLEX records Spain's ratification of Convention No. 97 on 21 March 1967, which the
/// seed's list leaves out; the data follow the depositary.
#[test]
fn paragraph_4_lists_convention_97_from_the_data_including_spain() {
    let compiled = compile(DEFAULT_TEMPLATE, &demo_data(), &CompileConfig::default()).unwrap();
    assert!(paragraph(&compiled.document, 4).contains("Convention No. 97 concerning Migration for Employment (Ecuador, Germany, Kyrgyzstan, Malawi, Spain and Trinidad and Tobago)"));
}

#[test]
fn the_structure_follows_the_seed_report() {
    let compiled = compile(DEFAULT_TEMPLATE, &demo_data(), &CompileConfig::default()).unwrap();
    let headings: Vec<String> = compiled
        .document
        .blocks
        .iter()
        .filter_map(|block| match block {
            Block::Heading { level: 1 | 2, number, inlines, .. } => {
                Some(format!("{number}. {}", report::document::inline_text(inlines)))
            }
            _ => None,
        })
        .collect();
    assert_eq!(
        headings,
        [
            "I. Introduction",
            "II. Measures reported by Member States",
            "A. International instruments2",
            "B. Legislation and the justice system",
            "C. Policies",
            "D. Prevention measures and training",
            "E. Protection and assistance",
            "F. Data collection and research",
            "G. Bilateral, regional, international and other cooperation",
            "III. Activities undertaken within the United Nations system",
            "A. Global legal and policy development",
            "B. Initiatives by United Nations entities and the International Organization for Migration in support of national efforts",
            "IV. Conclusions and recommendations",
        ]
    );
    let last = compiled.document.blocks.iter().filter_map(|block| match block {
        Block::Paragraph { number, .. } => *number,
        _ => None,
    });
    assert_eq!(last.max(), Some(53), "53 numbered paragraphs, as in the seed");
    assert_eq!(compiled.document.footnotes.len(), 5);
}

#[test]
fn names_follow_the_date_the_report_is_as_at() {
    let mut data = demo_data();
    data.cycle.as_at = domain::date::Date::parse("2024-06-01").unwrap();
    let compiled = compile(DEFAULT_TEMPLATE, &data, &CompileConfig::default()).unwrap();
    let footnote = &compiled.document.footnotes[0].text;
    assert!(footnote.contains("Colombia, Czechia, Denmark"), "{footnote}");
    assert!(footnote.contains("Trinidad and Tobago, Türkiye and Turkmenistan."), "{footnote}");
    assert!(paragraph(&compiled.document, 6).contains("Thailand, Türkiye and Turkmenistan)"));
}
