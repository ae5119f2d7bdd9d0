//! Any bytes through the declaration reader; whatever it accepts, through the rules engine with every
//! agreement, and through the writer and back. Nothing may panic, and a written declaration reads
//! back unchanged.
#![no_main]

use conventio::core::agreement::Agreements;
use conventio::core::{format, rules};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 2, 20).expect("a valid date");
    let read = format::read_declaration_bytes(data, Agreements::embedded());
    if let Ok(text) = std::str::from_utf8(data) {
        // Drafts accept a little more (no name or role yet): the app reads those after a crash.
        if let Ok(draft) = format::read_draft(text, Agreements::embedded()) {
            check_everywhere(&draft, today);
        }
    }
    if let Ok(declaration) = read {
        check_everywhere(&declaration, today);
        let written = format::write_declaration(&declaration);
        let again =
            format::read_declaration(&written, Agreements::embedded()).expect("a written declaration reads back");
        assert_eq!(again, declaration, "writing then reading changed the declaration");
    }
});

fn check_everywhere(declaration: &conventio::core::model::Declaration, today: chrono::NaiveDate) {
    for agreement in Agreements::embedded().iter() {
        let report = rules::check(declaration, agreement, today);
        for finding in &report.findings {
            assert!(finding.slots.iter().all(|&i| i < declaration.slots.len()));
        }
    }
}
