//! What the window reads after its first frame, off the window's thread: the agreements the user
//! added, the work this window's slot kept, the practice's doctors.

use super::notice::{Notice, NoticeKind};
use super::options::Options;
use super::screen::{damage::Damage, start};
use super::session::{self, lock_doctor};
use crate::core::agreement::Agreements;
use crate::core::i18n::{self, Language};
use crate::core::model::Declaration;
use crate::core::practice::Practice;

/// Reads, off the window's thread, what the window needs after its first frame: the agreements the
/// user added, the autosaved draft, the practice's doctors (each checked for the start screen).
pub struct BootReader {
    pub(super) options: Options,
    pub(super) language: Language,
    pub(super) last_days: crate::core::agreement::LastDays,
    pub(super) window: session::WindowSlot,
    pub(super) second_window: bool,
}

/// What [`BootReader::read`] found.
#[derive(Clone, Debug)]
pub struct Boot {
    pub(super) agreements: Agreements,
    pub(super) declaration: Declaration,
    pub(super) notice: Option<Notice>,
    pub(super) doctors: Result<Vec<start::ListedDoctor>, Damage>,
    /// The doctor the restored work belongs to, when it names one, and their lock, taken for the
    /// window (`None` when no lock can be made here); no doctor when another window holds them.
    pub(super) doctor: Option<(String, Option<std::sync::Arc<std::fs::File>>)>,
    /// What that doctor's file held as this window took them again (their last saved version):
    /// a version another window saves there afterwards is asked about before saving over it.
    pub(super) doctor_file_seen: Option<crate::core::storage::Fingerprint>,
    /// The file named on the command line: its full path and its bytes (or why not).
    pub(super) file: Option<start::FileRead>,
}

impl BootReader {
    pub fn read(self) -> Boot {
        let options = &self.options;
        // Agreements the user added live in this data folder.
        let agreements = Agreements::with_added(crate::core::agreement_store::load_all(
            &options.data_dir.join("agreements"),
        ));
        // The practice's automatic backup, at most once a day (the oldest beyond the kept ones go);
        // a backup that cannot be made changes nothing stored and is tried again at the next start.
        let _ = crate::core::store::daily_backup(&options.data_dir, options.today, crate::core::store::BACKUPS_KEPT);
        let (declaration, doctor, mut notice) = self.first_declaration(&agreements);
        let doctor = doctor.and_then(|id| match lock_doctor(&self.window.root, &id) {
            Ok(lock) => Some((id, lock.map(std::sync::Arc::new))),
            Err(session::Held) => None,
        });
        if self.second_window {
            // Said even over "draft restored": this window works on a draft of its own.
            notice = Some(Notice {
                kind: NoticeKind::Info,
                message: i18n::Message::new("gui-draft-second-window"),
            });
        }
        let practice = Practice::open(&options.data_dir, agreements.clone());
        let doctor_file_seen = doctor
            .as_ref()
            .and_then(|(id, _)| practice.last_version_text(id))
            .map(|text| crate::core::storage::fingerprint(text.as_bytes()));
        let doctors = start::list_doctors(
            &practice,
            options.today,
            &agreements.with_last_days(&self.last_days),
            i18n::localizer(self.language),
        );
        Boot {
            agreements,
            declaration,
            notice,
            doctors,
            doctor,
            doctor_file_seen,
            file: options.file.as_deref().map(start::read_path),
        }
    }

    /// The work this window's slot kept (given to its doctor when it names one, see
    /// [`crate::core::store::Store::adopt_window_draft`]), or a blank declaration; with a notice
    /// saying which.
    fn first_declaration(&self, agreements: &Agreements) -> (Declaration, Option<String>, Option<Notice>) {
        let blank = || session::blank(agreements, self.options.today);
        let root = &self.window.root;
        let adopted = crate::core::store::Store::open(root).and_then(|mut store| {
            // A window gone (crashed, or closed while another ran) may have left work without a
            // doctor in its slot: taken here when this slot has none.
            let _ = store.take_orphan_window_draft(self.window.slot, |other| session::window_slot_free(root, other));
            store.adopt_window_draft(self.window.slot, chrono::Local::now().naive_local(), |id| {
                lock_doctor(root, &id.to_string()).is_ok()
            })
        });
        let Ok(Some((doctor, text))) = adopted else {
            return (blank(), None, None);
        };
        match crate::core::format::read_draft(&text, agreements) {
            Ok(draft) => (
                draft,
                doctor.map(|id| id.to_string()),
                Some(Notice {
                    kind: NoticeKind::Info,
                    message: i18n::Message::new("gui-draft-restored"),
                }),
            ),
            Err(error) => (
                blank(),
                None,
                Some(Notice {
                    kind: NoticeKind::Error,
                    message: i18n::Message::with("gui-draft-unreadable", &[("error", error.with_position().into())]),
                }),
            ),
        }
    }
}
