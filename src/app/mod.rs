//! The Conventio window (iced 0.14, Elm style): one state, `update` returning tasks, `view` pure.
//!
//! This module is the routing: it owns the [`Session`] (the declaration with undo/redo, live check
//! and autosave), the settings, the notice, the theme and the shortcuts, and hands each message to
//! the screen it belongs to (see [`screen`]). A screen answers with what should happen, as data: an
//! edit of the declaration ([`session::Action`]) or a task and events ([`screen::Action`]), which
//! the app applies here.

mod findings;
mod frame;
pub mod keys;
mod notice;
mod options;
pub mod probe;
pub mod screen;
mod session;
pub mod system;
pub mod widget;
mod window;

pub use notice::{Notice, NoticeKind};
pub use options::Options;
pub use screen::Screen;
pub use screen::review::ExportKind;
use screen::{Context, Event, Origin, choice, doctor, import, overview, review, schedule, start};
pub use window::{MIN_WINDOW, WINDOW_SETTLE, program, run, window_size};

use crate::core::agreement::{self, Agreements};
use crate::core::i18n::{self, Language, Localizer};
use crate::core::model::{Declaration, Site};
use crate::core::practice::Practice;
use crate::core::rules::{Finding, PartialRule, Report, RuleId, Severity};
use crate::core::settings::{self, Loaded, Settings, SettingsFile, ThemeChoice};
use iced::keyboard::{self, Key, Modifiers};
use iced::theme::Mode;
use iced::widget::operation;
use iced::{Element, Subscription, Task, Theme};

pub use session::{Session, SlotId};
pub use widget::grid::GridEvent;
pub use widget::{FONT, FONT_BOLD, FONT_REGULAR};

/// The version in Cargo.toml: the same in the window's title, `conventio --version`, the Windows
/// installer and the Debian package.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The window's state: the routing, the session, the settings, the notice, and each screen's own
/// state. Read from outside (the tests) through the accessors below; only `update` changes it.
pub struct App {
    options: Options,
    settings: Settings,
    language: Language,
    system_mode: Mode,
    screen: Screen,
    session: Session,
    /// Where the declaration on screen belongs (a practice profile, a file).
    origin: Origin,
    notice: Option<Notice>,
    /// The practice's doctors (profiles) and their histories, in the data folder.
    practice: Practice,
    /// Window resizes so far; the size is written once they stop ([`Message::WindowSettled`]).
    resizes: u64,
    /// The window's size changed since the settings were last written.
    window_unsaved: bool,
    /// This window's draft, locked while it runs.
    _draft: session::DraftSlot,
    /// The doctors worked on in this window and left for another, with their undo history.
    parked: std::collections::HashMap<String, session::Parked>,
    /// The lock on the doctor on screen (`locks/doctor-ID.lock`), so a second window knows.
    doctor_lock: Option<std::fs::File>,
    // The screens' own states.
    start: start::State,
    doctor: doctor::DoctorForm,
    schedule: schedule::Schedule,
    import: import::State,
    review: review::State,
    overview: overview::State,
    /// Whether the check panel is open in a window too narrow to show it beside the step.
    checks_open: bool,
    /// Cleared by [`App::kill`]: the window then goes without writing anything on its way out.
    orderly_exit: bool,
}

/// What the app shows and holds, read-only.
impl App {
    pub fn options(&self) -> &Options {
        &self.options
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    pub fn language(&self) -> Language {
        self.language
    }

    pub fn screen(&self) -> Screen {
        self.screen
    }

    pub fn session(&self) -> &Session {
        &self.session
    }

    pub fn origin(&self) -> &Origin {
        &self.origin
    }

    pub fn notice(&self) -> Option<&Notice> {
        self.notice.as_ref()
    }

    pub fn practice(&self) -> &Practice {
        &self.practice
    }

    pub fn doctor(&self) -> &doctor::DoctorForm {
        &self.doctor
    }

    pub fn schedule(&self) -> &schedule::Schedule {
        &self.schedule
    }

    pub fn import(&self) -> &import::State {
        &self.import
    }

    pub fn review(&self) -> &review::State {
        &self.review
    }

    pub fn overview(&self) -> &overview::State {
        &self.overview
    }
}

/// Everything the user can do. Inputs end in `Changed`, results are past tense, commands imperative.
#[derive(Clone, Debug)]
pub enum Message {
    /// Go to a step of the declaration.
    GoTo(Screen),
    /// Switch the interface language.
    LanguageChanged(Language),
    /// Pick light, dark, high-contrast or the system's theme.
    ThemeChanged(ThemeChoice),
    /// The system switched between light and dark.
    SystemThemeChanged(Mode),
    /// A key no widget used (shortcuts).
    KeyPressed(Key, Modifiers),
    ZoomIn,
    ZoomOut,
    /// Back to 100 %.
    ZoomReset,
    /// Everything done on the start screen.
    Start(start::Message),
    /// Everything done on the doctor screen.
    Doctor(doctor::Message),
    /// Everything done on the choice screen.
    Choice(choice::Message),
    /// Everything done on the schedule screen.
    Schedule(schedule::Message),
    /// The practice overview.
    Overview(overview::Message),
    /// A finding was clicked: select the slots it is about.
    FindingSelected(usize),
    Undo,
    Redo,
    /// Everything done on the review step.
    Review(review::Message),
    DismissNotice,
    /// Open or fold the check panel in a narrow window.
    ChecksToggled,
    /// The user resized the window (remembered for the next start, once the resizing stops).
    WindowResized(iced::Size),
    /// No resize came for a while after the resize numbered so: the size is written.
    WindowSettled(u64),
    /// Typing paused after this many edits: write the draft if nothing changed since.
    AutosaveDue(u64),
    /// The draft was written (or why not).
    Autosaved(Result<(), std::sync::Arc<std::io::Error>>),
    /// The user closes the window: write the draft first.
    CloseRequested(iced::window::Id),
    /// What the window reads at start, read after its first frame.
    Booted(std::sync::Arc<Boot>),
    /// The first window is open, on a screen of this size (when the system tells it).
    WindowOpened(iced::window::Id, Option<iced::Size>),
}

/// The screens' [`Context`], borrowing only the fields no screen owns: a screen's state can be
/// updated beside it.
macro_rules! context {
    ($app:expr) => {
        Context {
            unfinished_slot: $app.unfinished_slot_label(),
            session: &$app.session,
            settings: &$app.settings,
            options: &$app.options,
            language: $app.language,
            practice: &$app.practice,
            origin: &$app.origin,
        }
    };
}

impl App {
    /// The window with everything read: the settings, the user's agreements, the draft, the
    /// practice's doctors and the file named on the command line (the tests, the benchmarks). The
    /// window itself shows [`App::booting`] first and reads the rest after its first frame.
    pub fn new(options: Options) -> App {
        let mut app = App::booting(options);
        let boot = app.boot_reader().read();
        app.booted(boot);
        app
    }

