//! The calendar export parses back (with the `icalendar` crate) into the declared weekly slots.

use chrono::NaiveDate;
use conventio::core::export::ExportError;

/// The document made with the declaration's own agreement (the latest when it names none known, so
/// the export refuses it as the app would).
fn calendar(declaration: &Declaration, language: Language, today: NaiveDate) -> Result<String, ExportError> {
    let agreement = Agreements::embedded().find_or_latest(&declaration.agreement);
    conventio::core::export::calendar(declaration, agreement, language, today)
}
use conventio::core::agreement::Agreements;
use conventio::core::format::read_declaration;
use conventio::core::i18n::Language;
use conventio::core::model::Declaration;
use icalendar::{Calendar, CalendarComponent, CalendarDateTime, Component, DatePerhapsTime, Event, EventLike};

fn example(name: &str) -> Declaration {
    let path = format!("{}/assets/examples/{name}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    read_declaration(&text, Agreements::embedded()).unwrap_or_else(|e| panic!("{path}: {e:?}"))
}

fn date(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn parse(text: &str) -> Vec<Event> {
    let calendar: Calendar = text.parse().unwrap_or_else(|e| panic!("does not parse: {e}\n{text}"));
    calendar
        .components
        .into_iter()
        .filter_map(|component| match component {
            CalendarComponent::Event(event) => Some(event),
            _ => None,
        })
        .collect()
}

/// (weekday of the first occurrence, start, end, tzid) of an event with a local start and end.
fn local_times(event: &Event) -> (chrono::Weekday, String, String, String) {
    let local = |value: Option<DatePerhapsTime>| match value {
        Some(DatePerhapsTime::DateTime(CalendarDateTime::WithTimezone { date_time, tzid })) => (date_time, tzid),
        other => panic!("expected a Brussels date-time, got {other:?}"),
    };
    let (start, tzid) = local(event.get_start());
    let (end, _) = local(event.get_end());
    use chrono::Datelike;
    (
        start.weekday(),
        start.format("%H:%M").to_string(),
        end.format("%H:%M").to_string(),
        tzid,
    )
}

#[test]
fn every_slot_comes_back_as_a_weekly_event_with_its_day_times_and_place() {
    let declaration = example("specialist-partial-valid");
    let text = calendar(&declaration, Language::Fr, date("2026-11-23")).unwrap();
    let events = parse(&text);
    let slot_events: Vec<&Event> = events
        .iter()
        .filter(|event| event.property_value("RRULE").is_some())
        .collect();
    assert_eq!(slot_events.len(), declaration.slots.len());
    for (slot, event) in declaration.slots.iter().zip(&slot_events) {
        let (weekday, start, end, tzid) = local_times(event);
        assert_eq!(weekday.num_days_from_monday() as usize, slot.day.index());
        assert_eq!((start, end), (slot.start.to_string(), slot.end.to_string()));
        assert_eq!(tzid, "Europe/Brussels");
        let site = declaration.site(&slot.site).unwrap();
        assert_eq!(
            event.get_location(),
            Some(format!("{}, {}", site.name, site.address).as_str())
        );
        let rrule = event.property_value("RRULE").unwrap();
        let byday = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][slot.day.index()];
        assert_eq!(rrule, format!("FREQ=WEEKLY;BYDAY={byday};UNTIL=20271231T225959Z"));
    }
}

#[test]
fn the_summary_says_the_rate() {
    let declaration = example("gp-partial-valid");
    let events = parse(&calendar(&declaration, Language::Nl, date("2026-11-23")).unwrap());
    let summaries: Vec<&str> = events.iter().filter_map(|event| event.get_summary()).collect();
    assert!(summaries.contains(&"Vrije honoraria — Cabinet Ixelles"));
    assert!(summaries.contains(&"Akkoordtarieven — Cabinet Ixelles"));
    let free = summaries.iter().filter(|s| s.starts_with("Vrije honoraria")).count();
    assert_eq!(free, 2);
}

#[test]
fn events_start_on_the_first_matching_day_once_the_conditions_take_effect() {
    // Prepared on Friday 20/02/2026 in the initial window: the conditions take effect when the
    // agreement comes into force, Friday 27/03/2026 (publication + 45 days).
    let declaration = example("gp-partial-valid");
    let events = parse(&calendar(&declaration, Language::Fr, date("2026-11-23")).unwrap());
    let starts: Vec<NaiveDate> = events
        .iter()
        .filter(|event| event.property_value("RRULE").is_some())
        .map(|event| match event.get_start() {
            Some(DatePerhapsTime::DateTime(CalendarDateTime::WithTimezone { date_time, .. })) => date_time.date(),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(
        starts[0],
        date("2026-03-30"),
        "the Monday after the agreement comes into force"
    );
    assert!(starts.contains(&date("2026-03-27")), "Friday slots start that very day");
    assert!(
        starts
            .iter()
            .all(|start| *start >= date("2026-03-27") && *start < date("2026-04-03"))
    );
}

#[test]
fn the_deadline_is_an_all_day_event_with_a_reminder() {
    let declaration = example("gp-partial-valid");
    let text = calendar(&declaration, Language::Fr, date("2026-11-23")).unwrap();
    let events = parse(&text);
    let deadline = events
        .iter()
        .find(|event| event.property_value("RRULE").is_none())
        .expect("a deadline event");
    assert_eq!(deadline.get_start(), Some(DatePerhapsTime::Date(date("2026-03-12"))));
    assert_eq!(
        deadline.get_summary(),
        Some("Date limite : déclaration d'adhésion à l'accord 2026-2027")
    );
    assert!(text.contains("BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-P7D\r\n"));
}

#[test]
fn the_file_is_well_formed_rfc_5545() {
    let declaration = example("specialist-partial-valid");
    let text = calendar(&declaration, Language::Nl, date("2026-11-23")).unwrap();
    assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    assert!(!text.replace("\r\n", "").contains('\n'), "every line ends with CRLF");
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }
    assert!(text.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Brussels\r\n"));
    let uids: Vec<&str> = text.split("\r\n").filter(|line| line.starts_with("UID:")).collect();
    let unique: std::collections::BTreeSet<&&str> = uids.iter().collect();
    assert_eq!(uids.len(), unique.len(), "UIDs are unique");
    assert!(text.contains("DTSTAMP:20261123T000000Z"));
}

#[test]
fn uids_stay_the_same_from_one_export_to_the_next() {
    let declaration = example("gp-partial-valid");
    let uids = |text: String| -> Vec<String> {
        text.split("\r\n")
            .filter(|l| l.starts_with("UID:"))
            .map(str::to_owned)
            .collect()
    };
    let first = uids(calendar(&declaration, Language::Fr, date("2026-03-01")).unwrap());
    let second = uids(calendar(&declaration, Language::Nl, date("2026-11-23")).unwrap());
    assert_eq!(first, second);
}

#[test]
fn an_unknown_agreement_is_an_error() {
    let mut declaration = example("gp-partial-valid");
    declaration.agreement = "1999".into();
    assert_eq!(
        calendar(&declaration, Language::Fr, date("2026-11-23")),
        Err(ExportError::UnknownAgreement {
            id: "1999".into(),
            known: "2026-2027".into()
        })
    );
}

#[test]
fn a_slot_ending_at_midnight_ends_at_the_start_of_the_next_day() {
    let mut declaration = example("gp-partial-valid");
    declaration.slots.truncate(1);
    declaration.slots[0].start = conventio::core::model::TimeOfDay::from_hm(20, 0).unwrap();
    declaration.slots[0].end = conventio::core::model::TimeOfDay::END_OF_DAY;
    let text = calendar(&declaration, Language::Fr, date("2026-11-23")).unwrap();
    assert!(text.contains("DTSTART;TZID=Europe/Brussels:20260330T200000\r\n"));
    assert!(text.contains("DTEND;TZID=Europe/Brussels:20260331T000000\r\n"));
    assert_eq!(parse(&text).len(), 2);
}

#[test]
fn a_recently_recognised_doctor_is_reminded_of_their_own_deadline() {
    let mut declaration = example("gp-partial-valid");
    declaration.doctor.recognised_on = Some(date("2026-04-01"));
    let text = calendar(&declaration, Language::Fr, date("2026-11-23")).unwrap();
    assert!(
        text.contains("DTSTART;VALUE=DATE:20260501\r\n"),
        "30 days after recognition"
    );
}

#[test]
fn a_declaration_for_the_second_year_recurs_from_the_first_of_january() {
    let mut declaration = example("gp-partial-valid");
    declaration.window = Some("second-year".into());
    declaration.prepared_on = Some(date("2026-11-23"));
    let text = calendar(&declaration, Language::Fr, date("2026-11-23")).unwrap();
    let events = parse(&text);
    let starts: Vec<NaiveDate> = events
        .iter()
        .filter(|event| event.property_value("RRULE").is_some())
        .map(|event| match event.get_start() {
            Some(DatePerhapsTime::DateTime(CalendarDateTime::WithTimezone { date_time, .. })) => date_time.date(),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(starts.iter().min(), Some(&date("2027-01-01")), "Friday 1 January 2027");
    assert!(starts.iter().all(|start| *start < date("2027-01-08")));
    let reminder = events
        .iter()
        .find(|event| event.property_value("RRULE").is_none())
        .expect("the window's last day");
    assert_eq!(reminder.get_start(), Some(DatePerhapsTime::Date(date("2026-12-14"))));
    assert!(
        reminder
            .get_description()
            .unwrap_or_default()
            .contains("au plus tard le 14/12/2026")
    );
}

#[test]
fn full_adherence_and_amendments_get_no_deadline_reminder() {
    let mut full = example("gp-partial-valid");
    full.choice = conventio::core::model::Choice::Full;
    let mut amendment = example("gp-partial-valid");
    amendment.window = Some("amendment".into());
    for declaration in [full, amendment] {
        let text = calendar(&declaration, Language::Fr, date("2026-11-23")).unwrap();
        assert!(!text.contains("VALARM"), "{text}");
    }
}
