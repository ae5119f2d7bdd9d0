//! What the window reads of the practice for its lists (the start screen's doctors, the review's
//! saved versions), as it comes back from off the window's thread (`lists.rs` asks and shows).

use super::screen::damage::Damage;
use super::screen::start::ListedDoctor;
use crate::core::practice::HistoryEntry;

/// The lists as read for the read numbered so.
#[derive(Clone, Debug)]
pub struct Lists {
    pub(super) number: u64,
    pub(super) doctors: Option<Result<Vec<ListedDoctor>, Damage>>,
    pub(super) history: Option<Vec<HistoryEntry>>,
}

/// The newest read asked for each list: an older read that comes back later is not shown.
#[derive(Default)]
pub(super) struct Asked {
    pub(super) reads: u64,
    pub(super) doctors: u64,
    pub(super) history: u64,
}
