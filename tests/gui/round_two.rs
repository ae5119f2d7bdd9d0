//! Issue 18, "the window, round two": what a fast typist, a small screen and a real agenda broke.
//! Each test fails on the code before the fix.

use super::*;
use conventio::app::screen::schedule::import::Message as ImportMessage;

/// Item 2: a press on the 08:00 line and a drag to the 12:00 line give 08:00–12:00, not 07:45–11:45.
#[test]
fn dragging_from_an_hour_line_starts_on_that_line() {
    let mut h = harness(Language::Fr);
    h.open_example(0);
    let slots = h.app.declaration().slots.clone();
    let before = slots.len();
    h.interact(|ui| {
        let grid = ui.find(Id::new("week-grid")).unwrap();
        let bounds = grid.visible_bounds().unwrap();
        let size = iced::Size::new(bounds.width, bounds.height);
        let line = |minute: u16| bounds.y + conventio::app::widget::grid::line_y(size, &slots, minute);
        // Sunday's column: free in the example.
        let x = bounds.x + bounds.width - 20.0;
        // A press a fraction of a pixel above the line, as a hand does.
        ui.point_at(iced::Point::new(x, line(8 * 60) - 0.4));
        let _ = ui.simulate([iced::Event::Mouse(iced::mouse::Event::ButtonPressed(
            iced::mouse::Button::Left,
        ))]);
        ui.point_at(iced::Point::new(x, line(12 * 60) - 0.4));
        let _ = ui.simulate([iced::Event::Mouse(iced::mouse::Event::ButtonReleased(
            iced::mouse::Button::Left,
        ))]);
    });
    assert_eq!(h.app.declaration().slots.len(), before + 1);
    let added = &h.app.declaration().slots[before];
    assert_eq!(added.day, Weekday::Sunday);
    assert_eq!(
        (added.start.to_string(), added.end.to_string()),
        ("08:00".to_owned(), "12:00".to_owned())
    );
}

/// Item 3: the import panel of one doctor's agenda is gone when another doctor's declaration is
/// opened: nothing ticked, no dashed preview, one click cannot add them to the wrong schedule.
#[test]
fn the_import_panel_forgets_the_previous_doctors_agenda() {
    let mut h = harness(Language::Fr);
    h.open_example(0);
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ics/google.ics");
    h.import_through_the_panel(&file);
    assert!(
        h.app.schedule().import().loaded.is_some(),
        "the first doctor's file is read"
    );
    h.open_example(1);
    h.run(Message::GoTo(Screen::Schedule));
    assert!(
        h.app.schedule().import().loaded.is_none(),
        "no file of the previous doctor"
    );
    assert!(
        h.app.schedule().import().preview.is_empty(),
        "no dashed slots on the new week"
    );
    assert!(!h.app.schedule().import().open);
    let before = h.app.declaration().slots.clone();
    let _ = h
        .app
        .update(Message::Schedule(ScheduleMessage::ImportPanel(ImportMessage::Apply)));
    assert_eq!(h.app.declaration().slots, before, "nothing to add from the other file");
}

/// Types in a field of the slot panel after emptying it, then presses `then` (Tab, Enter).
fn retype(h: &mut Harness, field: &'static str, typed: &'static str, then: iced::keyboard::key::Named) {
    h.interact(|ui| {
        ui.click(Id::new(field)).unwrap();
        for _ in 0..6 {
            ui.tap_key(iced::keyboard::key::Named::Backspace);
        }
        ui.typewrite(typed);
        ui.tap_key(then);
    });
}

/// Item 1: the first key of `13:00`, then Tab: nothing taken unseen. The field shows what it read
/// (`01:00`), asks once, and the slot keeps 08:00 until the user says yes.
#[test]
fn a_one_key_time_is_shown_and_asked_about_not_applied_unseen() {
    use iced::keyboard::key::Named;
    let mut h = harness(Language::Fr);
    h.open_example(0);
    let first = slot_id(&h.app, 0);
    let _ = h.app.update(Message::Schedule(ScheduleMessage::SelectSlot(first)));
    let before = h.app.declaration().slots[0].clone();
    h.interact(|ui| {
        ui.click(Id::new("slot-start")).unwrap();
        for _ in 0..6 {
            ui.tap_key(Named::Backspace);
        }
        ui.typewrite("1");
    });
    assert_eq!(h.app.declaration().slots[0], before, "a key typed changes nothing");
    retype(&mut h, "slot-start", "1", Named::Tab);
    assert_eq!(h.app.declaration().slots[0].start, before.start, "not 01:00 unasked");
    assert_eq!(
        h.app.schedule().editor().start,
        "01:00",
        "the field shows what was read"
    );
    let question = localizer(Language::Fr).tr_args("gui-time-unusual", &[("time", "01:00".into())]);
    assert!(h.sees(&question), "01:00 — vraiment ?");
    assert!(!h.sees(&h.tr("gui-check-ok")), "never 'conforme' meanwhile");
    // Yes: taken.
    let yes = localizer(Language::Fr).tr_args("gui-time-unusual-yes", &[("time", "01:00".into())]);
    h.interact(|ui| {
        ui.click(yes.as_str()).unwrap();
    });
    assert_eq!(h.app.declaration().slots[0].start.to_string(), "01:00");
    assert!(!h.sees(&question));
    // 13:00 and Tab: taken at once, the field shows it as taken.
    retype(&mut h, "slot-start", "13", Named::Tab);
    assert_eq!(h.app.declaration().slots[0].start.to_string(), "13:00");
    assert_eq!(h.app.schedule().editor().start, "13:00");
}

