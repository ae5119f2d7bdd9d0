//! The draft as the user lives with it: typing in the real program (iced's emulator runs the
//! autosave's timer and background write) writes it a few times, not once per key, and it ends with
//! the last character; two windows on one data folder each keep their own.

use conventio::app::screen::doctor::Message as DoctorMessage;
use conventio::app::{App, Message, Options};
use conventio::core::i18n::{Language, localizer};
use iced::futures::StreamExt;
use iced::futures::channel::mpsc;
use iced_test::Instruction;
use iced_test::emulator::{self, Emulator, Mode};
use std::path::Path;
use std::time::Duration;

/// How long the test waits for anything the program does before calling it stuck: a guard against
/// a hang, not a speed target (CI runs the suite on two busy cores; one event once took over 20 s).
const PATIENCE: Duration = Duration::from_secs(120);

/// The doctor's name in the draft of window slot `slot` of the data folder `data` (work without a
/// doctor of the practice yet).
fn draft_name(data: &Path, slot: i64) -> Option<String> {
    super::stored_work_of(data, None, slot).map(|d| d.doctor.name)
}

#[test]
fn typing_200_characters_in_the_window_writes_the_draft_a_few_times_ending_with_the_last_one() {
    let home = tempfile::tempdir().unwrap();
    let options = Options::in_folder(home.path(), "2026-11-23".parse().unwrap(), Some(Language::Fr));
    let data = home.path().join("data");
    let program = conventio::app::window::program(options);
    let (sender, mut events) = mpsc::channel(1);
    // Immediate: the emulator runs every task the program returns (the 700 ms timer, the write
    // on a blocking thread) on the program's own tokio executor, and never waits for them itself.
    let mut emulator = Emulator::new(sender, &program, Mode::Immediate, iced::Size::new(1280.0, 820.0));
    let clock = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .unwrap();
    // Performs what the program's tasks asked for: everything already sent when `wait` is false,
    // else at least one event (or the test is stuck).
    let mut pump = |emulator: &mut Emulator<_>, wait: bool| {
        let event = if wait {
            clock
                .block_on(async { tokio::time::timeout(PATIENCE, events.next()).await })
                .expect("the program answers")
                .expect("the emulator keeps running")
        } else {
            match events.try_recv() {
                Ok(event) => event,
                _ => return false,
            }
        };
        match event {
            emulator::Event::Action(action) => emulator.perform(&program, action),
            // The emulator sends each event from a task of its own, so a `Ready` may come after
            // a later instruction started: nothing is made to wait on it.
            emulator::Event::Ready => {}
            emulator::Event::Failed(failed) => panic!("{failed} failed"),
        }
        true
    };
    // Immediate mode: an instruction's messages are applied when `run` returns; then whatever their
    // tasks already asked for (a focus, a timer that came due) is performed.
    let run = |emulator: &mut Emulator<_>, pump: &mut dyn FnMut(&mut Emulator<_>, bool) -> bool, instruction: &str| {
        emulator.run(&program, Instruction::parse(instruction).unwrap());
        while pump(emulator, false) {}
    };
    let fr = localizer(Language::Fr);
    run(
        &mut emulator,
        &mut pump,
        &format!("click \"{}\"", fr.tr("gui-start-new")),
    );
    // The new declaration comes when the switch's task answers (off the window's thread).
    let placeholder = fr.tr("gui-doctor-name-placeholder");
    let shows = |emulator: &Emulator<_>| {
        iced_test::simulator::Simulator::with_size(super::settings(), super::SIZE, emulator.view(&program))
            .find(placeholder.as_str())
            .is_ok()
    };
    while !shows(&emulator) {
        pump(&mut emulator, true);
    }
    run(
        &mut emulator,
        &mut pump,
        &format!("click \"{}\"", fr.tr("gui-doctor-name-placeholder")),
    );
    let name: String = (0..200).map(|i| if i % 2 == 0 { 'é' } else { 'a' }).collect();
    // Typed in bursts of 20 keys, as fast as the emulator goes.
    for burst in name.chars().collect::<Vec<_>>().chunks(20) {
        run(
            &mut emulator,
            &mut pump,
            &format!("type \"{}\"", burst.iter().collect::<String>()),
        );
    }
    assert_ne!(
        draft_name(&data, 1).as_deref(),
        Some(name.as_str()),
        "not written while typing"
    );
    // The quiet period: the timers come due, the last one hands the draft to a background write.
    let waited = std::time::Instant::now();
    while draft_name(&data, 1).as_deref() != Some(name.as_str()) {
        assert!(waited.elapsed() < PATIENCE, "the draft never got the last character");
        pump(&mut emulator, true);
    }
    assert!(waited.elapsed() >= conventio::app::AUTOSAVE_PAUSE.saturating_sub(Duration::from_millis(50)));
    let (app, _) = emulator.into_state();
    assert_eq!(app.declaration().doctor.name, name);
    let writes = app.session().draft_writes();
    eprintln!(
        "200 keys typed, draft written {writes} time(s), {:?} after the last key",
        waited.elapsed()
    );
    // Here two: the new declaration's, written on entering the doctor step, and the one after the
    // pause. A very slow machine may see a pause between two bursts: a few, never one per key.
    assert!((1..=3).contains(&writes), "200 keys wrote the draft {writes} times");
    assert!(!app.session().draft_behind());
}