    /// The window before anything but the settings is read: a blank declaration and the start
    /// screen, what the first frame shows. [`Boot`] reads the rest, [`App::booted`] takes it in.
    pub fn booting(options: Options) -> App {
        let loaded = SettingsFile::at(&options.settings_path).load();
        let settings = loaded.settings().clone();
        let language = options.language.unwrap_or_else(|| settings.language_or_env());
        let draft = session::DraftSlot::claim(&options.data_dir);
        let autosave = draft.path.clone();
        let agreements = Agreements::embedded().clone();
        let today = options.today;
        let last_days = settings.last_days.clone();
        let declaration = session::blank(&agreements, today);
        let mut app = App {
            settings,
            language,
            system_mode: Mode::Light,
            screen: Screen::Start,
            session: Session::new(declaration, today, autosave, agreements.clone(), last_days),
            origin: Origin::default(),
            notice: None,
            practice: Practice::open(&options.data_dir, agreements),
            resizes: 0,
            window_unsaved: false,
            _draft: draft,
            parked: std::collections::HashMap::new(),
            doctor_lock: None,
            start: start::State::default(),
            doctor: doctor::DoctorForm::default(),
            schedule: schedule::Schedule::default(),
            // (the day names are set below, in the interface language)
            import: import::State::default(),
            review: review::State::default(),
            overview: overview::State::default(),
            checks_open: false,
            orderly_exit: true,
            options,
        };
        if let Loaded::NewerVersion { found, .. } = loaded {
            app.notice = Some(Notice {
                kind: NoticeKind::Error,
                text: app.tr_args(
                    "gui-settings-newer",
                    &[("version", i64::try_from(found).unwrap_or(0).into())],
                ),
            });
        }
        app.schedule.language_changed(i18n::localizer(language));
        app.doctor.declaration_changed(app.session.declaration());
        let ctx = context!(app);
        app.review.declaration_changed(&ctx);
        app
    }

    /// What reads the rest of the start-up data, on any thread.
    pub fn boot_reader(&self) -> BootReader {
        BootReader {
            options: self.options.clone(),
            language: self.language,
            last_days: self.settings.last_days.clone(),
            autosave: self.session.autosave_path().to_path_buf(),
            second_window: self._draft.number > 1,
        }
    }

    /// Takes in what was read at start. Work the user began meanwhile is kept: the draft then
    /// stays on disk for the next start, and the notice says nothing was restored over it.
    pub fn booted(&mut self, boot: Boot) {
        let Boot {
            agreements,
            declaration,
            notice,
            doctors,
        } = boot;
        if self.session.edits() == 0 {
            self.session = Session::new(
                declaration,
                self.options.today,
                self.session.autosave_path().to_path_buf(),
                agreements.clone(),
                self.settings.last_days.clone(),
            );
        } else {
            self.session
                .set_agreements(agreements.clone(), self.settings.last_days.clone());
        }
        self.practice = Practice::open(&self.options.data_dir, agreements);
        // A newer settings file's error stays in front.
        if notice.is_some() && self.notice.as_ref().is_none_or(|n| n.kind != NoticeKind::Error) {
            self.notice = notice;
        }
        self.start.set_doctors(doctors);
        if let Some(file) = self.options.file.clone() {
            let event = start::open_file(&self.context(), &file);
            let _ = self.apply_event(event);
        }
        self.doctor.declaration_changed(self.session.declaration());
        self.schedule.declaration_changed(&self.session);
        self.schedule.redraw();
        let ctx = context!(self);
        self.review.declaration_changed(&ctx);
    }

    /// What the screens may read of the app.
    pub fn context(&self) -> Context<'_> {
        context!(self)
    }

    /// The slot whose time field holds text that is not a time yet, as the user sees it.
    fn unfinished_slot_label(&self) -> Option<String> {
        self.schedule.unfinished_slot().map(|index| self.slot_label(index))
    }

    /// The practice's files changed: the lists that show them read them again.
    fn practice_changed(&mut self) {
        let ctx = context!(self);
        self.start.reload(&ctx);
        self.review.reload(&ctx);
    }

