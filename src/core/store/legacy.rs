//! Conventio 0.2.0 kept the practice as loose files: `profiles/ID.json` (a doctor's declaration,
//! ID made from the name, `dr-helene-noel-2` for a second one) and `history/ID/*.json` (each saved
//! version and each registration mark, in a small envelope). The first time a 0.2.0 data folder
//! opens, everything in it goes into the database in one transaction, doctors merged by INAMI
//! number; only once that transaction is committed are the old folders moved (never deleted) to
//! `migrated-0.2.0/`.

use super::{Store, StoreError, TIME_FORMAT, inami_key, same_declaration};
use chrono::NaiveDateTime;
use rusqlite::{OptionalExtension, params};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub mod v020;

/// The migration's name in `migrations_done`.
pub(crate) const NAME: &str = "0.2.0-files";
/// Where the old folders go once their content is in the database.
pub const MOVED_TO: &str = "migrated-0.2.0";

/// What the migration found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    pub doctors: usize,
    pub versions: usize,
    pub marks: usize,
    /// Files that could not be read as 0.2.0 wrote them: moved with the rest, listed here.
    pub unreadable: Vec<PathBuf>,
}

/// Migrates `root`'s 0.2.0 files when there are some and this database has not taken them yet.
pub(crate) fn migrate_if_needed(store: &mut Store, root: &Path) -> Result<Option<Report>, StoreError> {
    let profiles = root.join("profiles");
    let history = root.join("history");
    if !profiles.is_dir() && !history.is_dir() {
        return Ok(None);
    }
    let done: Option<String> = store
        .connection()
        .query_row("SELECT name FROM migrations_done WHERE name = ?1", [NAME], |r| r.get(0))
        .optional()
        .map_err(|e| StoreError::Other(e.to_string()))?;
    if done.is_some() {
        // Committed before; the folders could not be moved then: try again.
        move_old_folders(root);
        return Ok(None);
    }
    let found = read_folder(root);
    let report = store.transaction(|tx| {
        let report = insert(tx, &found)?;
        tx.execute(
            "INSERT INTO migrations_done (name, done_at, detail) VALUES (?1, ?2, ?3)",
            params![
                NAME,
                chrono::Local::now().naive_local().format(TIME_FORMAT).to_string(),
                format!(
                    "{} doctors, {} versions, {} marks, {} unreadable",
                    report.doctors,
                    report.versions,
                    report.marks,
                    report.unreadable.len()
                )
            ],
        )
        .map_err(|e| StoreError::Other(e.to_string()))?;
        Ok(report)
    })?;
    move_old_folders(root);
    Ok(Some(report))
}

/// Moves `profiles/` and `history/` into `migrated-0.2.0/` (a numbered folder when one exists).
fn move_old_folders(root: &Path) {
    let mut target = root.join(MOVED_TO);
    let mut n = 2;
    while target.exists() {
        target = root.join(format!("{MOVED_TO}-{n}"));
        n += 1;
    }
    if super::storage::create_private_dir(&target).is_err() {
        return;
    }
    for name in ["profiles", "history"] {
        let from = root.join(name);
        if from.exists() {
            let _ = std::fs::rename(&from, target.join(name));
        }
    }
}

/// One 0.2.0 history entry, or a profile file.
#[derive(Clone, Debug)]
struct Entry {
    saved_at: NaiveDateTime,
    kind: String,
    effective_on: Option<String>,
    set_by: Option<String>,
    text: String,
    name: String,
    inami: String,
}

/// Every 0.2.0 profile id with its profile (if readable) and history entries.
struct Found {
    profiles: BTreeMap<String, Entry>,
    histories: BTreeMap<String, Vec<Entry>>,
    unreadable: Vec<PathBuf>,
}

