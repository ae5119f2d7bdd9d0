//! The window's screens: the five steps of a declaration and the practice overview.
//!
//! Each screen owns its state and its `Message`. It reads the rest of the app through a
//! [`Context`] (the declaration, the settings, the practice, the language, today); its
//! `update(&mut self, message, &Context)` hands back one [`Action`]: an [`Edit`] of the declaration
//! (one undo step, or a keystroke), a task to run, or an [`Event`] the app applies (another
//! declaration to work on, a notice, a step, settings that changed). No screen reaches into
//! another screen's state or into the app.

pub mod choice;
pub mod damage;
pub mod doctor;
pub mod overview;
pub mod review;
pub mod schedule;
pub mod start;

use crate::app::notice::Notice;
use crate::app::options::Options;
use crate::app::session::{Session, SlotIds, Typing, following};
use crate::core::agreement::{Agreement, Agreements, LastDays};
use crate::core::i18n::{self, Language, Localizer};
use crate::core::model::Declaration;
use crate::core::practice::Practice;
use crate::core::settings::Settings;
use chrono::NaiveDate;
use iced::Task;
use std::path::{Path, PathBuf};

/// The steps of a declaration, in the order the user goes through them.
/// The scrollable of the start screen, the overview and the doctor, choice and review steps: one
/// id, so that a new screen opens at its top (they sit at the same place in the widget tree, where
/// one kept the scroll offset of the other).
pub(crate) const STEP_SCROLL_ID: &str = "step-scroll";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Start,
    Doctor,
    Choice,
    Schedule,
    Review,
    /// The practice overview (reached from the start screen; not a step of a declaration).
    Overview,
}

impl Screen {
    pub const STEPS: [Screen; 5] = [
        Screen::Start,
        Screen::Doctor,
        Screen::Choice,
        Screen::Schedule,
        Screen::Review,
    ];

    fn position(self) -> usize {
        Screen::STEPS.iter().position(|&s| s == self).unwrap_or(0)
    }

    /// The step after this one (the last step stays where it is).
    pub(crate) fn next(self) -> Screen {
        Screen::STEPS[(self.position() + 1).min(Screen::STEPS.len() - 1)]
    }

    pub(crate) fn previous(self) -> Screen {
        Screen::STEPS[self.position().saturating_sub(1)]
    }

    pub(crate) fn key(self) -> &'static str {
        match self {
            Screen::Start => "gui-step-start",
            Screen::Doctor => "gui-step-doctor",
            Screen::Choice => "gui-step-choice",
            Screen::Schedule => "gui-step-schedule",
            Screen::Review => "gui-step-review",
            Screen::Overview => "gui-overview-title",
        }
    }
}

/// What every screen may read of the app while it updates or draws itself.
#[derive(Clone)]
pub(crate) struct Context<'a> {
    pub session: &'a Session,
    pub settings: &'a Settings,
    pub options: &'a Options,
    pub language: Language,
    pub practice: &'a Practice,
    pub origin: &'a Origin,
    /// How many declarations came on screen so far: a task's answer about an earlier one (a save
    /// that ends after another doctor came on screen) is not taken for this one.
    pub loads: u64,
    /// The slot whose time field holds text that is not a time yet ("Monday 09:00–12:00"), if any:
    /// nothing is saved or exported meanwhile.
    pub unfinished_slot: Option<i18n::Message>,
}

impl<'a> Context<'a> {
    pub(crate) fn localizer(&self) -> &'static Localizer {
        i18n::localizer(self.language)
    }

    pub(crate) fn tr(&self, id: &str) -> String {
        self.localizer().tr(id)
    }

    pub(crate) fn tr_args(&self, id: &str, args: &[(&str, i18n::Arg)]) -> String {
        self.localizer().tr_args(id, args)
    }

    pub(crate) fn declaration(&self) -> &'a Declaration {
        self.session.declaration()
    }

    /// The declaration's agreement, with the user's last days.
    pub(crate) fn agreement(&self) -> &'a Agreement {
        self.session.agreement()
    }

    /// Every agreement the app knows (without the user's last days).
    pub(crate) fn agreements(&self) -> &'a Agreements {
        self.session.agreements()
    }

    pub(crate) fn today(&self) -> NaiveDate {
        self.options.today
    }

    /// A system error in the user's language (when shown), saying what to do.
    pub(crate) fn io_message(&self, error: &std::io::Error) -> i18n::Message {
        crate::core::system_error::message(error)
    }

    /// What the path fields suggest, in the system's way of writing paths.
    pub(crate) fn path_placeholder(&self) -> String {
        crate::app::system::path_placeholder(&self.tr("gui-example-file-name"))
    }

    /// A notice in the user's language.
    pub(crate) fn info(&self, message: i18n::Message) -> Event {
        Event::Notify(Notice::info(message))
    }

    pub(crate) fn error(&self, message: i18n::Message) -> Event {
        Event::Notify(Notice::error(message))
    }
}

