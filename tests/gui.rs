//! The window, headless: each screen shows its key texts in French and Dutch, editing in the panel
//! produces the expected declaration, a violating schedule shows its finding with the clause, and
//! snapshots of the main screens match their committed baselines.

use conventio::app::screen::doctor::Message as DoctorMessage;
use conventio::app::screen::schedule::Message as ScheduleMessage;
use conventio::app::{App, GridEvent, Message, Options, Screen, SlotId};
use conventio::core::agreement::Agreements;
use conventio::core::i18n::{Language, localizer};
use conventio::core::model::{Rates, TimeOfDay, Weekday};
use conventio::core::rules::{PartialRule, RuleId, RulePrefix};
use iced_test::core::{Settings, widget::Id};
use iced_test::simulator::Simulator;
use std::path::Path;

#[path = "gui/afternoon.rs"]
mod afternoon;
#[path = "gui/autosave.rs"]
mod autosave;
#[path = "gui/big_lists.rs"]
mod big_lists;
#[path = "gui/figures.rs"]
mod figures;
#[path = "gui/focus.rs"]
mod focus;
#[path = "gui/frames.rs"]
mod frames;
#[path = "gui/ice_scripts.rs"]
mod ice_scripts;
#[path = "gui/language_switch.rs"]
mod language_switch;
#[path = "gui/losses.rs"]
mod losses;
#[path = "gui/model.rs"]
mod model;
#[path = "gui/no_io.rs"]
mod no_io;
#[path = "gui/practice_model.rs"]
mod practice_model;
#[path = "gui/round_two.rs"]
mod round_two;
#[path = "gui/secretary.rs"]
mod secretary;
#[path = "gui/settings_guard.rs"]
mod settings_guard;
#[path = "gui/switching.rs"]
mod switching;
#[path = "gui/window_pass.rs"]
mod window_pass;

const SIZE: (f32, f32) = (1280.0, 820.0);

/// What the practice keeps of the work in `app`: its doctor's draft (else their last version) when
/// the window holds a doctor, else the window's own draft (its slot in the data folder).
fn stored_work(app: &App) -> Option<conventio::core::model::Declaration> {
    stored_work_of(
        &app.options().data_dir,
        app.origin().profile_id.as_deref(),
        app.session().window().slot,
    )
}

/// [`stored_work`] of a window gone: its data folder, doctor and slot.
fn stored_work_of(data: &Path, doctor: Option<&str>, slot: i64) -> Option<conventio::core::model::Declaration> {
    let store = conventio::core::store::Store::open(data).ok()?;
    let text = match doctor {
        Some(id) => {
            let id: i64 = id.parse().ok()?;
            match store.draft(id).ok()? {
                Some(draft) => draft,
                None => store.versions(id).ok()?.pop()?.text,
            }
        }
        None => store.window_draft(slot).ok()??,
    };
    Some(conventio::core::format::read_draft(&text, Agreements::embedded()).expect("the stored work reads"))
}

struct Harness {
    app: App,
    _home: tempfile::TempDir,
}

/// The id of the slot now at `index` in the declaration.
fn slot_id(app: &App, index: usize) -> SlotId {
    app.session().slot_ids().id_of(index).expect("a slot at that index")
}

/// The ids of slots given by index, as findings give them.
fn ids_of(app: &App, indices: &[usize]) -> Vec<SlotId> {
    app.session().slot_ids().ids_of(indices)
}

fn harness(language: Language) -> Harness {
    let home = tempfile::tempdir().unwrap();
    let options = Options::in_folder(home.path(), "2026-02-20".parse().unwrap(), Some(language));
    Harness {
        app: App::new(options),
        _home: home,
    }
}

fn settings() -> Settings {
    Settings {
        fonts: vec![conventio::app::FONT_REGULAR.into(), conventio::app::FONT_BOLD.into()],
        default_font: conventio::app::FONT,
        ..Settings::default()
    }
}

fn simulator(app: &App) -> Simulator<'_, Message> {
    Simulator::with_size(settings(), SIZE, app.view())
}

/// Feeds a message to `update`, then runs the tasks it returns as the runtime would, feeding their
/// messages back until none is left: for what happens off the window's thread (files read and
/// written, the draft saved after a pause).
fn run(app: &mut App, message: Message) {
    let task = app.update(message);
    run_task(app, task);
}

/// Runs a task `update` returned earlier as the runtime would (see [`run`]): a test can hold a
/// task back, do something else in the window meanwhile, then let it finish.
fn run_task(app: &mut App, task: iced::Task<Message>) {
    let runtime = paused_runtime();
    let mut queue = std::collections::VecDeque::from(outputs(&runtime, task));
    while let Some(message) = queue.pop_front() {
        let task = app.update(message);
        queue.extend(outputs(&runtime, task));
    }
}

/// A runtime with paused time: the autosave's pause passes at once instead of in real time.
fn paused_runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .start_paused(true)
        .build()
        .unwrap()
}

/// The messages `task` produces when run to its end on `runtime`, as the window's runtime runs it.
fn outputs(runtime: &tokio::runtime::Runtime, task: iced::Task<Message>) -> Vec<Message> {
    use iced::futures::StreamExt;
    let Some(stream) = iced_runtime::task::into_stream(task) else {
        return Vec::new();
    };
    runtime.block_on(
        stream
            .filter_map(|action| async move {
                match action {
                    iced_runtime::Action::Output(message) => Some(message),
                    _ => None,
                }
            })
            .collect(),
    )
}

/// What a task does, action by action in order (each told by `name`), run to its end: a close
/// writes what it must, then closes.
fn actions_of<T>(task: iced::Task<Message>, name: impl FnMut(iced_runtime::Action<Message>) -> T) -> Vec<T> {
    use iced::futures::StreamExt;
    let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
    let stream = iced_runtime::task::into_stream(task).expect("a task");
    runtime.block_on(stream.map(name).collect())
}

impl Harness {
    fn tr(&self, id: &str) -> String {
        localizer(self.app.language()).tr(id)
    }

