//! Replays the committed fuzz corpus (`tests/fuzz_regressions/corpus/`: hand-written seeds and inputs
//! minimised from the runs of `fuzz/fuzz_targets/read_and_check.rs`) through the same checks as the
//! fuzz target, so CI exercises them on the stable toolchain: reading never panics; whatever reads is checked against every agreement
//! with findings that point at real slots; a written declaration reads back unchanged.

use chrono::NaiveDate;
use conventio::core::agreement::Agreements;
use conventio::core::model::Declaration;
use conventio::core::{format, rules};
use std::path::{Path, PathBuf};

fn inputs(folder: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fuzz_regressions")
        .join(folder);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|entries| entries.flatten().map(|e| e.path()).filter(|p| p.is_file()).collect())
        .unwrap_or_default();
    files.sort();
    files
}

fn check_everywhere(declaration: &Declaration, today: NaiveDate, name: &str) {
    for agreement in Agreements::embedded().iter() {
        let report = rules::check(declaration, agreement, today);
        for finding in &report.findings {
            assert!(
                finding.slots.iter().all(|&i| i < declaration.slots.len()),
                "{name}: {} points past the slots",
                finding.rule
            );
        }
    }
}

/// The fuzz target's body.
fn replay(data: &[u8], name: &str) -> bool {
    let today = NaiveDate::from_ymd_opt(2026, 2, 20).expect("a valid date");
    if let Ok(text) = std::str::from_utf8(data)
        && let Ok(draft) = format::read_draft(text, Agreements::embedded())
    {
        check_everywhere(&draft, today, name);
    }
    match format::read_declaration_bytes(data, Agreements::embedded()) {
        Ok(declaration) => {
            check_everywhere(&declaration, today, name);
            let written = format::write_declaration(&declaration);
            let again = format::read_declaration(&written, Agreements::embedded())
                .unwrap_or_else(|e| panic!("{name}: the written declaration does not read back: {e:?}"));
            assert_eq!(
                again, declaration,
                "{name}: writing then reading changed the declaration"
            );
            true
        }
        Err(_) => false,
    }
}

#[test]
fn every_corpus_input_reads_checks_and_round_trips_without_panic() {
    let corpus = inputs("corpus");
    assert!(!corpus.is_empty(), "the corpus is committed");
    assert!(corpus.len() <= 40, "keep the committed corpus small");
    let mut accepted = 0;
    for path in &corpus {
        let data = std::fs::read(path).expect("readable");
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("?");
        if replay(&data, name) {
            accepted += 1;
        }
    }
    // The corpus is only useful if it reaches the rules engine and the writer too.
    assert!(accepted > 0, "no corpus input reads as a declaration");
    assert!(accepted < corpus.len(), "no corpus input exercises an error path");
}

/// Inputs that once crashed the fuzz target (`tests/fuzz_regressions/crashes/`, one per crash,
/// named after the bug): each must now go through the same checks without failing.
#[test]
fn every_saved_crash_input_now_passes_the_fuzz_checks() {
    let crashes = inputs("crashes");
    assert!(!crashes.is_empty(), "the crash inputs are committed");
    for path in &crashes {
        let data = std::fs::read(path).expect("readable");
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("?");
        replay(&data, name);
    }
}
