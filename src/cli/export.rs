//! `conventio export FILE --to OUT`: the format is the one OUT's extension names.

use super::check::read;
use super::{EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE, ExportArgs};
use crate::core::agreement::Agreements;
use crate::core::export::{self, ExportError};
use crate::core::format;
use crate::core::i18n::{Language, Localizer};
use crate::core::model::Declaration;
use crate::core::storage::{self, Privacy};
use std::path::Path;

/// The formats `export` knows, by extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    Json,
    Pdf,
    Calendar,
    Spreadsheet,
    Text,
}

impl ExportFormat {
    pub fn from_path(path: &Path) -> Option<ExportFormat> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "json" => Some(ExportFormat::Json),
            "pdf" => Some(ExportFormat::Pdf),
            "ics" => Some(ExportFormat::Calendar),
            "csv" => Some(ExportFormat::Spreadsheet),
            "txt" => Some(ExportFormat::Text),
            _ => None,
        }
    }
}

pub fn run(args: &ExportArgs, agreements: &Agreements) -> u8 {
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
    let declaration = match read(&args.file, agreements) {
        Ok(declaration) => declaration,
        Err(error) => {
            eprintln!(
                "{}",
                localizer.tr_args(
                    "cli-file-unreadable",
                    &[
                        ("path", args.file.display().to_string().into()),
                        ("error", error.describe(localizer).into())
                    ]
                )
            );
            return EXIT_UNREADABLE;
        }
    };
    let language = args.lang.lang.unwrap_or_else(Language::from_env);
    let bytes = match render(&declaration, agreements, export_format, language) {
        Ok(bytes) => bytes,
        Err(error) => {
            eprintln!("{}", describe(&error, &args.to, localizer));
            return EXIT_FINDINGS;
        }
    };
    write(&args.to, &bytes, localizer)
}

/// The bytes of the document `export_format` names, in `language`.
fn render(
    declaration: &Declaration,
    agreements: &Agreements,
    export_format: ExportFormat,
    language: Language,
) -> Result<Vec<u8>, ExportError> {
    let today = super::today();
    let agreement = || {
        agreements
            .find(&declaration.agreement)
            .ok_or_else(|| ExportError::UnknownAgreement {
                id: declaration.agreement.clone(),
                known: agreements.ids(),
            })
    };
    Ok(match export_format {
        ExportFormat::Json => format::write_declaration(declaration).into_bytes(),
        ExportFormat::Pdf => export::pdf(declaration, agreement()?, language, today)?,
        ExportFormat::Calendar => export::calendar(declaration, agreement()?, language, today)?.into_bytes(),
        ExportFormat::Spreadsheet => export::schedule_csv(declaration, language),
        ExportFormat::Text => export::conditions_text(declaration, language).into_bytes(),
    })
}

fn describe(error: &ExportError, path: &Path, localizer: &Localizer) -> String {
    let reason = localizer.message(&error.message());
    match error {
        ExportError::UnknownAgreement { .. } => reason,
        ExportError::Pdf(_) => localizer.tr_args(
            "cli-export-failed",
            &[("path", path.display().to_string().into()), ("reason", reason.into())],
        ),
    }
}

fn write(path: &Path, bytes: &[u8], localizer: &Localizer) -> u8 {
    match storage::write_atomic(path, bytes, Privacy::UserChosen) {
        Ok(()) => {
            say!(
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
                        ("reason", crate::core::system_error::describe(&error, localizer).into())
                    ]
                )
            );
            EXIT_FINDINGS
        }
    }
}
