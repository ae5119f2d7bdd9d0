//! Where the app keeps its files and what day it is.

use crate::core::i18n::Language;
use crate::core::settings::Settings;
use crate::core::storage;
use chrono::NaiveDate;
use std::path::PathBuf;

/// Where the app keeps its files and what day it is: from the environment when run, fixed in tests.
#[derive(Clone, Debug)]
pub struct Options {
    pub data_dir: PathBuf,
    pub settings_path: PathBuf,
    /// Where new declarations are saved by default (the user's documents folder).
    pub documents_dir: PathBuf,
    pub today: NaiveDate,
    pub file: Option<PathBuf>,
    /// Overrides the saved language (tests).
    pub language: Option<Language>,
}

/// Where declarations are saved unless the user picks another place: the documents folder, or
/// `$CONVENTIO_HOME/documents` when that variable keeps everything in one folder.
fn documents_dir() -> PathBuf {
    if let Some(home) = std::env::var_os(storage::HOME_VARIABLE).filter(|h| !h.is_empty()) {
        return PathBuf::from(home).join("documents");
    }
    directories::UserDirs::new()
        .and_then(|dirs| dirs.document_dir().map(std::path::Path::to_path_buf))
        .unwrap_or_else(storage::data_dir)
}

impl Options {
    /// Everything under one folder, for tests and portable use (what `CONVENTIO_HOME` does).
    pub fn in_folder(root: &std::path::Path, today: NaiveDate, language: Option<Language>) -> Options {
        Options {
            data_dir: root.join("data"),
            settings_path: root.join("config/settings.json"),
            documents_dir: root.join("documents"),
            today,
            file: None,
            language,
        }
    }

    pub(crate) fn from_env(file: Option<PathBuf>) -> Options {
        Options {
            data_dir: storage::data_dir(),
            settings_path: Settings::path(),
            documents_dir: documents_dir(),
            today: crate::core::today(),
            file,
            language: None,
        }
    }
}