    /// Runs an interaction on a fresh view, then feeds the messages it produced to `update`.
    fn interact(&mut self, act: impl FnOnce(&mut Simulator<'_, Message>)) {
        let messages: Vec<Message> = {
            let mut ui = simulator(&self.app);
            act(&mut ui);
            ui.into_messages().collect()
        };
        for message in messages {
            self.run(message);
        }
    }

    /// Feeds a message to `update` and runs the tasks it returns (see [`run`]).
    fn run(&mut self, message: Message) {
        run(&mut self.app, message);
    }

    /// Types a file's path in the schedule step's import panel and presses the step's import
    /// button, which reads the typed path (a file dialog otherwise).
    fn import_through_the_panel(&mut self, file: &Path) {
        use conventio::app::screen::schedule::import::Message as ImportMessage;
        let _ = self.app.update(Message::Schedule(ScheduleMessage::ImportPanel(
            ImportMessage::PathChanged(file.display().to_string()),
        )));
        let button = self.tr("gui-import-button");
        self.interact(|ui| {
            ui.click(button.as_str())
                .expect("the import button is on the schedule step");
        });
    }

    fn sees(&self, text: &str) -> bool {
        simulator(&self.app).find(text).is_ok()
    }

    fn open_example(&mut self, index: usize) {
        self.run(Message::Start(conventio::app::screen::start::Message::OpenExample(
            index,
        )));
    }
}

#[test]
fn the_start_screen_shows_the_agreement_and_what_to_do_in_both_languages() {
    for language in [Language::Fr, Language::Nl] {
        let h = harness(language);
        assert!(h.sees(&h.tr("gui-start-new")), "{language:?}");
        assert!(h.sees(&localizer(language).tr_args("agreement-name", &[("id", "2026-2027".into())])));
    }
}

#[test]
fn new_declaration_leads_to_the_doctor_screen() {
    for language in [Language::Fr, Language::Nl] {
        let mut h = harness(language);
        let new = h.tr("gui-start-new");
        h.interact(|ui| {
            ui.click(new.as_str()).unwrap();
        });
        assert_eq!(h.app.screen(), Screen::Doctor);
        assert!(h.sees(&h.tr("gui-doctor-title")), "{language:?}");
        assert!(h.sees(&h.tr("gui-doctor-inami")));
    }
}

#[test]
fn accented_names_type_correctly_and_the_inami_number_is_checked_as_typed() {
    let mut h = harness(Language::Fr);
    h.run(Message::Start(conventio::app::screen::start::Message::NewDeclaration));
    h.interact(|ui| {
        ui.click(Id::new("doctor-name")).unwrap();
        ui.typewrite("Hélène Noël-Françoise, ç è ê ë");
    });
    assert_eq!(h.app.declaration().doctor.name, "Hélène Noël-Françoise, ç è ê ë");
    h.interact(|ui| {
        ui.click(Id::new("doctor-inami")).unwrap();
        ui.typewrite("1-23456-26-004");
    });
    let reason = localizer(Language::Fr).tr_args(
        "inami-check-digits",
        &[
            ("expected97", "25".into()),
            ("expected89", "76".into()),
            ("found", "26".into()),
        ],
    );
    assert!(h.sees(&reason), "the reason is shown under the field");
}

#[test]
fn a_recognition_date_typed_digit_by_digit_is_kept_and_read() {
    let mut h = harness(Language::Nl);
    h.run(Message::Start(conventio::app::screen::start::Message::NewDeclaration));
    h.interact(|ui| {
        ui.click(Id::new("doctor-recognised-on")).unwrap();
        ui.typewrite("05/03/20");
    });
    assert_eq!(
        h.app.doctor().recognised_on_text(),
        "05/03/20",
        "a half-typed date stays in the field"
    );
    assert_eq!(h.app.declaration().doctor.recognised_on, None);
    assert!(h.sees(&h.tr("gui-date-invalid")));
    h.interact(|ui| {
        ui.click(Id::new("doctor-recognised-on")).unwrap();
        ui.typewrite("26");
    });
    assert_eq!(
        h.app.declaration().doctor.recognised_on,
        Some("2026-03-05".parse().unwrap())
    );
    assert!(h.sees(&h.tr("gui-doctor-recognised-help")));
    let _ = h.app.update(Message::Undo);
    assert_eq!(
        h.app.doctor().recognised_on_text(),
        "",
        "undo clears the field with the date"
    );
}

#[test]
fn the_choice_screen_explains_each_choice_in_both_languages() {
    for language in [Language::Fr, Language::Nl] {
        let mut h = harness(language);
        h.run(Message::GoTo(Screen::Choice));
        for id in [
            "choice-full",
            "choice-partial",
            "choice-refusal",
            "gui-choice-partial-fees",
        ] {
            assert!(h.sees(&h.tr(id)), "{id} in {language:?}");
        }
        let partial = h.tr("choice-partial");
        h.interact(|ui| {
            ui.click(partial.as_str()).unwrap();
        });
        assert_eq!(h.app.declaration().choice, conventio::core::model::Choice::Partial);
    }
}

#[test]
fn the_schedule_screen_shows_the_week_and_figures_in_both_languages() {
    for language in [Language::Fr, Language::Nl] {
        let mut h = harness(language);
        h.open_example(0);
        assert_eq!(h.app.screen(), Screen::Schedule);
        assert!(h.sees(&h.tr("gui-schedule-title")), "{language:?}");
        assert!(h.sees(&h.tr("gui-check-ok")));
        assert!(h.sees(&h.tr("gui-figures-title")));
    }
}

#[test]
fn the_review_screen_shows_the_conditions_in_both_languages() {
    for language in [Language::Fr, Language::Nl] {
        let mut h = harness(language);
        h.open_example(0);
        h.run(Message::GoTo(Screen::Review));
        assert!(h.sees(&h.tr("gui-review-title")), "{language:?}");
        assert!(h.sees(&h.tr("gui-copy-conditions")));
        let conditions = conventio::core::export::conditions_text(h.app.declaration(), language);
        assert!(h.sees(&conditions));
    }
}

#[test]
fn a_slot_created_in_the_grid_and_edited_in_the_panel_lands_in_the_declaration() {
    let mut h = harness(Language::Fr);
    h.open_example(0);
    let before = h.app.declaration().slots.len();
    let start = TimeOfDay::from_hm(7, 0).unwrap();
    let end = TimeOfDay::from_hm(8, 0).unwrap();
    let _ = h.app.update(Message::Schedule(ScheduleMessage::Grid(GridEvent::Create {
        day: Weekday::Saturday,
        start,
        end,
    })));
    assert_eq!(h.app.declaration().slots.len(), before + 1);
    assert_eq!(h.app.schedule().selected(), Some(slot_id(&h.app, before)));
    h.interact(|ui| {
        ui.click(Id::new("slot-end")).unwrap();
        for _ in 0..5 {
            ui.tap_key(iced::keyboard::key::Named::Backspace);
        }
        ui.typewrite("10h30");
    });
    let free_rates = h.tr("rates-free");
    h.interact(|ui| {
        ui.click(free_rates.as_str()).unwrap();
    });
    let slot = &h.app.declaration().slots[before];
    assert_eq!(slot.day, Weekday::Saturday);
    assert_eq!(
        (slot.start.to_string(), slot.end.to_string()),
        ("07:00".into(), "10:30".into())
    );
    assert_eq!(slot.rates, Rates::Free);
    let _ = h.app.update(Message::Undo);
    // New slots start at agreement rates (never the last slot's free fees); undo restores them.
    assert_eq!(
        h.app.declaration().slots[before].rates,
        Rates::Agreement,
        "undo reverts the last edit"
    );
}

#[test]
fn arrow_keys_move_the_selected_slot_and_one_undo_takes_typing_back() {
    use iced::keyboard::{Key, Modifiers, key::Named};
    let mut h = harness(Language::Fr);
    h.open_example(0);
    let _ = h
        .app
        .update(Message::Schedule(ScheduleMessage::SelectSlot(slot_id(&h.app, 0))));
    let before = h.app.declaration().slots[0].clone();
    let _ = h
        .app
        .update(Message::KeyPressed(Key::Named(Named::ArrowDown), Modifiers::empty()));
    let _ = h
        .app
        .update(Message::KeyPressed(Key::Named(Named::ArrowRight), Modifiers::empty()));
    let moved = &h.app.declaration().slots[0];
    assert_eq!(moved.start.minutes(), before.start.minutes() + 15);
    assert_eq!(moved.day.index(), before.day.index() + 1);
    assert_eq!(
        h.app.schedule().editor().start,
        moved.start.to_string(),
        "the panel follows the slot"
    );

    h.run(Message::GoTo(Screen::Doctor));
    let before = h.app.declaration().doctor.name.clone();
    h.interact(|ui| {
        ui.click(Id::new("doctor-name")).unwrap();
        ui.typewrite(" Noël");
    });
    let _ = h.app.update(Message::Undo);
    assert_eq!(h.app.declaration().doctor.name, before, "one undo for the whole word");
}

#[test]
fn a_schedule_without_sites_says_so_and_leads_back_to_the_doctor_step() {
    for language in [Language::Fr, Language::Nl] {
        let mut h = harness(language);
        h.run(Message::Start(conventio::app::screen::start::Message::NewDeclaration));
        h.run(Message::GoTo(Screen::Schedule));
        assert!(h.sees(&h.tr("gui-schedule-no-site")), "{language:?}");
        let add = h.tr("gui-schedule-add-site");
        h.interact(|ui| {
            ui.click(add.as_str()).unwrap();
        });
        assert_eq!(h.app.screen(), Screen::Doctor);
    }
}

#[test]
fn ctrl_plus_in_a_focused_field_zooms_instead_of_typing_a_plus() {
    use iced::keyboard::Modifiers;
    let mut h = harness(Language::Fr);
    h.open_example(0);
    h.run(Message::GoTo(Screen::Doctor));
    let name = h.app.declaration().doctor.name.clone();
    let ctrl_plus = iced::Event::Keyboard(iced::keyboard::Event::KeyPressed {
        key: iced::keyboard::Key::Character("+".into()),
        modified_key: iced::keyboard::Key::Character("+".into()),
        physical_key: iced::keyboard::key::Physical::Unidentified(iced::keyboard::key::NativeCode::Unidentified),
        location: iced::keyboard::Location::Standard,
        modifiers: Modifiers::CTRL,
        text: Some("+".into()),
        repeat: false,
    });
    h.interact(|ui| {
        ui.click(Id::new("doctor-name")).unwrap();
        ui.simulate([ctrl_plus]);
    });
    assert_eq!(h.app.declaration().doctor.name, name);
    assert!((h.app.settings().zoom - 1.1).abs() < 1e-6);
    h.interact(|ui| {
        ui.click(Id::new("doctor-name")).unwrap();
        ui.typewrite("+");
    });
    assert_eq!(
        h.app.declaration().doctor.name,
        format!("{name}+"),
        "without Ctrl a + is typed"
    );
}

#[test]
fn clicking_in_the_week_grid_creates_a_slot() {
    let mut h = harness(Language::Nl);
    h.open_example(0);
    let before = h.app.declaration().slots.len();
    h.interact(|ui| {
        let grid = ui.find(Id::new("week-grid")).unwrap();
        let bounds = grid.visible_bounds().unwrap();
        // Sunday is the last column; the lower part of the grid is free.
        let point = iced::Point::new(bounds.x + bounds.width - 20.0, bounds.y + bounds.height - 30.0);
        ui.point_at(point);
        let _ = ui.simulate(iced_test::simulator::click());
    });
    assert_eq!(h.app.declaration().slots.len(), before + 1);
    assert_eq!(h.app.declaration().slots[before].day, Weekday::Sunday);
}

#[test]
fn a_violating_schedule_shows_the_finding_with_its_clause() {
    let mut h = harness(Language::Fr);
    h.open_example(0);
    let start = TimeOfDay::from_hm(13, 0).unwrap();
    let end = TimeOfDay::from_hm(17, 30).unwrap();
    let _ = h.app.update(Message::Schedule(ScheduleMessage::Grid(GridEvent::Create {
        day: Weekday::Saturday,
        start,
        end,
    })));
    let _ = h
        .app
        .update(Message::Schedule(ScheduleMessage::RatesChanged(Rates::Free)));
    let report = h.app.session().report();
    let finding = report
        .findings
        .iter()
        .find(|f| f.rule == RuleId::Partial(RulePrefix::Gp, PartialRule::FreeBlockLength))
        .expect("finding")
        .clone();
    // No source gives the 2026-2027 number of this clause: the finding names the rule alone.
    assert_eq!(finding.clause, None);
    assert!(h.sees("gp-free-block-length"));
    assert!(h.sees(&conventio::app::widget::unbroken(
        &localizer(Language::Fr).message(&finding.message)
    )));
    let index = report
        .findings
        .iter()
        .position(|f| f.rule == RuleId::Partial(RulePrefix::Gp, PartialRule::FreeBlockLength))
        .unwrap();
    let _ = h.app.update(Message::FindingSelected(index));
    assert_eq!(h.app.schedule().highlighted(), ids_of(&h.app, &finding.slots));
}

#[test]
fn a_corrupt_file_shows_an_error_and_keeps_the_work() {
    let mut h = harness(Language::Nl);
    h.open_example(1);
    let before = h.app.declaration().clone();
    let bad = h._home.path().join("kapot.json");
    std::fs::write(&bad, "{ \"format\": \"conventio-declaration\", ").unwrap();
    h.run(Message::Start(conventio::app::screen::start::Message::Open(bad)));
    assert_eq!(h.app.declaration(), &before);
    let notice = h.app.notice_text().expect("a notice");
    assert!(notice.contains("afgebroken"), "{notice}");
}

#[test]
fn the_draft_is_autosaved_and_restored() {
    let home = tempfile::tempdir().unwrap();
    let options = Options::in_folder(home.path(), "2026-02-20".parse().unwrap(), Some(Language::Fr));
    let mut first = App::new(options.clone());
    run(
        &mut first,
        Message::Start(conventio::app::screen::start::Message::NewDeclaration),
    );
    let _ = first.update(Message::Doctor(DoctorMessage::NameChanged("Dr Zoë Ducoeur".into())));
    drop(first);
    let second = App::new(options);
    assert_eq!(second.declaration().doctor.name, "Dr Zoë Ducoeur");
    assert!(second.notice().is_some());
}

#[test]
fn saving_writes_a_declaration_the_core_reads_back() {
    let mut h = harness(Language::Fr);
    h.open_example(1);
    let target = h._home.path().join("out/declaration.json");
    let path_text = target.display().to_string();
    h.run(Message::GoTo(Screen::Review));
    let _ = h.app.update(Message::Review(
        conventio::app::screen::review::Message::SavePathChanged(path_text),
    ));
    let save = h.tr("gui-save");
    h.interact(|ui| {
        ui.click(save.as_str()).unwrap();
    });
    let text = std::fs::read_to_string(&target).expect("saved");
    let read = conventio::core::format::read_declaration(&text, Agreements::embedded()).unwrap();
    assert_eq!(&read, h.app.declaration());
}

#[test]
fn a_declaration_that_could_not_be_opened_again_is_not_saved_and_the_notice_says_why() {
    let mut h = harness(Language::Fr);
    h.open_example(0);
    // A site's name cleared to be retyped: the draft keeps it, a declaration file may not.
    let _ = h
        .app
        .update(Message::Doctor(DoctorMessage::SiteNameChanged(0, String::new())));
    let target = h._home.path().join("out/declaration.json");
    h.run(Message::GoTo(Screen::Review));
    let _ = h.app.update(Message::Review(
        conventio::app::screen::review::Message::SavePathChanged(target.display().to_string()),
    ));
    h.run(Message::Review(conventio::app::screen::review::Message::Save));
    assert!(!target.exists(), "nothing written");
    assert_eq!(
        h.app.notice().expect("a notice").kind,
        conventio::app::NoticeKind::Error
    );
    let notice = h.app.notice_text().expect("a notice");
    assert!(
        notice.contains("Pas encore enregistré") && notice.contains("lieu"),
        "{notice}"
    );
}

#[test]
fn the_language_switch_is_remembered() {
    let home = tempfile::tempdir().unwrap();
    let options = Options::in_folder(home.path(), "2026-02-20".parse().unwrap(), None);
    let mut app = App::new(options.clone());
    run(&mut app, Message::LanguageChanged(Language::Nl));
    run(&mut app, Message::ZoomIn);
    let again = App::new(options);
    assert_eq!(again.language(), Language::Nl);
    assert!((again.settings().zoom - 1.1).abs() < 1e-6);
}

/// Compares a screen with its committed baseline; in CI a missing baseline is a failure, not a
/// silent creation. A screen that differs is written beside the baseline as
/// `<name>-actual-tiny-skia.png` (git-ignored), to look at before retaking the baseline.
fn assert_snapshot(app: &App, name: &str) {
    let base = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots").join(name);
    let baseline = base.with_file_name(format!("{name}-tiny-skia.sha256"));
    if std::env::var_os("CI").is_some() {
        assert!(baseline.exists(), "missing snapshot baseline {}", baseline.display());
    }
    let mut ui = simulator(app);
    let snapshot = ui.snapshot(&app.theme()).unwrap();
    let actual = base.with_file_name(format!("{name}-actual"));
    let actual_png = base.with_file_name(format!("{name}-actual-tiny-skia.png"));
    // A picture left by an earlier failure is stale either way.
    let _ = std::fs::remove_file(&actual_png);
    if snapshot.matches_hash(&base).unwrap() {
        return;
    }
    // `matches_image` writes the picture when none exists yet.
    let written = snapshot.matches_image(&actual).is_ok() && actual_png.exists();
    let shown = if written {
        format!("the actual screen is in {}", actual_png.display())
    } else {
        "the actual screen could not be written".to_owned()
    };
    panic!(
        "{name} differs from its baseline {}: {shown}; if the change is intended, delete the baseline \
         and run the test again to retake it",
        baseline.display()
    );
}

#[test]
fn snapshots_of_the_main_screens_match() {
    let mut fr = harness(Language::Fr);
    assert_snapshot(&fr.app, "start-fr");
    fr.open_example(0);
    assert_snapshot(&fr.app, "schedule-gp-fr");
    let mut nl = harness(Language::Nl);
    nl.open_example(1);
    assert_snapshot(&nl.app, "schedule-specialist-nl");
    nl.run(Message::GoTo(Screen::Doctor));
    assert_snapshot(&nl.app, "doctor-nl");
    nl.run(Message::GoTo(Screen::Choice));
    assert_snapshot(&nl.app, "choice-nl");
    // The save path would name the random temporary folder: show a fixed one.
    let _ = nl.app.update(Message::Review(
        conventio::app::screen::review::Message::SavePathChanged("/home/dokter/verklaring.json".into()),
    ));
    nl.run(Message::GoTo(Screen::Review));
    assert_snapshot(&nl.app, "review-nl");
    let _ = fr.app.update(Message::Review(
        conventio::app::screen::review::Message::SavePathChanged("/home/docteur/declaration.json".into()),
    ));
    fr.run(Message::GoTo(Screen::Review));
    assert_snapshot(&fr.app, "review-fr");
    fr.run(Message::GoTo(Screen::Doctor));
    assert_snapshot(&fr.app, "doctor-fr");
    let _ = fr
        .app
        .update(Message::ThemeChanged(conventio::core::settings::ThemeChoice::Dark));
    fr.run(Message::GoTo(Screen::Schedule));
    assert_snapshot(&fr.app, "schedule-gp-fr-dark");
    let start_nl = harness(Language::Nl);
    assert_snapshot(&start_nl.app, "start-nl");
}

#[test]
fn a_secretary_manages_three_doctors_and_sees_one_doctors_history() {
    let mut h = harness(Language::Fr);
    let folder = h._home.path().join("documents");
    let save_as = |h: &mut Harness, file: &str| {
        let _ = h.app.update(Message::Review(
            conventio::app::screen::review::Message::SavePathChanged(folder.join(file).display().to_string()),
        ));
        h.run(Message::Review(conventio::app::screen::review::Message::Save));
    };
    h.open_example(0);
    save_as(&mut h, "peeters.json");
    let anne = h.app.origin().profile_id.clone().expect("saving creates the profile");
    h.run(Message::Start(
        conventio::app::screen::start::Message::DuplicateProfile(anne.clone()),
    ));
    let _ = h
        .app
        .update(Message::Doctor(DoctorMessage::NameChanged("Dr Jan Claes".into())));
    let _ = h
        .app
        .update(Message::Doctor(DoctorMessage::InamiChanged("1-23456-25-004".into())));
    save_as(&mut h, "claes.json");
    h.open_example(1);
    save_as(&mut h, "vandenbossche.json");
    h.run(Message::GoTo(Screen::Start));
    for name in ["Dr Anne Peeters", "Dr Jan Claes", "Dr Pieter Van den Bossche"] {
        assert!(h.sees(name), "{name} listed");
    }
    h.run(Message::Start(conventio::app::screen::start::Message::SearchChanged(
        "claes".into(),
    )));
    assert!(h.sees("Dr Jan Claes") && !h.sees("Dr Anne Peeters"), "search by name");

    // An amendment of Dr Peeters: Tuesday's free slot ends at 19:00.
    h.run(Message::Start(conventio::app::screen::start::Message::OpenProfile(
        anne.clone(),
    )));
    let _ = h
        .app
        .update(Message::Schedule(ScheduleMessage::SelectSlot(slot_id(&h.app, 3))));
    let _ = h
        .app
        .update(Message::Schedule(ScheduleMessage::EndChanged("19:00".into())));
    save_as(&mut h, "peeters.json");
    assert_eq!(h.app.practice().history(&anne).len(), 2);
    h.run(Message::GoTo(Screen::Review));
    assert!(h.sees(&h.tr("gui-history-last-change")));
    let change = conventio::core::practice::diff(
        &h.app.practice().history(&anne)[0].declaration,
        &h.app.practice().history(&anne)[1].declaration,
    );
    assert_eq!(change.len(), 1);
    assert!(h.sees(&localizer(Language::Fr).message(&change[0].message())));
}

// ---- Declaration windows on the day a doctor opens Conventio (2026-11-23) ----

fn harness_on(language: Language, today: &str) -> Harness {
    let home = tempfile::tempdir().unwrap();
    let options = Options::in_folder(home.path(), today.parse().unwrap(), Some(language));
    Harness {
        app: App::new(options),
        _home: home,
    }
}

/// The line the start screen shows for a window, worded by the same function the view uses.
fn window_line(language: Language, kind: &str, today: &str) -> String {
    let agreement = Agreements::embedded().find("2026-2027").unwrap();
    let seen = agreement
        .windows_on(today.parse().unwrap(), None)
        .into_iter()
        .find(|seen| seen.window.kind == kind)
        .unwrap();
    localizer(language).message(&conventio::core::wording::window_line(agreement, &seen))
}

fn short_window_line(language: Language, kind: &str, today: &str) -> String {
    let agreement = Agreements::embedded().find("2026-2027").unwrap();
    let seen = agreement
        .windows_on(today.parse().unwrap(), None)
        .into_iter()
        .find(|seen| seen.window.kind == kind)
        .unwrap();
    capitalised(localizer(language).message(&conventio::core::wording::window_line_short(agreement, &seen)))
}

fn capitalised(text: String) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}

