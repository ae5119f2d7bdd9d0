//! Errors from the system (files, folders, disks), told in the user's language with what to do,
//! instead of the system's English ("Is a directory (os error 21)").

use super::i18n::{Localizer, Message};
use std::io::{self, ErrorKind};

/// The message id for an I/O error: each says what happened and what to do about it.
pub fn message_id(error: &io::Error) -> &'static str {
    match error.kind() {
        ErrorKind::NotFound => "io-not-found",
        ErrorKind::PermissionDenied => "io-permission-denied",
        ErrorKind::IsADirectory => "io-is-a-directory",
        ErrorKind::NotADirectory => "io-not-a-directory",
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => "io-storage-full",
        ErrorKind::ReadOnlyFilesystem => "io-read-only",
        ErrorKind::InvalidFilename => "io-bad-name",
        ErrorKind::AlreadyExists => "io-already-exists",
        ErrorKind::InvalidData => "io-not-text",
        _ => "io-other",
    }
}

/// The error in the user's language; the system's own code (not its English) is kept for support.
pub fn describe(error: &io::Error, l: &Localizer) -> String {
    l.message(&message(error))
}

/// The error as a message, translated when shown (a notice follows a language switch).
pub fn message(error: &io::Error) -> Message {
    let code = error.raw_os_error().map_or_else(|| "—".to_owned(), |c| c.to_string());
    Message::new(message_id(error)).arg("code", code)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::i18n::{self, Language};

    #[test]
    fn opening_a_folder_says_so_in_french_without_system_english() {
        let folder = tempfile::tempdir().unwrap();
        let error = std::fs::read(folder.path()).unwrap_err();
        let text = describe(&error, i18n::localizer(Language::Fr));
        assert!(text.contains("dossier"), "{text}");
        assert!(!text.contains("Is a directory"), "{text}");
        assert!(!text.contains("os error"), "{text}");
    }

    #[test]
    fn a_name_too_long_for_the_system_asks_for_a_shorter_one_in_dutch() {
        let folder = tempfile::tempdir().unwrap();
        let error = std::fs::write(folder.path().join("x".repeat(300)), b"").unwrap_err();
        assert_eq!(message_id(&error), "io-bad-name");
        let text = describe(&error, i18n::localizer(Language::Nl));
        assert!(!text.contains("File name too long"), "{text}");
    }

    #[test]
    fn every_kind_has_a_message_in_every_language() {
        for kind in [
            ErrorKind::NotFound,
            ErrorKind::PermissionDenied,
            ErrorKind::IsADirectory,
            ErrorKind::NotADirectory,
            ErrorKind::StorageFull,
            ErrorKind::ReadOnlyFilesystem,
            ErrorKind::InvalidFilename,
            ErrorKind::AlreadyExists,
            ErrorKind::InvalidData,
            ErrorKind::Other,
        ] {
            let id = message_id(&io::Error::from(kind));
            for language in [Language::Fr, Language::Nl, Language::De, Language::En] {
                let text = i18n::localizer(language).tr_args(id, &[("code", "1".into())]);
                assert!(!text.contains(id), "{id} missing in {language:?}");
            }
        }
    }
}
