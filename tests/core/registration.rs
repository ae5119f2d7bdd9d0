//! What must be registered (RULES.md), the `join` window, the window that matters today, refusals
//! without a role, and the practice's headline: each at a window's last day and the day after, for
//! each `current_choice`.

use conventio::core::agreement::{self, Agreements};
use conventio::core::format::read_declaration;
use conventio::core::i18n::{Language, localizer};
use conventio::core::model::{Choice, Declaration};
use conventio::core::overview::{self, Filter, Row};
use conventio::core::rules::{self, Report, RuleId, Severity};

fn date(text: &str) -> chrono::NaiveDate {
    text.parse().unwrap()
}

/// A 2026-2027 declaration in `window`, prepared on `prepared`, without role (a code that says
/// nothing about it), with one agreement-rate office slot (and one free one for partial adherence).
fn declaration(window: &str, current: Option<&str>, choice: &str, prepared: &str) -> Declaration {
    let current = current.map_or_else(String::new, |c| format!(r#", "current_choice": "{c}""#));
    let role = if choice == "partial" {
        r#", "role": "general_practitioner""#
    } else {
        ""
    };
    let free = if choice == "partial" {
        r#", {"site":"a","day":"tuesday","start":"17:00","end":"19:00","rates":"free","setting":"office"}"#
    } else {
        ""
    };
    let text = format!(
        r#"{{"format":"conventio-declaration","version":1,"agreement":"2026-2027","prepared_on":"{prepared}",
        "window":"{window}","doctor":{{"name":"Dr A","inami":"1-00001-06-580"{role}{current}}},
        "choice":"{choice}","sites":[{{"id":"a","name":"Cabinet"}}],
        "slots":[{{"site":"a","day":"monday","start":"08:00","end":"16:00","rates":"agreement","setting":"office"}}{free}]}}"#
    );
    read_declaration(&text, Agreements::embedded()).unwrap_or_else(|e| panic!("{text}: {e:?}"))
}

fn check(d: &Declaration, today: &str) -> Report {
    rules::check(d, Agreements::embedded().find(&d.agreement).unwrap(), date(today))
}

fn has(report: &Report, rule: &str) -> bool {
    report.findings.iter().any(|f| f.rule.to_string() == rule)
}

#[test]
fn only_full_adherence_by_an_adherent_doctor_needs_no_registration() {
    for current in Choice::ALL {
        for choice in Choice::ALL {
            let expected = !(current == Choice::Full && choice == Choice::Full);
            assert_eq!(
                choice.must_be_registered(current),
                expected,
                "{current:?} -> {choice:?}"
            );
        }
    }
    // Absent means full: most doctors adhere.
    let absent = declaration("second-year", None, "full", "2026-12-02");
    assert_eq!(absent.doctor.current_choice(), Choice::Full);
    assert!(!absent.must_be_registered());
}

#[test]
fn the_second_year_window_at_its_last_day_and_the_day_after_for_each_standing() {
    for current in ["full", "partial", "refusal"] {
        for choice in ["full", "partial", "refusal"] {
            let needed = !(current == "full" && choice == "full");
            let on_time = declaration("second-year", Some(current), choice, "2026-12-14");
            let report = check(&on_time, "2026-12-14");
            let what = format!("{current} -> {choice}");
            assert_eq!(report.summary.registration_needed, needed, "{what}");
            assert!(!has(&report, "deadline-passed"), "{what}");
            assert_eq!(report.summary.deadline, Some(date("2026-12-14")), "{what}");
            assert_eq!(report.summary.days_left, needed.then_some(0), "{what}");
            let row = Row::of_report(&on_time, &report, date("2026-12-14"));
            assert_eq!(row.must_register, needed, "{what}");
            assert_eq!(Filter::StillToRegister.keeps(&row), needed, "{what}");
            assert_eq!(row.days_left, needed.then_some(0), "{what}");

            let late = declaration("second-year", Some(current), choice, "2026-12-15");
            let report = check(&late, "2026-12-15");
            assert_eq!(has(&report, "deadline-passed"), needed, "{what}");
            assert_eq!(report.summary.days_left, needed.then_some(-1), "{what}");
        }
    }
}

#[test]
fn full_adherence_by_an_adherent_doctor_says_nothing_to_register_everywhere() {
    let d = declaration("second-year", Some("full"), "full", "2026-12-02");
    let agreement = Agreements::embedded().find("2026-2027").unwrap();
    let report = check(&d, "2026-12-02");
    let fr = localizer(Language::Fr);
    let deadline = fr.message(&conventio::core::figures::deadline_summary(agreement, &report.summary));
    assert!(deadline.contains("rien à enregistrer"), "{deadline}");
    let row = Row::of_report(&d, &report, date("2026-12-02"));
    assert_eq!(overview::registration_state(&row, fr), "rien à enregistrer");
    assert_eq!((row.last_day, row.days_left), (None, None));
    // The same doctor after a refusal must register the full adherence.
    let after_refusal = declaration("second-year", Some("refusal"), "full", "2026-12-02");
    let report = check(&after_refusal, "2026-12-02");
    let row = Row::of_report(&after_refusal, &report, date("2026-12-02"));
    assert_eq!(
        overview::registration_state(&row, fr),
        "à enregistrer au plus tard le 14/12/2026"
    );
    let deadline = fr.message(&conventio::core::figures::deadline_summary(agreement, &report.summary));
    assert!(deadline.contains("14/12/2026"), "{deadline}");
}

