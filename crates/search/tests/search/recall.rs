//! Recall of the search in each UN language: the same realistic queries typed in English,
//! Arabic, Chinese, French, Russian and Spanish, each judged against the measures of the 2009
//! demo cycle tagged with the concept it asks for.
//!
//! The queries were written from the concept by speakers' usage (one word, two words or a
//! quoted phrase, as people type them), not tuned on the results. Run with `--no-capture` to
//! see the table that `docs/search.md` reproduces.

use domain::{
    language::Language,
    vocabulary::{TermCode, VocabularyCode},
};
use search::SearchRequest;

use crate::support::Demo;

/// What a concept's queries should find: the measures tagged with any of `tagged` (or a
/// narrower term), and the query in each language, in the order of [`LANGUAGES`].
struct Concept {
    name: &'static str,
    tagged: &'static [&'static str],
    queries: [&'static str; 6],
}

const LANGUAGES: [Language; 6] =
    [Language::English, Language::Arabic, Language::Chinese, Language::French, Language::Russian, Language::Spanish];

const CONCEPTS: &[Concept] = &[
    Concept {
        name: "trafficking",
        tagged: &["form/trafficking"],
        queries: ["trafficking", "الاتجار", "贩运", "traite", "торговля людьми", "trata"],
    },
    Concept {
        name: "domestic-violence",
        tagged: &["form/domestic"],
        queries: [
            "domestic violence",
            "العنف الأسري",
            "家庭暴力",
            "violence conjugale",
            "бытовое насилие",
            "violencia doméstica",
        ],
    },
    Concept {
        name: "sexual-harassment",
        tagged: &["form/sexual.harassment"],
        queries: [
            "sexual harassment",
            "التحرش الجنسي",
            "性骚扰",
            "harcèlement sexuel",
            "сексуальные домогательства",
            "acoso sexual",
        ],
    },
    Concept {
        name: "forced-labour",
        tagged: &["form/forced-labour"],
        queries: [
            "forced labour",
            "العمل القسري",
            "强迫劳动",
            "travail forcé",
            "принудительный труд",
            "trabajo forzoso",
        ],
    },
    Concept {
        name: "sexual-violence",
        tagged: &["form/sexual"],
        queries: [
            "sexual violence",
            "العنف الجنسي",
            "性暴力",
            "violence sexuelle",
            "сексуальное насилие",
            "violencia sexual",
        ],
    },
    Concept {
        name: "police-training",
        tagged: &["type/training.officials"],
        queries: [
            "training police",
            "تدريب الشرطة",
            "警察培训",
            "formation police",
            "обучение полиции",
            "capacitación policial",
        ],
    },
    Concept {
        name: "victim-services",
        tagged: &["type/protection.services"],
        queries: [
            "services for victims",
            "خدمات الضحايا",
            "受害者服务",
            "aide aux victimes",
            "помощь жертвам насилия",
            "atención a víctimas",
        ],
    },
    Concept {
        name: "awareness",
        tagged: &["type/prevention.awareness"],
        queries: [
            "awareness campaigns",
            "حملات التوعية",
            "宣传活动",
            "campagnes de sensibilisation",
            "информационные кампании",
            "campañas de sensibilización",
        ],
    },
    Concept {
        name: "criminal-law",
        tagged: &["type/legislation.penal"],
        queries: [
            "criminal law",
            "القانون الجنائي",
            "刑法",
            "droit pénal",
            "уголовное законодательство",
            "legislación penal",
        ],
    },
    Concept {
        name: "statistics",
        tagged: &["type/data.statistics"],
        queries: ["statistics", "إحصائيات", "统计", "statistiques", "статистика", "estadísticas"],
    },
    Concept {
        name: "pre-departure",
        tagged: &["stage/pre-departure"],
        queries: ["pre-departure", "قبل المغادرة", "出发前", "prédépart", "предвыездная", "prepartida"],
    },
    Concept {
        name: "return",
        tagged: &["stage/return"],
        queries: ["reintegration", "إعادة الإدماج", "重新融入", "réintégration", "реинтеграция", "reintegración"],
    },
    Concept {
        name: "undocumented",
        tagged: &["keyword/undocumented-migrants"],
        queries: [
            "undocumented migrants",
            "المهاجرين غير النظاميين",
            "无证移民",
            "migrants sans papiers",
            "нелегальные мигранты",
            "migrantes indocumentados",
        ],
    },
    Concept {
        name: "recruitment",
        tagged: &["keyword/recruitment-agencies"],
        queries: [
            "recruitment agencies",
            "وكالات التوظيف",
            "招聘机构",
            "agences de recrutement",
            "агентства по трудоустройству",
            "agencias de contratación",
        ],
    },
    Concept {
        name: "labour-inspection",
        tagged: &["type/protection.labour-inspection"],
        queries: [
            "labour inspection",
            "تفتيش العمل",
            "劳动监察",
            "inspection du travail",
            "трудовая инспекция",
            "inspección laboral",
        ],
    },
    Concept {
        name: "domestic-workers",
        tagged: &["keyword/domestic-workers", "keyword/migrant-domestic-workers"],
        queries: [
            "\"domestic workers\"",
            "\"العمالة المنزلية\"",
            "\"家政工人\"",
            "\"travailleurs domestiques\"",
            "\"домашние работники\"",
            "\"trabajadoras domésticas\"",
        ],
    },
];

