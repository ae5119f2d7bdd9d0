//! The id of every rule of the catalogue (`shared/RULES.md`), typed. Its text (`gp-free-setting`,
//! `window-join-choice`) is what tools, files and tests match on: `Display`, `Serialize` and
//! `FromStr` give and take exactly the catalogue's ids, and no id is ever renamed.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// Which role's partial-adherence rules (the agreement data's `rule_prefix`): `gp` or `sp`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RulePrefix {
    /// General practitioners (9.2.2.2 in 2021).
    Gp,
    /// Specialists (9.3.2.2 in 2021).
    Sp,
}

impl RulePrefix {
    pub const ALL: [RulePrefix; 2] = [RulePrefix::Gp, RulePrefix::Sp];

    pub fn key(self) -> &'static str {
        match self {
            RulePrefix::Gp => "gp",
            RulePrefix::Sp => "sp",
        }
    }
}

/// A partial-adherence rule, the same for both roles with the role's numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PartialRule {
    /// `…-free-setting`: free rates only in the allowed settings.
    FreeSetting,
    /// `…-free-blocks-per-week`: at most so many free blocks a week.
    FreeBlocksPerWeek,
    /// `…-free-days-per-week`: the same limit, for an agreement that counts days.
    FreeDaysPerWeek,
    /// `…-free-block-length`: no free block longer than the agreement allows.
    FreeBlockLength,
    /// `…-agreement-share`: enough time at agreement rates.
    AgreementShare,
    /// `…-site-access`: every site offers agreement-rate ambulatory care.
    SiteAccess,
}

impl PartialRule {
    pub const ALL: [PartialRule; 6] = [
        PartialRule::FreeSetting,
        PartialRule::FreeBlocksPerWeek,
        PartialRule::FreeDaysPerWeek,
        PartialRule::FreeBlockLength,
        PartialRule::AgreementShare,
        PartialRule::SiteAccess,
    ];

    /// The id after the role's prefix (`free-setting`).
    pub fn name(self) -> &'static str {
        match self {
            PartialRule::FreeSetting => "free-setting",
            PartialRule::FreeBlocksPerWeek => "free-blocks-per-week",
            PartialRule::FreeDaysPerWeek => "free-days-per-week",
            PartialRule::FreeBlockLength => "free-block-length",
            PartialRule::AgreementShare => "agreement-share",
            PartialRule::SiteAccess => "site-access",
        }
    }
}

/// The id of a rule. Window rules carry the window's kind, which comes from the agreement data
/// (`window-join-choice`, `window-amendment-choice`; a kind a later agreement adds gives its own).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RuleId {
    /// `slot-time-order`
    SlotTimeOrder,
    /// `slot-unknown-site`
    SlotUnknownSite,
    /// `slot-overlap`
    SlotOverlap,
    /// `site-unused`
    SiteUnused,
    /// `doctor-inami-invalid`
    DoctorInamiInvalid,
    /// `doctor-role-mismatch`
    DoctorRoleMismatch,
    /// `doctor-role-missing`: a declaration built in the app before the user picks a role.
    DoctorRoleMissing,
    /// `full-has-free-slots`
    FullHasFreeSlots,
    /// `partial-without-free-slots`
    PartialWithoutFreeSlots,
    /// `gp-…` / `sp-…`
    Partial(RulePrefix, PartialRule),
    /// `deadline-passed`
    DeadlinePassed,
    /// `window-unavailable`
    WindowUnavailable,
    /// `window-<kind>-choice`: the window does not allow the declared choice.
    WindowChoice(String),
    /// `window-<kind>-standing`: the window is for doctors of another standing.
    WindowStanding(String),
    /// `unfinished-time`: no rule of the agreement; the window's own finding for a time still being
    /// typed in the schedule, which the check never gives.
    UnfinishedTime,
}

/// The ids without a part taken from the data, in the catalogue's order.
const FIXED: [(RuleId, &str); 12] = [
    (RuleId::SlotTimeOrder, "slot-time-order"),
    (RuleId::SlotUnknownSite, "slot-unknown-site"),
    (RuleId::SlotOverlap, "slot-overlap"),
    (RuleId::SiteUnused, "site-unused"),
    (RuleId::DoctorInamiInvalid, "doctor-inami-invalid"),
    (RuleId::DoctorRoleMismatch, "doctor-role-mismatch"),
    (RuleId::DoctorRoleMissing, "doctor-role-missing"),
    (RuleId::FullHasFreeSlots, "full-has-free-slots"),
    (RuleId::PartialWithoutFreeSlots, "partial-without-free-slots"),
    (RuleId::DeadlinePassed, "deadline-passed"),
    (RuleId::WindowUnavailable, "window-unavailable"),
    (RuleId::UnfinishedTime, "unfinished-time"),
];

