//! The declaration being prepared: edits with undo/redo, the live check, and the autosaved draft.

use crate::core::agreement::{Agreement, Agreements, LastDays};
use crate::core::format;
use crate::core::model::{Choice, Declaration, Doctor, Slot};
use crate::core::rules::{self, Report};
use chrono::NaiveDate;
use std::io;
use std::path::PathBuf;

/// How many edits undo remembers.
mod drafts;
mod slot_ids;

pub use drafts::{AUTOSAVE_PAUSE, Draft, DraftSlot, WindowSlot};
pub(crate) use drafts::{Held, lock_doctor, window_slot_free};
pub(crate) use slot_ids::following;
pub use slot_ids::{SlotId, SlotIds};

const UNDO_DEPTH: usize = 200;

/// A text field being typed in. Keystrokes in the same field make one undo step together, so undo
/// takes back the word typed, not its last letter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Typing {
    DoctorName,
    Inami,
    RecognisedOn,
    SiteName(usize),
    SiteAddress(usize),
    SlotNote(SlotId),
}

/// One doctor's work as the window keeps it while another doctor is on screen: the declaration
/// with its slots' ids and its undo and redo steps, for this session of the window.
#[derive(Clone, Debug)]
pub(crate) struct Parked {
    current: Snapshot,
    undo: Vec<Snapshot>,
    redo: Vec<Snapshot>,
}

impl Parked {
    pub(crate) fn declaration(&self) -> &Declaration {
        &self.current.declaration
    }
}

/// The declaration as undo and redo keep it: with its slots' ids, so a slot brought back is the
/// same slot (still selected, still outlined).
#[derive(Clone, Debug)]
struct Snapshot {
    declaration: Declaration,
    ids: SlotIds,
}

pub struct Session {
    declaration: Declaration,
    /// The slots' ids, always as many as `declaration.slots`.
    ids: SlotIds,
    /// The field the last edit typed in, while typing there goes on.
    typing: Option<Typing>,
    undo: Vec<Snapshot>,
    redo: Vec<Snapshot>,
    report: Report,
    today: NaiveDate,
    /// Where the draft is autosaved: the data folder, and this window's slot in it.
    window: WindowSlot,
    /// The agreements the app knows, and the later last days the user set for windows (kept in the
    /// settings): the declaration's agreement is found among them.
    agreements: Agreements,
    last_days: LastDays,
    /// The declaration's agreement with those last days in place: what the check and documents use.
    agreement: Agreement,
    /// Edits so far, and how many of them the draft on disk holds.
    edits: u64,
    saved_edits: u64,
    /// How many times the draft went to the disk: once per pause in typing, not once per key.
    draft_writes: u64,
    /// The doctor the declaration is, whose draft in the practice the autosave keeps too.
    doctor: Option<(PathBuf, String)>,
}

/// A new, empty declaration for the agreement in force today.
pub(crate) fn blank(agreements: &Agreements, today: NaiveDate) -> Declaration {
    Declaration {
        agreement: agreements.in_force_on(today).id.clone(),
        prepared_on: Some(today),
        window: None,
        doctor: Doctor {
            name: String::new(),
            inami: String::new(),
            role: None,
            recognised_on: None,
            current_choice: None,
            extra: Default::default(),
        },
        choice: Choice::Full,
        sites: Vec::new(),
        slots: Vec::new(),
    }
}

impl Session {
    /// A session on `declaration`, checked against its agreement among `agreements` with the user's
    /// `last_days` in place.
    pub(crate) fn new(
        declaration: Declaration,
        today: NaiveDate,
        window: WindowSlot,
        agreements: Agreements,
        last_days: LastDays,
    ) -> Session {
        let agreement = agreements
            .find_or_latest(&declaration.agreement)
            .with_last_days(&last_days);
        let report = rules::check(&declaration, &agreement, today);
        Session {
            ids: SlotIds::fresh(declaration.slots.len()),
            declaration,
            typing: None,
            undo: Vec::new(),
            redo: Vec::new(),
            report,
            today,
            window,
            agreements,
            last_days,
            agreement,
            edits: 0,
            saved_edits: 0,
            draft_writes: 0,
            doctor: None,
        }
    }

