//! Every rule of RULES.md, shown firing and not firing at its boundary (2021 agreement).

use crate::common::*;
use conventio::core::agreement::Agreements;
use conventio::core::agreement::LastDays;
use conventio::core::model::{Choice, Role};
use conventio::core::rules::{PartialRule, RuleId, RulePrefix, Severity};

/// A GP week with plenty of agreement time at site `a` and `b`, so only the free slots under test matter.
fn gp_week_with(free: Vec<conventio::core::model::Slot>) -> conventio::core::model::Declaration {
    let mut slots = vec![
        slot("a", Monday, "08:00", "12:00", AGR, Office),
        slot("a", Tuesday, "08:00", "12:00", AGR, Office),
        slot("a", Wednesday, "08:00", "12:00", AGR, Office),
        slot("b", Thursday, "08:00", "12:00", AGR, Office),
        slot("b", Friday, "08:00", "12:00", AGR, Office),
        slot("a", Monday, "13:00", "17:00", AGR, HomeVisit),
        slot("a", Tuesday, "13:00", "17:00", AGR, HomeVisit),
        slot("b", Wednesday, "13:00", "17:00", AGR, HomeVisit),
    ];
    slots.extend(free);
    gp_partial(slots)
}

// ---- Schedule sanity ----

#[test]
fn a_slot_ending_at_its_start_is_out_of_order() {
    let d = gp_week_with(vec![slot("a", Saturday, "10:00", "10:00", FREE, Office)]);
    assert!(fires(&d, "slot-time-order"));
    assert_eq!(slots_of(&d, "slot-time-order"), vec![8]);
}

#[test]
fn a_slot_ending_at_midnight_is_in_order() {
    let d = gp_week_with(vec![slot("a", Saturday, "20:00", "24:00", FREE, Office)]);
    assert!(!fires(&d, "slot-time-order"));
    assert_eq!(check(&d).summary.longest_free_block_minutes, 240);
}

#[test]
fn a_slot_ending_before_it_starts_is_out_of_order() {
    let d = gp_week_with(vec![slot("a", Saturday, "22:00", "02:00", FREE, Office)]);
    assert!(fires(&d, "slot-time-order"));
}

#[test]
fn a_slot_at_an_undeclared_site_is_reported() {
    let d = gp_week_with(vec![slot("elsewhere", Saturday, "09:00", "10:00", FREE, Office)]);
    assert!(fires(&d, "slot-unknown-site"));
    assert!(!fires(&gp_week_with(vec![]), "slot-unknown-site"));
}

#[test]
fn slots_overlapping_by_one_minute_across_sites_overlap() {
    let d = gp_week_with(vec![slot("b", Monday, "11:59", "13:00", FREE, Office)]);
    assert!(fires(&d, "slot-overlap"));
    assert_eq!(slots_of(&d, "slot-overlap"), vec![0, 8]);
}

#[test]
fn touching_slots_do_not_overlap() {
    let d = gp_week_with(vec![slot("b", Monday, "12:00", "13:00", FREE, Office)]);
    assert!(!fires(&d, "slot-overlap"));
}

#[test]
fn a_site_without_slots_is_a_warning() {
    let d = declaration(
        Role::GeneralPractitioner,
        Choice::Full,
        &["a", "b"],
        vec![slot("a", Monday, "08:00", "12:00", AGR, Office)],
    );
    let report = check(&d);
    let finding = report
        .findings
        .iter()
        .find(|f| f.rule == RuleId::SiteUnused)
        .expect("site-unused fires");
    assert_eq!(finding.severity, Severity::Warning);
    assert_eq!(finding.site.as_deref(), Some("b"));
    assert!(!fires(&gp_week_with(vec![]), "site-unused"));
}

// ---- Doctor ----

#[test]
fn an_inami_number_with_wrong_check_digits_is_invalid() {
    let mut d = gp_week_with(vec![]);
    d.doctor.inami = "1-00001-07-004".into();
    assert!(fires(&d, "doctor-inami-invalid"));
    d.doctor.inami = "1-00001-06-004".into();
    assert!(!fires(&d, "doctor-inami-invalid"));
    d.doctor.inami = "1-00001-35-004".into(); // the mod-89 series: 89 - (100001 mod 89)
    assert!(!fires(&d, "doctor-inami-invalid"));
}

