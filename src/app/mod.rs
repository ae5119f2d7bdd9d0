//! The Conventio window (iced 0.14, Elm style): one state, `update` returning tasks, `view` pure.
//!
//! This module is the routing: it owns the [`Session`] (the declaration with undo/redo, live check
//! and autosave), the settings, the notice, the theme and the shortcuts, and hands each message to
//! the screen it belongs to (see [`screen`]). Every screen answers with one [`screen::Action`]: an
//! edit of the declaration, a task, or events, which the app applies here. The work on screen and
//! its drafts (`drafts`), the live check (`findings`), the keyboard (`shortcuts`), the start
//! (`boot`) and the window (`window`, `frame`) each have a module of their own.

/// The screens' [`Context`], borrowing only the fields no screen owns: a screen's state can be
/// updated beside it.
macro_rules! context {
    ($app:expr) => {
        $crate::app::screen::Context {
            unfinished_slot: $app.unfinished_slot_message(),
            session: &$app.session,
            settings: &$app.settings,
            options: &$app.options,
            language: $app.language,
            practice: &$app.practice,
            origin: &$app.origin,
            loads: $app.switches.loads,
        }
    };
}

mod boot;
mod drafts;
mod findings;
mod frame;
pub mod keys;
mod launch;
mod lists;
mod notice;
mod options;
pub mod probe;
mod read;
mod reading;
pub mod screen;
mod session;
mod settings_writes;
mod shaping;
mod shortcuts;
mod switch;
pub mod system;
mod task;
pub mod widget;
pub mod window;

pub use notice::{Notice, NoticeKind};
pub use options::Options;
pub use screen::Screen;
pub use screen::review::ExportKind;
use screen::{Event, Origin, choice, doctor, overview, review, schedule, start};

use crate::core::i18n::{self, Language};
use crate::core::practice::Practice;
use crate::core::settings::{Settings, ThemeChoice};
use iced::Task;
use iced::keyboard::{Key, Modifiers};
use iced::theme::Mode;
use iced::widget::operation;

pub use boot::{Boot, BootReader};
pub use session::{AUTOSAVE_PAUSE, Session, SlotId};
pub use widget::grid::GridEvent;
pub use widget::{FONT, FONT_BOLD, FONT_REGULAR};

/// The version in Cargo.toml: the same in the window's title, `conventio --version`, the Windows
/// installer and the Debian package.
pub(crate) const VERSION: &str = env!("CARGO_PKG_VERSION");

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
    /// The window's size until it is written ([`Message::WindowSettled`]).
    window_settle: settings_writes::WindowSettle,
    /// Words shaped for the window's texts, kept for the next texts that use them.
    words: shaping::WordMemory,
    /// The settings' writes, off the window's thread.
    settings_writes: settings_writes::SettingsWrites,
    /// This window's draft, locked while it runs.
    _draft: session::DraftSlot,
    /// The doctors worked on in this window and left for another, with their undo history.
    parked: std::collections::HashMap<String, session::Parked>,
    /// The newest reads of the practice's lists ([`lists`]); the switches to another declaration.
    lists: read::Asked,
    switches: switch::Switches,
    /// The lock on the doctor on screen (`locks/doctor-ID.lock`), so a second window knows.
    doctor_lock: Option<std::sync::Arc<std::fs::File>>,
    // The screens' own states.
    start: start::Start,
    doctor: doctor::Doctor,
    choice: choice::Choice,
    schedule: schedule::Schedule,
    review: review::Review,
    overview: overview::Overview,
    /// Whether the check panel is open in a window too narrow to show it beside the step.
    checks_open: bool,
    /// Cleared by [`App::kill`]: the window then goes without writing anything on its way out.
    orderly_exit: bool,
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
    /// The settings were written (or why not).
    SettingsWritten(Result<(), std::sync::Arc<crate::core::settings::SaveError>>),
    /// The user closes the window: write the draft first.
    CloseRequested(iced::window::Id),
    /// What the window reads at start, read after its first frame.
    Booted(std::sync::Arc<Boot>),
    /// What the switch numbered so found off the window's thread (or why the work stays).
    Switched(u64, Box<Result<switch::Switch, switch::NotSwitched>>),
    /// What a save found out about the doctor the window works on now.
    SavedAs(Box<switch::Saved>),
    /// The practice's lists, read again off the window's thread.
    ListsRead(std::sync::Arc<read::Lists>),
    /// The first window is open, on a screen of this size (when the system tells it).
    WindowOpened(iced::window::Id, Option<iced::Size>),
}

