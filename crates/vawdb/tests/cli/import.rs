//! `vawdb import`: bad input is refused with the file, record and field named, and nothing is
//! written; good input is imported once.

use crate::support::Workspace;

const VALID: &str = r#"{
  "format": "vawdb-exchange/1",
  "measures": [
    {
      "id": "fji-hotline",
      "country": "FJI",
      "year": 2024,
      "classification": {"type": ["protection.services.hotlines"], "keyword": ["women-migrant-workers"]},
      "text": {
        "en": {"title": "Hotline for women migrant workers", "description": "A free hotline in several languages."},
        "fr": {"title": "Ligne d'assistance pour les travailleuses migrantes", "description": "Une ligne gratuite en plusieurs langues."}
      }
    }
  ]
}"#;

/// The store's measures as the export sees them, to show that a refused import wrote nothing.
fn exported_measures(workspace: &Workspace) -> usize {
    let run = workspace.run(&["export", "--include-unpublished"]);
    run.assert_success();
    let document: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    document.get("measures").and_then(|m| m.as_array()).map_or(0, Vec::len)
}

#[test]
fn a_valid_file_imports_once_and_a_dry_run_writes_nothing() {
    let workspace = Workspace::new();
    workspace.run(&["init"]).assert_success();
    let file = workspace.write("measures.json", VALID);
    let dry = workspace.run(&["import", "--dry-run", file.to_str().unwrap()]);
    dry.assert_success();
    assert!(
        dry.stdout.contains("would create 1, would update 0, 0 unchanged (dry run: nothing was written)"),
        "{}",
        dry.stdout
    );
    assert_eq!(exported_measures(&workspace), 0);

    workspace.run(&["import", file.to_str().unwrap()]).assert_success();
    assert_eq!(exported_measures(&workspace), 1);
    let again = workspace.run(&["import", file.to_str().unwrap()]);
    assert!(again.stdout.contains("created 0, updated 0, 1 unchanged"), "{}", again.stdout);
}

#[test]
fn every_kind_of_bad_input_is_refused_naming_file_record_and_field() {
    let workspace = Workspace::new();
    workspace.run(&["init"]).assert_success();
    let cases: Vec<(&str, String, &str)> = vec![
        ("not JSON", VALID.replace("\"id\": \"fji-hotline\",", "\"id\": \"fji-hotline\""), "bad.json: line 6, column"),
        (
            "missing field",
            VALID.replace("\"title\": \"Hotline for women migrant workers\", ", ""),
            "at measures[0].text.en: missing field `title`",
        ),
        (
            "unknown vocabulary code",
            VALID.replace("protection.services.hotlines", "protection.services.hotline"),
            "measures[0] (id \"fji-hotline\"): classification.type[0]: unknown code 'protection.services.hotline' in vocabulary 'type' (Type of measure); did you mean 'protection.services.hotlines'?",
        ),
        (
            "unknown country",
            VALID.replace("\"FJI\"", "\"FJX\""),
            "measures[0] (id \"fji-hotline\"): country: unknown country 'FJX'",
        ),
        (
            "undeclared language",
            VALID.replace("\"fr\": {", "\"de\": {"),
            "measures[0] (id \"fji-hotline\"): text.de: 'de' is not one of the six UN languages",
        ),
        (
            "unknown origin of a text",
            VALID.replace(
                "\"description\": \"A free hotline in several languages.\"}",
                "\"description\": \"A free hotline in several languages.\", \"origin\": \"translated\"}",
            ),
            "measures[0] (id \"fji-hotline\"): text.en.origin: 'translated' is not an origin: use original, official_translation, unofficial_translation",
        ),
        (
            "two originals",
            VALID
                .replace("in several languages.\"}", "in several languages.\", \"origin\": \"original\"}")
                .replace("plusieurs langues.\"}", "plusieurs langues.\", \"origin\": \"original\"}"),
            "measures[0] (id \"fji-hotline\"): text.fr.origin: only one text can be the original, and en, fr are marked so",
        ),
        (
            "year",
            VALID.replace("2024", "1024"),
            "measures[0] (id \"fji-hotline\"): year: 1024 is not a year between 1900 and 2100",
        ),
        (
            "wrong format",
            VALID.replace("vawdb-exchange/1", "vawdb-exchange/9"),
            "document: format: 'vawdb-exchange/9' is not a format this version reads",
        ),
    ];
    for (name, text, expected) in cases {
        let file = workspace.write("bad.json", &text);
        let run = workspace.run(&["import", file.to_str().unwrap()]);
        assert_eq!(run.code, 3, "{name}: {}", run.stderr);
        assert!(run.stderr.contains(expected), "{name}: expected «{expected}» in\n{}", run.stderr);
        assert!(run.stderr.contains("bad.json"), "{name}: the file is named");
    }
    assert_eq!(exported_measures(&workspace), 0, "nothing was written");
}

#[test]
fn a_duplicate_id_fails_the_whole_file() {
    let workspace = Workspace::new();
    workspace.run(&["init"]).assert_success();
    let document: serde_json::Value = serde_json::from_str(VALID).unwrap();
    let measure = document["measures"][0].clone();
    let mut other = measure.clone();
    other["id"] = "another".into();
    let twice = serde_json::json!({"format": "vawdb-exchange/1", "measures": [other, measure.clone(), measure]});
    let file = workspace.write("twice.json", &twice.to_string());
    let run = workspace.run(&["import", file.to_str().unwrap()]);
    assert_eq!(run.code, 3);
    assert!(
        run.stderr.contains("measures[2] (id \"fji-hotline\"): id: duplicate id: measures[1] has it too"),
        "{}",
        run.stderr
    );
    assert_eq!(exported_measures(&workspace), 0, "the valid records were not written either");
}