#[test]
fn a_specialist_with_a_general_practice_code_is_a_mismatch() {
    let mut d = declaration(
        Role::Specialist,
        Choice::Full,
        &["a"],
        vec![slot("a", Monday, "08:00", "12:00", AGR, Office)],
    );
    d.doctor.inami = "1-00001-06-004".into();
    assert!(fires(&d, "doctor-role-mismatch"));
    d.doctor.inami = NEUTRAL_INAMI.into();
    assert!(!fires(&d, "doctor-role-mismatch"));
    d.doctor.role = Some(Role::GeneralPractitioner);
    d.doctor.inami = "1-00001-06-004".into();
    assert!(!fires(&d, "doctor-role-mismatch"));
}

#[test]
fn a_doctor_without_any_known_role_is_asked_for_one() {
    let mut d = gp_week_with(vec![]);
    d.doctor.role = None;
    assert!(fires(&d, "doctor-role-missing"));
    d.doctor.inami = "1-00001-06-003".into();
    assert!(!fires(&d, "doctor-role-missing"));
}

// ---- Choice consistency ----

#[test]
fn full_adherence_with_a_free_slot_is_an_error() {
    let mut d = gp_week_with(vec![slot("a", Saturday, "09:00", "10:00", FREE, Office)]);
    d.choice = Choice::Full;
    assert_eq!(slots_of(&d, "full-has-free-slots"), vec![8]);
    assert!(
        !fires(&d, "gp-free-blocks-per-week"),
        "partial rules do not run for full adherence"
    );
    d.slots.pop();
    assert!(!fires(&d, "full-has-free-slots"));
}

#[test]
fn partial_adherence_without_free_slots_is_a_warning() {
    assert!(fires(&gp_week_with(vec![]), "partial-without-free-slots"));
    assert!(!fires(
        &gp_week_with(vec![slot("a", Saturday, "09:00", "10:00", FREE, Office)]),
        "partial-without-free-slots"
    ));
}

#[test]
fn a_refusal_needs_no_slots_and_gets_only_sanity_rules() {
    let d = declaration(Role::GeneralPractitioner, Choice::Refusal, &[], vec![]);
    assert!(check(&d).findings.is_empty());
    let busy = declaration(
        Role::GeneralPractitioner,
        Choice::Refusal,
        &["a"],
        (0..5)
            .map(|h| slot("a", Saturday, &format!("0{h}:00"), &format!("0{h}:30"), FREE, Hospital))
            .collect(),
    );
    assert!(check(&busy).findings.is_empty());
}

// ---- General practitioners (9.2.2.2) ----

#[test]
fn gp_free_home_visits_are_not_allowed() {
    let d = gp_week_with(vec![slot("a", Saturday, "09:00", "10:00", FREE, HomeVisit)]);
    assert_eq!(slots_of(&d, "gp-free-setting"), vec![8]);
    let ok = gp_week_with(vec![slot("a", Saturday, "09:00", "10:00", FREE, Office)]);
    assert!(!fires(&ok, "gp-free-setting"));
}

#[test]
fn gp_three_free_blocks_are_allowed_four_are_not() {
    let three = vec![
        slot("a", Monday, "17:00", "18:00", FREE, Office),
        slot("a", Tuesday, "17:00", "18:00", FREE, Office),
        slot("a", Wednesday, "17:00", "18:00", FREE, Office),
    ];
    assert!(!fires(&gp_week_with(three.clone()), "gp-free-blocks-per-week"));
    let mut four = three;
    four.push(slot("a", Thursday, "17:00", "18:00", FREE, Office));
    let d = gp_week_with(four);
    assert!(fires(&d, "gp-free-blocks-per-week"));
    assert_eq!(slots_of(&d, "gp-free-blocks-per-week"), vec![8, 9, 10, 11]);
    assert_eq!(check(&d).summary.free_blocks, 4);
}

#[test]
fn gp_touching_free_slots_are_one_block_even_across_sites() {
    let d = gp_week_with(vec![
        slot("a", Monday, "17:00", "18:00", FREE, Office),
        slot("b", Monday, "18:00", "19:00", FREE, Office),
        slot("a", Tuesday, "17:00", "18:00", FREE, Office),
        slot("a", Wednesday, "17:00", "18:00", FREE, Office),
    ]);
    assert_eq!(check(&d).summary.free_blocks, 3);
    assert!(!fires(&d, "gp-free-blocks-per-week"));
}

#[test]
fn gp_a_one_minute_gap_separates_two_blocks() {
    let d = gp_week_with(vec![
        slot("a", Monday, "17:00", "18:00", FREE, Office),
        slot("a", Monday, "18:01", "19:00", FREE, Office),
        slot("a", Tuesday, "17:00", "18:00", FREE, Office),
        slot("a", Wednesday, "17:00", "18:00", FREE, Office),
    ]);
    assert_eq!(check(&d).summary.free_blocks, 4);
    assert!(fires(&d, "gp-free-blocks-per-week"));
}

