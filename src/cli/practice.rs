//! `conventio practice export|import FILE.zip`, `practice backup [--to FILE]`, `practice restore
//! FILE`: the practice's database from the command line.

use super::{EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE, PracticeAction, PracticeArgs};
use crate::core::agreement::Agreements;
use crate::core::i18n::{Language, Localizer};
use crate::core::practice::Practice;
use crate::core::storage;
use crate::core::storage::Privacy;
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

/// Every doctor's current declaration (last saved version, else draft) as a PDF in `folder`:
/// `Name - 1-23456-25-004 - 2026-2027.pdf`. An existing PDF is kept unless `force`; each doctor
/// that cannot be printed is named, and the others are printed anyway.
fn print(args: &PracticeArgs, agreements: &Agreements, folder: &Path, force: bool) -> u8 {
    let localizer = args.localizer();
    let language = args.lang.unwrap_or_else(Language::from_env);
    let profiles = match Practice::open(storage::data_dir(), agreements.clone()).load() {
        Ok(profiles) => profiles,
        Err(error) => return failed(&error, localizer),
    };
    let mut status = EXIT_OK;
    for profile in profiles {
        let label = profile.label();
        let written = profile
            .declaration
            .map_err(|e| e.describe(localizer))
            .and_then(|declaration| {
                let agreement = agreements.find(&declaration.agreement).ok_or_else(|| {
                    localizer.tr_args(
                        "read-unknown-agreement",
                        &[
                            ("id", declaration.agreement.clone().into()),
                            ("known", agreements.ids().into()),
                        ],
                    )
                })?;
                let stem = crate::core::filename::safe_stem(&declaration.doctor.name, "declaration");
                let inami = crate::core::filename::safe_stem(&declaration.doctor.inami, "");
                let agreement_stem = crate::core::filename::safe_stem(&declaration.agreement, "agreement");
                let name = if inami.is_empty() {
                    format!("{stem} - {agreement_stem}.pdf")
                } else {
                    format!("{stem} - {inami} - {agreement_stem}.pdf")
                };
                let path = folder.join(name);
                if path.exists() && !force {
                    return Err(localizer.tr_args("cli-export-exists", &[("path", path.display().to_string().into())]));
                }
                let bytes = crate::core::export::pdf(&declaration, agreement, language, super::today())
                    .map_err(|e| localizer.message(&e.message()))?;
                std::fs::create_dir_all(folder)
                    .and_then(|()| storage::write_atomic(&path, &bytes, Privacy::UserChosen))
                    .map_err(|e| crate::core::system_error::describe(&e, localizer))?;
                Ok(path)
            });
        match written {
            Ok(path) => say!(
                "{}",
                localizer.tr_args("cli-export-written", &[("path", path.display().to_string().into())])
            ),
            Err(reason) => {
                eprintln!("{label}: {reason}");
                status = EXIT_FINDINGS;
            }
        }
    }
    status
}
