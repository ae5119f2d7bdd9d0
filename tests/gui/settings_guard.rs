//! A settings file written by a newer Conventio is never overwritten, whatever the user does in the
//! window: every change that is remembered in the settings goes through the core's guarded save.

use crate::actions_of;
use conventio::app::{App, Message, Options, Screen};
use conventio::core::i18n::Language;
use conventio::core::settings::ThemeChoice;

const NEWER: &str = r#"{"format":"conventio-settings","version":99,"language":"de","user_name":"Dr X"}"#;

/// An app whose settings file is from a newer version, and that file's path.
fn app_over_a_newer_settings_file(home: &std::path::Path) -> (App, std::path::PathBuf) {
    let options = Options::in_folder(home, "2026-11-23".parse().unwrap(), Some(Language::Fr));
    std::fs::create_dir_all(options.settings_path.parent().unwrap()).unwrap();
    std::fs::write(&options.settings_path, NEWER).unwrap();
    let path = options.settings_path.clone();
    (App::new(options), path)
}

fn assert_untouched(path: &std::path::Path, after: &str) {
    assert_eq!(std::fs::read_to_string(path).unwrap(), NEWER, "overwritten by {after}");
}

#[test]
fn a_newer_settings_file_survives_every_change_the_window_remembers() {
    let home = tempfile::tempdir().unwrap();
    let (mut app, path) = app_over_a_newer_settings_file(home.path());
    let changes: Vec<(&str, Message)> = vec![
        ("a language change", Message::LanguageChanged(Language::Nl)),
        ("a theme change", Message::ThemeChanged(ThemeChoice::Dark)),
        ("a zoom", Message::ZoomIn),
        ("a zoom out", Message::ZoomOut),
        (
            "a window resize",
            Message::WindowResized(iced::Size::new(1000.0, 700.0)),
        ),
        (
            "a last day set",
            Message::Start(conventio::app::screen::start::Message::SetLastDay(
                "second-year".into(),
                "2026-12-31".parse().ok(),
            )),
        ),
    ];
    for (what, message) in changes {
        let _ = app.update(message);
        assert_untouched(&path, what);
    }
    // The resized window's size written once the resizing stops, then as the window goes.
    super::run(&mut app, Message::WindowResized(iced::Size::new(900.0, 600.0)));
    assert_untouched(&path, "a window resize, settled");
    let _ = app.update(Message::WindowResized(iced::Size::new(950.0, 600.0)));
    drop(app);
    assert_untouched(&path, "closing a resized window");
}

#[test]
fn saving_and_opening_a_declaration_leave_a_newer_settings_file_alone() {
    let home = tempfile::tempdir().unwrap();
    let (mut app, path) = app_over_a_newer_settings_file(home.path());
    super::run(
        &mut app,
        Message::Start(conventio::app::screen::start::Message::OpenExample(0)),
    );
    let saved = home.path().join("documents/peeters.json");
    let _ = app.update(Message::Review(
        conventio::app::screen::review::Message::SavePathChanged(saved.display().to_string()),
    ));
    super::run(&mut app, Message::Review(conventio::app::screen::review::Message::Save));
    assert!(saved.exists(), "the declaration itself is saved");
    assert_eq!(app.origin().file.as_deref(), Some(saved.as_path()));
    assert_untouched(&path, "saving a declaration");
    let chosen = home.path().join("documents/chosen.json");
    super::run(
        &mut app,
        Message::Review(conventio::app::screen::review::Message::SaveDialogClosed(
            conventio::app::system::Picked::Chosen(chosen.clone()),
        )),
    );
    assert!(chosen.exists(), "the declaration is saved where the dialog said");
    assert_untouched(&path, "saving through the dialog");
    super::run(&mut app, Message::GoTo(Screen::Start));
    super::run(
        &mut app,
        Message::Start(conventio::app::screen::start::Message::Open(saved)),
    );
    assert_untouched(&path, "opening a declaration");
    super::run(
        &mut app,
        Message::Start(conventio::app::screen::start::Message::OpenDialogClosed(
            conventio::app::system::Picked::Chosen(chosen),
        )),
    );
    assert_untouched(&path, "opening through the dialog");
}

#[test]
fn a_settings_file_made_newer_while_the_window_runs_is_kept() {
    let home = tempfile::tempdir().unwrap();
    let options = Options::in_folder(home.path(), "2026-11-23".parse().unwrap(), Some(Language::Fr));
    let path = options.settings_path.clone();
    let mut app = App::new(options);
    super::run(&mut app, Message::ThemeChanged(ThemeChoice::Dark));
    assert!(
        std::fs::read_to_string(&path).unwrap().contains("dark"),
        "an ordinary file is saved"
    );
    // A newer Conventio, opened beside this one, rewrites the file.
    std::fs::write(&path, NEWER).unwrap();
    super::run(&mut app, Message::LanguageChanged(Language::Nl));
    assert_untouched(&path, "a language change after the file became newer");
}

#[test]
fn settings_are_written_by_the_task_update_returns_newest_last_whatever_order_the_tasks_run_in() {
    let home = tempfile::tempdir().unwrap();
    let options = Options::in_folder(home.path(), "2026-11-23".parse().unwrap(), Some(Language::Fr));
    let file = conventio::core::settings::SettingsFile::at(&options.settings_path);
    let mut app = App::new(options);
    let zoom = |file: &conventio::core::settings::SettingsFile| file.load().settings().zoom;
    let first = app.update(Message::ZoomIn);
    let second = app.update(Message::ZoomIn);
    assert!((zoom(&file) - 1.0).abs() < 1e-6, "nothing written inside update");
    // The second change's write runs first; the first one's, late, must not put 110 % back.
    super::run_task(&mut app, second);
    assert!((zoom(&file) - 1.2).abs() < 1e-6);
    super::run_task(&mut app, first);
    assert!(
        (zoom(&file) - 1.2).abs() < 1e-6,
        "an older snapshot written over a newer one"
    );
    assert!((app.settings().zoom - 1.2).abs() < 1e-6);
}

#[test]
fn closing_writes_a_size_not_written_yet_before_the_window_goes_and_not_inside_update() {
    let home = tempfile::tempdir().unwrap();
    let options = Options::in_folder(home.path(), "2026-11-23".parse().unwrap(), Some(Language::Fr));
    let file = conventio::core::settings::SettingsFile::at(&options.settings_path);
    let mut app = App::new(options);
    // Still being dragged: not written yet.
    let _ = app.update(Message::WindowResized(iced::Size::new(1000.0, 700.0)));
    let close = app.update(Message::CloseRequested(iced::window::Id::unique()));
    assert_eq!(file.load().settings().window, None, "nothing written inside update");
    let actions = actions_of(close, |action| match action {
        iced_runtime::Action::Output(Message::SettingsWritten(Ok(()))) => "settings",
        iced_runtime::Action::Window(_) => "closed",
        _ => "other",
    });
    let settings = actions.iter().position(|a| *a == "settings");
    assert!(settings.is_some(), "the settings are written: {actions:?}");
    assert_eq!(actions.last(), Some(&"closed"), "then the window goes: {actions:?}");
    assert_eq!(file.load().settings().window, Some((1000, 700)));
}
