//! Slots' ids: how the window names a slot while it runs, beside the declaration and never in it.

use crate::core::model::{Declaration, Slot};
use std::sync::atomic::{AtomicU64, Ordering};

/// A slot's name for as long as the window runs: the selection, a finding's outline, the row of
/// the list view and an edit in progress hold it, so they stay on their slot when the list is
/// re-sorted, when an earlier slot is deleted, and through undo and redo.
///
/// Ids live here, beside the declaration, and never in it: the file format knows slots by their
/// place in the list (FORMAT.md) and the check reports findings by index; the session maps one to
/// the other ([`SlotIds`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SlotId(u64);

impl std::fmt::Display for SlotId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl SlotId {
    /// A number naming the slot (a list's row key).
    pub(crate) fn key(self) -> u64 {
        self.0
    }

    /// A name no other slot of this process has (nor will have).
    pub(crate) fn fresh() -> SlotId {
        static NEXT: AtomicU64 = AtomicU64::new(1);
        SlotId(NEXT.fetch_add(1, Ordering::Relaxed))
    }
}

/// The ids of the declaration's slots, in the slots' order: `ids[i]` names `slots[i]`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SlotIds(pub(super) Vec<SlotId>);

impl SlotIds {
    /// Fresh ids for `count` slots (a declaration opened, or a new one).
    pub(super) fn fresh(count: usize) -> SlotIds {
        SlotIds((0..count).map(|_| SlotId::fresh()).collect())
    }

    /// Where the slot is in the declaration now, if it still exists.
    pub(crate) fn index_of(&self, id: SlotId) -> Option<usize> {
        self.0.iter().position(|&i| i == id)
    }

    /// The id of the slot at `index`.
    pub fn id_of(&self, index: usize) -> Option<SlotId> {
        self.0.get(index).copied()
    }

    pub(crate) fn contains(&self, id: SlotId) -> bool {
        self.0.contains(&id)
    }

    /// The ids of slots given by index (a finding's), skipping any out of range.
    pub fn ids_of(&self, indices: &[usize]) -> Vec<SlotId> {
        indices.iter().filter_map(|&i| self.id_of(i)).collect()
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = SlotId> + '_ {
        self.0.iter().copied()
    }

    pub(crate) fn len(&self) -> usize {
        self.0.len()
    }

    /// A slot appended under `id`.
    pub(crate) fn push(&mut self, id: SlotId) {
        self.0.push(id);
    }

    /// The slot at `index` removed.
    pub(crate) fn remove(&mut self, index: usize) {
        if index < self.0.len() {
            self.0.remove(index);
        }
    }

    /// Keeps the ids in step with a change made to the slots without them (a site removed with its
    /// slots, an import, another declaration opened). The same number of slots means they were
    /// changed in place: each keeps its id. Otherwise the slots still there in the same order keep
    /// theirs (removal keeps the order) and the rest, appended ones, get fresh ids. The schedule's
    /// edits of one slot move its id themselves ([`Session::edit_slots`]), exactly, even among
    /// identical slots.
    pub(crate) fn follow(&mut self, before: &[Slot], after: &[Slot]) {
        if before.len() == after.len() {
            return;
        }
        let mut old = before.iter().zip(&self.0);
        let ids = after
            .iter()
            .map(|slot| match old.find(|(s, _)| *s == slot) {
                Some((_, &id)) => id,
                None => SlotId::fresh(),
            })
            .collect();
        self.0 = ids;
    }
}

/// A change made without the slots' ids, with the ids following it ([`SlotIds::follow`]).
pub(crate) fn following(change: impl FnOnce(&mut Declaration)) -> impl FnOnce(&mut Declaration, &mut SlotIds) {
    move |declaration, ids| {
        let before = declaration.slots.clone();
        change(declaration);
        ids.follow(&before, &declaration.slots);
    }
}
