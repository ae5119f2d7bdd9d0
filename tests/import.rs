//! Importing schedules: calendar files written the way Outlook, Google Calendar, Thunderbird and
//! Apple Calendar write them (`tests/fixtures/ics/`), spreadsheets in the three header languages and
//! both separators, a round trip through LibreOffice, and `conventio import` / `export` on the real
//! binary.

use chrono::NaiveDate;
use conventio::core::agreement::Agreements;
use conventio::core::format::{read_declaration, write_declaration};
use conventio::core::i18n::{Language, localizer};
use conventio::core::import::csv::CsvOptions;
use conventio::core::import::ics::IcsOptions;
use conventio::core::import::{self, ImportError, Proposal, Status};
use conventio::core::model::Declaration;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Three places (one with accents), a Monday morning and a Wednesday noon slot.
const DECLARATION: &str = r#"{
  "format": "conventio-declaration", "version": 1, "agreement": "2026-2027", "prepared_on": "2026-11-23",
  "doctor": { "name": "Dr Anne Peeters", "inami": "1-00001-06-004", "role": "general_practitioner" },
  "choice": "partial",
  "sites": [
    { "id": "ixelles", "name": "Cabinet Ixelles", "address": "Chaussée de Boondael 10, 1050 Ixelles" },
    { "id": "uccle", "name": "Cabinet d'Uccle", "address": "Rue de Stalle 5, 1180 Uccle" },
    { "id": "erasme", "name": "Hôpital Érasme", "address": "Route de Lennik 808, 1070 Anderlecht" }
  ],
  "slots": [
    { "site": "ixelles", "day": "monday", "start": "08:00", "end": "12:00", "rates": "agreement", "setting": "office" },
    { "site": "uccle", "day": "wednesday", "start": "12:00", "end": "13:00", "rates": "agreement", "setting": "office" }
  ]
}"#;

fn declaration() -> Declaration {
    read_declaration(DECLARATION, Agreements::embedded()).unwrap()
}

fn date(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/ics")
        .join(name)
}

fn calendar(name: &str, week: &str) -> Proposal {
    let bytes = std::fs::read(fixture(name)).unwrap();
    let text = import::text_of(&bytes).unwrap();
    import::ics::propose(text, &declaration(), &IcsOptions::for_week(date(week))).unwrap()
}

/// Each proposed slot as `day start–end site rates setting [status] «note»`.
fn described(proposal: &Proposal) -> Vec<String> {
    proposal
        .slots
        .iter()
        .map(|p| {
            let s = &p.slot;
            let status = match &p.status {
                Status::New => "new".to_owned(),
                Status::Identical { existing } => format!("identical to {existing}"),
                Status::Overlapping { existing } => format!("overlaps {existing:?}"),
            };
            format!(
                "{} {}–{} {} {} {} [{status}] «{}»",
                s.day.key(),
                s.start,
                s.end,
                s.site,
                s.rates.key(),
                s.setting.key(),
                s.note.as_deref().unwrap_or_default()
            )
        })
        .collect()
}

