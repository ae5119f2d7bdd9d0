//! The practice overview printed as a PDF list: the doctors in urgency order with who registered
//! them, the day it was printed and the filter, as an archival, tagged landscape document.

use chrono::NaiveDate;
use conventio::core::agreement::Agreements;
use conventio::core::export::overview_pdf;
use conventio::core::format::read_declaration;
use conventio::core::i18n::Language;
use conventio::core::overview::{Filter, Row, sort_by_urgency};
use pdf_extract::{Document, Object};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

/// A doctor of the GP example under another name, in the given declaration window.
fn doctor(name: &str, window: &str) -> Row {
    let mut declaration = read_declaration(
        include_str!("../../assets/examples/gp-partial-valid.json"),
        Agreements::embedded(),
    )
    .unwrap();
    declaration.doctor.name = name.into();
    declaration.window = Some(window.into());
    let mut row = Row::of_declaration(&declaration, today(), Agreements::embedded());
    row.id = name.to_lowercase().replace(' ', "-");
    row
}

/// Three doctors as the overview sorts them: Dr Claes overdue, Dr Bosmans with 21 days left,
/// Dr Aerts registered by Sophie Martin on 20/11/2026.
fn three_doctors() -> Vec<Row> {
    let mut aerts = doctor("Dr Anne Aerts", "second-year");
    aerts.registered = Some((
        NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
        Some("Sophie Martin".into()),
    ));
    let mut bosmans = doctor("Dr Bart Bosmans", "second-year");
    bosmans.note = "mandat eHealth à demander".into();
    let mut rows = vec![aerts, bosmans, doctor("Dr Chloé Claes", "initial")];
    sort_by_urgency(&mut rows);
    rows
}

fn text_of(bytes: &[u8]) -> String {
    let text = pdf_extract::extract_text_from_mem(bytes).unwrap_or_else(|e| panic!("unreadable PDF: {e}"));
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Where each piece first appears in `text`, failing when one is missing; whitespace is ignored,
/// since a reader may join a cell's wrapped lines without a space.
fn positions(text: &str, pieces: &[&str]) -> Vec<usize> {
    let squash = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let squashed = squash(text);
    pieces
        .iter()
        .map(|piece| {
            squashed
                .find(&squash(piece))
                .unwrap_or_else(|| panic!("missing «{piece}» in:\n{text}"))
        })
        .collect()
}

fn structure_types(bytes: &[u8]) -> Vec<String> {
    let document = Document::load_mem(bytes).unwrap();
    document
        .objects
        .values()
        .filter_map(|object| object.as_dict().ok())
        .filter(|dict| {
            dict.get(b"Type")
                .and_then(Object::as_name)
                .is_ok_and(|name| name == b"StructElem")
        })
        .filter_map(|dict| dict.get(b"S").and_then(Object::as_name).ok())
        .map(|name| String::from_utf8_lossy(name).into_owned())
        .collect()
}

#[test]
fn the_printed_list_names_the_doctors_most_urgent_first_with_who_registered_them() {
    let rows = three_doctors();
    let bytes = overview_pdf(&rows, &[], Filter::All, today(), Language::Fr).unwrap();
    let text = text_of(&bytes);
    let order = positions(&text, &["Dr Chloé Claes", "Dr Bart Bosmans", "Dr Anne Aerts"]);
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?} in {text}");
    let heading = positions(
        &text,
        &[
            "Vue d'ensemble du cabinet",
            "Imprimée le 23/11/2026. Médecins : tous (3 sur 3).",
            "Jours restants",
            "Enregistré par",
            "Note",
        ],
    );
    assert!(heading[4] < order[0], "the header row comes before the doctors");
    let note = positions(&text, &["mandat eHealth à demander"])[0];
    assert!(
        order[1] < note && note < order[2],
        "the note on Dr Bart Bosmans's row: {text}"
    );
    positions(
        &text,
        &["-256", "14/12/2026", "20/11/2026", "Sophie Martin", "1-00001-06-004"],
    );
    assert!(text.contains("page 1 sur 1"), "{text}");
}

#[test]
fn the_list_of_those_still_to_register_says_so_and_leaves_the_registered_out() {
    let rows = three_doctors();
    let bytes = overview_pdf(&rows, &[], Filter::StillToRegister, today(), Language::Nl).unwrap();
    let text = text_of(&bytes);
    let order = positions(&text, &["Dr Chloé Claes", "Dr Bart Bosmans"]);
    assert!(order[0] < order[1]);
    assert!(!text.contains("Dr Anne Aerts"), "{text}");
    positions(
        &text,
        &[
            "Overzicht van de praktijk",
            "enkel wie nog in ProGezondheid te registreren is (2 van 3)",
        ],
    );
}