#[test]
fn gp_free_block_of_exactly_four_hours_is_allowed() {
    let d = gp_week_with(vec![slot("a", Saturday, "08:00", "12:00", FREE, Office)]);
    assert!(!fires(&d, "gp-free-block-length"));
}

#[test]
fn gp_free_block_of_four_hours_one_minute_is_too_long() {
    let d = gp_week_with(vec![slot("a", Saturday, "08:00", "12:01", FREE, Office)]);
    assert!(fires(&d, "gp-free-block-length"));
    assert_eq!(check(&d).summary.longest_free_block_minutes, 241);
}

#[test]
fn gp_touching_slots_of_two_hours_each_make_a_block_too_long() {
    let d = gp_week_with(vec![
        slot("a", Saturday, "08:00", "10:00", FREE, Office),
        slot("b", Saturday, "10:00", "12:00", FREE, Office),
        slot("b", Saturday, "12:00", "12:30", FREE, Office),
    ]);
    assert_eq!(slots_of(&d, "gp-free-block-length"), vec![8, 9, 10]);
}

#[test]
fn gp_each_long_block_is_its_own_finding() {
    let d = gp_week_with(vec![
        slot("a", Saturday, "08:00", "13:00", FREE, Office),
        slot("a", Sunday, "08:00", "13:00", FREE, Office),
    ]);
    assert_eq!(
        check(&d)
            .findings
            .iter()
            .filter(|f| f.rule == RuleId::Partial(RulePrefix::Gp, PartialRule::FreeBlockLength))
            .count(),
        2
    );
}

/// Agreement time A and free time F: the share holds when 4A >= 3(A + F).
fn gp_share(agreement_minutes: &str, free_end: &str) -> conventio::core::model::Declaration {
    gp_partial(vec![
        slot("a", Monday, "08:00", agreement_minutes, AGR, Office),
        slot("b", Tuesday, "08:00", free_end, FREE, Office),
    ])
}

#[test]
fn gp_exactly_three_quarters_at_agreement_rates_is_enough() {
    // 9 h agreement, 3 h free: 540 / 720 = 3/4 exactly.
    let d = gp_share("17:00", "11:00");
    assert!(!fires(&d, "gp-agreement-share"));
    assert_eq!(
        (check(&d).summary.agreement_minutes, check(&d).summary.total_minutes),
        (540, 720)
    );
}

#[test]
fn gp_one_minute_short_of_three_quarters_is_not() {
    // 539 agreement minutes, 180 free: 4 * 539 = 2156 < 3 * 719 = 2157.
    let d = gp_share("16:59", "11:00");
    assert!(fires(&d, "gp-agreement-share"));
}

#[test]
fn gp_share_counts_every_setting() {
    let d = gp_partial(vec![
        slot("a", Monday, "08:00", "17:00", AGR, Hospital),
        slot("b", Tuesday, "08:00", "11:00", FREE, Office),
    ]);
    assert!(!fires(&d, "gp-agreement-share"));
}

// ---- Specialists (9.3.2.2) ----

fn sp_week_with(extra: Vec<conventio::core::model::Slot>) -> conventio::core::model::Declaration {
    let mut slots = vec![
        slot("a", Monday, "08:00", "12:00", AGR, Office),
        slot("b", Tuesday, "08:00", "12:00", AGR, Office),
        slot("a", Wednesday, "08:00", "12:00", AGR, Office),
    ];
    slots.extend(extra);
    sp_partial(slots)
}

#[test]
fn sp_free_home_visits_are_allowed_but_not_hospital_care() {
    assert!(!fires(
        &sp_week_with(vec![slot("a", Thursday, "08:00", "10:00", FREE, HomeVisit)]),
        "sp-free-setting"
    ));
    assert!(fires(
        &sp_week_with(vec![slot("a", Thursday, "08:00", "10:00", FREE, Hospital)]),
        "sp-free-setting"
    ));
    assert!(fires(
        &sp_week_with(vec![slot("a", Thursday, "08:00", "10:00", FREE, DayHospital)]),
        "sp-free-setting"
    ));
}

#[test]
fn sp_four_free_blocks_are_allowed_five_are_not() {
    let mut free: Vec<_> = [Monday, Tuesday, Wednesday, Thursday]
        .iter()
        .map(|&d| slot("a", d, "18:00", "19:00", FREE, Office))
        .collect();
    assert!(!fires(&sp_week_with(free.clone()), "sp-free-blocks-per-week"));
    free.push(slot("a", Friday, "18:00", "19:00", FREE, Office));
    assert!(fires(&sp_week_with(free), "sp-free-blocks-per-week"));
}

