//! Small builders so rule tests read like the schedules they describe.
#![allow(dead_code, unused_imports)]

use conventio::core::agreement::Agreements;
use conventio::core::agreement::{self, Agreement};
use conventio::core::model::{Choice, Declaration, Doctor, Rates, Role, Setting, Site, Slot, TimeOfDay, Weekday};
use conventio::core::rules::{self, Report};

pub use Rates::{Agreement as AGR, Free as FREE};
pub use Setting::{DayHospital, HomeVisit, Hospital, Office};
pub use Weekday::*;

pub fn time(text: &str) -> TimeOfDay {
    TimeOfDay::parse_strict(text).unwrap_or_else(|_| panic!("bad time in test: {text}"))
}

pub fn slot(site: &str, day: Weekday, start: &str, end: &str, rates: Rates, setting: Setting) -> Slot {
    Slot {
        site: site.into(),
        day,
        start: time(start),
        end: time(end),
        rates,
        setting,
        note: None,
        extra: Default::default(),
    }
}

pub fn site(id: &str) -> Site {
    Site {
        id: id.into(),
        name: format!("Site {id}"),
        address: String::new(),
        extra: Default::default(),
    }
}

/// A valid INAMI number with a competence code that says nothing about the role.
pub const NEUTRAL_INAMI: &str = "1-00001-06-580";

pub fn declaration(role: Role, choice: Choice, sites: &[&str], slots: Vec<Slot>) -> Declaration {
    Declaration {
        agreement: "2021".into(),
        prepared_on: Some("2021-02-01".parse().unwrap()),
        window: None,
        doctor: Doctor {
            name: "Dr Test".into(),
            inami: NEUTRAL_INAMI.into(),
            role: Some(role),
            recognised_on: None,
            current_choice: None,
            extra: Default::default(),
        },
        choice,
        sites: sites.iter().map(|id| site(id)).collect(),
        slots,
    }
}

pub fn gp_partial(slots: Vec<Slot>) -> Declaration {
    declaration(Role::GeneralPractitioner, Choice::Partial, &["a", "b"], slots)
}

pub fn sp_partial(slots: Vec<Slot>) -> Declaration {
    declaration(Role::Specialist, Choice::Partial, &["a", "b"], slots)
}

pub fn agreement_2021() -> &'static Agreement {
    Agreements::embedded().find("2021").expect("2021 is embedded")
}

pub fn check(declaration: &Declaration) -> Report {
    rules::check(declaration, agreement_2021(), "2021-02-01".parse().unwrap())
}

/// Whether the rule with this id (as RULES.md and the CLI's JSON spell it) fires.
pub fn fires(declaration: &Declaration, rule: &str) -> bool {
    check(declaration).findings.iter().any(|f| f.rule.to_string() == rule)
}

/// The slots of the first finding of a rule.
pub fn slots_of(declaration: &Declaration, rule: &str) -> Vec<usize> {
    check(declaration)
        .findings
        .iter()
        .find(|f| f.rule.to_string() == rule)
        .map(|f| f.slots.clone())
        .unwrap_or_default()
}