#[test]
fn two_apps_on_one_data_folder_each_type_their_own_declaration_close_and_keep_both_drafts() {
    let home = tempfile::tempdir().unwrap();
    let options = Options::in_folder(home.path(), "2026-11-23".parse().unwrap(), Some(Language::Nl));
    let mut first = App::new(options.clone());
    let mut second = App::new(options.clone());
    let typing = [
        (&mut first, "Dr Anne Peeters", "1-00001-06-004"),
        (&mut second, "Dr Marc Dubois", "1-23456-78-901"),
    ];
    // Side by side, a key in one window then a key in the other.
    let mut apps: Vec<(&mut App, &str, &str)> = typing.into_iter().collect();
    for step in 1..=15 {
        for (app, name, inami) in &mut apps {
            let name: String = name.chars().take(step).collect();
            let inami: String = inami.chars().take(step).collect();
            let _ = app.update(Message::Doctor(DoctorMessage::NameChanged(name)));
            let _ = app.update(Message::Doctor(DoctorMessage::InamiChanged(inami)));
        }
    }
    let expected = [first.declaration().clone(), second.declaration().clone()];
    assert_ne!(expected[0], expected[1]);
    // Each closes its window (the close request writes the draft), then goes.
    for app in [&mut first, &mut second] {
        super::run(app, Message::CloseRequested(iced::window::Id::unique()));
    }
    drop(first);
    drop(second);
    for (slot, declaration) in [1, 2].into_iter().zip(&expected) {
        let saved = super::stored_work_of(&home.path().join("data"), None, slot).unwrap();
        assert_eq!(&saved, declaration, "window {slot}'s draft is intact");
    }
}

#[test]
fn a_background_autosave_finishing_late_never_lands_over_a_newer_draft() {
    let home = tempfile::tempdir().unwrap();
    let options = Options::in_folder(home.path(), "2026-11-23".parse().unwrap(), Some(Language::Fr));
    let data = home.path().join("data");
    let mut app = App::new(options);
    let _ = app.update(Message::Doctor(DoctorMessage::NameChanged("Dr A".into())));
    // The pause came: the draft of "Dr A" goes to a background write, which is slow to finish
    // (a network home folder).
    let late = app.update(Message::AutosaveDue(app.session().edits()));
    let late = iced_runtime::task::into_stream(late).expect("the draft is due");
    // Meanwhile a key, then the next step: the UI thread writes the newer draft at once.
    let _ = app.update(Message::Doctor(DoctorMessage::NameChanged("Dr AB".into())));
    super::run(&mut app, Message::GoTo(conventio::app::Screen::Choice));
    assert_eq!(draft_name(&data, 1).as_deref(), Some("Dr AB"));
    // Only now does the background write run to its end.
    let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
    let _: Vec<_> = runtime.block_on(iced::futures::StreamExt::collect(late));
    assert_eq!(
        draft_name(&data, 1).as_deref(),
        Some("Dr AB"),
        "the older draft does not land over the newer one"
    );
}

#[test]
fn a_site_name_emptied_to_be_retyped_keeps_the_draft_readable() {
    let home = tempfile::tempdir().unwrap();
    let options = Options::in_folder(home.path(), "2026-11-23".parse().unwrap(), Some(Language::Fr));
    let mut app = App::new(options.clone());
    super::run(
        &mut app,
        Message::Start(conventio::app::screen::start::Message::OpenExample(0)),
    );
    let _ = app.update(Message::Doctor(DoctorMessage::SiteNameChanged(0, String::new())));
    let kept = app.declaration().clone();
    drop(app);
    let again = App::new(options);
    assert_eq!(again.declaration(), &kept, "the draft with the empty name came back");
}
