//! Agreements the user adds from a file (`conventio agreements import FILE`, or the start screen):
//! a new agreement published after this release, or corrected data, without a new Conventio. They
//! are kept in the data folder and checked exactly as the embedded ones are.

use super::agreement::{self, Agreement, Agreements, INITIAL, LastDay};
use super::i18n::Message;
use super::read_error::ReadError;
use super::storage::{self, Privacy};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Agreement files larger than this are refused unread: a real one is a few kilobytes.
const MAX_AGREEMENT_BYTES: usize = 1024 * 1024;

/// The folder of the agreements the user added.
pub fn folder() -> PathBuf {
    storage::data_dir().join("agreements")
}

/// Every agreement file in `folder` that still reads. Each was checked when it was imported; one
/// spoiled since (edited by hand) is skipped rather than stopping the app, and `conventio
/// agreements` names it.
pub(crate) fn load_all(folder: &Path) -> Vec<Agreement> {
    storage::io_allowed();
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    paths.sort();
    paths.iter().filter_map(|p| read_file(p).ok()).collect()
}

/// Reads and checks one agreement file.
pub(crate) fn read_file(path: &Path) -> Result<Agreement, ReadError> {
    let bytes = super::storage::read_bounded(path, MAX_AGREEMENT_BYTES).map_err(|e| io_error(path, &e))?;
    if bytes.len() > MAX_AGREEMENT_BYTES {
        return Err(ReadError::at(None, Message::new("agreement-file-too-large")));
    }
    let text = std::str::from_utf8(&bytes).map_err(|_| ReadError::at(None, Message::new("read-not-utf8")))?;
    validate(text)
}

fn io_error(path: &Path, error: &std::io::Error) -> ReadError {
    let id = match error.kind() {
        std::io::ErrorKind::NotFound => "agreement-io-not-found",
        std::io::ErrorKind::PermissionDenied => "agreement-io-permission-denied",
        _ if path.is_dir() => "agreement-io-is-a-folder",
        _ => "agreement-io-other",
    };
    ReadError::at(None, Message::new(id).arg("path", path.display().to_string()))
}

/// Parses an agreement file and checks what its shape cannot say: an `initial` window with a fixed
/// last day, distinct window kinds, a period that ends after it starts, shares that are fractions.
pub fn validate(text: &str) -> Result<Agreement, ReadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let agreement: agreement::Agreement = super::read_error::parse(text)?;
    let invalid = |what: &str| {
        Err(ReadError::at(
            None,
            Message::new("agreement-file-invalid").arg("what", what.to_owned()),
        ))
    };
    let id_shape = agreement.id.len() <= 9
        && agreement
            .id
            .split('-')
            .all(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()));
    if !id_shape {
        return invalid("id");
    }
    if agreement.period.end < agreement.period.start {
        return invalid("period");
    }
    match agreement.window(INITIAL).map(|w| w.last_day) {
        Some(Some(LastDay::On(_))) => {}
        _ => return invalid("windows: initial"),
    }
    let mut kinds = BTreeSet::new();
    for window in &agreement.windows {
        if !kinds.insert(window.kind.as_str()) || window.allows.is_empty() {
            return invalid(&format!("windows: {}", window.kind));
        }
    }
    for rules in [&agreement.partial.general_practitioner, &agreement.partial.specialist] {
        let share = &rules.agreement_share;
        if share.denominator == 0 || share.numerator > share.denominator {
            return invalid("agreement_share");
        }
    }
    Ok(agreement)
}

/// What an import did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Imported {
    pub id: String,
    /// True when an agreement of the same id was known (embedded or added before) and is replaced.
    pub replaced: bool,
    pub path: PathBuf,
}

/// Checks `source` and keeps a copy in `folder` as `<id>.json` (atomically). A broken file changes
/// nothing.
pub fn import(source: &Path, folder: &Path, known: &Agreements) -> Result<Imported, ReadError> {
    let agreement = read_file(source)?;
    let text = serde_json::to_string_pretty(&agreement).unwrap_or_default() + "\n";
    let path = folder.join(format!("{}.json", agreement.id));
    storage::write_atomic(&path, text.as_bytes(), Privacy::Private).map_err(|e| io_error(&path, &e))?;
    Ok(Imported {
        replaced: known.find(&agreement.id).is_some(),
        id: agreement.id,
        path,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const EMBEDDED_2026: &str = include_str!("../../assets/agreements/2026-2027.json");

    #[test]
    fn an_embedded_file_imports_as_a_copy() {
        let dir = tempfile::tempdir().unwrap();
        let source = dir.path().join("new.json");
        std::fs::write(&source, EMBEDDED_2026.replace("\"2026-2027\"", "\"2028-2029\"")).unwrap();
        let store = dir.path().join("store");
        let imported = import(&source, &store, Agreements::embedded()).unwrap();
        assert_eq!(imported.id, "2028-2029");
        assert!(!imported.replaced);
        let loaded = load_all(&store);
        assert_eq!(loaded.len(), 1);
        assert_eq!(loaded[0].id, "2028-2029");
        let merged = Agreements::with_added(loaded);
        assert!(
            merged
                .iter()
                .last()
                .is_some_and(|a| a.id == "2028-2029" && a.added_by_user)
        );
    }

    #[test]
    fn a_broken_file_is_refused_and_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let source = dir.path().join("broken.json");
        std::fs::write(&source, EMBEDDED_2026.replace("\"windows\"", "\"windowz\"")).unwrap();
        let store = dir.path().join("store");
        let error = import(&source, &store, Agreements::embedded()).unwrap_err();
        assert_eq!(error.message.id, "read-unknown-key");
        assert!(error.position.is_some());
        assert!(!store.exists());
    }

    #[test]
    fn an_agreement_without_an_initial_last_day_is_refused() {
        let text = EMBEDDED_2026.replacen(
            "\"last_day\": {\n        \"on\": \"2026-03-12\"\n      }",
            "\"last_day\": null",
            1,
        );
        assert_ne!(text, EMBEDDED_2026);
        assert_eq!(validate(&text).unwrap_err().message.id, "agreement-file-invalid");
    }

    #[test]
    fn a_file_too_large_or_endless_or_a_folder_is_refused_without_reading_it_whole() {
        let dir = tempfile::tempdir().unwrap();
        let large = dir.path().join("large.json");
        std::fs::write(&large, vec![b' '; MAX_AGREEMENT_BYTES + 10]).unwrap();
        assert_eq!(read_file(&large).unwrap_err().message.id, "agreement-file-too-large");
        #[cfg(unix)]
        assert_eq!(
            read_file(Path::new("/dev/zero")).unwrap_err().message.id,
            "agreement-file-too-large"
        );
        assert_eq!(
            read_file(dir.path()).unwrap_err().message.id,
            "agreement-io-is-a-folder"
        );
    }

    #[test]
    fn a_missing_file_says_so() {
        let error = read_file(Path::new("/no/such/agreement.json")).unwrap_err();
        assert_eq!(error.message.id, "agreement-io-not-found");
    }
}
