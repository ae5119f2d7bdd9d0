//! The work on screen and where it is kept: switching to another declaration or doctor (the work
//! left parked with its undo history, its doctor's draft kept in the practice), the doctor's lock,
//! and the autosave of the draft.

use super::screen::{self, Origin};
use super::session::AUTOSAVE_PAUSE;
use super::switch::{Ask, Lock, NotSwitched, SaveTaken, Saved, SavedAsk, Source, Switch, Switching};
use super::{App, Message, Notice, NoticeKind, task};
use crate::core::i18n;
use iced::Task;

impl App {
    /// Another declaration to work on, its origin, and the step to show. A file is remembered in the
    /// recent list. The work on screen is kept: its doctor's draft goes to the practice, and its
    /// undo history stays in this window; coming back to that doctor brings both back. Undo never
    /// switches doctors.
    ///
    /// Two phases: this takes what the switch needs to know of the window and returns the task
    /// that reads and writes the practice ([`Ask::run`]); its answer, [`Message::Switched`], is
    /// applied by [`App::switched`]. While a switch is on its way, another is not started: a double
    /// click opens one declaration, never two doctors mixed.
    pub(super) fn load(&mut self, loaded: screen::Loaded) -> Task<Message> {
        self.switch(Source::Loaded(Box::new(loaded)), None)
    }

    /// [`App::load`] done at once, on this thread: the file named on the command line, while
    /// [`App::new`] makes the app (never in `update`). The draft is written here too.
    pub(super) fn load_at_once(&mut self, loaded: screen::Loaded) {
        if let Some((number, ask)) = self.asked_switch(Source::Loaded(Box::new(loaded)), None) {
            let _ = self.switched(number, ask.run());
        }
        self.flush_draft();
    }

    /// [`App::load`] from a [`Source`]: the task that runs the switch (none while another is on its
    /// way).
    pub(super) fn switch(&mut self, source: Source, kept_before: Option<String>) -> Task<Message> {
        match self.asked_switch(source, kept_before) {
            Some((number, ask)) => task::blocking(
                move || ask.run(),
                move |switch| Message::Switched(number, Box::new(switch)),
            ),
            None => Task::none(),
        }
    }

    /// What the switch needs to know of the window; `None` while another switch is on its way.
    fn asked_switch(&mut self, source: Source, kept_before: Option<String>) -> Option<(u64, Ask)> {
        if self.switches.on_its_way.is_some() || self.switches.saving_as {
            return None;
        }
        let parked = source
            .profile()
            .and_then(|id| self.parked.get(id))
            .map(|parked| parked.declaration().clone());
        self.switches.asked += 1;
        let number = self.switches.asked;
        self.switches.on_its_way = Some(Switching {
            number,
            edits: self.session.edits(),
            origin: self.origin.clone(),
            source: source.clone(),
        });
        let ask = Ask {
            practice: self.practice.clone(),
            data_dir: self.options.data_dir.clone(),
            source,
            work: self.session.declaration().clone(),
            edited: self.session.edited(),
            doctor: self.origin.profile_id.clone(),
            locked: self.doctor_lock.is_some(),
            kept_before,
            parked,
        };
        Some((number, ask))
    }

    /// A switch's answer. Applied only to the window as it was asked: when the work on screen
    /// changed meanwhile (typed, undone, saved), the switch is asked again, so that what was typed
    /// goes where the work is kept.
    pub(super) fn switched(&mut self, number: u64, answer: Result<Switch, NotSwitched>) -> Task<Message> {
        let task = self.apply_switch(number, answer);
        // A save taken in while the switch was on its way is seen to now that the switch is
        // settled (it may have brought another declaration: then the save is only said).
        match self.switches.save_waiting.take() {
            Some(save) if self.switches.on_its_way.is_none() => Task::batch([task, self.see_to_save(save)]),
            waiting => {
                self.switches.save_waiting = waiting;
                task
            }
        }
    }

