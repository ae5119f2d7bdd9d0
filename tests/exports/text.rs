//! The plain-text time and place conditions match the declared schedule, line for line.

use conventio::core::agreement::Agreements;
use conventio::core::export::conditions_text;
use conventio::core::format::read_declaration;
use conventio::core::i18n::Language;
use conventio::core::model::{Choice, Declaration};

fn example(name: &str) -> Declaration {
    let path = format!("{}/assets/examples/{name}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    read_declaration(&text, Agreements::embedded()).unwrap_or_else(|e| panic!("{path}: {e:?}"))
}

/// The lines after the heading and its blank line.
fn condition_lines(text: &str) -> Vec<&str> {
    text.lines().skip_while(|line| !line.is_empty()).skip(1).collect()
}

#[test]
fn the_heading_names_the_doctor_the_inami_number_and_the_choice() {
    let text = conditions_text(&example("gp-partial-valid"), Language::Fr);
    let heading: Vec<&str> = text.lines().take(3).collect();
    assert_eq!(
        heading,
        [
            "Conditions de temps et de lieu — accord national médico-mutualiste 2026-2027",
            "Médecin : Dr Anne Peeters — INAMI 1-00001-06-004 — Médecin généraliste",
            "Choix : Adhésion partielle (partiellement conventionné)",
        ]
    );
}

#[test]
fn a_gp_gets_one_line_per_day_with_both_rates() {
    let text = conditions_text(&example("gp-partial-valid"), Language::Fr);
    let place = "Cabinet Ixelles (Chaussée de Boondael 10, 1050 Ixelles)";
    assert_eq!(
        condition_lines(&text),
        [
            format!("Lundi — {place} — tarifs de l'accord : 08:00–12:00, 14:00–18:00 (visites à domicile)"),
            format!("Mardi — {place} — tarifs de l'accord : 08:00–12:00 ; honoraires libres : 17:00–20:00"),
            format!("Mercredi — {place} — tarifs de l'accord : 08:00–12:00"),
            format!("Jeudi — {place} — tarifs de l'accord : 08:00–12:00, 14:00–18:00 (visites à domicile)"),
            format!("Vendredi — {place} — tarifs de l'accord : 08:00–12:00 ; honoraires libres : 16:00–19:00"),
        ]
    );
}

#[test]
fn a_specialist_gets_one_line_per_site_and_day_ordered_by_day_in_dutch() {
    let text = conditions_text(&example("specialist-partial-valid"), Language::Nl);
    assert!(text.starts_with("Tijds- en plaatsvoorwaarden — nationaal akkoord artsen-ziekenfondsen 2026-2027\n"));
    assert!(text.contains("Arts: Dr Pieter Van den Bossche — RIZIV 1-23456-76-580 — Arts-specialist\n"));
    let gent = "AZ Sint-Lucas Gent (Groeninge 5, 9000 Gent)";
    let aalst = "Privépraktijk Aalst (Kerkstraat 3, 9300 Aalst)";
    assert_eq!(
        condition_lines(&text),
        [
            format!("Maandag — {gent} — akkoordtarieven: 08:00–12:00, 13:00–17:00 (gehospitaliseerde patiënten)"),
            format!("Dinsdag — {gent} — akkoordtarieven: 08:00–12:00"),
            format!("Dinsdag — {aalst} — vrije honoraria: 17:00–20:00"),
            format!("Woensdag — {gent} — akkoordtarieven: 08:00–12:00 (daghospitalisatie)"),
            format!("Donderdag — {gent} — akkoordtarieven: 08:00–12:00"),
            format!("Donderdag — {aalst} — vrije honoraria: 16:00–19:00"),
            format!("Vrijdag — {aalst} — akkoordtarieven: 09:00–12:00"),
            format!("Zaterdag — {aalst} — vrije honoraria: 09:00–12:00"),
        ]
    );
}

#[test]
fn every_slot_appears_exactly_once_in_the_lines() {
    for name in [
        "gp-partial-valid",
        "gp-partial-invalid",
        "specialist-partial-valid",
        "specialist-partial-invalid",
    ] {
        let declaration = example(name);
        let text = conditions_text(&declaration, Language::Fr);
        let lines = condition_lines(&text);
        for slot in &declaration.slots {
            let hours = format!("{}–{}", slot.start, slot.end);
            let count: usize = lines.iter().map(|line| line.matches(hours.as_str()).count()).sum();
            assert!(count >= 1, "{name}: {hours} missing");
        }
    }
}

#[test]
fn full_adherence_and_refusal_state_that_there_are_no_conditions() {
    let mut declaration = example("gp-partial-valid");
    declaration.choice = Choice::Full;
    let full = conditions_text(&declaration, Language::Fr);
    assert_eq!(
        condition_lines(&full),
        [
            "Adhésion complète : les tarifs de l'accord s'appliquent à toute la pratique ; il n'y a pas de conditions de temps et de lieu à déclarer."
        ]
    );
    declaration.choice = Choice::Refusal;
    let refusal = conditions_text(&declaration, Language::Nl);
    assert_eq!(
        condition_lines(&refusal),
        ["Weigering van toetreding: er zijn geen tijds- en plaatsvoorwaarden op te geven."]
    );
}

#[test]
fn a_site_without_address_is_named_alone() {
    let mut declaration = example("gp-partial-valid");
    declaration.sites[0].address.clear();
    let text = conditions_text(&declaration, Language::Fr);
    assert!(text.contains("\nLundi — Cabinet Ixelles — tarifs de l'accord : 08:00–12:00"));
}
