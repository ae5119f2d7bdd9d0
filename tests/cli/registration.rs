//! What must be registered, joining after a refusal and the window that matters today, on the real
//! binary (FORMAT.md: `doctor.current_choice`, `check --json`, `--still-to-register`,
//! `deadline --json` `current`).

use serde_json::Value;
use std::path::Path;
use std::process::{Command, Output};

fn conventio(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_conventio"))
        .args(args)
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("CONVENTIO_TODAY")
        .env("CONVENTIO_HOME", std::env::temp_dir().join("conventio-cli-tests"))
        .output()
        .expect("the binary runs")
}

fn json(output: &Output) -> Value {
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&output.stdout)))
}

fn rules_of(file: &Value) -> Vec<String> {
    file["findings"]
        .as_array()
        .map(|list| {
            list.iter()
                .filter_map(|f| f["rule"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

/// A 2026-2027 declaration file for a doctor whose standing today is `current` (absent: full).
fn write(dir: &Path, name: &str, window: &str, current: Option<&str>, choice: &str, prepared: &str) -> String {
    let current = current.map_or_else(String::new, |c| format!(r#","current_choice":"{c}""#));
    let path = dir.join(format!("{name}.json"));
    let text = format!(
        r#"{{"format":"conventio-declaration","version":1,"agreement":"2026-2027","prepared_on":"{prepared}",
        "window":"{window}","doctor":{{"name":"{name}","inami":"1-00001-06-004"{current}}},"choice":"{choice}",
        "sites":[{{"id":"a","name":"Cabinet"}}],
        "slots":[{{"site":"a","day":"monday","start":"08:00","end":"12:00","rates":"agreement","setting":"office"}}]}}"#
    );
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

#[test]
fn deadline_on_2_december_2026_is_the_2027_window_with_12_days_left() {
    let doc = json(&conventio(&["deadline", "--today", "2026-12-02", "--json"]));
    assert_eq!(doc["current"]["window"], "second-year");
    assert_eq!(doc["current"]["days_left"], 12);
    assert_eq!(doc["current"]["state"], "open");
    assert_eq!(doc["deadline"], "2026-12-14");
    assert_eq!(doc["days_left"], 12);
    // The day after its last day it is still the window that matters: closed for one day.
    let after = json(&conventio(&["deadline", "--today", "2026-12-15", "--json"]));
    assert_eq!(after["current"]["window"], "second-year");
    assert_eq!(after["current"]["state"], "closed");
    assert_eq!(after["days_left"], -1);
    // The join window is listed, never current, and lets a doctor who refused adhere.
    let join = doc["windows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|w| w["window"] == "join")
        .unwrap();
    assert_eq!(join["last_day"], Value::Null);
    assert_eq!(join["allows"], serde_json::json!(["full", "partial"]));
}

#[test]
fn conventio_today_stands_in_for_the_machines_date() {
    let output = Command::new(env!("CARGO_BIN_EXE_conventio"))
        .args(["deadline", "--json"])
        .env("CONVENTIO_TODAY", "2026-12-02")
        .env("CONVENTIO_HOME", std::env::temp_dir().join("conventio-cli-tests"))
        .output()
        .unwrap();
    let doc = json(&output);
    assert_eq!(doc["today"], "2026-12-02");
    assert_eq!(doc["current"]["days_left"], 12);
}

#[test]
fn check_says_which_declarations_must_be_registered_at_the_last_day_and_the_day_after() {
    let dir = tempfile::tempdir().unwrap();
    for (day, late) in [("2026-12-14", false), ("2026-12-15", true)] {
        for current in ["full", "partial", "refusal"] {
            for choice in ["full", "refusal"] {
                let needed = !(current == "full" && choice == "full");
                let file = write(
                    dir.path(),
                    &format!("{current}-{choice}-{day}"),
                    "second-year",
                    Some(current),
                    choice,
                    day,
                );
                let doc = json(&conventio(&["check", &file, "--today", day, "--json"]));
                let f = &doc["files"][0];
                let what = format!("{current} -> {choice} on {day}");
                assert_eq!(f["summary"]["registration_needed"], needed, "{what}");
                assert_eq!(f["overview"]["registration_needed"], needed, "{what}");
                assert_eq!(
                    rules_of(f).contains(&"deadline-passed".to_owned()),
                    needed && late,
                    "{what}"
                );
                if needed {
                    assert_eq!(f["overview"]["days_left"], if late { -1 } else { 0 }, "{what}");
                } else {
                    assert_eq!(f["overview"]["days_left"], Value::Null, "{what}");
                    assert_eq!(f["summary"]["days_left"], Value::Null, "{what}");
                }
            }
        }
    }
}

#[test]
fn still_to_register_leaves_out_full_adherence_by_an_adherent_doctor() {
    let dir = tempfile::tempdir().unwrap();
    let adherent = write(dir.path(), "Dr Adherent", "second-year", None, "full", "2026-12-02");
    let rejoins = write(
        dir.path(),
        "Dr Rejoint",
        "second-year",
        Some("refusal"),
        "full",
        "2026-12-02",
    );
    let refuses = write(dir.path(), "Dr Refuse", "second-year", None, "refusal", "2026-12-02");
    let csv = dir.path().join("list.csv");
    let out = conventio(&[
        "check",
        &adherent,
        &rejoins,
        &refuses,
        "--today",
        "2026-12-02",
        "--lang",
        "fr",
        "--to",
        csv.to_str().unwrap(),
        "--still-to-register",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(std::fs::read(&csv).unwrap()).unwrap();
    assert!(!text.contains("Dr Adherent"), "{text}");
    assert!(text.contains("Dr Rejoint") && text.contains("Dr Refuse"), "{text}");
    assert!(text.contains("à enregistrer au plus tard le 14/12/2026"), "{text}");
    assert!(text.contains("Déclarer pour 2027"), "{text}");
    // The whole list says the adherent doctor has nothing to register.
    let all = dir.path().join("all.csv");
    conventio(&[
        "check",
        &adherent,
        "--today",
        "2026-12-02",
        "--lang",
        "fr",
        "--to",
        all.to_str().unwrap(),
    ]);
    let text = String::from_utf8(std::fs::read(&all).unwrap()).unwrap();
    assert!(text.contains("rien à enregistrer"), "{text}");
}

#[test]
fn a_refusal_needs_no_role_and_gets_no_site_unused_warning() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("refusal.json");
    std::fs::write(
        &path,
        r#"{"format":"conventio-declaration","version":1,"agreement":"2026-2027","prepared_on":"2026-12-02",
        "window":"second-year","doctor":{"name":"Dr B","inami":"1-00001-06-580"},"choice":"refusal",
        "sites":[{"id":"a","name":"Cabinet"}],"slots":[]}"#,
    )
    .unwrap();
    let out = conventio(&["check", path.to_str().unwrap(), "--today", "2026-12-02", "--json"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        rules_of(&json(&out)["files"][0]).is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn joining_with_a_refusal_is_an_error_and_an_adherent_doctor_has_nothing_to_join() {
    let dir = tempfile::tempdir().unwrap();
    let refuses = write(dir.path(), "a", "join", Some("refusal"), "refusal", "2026-12-20");
    let out = conventio(&["check", &refuses, "--today", "2026-12-20", "--json"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(rules_of(&json(&out)["files"][0]).contains(&"window-join-choice".to_owned()));
    let adherent = write(dir.path(), "b", "join", None, "full", "2026-12-20");
    let out = conventio(&["check", &adherent, "--today", "2026-12-20", "--json"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(rules_of(&json(&out)["files"][0]), ["window-join-standing"]);
    let joins = write(dir.path(), "c", "join", Some("refusal"), "full", "2026-12-20");
    let doc = json(&conventio(&["check", &joins, "--today", "2026-12-20", "--json"]));
    assert!(rules_of(&doc["files"][0]).is_empty());
    assert_eq!(doc["files"][0]["summary"]["registration_needed"], true);
}

/// `check FOLDER` (and `check --practice`, which shares its lines) says "nothing to register" for a
/// full adherence by an adherent doctor, as the window, `check FILE` and `--json` (no `last_day`)
/// do; a doctor who must register keeps the last day. Before, every line said "deadline 14/12/2026".
#[test]
fn a_folders_line_for_a_full_adherence_says_nothing_to_register_not_a_deadline() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "Dr Adherent", "second-year", None, "full", "2026-12-02");
    write(dir.path(), "Dr Partial", "second-year", None, "partial", "2026-12-02");
    for (lang, nothing, deadline) in [
        ("fr", "rien à enregistrer", "date limite 14/12/2026"),
        ("nl", "niets te registreren", "uiterste datum 14/12/2026"),
    ] {
        let out = conventio(&[
            "check",
            dir.path().to_str().unwrap(),
            "--today",
            "2026-12-02",
            "--lang",
            lang,
        ]);
        let text = String::from_utf8(out.stdout).unwrap();
        let line = |name: &str| {
            text.lines()
                .find(|l| l.starts_with(name))
                .unwrap_or_default()
                .to_owned()
        };
        let (full, partial) = (line("Dr Adherent"), line("Dr Partial"));
        assert!(full.contains(nothing) && !full.contains("14/12/2026"), "{lang}: {full}");
        assert!(partial.contains(deadline), "{lang}: {partial}");
    }
}
