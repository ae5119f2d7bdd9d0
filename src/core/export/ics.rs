//! The weekly schedule as an iCalendar file (RFC 5545): one weekly recurring event per slot from the
//! day the declared conditions take effect to the agreement's end, in Brussels time, and the last
//! day of the declaration's window as an all-day event with a reminder a week before.

use super::{ExportError, Place, prepared_on};
use crate::core::agreement::Agreement;
use crate::core::i18n::{self, Language, Localizer};
use crate::core::model::{Declaration, END_OF_DAY, Slot, TimeOfDay, Weekday};
use crate::core::wording;
use chrono::{Datelike, Days, NaiveDate};
use std::collections::BTreeSet;

/// The time zone every Belgian practice runs on.
const TIME_ZONE: &str = "Europe/Brussels";

/// Europe/Brussels since 1996 (EU summer time: last Sunday of March to last Sunday of October, at
/// 01:00 UTC). Embedded because RFC 5545 requires a VTIMEZONE for every TZID a file uses.
const VTIMEZONE: [&str; 18] = [
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Brussels",
    "X-LIC-LOCATION:Europe/Brussels",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
];

/// The declaration as an iCalendar document (lines folded at 75 octets, ended by CRLF), in `language`.
///
/// Each slot becomes a weekly event from its first weekday on or after the latest of the agreement's
/// start, the preparation date (`today` when the file has none) and the day the conditions take
/// effect (1 January 2027 for a declaration for 2027), until the agreement's end. A
/// slot whose end is not after its start (a `slot-time-order` error) or that has no day left in the
/// period is left out. UIDs depend on the doctor, the agreement, the site, the day and the start
/// time, so importing a new export updates the events instead of duplicating them.
pub fn calendar(
    declaration: &Declaration,
    agreement: &Agreement,
    language: Language,
    today: NaiveDate,
) -> Result<String, ExportError> {
    super::check_agreement(declaration, agreement)?;
    let localizer = i18n::localizer(language);
    let stamp = format!("{}T000000Z", compact_date(today));
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        format!(
            "PRODID:-//Conventio//Conventio {}//{}",
            env!("CARGO_PKG_VERSION"),
            language.code().to_uppercase()
        ),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
        text_property(
            "X-WR-CALNAME",
            &localizer.tr_args(
                "export-ics-calendar-name",
                &[
                    ("name", declaration.doctor.name.clone().into()),
                    ("agreement", agreement.id.clone().into()),
                ],
            ),
        ),
        format!("X-WR-TIMEZONE:{TIME_ZONE}"),
    ];
    lines.extend(VTIMEZONE.iter().map(|line| (*line).to_owned()));
    let prepared = prepared_on(declaration, today);
    let window = agreement.declaration_window(declaration.window_kind(), &declaration.doctor);
    let effective = window.and_then(|w| agreement.effective_on(w.window, prepared));
    let from = prepared.max(agreement.period.start).max(effective.unwrap_or(prepared));
    let mut uids = BTreeSet::new();
    for slot in &declaration.slots {
        if let Some(event) = slot_event(declaration, agreement, slot, from, &stamp, &mut uids, localizer) {
            lines.extend(event);
        }
    }
    // Full adherence by an adherent doctor is never registered, and an amendment has no last day:
    // no reminder then.
    if let Some(last_day) = window
        .and_then(|w| w.last_day)
        .filter(|_| declaration.must_be_registered())
    {
        let window = window.map(|w| w.window);
        lines.extend(deadline_event(
            declaration,
            agreement,
            window,
            last_day,
            &stamp,
            localizer,
        ));
    }
    lines.push("END:VCALENDAR".to_owned());
    Ok(lines.iter().map(|line| fold(line)).collect())
}

/// The VEVENT of one weekly slot, or `None` when it cannot recur within the period.
fn slot_event(
    declaration: &Declaration,
    agreement: &Agreement,
    slot: &Slot,
    from: NaiveDate,
    stamp: &str,
    uids: &mut BTreeSet<String>,
    localizer: &Localizer,
) -> Option<Vec<String>> {
    if slot.end <= slot.start {
        return None;
    }
    let first = first_weekday_on_or_after(from, slot.day)?;
    if first > agreement.period.end {
        return None;
    }
    let end_date = if slot.end.minutes() == END_OF_DAY {
        first.checked_add_days(Days::new(1))?
    } else {
        first
    };
    let place = Place::of(declaration, &slot.site);
    let location = if place.address.is_empty() {
        place.name.clone()
    } else {
        format!("{}, {}", place.name, place.address)
    };
    let mut event = vec![
        "BEGIN:VEVENT".to_owned(),
        format!("UID:{}", unique(slot_uid(declaration, agreement, slot), uids)),
        format!("DTSTAMP:{stamp}"),
        format!("DTSTART;TZID={TIME_ZONE}:{}", local_date_time(first, slot.start)),
        format!(
            "DTEND;TZID={TIME_ZONE}:{}",
            local_date_time(end_date, wrap_midnight(slot.end))
        ),
        format!(
            "RRULE:FREQ=WEEKLY;BYDAY={};UNTIL={}",
            byday(slot.day),
            until_utc(agreement.period.end)
        ),
        text_property("SUMMARY", &slot_summary(slot, &place, localizer)),
        text_property("LOCATION", &location),
        text_property(
            "DESCRIPTION",
            &slot_description(declaration, agreement, slot, localizer),
        ),
        "TRANSP:OPAQUE".to_owned(),
    ];
    event.push("END:VEVENT".to_owned());
    Some(event)
}

