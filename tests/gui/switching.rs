//! Issue 19: another declaration comes on screen in two phases — the practice read and written off
//! the window's thread, the answer applied after. What the user does meanwhile is never lost and
//! never mixed with another doctor. Each test holds a switch's task back, acts in the window, then
//! lets the task finish.

use super::*;
use conventio::app::screen::start::Message as StartMessage;

const ANNE: &str = "1-23456-25-004";
const BART: &str = "1-23457-24-004";

/// Two doctors saved in the practice, Anne's on screen: their ids.
fn two_doctors(h: &mut Harness) -> (String, String) {
    let mut ids = Vec::new();
    for (example, name, inami) in [(1, "Dr Bart Bosmans", BART), (0, "Dr Anne Peeters", ANNE)] {
        h.open_example(example);
        h.run(Message::Doctor(DoctorMessage::NameChanged(name.into())));
        h.run(Message::Doctor(DoctorMessage::InamiChanged(inami.into())));
        h.run(Message::GoTo(Screen::Review));
        h.run(Message::Review(conventio::app::screen::review::Message::Save));
        ids.push(h.app.origin().profile_id.clone().expect("saved as a doctor"));
    }
    (ids[1].clone(), ids[0].clone())
}

#[test]
fn keys_typed_while_another_doctor_is_on_their_way_stay_with_the_doctor_they_were_typed_for() {
    let mut h = harness(Language::Fr);
    let (anne, bart) = two_doctors(&mut h);
    h.run(Message::Doctor(DoctorMessage::NameChanged("Dr Anne Peeters-C".into())));
    // Bart is asked for; before the practice answers, the typing on Anne goes on.
    let switch = h.app.update(Message::Start(StartMessage::OpenProfile(bart.clone())));
    assert_eq!(
        h.app.declaration().doctor.name,
        "Dr Anne Peeters-C",
        "nothing switched yet"
    );
    let _ = h.app.update(Message::Doctor(DoctorMessage::NameChanged(
        "Dr Anne Peeters-Claes".into(),
    )));
    run_task(&mut h.app, switch);
    assert_eq!(h.app.origin().profile_id.as_deref(), Some(bart.as_str()));
    assert_eq!(h.app.declaration().doctor.name, "Dr Bart Bosmans", "Bart, untouched");
    let draft = h.app.practice().draft(&anne).expect("Anne's draft").unwrap();
    assert_eq!(draft.doctor.name, "Dr Anne Peeters-Claes", "every key, in her draft");
    // Back to Anne: all she typed, and Undo takes the name back in one step.
    h.run(Message::Start(StartMessage::OpenProfile(anne)));
    assert_eq!(h.app.declaration().doctor.name, "Dr Anne Peeters-Claes");
    let _ = h.app.update(Message::Undo);
    assert_eq!(h.app.declaration().doctor.name, "Dr Anne Peeters");
}

#[test]
fn a_second_click_while_a_doctor_is_on_their_way_never_mixes_two_doctors() {
    let mut h = harness(Language::Fr);
    let (anne, bart) = two_doctors(&mut h);
    h.run(Message::Doctor(DoctorMessage::NameChanged(
        "Dr Anne Peeters-Claes".into(),
    )));
    // A click on Bart, then on Anne again, before the first answer comes: one switch at a time.
    let first = h.app.update(Message::Start(StartMessage::OpenProfile(bart.clone())));
    let second = h.app.update(Message::Start(StartMessage::OpenProfile(anne.clone())));
    run_task(&mut h.app, first);
    run_task(&mut h.app, second);
    assert_eq!(h.app.origin().profile_id.as_deref(), Some(bart.as_str()));
    assert_eq!(h.app.declaration().doctor.name, "Dr Bart Bosmans");
    let draft = h.app.practice().draft(&anne).expect("Anne's draft").unwrap();
    assert_eq!(draft.doctor.name, "Dr Anne Peeters-Claes");
    // Each doctor's work is where it belongs: Bart's is not parked as Anne's, nor the reverse.
    h.run(Message::Start(StartMessage::OpenProfile(anne.clone())));
    assert_eq!(h.app.declaration().doctor.name, "Dr Anne Peeters-Claes");
    h.run(Message::Start(StartMessage::OpenProfile(bart)));
    assert_eq!(h.app.declaration().doctor.name, "Dr Bart Bosmans");
    assert!(
        h.app
            .practice()
            .draft(&anne)
            .is_some_and(|d| d.unwrap().doctor.name == "Dr Anne Peeters-Claes")
    );
}