/// Each left-out event as `summary: reason id`.
fn skipped(proposal: &Proposal) -> Vec<String> {
    proposal
        .skipped
        .iter()
        .map(|s| match &s.origin {
            import::Origin::Event { summary } => format!("{summary}: {}", s.reason.id),
            import::Origin::Row { line } => format!("line {line}: {}", s.reason.id),
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Calendars

#[test]
fn outlook_week_keeps_the_series_despite_its_exception_and_its_moved_occurrence() {
    let proposal = calendar("outlook.ics", "2026-11-25");
    let note = "Consultations – matinée (médecine générale, sur rendez-vous)";
    assert_eq!(
        described(&proposal),
        vec![
            format!("monday 08:00–12:00 ixelles agreement office [identical to 0] «{note}»"),
            format!("thursday 08:00–12:00 ixelles agreement office [new] «{note}»"),
            "friday 10:00–13:00 visioconference-londres free office [new] «Téléconsultations - patients du Royaume-Uni (honoraires libres)»".to_owned(),
        ]
    );
    assert_eq!(proposal.new_sites.len(), 1);
    assert_eq!(proposal.new_sites[0].name, "Visioconférence (Londres)");
    assert_eq!(
        skipped(&proposal),
        vec![
            format!("{note}: import-skip-moved"),
            "Formation continue (congrès): import-skip-all-day".to_owned(),
            "Annulé : Consultations du soir: import-skip-cancelled".to_owned(),
        ]
    );
    assert_eq!(proposal.outside_week, 0);
}

#[test]
fn outlook_london_series_stays_one_hour_ahead_in_summer_too() {
    let proposal = calendar("outlook.ics", "2026-09-07");
    assert!(
        described(&proposal).contains(
            &"friday 10:00–13:00 visioconference-londres free office [new] «Téléconsultations - patients du Royaume-Uni (honoraires libres)»"
                .to_owned()
        ),
        "{:#?}",
        described(&proposal)
    );
}

#[test]
fn google_series_in_new_york_follows_both_daylight_saving_changes() {
    let monday = |week: &str| {
        calendar("google.ics", week)
            .slots
            .into_iter()
            .find(|p| p.slot.site == "teleconsultation")
            .map(|p| format!("{} {}–{}", p.slot.day.key(), p.slot.start, p.slot.end))
    };
    // Both on summer time: 6 hours apart.
    assert_eq!(monday("2026-10-19").as_deref(), Some("monday 15:00–17:00"));
    // Brussels changed on 25 October, New York only on 1 November: 5 hours apart that week.
    assert_eq!(monday("2026-10-26").as_deref(), Some("monday 14:00–16:00"));
    // Both on winter time.
    assert_eq!(monday("2026-11-23").as_deref(), Some("monday 15:00–17:00"));
}

#[test]
fn google_week_reads_utc_single_events_and_addresses_in_the_location() {
    let proposal = calendar("google.ics", "2026-11-23");
    assert_eq!(
        described(&proposal),
        vec![
            "monday 15:00–17:00 teleconsultation agreement office [new] «Téléconsultations – patients à New York»",
            "tuesday 14:00–18:00 maison-medicale-du-midi agreement home_visit [new] «Visites à domicile»",
            "wednesday 08:30–12:30 ixelles agreement office [overlaps [1]] «Consultations»",
        ]
    );
    let midi = &proposal.new_sites[1];
    assert_eq!(
        (midi.name.as_str(), midi.address.as_str()),
        ("Maison médicale du Midi", "Rue Haute 300, 1000 Bruxelles")
    );
    assert_eq!(skipped(&proposal), vec!["Réunion d'équipe: import-skip-cancelled"]);
    assert_eq!(proposal.outside_week, 1, "the home visits of the next week");
}

#[test]
fn thunderbird_week_reads_vtimezones_and_leaves_out_what_is_not_weekly() {
    let proposal = calendar("thunderbird.ics", "2026-11-23");
    assert_eq!(
        described(&proposal),
        vec![
            "tuesday 17:00–20:00 uccle free office [new] «Consultations (vrije honoraria)»",
            "friday 17:00–20:00 uccle free office [new] «Consultations (vrije honoraria)»",
            "saturday 10:00–12:00 erasme agreement office [new] «Téléconsultations (patients au Portugal)»",
        ]
    );
    assert!(
        proposal.new_sites.is_empty(),
        "accents, case and apostrophes are ignored"
    );
    assert_eq!(
        skipped(&proposal),
        vec![
            "Congé: import-skip-all-day",
            "Consultations un jeudi sur deux: import-skip-not-weekly"
        ]
    );
    assert_eq!(proposal.outside_week, 1, "the Monday series that ended in June");
}

#[test]
fn apple_night_duty_across_midnight_is_split_at_24_00() {
    let proposal = calendar("apple.ics", "2026-11-23");
    assert_eq!(
        described(&proposal),
        vec![
            "thursday 22:00–24:00 erasme agreement office [new] «Garde de nuit»",
            "friday 00:00–02:00 erasme agreement office [new] «Garde de nuit»",
            "saturday 09:00–12:00 ixelles agreement office [new] «Permanence du samedi»",
        ]
    );
    assert_eq!(skipped(&proposal), vec!["Anniversaire: import-skip-all-day"]);
}

#[test]
fn a_series_in_a_zone_only_its_vtimezone_defines_is_converted_by_those_rules() {
    // Lotus Notes and old Outlook name zones after their display name and define them inline.
    let text = "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VTIMEZONE\nTZID:(GMT-05:00) Eastern Time (US & Canada)\n\
        BEGIN:STANDARD\nDTSTART:19501105T020000\nTZOFFSETFROM:-0400\nTZOFFSETTO:-0500\n\
        RRULE:FREQ=YEARLY;BYMINUTE=0;BYHOUR=2;BYDAY=1SU;BYMONTH=11\nEND:STANDARD\n\
        BEGIN:DAYLIGHT\nDTSTART:19500312T020000\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0400\n\
        RRULE:FREQ=YEARLY;BYMINUTE=0;BYHOUR=2;BYDAY=2SU;BYMONTH=3\nEND:DAYLIGHT\nEND:VTIMEZONE\n\
        BEGIN:VEVENT\nUID:1\nSUMMARY:Visio\nLOCATION:Cabinet Ixelles\n\
        DTSTART;TZID=\"(GMT-05:00) Eastern Time (US & Canada)\":20261005T090000\n\
        DTEND;TZID=\"(GMT-05:00) Eastern Time (US & Canada)\":20261005T100000\n\
        RRULE:FREQ=WEEKLY;BYDAY=MO\nEND:VEVENT\nEND:VCALENDAR\n";
    let at = |week: &str| {
        let proposal = import::ics::propose(text, &declaration(), &IcsOptions::for_week(date(week))).unwrap();
        described(&proposal).join("|")
    };
    assert!(
        at("2026-10-26").starts_with("monday 14:00–15:00 ixelles"),
        "{}",
        at("2026-10-26")
    );
    assert!(
        at("2026-11-23").starts_with("monday 15:00–16:00 ixelles"),
        "{}",
        at("2026-11-23")
    );
}

#[test]
fn floating_times_are_brussels_time_and_bare_lf_or_cr_line_ends_are_read() {
    let lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "BEGIN:VEVENT",
        "UID:1",
        "SUMMARY:Consultations",
        "LOCATION:Cabinet Ixelles",
        "DTSTART:20260706T083000",
        "DURATION:PT3H30M",
        "RRULE:FREQ=WEEKLY;BYDAY=TU",
        "END:VEVENT",
        "END:VCALENDAR",
    ];
    for separator in ["\n", "\r"] {
        let text = lines.join(separator);
        let proposal = import::ics::propose(&text, &declaration(), &IcsOptions::for_week(date("2026-11-24"))).unwrap();
        assert_eq!(
            described(&proposal),
            vec!["tuesday 08:30–12:00 ixelles agreement office [new] «Consultations»"]
        );
    }
}

#[test]
fn a_sunday_night_shift_wraps_to_the_monday_of_the_typical_week() {
    let text = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\nSUMMARY:Garde\r\nLOCATION:Hôpital Érasme\r\n\
        DTSTART;TZID=Europe/Brussels:20261129T200000\r\nDTEND;TZID=Europe/Brussels:20261130T080000\r\n\
        END:VEVENT\r\nEND:VCALENDAR\r\n";
    let proposal = import::ics::propose(text, &declaration(), &IcsOptions::for_week(date("2026-11-23"))).unwrap();
    assert_eq!(
        described(&proposal),
        vec![
            "monday 00:00–08:00 erasme agreement office [new] «Garde»",
            "sunday 20:00–24:00 erasme agreement office [new] «Garde»",
        ]
    );
}

#[test]
fn back_to_back_appointments_become_one_slot_of_consultation_hours() {
    // Booking tools export the appointments themselves.
    let appointment = |uid: u32, start: &str, end: &str, summary: &str| {
        format!(
            "BEGIN:VEVENT\r\nUID:{uid}\r\nSUMMARY:{summary}\r\nLOCATION:Cabinet Ixelles\r\n\
             DTSTART;TZID=Europe/Brussels:20261124T{start}00\r\nDTEND;TZID=Europe/Brussels:20261124T{end}00\r\n\
             END:VEVENT\r\n"
        )
    };
    let text = [
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n".to_owned(),
        appointment(1, "0800", "0815", "Consultation"),
        appointment(2, "0815", "0830", "Consultation"),
        appointment(3, "0825", "0845", "Consultation"),
        appointment(4, "1000", "1015", "Consultation"),
        appointment(5, "1015", "1030", "Vaccination"),
        "END:VCALENDAR\r\n".to_owned(),
    ]
    .concat();
    let proposal = import::ics::propose(&text, &declaration(), &IcsOptions::for_week(date("2026-11-23"))).unwrap();
    assert_eq!(
        described(&proposal),
        vec![
            "tuesday 08:00–08:45 ixelles agreement office [new] «Consultation»",
            "tuesday 10:00–10:30 ixelles agreement office [new] «»",
        ]
    );
}

#[test]
fn events_without_a_place_go_to_the_chosen_site_or_are_left_out() {
    let text = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:1\nSUMMARY:Sans lieu\n\
        DTSTART;TZID=Europe/Brussels:20261124T140000\nDTEND;TZID=Europe/Brussels:20261124T160000\n\
        END:VEVENT\nEND:VCALENDAR\n";
    let week = IcsOptions::for_week(date("2026-11-23"));
    let left_out = import::ics::propose(text, &declaration(), &week).unwrap();
    assert_eq!(skipped(&left_out), vec!["Sans lieu: import-skip-no-place"]);
    let chosen = IcsOptions {
        default_site: Some("uccle".to_owned()),
        ..week
    };
    let placed = import::ics::propose(text, &declaration(), &chosen).unwrap();
    assert_eq!(
        described(&placed),
        vec!["tuesday 14:00–16:00 uccle agreement office [new] «Sans lieu»"]
    );
}

#[test]
fn unknown_places_are_left_out_when_new_sites_are_refused() {
    let options = IcsOptions {
        new_sites: false,
        ..IcsOptions::for_week(date("2026-11-23"))
    };
    let bytes = std::fs::read(fixture("google.ics")).unwrap();
    let proposal = import::ics::propose(import::text_of(&bytes).unwrap(), &declaration(), &options).unwrap();
    assert!(proposal.new_sites.is_empty());
    assert_eq!(proposal.slots.len(), 1, "{:#?}", described(&proposal));
    assert!(
        skipped(&proposal).contains(&"Visites à domicile: import-skip-unknown-place".to_owned()),
        "{:?}",
        skipped(&proposal)
    );
}

#[test]
fn applying_the_default_choice_adds_new_slots_and_only_the_sites_they_use() {
    let mut declaration = declaration();
    let proposal = calendar("google.ics", "2026-11-23");
    let chosen = proposal.default_selection();
    assert_eq!(chosen, vec![0, 1], "the overlapping Wednesday waits for a choice");
    let applied = proposal.apply(&mut declaration, &[1]);
    assert_eq!((applied.slots_added, applied.sites_added), (1, 1));
    assert_eq!(declaration.sites.len(), 4);
    assert_eq!(declaration.sites[3].name, "Maison médicale du Midi");
    assert_eq!(declaration.slots.len(), 3);
    // Applying again adds nothing: the slot is there now.
    let again = proposal.apply(&mut declaration, &[1]);
    assert_eq!(again.slots_added, 0);
    // The result is a valid declaration file.
    let reread = read_declaration(&write_declaration(&declaration), Agreements::embedded()).unwrap();
    assert_eq!(reread, declaration);
}

#[test]
fn identical_slots_are_never_added_twice() {
    let mut declaration = declaration();
    let proposal = calendar("outlook.ics", "2026-11-23");
    let applied = proposal.apply(&mut declaration, &[0, 1, 2]);
    assert_eq!(applied.slots_added, 2);
    assert_eq!(declaration.slots.len(), 4);
}

#[test]
fn conventios_own_calendar_export_imports_back_to_the_same_hours_places_and_rates() {
    let original = read_declaration(
        include_str!("../assets/examples/gp-partial-valid.json"),
        Agreements::embedded(),
    )
    .unwrap();
    for language in [Language::Fr, Language::Nl] {
        let ics = conventio::core::export::calendar(
            &original,
            Agreements::embedded().find(&original.agreement).unwrap(),
            language,
            date("2026-11-23"),
        )
        .unwrap();
        let mut empty = original.clone();
        empty.slots.clear();
        let proposal = import::ics::propose(&ics, &empty, &IcsOptions::for_week(date("2026-11-23"))).unwrap();
        let key = |s: &conventio::core::model::Slot| (s.day, s.start, s.end, s.site.clone(), s.rates.key());
        let mut expected: Vec<_> = original.slots.iter().map(key).collect();
        expected.sort();
        let got: Vec<_> = proposal.slots.iter().map(|p| key(&p.slot)).collect();
        assert_eq!(got, expected, "{language:?}");
        // The deadline reminder is an all-day event.
        assert_eq!(proposal.skipped.len(), 1, "{language:?}");
        assert_eq!(proposal.skipped[0].reason.id, "import-skip-all-day");
    }
}

#[test]
fn a_file_that_is_not_a_calendar_is_refused_with_a_translated_message() {
    let error = import::ics::propose(
        "day;start;end\n",
        &declaration(),
        &IcsOptions::for_week(date("2026-11-23")),
    )
    .unwrap_err();
    assert!(matches!(error, ImportError::NotCalendar { .. }), "{error:?}");
    let text = error.describe(localizer(Language::Nl));
    assert!(text.starts_with("geen agendabestand (.ics)"), "{text}");
}

#[test]
fn bytes_that_are_not_utf8_are_refused_with_their_position() {
    let error = import::text_of(b"BEGIN:VCALENDAR\r\nSUMMARY:Caf\xe9\r\n").unwrap_err();
    assert_eq!(error.position(), Some((2, Some(12))));
    assert!(
        error
            .describe(localizer(Language::Fr))
            .starts_with("ligne 2, colonne 12")
    );
}

// ---------------------------------------------------------------------------------------------
// Spreadsheets

fn sheet(text: &str) -> Result<Proposal, ImportError> {
    import::csv::propose(text, &declaration(), &CsvOptions::default())
}

#[test]
fn a_csv_export_imports_back_to_the_same_slots_in_every_language() {
    let original = read_declaration(
        include_str!("../assets/examples/gp-partial-valid.json"),
        Agreements::embedded(),
    )
    .unwrap();
    for language in Language::ALL {
        let bytes = conventio::core::export::schedule_csv(&original, language);
        assert!(bytes.starts_with(b"\xef\xbb\xbf"), "BOM for Excel");
        let text = import::text_of(&bytes).unwrap();
        assert_eq!(text.lines().next().map(|l| l.matches(';').count()), Some(6));
        let mut empty = original.clone();
        empty.slots.clear();
        let proposal = import::csv::propose(text, &empty, &CsvOptions::default()).unwrap();
        let mut expected = original.slots.clone();
        expected.sort_by_key(|s| (s.day, s.start, s.end));
        let got: Vec<_> = proposal.slots.iter().map(|p| p.slot.clone()).collect();
        assert_eq!(got, expected, "{language:?}");
    }
}

#[test]
fn french_header_comma_separated_with_bom_and_typed_times() {
    let text = "\u{feff}jour,début,fin,lieu,tarifs,activité,remarque\r\n\
        Lundi,8:30,12h00,Cabinet Ixelles,accord,cabinet,\r\n\
        mardi,0830,1230,\"Cabinet d'Uccle, Rue de Stalle 5\",Honoraires libres,Visites à domicile,\"Sur rendez-vous, uniquement\"\r\n";
    let proposal = sheet(text).unwrap();
    assert_eq!(
        described(&proposal),
        vec![
            "monday 08:30–12:00 ixelles agreement office [overlaps [0]] «»",
            "tuesday 08:30–12:30 uccle free home_visit [new] «Sur rendez-vous, uniquement»",
        ]
    );
}

#[test]
fn dutch_header_semicolons_without_bom_and_german_day_names() {
    let text = "dag;begin;einde;plaats;tarieven;activiteit;opmerking\n\
        Donnerstag;14u00;18u00;Nieuwe praktijk;vrij;praktijk;\n\
        zaterdag;09:00;12:00;hopital erasme;akkoord;Daghospitalisatie;Forfaits\n";
    let proposal = sheet(text).unwrap();
    assert_eq!(
        described(&proposal),
        vec![
            "thursday 14:00–18:00 nieuwe-praktijk free office [new] «»",
            "saturday 09:00–12:00 erasme agreement day_hospital [new] «Forfaits»",
        ]
    );
    assert_eq!(proposal.new_sites.len(), 1);
    assert_eq!(proposal.new_sites[0].name, "Nieuwe praktijk");
}

#[test]
fn a_sheet_saved_by_excel_in_windows_1252_is_read_too() {
    let bytes = b"jour;d\xe9but;fin;lieu;tarifs;activit\xe9;remarque\r\nlundi;14:00;18:00;H\xf4pital \xc9rasme;libre;;\x93urgences\x94 \x80\r\n";
    let text = import::spreadsheet_text(bytes).unwrap();
    let proposal = import::csv::propose(&text, &declaration(), &CsvOptions::default()).unwrap();
    assert_eq!(
        described(&proposal),
        vec!["monday 14:00–18:00 erasme free office [new] «“urgences” €»"]
    );
}

#[test]
fn english_header_in_another_order_without_optional_columns() {
    let text = "site;day;end;start;rates\nixelles;Friday;24:00;22:00;free\n";
    let proposal = sheet(text).unwrap();
    assert_eq!(
        described(&proposal),
        vec!["friday 22:00–24:00 ixelles free office [new] «»"]
    );
}

/// The error of a sheet, as a French and a Dutch reader see it.
fn sheet_error(text: &str) -> (ImportError, String, String) {
    let error = sheet(text).unwrap_err();
    let fr = error.describe(localizer(Language::Fr));
    let nl = error.describe(localizer(Language::Nl));
    (error, fr, nl)
}

#[test]
fn a_bad_time_names_its_line_and_column_and_nothing_is_imported() {
    let (error, fr, nl) = sheet_error(
        "jour;début;fin;lieu;tarifs;activité;remarque\nlundi;8:30;12:00;ixelles;accord;;\nmardi;25h00;26:00;ixelles;accord;;\n",
    );
    assert_eq!(error.position(), Some((3, Some(2))));
    assert_eq!(
        fr,
        "ligne 3, colonne 2 (début) : «\u{a0}25h00\u{a0}» n'est pas une heure (écrivez 8:30, 08h30 ou 0830)"
    );
    assert_eq!(
        nl,
        "regel 3, kolom 2 (début): ‘25h00’ is geen uur (schrijf 8:30, 08u30 of 0830)"
    );
}

#[test]
fn each_kind_of_cell_error_is_placed_and_explained() {
    let header = "day;start;end;site;rates;setting;note\n";
    let cases = [
        ("lunedi;8:00;9:00;ixelles;free;;\n", (2, Some(1)), "import-csv-day"),
        (
            "monday;10:00;9:00;ixelles;free;;\n",
            (2, Some(3)),
            "import-csv-time-order",
        ),
        (
            "monday;24:00;24:00;ixelles;free;;\n",
            (2, Some(2)),
            "import-csv-start-midnight",
        ),
        ("monday;8:00;9:00;ixelles;cheap;;\n", (2, Some(5)), "import-csv-rates"),
        (
            "monday;8:00;9:00;ixelles;free;garden;\n",
            (2, Some(6)),
            "import-csv-setting",
        ),
        ("monday;8:00;9:00;;free;;\n", (2, Some(4)), "import-csv-site-empty"),
        (
            "monday;8:00;9:00;ixelles;free;;;extra\n",
            (2, Some(8)),
            "import-csv-extra-cell",
        ),
    ];
    for (row, position, id) in cases {
        let error = sheet(&format!("{header}\n{row}")).unwrap_err();
        // The blank line 2 is skipped but counted: the row is line 3.
        assert_eq!(error.position(), Some((position.0 + 1, position.1)), "{row}");
        assert_eq!(error.message().id, id, "{row}");
        for language in Language::ALL {
            assert!(localizer(language).has(id), "{id} in {language:?}");
        }
    }
}

#[test]
fn header_errors_name_the_column_and_what_is_expected() {
    let (error, _, nl) = sheet_error("dag;begin;einde;plaats;prijs\nma;8:00;9:00;ixelles;vrij\n");
    assert_eq!(error.position(), Some((1, Some(5))));
    assert!(
        nl.starts_with("regel 1, kolom 5 (prijs): onbekende kolom ‘prijs’"),
        "{nl}"
    );
    let (error, fr, _) = sheet_error("jour;début;fin;lieu\nlundi;8:00;9:00;ixelles\n");
    assert_eq!(error.position(), Some((1, None)));
    assert!(
        fr.starts_with("ligne 1 : la colonne «\u{a0}rates\u{a0}» manque"),
        "{fr}"
    );
    let (error, _, _) = sheet_error("");
    assert_eq!(error.message().id, "import-csv-empty");
}

#[test]
fn unknown_places_are_errors_when_new_sites_are_refused() {
    let options = CsvOptions { new_sites: false };
    let error = import::csv::propose(
        "day;start;end;site;rates\nmonday;14:00;15:00;Elsewhere;free\n",
        &declaration(),
        &options,
    )
    .unwrap_err();
    assert_eq!(error.position(), Some((2, Some(4))));
    assert_eq!(error.message().id, "import-csv-site-unknown");
}

// ---------------------------------------------------------------------------------------------
// LibreOffice

/// `soffice`, when installed (Debian package `libreoffice-calc-nogui`). CI sets
/// `CONVENTIO_REQUIRE_SOFFICE=1` once it installs it, so the test cannot silently skip there.
fn soffice() -> Option<PathBuf> {
    let found = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join("soffice"))
            .find(|path| path.is_file())
    });
    if found.is_none() && std::env::var_os("CONVENTIO_REQUIRE_SOFFICE").is_some() {
        panic!(
            "soffice is required (CONVENTIO_REQUIRE_SOFFICE) but not installed: apt-get install libreoffice-calc-nogui"
        );
    }
    found
}

