//! The summary figures read the same in the window's check panel, in `conventio check` and in the
//! PDF: all three show the lines the core builds.

use conventio::app::{App, Message, Options};
use conventio::core::agreement::Agreements;
use conventio::core::i18n::{Language, localizer};
use conventio::core::{agreement, export, figures, format, rules};
use std::path::Path;

const TODAY: &str = "2026-02-20";

fn squashed(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn the_window_the_command_line_and_the_pdf_show_the_same_figures() {
    for (file, language) in [
        ("gp-partial-invalid", Language::Fr),
        ("specialist-partial-invalid", Language::Nl),
    ] {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("assets/examples/{file}.json"));
        let declaration = format::read_declaration(
            &std::fs::read_to_string(&path).unwrap(),
            agreement::Agreements::embedded(),
        )
        .unwrap();
        let agreement = Agreements::embedded().find(&declaration.agreement).unwrap();
        let today = TODAY.parse().unwrap();
        let report = rules::check(&declaration, agreement, today);
        let lines: Vec<String> = figures::figures(&declaration, agreement, &report.summary)
            .iter()
            .map(|figure| localizer(language).message(&figure.line()))
            .collect();
        assert!(lines.len() >= 6, "{file}: {lines:?}");

        let home = tempfile::tempdir().unwrap();
        let mut app = App::new(Options::in_folder(home.path(), today, Some(language)));
        super::run(
            &mut app,
            Message::Start(conventio::app::screen::start::Message::Open(path.clone())),
        );
        let view = app.view();
        let mut window =
            iced_test::simulator::Simulator::with_size(iced_test::core::Settings::default(), (1280.0, 4000.0), view);

        let cli = std::process::Command::new(env!("CARGO_BIN_EXE_conventio"))
            .args([
                "check",
                path.to_str().unwrap(),
                "--today",
                TODAY,
                "--lang",
                language.code(),
            ])
            .env("CONVENTIO_HOME", home.path())
            .output()
            .unwrap();
        let said = String::from_utf8_lossy(&cli.stdout);

        let pdf = export::pdf(&declaration, agreement, language, today).unwrap();
        let printed = squashed(&pdf_extract::extract_text_from_mem(&pdf).unwrap());

        for line in &lines {
            // The window keeps a duration on one line (no-break spaces); the words are the same.
            let shown = conventio::app::widget::unbroken(line);
            assert!(window.find(shown.as_str()).is_ok(), "{file}: not in the window: {line}");
            assert!(
                said.lines().any(|l| l.trim() == line),
                "{file}: not said by check: {line}\n{said}"
            );
            assert!(printed.contains(&squashed(line)), "{file}: not in the PDF: {line}");
        }
    }
}
