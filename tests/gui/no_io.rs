//! Issue 19: no file or store work inside `update`. The window's thread hands it to a task and takes
//! the answer in as a message; what the user sees meanwhile (a save running) says so.

use super::*;
use conventio::app::screen::review::Message as ReviewMessage;

#[test]
fn a_save_runs_off_the_window_thread_and_a_second_click_meanwhile_writes_nothing_more() {
    let mut h = harness(Language::Fr);
    h.open_example(0);
    h.run(Message::GoTo(Screen::Review));
    let path = h.app.options().documents_dir.join("twice.json");
    let _ = h.app.update(Message::Review(ReviewMessage::SavePathChanged(
        path.display().to_string(),
    )));
    let first = h.app.update(Message::Review(ReviewMessage::Save));
    assert!(!path.exists(), "nothing written inside update");
    assert!(h.app.review().saving(), "the save shows as running");
    assert!(
        simulator(&h.app).find(h.tr("gui-save").as_str()).is_ok(),
        "the button stays in place"
    );
    let second = h.app.update(Message::Review(ReviewMessage::Save));
    run_task(&mut h.app, second);
    assert!(!path.exists(), "the second click wrote nothing");
    run_task(&mut h.app, first);
    assert!(path.exists(), "the first click's save is written");
    assert!(!h.app.review().saving());
    let id = h.app.origin().profile_id.clone().expect("kept in the practice");
    assert_eq!(h.app.practice().history(&id).len(), 1, "one version for one save");
    assert_eq!(h.app.origin().file.as_deref(), Some(path.as_path()));
}