#[test]
fn the_start_screen_on_2026_11_23_shows_the_open_2027_window_and_its_days_left() {
    for (language, expected) in [
        (
            Language::Fr,
            "Déclarer pour 2027 (refus ou adhésion partielle, adhésion partielle non confirmée pour 2027) — \
             au plus tard le 14/12/2026, encore 21 jours",
        ),
        (
            Language::Nl,
            "Verklaren voor 2027 (weigering of gedeeltelijke toetreding, gedeeltelijke toetreding niet bevestigd \
             voor 2027) — uiterlijk op 14/12/2026, nog 21 dagen",
        ),
    ] {
        let h = harness_on(language, "2026-11-23");
        let line = window_line(language, "second-year", "2026-11-23");
        assert!(line.starts_with(expected), "{line}");
        // Under its title, the card shows the line without it.
        let short = short_window_line(language, "second-year", "2026-11-23");
        let until = short.split(" — ").nth(1).unwrap();
        assert!(short.starts_with(['R', 'W']), "{short}");
        assert!(line.ends_with(until), "{short}");
        assert!(h.sees(&short), "{language:?}: {short}");
        let closed = window_line(language, "initial", "2026-11-23");
        assert!(h.sees(&closed), "{language:?}: {closed}");
        let start = localizer(language).tr_args(
            "gui-window-start",
            &[(
                "window",
                localizer(language)
                    .tr_args("window-name-second-year", &[("year", 2027_i64.into())])
                    .into(),
            )],
        );
        assert!(h.sees(&start), "{language:?}: {start}");
    }
}

#[test]
fn on_the_day_after_the_second_year_window_it_shows_closed() {
    let h = harness_on(Language::Fr, "2026-12-15");
    let line = window_line(Language::Fr, "second-year", "2026-12-15");
    assert!(line.contains("fermée depuis 1 jour"), "{line}");
    assert!(h.sees(&line));
    let on_the_day = harness_on(Language::Fr, "2026-12-14");
    let line = short_window_line(Language::Fr, "second-year", "2026-12-14");
    assert!(line.contains("c'est le dernier jour"), "{line}");
    assert!(on_the_day.sees(&line));
}

#[test]
fn a_new_declaration_on_2026_11_23_starts_in_the_open_second_year_window() {
    let mut h = harness_on(Language::Nl, "2026-11-23");
    h.run(Message::Start(conventio::app::screen::start::Message::NewDeclaration));
    assert_eq!(h.app.declaration().window.as_deref(), Some("second-year"));
    assert_eq!(h.app.screen(), Screen::Doctor);
    assert!(h.sees(&h.tr("gui-doctor-window")));
    let _ = h
        .app
        .update(Message::Doctor(DoctorMessage::WindowChanged("initial".into())));
    assert_eq!(h.app.declaration().window.as_deref(), Some("initial"));
}

#[test]
fn a_2027_refusal_declared_from_the_start_screen_is_saved_for_the_second_year() {
    let mut h = harness_on(Language::Fr, "2026-11-23");
    let start = localizer(Language::Fr).tr_args(
        "gui-window-start",
        &[(
            "window",
            localizer(Language::Fr)
                .tr_args("window-name-second-year", &[("year", 2027_i64.into())])
                .into(),
        )],
    );
    h.interact(|ui| {
        ui.click(start.as_str()).unwrap();
    });
    assert_eq!(h.app.screen(), Screen::Doctor);
    h.interact(|ui| {
        ui.click(Id::new("doctor-name")).unwrap();
        ui.typewrite("Dr Hélène Noël");
        ui.click(Id::new("doctor-inami")).unwrap();
        ui.typewrite("1-00001-06-004");
        ui.click(Id::new("new-site")).unwrap();
        ui.typewrite("Cabinet Ixelles");
    });
    let _ = h.app.update(Message::Doctor(DoctorMessage::AddSite));
    let _ = h
        .app
        .update(Message::Choice(conventio::app::screen::choice::Message::Chosen(
            conventio::core::model::Choice::Refusal,
        )));
    // The schedule she keeps: a Friday morning, which recurs from 1 January 2027.
    h.run(Message::GoTo(Screen::Schedule));
    let _ = h.app.update(Message::Schedule(ScheduleMessage::AddSlot));
    let _ = h
        .app
        .update(Message::Schedule(ScheduleMessage::DayChanged(Weekday::Friday)));
    h.run(Message::GoTo(Screen::Review));
    let effective = localizer(Language::Fr).tr_args("effective-on", &[("date", "01/01/2027".into())]);
    assert!(h.sees(&effective), "the review says when the refusal takes effect");
    let path = h._home.path().join("refus-2027.json");
    let _ = h.app.update(Message::Review(
        conventio::app::screen::review::Message::SavePathChanged(path.display().to_string()),
    ));
    h.run(Message::Review(conventio::app::screen::review::Message::Save));
    let saved = std::fs::read_to_string(&path).unwrap();
    let file: serde_json::Value = serde_json::from_str(&saved).unwrap();
    assert_eq!(file["window"], "second-year");
    assert_eq!(file["choice"], "refusal");
    h.run(Message::Review(conventio::app::screen::review::Message::Export(
        conventio::app::ExportKind::Calendar,
    )));
    let calendar = std::fs::read_to_string(path.with_extension("ics")).unwrap();
    let first = calendar
        .split("\r\n")
        .filter(|line| line.starts_with("DTSTART;TZID="))
        .filter_map(|line| line.rsplit(':').next())
        .min()
        .unwrap()
        .to_owned();
    assert!(first.starts_with("20270101T"), "{first}");
    assert!(
        calendar.contains("DTSTART;VALUE=DATE:20261214\r\n"),
        "the reminder on the last day"
    );
}

#[test]
fn a_later_last_day_set_on_the_start_screen_is_used_and_said() {
    let mut h = harness_on(Language::Fr, "2026-12-20");
    h.run(Message::Start(
        conventio::app::screen::start::Message::LastDayTextChanged("second-year".into(), "31/12/2026".into()),
    ));
    h.run(Message::Start(conventio::app::screen::start::Message::SetLastDay(
        "second-year".into(),
        "2026-12-31".parse().ok(),
    )));
    assert_eq!(
        h.app.settings().last_days.get("2026-2027", "second-year"),
        "2026-12-31".parse().ok()
    );
    let line = window_line_with(&h.app, Language::Fr, "second-year");
    assert!(
        line.contains("au plus tard le 31/12/2026, encore 11 jours (date fixée par vous ; date publiée : 14/12/2026)"),
        "{line}"
    );
    assert!(h.sees(&line));
    // An earlier day than the published one is a mistake: refused, nothing changes.
    h.run(Message::Start(conventio::app::screen::start::Message::SetLastDay(
        "second-year".into(),
        "2026-12-01".parse().ok(),
    )));
    assert_eq!(
        h.app.settings().last_days.get("2026-2027", "second-year"),
        "2026-12-31".parse().ok()
    );
    h.run(Message::Start(conventio::app::screen::start::Message::SetLastDay(
        "second-year".into(),
        None,
    )));
    assert_eq!(h.app.settings().last_days.get("2026-2027", "second-year"), None);
}

fn window_line_with(app: &App, language: Language, kind: &str) -> String {
    let agreement = Agreements::embedded()
        .find("2026-2027")
        .unwrap()
        .with_last_days(&app.settings().last_days);
    let seen = agreement
        .windows_on(app.options().today, None)
        .into_iter()
        .find(|seen| seen.window.kind == kind)
        .unwrap();
    capitalised(localizer(language).message(&conventio::core::wording::window_line_short(&agreement, &seen)))
}

#[test]
fn a_doctor_name_stops_at_its_limit() {
    let mut h = harness(Language::Fr);
    h.run(Message::Start(conventio::app::screen::start::Message::NewDeclaration));
    let _ = h
        .app
        .update(Message::Doctor(DoctorMessage::NameChanged("é".repeat(300))));
    assert_eq!(h.app.declaration().doctor.name.chars().count(), 200);
}

// ---- Issue 9: the window as its users drive it ----

fn temp_path(h: &Harness, name: &str) -> std::path::PathBuf {
    h._home.path().join(name)
}