    /// Where this window's draft is written: its data folder and slot.
    pub fn window(&self) -> &WindowSlot {
        &self.window
    }

    /// Uses these agreements and the last days the user set from now on, and re-checks.
    pub(crate) fn set_agreements(&mut self, agreements: Agreements, last_days: LastDays) {
        self.agreements = agreements;
        self.last_days = last_days;
        self.refresh_agreement();
        self.report = rules::check(&self.declaration, &self.agreement, self.today);
    }

    fn refresh_agreement(&mut self) {
        self.agreement = self
            .agreements
            .find_or_latest(&self.declaration.agreement)
            .with_last_days(&self.last_days);
    }

    /// The agreements the app knows (without the user's last days: [`Session::agreement`] has them).
    pub(crate) fn agreements(&self) -> &Agreements {
        &self.agreements
    }

    pub(crate) fn declaration(&self) -> &Declaration {
        &self.declaration
    }

    pub fn report(&self) -> &Report {
        &self.report
    }

    /// The slots' ids, in the slots' order.
    pub fn slot_ids(&self) -> &SlotIds {
        &self.ids
    }

    pub(crate) fn today(&self) -> NaiveDate {
        self.today
    }

    /// The declaration's agreement, with the user's last days in place.
    pub(crate) fn agreement(&self) -> &Agreement {
        &self.agreement
    }

    /// Applies an edit as one undoable step and re-checks; the draft is written once typing pauses
    /// ([`Session::draft_due`]). The slots keep their ids as [`SlotIds::follow`] says.
    #[cfg(test)]
    pub(crate) fn edit(&mut self, change: impl FnOnce(&mut Declaration)) {
        self.edit_slots(following(change))
    }

    /// Like `Session::edit`, for a change that keeps the slots' ids in step itself (the
    /// schedule's, which knows its slots by id).
    pub(crate) fn edit_slots(&mut self, change: impl FnOnce(&mut Declaration, &mut SlotIds)) {
        self.typing = None;
        self.record(change)
    }

    /// Like `Session::edit`, but consecutive keystrokes in the same field share one undo step.
    #[cfg(test)]
    pub(crate) fn type_in(&mut self, field: Typing, change: impl FnOnce(&mut Declaration)) {
        self.type_in_slots(field, following(change))
    }

    /// `Session::type_in` for a change that keeps the slots' ids in step itself.
    pub(crate) fn type_in_slots(&mut self, field: Typing, change: impl FnOnce(&mut Declaration, &mut SlotIds)) {
        if self.typing == Some(field) && self.can_undo() {
            self.apply(change);
            self.redo.clear();
            self.changed();
            return;
        }
        self.record(change);
        self.typing = Some(field);
    }

    fn record(&mut self, change: impl FnOnce(&mut Declaration, &mut SlotIds)) {
        let before = self.snapshot();
        self.apply(change);
        if self.declaration == before.declaration {
            // Nothing changed (the same file opened again): the slots keep their ids too.
            self.ids = before.ids;
            return;
        }
        self.undo.push(before);
        if self.undo.len() > UNDO_DEPTH {
            self.undo.remove(0);
        }
        self.redo.clear();
        self.changed()
    }

    fn apply(&mut self, change: impl FnOnce(&mut Declaration, &mut SlotIds)) {
        change(&mut self.declaration, &mut self.ids);
        // A change that lost count of the ids: every slot still gets one (and the ids of those in
        // place are kept).
        if self.ids.len() != self.declaration.slots.len() {
            self.ids.0.resize_with(self.declaration.slots.len(), SlotId::fresh);
        }
    }