/// Why a document the user asked for (the review's PDF, calendar or text; the overview's
/// spreadsheet or list) could not be written: one type for every screen that writes one, each
/// saying it in its own words.
#[derive(Clone, Debug)]
pub enum WriteFailure {
    /// The document could not be made.
    Document(crate::core::export::ExportError),
    /// The disk refused the file.
    Disk(std::sync::Arc<std::io::Error>),
}

impl From<crate::app::task::Stopped> for WriteFailure {
    fn from(stopped: crate::app::task::Stopped) -> Self {
        WriteFailure::Disk(stopped.into())
    }
}

/// Where the declaration on screen belongs: a doctor's profile in the practice, a file, or neither
/// yet (new, an example, a copy).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Origin {
    pub profile_id: Option<String>,
    pub file: Option<PathBuf>,
    /// What `file` held when this window opened it or last saved it: a change on disk since
    /// (another program, another PC) is asked about before saving over it. For a doctor opened
    /// from the practice (no `file`), what their last saved version's file held: a version
    /// another window saves there since is asked about too.
    pub file_seen: Option<crate::core::storage::Fingerprint>,
}

impl Origin {
    /// A file opened, holding `bytes`.
    pub(crate) fn file(path: &Path, bytes: &[u8]) -> Origin {
        Origin {
            profile_id: None,
            file: Some(path.to_path_buf()),
            file_seen: Some(crate::core::storage::fingerprint(bytes)),
        }
    }

    pub(crate) fn profile(id: &str) -> Origin {
        Origin {
            profile_id: Some(id.to_owned()),
            file: None,
            file_seen: None,
        }
    }
}

/// What a screen hands back to the app after one of its messages: every screen answers this way.
pub(crate) enum Action<M> {
    None,
    /// One undoable edit of the declaration.
    Edit(Edit),
    /// A keystroke in a text field: keystrokes in the same field are undone together.
    Type(Typing, Edit),
    /// Work for the runtime (a file dialog, a file read or written off the window's thread, focus).
    Run(Task<M>),
    /// Something the app applies to what it owns.
    Event(Event),
    /// Several of these, in order.
    Batch(Vec<Action<M>>),
}

impl<M> std::fmt::Debug for Action<M> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Action::None => f.write_str("None"),
            Action::Edit(edit) => f.debug_tuple("Edit").field(edit).finish(),
            Action::Type(field, edit) => f.debug_tuple("Type").field(field).field(edit).finish(),
            Action::Run(_) => f.write_str("Run(..)"),
            Action::Event(event) => f.debug_tuple("Event").field(event).finish(),
            Action::Batch(actions) => f.debug_tuple("Batch").field(actions).finish(),
        }
    }
}

/// A change a screen asks of the declaration, as data: the app makes it through the session, as
/// one undo step.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Edit {
    Doctor(doctor::Edit),
    Choice(choice::Chosen),
    /// The schedule's edits name slots by id.
    Slots(schedule::Edit),
}

impl From<doctor::Edit> for Edit {
    fn from(edit: doctor::Edit) -> Edit {
        Edit::Doctor(edit)
    }
}

impl From<choice::Chosen> for Edit {
    fn from(edit: choice::Chosen) -> Edit {
        Edit::Choice(edit)
    }
}

impl From<schedule::Edit> for Edit {
    fn from(edit: schedule::Edit) -> Edit {
        Edit::Slots(edit)
    }
}

impl Edit {
    /// Makes the change, the slots' ids following their slots.
    pub(crate) fn apply(self, declaration: &mut Declaration, ids: &mut SlotIds) {
        match self {
            Edit::Doctor(edit) => following(|d| edit.apply(d))(declaration, ids),
            Edit::Choice(edit) => following(|d| edit.apply(d))(declaration, ids),
            Edit::Slots(edit) => edit.apply(declaration, ids),
        }
    }
}

impl<M> Action<M> {
    /// One undoable edit.
    pub(crate) fn edit(edit: impl Into<Edit>) -> Action<M> {
        Action::Edit(edit.into())
    }

    /// A keystroke in `field`.
    pub(crate) fn typed(field: Typing, edit: impl Into<Edit>) -> Action<M> {
        Action::Type(field, edit.into())
    }

