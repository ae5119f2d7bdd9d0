//! German and English on the real binary: `check` and `export` speak the language asked for, not
//! French under another name.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn example(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/examples")
        .join(format!("{name}.json"))
}

fn conventio(args: &[&str], lang_env: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_conventio"))
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", lang_env)
        .env(
            "CONVENTIO_HOME",
            std::env::temp_dir().join("conventio-cli-languages-tests"),
        )
        .output()
        .unwrap_or_else(|e| panic!("cannot run conventio: {e}"))
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn check(lang: &str) -> String {
    let input = example("gp-partial-invalid");
    let output = conventio(
        &[
            "check",
            input.to_str().unwrap(),
            "--lang",
            lang,
            "--today",
            "2026-02-20",
        ],
        "C.UTF-8",
    );
    assert_eq!(
        output.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    stdout(&output)
}

fn export_text(lang: &str) -> (String, String) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("x.txt");
    let input = example("gp-partial-valid");
    let output = conventio(
        &[
            "export",
            input.to_str().unwrap(),
            "--to",
            out.to_str().unwrap(),
            "--lang",
            lang,
        ],
        "C.UTF-8",
    );
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    (stdout(&output), std::fs::read_to_string(&out).unwrap())
}

/// Words that would show the French text leaking into another language.
const FRENCH: [&str; 6] = [
    "Erreur",
    "honoraires",
    "Plage",
    "tarifs de l'accord",
    "Choix",
    "Adhésion",
];

fn assert_not_french(text: &str) {
    for word in FRENCH {
        assert!(!text.contains(word), "French “{word}” in:\n{text}");
    }
}

#[test]
fn check_speaks_german() {
    let text = check("de");
    for piece in [
        "4 Fehler, keine Warnungen",
        "Fehler ",
        "Teilweiser Beitritt (teilweise konventioniert)",
        "freien Honoraren",
        "Tarifen des Abkommens",
        "Am Montag von 13:00 bis 18:00",
        "Letzter Tag der Erklärung: spätestens am 12/03/2026 (noch 20 Tage)",
    ] {
        assert!(text.contains(piece), "“{piece}” not in:\n{text}");
    }
    assert_not_french(&text);
}

#[test]
fn check_speaks_english() {
    let text = check("en");
    for piece in [
        "4 errors, no warnings",
        "Error ",
        "Partial adherence (partially conventioned)",
        "free-fee blocks a week",
        "agreement rates",
        "On Monday from 13:00 to 18:00",
        "Last day to declare: no later than 12/03/2026 (20 days left)",
    ] {
        assert!(text.contains(piece), "“{piece}” not in:\n{text}");
    }
    assert_not_french(&text);
}

#[test]
fn text_export_speaks_german() {
    let (said, text) = export_text("de");
    assert!(said.starts_with("Geschrieben: "), "{said}");
    for piece in [
        "Zeit- und Ortsbedingungen — Nationales Abkommen Ärzte-Krankenkassen 2026-2027",
        "Arzt: Dr Anne Peeters — LIKIV 1-00001-06-004 — Allgemeinmediziner",
        "Dienstag — Cabinet Ixelles (Chaussée de Boondael 10, 1050 Ixelles) — Tarife des Abkommens: 08:00–12:00; freie Honorare: 17:00–20:00\n",
        "(Hausbesuche)",
    ] {
        assert!(text.contains(piece), "“{piece}” not in:\n{text}");
    }
    assert_not_french(&text);
}

#[test]
fn text_export_speaks_english() {
    let (said, text) = export_text("en");
    assert!(said.starts_with("Written: "), "{said}");
    for piece in [
        "Time and place conditions — national medico-mutualist agreement 2026-2027",
        "Doctor: Dr Anne Peeters — INAMI 1-00001-06-004 — General practitioner",
        "Tuesday — Cabinet Ixelles (Chaussée de Boondael 10, 1050 Ixelles) — agreement rates: 08:00–12:00; free fees: 17:00–20:00\n",
        "(home visits)",
    ] {
        assert!(text.contains(piece), "“{piece}” not in:\n{text}");
    }
    assert_not_french(&text);
}

#[test]
fn the_locale_picks_german_or_english_without_lang() {
    let input = example("gp-partial-invalid");
    let args = ["check", input.to_str().unwrap(), "--today", "2026-02-20"];
    let german = stdout(&conventio(&args, "de_BE.UTF-8"));
    assert!(german.contains("4 Fehler"), "{german}");
    let english = stdout(&conventio(&args, "en_GB.UTF-8"));
    assert!(english.contains("4 errors"), "{english}");
}

#[test]
fn calendar_and_pdf_speak_german_and_english() {
    let dir = tempfile::tempdir().unwrap();
    let input = example("gp-partial-valid");
    for (lang, summary, pdf_words) in [
        (
            "de",
            "SUMMARY:Freie Honorare — Cabinet Ixelles",
            ["Freie Honorare", "Unterschrift des Arztes", "LIKIV-Nummer"],
        ),
        (
            "en",
            "SUMMARY:Free fees — Cabinet Ixelles",
            ["Free fees", "Doctor's signature", "INAMI number"],
        ),
    ] {
        let ics = dir.path().join(format!("x-{lang}.ics"));
        let pdf = dir.path().join(format!("x-{lang}.pdf"));
        for out in [&ics, &pdf] {
            let output = conventio(
                &[
                    "export",
                    input.to_str().unwrap(),
                    "--to",
                    out.to_str().unwrap(),
                    "--lang",
                    lang,
                ],
                "C.UTF-8",
            );
            assert_eq!(
                output.status.code(),
                Some(0),
                "{}",
                String::from_utf8_lossy(&output.stderr)
            );
        }
        let calendar = std::fs::read_to_string(&ics).unwrap();
        assert!(calendar.contains(summary), "{calendar}");
        let bytes = std::fs::read(&pdf).unwrap();
        let text = pdf_extract::extract_text_from_mem(&bytes).unwrap();
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        for word in pdf_words {
            assert!(text.contains(word), "“{word}” not in the {lang} PDF:\n{text}");
        }
        assert_not_french(&text);
    }
}