/// How far below English's recall another language's may be, in percentage points.
const MOST_BELOW_ENGLISH: f64 = 10.0;

#[tokio::test]
async fn every_language_finds_within_ten_points_of_what_english_finds() {
    let demo = Demo::new().await;
    let mut found_by_language = [0_usize; 6];
    let mut relevant_total = 0_usize;
    let mut table =
        String::from("| concept | relevant | en | ar | zh | fr | ru | es |\n|---|---|---|---|---|---|---|---|\n");
    for concept in CONCEPTS {
        let relevant = tagged(&demo, concept.tagged);
        assert!(!relevant.is_empty(), "{}: no measure is tagged {:?}", concept.name, concept.tagged);
        relevant_total += relevant.len();
        table.push_str(&format!("| {} | {} |", concept.name, relevant.len()));
        for (position, language) in LANGUAGES.into_iter().enumerate() {
            let query = concept.queries[position];
            let mut request = SearchRequest::text(query, language);
            request.per_page = 1000;
            let hits: Vec<String> = demo.search(&request).hits.into_iter().map(|hit| hit.external_id).collect();
            let found = relevant.iter().filter(|id| hits.contains(id)).count();
            found_by_language[position] += found;
            table.push_str(&format!(" {found} ({query}) |"));
        }
        table.push('\n');
    }
    let recall: Vec<f64> =
        found_by_language.iter().map(|found| 100.0 * *found as f64 / relevant_total as f64).collect();
    table.push_str(&format!("| recall | {relevant_total} |"));
    for value in &recall {
        table.push_str(&format!(" {value:.1}% |"));
    }
    println!("{table}");
    for (position, language) in LANGUAGES.into_iter().enumerate().skip(1) {
        assert!(
            recall[position] >= recall[0] - MOST_BELOW_ENGLISH,
            "{language} finds {:.1}% of the relevant measures, English {:.1}%\n{table}",
            recall[position],
            recall[0]
        );
    }
    assert!(recall[0] >= 60.0, "English finds only {:.1}%\n{table}", recall[0]);
}

/// The measures tagged with any of `keys` (`vocabulary/term`) or a narrower term.
fn tagged(demo: &Demo, keys: &[&str]) -> Vec<String> {
    let mut ids = Vec::new();
    for key in keys {
        let (vocabulary, term) = key.split_once('/').expect("a vocabulary/term key");
        let mut request = SearchRequest::everything(Language::English);
        request.per_page = 1000;
        request.filters.terms =
            vec![(VocabularyCode::parse(vocabulary).unwrap(), vec![TermCode::parse(term).unwrap()])];
        for hit in demo.search(&request).hits {
            if !ids.contains(&hit.external_id) {
                ids.push(hit.external_id);
            }
        }
    }
    ids
}
