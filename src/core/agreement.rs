//! The national agreements as data (`assets/agreements/*.json`, embedded in the binary).
//!
//! Rules read every number from here, never from constants in code, so a changed rule (limits counted
//! in days instead of blocks, another share, other settings) is a data change only.

use super::model::{Choice, Doctor, Role, Setting, TimeOfDay, Weekday};
use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

/// A date and whether the published text confirms it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatedFact {
    #[serde(deserialize_with = "super::model::file_date")]
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
    #[serde(deserialize_with = "super::model::file_date")]
    pub start: NaiveDate,
    #[serde(deserialize_with = "super::model::file_date")]
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
    /// Where a source gives its number; `null` otherwise (never another agreement's number).
    pub clause: Option<String>,
}

/// The last day (inclusive) of a declaration window.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum LastDay {
    /// A fixed date (`{"on": "2026-12-14"}`).
    On(#[serde(deserialize_with = "super::model::file_date")] NaiveDate),
    /// So many days after the doctor's recognition, for doctors recognised after publication
    /// (`{"days_after_recognition": 30}`).
    DaysAfterRecognition(u32),
}

/// When the conditions declared in a window take effect.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Effective {
    /// When the agreement comes into force (`"agreement_in_force"`).
    AgreementInForce,
    /// On a fixed date, e.g. 1 January of the second year (`{"on": "2027-01-01"}`).
    On(#[serde(deserialize_with = "super::model::file_date")] NaiveDate),
    /// From registration, after this many days of notice (`{"from_registration": {"notice_days": 0}}`).
    FromRegistration { notice_days: u32 },
}

/// One moment the agreement gives doctors to declare (RULES.md, "Deadline and windows"). A new kind
/// or date is a change of the data files only.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Window {
    /// `initial`, `recognition`, `second-year`, `amendment`, or a kind a later agreement adds.
    pub kind: String,
    /// The declaration file's `window` value this window serves when it is not its own kind: the
    /// newly recognised doctors' window serves `initial`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub declared_as: Option<String>,
    /// The first day one may declare in it; the publication date when absent.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::model::optional_file_date"
    )]
    pub opens_on: Option<NaiveDate>,
    /// Inclusive; `null` for a window without one (it closes with the agreement's period).
    pub last_day: Option<LastDay>,
    /// The choices a doctor may declare in it. Full adherence needs no registration anywhere it is
    /// allowed: doing nothing is full adherence.
    pub allows: Vec<Choice>,
    /// Choices the window offers that no source confirms for it (partial adherence in the 2027
    /// window, partial adherence when joining): offered, and marked unconfirmed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unconfirmed_choices: Vec<Choice>,
    /// The doctors the window is for, by their adherence today (`join`: those who refused); every
    /// doctor when empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub for_current_choice: Vec<Choice>,
    /// Adherence registered in this window counts for the statut social from the next calendar year
    /// only (`join`: the statut social needs adherence for a whole calendar year).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub statut_social_next_year: bool,
    pub effective: Effective,
    /// The clause this window comes from, where a source gives its number.
    pub clause: Option<String>,
    /// Whether a source confirms its dates.
    pub confirmed: bool,
    pub source: String,
    /// The published last day when the user set a later one ([`Agreement::with_last_days`]).
    #[serde(skip)]
    pub published_last_day: Option<NaiveDate>,
}

impl Window {
    /// The `window` value of a declaration made in this window.
    pub fn declared_kind(&self) -> &str {
        self.declared_as.as_deref().unwrap_or(&self.kind)
    }

    /// Whether the user replaced the published last day with a later one.
    pub(crate) fn last_day_set_by_user(&self) -> bool {
        self.published_last_day.is_some()
    }