    pub fn localizer(&self) -> &'static Localizer {
        i18n::localizer(self.language)
    }

    /// A system error in the user's language, saying what to do.
    pub fn describe_io(&self, error: &std::io::Error) -> String {
        crate::core::system_error::describe(error, self.localizer())
    }

    pub fn tr(&self, id: &str) -> String {
        self.localizer().tr(id)
    }

    pub fn tr_args(&self, id: &str, args: &[(&str, i18n::Arg)]) -> String {
        self.localizer().tr_args(id, args)
    }

    /// Whether the doctor step asks for the recognition date first ([`doctor::recognition_first`]).
    pub fn recognition_first(&self) -> bool {
        doctor::recognition_first(self.declaration(), self.session.agreement(), self.session.today())
    }

    pub fn declaration(&self) -> &Declaration {
        self.session.declaration()
    }

    /// The live check, plus an error for a slot whose time field holds text that is not a time:
    /// the slot keeps its last readable time meanwhile, so the check must not call it conforming.
    pub fn report(&self) -> std::borrow::Cow<'_, Report> {
        let report = self.session.report();
        let Some(id) = self.schedule.unfinished_slot() else {
            return std::borrow::Cow::Borrowed(report);
        };
        // Findings name slots by their place in the list, as the check does.
        let Some(index) = self.session.slot_ids().index_of(id) else {
            return std::borrow::Cow::Borrowed(report);
        };
        // One finding per field: two bad fields are both named.
        let editor = self.schedule.editor();
        let unfinished = editor.unfinished_fields().into_iter().map(|field| {
            let id_of_message = match editor.asking() {
                Some((asked, _)) if asked == field => "gui-unconfirmed-time",
                _ => "gui-unfinished-time",
            };
            Finding {
                rule: RuleId::UnfinishedTime,
                severity: Severity::Error,
                clause: None,
                slots: vec![index],
                site: None,
                message: i18n::Message::new(id_of_message)
                    .arg("slot", self.slot_label(id))
                    .arg("field", self.tr(field.label()))
                    .arg("typed", editor.text(field)),
                interpretation: None,
            }
        });
        let mut report = report.clone();
        report.findings.splice(0..0, unfinished);
        std::borrow::Cow::Owned(report)
    }

    /// A slot as the user sees it: "Monday 09:00–12:00".
    pub fn slot_label(&self, id: SlotId) -> String {
        self.session.slot(id).map_or_else(String::new, |s| {
            format!("{} {}–{}", self.tr(&format!("day-{}", s.day.key())), s.start, s.end)
        })
    }

    pub fn theme(&self) -> Theme {
        widget::style::theme(self.settings.theme, self.system_mode)
    }

    pub fn scale_factor(&self) -> f32 {
        self.settings.zoom
    }

    /// `Conventio 0.2.0`, then the doctor's name once typed: the version is the About line.
    pub fn title(&self) -> String {
        let about = format!("{} {VERSION}", self.tr("gui-title"));
        let name = &self.declaration().doctor.name;
        if name.is_empty() {
            about
        } else {
            format!("{about} — {name}")
        }
    }

    pub fn subscription(&self) -> Subscription<Message> {
        Subscription::batch([
            keyboard::listen().filter_map(|event| match event {
                keyboard::Event::KeyPressed { key, modifiers, .. } => Some(Message::KeyPressed(key, modifiers)),
                _ => None,
            }),
            iced::system::theme_changes().map(Message::SystemThemeChanged),
            iced::window::resize_events().map(|(_, size)| Message::WindowResized(size)),
            iced::window::close_requests().map(Message::CloseRequested),
        ])
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        let before = self.screen;
        let edits = self.session.edits();
        // Anything the user does besides typing a time takes the times typed so far first, as
        // leaving the field would: never lost, never taken behind the user's back.
        if takes_typed_times(&message) {
            let action = self.schedule.take_typed_times(&self.session);
            let _ = self.apply_schedule(action);
        }
        let add_slot = matches!(message, Message::Schedule(schedule::Message::AddSlot));
        let mut task = self.handle(message);
        if add_slot && self.schedule.selected().is_some() {
            // "Add a slot" from the keyboard: straight to the new slot's start time.
            // Its time selected: typing `8:30` replaces the proposed time.
            task = Task::batch([
                task,
                operation::focus(schedule::START_ID)
                    .chain(operation::select_all(schedule::START_ID))
                    .chain(widget::focus::reveal_focused()),
            ]);
        }
        if self.session.edits() != edits {
            task = Task::batch([task, autosave_after_pause(self.session.edits())]);
        }
        if self.screen == before {
            return task;
        }
        if before == Screen::Doctor {
            self.doctor.left_step();
        }
        // A new step: the draft is written at once, and the keyboard starts at the step's first
        // control, not wherever the last step left it.
        self.flush_draft();
        // A step opens at its top, however far down the last visit (or another step) scrolled.
        let top = operation::snap_to(schedule::SCROLL_ID, operation::RelativeOffset::START);
        Task::batch([
            task,
            top,
            focus_first(self.screen, self.declaration().choice, self.recognition_first()),
        ])
    }

    /// Writes the draft now if it is behind the declaration (a step change, closing).
    pub fn flush_draft(&mut self) {
        let written = self.session.flush_draft();
        self.autosaved(written.map_err(std::sync::Arc::new));
    }

    fn autosaved(&mut self, result: Result<(), std::sync::Arc<std::io::Error>>) {
        if let Err(error) = result {
            self.notice = Some(Notice {
                kind: NoticeKind::Error,
                text: self.tr_args("gui-autosave-failed", &[("error", self.describe_io(&error).into())]),
            });
        }
    }

    fn handle(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::GoTo(screen) => return self.go_to(screen),
            Message::LanguageChanged(language) => {
                self.language = language;
                self.settings.language = Some(language);
                self.schedule.language_changed(i18n::localizer(language));
                self.save_settings();
                self.schedule.redraw();
            }
            Message::ThemeChanged(theme) => {
                self.settings.theme = theme;
                self.save_settings();
                self.schedule.redraw();
            }
            Message::SystemThemeChanged(mode) => {
                self.system_mode = mode;
                self.schedule.redraw();
            }
            Message::KeyPressed(key, modifiers) => {
                // A mark waiting for its confirmation: Enter confirms, Escape cancels.
                if self.screen == Screen::Overview && self.overview.asking() {
                    use iced::keyboard::key::Named;
                    match &key {
                        Key::Named(Named::Enter) => {
                            return self.update(Message::Overview(overview::Message::ConfirmMarks));
                        }
                        Key::Named(Named::Escape) => {
                            return self.update(Message::Overview(overview::Message::CancelMarks));
                        }
                        _ => {}
                    }
                }
                return self.shortcut(&key, modifiers);
            }
            Message::ZoomIn => self.zoom(0.1),
            Message::ZoomOut => self.zoom(-0.1),
            Message::ZoomReset => {
                self.settings.zoom = 1.0;
                self.save_settings();
            }
            Message::Undo => {
                let result = self.session.undo();
                self.after_edit(result);
            }
            Message::Redo => {
                let result = self.session.redo();
                self.after_edit(result);
            }
            Message::DismissNotice => self.notice = None,
            Message::ChecksToggled => self.checks_open = !self.checks_open,
            Message::WindowResized(size) => return self.remember_window(size),
            Message::WindowSettled(resizes) => self.window_settled(resizes),
            Message::AutosaveDue(edits) => {
                if let Some(draft) = self.session.draft_due(edits) {
                    return Task::perform(write_draft_off_thread(draft), Message::Autosaved);
                }
            }
            Message::Autosaved(result) => self.autosaved(result),
            Message::CloseRequested(id) => {
                self.flush_draft();
                self.save_window_if_unsaved();
                return iced::window::close(id);
            }
            Message::WindowOpened(id, monitor) => return self.fit_window(id, monitor),
            Message::Booted(boot) => self.booted(std::sync::Arc::unwrap_or_clone(boot)),
            Message::Start(message) => {
                let ctx = context!(self);
                let action = self.start.update(message, &ctx);
                return self.run(action.map(Message::Start));
            }
            Message::Review(message) => {
                let ctx = context!(self);
                let action = self.review.update(message, &ctx);
                return self.run(action.map(Message::Review));
            }
            Message::Doctor(message) => {
                let removed = if let doctor::Message::RemoveSite(index) = &message {
                    self.site_with_slots(*index)
                } else {
                    None
                };
                let action = self.doctor.update(self.session.declaration(), message);
                let task = self.apply(action);
                if let Some((site, slots)) = removed {
                    self.say_site_removed(site, slots);
                }
                return task;
            }
            Message::Choice(message) => {
                let action = choice::update(self.session.declaration(), message);
                return self.apply(action);
            }
            Message::Schedule(schedule::Message::ImportPanel(message)) => return self.update_import(message),
            Message::Schedule(message) => {
                let action = self.schedule.update(&self.session, message);
                return self.apply_schedule(action);
            }
            Message::Overview(message) => {
                let ctx = context!(self);
                let action = self.overview.update(message, &ctx);
                return self.run(action.map(Message::Overview));
            }
            Message::FindingSelected(index) => {
                let picked = self.report().findings.get(index).map(|finding| {
                    let slots = outlined_slots(finding, self.session.declaration());
                    (finding.rule.clone(), self.session.slot_ids().ids_of(&slots))
                });
                if let Some((rule, slots)) = picked {
                    self.schedule.highlight(&self.session, rule, slots);
                    return self.go_to(Screen::Schedule);
                }
            }
        }
        Task::none()
    }

    fn update_import(&mut self, message: import::Message) -> Task<Message> {
        let ctx = context!(self);
        // (The week draws the import's proposed slots dashed: its days redraw themselves.)
        let action = self.import.update(message, &ctx, self.selected_site());
        self.run(action.map(|m| Message::Schedule(schedule::Message::ImportPanel(m))))
    }

    /// The site of the slot selected on the week.
    fn selected_site(&self) -> Option<String> {
        let id = self.schedule.selected()?;
        Some(self.session.slot(id)?.site.clone())
    }

    /// Opens a step; the lists it shows are read again from the practice.
    fn go_to(&mut self, screen: Screen) -> Task<Message> {
        self.screen = screen;
        match screen {
            Screen::Start => self.start.reload(&context!(self)),
            Screen::Review => self.review.reload(&context!(self)),
            Screen::Overview => self.overview.show(&context!(self)),
            Screen::Doctor | Screen::Choice | Screen::Schedule => {}
        }
        Task::none()
    }

    /// Carries out what a screen asked for: its tasks run, its events change what the app owns.
    fn run(&mut self, action: screen::Action<Message>) -> Task<Message> {
        match action {
            screen::Action::None => Task::none(),
            screen::Action::Run(task) => task,
            screen::Action::Event(event) => self.apply_event(event),
            screen::Action::Batch(actions) => Task::batch(actions.into_iter().map(|a| self.run(a)).collect::<Vec<_>>()),
        }
    }

    fn apply_event(&mut self, event: Event) -> Task<Message> {
        match event {
            Event::Load(loaded) => return self.load(*loaded),
            Event::Notify(notice) => self.notice = Some(notice),
            Event::DismissNotice => self.notice = None,
            Event::Import(proposal, chosen) => {
                return self.apply_schedule(session::Action::Edit(schedule::Edit::Import(proposal, chosen)));
            }
            Event::GoTo(screen) => return self.go_to(screen),
            Event::LastDaysChanged(last_days) => {
                self.settings.last_days = last_days;
                let agreements = self.session.agreements().clone();
                self.session.set_agreements(agreements, self.settings.last_days.clone());
                self.save_settings();
                self.practice_changed();
            }
            Event::AgreementsChanged(agreements) => {
                self.practice = Practice::open(&self.options.data_dir, agreements.clone());
                self.session.set_agreements(agreements, self.settings.last_days.clone());
                self.practice_changed();
            }
            Event::Saved { file, profile_id } => {
                let mut profile_id = profile_id.or(self.origin.profile_id.take());
                if profile_id.is_some() && profile_id != self.origin.profile_id && !self.take_doctor(profile_id.clone())
                {
                    // Another window has this doctor: saved as a version all the same, and this
                    // window goes on with a copy, as when it opens a doctor held elsewhere.
                    profile_id = None;
                }
                self.origin = Origin {
                    profile_id,
                    file: Some(file.clone()),
                };
                self.settings.remember(&file);
                // Through the one guarded path: a newer version's settings file is never overwritten.
                self.save_settings();
                self.notice = Some(Notice {
                    kind: NoticeKind::Info,
                    text: self.tr_args("gui-saved", &[("path", file.display().to_string().into())]),
                });
                self.practice_changed();
            }
            Event::PracticeChanged => self.practice_changed(),
            Event::UserNameChanged(name) => {
                self.settings.set_user_name(&name);
                self.save_settings();
            }
        }
        Task::none()
    }

    /// Another declaration to work on, its origin, and the step to show. A file is remembered in the
    /// recent list. The work on screen is kept: its doctor's draft goes to the practice, and its
    /// undo history stays in this window; coming back to that doctor brings both back. Undo never
    /// switches doctors.
    fn load(&mut self, loaded: screen::Loaded) -> Task<Message> {
        let screen::Loaded {
            declaration,
            mut origin,
            screen,
        } = loaded;
        // What was said about the previous declaration (its doctor, a failed dialog) no longer
        // applies; what this load says is set below.
        self.notice = None;
        // A file is its doctor's, found by INAMI number (Recent declarations, a file by path).
        if origin.profile_id.is_none() && origin.file.is_some() {
            origin.profile_id = self.practice.doctor_of(&declaration);
        }
        let left_key = match self.keep_work_on_screen() {
            Ok(key) => key,
            Err(why) => {
                // Never switch away from work that has nowhere to go: it stays on screen.
                self.notice = Some(Notice {
                    kind: NoticeKind::Error,
                    text: why,
                });
                return Task::none();
            }
        };
        let from_practice = origin.file.is_none();
        let parked = origin
            .profile_id
            .as_ref()
            .filter(|_| from_practice)
            .and_then(|id| self.parked.remove(id));
        let mut restored = false;
        let declaration = match (&parked, &origin.profile_id) {
            (None, Some(id)) if from_practice => match self.practice.draft(id) {
                Some(Ok(draft)) => {
                    restored = draft != declaration;
                    draft
                }
                _ => declaration,
            },
            _ => declaration,
        };
        let left = self.session.switch_to(declaration, parked);
        if let Some(key) = left_key {
            self.parked.insert(key, left);
        }
        self.schedule.clear_selection();
        // Another doctor's (or file's) declaration: the import panel forgets the last file, its
        // ticked slots and their dashed preview, so they cannot be added to the wrong schedule.
        self.import = import::State::default();
        // Another declaration: none of its fields is touched yet.
        self.doctor.forget_touches();
        if let Some(file) = &origin.file {
            self.settings.remember(file);
            self.save_settings();
            self.notice = Some(Notice {
                kind: NoticeKind::Info,
                text: self.tr_args("gui-opened", &[("path", file.display().to_string().into())]),
            });
        }
        if restored {
            self.notice = Some(Notice {
                kind: NoticeKind::Info,
                text: self.tr("gui-doctor-draft-restored"),
            });
        }
        let elsewhere = !self.take_doctor(origin.profile_id.clone());
        if elsewhere {
            // Another window has this doctor: this one works on a copy, which never touches the
            // doctor's draft; saving it records a version as any save does.
            origin.profile_id = None;
            self.notice = Some(Notice {
                kind: NoticeKind::Info,
                text: self.tr("gui-doctor-open-elsewhere"),
            });
        }
        self.origin = origin;
        self.after_edit(Ok(()));
        self.review.declaration_loaded(&context!(self));
        self.practice_changed();
        self.go_to(screen)
    }

    /// Before another declaration comes on screen: the work on screen, when edited, is kept as its
    /// doctor's draft in the practice (a doctor is found or made for it: by INAMI number, else a
    /// provisional one). Returns the key its undo history is parked under.
    /// `Err` (what to tell the user) when edited work cannot be kept, so that it is not replaced.
    fn keep_work_on_screen(&mut self) -> Result<Option<String>, String> {
        let edited = self.session.edited();
        let id = match self.origin.profile_id.clone() {
            Some(id) => id,
            None if edited => {
                let declaration = self.session.declaration();
                let doctor = &declaration.doctor;
                if doctor.name.trim().is_empty() && doctor.inami.trim().is_empty() {
                    // Nothing typed worth a doctor of its own; slots drawn are work all the same.
                    if declaration.slots.is_empty() {
                        return Ok(None);
                    }
                    return Err(self.tr("gui-work-needs-doctor"));
                }
                if let Some(id) = self.practice.doctor_of(declaration) {
                    // Saved as it is: nothing more to keep.
                    if self
                        .practice
                        .latest(&id)
                        .is_some_and(|last| last.declaration == *declaration)
                    {
                        return Ok(None);
                    }
                    // A copy of a doctor another window has open: their draft there is that
                    // window's work, never replaced by this copy. Saved, the copy is kept as a version.
                    if self.held_elsewhere(&id) {
                        return Err(self.tr("gui-work-copy-held"));
                    }
                }
                match self
                    .practice
                    .save_draft(None, declaration, chrono::Local::now().naive_local())
                {
                    Ok(id) => id,
                    Err(error) => {
                        let error = i18n::localizer(self.language).message(&error.message());
                        return Err(self.tr_args("gui-work-not-kept", &[("error", error.into())]));
                    }
                }
            }
            None => return Ok(None),
        };
        if edited
            && let Err(error) = self.practice.save_draft(
                Some(&id),
                self.session.declaration(),
                chrono::Local::now().naive_local(),
            )
        {
            self.notice = Some(Notice {
                kind: NoticeKind::Error,
                text: self.tr_args(
                    "gui-autosave-failed",
                    &[("error", i18n::localizer(self.language).message(&error.message()).into())],
                ),
            });
        }
        Ok(Some(id))
    }

    /// Makes `id` the doctor on screen: their lock taken (released for the previous one) and the
    /// autosave keeping their draft. `false` when another window holds that doctor.
    fn take_doctor(&mut self, id: Option<String>) -> bool {
        self.doctor_lock = None;
        self.session.set_doctor(None);
        let Some(id) = id else {
            return true;
        };
        match self.lock_doctor(&id) {
            Err(Held) => return false,
            Ok(lock) => self.doctor_lock = lock,
        }
        self.session.set_doctor(Some((self.options.data_dir.clone(), id)));
        true
    }

    /// Doctor `id`'s lock (`locks/doctor-ID.lock`), taken. `Ok(None)` in a folder where no lock can
    /// be made (read-only) or a lock the system cannot take: work without one.
    fn lock_doctor(&self, id: &str) -> Result<Option<std::fs::File>, Held> {
        let dir = self.options.data_dir.join("locks");
        let _ = crate::core::storage::create_private_dir(&dir);
        let lock = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(dir.join(format!("doctor-{id}.lock")));
        let Ok(file) = lock else {
            return Ok(None);
        };
        match file.try_lock() {
            Ok(()) => Ok(Some(file)),
            Err(std::fs::TryLockError::WouldBlock) => Err(Held),
            Err(std::fs::TryLockError::Error(_)) => Ok(None),
        }
    }

    /// Whether another window has doctor `id` open (this window's own lock does not count).
    fn held_elsewhere(&self, id: &str) -> bool {
        if self.doctor_lock.is_some() && self.origin.profile_id.as_deref() == Some(id) {
            return false;
        }
        // Taken and let go at once when free.
        matches!(self.lock_doctor(id), Err(Held))
    }

    /// Whether another window has this doctor (its lock is held).
    pub fn doctor_elsewhere(&self) -> bool {
        self.origin.profile_id.is_none() && self.doctor_lock.is_none()
    }

    /// Outlines follow the finding they came from: gone with it once it is fixed, moved with it
    /// when it now concerns other slots.
    fn follow_findings(&mut self) {
        let Some(rule) = self.schedule.highlighted_rule().cloned() else {
            return;
        };
        let report = self.report();
        let ids = self.session.slot_ids();
        let current = report
            .findings
            .iter()
            .filter(|f| f.rule == rule)
            .find(|f| {
                ids.ids_of(&f.slots)
                    .iter()
                    .any(|id| self.schedule.highlighted().contains(id))
            })
            .or_else(|| report.findings.iter().find(|f| f.rule == rule && f.slots.is_empty()));
        let slots = current.map(|f| ids.ids_of(&outlined_slots(f, self.session.declaration())));
        self.schedule.outline(slots);
    }

    /// A site's name and how many slots it has, before it is removed.
    fn site_with_slots(&self, index: usize) -> Option<(String, usize)> {
        let site = self.declaration().sites.get(index)?;
        let slots = self.declaration().slots.iter().filter(|s| s.site == site.id).count();
        Some((site.name.clone(), slots))
    }

    /// Removing a site takes its slots with it: never silently.
    fn say_site_removed(&mut self, site: String, slots: usize) {
        self.notice = Some(Notice {
            kind: NoticeKind::Info,
            text: self.tr_args("gui-site-removed", &[("site", site.into()), ("count", slots.into())]),
        });
    }

    /// Carries out what a screen asked for.
    fn apply<C: session::Change>(&mut self, action: session::Action<C>) -> Task<Message> {
        match action {
            session::Action::None => {}
            session::Action::Edit(change) => self.edit(|d| change.apply(d)),
            session::Action::Type(field, change) => self.type_in(field, |d| change.apply(d)),
            session::Action::GoTo(screen) => return self.go_to(screen),
        }
        Task::none()
    }

    /// Carries out what the schedule (or its import panel) asked for: its edits name slots by id.
    pub(crate) fn apply_schedule(&mut self, action: session::Action<schedule::Edit>) -> Task<Message> {
        let result = match action {
            session::Action::None => return Task::none(),
            session::Action::GoTo(screen) => return self.go_to(screen),
            session::Action::Edit(edit) => self.session.edit_slots(|d, ids| edit.apply(d, ids)),
            session::Action::Type(field, edit) => self.session.type_in_slots(field, |d, ids| edit.apply(d, ids)),
        };
        self.after_edit(result);
        Task::none()
    }

    /// One undoable edit of the declaration, then the live check and autosave.
    pub fn edit(&mut self, change: impl FnOnce(&mut Declaration)) {
        let result = self.session.edit(change);
        self.after_edit(result);
    }

    /// A keystroke in a text field: keystrokes in one field are undone together.
    pub fn type_in(&mut self, field: session::Typing, change: impl FnOnce(&mut Declaration)) {
        let result = self.session.type_in(field, change);
        self.after_edit(result);
    }

    fn after_edit(&mut self, autosaved: std::io::Result<()>) {
        self.review.declaration_changed(&context!(self));
        self.doctor.declaration_changed(self.session.declaration());
        self.schedule.declaration_changed(&self.session);
        let ctx = context!(self);
        let action = self.import.declaration_changed(&ctx, self.selected_site());
        // Only notices come back: nothing to run.
        let _ = self.run(action.map(|m| Message::Schedule(schedule::Message::ImportPanel(m))));
        self.follow_findings();
        if let Err(error) = autosaved {
            self.notice = Some(Notice {
                kind: NoticeKind::Error,
                text: self.tr_args("gui-autosave-failed", &[("error", self.describe_io(&error).into())]),
            });
        }
    }

    fn zoom(&mut self, step: f32) {
        self.settings.zoom = settings::clamp_zoom(((self.settings.zoom + step) * 10.0).round() / 10.0);
        self.save_settings();
    }

    /// Saves the settings through the core's guarded path. A newer version's file is kept as it is
    /// without a notice at each change: the user was told at start (or a newer Conventio, opened
    /// since, owns the file now).
    pub fn save_settings(&mut self) {
        // The settings written hold the window's last size too.
        self.window_unsaved = false;
        match SettingsFile::at(&self.options.settings_path).save(&self.settings) {
            Ok(()) | Err(settings::SaveError::NewerVersion { .. }) => {}
            Err(error) => {
                let text = error.describe(i18n::localizer(self.language));
                self.notice = Some(Notice {
                    kind: NoticeKind::Error,
                    text: self.tr_args("gui-settings-failed", &[("error", text.into())]),
                });
            }
        }
    }

    fn shortcut(&mut self, key: &Key, modifiers: Modifiers) -> Task<Message> {
        self.perform(keys::shortcut(key, modifiers))
    }

    fn perform(&mut self, shortcut: Option<keys::Shortcut>) -> Task<Message> {
        let Some(shortcut) = shortcut else {
            return Task::none();
        };
        let on_schedule = self.screen == Screen::Schedule;
        match shortcut {
            keys::Shortcut::FocusNext => operation::focus_next(),
            keys::Shortcut::FocusPrevious => operation::focus_previous(),
            keys::Shortcut::Save => self.update(Message::Review(review::Message::Save)),
            keys::Shortcut::Undo => self.update(Message::Undo),
            keys::Shortcut::Redo => self.update(Message::Redo),
            keys::Shortcut::ZoomIn => self.update(Message::ZoomIn),
            keys::Shortcut::ZoomOut => self.update(Message::ZoomOut),
            keys::Shortcut::ZoomReset => self.update(Message::ZoomReset),
            keys::Shortcut::Cancel => {
                self.schedule.clear_selection();
                self.notice = None;
                Task::none()
            }
            // Delete and the arrows act on the selected slot, which only the schedule shows.
            keys::Shortcut::DeleteSelected if on_schedule => self.update(Message::Schedule(schedule::Message::Delete)),
            keys::Shortcut::Nudge(nudge) if on_schedule => {
                self.update(Message::Schedule(schedule::Message::Nudge(nudge)))
            }
            keys::Shortcut::DeleteSelected | keys::Shortcut::Nudge(_) => Task::none(),
            keys::Shortcut::NextStep => self.update(Message::GoTo(self.screen.next())),
            keys::Shortcut::PreviousStep => self.update(Message::GoTo(self.screen.previous())),
        }
    }

    pub fn view(&self) -> Element<'_, Message> {
        frame::view(self)
    }

    /// The agreement the declaration is for, with the user's last days.
    pub fn agreement(&self) -> &agreement::Agreement {
        self.session.agreement()
    }

    /// The name of a site for display, or its id when unknown.
    pub fn site_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.declaration().site(id).map_or(id, |s: &Site| s.name.as_str())
    }
}