/// Item 1: `8h3`, `25:00`, `8:30-` stay refused; two bad fields are both named by the check, and
/// each field's message is under that field.
#[test]
fn two_bad_time_fields_are_both_named_each_message_under_its_field() {
    use iced::keyboard::key::Named;
    let mut h = harness(Language::Fr);
    h.open_example(0);
    let first = slot_id(&h.app, 0);
    let _ = h.app.update(Message::Schedule(ScheduleMessage::SelectSlot(first)));
    let before = h.app.declaration().slots[0].clone();
    retype(&mut h, "slot-start", "8h3", Named::Tab);
    retype(&mut h, "slot-end", "25:00", Named::Enter);
    assert_eq!(h.app.declaration().slots[0], before, "neither is taken");
    let report = h.app.report();
    let unfinished: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.rule == conventio::core::rules::RuleId::UnfinishedTime)
        .map(|f| localizer(Language::Fr).message(&f.message))
        .collect();
    assert_eq!(unfinished.len(), 2, "{unfinished:?}");
    assert!(
        unfinished[0].contains("Début") && unfinished[0].contains("8h3"),
        "{unfinished:?}"
    );
    assert!(
        unfinished[1].contains("Fin") && unfinished[1].contains("25:00"),
        "{unfinished:?}"
    );
    // Each error is under its own field: the shape error below the start, the range error below the end.
    let (shape_text, range_text) = (h.tr("gui-time-shape"), h.tr("gui-time-range"));
    {
        let mut ui = simulator(&h.app);
        let start = ui.find(Id::new("slot-start")).unwrap().visible_bounds().unwrap();
        let end = ui.find(Id::new("slot-end")).unwrap().visible_bounds().unwrap();
        let shape = ui.find(shape_text.as_str()).unwrap().visible_bounds().unwrap();
        let range = ui.find(range_text.as_str()).unwrap().visible_bounds().unwrap();
        assert!(shape.y > start.y && shape.x < end.x, "{shape:?} under {start:?}");
        assert!(range.y > end.y && range.x >= end.x - 1.0, "{range:?} under {end:?}");
    }
    retype(&mut h, "slot-start", "8:30-", Named::Enter);
    assert_eq!(h.app.declaration().slots[0].start, before.start);
}

/// Item 7: a booking site's appointments without a place, in a declaration without a site yet:
/// the panel says so (not "several places") and makes a site for them.
#[test]
fn events_without_a_place_and_no_site_get_a_site_made_in_the_panel() {
    let mut h = harness(Language::Fr);
    h.run(Message::Start(conventio::app::screen::start::Message::NewDeclaration));
    h.run(Message::GoTo(Screen::Schedule));
    assert!(h.app.declaration().sites.is_empty());
    let import = |m: ImportMessage| Message::Schedule(ScheduleMessage::ImportPanel(m));
    let _ = h
        .app
        .update(import(ImportMessage::WeekTextChanged("24/11/2026".into())));
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ics/booking.ics");
    h.import_through_the_panel(&file);
    let l = localizer(Language::Fr);
    let unplaced = l.tr_args("gui-import-unplaced", &[("count", 4usize.into())]);
    assert!(h.sees(&unplaced), "the panel offers a site for the four appointments");
    assert!(!h.sees(&l.tr("import-skip-no-place")), "not \"several places\"");
    h.interact(|ui| {
        ui.click(Id::new(conventio::app::screen::schedule::import::UNPLACED_ID))
            .unwrap();
        ui.typewrite("Cabinet Peeters");
    });
    let create = l.tr("gui-import-unplaced-create");
    h.interact(|ui| {
        ui.click(create.as_str()).unwrap();
    });
    let loaded = h
        .app
        .schedule()
        .import()
        .loaded
        .as_ref()
        .expect("the file is still there");
    assert_eq!(loaded.proposal.slots.len(), 1);
    let _ = h.app.update(import(ImportMessage::Apply));
    let d = h.app.declaration();
    assert_eq!(d.sites.len(), 1);
    assert_eq!(d.sites[0].name, "Cabinet Peeters");
    assert_eq!(d.slots.len(), 1);
    assert_eq!(d.slots[0].site, d.sites[0].id);
}

