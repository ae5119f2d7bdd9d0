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
        simulator(&h.app).find(h.tr("gui-saving").as_str()).is_ok(),
        "the button says the save is running"
    );
    let second = h.app.update(Message::Review(ReviewMessage::Save));
    run_task(&mut h.app, second);
    assert!(!path.exists(), "the second click wrote nothing");
    run_task(&mut h.app, first);
    assert!(path.exists(), "the first click's save is written");
    assert!(!h.app.review().saving());
    assert!(simulator(&h.app).find(h.tr("gui-save").as_str()).is_ok());
    let id = h.app.origin().profile_id.clone().expect("kept in the practice");
    assert_eq!(h.app.practice().history(&id).len(), 1, "one version for one save");
    assert_eq!(h.app.origin().file.as_deref(), Some(path.as_path()));
}

#[test]
fn an_agreement_file_is_imported_off_the_window_thread() {
    use conventio::app::screen::start::Message as StartMessage;
    let mut h = harness(Language::Nl);
    let source = h.app.options().documents_dir.join("akkoord-2028.json");
    std::fs::create_dir_all(source.parent().unwrap()).unwrap();
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/agreements/2026-2027.json"))
        .unwrap()
        .replace("\"2026-2027\"", "\"2028-2029\"");
    std::fs::write(&source, text).unwrap();
    let folder = h.app.options().data_dir.join("agreements");
    let _ = h.app.update(Message::Start(StartMessage::OpenPathChanged(
        source.display().to_string(),
    )));
    let import = h.app.update(Message::Start(StartMessage::ImportAgreement));
    assert!(!folder.exists(), "nothing read or copied inside update");
    run_task(&mut h.app, import);
    assert!(folder.join("2028-2029.json").exists(), "copied into the data folder");
    let said = h.app.notice().map(|n| n.text(localizer(Language::Nl)));
    let expected = localizer(Language::Nl).tr_args(
        "cli-agreement-added",
        &[
            ("id", "2028-2029".into()),
            ("path", folder.join("2028-2029.json").display().to_string().into()),
        ],
    );
    assert_eq!(said, Some(expected));
}