#[test]
fn sp_free_block_length_boundary_is_four_hours() {
    assert!(!fires(
        &sp_week_with(vec![slot("a", Thursday, "08:00", "12:00", FREE, Office)]),
        "sp-free-block-length"
    ));
    assert!(fires(
        &sp_week_with(vec![slot("a", Thursday, "08:00", "12:01", FREE, Office)]),
        "sp-free-block-length"
    ));
}

#[test]
fn sp_exactly_half_of_ambulatory_time_at_agreement_rates_is_enough() {
    // 12 h agreement office in normal hours, 12 h free office.
    let d = sp_week_with(vec![
        slot("a", Thursday, "08:00", "12:00", FREE, Office),
        slot("b", Friday, "08:00", "12:00", FREE, Office),
        slot("a", Saturday, "08:00", "12:00", FREE, Office),
    ]);
    assert!(!fires(&d, "sp-agreement-share"));
    let d = sp_week_with(vec![
        slot("a", Thursday, "08:00", "12:00", FREE, Office),
        slot("b", Friday, "08:00", "12:00", FREE, Office),
        slot("a", Saturday, "08:00", "12:01", FREE, Office),
    ]);
    assert!(fires(&d, "sp-agreement-share"));
}

#[test]
fn sp_agreement_time_after_21h_does_not_count_towards_the_share() {
    // Agreement 19:00–22:00 on Tuesday counts 120 normal minutes out of 180.
    let base = |end: &str| {
        sp_partial(vec![
            slot("a", Tuesday, "19:00", end, AGR, Office),
            slot("a", Wednesday, "08:00", "10:00", FREE, Office),
        ])
    };
    // 120 counted vs 300 ambulatory: short.
    let d = base("22:00");
    assert!(fires(&d, "sp-agreement-share"));
    assert_eq!(check(&d).summary.share_counted_minutes, 120);
    assert_eq!(check(&d).summary.share_base_minutes, 300);
    // Ending at 21:00: 120 counted vs 240: exactly half.
    assert!(!fires(&base("21:00"), "sp-agreement-share"));
}

#[test]
fn sp_weekend_agreement_time_is_outside_normal_hours() {
    let d = sp_partial(vec![
        slot("a", Saturday, "08:00", "12:00", AGR, Office),
        slot("a", Monday, "08:00", "09:00", FREE, Office),
    ]);
    assert!(fires(&d, "sp-agreement-share"));
}

#[test]
fn sp_hospital_time_is_not_in_the_ambulatory_share() {
    let d = sp_partial(vec![
        slot("a", Monday, "08:00", "10:00", AGR, Office),
        slot("a", Monday, "10:00", "18:00", AGR, Hospital),
        slot("a", Tuesday, "08:00", "10:00", FREE, Office),
    ]);
    assert!(!fires(&d, "sp-agreement-share"));
    assert_eq!(check(&d).summary.share_base_minutes, 240);
}

#[test]
fn sp_each_site_needs_an_agreement_rate_ambulatory_slot() {
    let d = sp_partial(vec![
        slot("a", Monday, "08:00", "12:00", AGR, Office),
        slot("b", Tuesday, "08:00", "10:00", FREE, Office),
        slot("b", Wednesday, "08:00", "10:00", AGR, Hospital),
    ]);
    let report = check(&d);
    let access: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.rule == RuleId::Partial(RulePrefix::Sp, PartialRule::SiteAccess))
        .collect();
    assert_eq!(access.len(), 1);
    assert_eq!(access[0].site.as_deref(), Some("b"));
    let fixed = sp_partial(vec![
        slot("a", Monday, "08:00", "12:00", AGR, Office),
        slot("b", Tuesday, "08:00", "10:00", FREE, Office),
        slot("b", Wednesday, "08:00", "10:00", AGR, HomeVisit),
    ]);
    assert!(!fires(&fixed, "sp-site-access"));
}

#[test]
fn sp_a_site_with_only_hospital_work_needs_no_ambulatory_access() {
    let d = sp_partial(vec![
        slot("a", Monday, "08:00", "12:00", AGR, Office),
        slot("a", Monday, "12:00", "13:00", FREE, Office),
        slot("b", Tuesday, "08:00", "12:00", AGR, Hospital),
    ]);
    assert!(!fires(&d, "sp-site-access"));
}

#[test]
fn gp_rules_do_not_apply_to_specialists_nor_the_reverse() {
    let d = sp_week_with(vec![slot("a", Thursday, "08:00", "10:00", FREE, HomeVisit)]);
    assert!(
        check(&d)
            .findings
            .iter()
            .all(|f| !matches!(f.rule, RuleId::Partial(RulePrefix::Gp, _)))
    );
    let g = gp_week_with(vec![slot("a", Saturday, "08:00", "10:00", FREE, Office)]);
    assert!(
        check(&g)
            .findings
            .iter()
            .all(|f| !matches!(f.rule, RuleId::Partial(RulePrefix::Sp, _)))
    );
}

