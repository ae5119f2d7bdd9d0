//! Every Fluent message the code names exists in every locale: a literal id (`tr("gui-save")`), an
//! id built with `format!` (`day-{}`, checked for every weekday), an id a helper completes
//! (`window-name` + a window kind), and a finding's id (`finding-` + its rule). A missing one fails
//! with the id, where the code names it, and the file it belongs in.

use conventio::core::agreement::Agreements;
use conventio::core::model::{Choice, Rates, Role, Setting, Weekday};
use conventio::core::rules::RuleId;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Literals that look like message ids (they start like one) but are something else.
const NOT_MESSAGES: &[(&str, &str)] = &[
    ("practice-search", "a widget id"),
    ("import-path", "a widget id"),
    ("import-button", "a widget id"),
    ("import-week", "a widget id"),
    ("export-path", "a widget id"),
    ("agreement-share", "a partial rule's name (`PartialRule::name`)"),
    (
        "window-unavailable",
        "a rule id (its message is `finding-window-unavailable`)",
    ),
    ("window-{}-choice", "a rule id (its message is `finding-window-choice`)"),
    (
        "window-{}-standing",
        "a rule id (its message is `finding-window-standing`)",
    ),
    ("window-", "the start of a window rule's id, read by `RuleId::from_str`"),
    ("last-day-{}", "a widget id (`start::last_day_field_id`)"),
    (
        "window-name",
        "a prefix `wording::window_message` completes with the window kind",
    ),
    (
        "window-title",
        "a prefix `wording::window_message` completes with the window kind",
    ),
    ("effective-value", "a prefix `wording::effective_message` completes"),
];

/// A message id the code names, and where.
#[derive(Debug)]
struct Named {
    id: String,
    place: String,
}

#[test]
fn every_message_id_named_in_the_code_exists_in_every_locale() {
    let locales = ids_by_locale();
    let named = named_in_code(&locales);
    assert!(
        named.iter().any(|n| n.id == "gui-save") && named.iter().any(|n| n.id == "day-sunday"),
        "the scan finds literal and built ids"
    );
    let mut missing = Vec::new();
    for n in &named {
        for (locale, ids) in &locales {
            if !ids.contains_key(&n.id) {
                missing.push(format!(
                    "`{}` (named at {}) is missing from {}",
                    n.id,
                    n.place,
                    home_file(&locales, locale, &n.id)
                ));
            }
        }
    }
    missing.sort();
    missing.dedup();
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn the_scan_reads_literals_past_comments_char_literals_and_raw_strings() {
    let code = "let a = '\"'; // \"gui-in-comment\"\nlet b = r#\"gui-raw\"#; tr(\"gui-x\"); /* \"no\" */ 'a';";
    let found: Vec<String> = literals(code).into_iter().map(|(_, s)| s).collect();
    assert_eq!(found, ["gui-raw", "gui-x"]);
}

/// Each locale's ids, with the file (`gui.ftl`) each is in.
fn ids_by_locale() -> BTreeMap<String, BTreeMap<String, String>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n");
    let mut locales = BTreeMap::new();
    for entry in std::fs::read_dir(&root).unwrap().flatten() {
        if !entry.path().is_dir() {
            continue;
        }
        let mut ids = BTreeMap::new();
        for file in std::fs::read_dir(entry.path()).unwrap().flatten() {
            let path = file.path();
            if path.extension().is_some_and(|e| e == "ftl") {
                let name = path.file_name().unwrap().to_string_lossy().into_owned();
                for line in std::fs::read_to_string(&path).unwrap().lines() {
                    if let Some((id, _)) = line.split_once('=')
                        && is_id(id.trim_end())
                        && !line.starts_with(char::is_whitespace)
                    {
                        ids.insert(id.trim_end().to_owned(), name.clone());
                    }
                }
            }
        }
        locales.insert(entry.file_name().to_string_lossy().into_owned(), ids);
    }
    assert_eq!(locales.len(), 4, "fr, nl, de and en");
    locales
}

