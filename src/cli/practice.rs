//! `conventio practice export|import FILE.zip`, `practice backup [--to FILE]`, `practice restore
//! FILE`: the practice's database from the command line.

use super::{EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE, PracticeAction, PracticeArgs};
use crate::core::agreement::Agreements;
use crate::core::i18n::{Language, Localizer};
use crate::core::practice::Practice;
use crate::core::storage;
use crate::core::store::{self, Store, StoreError, archive};
use std::path::Path;

pub fn run(args: &PracticeArgs, agreements: &Agreements) -> u8 {
    let localizer = args.localizer();
    let root = storage::data_dir();
    match &args.action {
        PracticeAction::Print { folder, force } => print(args, agreements, folder, *force),
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

/// Puts the backup in place (the current database moved aside, see [`store::restore`]).
fn restore(root: &Path, file: &Path, localizer: &Localizer) -> u8 {
    match store::restore(root, file) {
        Ok(_) => {
            say!(
                "{}",
                localizer.tr_args("cli-practice-restored", &[("path", file.display().to_string().into())])
            );
            EXIT_OK
        }
        Err(error) => failed(&error, localizer),
    }
}

/// Every doctor's current declaration as a PDF in `folder` (see [`Practice::print_all`]).
fn print(args: &PracticeArgs, agreements: &Agreements, folder: &Path, force: bool) -> u8 {
    let localizer = args.localizer();
    let language = args.lang.unwrap_or_else(Language::from_env);
    let practice = Practice::open(storage::data_dir(), agreements.clone());
    let printed = match practice.print_all(folder, force, language, super::today()) {
        Ok(printed) => printed,
        Err(error) => return failed(&error, localizer),
    };
    let mut status = EXIT_OK;
    for printed in printed {
        match printed.result {
            Ok(path) => say!(
                "{}",
                localizer.tr_args("cli-export-written", &[("path", path.display().to_string().into())])
            ),
            Err(reason) => {
                eprintln!("{}: {}", printed.doctor, localizer.message(&reason));
                status = EXIT_FINDINGS;
            }
        }
    }
    status
}
