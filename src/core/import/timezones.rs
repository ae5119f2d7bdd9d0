//! Which time zone a calendar's `TZID` means, and local times converted to UTC.
//!
//! Calendar tools name zones in three ways: IANA names (`Europe/Brussels`: Google, Apple,
//! Thunderbird, most booking tools), Windows names (`Romance Standard Time`: Outlook, Exchange),
//! or a name of their own defined by a `VTIMEZONE` block in the file (older Outlook, Lotus Notes:
//! `(UTC+01:00) Brussels, Copenhagen, Madrid, Paris`). Known names use the IANA database
//! (`chrono-tz`), which knows every past rule; other names use the file's own definition.

use chrono::{DateTime, Duration, NaiveDateTime, Offset, TimeZone, Utc};
use chrono_tz::Tz;
use icalendar::parser::Component;
use std::str::FromStr;

/// Belgian practices' zone, and the meaning of a floating time when the file names none.
pub(crate) const BRUSSELS: Tz = chrono_tz::Europe::Brussels;

/// A time zone a calendar file refers to.
#[derive(Clone, Debug)]
pub(crate) enum Zone {
    /// A zone of the IANA database (Windows names are mapped to one).
    Named(Tz),
    /// A `VTIMEZONE` block's own rules, for a name the database does not know.
    Defined(Definition),
}

impl Zone {
    /// The UTC instant of a wall-clock time in this zone. A time skipped by a clock change (02:30
    /// on the last Sunday of March) is read as the same time before the change, as calendars do;
    /// a repeated time is its first occurrence.
    pub(crate) fn to_utc(&self, local: NaiveDateTime) -> Option<DateTime<Utc>> {
        match self {
            Zone::Named(tz) => named_to_utc(tz, local),
            Zone::Defined(definition) => {
                let offset = definition.offset_at(local)?;
                Some(Utc.from_utc_datetime(&(local - Duration::seconds(i64::from(offset)))))
            }
        }
    }
}

fn named_to_utc(tz: &Tz, local: NaiveDateTime) -> Option<DateTime<Utc>> {
    if let Some(time) = tz.from_local_datetime(&local).earliest() {
        return Some(time.with_timezone(&Utc));
    }
    // In the gap of a spring-forward change: use the offset in force just before it.
    let before = tz.from_local_datetime(&(local - Duration::hours(3))).earliest()?;
    let offset = before.offset().fix().local_minus_utc();
    Some(Utc.from_utc_datetime(&(local - Duration::seconds(i64::from(offset)))))
}

