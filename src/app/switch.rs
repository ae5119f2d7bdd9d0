//! Switching the declaration on screen, in two phases. `update` takes what the switch needs to know
//! of the window ([`Ask`], no disk touched), [`Ask::run`] does the practice's reads and writes and
//! takes the doctor's lock on a blocking thread, and what it found ([`Switch`]) comes back as one
//! message, which the window applies without touching the disk (`drafts.rs`).

use super::notice::Notice;
use super::screen::{Loaded, Opening, Origin, Screen, start};
use super::session::{Held, lock_doctor};
use super::task::Stopped;
use crate::core::i18n::Message;
use crate::core::model::Declaration;
use crate::core::practice::{self, Practice};
use std::path::PathBuf;
use std::sync::Arc;

/// The declaration a switch brings.
#[derive(Clone, Debug)]
pub(super) enum Source {
    /// At hand: new, an example, a file read.
    Loaded(Box<Loaded>),
    /// A doctor of the practice, read by the switch.
    Profile(String, Opening),
}

impl Source {
    /// The doctor of the practice the switch opens as theirs, if it does.
    pub(super) fn profile(&self) -> Option<&str> {
        match self {
            Source::Loaded(loaded) => loaded
                .origin
                .profile_id
                .as_deref()
                .filter(|_| loaded.origin.file.is_none()),
            Source::Profile(id, Opening::Theirs | Opening::Join { .. }) => Some(id),
            Source::Profile(_, Opening::Copy) => None,
        }
    }
}

/// What a switch needs to know of the window, taken in `update`.
pub(super) struct Ask {
    pub(super) practice: Practice,
    pub(super) data_dir: PathBuf,
    pub(super) source: Source,
    /// The work on screen, and whether it was edited since it was opened.
    pub(super) work: Declaration,
    pub(super) edited: bool,
    /// The doctor the work on screen is, and whether this window holds their lock.
    pub(super) doctor: Option<String>,
    pub(super) locked: bool,
    /// The doctor an earlier try of this switch kept the work under (a provisional doctor made
    /// for it): kept there again, never under a second one.
    pub(super) kept_before: Option<String>,
    /// The work this window parked for the doctor asked for, when it has some.
    pub(super) parked: Option<Declaration>,
}

/// What the switch found: the declaration to work on now and where it belongs.
#[derive(Clone, Debug)]
pub struct Switch {
    pub(super) declaration: Declaration,
    pub(super) origin: Origin,
    pub(super) screen: Screen,
    /// The doctor asked for from the practice (before "open elsewhere" made the work a copy).
    pub(super) asked: Option<String>,
    /// The doctor the work left was kept under: its undo history is parked there.
    pub(super) kept: Option<String>,
    /// The work this window parked for the doctor asked for comes back (no other window changed
    /// their draft since).
    pub(super) parked: bool,
    /// The doctor's lock, taken for the window.
    pub(super) lock: Lock,
    /// What to tell the user; `None` clears what was said about the previous declaration.
    pub(super) notice: Option<Notice>,
}

/// The doctor's lock after a switch.
#[derive(Clone, Debug)]
pub(super) enum Lock {
    /// The doctor is the one on screen: this window's lock stays as it is.
    Kept,
    /// This lock from now on (`None`: none; the previous one is let go).
    Taken(Option<Arc<std::fs::File>>),
}

/// Why the work on screen stays on screen (`None`: nothing to say, e.g. a doctor another window
/// removed meanwhile).
#[derive(Clone, Debug)]
pub struct NotSwitched(pub(super) Option<Message>);

impl From<Stopped> for NotSwitched {
    fn from(stopped: Stopped) -> Self {
        NotSwitched(Some(Message::with(
            "gui-work-not-kept",
            &[("error", stopped.to_string().into())],
        )))
    }
}

