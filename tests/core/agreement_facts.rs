//! Each `confirmed` flag and source of `assets/agreements/*.json` against the table of
//! `shared/AGREEMENTS.md` (revised December 2026): a fact with two independent sources is
//! confirmed, one with a single source or none is not.

use conventio::core::agreement::{Agreement, Agreements, LastDay};
use conventio::core::inami::InamiNumber;
use conventio::core::model::{Choice, Role};

fn agreement(id: &str) -> &'static Agreement {
    Agreements::embedded().find(id).unwrap_or_else(|| panic!("{id}"))
}

fn date(text: &str) -> chrono::NaiveDate {
    text.parse().unwrap()
}

#[test]
fn the_2026_2027_dates_are_those_the_sources_confirm() {
    let a = agreement("2026-2027");
    let concluded = a.concluded_on.unwrap();
    assert_eq!((concluded.date, concluded.confirmed), (date("2025-12-17"), true));
    assert_eq!(
        (a.published_on.date, a.published_on.confirmed),
        (date("2026-02-10"), true)
    );
    let initial = a.initial_deadline();
    assert_eq!((initial.date, initial.confirmed), (date("2026-03-12"), true));
    assert!(
        a.sources
            .iter()
            .any(|s| s.contains("GBO Flash-info 73/25") && s.contains("Domus Medica"))
    );
    assert!(a.sources.iter().any(|s| s.contains("12/03/2026")));
}

#[test]
fn the_2027_window_offers_partial_adherence_marked_not_confirmed() {
    let second = agreement("2026-2027").window("second-year").unwrap();
    assert_eq!(second.last_day, Some(LastDay::On(date("2026-12-14"))));
    assert!(!second.confirmed, "one source (VAS 2026)");
    assert!(second.allows.contains(&Choice::Partial) && second.allows.contains(&Choice::Refusal));
    assert_eq!(second.unconfirmed_choices, vec![Choice::Partial]);
    assert!(second.source.contains("VAS"));
    let fr = conventio::core::i18n::localizer(conventio::core::i18n::Language::Fr);
    let allows = fr.message(&conventio::core::wording::window_allows(agreement("2026-2027"), second));
    assert_eq!(
        allows,
        "refus ou adhésion partielle, adhésion partielle non confirmée pour 2027"
    );
    // 2025's partial adherence is sourced (VAS), with the window's dates (INAMI, unions, press).
    let before = agreement("2024-2025").window("second-year").unwrap();
    assert!(before.confirmed && before.unconfirmed_choices.is_empty());
}

#[test]
fn the_statut_social_amounts_carry_the_tables_confirmation() {
    for (id, year, full, partial) in [
        ("2018-2019", 2018, (Some(487_071), true), (Some(229_763), true)),
        ("2020", 2020, (Some(503_770), true), (Some(237_640), true)),
        ("2021", 2021, (Some(508_858), true), (Some(240_040), true)),
        ("2022-2023", 2022, (Some(512_878), true), (Some(241_936), true)),
        ("2024-2025", 2024, (Some(588_181), true), (Some(277_459), true)),
        ("2026-2027", 2026, (Some(624_359), true), (None, false)),
    ] {
        let s = &agreement(id).statut_social;
        assert_eq!(s.year, year, "{id}");
        assert_eq!((s.full.cents, s.full.confirmed), full, "{id}");
        assert_eq!((s.partial.cents, s.partial.confirmed), partial, "{id}");
    }
}

#[test]
fn the_join_window_is_sourced_for_2024_2025_only() {
    for (id, confirmed) in [("2024-2025", true), ("2026-2027", false)] {
        let join = agreement(id).window("join").unwrap_or_else(|| panic!("{id}"));
        assert_eq!(join.last_day, None, "{id}");
        assert_eq!(join.allows, vec![Choice::Full, Choice::Partial], "{id}");
        assert_eq!(join.unconfirmed_choices, vec![Choice::Partial], "{id}");
        assert_eq!(join.for_current_choice, vec![Choice::Refusal], "{id}");
        assert!(join.statut_social_next_year, "{id}");
        assert_eq!(join.confirmed, confirmed, "{id}");
        assert!(join.source.contains("U kan op elk moment toetreden"), "{id}");
    }
    for id in ["2018-2019", "2020", "2021", "2022-2023"] {
        assert!(agreement(id).window("join").is_none(), "{id}: no source");
    }
}

#[test]
fn the_recognition_window_of_2026_2027_stays_unconfirmed() {
    let recognition = agreement("2026-2027").window("recognition").unwrap();
    assert!(!recognition.confirmed);
    assert!(agreement("2024-2025").window("recognition").unwrap().confirmed);
}

#[test]
fn competence_codes_001_and_002_are_general_practice() {
    for code in ["000", "001", "002", "003", "004", "005", "006", "009"] {
        // N6 = 100001: 97 - (100001 mod 97) = 6.
        let number = format!("1-00001-06-{code}");
        assert!(InamiNumber::parse(&number).is_ok(), "{number}");
        assert_eq!(
            Role::implied_by_text(&number),
            Some(Role::GeneralPractitioner),
            "{code}"
        );
    }
    assert_eq!(Role::implied_by_text("1-00001-06-580"), None);
}