#[test]
fn work_without_a_doctor_typed_while_a_switch_is_on_its_way_is_kept_with_it() {
    let mut h = harness(Language::Fr);
    let (_, bart) = two_doctors(&mut h);
    h.run(Message::Start(StartMessage::NewDeclaration));
    h.run(Message::Doctor(DoctorMessage::NameChanged("Dr Chris".into())));
    let switch = h.app.update(Message::Start(StartMessage::OpenProfile(bart.clone())));
    let _ = h
        .app
        .update(Message::Doctor(DoctorMessage::NameChanged("Dr Chris Claes".into())));
    run_task(&mut h.app, switch);
    assert_eq!(h.app.origin().profile_id.as_deref(), Some(bart.as_str()));
    // Kept under one provisional doctor (never two), with every key typed.
    let chris: Vec<_> = h
        .app
        .practice()
        .profiles()
        .into_iter()
        .filter(|p| p.name.starts_with("Dr Chris"))
        .collect();
    assert_eq!(chris.len(), 1, "one doctor for the work: {chris:?}");
    let draft = h.app.practice().draft(&chris[0].id).expect("a draft").unwrap();
    assert_eq!(draft.doctor.name, "Dr Chris Claes");
}

#[test]
fn closing_the_window_writes_the_draft_before_it_goes() {
    let mut h = harness(Language::Fr);
    let (anne, _) = two_doctors(&mut h);
    let _ = h.app.update(Message::Doctor(DoctorMessage::NameChanged(
        "Dr Anne Peeters-Claes".into(),
    )));
    assert!(h.app.session().draft_behind());
    let close = h.app.update(Message::CloseRequested(iced::window::Id::unique()));
    // The close is the task's last word: the draft is written first.
    let actions = actions_of(close, |action| match action {
        iced_runtime::Action::Output(Message::Autosaved(Ok(()))) => "written",
        iced_runtime::Action::Window(_) => "closed",
        _ => "other",
    });
    assert_eq!(actions, ["written", "closed"]);
    let draft = h.app.practice().draft(&anne).expect("Anne's draft").unwrap();
    assert_eq!(draft.doctor.name, "Dr Anne Peeters-Claes");
}

#[test]
fn a_copy_of_another_doctors_schedule_says_whose_it_is_once_it_is_on_screen() {
    let mut h = harness(Language::Fr);
    let (_, bart) = two_doctors(&mut h);
    let bart_slots = h.app.practice().declaration(&bart).unwrap().unwrap().slots;
    h.run(Message::Start(StartMessage::DuplicateProfile(bart)));
    assert_eq!(h.app.origin().profile_id, None, "a new doctor");
    assert_eq!(h.app.declaration().doctor.name, "");
    assert_eq!(h.app.declaration().slots, bart_slots);
    let said = h.app.notice().map(|n| n.text(localizer(Language::Fr)));
    let expected = localizer(Language::Fr).tr_args("gui-practice-duplicated", &[("name", "Dr Bart Bosmans".into())]);
    assert_eq!(said, Some(expected), "the switch's answer does not hide it");
}