/// Opens `input` (`;`, UTF-8) in LibreOffice Calc and saves it as CSV with `separator`, UTF-8.
fn through_libreoffice(soffice: &Path, input: &Path, separator: char, dir: &Path) -> Vec<u8> {
    let out_dir = dir.join(format!("out-{}", u32::from(separator)));
    std::fs::create_dir_all(&out_dir).unwrap();
    let profile = format!("-env:UserInstallation=file://{}", dir.join("profile").display());
    // Filter options: separator, text delimiter ("), character set 76 = UTF-8, start at line 1.
    let output = Command::new(soffice)
        .args([
            &profile,
            "--headless",
            "--infilter=CSV:59,34,76,1",
            "--convert-to",
            &format!("csv:Text - txt - csv (StarCalc):{},34,76,1", u32::from(separator)),
            "--outdir",
            out_dir.to_str().unwrap(),
            input.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    std::fs::read(out_dir.join(input.file_name().unwrap())).unwrap()
}

#[test]
fn a_sheet_saved_by_libreoffice_with_either_separator_imports_back_to_the_same_slots() {
    let Some(soffice) = soffice() else {
        eprintln!("soffice not installed: LibreOffice round trip not run");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let mut original = read_declaration(
        include_str!("../assets/examples/gp-partial-valid.json"),
        Agreements::embedded(),
    )
    .unwrap();
    original.slots[0].note = Some("Consultations; \"urgences\", le matin — été".to_owned());
    original.slots[1].end = conventio::core::model::TimeOfDay::END_OF_DAY;
    let input = dir.path().join("schedule.csv");
    std::fs::write(&input, conventio::core::export::schedule_csv(&original, Language::Fr)).unwrap();
    let mut expected = original.slots.clone();
    expected.sort_by_key(|s| (s.day, s.start, s.end));
    for separator in [';', ','] {
        let bytes = through_libreoffice(&soffice, &input, separator, dir.path());
        let text = import::text_of(&bytes).unwrap();
        let mut empty = original.clone();
        empty.slots.clear();
        let proposal = import::csv::propose(text, &empty, &CsvOptions::default())
            .unwrap_or_else(|e| panic!("{separator}: {}\n{text}", e.describe(localizer(Language::En))));
        let got: Vec<_> = proposal.slots.iter().map(|p| p.slot.clone()).collect();
        assert_eq!(got, expected, "separator {separator}:\n{text}");
    }
}

// ---------------------------------------------------------------------------------------------
// Command line

fn conventio(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_conventio"))
        .args(args)
        .env("CONVENTIO_HOME", std::env::temp_dir().join("conventio-import-tests"))
        .output()
        .unwrap_or_else(|e| panic!("cannot run conventio: {e}"))
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn cli_import_of_a_calendar_week_adds_new_slots_keeps_a_backup_and_reports() {
    let dir = tempfile::tempdir().unwrap();
    let into = dir.path().join("peeters.json");
    std::fs::write(&into, DECLARATION).unwrap();
    let output = conventio(&[
        "import",
        path(&fixture("google.ics")),
        "--into",
        path(&into),
        "--week",
        "2026-11-23",
        "--lang",
        "fr",
    ]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{stdout}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(stdout.contains("la semaine du 23/11/2026"), "{stdout}");
    assert!(
        stdout.contains("mardi 14:00–18:00, Maison médicale du Midi (nouveau lieu) (Tarifs de l'accord, visites à domicile) : nouvelle — ajoutée"),
        "{stdout}"
    );
    assert!(
        stdout.contains("chevauche une plage existante — non ajoutée"),
        "{stdout}"
    );
    assert!(
        stdout.contains("Écarté : «\u{a0}Réunion d'équipe\u{a0}» — événement annulé"),
        "{stdout}"
    );
    assert!(stdout.contains("Ajouté à"), "{stdout}");
    let written = read_declaration(&std::fs::read_to_string(&into).unwrap(), Agreements::embedded()).unwrap();
    assert_eq!(written.slots.len(), 4);
    assert_eq!(written.sites.len(), 5);
    let backup = std::fs::read_to_string(dir.path().join("peeters.json.bak")).unwrap();
    assert_eq!(backup, DECLARATION, "the previous version is kept as it was");
}

#[test]
fn cli_import_with_overlapping_and_dry_run() {
    let dir = tempfile::tempdir().unwrap();
    let into = dir.path().join("d.json");
    std::fs::write(&into, DECLARATION).unwrap();
    let ics = fixture("google.ics");
    let common = [
        "--into",
        path(&into),
        "--week",
        "2026-11-23",
        "--lang",
        "en",
        "--overlapping",
    ];
    let dry = conventio(&[&["import", path(&ics), "--dry-run"], &common[..]].concat());
    assert_eq!(dry.status.code(), Some(0));
    let dry_out = String::from_utf8_lossy(&dry.stdout);
    assert!(dry_out.contains("Trial run (--dry-run)"), "{dry_out}");
    assert!(
        dry_out.contains("Wednesday 08:30–12:30, Cabinet Ixelles (Agreement rates, practice): overlaps an existing slot — would be added"),
        "{dry_out}"
    );
    assert_eq!(std::fs::read_to_string(&into).unwrap(), DECLARATION);
    let real = conventio(&[&["import", path(&ics)], &common[..]].concat());
    assert_eq!(real.status.code(), Some(0));
    let written = read_declaration(&std::fs::read_to_string(&into).unwrap(), Agreements::embedded()).unwrap();
    assert_eq!(written.slots.len(), 5, "the overlapping Wednesday too");
    // A second import finds everything there already.
    let again = conventio(&[&["import", path(&ics)], &common[..]].concat());
    assert!(String::from_utf8_lossy(&again.stdout).contains("Nothing to add"));
}

#[test]
fn cli_import_of_a_bad_sheet_changes_nothing_and_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let into = dir.path().join("d.json");
    std::fs::write(&into, DECLARATION).unwrap();
    let csv = dir.path().join("horaire.csv");
    std::fs::write(
        &csv,
        "jour;début;fin;lieu;tarifs\nlundi;14:00;18:00;ixelles;libre\nmardi;9:00;8:00;ixelles;libre\n",
    )
    .unwrap();
    let output = conventio(&["import", path(&csv), "--into", path(&into), "--lang", "nl"]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("regel 3, kolom 3 (fin): het einde (08:00) ligt niet na het begin (09:00)"),
        "{stderr}"
    );
    assert_eq!(std::fs::read_to_string(&into).unwrap(), DECLARATION);
    assert!(!dir.path().join("d.json.bak").exists());
}

#[test]
fn cli_refuses_unknown_extensions_and_sites_with_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    let into = dir.path().join("d.json");
    std::fs::write(&into, DECLARATION).unwrap();
    let odd = dir.path().join("schedule.xlsx");
    std::fs::write(&odd, "x").unwrap();
    assert_eq!(
        conventio(&["import", path(&odd), "--into", path(&into)]).status.code(),
        Some(1)
    );
    let ics = fixture("apple.ics");
    let unknown_site = conventio(&["import", path(&ics), "--into", path(&into), "--site", "nowhere"]);
    assert_eq!(unknown_site.status.code(), Some(1));
    let missing = conventio(&["import", path(&ics), "--into", path(&dir.path().join("none.json"))]);
    assert_eq!(missing.status.code(), Some(2));
}

#[test]
fn cli_export_to_csv_then_import_into_an_empty_schedule_gives_the_same_slots() {
    let dir = tempfile::tempdir().unwrap();
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/examples/gp-partial-valid.json");
    let csv = dir.path().join("horaire.csv");
    let export = conventio(&["export", path(&example), "--to", path(&csv), "--lang", "nl"]);
    assert_eq!(
        export.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&export.stderr)
    );
    let bytes = std::fs::read(&csv).unwrap();
    assert!(bytes.starts_with("\u{feff}dag;begin;einde;plaats;tarieven;activiteit;opmerking\r\n".as_bytes()));
    let original = read_declaration(&std::fs::read_to_string(&example).unwrap(), Agreements::embedded()).unwrap();
    let mut empty = original.clone();
    empty.slots.clear();
    let into = dir.path().join("empty.json");
    std::fs::write(&into, write_declaration(&empty)).unwrap();
    let import = conventio(&["import", path(&csv), "--into", path(&into), "--lang", "de"]);
    assert_eq!(
        import.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&import.stderr)
    );
    let imported = read_declaration(&std::fs::read_to_string(&into).unwrap(), Agreements::embedded()).unwrap();
    let mut expected = original.slots.clone();
    expected.sort_by_key(|s| (s.day, s.start, s.end));
    assert_eq!(imported.slots, expected);
}

#[test]
fn every_import_message_built_in_code_exists_in_all_four_languages() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let sources = [
        "src/core/import/mod.rs",
        "src/core/import/ics.rs",
        "src/core/import/csv.rs",
        "src/cli/import.rs",
        // The command line's file errors (`cli-cannot-read`), shared by import, check and export.
        "src/cli/mod.rs",
    ];
    let mut ids = Vec::new();
    for source in sources {
        let text = std::fs::read_to_string(root.join(source)).unwrap();
        for prefix in ["\"import-", "\"cli-"] {
            for (at, _) in text.match_indices(prefix) {
                let id: String = text[at + 1..]
                    .chars()
                    .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-')
                    .collect();
                if text[at + 1 + id.len()..].starts_with('"') {
                    ids.push(id);
                }
            }
        }
    }
    ids.sort();
    ids.dedup();
    assert!(ids.len() > 50, "{ids:?}");
    for language in Language::ALL {
        for id in &ids {
            assert!(localizer(language).has(id), "{id} missing in {language:?}");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Practice overview in `conventio check FOLDER --json`

#[test]
fn check_json_gives_each_doctor_the_practice_overview_columns() {
    let dir = tempfile::tempdir().unwrap();
    let valid = dir.path().join("a-peeters.json");
    std::fs::write(&valid, include_str!("../assets/examples/gp-partial-valid.json")).unwrap();
    let saved = std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_795_422_600); // 2026-11-23T08:30:00Z
    std::fs::File::options()
        .write(true)
        .open(&valid)
        .unwrap()
        .set_modified(saved)
        .unwrap();
    std::fs::write(dir.path().join("b-broken.json"), "{").unwrap();
    let output = conventio(&["check", path(dir.path()), "--json", "--today", "2026-03-01"]);
    assert_eq!(output.status.code(), Some(2), "one file is unreadable");
    let doc: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let overview = &doc["files"][0]["overview"];
    assert_eq!(overview["name"], "Dr Anne Peeters");
    assert_eq!(overview["inami"], "1-00001-06-004");
    assert_eq!(overview["role"], "general_practitioner");
    assert_eq!(overview["choice"], "partial");
    assert_eq!(overview["status"], "ok");
    assert_eq!(overview["last_saved"], "2026-11-23T08:30:00Z");
    let last_day = date(overview["last_day"].as_str().unwrap());
    assert_eq!(overview["last_day"], doc["files"][0]["summary"]["deadline"]);
    assert_eq!(overview["days_left"], (last_day - date("2026-03-01")).num_days());
    assert_eq!(
        overview["days_left"], doc["files"][0]["summary"]["days_left"],
        "both counted from --today, not from prepared_on"
    );
    assert_eq!(overview["window"], "initial");
    let broken = &doc["files"][1]["overview"];
    assert_eq!(broken["status"], "unreadable");
    assert!(broken["last_saved"].is_string());
    assert!(
        overview["registered_on"].is_null(),
        "a folder that is no practice has no marks"
    );
}

fn conventio_in(home: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_conventio"))
        .args(args)
        .env("CONVENTIO_HOME", home)
        .output()
        .unwrap_or_else(|e| panic!("cannot run conventio: {e}"))
}

/// A practice in `home` (its data folder) and the doctors' saved files in `home/files`.
/// A doctor to put in a practice: name, INAMI number, window, and the mark (day, by whom).
type PracticeDoctor<'a> = (&'a str, &'a str, &'a str, Option<(&'a str, Option<&'a str>)>);

fn practice_with_files(home: &Path, doctors: &[PracticeDoctor]) -> PathBuf {
    use conventio::core::practice::Practice;
    let practice = Practice::open(home.join("data"), Agreements::embedded().clone());
    let gp = read_declaration(
        include_str!("../assets/examples/gp-partial-valid.json"),
        Agreements::embedded(),
    )
    .unwrap();
    let files = home.join("files");
    std::fs::create_dir_all(&files).unwrap();
    let noon = date("2026-11-20").and_hms_opt(12, 0, 0).unwrap();
    for (n, (name, inami, window, mark)) in doctors.iter().enumerate() {
        let mut d = gp.clone();
        d.doctor.name = (*name).into();
        d.doctor.inami = (*inami).into();
        d.window = Some((*window).into());
        let file = files.join(format!("{n}.json"));
        std::fs::write(&file, conventio::core::format::write_declaration(&d)).unwrap();
        let id = practice.save(None, &d, Some(&file), noon, noon.date()).unwrap().id;
        if let Some((on, by)) = mark {
            practice.mark_registered(&id, date(on), noon, *by).unwrap();
        }
    }
    files
}

#[test]
fn check_json_of_saved_files_finds_each_doctor_by_inami_and_says_when_and_by_whom_registered() {
    let home = tempfile::tempdir().unwrap();
    let files = practice_with_files(
        home.path(),
        &[
            (
                "Dr Anne Aerts",
                "1-23456-25-004",
                "second-year",
                Some(("2026-11-20", Some("Sophie Martin"))),
            ),
            ("Dr Bart Bosmans", "1-23457-24-004", "second-year", None),
            (
                "Dr Bart Bosmans",
                "1-23458-23-004",
                "second-year",
                Some(("2026-11-21", None)),
            ),
        ],
    );
    let output = conventio_in(home.path(), &["check", path(&files), "--json", "--today", "2026-11-23"]);
    let doc: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let overview = |n: usize| doc["files"][n]["overview"].clone();
    assert_eq!(overview(0)["registered_on"], "2026-11-20");
    assert_eq!(overview(0)["registered_by"], "Sophie Martin");
    assert!(
        overview(1)["registered_on"].is_null() && overview(1)["registered_by"].is_null(),
        "the namesake with another number is not the registered one"
    );
    assert_eq!(overview(2)["registered_on"], "2026-11-21");
    assert!(overview(2)["registered_by"].is_null(), "marked before a name was given");

    // The same from the practice itself, and only those still to register.
    let output = conventio_in(
        home.path(),
        &[
            "check",
            "--practice",
            "--json",
            "--today",
            "2026-11-23",
            "--still-to-register",
        ],
    );
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let doc: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let doctors = doc["doctors"].as_array().unwrap();
    assert_eq!(doctors.len(), 1, "{doc:#}");
    assert_eq!(doctors[0]["label"], "Dr Bart Bosmans (1-23457-24-004)");
    assert_eq!(doctors[0]["source"], "version");
    assert_eq!(doctors[0]["note"], "", "no note: an empty one");

    // A doctor's note (the overview's "mandat eHealth à demander") is in the JSON, the CSV and the
    // printed list.
    let practice = conventio::core::practice::Practice::open(home.path().join("data"), Agreements::embedded().clone());
    let bart = practice.doctor_by_inami("1-23457-24-004").unwrap();
    practice.set_note(&bart, "mandat eHealth à demander").unwrap();
    let output = conventio_in(
        home.path(),
        &[
            "check",
            "--practice",
            "--json",
            "--today",
            "2026-11-23",
            "--still-to-register",
        ],
    );
    let doc: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(doc["doctors"][0]["note"], "mandat eHealth à demander");
    let csv = home.path().join("liste.csv");
    let pdf = home.path().join("liste.pdf");
    for list in [&csv, &pdf] {
        let output = conventio_in(
            home.path(),
            &[
                "check",
                "--practice",
                "--lang",
                "fr",
                "--today",
                "2026-11-23",
                "--to",
                path(list),
            ],
        );
        assert!(list.is_file(), "{}", String::from_utf8_lossy(&output.stderr));
    }
    let csv = String::from_utf8(std::fs::read(&csv).unwrap()).unwrap();
    let header = csv.lines().next().unwrap();
    assert!(header.ends_with(";Enregistré par;Note"), "{header}");
    assert!(
        csv.lines()
            .any(|line| line.starts_with("Dr Bart Bosmans;1-23457-24-004;")
                && line.ends_with(";mandat eHealth à demander")),
        "{csv}"
    );
    let text = pdf_extract::extract_text_from_mem(&std::fs::read(&pdf).unwrap()).unwrap();
    let squashed: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    assert!(squashed.contains("mandateHealthàdemander"), "{text}");
}

#[test]
fn check_in_text_says_each_doctors_mark_and_names_practice_doctors_with_their_number() {
    let home = tempfile::tempdir().unwrap();
    let files = practice_with_files(
        home.path(),
        &[
            (
                "Dr Anne Aerts",
                "1-23456-25-004",
                "second-year",
                Some(("2026-11-20", Some("Sophie Martin"))),
            ),
            ("Dr Bart Bosmans", "1-23457-24-004", "second-year", None),
        ],
    );
    let text = |args: &[&str]| {
        let output = conventio_in(home.path(), args);
        String::from_utf8_lossy(&output.stdout).into_owned()
    };
    let line = |text: &str, who: &str| text.lines().find(|l| l.contains(who)).unwrap_or_default().to_owned();
    // Saved files: each found in the practice by its number, the mark said on its line.
    let folder = text(&["check", path(&files), "--lang", "fr", "--today", "2026-11-23"]);
    assert!(
        line(&folder, "Dr Anne Aerts").ends_with("— Enregistré dans ProSanté le 20/11/2026 par Sophie Martin"),
        "{folder}"
    );
    assert!(!line(&folder, "Dr Bart Bosmans").contains("ProSanté"), "{folder}");
    assert!(folder.contains("Total : 2 déclarations, dont 2 valables"), "{folder}");
    // One file: the mark under its findings.
    let one = text(&[
        "check",
        path(&files.join("0.json")),
        "--lang",
        "nl",
        "--today",
        "2026-11-23",
    ]);
    assert!(
        one.contains("  Geregistreerd in ProGezondheid op 20/11/2026 door Sophie Martin"),
        "{one}"
    );
    // The practice: each doctor named once, with the number, and where the declaration came from.
    let practice = text(&["check", "--practice", "--lang", "fr", "--today", "2026-11-23"]);
    let bart = line(&practice, "Dr Bart Bosmans");
    assert!(bart.starts_with("Dr Bart Bosmans (1-23457-24-004) — "), "{practice}");
    assert_eq!(bart.matches("Bosmans").count(), 1, "{practice}");
    assert!(bart.ends_with("— dernière version du 20/11/2026"), "{practice}");
}

#[test]
fn check_to_a_pdf_prints_the_practice_list_and_keeps_stdout_for_the_json() {
    let home = tempfile::tempdir().unwrap();
    let files = practice_with_files(
        home.path(),
        &[
            (
                "Dr Anne Aerts",
                "1-23456-25-004",
                "second-year",
                Some(("2026-11-20", Some("Sophie Martin"))),
            ),
            ("Dr Bart Bosmans", "1-23457-24-004", "second-year", None),
            ("Dr Chloé Claes", "1-23458-23-004", "initial", None),
        ],
    );
    let root = home.path();
    let run = |extra: &[&str]| {
        let mut args = vec!["check", path(&files), "--json", "--today", "2026-11-23", "--lang", "fr"];
        args.extend_from_slice(extra);
        conventio_in(root, &args)
    };
    let list = root.join("liste.pdf");
    let output = run(&["--to", path(&list)]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let doc: serde_json::Value = serde_json::from_slice(&output.stdout).expect("stdout is still the JSON document");
    assert_eq!(doc["files"].as_array().unwrap().len(), 3);
    let text: String = pdf_extract::extract_text_from_mem(&std::fs::read(&list).unwrap())
        .unwrap()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let at = |name: &str| text.find(name).unwrap_or_else(|| panic!("{name} missing: {text}"));
    assert!(at("DrChloéClaes") < at("DrBartBosmans") && at("DrBartBosmans") < at("DrAnneAerts"));
    assert!(text.contains("SophieMartin") && text.contains("Imprimée le 23/11/2026".replace(' ', "").as_str()));

    // An existing list is kept unless --force; an unknown extension is refused; both before checking.
    let again = run(&["--to", path(&list)]);
    assert_eq!(again.status.code(), Some(1));
    assert!(again.stdout.is_empty(), "nothing was checked");
    let sheet = root.join("liste.csv");
    let filtered = run(&["--to", path(&sheet), "--still-to-register"]);
    assert_eq!(filtered.status.code(), Some(0));
    let csv = std::fs::read_to_string(&sheet).unwrap();
    assert!(csv.starts_with("\u{feff}Nom;"), "{csv}");
    assert_eq!(
        csv.lines().count(),
        3,
        "the header and the two still to register: {csv}"
    );
    assert!(!csv.contains("Dr Anne Aerts"));
    let odd = run(&["--to", path(&root.join("liste.docx"))]);
    assert_eq!(odd.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&odd.stderr).contains(".pdf ou .csv"));
}

// ---------------------------------------------------------------------------------------------
// Whatever the file holds, the import answers instead of panicking

mod robustness {
    use super::*;
    use proptest::prelude::*;

    fn google() -> String {
        String::from_utf8(std::fs::read(fixture("google.ics")).unwrap()).unwrap()
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

        #[test]
        fn a_calendar_with_any_part_cut_out_never_panics(from in 0usize..3000, length in 0usize..400) {
            let text = google();
            let start = text.char_indices().map(|(i, _)| i).find(|&i| i >= from.min(text.len())).unwrap_or(text.len());
            let end = text.char_indices().map(|(i, _)| i).find(|&i| i >= start + length).unwrap_or(text.len());
            let cut = format!("{}{}", &text[..start], &text[end..]);
            let _ = import::ics::propose(&cut, &declaration(), &IcsOptions::for_week(date("2026-11-23")));
        }

        #[test]
        fn any_text_in_a_calendar_property_never_panics(value in "\\PC{0,60}", name in "(DTSTART|DTEND|RRULE|DURATION|LOCATION|EXDATE|DTSTART;TZID=X)") {
            let text = format!(
                "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20261124T080000\r\nDTEND:20261124T120000\r\n{name}:{value}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
            );
            let _ = import::ics::propose(&text, &declaration(), &IcsOptions::for_week(date("2026-11-23")));
        }

        #[test]
        fn any_spreadsheet_row_is_read_or_refused_with_a_position(row in "\\PC{0,80}") {
            let text = format!("day;start;end;site;rates;setting;note\n{row}\n");
            if let Err(error) = import::csv::propose(&text, &declaration(), &CsvOptions::default()) {
                prop_assert!(error.position().is_some(), "{error:?}");
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Real agendas, round two (issue 18): iOS 26, Exchange, DAVx5, SabreDAV, Sunbird, a booking site

#[test]
fn an_ios_26_export_with_structured_locations_imports_despite_the_escaped_semicolons() {
    let text = std::fs::read_to_string(fixture("ios26.ics")).unwrap();
    // The crate alone refuses the file for a property the import never reads.
    let unfolded = icalendar::parser::unfold(&text);
    assert!(
        icalendar::parser::read_calendar(&unfolded).is_err(),
        "the crate still refuses it"
    );
    let proposal = calendar("ios26.ics", "2026-11-23");
    assert_eq!(
        described(&proposal),
        vec![
            "monday 08:30–12:00 ixelles agreement office [overlaps [0]] «Consultations»",
            "thursday 14:00–18:00 erasme agreement office [new] «Consultations hôpital»",
        ]
    );
    assert!(proposal.slots.iter().all(|p| !p.rates_guessed));
}

#[test]
fn exchanges_private_mask_is_not_a_free_fee_and_a_stated_rate_is_marked_as_guessed() {
    let proposal = calendar("exchange.ics", "2026-11-23");
    assert_eq!(
        described(&proposal),
        vec![
            "tuesday 09:00–12:00 uccle agreement office [new] «[private]»",
            "thursday 17:00–20:00 uccle free office [new] «Consultations – honoraires libres»",
        ]
    );
    let guessed: Vec<bool> = proposal.slots.iter().map(|p| p.rates_guessed).collect();
    assert_eq!(
        guessed,
        [false, true],
        "[private] guesses nothing; \"honoraires libres\" is a guess shown as one"
    );
}

#[test]
fn davx5_sabredav_sunbird_and_a_booking_site_are_read() {
    let davx5 = calendar("davx5.ics", "2026-11-23");
    assert_eq!(
        described(&davx5),
        vec!["wednesday 14:00–17:00 ixelles agreement office [new] «Consultations libres (sans rendez-vous)»"],
        "walk-in hours, not free fees"
    );
    let sabre = calendar("sabredav.ics", "2026-11-23");
    assert_eq!(
        described(&sabre),
        vec!["friday 08:00–12:00 uccle free office [new] «Consultations (honoraires libres)»"]
    );
    let sunbird = calendar("sunbird.ics", "2026-11-23");
    assert_eq!(
        described(&sunbird),
        vec!["saturday 09:00–12:00 ixelles agreement home_visit [new] «Visites à domicile»"]
    );
    // Appointments without a place: three sites, none named, so each is left out and says why.
    let booking = calendar("booking.ics", "2026-11-23");
    assert!(booking.slots.is_empty(), "{:?}", described(&booking));
    assert_eq!(skipped(&booking).len(), 4, "{:?}", skipped(&booking));
}

#[test]
fn a_calendar_line_the_import_needs_and_cannot_read_is_named_by_its_line_in_every_language() {
    let text = std::fs::read_to_string(fixture("ios26.ics")).unwrap().replace(
        "DTSTART;TZID=Europe/Brussels:20261008T140000",
        "DTSTART;X-NOTE=a\\; b, c:20261008T140000",
    );
    let line = text.lines().position(|l| l.starts_with("DTSTART;X-NOTE")).unwrap() + 1;
    let error = import::ics::propose(&text, &declaration(), &IcsOptions::for_week(date("2026-11-23"))).unwrap_err();
    assert_eq!(error.position(), Some((line, None)));
    for language in Language::ALL {
        let said = error.describe(localizer(language));
        assert!(said.contains(&line.to_string()), "{language:?}: {said}");
        assert!(said.contains("DTSTART;X-NOTE"), "{language:?}: {said}");
        assert!(
            !said.contains("Satisfy") && !said.contains("Many0"),
            "no parser internals: {said}"
        );
    }
}

#[test]
fn practice_commands_print_every_doctor_export_import_and_back_up() {
    let home = tempfile::tempdir().unwrap();
    practice_with_files(
        home.path(),
        &[
            (
                "Dr Koen Verhaeghe",
                "1-23456-25-004",
                "second-year",
                Some(("2026-11-20", None)),
            ),
            ("Dr Koen Verhaeghe", "1-23457-24-004", "second-year", None),
        ],
    );
    // Every doctor's PDF, namesakes apart by their numbers; existing ones kept without --force.
    let out = home.path().join("pdfs");
    let printed = conventio_in(home.path(), &["practice", "print", path(&out), "--lang", "fr"]);
    assert_eq!(
        printed.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&printed.stderr)
    );
    for inami in ["1-23456-25-004", "1-23457-24-004"] {
        let pdf = out.join(format!("Dr Koen Verhaeghe - {inami} - 2026-2027.pdf"));
        assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"), "{}", pdf.display());
    }
    let again = conventio_in(home.path(), &["practice", "print", path(&out), "--lang", "fr"]);
    assert_eq!(again.status.code(), Some(1), "existing PDFs are not replaced unasked");

    // Export, import into another practice, then again: nothing doubled.
    let zip = home.path().join("cabinet.zip");
    let exported = conventio_in(home.path(), &["practice", "export", path(&zip), "--lang", "en"]);
    assert_eq!(
        exported.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&exported.stderr)
    );
    assert!(String::from_utf8_lossy(&exported.stdout).contains("2 doctors, 2 versions, 1 mark"));
    let other = tempfile::tempdir().unwrap();
    for expected in [
        "2 new doctors, 2 versions, 1 mark",
        "0 new doctors, 0 versions, 0 marks",
    ] {
        let imported = conventio_in(other.path(), &["practice", "import", path(&zip), "--lang", "en"]);
        assert_eq!(
            imported.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&imported.stderr)
        );
        assert!(
            String::from_utf8_lossy(&imported.stdout).contains(expected),
            "{expected}"
        );
    }
    let listed = conventio_in(
        other.path(),
        &["check", "--practice", "--json", "--today", "2026-11-23"],
    );
    let doc: serde_json::Value = serde_json::from_slice(&listed.stdout).unwrap();
    assert_eq!(doc["doctors"].as_array().unwrap().len(), 2);

    // A backup, dated, that restores.
    let backup = conventio_in(home.path(), &["practice", "backup", "--lang", "en"]);
    assert_eq!(
        backup.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&backup.stderr)
    );
    let file = home.path().join("data/backups");
    let made: Vec<_> = std::fs::read_dir(&file).unwrap().flatten().map(|e| e.path()).collect();
    assert_eq!(made.len(), 1);
    let restored = conventio_in(other.path(), &["practice", "restore", path(&made[0]), "--lang", "en"]);
    assert_eq!(
        restored.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&restored.stderr)
    );
    // A file that is not a practice export is refused, exit 2.
    std::fs::write(home.path().join("x.zip"), "no").unwrap();
    let refused = conventio_in(home.path(), &["practice", "import", path(&home.path().join("x.zip"))]);
    assert_eq!(refused.status.code(), Some(2));
}