fn slot_summary(slot: &Slot, place: &Place, localizer: &Localizer) -> String {
    localizer.tr_args(
        "export-ics-slot-summary",
        &[
            ("rates", localizer.tr(&format!("rates-{}", slot.rates.key())).into()),
            ("place", place.name.clone().into()),
        ],
    )
}

fn slot_description(declaration: &Declaration, agreement: &Agreement, slot: &Slot, localizer: &Localizer) -> String {
    let mut description = localizer.tr_args(
        "export-ics-slot-description",
        &[
            (
                "setting",
                localizer.tr(&format!("setting-{}", slot.setting.key())).into(),
            ),
            (
                "choice",
                localizer.tr(&format!("choice-{}", declaration.choice.key())).into(),
            ),
            ("agreement", agreement.id.clone().into()),
            ("name", declaration.doctor.name.clone().into()),
        ],
    );
    if let Some(note) = slot.note.as_deref().map(str::trim).filter(|note| !note.is_empty()) {
        description.push('\n');
        description.push_str(note);
    }
    description
}

/// The window's last day as an all-day event, with a display reminder a week before.
fn deadline_event(
    declaration: &Declaration,
    agreement: &Agreement,
    window: Option<&crate::core::agreement::Window>,
    deadline: NaiveDate,
    stamp: &str,
    localizer: &Localizer,
) -> Vec<String> {
    let next_day = deadline.succ_opt().unwrap_or(deadline);
    let agreement_arg = || ("agreement", agreement.id.clone().into());
    let (window_name, allows) = match window {
        Some(window) => (
            localizer.message(&wording::window_name(agreement, window)),
            localizer.message(&wording::window_allows(agreement, window)),
        ),
        None => (String::new(), String::new()),
    };
    let kind = window.map_or("initial", |w| w.kind.as_str());
    vec![
        "BEGIN:VEVENT".to_owned(),
        format!(
            "UID:conventio-{}-{}-deadline-{}@conventio",
            sanitize(&agreement.id),
            doctor_key(declaration),
            sanitize(kind)
        ),
        format!("DTSTAMP:{stamp}"),
        format!("DTSTART;VALUE=DATE:{}", compact_date(deadline)),
        format!("DTEND;VALUE=DATE:{}", compact_date(next_day)),
        text_property(
            "SUMMARY",
            &localizer.tr_args("export-ics-deadline-summary", &[agreement_arg()]),
        ),
        text_property(
            "DESCRIPTION",
            &localizer.tr_args(
                "export-ics-deadline-description",
                &[
                    agreement_arg(),
                    ("window", window_name.into()),
                    ("allows", allows.into()),
                    ("date", wording::belgian_date(deadline).into()),
                ],
            ),
        ),
        "TRANSP:TRANSPARENT".to_owned(),
        "BEGIN:VALARM".to_owned(),
        "ACTION:DISPLAY".to_owned(),
        "TRIGGER:-P7D".to_owned(),
        text_property(
            "DESCRIPTION",
            &localizer.tr_args("export-ics-alarm", &[agreement_arg()]),
        ),
        "END:VALARM".to_owned(),
        "END:VEVENT".to_owned(),
    ]
}

/// `conventio-2026-2027-10000106004-ixelles-tuesday-1700@conventio`: stable across exports.
fn slot_uid(declaration: &Declaration, agreement: &Agreement, slot: &Slot) -> String {
    format!(
        "conventio-{}-{}-{}-{}-{:02}{:02}@conventio",
        sanitize(&agreement.id),
        doctor_key(declaration),
        sanitize(&slot.site),
        slot.day.key(),
        slot.start.hours_part(),
        slot.start.minutes_part()
    )
}

/// Two slots at the same site, day and start (an overlap the check reports) still get distinct UIDs.
fn unique(uid: String, used: &mut BTreeSet<String>) -> String {
    let mut candidate = uid.clone();
    let mut n = 2;
    while !used.insert(candidate.clone()) {
        candidate = uid.replacen('@', &format!("-{n}@"), 1);
        n += 1;
    }
    candidate
}

