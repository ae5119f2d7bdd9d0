//! The JSON Schema under assets/ describes the same format as the reader: every example validates,
//! every file the reader writes validates, and files the schema refuses are refused by the reader too.

use conventio::core::agreement::Agreements;
use serde_json::Value;
use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn schema() -> jsonschema::Validator {
    let text = std::fs::read_to_string(root().join("assets/declaration.schema.json")).unwrap();
    let schema: Value = serde_json::from_str(&text).unwrap();
    jsonschema::validator_for(&schema).unwrap()
}

fn examples() -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(root().join("assets/examples"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}

#[test]
fn every_example_validates_against_the_schema() {
    let validator = schema();
    let files = examples();
    assert!(files.len() >= 4);
    for path in files {
        let value: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let errors: Vec<String> = validator.iter_errors(&value).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{}: {errors:?}", path.display());
    }
}

#[test]
fn what_the_reader_writes_validates_against_the_schema() {
    let validator = schema();
    for path in examples() {
        let declaration =
            conventio::core::format::read_declaration(&std::fs::read_to_string(&path).unwrap(), Agreements::embedded())
                .unwrap();
        let written: Value = serde_json::from_str(&conventio::core::format::write_declaration(&declaration)).unwrap();
        assert!(validator.is_valid(&written), "{}", path.display());
    }
}

#[test]
fn the_schema_lists_exactly_the_agreements_the_app_knows() {
    let text = std::fs::read_to_string(root().join("assets/declaration.schema.json")).unwrap();
    let schema: Value = serde_json::from_str(&text).unwrap();
    let listed: Vec<&str> = schema["properties"]["agreement"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let known: Vec<&str> = Agreements::embedded().iter().map(|a| a.id.as_str()).collect();
    assert_eq!(listed, known);
}

#[test]
fn files_the_schema_refuses_are_refused_by_the_reader() {
    let validator = schema();
    let base = std::fs::read_to_string(root().join("assets/examples/gp-partial-valid.json")).unwrap();
    let broken = [
        base.replace("\"08:00\"", "\"8:00\""),
        base.replace("\"12:00\"", "\"24:30\""),
        base.replace("\"08:00\"", "\"24:00\""),
        base.replace("\"monday\"", "\"lundi\""),
        base.replace("\"choice\"", "\"extra\": 1, \"choice\""),
        base.replace("\"version\": 1", "\"version\": 2"),
        base.replace("\"partial\"", "\"partielle\""),
        base.replace("\"Dr Anne Peeters\"", "\"  \""),
    ];
    for text in broken {
        let value: Value = serde_json::from_str(&text).unwrap();
        assert!(!validator.is_valid(&value), "schema accepts: {text}");
        assert!(
            conventio::core::format::read_declaration(&text, Agreements::embedded()).is_err(),
            "reader accepts: {text}"
        );
    }
}

fn agreement_schema() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(conventio::core::agreement::SCHEMA).unwrap();
    jsonschema::validator_for(&schema).unwrap()
}

#[test]
fn every_embedded_agreement_validates_against_the_published_agreement_schema() {
    let validator = agreement_schema();
    let mut count = 0;
    for entry in std::fs::read_dir(root().join("assets/agreements")).unwrap().flatten() {
        let value: Value = serde_json::from_str(&std::fs::read_to_string(entry.path()).unwrap()).unwrap();
        let errors: Vec<String> = validator.iter_errors(&value).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{}: {errors:?}", entry.path().display());
        count += 1;
    }
    assert_eq!(count, 6);
}

#[test]
fn an_agreement_file_the_schema_refuses_is_refused_by_the_import_too() {
    let validator = agreement_schema();
    let text = std::fs::read_to_string(root().join("assets/agreements/2024-2025.json")).unwrap();
    let mut no_initial: Value = serde_json::from_str(&text).unwrap();
    no_initial["windows"]
        .as_array_mut()
        .unwrap()
        .retain(|w| w["kind"] != "initial");
    let mut bad_share: Value = serde_json::from_str(&text).unwrap();
    bad_share["partial"]["general_practitioner"]["agreement_share"]["denominator"] = 0.into();
    let mut typo: Value = serde_json::from_str(&text).unwrap();
    typo["windowz"] = typo["windows"].take();
    for broken in [no_initial, bad_share, typo] {
        assert!(!validator.is_valid(&broken));
        assert!(conventio::core::agreement_store::validate(&broken.to_string()).is_err());
    }
}