    /// The choices that need a registration in this window from a fully adherent doctor (full
    /// adherence never does); a window for doctors who do not adhere (`join`) registers all it allows.
    pub(crate) fn registered_choices(&self) -> impl Iterator<Item = Choice> + '_ {
        let current = self.for_current_choice.first().copied().unwrap_or(Choice::Full);
        self.allows
            .iter()
            .copied()
            .filter(move |c| c.must_be_registered(current))
    }

    /// Whether a doctor whose adherence today is `current` may declare in this window.
    pub(crate) fn is_for(&self, current: Choice) -> bool {
        self.for_current_choice.is_empty() || self.for_current_choice.contains(&current)
    }

    /// Whether a source confirms that this window offers `choice`.
    pub fn confirms(&self, choice: Choice) -> bool {
        self.confirmed && !self.unconfirmed_choices.contains(&choice)
    }
}

/// A window seen on one day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WindowOnDay<'a> {
    pub window: &'a Window,
    /// Inclusive; `None` when the window has none, or it depends on a recognition date not given.
    pub last_day: Option<NaiveDate>,
    pub state: WindowState,
    /// Days from that day to the last day (negative when past).
    pub days_left: Option<i64>,
}

/// Where a window stands on a given day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum WindowState {
    NotYetOpen,
    Open,
    Closed,
}

impl WindowState {
    pub fn key(self) -> &'static str {
        match self {
            WindowState::NotYetOpen => "not-yet-open",
            WindowState::Open => "open",
            WindowState::Closed => "closed",
        }
    }
}

/// Clause numbers of the formalities (section 12 in 2021), where a source gives them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Formalities {
    /// Notifying a refusal within 30 days (12.1).
    pub refusal: Option<String>,
    /// Deemed adherence, and partial adherence's time/place conditions (12.2).
    pub tacit_adherence: Option<String>,
    /// Later changes of time/place conditions (12.3).
    pub changes: Option<String>,
    /// Declarations count from their registration date (12.4).
    pub registration: Option<String>,
    pub confirmed: bool,
}

/// Hours that normally suit patients (the complement of special requests: 9.3.3.3 in 2021).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NormalHours {
    pub days: Vec<Weekday>,
    /// Normal hours end at this time on those days.
    pub before: TimeOfDay,
    /// Where a source gives its number; `null` otherwise (never another agreement's number).
    pub clause: Option<String>,
}

impl NormalHours {
    /// Minutes of `[start, end)` on `day` that fall within normal hours.
    pub(crate) fn minutes_within(&self, day: Weekday, start: TimeOfDay, end: TimeOfDay) -> u32 {
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
    /// Where a source gives its number; `null` otherwise (never another agreement's number).
    pub clause: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BlockLength {
    pub max_minutes: u32,
    /// Where a source gives its number; `null` otherwise (never another agreement's number).
    pub clause: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AllowedSettings {
    pub settings: Vec<Setting>,
    /// Where a source gives its number; `null` otherwise (never another agreement's number).
    pub clause: Option<String>,
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
    /// Where a source gives its number; `null` otherwise (never another agreement's number).
    pub clause: Option<String>,
}

/// Every site must offer agreement-rate care in one of these settings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteAccess {
    pub settings: Vec<Setting>,
    /// Where a source gives its number; `null` otherwise (never another agreement's number).
    pub clause: Option<String>,
}

/// The partial-adherence conditions for one role.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartialRules {
    /// Prefix of the rule ids (`gp`, `sp`).
    pub rule_prefix: super::rule_id::RulePrefix,
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
    pub in_force_on: Option<DatedFact>,
    /// Every moment doctors may declare in, the `initial` window first.
    pub windows: Vec<Window>,
    pub formalities: Formalities,
    pub normal_hours: NormalHours,
    pub partial: PartialAdherence,
    pub statut_social: StatutSocial,
    /// Where the numbers and dates of this file come from.
    pub sources: Vec<String>,
    /// Whether the user added this agreement from a file (`conventio agreements import`).
    #[serde(skip)]
    pub added_by_user: bool,
}

/// The window kind every agreement has and a declaration without `window` is made in.
pub use super::model::INITIAL_WINDOW as INITIAL;

/// The latest-ending window of a declaration, resolved for one doctor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct DeclarationWindow<'a> {
    /// The window that decides the last day (for a recently recognised doctor, `recognition`).
    pub window: &'a Window,
    /// Inclusive; `None` when the window has none.
    pub last_day: Option<NaiveDate>,
}

