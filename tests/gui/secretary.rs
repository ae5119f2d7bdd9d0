//! What an afternoon as a practice secretary in the real window found (qa, session 3): each test
//! fails on the code before its fix.

use super::*;
use conventio::app::screen::overview::Message as OverviewMessage;
use conventio::app::screen::review::Message as ReviewMessage;

/// "+ Add another slot" under a Wednesday slot's times adds the next slot on Wednesday at the same
/// site (the secretary types the week day by day), not on the first free Monday hours at whatever
/// site the last slot of the list had.
#[test]
fn another_slot_goes_on_the_selected_slots_day_at_its_site() {
    let mut h = harness(Language::Fr);
    h.open_example(1);
    let wednesday = h
        .app
        .declaration()
        .slots
        .iter()
        .position(|s| s.day == Weekday::Wednesday)
        .expect("the specialist example works on Wednesday");
    let site = h.app.declaration().slots[wednesday].site.clone();
    assert_ne!(
        h.app.declaration().slots.last().unwrap().site,
        site,
        "the last slot is elsewhere"
    );
    let _ = h.app.update(Message::Schedule(ScheduleMessage::SelectSlot(slot_id(
        &h.app, wednesday,
    ))));
    let before = h.app.declaration().slots.clone();
    let another = h.tr("gui-slot-add-another");
    h.interact(|ui| {
        ui.click(another.as_str()).expect("the button under the slot's times");
    });
    let slots = &h.app.declaration().slots;
    assert_eq!(slots.len(), before.len() + 1);
    let added = slots.iter().find(|s| !before.contains(s)).expect("a new slot");
    assert_eq!((added.day, &added.site), (Weekday::Wednesday, &site), "{added:?}");
    assert!(
        !before
            .iter()
            .any(|s| s.day == added.day && s.start < added.end && added.start < s.end),
        "in free hours: {}–{}",
        added.start,
        added.end
    );
    assert_eq!(
        h.app.schedule().selected(),
        Some(slot_id(&h.app, slots.len() - 1)),
        "and selected"
    );
}

/// A number typed with dots or spaces ("1.54321.06.580") is shown the one way in the doctors'
/// list, the overview, the namesake notice and the PDF file names, as in the declaration's own
/// file name (1-54321-06-580); the file keeps what was typed.
#[test]
fn an_inami_number_typed_with_dots_is_shown_and_named_the_one_way() {
    let mut h = harness(Language::Fr);
    let folder = h._home.path().join("documents");
    let save_as = |h: &mut Harness, file: &str| {
        h.run(Message::Review(ReviewMessage::SavePathChanged(
            folder.join(file).display().to_string(),
        )));
        h.run(Message::Review(ReviewMessage::Save));
    };
    h.open_example(1);
    let _ = h
        .app
        .update(Message::Doctor(DoctorMessage::NameChanged("Dr Jean Dupont".into())));
    let _ = h
        .app
        .update(Message::Doctor(DoctorMessage::InamiChanged("1-23457-24-003".into())));
    save_as(&mut h, "dupont-1.json");
    h.open_example(1);
    let _ = h
        .app
        .update(Message::Doctor(DoctorMessage::NameChanged("Dr Jean Dupont".into())));
    let _ = h
        .app
        .update(Message::Doctor(DoctorMessage::InamiChanged("1.54321.06.580".into())));
    save_as(&mut h, "dupont-2.json");
    let said = h.app.notice_text().expect("the namesake is said");
    assert!(said.contains("1-54321-06-580") && !said.contains("1.54321"), "{said}");
    let stored = std::fs::read_to_string(folder.join("dupont-2.json")).unwrap();
    assert!(stored.contains("\"1.54321.06.580\""), "the file keeps what was typed");

    h.run(Message::GoTo(Screen::Start));
    assert!(h.sees("1-54321-06-580"), "the doctors' list");
    assert!(!h.sees("1.54321.06.580"));
    h.run(Message::GoTo(Screen::Overview));
    let row = h
        .app
        .overview()
        .rows
        .iter()
        .find(|r| r.inami.contains("54321"))
        .expect("a row");
    assert_eq!(row.inami, "1-54321-06-580", "the overview and its CSV");

    let pdfs = h._home.path().join("pdf");
    h.run(Message::Overview(OverviewMessage::PrintFolderChanged(
        pdfs.display().to_string(),
    )));
    h.run(Message::Overview(OverviewMessage::PrintAll));
    let mut names: Vec<String> = std::fs::read_dir(&pdfs)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(
        names.iter().any(|n| n.contains(" - 1-54321-06-580 - ")) && !names.iter().any(|n| n.contains("1.54321")),
        "{names:?}"
    );
}

