//! How Conventio 0.2.0 wrote a practice, kept so that tests make a 0.2.0 data folder with 0.2.0's
//! own code paths (profile files named from the doctor's name, history envelopes) and migrate it.
//! Nothing in the application writes this way any more.

use crate::core::format;
use crate::core::model::Declaration;
use crate::core::practice::{EntryKind, HistoryEntry};
use crate::core::storage::{self, Privacy};
use chrono::{NaiveDate, NaiveDateTime};
use serde::Serialize;
use std::io;
use std::path::{Path, PathBuf};

/// A 0.2.0 practice folder.
pub struct Practice {
    root: PathBuf,
}

#[derive(Serialize)]
struct EntryFile {
    format: String,
    version: u32,
    saved_at: NaiveDateTime,
    kind: EntryKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    effective_on: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    set_by: Option<String>,
    declaration: serde_json::Value,
}

impl Practice {
    pub fn open(root: &Path) -> Practice {
        Practice { root: root.into() }
    }

    pub(crate) fn profile_path(&self, id: &str) -> PathBuf {
        self.root.join("profiles").join(format!("{id}.json"))
    }

    /// 0.2.0's profile id: the folded name, `-2` and up when taken (the cause of its mix-ups).
    pub fn new_id(&self, name: &str) -> String {
        let folded: String = crate::core::names::fold(name)
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect();
        let base = folded
            .split('-')
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join("-");
        let base = if base.is_empty() { "doctor".to_owned() } else { base };
        let mut id = base.clone();
        let mut n = 2;
        while self.profile_path(&id).exists() {
            id = format!("{base}-{n}");
            n += 1;
        }
        id
    }

    pub fn save(&self, id: &str, declaration: &Declaration) -> io::Result<()> {
        storage::write_atomic(
            &self.profile_path(id),
            format::write_declaration(declaration).as_bytes(),
            Privacy::Private,
        )
    }

    /// 0.2.0's window draft: the declaration on screen, written whole to `autosave.json` (a
    /// second window's to `autosave-2.json`) after each pause in typing, restored at the next
    /// start without a word about whose it was.
    pub fn autosave(&self, window: usize, declaration: &Declaration) -> io::Result<()> {
        let name = if window == 1 {
            "autosave.json".to_owned()
        } else {
            format!("autosave-{window}.json")
        };
        storage::write_atomic(
            &self.root.join(name),
            format::write_declaration(declaration).as_bytes(),
            Privacy::Private,
        )
    }

    pub fn record(&self, id: &str, entry: &HistoryEntry) -> io::Result<PathBuf> {
        let dir = self.root.join("history").join(id);
        let name = entry.saved_at.format("%Y%m%d-%H%M%S").to_string();
        let mut path = dir.join(format!("{name}.json"));
        let mut n = 2;
        while path.exists() {
            path = dir.join(format!("{name}-{n}.json"));
            n += 1;
        }
        let file = EntryFile {
            format: "conventio-history-entry".into(),
            version: 1,
            saved_at: entry.saved_at,
            kind: entry.kind,
            effective_on: entry.effective_on,
            set_by: entry.set_by.clone(),
            declaration: serde_json::from_str(&format::write_declaration(&entry.declaration)).unwrap_or_default(),
        };
        let text = serde_json::to_string_pretty(&file).unwrap_or_default() + "\n";
        storage::write_atomic(&path, text.as_bytes(), Privacy::Private)?;
        Ok(path)
    }

    pub fn mark_registered(
        &self,
        id: &str,
        declaration: &Declaration,
        on: NaiveDate,
        saved_at: NaiveDateTime,
        set_by: Option<String>,
    ) -> io::Result<PathBuf> {
        let entry = HistoryEntry {
            saved_at,
            kind: EntryKind::Registered,
            effective_on: Some(on),
            declaration: declaration.clone(),
            set_by,
            removed: None,
        };
        self.record(id, &entry)
    }
}