#[test]
fn the_list_is_tagged_with_a_title_one_table_and_its_header_cells() {
    let bytes = overview_pdf(&three_doctors(), &[], Filter::All, today(), Language::Fr).unwrap();
    let types = structure_types(&bytes);
    let count = |kind: &str| types.iter().filter(|t| *t == kind).count();
    assert_eq!(count("H1"), 1, "{types:?}");
    assert_eq!(count("Table"), 1, "{types:?}");
    assert_eq!(count("TR"), 4, "a header row and one row a doctor: {types:?}");
    assert_eq!(count("TH"), 12, "eleven columns and the note: {types:?}");
    assert_eq!(count("TD"), 36, "{types:?}");
    let text = String::from_utf8_lossy(&bytes);
    for claim in [
        "<pdfaid:part>2</pdfaid:part>",
        "<pdfaid:conformance>A</pdfaid:conformance>",
        "<pdfuaid:part>1</pdfuaid:part>",
    ] {
        assert!(text.contains(claim), "no {claim}");
    }
}

#[test]
fn a_long_list_goes_on_over_pages_with_its_header_row_drawn_again_but_read_once() {
    let mut rows: Vec<Row> = (1..=45)
        .map(|n| doctor(&format!("Dr Médecin {n:02}"), "second-year"))
        .collect();
    sort_by_urgency(&mut rows);
    let bytes = overview_pdf(&rows, &[], Filter::All, today(), Language::De).unwrap();
    let text = text_of(&bytes);
    let squashed: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let names: Vec<String> = (1..=45).map(|n| format!("Dr Médecin {n:02}")).collect();
    let order = positions(&text, &names.iter().map(String::as_str).collect::<Vec<_>>());
    assert!(order.windows(2).all(|w| w[0] < w[1]));
    assert!(text.contains("Seite 2 von"), "{text}");
    assert!(
        squashed.matches("VerbleibendeTage").count() >= 2,
        "the header row heads every page: {text}"
    );
    let types = structure_types(&bytes);
    assert_eq!(types.iter().filter(|t| *t == "TH").count(), 12, "read once");
    assert_eq!(types.iter().filter(|t| *t == "TD").count(), 12 * 45);
}

#[test]
fn every_language_and_filter_passes_krillas_archival_and_accessibility_validation() {
    // krilla refuses a document that breaks PDF/A-2a or PDF/UA-1: writing it is the validation
    // passing. Also with nobody to show, and with a profile that could not be read.
    let rows = three_doctors();
    let registered_only = [rows[2].clone()];
    for language in [Language::Fr, Language::Nl, Language::De, Language::En] {
        for filter in [Filter::All, Filter::StillToRegister] {
            overview_pdf(&rows, &[], filter, today(), language).unwrap_or_else(|e| panic!("{language:?}: {e}"));
            let bytes = overview_pdf(&registered_only, &["dr-x".into()], filter, today(), language)
                .unwrap_or_else(|e| panic!("{language:?}: {e}"));
            assert!(text_of(&bytes).contains("dr-x"), "the unreadable profile is named");
        }
    }
    let empty = overview_pdf(&[], &[], Filter::All, today(), Language::Fr).unwrap();
    assert!(text_of(&empty).contains("Aucun médecin à afficher."));
}

/// Runs a poppler tool on the list written to a file; `None` (with a printed line) when poppler-utils
/// is not installed.
fn poppler(tool: &str, args: &[&str], bytes: &[u8]) -> Option<String> {
    if std::process::Command::new(tool).arg("-v").output().is_err() {
        println!("skipped: {tool} (Debian package poppler-utils) is not installed");
        return None;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("list.pdf");
    std::fs::write(&path, bytes).unwrap();
    let output = std::process::Command::new(tool)
        .args(args)
        .arg(&path)
        .args(if tool == "pdftotext" { &["-"][..] } else { &[][..] })
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    Some(String::from_utf8_lossy(&output.stdout).into_owned())
}

#[test]
fn pdfinfo_reads_a_tagged_landscape_list_and_pdftotext_the_doctors_in_order() {
    let bytes = overview_pdf(&three_doctors(), &[], Filter::All, today(), Language::Fr).unwrap();
    if let Some(info) = poppler("pdfinfo", &[], &bytes) {
        assert!(
            info.lines().any(|line| line.split_whitespace().eq(["Tagged:", "yes"])),
            "{info}"
        );
        assert!(info.contains("841.89 x 595.28 pts (A4)"), "landscape A4: {info}");
        assert!(info.contains("Vue d'ensemble du cabinet au 23/11/2026"), "{info}");
    }
    if let Some(text) = poppler("pdftotext", &[], &bytes) {
        let order = positions(&text, &["Dr Chloé Claes", "Dr Bart Bosmans", "Dr Anne Aerts"]);
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{text}");
    }
}
