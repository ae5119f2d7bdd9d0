//! The declaration as the doctor states it: who they are, what they choose, where and when they work.
//!
//! These are plain data types with no GUI dependency; the file format (`format.rs`) reads and writes
//! them and the rules engine (`rules.rs`) judges them.

use super::inami::InamiNumber;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};
use std::fmt;

/// A day of the week, Monday first as Belgian calendars show it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    pub const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];

    /// 0 for Monday … 6 for Sunday.
    pub fn index(self) -> usize {
        self as usize
    }

    pub fn from_index(index: usize) -> Option<Weekday> {
        Self::ALL.get(index).copied()
    }

    /// The identifier used in files and message ids (`monday`).
    pub fn key(self) -> &'static str {
        match self {
            Weekday::Monday => "monday",
            Weekday::Tuesday => "tuesday",
            Weekday::Wednesday => "wednesday",
            Weekday::Thursday => "thursday",
            Weekday::Friday => "friday",
            Weekday::Saturday => "saturday",
            Weekday::Sunday => "sunday",
        }
    }

    pub(crate) fn from_chrono(day: chrono::Weekday) -> Weekday {
        Self::ALL[day.num_days_from_monday() as usize]
    }
}

/// A time of day in whole minutes since midnight; `24:00` (1440) is allowed as the end of a slot.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct TimeOfDay(u16);

/// Minutes in a day: the value of `24:00`.
pub const END_OF_DAY: u16 = 24 * 60;

/// Why a text is not a time of day.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum TimeError {
    /// Not of the expected shape (`HH:MM`; the lenient parser also takes `8:30`, `08h30`, `0830`).
    #[error("not a time of day (HH:MM)")]
    Shape,
    /// Hours above 24 or minutes above 59, or `24:MM` with MM not zero.
    #[error("not a time of day: hours go to 24 and minutes to 59")]
    OutOfRange,
}

impl TimeOfDay {
    pub(crate) const MIDNIGHT: TimeOfDay = TimeOfDay(0);
    pub const END_OF_DAY: TimeOfDay = TimeOfDay(END_OF_DAY);

    /// A time from hours and minutes; `None` past `24:00`.
    pub fn from_hm(hours: u16, minutes: u16) -> Option<TimeOfDay> {
        let total = hours.checked_mul(60)?.checked_add(minutes)?;
        (minutes < 60 && total <= END_OF_DAY).then_some(TimeOfDay(total))
    }

    pub fn from_minutes(minutes: u16) -> Option<TimeOfDay> {
        (minutes <= END_OF_DAY).then_some(TimeOfDay(minutes))
    }

    pub fn minutes(self) -> u16 {
        self.0
    }

    pub(crate) fn hours_part(self) -> u16 {
        self.0 / 60
    }

    pub(crate) fn minutes_part(self) -> u16 {
        self.0 % 60
    }

    /// The strict file form `HH:MM` (FORMAT.md), `24:00` included.
    pub fn parse_strict(text: &str) -> Result<TimeOfDay, TimeError> {
        let bytes = text.as_bytes();
        if bytes.len() != 5 || bytes[2] != b':' {
            return Err(TimeError::Shape);
        }
        let (h, m) = (&text[0..2], &text[3..5]);
        if !h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit()) {
            return Err(TimeError::Shape);
        }
        let (h, m): (u16, u16) = (
            h.parse().map_err(|_| TimeError::Shape)?,
            m.parse().map_err(|_| TimeError::Shape)?,
        );
        TimeOfDay::from_hm(h, m).ok_or(TimeError::OutOfRange)
    }

    /// What people type in a time field: `8:30`, `08:30`, `8h30`, `08h30`, `8h`, `0830`, `830`, `8`,
    /// `8.30`, and `24:00`. Surrounding spaces are ignored.
    pub fn parse_lenient(text: &str) -> Result<TimeOfDay, TimeError> {
        let text = text.trim().to_lowercase();
        if text.is_empty() {
            return Err(TimeError::Shape);
        }
        let separators = [':', 'h', '.', 'u'];
        let (h, m) = match text.find(|c| separators.contains(&c)) {
            Some(pos) => {
                let sep_len = text[pos..].chars().next().map_or(1, char::len_utf8);
                (&text[..pos], &text[pos + sep_len..])
            }
            // Not a character boundary (`1€`): not digits either.
            None if text.len() > 2 => text.split_at_checked(text.len() - 2).ok_or(TimeError::Shape)?,
            None => (text.as_str(), ""),
        };
        let digits = |s: &str| !s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit());
        if !digits(h) || !(m.is_empty() || (digits(m) && m.len() == 2)) {
            return Err(TimeError::Shape);
        }
        let hours: u16 = h.parse().map_err(|_| TimeError::Shape)?;
        let minutes: u16 = if m.is_empty() {
            0
        } else {
            m.parse().map_err(|_| TimeError::Shape)?
        };
        TimeOfDay::from_hm(hours, minutes).ok_or(TimeError::OutOfRange)
    }
}