impl Agreement {
    /// The partial-adherence conditions for a role.
    pub(crate) fn partial_rules(&self, role: Role) -> &PartialRules {
        match role {
            Role::GeneralPractitioner => &self.partial.general_practitioner,
            Role::Specialist => &self.partial.specialist,
        }
    }

    /// The window of this kind itself (`initial`, `second-year`, …).
    pub fn window(&self, kind: &str) -> Option<&Window> {
        self.windows.iter().find(|w| w.kind == kind)
    }

    /// The initial window's published (or user-set) last day: publication + 30 days.
    pub fn initial_deadline(&self) -> DatedFact {
        let window = self.window(INITIAL);
        let date = window
            .and_then(|w| match w.last_day {
                Some(LastDay::On(date)) => Some(date),
                _ => None,
            })
            .unwrap_or(self.published_on.date + Days::new(30));
        DatedFact {
            date,
            confirmed: window.is_some_and(|w| w.confirmed),
        }
    }

    /// Whether a declaration may name this `window` value in this agreement.
    pub fn offers(&self, declared_kind: &str) -> bool {
        self.windows.iter().any(|w| w.declared_kind() == declared_kind)
    }

    /// The last day of one window for this doctor, if it has one that applies to them.
    pub(crate) fn last_day_of(&self, window: &Window, doctor: Option<&Doctor>) -> Option<NaiveDate> {
        match window.last_day? {
            LastDay::On(date) => Some(date),
            LastDay::DaysAfterRecognition(days) => doctor?
                .recognised_on
                .filter(|on| *on > self.published_on.date)?
                .checked_add_days(Days::new(u64::from(days))),
        }
    }