#[test]
fn a_half_typed_time_never_changes_the_slot_and_saving_refuses_it() {
    let mut h = harness(Language::Fr);
    h.open_example(0);
    let _ = h
        .app
        .update(Message::Schedule(ScheduleMessage::SelectSlot(slot_id(&h.app, 0))));
    h.interact(|ui| {
        ui.click(Id::new("slot-end")).unwrap();
        for _ in 0..5 {
            ui.tap_key(iced::keyboard::key::Named::Backspace);
        }
        ui.typewrite("25:00");
    });
    let slot = &h.app.declaration().slots[0];
    assert_eq!(slot.end.to_string(), "12:00", "not 02:00 from the first keystroke");
    assert_eq!(h.app.schedule().editor().end, "25:00");
    let unfinished = localizer(Language::Fr).tr_args(
        "gui-unfinished-time",
        &[
            ("slot", h.app.slot_label(slot_id(&h.app, 0)).into()),
            ("field", h.tr("gui-slot-end").into()),
            ("typed", "25:00".into()),
        ],
    );
    assert!(
        h.sees(&conventio::app::widget::unbroken(&unfinished)),
        "the check points to the unfinished slot"
    );
    assert!(!h.sees(&h.tr("gui-check-ok")), "never 'conforme' meanwhile");

    let target = temp_path(&h, "out/declaration.json");
    let _ = h.app.update(Message::Review(
        conventio::app::screen::review::Message::SavePathChanged(target.display().to_string()),
    ));
    h.run(Message::Review(conventio::app::screen::review::Message::Save));
    assert!(!target.exists(), "nothing written while a time is unfinished");
    h.run(Message::Review(conventio::app::screen::review::Message::Export(
        conventio::app::ExportKind::Text,
    )));
    assert!(!target.with_extension("txt").exists(), "nor exported");
    let notice = h.app.notice_text().expect("a notice");
    assert_eq!(
        notice,
        localizer(Language::Fr).tr_args(
            "gui-save-unfinished",
            &[("slot", h.app.slot_label(slot_id(&h.app, 0)).into())]
        )
    );

    // A start typed as 8h7x: the slot keeps 08:00, not 08:07.
    h.interact(|ui| {
        ui.click(Id::new("slot-start")).unwrap();
        for _ in 0..5 {
            ui.tap_key(iced::keyboard::key::Named::Backspace);
        }
        ui.typewrite("8h7x");
    });
    assert_eq!(h.app.declaration().slots[0].start.to_string(), "08:00");
    // Corrected, the slot takes the times and saving works.
    h.interact(|ui| {
        ui.click(Id::new("slot-start")).unwrap();
        ui.tap_key(iced::keyboard::key::Named::Backspace);
        ui.tap_key(iced::keyboard::key::Named::Backspace);
        ui.typewrite("15");
    });
    h.interact(|ui| {
        ui.click(Id::new("slot-end")).unwrap();
        for _ in 0..5 {
            ui.tap_key(iced::keyboard::key::Named::Backspace);
        }
        ui.typewrite("12h30");
        // Enter takes the time (leaving the field would too).
        ui.tap_key(iced::keyboard::key::Named::Enter);
    });
    let slot = &h.app.declaration().slots[0];
    assert_eq!(
        (slot.start.to_string(), slot.end.to_string()),
        ("08:15".into(), "12:30".into())
    );
    assert_eq!(h.app.schedule().unfinished_slot(), None);
    h.run(Message::Review(conventio::app::screen::review::Message::Save));
    assert!(target.exists());
}

#[test]
fn a_new_slot_takes_agreement_rates_and_a_free_place_and_removing_a_site_says_what_went() {
    let mut h = harness(Language::Fr);
    h.open_example(0);
    let before = h.app.declaration().slots.len();
    assert_eq!(
        h.app.declaration().slots[before - 1].rates,
        Rates::Free,
        "the last slot has free fees"
    );
    let add = h.tr("gui-slot-add");
    h.interact(|ui| {
        ui.click(add.as_str()).unwrap();
    });
    let added = h.app.declaration().slots[before].clone();
    assert_eq!(added.rates, Rates::Agreement, "free fees are never inherited silently");
    let overlaps = h.app.declaration().slots[..before]
        .iter()
        .any(|s| s.day == added.day && s.start < added.end && added.start < s.end);
    assert!(
        !overlaps,
        "placed where it fits: {} {}–{}",
        added.day.key(),
        added.start,
        added.end
    );

    h.run(Message::GoTo(Screen::Doctor));
    let slots = h.app.declaration().slots.len();
    let remove = h.tr("gui-remove");
    h.interact(|ui| {
        ui.click(remove.as_str()).unwrap();
    });
    assert!(h.app.declaration().slots.is_empty());
    let said = localizer(Language::Fr).tr_args(
        "gui-site-removed",
        &[("site", "Cabinet Ixelles".into()), ("count", slots.into())],
    );
    assert_eq!(h.app.notice_text().expect("a notice"), said);
    assert!(said.contains(&slots.to_string()), "{said}");
}

#[test]
fn a_300_character_name_with_forbidden_characters_saves_under_a_safe_name() {
    let mut h = harness(Language::Nl);
    h.run(Message::Start(conventio::app::screen::start::Message::NewDeclaration));
    let name = format!("Dr {}", "Hélène: Noël/Françoise* ".repeat(13));
    assert!(name.chars().count() >= 300);
    let _ = h.app.update(Message::Doctor(DoctorMessage::NameChanged(name)));
    // A declaration file needs the role (it could not be opened again without one).
    let _ = h.app.update(Message::Doctor(DoctorMessage::RoleChanged(Some(
        conventio::core::model::Role::GeneralPractitioner,
    ))));
    h.run(Message::GoTo(Screen::Review));
    let save = h.tr("gui-save");
    h.interact(|ui| {
        ui.click(save.as_str()).unwrap();
    });
    let saved = h.app.origin().file.clone().expect("saved");
    assert!(saved.exists(), "{}", saved.display());
    let file_name = saved.file_name().unwrap().to_str().unwrap();
    assert!(file_name.len() < 160, "{file_name}");
    assert!(!file_name.contains([':', '/', '*']), "{file_name}");
    assert!(h.app.practice().profiles().len() == 1, "the profile saved too");
}

#[test]
fn opening_a_folder_says_so_in_the_users_language_without_system_english() {
    for (language, word) in [(Language::Fr, "dossier"), (Language::Nl, "map")] {
        let mut h = harness(language);
        let folder = h._home.path().to_path_buf();
        h.run(Message::Start(conventio::app::screen::start::Message::Open(folder)));
        let notice = h.app.notice_text().expect("a notice");
        assert!(notice.contains(word), "{notice}");
        assert!(
            !notice.contains("os error") && !notice.contains("directory"),
            "{notice}"
        );
    }
}

#[cfg(not(feature = "wgpu"))]
#[test]
fn the_day_pick_list_repaints_its_whole_box_when_the_day_changes() {
    use iced_test::runtime::user_interface::{Cache, UserInterface};
    let mut h = harness(Language::Nl);
    h.open_example(0);
    let _ = h
        .app
        .update(Message::Schedule(ScheduleMessage::SelectSlot(slot_id(&h.app, 0))));
    let day_box = simulator(&h.app)
        .find(Id::new("slot-day"))
        .unwrap()
        .visible_bounds()
        .unwrap();
    // Two frames as the window draws them; the damage is what tiny-skia redraws between them.
    let frame = |app: &App| -> Vec<iced_tiny_skia::Layer> {
        let mut renderer = iced::Renderer::new(conventio::app::FONT, iced::Pixels(16.0));
        let mut ui = UserInterface::build(
            app.view(),
            iced::Size::new(SIZE.0, SIZE.1),
            Cache::default(),
            &mut renderer,
        );
        ui.draw(
            &mut renderer,
            &app.theme(),
            &iced::advanced::renderer::Style {
                text_color: iced::Color::BLACK,
            },
            iced::mouse::Cursor::Unavailable,
        );
        renderer.layers().to_vec()
    };
    let before = frame(&h.app);
    let _ = h
        .app
        .update(Message::Schedule(ScheduleMessage::DayChanged(Weekday::Wednesday)));
    let after = frame(&h.app);
    assert_eq!(before.len(), after.len());
    let damage: Vec<iced::Rectangle> = before
        .iter()
        .zip(&after)
        .flat_map(|(a, b)| iced_tiny_skia::Layer::damage(a, b))
        .collect();
    // The label's glyphs span the box's height (minus padding): all of it must be redrawn, not
    // only the lower half below the text's anchor.
    let covered = damage.iter().any(|r| {
        r.y <= day_box.y + 6.0
            && r.y + r.height >= day_box.y + day_box.height - 6.0
            && r.x <= day_box.x + 8.0
            && r.x + r.width >= day_box.x + day_box.width / 2.0
    });
    assert!(covered, "day box {day_box:?} not fully in the damage {damage:?}");
}

#[test]
fn outlines_go_once_their_finding_is_fixed_and_the_share_finding_outlines_free_slots() {
    let mut h = harness(Language::Fr);
    h.open_example(0);
    let _ = h.app.update(Message::Schedule(ScheduleMessage::Grid(GridEvent::Create {
        day: Weekday::Saturday,
        start: TimeOfDay::from_hm(13, 0).unwrap(),
        end: TimeOfDay::from_hm(17, 30).unwrap(),
    })));
    let _ = h
        .app
        .update(Message::Schedule(ScheduleMessage::RatesChanged(Rates::Free)));
    let index = h
        .app
        .report()
        .findings
        .iter()
        .position(|f| f.rule == RuleId::Partial(RulePrefix::Gp, PartialRule::FreeBlockLength))
        .unwrap();
    let _ = h.app.update(Message::FindingSelected(index));
    assert!(!h.app.schedule().highlighted().is_empty());
    let _ = h
        .app
        .update(Message::Schedule(ScheduleMessage::RatesChanged(Rates::Agreement)));
    assert!(
        h.app.schedule().highlighted().is_empty(),
        "the finding is fixed: its outline goes"
    );

    // Many free hours: the share finding (about the whole week) outlines the free slots.
    for day in [Weekday::Monday, Weekday::Wednesday, Weekday::Thursday] {
        let _ = h.app.update(Message::Schedule(ScheduleMessage::Grid(GridEvent::Create {
            day,
            start: TimeOfDay::from_hm(18, 0).unwrap(),
            end: TimeOfDay::from_hm(22, 0).unwrap(),
        })));
        let _ = h
            .app
            .update(Message::Schedule(ScheduleMessage::RatesChanged(Rates::Free)));
    }
    let report = h.app.report().into_owned();
    let share = report
        .findings
        .iter()
        .position(|f| f.rule.partial() == Some(PartialRule::AgreementShare))
        .expect("share finding");
    let _ = h.app.update(Message::FindingSelected(share));
    let free: Vec<usize> = h
        .app
        .declaration()
        .slots
        .iter()
        .enumerate()
        .filter(|(_, s)| s.rates == Rates::Free)
        .map(|(i, _)| i)
        .collect();
    assert_eq!(h.app.schedule().highlighted(), ids_of(&h.app, &free));
}

#[test]
fn the_list_view_at_1024_px_gives_long_site_names_room_and_never_overlaps() {
    let mut h = harness(Language::Nl);
    h.open_example(0);
    let _ = h.app.update(Message::Doctor(DoctorMessage::SiteNameChanged(
        0,
        "Wijkgezondheidscentrum Ledeberg".into(),
    )));
    h.run(Message::GoTo(Screen::Schedule));
    let _ = h.app.update(Message::Schedule(ScheduleMessage::ViewChanged(
        conventio::app::screen::schedule::ScheduleView::List,
    )));
    let _ = h
        .app
        .update(Message::Schedule(ScheduleMessage::SelectSlot(slot_id(&h.app, 0))));
    let mut ui = Simulator::with_size(settings(), (1024.0, 700.0), h.app.view());
    let site = ui
        .find("Wijkgezondheidscentrum Ledeberg")
        .unwrap()
        .visible_bounds()
        .unwrap();
    // "Wijkgezondheidscentrum" alone is about 22 characters of 14 px text: at least 130 px wide.
    assert!(site.width >= 130.0, "the site name has {} px", site.width);
    let rates = ui.find(format!(
        "{} · {}",
        localizer(Language::Nl).tr("rates-agreement"),
        localizer(Language::Nl).tr("setting-office")
    ));
    let rates = rates.unwrap().visible_bounds().unwrap();
    assert!(rates.y >= site.y + site.height, "rates below the site, not beside it");
}

#[test]
fn the_site_figure_says_only_ambulatory_slots_count() {
    let mut h = harness(Language::Fr);
    h.open_example(1);
    // Gent keeps only its hospital slot at agreement rates.
    let keep: Vec<usize> = (0..h.app.declaration().slots.len())
        .filter(|&i| {
            let s = &h.app.declaration().slots[i];
            s.site != "gent" || s.setting == conventio::core::model::Setting::Hospital
        })
        .collect();
    let mut d = h.app.declaration().clone();
    d.slots = keep.iter().map(|&i| d.slots[i].clone()).collect();
    let path = temp_path(&h, "gent.json");
    std::fs::write(&path, conventio::core::format::write_declaration(&d)).unwrap();
    h.run(Message::Start(conventio::app::screen::start::Message::Open(path)));
    h.run(Message::GoTo(Screen::Schedule));
    let figure = conventio::core::figures::Figure {
        label: conventio::core::i18n::Message::new("figure-site").arg("site", "AZ Sint-Lucas Gent"),
        value: conventio::core::i18n::Message::new("figure-site-no"),
    };
    let line = localizer(Language::Fr).message(&figure.line());
    assert!(h.sees(&line), "{line}");
    assert!(line.contains("ambulatoire") && line.contains("hôpital"), "{line}");
}