fn read_folder(root: &Path) -> Found {
    let mut found = Found {
        profiles: BTreeMap::new(),
        histories: BTreeMap::new(),
        unreadable: Vec::new(),
    };
    for path in json_files(&root.join("profiles")) {
        let Some(id) = path.file_stem().and_then(|s| s.to_str()).map(str::to_owned) else {
            continue;
        };
        let saved_at = modified(&path);
        match std::fs::read_to_string(&path)
            .ok()
            .and_then(|text| entry_of_declaration(&text, saved_at))
        {
            Some(entry) => {
                found.profiles.insert(id, entry);
            }
            None => found.unreadable.push(path),
        }
    }
    if let Ok(folders) = std::fs::read_dir(root.join("history")) {
        let mut folders: Vec<PathBuf> = folders.flatten().map(|e| e.path()).filter(|p| p.is_dir()).collect();
        folders.sort();
        for folder in folders {
            let Some(id) = folder.file_name().and_then(|s| s.to_str()).map(str::to_owned) else {
                continue;
            };
            let mut entries = Vec::new();
            for path in json_files(&folder) {
                match std::fs::read_to_string(&path).ok().and_then(|t| history_entry(&t)) {
                    Some(entry) => entries.push(entry),
                    None => found.unreadable.push(path),
                }
            }
            entries.sort_by_key(|e| e.saved_at);
            found.histories.insert(id, entries);
        }
    }
    found
}

fn entry_of_declaration(text: &str, saved_at: NaiveDateTime) -> Option<Entry> {
    let value: Value = serde_json::from_str(text).ok()?;
    let doctor = value.get("doctor")?;
    Some(Entry {
        saved_at,
        kind: "declaration".into(),
        effective_on: None,
        set_by: None,
        name: doctor.get("name").and_then(Value::as_str).unwrap_or("").to_owned(),
        inami: doctor.get("inami").and_then(Value::as_str).unwrap_or("").to_owned(),
        text: text.to_owned(),
    })
}

fn history_entry(text: &str) -> Option<Entry> {
    let value: Value = serde_json::from_str(text).ok()?;
    if value.get("format")?.as_str()? != "conventio-history-entry" {
        return None;
    }
    let saved_at: NaiveDateTime = serde_json::from_value(value.get("saved_at")?.clone()).ok()?;
    let declaration = value.get("declaration")?;
    let text = serde_json::to_string_pretty(declaration).ok()? + "\n";
    let mut entry = entry_of_declaration(&text, saved_at)?;
    entry.kind = value.get("kind")?.as_str()?.to_owned();
    entry.effective_on = value.get("effective_on").and_then(Value::as_str).map(str::to_owned);
    entry.set_by = value.get("set_by").and_then(Value::as_str).map(str::to_owned);
    Some(entry)
}