#[test]
fn joining_is_for_doctors_who_refused_and_only_to_adhere() {
    let joins = declaration("join", Some("refusal"), "full", "2026-12-20");
    let report = check(&joins, "2026-12-20");
    assert!(
        report.findings.iter().all(|f| !matches!(
            f.rule,
            RuleId::WindowChoice(_) | RuleId::WindowStanding(_) | RuleId::WindowUnavailable
        )),
        "{:?}",
        report.findings
    );
    assert!(report.summary.registration_needed);
    assert_eq!(report.summary.deadline, None, "the join window has no last day");
    assert!(!has(&report, "deadline-passed"));
    assert_eq!(report.summary.window_shown, "join");

    let refuses = declaration("join", Some("refusal"), "refusal", "2026-12-20");
    let report = check(&refuses, "2026-12-20");
    let f = report
        .findings
        .iter()
        .find(|f| f.rule == RuleId::WindowChoice("join".to_owned()))
        .expect("one joins to adhere");
    assert_eq!(f.severity, Severity::Error);

    for current in ["full", "partial"] {
        let adherent = declaration("join", Some(current), "full", "2026-12-20");
        let report = check(&adherent, "2026-12-20");
        let f = report
            .findings
            .iter()
            .find(|f| f.rule == RuleId::WindowStanding("join".to_owned()))
            .unwrap_or_else(|| panic!("{current}: nothing to join"));
        assert_eq!(f.severity, Severity::Warning);
        let text = localizer(Language::Fr).message(&f.message);
        assert!(text.contains("rien à rejoindre"), "{text}");
    }
    // Partial adherence when joining is offered, marked unconfirmed; full adherence is sourced.
    let join = Agreements::embedded()
        .find("2024-2025")
        .unwrap()
        .window("join")
        .unwrap();
    assert!(join.confirms(Choice::Full) && !join.confirms(Choice::Partial));
}

#[test]
fn the_statut_social_counts_from_the_next_year_never_the_current_one() {
    let a = Agreements::embedded().find("2026-2027").unwrap();
    let join = a.window("join").unwrap();
    assert_eq!(a.statut_social_year(join, date("2026-12-31")), Some(2027));
    assert_eq!(a.statut_social_year(join, date("2026-03-01")), Some(2027));
    // Registered in 2027: 2028 is past this agreement.
    assert_eq!(a.statut_social_year(join, date("2027-01-01")), None);
    let second = a.window("second-year").unwrap();
    assert_eq!(a.statut_social_year(second, date("2026-12-01")), Some(2027));
}

