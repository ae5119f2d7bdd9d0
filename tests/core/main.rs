//! The core without a window: rules, properties, schemas, hostile and fuzzed input, translations and
//! storage. One test binary per area keeps CI from linking the same code many times.

#[path = "../common/mod.rs"]
mod common;

mod agreement_facts;
mod fuzz_corpus;
mod hostile_input;
mod i18n;
mod message_ids;
mod properties;
mod registration;
mod rules;
mod schema;
mod storage_backup;
mod storage_crash;
mod store;

/// A test's name as `--exact` wants it from inside this binary: its path without the crate.
pub fn test_name(module: &str, test: &str) -> String {
    let module = module.split_once("::").map_or("", |(_, rest)| rest);
    if module.is_empty() {
        test.to_owned()
    } else {
        format!("{module}::{test}")
    }
}
