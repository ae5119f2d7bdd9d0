//! The declaration being prepared: edits with undo/redo, the live check, and the autosaved draft.

use crate::core::agreement::{self, Agreement};
use crate::core::format;
use crate::core::model::{Choice, Declaration, Doctor, Slot};
use crate::core::rules::{self, Report};
use crate::core::storage::{self, Privacy};
use chrono::NaiveDate;
use std::path::{Path, PathBuf};

/// How many edits undo remembers.
const UNDO_DEPTH: usize = 200;

pub struct Session {
    declaration: Declaration,
    undo: Vec<Declaration>,
    redo: Vec<Declaration>,
    report: Report,
    today: NaiveDate,
    /// Where the draft is autosaved after every change.
    autosave: PathBuf,
}

/// A new, empty declaration for the latest agreement.
pub fn blank(today: NaiveDate) -> Declaration {
    Declaration {
        agreement: agreement::latest().id.clone(),
        prepared_on: Some(today),
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
        let report = check(&declaration, today);
        Session {
            declaration,
            undo: Vec::new(),
            redo: Vec::new(),
            report,
            today,
            autosave,
        }
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

    pub fn agreement(&self) -> &'static Agreement {
        agreement_of(&self.declaration)
    }

    /// Applies an edit as one undoable step, re-checks and autosaves. Returns the autosave error,
    /// if any, for the app to show (the edit itself is kept in memory either way).
    pub fn edit(&mut self, change: impl FnOnce(&mut Declaration)) -> Result<(), String> {
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
    pub fn replace(&mut self, declaration: Declaration) -> Result<(), String> {
        self.edit(|d| *d = declaration)
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    pub fn undo(&mut self) -> Result<(), String> {
        let Some(previous) = self.undo.pop() else {
            return Ok(());
        };
        self.redo.push(std::mem::replace(&mut self.declaration, previous));
        self.changed()
    }

    pub fn redo(&mut self) -> Result<(), String> {
        let Some(next) = self.redo.pop() else {
            return Ok(());
        };
        self.undo.push(std::mem::replace(&mut self.declaration, next));
        self.changed()
    }

    fn changed(&mut self) -> Result<(), String> {
        self.report = check(&self.declaration, self.today);
        self.save_draft()
    }

    /// Writes the draft atomically; it is restored at the next start.
    pub fn save_draft(&self) -> Result<(), String> {
        let text = format::write_declaration(&self.declaration);
        storage::write_atomic(&self.autosave, text.as_bytes(), Privacy::Private).map_err(|e| e.to_string())
    }

    /// A slot by index, if it still exists.
    pub fn slot(&self, index: usize) -> Option<&Slot> {
        self.declaration.slots.get(index)
    }
}

/// The agreement a declaration names, or the latest when it names none the app knows.
pub fn agreement_of(declaration: &Declaration) -> &'static Agreement {
    agreement::find(&declaration.agreement).unwrap_or_else(agreement::latest)
}

fn check(declaration: &Declaration, today: NaiveDate) -> Report {
    rules::check(declaration, agreement_of(declaration), today)
}

/// The draft autosaved in `data_dir`, if there is one and it reads.
pub fn restore_draft(path: &Path) -> Option<Result<Declaration, format::ReadError>> {
    let bytes = std::fs::read(path).ok()?;
    let text = String::from_utf8_lossy(&bytes);
    Some(format::read_draft(&text))
}