#[test]
fn history_names_sites_sees_a_new_name_and_tells_two_saves_in_one_minute_apart() {
    let mut h = harness(Language::Fr);
    h.open_example(0);
    let target = temp_path(&h, "peeters.json");
    let _ = h.app.update(Message::Review(
        conventio::app::screen::review::Message::SavePathChanged(target.display().to_string()),
    ));
    h.run(Message::Review(conventio::app::screen::review::Message::Save));
    let _ = h.app.update(Message::Doctor(DoctorMessage::NameChanged(
        "Dr Anne Peeters-Claes".into(),
    )));
    let _ = h
        .app
        .update(Message::Schedule(ScheduleMessage::SelectSlot(slot_id(&h.app, 0))));
    let _ = h
        .app
        .update(Message::Schedule(ScheduleMessage::EndChanged("12:30".into())));
    std::thread::sleep(std::time::Duration::from_millis(1100));
    h.run(Message::Review(conventio::app::screen::review::Message::Save));
    h.run(Message::GoTo(Screen::Review));
    let l = localizer(Language::Fr);
    let name_change = l.tr_args(
        "change-doctor-name",
        &[
            ("before", "Dr Anne Peeters".into()),
            ("after", "Dr Anne Peeters-Claes".into()),
        ],
    );
    assert!(h.sees(&name_change), "{name_change}");
    let history = h.app.review().history().to_vec();
    assert_eq!(history.len(), 2);
    let lines: Vec<String> = history
        .iter()
        .map(|e| e.saved_at.format("%d/%m/%Y %H:%M:%S").to_string())
        .collect();
    assert_ne!(lines[0], lines[1], "two saves a second apart read apart");
    let changes = conventio::core::practice::diff(&history[0].declaration, &history[1].declaration);
    let slot_line = l.message(&changes[1].message());
    assert!(
        slot_line.contains("Cabinet Ixelles") && !slot_line.contains("(ixelles)"),
        "{slot_line}"
    );
    assert!(h.sees(&slot_line));
}

#[test]
fn exports_go_where_the_export_field_says_with_their_own_extension() {
    let mut h = harness(Language::Nl);
    h.open_example(0);
    h.run(Message::GoTo(Screen::Review));
    let chosen = temp_path(&h, "elders/verklaring-export");
    let _ = h.app.update(Message::Review(
        conventio::app::screen::review::Message::ExportPathChanged(chosen.display().to_string()),
    ));
    let calendar = h.tr("gui-export-calendar");
    h.interact(|ui| {
        ui.click(calendar.as_str()).unwrap();
    });
    assert!(chosen.with_extension("ics").exists(), "written where asked");
    assert!(
        !h._home.path().join("documents").exists(),
        "not in the documents folder"
    );
    h.run(Message::Review(
        conventio::app::screen::review::Message::ExportDialogClosed(
            conventio::app::ExportKind::Text,
            conventio::app::system::Picked::Chosen(temp_path(&h, "gekozen/tekst")),
        ),
    ));
    assert!(
        temp_path(&h, "gekozen/tekst.txt").exists(),
        "a place picked in the dialog"
    );
    let _ = h.app.update(Message::Review(
        conventio::app::screen::review::Message::ExportDialogClosed(
            conventio::app::ExportKind::Pdf,
            conventio::app::system::Picked::NoService,
        ),
    ));
    assert_eq!(h.app.notice_text().unwrap(), h.tr("gui-no-dialog-export"));
    // A dialog the user cancelled is not "no dialog service": nothing to say.
    let _ = h.app.update(Message::DismissNotice);
    let _ = h.app.update(Message::Review(
        conventio::app::screen::review::Message::ExportDialogClosed(
            conventio::app::ExportKind::Pdf,
            conventio::app::system::Picked::Cancelled,
        ),
    ));
    assert_eq!(h.app.notice(), None, "a cancelled dialog says nothing");
}

/// The messages of pressing Tab `tabs` times then `key`, on a fresh view of the app.
fn after_tabs(app: &App, tabs: usize, key: iced::keyboard::key::Named) -> Vec<Message> {
    let mut ui = simulator(app);
    for _ in 0..tabs {
        ui.tap_key(iced::keyboard::key::Named::Tab);
    }
    ui.tap_key(key);
    ui.into_messages().collect()
}

#[test]
fn tab_reaches_buttons_cards_toggles_and_pick_lists_and_enter_or_arrows_use_them() {
    use conventio::app::screen::choice::Message as ChoiceMessage;
    use iced::keyboard::key::Named;
    let mut h = harness(Language::Fr);
    h.open_example(0);
    h.run(Message::GoTo(Screen::Choice));
    // Some number of Tabs reaches the refusal card; Enter chooses it.
    let reached = (1..60).find(|&tabs| {
        after_tabs(&h.app, tabs, Named::Enter).iter().any(|m| {
            matches!(
                m,
                Message::Choice(ChoiceMessage::Chosen(conventio::core::model::Choice::Refusal))
            )
        })
    });
    assert!(reached.is_some(), "the refusal card is reachable by Tab");

    // The slot panel: the rates toggle and the day pick list, by keyboard.
    h.run(Message::GoTo(Screen::Schedule));
    let _ = h
        .app
        .update(Message::Schedule(ScheduleMessage::SelectSlot(slot_id(&h.app, 0))));
    let free = (1..80).find(|&tabs| {
        after_tabs(&h.app, tabs, Named::Space)
            .iter()
            .any(|m| matches!(m, Message::Schedule(ScheduleMessage::RatesChanged(Rates::Free))))
    });
    assert!(free.is_some(), "the free-fees toggle is reachable and Space presses it");
    let next_day = (1..80).find(|&tabs| {
        after_tabs(&h.app, tabs, Named::ArrowDown)
            .iter()
            .any(|m| matches!(m, Message::Schedule(ScheduleMessage::DayChanged(Weekday::Tuesday))))
    });
    assert!(
        next_day.is_some(),
        "the day pick list steps to Tuesday with the Down arrow"
    );

    // Review: the exports and the save button.
    h.run(Message::GoTo(Screen::Review));
    let pdf = (1..80).find(|&tabs| {
        after_tabs(&h.app, tabs, Named::Enter).iter().any(|m| {
            matches!(
                m,
                Message::Review(conventio::app::screen::review::Message::Export(
                    conventio::app::ExportKind::Pdf
                ))
            )
        })
    });
    assert!(pdf.is_some(), "the PDF export is reachable by Tab");
}

#[test]
fn the_focused_control_is_drawn_differently_with_its_ring() {
    use iced::keyboard::key::Named;
    let mut h = harness(Language::Fr);
    h.open_example(0);
    h.run(Message::GoTo(Screen::Choice));
    let theme = h.app.theme();
    let baseline = h._home.path().join("unfocused");
    let after = |tabs: usize| {
        let mut ui = simulator(&h.app);
        for _ in 0..tabs {
            ui.tap_key(Named::Tab);
        }
        ui.snapshot(&theme).unwrap()
    };
    assert!(
        after(0).matches_hash(&baseline).unwrap(),
        "creates the unfocused baseline"
    );
    assert!(after(0).matches_hash(&baseline).unwrap(), "rendering is deterministic");
    assert!(
        !after(1).matches_hash(&baseline).unwrap(),
        "one Tab focuses a control and its ring shows"
    );
}

#[test]
fn a_drag_of_the_window_edge_ends_in_one_settled_message() {
    let home = tempfile::tempdir().unwrap();
    let options = Options::in_folder(home.path(), "2026-02-20".parse().unwrap(), Some(Language::Fr));
    let mut app = App::new(options.clone());
    // 60 sizes, as a drag sends them: every timer the window was given runs, as in the runtime.
    let timers: Vec<_> = (0..60)
        .map(|n| app.update(Message::WindowResized(iced::Size::new(1000.0 + n as f32, 650.0))))
        .collect();
    let produced = outputs(&paused_runtime(), iced::Task::batch(timers));
    // One message (each rebuilds and redraws the window), not one per size…
    let settled = produced
        .iter()
        .filter(|message| matches!(message, Message::WindowSettled(_)))
        .count();
    assert_eq!(settled, 1, "{produced:?}");
    // …and it writes the last size.
    for message in produced {
        run(&mut app, message);
    }
    assert_eq!(App::new(options).settings().window, Some((1059, 650)));
}

#[test]
fn the_first_window_fits_a_1024_by_700_screen_and_the_chosen_size_is_remembered() {
    use conventio::app::window::window_size;
    let small = window_size(None, Some(iced::Size::new(1024.0, 700.0)));
    assert!(small.width <= 1024.0 && small.height <= 700.0 * 0.9 + 0.5, "{small:?}");
    assert_eq!(window_size(None, None), iced::Size::new(1280.0, 820.0));

    let home = tempfile::tempdir().unwrap();
    let options = Options::in_folder(home.path(), "2026-02-20".parse().unwrap(), Some(Language::Fr));
    let mut app = App::new(options.clone());
    // A drag of the window's edge: many sizes, nothing written while it lasts…
    for width in 1000..1100 {
        let _ = app.update(Message::WindowResized(iced::Size::new(width as f32, 650.0)));
        assert!(
            !options.settings_path.exists(),
            "a resize event wrote the settings (width {width})"
        );
    }
    // …then the last size, once the window keeps it for the pause (paused time: at once).
    run(&mut app, Message::WindowResized(iced::Size::new(1100.0, 650.0)));
    let written = std::fs::metadata(&options.settings_path).expect("the settled size is written");
    // An earlier resize's timer running out after a later resize writes nothing more.
    let _ = app.update(Message::WindowSettled(1));
    assert_eq!(
        std::fs::metadata(&options.settings_path).unwrap().modified().unwrap(),
        written.modified().unwrap()
    );
    let again = App::new(options);
    assert_eq!(again.settings().window, Some((1100, 650)));
    assert_eq!(
        window_size(again.settings().window, None),
        iced::Size::new(1100.0, 650.0)
    );
    let on_small = window_size(again.settings().window, Some(iced::Size::new(1024.0, 700.0)));
    assert!(
        on_small.width <= 1024.0,
        "a remembered size larger than this screen is fitted"
    );

    // At 130 % iced reports the size divided by the zoom: it is remembered as the system counts it.
    let mut zoomed = App::new(Options::in_folder(home.path(), "2026-02-20".parse().unwrap(), None));
    for _ in 0..3 {
        let _ = zoomed.update(Message::ZoomIn);
    }
    let _ = zoomed.update(Message::WindowResized(iced::Size::new(983.0 / 1.3, 630.0 / 1.3)));
    assert_eq!(zoomed.settings().window, Some((983, 630)));
    // Closed before the pause ran out: the size is written as the window goes.
    drop(zoomed);
    let reopened = App::new(Options::in_folder(home.path(), "2026-02-20".parse().unwrap(), None));
    assert_eq!(reopened.settings().window, Some((983, 630)));
}

#[test]
fn the_control_tab_reaches_is_scrolled_into_sight_on_a_small_screen() {
    use iced::keyboard::key::Named;
    let mut h = harness(Language::Fr);
    h.run(Message::Start(conventio::app::screen::start::Message::NewDeclaration));
    let small = (1024.0, 560.0);
    let tabbed = |tabs: usize| {
        let mut ui = Simulator::with_size(settings(), small, h.app.view());
        for _ in 0..tabs {
            ui.tap_key(Named::Tab);
        }
        ui
    };
    let to_continue = (1..40)
        .find(|&tabs| {
            let mut ui = tabbed(tabs);
            ui.tap_key(Named::Enter);
            ui.into_messages()
                .any(|m| matches!(m, Message::Doctor(DoctorMessage::Continue)))
        })
        .expect("Continue is reachable by Tab");
    let next = h.tr("gui-next");
    assert!(
        tabbed(0).find(next.as_str()).unwrap().visible_bounds().is_none(),
        "Continue starts below the fold"
    );
    let shown = tabbed(to_continue).find(next.as_str()).unwrap().visible_bounds();
    assert!(
        shown.is_some_and(|b| b.y >= 0.0 && b.y + b.height <= small.1),
        "the focused Continue is scrolled into sight: {shown:?}"
    );
}

#[test]
fn a_dot_in_the_doctors_name_stays_in_the_export_file_name() {
    let mut h = harness(Language::Fr);
    h.run(Message::Start(conventio::app::screen::start::Message::NewDeclaration));
    let _ = h
        .app
        .update(Message::Doctor(DoctorMessage::NameChanged("Dr A. Smith".into())));
    h.run(Message::Review(conventio::app::screen::review::Message::Export(
        conventio::app::ExportKind::Text,
    )));
    let exported = h._home.path().join("documents/Dr A. Smith - 2026-2027.txt");
    assert!(exported.exists(), "{:?}", h.app.notice());
}

