//! The national agreements as data (`assets/agreements/*.json`, embedded in the binary).
//!
//! Rules read every number from here, never from constants in code, so a changed rule (limits counted
//! in days instead of blocks, another share, other settings) is a data change only.

use super::model::{Doctor, Role, Setting, TimeOfDay, Weekday};
use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// A date and whether the published text confirms it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatedFact {
    pub date: NaiveDate,
    pub confirmed: bool,
}

/// An amount in euro cents (exact), or `None` when no source gives it; and whether it is confirmed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AmountFact {
    pub cents: Option<i64>,
    pub confirmed: bool,
}

/// The period an agreement covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    pub start: NaiveDate,
    pub end: NaiveDate,
}

/// Statut social (social benefits) amounts for one agreement year (section 6 in 2021).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatutSocial {
    pub year: i32,
    /// Full adherence with the activity threshold met.
    pub full: AmountFact,
    /// Partial adherence with the threshold met (also full adherence with the reduced threshold).
    pub partial: AmountFact,
    pub clause: String,
}

/// A later moment the agreement gives for a change of mind (e.g. withdrawing for its second year).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LaterWindow {
    /// `withdrawal-second-year`: a doctor may still withdraw for the agreement's second year.
    pub kind: String,
    pub until: DatedFact,
    pub source: String,
}

/// Clause numbers of the formalities (section 12 in 2021).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Formalities {
    /// Notifying a refusal within 30 days (12.1).
    pub refusal: String,
    /// Deemed adherence, and partial adherence's time/place conditions (12.2).
    pub tacit_adherence: String,
    /// Later changes of time/place conditions (12.3).
    pub changes: String,
    /// Days of notice before a change of conditions applies; 0: from registration (2021).
    pub change_notice_days: u32,
    /// Declarations count from their registration date (12.4).
    pub registration: String,
    pub confirmed: bool,
}

/// Hours that normally suit patients (the complement of special requests: 9.3.3.3 in 2021).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NormalHours {
    pub days: Vec<Weekday>,
    /// Normal hours end at this time on those days.
    pub before: TimeOfDay,
    pub clause: String,
}

impl NormalHours {
    /// Minutes of `[start, end)` on `day` that fall within normal hours.
    pub fn minutes_within(&self, day: Weekday, start: TimeOfDay, end: TimeOfDay) -> u32 {
        if !self.days.contains(&day) {
            return 0;
        }
        let until = end.min(self.before);
        u32::from(until.minutes().saturating_sub(start.minutes()))
    }
}

/// How the weekly number of free-rate periods is counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LimitUnit {
    /// Maximal runs of continuous free-rate time on one day.
    Blocks,
    /// Days of the week with any free-rate time.
    Days,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FreeLimit {
    pub unit: LimitUnit,
    pub max: u32,
    pub clause: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BlockLength {
    pub max_minutes: u32,
    pub clause: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AllowedSettings {
    pub settings: Vec<Setting>,
    pub clause: String,
}

/// The share of practice that must stay at agreement rates, as an exact fraction.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgreementShare {
    pub numerator: u32,
    pub denominator: u32,
    /// Agreement-rate minutes count when their setting is in this list…
    pub counted_settings: Vec<Setting>,
    /// …and, when true, only their minutes within normal hours.
    pub counted_in_normal_hours_only: bool,
    /// The whole the share is taken of: all minutes of slots with these settings.
    pub base_settings: Vec<Setting>,
    pub clause: String,
}

/// Every site must offer agreement-rate care in one of these settings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteAccess {
    pub settings: Vec<Setting>,
    pub clause: String,
}

/// The partial-adherence conditions for one role.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartialRules {
    /// Prefix of the rule ids (`gp`, `sp`).
    pub rule_prefix: String,
    pub free_settings: AllowedSettings,
    pub free_limit: FreeLimit,
    pub block_length: Option<BlockLength>,
    pub agreement_share: AgreementShare,
    pub site_access: Option<SiteAccess>,
    /// Whether the published text of this agreement confirms these numbers and clauses.
    pub confirmed: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartialAdherence {
    pub general_practitioner: PartialRules,
    pub specialist: PartialRules,
}

/// One national medico-mutualist agreement.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Agreement {
    pub id: String,
    pub period: Period,
    pub concluded_on: Option<DatedFact>,
    pub published_on: DatedFact,
    /// Publication + 30 days (12.1–12.2 in 2021).
    pub deadline: DatedFact,
    pub in_force_on: Option<DatedFact>,
    /// Days a newly recognised doctor has from recognition to refuse or adhere partially, when the
    /// agreement provides it (from 2024-2025).
    pub recognised_doctor_window_days: Option<u32>,
    #[serde(default)]
    pub later_windows: Vec<LaterWindow>,
    pub formalities: Formalities,
    pub normal_hours: NormalHours,
    pub partial: PartialAdherence,
    pub statut_social: StatutSocial,
    /// Where the numbers and dates of this file come from.
    pub sources: Vec<String>,
}

impl Agreement {
    /// The partial-adherence conditions for a role.
    pub fn partial_rules(&self, role: Role) -> &PartialRules {
        match role {
            Role::GeneralPractitioner => &self.partial.general_practitioner,
            Role::Specialist => &self.partial.specialist,
        }
    }

