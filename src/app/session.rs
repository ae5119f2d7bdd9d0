//! The declaration being prepared: edits with undo/redo, the live check, and the autosaved draft.

use crate::core::agreement::{self, Agreement, LastDays};
use crate::core::format;
use crate::core::model::{Choice, Declaration, Doctor, Slot};
use crate::core::rules::{self, Report};
use crate::core::storage::{self, Privacy};
use chrono::NaiveDate;
use std::io;
use std::path::{Path, PathBuf};

/// How many edits undo remembers.
const UNDO_DEPTH: usize = 200;

/// A text field being typed in. Keystrokes in the same field make one undo step together, so undo
/// takes back the word typed, not its last letter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Typing {
    DoctorName,
    Inami,
    RecognisedOn,
    SiteName(usize),
    SiteAddress(usize),
    SlotStart(usize),
    SlotEnd(usize),
    SlotNote(usize),
}

/// A change a screen asks of the declaration, as data: the app applies it through the session.
pub trait Change {
    fn apply(self, declaration: &mut Declaration);
}

/// What a screen hands back to the app after one of its messages.
#[derive(Clone, Debug, PartialEq)]
pub enum Action<C> {
    None,
    /// One undoable edit.
    Edit(C),
    /// A keystroke in a text field: keystrokes in the same field are undone together.
    Type(Typing, C),
    /// Go to another step.
    GoTo(super::Screen),
}

pub struct Session {
    declaration: Declaration,
    /// The field the last edit typed in, while typing there goes on.
    typing: Option<Typing>,
    undo: Vec<Declaration>,
    redo: Vec<Declaration>,
    report: Report,
    today: NaiveDate,
    /// Where the draft is autosaved after every change.
    autosave: PathBuf,
    /// Later last days the user set for windows (kept in the settings).
    last_days: LastDays,
    /// The declaration's agreement with those last days in place: what the check and documents use.
    agreement: Agreement,
    /// Edits so far, and how many of them the draft on disk holds.
    edits: u64,
    saved_edits: u64,
    /// How many times the draft went to the disk: once per pause in typing, not once per key.
    draft_writes: u64,
}

/// A new, empty declaration for the agreement in force today.
pub fn blank(today: NaiveDate) -> Declaration {
    Declaration {
        agreement: agreement::current(today).id.clone(),
        prepared_on: Some(today),
        window: None,
        doctor: Doctor {
            name: String::new(),
            inami: String::new(),
            role: None,
            recognised_on: None,
            extra: Default::default(),
        },
        choice: Choice::Full,
        sites: Vec::new(),
        slots: Vec::new(),
    }
}

impl Session {
    pub fn new(declaration: Declaration, today: NaiveDate, autosave: PathBuf) -> Session {
        Session::with_last_days(declaration, today, autosave, LastDays::default())
    }

    pub fn with_last_days(
        declaration: Declaration,
        today: NaiveDate,
        autosave: PathBuf,
        last_days: LastDays,
    ) -> Session {
        let agreement = agreement_of(&declaration).with_last_days(&last_days);
        let report = rules::check(&declaration, &agreement, today);
        Session {
            declaration,
            typing: None,
            undo: Vec::new(),
            redo: Vec::new(),
            report,
            today,
            autosave,
            last_days,
            agreement,
            edits: 0,
            saved_edits: 0,
            draft_writes: 0,
        }
    }

    /// Uses the last days the user set from now on, and re-checks.
    pub fn set_last_days(&mut self, last_days: LastDays) {
        self.last_days = last_days;
        self.agreement = agreement_of(&self.declaration).with_last_days(&self.last_days);
        self.report = rules::check(&self.declaration, &self.agreement, self.today);
    }

    pub fn declaration(&self) -> &Declaration {
        &self.declaration
    }

    pub fn report(&self) -> &Report {
        &self.report
    }

    pub fn today(&self) -> NaiveDate {
        self.today
    }

    /// The declaration's agreement, with the user's last days in place.
    pub fn agreement(&self) -> &Agreement {
        &self.agreement
    }

    /// Applies an edit as one undoable step, re-checks and autosaves. Returns the autosave error,
    /// if any, for the app to show (the edit itself is kept in memory either way).
    pub fn edit(&mut self, change: impl FnOnce(&mut Declaration)) -> io::Result<()> {
        self.typing = None;
        self.record(change)
    }

    /// Like [`Session::edit`], but consecutive keystrokes in the same field share one undo step.
    pub fn type_in(&mut self, field: Typing, change: impl FnOnce(&mut Declaration)) -> io::Result<()> {
        if self.typing == Some(field) && self.can_undo() {
            change(&mut self.declaration);
            self.redo.clear();
            return self.changed();
        }
        let result = self.record(change);
        self.typing = Some(field);
        result
    }

