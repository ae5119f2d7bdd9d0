//! `conventio export FILE --to OUT` for the PDF, calendar and text formats, on the real binary.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn example(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/examples")
        .join(format!("{name}.json"))
}

fn conventio(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_conventio"))
        .args(args)
        .env(
            "CONVENTIO_HOME",
            std::env::temp_dir().join("conventio-export-cli-tests"),
        )
        .output()
        .unwrap_or_else(|e| panic!("cannot run conventio: {e}"))
}

fn export(input: &Path, output: &Path, extra: &[&str]) -> Output {
    let mut args = vec!["export", input.to_str().unwrap(), "--to", output.to_str().unwrap()];
    args.extend_from_slice(extra);
    conventio(&args)
}

#[test]
fn each_format_is_written_in_the_chosen_language() {
    let dir = tempfile::tempdir().unwrap();
    let input = example("gp-partial-valid");
    let pdf = dir.path().join("summary.pdf");
    let ics = dir.path().join("schedule.ics");
    let txt = dir.path().join("conditions.txt");
    for path in [&pdf, &ics, &txt] {
        let output = export(&input, path, &["--lang", "nl"]);
        assert_eq!(
            output.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(String::from_utf8_lossy(&output.stdout).contains("Geschreven"));
    }
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));
    let calendar = std::fs::read_to_string(&ics).unwrap();
    assert!(calendar.contains("SUMMARY:Vrije honoraria — Cabinet Ixelles\r\n"));
    let text = std::fs::read_to_string(&txt).unwrap();
    assert!(text.contains("Dinsdag — Cabinet Ixelles (Chaussée de Boondael 10, 1050 Ixelles) — akkoordtarieven: 08:00–12:00; vrije honoraria: 17:00–20:00\n"));
}

#[test]
fn an_existing_file_is_kept_unless_forced() {
    let dir = tempfile::tempdir().unwrap();
    let input = example("gp-partial-valid");
    let out = dir.path().join("conditions.txt");
    std::fs::write(&out, "keep me").unwrap();
    let refused = export(&input, &out, &["--lang", "fr"]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("--force"));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "keep me");
    let forced = export(&input, &out, &["--lang", "fr", "--force"]);
    assert_eq!(forced.status.code(), Some(0));
    assert!(
        std::fs::read_to_string(&out)
            .unwrap()
            .starts_with("Conditions de temps et de lieu")
    );
}

#[test]
fn an_unknown_agreement_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(example("gp-partial-valid"))
        .unwrap()
        .replace("\"agreement\": \"2026-2027\"", "\"agreement\": \"1999\"");
    let input = dir.path().join("old.json");
    std::fs::write(&input, text).unwrap();
    let out = dir.path().join("old.pdf");
    let output = export(&input, &out, &["--lang", "fr"]);
    assert_ne!(output.status.code(), Some(0));
    assert!(!out.exists());
}