/// Puts what was found in the database: the profiles of one INAMI number (`dr-x` and `dr-x-2`)
/// become one doctor with both histories; a profile without a valid number is a doctor of its own.
fn insert(tx: &rusqlite::Transaction, found: &Found) -> Result<Report, StoreError> {
    let sql = |e: rusqlite::Error| StoreError::Other(e.to_string());
    // Group the 0.2.0 ids by who they are.
    let mut groups: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    let ids: std::collections::BTreeSet<&str> = found
        .profiles
        .keys()
        .chain(found.histories.keys())
        .map(String::as_str)
        .collect();
    for id in ids {
        let latest = found
            .histories
            .get(id)
            .and_then(|h| h.last())
            .or_else(|| found.profiles.get(id));
        let Some(latest) = latest else { continue };
        let group = inami_key(&latest.inami).unwrap_or_else(|| format!("id:{id}"));
        groups.entry(group).or_default().push(id);
    }
    let mut report = Report {
        unreadable: found.unreadable.clone(),
        ..Report::default()
    };
    for (group, ids) in groups {
        let mut entries: Vec<&Entry> = ids
            .iter()
            .flat_map(|id| found.histories.get(*id).into_iter().flatten())
            .collect();
        entries.sort_by_key(|e| e.saved_at);
        let profiles: Vec<&Entry> = ids.iter().filter_map(|id| found.profiles.get(*id)).collect();
        let newest = entries
            .iter()
            .chain(profiles.iter())
            .max_by_key(|e| e.saved_at)
            .copied()
            .expect("a group has an entry");
        let key = (!group.starts_with("id:")).then_some(group.clone());
        // The database may already know this number (a practice partly used with this version).
        let existing: Option<i64> = match &key {
            Some(key) => tx
                .query_row("SELECT id FROM doctors WHERE inami_key = ?1", [key], |r| r.get(0))
                .optional()
                .map_err(sql)?,
            None => None,
        };
        let doctor_id = match existing {
            Some(id) => id,
            None => {
                tx.execute(
                    "INSERT INTO doctors (inami_key, inami, name, created_at) VALUES (?1, ?2, ?3, ?4)",
                    params![
                        key,
                        newest.inami,
                        newest.name,
                        newest.saved_at.format(TIME_FORMAT).to_string()
                    ],
                )
                .map_err(sql)?;
                report.doctors += 1;
                tx.last_insert_rowid()
            }
        };
        // Versions and marks, in time order; a mark belongs to the latest version equal to what
        // it marked (a version is added when none is).
        let mut versions: Vec<(i64, &str)> = Vec::new();
        let insert_version = |entry: &Entry, kind: &str| -> Result<i64, StoreError> {
            tx.execute(
                "INSERT INTO versions (doctor_id, saved_at, kind, effective_on, declaration) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![
                    doctor_id,
                    entry.saved_at.format(TIME_FORMAT).to_string(),
                    kind,
                    entry.effective_on,
                    entry.text
                ],
            )
            .map_err(sql)?;
            Ok(tx.last_insert_rowid())
        };
        for entry in &entries {
            match entry.kind.as_str() {
                "registered" => {
                    let version = match versions.iter().rev().find(|(_, t)| same_declaration(t, &entry.text)) {
                        Some((id, _)) => *id,
                        None => {
                            let id = insert_version(entry, version_kind(&versions))?;
                            report.versions += 1;
                            versions.push((id, &entry.text));
                            id
                        }
                    };
                    let on = entry
                        .effective_on
                        .clone()
                        .unwrap_or_else(|| entry.saved_at.date().to_string());
                    tx.execute(
                        "INSERT INTO marks (doctor_id, version_id, registered_on, set_at, set_by) VALUES (?1, ?2, ?3, ?4, ?5)",
                        params![
                            doctor_id,
                            version,
                            on,
                            entry.saved_at.format(TIME_FORMAT).to_string(),
                            entry.set_by
                        ],
                    )
                    .map_err(sql)?;
                    report.marks += 1;
                }
                _ => {
                    let id = insert_version(entry, version_kind(&versions))?;
                    report.versions += 1;
                    versions.push((id, &entry.text));
                }
            }
        }
        // A profile saved after its last recorded version is the newest version.
        for profile in profiles {
            if !versions.iter().any(|(_, t)| same_declaration(t, &profile.text)) {
                let id = insert_version(profile, version_kind(&versions))?;
                report.versions += 1;
                versions.push((id, &profile.text));
            }
        }
    }
    Ok(report)
}

/// A doctor's first version is their declaration; every later one amends it (whatever 0.2.0's
/// history called the entry).
fn version_kind<T>(versions: &[T]) -> &'static str {
    if versions.is_empty() {
        "declaration"
    } else {
        "amendment"
    }
}

fn json_files(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json") && p.is_file())
        .collect();
    files.sort();
    files
}

fn modified(path: &Path) -> NaiveDateTime {
    std::fs::metadata(path)
        .and_then(|m| m.modified())
        .map(|t| chrono::DateTime::<chrono::Local>::from(t).naive_local())
        .unwrap_or_default()
}

/// The migration of the old window drafts in `migrations_done` (one row, its detail the last run).
pub const AUTOSAVE_NAME: &str = "autosave-files";

/// What became of the old window drafts.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct AutosaveReport {
    /// Given to their doctor (by INAMI number, or a provisional doctor for a name without one).
    pub to_doctors: usize,
    /// Kept as a window's draft: nothing about the doctor typed, the number another name's, or the
    /// doctor already has a draft of their own (never replaced by an older window's file).
    pub to_windows: usize,
    /// Not a JSON file: moved aside with the rest, read by no one.
    pub unreadable: usize,
}