// ---- Deadline and windows (RULES.md "Deadline and windows"; 12.1–12.4 in 2021) ----

fn check_on(d: &conventio::core::model::Declaration, today: &str) -> conventio::core::rules::Report {
    let agreement = Agreements::embedded().find(&d.agreement).unwrap();
    conventio::core::rules::check(d, agreement, today.parse().unwrap())
}

fn finding<'a>(report: &'a conventio::core::rules::Report, rule: &str) -> Option<&'a conventio::core::rules::Finding> {
    report.findings.iter().find(|f| f.rule.to_string() == rule)
}

fn fr(message: &conventio::core::i18n::Message) -> String {
    conventio::core::i18n::localizer(conventio::core::i18n::Language::Fr).message(message)
}

#[test]
fn preparing_on_the_last_day_is_in_time_and_the_day_after_is_late() {
    let mut d = gp_week_with(vec![slot("a", Saturday, "08:00", "10:00", FREE, Office)]);
    d.prepared_on = Some("2021-02-24".parse().unwrap());
    let on_the_day = check_on(&d, "2021-02-24");
    assert!(finding(&on_the_day, "deadline-passed").is_none());
    assert_eq!(on_the_day.summary.days_left, Some(0));
    d.prepared_on = Some("2021-02-25".parse().unwrap());
    let report = check_on(&d, "2021-02-25");
    let late = finding(&report, "deadline-passed").expect("fires");
    assert_eq!(late.severity, Severity::Warning);
    assert_eq!(late.clause.as_deref(), Some("12.1"));
    assert_eq!(report.summary.days_left, Some(-1));
}

#[test]
fn full_adherence_never_warns_about_a_deadline() {
    let mut d = gp_week_with(vec![]);
    d.choice = Choice::Full;
    d.prepared_on = Some("2021-06-01".parse().unwrap());
    let report = check_on(&d, "2021-06-01");
    assert!(finding(&report, "deadline-passed").is_none());
    assert!(!report.summary.registration_needed);
    assert!(
        fr(&conventio::core::figures::deadline_summary(
            agreement_2021(),
            &report.summary
        ))
        .contains("rien à enregistrer")
    );
}

#[test]
fn days_left_count_from_today_and_say_both_when_the_file_was_prepared_in_time() {
    let mut d = gp_week_with(vec![slot("a", Saturday, "08:00", "10:00", FREE, Office)]);
    d.agreement = "2026-2027".into();
    d.prepared_on = Some("2026-02-20".parse().unwrap());
    let report = check_on(&d, "2026-11-23");
    assert!(finding(&report, "deadline-passed").is_none(), "prepared in time");
    assert_eq!(report.summary.days_left, Some(-256));
    assert_eq!(report.summary.prepared_days_left, Some(20));
    let agreement = Agreements::embedded().find("2026-2027").unwrap();
    let line = fr(&conventio::core::figures::deadline_summary(agreement, &report.summary));
    assert!(line.contains("au plus tard le 12/03/2026"), "{line}");
    assert!(line.contains("dépassée depuis 256 jours"), "{line}");
    assert!(line.contains("préparée le 20/02/2026, dans le délai"), "{line}");
    assert!(!line.contains("avant"), "{line}");
}

/// The second-year windows' last days (inclusive), and the day after, for 2024-2025 and 2026-2027.
#[test]
fn a_second_year_declaration_is_in_time_on_its_last_day_only() {
    for (id, last_day, day_after, year) in [
        ("2024-2025", "2024-12-14", "2024-12-15", "2025"),
        ("2026-2027", "2026-12-14", "2026-12-15", "2027"),
    ] {
        let mut d = gp_week_with(vec![slot("a", Saturday, "08:00", "10:00", FREE, Office)]);
        d.agreement = id.into();
        d.window = Some("second-year".into());
        d.choice = Choice::Refusal;
        d.slots.clear();
        d.prepared_on = Some(last_day.parse().unwrap());
        let report = check_on(&d, last_day);
        assert!(report.is_ok(), "{id}: {:?}", report.rule_ids());
        assert!(finding(&report, "deadline-passed").is_none(), "{id}");
        assert_eq!(report.summary.deadline, last_day.parse().ok(), "{id}");
        assert_eq!(
            report.summary.effective_on,
            format!("{year}-01-01").parse().ok(),
            "{id}"
        );
        d.prepared_on = Some(day_after.parse().unwrap());
        let late = check_on(&d, day_after);
        let warning = finding(&late, "deadline-passed").expect("fires the day after");
        let text = fr(&warning.message);
        assert!(text.contains(&format!("la déclaration pour {year}")), "{text}");
        assert!(text.contains("modification des conditions"), "{text}");
    }
}

