//! An afternoon as a practice secretary in the real window (qa3): what was lost or mixed up,
//! replayed headless. Each test fails on the code before its fix.

use super::*;
use conventio::app::screen::review::Message as ReviewMessage;

const HELENE: &str = "1-00003-04-003";

fn save_doctor(h: &mut Harness, name: &str, inami: &str) -> String {
    h.open_example(0);
    let _ = h.app.update(Message::Doctor(DoctorMessage::NameChanged(name.into())));
    let _ = h.app.update(Message::Doctor(DoctorMessage::InamiChanged(inami.into())));
    h.run(Message::GoTo(Screen::Review));
    h.run(Message::Review(ReviewMessage::Save));
    h.app.origin().profile_id.clone().expect("saved as a doctor")
}

/// Seen in the window: a note typed on the overview without Enter ("eHealth mandaat vragen") was
/// still in its field after opening another doctor and coming back, and the bar under it said
/// every change is saved and the window can be closed at any time; once closed, the practice had
/// no note. Closing keeps it as Enter would, before the window goes.
#[test]
fn a_note_typed_on_the_overview_is_kept_when_the_window_closes() {
    let mut h = harness(Language::Nl);
    let helene = save_doctor(&mut h, "Dr Hélène Noël", HELENE);
    h.run(Message::GoTo(Screen::Overview));
    let placeholder = h.tr("gui-overview-note-placeholder");
    h.interact(|ui| {
        ui.click(placeholder.as_str()).expect("each row has a note field");
        ui.typewrite("eHealth mandaat vragen");
    });
    let close = h.app.update(Message::CloseRequested(iced::window::Id::unique()));
    let last = actions_of(close, |action| matches!(action, iced_runtime::Action::Window(_)));
    assert_eq!(last.last(), Some(&true), "the window closes last");
    let kept = h.app.practice().load().unwrap();
    let kept = kept.iter().find(|p| p.id == helene).expect("Hélène in the practice");
    assert_eq!(kept.note, "eHealth mandaat vragen");
}

/// Seen in the window: Ctrl+S on the schedule step, for a copy of a doctor another window had
/// open, did nothing one could see: the save asked whether to replace the doctor's file, but the
/// question is on the review step, and the window stayed on the week. The question is shown.
#[test]
fn ctrl_s_on_another_step_shows_the_question_the_save_asks() {
    let mut h = harness(Language::Nl);
    save_doctor(&mut h, "Dr Hélène Noël", HELENE);
    let helene_file = h.app.origin().file.clone().expect("saved to a file");
    h.open_example(0);
    let _ = h
        .app
        .update(Message::Doctor(DoctorMessage::NameChanged("Dr Karel Maes".into())));
    let _ = h
        .app
        .update(Message::Doctor(DoctorMessage::InamiChanged("1-20000-86-004".into())));
    h.run(Message::GoTo(Screen::Review));
    let _ = h.app.update(Message::Review(ReviewMessage::SavePathChanged(
        helene_file.display().to_string(),
    )));
    h.run(Message::GoTo(Screen::Schedule));
    // What Ctrl+S sends.
    h.run(Message::Review(ReviewMessage::Save));
    let question = h
        .app
        .review()
        .pending_overwrite()
        .expect("asked before replacing Hélène's file")
        .to_owned();
    assert!(h.sees(&question), "the question is on screen");
}

/// Seen in the window: the first window had Dr Jan Peeters open from the list; a second window
/// opened him (a copy), changed Tuesday to 08:00–16:00 and, asked, replaced his file. The first
/// window then changed Monday and saved: no question, and the second window's Tuesday was gone
/// from his file and his current version. The first window now asks before saving over a
/// version it has not seen.
#[test]
fn a_window_asks_before_saving_over_a_version_another_window_saved_since_it_opened_the_doctor() {
    use conventio::app::screen::start::Message as StartMessage;
    let mut h = harness(Language::Nl);
    let jan = save_doctor(&mut h, "Dr Jan Peeters", "1-00001-06-004");
    // The first window moves on, then opens Jan from the practice's list.
    h.open_example(1);
    h.run(Message::Start(StartMessage::OpenProfile(jan.clone())));
    assert_eq!(h.app.origin().profile_id.as_deref(), Some(jan.as_str()));
    let mut second = App::new(h.app.options().clone());
    run(&mut second, Message::Start(StartMessage::OpenProfile(jan.clone())));
    assert_eq!(second.origin().profile_id, None, "a copy");
    run(
        &mut second,
        Message::Doctor(DoctorMessage::SiteNameChanged(0, "Praktijk Gent".into())),
    );
    run(&mut second, Message::GoTo(Screen::Review));
    run(&mut second, Message::Review(ReviewMessage::Save));
    assert!(second.review().pending_overwrite().is_some(), "the copy asks first");
    run(&mut second, Message::Review(ReviewMessage::OverwriteConfirmed));
    assert_eq!(
        h.app.practice().history(&jan).last().unwrap().declaration.sites[0].name,
        "Praktijk Gent"
    );
    // The first window, which has not seen that version, changes Jan and saves.
    h.run(Message::Doctor(DoctorMessage::SiteNameChanged(
        0,
        "Praktijk Gent-Zuid".into(),
    )));
    h.run(Message::GoTo(Screen::Review));
    h.run(Message::Review(ReviewMessage::Save));
    assert!(
        h.app.review().pending_overwrite().is_some(),
        "asked before saving over the second window's version"
    );
    assert_eq!(
        h.app.practice().history(&jan).last().unwrap().declaration.sites[0].name,
        "Praktijk Gent",
        "nothing replaced before the answer"
    );
}