impl fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hours_part(), self.minutes_part())
    }
}

impl Serialize for TimeOfDay {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for TimeOfDay {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        TimeOfDay::parse_strict(&text)
            .map_err(|_| serde::de::Error::invalid_value(serde::de::Unexpected::Str(&text), &super::read_error::TIME))
    }
}

/// A slot's start: like any time, but `24:00` cannot start anything.
fn start_time<'de, D: Deserializer<'de>>(deserializer: D) -> Result<TimeOfDay, D::Error> {
    let time = TimeOfDay::deserialize(deserializer)?;
    if time == TimeOfDay::END_OF_DAY {
        return Err(serde::de::Error::invalid_value(
            serde::de::Unexpected::Str(&time.to_string()),
            &super::read_error::START,
        ));
    }
    Ok(time)
}

/// A date as the files write it (`YYYY-MM-DD`); anything else is refused as not being one, so
/// the reader can say so (`#[serde(deserialize_with = "…")]` on the files' dates).
pub(crate) fn file_date<'de, D: Deserializer<'de>>(deserializer: D) -> Result<chrono::NaiveDate, D::Error> {
    let text = String::deserialize(deserializer)?;
    text.parse()
        .map_err(|_| serde::de::Error::invalid_value(serde::de::Unexpected::Str(&text), &super::read_error::DATE))
}

/// [`file_date`] for an optional date (`null` or absent is `None`).
pub(crate) fn optional_file_date<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<chrono::NaiveDate>, D::Error> {
    #[derive(Deserialize)]
    struct FileDate(#[serde(deserialize_with = "file_date")] chrono::NaiveDate);
    Ok(Option::<FileDate>::deserialize(deserializer)?.map(|date| date.0))
}

/// Which fees a slot applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rates {
    /// Agreement rates (tarifs de l'accord / akkoordtarieven).
    Agreement,
    /// Free fees (honoraires libres / vrije honoraria).
    Free,
}

impl Rates {
    pub fn key(self) -> &'static str {
        match self {
            Rates::Agreement => "agreement",
            Rates::Free => "free",
        }
    }
}

/// Where and for whom the care in a slot is given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Setting {
    /// Consultations and appointments at the practice (ambulatory).
    Office,
    /// Home visits (ambulatory).
    HomeVisit,
    /// Hospitalised patients.
    Hospital,
    /// Day hospital / forfaits.
    DayHospital,
}

impl Setting {
    pub const ALL: [Setting; 4] = [
        Setting::Office,
        Setting::HomeVisit,
        Setting::Hospital,
        Setting::DayHospital,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Setting::Office => "office",
            Setting::HomeVisit => "home_visit",
            Setting::Hospital => "hospital",
            Setting::DayHospital => "day_hospital",
        }
    }

    /// Ambulatory care: patients neither hospitalised nor in day hospital.
    pub(crate) fn is_ambulatory(self) -> bool {
        matches!(self, Setting::Office | Setting::HomeVisit)
    }
}

/// The doctor's professional role, which decides which partial-adherence rules apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    GeneralPractitioner,
    Specialist,
}