impl RuleId {
    /// Every id the check can give for these window kinds (each agreement's `Window::kind`), the
    /// window's own `unfinished-time` left out.
    pub fn catalogue<'a>(window_kinds: impl IntoIterator<Item = &'a str>) -> Vec<RuleId> {
        let mut ids: Vec<RuleId> = FIXED
            .iter()
            .map(|(id, _)| id.clone())
            .filter(|id| *id != RuleId::UnfinishedTime)
            .collect();
        for prefix in RulePrefix::ALL {
            ids.extend(PartialRule::ALL.iter().map(|&rule| RuleId::Partial(prefix, rule)));
        }
        for kind in window_kinds {
            ids.push(RuleId::WindowChoice(kind.to_owned()));
            ids.push(RuleId::WindowStanding(kind.to_owned()));
        }
        ids.sort();
        ids.dedup();
        ids
    }

    /// The Fluent id of the finding's message: `finding-` and the id, except for the window rules,
    /// whose one message names the window (`finding-window-choice`).
    pub fn message_id(&self) -> String {
        match self {
            RuleId::WindowChoice(_) => "finding-window-choice".to_owned(),
            RuleId::WindowStanding(_) => "finding-window-standing".to_owned(),
            other => format!("finding-{other}"),
        }
    }

    /// The role's partial-adherence rule this is, if it is one.
    pub fn partial(&self) -> Option<PartialRule> {
        match self {
            RuleId::Partial(_, rule) => Some(*rule),
            _ => None,
        }
    }
}

impl fmt::Display for RuleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RuleId::Partial(prefix, rule) => write!(f, "{}-{}", prefix.key(), rule.name()),
            RuleId::WindowChoice(kind) => write!(f, "window-{kind}-choice"),
            RuleId::WindowStanding(kind) => write!(f, "window-{kind}-standing"),
            fixed => {
                let (_, text) = FIXED
                    .iter()
                    .find(|(id, _)| id == fixed)
                    .expect("every id without data is in FIXED");
                f.write_str(text)
            }
        }
    }
}

/// A text that is no rule id of the catalogue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownRule(pub String);

impl fmt::Display for UnknownRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "no rule has the id `{}`", self.0)
    }
}

impl std::error::Error for UnknownRule {}

impl FromStr for RuleId {
    type Err = UnknownRule;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        if let Some((id, _)) = FIXED.iter().find(|(_, t)| *t == text) {
            return Ok(id.clone());
        }
        for prefix in RulePrefix::ALL {
            if let Some(name) = text.strip_prefix(prefix.key()).and_then(|t| t.strip_prefix('-'))
                && let Some(&rule) = PartialRule::ALL.iter().find(|r| r.name() == name)
            {
                return Ok(RuleId::Partial(prefix, rule));
            }
        }
        // A window kind is one lower-case word or several joined by `-` (`second-year`).
        let kind_of = |rest: &str, suffix: &str| -> Option<String> {
            let kind = rest.strip_suffix(suffix)?;
            let word = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit());
            kind.split('-').all(word).then(|| kind.to_owned())
        };
        if let Some(rest) = text.strip_prefix("window-") {
            if let Some(kind) = kind_of(rest, "-choice") {
                return Ok(RuleId::WindowChoice(kind));
            }
            if let Some(kind) = kind_of(rest, "-standing") {
                return Ok(RuleId::WindowStanding(kind));
            }
        }
        Err(UnknownRule(text.to_owned()))
    }
}

impl Serialize for RuleId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for RuleId {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_id_reads_back_as_itself() {
        for id in RuleId::catalogue(["initial", "second-year", "join"]) {
            assert_eq!(id.to_string().parse::<RuleId>(), Ok(id.clone()), "{id}");
        }
        assert_eq!("unfinished-time".parse(), Ok(RuleId::UnfinishedTime));
    }

    #[test]
    fn texts_that_are_no_id_are_refused() {
        for text in [
            "",
            "gp-",
            "xx-free-setting",
            "window-choice",
            "window--choice",
            "window-Join-choice",
            "gp-free",
        ] {
            assert!(text.parse::<RuleId>().is_err(), "{text}");
        }
    }
}