#[test]
fn the_week_grid_is_a_tab_stop_where_enter_selects_the_slots_in_turn() {
    use iced::keyboard::key::Named;
    let mut h = harness(Language::Nl);
    h.open_example(0);
    h.run(Message::GoTo(Screen::Schedule));
    let first =
        conventio::app::screen::schedule::next_in_week(&h.app.declaration().slots, h.app.session().slot_ids(), None)
            .unwrap();
    let reached = (1..40).find(|&tabs| {
        after_tabs(&h.app, tabs, Named::Enter)
            .iter()
            .any(|m| matches!(m, Message::Schedule(ScheduleMessage::SelectSlot(i)) if *i == first))
    });
    assert!(
        reached.is_some(),
        "Tab reaches the week and Enter selects its first slot"
    );
}

#[test]
fn two_windows_on_one_data_folder_keep_both_drafts() {
    let home = tempfile::tempdir().unwrap();
    let options = Options::in_folder(home.path(), "2026-11-23".parse().unwrap(), Some(Language::Fr));
    let mut first = App::new(options.clone());
    let mut second = App::new(options.clone());
    assert_eq!(
        second.notice_text(),
        Some(localizer(Language::Fr).tr("gui-draft-second-window"))
    );
    let _ = first.update(Message::Doctor(DoctorMessage::NameChanged("Dr Première".into())));
    let _ = second.update(Message::Doctor(DoctorMessage::NameChanged("Dr Seconde".into())));
    let _ = first.update(Message::Doctor(DoctorMessage::NameChanged(
        "Dr Première Fenêtre".into(),
    )));
    first.flush_draft();
    second.flush_draft();
    let read = |app: &App| stored_work(app).unwrap().doctor.name;
    assert_eq!((first.session().window().slot, second.session().window().slot), (1, 2));
    assert_eq!(read(&first), "Dr Première Fenêtre");
    assert_eq!(read(&second), "Dr Seconde");
    // Closing the second window releases its draft; the first keeps its own.
    drop(second);
    let third = App::new(options);
    assert_eq!(
        third.declaration().doctor.name,
        "Dr Seconde",
        "the freed draft is restored"
    );
    drop(first);
}

#[test]
fn typing_two_hundred_characters_writes_the_draft_once_typing_pauses() {
    let home = tempfile::tempdir().unwrap();
    let options = Options::in_folder(home.path(), "2026-11-23".parse().unwrap(), Some(Language::Fr));
    let mut app = App::new(options);
    run(
        &mut app,
        Message::Start(conventio::app::screen::start::Message::NewDeclaration),
    );
    let written_at_start = stored_work(&app);
    let mut name = String::new();
    let mut tasks = 0;
    for i in 0..200 {
        name.push(if i % 2 == 0 { 'é' } else { 'a' });
        let before = app.session().edits();
        let _ = app.update(Message::Doctor(DoctorMessage::NameChanged(name.clone())));
        tasks += usize::from(app.session().edits() != before);
    }
    assert_eq!(tasks, 200, "each keystroke schedules an autosave after a pause");
    assert_eq!(stored_work(&app), written_at_start, "no keystroke wrote the disk");
    // A pause that an earlier keystroke scheduled finds newer typing: it writes nothing.
    let _ = app.update(Message::AutosaveDue(app.session().edits() - 1));
    assert!(app.session().draft_behind());
    // The last keystroke's pause is due: the draft is handed to a background write (the emulator
    // runs it; here the step change writes it at once, as it does in the window).
    run(&mut app, Message::GoTo(Screen::Choice));
    let saved = stored_work(&app).expect("written on leaving the step");
    assert_eq!(saved.doctor.name.chars().count(), 200);
    assert_eq!(saved.doctor.name, name, "the draft holds the last character");
    assert!(!app.session().draft_behind());
}

#[test]
fn a_new_declaration_opens_with_help_not_errors_until_the_user_reaches_a_field_or_goes_on() {
    use iced::keyboard::key::Named;
    let mut h = harness_today(Language::Fr);
    let new = h.tr("gui-start-new");
    h.interact(|ui| {
        ui.click(new.as_str()).unwrap();
    });
    assert_eq!(h.app.screen(), Screen::Doctor);
    let fr = localizer(Language::Fr);
    let empty = fr.tr("inami-empty");
    let finding = {
        let report = h.app.report();
        let inami = report.findings.iter().find(|f| f.rule == RuleId::DoctorInamiInvalid);
        fr.message(&inami.expect("an empty number is still a finding").message)
    };
    assert!(h.sees(&h.tr("gui-inami-help")), "the field shows its help");
    assert!(!h.sees(&empty), "and no error");
    assert!(
        !h.app.doctor().role_error_shown(h.app.declaration()),
        "the role's note is not red"
    );
    assert!(!h.sees(&finding), "the check does not call it invalid");
    // The number is still to fill in; the role is not (full adherence, the new declaration's
    // choice, needs none: FORMAT.md).
    assert!(h.sees(&fr.tr_args("gui-check-to-fill-in", &[("count", 1_i64.into())])));
    assert!(h.sees(&h.tr("gui-check-to-complete")) && !h.sees(&h.tr("gui-check-not-ok")));

    h.interact(|ui| {
        ui.click(Id::new("doctor-name")).unwrap();
        ui.typewrite("Dr Anne Peeters");
    });
    assert!(!h.sees(&empty), "typing the name above it does not touch the number");

    h.interact(|ui| {
        ui.click(Id::new("doctor-inami")).unwrap();
        ui.typewrite("1");
        ui.tap_key(Named::Backspace);
    });
    assert!(h.sees(&empty), "typed in, then emptied: the field says so");
    assert!(h.sees(&finding) && h.sees(&h.tr("gui-check-not-ok")));

    // A fresh declaration, left untouched: going on is what makes it speak.
    h.run(Message::GoTo(Screen::Start));
    h.interact(|ui| {
        ui.click(new.as_str()).unwrap();
    });
    assert!(!h.sees(&empty));
    let _ = h.app.update(Message::Doctor(DoctorMessage::Continue));
    h.run(Message::GoTo(Screen::Doctor));
    assert!(h.sees(&empty), "after trying to go on, the empty number is an error");
    assert!(h.sees(&finding));
}

/// A harness on 23 November 2026, the day the import's default week starts from.
fn harness_today(language: Language) -> Harness {
    let home = tempfile::tempdir().unwrap();
    let options = Options::in_folder(home.path(), "2026-11-23".parse().unwrap(), Some(language));
    Harness {
        app: App::new(options),
        _home: home,
    }
}

fn slot_lines(app: &App) -> Vec<String> {
    let mut lines: Vec<String> = app
        .declaration()
        .slots
        .iter()
        .map(|s| format!("{} {}–{} {} {}", s.day.key(), s.start, s.end, s.site, s.rates.key()))
        .collect();
    lines.sort();
    lines
}

#[test]
fn a_calendar_imported_from_the_schedule_step_adds_the_chosen_slots_and_one_undo_removes_them() {
    use conventio::app::screen::schedule::import::Message as ImportMessage;
    let mut h = harness_today(Language::Fr);
    h.open_example(0);
    h.run(Message::GoTo(Screen::Schedule));
    let before = slot_lines(&h.app);
    let sites_before = h.app.declaration().sites.len();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ics/outlook.ics");
    h.import_through_the_panel(&fixture);
    let loaded = h.app.schedule().import().loaded.as_ref().expect("the file was read");
    assert_eq!(
        h.app.schedule().import().week,
        Some("2026-11-23".parse().unwrap()),
        "the week of today"
    );
    let statuses: Vec<&str> = loaded.proposal.slots.iter().map(|p| p.status.key()).collect();
    // The example already has Monday's and Thursday's mornings; Friday's London teleconsultations
    // overlap its Friday: nothing is ticked until the user chooses.
    assert_eq!(
        statuses,
        [
            "import-status-identical",
            "import-status-identical",
            "import-status-overlapping"
        ]
    );
    assert_eq!(loaded.chosen, [false, false, false]);
    assert!(h.sees(&h.tr("gui-import-title")));
    assert!(
        h.sees("Nouveau lieu proposé : Visioconférence (Londres)"),
        "new place offered"
    );
    assert!(h.sees(&format!(
        "«\u{a0}Formation continue (congrès)\u{a0}» — {}",
        h.tr("import-skip-all-day")
    )));
    let friday = format!(
        "{} 10:00–13:00 · Visioconférence (Londres) · {} · {} — {}",
        h.tr("day-friday"),
        h.tr("rates-free"),
        h.tr("setting-office"),
        h.tr("import-status-overlapping")
    );
    h.interact(|ui| {
        ui.click(friday.as_str()).expect("each slot has its checkbox");
    });
    assert_eq!(
        h.app.schedule().import().preview.len(),
        1,
        "the ticked slot is drawn dashed on the week"
    );
    let apply = localizer(Language::Fr).tr_args("gui-import-apply", &[("count", 1usize.into())]);
    h.interact(|ui| {
        ui.click(apply.as_str()).expect("the import button names the count");
    });
    let mut expected = before.clone();
    expected.push("friday 10:00–13:00 visioconference-londres free".to_owned());
    expected.sort();
    assert_eq!(slot_lines(&h.app), expected);
    assert!(h.app.schedule().import().loaded.is_none(), "the panel closes");
    assert_eq!(h.app.declaration().sites.len(), sites_before + 1);
    let _ = h.app.update(Message::Undo);
    assert_eq!(slot_lines(&h.app), before, "one undo takes the whole import back");
    assert_eq!(h.app.declaration().sites.len(), sites_before);

    // A file that is not a calendar: the translated reason, and nothing changes.
    let bad = temp_path(&h, "not-a-calendar.ics");
    std::fs::write(&bad, "BEGIN:VCALENDAR\r\nthis is not a calendar").unwrap();
    let _ = h.app.update(Message::Schedule(ScheduleMessage::ImportPanel(
        ImportMessage::PathChanged(bad.display().to_string()),
    )));
    h.run(Message::Schedule(ScheduleMessage::ImportPanel(ImportMessage::Read)));
    let error = localizer(Language::Fr).message(h.app.schedule().import().error.as_ref().expect("the error is shown"));
    assert!(error.contains("Rien n'a été importé"), "{error}");
    assert!(h.sees(&error));
    assert_eq!(slot_lines(&h.app), before);
}