impl Role {
    pub fn key(self) -> &'static str {
        match self {
            Role::GeneralPractitioner => "general_practitioner",
            Role::Specialist => "specialist",
        }
    }

    /// The role a number's competence code implies, where the code is known (only general
    /// practice codes are: for the others the doctor states the role).
    pub(crate) fn implied_by(number: &InamiNumber) -> Option<Role> {
        number.is_general_practice().then_some(Role::GeneralPractitioner)
    }

    /// The role implied by a typed number, when the number is valid and its code known.
    pub fn implied_by_text(inami: &str) -> Option<Role> {
        Role::implied_by(&InamiNumber::parse(inami).ok()?)
    }
}

/// The window kind every agreement has and a declaration without `window` is made in
/// (FORMAT.md); the agreement names its other windows.
pub const INITIAL_WINDOW: &str = "initial";

/// The doctor's answer to the agreement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Choice {
    /// Full adherence (entièrement conventionné / volledig geconventioneerd); also what doing nothing means.
    Full,
    /// Partial adherence with stated time and place conditions.
    Partial,
    /// Refusal to adhere.
    Refusal,
}

impl Choice {
    pub const ALL: [Choice; 3] = [Choice::Full, Choice::Partial, Choice::Refusal];

    pub fn key(self) -> &'static str {
        match self {
            Choice::Full => "full",
            Choice::Partial => "partial",
            Choice::Refusal => "refusal",
        }
    }

    /// Whether declaring this choice must be registered in ProSanté / ProGezondheid by a doctor whose
    /// adherence today is `current` (RULES.md, "What must be registered"): everything except full
    /// adherence by a doctor who already adheres fully (doing nothing is full adherence).
    pub fn must_be_registered(self, current: Choice) -> bool {
        !(self == Choice::Full && current == Choice::Full)
    }
}

/// Keys a later version of the app may add inside doctor, sites and slots; kept so a round trip
/// through this version loses nothing.
pub type Extra = Map<String, Value>;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Doctor {
    pub name: String,
    /// As typed, separators included; validity is the rule `doctor-inami-invalid`.
    pub inami: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<Role>,
    /// Date of recognition, when after the agreement's publication: opens the doctor's own window.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recognised_on: Option<chrono::NaiveDate>,
    /// The doctor's adherence in force on the day the declaration is prepared (`full` when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_choice: Option<Choice>,
    #[serde(flatten)]
    pub extra: Extra,
}

impl Doctor {
    /// The doctor's adherence today: `full` unless the file says otherwise (most doctors adhere).
    pub fn current_choice(&self) -> Choice {
        self.current_choice.unwrap_or(Choice::Full)
    }
}

/// A place where the doctor practises.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Site {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub address: String,
    #[serde(flatten)]
    pub extra: Extra,
}

/// One weekly recurring period of work.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Slot {
    pub site: String,
    pub day: Weekday,
    #[serde(deserialize_with = "start_time")]
    pub start: TimeOfDay,
    pub end: TimeOfDay,
    pub rates: Rates,
    pub setting: Setting,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

impl Slot {
    /// Length in minutes; zero when the end is not after the start (a `slot-time-order` error).
    pub fn minutes(&self) -> u32 {
        u32::from(self.end.minutes().saturating_sub(self.start.minutes()))
    }

    pub(crate) fn is_ambulatory(&self) -> bool {
        self.setting.is_ambulatory()
    }

    /// An agreement-rate office slot at site `a`, for the crate's unit tests.
    #[cfg(test)]
    pub(crate) fn office(day: Weekday, start: (u16, u16), end: (u16, u16)) -> Slot {
        Slot {
            site: "a".into(),
            day,
            start: TimeOfDay::from_hm(start.0, start.1).unwrap_or_default(),
            end: TimeOfDay::from_hm(end.0, end.1).unwrap_or_default(),
            rates: Rates::Agreement,
            setting: Setting::Office,
            note: None,
            extra: Default::default(),
        }
    }
}