/// A declaration with no site yet (the doctor starts from the agenda).
const NO_SITE: &str = r#"{
  "format": "conventio-declaration", "version": 1, "agreement": "2026-2027", "prepared_on": "2026-11-23",
  "doctor": { "name": "Dr Anne Peeters", "inami": "1-00001-06-004", "role": "general_practitioner" },
  "choice": "partial", "sites": [], "slots": []
}"#;

#[test]
fn events_without_a_place_and_no_site_say_so_and_a_new_site_takes_them() {
    let empty = read_declaration(NO_SITE, Agreements::embedded()).unwrap();
    let text = std::fs::read_to_string(fixture("booking.ics")).unwrap();
    let options = IcsOptions::for_week(date("2026-11-23"));
    let proposal = import::ics::propose(&text, &empty, &options).unwrap();
    assert!(proposal.slots.is_empty());
    assert_eq!(proposal.unplaced(), 4);
    assert!(
        proposal
            .skipped
            .iter()
            .all(|s| s.reason.id == "import-skip-no-place-no-site"),
        "not \"several places\": there are none"
    );
    let options = IcsOptions {
        new_site_for_unplaced: Some("Cabinet Peeters".into()),
        ..options
    };
    let proposal = import::ics::propose(&text, &empty, &options).unwrap();
    assert_eq!(proposal.new_sites.len(), 1);
    assert_eq!(proposal.new_sites[0].name, "Cabinet Peeters");
    // Four 20-minute appointments from 08:30 (07:30 UTC) make one slot.
    assert_eq!(
        described(&proposal),
        vec![format!(
            "tuesday 08:30–09:50 {} agreement office [new] «Consultation (patient)»",
            proposal.new_sites[0].id
        )]
    );
}