#[test]
fn a_late_initial_declaration_names_the_second_year_window_still_open() {
    let mut d = gp_week_with(vec![slot("a", Saturday, "08:00", "10:00", FREE, Office)]);
    d.agreement = "2026-2027".into();
    d.prepared_on = Some("2026-11-23".parse().unwrap());
    let report = check_on(&d, "2026-11-23");
    let warning = finding(&report, "deadline-passed").expect("the initial window closed on 12/03/2026");
    let text = fr(&warning.message);
    assert!(
        text.contains(
            "la déclaration pour 2027 (refus ou adhésion partielle, adhésion partielle non confirmée pour 2027), \
             au plus tard le 14/12/2026"
        ),
        "{text}"
    );
    let nl = conventio::core::i18n::localizer(conventio::core::i18n::Language::Nl).message(&warning.message);
    assert!(nl.contains("uiterlijk op 14/12/2026"), "{nl}");
    assert!(!nl.contains("vóór"), "{nl}");
}

#[test]
fn a_one_year_agreement_has_no_second_year_window() {
    for id in ["2020", "2021"] {
        let mut d = gp_week_with(vec![]);
        d.agreement = id.into();
        d.window = Some("second-year".into());
        let report = check_on(&d, "2021-02-01");
        let error = finding(&report, "window-unavailable").expect("fires");
        assert_eq!(error.severity, Severity::Error, "{id}");
        assert_eq!(error.clause, None);
    }
    let mut d = gp_week_with(vec![]);
    d.agreement = "2024-2025".into();
    d.window = Some("second-year".into());
    assert!(finding(&check_on(&d, "2024-11-01"), "window-unavailable").is_none());
}

#[test]
fn only_partial_adherence_can_amend_conditions() {
    for (choice, fires) in [(Choice::Partial, false), (Choice::Full, true), (Choice::Refusal, true)] {
        let mut d = gp_week_with(vec![slot("a", Saturday, "08:00", "10:00", FREE, Office)]);
        d.window = Some("amendment".into());
        d.choice = choice;
        if choice != Choice::Partial {
            d.slots.retain(|s| s.rates == AGR);
        }
        let report = check_on(&d, "2021-06-01");
        assert_eq!(
            finding(&report, "window-amendment-choice").is_some(),
            fires,
            "{choice:?}"
        );
        assert!(
            finding(&report, "deadline-passed").is_none(),
            "an amendment has no last day"
        );
    }
}

#[test]
fn an_amendment_in_2021_takes_effect_from_registration() {
    let mut d = gp_week_with(vec![slot("a", Saturday, "08:00", "10:00", FREE, Office)]);
    d.window = Some("amendment".into());
    d.prepared_on = Some("2021-06-01".parse().unwrap());
    let report = check_on(&d, "2021-06-01");
    assert_eq!(report.summary.deadline, None);
    assert_eq!(report.summary.effective_on, "2021-06-01".parse().ok());
    assert_eq!(report.summary.effective_rule, Some("from_registration"));
}

#[test]
fn a_newly_recognised_doctor_has_their_own_deadline_from_2024() {
    let mut d = gp_week_with(vec![]);
    d.agreement = "2024-2025".into();
    d.prepared_on = Some("2024-05-20".parse().unwrap());
    assert!(finding(&check_on(&d, "2024-05-20"), "deadline-passed").is_some());
    d.doctor.recognised_on = Some("2024-05-02".parse().unwrap());
    let report = check_on(&d, "2024-05-20");
    assert!(finding(&report, "deadline-passed").is_none());
    assert_eq!(report.summary.deadline, "2024-06-01".parse().ok());
    d.prepared_on = Some("2024-06-02".parse().unwrap());
    assert!(finding(&check_on(&d, "2024-06-02"), "deadline-passed").is_some());
}