    fn snapshot(&self) -> Snapshot {
        Snapshot {
            declaration: self.declaration.clone(),
            ids: self.ids.clone(),
        }
    }

    fn restore(&mut self, snapshot: Snapshot) -> Snapshot {
        let current = self.snapshot();
        self.declaration = snapshot.declaration;
        self.ids = snapshot.ids;
        current
    }

    /// Works on another declaration (another doctor's) from now on, without an undo step: Undo
    /// never brings the previous one back. With `parked`, that work comes back with its own undo
    /// and redo steps. Returns the work left, to park.
    pub(crate) fn switch_to(&mut self, declaration: Declaration, parked: Option<Parked>) -> Parked {
        let (current, undo, redo) = match parked {
            Some(parked) => (parked.current, parked.undo, parked.redo),
            None => (
                Snapshot {
                    ids: SlotIds::fresh(declaration.slots.len()),
                    declaration,
                },
                Vec::new(),
                Vec::new(),
            ),
        };
        self.typing = None;
        let left = Parked {
            current: self.restore(current),
            undo: std::mem::replace(&mut self.undo, undo),
            redo: std::mem::replace(&mut self.redo, redo),
        };
        // Checked and autosaved as any change is.
        self.changed();
        left
    }

    /// Whether this declaration was edited since it was opened (there is something to undo).
    pub(crate) fn edited(&self) -> bool {
        !self.undo.is_empty()
    }