impl Ask {
    /// The switch's reads and writes, on a blocking thread: the work on screen kept as its
    /// doctor's draft, the doctor of a file found, the draft of the doctor asked for read, their
    /// lock taken.
    pub(super) fn run(self) -> Result<Switch, NotSwitched> {
        let Ask {
            practice,
            data_dir,
            source,
            work,
            edited,
            doctor,
            locked,
            kept_before,
            parked,
        } = self;
        let Loaded {
            mut declaration,
            mut origin,
            screen,
            said,
        } = match source {
            Source::Loaded(loaded) => *loaded,
            Source::Profile(id, opening) => start::read_profile(&practice, &id, &opening).map_err(NotSwitched)?,
        };
        let info = |message: Message| Some(Notice::info(message));
        // A file is its doctor's, found by INAMI number (Recent declarations, a file by path).
        if origin.profile_id.is_none() && origin.file.is_some() {
            origin.profile_id = practice.doctor_of(&declaration);
        }
        let mut notice = None;
        let kept = keep_work(
            &practice,
            &data_dir,
            &work,
            edited,
            doctor.clone().or(kept_before),
            &mut notice,
        )?;
        let from_practice = origin.file.is_none();
        let asked = origin.profile_id.clone().filter(|_| from_practice);
        // Another window changed the doctor's draft since this one left it: that newer work comes,
        // not the work parked here (which the draft started from).
        let parked = match (&asked, &parked) {
            (Some(id), Some(parked)) => !other_draft(&practice, id, parked),
            _ => false,
        };
        let mut restored = false;
        if !parked
            && let Some(id) = &asked
            && let Some(Ok(draft)) = practice.draft(id)
        {
            restored = draft != declaration;
            declaration = draft;
        }
        if let Some(file) = &origin.file {
            notice = info(Message::with(
                "gui-opened",
                &[("path", file.display().to_string().into())],
            ));
        }
        if restored {
            notice = info(Message::new("gui-doctor-draft-restored"));
        }
        let mut lock = Lock::Taken(None);
        if let Some(id) = origin.profile_id.clone() {
            if locked && doctor.as_deref() == Some(id.as_str()) {
                lock = Lock::Kept;
            } else {
                match lock_doctor(&data_dir, &id) {
                    Ok(file) => lock = Lock::Taken(file.map(Arc::new)),
                    Err(Held) => {
                        // Another window has this doctor: this one works on a copy, which never
                        // touches the doctor's draft; saving it records a version as any save does.
                        origin.profile_id = None;
                        notice = info(Message::new("gui-doctor-open-elsewhere"));
                    }
                }
            }
        }
        if !from_practice
            && let Some(id) = origin.profile_id.clone()
            && other_draft(&practice, &id, &declaration)
        {
            // A file of a doctor with other work in progress (their draft): this window works on a
            // copy, which never replaces that draft; the doctor opened from the list brings it back.
            lock = Lock::Taken(None);
            origin.profile_id = None;
            let doctor = practice::label(&declaration.doctor.name, &declaration.doctor.inami);
            notice = info(Message::with("gui-doctor-has-draft", &[("doctor", doctor.into())]));
        }
        // What came with the declaration has the last word.
        if said.is_some() {
            notice = said;
        }
        Ok(Switch {
            declaration,
            origin,
            screen,
            asked,
            kept,
            parked,
            lock,
            notice,
        })
    }
}

/// Before another declaration comes on screen: the work on screen, when edited, is kept as its
/// doctor's draft in the practice (a doctor is found or made for it: by INAMI number, else a
/// provisional one). Returns the doctor it is kept under, where its undo history is parked.
/// `Err` (what to tell the user) when edited work cannot be kept, so that it is not replaced.
fn keep_work(
    practice: &Practice,
    data_dir: &std::path::Path,
    work: &Declaration,
    edited: bool,
    doctor: Option<String>,
    notice: &mut Option<Notice>,
) -> Result<Option<String>, NotSwitched> {
    let now = chrono::Local::now().naive_local();
    let not_kept = |message: Message| Err(NotSwitched(Some(message)));
    let id = match doctor {
        Some(id) => id,
        None if edited => {
            let name = &work.doctor;
            if name.name.trim().is_empty() && name.inami.trim().is_empty() {
                // Nothing typed worth a doctor of its own; slots drawn are work all the same.
                if work.slots.is_empty() {
                    return Ok(None);
                }
                return not_kept(Message::new("gui-work-needs-doctor"));
            }
            if let Some(id) = practice.doctor_of(work) {
                // Saved as it is: nothing more to keep.
                if practice.latest(&id).is_some_and(|last| last.declaration == *work) {
                    return Ok(None);
                }
                // A copy of a doctor another window has open: their draft there is that window's
                // work, never replaced by this copy. Saved, the copy is kept as a version.
                // (Their lock is taken and let go at once when free.)
                if matches!(lock_doctor(data_dir, &id), Err(Held)) {
                    return not_kept(Message::new("gui-work-copy-held"));
                }
                // The doctor has other work in progress (their draft): never replaced by this.
                if other_draft(practice, &id, work) {
                    let doctor = practice::label(&name.name, &name.inami);
                    return not_kept(Message::with("gui-work-doctor-has-draft", &[("doctor", doctor.into())]));
                }
            }
            return match practice.save_draft(None, work, now) {
                Ok(id) => Ok(Some(id)),
                Err(error) => not_kept(Message::with("gui-work-not-kept", &[("error", error.message().into())])),
            };
        }
        None => return Ok(None),
    };
    if edited && let Err(error) = practice.save_draft(Some(&id), work, now) {
        *notice = Some(Notice::error(Message::with(
            "gui-autosave-failed",
            &[("error", error.message().into())],
        )));
    }
    Ok(Some(id))
}