    /// The window a declaration of this kind is made in, for this doctor: among the windows that
    /// serve it, the one whose last day is latest (a doctor recognised after publication may have a
    /// later one than the agreement's). `None` when the agreement has no such window.
    pub(crate) fn declaration_window(&self, declared_kind: &str, doctor: &Doctor) -> Option<DeclarationWindow<'_>> {
        let mut best: Option<DeclarationWindow> = None;
        for window in self.windows.iter().filter(|w| w.declared_kind() == declared_kind) {
            let last_day = self.last_day_of(window, Some(doctor));
            let per_doctor = matches!(window.last_day, Some(LastDay::DaysAfterRecognition(_)));
            if per_doctor && last_day.is_none() {
                continue; // the recognition window of a doctor not recognised after publication
            }
            let later = best.is_none_or(|current| matches!((current.last_day, last_day), (Some(a), Some(b)) if b > a));
            if later {
                best = Some(DeclarationWindow { window, last_day });
            }
        }
        best
    }

    /// The first day one may declare in a window.
    pub(crate) fn opens_on(&self, window: &Window) -> NaiveDate {
        window.opens_on.unwrap_or(self.published_on.date)
    }

    /// Where a window stands on `today`: a window without a last day closes with the agreement.
    pub(crate) fn state_on(&self, window: &Window, last_day: Option<NaiveDate>, today: NaiveDate) -> WindowState {
        if today < self.opens_on(window) {
            WindowState::NotYetOpen
        } else if today > last_day.unwrap_or(self.period.end) {
            WindowState::Closed
        } else {
            WindowState::Open
        }
    }

    /// When conditions declared in this window take effect; for a window effective from
    /// registration, counted from `registered_on`. `None` when the agreement's entry into force is
    /// not known.
    pub fn effective_on(&self, window: &Window, registered_on: NaiveDate) -> Option<NaiveDate> {
        match window.effective {
            Effective::AgreementInForce => self.in_force_on.map(|f| f.date),
            Effective::On(date) => Some(date),
            Effective::FromRegistration { notice_days } => {
                registered_on.checked_add_days(Days::new(u64::from(notice_days)))
            }
        }
    }

    /// This agreement with the last days the user set (announced extensions) in place of the
    /// published ones; the published date stays known so the app can show both.
    pub fn with_last_days(&self, last_days: &LastDays) -> Agreement {
        let mut agreement = self.clone();
        for window in &mut agreement.windows {
            let Some(date) = last_days.get(&self.id, &window.kind) else {
                continue;
            };
            if let Some(LastDay::On(published)) = window.last_day {
                window.published_last_day = Some(published);
                window.last_day = Some(LastDay::On(date));
            }
        }
        agreement
    }

    /// Every window with its last day and state on `today`, in the data's order. For a doctor, the
    /// windows for newly recognised doctors appear only when they apply to them; without a doctor
    /// they appear without a last day (it depends on the recognition date).
    pub fn windows_on(&self, today: NaiveDate, doctor: Option<&Doctor>) -> Vec<WindowOnDay<'_>> {
        self.windows
            .iter()
            .filter_map(|window| {
                let last_day = self.last_day_of(window, doctor);
                let per_doctor = matches!(window.last_day, Some(LastDay::DaysAfterRecognition(_)));
                if per_doctor && doctor.is_some() && last_day.is_none() {
                    return None;
                }
                let state = if per_doctor && last_day.is_none() {
                    // Open to whoever is recognised while the agreement runs.
                    self.state_on(window, None, today)
                } else {
                    self.state_on(window, last_day, today)
                };
                Some(WindowOnDay {
                    window,
                    last_day,
                    state,
                    days_left: last_day.map(|d| days_left(d, today)),
                })
            })
            .collect()
    }

    /// The calendar year a declaration in this window is for, when it is one year (the second
    /// year's window takes effect on 1 January of that year).
    pub(crate) fn year_covered(&self, window: &Window) -> Option<i32> {
        match window.effective {
            Effective::On(date) => Some(chrono::Datelike::year(&date)),
            _ => None,
        }
    }

    /// The year the statut social can first count for when adherence registered on `registered_on`
    /// in this window needs a whole calendar year (`join`): the next year, never the current one;
    /// `None` when the next year is past this agreement's period. For another window, the year it
    /// is for.
    pub fn statut_social_year(&self, window: &Window, registered_on: NaiveDate) -> Option<i32> {
        use chrono::Datelike;
        if !window.statut_social_next_year {
            return Some(self.year_covered(window).unwrap_or(registered_on.year()));
        }
        let next = registered_on.year() + 1;
        (next <= self.period.end.year()).then_some(next)
    }

    /// Whether every date and number of this agreement is confirmed by a source.
    pub(crate) fn fully_confirmed(&self) -> bool {
        self.published_on.confirmed
            && self.windows.iter().all(|w| w.confirmed)
            && self.formalities.confirmed
            && self.partial.general_practitioner.confirmed
            && self.partial.specialist.confirmed
            && self.statut_social.full.confirmed
            && self.statut_social.partial.confirmed
    }
}

/// Later last days the user entered for windows (INAMI has extended deadlines before), per
/// agreement and window kind. Kept in the settings.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct LastDays(std::collections::BTreeMap<String, std::collections::BTreeMap<String, NaiveDate>>);

impl LastDays {
    pub fn get(&self, agreement: &str, window: &str) -> Option<NaiveDate> {
        self.0.get(agreement)?.get(window).copied()
    }