#[test]
fn a_user_set_last_day_moves_the_deadline_and_says_so() {
    let mut last_days = LastDays::default();
    last_days.set("2026-2027", "second-year", "2026-12-31".parse().ok());
    let agreement = Agreements::embedded()
        .find("2026-2027")
        .unwrap()
        .with_last_days(&last_days);
    let mut d = gp_week_with(vec![]);
    d.agreement = "2026-2027".into();
    d.window = Some("second-year".into());
    d.choice = Choice::Refusal;
    d.prepared_on = Some("2026-12-20".parse().unwrap());
    let report = conventio::core::rules::check(&d, &agreement, "2026-12-20".parse().unwrap());
    assert!(finding(&report, "deadline-passed").is_none());
    assert_eq!(report.summary.deadline_published, "2026-12-14".parse().ok());
    let line = fr(&conventio::core::figures::deadline_summary(&agreement, &report.summary));
    assert!(
        line.contains("date fixée par vous ; date publiée : 14/12/2026"),
        "{line}"
    );
}

#[test]
fn the_deadline_falls_back_to_today_without_a_preparation_date() {
    let mut d = gp_week_with(vec![]);
    d.prepared_on = None;
    let late = conventio::core::rules::check(&d, agreement_2021(), "2021-03-01".parse().unwrap());
    assert!(late.findings.iter().any(|f| f.rule == RuleId::DeadlinePassed));
}

// ---- Clauses come from the agreement in force, and only where a source gives them ----

#[test]
fn findings_quote_the_clause_of_the_agreement_in_force() {
    let mut d = gp_week_with(vec![slot("a", Saturday, "08:00", "13:00", FREE, Office)]);
    let clause = |d: &conventio::core::model::Declaration| {
        let agreement = Agreements::embedded().find(&d.agreement).unwrap();
        let report = conventio::core::rules::check(d, agreement, "2021-02-01".parse().unwrap());
        report
            .findings
            .iter()
            .find(|f| f.rule == RuleId::Partial(RulePrefix::Gp, PartialRule::FreeBlockLength))
            .map(|f| f.clause.clone())
    };
    assert_eq!(clause(&d), Some(Some("9.2.2.2.1".to_owned())));
    // No source gives the 2024-2025 and 2026-2027 numbers of this clause: the rule without a number.
    for id in ["2024-2025", "2026-2027"] {
        d.agreement = id.into();
        assert_eq!(clause(&d), Some(None), "{id}");
    }
}

#[test]
fn checks_that_are_no_clause_show_none() {
    let mut d = gp_week_with(vec![]);
    d.sites.push(site("unused"));
    d.doctor.inami = "1-00001-07-580".into();
    let report = check(&d);
    for rule in ["site-unused", "doctor-inami-invalid"] {
        assert_eq!(finding(&report, rule).map(|f| f.clause.clone()), Some(None), "{rule}");
    }
}

#[test]
fn interpretations_are_said_where_conventio_interprets() {
    let d = sp_partial(vec![
        slot("a", Monday, "08:00", "10:00", FREE, Office),
        slot("b", Tuesday, "08:00", "10:00", FREE, Office),
    ]);
    let report = check(&d);
    let share = finding(&report, "sp-agreement-share").expect("no agreement-rate time at all");
    assert!(fr(share.interpretation.as_ref().unwrap()).contains("avant 21 h"));
    assert_eq!(share.slots, vec![0, 1], "the share finding outlines the free slots");
    let access = finding(&report, "sp-site-access").expect("fires");
    assert!(fr(access.interpretation.as_ref().unwrap()).contains("chaque lieu possible"));
}

#[test]
fn every_finding_message_is_translated_in_french_and_dutch() {
    use conventio::core::i18n::{Language, localizer};
    let d = gp_week_with(vec![
        slot("a", Saturday, "08:00", "13:00", FREE, HomeVisit),
        slot("zz", Sunday, "08:00", "07:00", FREE, Office),
    ]);
    for language in [Language::Fr, Language::Nl] {
        for finding in check(&d).findings {
            let text = localizer(language).message(&finding.message);
            assert!(
                !text.starts_with("finding-"),
                "{} untranslated in {language:?}",
                finding.rule
            );
            assert!(
                localizer(language).has(&finding.message.id),
                "{} missing in {language:?}",
                finding.message.id
            );
        }
    }
}

// ---- A changed rule is a data change only ----