/// Whether doctor `id` has work in progress in the practice (a draft) other than `declaration`
/// (an unreadable draft counts: never written over).
pub(super) fn other_draft(practice: &Practice, id: &str, declaration: &Declaration) -> bool {
    match practice.draft(id) {
        Some(Ok(draft)) => draft != *declaration,
        Some(Err(_)) => true,
        None => false,
    }
}

/// After a save: the doctor the window works on from now on, found off the window's thread (their
/// lock taken, their draft read, the window's own draft handed to them).
pub(super) struct SavedAsk {
    pub(super) practice: Practice,
    pub(super) data_dir: PathBuf,
    pub(super) window: super::session::WindowSlot,
    /// The doctor the save recorded the version for (else the one on screen).
    pub(super) profile_id: Option<String>,
    /// The doctor on screen when it was saved, and whether this window holds their lock.
    pub(super) held: Option<String>,
    pub(super) locked: bool,
    /// The work on screen.
    pub(super) work: Declaration,
    /// What [`Saved`] carries through.
    pub(super) saved: Saved,
}

/// A save's answer, applied by `App::saved_as`.
#[derive(Clone, Debug)]
pub struct Saved {
    /// The switches applied when the save was taken in: a window that moved on to another
    /// declaration since keeps it.
    pub(super) loads: u64,
    pub(super) file: PathBuf,
    /// What was written to `file`.
    pub(super) written: crate::core::storage::Fingerprint,
    /// The doctor the window works on now (`None`: a copy).
    pub(super) profile_id: Option<String>,
    pub(super) lock: Lock,
}

impl SavedAsk {
    pub(super) fn run(self) -> Saved {
        let SavedAsk {
            practice,
            data_dir,
            window,
            mut profile_id,
            held,
            locked,
            work,
            mut saved,
        } = self;
        let mut lock = Lock::Taken(None);
        if let Some(id) = profile_id.clone() {
            if locked && held.as_deref() == Some(id.as_str()) {
                lock = Lock::Kept;
            } else {
                match lock_doctor(&data_dir, &id) {
                    Ok(file) => lock = Lock::Taken(file.map(Arc::new)),
                    // Another window has this doctor: saved as a version all the same, and this
                    // window goes on with a copy, as when it opens a doctor held elsewhere.
                    Err(Held) => profile_id = None,
                }
            }
        }
        if let Some(id) = profile_id.clone()
            && held.as_deref() != Some(id.as_str())
            && other_draft(&practice, &id, &work)
        {
            // Saved for a doctor whose work in progress is another (their draft): it stays theirs,
            // and this window goes on with a copy.
            lock = Lock::Taken(None);
            profile_id = None;
        }
        if let Some(id) = profile_id.as_deref().and_then(|id| id.parse().ok()) {
            // Saved for its doctor: the window's own draft (work without a doctor) is done, the
            // window works on that doctor.
            let _ = crate::core::store::Store::open(&window.root)
                .and_then(|mut store| store.window_took(window.slot, id, chrono::Local::now().naive_local()));
        }
        saved.profile_id = profile_id;
        saved.lock = lock;
        saved
    }
}

/// Where the window's switches stand: the one on its way, how many were asked and applied, a save
/// waiting for the switch to settle.
#[derive(Default)]
pub(super) struct Switches {
    pub(super) on_its_way: Option<Switching>,
    /// Switches asked so far (each answer names its number).
    pub(super) asked: u64,
    /// Switches applied so far: another declaration on screen (a save names the one it began on).
    pub(super) loads: u64,
    /// A save taken in while a switch was on its way, seen to once the switch is settled.
    pub(super) save_waiting: Option<SaveTaken>,
    /// A save's doctor is being seen to (`Message::SavedAs`): no switch starts meanwhile.
    pub(super) saving_as: bool,
}

/// A switch on its way: asked when the session had had `edits` edits and the window was `origin`.
pub(super) struct Switching {
    pub(super) number: u64,
    pub(super) edits: u64,
    pub(super) origin: Origin,
    pub(super) source: Source,
}

/// A save taken in, whose doctor is still to be seen to (`App::saved`).
pub(super) struct SaveTaken {
    pub(super) file: std::path::PathBuf,
    pub(super) profile_id: Option<String>,
    pub(super) written: crate::core::storage::Fingerprint,
    pub(super) loads: u64,
}