/// Two slots that overlap are named by their times in the finding ("le lundi, les plages
/// 08:00–12:00, 11:00–17:00 se chevauchent"): the window shows no slot numbers, so "les plages 1,
/// 2" told the secretary nothing. Seen in FR and NL.
#[test]
fn an_overlap_names_the_slots_by_their_times() {
    for language in [Language::Fr, Language::Nl] {
        let mut h = harness(language);
        h.open_example(1);
        let afternoon = h
            .app
            .declaration()
            .slots
            .iter()
            .position(|s| s.day == Weekday::Monday && s.start == TimeOfDay::from_hm(13, 0).unwrap())
            .expect("Monday afternoon in the specialist example");
        let _ = h.app.update(Message::Schedule(ScheduleMessage::SelectSlot(slot_id(
            &h.app, afternoon,
        ))));
        let _ = h
            .app
            .update(Message::Schedule(ScheduleMessage::StartChanged("11".into())));
        let _ = h.app.update(Message::Schedule(ScheduleMessage::TimeSubmitted(
            conventio::app::screen::schedule::TimeField::Start,
        )));
        let report = h.app.session().report();
        let finding = report
            .findings
            .iter()
            .find(|f| f.rule == RuleId::SlotOverlap)
            .expect("the overlap is found");
        let said = localizer(language).message(&finding.message);
        assert!(said.contains("08:00–12:00, 11:00–17:00"), "{language:?}: {said}");
        assert!(!said.contains("1, 2") && !said.contains("2, 1"), "{language:?}: {said}");
        let shown = conventio::app::widget::unbroken(&said);
        assert!(h.sees(&shown), "{language:?}: the panel shows {said}");
    }
}

/// The schedule's list view (kept from one doctor to the next) with no slot yet says how to add
/// one, in FR and NL, instead of showing an empty area; the first slot then appears in the list.
#[test]
fn an_empty_list_view_says_how_to_add_a_slot() {
    use conventio::app::screen::schedule::ScheduleView;
    for language in [Language::Fr, Language::Nl] {
        let mut h = harness(language);
        h.run(Message::Start(conventio::app::screen::start::Message::NewDeclaration));
        h.run(Message::GoTo(Screen::Schedule));
        let _ = h
            .app
            .update(Message::Schedule(ScheduleMessage::ViewChanged(ScheduleView::List)));
        assert!(h.app.declaration().slots.is_empty());
        let said = localizer(language).tr_args("gui-schedule-list-empty", &[("add", h.tr("gui-slot-add").into())]);
        assert!(h.sees(&said), "{language:?}: {said}");
        let add = h.tr("gui-slot-add");
        h.interact(|ui| {
            ui.click(add.as_str()).expect("the add button");
        });
        assert_eq!(h.app.declaration().slots.len(), 1);
        assert!(!h.sees(&said), "{language:?}: gone once there is a slot");
    }
}

/// The line under the schedule's title says how the view on screen works: the week's (click or
/// drag an empty space, colours, place letters) over the week, the list's (click a slot, the add
/// button) over the list, where no colour or letter shows.
#[test]
fn the_help_line_speaks_of_the_view_on_screen() {
    use conventio::app::screen::schedule::ScheduleView;
    for language in [Language::Fr, Language::Nl] {
        let mut h = harness(language);
        h.run(Message::Start(conventio::app::screen::start::Message::NewDeclaration));
        h.run(Message::GoTo(Screen::Schedule));
        let week = h.tr("gui-schedule-help");
        let list = localizer(language).tr_args("gui-schedule-list-help", &[("add", h.tr("gui-slot-add").into())]);
        assert!(
            h.sees(&week) && !h.sees(&list),
            "{language:?}: the week's help over the week"
        );
        let _ = h
            .app
            .update(Message::Schedule(ScheduleMessage::ViewChanged(ScheduleView::List)));
        assert!(
            h.sees(&list) && !h.sees(&week),
            "{language:?}: the list's help over the list"
        );
    }
}

/// A full adherence by an adherent doctor: the review says there is nothing to register in the
/// portal (as the deadline line under it does), not "save it, then copy the conditions into
/// ProSanté" — there are no conditions. A partial adherence keeps that sentence.
#[test]
fn the_review_of_a_full_adherence_says_nothing_to_register() {
    for language in [Language::Fr, Language::Nl] {
        let mut h = harness_on(language, "2026-12-03");
        h.run(Message::Start(conventio::app::screen::start::Message::NewDeclaration));
        let _ = h
            .app
            .update(Message::Doctor(DoctorMessage::NameChanged("Dr Jean Dupont".into())));
        let _ = h
            .app
            .update(Message::Doctor(DoctorMessage::InamiChanged("1-23457-24-003".into())));
        assert_eq!(h.app.declaration().choice, conventio::core::model::Choice::Full);
        h.run(Message::GoTo(Screen::Review));
        assert!(h.sees(&h.tr("gui-review-ready-nothing")), "{language:?}");
        assert!(!h.sees(&h.tr("gui-review-ready")), "{language:?}");
        h.open_example(0);
        h.run(Message::GoTo(Screen::Review));
        assert!(h.sees(&h.tr("gui-review-ready")), "{language:?}: a partial adherence");
    }
}
