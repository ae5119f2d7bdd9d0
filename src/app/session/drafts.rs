//! Where the work is kept while the window runs: this window's draft slot (locked), the draft
//! handed to the disk after a pause in typing, and a doctor's lock.

use crate::core::storage;
use std::io;
use std::path::{Path, PathBuf};

/// A draft handed out to be written, numbered in the order it was made.
#[derive(Debug)]
pub struct Draft {
    window: WindowSlot,
    text: String,
    number: u64,
    /// The doctor whose draft this is in the practice's database (data folder, doctor id).
    pub(super) doctor: Option<(PathBuf, String)>,
}

/// The drafts this process made, numbered in order; and for each window slot the newest written.
static DRAFTS_MADE: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
static NEWEST_WRITTEN: std::sync::Mutex<std::collections::BTreeMap<(PathBuf, i64), u64>> =
    std::sync::Mutex::new(std::collections::BTreeMap::new());

impl Draft {
    pub(super) fn new(window: WindowSlot, text: String) -> Draft {
        let number = DRAFTS_MADE.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1;
        Draft {
            window,
            text,
            number,
            doctor: None,
        }
    }

    /// Writes the draft into the practice's database — the doctor's draft, or the window's own
    /// while the work has no doctor — unless a newer one of this window is already written. A
    /// background autosave can finish after the UI thread flushed a later draft (a step change
    /// right after a pause): the older one must not land over it. Writes go one at a time.
    pub(crate) fn write(self) -> io::Result<()> {
        let mut newest = NEWEST_WRITTEN.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let key = (self.window.root.clone(), self.window.slot);
        if newest.get(&key).is_some_and(|&n| n > self.number) {
            return Ok(());
        }
        let doctor = match &self.doctor {
            Some((_, id)) => Some(id.parse::<i64>().map_err(io::Error::other)?),
            None => None,
        };
        let kept = crate::core::store::Store::open(&self.window.root).and_then(|mut store| {
            store.keep_work(doctor, self.window.slot, &self.text, chrono::Local::now().naive_local())
        });
        newest.insert(key, self.number);
        if let Err(error) = kept {
            // The practice cannot take it (damaged, busy, full): the work is kept in this window's
            // old-style file, which the practice takes in when it opens again
            // (`legacy::migrate_window_drafts`). The failure is said all the same.
            let name = match self.window.slot {
                1 => "autosave.json".to_owned(),
                n => format!("autosave-{n}.json"),
            };
            let _ = storage::write_atomic(
                &self.window.root.join(name),
                self.text.as_bytes(),
                storage::Privacy::Private,
            );
            return Err(io::Error::other(error.to_string()));
        }
        Ok(())
    }
}

/// Where a window's work without a doctor is autosaved: its data folder and its slot there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WindowSlot {
    pub root: PathBuf,
    pub slot: i64,
}

/// The window slot this window may use, held by an OS lock (`locks/window-N.lock`) for as long as
/// the window runs, so a second Conventio on the same data folder never takes or overwrites the
/// first one's draft: the first window gets slot 1, a second one slot 2, and so on. The lock goes
/// with the process, so a crashed window leaves its draft to the next start.
pub struct DraftSlot {
    pub window: WindowSlot,
    /// Held, not read: dropping it releases the slot for the next window.
    _lock: Option<std::fs::File>,
}

/// Whether no running window holds slot `slot` of `data_dir` (its lock is free, or cannot be made).
pub(crate) fn window_slot_free(data_dir: &Path, slot: i64) -> bool {
    storage::io_allowed();
    let Ok(file) = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(data_dir.join("locks").join(format!("window-{slot}.lock")))
    else {
        return true;
    };
    // Taken and let go at once when free.
    !matches!(file.try_lock(), Err(std::fs::TryLockError::WouldBlock))
}

impl DraftSlot {
    /// The first slot of `data_dir` no other running window holds.
    pub(crate) fn claim(data_dir: &Path) -> DraftSlot {
        let locks = data_dir.join("locks");
        let _ = storage::create_private_dir(data_dir);
        let _ = storage::create_private_dir(&locks);
        let slot = |slot: i64| WindowSlot {
            root: data_dir.to_path_buf(),
            slot,
        };
        for number in 1..=64 {
            let Ok(file) = std::fs::OpenOptions::new()
                .create(true)
                .truncate(false)
                .write(true)
                .open(locks.join(format!("window-{number}.lock")))
            else {
                // A folder where no lock file can be made (read-only): work without one.
                return DraftSlot {
                    window: slot(number),
                    _lock: None,
                };
            };
            if file.try_lock().is_ok() {
                return DraftSlot {
                    window: slot(number),
                    _lock: Some(file),
                };
            }
        }
        DraftSlot {
            window: slot(64 + i64::from(std::process::id())),
            _lock: None,
        }
    }

    /// Which slot this window got: 1 for the usual one, 2 and up while another window runs.
    pub(crate) fn number(&self) -> i64 {
        self.window.slot
    }
}

/// How long typing must pause before the draft is written: a word typed costs one write, not one per
/// key, and a network home folder never slows typing down.
pub const AUTOSAVE_PAUSE: std::time::Duration = std::time::Duration::from_millis(700);

/// Another window holds a doctor's lock.
pub(crate) struct Held;

/// Doctor `id`'s lock in `data_dir` (`locks/doctor-ID.lock`), taken. `Ok(None)` in a folder where
/// no lock can be made (read-only) or a lock the system cannot take: work without one.
pub(crate) fn lock_doctor(data_dir: &std::path::Path, id: &str) -> Result<Option<std::fs::File>, Held> {
    storage::io_allowed();
    let dir = data_dir.join("locks");
    let _ = crate::core::storage::create_private_dir(&dir);
    let lock = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(dir.join(format!("doctor-{id}.lock")));
    let Ok(file) = lock else {
        return Ok(None);
    };
    match file.try_lock() {
        Ok(()) => Ok(Some(file)),
        Err(std::fs::TryLockError::WouldBlock) => Err(Held),
        Err(std::fs::TryLockError::Error(_)) => Ok(None),
    }
}