/// Another window holds a doctor's lock.
struct Held;

/// Reads, off the window's thread, what the window needs after its first frame: the agreements the
/// user added, the autosaved draft, the practice's doctors (each checked for the start screen).
pub struct BootReader {
    options: Options,
    language: Language,
    last_days: crate::core::agreement::LastDays,
    autosave: std::path::PathBuf,
    second_window: bool,
}

/// What [`BootReader::read`] found.
#[derive(Clone, Debug)]
pub struct Boot {
    agreements: Agreements,
    declaration: Declaration,
    notice: Option<Notice>,
    doctors: Vec<start::ListedDoctor>,
}

impl BootReader {
    pub fn read(self) -> Boot {
        let options = &self.options;
        // Agreements the user added live in this data folder.
        let agreements = Agreements::with_added(crate::core::agreement_store::load_all(
            &options.data_dir.join("agreements"),
        ));
        let (declaration, mut notice) = self.first_declaration(&agreements);
        if self.second_window {
            // Said even over "draft restored": this window works on a draft of its own.
            notice = Some(Notice {
                kind: NoticeKind::Info,
                text: i18n::localizer(self.language).tr("gui-draft-second-window"),
            });
        }
        let practice = Practice::open(&options.data_dir, agreements.clone());
        let doctors = start::list_doctors(&practice, options.today, &agreements.with_last_days(&self.last_days));
        Boot {
            agreements,
            declaration,
            notice,
            doctors,
        }
    }