    /// Sets (or, with `None`, removes) the user's last day for a window.
    pub fn set(&mut self, agreement: &str, window: &str, date: Option<NaiveDate>) {
        match date {
            Some(date) => {
                self.0
                    .entry(agreement.to_owned())
                    .or_default()
                    .insert(window.to_owned(), date);
            }
            None => {
                if let Some(windows) = self.0.get_mut(agreement) {
                    windows.remove(window);
                    if windows.is_empty() {
                        self.0.remove(agreement);
                    }
                }
            }
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Why a last day the user typed is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LastDayError {
    /// The window has no fixed last day to replace.
    #[error("this window has no fixed last day to replace")]
    NoFixedLastDay,
    /// INAMI extends deadlines; an earlier day than the published one is a typing mistake.
    #[error("the last day cannot be before the published one ({0})")]
    BeforePublished(NaiveDate),
}

/// Checks a last day the user wants to set for a window against its published one.
pub fn check_user_last_day(window: &Window, date: NaiveDate) -> Result<(), LastDayError> {
    let published = match (window.published_last_day, window.last_day) {
        (Some(published), _) | (None, Some(LastDay::On(published))) => published,
        _ => return Err(LastDayError::NoFixedLastDay),
    };
    if date < published {
        Err(LastDayError::BeforePublished(published))
    } else {
        Ok(())
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

/// The JSON Schema every agreement file follows, published beside the declaration schema.
pub const SCHEMA: &str = include_str!("../../assets/agreement.schema.json");

/// Parses one agreement file (used for the embedded files and by their tests).
pub fn parse(text: &str) -> Result<Agreement, serde_json::Error> {
    serde_json::from_str(text)
}

/// The embedded agreements, parsed once: they are part of the program, like the text they come from.
static EMBEDDED: std::sync::LazyLock<Agreements> = std::sync::LazyLock::new(|| {
    Agreements::from_list(SOURCES.iter().filter_map(|(_, text)| parse(text).ok()).collect())
});

/// Every agreement the app knows, oldest publication first: the embedded ones, and those the user
/// added (which replace an embedded one of the same id). A value, owned by whoever reads agreements
/// (the window, the command line, a test) and handed down to the reader, the rules and the screens:
/// adding an agreement makes a new value, it never changes one someone else holds.
///
/// An embedded file that does not parse is left out (the test `every_embedded_agreement_parses`
/// keeps that from ever shipping).
#[derive(Clone, Debug)]
pub struct Agreements(std::sync::Arc<[Agreement]>);

impl Agreements {
    /// The agreements built into this version of the program (`.clone()` it for a value of one's
    /// own: that shares the list).
    pub fn embedded() -> &'static Agreements {
        &EMBEDDED
    }

    /// The embedded agreements with the user's added ones on top.
    pub(crate) fn with_added(added: Vec<Agreement>) -> Agreements {
        if added.is_empty() {
            return Agreements::embedded().clone();
        }
        Agreements::from_list(merge(EMBEDDED.0.to_vec(), added))
    }

    fn from_list(mut list: Vec<Agreement>) -> Agreements {
        list.sort_by_key(|a| a.published_on.date);
        Agreements(list.into())
    }

    /// The same agreements with the last days the user set (announced extensions) in place of the
    /// published ones.
    pub fn with_last_days(&self, last_days: &LastDays) -> Agreements {
        if last_days.is_empty() {
            return self.clone();
        }
        Agreements(self.0.iter().map(|a| a.with_last_days(last_days)).collect())
    }

    /// Oldest publication first.
    pub fn iter(&self) -> std::slice::Iter<'_, Agreement> {
        self.0.iter()
    }

    /// The agreement with this id.
    pub fn find(&self, id: &str) -> Option<&Agreement> {
        self.0.iter().find(|agreement| agreement.id == id)
    }

    /// The agreement with this id, or the latest when the app knows none by that id.
    pub fn find_or_latest(&self, id: &str) -> &Agreement {
        self.find(id).unwrap_or_else(|| self.latest())
    }

    /// The latest agreement: the default for new declarations.
    pub fn latest(&self) -> &Agreement {
        self.0
            .iter()
            .max_by_key(|agreement| agreement.published_on.date)
            .unwrap_or_else(|| panic!("no embedded agreement parses; the test suite guards against this"))
    }

    /// The agreement in force on a day: the latest one published by then (else the oldest known).
    pub fn in_force_on(&self, today: NaiveDate) -> &Agreement {
        self.0
            .iter()
            .filter(|a| a.published_on.date <= today)
            .max_by_key(|a| a.published_on.date)
            .unwrap_or_else(|| self.latest())
    }

    /// The ids, comma-separated, for messages that say which agreements are known.
    pub fn ids(&self) -> String {
        self.0.iter().map(|a| a.id.as_str()).collect::<Vec<_>>().join(", ")
    }

    /// Every window kind a declaration may name in one of these agreements (`initial` always).
    pub fn window_kinds(&self) -> Vec<&str> {
        let mut kinds: Vec<&str> = vec![INITIAL];
        for window in self.0.iter().flat_map(|a| &a.windows) {
            if !kinds.contains(&window.declared_kind()) {
                kinds.push(window.declared_kind());
            }
        }
        kinds
    }
}

/// The embedded agreements with the user's added on top, oldest publication first.
fn merge(mut agreements: Vec<Agreement>, added: Vec<Agreement>) -> Vec<Agreement> {
    for mut agreement in added {
        agreement.added_by_user = true;
        agreements.retain(|a| a.id != agreement.id);
        agreements.push(agreement);
    }
    agreements.sort_by_key(|a| a.published_on.date);
    agreements
}

/// The window that matters on a day (FORMAT.md, `deadline --json` `current`): among the windows
/// that have a last day, the open one with the nearest last day, else the most recently closed one.
/// Windows without a last day (`join`, `amendment`) are never current.
pub fn current_window<'a>(windows: &[WindowOnDay<'a>]) -> Option<WindowOnDay<'a>> {
    let dated = || windows.iter().filter(|w| w.last_day.is_some());
    dated()
        .filter(|w| w.state == WindowState::Open)
        .min_by_key(|w| w.last_day)
        .or_else(|| {
            dated()
                .filter(|w| w.state == WindowState::Closed)
                .max_by_key(|w| w.last_day)
        })
        .copied()
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
    fn an_added_agreement_belongs_to_the_value_it_was_added_to_only() {
        let mut added = Agreements::embedded().latest().clone();
        added.id = "2028-2029".into();
        added.published_on.date = date("2028-02-10");
        let with_added = Agreements::with_added(vec![added]);
        assert_eq!(with_added.latest().id, "2028-2029");
        assert!(with_added.latest().added_by_user);
        // Nothing global changed: the embedded agreements, and any other value, do not know it.
        assert!(Agreements::embedded().find("2028-2029").is_none());
        assert_eq!(Agreements::embedded().latest().id, "2026-2027");
        let declaration = crate::core::format::write_declaration(&crate::core::model::Declaration {
            agreement: "2028-2029".into(),
            ..crate::core::format::read_declaration(
                include_str!("../../assets/examples/gp-partial-valid.json"),
                Agreements::embedded(),
            )
            .unwrap()
        });
        assert!(crate::core::format::read_declaration(&declaration, &with_added).is_ok());
        let refused = crate::core::format::read_declaration(&declaration, Agreements::embedded()).unwrap_err();
        assert_eq!(refused.message.id, "read-unknown-agreement");
    }

