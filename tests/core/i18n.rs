//! Every language has every message (what `shared/tools/i18n-parity` checks, run in CI too), and the
//! messages built in code exist.

use conventio::core::agreement::Agreements;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

fn ids_by_locale() -> BTreeMap<String, BTreeSet<String>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n");
    let mut locales = BTreeMap::new();
    for entry in std::fs::read_dir(&root).unwrap().flatten() {
        if !entry.path().is_dir() {
            continue;
        }
        let mut ids = BTreeSet::new();
        for file in std::fs::read_dir(entry.path()).unwrap().flatten() {
            if file.path().extension().is_some_and(|e| e == "ftl") {
                let text = std::fs::read_to_string(file.path()).unwrap();
                ids.extend(text.lines().filter_map(message_id));
            }
        }
        locales.insert(entry.file_name().to_string_lossy().into_owned(), ids);
    }
    locales
}

fn message_id(line: &str) -> Option<String> {
    let (id, _) = line.split_once('=')?;
    let id = id.trim_end();
    let valid = id.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '-')
        && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    valid.then(|| id.to_owned())
}

#[test]
fn every_locale_has_every_message() {
    let locales = ids_by_locale();
    assert!(locales.contains_key("fr") && locales.contains_key("nl"));
    let all: BTreeSet<&String> = locales.values().flatten().collect();
    for (locale, ids) in &locales {
        let missing: Vec<&&String> = all.iter().filter(|id| !ids.contains(**id)).collect();
        assert!(missing.is_empty(), "{locale} lacks {missing:?}");
    }
}

#[test]
fn domain_names_exist_for_every_value() {
    use conventio::core::i18n::{Language, localizer};
    use conventio::core::model::{Choice, Setting, Weekday};
    for language in [Language::Fr, Language::Nl] {
        let l = localizer(language);
        let mut ids: Vec<String> = Weekday::ALL.iter().map(|d| format!("day-{}", d.key())).collect();
        ids.extend(Setting::ALL.iter().map(|s| format!("setting-{}", s.key())));
        ids.extend(Choice::ALL.iter().map(|c| format!("choice-{}", c.key())));
        ids.extend(
            [
                "rates-agreement",
                "rates-free",
                "role-general_practitioner",
                "role-specialist",
            ]
            .map(String::from),
        );
        for id in ids {
            assert!(l.has(&id), "{id} missing in {language:?}");
        }
    }
}

#[test]
fn every_read_error_is_translated() {
    use conventio::core::i18n::{Language, localizer};
    let cases = [
        "{",
        "[]",
        "{\"format\": 1}",
        "{\"format\": \"conventio-declaration\", \"version\": 9}",
    ];
    for text in cases {
        let error = conventio::core::format::read_declaration(text, Agreements::embedded()).unwrap_err();
        for language in [Language::Fr, Language::Nl] {
            assert!(
                localizer(language).has(&error.message.id),
                "{} in {language:?}",
                error.message.id
            );
        }
    }
}

/// Every message that chooses its words by a number, with the number and the place it is selected.
fn counted_messages(locale: &str) -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n").join(locale);
    let mut counted = Vec::new();
    for file in std::fs::read_dir(&root).unwrap().flatten() {
        let text = std::fs::read_to_string(file.path()).unwrap();
        let mut current = None;
        for line in text.lines() {
            if let Some(id) = message_id(line) {
                current = Some(id);
            }
            if let (Some(id), Some((_, rest))) = (&current, line.split_once("{ $"))
                && let Some((variable, _)) = rest.split_once(" ->")
            {
                counted.push((id.clone(), variable.to_owned()));
            }
        }
    }
    counted
}

#[test]
fn no_count_of_zero_is_said_as_one() {
    // French counts 0 as "one" (CLDR): a `[one] 1 …` variant would say "1 jour restant" on the last
    // day. The count is written from the number itself, or 0 has its own variant.
    use conventio::core::i18n::{Language, localizer};
    for language in Language::ALL {
        let code = language.code();
        for (id, variable) in counted_messages(code) {
            let said = localizer(language).tr_args(&id, &[(variable.as_str(), 0usize.into())]);
            let ones = said.split(|c: char| !c.is_ascii_digit()).filter(|w| *w == "1").count();
            assert_eq!(ones, 0, "{code} {id} with {variable} = 0 says: {said}");
        }
    }
}

/// Each language quotes one way, as its typography wants (qa, session 4: Dutch had ‘…’, „…” and
/// "…" in one panel): French « … » with no-break spaces inside (the embedded font has no narrow
/// one), Dutch ‘…’, German „…“, English “…”. Fluent's own string literals ({"…"}) are syntax, not
/// quotes, and comments are not shown.
#[test]
fn each_language_quotes_one_way() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n");
    let not_its_own: [(&str, &[char]); 4] = [
        ("fr", &['"', '“', '”', '„', '‘', '’']),
        ("nl", &['"', '“', '”', '„', '«', '»']),
        ("de", &['"', '”', '‘', '’', '«', '»']),
        ("en", &['"', '„', '‘', '«', '»']),
    ];
    for (locale, foreign) in not_its_own {
        for file in std::fs::read_dir(root.join(locale)).unwrap().flatten() {
            let text = std::fs::read_to_string(file.path()).unwrap();
            for (n, line) in text.lines().enumerate() {
                if line.trim_start().starts_with('#') {
                    continue;
                }
                // Without Fluent's string literals.
                let mut shown = String::new();
                let mut rest = line;
                while let Some(at) = rest.find("{\"") {
                    shown.push_str(&rest[..at]);
                    let after = &rest[at + 2..];
                    rest = after.find("\"}").map_or("", |end| &after[end + 2..]);
                }
                shown.push_str(rest);
                let place = format!("{locale}/{}:{}: {line}", file.file_name().to_string_lossy(), n + 1);
                assert!(!shown.contains(foreign), "{place}");
                if locale == "fr" {
                    assert!(
                        !shown.contains("« ") && !shown.contains(" »"),
                        "breakable space: {place}"
                    );
                }
            }
        }
    }
}