impl App {
    /// The practice's files changed: the lists that show them read them again.
    fn practice_changed(&mut self) -> Task<Message> {
        self.read_lists(true, true)
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        // No file or store work on the window's thread (debug builds panic on it): `task::blocking`.
        let _no_io = crate::core::storage::io_forbidden();
        let before = self.screen;
        let edits = self.session.edits();
        // Anything the user does besides typing a time takes the times typed so far first, as
        // leaving the field would: never lost, never taken behind the user's back.
        let taken = if message.takes_typed_times() {
            let action = self.schedule.take_typed_times(&self.session);
            self.run(action.map(Message::Schedule))
        } else {
            Task::none()
        };
        let add_slot = matches!(message, Message::Schedule(schedule::Message::AddSlot));
        let add_site = matches!(message, Message::Schedule(schedule::Message::AddSite));
        let mut task = Task::batch([taken, self.handle(message)]);
        self.words.message_handled();
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
            task = Task::batch([task, self.autosave_after_pause()]);
        }
        // Settings changed by this message (language, zoom, a recent file...) are written now.
        if let Some(write) = self.write_settings() {
            task = Task::batch([task, write]);
        }
        if self.screen == before {
            return task;
        }
        if before == Screen::Doctor {
            self.doctor.left_step();
        }
        // A new step: the draft is written at once, and the keyboard starts at the step's first
        // control, not wherever the last step left it.
        let written = self.draft_due_now();
        // A step opens at its top, however far down the last visit (or another step) scrolled,
        // then just far enough down to show its first control, which has the keyboard focus.
        let top = Task::batch(
            [schedule::SCROLL_ID, screen::STEP_SCROLL_ID]
                .map(|id| operation::snap_to(id, operation::RelativeOffset::START)),
        );
        let first = if add_site && self.screen == Screen::Doctor {
            // "Add a site" from the schedule: straight to the field where its name is typed.
            operation::focus(doctor::NEW_SITE_ID).chain(widget::focus::reveal_focused())
        } else {
            focus_first(self.screen, self.declaration().choice, self.recognition_first())
        };
        Task::batch([task, written, top.chain(first)])
    }

    fn handle(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::GoTo(screen) => return self.go_to(screen),
            Message::LanguageChanged(language) => {
                self.language = language;
                self.settings.language = Some(language);
                self.schedule.language_changed(i18n::localizer(language));
                self.overview.language_changed(&context!(self));
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
            Message::KeyPressed(key, modifiers) => return self.key_pressed(key, modifiers),
            Message::ZoomIn => return self.zoom(0.1),
            Message::ZoomOut => return self.zoom(-0.1),
            Message::ZoomReset => return self.zoom(0.0),
            Message::Undo => {
                self.session.undo();
                return self.after_edit();
            }
            Message::Redo => {
                self.session.redo();
                return self.after_edit();
            }
            Message::DismissNotice => self.notice = None,
            Message::ChecksToggled => self.checks_open = !self.checks_open,
            Message::WindowResized(size) => return self.remember_window(size),
            Message::WindowSettled(resizes) => self.window_settled(resizes),
            Message::AutosaveDue(edits) => return self.write_draft(edits),
            Message::Autosaved(result) => self.autosaved(result),
            Message::SettingsWritten(result) => self.settings_written(result),
            Message::CloseRequested(id) => {
                self.save_window_if_unsaved();
                // The draft, the overview's notes still being typed and the settings are
                // written before the window goes.
                let ctx = context!(self);
                let notes = self.overview.keep_typed_notes(&ctx);
                let mut writes = vec![
                    self.write_draft(self.session.edits()),
                    self.run(notes.map(Message::Overview)),
                ];
                writes.extend(self.write_settings());
                return Task::batch(writes).chain(iced::window::close(id));
            }
            Message::WindowOpened(id, monitor) => return self.fit_window(id, monitor),
            Message::Switched(number, answer) => return self.switched(number, *answer),
            Message::SavedAs(saved) => return self.saved_as(*saved),
            Message::ListsRead(lists) => self.lists_read(std::sync::Arc::unwrap_or_clone(lists)),
            Message::Booted(boot) => {
                if let Some(loaded) = self.booted(std::sync::Arc::unwrap_or_clone(boot)) {
                    return self.load(loaded);
                }
            }
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
                let ctx = context!(self);
                let action = self.doctor.update(message, &ctx);
                let task = self.run(action.map(Message::Doctor));
                if let Some((site, slots)) = removed {
                    self.say_site_removed(site, slots);
                }
                return task;
            }
            Message::Choice(message) => {
                let ctx = context!(self);
                let action = self.choice.update(message, &ctx);
                return self.run(action.map(Message::Choice));
            }
            Message::Schedule(message) => {
                let ctx = context!(self);
                let action = self.schedule.update(message, &ctx);
                return self.run(action.map(Message::Schedule));
            }
            Message::Overview(message) => {
                let ctx = context!(self);
                let action = self.overview.update(message, &ctx);
                return self.run(action.map(Message::Overview));
            }
            Message::FindingSelected(index) => return self.finding_selected(index),
        }
        Task::none()
    }

    /// Opens a step; the lists it shows are read again from the practice.
    fn go_to(&mut self, screen: Screen) -> Task<Message> {
        self.screen = screen;
        match screen {
            Screen::Start => self.show_start(),
            Screen::Review => self.read_lists(false, true),
            Screen::Overview => {
                let action = self.overview.show(&context!(self));
                self.run(action.map(Message::Overview))
            }
            Screen::Doctor | Screen::Choice | Screen::Schedule => Task::none(),
        }
    }

    /// Carries out what a screen asked for: its tasks run, its events change what the app owns.
    fn run(&mut self, action: screen::Action<Message>) -> Task<Message> {
        match action {
            screen::Action::None => Task::none(),
            screen::Action::Edit(edit) => {
                self.session.edit_slots(|d, ids| edit.apply(d, ids));
                self.after_edit()
            }
            screen::Action::Type(field, edit) => {
                self.session.type_in_slots(field, |d, ids| edit.apply(d, ids));
                self.after_edit()
            }
            screen::Action::Run(task) => task,
            screen::Action::Event(event) => self.apply_event(event),
            screen::Action::Batch(actions) => Task::batch(actions.into_iter().map(|a| self.run(a)).collect::<Vec<_>>()),
        }
    }

    fn apply_event(&mut self, event: Event) -> Task<Message> {
        match event {
            Event::Load(loaded) => return self.load(*loaded),
            Event::OpenProfile(id, opening) => return self.switch(switch::Source::Profile(id, opening), None),
            Event::Notify(notice) => self.notice = Some(notice),
            Event::DismissNotice => self.notice = None,
            Event::GoTo(screen) => return self.go_to(screen),
            Event::LastDaysChanged(last_days) => {
                self.settings.last_days = last_days;
                let agreements = self.session.agreements().clone();
                self.session.set_agreements(agreements, self.settings.last_days.clone());
                self.save_settings();
                return self.practice_changed();
            }
            Event::AgreementsChanged(agreements) => {
                self.practice = Practice::open(&self.options.data_dir, agreements.clone());
                self.session.set_agreements(agreements, self.settings.last_days.clone());
                return self.practice_changed();
            }
            Event::Saved {
                file,
                profile_id,
                written,
                loads,
            } => return self.saved(file, profile_id, written, loads),
            Event::PracticeChanged => return self.practice_changed(),
            Event::UserNameChanged(name) => {
                self.settings.set_user_name(&name);
                self.save_settings();
            }
        }
        Task::none()
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
            message: i18n::Message::with("gui-site-removed", &[("site", site.into()), ("count", slots.into())]),
        });
    }

    /// The declaration changed (an edit, undo, another declaration): every screen follows it,
    /// then the live check's outlines.
    fn after_edit(&mut self) -> Task<Message> {
        self.review.declaration_changed(&context!(self));
        self.doctor.declaration_changed(self.session.declaration());
        self.schedule.declaration_changed(&self.session);
        let ctx = context!(self);
        let action = self.schedule.propose_again(&ctx);
        let task = self.run(action.map(Message::Schedule));
        self.follow_findings();
        task
    }
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
        Screen::Overview => iced::widget::Id::new(overview::USER_NAME_ID),
    };
    // In sight too: at launch and when a step opens, however small the window (qa, session 4).
    operation::focus(id).chain(widget::focus::reveal_focused())
}