    fn apply_switch(&mut self, number: u64, answer: Result<Switch, NotSwitched>) -> Task<Message> {
        let Some(asked) = self.switches.on_its_way.take_if(|asked| asked.number == number) else {
            return Task::none();
        };
        let switch = match answer {
            Ok(switch) => switch,
            Err(NotSwitched(why)) => {
                // Never switch away from work that has nowhere to go: it stays on screen.
                if let Some(why) = why {
                    self.notice = Some(Notice::error(why));
                }
                return Task::none();
            }
        };
        if self.session.edits() != asked.edits || self.origin != asked.origin {
            let kept = switch.kept.clone();
            // Its lock goes with it before the switch is asked again.
            drop(switch);
            return self.switch(asked.source, kept);
        }
        let Switch {
            declaration,
            origin,
            screen,
            asked,
            kept,
            parked,
            lock,
            notice,
        } = switch;
        self.switches.loads += 1;
        let parked = asked.and_then(|id| self.parked.remove(&id)).filter(|_| parked);
        let left = self.session.switch_to(declaration, parked);
        if let Some(key) = kept {
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
        }
        self.notice = notice;
        if let Lock::Taken(lock) = lock {
            self.doctor_lock = lock;
        }
        self.session
            .set_doctor(origin.profile_id.clone().map(|id| (self.options.data_dir.clone(), id)));
        self.origin = origin;
        let followed = self.after_edit();
        self.review.declaration_loaded(&context!(self));
        Task::batch([
            followed,
            // Written at once where it now belongs (its doctor's draft, or this window's own): the
            // window's slot never keeps the work left, which now has a doctor of its own.
            self.draft_due_now(),
            self.practice_changed(),
            self.go_to(screen),
        ])
    }

    /// The draft is due now, without waiting for a pause in typing (a switch, a step change): it
    /// is written off the window's thread as the autosave after a pause is ([`Message::AutosaveDue`]).
    pub(super) fn draft_due_now(&self) -> Task<Message> {
        Task::done(Message::AutosaveDue(self.session.edits()))
    }

    /// The draft, when it is behind the declaration, written off the window's thread.
    pub(super) fn write_draft(&mut self, edits: u64) -> Task<Message> {
        match self.session.draft_due(edits) {
            Some(draft) => task::blocking(move || draft.write().map_err(std::sync::Arc::new), Message::Autosaved),
            None => Task::none(),
        }
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
    /// now works on that doctor and that file. Their lock and draft are seen to off the window's
    /// thread; [`App::saved_as`] takes the answer in.
    pub(super) fn saved(
        &mut self,
        file: std::path::PathBuf,
        profile_id: Option<String>,
        written: crate::core::storage::Fingerprint,
        loads: u64,
    ) -> Task<Message> {
        self.settings.remember(&file);
        // Through the one guarded path: a newer version's settings file is never overwritten.
        self.save_settings();
        // Said now: what the save says after this (a namesake) has the last word.
        self.notice = Some(Notice {
            kind: NoticeKind::Info,
            message: i18n::Message::with("gui-saved", &[("path", file.display().to_string().into())]),
        });
        self.see_to_save(SaveTaken {
            file,
            profile_id,
            written,
            loads,
        })
    }

    /// The doctor a save leaves the window on, seen to off the window's thread: not while a switch
    /// is on its way (after it), and not at all when another declaration came on screen since the
    /// save began (its own draft is never handed to the saved doctor, no lock is taken).
    fn see_to_save(&mut self, save: SaveTaken) -> Task<Message> {
        let SaveTaken {
            file,
            profile_id,
            written,
            loads,
        } = save;
        if loads != self.switches.loads {
            return self.practice_changed();
        }
        if self.switches.on_its_way.is_some() {
            self.switches.save_waiting = Some(SaveTaken {
                file,
                profile_id,
                written,
                loads,
            });
            return Task::none();
        }
        // No switch starts until the answer is in.
        self.switches.saving_as = true;
        let ask = SavedAsk {
            practice: self.practice.clone(),
            data_dir: self.options.data_dir.clone(),
            window: self.session.window().clone(),
            profile_id: profile_id.or(self.origin.profile_id.clone()),
            held: self.origin.profile_id.clone(),
            locked: self.doctor_lock.is_some(),
            work: self.session.declaration().clone(),
            saved: Saved {
                loads,
                file,
                written,
                profile_id: None,
                lock: Lock::Taken(None),
            },
        };
        let copy = ask.saved.clone();
        task::blocking(
            move || Ok::<_, task::Stopped>(ask.run()),
            // A job that stopped: the window goes on with a copy.
            move |saved| Message::SavedAs(Box::new(saved.unwrap_or(copy))),
        )
    }

    /// A save's answer: the window works on the doctor found and the file, unless it moved on to
    /// another declaration meanwhile.
    pub(super) fn saved_as(&mut self, saved: Saved) -> Task<Message> {
        let Saved {
            loads,
            file,
            written,
            profile_id,
            lock,
        } = saved;
        self.switches.saving_as = false;
        if loads == self.switches.loads {
            if let Lock::Taken(lock) = lock {
                self.doctor_lock = lock;
            }
            self.session
                .set_doctor(profile_id.clone().map(|id| (self.options.data_dir.clone(), id)));
            self.origin = Origin {
                profile_id,
                file: Some(file.clone()),
                file_seen: Some(written),
            };
        }
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