/// Conventio up to this version kept each window's draft as a file in the data folder
/// (`autosave.json`, a second window's `autosave-2.json`, …), restored at the next start without
/// knowing whose it was. Each one found goes into the database in one transaction: to its doctor's
/// draft when it names one (by INAMI number; a name without a valid number becomes a provisional
/// doctor, and the window of that number reopens them), else to the window draft of the same
/// number. Only once that is committed are the files
/// moved (never deleted) to `migrated-0.2.0/`. A blank declaration (nothing typed) is moved too.
pub(crate) fn migrate_window_drafts(store: &mut Store, root: &Path) -> Result<Option<AutosaveReport>, StoreError> {
    if store.is_read_only() {
        return Ok(None);
    }
    let files = autosave_files(root);
    if files.is_empty() {
        return Ok(None);
    }
    let found: Vec<(PathBuf, i64, Option<String>, NaiveDateTime)> = files
        .into_iter()
        .map(|(path, slot)| {
            let text = std::fs::read_to_string(&path)
                .ok()
                .filter(|t| serde_json::from_str::<Value>(t).is_ok());
            let when = modified(&path);
            (path, slot, text, when)
        })
        .collect();
    let report = store.transaction(|tx| {
        let sql = |e: rusqlite::Error| StoreError::Other(e.to_string());
        let mut report = AutosaveReport::default();
        for (_, slot, text, when) in &found {
            let Some(text) = text else {
                report.unreadable += 1;
                continue;
            };
            let (name, inami) = super::identity_of(text);
            let value: Value = serde_json::from_str(text).unwrap_or_default();
            let blank = name.is_empty()
                && inami.is_empty()
                && value["slots"].as_array().is_none_or(Vec::is_empty)
                && value["sites"].as_array().is_none_or(Vec::is_empty);
            if blank {
                continue;
            }
            if !(name.is_empty() && inami.is_empty()) {
                let doctor = match Store::resolve(tx, None, &name, &inami, *when) {
                    Ok(id) => Some(id),
                    Err(StoreError::InamiTaken { .. }) => None,
                    Err(error) => return Err(error),
                };
                if let Some(id) = doctor {
                    let has_draft: Option<i64> = tx
                        .query_row("SELECT doctor_id FROM drafts WHERE doctor_id = ?1", [id], |r| r.get(0))
                        .optional()
                        .map_err(sql)?;
                    if has_draft.is_none() {
                        super::put_draft(tx, id, text, *when)?;
                        // The window of that number reopens the doctor it had on screen.
                        let taken: Option<i64> = tx
                            .query_row("SELECT slot FROM window_drafts WHERE slot = ?1", [slot], |r| r.get(0))
                            .optional()
                            .map_err(sql)?;
                        if taken.is_none() {
                            super::point_window(tx, *slot, id, *when)?;
                        }
                        report.to_doctors += 1;
                        continue;
                    }
                }
            }
            // The window slot of the same number, else the next free one.
            let mut slot = *slot;
            while tx
                .query_row("SELECT slot FROM window_drafts WHERE slot = ?1", [slot], |r| {
                    r.get::<_, i64>(0)
                })
                .optional()
                .map_err(sql)?
                .is_some()
            {
                slot += 1;
            }
            tx.execute(
                "INSERT INTO window_drafts (slot, doctor_id, declaration, saved_at) VALUES (?1, NULL, ?2, ?3)",
                params![slot, text, when.format(TIME_FORMAT).to_string()],
            )
            .map_err(sql)?;
            report.to_windows += 1;
        }
        tx.execute(
            "INSERT INTO migrations_done (name, done_at, detail) VALUES (?1, ?2, ?3)
             ON CONFLICT(name) DO UPDATE SET done_at = ?2, detail = ?3",
            params![
                AUTOSAVE_NAME,
                chrono::Local::now().naive_local().format(TIME_FORMAT).to_string(),
                format!(
                    "{} to doctors, {} to windows, {} unreadable",
                    report.to_doctors, report.to_windows, report.unreadable
                )
            ],
        )
        .map_err(sql)?;
        Ok(report)
    })?;
    let target = root.join(MOVED_TO);
    if super::storage::create_private_dir(&target).is_ok() {
        for (path, ..) in &found {
            let Some(name) = path.file_name() else { continue };
            let mut to = target.join(name);
            let mut n = 2;
            while to.exists() {
                to = target.join(format!("{}.{n}", name.to_string_lossy()));
                n += 1;
            }
            let _ = std::fs::rename(path, to);
        }
    }
    Ok(Some(report))
}

/// `autosave.json` (slot 1) and `autosave-N.json` (slot N) in `root`.
fn autosave_files(root: &Path) -> Vec<(PathBuf, i64)> {
    let Ok(entries) = std::fs::read_dir(root) else {
        return Vec::new();
    };
    let mut files: Vec<(PathBuf, i64)> = entries
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name().into_string().ok()?;
            let slot = match name.strip_prefix("autosave")?.strip_suffix(".json")? {
                "" => 1,
                n => n.strip_prefix('-')?.parse().ok().filter(|&n: &i64| n > 0)?,
            };
            entry.path().is_file().then(|| (entry.path(), slot))
        })
        .collect();
    files.sort_by_key(|(_, slot)| *slot);
    files
}