    #[test]
    fn every_embedded_agreement_parses() {
        for (id, text) in SOURCES {
            let agreement = parse(text).unwrap_or_else(|e| panic!("{id}: {e}"));
            assert_eq!(agreement.id, id);
        }
        assert!(SOURCES.iter().all(|(id, _)| Agreements::embedded().find(id).is_some()));
    }

    #[test]
    fn every_initial_deadline_is_publication_plus_thirty_days() {
        for agreement in Agreements::embedded().iter() {
            assert_eq!(
                agreement.initial_deadline().date,
                agreement.published_on.date + Days::new(30),
                "{}",
                agreement.id
            );
            assert_eq!(agreement.windows[0].kind, INITIAL, "{}", agreement.id);
        }
    }

    #[test]
    fn the_latest_agreement_is_2026_2027() {
        assert_eq!(Agreements::embedded().latest().id, "2026-2027");
        assert_eq!(Agreements::embedded().in_force_on(date("2026-11-23")).id, "2026-2027");
        assert_eq!(Agreements::embedded().in_force_on(date("2025-06-01")).id, "2024-2025");
    }

    #[test]
    fn the_2021_numbers_are_those_of_the_published_text() {
        let a = Agreements::embedded().find("2021").unwrap();
        assert_eq!(a.published_on.date, date("2021-01-25"));
        assert_eq!(a.initial_deadline().date, date("2021-02-24"));
        let gp = a.partial_rules(Role::GeneralPractitioner);
        assert_eq!((gp.free_limit.max, gp.free_limit.unit), (3, LimitUnit::Blocks));
        assert_eq!((gp.agreement_share.numerator, gp.agreement_share.denominator), (3, 4));
        let sp = a.partial_rules(Role::Specialist);
        assert_eq!(sp.free_limit.max, 4);
        assert_eq!((sp.agreement_share.numerator, sp.agreement_share.denominator), (1, 2));
        assert_eq!(
            sp.site_access.as_ref().and_then(|s| s.clause.as_deref()),
            Some("9.3.2.2.3")
        );
        assert_eq!(a.statut_social.full.cents, Some(508_858));
        assert_eq!(a.statut_social.partial.cents, Some(240_040));
        assert!(a.fully_confirmed());
    }

