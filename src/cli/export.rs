//! `conventio export FILE --to OUT`: the format is the one OUT's extension names.

use super::check::read;
use super::{EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE, ExportArgs};
use crate::core::format;
use crate::core::i18n::Localizer;
use crate::core::storage::{self, Privacy};
use std::path::Path;

/// The formats `export` knows, by extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    Json,
    Pdf,
    Calendar,
    Text,
}

impl ExportFormat {
    pub fn from_path(path: &Path) -> Option<ExportFormat> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "json" => Some(ExportFormat::Json),
            "pdf" => Some(ExportFormat::Pdf),
            "ics" => Some(ExportFormat::Calendar),
            "txt" => Some(ExportFormat::Text),
            _ => None,
        }
    }
}

pub fn run(args: &ExportArgs) -> u8 {
    let localizer = args.lang.localizer();
    let Some(export_format) = ExportFormat::from_path(&args.to) else {
        eprintln!(
            "{}",
            localizer.tr_args(
                "cli-export-unknown-format",
                &[("path", args.to.display().to_string().into())]
            )
        );
        return EXIT_FINDINGS;
    };
    if args.to.exists() && !args.force {
        eprintln!(
            "{}",
            localizer.tr_args("cli-export-exists", &[("path", args.to.display().to_string().into())])
        );
        return EXIT_FINDINGS;
    }
    let declaration = match read(&args.file, localizer) {
        Ok(declaration) => declaration,
        Err(error) => {
            eprintln!(
                "{}",
                localizer.tr_args(
                    "cli-file-unreadable",
                    &[
                        ("path", args.file.display().to_string().into()),
                        ("error", error.into())
                    ]
                )
            );
            return EXIT_UNREADABLE;
        }
    };
    let bytes = match export_format {
        ExportFormat::Json => format::write_declaration(&declaration).into_bytes(),
        ExportFormat::Pdf | ExportFormat::Calendar | ExportFormat::Text => {
            eprintln!(
                "{}",
                localizer.tr_args(
                    "cli-export-not-available",
                    &[("path", args.to.display().to_string().into())]
                )
            );
            return EXIT_FINDINGS;
        }
    };
    write(&args.to, &bytes, localizer)
}

fn write(path: &Path, bytes: &[u8], localizer: &Localizer) -> u8 {
    match storage::write_atomic(path, bytes, Privacy::UserChosen) {
        Ok(()) => {
            println!(
                "{}",
                localizer.tr_args("cli-export-written", &[("path", path.display().to_string().into())])
            );
            EXIT_OK
        }
        Err(error) => {
            eprintln!(
                "{}",
                localizer.tr_args(
                    "cli-export-failed",
                    &[
                        ("path", path.display().to_string().into()),
                        ("reason", error.to_string().into())
                    ]
                )
            );
            EXIT_FINDINGS
        }
    }
}