    /// The autosaved draft, or a blank declaration; with a notice saying which.
    fn first_declaration(&self, agreements: &Agreements) -> (Declaration, Option<Notice>) {
        let l = i18n::localizer(self.language);
        match session::restore_draft(&self.autosave, agreements) {
            Some(Ok(draft)) => (
                draft,
                Some(Notice {
                    kind: NoticeKind::Info,
                    text: l.tr("gui-draft-restored"),
                }),
            ),
            Some(Err(error)) => (
                session::blank(agreements, self.options.today),
                Some(Notice {
                    kind: NoticeKind::Error,
                    text: l.tr_args("gui-draft-unreadable", &[("error", error.describe(l).into())]),
                }),
            ),
            None => (session::blank(agreements, self.options.today), None),
        }
    }
}

/// Whether a message is an action that leaves the time field being typed in (see
/// [`schedule::Schedule::take_typed_times`]): not the typing itself, not what happens off the
/// user's hands (the autosave, the system's theme, the window's size), not Escape, undo or redo.
fn takes_typed_times(message: &Message) -> bool {
    use schedule::Message as S;
    match message {
        Message::Schedule(
            S::StartChanged(_)
            | S::EndChanged(_)
            | S::TimeLeft(_)
            | S::TimeSubmitted(_)
            | S::TimeConfirmed(_)
            | S::TimeRefused(_),
        ) => false,
        Message::AutosaveDue(_)
        | Message::Autosaved(_)
        | Message::SystemThemeChanged(_)
        | Message::WindowResized(_)
        | Message::WindowSettled(_)
        | Message::Booted(_)
        | Message::WindowOpened(..)
        | Message::DismissNotice => false,
        // Undo takes back what was taken, never a time only typed (redo then gives it back whole).
        Message::Undo | Message::Redo => false,
        Message::KeyPressed(key, modifiers) => !matches!(
            keys::shortcut(key, *modifiers),
            None | Some(keys::Shortcut::Cancel | keys::Shortcut::Undo | keys::Shortcut::Redo)
        ),
        _ => true,
    }
}