    #[test]
    fn no_later_agreement_borrows_the_2021_clause_numbers() {
        for agreement in Agreements::embedded().iter().filter(|a| a.id != "2021") {
            for rules in [&agreement.partial.general_practitioner, &agreement.partial.specialist] {
                for clause in [
                    &rules.free_settings.clause,
                    &rules.free_limit.clause,
                    &rules.agreement_share.clause,
                ] {
                    assert!(
                        clause.as_deref().is_none_or(|c| !c.starts_with("9.")),
                        "{}: {clause:?}",
                        agreement.id
                    );
                }
            }
            assert_eq!(agreement.formalities.tacit_adherence, None, "{}", agreement.id);
        }
    }

    fn doctor(recognised_on: Option<&str>) -> Doctor {
        Doctor {
            name: "Dr Test".into(),
            inami: String::new(),
            role: None,
            recognised_on: recognised_on.map(date),
            current_choice: None,
            extra: Default::default(),
        }
    }

    /// The last day this doctor can register a refusal or partial adherence in the initial window:
    /// the agreement's deadline, or their own after recognition when that is later.
    fn deadline_for(agreement: &Agreement, doctor: &Doctor) -> NaiveDate {
        agreement
            .declaration_window(INITIAL, doctor)
            .and_then(|w| w.last_day)
            .unwrap_or(agreement.initial_deadline().date)
    }

    #[test]
    fn a_recently_recognised_doctor_gets_their_own_window_from_2024() {
        let recognised = doctor(Some("2024-05-02"));
        assert_eq!(
            deadline_for(Agreements::embedded().find("2024-2025").unwrap(), &recognised),
            date("2024-06-01")
        );
        // 2021 has no such window.
        assert_eq!(
            deadline_for(Agreements::embedded().find("2021").unwrap(), &recognised),
            date("2021-02-24")
        );
        // Recognised before publication: the agreement's own deadline.
        let earlier = doctor(Some("2023-01-01"));
        assert_eq!(
            deadline_for(Agreements::embedded().find("2024-2025").unwrap(), &earlier),
            date("2024-03-06")
        );
        let window = Agreements::embedded()
            .find("2024-2025")
            .unwrap()
            .declaration_window(INITIAL, &recognised)
            .unwrap();
        assert_eq!(window.window.kind, "recognition");
    }