/// Item 4: the schedule step laid out for the width it has. At 1024×700, at 100 % and at 130 %
/// (the window then has 788×538 of its own pixels), and at 1366×768, in the four languages: "Add a
/// slot" is whole and inside the window, the week keeps readable days, the slot panel shows.
#[test]
fn the_schedule_step_fits_small_screens_and_zoom_in_every_language() {
    for language in Language::ALL {
        for (width, height) in [(1024.0, 700.0), (1024.0 / 1.3, 700.0 / 1.3), (1366.0, 768.0)] {
            let mut h = harness(language);
            h.open_example(0);
            let first = slot_id(&h.app, 0);
            let _ = h.app.update(Message::Schedule(ScheduleMessage::SelectSlot(first)));
            let add = h.tr("gui-slot-add");
            let mut ui = Simulator::with_size(settings(), (width, height), h.app.view());
            let case = format!("{language:?} {width}×{height}");
            let button = ui.find(add.as_str()).unwrap().visible_bounds().expect(&case);
            assert!(
                button.x >= 0.0 && button.x + button.width <= width && button.y + button.height <= height,
                "{case}: \"{add}\" at {button:?}"
            );
            let week = ui.find(Id::new("week-grid")).unwrap().visible_bounds().expect(&case);
            assert!(week.width / 7.0 >= 60.0, "{case}: days {} px wide", week.width / 7.0);
            assert!(week.height >= 200.0, "{case}: week {} px high", week.height);
            assert!(ui.find(Id::new("slot-start")).is_ok(), "{case}: the slot panel");
        }
    }
}

/// Item 9: counts through Fluent's plural rules ("1 nieuwe plaats", not "1 nieuwe plaatsen"), and a
/// calendar over the size limit says what to do: export a shorter period.
#[test]
fn import_counts_are_plural_aware_and_a_too_large_calendar_says_to_export_less() {
    let nl = localizer(Language::Nl);
    let one = nl.tr_args("gui-import-done", &[("count", 1usize.into()), ("sites", 1usize.into())]);
    assert!(one.starts_with("1 blok geïmporteerd, 1 nieuwe plaats."), "{one}");
    let fr = localizer(Language::Fr);
    assert_eq!(
        fr.tr_args("gui-import-apply", &[("count", 1usize.into())]),
        "Importer la plage choisie"
    );
    assert!(
        fr.tr_args("gui-import-outside-week", &[("count", 1usize.into())])
            .starts_with("1 événement ou série")
    );
    for language in Language::ALL {
        let said = conventio::core::import::ImportError::TooLarge { limit_mib: 16 }.describe(localizer(language));
        assert!(said.contains("16"), "{said}");
        assert!(said.len() > 60, "{language:?} says what to do: {said}");
    }
    assert!(
        conventio::core::import::ImportError::TooLarge { limit_mib: 16 }
            .describe(fr)
            .contains("période plus courte")
    );
}

/// Item 8: Exchange's "[private]" mask is not taken for free fees, and a rate read off a title is
/// shown as a guess in the panel.
#[test]
fn exchanges_private_mask_stays_at_agreement_rates_and_a_guess_is_shown_as_one() {
    let mut h = harness(Language::Fr);
    h.open_example(0);
    let import = |m: ImportMessage| Message::Schedule(ScheduleMessage::ImportPanel(m));
    let _ = h
        .app
        .update(import(ImportMessage::WeekTextChanged("24/11/2026".into())));
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ics/exchange.ics");
    h.import_through_the_panel(&file);
    let loaded = h
        .app
        .schedule()
        .import()
        .loaded
        .as_ref()
        .expect("the Exchange file is read");
    let private = loaded
        .proposal
        .slots
        .iter()
        .find(|p| p.slot.note.as_deref() == Some("[private]"))
        .expect("the private appointment is proposed");
    assert_eq!(private.slot.rates, Rates::Agreement, "not free fees");
    assert!(!private.rates_guessed);
    assert!(
        loaded
            .proposal
            .slots
            .iter()
            .any(|p| p.rates_guessed && p.slot.rates == Rates::Free)
    );
    assert!(h.sees(&h.tr("import-rates-guessed")), "tarifs devinés d'après le titre");
}

/// Item 5: a notice about the previous doctor goes when another declaration is opened.
#[test]
fn a_notice_about_the_previous_declaration_goes_when_another_is_opened() {
    let mut h = harness(Language::Fr);
    h.open_example(0);
    let _ = h.app.update(Message::Schedule(ScheduleMessage::ImportPanel(
        ImportMessage::DialogClosed(conventio::app::system::Picked::NoService),
    )));
    assert!(h.app.notice().is_some(), "the failed dialog is said");
    h.open_example(1);
    assert!(h.app.notice().is_none(), "{:?}", h.app.notice());
}

/// Item 9: the overview's default export file is named in the user's language.
#[test]
fn the_overviews_default_export_file_is_named_in_the_users_language() {
    for (language, stem) in [(Language::Fr, "apercu-cabinet-"), (Language::Nl, "praktijkoverzicht-")] {
        let mut h = harness(language);
        h.run(Message::GoTo(Screen::Overview));
        let path = h.app.overview().export_path.clone();
        let name = Path::new(&path).file_name().unwrap().to_string_lossy().into_owned();
        assert!(name.starts_with(stem) && name.ends_with(".csv"), "{language:?}: {name}");
    }
}
