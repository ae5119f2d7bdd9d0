//! The work on screen and where it is kept: switching to another declaration or doctor (the work
//! left parked with its undo history, its doctor's draft kept in the practice), the doctor's lock,
//! and the autosave of the draft.

use super::screen::{self, Origin};
use super::session::{AUTOSAVE_PAUSE, Held, lock_doctor};
use super::{App, Message, Notice, NoticeKind};
use crate::core::i18n;
use iced::Task;

impl App {
    /// Another declaration to work on, its origin, and the step to show. A file is remembered in the
    /// recent list. The work on screen is kept: its doctor's draft goes to the practice, and its
    /// undo history stays in this window; coming back to that doctor brings both back. Undo never
    /// switches doctors.
    pub(super) fn load(&mut self, loaded: screen::Loaded) -> Task<Message> {
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
                    message: why,
                });
                return Task::none();
            }
        };
        let from_practice = origin.file.is_none();
        let parked = origin
            .profile_id
            .as_ref()
            .filter(|_| from_practice)
            .and_then(|id| self.parked.remove(id))
            // Another window changed the doctor's draft since this one left it: that newer work
            // comes, not the work parked here (which the draft started from).
            .filter(|parked| {
                let id = origin.profile_id.as_deref().unwrap_or_default();
                !self.other_draft(id, parked.declaration())
            });
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
        self.schedule.forget_import();
        // Another declaration: none of its fields is touched yet.
        self.doctor.forget_touches();
        if let Some(file) = &origin.file {
            self.settings.remember(file);
            self.save_settings();
            self.notice = Some(Notice {
                kind: NoticeKind::Info,
                message: i18n::Message::with("gui-opened", &[("path", file.display().to_string().into())]),
            });
        }
        if restored {
            self.notice = Some(Notice {
                kind: NoticeKind::Info,
                message: i18n::Message::new("gui-doctor-draft-restored"),
            });
        }
        let elsewhere = !self.take_doctor(origin.profile_id.clone());
        if elsewhere {
            // Another window has this doctor: this one works on a copy, which never touches the
            // doctor's draft; saving it records a version as any save does.
            origin.profile_id = None;
            self.notice = Some(Notice {
                kind: NoticeKind::Info,
                message: i18n::Message::new("gui-doctor-open-elsewhere"),
            });
        }
        if !elsewhere
            && !from_practice
            && let Some(id) = origin.profile_id.clone()
            && self.other_draft(&id, self.session.declaration())
        {
            // A file of a doctor with other work in progress (their draft): this window works on a
            // copy, which never replaces that draft; the doctor opened from the list brings it back.
            self.take_doctor(None);
            origin.profile_id = None;
            let doctor =
                crate::core::practice::label(&self.declaration().doctor.name, &self.declaration().doctor.inami);
            self.notice = Some(Notice {
                kind: NoticeKind::Info,
                message: i18n::Message::with("gui-doctor-has-draft", &[("doctor", doctor.into())]),
            });
        }
        self.origin = origin;
        let followed = self.after_edit();
        // Written at once where it now belongs (its doctor's draft, or this window's own): the
        // window's slot never keeps the work left, which now has a doctor of its own.
        self.flush_draft();
        self.review.declaration_loaded(&context!(self));
        Task::batch([followed, self.practice_changed(), self.go_to(screen)])
    }

    /// Before another declaration comes on screen: the work on screen, when edited, is kept as its
    /// doctor's draft in the practice (a doctor is found or made for it: by INAMI number, else a
    /// provisional one). Returns the key its undo history is parked under.
    /// `Err` (what to tell the user) when edited work cannot be kept, so that it is not replaced.
    pub(super) fn keep_work_on_screen(&mut self) -> Result<Option<String>, i18n::Message> {
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
                    return Err(i18n::Message::new("gui-work-needs-doctor"));
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
                        return Err(i18n::Message::new("gui-work-copy-held"));
                    }
                    // The doctor has other work in progress (their draft): never replaced by this.
                    if self.other_draft(&id, declaration) {
                        let doctor = crate::core::practice::label(&doctor.name, &doctor.inami);
                        return Err(i18n::Message::with(
                            "gui-work-doctor-has-draft",
                            &[("doctor", doctor.into())],
                        ));
                    }
                }
                match self
                    .practice
                    .save_draft(None, declaration, chrono::Local::now().naive_local())
                {
                    Ok(id) => id,
                    Err(error) => {
                        return Err(i18n::Message::with(
                            "gui-work-not-kept",
                            &[("error", error.message().into())],
                        ));
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
                message: i18n::Message::with("gui-autosave-failed", &[("error", error.message().into())]),
            });
        }
        Ok(Some(id))
    }

    /// Whether doctor `id` has work in progress in the practice (a draft) other than `declaration`
    /// (an unreadable draft counts: never written over).
    fn other_draft(&self, id: &str, declaration: &crate::core::model::Declaration) -> bool {
        match self.practice.draft(id) {
            Some(Ok(draft)) => draft != *declaration,
            Some(Err(_)) => true,
            None => false,
        }
    }

    /// Makes `id` the doctor on screen: their lock taken (released for the previous one) and the
    /// autosave keeping their draft. `false` when another window holds that doctor.
    pub(super) fn take_doctor(&mut self, id: Option<String>) -> bool {
        self.doctor_lock = None;
        self.session.set_doctor(None);
        let Some(id) = id else {
            return true;
        };
        match lock_doctor(&self.options.data_dir, &id) {
            Err(Held) => return false,
            Ok(lock) => self.doctor_lock = lock,
        }
        self.session.set_doctor(Some((self.options.data_dir.clone(), id)));
        true
    }

    /// Whether another window has doctor `id` open (this window's own lock does not count).
    pub(super) fn held_elsewhere(&self, id: &str) -> bool {
        if self.doctor_lock.is_some() && self.origin.profile_id.as_deref() == Some(id) {
            return false;
        }
        // Taken and let go at once when free.
        matches!(lock_doctor(&self.options.data_dir, id), Err(Held))
    }

    /// Writes the draft now if it is behind the declaration (a step change, closing).
    pub fn flush_draft(&mut self) {
        let written = self.session.flush_draft();
        self.autosaved(written.map_err(std::sync::Arc::new));
    }

    pub(super) fn autosaved(&mut self, result: Result<(), std::sync::Arc<std::io::Error>>) {
        if let Err(error) = result {
            self.notice = Some(Notice {
                kind: NoticeKind::Error,
                message: i18n::Message::with(
                    "gui-autosave-failed",
                    &[("error", crate::core::system_error::message(&error).into())],
                ),
            });
        }
    }

    /// The declaration was saved to `file` (for doctor `profile_id` when it names one): the window
    /// now works on that doctor and that file.
    pub(super) fn saved(
        &mut self,
        file: std::path::PathBuf,
        profile_id: Option<String>,
        written: crate::core::storage::Fingerprint,
    ) -> Task<Message> {
        let held_before = self.origin.profile_id.clone();
        let mut profile_id = profile_id.or(self.origin.profile_id.take());
        if profile_id.is_some() && profile_id != self.origin.profile_id && !self.take_doctor(profile_id.clone()) {
            // Another window has this doctor: saved as a version all the same, and this
            // window goes on with a copy, as when it opens a doctor held elsewhere.
            profile_id = None;
        }
        if let Some(id) = profile_id.clone()
            && held_before.as_deref() != Some(id.as_str())
            && self.other_draft(&id, self.session.declaration())
        {
            // Saved for a doctor whose work in progress is another (their draft): it stays theirs,
            // and this window goes on with a copy.
            self.take_doctor(None);
            profile_id = None;
        }
        if let Some(id) = profile_id.as_deref().and_then(|id| id.parse().ok()) {
            // Saved for its doctor: the window's own draft (work without a doctor) is done,
            // the window works on that doctor.
            let window = self.session.window().clone();
            let _ = crate::core::store::Store::open(&window.root)
                .and_then(|mut store| store.window_took(window.slot, id, chrono::Local::now().naive_local()));
        }
        self.origin = Origin {
            profile_id,
            file: Some(file.clone()),
            file_seen: Some(written),
        };
        self.settings.remember(&file);
        // Through the one guarded path: a newer version's settings file is never overwritten.
        self.save_settings();
        self.notice = Some(Notice {
            kind: NoticeKind::Info,
            message: i18n::Message::with("gui-saved", &[("path", file.display().to_string().into())]),
        });
        self.practice_changed()
    }

    /// The autosave's timer: the draft is written once typing pauses for [`AUTOSAVE_PAUSE`].
    pub(super) fn autosave_after_pause(&self) -> Task<Message> {
        let edits = self.session.edits();
        // The timer is made when the task first runs, inside iced's runtime, not here in `update`.
        Task::perform(async { tokio::time::sleep(AUTOSAVE_PAUSE).await }, move |()| {
            Message::AutosaveDue(edits)
        })
    }
}