    /// Another step.
    pub(crate) fn go_to(screen: Screen) -> Action<M> {
        Action::Event(Event::GoTo(screen))
    }

    /// The same action for a wider message type (the app's).
    pub(crate) fn map<N>(self, f: impl Fn(M) -> N + Clone + Send + 'static) -> Action<N>
    where
        M: Send + 'static,
        N: Send + 'static,
    {
        match self {
            Action::None => Action::None,
            Action::Edit(edit) => Action::Edit(edit),
            Action::Type(field, edit) => Action::Type(field, edit),
            Action::Run(task) => Action::Run(task.map(f)),
            Action::Event(event) => Action::Event(event),
            Action::Batch(actions) => Action::Batch(actions.into_iter().map(|a| a.map(f.clone())).collect()),
        }
    }
}

impl<M> From<Event> for Action<M> {
    fn from(event: Event) -> Action<M> {
        Action::Event(event)
    }
}

/// The domain events a screen can ask for; the app owns what they change.
#[derive(Debug)]
pub(crate) enum Event {
    /// Work on this declaration now (new, an example, a file, a profile): one undoable edit; its
    /// exports follow its own save path again.
    Load(Box<Loaded>),
    /// Work on a doctor of the practice: their declaration is read when the switch runs, off the
    /// window's thread.
    OpenProfile(String, Opening),
    Notify(Notice),
    /// The notice no longer applies.
    DismissNotice,
    GoTo(Screen),
    /// The user's own last days for the windows changed (kept in the settings).
    LastDaysChanged(LastDays),
    /// An agreement was added from a file: these are the agreements the app knows now.
    AgreementsChanged(Agreements),
    /// The declaration was saved to this file and kept in the practice under this profile.
    Saved {
        file: PathBuf,
        profile_id: Option<String>,
        /// What was written to `file`.
        written: crate::core::storage::Fingerprint,
        /// The declaration on screen when the save began ([`Context::loads`]).
        loads: u64,
    },
    /// The user's name as typed (kept in the settings, recorded with registration marks).
    UserNameChanged(String),
    /// The practice's files changed (a profile saved, a mark set): lists that show them read again.
    PracticeChanged,
}

/// A declaration to work on, where it comes from, and the step to show.
#[derive(Clone, Debug)]
pub struct Loaded {
    pub declaration: Declaration,
    pub origin: Origin,
    pub screen: Screen,
    /// What to tell the user once it is on screen (over what the switch says).
    pub said: Option<Notice>,
}

impl Event {
    pub(crate) fn load(declaration: Declaration, origin: Origin, screen: Screen) -> Event {
        Event::Load(Box::new(Loaded {
            declaration,
            origin,
            screen,
            said: None,
        }))
    }
}

/// How a doctor of the practice is opened ([`Event::OpenProfile`]).
#[derive(Clone, Debug)]
pub(crate) enum Opening {
    /// Their declaration, to work on.
    Theirs,
    /// They refused and join the agreement (`agreement`, prepared `today`): their declaration
    /// in the `join` window.
    Join {
        agreement: String,
        today: chrono::NaiveDate,
    },
    /// A new doctor from a copy of their schedule (their work in progress, else their last version).
    Copy,
}

/// What a screen's unit test hands its `update` and `view`, as the app does: default settings, a
/// practice that is never opened, and the session the test holds.
#[cfg(test)]
pub(crate) struct Fixture {
    settings: Settings,
    options: Options,
    practice: Practice,
    origin: Origin,
}

#[cfg(test)]
impl Fixture {
    pub(crate) fn new() -> Fixture {
        let options = Options::in_folder(Path::new("never-written"), NaiveDate::default(), Some(Language::Fr));
        Fixture {
            practice: Practice::open(options.data_dir.clone(), Agreements::embedded().clone()),
            settings: Settings::default(),
            origin: Origin::default(),
            options,
        }
    }

    /// A session on `declaration`; nothing here writes its draft.
    pub(crate) fn session(declaration: Declaration) -> Session {
        Session::new(
            declaration,
            NaiveDate::default(),
            crate::app::session::WindowSlot {
                root: "never-written".into(),
                slot: 1,
            },
            Agreements::embedded().clone(),
            LastDays::default(),
        )
    }

    pub(crate) fn context<'a>(&'a self, session: &'a Session) -> Context<'a> {
        Context {
            session,
            settings: &self.settings,
            options: &self.options,
            language: Language::Fr,
            practice: &self.practice,
            origin: &self.origin,
            loads: 0,
            unfinished_slot: None,
        }
    }
}