/// The slots a finding outlines: its own, or for the agreement share (about the whole week) the
/// free-fee slots, which are what lowers the share.
fn outlined_slots(finding: &Finding, declaration: &Declaration) -> Vec<usize> {
    if finding.slots.is_empty() && finding.rule.partial() == Some(PartialRule::AgreementShare) {
        return declaration
            .slots
            .iter()
            .enumerate()
            .filter(|(_, s)| s.rates == crate::core::model::Rates::Free)
            .map(|(i, _)| i)
            .collect();
    }
    finding.slots.clone()
}

/// The first control of a step, where the keyboard focus goes when the step opens (on the doctor
/// step, the recognition date when it is asked first).
pub(crate) fn focus_first(
    screen: Screen,
    choice: crate::core::model::Choice,
    recognition_first: bool,
) -> Task<Message> {
    let id = match screen {
        Screen::Start => iced::widget::Id::new(start::NEW_ID),
        Screen::Doctor if recognition_first => iced::widget::Id::new(doctor::RECOGNISED_ID),
        Screen::Doctor => iced::widget::Id::new(doctor::NAME_ID),
        Screen::Choice => choice::card_id(choice),
        Screen::Schedule => iced::widget::Id::new(schedule::ADD_ID),
        Screen::Review => iced::widget::Id::new(review::SAVE_PATH_ID),
        Screen::Overview => iced::widget::Id::new(overview::EXPORT_PATH_ID),
    };
    operation::focus(id)
}