    #[test]
    fn the_second_year_windows_end_on_the_fourteenth_of_december() {
        let nobody = doctor(None);
        for (id, last_day, effective, confirmed) in [
            ("2022-2023", "2022-12-14", "2023-01-01", false),
            ("2024-2025", "2024-12-14", "2025-01-01", true),
            ("2026-2027", "2026-12-14", "2027-01-01", false),
        ] {
            let a = Agreements::embedded().find(id).unwrap();
            let w = a.declaration_window("second-year", &nobody).unwrap();
            assert_eq!(w.last_day, Some(date(last_day)), "{id}");
            assert_eq!(w.window.confirmed, confirmed, "{id}");
            assert_eq!(
                a.effective_on(w.window, date("2026-11-23")),
                Some(date(effective)),
                "{id}"
            );
            let last = date(last_day);
            assert_eq!(a.state_on(w.window, w.last_day, last), WindowState::Open, "{id}");
            assert_eq!(
                a.state_on(w.window, w.last_day, last.succ_opt().unwrap()),
                WindowState::Closed
            );
        }
        for id in ["2018-2019", "2020", "2021"] {
            assert!(!Agreements::embedded().find(id).unwrap().offers("second-year"), "{id}");
        }
    }

    #[test]
    fn every_agreement_lets_a_partially_adherent_doctor_amend() {
        for a in Agreements::embedded().iter() {
            let amendment = a.window("amendment").unwrap_or_else(|| panic!("{}", a.id));
            assert_eq!(amendment.last_day, None);
            assert_eq!(amendment.allows, vec![Choice::Partial]);
        }
        let a2021 = Agreements::embedded().find("2021").unwrap();
        let amendment = a2021.window("amendment").unwrap();
        assert_eq!(
            a2021.effective_on(amendment, date("2021-06-01")),
            Some(date("2021-06-01"))
        );
    }

    #[test]
    fn a_user_set_last_day_replaces_the_published_one_and_remembers_it() {
        let mut last_days = LastDays::default();
        last_days.set("2026-2027", "second-year", Some(date("2026-12-31")));
        let a = Agreements::embedded()
            .find("2026-2027")
            .unwrap()
            .with_last_days(&last_days);
        let w = a.window("second-year").unwrap();
        assert_eq!(w.last_day, Some(LastDay::On(date("2026-12-31"))));
        assert_eq!(w.published_last_day, Some(date("2026-12-14")));
        assert!(w.last_day_set_by_user());
        assert_eq!(
            check_user_last_day(w, date("2026-12-01")),
            Err(LastDayError::BeforePublished(date("2026-12-14")))
        );
        last_days.set("2026-2027", "second-year", None);
        assert!(last_days.is_empty());
    }

    #[test]
    fn a_window_is_not_yet_open_before_publication() {
        let a = Agreements::embedded().find("2026-2027").unwrap();
        let initial = a.window(INITIAL).unwrap();
        let last = Some(date("2026-03-12"));
        assert_eq!(a.state_on(initial, last, date("2026-02-09")), WindowState::NotYetOpen);
        assert_eq!(a.state_on(initial, last, date("2026-02-10")), WindowState::Open);
        assert_eq!(a.state_on(initial, last, date("2026-03-12")), WindowState::Open);
        assert_eq!(a.state_on(initial, last, date("2026-03-13")), WindowState::Closed);
    }

    #[test]
    fn days_left_is_negative_once_past() {
        assert_eq!(days_left(date("2021-02-24"), date("2021-02-24")), 0);
        assert_eq!(days_left(date("2021-02-24"), date("2021-02-25")), -1);
        assert_eq!(days_left(date("2021-02-24"), date("2021-02-14")), 10);
    }
}