/// The 2025 draft framework law: non-agreement work on at most 2 days a week, with at least 60 % of
/// all services at agreement rates. Expressed by editing the agreement data, not the engine.
#[test]
fn limits_counted_in_days_and_another_share_need_only_data() {
    use conventio::core::agreement::LimitUnit;
    let mut draft = agreement_2021().clone();
    let gp = &mut draft.partial.general_practitioner;
    gp.free_limit.unit = LimitUnit::Days;
    gp.free_limit.max = 2;
    gp.block_length = None;
    gp.agreement_share.numerator = 3;
    gp.agreement_share.denominator = 5;
    let today = "2021-02-01".parse().unwrap();
    let run = |d: &conventio::core::model::Declaration| {
        conventio::core::rules::check(d, &draft, today)
            .rule_ids()
            .into_iter()
            .map(RuleId::to_string)
            .collect::<Vec<_>>()
    };

    let week = |thursday_end: &str, friday: bool| {
        let mut slots = vec![
            slot("a", Monday, "08:00", "17:00", AGR, Office),
            slot("a", Tuesday, "08:00", "14:00", FREE, Office),
            slot("a", Tuesday, "15:00", "16:00", FREE, Office),
            slot("a", Wednesday, "08:00", "17:00", AGR, Office),
            slot("a", Thursday, "08:00", thursday_end, FREE, Office),
        ];
        if friday {
            slots.push(slot("a", Friday, "08:00", "09:00", FREE, Office));
        }
        declaration(
            conventio::core::model::Role::GeneralPractitioner,
            Choice::Partial,
            &["a"],
            slots,
        )
    };
    // Two free days, one with a six-hour block: allowed under the draft.
    assert!(
        run(&week("09:00", false)).is_empty(),
        "{:?}",
        run(&week("09:00", false))
    );
    assert_eq!(run(&week("09:00", true)), vec!["gp-free-days-per-week".to_owned()]);
    // 1080 agreement minutes and 720 free: exactly 60 %. One more free minute is short.
    assert!(run(&week("13:00", false)).is_empty());
    assert_eq!(run(&week("13:01", false)), vec!["gp-agreement-share".to_owned()]);
}

/// Every rule id of the catalogue (shared/RULES.md, "Rules"), as tools, files and the CLI's JSON
/// spell it. Ids are never renamed: this list only grows.
const CATALOGUE: &[&str] = &[
    "slot-time-order",
    "slot-unknown-site",
    "slot-overlap",
    "site-unused",
    "doctor-inami-invalid",
    "doctor-role-mismatch",
    "full-has-free-slots",
    "partial-without-free-slots",
    "gp-free-setting",
    "gp-free-blocks-per-week",
    "gp-free-block-length",
    "gp-agreement-share",
    "sp-free-setting",
    "sp-free-blocks-per-week",
    "sp-free-block-length",
    "sp-agreement-share",
    "sp-site-access",
    "deadline-passed",
    "window-unavailable",
    "window-join-choice",
    "window-join-standing",
    "window-amendment-choice",
];

#[test]
fn every_rule_id_of_the_catalogue_reads_and_writes_back_as_itself() {
    let kinds: Vec<String> = Agreements::embedded()
        .iter()
        .flat_map(|a| a.windows.iter().map(|w| w.kind.clone()))
        .collect();
    let typed = RuleId::catalogue(kinds.iter().map(String::as_str));
    for &id in CATALOGUE {
        let rule: RuleId = id.parse().unwrap_or_else(|e| panic!("{id}: {e}"));
        assert_eq!(rule.to_string(), id);
        assert_eq!(serde_json::to_value(&rule).unwrap(), serde_json::json!(id));
        assert_eq!(serde_json::from_value::<RuleId>(serde_json::json!(id)).unwrap(), rule);
        assert!(typed.contains(&rule), "{id} is missing from RuleId::catalogue");
    }
    // The typed families give the catalogue's ids.
    assert_eq!(
        RuleId::Partial(RulePrefix::Sp, PartialRule::SiteAccess).to_string(),
        "sp-site-access"
    );
    assert_eq!(
        RuleId::WindowChoice("amendment".into()).to_string(),
        "window-amendment-choice"
    );
    assert_eq!(
        RuleId::WindowStanding("join".into()).to_string(),
        "window-join-standing"
    );
    // A window kind of several words, and the limit an agreement counts in days.
    assert_eq!(
        "window-second-year-choice".parse::<RuleId>(),
        Ok(RuleId::WindowChoice("second-year".into()))
    );
    assert_eq!(
        "gp-free-days-per-week".parse::<RuleId>(),
        Ok(RuleId::Partial(RulePrefix::Gp, PartialRule::FreeDaysPerWeek))
    );
    for wrong in [
        "gp-site",
        "xp-free-setting",
        "window-choice",
        "slot-time",
        "GP-free-setting",
    ] {
        assert!(wrong.parse::<RuleId>().is_err(), "{wrong}");
    }
}

#[test]
fn a_finding_of_the_window_rules_carries_the_window_kind_and_one_message() {
    let rule = RuleId::WindowChoice("join".into());
    assert_eq!(rule.message_id(), "finding-window-choice");
    assert_eq!(
        RuleId::Partial(RulePrefix::Gp, PartialRule::AgreementShare).message_id(),
        "finding-gp-agreement-share"
    );
}