/// How long typing must pause before the draft is written: a word typed costs one write, not one per
/// key, and a network home folder never slows typing down.
pub const AUTOSAVE_PAUSE: std::time::Duration = std::time::Duration::from_millis(700);

fn autosave_after_pause(edits: u64) -> Task<Message> {
    // The timer is made when the task first runs, inside iced's runtime, not here in `update`.
    Task::perform(async { tokio::time::sleep(AUTOSAVE_PAUSE).await }, move |()| {
        Message::AutosaveDue(edits)
    })
}

/// The draft written on a blocking thread, off the one that draws the window.
async fn write_draft_off_thread(draft: session::Draft) -> Result<(), std::sync::Arc<std::io::Error>> {
    tokio::task::spawn_blocking(move || draft.write())
        .await
        .unwrap_or_else(|e| Err(std::io::Error::other(e)))
        .map_err(std::sync::Arc::new)
}

impl App {
    /// The window as a `kill -9` (or a power cut) leaves it: gone without its orderly exit, nothing
    /// flushed or written on the way out (a draft still waiting for its pause is lost, as it would
    /// be), and its locks released as the system releases a dead process's. For the tests that
    /// replay a crash between two windows of one data folder.
    pub fn kill(mut self) {
        self.orderly_exit = false;
    }
}

impl Drop for App {
    /// A window closed by any path (the tests, the end of the program) keeps what was typed.
    fn drop(&mut self) {
        if !self.orderly_exit {
            return;
        }
        let _ = self.session.flush_draft();
        self.save_window_if_unsaved();
    }
}