/// The INAMI digits, or the name when the number has none.
fn doctor_key(declaration: &Declaration) -> String {
    let digits: String = declaration.doctor.inami.chars().filter(char::is_ascii_digit).collect();
    if digits.is_empty() {
        sanitize(&declaration.doctor.name)
    } else {
        digits
    }
}

/// ASCII letters and digits kept (lowercased), anything else a `-`.
fn sanitize(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect()
}

fn first_weekday_on_or_after(from: NaiveDate, day: Weekday) -> Option<NaiveDate> {
    let ahead = (day.index() + 7 - from.weekday().num_days_from_monday() as usize) % 7;
    from.checked_add_days(Days::new(ahead as u64))
}

fn byday(day: Weekday) -> &'static str {
    ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][day.index()]
}

fn compact_date(date: NaiveDate) -> String {
    date.format("%Y%m%d").to_string()
}

/// `24:00` ends a slot at midnight of the next day.
fn wrap_midnight(time: TimeOfDay) -> TimeOfDay {
    if time.minutes() == END_OF_DAY {
        TimeOfDay::MIDNIGHT
    } else {
        time
    }
}

fn local_date_time(date: NaiveDate, time: TimeOfDay) -> String {
    format!(
        "{}T{:02}{:02}00",
        compact_date(date),
        time.hours_part(),
        time.minutes_part()
    )
}

/// The last second of `date` in Brussels, in UTC: RFC 5545 wants UNTIL in UTC when DTSTART has a TZID.
fn until_utc(date: NaiveDate) -> String {
    let offset_hours = if is_brussels_summer_time(date) { 2 } else { 1 };
    format!("{}T{:02}5959Z", compact_date(date), 23 - offset_hours)
}

/// Whether the evening of `date` falls in summer time (last Sunday of March to last Sunday of October).
fn is_brussels_summer_time(date: NaiveDate) -> bool {
    match (last_sunday(date.year(), 3), last_sunday(date.year(), 10)) {
        (Some(start), Some(end)) => start <= date && date < end,
        _ => false,
    }
}

fn last_sunday(year: i32, month: u32) -> Option<NaiveDate> {
    let first_of_next = NaiveDate::from_ymd_opt(year, month + 1, 1)?;
    let last = first_of_next.pred_opt()?;
    last.checked_sub_days(Days::new(u64::from(last.weekday().num_days_from_sunday())))
}

/// `NAME:value` with the value escaped as RFC 5545 TEXT.
fn text_property(name: &str, value: &str) -> String {
    let mut line = format!("{name}:");
    for c in value.chars() {
        match c {
            '\\' => line.push_str("\\\\"),
            ';' => line.push_str("\\;"),
            ',' => line.push_str("\\,"),
            '\n' => line.push_str("\\n"),
            '\r' => {}
            c => line.push(c),
        }
    }
    line
}

/// One content line folded at 75 octets (never inside a UTF-8 sequence), ended by CRLF.
fn fold(line: &str) -> String {
    let mut folded = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut octets = 0;
    for c in line.chars() {
        if octets + c.len_utf8() > 75 {
            folded.push_str("\r\n ");
            octets = 1;
        }
        folded.push(c);
        octets += c.len_utf8();
    }
    folded.push_str("\r\n");
    folded
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_characters() {
        let line = format!("SUMMARY:{}", "é".repeat(60));
        let folded = fold(&line);
        for part in folded.split("\r\n").filter(|p| !p.is_empty()) {
            assert!(part.len() <= 75, "{} octets: {part}", part.len());
        }
        let unfolded = folded.replace("\r\n ", "");
        assert_eq!(unfolded.trim_end(), line);
    }

    #[test]
    fn until_is_the_end_of_the_day_in_brussels_expressed_in_utc() {
        assert_eq!(until_utc(date("2027-12-31")), "20271231T225959Z");
        assert_eq!(until_utc(date("2026-07-15")), "20260715T215959Z");
        assert!(is_brussels_summer_time(date("2026-03-29")));
        assert!(!is_brussels_summer_time(date("2026-03-28")));
        assert!(!is_brussels_summer_time(date("2026-10-25")));
    }

    #[test]
    fn the_first_occurrence_is_the_next_matching_weekday() {
        // 2026-02-20 is a Friday.
        assert_eq!(
            first_weekday_on_or_after(date("2026-02-20"), Weekday::Friday),
            Some(date("2026-02-20"))
        );
        assert_eq!(
            first_weekday_on_or_after(date("2026-02-20"), Weekday::Monday),
            Some(date("2026-02-23"))
        );
        assert_eq!(
            first_weekday_on_or_after(date("2026-02-20"), Weekday::Thursday),
            Some(date("2026-02-26"))
        );
    }

    #[test]
    fn text_values_are_escaped() {
        assert_eq!(text_property("LOCATION", "A, B; C\\"), "LOCATION:A\\, B\\; C\\\\");
    }
}