#[test]
fn a_refusal_needs_no_role_and_no_schedule_for_its_sites() {
    let text = r#"{"format":"conventio-declaration","version":1,"agreement":"2026-2027","prepared_on":"2026-12-02",
        "window":"second-year","doctor":{"name":"Dr A","inami":"1-00001-06-580"},"choice":"refusal",
        "sites":[{"id":"a","name":"Cabinet"}],"slots":[]}"#;
    let d = read_declaration(text, Agreements::embedded()).expect("a refusal needs no role");
    let report = check(&d, "2026-12-02");
    assert!(
        !has(&report, "doctor-role-missing") && !has(&report, "site-unused"),
        "{:?}",
        report.findings
    );
    assert!(report.is_ok());
    // A partial adherence still needs the role, and an unused site still warns.
    let partial = text.replace(r#""choice":"refusal""#, r#""choice":"partial""#);
    let error = read_declaration(&partial, Agreements::embedded()).unwrap_err();
    assert_eq!(error.message.id, "read-role-needed");
    let full = read_declaration(
        &text.replace(r#""choice":"refusal""#, r#""choice":"full""#),
        Agreements::embedded(),
    )
    .expect("full adherence needs no role");
    assert!(has(&check(&full, "2026-12-02"), "site-unused"));
}

#[test]
fn the_window_that_matters_today() {
    let a = Agreements::embedded().find("2026-2027").unwrap();
    let current = |today: &str| {
        let windows = a.windows_on(date(today), None);
        agreement::current_window(&windows).map(|w| (w.window.kind.clone(), w.days_left))
    };
    assert_eq!(current("2026-03-01"), Some(("initial".into(), Some(11))));
    assert_eq!(current("2026-12-02"), Some(("second-year".into(), Some(12))));
    assert_eq!(current("2026-12-14"), Some(("second-year".into(), Some(0))));
    // Once every dated window closed, the most recently closed one.
    assert_eq!(current("2026-12-15"), Some(("second-year".into(), Some(-1))));
}

#[test]
fn a_recognised_doctor_is_in_the_recognition_window_by_name() {
    let mut d = declaration("initial", None, "refusal", "2026-12-02");
    d.doctor.recognised_on = Some(date("2026-11-20"));
    let report = check(&d, "2026-12-02");
    assert_eq!(report.summary.window, "initial");
    assert_eq!(report.summary.window_shown, "recognition");
    assert_eq!(report.summary.deadline, Some(date("2026-12-20")));
    assert!(!has(&report, "deadline-passed"));
    let row = Row::of_report(&d, &report, date("2026-12-02"));
    let fr = localizer(Language::Fr);
    assert_eq!(
        overview::window_text(&row, fr),
        "Déclarer dans les 30 jours de votre agrément"
    );
}

/// Six doctors of a practice on 2 December 2026: full adherent, full after a refusal, partial,
/// refusal, recognised on 20 November, and a refusal already registered.
pub fn six_doctors() -> Vec<(Declaration, bool)> {
    let mut recognised = declaration("initial", None, "refusal", "2026-12-02");
    recognised.doctor.recognised_on = Some(date("2026-11-20"));
    vec![
        (declaration("second-year", None, "full", "2026-12-02"), false),
        (declaration("second-year", Some("refusal"), "full", "2026-12-02"), false),
        (
            declaration("second-year", Some("partial"), "partial", "2026-12-02"),
            false,
        ),
        (declaration("second-year", None, "refusal", "2026-12-02"), false),
        (recognised, false),
        (declaration("second-year", None, "refusal", "2026-12-02"), true),
    ]
}

#[test]
fn the_headline_counts_only_those_who_must_still_register() {
    let today = date("2026-12-02");
    let mut rows: Vec<Row> = six_doctors()
        .into_iter()
        .map(|(d, registered)| {
            let mut row = Row::of_report(&d, &check(&d, "2026-12-02"), today);
            row.registered = registered.then_some((date("2026-11-30"), None));
            row
        })
        .collect();
    overview::sort_by_urgency(&mut rows);
    let fr = localizer(Language::Fr);
    let states: Vec<String> = rows.iter().map(|r| overview::registration_state(r, fr)).collect();
    assert_eq!(
        states,
        [
            "à enregistrer au plus tard le 14/12/2026",
            "à enregistrer au plus tard le 14/12/2026",
            "à enregistrer au plus tard le 14/12/2026",
            "à enregistrer au plus tard le 20/12/2026",
            "enregistré",
            "rien à enregistrer",
        ]
    );
    assert_eq!(rows.iter().filter(|r| Filter::StillToRegister.keeps(r)).count(), 4);
    assert_eq!(
        overview::headline(&rows, fr).as_deref(),
        Some("3 médecins à enregistrer au plus tard le 14/12/2026 — encore 12 jours ; 1 ensuite")
    );
    let nl = localizer(Language::Nl);
    assert_eq!(
        overview::headline(&rows, nl).as_deref(),
        Some("3 artsen te registreren uiterlijk op 14/12/2026 — nog 12 dagen; 1 daarna")
    );
    // Nobody left: no headline.
    let done: Vec<Row> = rows.into_iter().filter(|r| !r.is_still_to_register()).collect();
    assert_eq!(overview::headline(&done, fr), None);
}

#[test]
fn joining_says_for_which_year_the_statut_social_can_count_and_the_portal_text_when_it_takes_effect() {
    let agreement = Agreements::embedded().find("2026-2027").unwrap();
    let fr = localizer(Language::Fr);
    let figure_of = |prepared: &str| {
        let d = declaration("join", Some("refusal"), "full", prepared);
        let report = check(&d, prepared);
        conventio::core::figures::figures(&d, agreement, &report.summary)
            .iter()
            .map(|f| fr.message(&f.line()))
            .find(|line| line.starts_with("Statut social après adhésion"))
            .unwrap_or_else(|| panic!("{prepared}: no statut social year"))
    };
    let dec = figure_of("2026-12-31");
    assert!(
        dec.contains("peut compter pour 2027") && dec.contains("31/12/2026"),
        "{dec}"
    );
    assert!(dec.contains("jamais pour l'année en cours"), "{dec}");
    let jan = figure_of("2027-01-01");
    assert!(jan.contains("ne peut compter pour aucune année"), "{jan}");
    let d = declaration("join", Some("refusal"), "full", "2026-12-20");
    let text = conventio::core::export::conditions_text(&d, Language::Fr);
    assert!(text.contains("prend effet à l'enregistrement"), "{text}");
}