#[test]
fn a_file_with_a_byte_order_mark_imports_and_one_not_in_utf8_is_refused() {
    let workspace = Workspace::new();
    workspace.run(&["init"]).assert_success();
    let with_bom = workspace.write("bom.json", &format!("\u{feff}{VALID}"));
    workspace.run(&["import", with_bom.to_str().unwrap()]).assert_success();
    let latin1 = workspace.path("latin1.json");
    let mut bytes = VALID.replace("Hotline", "Hotl\u{ee}ne").into_bytes();
    let position = bytes.windows(2).position(|pair| pair == [0xc3, 0xae]).unwrap();
    bytes.splice(position..position + 2, [0xee]);
    std::fs::write(&latin1, bytes).unwrap();
    let run = workspace.run(&["import", latin1.to_str().unwrap()]);
    assert_eq!(run.code, 3);
    assert!(run.stderr.contains("latin1.json: not UTF-8 text"), "{}", run.stderr);
}

#[test]
fn a_measure_table_in_csv_imports_with_row_precise_errors_and_a_dry_run() {
    let workspace = Workspace::new();
    workspace.run(&["init"]).assert_success();
    let header = measure_table::COLUMNS.join(",");
    let row = |id: &str, kind: &str| {
        let mut cells = vec![String::new(); measure_table::COLUMNS.len()];
        cells[0] = id.to_owned();
        cells[2] = "KEN".to_owned();
        cells[8] = kind.to_owned();
        cells[13] = "Shelters".to_owned();
        cells[14] = "Opened in Nairobi.".to_owned();
        cells.join(",")
    };
    let bad = workspace.write(
        "bad.csv",
        &format!("{header}\n{}\n{}\n", row("ken-1", "protection.services.shelters"), row("ken-2", "shelterz")),
    );
    let refused = workspace.run(&["import", bad.to_str().unwrap()]);
    assert_eq!(refused.code, 3, "{}", refused.stderr);
    assert!(refused.stderr.contains("bad.csv, row 3, column type (value \"shelterz\")"), "{}", refused.stderr);

    let good = workspace.write(
        "good.csv",
        &format!(
            "\u{feff}{header}\n{}\n{}\n",
            row("ken-1", "protection.services.shelters"),
            row("ken-2", "protection.services.hotlines")
        ),
    );
    let dry = workspace.run(&["import", "--dry-run", good.to_str().unwrap()]);
    dry.assert_success();
    assert!(dry.stdout.contains("would create 2"), "{}", dry.stdout);
    let done = workspace.run(&["import", good.to_str().unwrap()]);
    done.assert_success();
    assert!(done.stdout.contains("created 2"), "{}", done.stdout);
    let again = workspace.run(&["import", good.to_str().unwrap()]);
    assert!(again.stdout.contains("2 unchanged"), "{}", again.stdout);
}

#[test]
fn an_error_quotes_a_short_prefix_of_a_huge_cell_and_its_length() {
    let workspace = Workspace::new();
    workspace.run(&["init"]).assert_success();
    let header = measure_table::COLUMNS.join(",");
    let mut cells = vec![String::new(); measure_table::COLUMNS.len()];
    cells[0] = "ken-huge".to_owned();
    cells[2] = "KEN".to_owned();
    // A type code of 30,000 characters: unknown, so the error names the cell.
    cells[8] = "z".repeat(30_000);
    cells[13] = "Shelters".to_owned();
    cells[14] = "Opened in Nairobi.".to_owned();
    let file = workspace.write("huge.csv", &format!("{header}\n{}\n", cells.join(",")));
    let refused = workspace.run(&["import", file.to_str().unwrap()]);
    assert_eq!(refused.code, 3, "{}", &refused.stderr[..refused.stderr.len().min(2000)]);
    assert!(refused.stderr.len() < 10_000, "the message is {} bytes long", refused.stderr.len());
    assert!(refused.stderr.contains("huge.csv, row 2, column type (value \"zzzz"), "{}", refused.stderr);
    assert!(refused.stderr.contains("(30,000 characters)"), "{}", refused.stderr);

    // Two million characters are more than a cell may hold: refused before any check reads it.
    cells[8] = "z".repeat(2_000_000);
    let file = workspace.write("huger.csv", &format!("{header}\n{}\n", cells.join(",")));
    let refused = workspace.run(&["import", file.to_str().unwrap()]);
    assert_eq!(refused.code, 3);
    assert!(refused.stderr.len() < 1_000, "the message is {} bytes long", refused.stderr.len());
    assert!(
        refused
            .stderr
            .contains("huger.csv: line 2, column 9: holds 2,000,000 characters, more than the 32,767 a cell may hold"),
        "{}",
        refused.stderr
    );
}

#[test]
fn whether_a_text_is_the_original_or_a_translation_survives_import_and_export() {
    let workspace = Workspace::new();
    workspace.run(&["init"]).assert_success();
    let marked = VALID
        .replace("in several languages.\"}", "in several languages.\", \"origin\": \"original\"}")
        .replace("plusieurs langues.\"}", "plusieurs langues.\", \"origin\": \"unofficial_translation\"}");
    let file = workspace.write("marked.json", &marked);
    workspace.run(&["import", file.to_str().unwrap()]).assert_success();
    let run = workspace.run(&["export", "--include-unpublished"]);
    run.assert_success();
    let document: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let text = &document["measures"][0]["text"];
    assert_eq!(text["en"]["origin"], "original", "{text}");
    assert_eq!(text["fr"]["origin"], "unofficial_translation", "{text}");
}