#[test]
fn the_practice_overview_puts_unregistered_doctors_first_by_days_left_and_filters_them() {
    use conventio::app::screen::overview::Message as OverviewMessage;
    use conventio::core::format::read_declaration;
    let mut h = harness_today(Language::Fr);
    let gp = read_declaration(
        include_str!("../assets/examples/gp-partial-valid.json"),
        Agreements::embedded(),
    )
    .unwrap();
    let doctor = |name: &str, inami: &str, window: Option<&str>| {
        let mut d = gp.clone();
        d.doctor.name = name.into();
        d.doctor.inami = inami.into();
        d.window = window.map(str::to_owned);
        d
    };
    let doctors = [
        doctor("Dr Anne Aerts", "1-23456-25-004", Some("second-year")),
        doctor("Dr Bart Bosmans", "1-23457-24-004", Some("second-year")),
        doctor("Dr Chloé Claes", "1-23458-23-004", Some("initial")),
    ];
    let saved_at = chrono::NaiveDate::from_ymd_opt(2026, 11, 20)
        .unwrap()
        .and_hms_opt(9, 0, 0)
        .unwrap();
    let ids: Vec<String> = doctors
        .iter()
        .map(|d| {
            h.app
                .practice()
                .save(None, d, None, saved_at, saved_at.date())
                .unwrap()
                .id
        })
        .collect();
    h.run(Message::GoTo(Screen::Start));
    let open = h.tr("gui-overview-open");
    h.interact(|ui| {
        ui.click(open.as_str()).expect("the start screen leads to the overview");
    });
    assert_eq!(h.app.screen(), Screen::Overview);
    let order = |h: &Harness| -> Vec<String> { h.app.overview().shown().map(|r| r.name.clone()).collect() };
    let days = |h: &Harness| -> Vec<Option<i64>> { h.app.overview().shown().map(|r| r.days_left).collect() };
    // The initial window closed long ago: Dr Claes is overdue and comes first, before the
    // alphabet; the two second-year declarations have 21 days left (last day 14 December 2026).
    assert_eq!(order(&h), ["Dr Chloé Claes", "Dr Anne Aerts", "Dr Bart Bosmans"]);
    assert_eq!(days(&h), [Some(-256), Some(21), Some(21)]);
    // Mark Dr Aerts registered (asked, then confirmed): the rows stay where they are until sorted
    // again; then she goes last, the others stay by days left.
    let _ = h
        .app
        .update(Message::Overview(OverviewMessage::MarkRegistered(ids[0].clone())));
    assert!(h.app.practice().registration(&ids[0]).is_none(), "asked first");
    h.run(Message::Overview(OverviewMessage::ConfirmMarks));
    assert_eq!(order(&h), ["Dr Chloé Claes", "Dr Anne Aerts", "Dr Bart Bosmans"]);
    let _ = h.app.update(Message::Overview(OverviewMessage::SortAgain));
    assert_eq!(order(&h), ["Dr Chloé Claes", "Dr Bart Bosmans", "Dr Anne Aerts"]);
    let registered = localizer(Language::Fr).tr_args("gui-overview-registered", &[("date", "23/11/2026".into())]);
    assert!(h.sees(&registered), "the mark shows its date");
    let filter = h.tr("gui-overview-filter");
    h.interact(|ui| {
        ui.click(filter.as_str()).expect("the filter is a checkbox");
    });
    assert_eq!(order(&h), ["Dr Chloé Claes", "Dr Bart Bosmans"]);
    assert!(!h.sees("Dr Anne Aerts"), "registered doctors are filtered out");
    assert!(h.sees("Dr Bart Bosmans") && h.sees("Dr Chloé Claes"));
    let history = h.app.practice().history(&ids[0]);
    assert_eq!(history.len(), 2, "the saved version and its mark");
    assert_eq!(history[1].kind, conventio::core::practice::EntryKind::Registered);
    assert_eq!(history[1].set_by, None, "the settings have no user name");

    // The CSV has every doctor, whatever the filter, in urgency order, for Excel (BOM, `;`).
    let out = temp_path(&h, "overview.csv");
    let _ = h.app.update(Message::Overview(OverviewMessage::ExportPathChanged(
        out.display().to_string(),
    )));
    h.run(Message::Overview(OverviewMessage::ExportCsv));
    let written = std::fs::read_to_string(&out).unwrap();
    assert!(written.starts_with("\u{feff}Nom;INAMI;"), "{written}");
    let lines: Vec<&str> = written.lines().collect();
    assert_eq!(lines.len(), 4);
    assert!(
        lines[1].starts_with("Dr Chloé Claes;") && lines[1].contains(";-256;"),
        "{}",
        lines[1]
    );
    assert!(
        lines[3].starts_with("Dr Anne Aerts;") && lines[3].ends_with(";21;23/11/2026;;"),
        "{}",
        lines[3]
    );
}

#[test]
fn a_day_typed_in_the_import_panel_goes_to_its_week_and_proposes_again() {
    use conventio::app::screen::schedule::import::Message as ImportMessage;
    let mut h = harness(Language::Fr);
    h.open_example(0);
    h.run(Message::GoTo(Screen::Schedule));
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ics/outlook.ics");
    h.import_through_the_panel(&fixture);
    assert!(h.app.schedule().import().loaded.is_some(), "the calendar was read");
    let week = |h: &mut Harness, typed: &str| {
        let _ = h.app.update(Message::Schedule(ScheduleMessage::ImportPanel(
            ImportMessage::WeekTextChanged(typed.into()),
        )));
    };
    // A Wednesday far from today: its week, Monday 1 March 2027, without clicking 14 times.
    week(&mut h, "03/03/2027");
    assert_eq!(
        h.app.schedule().import().monday(h.app.options().today),
        "2027-03-01".parse().unwrap()
    );
    assert!(h.sees(&localizer(Language::Fr).tr_args("gui-import-week", &[("monday", "01/03/2027".into())])));
    assert!(
        h.app.schedule().import().loaded.is_some(),
        "proposed again for that week"
    );
    // Half typed, or not a date: the week stays, and the hint says how to write it.
    week(&mut h, "31/02/20");
    assert_eq!(
        h.app.schedule().import().monday(h.app.options().today),
        "2027-03-01".parse().unwrap()
    );
    assert!(h.sees(&h.tr("gui-date-invalid")));
}

#[test]
fn a_spreadsheet_imported_from_the_schedule_step_adds_its_new_rows_and_one_undo_removes_them() {
    use conventio::app::screen::schedule::import::Message as ImportMessage;
    let mut h = harness_today(Language::Fr);
    h.open_example(0);
    h.run(Message::GoTo(Screen::Schedule));
    let before = slot_lines(&h.app);
    // Written the way Excel saves "CSV (séparateur : point-virgule)": BOM, `;`, CRLF, French
    // headers; Monday's morning is already in the declaration, the two Saturday rows are new.
    let sheet = temp_path(&h, "horaire.csv");
    std::fs::write(
        &sheet,
        "\u{feff}jour;début;fin;lieu;tarifs;activité;remarque\r\n\
         lundi;08:00;12:00;Cabinet Ixelles;accord;cabinet;\r\n\
         samedi;9h00;12h00;Cabinet Ixelles;libres;cabinet;Consultations du samedi\r\n\
         samedi;1300;1500;Cabinet Ixelles;accord;visites à domicile;\r\n",
    )
    .unwrap();
    h.import_through_the_panel(&sheet);
    let loaded = h.app.schedule().import().loaded.as_ref().expect("the sheet was read");
    let statuses: Vec<&str> = loaded.proposal.slots.iter().map(|p| p.status.key()).collect();
    assert_eq!(
        statuses,
        ["import-status-identical", "import-status-new", "import-status-new"]
    );
    assert_eq!(loaded.chosen, [false, true, true], "the new rows are ticked");
    assert!(
        h.sees("«\u{a0}Consultations du samedi\u{a0}»"),
        "the note is shown, quoted the French way"
    );
    assert_eq!(
        h.app.schedule().import().preview.len(),
        2,
        "both drawn dashed on the week"
    );
    let apply = localizer(Language::Fr).tr_args("gui-import-apply", &[("count", 2usize.into())]);
    h.interact(|ui| {
        ui.click(apply.as_str()).expect("the import button names the count");
    });
    let mut expected = before.clone();
    expected.push("saturday 09:00–12:00 ixelles free".to_owned());
    expected.push("saturday 13:00–15:00 ixelles agreement".to_owned());
    expected.sort();
    assert_eq!(slot_lines(&h.app), expected);
    let _ = h.app.update(Message::Undo);
    assert_eq!(slot_lines(&h.app), before, "one undo takes the whole sheet back");

    // A sheet with a bad time: the line and column are named, and nothing is imported.
    std::fs::write(
        &sheet,
        "jour;début;fin;lieu;tarifs\nlundi;25:00;26:00;Cabinet Ixelles;accord\n",
    )
    .unwrap();
    h.run(Message::Schedule(ScheduleMessage::ImportPanel(ImportMessage::Read)));
    let error = localizer(Language::Fr).message(h.app.schedule().import().error.as_ref().expect("the error is shown"));
    assert!(error.contains("ligne 2") && error.contains("début"), "{error}");
    assert!(error.contains("Rien n'a été importé"), "{error}");
    assert_eq!(slot_lines(&h.app), before);
}

#[test]
fn the_secretarys_name_goes_on_her_registration_marks_and_the_overview_prints_as_a_pdf_list() {
    use conventio::app::screen::overview::{Message as OverviewMessage, USER_NAME_ID};
    use conventio::core::format::read_declaration;
    let mut h = harness_today(Language::Fr);
    let gp = read_declaration(
        include_str!("../assets/examples/gp-partial-valid.json"),
        Agreements::embedded(),
    )
    .unwrap();
    let saved_at = chrono::NaiveDate::from_ymd_opt(2026, 11, 20)
        .unwrap()
        .and_hms_opt(9, 0, 0)
        .unwrap();
    let mut ids = Vec::new();
    for (name, inami, window) in [
        ("Dr Anne Aerts", "1-23456-25-004", "second-year"),
        ("Dr Bart Bosmans", "1-23457-24-004", "second-year"),
        ("Dr Chloé Claes", "1-23458-23-004", "initial"),
    ] {
        let mut d = gp.clone();
        d.doctor.name = name.into();
        d.doctor.inami = inami.into();
        d.window = Some(window.into());
        ids.push(
            h.app
                .practice()
                .save(None, &d, None, saved_at, saved_at.date())
                .unwrap()
                .id,
        );
    }
    h.run(Message::GoTo(Screen::Start));
    let open = h.tr("gui-overview-open");
    h.interact(|ui| {
        ui.click(open.as_str()).expect("the start screen leads to the overview");
    });
    assert!(h.sees(&h.tr("gui-overview-user-name")), "the name field is labelled");
    h.interact(|ui| {
        ui.click(Id::new(USER_NAME_ID)).expect("the name field");
        ui.typewrite("Sophie Martin");
    });
    assert_eq!(h.app.settings().user_name(), Some("Sophie Martin"));
    let stored = conventio::core::settings::Settings::load_from(&h.app.options().settings_path);
    assert_eq!(
        stored.settings().user_name(),
        Some("Sophie Martin"),
        "kept in the settings"
    );
    // The first mark button is the most urgent doctor's: Dr Claes, whose window closed long ago.
    let mark = h.tr("gui-overview-mark");
    h.interact(|ui| {
        ui.click(mark.as_str())
            .expect("each unregistered doctor has the mark button");
    });
    // Asked first; Enter confirms.
    h.run(Message::KeyPressed(
        iced::keyboard::Key::Named(iced::keyboard::key::Named::Enter),
        iced::keyboard::Modifiers::empty(),
    ));
    let by = localizer(Language::Fr).tr_args(
        "gui-overview-registered-by-name",
        &[("date", "23/11/2026".into()), ("name", "Sophie Martin".into())],
    );
    assert_eq!(by, "Enregistré dans ProSanté le 23/11/2026 par Sophie Martin");
    assert!(h.sees(&by), "the row says who registered it");
    let history = h.app.practice().history(&ids[2]);
    assert_eq!(history.len(), 2, "the saved version and its mark");
    assert_eq!(history[1].set_by.as_deref(), Some("Sophie Martin"));
    let order = |h: &Harness| -> Vec<String> { h.app.overview().shown().map(|r| r.name.clone()).collect() };
    assert_eq!(
        order(&h),
        ["Dr Chloé Claes", "Dr Anne Aerts", "Dr Bart Bosmans"],
        "nothing moved"
    );
    let again = h.tr("gui-overview-sort-again");
    h.interact(|ui| {
        ui.click(again.as_str()).expect("a button sorts again");
    });
    assert_eq!(order(&h), ["Dr Anne Aerts", "Dr Bart Bosmans", "Dr Chloé Claes"]);

    // The list goes beside the CSV path, as a PDF: every doctor, most urgent first.
    let csv = temp_path(&h, "cabinet.csv");
    let _ = h.app.update(Message::Overview(OverviewMessage::ExportPathChanged(
        csv.display().to_string(),
    )));
    let print = h.tr("gui-overview-print");
    h.interact(|ui| {
        ui.click(print.as_str())
            .expect("the print button is beside the CSV export");
    });
    let pdf = temp_path(&h, "cabinet.pdf");
    let text = pdf_text(&pdf);
    let at = |name: &str| text.find(name).unwrap_or_else(|| panic!("{name} missing: {text}"));
    assert!(at("DrAnneAerts") < at("DrBartBosmans") && at("DrBartBosmans") < at("DrChloéClaes"));
    assert!(text.contains("SophieMartin") && text.contains("tous(3sur3)"), "{text}");
    assert!(!csv.exists(), "printing writes only the PDF");
    // Filtered, the list says so and leaves the registered doctor out.
    let filter = h.tr("gui-overview-filter");
    h.interact(|ui| {
        ui.click(filter.as_str()).expect("the filter is a checkbox");
    });
    h.run(Message::Overview(OverviewMessage::PrintList));
    let text = pdf_text(&pdf);
    assert!(!text.contains("DrChloéClaes"), "{text}");
    assert!(text.contains("(2sur3)"), "{text}");
}