/// A whole declaration, as in FORMAT.md version 1 (the `format`/`version` header is the file's, not
/// the model's).
#[derive(Clone, Debug, PartialEq)]
pub struct Declaration {
    pub agreement: String,
    pub prepared_on: Option<chrono::NaiveDate>,
    /// The declaration window it is made in (`initial` when `None`, as in a file without `window`).
    pub window: Option<String>,
    pub doctor: Doctor,
    pub choice: Choice,
    pub sites: Vec<Site>,
    pub slots: Vec<Slot>,
}

impl Declaration {
    /// The role stated in the file or, failing that, the one the INAMI competence code implies.
    pub fn role(&self) -> Option<Role> {
        self.doctor.role.or_else(|| Role::implied_by_text(&self.doctor.inami))
    }

    pub fn site(&self, id: &str) -> Option<&Site> {
        self.sites.iter().find(|site| site.id == id)
    }

    /// Whether this declaration must be registered at all (RULES.md, "What must be registered").
    pub fn must_be_registered(&self) -> bool {
        self.choice.must_be_registered(self.doctor.current_choice())
    }

    /// Whether the role is needed: only partial adherence has role-specific rules.
    pub(crate) fn needs_role(&self) -> bool {
        self.choice == Choice::Partial
    }

    /// The declaration window's kind: `initial` unless the file names another.
    pub fn window_kind(&self) -> &str {
        self.window.as_deref().unwrap_or(INITIAL_WINDOW)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn general_practice_codes_give_the_gp_role_and_others_none() {
        assert_eq!(Role::implied_by_text("1-23456-25-003"), Some(Role::GeneralPractitioner));
        assert_eq!(Role::implied_by_text("1-23456-25-009"), Some(Role::GeneralPractitioner));
        assert_eq!(Role::implied_by_text("1-23456-25-580"), None);
        assert_eq!(Role::implied_by_text("not a number"), None);
    }

    fn t(h: u16, m: u16) -> TimeOfDay {
        TimeOfDay::from_hm(h, m).unwrap()
    }

    #[test]
    fn strict_times_accept_only_hh_mm() {
        assert_eq!(TimeOfDay::parse_strict("08:30"), Ok(t(8, 30)));
        assert_eq!(TimeOfDay::parse_strict("24:00"), Ok(TimeOfDay::END_OF_DAY));
        assert_eq!(TimeOfDay::parse_strict("24:01"), Err(TimeError::OutOfRange));
        assert_eq!(TimeOfDay::parse_strict("12:60"), Err(TimeError::OutOfRange));
        assert_eq!(TimeOfDay::parse_strict("8:30"), Err(TimeError::Shape));
        assert_eq!(TimeOfDay::parse_strict("08h30"), Err(TimeError::Shape));
    }

    #[test]
    fn lenient_times_accept_what_belgians_type() {
        for text in ["8:30", "08:30", "8h30", "08h30", "0830", "830", "8.30", " 8u30 "] {
            assert_eq!(TimeOfDay::parse_lenient(text), Ok(t(8, 30)), "{text}");
        }
        assert_eq!(TimeOfDay::parse_lenient("8h"), Ok(t(8, 0)));
        assert_eq!(TimeOfDay::parse_lenient("17"), Ok(t(17, 0)));
        assert_eq!(TimeOfDay::parse_lenient("24:00"), Ok(TimeOfDay::END_OF_DAY));
        assert_eq!(TimeOfDay::parse_lenient("25:00"), Err(TimeError::OutOfRange));
        assert_eq!(TimeOfDay::parse_lenient("8h3"), Err(TimeError::Shape));
        assert_eq!(TimeOfDay::parse_lenient("huit"), Err(TimeError::Shape));
        assert_eq!(TimeOfDay::parse_lenient(""), Err(TimeError::Shape));
    }

    #[test]
    fn times_print_as_hh_mm() {
        assert_eq!(t(8, 5).to_string(), "08:05");
        assert_eq!(TimeOfDay::END_OF_DAY.to_string(), "24:00");
    }
}
