//! The command-line contract of FORMAT.md, run on the real binary.

use conventio::core::agreement::Agreements;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn conventio(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_conventio"))
        .args(args)
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("CONVENTIO_HOME", std::env::temp_dir().join("conventio-cli-tests"))
        .output()
        .expect("the binary runs")
}

fn example(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/examples")
        .join(name)
        .display()
        .to_string()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn json(output: &Output) -> Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {}", stdout(output)))
}

fn rules_of(file: &Value) -> Vec<String> {
    file["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|f| f["rule"].as_str().unwrap_or("").to_owned())
        .collect()
}

#[test]
fn valid_examples_exit_zero() {
    let out = conventio(&[
        "check",
        &example("gp-partial-valid.json"),
        &example("specialist-partial-valid.json"),
        "--json",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let doc = json(&out);
    for file in doc["files"].as_array().unwrap() {
        assert_eq!(file["ok"], Value::Bool(true));
        assert!(file["findings"].as_array().unwrap().is_empty());
    }
}

#[test]
fn rule_errors_exit_one_with_the_contract_json() {
    let out = conventio(&["check", &example("gp-partial-invalid.json"), "--json"]);
    assert_eq!(out.status.code(), Some(1));
    let doc = json(&out);
    let file = &doc["files"][0];
    assert_eq!(file["ok"], Value::Bool(false));
    assert_eq!(file["path"].as_str(), Some(example("gp-partial-invalid.json").as_str()));
    let rules = rules_of(file);
    for rule in [
        "gp-free-setting",
        "gp-free-blocks-per-week",
        "gp-free-block-length",
        "gp-agreement-share",
    ] {
        assert!(rules.contains(&rule.to_owned()), "{rule} missing from {rules:?}");
    }
    let blocks = file["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "gp-free-blocks-per-week")
        .unwrap();
    assert_eq!(blocks["severity"], "error");
    // No source gives the 2026-2027 clause numbers: the finding names its rule without one.
    assert_eq!(blocks["clause"], serde_json::Value::Null);
    assert_eq!(blocks["slots"], serde_json::json!([1, 2, 3, 5]));
    assert!(blocks["message"].as_str().unwrap().contains("3"));
    let summary = &file["summary"];
    assert_eq!(summary["free_blocks"], 4);
    assert_eq!(summary["free_blocks_max"], 3);
    assert_eq!(summary["longest_free_block_minutes"], 300);
    assert_eq!(summary["agreement_minutes"], 480);
    assert_eq!(summary["total_minutes"], 1320);
    assert_eq!(summary["deadline"], "2026-03-12");
}

#[test]
fn site_access_findings_name_their_site() {
    let out = conventio(&["check", &example("specialist-partial-invalid.json"), "--json"]);
    let doc = json(&out);
    let access = doc["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "sp-site-access")
        .cloned();
    assert_eq!(access.expect("sp-site-access fires")["site"], "spa");
}

#[test]
fn an_unreadable_file_exits_two_and_the_others_are_still_checked() {
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("broken.json");
    std::fs::write(
        &broken,
        "{\n  \"format\": \"conventio-declaration\",\n  \"version\": 1,\n  \"agreement\": 2021\n}",
    )
    .unwrap();
    let missing = dir.path().join("missing.json");
    let out = conventio(&[
        "check",
        &example("gp-partial-invalid.json"),
        broken.to_str().unwrap(),
        missing.to_str().unwrap(),
        "--json",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let doc = json(&out);
    let files = doc["files"].as_array().unwrap();
    assert_eq!(files.len(), 3);
    assert!(!rules_of(&files[0]).is_empty());
    let error = files[1]["error"].as_str().unwrap();
    assert!(error.contains("ligne 4"), "{error}");
    assert_eq!(files[1]["ok"], false);
    assert!(files[2]["error"].as_str().unwrap().contains("missing.json"));
}

#[test]
fn a_missing_file_is_explained_in_the_users_language_not_the_systems() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.json");
    let missing = missing.to_str().unwrap();
    let into = dir.path().join("decl.json");
    std::fs::copy(example("gp-partial-valid.json"), &into).unwrap();
    let calendar = dir.path().join("missing.ics");
    let runs = [
        conventio(&["check", missing, "--lang", "nl"]),
        conventio(&["export", missing, "--to", "x.pdf", "--lang", "nl"]),
        conventio(&[
            "import",
            calendar.to_str().unwrap(),
            "--into",
            into.to_str().unwrap(),
            "--lang",
            "nl",
        ]),
    ];
    for out in runs {
        let said = format!("{}{}", stdout(&out), String::from_utf8_lossy(&out.stderr));
        assert_eq!(out.status.code(), Some(2), "{said}");
        assert!(said.contains("missing."), "{said}");
        assert!(!said.contains("os error") && !said.contains("No such file"), "{said}");
        let reason = conventio::core::i18n::localizer(conventio::core::i18n::Language::Nl).tr("io-not-found");
        assert!(said.contains(&reason), "{said}");
        assert!(!said.contains('{'), "an argument left unfilled: {said}");
    }
}

#[test]
fn text_output_is_french_by_default_and_dutch_on_request() {
    let fr = stdout(&conventio(&["check", &example("gp-partial-invalid.json")]));
    assert!(
        fr.contains("gp-free-blocks-per-week") && !fr.contains("point 10.") && fr.contains("Erreur"),
        "{fr}"
    );
    let nl = stdout(&conventio(&[
        "check",
        &example("gp-partial-invalid.json"),
        "--lang",
        "nl",
    ]));
    assert!(
        nl.contains("uiterlijk op 12/03/2026") && nl.contains("Fout") && nl.contains("vrije honoraria"),
        "{nl}"
    );
}

#[test]
fn the_locale_picks_the_language() {
    let out = Command::new(env!("CARGO_BIN_EXE_conventio"))
        .args(["check", &example("gp-partial-invalid.json")])
        .env("LANG", "nl_BE.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .unwrap();
    assert!(stdout(&out).contains("Fout"));
}

#[test]
fn a_folder_is_checked_one_line_per_doctor_with_a_total() {
    let out = conventio(&[
        "check",
        &Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("assets/examples")
            .display()
            .to_string(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(
        text.contains("Dr Anne Peeters") && text.contains("Dr Marc Dubois"),
        "{text}"
    );
    assert!(text.contains("Total : 4 déclarations, dont 2 valables"), "{text}");
}

#[test]
fn agreements_are_listed_with_their_dates() {
    let doc = json(&conventio(&["agreements", "--json"]));
    let list = doc["agreements"].as_array().unwrap();
    let ids: Vec<&str> = list.iter().filter_map(|a| a["id"].as_str()).collect();
    assert_eq!(
        ids,
        ["2018-2019", "2020", "2021", "2022-2023", "2024-2025", "2026-2027"]
    );
    let a2021 = &list[2];
    assert_eq!(a2021["published_on"], "2021-01-25");
    assert_eq!(a2021["deadline"], "2021-02-24");
    assert_eq!(a2021["confirmed"], true);
    assert_eq!(list[5]["rules_confirmed"], false);
    let text = stdout(&conventio(&["agreements", "--lang", "nl"]));
    assert!(
        text.contains("2021: van 01/01/2021 tot 31/12/2021, bekendgemaakt op 25/01/2021"),
        "{text}"
    );
}

#[test]
fn the_deadline_counts_days_left_and_past() {
    let doc = json(&conventio(&[
        "deadline",
        "--agreement",
        "2021",
        "--today",
        "2021-02-14",
        "--json",
    ]));
    assert_eq!(doc["deadline"], "2021-02-24");
    assert_eq!(doc["days_left"], 10);
    let unknown = conventio(&["deadline", "--agreement", "1999"]);
    assert_eq!(unknown.status.code(), Some(1));
}

fn window<'a>(doc: &'a Value, kind: &str) -> &'a Value {
    doc["windows"]
        .as_array()
        .and_then(|list| list.iter().find(|w| w["window"] == kind))
        .unwrap_or_else(|| panic!("no {kind} window in {doc}"))
}

#[test]
fn deadline_lists_every_window_on_2026_11_23() {
    let doc = json(&conventio(&["deadline", "--today", "2026-11-23", "--json"]));
    assert_eq!(doc["agreement"], "2026-2027");
    assert_eq!(doc["today"], "2026-11-23");
    let initial = window(&doc, "initial");
    assert_eq!(initial["last_day"], "2026-03-12");
    assert_eq!(initial["state"], "closed");
    assert_eq!(initial["days_left"], -256);
    assert_eq!(initial["confirmed"], true);
    let second = window(&doc, "second-year");
    assert_eq!(second["last_day"], "2026-12-14");
    assert_eq!(second["state"], "open");
    assert_eq!(second["days_left"], 21);
    assert_eq!(second["confirmed"], false);
    assert_eq!(second["effective_on"], "2027-01-01");
    let amendment = window(&doc, "amendment");
    assert_eq!(amendment["last_day"], Value::Null);
    assert_eq!(amendment["state"], "open");
    // The window that matters today is the second year's, not the initial one closed long ago.
    assert_eq!(doc["current"]["window"], "second-year");
    assert_eq!(
        (doc["deadline"].clone(), doc["days_left"].clone()),
        (serde_json::json!("2026-12-14"), serde_json::json!(21))
    );
    let text = stdout(&conventio(&["deadline", "--today", "2026-11-23", "--lang", "fr"]));
    assert!(
        text.contains(
            "Déclarer pour 2027 (refus ou adhésion partielle, adhésion partielle non confirmée pour 2027) — \
             au plus tard le 14/12/2026, encore 21 jours"
        ),
        "{text}"
    );
    let nl = stdout(&conventio(&["deadline", "--today", "2026-11-23", "--lang", "nl"]));
    assert!(nl.contains("uiterlijk op 14/12/2026, nog 21 dagen"), "{nl}");
    assert!(!text.contains("avant") && !nl.contains("vóór"), "{text}{nl}");
}

#[test]
fn each_second_year_window_is_open_on_its_last_day_and_closed_the_day_after() {
    for (id, last_day, day_after) in [
        ("2024-2025", "2024-12-14", "2024-12-15"),
        ("2026-2027", "2026-12-14", "2026-12-15"),
    ] {
        let on = json(&conventio(&[
            "deadline",
            "--agreement",
            id,
            "--today",
            last_day,
            "--json",
        ]));
        assert_eq!(window(&on, "second-year")["state"], "open", "{id}");
        assert_eq!(window(&on, "second-year")["days_left"], 0, "{id}");
        let after = json(&conventio(&[
            "deadline",
            "--agreement",
            id,
            "--today",
            day_after,
            "--json",
        ]));
        assert_eq!(window(&after, "second-year")["state"], "closed", "{id}");
        assert_eq!(window(&after, "second-year")["days_left"], -1, "{id}");
    }
}

/// A declaration for the second year, checked on its last day and the day after.
#[test]
fn check_of_a_second_year_refusal_around_its_last_day() {
    let dir = tempfile::tempdir().unwrap();
    for (id, last_day, day_after) in [
        ("2024-2025", "2024-12-14", "2024-12-15"),
        ("2026-2027", "2026-12-14", "2026-12-15"),
    ] {
        let file = |prepared: &str| {
            let path = dir.path().join(format!("{id}-{prepared}.json"));
            let text = format!(
                r#"{{"format":"conventio-declaration","version":1,"agreement":"{id}","prepared_on":"{prepared}",
                "window":"second-year","doctor":{{"name":"Dr A","inami":"1-00001-06-004"}},"choice":"refusal",
                "sites":[],"slots":[]}}"#
            );
            std::fs::write(&path, text).unwrap();
            path.display().to_string()
        };
        let in_time = conventio(&["check", &file(last_day), "--today", last_day, "--json"]);
        assert_eq!(in_time.status.code(), Some(0), "{id}");
        let doc = json(&in_time);
        assert!(
            !rules_of(&doc["files"][0]).contains(&"deadline-passed".to_owned()),
            "{id}"
        );
        assert_eq!(doc["files"][0]["summary"]["deadline"], last_day);
        assert_eq!(doc["files"][0]["summary"]["days_left"], 0);
        let late = json(&conventio(&["check", &file(day_after), "--today", day_after, "--json"]));
        assert!(
            rules_of(&late["files"][0]).contains(&"deadline-passed".to_owned()),
            "{id}"
        );
        assert_eq!(late["files"][0]["summary"]["days_left"], -1);
    }
}

#[test]
fn check_counts_days_left_from_today_and_says_when_the_file_was_prepared() {
    let out = conventio(&[
        "check",
        &example("gp-partial-valid.json"),
        "--today",
        "2026-11-23",
        "--lang",
        "fr",
    ]);
    let text = stdout(&out);
    assert!(
        text.contains("Date limite de déclaration : au plus tard le 12/03/2026 (dépassée depuis 256 jours ; préparée le 20/02/2026, dans le délai"),
        "{text}"
    );
    let doc = json(&conventio(&[
        "check",
        &example("gp-partial-valid.json"),
        "--today",
        "2026-11-23",
        "--json",
    ]));
    assert_eq!(doc["files"][0]["summary"]["days_left"], -256);
    assert_eq!(doc["files"][0]["summary"]["prepared_days_left"], 20);
}

#[test]
fn an_unknown_window_is_a_parse_error_and_a_missing_one_a_finding() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, agreement: &str, window: &str| {
        let path = dir.path().join(name);
        let text = format!(
            r#"{{"format":"conventio-declaration","version":1,"agreement":"{agreement}","prepared_on":"2021-02-01",
            "window":"{window}","doctor":{{"name":"Dr A","inami":"1-00001-06-004"}},"choice":"refusal",
            "sites":[],"slots":[]}}"#
        );
        std::fs::write(&path, text).unwrap();
        path.display().to_string()
    };
    let typo = conventio(&["check", &write("typo.json", "2021", "second-yaer"), "--json"]);
    assert_eq!(typo.status.code(), Some(2));
    let missing = conventio(&["check", &write("missing.json", "2021", "second-year"), "--json"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(rules_of(&json(&missing)["files"][0]).contains(&"window-unavailable".to_owned()));
}

#[test]
fn a_five_megabyte_name_is_refused_naming_the_field_and_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.json");
    let name = "é".repeat(2_500_000);
    let text = format!(
        r#"{{"format":"conventio-declaration","version":1,"agreement":"2021","doctor":{{"name":"{name}","inami":"1-00001-06-004"}},
        "choice":"full","sites":[],"slots":[]}}"#
    );
    std::fs::write(&path, text).unwrap();
    let out = conventio(&["check", path.to_str().unwrap(), "--json", "--lang", "en"]);
    assert_eq!(out.status.code(), Some(2));
    let error = json(&out)["files"][0]["error"].as_str().unwrap().to_owned();
    assert!(error.contains("doctor.name") && error.contains("200"), "{error}");
}

#[test]
fn agreements_import_adds_a_valid_file_and_refuses_a_broken_one() {
    let home = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_conventio"))
            .args(args)
            .env("LANG", "C.UTF-8")
            .env("CONVENTIO_HOME", home.path())
            .output()
            .unwrap()
    };
    let source =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/agreements/2026-2027.json"))
            .unwrap()
            .replace("2026-2027", "2028-2029")
            .replace("2026-02-10", "2028-02-10");
    let file = home.path().join("new.json");
    std::fs::write(&file, &source).unwrap();
    let broken = home.path().join("broken.json");
    std::fs::write(&broken, source.replace("\"windows\"", "\"windowz\"")).unwrap();
    let refused = run(&["agreements", "import", broken.to_str().unwrap(), "--lang", "en"]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("nothing changed"));
    assert!(!home.path().join("data/agreements").exists());
    let added = run(&["agreements", "import", file.to_str().unwrap(), "--lang", "en"]);
    assert_eq!(
        added.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&added.stderr)
    );
    let list = run(&["agreements", "--lang", "en"]);
    let text = stdout(&list);
    assert!(text.contains("2028-2029") && text.contains("added by you"), "{text}");
}