/// Seen in the window: on a new declaration's schedule step, "Plaats toevoegen" (there is no site
/// yet) opened the doctor step with the keyboard in the doctor's name, far above the field where
/// the new site's name is typed. The keyboard goes to that field, in sight.
#[test]
fn add_a_site_from_the_schedule_puts_the_keyboard_in_the_new_site_field() {
    use conventio::app::screen::start::Message as StartMessage;
    let mut h = harness(Language::Nl);
    h.run(Message::Start(StartMessage::NewDeclaration));
    let mut window = super::focus::Window::new(1280.0, 820.0);
    window.update(&mut h.app, Message::GoTo(Screen::Schedule));
    let add_site = h.tr("gui-schedule-add-site");
    assert!(h.sees(&add_site), "no site yet: the schedule offers to add one");
    window.update(&mut h.app, Message::Schedule(ScheduleMessage::AddSite));
    let focused = window.focused(&h.app).expect("a control has the keyboard");
    assert_eq!(focused.id, Some(Id::new("new-site")));
    assert!(window.focused_in_sight(&h.app).is_ok());
}

/// The same, for the window that reopens on the doctor it had: Dr Jan Peeters' window closed
/// with work in progress and opened again on him; a second window then saved a version of him
/// over his file. The reopened window asks before saving over it.
#[test]
fn a_reopened_window_asks_before_saving_over_a_version_another_window_saved_since() {
    use conventio::app::screen::start::Message as StartMessage;
    let home = tempfile::tempdir().unwrap();
    let options = conventio::app::Options::in_folder(home.path(), "2026-12-03".parse().unwrap(), Some(Language::Nl));
    let mut first = App::new(options.clone());
    run(&mut first, Message::Start(StartMessage::OpenExample(0)));
    let _ = first.update(Message::Doctor(DoctorMessage::NameChanged("Dr Jan Peeters".into())));
    let _ = first.update(Message::Doctor(DoctorMessage::InamiChanged("1-00001-06-004".into())));
    run(&mut first, Message::GoTo(Screen::Review));
    run(&mut first, Message::Review(ReviewMessage::Save));
    let jan = first.origin().profile_id.clone().expect("saved as a doctor");
    run(
        &mut first,
        Message::Doctor(DoctorMessage::SiteNameChanged(0, "Praktijk Gent".into())),
    );
    first.flush_draft();
    drop(first);
    let mut first = App::new(options.clone());
    assert_eq!(
        first.origin().profile_id.as_deref(),
        Some(jan.as_str()),
        "reopened on Jan"
    );
    let mut second = App::new(options);
    run(&mut second, Message::Start(StartMessage::OpenProfile(jan.clone())));
    run(
        &mut second,
        Message::Doctor(DoctorMessage::SiteNameChanged(0, "Wachtpost Gent".into())),
    );
    run(&mut second, Message::GoTo(Screen::Review));
    run(&mut second, Message::Review(ReviewMessage::Save));
    run(&mut second, Message::Review(ReviewMessage::OverwriteConfirmed));
    assert_eq!(
        first.practice().history(&jan).last().unwrap().declaration.sites[0].name,
        "Wachtpost Gent"
    );
    run(
        &mut first,
        Message::Doctor(DoctorMessage::SiteNameChanged(0, "Praktijk Gent-Zuid".into())),
    );
    run(&mut first, Message::GoTo(Screen::Review));
    run(&mut first, Message::Review(ReviewMessage::Save));
    assert!(
        first.review().pending_overwrite().is_some(),
        "asked before saving over the second window's version"
    );
}