/// A PDF's text without whitespace (a reader may join a cell's wrapped lines without a space).
fn pdf_text(path: &Path) -> String {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert!(bytes.starts_with(b"%PDF-"));
    let text = pdf_extract::extract_text_from_mem(&bytes).unwrap();
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn a_findings_outline_and_the_selection_follow_their_slots_when_the_list_is_sorted_again() {
    use conventio::app::screen::schedule::{ScheduleView, list_row_id};
    let mut h = harness(Language::Fr);
    h.open_example(0);
    h.run(Message::GoTo(Screen::Schedule));
    let _ = h
        .app
        .update(Message::Schedule(ScheduleMessage::ViewChanged(ScheduleView::List)));
    let _ = h.app.update(Message::Schedule(ScheduleMessage::Grid(GridEvent::Create {
        day: Weekday::Saturday,
        start: TimeOfDay::from_hm(13, 0).unwrap(),
        end: TimeOfDay::from_hm(17, 30).unwrap(),
    })));
    let _ = h
        .app
        .update(Message::Schedule(ScheduleMessage::RatesChanged(Rates::Free)));
    let saturday = h.app.schedule().selected().expect("the new slot is selected");
    let finding = h
        .app
        .report()
        .findings
        .iter()
        .position(|f| f.rule == RuleId::Partial(RulePrefix::Gp, PartialRule::FreeBlockLength))
        .unwrap();
    let _ = h.app.update(Message::FindingSelected(finding));
    assert_eq!(h.app.schedule().highlighted(), [saturday]);

    // The week's first slot moves to Sunday: the list is sorted again, the rows move.
    let first = slot_id(&h.app, 0);
    let row_top = |h: &Harness, slot| simulator(&h.app).find(list_row_id(slot)).unwrap().bounds().y;
    let before = row_top(&h, first);
    let _ = h.app.update(Message::Schedule(ScheduleMessage::SelectSlot(first)));
    let _ = h
        .app
        .update(Message::Schedule(ScheduleMessage::DayChanged(Weekday::Sunday)));
    assert!(row_top(&h, first) > before, "its row went down the list");
    assert_eq!(h.app.schedule().selected(), Some(first));
    assert_eq!(
        h.app.schedule().highlighted(),
        [saturday],
        "the outline stays on Saturday"
    );

    let _ = h.app.update(Message::Undo);
    let _ = h.app.update(Message::Redo);
    assert_eq!(h.app.schedule().selected(), Some(first));
    assert_eq!(h.app.session().slot(first).map(|s| s.day), Some(Weekday::Sunday));
    assert_eq!(h.app.schedule().highlighted(), [saturday]);
}

#[test]
fn the_window_shows_before_the_draft_and_the_practice_are_read_and_keeps_work_begun_meanwhile() {
    use conventio::app::screen::doctor::Message as DoctorMessage;
    use conventio::app::screen::start::Message as StartMessage;
    let home = tempfile::tempdir().unwrap();
    let options = Options::in_folder(home.path(), "2026-11-23".parse().unwrap(), Some(Language::Fr));
    {
        // A previous session leaves a draft behind.
        let mut app = App::new(options.clone());
        run(&mut app, Message::Start(StartMessage::NewDeclaration));
        let _ = app.update(Message::Doctor(DoctorMessage::NameChanged("Dr Brouillon".into())));
    }
    // The first frame: nothing read but the settings.
    let mut app = App::booting(options.clone());
    assert_eq!(
        app.declaration().doctor.name,
        "",
        "the draft is read after the first frame"
    );
    let boot = app.boot_reader().read();
    run(&mut app, Message::Booted(std::sync::Arc::new(boot.clone())));
    assert_eq!(app.declaration().doctor.name, "Dr Brouillon", "then restored");
    assert!(app.notice().is_some(), "with a notice saying so");
    drop(app);

    // Work begun before the reading ends is not replaced by the draft.
    let mut early = App::booting(options);
    run(&mut early, Message::Start(StartMessage::NewDeclaration));
    let _ = early.update(Message::Doctor(DoctorMessage::NameChanged("Dr Pressé".into())));
    run(&mut early, Message::Booted(std::sync::Arc::new(boot)));
    assert_eq!(early.declaration().doctor.name, "Dr Pressé");
}

// ---- What must be registered, joining after a refusal, the practice's headline (issue 16) ----

/// A 2026-2027 declaration for the practice: a doctor with a code that says nothing about the
/// role, standing `current` today (absent: full), declaring `choice` in `window`.
fn practice_declaration(
    name: &str,
    inami: &str,
    window: &str,
    current: Option<&str>,
    choice: &str,
) -> conventio::core::model::Declaration {
    let current = current.map_or_else(String::new, |c| format!(r#","current_choice":"{c}""#));
    let role = if choice == "partial" {
        r#","role":"specialist""#
    } else {
        ""
    };
    let free = if choice == "partial" {
        r#",{"site":"a","day":"tuesday","start":"17:00","end":"19:00","rates":"free","setting":"office"}"#
    } else {
        ""
    };
    let text = format!(
        r#"{{"format":"conventio-declaration","version":1,"agreement":"2026-2027","prepared_on":"2026-12-01",
        "window":"{window}","doctor":{{"name":"{name}","inami":"{inami}"{role}{current}}},"choice":"{choice}",
        "sites":[{{"id":"a","name":"Cabinet"}}],
        "slots":[{{"site":"a","day":"monday","start":"08:00","end":"16:00","rates":"agreement","setting":"office"}}{free}]}}"#
    );
    conventio::core::format::read_declaration(&text, Agreements::embedded()).unwrap_or_else(|e| panic!("{e:?}"))
}

fn add_to_practice(h: &Harness, declaration: &conventio::core::model::Declaration) -> String {
    let now = "2026-12-01T10:00:00".parse().unwrap();
    h.app
        .practice()
        .save(None, declaration, None, now, "2026-12-01".parse().unwrap())
        .unwrap()
        .id
}

#[test]
fn a_doctor_who_refused_joins_from_the_start_screen_and_saves_a_join_declaration() {
    let mut h = harness_on(Language::Fr, "2026-12-02");
    let refused = practice_declaration("Dr Rita Refus", "1-00011-93-580", "initial", None, "refusal");
    let id = add_to_practice(&h, &refused);
    h.run(Message::GoTo(Screen::Start));
    let fr = localizer(Language::Fr);
    // The banner says a doctor who refused may join at any time, and for which year the statut
    // social can count.
    assert!(h.sees(&format!(
        "{} ({})",
        fr.tr("window-join-line"),
        "adhésion complète ou partielle, adhésion partielle non confirmée pour 2027"
    )));
    assert!(h.sees(&fr.tr_args(
        "gui-join-statut",
        &[("year", 2027_i64.into()), ("registered", 2026_i64.into())]
    )));
    // Her row in the practice list offers to join (below the fold at this size: pressed as the
    // button sends it).
    assert!(
        h.sees(&h.tr("gui-practice-join")),
        "the refused doctor's row offers to join"
    );
    h.run(Message::Start(conventio::app::screen::start::Message::JoinProfile(id)));
    assert_eq!(h.app.screen(), Screen::Choice);
    assert_eq!(h.app.declaration().window.as_deref(), Some("join"));
    assert_eq!(
        h.app.declaration().doctor.current_choice,
        Some(conventio::core::model::Choice::Refusal)
    );
    // The choice step asks the standing in plain words and says the adherence must be registered.
    assert!(h.sees(&h.tr("gui-standing-question")) && h.sees(&h.tr("gui-standing-register")));
    assert!(h.app.report().is_ok(), "{:?}", h.app.report().findings);
    h.run(Message::GoTo(Screen::Review));
    let path = h._home.path().join("adhesion.json");
    let _ = h.app.update(Message::Review(
        conventio::app::screen::review::Message::SavePathChanged(path.display().to_string()),
    ));
    h.run(Message::Review(conventio::app::screen::review::Message::Save));
    let file: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(file["window"], "join");
    assert_eq!(file["choice"], "full");
    assert_eq!(file["doctor"]["current_choice"], "refusal");
}

#[test]
fn the_standing_asked_on_the_choice_step_decides_whether_anything_is_registered() {
    let mut h = harness_on(Language::Nl, "2026-12-02");
    h.run(Message::Start(conventio::app::screen::start::Message::NewDeclaration));
    h.run(Message::GoTo(Screen::Choice));
    let nl = localizer(Language::Nl);
    assert!(h.sees("Vandaag bent u:") && h.sees("gedeconventioneerd"));
    assert!(
        h.sees(&nl.tr("gui-standing-nothing")),
        "full adherence by an adherent: nothing"
    );
    let refused = nl.tr("current-choice-refusal");
    h.interact(|ui| {
        ui.click(refused.as_str()).unwrap();
    });
    assert_eq!(
        h.app.declaration().doctor.current_choice,
        Some(conventio::core::model::Choice::Refusal)
    );
    assert!(h.sees(&nl.tr("gui-standing-register")));
    assert!(h.app.report().summary.registration_needed);
}

#[test]
fn the_recognition_window_starts_a_declaration_that_asks_the_recognition_date_first() {
    let mut h = harness_on(Language::Fr, "2026-12-02");
    let line = window_line(Language::Fr, "recognition", "2026-12-02");
    assert!(h.sees(&line), "{line}");
    // The recognition line's button (the lines share the word "Commencer": sent as its press is).
    h.run(Message::Start(conventio::app::screen::start::Message::StartInWindow(
        "recognition".into(),
    )));
    assert_eq!(h.app.screen(), Screen::Doctor);
    assert_eq!(h.app.declaration().window_kind(), "initial");
    assert!(h.app.recognition_first());
    assert!(h.sees(&h.tr("gui-doctor-recognised-first")));
    h.interact(|ui| {
        ui.click(Id::new("doctor-recognised-on")).unwrap();
        ui.typewrite("20/11/2026");
    });
    assert_eq!(
        h.app.declaration().doctor.recognised_on,
        Some("2026-11-20".parse().unwrap())
    );
    assert_eq!(h.app.report().summary.deadline, Some("2026-12-20".parse().unwrap()));
    assert_eq!(h.app.report().summary.window_shown, "recognition");
}

#[test]
fn a_secretarys_overview_of_six_doctors_shows_who_must_still_register_and_the_headline() {
    let mut h = harness_on(Language::Fr, "2026-12-02");
    let mut recognised = practice_declaration("Dr Eva Agréée", "1-00015-89-580", "initial", None, "refusal");
    recognised.doctor.recognised_on = Some("2026-11-20".parse().unwrap());
    let doctors = [
        practice_declaration("Dr Anne Adhérente", "1-00011-93-580", "second-year", None, "full"),
        practice_declaration(
            "Dr Bruno Revient",
            "1-00012-92-580",
            "second-year",
            Some("refusal"),
            "full",
        ),
        practice_declaration(
            "Dr Chloé Partielle",
            "1-00013-91-580",
            "second-year",
            Some("partial"),
            "partial",
        ),
        practice_declaration("Dr David Refuse", "1-00014-90-580", "second-year", None, "refusal"),
        recognised,
        practice_declaration("Dr Fanny Enregistrée", "1-00016-88-580", "second-year", None, "refusal"),
    ];
    let ids: Vec<String> = doctors.iter().map(|d| add_to_practice(&h, d)).collect();
    h.app
        .practice()
        .mark_registered(
            &ids[5],
            "2026-11-30".parse().unwrap(),
            "2026-11-30T09:00:00".parse().unwrap(),
            None,
        )
        .unwrap();
    let headline = "3 médecins à enregistrer au plus tard le 14/12/2026 — encore 12 jours ; 1 ensuite";
    h.run(Message::GoTo(Screen::Start));
    assert!(h.sees(headline), "the start screen's headline");
    h.run(Message::GoTo(Screen::Overview));
    assert!(h.sees(headline), "the overview's headline");
    let fr = localizer(Language::Fr);
    let rows = &h.app.overview().rows;
    let state = |name: &str| {
        let row = rows.iter().find(|r| r.name == name).unwrap();
        conventio::core::overview::registration_state(row, fr)
    };
    assert_eq!(state("Dr Anne Adhérente"), "rien à enregistrer");
    assert_eq!(state("Dr Bruno Revient"), "à enregistrer au plus tard le 14/12/2026");
    assert_eq!(state("Dr Chloé Partielle"), "à enregistrer au plus tard le 14/12/2026");
    assert_eq!(state("Dr David Refuse"), "à enregistrer au plus tard le 14/12/2026");
    assert_eq!(state("Dr Eva Agréée"), "à enregistrer au plus tard le 20/12/2026");
    assert_eq!(state("Dr Fanny Enregistrée"), "enregistré");
    assert!(h.sees("rien à enregistrer"), "the adherent doctor's row says so");
    let eva = rows.iter().find(|r| r.name == "Dr Eva Agréée").unwrap();
    assert_eq!(
        conventio::core::overview::window_text(eva, fr),
        fr.tr("window-title-recognition"),
        "the recognised doctor's window by its name"
    );
    // Only those still to register: the adherent and the registered doctors go.
    let _ = h.app.update(Message::Overview(
        conventio::app::screen::overview::Message::OnlyUnregistered(true),
    ));
    assert!(!h.sees("Dr Anne Adhérente") && !h.sees("Dr Fanny Enregistrée"));
    for name in [
        "Dr Bruno Revient",
        "Dr Chloé Partielle",
        "Dr David Refuse",
        "Dr Eva Agréée",
    ] {
        assert!(h.sees(name), "{name}");
    }
}