/// Resolves a `TZID` parameter: an IANA name (also behind a prefix such as Thunderbird's old
/// `/mozilla.org/20050126_1/Europe/Brussels`), a Windows name (also numbered, as Outlook writes
/// `W. Europe Standard Time 1` for a second definition), else the file's `VTIMEZONE` of that id.
pub fn resolve(tzid: &str, vtimezones: &[Component<'_>]) -> Option<Zone> {
    let tzid = tzid.trim().trim_matches('"').trim();
    if let Some(tz) = known(tzid) {
        return Some(Zone::Named(tz));
    }
    let block = vtimezones.iter().find(|block| {
        block
            .find_prop("TZID")
            .is_some_and(|id| id.val.as_str().trim().trim_matches('"').trim() == tzid)
    })?;
    if let Some(tz) = block.find_prop("X-LIC-LOCATION").and_then(|p| known(p.val.as_str())) {
        return Some(Zone::Named(tz));
    }
    Definition::read(block).map(Zone::Defined)
}

/// A zone named by its IANA or Windows name.
pub fn known(name: &str) -> Option<Tz> {
    let name = name.trim();
    if name.is_empty() {
        return None;
    }
    if let Ok(tz) = Tz::from_str(name) {
        return Some(tz);
    }
    // `/mozilla.org/…/Europe/Brussels`, `/softwarestudio.org/Olson_20011030_5/Europe/Brussels`.
    let parts: Vec<&str> = name.split('/').collect();
    for start in 1..parts.len() {
        if let Ok(tz) = Tz::from_str(&parts[start..].join("/")) {
            return Some(tz);
        }
    }
    windows(name).or_else(|| windows(name.trim_end_matches(|c: char| c.is_ascii_digit()).trim_end()))
}

fn windows(name: &str) -> Option<Tz> {
    super::timezones::WINDOWS_ZONES
        .iter()
        .find(|(windows, _)| windows.eq_ignore_ascii_case(name))
        .and_then(|(_, iana)| Tz::from_str(iana).ok())
}

/// The rules of a `VTIMEZONE` block: each `STANDARD` and `DAYLIGHT` observance's onsets (its
/// `DTSTART`, repeated by its yearly `RRULE`, and its `RDATE`s) and the offset it sets.
#[derive(Clone, Debug)]
pub(crate) struct Definition {
    observances: Vec<Observance>,
}

#[derive(Clone, Debug)]
struct Observance {
    start: NaiveDateTime,
    rule: Option<String>,
    dates: Vec<NaiveDateTime>,
    /// Seconds east of UTC from this observance's onsets on.
    offset_to: i32,
    offset_from: i32,
}

impl Definition {
    fn read(block: &Component<'_>) -> Option<Definition> {
        let observances: Vec<Observance> = block
            .components
            .iter()
            .filter(|c| c.name.as_str() == "STANDARD" || c.name.as_str() == "DAYLIGHT")
            .filter_map(Observance::read)
            .collect();
        (!observances.is_empty()).then_some(Definition { observances })
    }

    /// The offset in force at a local time: the one set by the latest onset at or before it.
    fn offset_at(&self, local: NaiveDateTime) -> Option<i32> {
        let latest = self
            .observances
            .iter()
            .filter_map(|o| o.last_onset_before(local).map(|onset| (onset, o.offset_to)))
            .max_by_key(|(onset, _)| *onset);
        match latest {
            Some((_, offset)) => Some(offset),
            // Before every onset: the offset the earliest observance changes from.
            None => self.observances.iter().min_by_key(|o| o.start).map(|o| o.offset_from),
        }
    }
}

impl Observance {
    fn read(component: &Component<'_>) -> Option<Observance> {
        let start = super::recurrence::parse_local(component.find_prop("DTSTART")?.val.as_str())?;
        let offset = |name: &str| component.find_prop(name).and_then(|p| parse_offset(p.val.as_str()));
        let offset_to = offset("TZOFFSETTO")?;
        let dates = component
            .properties
            .iter()
            .filter(|p| p.name.as_str() == "RDATE")
            .flat_map(|p| {
                p.val
                    .as_str()
                    .split(',')
                    .filter_map(super::recurrence::parse_local)
                    .collect::<Vec<_>>()
            })
            .collect();
        Some(Observance {
            start,
            rule: component.find_prop("RRULE").map(|p| p.val.as_str().to_owned()),
            dates,
            offset_to,
            offset_from: offset("TZOFFSETFROM").unwrap_or(offset_to),
        })
    }

    /// The latest onset of this observance at or before `local`, looking back at most two years
    /// (rules are yearly).
    fn last_onset_before(&self, local: NaiveDateTime) -> Option<NaiveDateTime> {
        let mut onsets: Vec<NaiveDateTime> = self.dates.clone();
        onsets.push(self.start);
        if let Some(rule) = &self.rule {
            let from = local - Duration::days(800);
            onsets.extend(super::recurrence::expand_naive(self.start, rule, from, local));
        }
        onsets.into_iter().filter(|onset| *onset <= local).max()
    }
}

/// `+0100`, `-0500`, `+053000` as seconds east of UTC.
fn parse_offset(text: &str) -> Option<i32> {
    let text = text.trim();
    let (sign, digits) = match text.as_bytes().first()? {
        b'+' => (1, &text[1..]),
        b'-' => (-1, &text[1..]),
        _ => return None,
    };
    if !(digits.len() == 4 || digits.len() == 6) || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let field = |range: std::ops::Range<usize>| digits.get(range).and_then(|d| d.parse::<i32>().ok());
    let seconds = if digits.len() == 6 { field(4..6)? } else { 0 };
    Some(sign * (field(0..2)? * 3600 + field(2..4)? * 60 + seconds))
}

/// Windows time-zone names (as Outlook and Exchange write them in `TZID`) and the IANA zone each
/// stands for: the "001" (default territory) rows of Unicode CLDR's `windowsZones.xml`.
pub(super) const WINDOWS_ZONES: [(&str, &str); 141] = [
    ("Dateline Standard Time", "Etc/GMT+12"),
    ("UTC-11", "Etc/GMT+11"),
    ("Aleutian Standard Time", "America/Adak"),
    ("Hawaiian Standard Time", "Pacific/Honolulu"),
    ("Marquesas Standard Time", "Pacific/Marquesas"),
    ("Alaskan Standard Time", "America/Anchorage"),
    ("UTC-09", "Etc/GMT+9"),
    ("Pacific Standard Time (Mexico)", "America/Tijuana"),
    ("UTC-08", "Etc/GMT+8"),
    ("Pacific Standard Time", "America/Los_Angeles"),
    ("US Mountain Standard Time", "America/Phoenix"),
    ("Mountain Standard Time (Mexico)", "America/Mazatlan"),
    ("Mountain Standard Time", "America/Denver"),
    ("Yukon Standard Time", "America/Whitehorse"),
    ("Central America Standard Time", "America/Guatemala"),
    ("Central Standard Time", "America/Chicago"),
    ("Easter Island Standard Time", "Pacific/Easter"),
    ("Central Standard Time (Mexico)", "America/Mexico_City"),
    ("Canada Central Standard Time", "America/Regina"),
    ("SA Pacific Standard Time", "America/Bogota"),
    ("Eastern Standard Time (Mexico)", "America/Cancun"),
    ("Eastern Standard Time", "America/New_York"),
    ("Haiti Standard Time", "America/Port-au-Prince"),
    ("Cuba Standard Time", "America/Havana"),
    ("US Eastern Standard Time", "America/Indiana/Indianapolis"),
    ("Turks And Caicos Standard Time", "America/Grand_Turk"),
    ("Paraguay Standard Time", "America/Asuncion"),
    ("Atlantic Standard Time", "America/Halifax"),
    ("Venezuela Standard Time", "America/Caracas"),
    ("Central Brazilian Standard Time", "America/Cuiaba"),
    ("SA Western Standard Time", "America/La_Paz"),
    ("Pacific SA Standard Time", "America/Santiago"),
    ("Newfoundland Standard Time", "America/St_Johns"),
    ("Tocantins Standard Time", "America/Araguaina"),
    ("E. South America Standard Time", "America/Sao_Paulo"),
    ("SA Eastern Standard Time", "America/Cayenne"),
    ("Argentina Standard Time", "America/Argentina/Buenos_Aires"),
    ("Greenland Standard Time", "America/Nuuk"),
    ("Montevideo Standard Time", "America/Montevideo"),
    ("Magallanes Standard Time", "America/Punta_Arenas"),
    ("Saint Pierre Standard Time", "America/Miquelon"),
    ("Bahia Standard Time", "America/Bahia"),
    ("UTC-02", "Etc/GMT+2"),
    ("Mid-Atlantic Standard Time", "Etc/GMT+2"),
    ("Azores Standard Time", "Atlantic/Azores"),
    ("Cape Verde Standard Time", "Atlantic/Cape_Verde"),
    ("UTC", "Etc/UTC"),
    ("Coordinated Universal Time", "Etc/UTC"),
    ("GMT Standard Time", "Europe/London"),
    ("Greenwich Standard Time", "Atlantic/Reykjavik"),
    ("Sao Tome Standard Time", "Africa/Sao_Tome"),
    ("Morocco Standard Time", "Africa/Casablanca"),
    ("W. Europe Standard Time", "Europe/Berlin"),
    ("Central Europe Standard Time", "Europe/Budapest"),
    ("Romance Standard Time", "Europe/Paris"),
    ("Central European Standard Time", "Europe/Warsaw"),
    ("W. Central Africa Standard Time", "Africa/Lagos"),
    ("Jordan Standard Time", "Asia/Amman"),
    ("GTB Standard Time", "Europe/Bucharest"),
    ("Middle East Standard Time", "Asia/Beirut"),
    ("Egypt Standard Time", "Africa/Cairo"),
    ("E. Europe Standard Time", "Europe/Chisinau"),
    ("Syria Standard Time", "Asia/Damascus"),
    ("West Bank Standard Time", "Asia/Hebron"),
    ("South Africa Standard Time", "Africa/Johannesburg"),
    ("FLE Standard Time", "Europe/Kyiv"),
    ("Israel Standard Time", "Asia/Jerusalem"),
    ("South Sudan Standard Time", "Africa/Juba"),
    ("Kaliningrad Standard Time", "Europe/Kaliningrad"),
    ("Sudan Standard Time", "Africa/Khartoum"),
    ("Libya Standard Time", "Africa/Tripoli"),
    ("Namibia Standard Time", "Africa/Windhoek"),
    ("Arabic Standard Time", "Asia/Baghdad"),
    ("Turkey Standard Time", "Europe/Istanbul"),
    ("Arab Standard Time", "Asia/Riyadh"),
    ("Belarus Standard Time", "Europe/Minsk"),
    ("Russian Standard Time", "Europe/Moscow"),
    ("E. Africa Standard Time", "Africa/Nairobi"),
    ("Volgograd Standard Time", "Europe/Volgograd"),
    ("Iran Standard Time", "Asia/Tehran"),
    ("Arabian Standard Time", "Asia/Dubai"),
    ("Astrakhan Standard Time", "Europe/Astrakhan"),
    ("Azerbaijan Standard Time", "Asia/Baku"),
    ("Russia Time Zone 3", "Europe/Samara"),
    ("Mauritius Standard Time", "Indian/Mauritius"),
    ("Saratov Standard Time", "Europe/Saratov"),
    ("Georgian Standard Time", "Asia/Tbilisi"),
    ("Caucasus Standard Time", "Asia/Yerevan"),
    ("Afghanistan Standard Time", "Asia/Kabul"),
    ("West Asia Standard Time", "Asia/Tashkent"),
    ("Ekaterinburg Standard Time", "Asia/Yekaterinburg"),
    ("Pakistan Standard Time", "Asia/Karachi"),
    ("Qyzylorda Standard Time", "Asia/Qyzylorda"),
    ("India Standard Time", "Asia/Kolkata"),
    ("Sri Lanka Standard Time", "Asia/Colombo"),
    ("Nepal Standard Time", "Asia/Kathmandu"),
    ("Central Asia Standard Time", "Asia/Almaty"),
    ("Bangladesh Standard Time", "Asia/Dhaka"),
    ("Omsk Standard Time", "Asia/Omsk"),
    ("Myanmar Standard Time", "Asia/Yangon"),
    ("SE Asia Standard Time", "Asia/Bangkok"),
    ("Altai Standard Time", "Asia/Barnaul"),
    ("W. Mongolia Standard Time", "Asia/Hovd"),
    ("North Asia Standard Time", "Asia/Krasnoyarsk"),
    ("N. Central Asia Standard Time", "Asia/Novosibirsk"),
    ("Tomsk Standard Time", "Asia/Tomsk"),
    ("China Standard Time", "Asia/Shanghai"),
    ("North Asia East Standard Time", "Asia/Irkutsk"),
    ("Singapore Standard Time", "Asia/Singapore"),
    ("W. Australia Standard Time", "Australia/Perth"),
    ("Taipei Standard Time", "Asia/Taipei"),
    ("Ulaanbaatar Standard Time", "Asia/Ulaanbaatar"),
    ("Aus Central W. Standard Time", "Australia/Eucla"),
    ("Transbaikal Standard Time", "Asia/Chita"),
    ("Tokyo Standard Time", "Asia/Tokyo"),
    ("North Korea Standard Time", "Asia/Pyongyang"),
    ("Korea Standard Time", "Asia/Seoul"),
    ("Yakutsk Standard Time", "Asia/Yakutsk"),
    ("Cen. Australia Standard Time", "Australia/Adelaide"),
    ("AUS Central Standard Time", "Australia/Darwin"),
    ("E. Australia Standard Time", "Australia/Brisbane"),
    ("AUS Eastern Standard Time", "Australia/Sydney"),
    ("West Pacific Standard Time", "Pacific/Port_Moresby"),
    ("Tasmania Standard Time", "Australia/Hobart"),
    ("Vladivostok Standard Time", "Asia/Vladivostok"),
    ("Lord Howe Standard Time", "Australia/Lord_Howe"),
    ("Bougainville Standard Time", "Pacific/Bougainville"),
    ("Russia Time Zone 10", "Asia/Srednekolymsk"),
    ("Magadan Standard Time", "Asia/Magadan"),
    ("Norfolk Standard Time", "Pacific/Norfolk"),
    ("Sakhalin Standard Time", "Asia/Sakhalin"),
    ("Central Pacific Standard Time", "Pacific/Guadalcanal"),
    ("Russia Time Zone 11", "Asia/Kamchatka"),
    ("New Zealand Standard Time", "Pacific/Auckland"),
    ("UTC+12", "Etc/GMT-12"),
    ("Fiji Standard Time", "Pacific/Fiji"),
    ("Chatham Islands Standard Time", "Pacific/Chatham"),
    ("UTC+13", "Etc/GMT-13"),
    ("Tonga Standard Time", "Pacific/Tongatapu"),
    ("Samoa Standard Time", "Pacific/Apia"),
    ("Line Islands Standard Time", "Pacific/Kiritimati"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_windows_name_maps_to_a_zone_the_database_knows() {
        for (windows, iana) in WINDOWS_ZONES {
            assert!(Tz::from_str(iana).is_ok(), "{windows} → {iana}");
        }
    }

    #[test]
    fn outlook_thunderbird_and_iana_names_are_known() {
        assert_eq!(known("Romance Standard Time"), Some(chrono_tz::Europe::Paris));
        assert_eq!(known("W. Europe Standard Time 1"), Some(chrono_tz::Europe::Berlin));
        assert_eq!(known("/mozilla.org/20050126_1/Europe/Brussels"), Some(BRUSSELS));
        assert_eq!(known("Europe/Brussels"), Some(BRUSSELS));
        assert_eq!(known("Nowhere Standard Time"), None);
    }

    #[test]
    fn offsets_read_with_sign_and_optional_seconds() {
        assert_eq!(parse_offset("+0100"), Some(3600));
        assert_eq!(parse_offset("-0430"), Some(-(4 * 3600 + 30 * 60)));
        assert_eq!(parse_offset("+053015"), Some(5 * 3600 + 30 * 60 + 15));
        assert_eq!(parse_offset("0100"), None);
        assert_eq!(parse_offset("+1"), None);
    }

    #[test]
    fn a_time_skipped_by_the_spring_change_keeps_the_winter_offset() {
        let local = NaiveDateTime::parse_from_str("20270328T023000", "%Y%m%dT%H%M%S").unwrap();
        let utc = Zone::Named(BRUSSELS).to_utc(local).unwrap();
        assert_eq!(utc.format("%H:%M").to_string(), "01:30");
    }
}