    /// The last day this doctor can register a refusal or partial adherence: the agreement's deadline,
    /// or 30 days after the doctor's recognition when that is later and the agreement provides it.
    pub fn deadline_for(&self, doctor: &Doctor) -> NaiveDate {
        let own = doctor
            .recognised_on
            .zip(self.recognised_doctor_window_days)
            .and_then(|(on, days)| {
                (on > self.published_on.date)
                    .then(|| on.checked_add_days(Days::new(u64::from(days))))
                    .flatten()
            });
        match own {
            Some(own) if own > self.deadline.date => own,
            _ => self.deadline.date,
        }
    }

    /// Whether every date and number of this agreement is confirmed by its published text.
    pub fn fully_confirmed(&self) -> bool {
        self.published_on.confirmed
            && self.deadline.confirmed
            && self.formalities.confirmed
            && self.partial.general_practitioner.confirmed
            && self.partial.specialist.confirmed
            && self.statut_social.full.confirmed
            && self.statut_social.partial.confirmed
    }
}

/// The embedded agreement files, oldest first.
const SOURCES: [(&str, &str); 6] = [
    ("2018-2019", include_str!("../../assets/agreements/2018-2019.json")),
    ("2020", include_str!("../../assets/agreements/2020.json")),
    ("2021", include_str!("../../assets/agreements/2021.json")),
    ("2022-2023", include_str!("../../assets/agreements/2022-2023.json")),
    ("2024-2025", include_str!("../../assets/agreements/2024-2025.json")),
    ("2026-2027", include_str!("../../assets/agreements/2026-2027.json")),
];

/// Parses one agreement file (used for the embedded files and by their tests).
pub fn parse(text: &str) -> Result<Agreement, serde_json::Error> {
    serde_json::from_str(text)
}

/// Every agreement the app knows, oldest first. An embedded file that does not parse is left out
/// (the test `every_embedded_agreement_parses` keeps that from ever shipping).
pub fn catalog() -> &'static [Agreement] {
    static CATALOG: OnceLock<Vec<Agreement>> = OnceLock::new();
    CATALOG.get_or_init(|| SOURCES.iter().filter_map(|(_, text)| parse(text).ok()).collect())
}

/// The agreement with this id.
pub fn find(id: &str) -> Option<&'static Agreement> {
    catalog().iter().find(|agreement| agreement.id == id)
}

/// The latest agreement: the default for new declarations.
pub fn latest() -> &'static Agreement {
    catalog()
        .iter()
        .max_by_key(|agreement| agreement.published_on.date)
        .unwrap_or_else(|| panic!("no embedded agreement parses; the test suite guards against this"))
}

/// Days from `today` to `deadline`: negative when past, 0 on the day itself.
pub fn days_left(deadline: NaiveDate, today: NaiveDate) -> i64 {
    (deadline - today).num_days()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn every_embedded_agreement_parses() {
        for (id, text) in SOURCES {
            let agreement = parse(text).unwrap_or_else(|e| panic!("{id}: {e}"));
            assert_eq!(agreement.id, id);
        }
        assert_eq!(catalog().len(), SOURCES.len());
    }

    #[test]
    fn every_deadline_is_publication_plus_thirty_days() {
        for agreement in catalog() {
            assert_eq!(
                agreement.deadline.date,
                agreement.published_on.date + Days::new(30),
                "{}",
                agreement.id
            );
        }
    }

    #[test]
    fn the_latest_agreement_is_2026_2027() {
        assert_eq!(latest().id, "2026-2027");
    }

    #[test]
    fn the_2021_numbers_are_those_of_the_published_text() {
        let a = find("2021").unwrap();
        assert_eq!(a.published_on.date, date("2021-01-25"));
        assert_eq!(a.deadline.date, date("2021-02-24"));
        let gp = a.partial_rules(Role::GeneralPractitioner);
        assert_eq!((gp.free_limit.max, gp.free_limit.unit), (3, LimitUnit::Blocks));
        assert_eq!((gp.agreement_share.numerator, gp.agreement_share.denominator), (3, 4));
        let sp = a.partial_rules(Role::Specialist);
        assert_eq!(sp.free_limit.max, 4);
        assert_eq!((sp.agreement_share.numerator, sp.agreement_share.denominator), (1, 2));
        assert_eq!(sp.site_access.as_ref().map(|s| s.clause.as_str()), Some("9.3.2.2.3"));
        assert_eq!(a.statut_social.full.cents, Some(508_858));
        assert_eq!(a.statut_social.partial.cents, Some(240_040));
        assert!(a.fully_confirmed());
    }

    #[test]
    fn a_recently_recognised_doctor_gets_their_own_window_from_2024() {
        let mut doctor = Doctor {
            name: "Dr Test".into(),
            inami: String::new(),
            role: None,
            recognised_on: Some(date("2024-05-02")),
            extra: Default::default(),
        };
        assert_eq!(find("2024-2025").unwrap().deadline_for(&doctor), date("2024-06-01"));
        // 2021 has no such window.
        assert_eq!(find("2021").unwrap().deadline_for(&doctor), date("2021-02-24"));
        // Recognised before publication: the agreement's own deadline.
        doctor.recognised_on = Some(date("2023-01-01"));
        assert_eq!(find("2024-2025").unwrap().deadline_for(&doctor), date("2024-03-06"));
    }

    #[test]
    fn days_left_is_negative_once_past() {
        assert_eq!(days_left(date("2021-02-24"), date("2021-02-24")), 0);
        assert_eq!(days_left(date("2021-02-24"), date("2021-02-25")), -1);
        assert_eq!(days_left(date("2021-02-24"), date("2021-02-14")), 10);
    }
}