fn is_id(text: &str) -> bool {
    text.starts_with(|c: char| c.is_ascii_lowercase())
        && text
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

/// Where a missing id belongs: the file another locale has it in, else the one its prefix suggests.
fn home_file(locales: &BTreeMap<String, BTreeMap<String, String>>, locale: &str, id: &str) -> String {
    let file = locales
        .values()
        .find_map(|ids| ids.get(id).cloned())
        .unwrap_or_else(|| "the .ftl file of its area".to_owned());
    format!("i18n/{locale}/{file}")
}

/// The ids named in `src/`, outside test modules.
fn named_in_code(locales: &BTreeMap<String, BTreeMap<String, String>>) -> Vec<Named> {
    // A literal is taken for an id when it starts like the ids of the .ftl files (`gui-`, `day-`…).
    let prefixes: BTreeSet<String> = locales
        .values()
        .flat_map(|ids| ids.keys())
        .filter_map(|id| id.split_once('-').map(|(p, _)| p.to_owned()))
        .collect();
    let not_messages: BTreeSet<&str> = NOT_MESSAGES.iter().map(|(id, _)| *id).collect();
    let mut named = Vec::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for file in rust_files(&root.join("src")) {
        let text = std::fs::read_to_string(&file).unwrap();
        let code = text.split("\n#[cfg(test)]\nmod tests").next().unwrap_or_default();
        let shown = file.strip_prefix(root).unwrap_or(&file).display().to_string();
        for (line, literal) in literals(code) {
            let pattern = holes_as_braces(&literal);
            let place = format!("{shown}:{line}");
            if not_messages.contains(pattern.as_str()) {
                continue;
            }
            if literal.starts_with("{prefix}-") {
                // A helper completing the prefix its callers give (listed in NOT_MESSAGES).
                let ids = built_ids(&pattern)
                    .unwrap_or_else(|| panic!("{place}: say in this test which ids `{literal}` builds"));
                named.extend(ids.into_iter().map(|id| Named {
                    id,
                    place: place.clone(),
                }));
                continue;
            }
            let looks_like_id = is_id(&pattern.replace("{}", "x"))
                && pattern.contains('-')
                && pattern.split_once('-').is_some_and(|(p, _)| prefixes.contains(p));
            if !looks_like_id {
                continue;
            }
            if pattern.contains("{}") {
                let ids = built_ids(&pattern)
                    .unwrap_or_else(|| panic!("{place}: say in this test which values the hole of `{literal}` takes"));
                named.extend(ids.into_iter().map(|id| Named {
                    id,
                    place: place.clone(),
                }));
            } else {
                named.push(Named { id: pattern, place });
            }
        }
    }
    named.extend(finding_ids());
    named
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files.sort();
    files
}

/// `day-{}` for `day-{}`, `day-{key}` or `day-{d.key()}`: a hole is a hole.
fn holes_as_braces(literal: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in literal.chars() {
        match c {
            '{' => {
                if depth == 0 {
                    out.push_str("{}");
                }
                depth += 1;
            }
            '}' => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// The string literals of Rust code with their line, past comments, char literals and lifetimes.
fn literals(code: &str) -> Vec<(usize, String)> {
    let chars: Vec<char> = code.chars().collect();
    let mut found = Vec::new();
    let mut line = 1;
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '\n' => line += 1,
            '/' if chars.get(i + 1) == Some(&'/') => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
                continue;
            }
            '/' if chars.get(i + 1) == Some(&'*') => {
                i += 2;
                while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                    line += usize::from(chars[i] == '\n');
                    i += 1;
                }
                i += 2;
                continue;
            }
            '\'' => {
                // '"' or '\'' is a char; 'a alone is a lifetime.
                if chars.get(i + 1) == Some(&'\\') {
                    i += 2;
                    while i < chars.len() && chars[i] != '\'' {
                        i += 1;
                    }
                } else if chars.get(i + 2) == Some(&'\'') {
                    i += 2;
                }
            }
            'r' if matches!(chars.get(i + 1), Some('"' | '#')) && (i == 0 || !is_ident(chars[i - 1])) => {
                let hashes = chars[i + 1..].iter().take_while(|&&c| c == '#').count();
                if chars.get(i + 1 + hashes) == Some(&'"') {
                    let start = i + 2 + hashes;
                    let closing: Vec<char> = std::iter::once('"').chain(std::iter::repeat_n('#', hashes)).collect();
                    let mut end = start;
                    while end < chars.len() && !chars[end..].starts_with(&closing) {
                        end += 1;
                    }
                    let text: String = chars[start..end.min(chars.len())].iter().collect();
                    found.push((line, text.clone()));
                    line += text.matches('\n').count();
                    i = end + closing.len();
                    continue;
                }
            }
            '"' => {
                let start_line = line;
                let mut text = String::new();
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    if chars[i] == '\\' {
                        i += 1;
                    }
                    if let Some(&c) = chars.get(i) {
                        line += usize::from(c == '\n');
                        text.push(c);
                    }
                    i += 1;
                }
                found.push((start_line, text));
            }
            _ => {}
        }
        i += 1;
    }
    found
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The ids an id with holes can take: every value of what fills the hole.
fn built_ids(pattern: &str) -> Option<Vec<String>> {
    let fill = |values: Vec<String>| -> Option<Vec<String>> {
        Some(values.iter().map(|v| pattern.replacen("{}", v, 1)).collect())
    };
    let keys = |keys: &[&str]| keys.iter().map(|k| (*k).to_owned()).collect::<Vec<String>>();
    match pattern {
        "day-{}" | "export-day-short-{}" => fill(Weekday::ALL.iter().map(|d| d.key().to_owned()).collect()),
        "choice-{}"
        | "choice-lower-{}"
        | "current-choice-{}"
        | "export-pdf-choice-explained-{}"
        | "gui-choice-{}-fees"
        | "gui-choice-{}-patients" => fill(Choice::ALL.iter().map(|c| c.key().to_owned()).collect()),
        "role-{}" | "role-lower-{}" => fill(keys(&[Role::GeneralPractitioner.key(), Role::Specialist.key()])),
        "rates-{}" | "export-pdf-section-{}" | "export-pdf-legend-{}" | "export-text-{}-hours" => {
            fill(keys(&[Rates::Agreement.key(), Rates::Free.key()]))
        }
        "setting-{}" | "export-setting-{}" => fill(Setting::ALL.iter().map(|s| s.key().to_owned()).collect()),
        "window-kind-{}" | "window-title-{}" => fill(window_kinds()),
        // `wording::window_message`: `window-name` or `window-title`, then the kind.
        "{}-{}" => Some(
            ["window-name", "window-title"]
                .iter()
                .flat_map(|prefix| window_kinds().into_iter().map(move |kind| format!("{prefix}-{kind}")))
                .collect(),
        ),
        // `wording::effective_message`: `effective` or `effective-value`, then the case.
        "{}-full" | "{}-from-registration" | "{}-on" | "{}-unknown" => Some(
            ["effective", "effective-value"]
                .iter()
                .map(|prefix| pattern.replacen("{}", prefix, 1))
                .collect(),
        ),
        // Checked by `finding_ids` from the rules themselves.
        "finding-{}" | "interpretation-{}" => Some(Vec::new()),
        _ => None,
    }
}

