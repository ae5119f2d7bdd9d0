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
    let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
    let last = runtime.block_on(async {
        use iced::futures::StreamExt;
        iced_runtime::task::into_stream(close)
            .expect("a task")
            .map(|action| matches!(action, iced_runtime::Action::Window(_)))
            .collect::<Vec<bool>>()
            .await
    });
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