    /// The doctor whose draft the autosave also keeps in the practice's database (data folder and
    /// doctor id); `None` for work that is no doctor's yet.
    pub(crate) fn set_doctor(&mut self, doctor: Option<(PathBuf, String)>) {
        self.doctor = doctor;
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub(crate) fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    pub(crate) fn undo(&mut self) {
        self.typing = None;
        let Some(previous) = self.undo.pop() else {
            return;
        };
        let current = self.restore(previous);
        self.redo.push(current);
        self.changed()
    }

    pub(crate) fn redo(&mut self) {
        self.typing = None;
        let Some(next) = self.redo.pop() else {
            return;
        };
        let current = self.restore(next);
        self.undo.push(current);
        self.changed()
    }

    /// Re-checks at once; the draft is written later, once typing pauses ([`Session::draft_due`]),
    /// so a keystroke never waits on the disk.
    fn changed(&mut self) {
        if self.agreement.id != self.declaration.agreement {
            self.refresh_agreement();
        }
        self.report = rules::check(&self.declaration, &self.agreement, self.today);
        self.edits += 1;
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
    pub(crate) fn draft_due(&mut self, edits: u64) -> Option<Draft> {
        if edits != self.edits || !self.draft_behind() {
            return None;
        }
        self.saved_edits = self.edits;
        self.draft_writes += 1;
        let mut draft = Draft::new(self.window.clone(), format::write_declaration(&self.declaration));
        draft.doctor = self.doctor.clone();
        Some(draft)
    }

    /// How many times this session handed its draft to the disk (each is one atomic write).
    pub fn draft_writes(&self) -> u64 {
        self.draft_writes
    }

    /// Writes the draft now if it is behind (leaving a step, closing the window).
    pub(crate) fn flush_draft(&mut self) -> io::Result<()> {
        match self.draft_due(self.edits) {
            Some(draft) => draft.write(),
            None => Ok(()),
        }
    }

    /// A slot by id, if it still exists.
    pub fn slot(&self, id: SlotId) -> Option<&Slot> {
        self.ids.index_of(id).and_then(|i| self.declaration.slots.get(i))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session(dir: &std::path::Path) -> Session {
        let today = NaiveDate::from_ymd_opt(2026, 2, 20).unwrap_or_default();
        Session::new(
            blank(Agreements::embedded(), today),
            today,
            WindowSlot {
                root: dir.to_path_buf(),
                slot: 1,
            },
            Agreements::embedded().clone(),
            LastDays::default(),
        )
    }

    #[test]
    fn a_second_window_on_the_same_folder_gets_its_own_draft() {
        let dir = tempfile::tempdir().unwrap();
        let first = DraftSlot::claim(dir.path());
        let second = DraftSlot::claim(dir.path());
        assert_eq!(first.number(), 1);
        assert_eq!(second.number(), 2);
        drop(first);
        // The first window closed: the next one takes its draft again.
        assert_eq!(DraftSlot::claim(dir.path()).number(), 1);
    }

    fn slot(day: crate::core::model::Weekday, start: u16) -> Slot {
        Slot::office(day, (start, 0), (start + 2, 0))
    }

    #[test]
    fn slots_keep_their_ids_through_changes_made_without_them() {
        use crate::core::model::Weekday::{Monday, Tuesday, Wednesday};
        let dir = tempfile::tempdir().unwrap();
        let mut s = session(dir.path());
        s.edit(|d| d.slots = vec![slot(Monday, 8), slot(Tuesday, 8), slot(Wednesday, 8)]);
        let ids: Vec<SlotId> = s.slot_ids().iter().collect();
        assert_eq!(ids.len(), 3);
        s.edit(|d| d.slots[1].start = d.slots[1].start.max(d.slots[0].start));
        s.edit(|d| d.slots[0].day = Wednesday);
        assert_eq!(s.slot_ids().iter().collect::<Vec<_>>(), ids, "changed in place");
        s.edit(|d| d.slots.retain(|slot| slot.day != Tuesday));
        s.edit(|d| d.slots.push(slot(Monday, 14)));
        let now: Vec<SlotId> = s.slot_ids().iter().collect();
        assert_eq!(&now[..2], [ids[0], ids[2]], "the slots left keep theirs");
        assert!(!ids.contains(&now[2]), "an appended slot gets a new one");
        s.undo();
        s.undo();
        assert_eq!(
            s.slot_ids().iter().collect::<Vec<_>>(),
            ids,
            "undo brings the old ids back"
        );
        s.redo();
        s.redo();
        assert_eq!(s.slot_ids().iter().collect::<Vec<_>>(), now, "and redo the new ones");
    }

    #[test]
    fn another_declaration_brings_new_slots_with_new_ids() {
        use crate::core::model::Weekday::Monday;
        let dir = tempfile::tempdir().unwrap();
        let mut s = session(dir.path());
        s.edit(|d| d.slots = vec![slot(Monday, 8)]);
        let before = s.slot_ids().id_of(0);
        let mut other = s.declaration().clone();
        other.slots[0].start = crate::core::model::TimeOfDay::MIDNIGHT;
        let _left = s.switch_to(other, None);
        assert_ne!(s.slot_ids().id_of(0), before);
        assert_eq!(s.slot_ids().len(), 1);
    }

    #[test]
    fn typing_a_name_is_one_undo_step() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = session(dir.path());
        for name in ["H", "Hé", "Hél", "Hélène"] {
            s.type_in(Typing::DoctorName, |d| d.doctor.name = name.into());
        }
        s.type_in(Typing::Inami, |d| d.doctor.inami = "1".into());
        s.undo();
        assert_eq!(s.declaration().doctor.name, "Hélène");
        assert_eq!(s.declaration().doctor.inami, "");
        s.undo();
        assert_eq!(s.declaration().doctor.name, "");
        assert!(!s.can_undo());
        s.redo();
        assert_eq!(s.declaration().doctor.name, "Hélène");
    }

    #[test]
    fn typing_again_after_undo_or_another_edit_starts_a_new_step() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = session(dir.path());
        s.type_in(Typing::DoctorName, |d| d.doctor.name = "Anne".into());
        s.edit(|d| d.choice = Choice::Partial);
        s.type_in(Typing::DoctorName, |d| d.doctor.name = "Anne P".into());
        s.undo();
        assert_eq!(s.declaration().doctor.name, "Anne");
        assert_eq!(s.declaration().choice, Choice::Partial);
    }
}
