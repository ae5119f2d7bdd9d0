//! The PDF summary: its text (extracted back with a PDF reader), its metadata and its fonts.

use chrono::NaiveDate;
use conventio::core::export::ExportError;

/// The document made with the declaration's own agreement (the latest when it names none known, so
/// the export refuses it as the app would).
fn pdf(declaration: &Declaration, language: Language, today: NaiveDate) -> Result<Vec<u8>, ExportError> {
    let agreement = Agreements::embedded().find_or_latest(&declaration.agreement);
    conventio::core::export::pdf(declaration, agreement, language, today)
}
use conventio::core::agreement::Agreements;
use conventio::core::format::read_declaration;
use conventio::core::i18n::Language;
use conventio::core::model::{Choice, Declaration};
use pdf_extract::{Document, Object};

fn example(name: &str) -> Declaration {
    let path = format!("{}/assets/examples/{name}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    read_declaration(&text, Agreements::embedded()).unwrap_or_else(|e| panic!("{path}: {e:?}"))
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

/// The text of every page, with runs of whitespace made single spaces so assertions do not depend on
/// how the reader splits lines.
fn text_of(bytes: &[u8]) -> String {
    let text = pdf_extract::extract_text_from_mem(bytes).unwrap_or_else(|e| panic!("unreadable PDF: {e}"));
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether `piece` is in `text`, ignoring whitespace: a reader may join wrapped lines without a space.
fn holds(text: &str, piece: &str) -> bool {
    let squash = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    squash(text).contains(&squash(piece))
}

fn assert_contains_all(text: &str, expected: &[&str]) {
    for piece in expected {
        assert!(holds(text, piece), "missing «{piece}» in:\n{text}");
    }
}

#[test]
fn a_gp_summary_in_french_holds_identity_choice_schedule_deadline_and_signature() {
    let bytes = pdf(&example("gp-partial-valid"), Language::Fr, today()).unwrap();
    let text = text_of(&bytes);
    assert_contains_all(
        &text,
        &[
            "Déclaration d'adhésion à l'accord national médico-mutualiste 2026-2027",
            "Dr Anne Peeters",
            "1-00001-06-004",
            "Médecin généraliste",
            "Adhésion partielle (partiellement conventionné)",
            "Cabinet Ixelles",
            "Chaussée de Boondael 10, 1050 Ixelles",
            "Plages à honoraires libres (non conventionnées)",
            "Plages aux tarifs de l'accord, par lieu",
            "Jours Lieu Heures",
            "17:00–20:00",
            "16:00–19:00",
            "14:00–18:00 (visites à domicile)",
            "Semaine type",
            "Tarifs de l'accord",
            "Honoraires libres",
            "aucune erreur",
            "Date limite au plus tard le 12/03/2026",
            "Prise d'effet le 27/03/2026",
            "Préparé le 20/02/2026",
            "Part aux tarifs de l'accord : 82 %",
            "Signature du médecin",
        ],
    );
    assert!(
        !holds(&text, "au moins la moitié"),
        "the specialists' statement is for specialists only"
    );
}

#[test]
fn a_specialist_summary_in_dutch_states_the_half_and_lists_the_findings() {
    let bytes = pdf(&example("specialist-partial-invalid"), Language::Nl, today()).unwrap();
    let text = text_of(&bytes);
    assert_contains_all(
        &text,
        &[
            "Verklaring van toetreding tot het nationaal akkoord artsen-ziekenfondsen 2026-2027",
            "RIZIV-nummer",
            "Arts-specialist",
            "Gedeeltelijke toetreding (gedeeltelijk geconventioneerd)",
            "Uren met vrije honoraria",
            "Dagen Plaats Uren",
            "Ik verklaar dat ik minstens de helft van mijn ambulante verstrekkingen tegen akkoordtarieven verricht",
            "Weekrooster",
            "Akkoordtarieven",
            "Vrije honoraria",
            "Fout — sp-free-blocks-per-week 5 tijdvakken",
            "sp-site-access",
            "Handtekening van de arts",
        ],
    );
}

#[test]
fn every_finding_of_the_check_is_in_the_summary() {
    let declaration = example("gp-partial-invalid");
    let agreement = Agreements::embedded().find(&declaration.agreement).unwrap();
    let report = conventio::core::rules::check(&declaration, agreement, today());
    assert!(!report.findings.is_empty());
    let text = text_of(&pdf(&declaration, Language::Fr, today()).unwrap());
    for finding in &report.findings {
        assert!(text.contains(&finding.rule.to_string()), "{}", finding.rule);
        if let Some(clause) = &finding.clause {
            assert!(text.contains(&format!("point {clause}")), "{clause}");
        }
    }
}

#[test]
fn the_summary_fits_on_one_or_two_a4_pages() {
    for name in [
        "gp-partial-valid",
        "gp-partial-invalid",
        "specialist-partial-valid",
        "specialist-partial-invalid",
    ] {
        for language in [Language::Fr, Language::Nl] {
            let document = Document::load_mem(&pdf(&example(name), language, today()).unwrap()).unwrap();
            let pages = document.get_pages();
            assert!((1..=2).contains(&pages.len()), "{name}: {} pages", pages.len());
            for id in pages.values() {
                let media_box = document.get_dictionary(*id).unwrap().get(b"MediaBox").unwrap();
                let numbers: Vec<f32> = media_box
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|n| n.as_float().unwrap())
                    .collect();
                assert_eq!(numbers, [0.0, 0.0, 595.28, 841.89]);
            }
        }
    }
}

/// A text string of the document information dictionary.
fn info(document: &Document, key: &[u8]) -> String {
    let reference = document.trailer.get(b"Info").unwrap().as_reference().unwrap();
    let value = document.get_dictionary(reference).unwrap().get(key).unwrap();
    pdf_extract::decode_text_string(value).unwrap()
}

#[test]
fn the_document_carries_title_author_and_language() {
    let bytes = pdf(&example("gp-partial-valid"), Language::Nl, today()).unwrap();
    let document = Document::load_mem(&bytes).unwrap();
    assert_eq!(
        info(&document, b"Title"),
        "Verklaring van toetreding 2026-2027 — Dr Anne Peeters"
    );
    assert_eq!(info(&document, b"Author"), "Dr Anne Peeters");
    let language = document.catalog().unwrap().get(b"Lang").unwrap();
    assert_eq!(pdf_extract::decode_text_string(language).unwrap(), "nl-BE");
}

#[test]
fn the_fonts_are_embedded() {
    let bytes = pdf(&example("gp-partial-valid"), Language::Fr, today()).unwrap();
    let document = Document::load_mem(&bytes).unwrap();
    let embedded = document
        .objects
        .values()
        .filter_map(|object| object.as_dict().ok())
        .filter(|dict| {
            dict.get(b"Type")
                .and_then(Object::as_name)
                .is_ok_and(|name| name == b"FontDescriptor")
        })
        .filter(|dict| dict.has(b"FontFile2"))
        .count();
    assert_eq!(embedded, 2, "regular and bold, each embedded");
}

#[test]
fn full_adherence_and_refusal_have_no_schedule_tables() {
    let mut declaration = example("gp-partial-valid");
    declaration
        .slots
        .retain(|slot| slot.rates == conventio::core::model::Rates::Agreement);
    declaration.choice = Choice::Full;
    let text = text_of(&pdf(&declaration, Language::Fr, today()).unwrap());
    assert!(text.contains("Vous appliquez les tarifs de l'accord à toutes vos prestations"));
    assert!(!text.contains("Plages à honoraires libres (non conventionnées)"));
    assert!(text.contains("Semaine type"));
    declaration.choice = Choice::Refusal;
    declaration.slots.clear();
    let text = text_of(&pdf(&declaration, Language::Fr, today()).unwrap());
    assert!(text.contains("Refus d'adhésion"));
    assert!(text.contains("Statut social : aucun en cas de refus d'adhésion"));
    assert!(!text.contains("Semaine type"));
}

#[test]
fn an_unknown_agreement_is_an_error() {
    let mut declaration = example("gp-partial-valid");
    declaration.agreement = "1999".into();
    assert_eq!(
        pdf(&declaration, Language::Fr, today()),
        Err(ExportError::UnknownAgreement {
            id: "1999".into(),
            known: "2026-2027".into()
        })
    );
}

#[test]
fn odd_declarations_still_make_a_readable_summary() {
    use conventio::core::model::{Site, TimeOfDay};
    let mut declaration = example("gp-partial-valid");
    declaration.doctor.inami = "12345".into();
    declaration.doctor.role = None;
    declaration.doctor.name = "Dr Marie-Thérèse Vandenbroucke-Delacroix-Obersturmbannführerin".repeat(2);
    declaration.sites.push(Site {
        id: "empty".into(),
        name: "Antenne sans plage".into(),
        address: String::new(),
        extra: Default::default(),
    });
    // A slot at an undeclared site, one ending at midnight, and one whose end comes before its start.
    let mut unknown_site = declaration.slots[0].clone();
    unknown_site.site = "nowhere".into();
    unknown_site.day = conventio::core::model::Weekday::Saturday;
    let mut midnight = declaration.slots[3].clone();
    midnight.day = conventio::core::model::Weekday::Sunday;
    midnight.end = TimeOfDay::END_OF_DAY;
    let mut backwards = declaration.slots[0].clone();
    backwards.day = conventio::core::model::Weekday::Wednesday;
    backwards.start = TimeOfDay::from_hm(19, 0).unwrap();
    backwards.end = TimeOfDay::from_hm(18, 0).unwrap();
    declaration.slots.extend([unknown_site, midnight, backwards]);
    for language in [Language::Fr, Language::Nl, Language::De, Language::En] {
        let bytes = pdf(&declaration, language, today()).unwrap();
        let text = text_of(&bytes);
        assert_contains_all(
            &text,
            &["12345", "nowhere", "17:00–24:00", "19:00–18:00", "slot-time-order"],
        );
    }
    let text = text_of(&pdf(&declaration, Language::Fr, today()).unwrap());
    assert!(holds(&text, "Qualité non indiquée"));
}

#[test]
fn an_empty_refusal_fits_on_one_page() {
    let mut declaration = example("gp-partial-valid");
    declaration.choice = Choice::Refusal;
    declaration.slots.clear();
    declaration.sites.clear();
    let document = Document::load_mem(&pdf(&declaration, Language::Nl, today()).unwrap()).unwrap();
    assert_eq!(document.get_pages().len(), 1);
}

/// The structure elements of the document by type (`H1`, `P`, `Table`, `TH`, `Figure`…).
fn structure_types(document: &Document) -> Vec<String> {
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
fn every_summary_passes_krillas_pdfa_and_pdfua_validation_and_says_so() {
    // krilla refuses, with an error, a document that breaks PDF/A-2a or PDF/UA-1: writing every
    // example in every language is the validation passing.
    for name in [
        "gp-partial-valid",
        "gp-partial-invalid",
        "specialist-partial-valid",
        "specialist-partial-invalid",
    ] {
        for language in [Language::Fr, Language::Nl, Language::De, Language::En] {
            let bytes = pdf(&example(name), language, today()).unwrap_or_else(|e| panic!("{name}: {e:?}"));
            let text = String::from_utf8_lossy(&bytes);
            for claim in [
                "<pdfaid:part>2</pdfaid:part>",
                "<pdfaid:conformance>A</pdfaid:conformance>",
                "<pdfuaid:part>1</pdfuaid:part>",
            ] {
                assert!(text.contains(claim), "{name}: no {claim}");
            }
        }
    }
}

#[test]
fn the_summary_is_tagged_with_headings_tables_with_header_cells_and_a_described_week_grid() {
    let bytes = pdf(&example("gp-partial-valid"), Language::Fr, today()).unwrap();
    let document = Document::load_mem(&bytes).unwrap();
    let types = structure_types(&document);
    let count = |kind: &str| types.iter().filter(|t| *t == kind).count();
    assert_eq!(count("H1"), 1, "{types:?}");
    assert!(count("H2") >= 6, "{types:?}");
    // The free-rate and the agreement-rate tables, each with a header row of three cells.
    assert_eq!(count("Table"), 2, "{types:?}");
    assert_eq!(count("TH"), 6, "{types:?}");
    assert!(count("TD") >= 6, "{types:?}");
    assert!(count("P") > 10, "{types:?}");
    let figure = document
        .objects
        .values()
        .filter_map(|object| object.as_dict().ok())
        .find(|dict| {
            dict.get(b"S")
                .and_then(Object::as_name)
                .is_ok_and(|name| name == b"Figure")
        })
        .expect("the week grid is a figure");
    let alt = pdf_extract::decode_text_string(figure.get(b"Alt").unwrap()).unwrap();
    assert!(alt.starts_with("Semaine type : "), "{alt}");
    assert!(
        alt.contains("Lundi 08:00–12:00, Cabinet Ixelles, Tarifs de l'accord"),
        "{alt}"
    );
    assert!(alt.contains("Honoraires libres"), "{alt}");
    assert!(
        alt.contains("accord ; "),
        "French sets a space before the semicolon: {alt}"
    );
    let catalog = document.catalog().unwrap();
    let mark_info = catalog.get(b"MarkInfo").unwrap().as_dict().unwrap();
    assert!(mark_info.get(b"Marked").unwrap().as_bool().unwrap());
    assert!(catalog.has(b"Outlines"), "PDF/UA asks for bookmarks to the sections");
}

#[test]
fn characters_the_font_lacks_do_not_stop_the_archival_summary() {
    let mut declaration = example("gp-partial-valid");
    declaration.doctor.name = "Dr 王芳\tPeeters".into();
    let bytes = pdf(&declaration, Language::Fr, today()).unwrap();
    assert!(holds(&text_of(&bytes), "Dr ???Peeters"));
}

#[test]
fn pdfinfo_reads_the_summary_as_tagged_pdfa() {
    let Ok(version) = std::process::Command::new("pdfinfo").arg("-v").output() else {
        println!("skipped: pdfinfo (Debian package poppler-utils) is not installed");
        return;
    };
    assert!(version.status.success(), "pdfinfo -v failed");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("summary.pdf");
    std::fs::write(
        &path,
        pdf(&example("specialist-partial-invalid"), Language::Nl, today()).unwrap(),
    )
    .unwrap();
    let run = |args: &[&str]| {
        let output = std::process::Command::new("pdfinfo")
            .args(args)
            .arg(&path)
            .output()
            .unwrap();
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        String::from_utf8_lossy(&output.stdout).into_owned()
    };
    let info = run(&[]);
    assert!(
        info.lines().any(|line| line.split_whitespace().eq(["Tagged:", "yes"])),
        "{info}"
    );
    let metadata = run(&["-meta"]);
    assert!(metadata.contains("<pdfaid:part>2</pdfaid:part>"), "{metadata}");
    assert!(metadata.contains("<pdfuaid:part>1</pdfuaid:part>"), "{metadata}");
}

/// A 2026-2027 declaration prepared on 2 December 2026 by a doctor standing `current` today.
fn standing(window: &str, current: Option<&str>, choice: &str) -> Declaration {
    let current = current.map_or_else(String::new, |c| format!(r#","current_choice":"{c}""#));
    let text = format!(
        r#"{{"format":"conventio-declaration","version":1,"agreement":"2026-2027","prepared_on":"2026-12-02",
        "window":"{window}","doctor":{{"name":"Dr A","inami":"1-00001-06-004"{current}}},"choice":"{choice}",
        "sites":[],"slots":[]}}"#
    );
    read_declaration(&text, Agreements::embedded()).unwrap()
}

#[test]
fn the_summary_says_what_must_be_registered_for_the_doctors_standing() {
    let day = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
    let adherent = text_of(&pdf(&standing("second-year", None, "full"), Language::Fr, day).unwrap());
    assert!(holds(&adherent, "rien à enregistrer"), "{adherent}");
    assert!(!holds(&adherent, "au plus tard le 14/12/2026"), "{adherent}");
    let after_refusal = text_of(&pdf(&standing("second-year", Some("refusal"), "full"), Language::Fr, day).unwrap());
    assert!(holds(&after_refusal, "au plus tard le 14/12/2026"), "{after_refusal}");
    assert!(!holds(&after_refusal, "rien à enregistrer"), "{after_refusal}");
    let joins = text_of(&pdf(&standing("join", Some("refusal"), "full"), Language::Nl, day).unwrap());
    assert!(holds(&joins, "kan tellen voor 2027"), "{joins}");
    assert!(holds(&joins, "nooit voor het lopende jaar"), "{joins}");
    assert!(
        holds(&joins, "Tot het akkoord toetreden"),
        "the window by the start screen's name: {joins}"
    );
    let mut recognised = standing("initial", None, "refusal");
    recognised.doctor.recognised_on = NaiveDate::from_ymd_opt(2026, 11, 20);
    let text = text_of(&pdf(&recognised, Language::Fr, day).unwrap());
    assert!(holds(&text, "Déclarer dans les 30 jours de votre agrément"), "{text}");
    assert!(holds(&text, "au plus tard le 20/12/2026"), "{text}");
}