#[test]
fn cli_import_of_events_without_a_place_creates_the_site_named_by_new_site() {
    let dir = tempfile::tempdir().unwrap();
    let into = dir.path().join("peeters.json");
    std::fs::write(&into, NO_SITE).unwrap();
    let booking = fixture("booking.ics");
    let base = [
        "import",
        path(&booking),
        "--into",
        path(&into),
        "--week",
        "2026-11-23",
        "--lang",
        "fr",
    ];
    let output = conventio(&base);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{stdout}");
    assert!(stdout.contains("--new-site"), "the way through is said: {stdout}");
    assert!(
        !stdout.contains("plusieurs"),
        "no \"several places\" when there are none: {stdout}"
    );
    let output = conventio(&[&base[..], &["--new-site", "Cabinet Peeters"]].concat());
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{stdout}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let written = read_declaration(&std::fs::read_to_string(&into).unwrap(), Agreements::embedded()).unwrap();
    assert_eq!(written.sites.len(), 1);
    assert_eq!(written.sites[0].name, "Cabinet Peeters");
    assert_eq!(written.slots.len(), 1);
    assert_eq!(written.slots[0].site, written.sites[0].id);
    // --site and --new-site together make no sense: refused before anything is read.
    let output = conventio(&[&base[..], &["--new-site", "X", "--site", "y"]].concat());
    assert_ne!(output.status.code(), Some(0));
}
