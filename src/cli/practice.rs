//! `conventio practice export|import FILE.zip`, `practice backup [--to FILE]`, `practice restore
//! FILE`: the practice's database from the command line.

use super::{EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE, PracticeAction, PracticeArgs};
use crate::core::i18n::Localizer;
use crate::core::storage;
use crate::core::store::{self, Store, StoreError, archive};
use std::path::Path;

pub fn run(args: &PracticeArgs) -> u8 {
    let localizer = args.lang.localizer();
    let root = storage::data_dir();
    match &args.action {
        PracticeAction::Export { file, force } => {
            if file.exists() && !force {
                eprintln!(
                    "{}",
                    localizer.tr_args("cli-export-exists", &[("path", file.display().to_string().into())])
                );
                return EXIT_FINDINGS;
            }
            let store = match open(&root, localizer) {
                Ok(store) => store,
                Err(status) => return status,
            };
            match archive::export(&store, file) {
                Ok(report) => {
                    say!(
                        "{}",
                        localizer.tr_args(
                            "cli-practice-exported",
                            &[
                                ("path", file.display().to_string().into()),
                                ("doctors", report.doctors.into()),
                                ("versions", report.versions.into()),
                                ("marks", report.marks.into()),
                            ]
                        )
                    );
                    EXIT_OK
                }
                Err(error) => archive_failed(&error, file, localizer),
            }
        }
        PracticeAction::Import { file } => {
            let mut store = match open(&root, localizer) {
                Ok(store) => store,
                Err(status) => return status,
            };
            match archive::import(&mut store, file) {
                Ok(report) => {
                    say!(
                        "{}",
                        localizer.tr_args(
                            "cli-practice-imported",
                            &[
                                ("path", file.display().to_string().into()),
                                ("doctors", report.doctors.into()),
                                ("versions", report.versions.into()),
                                ("marks", report.marks.into()),
                            ]
                        )
                    );
                    for conflict in &report.conflicts {
                        say!(
                            "{}",
                            localizer.tr_args("cli-practice-conflict", &[("doctor", conflict.clone().into())])
                        );
                    }
                    if report.conflicts.is_empty() {
                        EXIT_OK
                    } else {
                        EXIT_FINDINGS
                    }
                }
                Err(error) => archive_failed(&error, file, localizer),
            }
        }
        PracticeAction::Backup { to } => {
            let store = match open(&root, localizer) {
                Ok(store) => store,
                Err(status) => return status,
            };
            let result = match to {
                Some(to) => store.backup_to(to).map(|()| to.clone()),
                None => store.dated_backup(super::today(), true).map(|p| p.unwrap_or_default()),
            };
            match result {
                Ok(path) => {
                    say!(
                        "{}",
                        localizer.tr_args("cli-practice-backed-up", &[("path", path.display().to_string().into())])
                    );
                    EXIT_OK
                }
                Err(error) => failed(&error, localizer),
            }
        }
        PracticeAction::Restore { file } => restore(&root, file, localizer),
    }
}

fn open(root: &Path, localizer: &Localizer) -> Result<Store, u8> {
    Store::open(root).map_err(|error| failed(&error, localizer))
}

fn failed(error: &StoreError, localizer: &Localizer) -> u8 {
    eprintln!("{}", localizer.message(&error.message()));
    EXIT_UNREADABLE
}

fn archive_failed(error: &archive::ArchiveError, file: &Path, localizer: &Localizer) -> u8 {
    match error {
        archive::ArchiveError::Store(error) => failed(error, localizer),
        archive::ArchiveError::Io(_) | archive::ArchiveError::Invalid(_) => {
            eprintln!(
                "{}",
                localizer.tr_args(
                    "cli-practice-archive-invalid",
                    &[
                        ("path", file.display().to_string().into()),
                        ("reason", error.to_string().into())
                    ]
                )
            );
            EXIT_UNREADABLE
        }
    }
}

/// Checks that `file` is a practice database this version reads, moves the current database (and
/// its WAL files) aside as `practice.sqlite3.before-restore-…`, and copies the backup in place.
fn restore(root: &Path, file: &Path, localizer: &Localizer) -> u8 {
    if let Err(error) = Store::open_read_only(file).and_then(|s| s.doctors().map(|_| ())) {
        return failed(&error, localizer);
    }
    let current = root.join(store::FILE_NAME);
    if current.exists() {
        let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S");
        for suffix in ["", "-wal", "-shm"] {
            let from = root.join(format!("{}{suffix}", store::FILE_NAME));
            if from.exists() {
                let to = root.join(format!("{}.before-restore-{stamp}{suffix}", store::FILE_NAME));
                if let Err(error) = std::fs::rename(&from, &to) {
                    return failed(
                        &StoreError::Unwritable {
                            reason: error.to_string(),
                        },
                        localizer,
                    );
                }
            }
        }
    }
    let copied = Store::open_read_only(file).and_then(|backup| backup.backup_to(&current));
    match copied {
        Ok(()) => {
            say!(
                "{}",
                localizer.tr_args("cli-practice-restored", &[("path", file.display().to_string().into())])
            );
            EXIT_OK
        }
        Err(error) => failed(&error, localizer),
    }
}