#[test]
fn a_last_day_set_in_the_settings_is_used_by_the_command_line() {
    let home = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(home.path().join("config")).unwrap();
    std::fs::write(
        home.path().join("config/settings.json"),
        r#"{"format":"conventio-settings","version":1,"last_days":{"2026-2027":{"second-year":"2026-12-31"}}}"#,
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_conventio"))
        .args(["deadline", "--today", "2026-12-20", "--json"])
        .env("CONVENTIO_HOME", home.path())
        .output()
        .unwrap();
    let doc = json(&out);
    let second = window(&doc, "second-year");
    assert_eq!(second["last_day"], "2026-12-31");
    assert_eq!(second["set_by_user"], true);
    assert_eq!(second["published_last_day"], "2026-12-14");
    assert_eq!(second["state"], "open");
}

#[test]
fn no_command_overwrites_a_settings_file_from_a_newer_version() {
    let home = tempfile::tempdir().unwrap();
    let settings = home.path().join("config/settings.json");
    std::fs::create_dir_all(settings.parent().unwrap()).unwrap();
    let newer = r#"{"format":"conventio-settings","version":99,"language":"nl"}"#;
    std::fs::write(&settings, newer).unwrap();
    let declaration = home.path().join("decl.json");
    std::fs::copy(example("gp-partial-valid.json"), &declaration).unwrap();
    let declaration = declaration.to_str().unwrap().to_owned();
    let calendar = home.path().join("decl.ics");
    std::fs::write(
        &calendar,
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART:20261124T080000\r\n\
         DTEND:20261124T090000\r\nSUMMARY:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    )
    .unwrap();
    let out = home.path().join("out.pdf");
    let commands: [&[&str]; 5] = [
        &["check", &declaration, "--today", "2026-11-23"],
        &["deadline", "--today", "2026-11-23"],
        &["agreements"],
        &["export", &declaration, "--to", out.to_str().unwrap()],
        &[
            "import",
            calendar.to_str().unwrap(),
            "--into",
            &declaration,
            "--week",
            "2026-11-23",
        ],
    ];
    for args in commands {
        let done = Command::new(env!("CARGO_BIN_EXE_conventio"))
            .args(args)
            .env("CONVENTIO_HOME", home.path())
            .output()
            .unwrap();
        assert!(done.status.code().is_some(), "{args:?}");
        assert_eq!(std::fs::read_to_string(&settings).unwrap(), newer, "{args:?}");
    }
}

#[test]
fn export_writes_normalised_json_and_refuses_to_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    let out_path: PathBuf = dir.path().join("out.json");
    let out = out_path.to_str().unwrap();
    let first = conventio(&["export", &example("gp-partial-valid.json"), "--to", out]);
    assert_eq!(first.status.code(), Some(0));
    let written = std::fs::read_to_string(&out_path).unwrap();
    let original = std::fs::read_to_string(example("gp-partial-valid.json")).unwrap();
    assert_eq!(
        conventio::core::format::read_declaration(&written, Agreements::embedded()).unwrap(),
        conventio::core::format::read_declaration(&original, Agreements::embedded()).unwrap()
    );
    let again = conventio(&["export", &example("gp-partial-valid.json"), "--to", out]);
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr).contains("--force"));
    let forced = conventio(&["export", &example("gp-partial-valid.json"), "--to", out, "--force"]);
    assert_eq!(forced.status.code(), Some(0));
}

#[test]
fn export_to_an_unknown_extension_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("out.docx");
    let out = conventio(&[
        "export",
        &example("gp-partial-valid.json"),
        "--to",
        target.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(!target.exists());
}

#[test]
fn a_closed_pipe_ends_the_output_without_a_panic() {
    use std::io::Read;
    // More output than a pipe holds, so the writer is still writing when the reader goes away.
    let folder = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(example("gp-partial-invalid.json")).unwrap();
    for n in 0..1000 {
        std::fs::write(folder.path().join(format!("d{n:04}.json")), &text).unwrap();
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_conventio"))
        .args(["check", folder.path().to_str().unwrap()])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 8];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    // The reading end is dropped here, like `| head -c 8`.
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
}