    fn record(&mut self, change: impl FnOnce(&mut Declaration)) -> io::Result<()> {
        let before = self.declaration.clone();
        change(&mut self.declaration);
        if self.declaration == before {
            return Ok(());
        }
        self.undo.push(before);
        if self.undo.len() > UNDO_DEPTH {
            self.undo.remove(0);
        }
        self.redo.clear();
        self.changed()
    }

    /// Replaces the whole declaration (opening a file), undoably.
    pub fn replace(&mut self, declaration: Declaration) -> io::Result<()> {
        self.edit(|d| *d = declaration)
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    pub fn undo(&mut self) -> io::Result<()> {
        self.typing = None;
        let Some(previous) = self.undo.pop() else {
            return Ok(());
        };
        self.redo.push(std::mem::replace(&mut self.declaration, previous));
        self.changed()
    }

    pub fn redo(&mut self) -> io::Result<()> {
        self.typing = None;
        let Some(next) = self.redo.pop() else {
            return Ok(());
        };
        self.undo.push(std::mem::replace(&mut self.declaration, next));
        self.changed()
    }

    /// Re-checks at once; the draft is written later, once typing pauses ([`Session::draft_due`]),
    /// so a keystroke never waits on the disk.
    fn changed(&mut self) -> io::Result<()> {
        if self.agreement.id != self.declaration.agreement {
            self.agreement = agreement_of(&self.declaration).with_last_days(&self.last_days);
        }
        self.report = rules::check(&self.declaration, &self.agreement, self.today);
        self.edits += 1;
        Ok(())
    }

    /// How many edits the declaration has seen: an autosave scheduled after edit `n` is due only if
    /// no edit came since.
    pub fn edits(&self) -> u64 {
        self.edits
    }

    /// Whether the draft on disk is behind the declaration.
    pub fn draft_behind(&self) -> bool {
        self.saved_edits != self.edits
    }

    /// The draft to write for the autosave due after edit `edits`, or `None` when another edit came
    /// since (its own autosave follows) or nothing changed. Marks it written: a failed write is
    /// reported by the caller and retried at the next edit.
    pub fn draft_due(&mut self, edits: u64) -> Option<Draft> {
        if edits != self.edits || !self.draft_behind() {
            return None;
        }
        self.saved_edits = self.edits;
        self.draft_writes += 1;
        Some(Draft::new(
            self.autosave.clone(),
            format::write_declaration(&self.declaration),
        ))
    }

    /// How many times this session handed its draft to the disk (each is one atomic write).
    pub fn draft_writes(&self) -> u64 {
        self.draft_writes
    }

    /// Writes the draft now if it is behind (leaving a step, closing the window).
    pub fn flush_draft(&mut self) -> io::Result<()> {
        match self.draft_due(self.edits) {
            Some(draft) => draft.write(),
            None => Ok(()),
        }
    }

    /// Writes the draft atomically; it is restored at the next start.
    pub fn save_draft(&mut self) -> io::Result<()> {
        self.saved_edits = self.edits;
        self.draft_writes += 1;
        Draft::new(self.autosave.clone(), format::write_declaration(&self.declaration)).write()
    }

    /// A slot by index, if it still exists.
    pub fn slot(&self, index: usize) -> Option<&Slot> {
        self.declaration.slots.get(index)
    }
}

/// A draft handed out to be written, numbered in the order it was made.
#[derive(Debug)]
pub struct Draft {
    path: PathBuf,
    text: String,
    number: u64,
}

/// The drafts this process made, numbered in order; and for each draft file the newest written.
static DRAFTS_MADE: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
static NEWEST_WRITTEN: std::sync::Mutex<std::collections::BTreeMap<PathBuf, u64>> =
    std::sync::Mutex::new(std::collections::BTreeMap::new());

impl Draft {
    fn new(path: PathBuf, text: String) -> Draft {
        let number = DRAFTS_MADE.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1;
        Draft { path, text, number }
    }