/// Every window kind of every agreement, as declared and as published.
fn window_kinds() -> Vec<String> {
    let mut kinds = BTreeSet::new();
    for a in Agreements::embedded().iter() {
        for w in &a.windows {
            kinds.insert(w.kind.clone());
            kinds.insert(w.declared_kind().to_owned());
        }
    }
    kinds.into_iter().collect()
}

/// `finding-` + the message of every rule id the embedded agreements can give (`RuleId::catalogue`,
/// each window kind of the data), and `interpretation-` + each note's id `rules.rs` names.
fn finding_ids() -> Vec<Named> {
    let kinds = window_kinds();
    let ids = RuleId::catalogue(kinds.iter().map(String::as_str));
    assert!(ids.len() > 20, "every rule of the catalogue: {ids:?}");
    let mut named: Vec<Named> = ids
        .iter()
        .map(|id| Named {
            id: id.message_id(),
            place: format!("the finding of rule `{id}`"),
        })
        .collect();
    let file = "src/core/rules.rs";
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(file)).unwrap();
    let code = text.split("\n#[cfg(test)]\nmod tests").next().unwrap_or_default();
    for (n, line) in code.lines().enumerate() {
        if let Some(name) = after(line, "interpretation(\"") {
            named.push(Named {
                id: format!("interpretation-{name}"),
                place: format!("{file}:{}", n + 1),
            });
        }
    }
    named
}

/// The literal right after `context` on a line.
fn after<'a>(line: &'a str, context: &str) -> Option<&'a str> {
    let rest = &line[line.find(context)? + context.len()..];
    rest.split('"').next()
}
