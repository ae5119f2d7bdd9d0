//! The settings' writes, off the window's thread: a change marks them due, `update` hands the
//! settings as they are to one blocking job per message ([`SettingsWrites::job`]), and the jobs
//! write in the order of the changes, never two at once.

use crate::core::settings::{SaveError, Settings, SettingsFile};
use std::sync::{Arc, Mutex};

/// The settings' writes: a change marks them due, `update` hands them to one blocking job per
/// message, and the jobs write in the order of the changes (one that starts late, after a newer
/// snapshot was written, writes nothing), never two at once.
#[derive(Debug, Default)]
pub(crate) struct SettingsWrites {
    /// A change is not written yet.
    due: bool,
    /// Snapshots handed to jobs so far.
    made: u64,
    /// The newest snapshot written; held while a job writes.
    written: Arc<Mutex<u64>>,
}

impl SettingsWrites {
    /// The settings changed: written when `update` is done with the message.
    pub(crate) fn changed(&mut self) {
        self.due = true;
    }

    /// The write of `settings` to `file`, when a change is due.
    pub(crate) fn job(&mut self, file: SettingsFile, settings: &Settings) -> Option<SettingsJob> {
        if !std::mem::take(&mut self.due) {
            return None;
        }
        self.made += 1;
        Some(SettingsJob {
            file,
            settings: settings.clone(),
            made: self.made,
            written: self.written.clone(),
        })
    }
}

/// The window's size while a drag of its edge goes on: dozens of sizes, written once the window
/// keeps one for a while ([`super::Message::WindowSettled`]), by one timer re-armed at each size.
#[derive(Debug, Default)]
pub(crate) struct WindowSettle {
    /// Resizes so far; the timer's message says which resize it was armed for.
    pub(crate) resizes: u64,
    /// The window's size changed since the settings were last written.
    pub(crate) unsaved: bool,
    /// The timer armed at the last resize: replacing it (a newer resize) drops it, which cancels
    /// it, so a drag ends in one message (each message rebuilds and redraws the window).
    pub(crate) timer: Option<iced::task::Handle>,
}

/// One snapshot of the settings to write.
pub(crate) struct SettingsJob {
    file: SettingsFile,
    settings: Settings,
    made: u64,
    written: Arc<Mutex<u64>>,
}

impl SettingsJob {
    pub(crate) fn write(self) -> Result<(), Arc<SaveError>> {
        let mut written = self.written.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if *written >= self.made {
            return Ok(());
        }
        self.file.save(&self.settings).map_err(Arc::new)?;
        *written = self.made;
        Ok(())
    }
}