    /// Writes the draft unless a newer one of the same file is already written. A background
    /// autosave can finish after the UI thread flushed a later draft (a step change right after a
    /// pause): the older one must not land over it. Writes go one at a time, as the background
    /// write and a flush share the temporary file's name.
    pub fn write(self) -> io::Result<()> {
        let mut newest = NEWEST_WRITTEN.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if newest.get(&self.path).is_some_and(|&n| n > self.number) {
            return Ok(());
        }
        write_draft(&self.path, &self.text)?;
        newest.insert(self.path, self.number);
        Ok(())
    }
}

/// Writes a draft atomically (the one write path, `storage::write_atomic`).
pub fn write_draft(path: &Path, text: &str) -> io::Result<()> {
    storage::write_atomic(path, text.as_bytes(), Privacy::Private)
}

/// The agreement a declaration names, or the latest when it names none the app knows.
pub fn agreement_of(declaration: &Declaration) -> &'static Agreement {
    agreement::find(&declaration.agreement).unwrap_or_else(agreement::latest)
}

/// The draft file this window may use, held by an OS lock for as long as the window runs, so a second
/// Conventio on the same data folder never takes or overwrites the first one's draft: the first
/// window gets `autosave.json`, a second one `autosave-2.json`, and so on. The lock goes with the
/// process, so a crashed window leaves its draft to the next start.
pub struct DraftSlot {
    pub path: PathBuf,
    /// Which draft this window got: 1 for the usual one, 2 and up while another window runs.
    pub number: usize,
    /// Held, not read: dropping it releases the draft for the next window.
    _lock: Option<std::fs::File>,
}

impl DraftSlot {
    /// The first draft of `data_dir` no other running window holds.
    pub fn claim(data_dir: &Path) -> DraftSlot {
        let _ = storage::create_private_dir(data_dir);
        for number in 1..=64 {
            let (path, lock_path) = if number == 1 {
                (data_dir.join("autosave.json"), data_dir.join("autosave.lock"))
            } else {
                (
                    data_dir.join(format!("autosave-{number}.json")),
                    data_dir.join(format!("autosave-{number}.lock")),
                )
            };
            let Ok(file) = std::fs::OpenOptions::new()
                .create(true)
                .truncate(false)
                .write(true)
                .open(&lock_path)
            else {
                // A folder where no lock file can be made (read-only): work without one.
                return DraftSlot {
                    path,
                    number,
                    _lock: None,
                };
            };
            if file.try_lock().is_ok() {
                return DraftSlot {
                    path,
                    number,
                    _lock: Some(file),
                };
            }
        }
        DraftSlot {
            path: data_dir.join(format!("autosave-{}.json", std::process::id())),
            number: 65,
            _lock: None,
        }
    }
}

/// The draft autosaved in `data_dir`, if there is one and it reads.
pub fn restore_draft(path: &Path) -> Option<Result<Declaration, format::ReadError>> {
    let bytes = format::read_file_bounded(path).ok()?;
    let text = String::from_utf8_lossy(&bytes);
    Some(format::read_draft(&text))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session(dir: &Path) -> Session {
        let today = NaiveDate::from_ymd_opt(2026, 2, 20).unwrap_or_default();
        Session::new(blank(today), today, dir.join("autosave.json"))
    }

    #[test]
    fn a_second_window_on_the_same_folder_gets_its_own_draft() {
        let dir = tempfile::tempdir().unwrap();
        let first = DraftSlot::claim(dir.path());
        let second = DraftSlot::claim(dir.path());
        assert_eq!(first.number, 1);
        assert_eq!(second.number, 2);
        assert_ne!(first.path, second.path);
        drop(first);
        // The first window closed: the next one takes its draft again.
        assert_eq!(DraftSlot::claim(dir.path()).number, 1);
    }

    #[test]
    fn typing_a_name_is_one_undo_step() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = session(dir.path());
        for name in ["H", "Hé", "Hél", "Hélène"] {
            s.type_in(Typing::DoctorName, |d| d.doctor.name = name.into()).unwrap();
        }
        s.type_in(Typing::Inami, |d| d.doctor.inami = "1".into()).unwrap();
        s.undo().unwrap();
        assert_eq!(s.declaration().doctor.name, "Hélène");
        assert_eq!(s.declaration().doctor.inami, "");
        s.undo().unwrap();
        assert_eq!(s.declaration().doctor.name, "");
        assert!(!s.can_undo());
        s.redo().unwrap();
        assert_eq!(s.declaration().doctor.name, "Hélène");
    }

    #[test]
    fn typing_again_after_undo_or_another_edit_starts_a_new_step() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = session(dir.path());
        s.type_in(Typing::DoctorName, |d| d.doctor.name = "Anne".into())
            .unwrap();
        s.edit(|d| d.choice = Choice::Partial).unwrap();
        s.type_in(Typing::DoctorName, |d| d.doctor.name = "Anne P".into())
            .unwrap();
        s.undo().unwrap();
        assert_eq!(s.declaration().doctor.name, "Anne");
        assert_eq!(s.declaration().choice, Choice::Partial);
    }
}