#[test]
fn a_doctor_of_the_practice_is_read_by_the_switch_not_while_the_click_is_handled() {
    let mut h = harness(Language::Fr);
    let (anne, bart) = two_doctors(&mut h);
    assert_eq!(h.app.origin().profile_id.as_deref(), Some(anne.as_str()));
    let switch = h.app.update(Message::Start(StartMessage::OpenProfile(bart.clone())));
    assert_eq!(h.app.origin().profile_id.as_deref(), Some(anne.as_str()), "not yet");
    run_task(&mut h.app, switch);
    assert_eq!(h.app.origin().profile_id.as_deref(), Some(bart.as_str()));
    assert_eq!(h.app.declaration().doctor.name, "Dr Bart Bosmans");
}

/// Anne's name changed and saved from the review: the save's task, not run yet, so that a test can
/// put something between the click and its answer.
fn start_saving_annes_new_name(h: &mut Harness) -> iced::Task<Message> {
    h.run(Message::Doctor(DoctorMessage::NameChanged(
        "Dr Anne Peeters-Claes".into(),
    )));
    h.run(Message::GoTo(Screen::Review));
    h.app
        .update(Message::Review(conventio::app::screen::review::Message::Save))
}

#[test]
fn a_save_answering_after_another_doctor_came_on_screen_never_makes_the_window_theirs() {
    let mut h = harness(Language::Fr);
    let (anne, bart) = two_doctors(&mut h);
    let save = start_saving_annes_new_name(&mut h);
    h.run(Message::Start(StartMessage::OpenProfile(bart.clone())));
    run_task(&mut h.app, save);
    assert_eq!(
        h.app.origin().profile_id.as_deref(),
        Some(bart.as_str()),
        "still Bart's window"
    );
    assert_eq!(h.app.origin().file, None, "not Anne's file");
    assert_eq!(h.app.declaration().doctor.name, "Dr Bart Bosmans");
    let anne_saved = h.app.practice().latest(&anne).expect("Anne's version").declaration;
    assert_eq!(anne_saved.doctor.name, "Dr Anne Peeters-Claes", "her save went to her");
}

#[test]
fn a_save_answering_after_a_new_declaration_came_on_screen_leaves_the_windows_own_draft_alone() {
    let mut h = harness(Language::Fr);
    let (anne, _) = two_doctors(&mut h);
    let save = start_saving_annes_new_name(&mut h);
    h.run(Message::Start(StartMessage::NewDeclaration));
    h.run(Message::Doctor(DoctorMessage::NameChanged("Dr Chris".into())));
    run_task(&mut h.app, save);
    assert_eq!(h.app.origin().profile_id, None, "still work without a doctor");
    // The window's own draft still holds the new work (not handed to Anne, not emptied).
    let slot = h.app.session().window().slot;
    let stored = stored_work_of(&h.app.options().data_dir, None, slot).expect("the window's draft");
    assert_eq!(stored.doctor.name, "Dr Chris");
    let anne_saved = h.app.practice().latest(&anne).expect("Anne's version").declaration;
    assert_eq!(anne_saved.doctor.name, "Dr Anne Peeters-Claes");
}

#[test]
fn a_save_taken_in_while_a_switch_is_on_its_way_is_seen_to_after_it() {
    let mut h = harness(Language::Fr);
    let (anne, bart) = two_doctors(&mut h);
    let save = start_saving_annes_new_name(&mut h);
    let switch = h.app.update(Message::Start(StartMessage::OpenProfile(bart.clone())));
    // The save answers first, then the switch.
    run_task(&mut h.app, save);
    run_task(&mut h.app, switch);
    assert_eq!(h.app.origin().profile_id.as_deref(), Some(bart.as_str()));
    assert_eq!(h.app.origin().file, None, "Bart's window, not Anne's file");
    assert_eq!(h.app.declaration().doctor.name, "Dr Bart Bosmans");
    let anne_saved = h.app.practice().latest(&anne).expect("Anne's version").declaration;
    assert_eq!(anne_saved.doctor.name, "Dr Anne Peeters-Claes");
    // Back to Anne: her saved work.
    h.run(Message::Start(StartMessage::OpenProfile(anne)));
    assert_eq!(h.app.declaration().doctor.name, "Dr Anne Peeters-Claes");
}
