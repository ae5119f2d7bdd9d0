//! The practice's memory: one SQLite database in the data folder (`practice.sqlite3`) holding the
//! doctors (known by their INAMI number), each one's draft, every saved version and the
//! registration marks, with who set or removed them.
//!
//! The declaration file (FORMAT.md) stays the document the user saves, opens and keeps; the
//! database remembers the practice. WAL mode with `synchronous=FULL` (a committed change survives a
//! power cut), foreign keys on, a 5-second `busy_timeout` so a second window or the command line
//! waits for the first instead of failing, and every change of several rows in one transaction.

pub mod archive;
pub mod legacy;
mod schema;

use super::i18n::Message;
use super::inami::InamiNumber;
use super::storage;
use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::{Connection, ErrorCode, OpenFlags, OptionalExtension, TransactionBehavior, params};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The database's file name in the data folder.
pub const FILE_NAME: &str = "practice.sqlite3";
/// The folder of dated backups beside it.
pub(crate) const BACKUP_DIR: &str = "backups";
/// How long a writer waits for another (a second window, the command line) before giving up.
pub(crate) const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

const TIME_FORMAT: &str = "%Y-%m-%dT%H:%M:%S";

/// The INAMI number's first eight digits: who the doctor is for a whole career (the competence
/// code after them may change). `None` for a number that is not a valid physician's number.
pub fn inami_key(inami: &str) -> Option<String> {
    InamiNumber::parse(inami).ok().map(|n| n.digits()[..8].to_owned())
}

/// Why the practice's database could not do what was asked. Nothing already stored is lost in
/// any of these: a failed change is rolled back whole.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The folder or the disk refuses writing (read-only, full): the store is opened read-only
    /// when it exists.
    #[error("the practice database cannot be written: {reason}")]
    Unwritable { reason: String },
    /// The disk is full: the change was not made.
    #[error("the disk is full")]
    Full,
    /// The file is not a database, or is damaged: never recreated over it.
    #[error("the practice database {} is damaged", path.display())]
    Corrupt { path: PathBuf, backup: Option<PathBuf> },
    /// Another program held the database longer than [`BUSY_TIMEOUT`].
    #[error("the practice database is busy")]
    Busy,
    /// Opened read-only (a damaged or unwritable database): changes are refused.
    #[error("the practice database is open read-only")]
    ReadOnly,
    /// Made by a newer Conventio.
    #[error("the practice database was made by a newer version ({0})")]
    Newer(i64),
    /// A second doctor with a number already in the practice.
    #[error("INAMI {inami} is already {name}'s")]
    InamiTaken { inami: String, name: String },
    #[error("no such doctor")]
    NoSuchDoctor,
    /// Anything else SQLite reported.
    #[error("{0}")]
    Other(String),
}

impl StoreError {
    /// What happened, in the user's language.
    pub fn message(&self) -> Message {
        match self {
            StoreError::Unwritable { reason } => Message::new("store-unwritable").arg("reason", reason.clone()),
            StoreError::Full => Message::new("store-full"),
            StoreError::Corrupt { path, backup } => match backup {
                Some(backup) => Message::new("store-corrupt-backup")
                    .arg("path", path.display().to_string())
                    .arg("backup", backup.display().to_string()),
                None => Message::new("store-corrupt").arg("path", path.display().to_string()),
            },
            StoreError::Busy => Message::new("store-busy"),
            StoreError::ReadOnly => Message::new("store-read-only"),
            StoreError::Newer(_) => Message::new("store-newer"),
            StoreError::InamiTaken { inami, name } => Message::new("store-inami-taken")
                .arg("inami", inami.clone())
                .arg("name", name.clone()),
            StoreError::NoSuchDoctor => Message::new("store-no-doctor"),
            StoreError::Other(reason) => Message::new("store-failed").arg("reason", reason.clone()),
        }
    }

    fn from_sqlite(error: rusqlite::Error, path: &Path) -> StoreError {
        match error.sqlite_error_code() {
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => StoreError::Busy,
            Some(ErrorCode::DiskFull) => StoreError::Full,
            Some(ErrorCode::ReadOnly) => StoreError::ReadOnly,
            Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => StoreError::Corrupt {
                path: path.to_path_buf(),
                backup: last_backup(path.parent().unwrap_or(Path::new("."))),
            },
            Some(ErrorCode::CannotOpen | ErrorCode::PermissionDenied | ErrorCode::SystemIoFailure) => {
                StoreError::Unwritable {
                    reason: error.to_string(),
                }
            }
            _ => StoreError::Other(error.to_string()),
        }
    }
}

/// The newest dated backup in `root`'s backup folder.
pub fn last_backup(root: &Path) -> Option<PathBuf> {
    newest_backup(root).map(|b| b.path)
}

/// A backup of the practice the window can offer after damage, with the day it was made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Backup {
    pub path: PathBuf,
    pub day: NaiveDate,
}

/// The newest backup among `practice-….sqlite3` in the backup folder and the data folder itself:
/// the day (and the `-2` of a second backup that day) in the name says which, the file's date
/// when the name has none.
pub fn newest_backup(root: &Path) -> Option<Backup> {
    storage::io_allowed();
    let mut found: Vec<((NaiveDate, u32), PathBuf)> = Vec::new();
    for dir in [root.join(BACKUP_DIR), root.to_path_buf()] {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for path in entries.flatten().map(|e| e.path()) {
            let Some(stem) = path
                .file_name()
                .and_then(|n| n.to_str())
                .and_then(|n| n.strip_suffix(".sqlite3"))
                .and_then(|n| n.strip_prefix("practice"))
                .and_then(|n| n.strip_prefix('-'))
            else {
                continue;
            };
            let from_name = NaiveDate::parse_from_str(stem.get(..10).unwrap_or(""), "%Y-%m-%d")
                .ok()
                .map(|day| (day, stem.get(11..).and_then(|n| n.parse().ok()).unwrap_or(1)));
            let from_file = || {
                let modified = std::fs::metadata(&path).and_then(|m| m.modified()).ok()?;
                Some((chrono::DateTime::<chrono::Local>::from(modified).date_naive(), 0))
            };
            if let Some(key) = from_name.or_else(from_file) {
                found.push((key, path));
            }
        }
    }
    found.sort();
    found.pop().map(|((day, _), path)| Backup { path, day })
}

/// How many dated backups the automatic daily one keeps in `backups/` (the oldest go).
pub const BACKUPS_KEPT: usize = 14;

/// The practice's automatic backup: at most one a day, `backups/practice-DAY.sqlite3` (SQLite's
/// online backup, consistent while a window writes), when `root` holds a practice with at least
/// one doctor and no backup of `today` exists yet; then only the newest `keep` dated backups stay.
/// Nothing is made for a folder without a practice (it is never created for this). Returns the
/// backup made, if one was.
pub fn daily_backup(root: &Path, today: NaiveDate, keep: usize) -> Result<Option<PathBuf>, StoreError> {
    if !root.join(FILE_NAME).is_file() {
        return Ok(None);
    }
    let dir = root.join(BACKUP_DIR);
    let dated = dated_backups(&dir);
    if dated.iter().any(|((day, _), _)| *day == today) {
        return Ok(None);
    }
    let store = Store::open(root)?;
    if store.doctors()?.is_empty() {
        return Ok(None);
    }
    let made = store.dated_backup(today, false)?;
    let mut dated = dated_backups(&dir);
    dated.sort();
    let excess = dated.len().saturating_sub(keep.max(1));
    for (_, old) in dated.into_iter().take(excess) {
        let _ = std::fs::remove_file(old);
    }
    Ok(made)
}

/// The backups in `dir` named by their day (`practice-2026-12-03.sqlite3`, `…-2.sqlite3`), with
/// (day, number of the day).
fn dated_backups(dir: &Path) -> Vec<((NaiveDate, u32), PathBuf)> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .flatten()
        .map(|e| e.path())
        .filter_map(|path| {
            let stem = path
                .file_name()?
                .to_str()?
                .strip_suffix(".sqlite3")?
                .strip_prefix("practice")?
                .strip_prefix('-')?
                .to_owned();
            let day = NaiveDate::parse_from_str(stem.get(..10)?, "%Y-%m-%d").ok()?;
            let n = match stem.get(10..)? {
                "" => 1,
                rest => rest.strip_prefix('-')?.parse().ok()?,
            };
            Some(((day, n), path))
        })
        .collect()
}

/// Puts the backup `file` in place of the practice's database in `root`, after checking this
/// version reads it: the current database (and its WAL files), damaged or not, is moved aside as
/// `practice.sqlite3.before-restore-…`, never deleted. Returns where it went (none when there was
/// no database).
pub fn restore(root: &Path, file: &Path) -> Result<Option<PathBuf>, StoreError> {
    Store::open_read_only(file).and_then(|s| s.doctors().map(|_| ()))?;
    let current = root.join(FILE_NAME);
    let mut aside = None;
    if current.exists() {
        let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S");
        for suffix in ["", "-wal", "-shm"] {
            let from = root.join(format!("{FILE_NAME}{suffix}"));
            if from.exists() {
                let to = root.join(format!("{FILE_NAME}.before-restore-{stamp}{suffix}"));
                std::fs::rename(&from, &to).map_err(|e| StoreError::Unwritable { reason: e.to_string() })?;
                if suffix.is_empty() {
                    aside = Some(to);
                }
            }
        }
    }
    Store::open_read_only(file).and_then(|backup| backup.backup_to(&current))?;
    Ok(aside)
}

/// One doctor of the practice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Doctor {
    pub id: i64,
    pub inami_key: Option<String>,
    pub inami: String,
    pub name: String,
    pub note: String,
}

/// Whether a version was the declaration or a later change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VersionKind {
    Declaration,
    Amendment,
}

impl VersionKind {
    fn key(self) -> &'static str {
        match self {
            VersionKind::Declaration => "declaration",
            VersionKind::Amendment => "amendment",
        }
    }

    fn from_key(key: &str) -> VersionKind {
        if key == "amendment" {
            VersionKind::Amendment
        } else {
            VersionKind::Declaration
        }
    }
}

/// One saved version of a doctor's declaration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Version {
    pub id: i64,
    pub doctor_id: i64,
    pub saved_at: NaiveDateTime,
    pub kind: VersionKind,
    pub effective_on: Option<NaiveDate>,
    /// The declaration file's text.
    pub text: String,
    pub file: Option<String>,
}

/// A "registered in ProSanté" mark, kept when removed (with who removed it and when).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mark {
    pub id: i64,
    pub doctor_id: i64,
    pub version_id: i64,
    pub registered_on: NaiveDate,
    pub set_at: NaiveDateTime,
    pub set_by: Option<String>,
    pub removed_at: Option<NaiveDateTime>,
    pub removed_by: Option<String>,
}

/// Where a doctor stands with ProSanté.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Registration {
    /// The last saved version is the one registered.
    Current { on: NaiveDate, by: Option<String> },
    /// A version was registered, and the declaration changed since: to register again.
    Changed { on: NaiveDate, by: Option<String> },
}

impl Registration {
    /// The registration that still holds for the doctor's current declaration.
    pub fn current(&self) -> Option<(NaiveDate, Option<String>)> {
        match self {
            Registration::Current { on, by } => Some((*on, by.clone())),
            Registration::Changed { .. } => None,
        }
    }
}

/// A doctor with what the practice's lists show: the last saved version, the draft, the mark.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DoctorSummary {
    pub doctor: Doctor,
    pub last_version: Option<Version>,
    pub draft: Option<String>,
    pub registration: Option<Registration>,
}

/// What a save did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Saved {
    pub doctor_id: i64,
    pub version_id: i64,
    /// The practice has a doctor of the same name with another number: this one was kept apart.
    pub namesake: Option<Doctor>,
}

/// A saved declaration to record ([`Store::save_version`]).
#[derive(Clone, Copy, Debug)]
pub(crate) struct NewVersion<'a> {
    pub name: &'a str,
    pub inami: &'a str,
    /// The declaration file's text.
    pub text: &'a str,
    /// Where the user saved it.
    pub file: Option<&'a Path>,
    pub now: NaiveDateTime,
    /// From when a later version (an amendment) applies.
    pub amendment_on: NaiveDate,
}

/// An open practice database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    read_only: bool,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("path", &self.path)
            .field("read_only", &self.read_only)
            .finish()
    }
}

impl Store {
    /// Opens (creating and migrating when needed) the practice database in `root`, and brings a
    /// 0.2.0 practice's loose files into it ([`legacy`]). A folder that cannot be written opens an
    /// existing database read-only; a damaged file is never recreated.
    pub fn open(root: &Path) -> Result<Store, StoreError> {
        storage::io_allowed();
        let path = root.join(FILE_NAME);
        if !root.exists() {
            storage::create_private_dir(root).map_err(|e| StoreError::Unwritable { reason: e.to_string() })?;
        }
        match Store::open_writable(&path) {
            Ok(mut store) => {
                store.migrate()?;
                legacy::migrate_if_needed(&mut store, root)?;
                legacy::migrate_window_drafts(&mut store, root)?;
                Ok(store)
            }
            Err(StoreError::Unwritable { .. } | StoreError::ReadOnly) if path.is_file() => Store::open_read_only(&path),
            Err(error) => Err(error),
        }
    }

    /// Opens an existing database without ever writing to it (a damaged one, one in a read-only
    /// folder, a backup being looked at).
    pub fn open_read_only(path: &Path) -> Result<Store, StoreError> {
        storage::io_allowed();
        let uri = format!("file:{}?immutable=1", path.display());
        let conn = Connection::open_with_flags(
            uri,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| StoreError::from_sqlite(e, path))?;
        let version = schema::version(&conn).map_err(|e| StoreError::from_sqlite(e, path))?;
        if version > schema::VERSION {
            return Err(StoreError::Newer(version));
        }
        if version < schema::VERSION {
            return Err(StoreError::Unwritable {
                reason: "an older database in a folder that cannot be written".into(),
            });
        }
        Ok(Store {
            conn,
            path: path.to_path_buf(),
            read_only: true,
        })
    }

    fn open_writable(path: &Path) -> Result<Store, StoreError> {
        let error = |e| StoreError::from_sqlite(e, path);
        let conn = Connection::open(path).map_err(error)?;
        conn.busy_timeout(BUSY_TIMEOUT).map_err(error)?;
        // Small pages keep a new practice small (a few KiB before its first doctor); only a new,
        // empty file takes it.
        conn.execute_batch("PRAGMA page_size=1024;").map_err(error)?;
        // The first statement that reads the file says whether it is a database at all.
        let mode: String = conn
            .query_row("PRAGMA journal_mode=WAL", [], |row| row.get(0))
            .map_err(error)?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(StoreError::Other(format!("journal mode {mode}")));
        }
        conn.execute_batch("PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;")
            .map_err(error)?;
        restrict(path);
        Ok(Store {
            conn,
            path: path.to_path_buf(),
            read_only: false,
        })
    }

    fn migrate(&mut self) -> Result<(), StoreError> {
        match schema::migrate(&mut self.conn) {
            Ok(()) => Ok(()),
            Err(schema::MigrateError::Newer(v)) => Err(StoreError::Newer(v)),
            Err(schema::MigrateError::Sqlite(e)) => Err(StoreError::from_sqlite(e, &self.path)),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    fn err(&self) -> impl Fn(rusqlite::Error) -> StoreError + '_ {
        |e| StoreError::from_sqlite(e, &self.path)
    }

    fn writable(&self) -> Result<(), StoreError> {
        if self.read_only {
            Err(StoreError::ReadOnly)
        } else {
            Ok(())
        }
    }

    /// Runs `change` in one immediate transaction: all of it is stored, or none.
    pub fn transaction<T>(
        &mut self,
        change: impl FnOnce(&rusqlite::Transaction) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        self.writable()?;
        let path = self.path.clone();
        let error = |e| StoreError::from_sqlite(e, &path);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(error)?;
        let value = change(&tx)?;
        tx.commit().map_err(error)?;
        Ok(value)
    }

    // ---- Reading -------------------------------------------------------------------------------

    pub fn doctors(&self) -> Result<Vec<Doctor>, StoreError> {
        let mut statement = self
            .conn
            .prepare_cached("SELECT id, inami_key, inami, name, note FROM doctors ORDER BY id")
            .map_err(self.err())?;
        let rows = statement.query_map([], doctor_of_row).map_err(self.err())?;
        rows.collect::<Result<_, _>>().map_err(self.err())
    }

    pub fn doctor(&self, id: i64) -> Result<Option<Doctor>, StoreError> {
        doctor_by(&self.conn, "id = ?1", id).map_err(self.err())
    }

    /// The doctor this number belongs to (by its first eight digits).
    pub fn doctor_by_inami(&self, inami: &str) -> Result<Option<Doctor>, StoreError> {
        match inami_key(inami) {
            Some(key) => doctor_by(&self.conn, "inami_key = ?1", key).map_err(self.err()),
            None => Ok(None),
        }
    }

    /// Every doctor with the last version, the draft and the mark, in one pass.
    pub fn summaries(&self) -> Result<Vec<DoctorSummary>, StoreError> {
        let doctors = self.doctors()?;
        let mut last = self
            .conn
            .prepare_cached(
                "SELECT v.id, v.doctor_id, v.saved_at, v.kind, v.effective_on, v.declaration, v.file
                 FROM versions v WHERE v.id = (SELECT id FROM versions w WHERE w.doctor_id = v.doctor_id
                 ORDER BY w.saved_at DESC, w.id DESC LIMIT 1)",
            )
            .map_err(self.err())?;
        let mut versions: std::collections::HashMap<i64, Version> = last
            .query_map([], version_of_row)
            .map_err(self.err())?
            .collect::<Result<Vec<_>, _>>()
            .map_err(self.err())?
            .into_iter()
            .map(|v| (v.doctor_id, v))
            .collect();
        let mut drafts_statement = self
            .conn
            .prepare_cached("SELECT doctor_id, declaration FROM drafts")
            .map_err(self.err())?;
        let mut drafts: std::collections::HashMap<i64, String> = drafts_statement
            .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))
            .map_err(self.err())?
            .collect::<Result<_, _>>()
            .map_err(self.err())?;
        let mut marks = self.live_marks()?;
        Ok(doctors
            .into_iter()
            .map(|doctor| {
                let last_version = versions.remove(&doctor.id);
                let draft = drafts.remove(&doctor.id);
                let registration = marks
                    .remove(&doctor.id)
                    .map(|(mark, text)| registration_of(&mark, &text, last_version.as_ref(), draft.as_deref()));
                DoctorSummary {
                    draft,
                    doctor,
                    last_version,
                    registration,
                }
            })
            .collect())
    }

    /// Each doctor's latest mark still in force, with the text of the version it marks.
    fn live_marks(&self) -> Result<std::collections::HashMap<i64, (Mark, String)>, StoreError> {
        let mut statement = self
            .conn
            .prepare_cached(&format!(
                "SELECT {MARK_COLUMNS}, v.declaration FROM marks m JOIN versions v ON v.id = m.version_id
                 WHERE m.removed_at IS NULL ORDER BY m.set_at, m.id"
            ))
            .map_err(self.err())?;
        let rows = statement
            .query_map([], |row| Ok((mark_of_row(row)?, row.get::<_, String>(8)?)))
            .map_err(self.err())?;
        let mut latest = std::collections::HashMap::new();
        for row in rows {
            let (mark, text) = row.map_err(self.err())?;
            latest.insert(mark.doctor_id, (mark, text));
        }
        Ok(latest)
    }

    /// A doctor's versions, oldest first.
    pub fn versions(&self, doctor_id: i64) -> Result<Vec<Version>, StoreError> {
        let mut statement = self
            .conn
            .prepare_cached(
                "SELECT id, doctor_id, saved_at, kind, effective_on, declaration, file FROM versions
                 WHERE doctor_id = ?1 ORDER BY saved_at, id",
            )
            .map_err(self.err())?;
        let rows = statement.query_map([doctor_id], version_of_row).map_err(self.err())?;
        rows.collect::<Result<_, _>>().map_err(self.err())
    }

    /// A doctor's marks, removed ones included, oldest first.
    pub fn marks(&self, doctor_id: i64) -> Result<Vec<Mark>, StoreError> {
        let mut statement = self
            .conn
            .prepare_cached(&format!(
                "SELECT {MARK_COLUMNS} FROM marks m WHERE m.doctor_id = ?1 ORDER BY m.set_at, m.id"
            ))
            .map_err(self.err())?;
        let rows = statement.query_map([doctor_id], mark_of_row).map_err(self.err())?;
        rows.collect::<Result<_, _>>().map_err(self.err())
    }

    /// Where the doctor stands with ProSanté.
    pub fn registration(&self, doctor_id: i64) -> Result<Option<Registration>, StoreError> {
        let versions = self.versions(doctor_id)?;
        let marks = self.marks(doctor_id)?;
        let Some(mark) = marks.iter().rev().find(|m| m.removed_at.is_none()) else {
            return Ok(None);
        };
        let Some(marked) = versions.iter().find(|v| v.id == mark.version_id) else {
            return Ok(None);
        };
        let draft = self.draft(doctor_id)?;
        Ok(Some(registration_of(
            mark,
            &marked.text,
            versions.last(),
            draft.as_deref(),
        )))
    }

    /// The doctor's draft (the autosave of the work in progress).
    pub fn draft(&self, doctor_id: i64) -> Result<Option<String>, StoreError> {
        self.conn
            .query_row(
                "SELECT declaration FROM drafts WHERE doctor_id = ?1",
                [doctor_id],
                |row| row.get(0),
            )
            .optional()
            .map_err(self.err())
    }

    /// Which doctor a file was last saved for from this practice.
    pub fn file_doctor(&self, file: &Path) -> Result<Option<i64>, StoreError> {
        self.conn
            .query_row(
                "SELECT doctor_id FROM files WHERE path = ?1",
                [file.display().to_string()],
                |row| row.get(0),
            )
            .optional()
            .map_err(self.err())
    }

    /// The text of the version this practice last wrote to `file`, if it wrote one there.
    pub fn file_text(&self, file: &Path) -> Result<Option<String>, StoreError> {
        self.conn
            .query_row(
                "SELECT v.declaration FROM files f JOIN versions v ON v.id = f.version_id WHERE f.path = ?1",
                [file.display().to_string()],
                |row| row.get(0),
            )
            .optional()
            .map_err(self.err())
    }

    // ---- Changing ------------------------------------------------------------------------------

    /// The doctor a declaration with this name and number is, creating them when new.
    ///
    /// `origin` is the doctor the work was opened as (`None` for a new declaration or a file).
    /// The same valid number is the same doctor: a doctor opened under another number, or a new
    /// declaration naming someone else, cannot take it ([`StoreError::InamiTaken`]). A valid number
    /// typed for a provisional doctor makes it theirs. The same name with another number is another
    /// doctor.
    pub fn resolve(
        tx: &rusqlite::Transaction,
        origin: Option<i64>,
        name: &str,
        inami: &str,
        now: NaiveDateTime,
    ) -> Result<i64, StoreError> {
        let sql = |e: rusqlite::Error| StoreError::Other(e.to_string());
        let origin = match origin {
            Some(id) => Some(
                doctor_by(tx, "id = ?1", id)
                    .map_err(sql)?
                    .ok_or(StoreError::NoSuchDoctor)?,
            ),
            None => None,
        };
        let key = inami_key(inami);
        let owner = match &key {
            Some(key) => doctor_by(tx, "inami_key = ?1", key.clone()).map_err(sql)?,
            None => None,
        };
        let id = match (origin, owner) {
            (Some(origin), Some(owner)) if origin.id == owner.id => owner.id,
            (Some(origin), Some(owner)) if origin.inami_key.is_some() || !same_name(&origin.name, &owner.name) => {
                return Err(StoreError::InamiTaken {
                    inami: owner.inami,
                    name: owner.name,
                });
            }
            // A provisional doctor given the number of one with the same name: that doctor.
            (Some(_), Some(owner)) => owner.id,
            (None, Some(owner)) if same_name(name, &owner.name) => owner.id,
            (None, Some(owner)) => {
                return Err(StoreError::InamiTaken {
                    inami: owner.inami,
                    name: owner.name,
                });
            }
            (Some(origin), None) if origin.inami_key.is_none() || key.is_none() || origin.inami_key == key => origin.id,
            // Opened as one doctor, now with another valid number: another doctor.
            (Some(_) | None, None) => {
                tx.execute(
                    "INSERT INTO doctors (inami_key, inami, name, created_at) VALUES (?1, ?2, ?3, ?4)",
                    params![key, inami, name, now.format(TIME_FORMAT).to_string()],
                )
                .map_err(sql)?;
                return Ok(tx.last_insert_rowid());
            }
        };
        tx.execute(
            "UPDATE doctors SET name = ?2,
             inami = CASE WHEN ?4 IS NULL AND inami_key IS NOT NULL THEN inami ELSE ?3 END,
             inami_key = COALESCE(?4, inami_key) WHERE id = ?1",
            params![id, name, inami, key],
        )
        .map_err(sql)?;
        Ok(id)
    }

    /// Whether [`Store::resolve`] would accept this name and number; nothing is kept.
    pub(crate) fn would_resolve(&mut self, origin: Option<i64>, name: &str, inami: &str) -> Result<(), StoreError> {
        if self.read_only {
            return Ok(());
        }
        let path = self.path.clone();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Deferred)
            .map_err(|e| StoreError::from_sqlite(e, &path))?;
        let result = Store::resolve(&tx, origin, name, inami, chrono::NaiveDateTime::default()).map(|_| ());
        // Dropped without commit: rolled back.
        drop(tx);
        result
    }

    /// Records a saved declaration as a new version of its doctor (resolved by [`Store::resolve`]),
    /// the file it went to, and clears the doctor's draft, in one transaction. The first version is
    /// the declaration; later ones are amendments effective on `amendment_on`.
    pub(crate) fn save_version(&mut self, origin: Option<i64>, version: &NewVersion) -> Result<Saved, StoreError> {
        let NewVersion {
            name,
            inami,
            text,
            file,
            now,
            amendment_on,
        } = *version;
        self.transaction(|tx| {
            let sql = |e: rusqlite::Error| StoreError::Other(e.to_string());
            let doctor_id = Store::resolve(tx, origin, name, inami, now)?;
            let earlier: i64 = tx
                .query_row("SELECT count(*) FROM versions WHERE doctor_id = ?1", [doctor_id], |r| {
                    r.get(0)
                })
                .map_err(sql)?;
            let (kind, effective_on) = if earlier == 0 {
                (VersionKind::Declaration, None)
            } else {
                (VersionKind::Amendment, Some(amendment_on.to_string()))
            };
            let file_text = file.map(|f| f.display().to_string());
            tx.execute(
                "INSERT INTO versions (doctor_id, saved_at, kind, effective_on, declaration, file)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    doctor_id,
                    now.format(TIME_FORMAT).to_string(),
                    kind.key(),
                    effective_on,
                    text,
                    file_text
                ],
            )
            .map_err(sql)?;
            let version_id = tx.last_insert_rowid();
            if let Some(file) = file_text {
                tx.execute(
                    "INSERT INTO files (path, doctor_id, version_id, written_at) VALUES (?1, ?2, ?3, ?4)
                     ON CONFLICT(path) DO UPDATE SET doctor_id = ?2, version_id = ?3, written_at = ?4",
                    params![file, doctor_id, version_id, now.format(TIME_FORMAT).to_string()],
                )
                .map_err(sql)?;
            }
            // The doctor's draft is now this version when the doctor was opened to make it; a
            // draft saved from elsewhere (another window's copy, a file opened by number) is
            // another window's work in progress: kept, unless it says what was just saved.
            let draft: Option<String> = tx
                .query_row(
                    "SELECT declaration FROM drafts WHERE doctor_id = ?1",
                    [doctor_id],
                    |r| r.get(0),
                )
                .optional()
                .map_err(sql)?;
            if origin == Some(doctor_id) || draft.is_some_and(|draft| same_declaration(&draft, text)) {
                tx.execute("DELETE FROM drafts WHERE doctor_id = ?1", [doctor_id])
                    .map_err(sql)?;
            }
            // Said once, when the doctor is new: not at each of their saves.
            let namesake = if earlier == 0 {
                namesake(tx, doctor_id, name).map_err(sql)?
            } else {
                None
            };
            Ok(Saved {
                doctor_id,
                version_id,
                namesake,
            })
        })
        .map_err(|e| self.classify(e))
    }

    /// Keeps the doctor's work in progress (one draft per doctor, replaced each time). A draft that
    /// says what the last saved version says is no work in progress: it is removed instead.
    pub fn save_draft(&mut self, doctor_id: i64, text: &str, now: NaiveDateTime) -> Result<(), StoreError> {
        self.transaction(|tx| put_draft(tx, doctor_id, text, now))
            .map_err(|e| self.classify(e))
    }

    /// A window's autosave: the work of doctor `doctor` becomes their draft (and the window's own
    /// draft goes: the work has a doctor now); work without a doctor is the window's draft in
    /// `slot`. One transaction.
    pub fn keep_work(
        &mut self,
        doctor: Option<i64>,
        slot: i64,
        text: &str,
        now: NaiveDateTime,
    ) -> Result<(), StoreError> {
        self.transaction(|tx| {
            let sql = |e: rusqlite::Error| StoreError::Other(e.to_string());
            match doctor {
                Some(id) => {
                    put_draft(tx, id, text, now)?;
                    point_window(tx, slot, id, now)?;
                }
                None => {
                    tx.execute(
                        "INSERT INTO window_drafts (slot, doctor_id, declaration, saved_at) VALUES (?1, NULL, ?2, ?3)
                         ON CONFLICT(slot) DO UPDATE SET doctor_id = NULL, declaration = ?2, saved_at = ?3",
                        params![slot, text, now.format(TIME_FORMAT).to_string()],
                    )
                    .map_err(sql)?;
                }
            }
            Ok(())
        })
        .map_err(|e| self.classify(e))
    }

    /// Window slot `slot` works on doctor `doctor` now (its own work was saved for them): what it
    /// reopens at its next start.
    pub fn window_took(&mut self, slot: i64, doctor: i64, now: NaiveDateTime) -> Result<(), StoreError> {
        self.transaction(|tx| point_window(tx, slot, doctor, now))
            .map_err(|e| self.classify(e))
    }

    /// What a migration of old files did (`migrations_done.detail`), if it ran.
    pub fn migration_detail(&self, name: &str) -> Result<Option<String>, StoreError> {
        self.conn
            .query_row("SELECT detail FROM migrations_done WHERE name = ?1", [name], |r| {
                r.get(0)
            })
            .optional()
            .map_err(self.err())
    }

    /// The draft of window slot `slot` (work that had no doctor), if any.
    pub fn window_draft(&self, slot: i64) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT declaration FROM window_drafts WHERE slot = ?1", [slot], |r| {
                r.get(0)
            })
            .optional()
            .map_err(self.err())?
            .flatten())
    }

    /// The doctor window slot `slot` last had on screen, if it had one.
    pub fn window_doctor(&self, slot: i64) -> Result<Option<i64>, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT doctor_id FROM window_drafts WHERE slot = ?1", [slot], |r| {
                r.get(0)
            })
            .optional()
            .map_err(self.err())?
            .flatten())
    }

    /// At a window's start, when its slot holds no work of its own: the newest work without a doctor
    /// left in another slot whose window is gone (`free`), moved into this one, so a second window's
    /// work comes back even when only one window opens. Whether one was moved.
    pub fn take_orphan_window_draft(&mut self, slot: i64, free: impl Fn(i64) -> bool) -> Result<bool, StoreError> {
        if self.window_draft(slot)?.is_some() || self.read_only {
            return Ok(false);
        }
        let mut statement = self
            .conn
            .prepare(
                "SELECT slot FROM window_drafts WHERE declaration IS NOT NULL AND slot <> ?1
                 ORDER BY saved_at DESC, slot",
            )
            .map_err(self.err())?;
        let others: Vec<i64> = statement
            .query_map([slot], |r| r.get(0))
            .map_err(self.err())?
            .collect::<Result<_, _>>()
            .map_err(self.err())?;
        drop(statement);
        let Some(orphan) = others.into_iter().find(|&other| free(other)) else {
            return Ok(false);
        };
        self.transaction(|tx| {
            let sql = |e: rusqlite::Error| StoreError::Other(e.to_string());
            tx.execute("DELETE FROM window_drafts WHERE slot = ?1", [slot])
                .map_err(sql)?;
            tx.execute("UPDATE window_drafts SET slot = ?1 WHERE slot = ?2", [slot, orphan])
                .map_err(sql)?;
            Ok(true)
        })
        .map_err(|e| self.classify(e))
    }

    /// At a window's start: the work left in its slot goes to its doctor when it names one — by
    /// INAMI number, a provisional doctor for a name without a valid number — and the window opens
    /// that doctor. `free` says whether no other window has that doctor open; when one has (or
    /// the number is another name's), or nothing about the doctor was typed, the work stays the
    /// window's own. `None`: no work left; else the doctor (if any) and the work's text.
    pub fn adopt_window_draft(
        &mut self,
        slot: i64,
        now: NaiveDateTime,
        free: impl Fn(i64) -> bool,
    ) -> Result<Option<(Option<i64>, String)>, StoreError> {
        if let Some(id) = self.window_doctor(slot)? {
            // The doctor it had on screen: their draft, else their last version.
            if !free(id) {
                return Ok(None);
            }
            let work = match self.draft(id)? {
                Some(draft) => Some(draft),
                None => self.versions(id)?.pop().map(|v| v.text),
            };
            return Ok(work.map(|text| (Some(id), text)));
        }
        let Some(text) = self.window_draft(slot)? else {
            return Ok(None);
        };
        let (name, inami) = identity_of(&text);
        if name.is_empty() && inami.is_empty() || self.read_only {
            return Ok(Some((None, text)));
        }
        if let Some(owner) = self.doctor_by_inami(&inami)? {
            // Open in another window, or with work in progress of their own (never replaced by
            // what a window left): the work stays this window's, placed when the user moves on.
            let other_draft = self
                .draft(owner.id)?
                .is_some_and(|draft| !same_declaration(&draft, &text));
            if !free(owner.id) || other_draft {
                return Ok(Some((None, text)));
            }
        }
        let adopted = self.transaction(|tx| {
            let id = match Store::resolve(tx, None, &name, &inami, now) {
                Ok(id) => id,
                Err(StoreError::InamiTaken { .. }) => return Ok(None),
                Err(error) => return Err(error),
            };
            put_draft(tx, id, &text, now)?;
            point_window(tx, slot, id, now)?;
            Ok(Some(id))
        });
        match adopted {
            Ok(doctor) => Ok(Some((doctor, text))),
            Err(error) => Err(self.classify(error)),
        }
    }

    /// A doctor for work not saved yet, so that their draft has an owner: resolved like a save
    /// (same number, same doctor), provisional without a valid number.
    pub(crate) fn doctor_for_draft(
        &mut self,
        origin: Option<i64>,
        name: &str,
        inami: &str,
        now: NaiveDateTime,
    ) -> Result<i64, StoreError> {
        self.transaction(|tx| Store::resolve(tx, origin, name, inami, now))
            .map_err(|e| self.classify(e))
    }

    /// Marks the doctor's last saved version as registered in ProSanté on `on`.
    pub fn mark(
        &mut self,
        doctor_id: i64,
        on: NaiveDate,
        now: NaiveDateTime,
        by: Option<&str>,
    ) -> Result<i64, StoreError> {
        self.mark_many(&[doctor_id], on, now, by).map(|ids| ids[0])
    }

    /// Marks several doctors at once, all or none.
    pub fn mark_many(
        &mut self,
        doctors: &[i64],
        on: NaiveDate,
        now: NaiveDateTime,
        by: Option<&str>,
    ) -> Result<Vec<i64>, StoreError> {
        self.transaction(|tx| {
            let sql = |e: rusqlite::Error| StoreError::Other(e.to_string());
            let mut ids = Vec::new();
            for &doctor_id in doctors {
                let version: Option<i64> = tx
                    .query_row(
                        "SELECT id FROM versions WHERE doctor_id = ?1 ORDER BY saved_at DESC, id DESC LIMIT 1",
                        [doctor_id],
                        |r| r.get(0),
                    )
                    .optional()
                    .map_err(sql)?;
                let version = version.ok_or(StoreError::NoSuchDoctor)?;
                tx.execute(
                    "INSERT INTO marks (doctor_id, version_id, registered_on, set_at, set_by)
                     VALUES (?1, ?2, ?3, ?4, ?5)",
                    params![
                        doctor_id,
                        version,
                        on.to_string(),
                        now.format(TIME_FORMAT).to_string(),
                        by
                    ],
                )
                .map_err(sql)?;
                ids.push(tx.last_insert_rowid());
            }
            Ok(ids)
        })
        .map_err(|e| self.classify(e))
    }

    /// Removes the doctor's marks in force; they stay in the database with who removed them and
    /// when. Returns how many were removed.
    pub fn unmark(&mut self, doctor_id: i64, now: NaiveDateTime, by: Option<&str>) -> Result<usize, StoreError> {
        self.transaction(|tx| {
            tx.execute(
                "UPDATE marks SET removed_at = ?2, removed_by = ?3 WHERE doctor_id = ?1 AND removed_at IS NULL",
                params![doctor_id, now.format(TIME_FORMAT).to_string(), by],
            )
            .map_err(|e| StoreError::Other(e.to_string()))
        })
        .map_err(|e| self.classify(e))
    }

    /// The doctor's note ("mandat eHealth à demander").
    pub fn set_note(&mut self, doctor_id: i64, note: &str) -> Result<(), StoreError> {
        self.transaction(|tx| {
            tx.execute("UPDATE doctors SET note = ?2 WHERE id = ?1", params![doctor_id, note])
                .map_err(|e| StoreError::Other(e.to_string()))?;
            Ok(())
        })
        .map_err(|e| self.classify(e))
    }

    /// Copies the database, consistent while others write (SQLite's online backup), to `to`.
    pub(crate) fn backup_to(&self, to: &Path) -> Result<(), StoreError> {
        if let Some(dir) = to.parent().filter(|d| !d.as_os_str().is_empty()) {
            storage::create_private_dir(dir).map_err(|e| StoreError::Unwritable { reason: e.to_string() })?;
        }
        let mut target = Connection::open(to).map_err(|e| StoreError::from_sqlite(e, to))?;
        {
            let backup = rusqlite::backup::Backup::new(&self.conn, &mut target).map_err(self.err())?;
            backup
                .run_to_completion(256, Duration::from_millis(10), None)
                .map_err(self.err())?;
        }
        restrict(to);
        Ok(())
    }

    /// A dated backup in the backup folder (`backups/practice-2026-12-03.sqlite3`, `-2` and up
    /// when one of that day exists and `again` is asked); `None` when today's exists already and
    /// `again` is false.
    pub fn dated_backup(&self, today: NaiveDate, again: bool) -> Result<Option<PathBuf>, StoreError> {
        let dir = self.path.parent().unwrap_or(Path::new(".")).join(BACKUP_DIR);
        let mut to = dir.join(format!("practice-{today}.sqlite3"));
        if to.exists() && !again {
            return Ok(None);
        }
        let mut n = 2;
        while to.exists() {
            to = dir.join(format!("practice-{today}-{n}.sqlite3"));
            n += 1;
        }
        self.backup_to(&to)?;
        Ok(Some(to))
    }

    /// An error met inside a transaction, told apart by what SQLite said.
    fn classify(&self, error: StoreError) -> StoreError {
        match error {
            StoreError::Other(text) if text.contains("database or disk is full") => StoreError::Full,
            StoreError::Other(text) if text.contains("locked") || text.contains("busy") => StoreError::Busy,
            StoreError::Other(text) if text.contains("readonly") => StoreError::ReadOnly,
            other => other,
        }
    }

    pub(crate) fn connection(&self) -> &Connection {
        &self.conn
    }
}

/// Whether two names are the same doctor's, as typed or with accents, case and "Dr" aside.
pub fn same_name(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        let folded = super::names::fold(s);
        let words: Vec<&str> = folded
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty() && *w != "dr" && *w != "docteur" && *w != "dokter")
            .collect();
        words.join(" ")
    };
    norm(a) == norm(b)
}

fn namesake(tx: &rusqlite::Transaction, doctor_id: i64, name: &str) -> rusqlite::Result<Option<Doctor>> {
    let mut statement = tx.prepare_cached("SELECT id, inami_key, inami, name, note FROM doctors WHERE id != ?1")?;
    let doctors = statement.query_map([doctor_id], doctor_of_row)?;
    for doctor in doctors {
        let doctor = doctor?;
        if same_name(&doctor.name, name) {
            return Ok(Some(doctor));
        }
    }
    Ok(None)
}

/// The mark on the version `marked_text`, against what the doctor's declaration says now: a later
/// version, or work in progress (the draft autosaved as the user edits: "every change is saved
/// automatically", so an edit after registration is a change to register again).
fn registration_of(mark: &Mark, marked_text: &str, last: Option<&Version>, draft: Option<&str>) -> Registration {
    let on = mark.registered_on;
    let by = mark.set_by.clone();
    let saved_since = last.is_some_and(|last| last.id != mark.version_id && !same_declaration(&last.text, marked_text));
    let edited_since = draft.is_some_and(|draft| !same_declaration(draft, marked_text));
    if saved_since || edited_since {
        Registration::Changed { on, by }
    } else {
        Registration::Current { on, by }
    }
}

/// Doctor `doctor_id`'s draft is `text` now; a draft that says what the last saved version says is
/// no work in progress: removed instead.
fn put_draft(tx: &rusqlite::Transaction, doctor_id: i64, text: &str, now: NaiveDateTime) -> Result<(), StoreError> {
    let sql = |e: rusqlite::Error| StoreError::Other(e.to_string());
    let last: Option<String> = tx
        .query_row(
            "SELECT declaration FROM versions WHERE doctor_id = ?1 ORDER BY saved_at DESC, id DESC LIMIT 1",
            [doctor_id],
            |r| r.get(0),
        )
        .optional()
        .map_err(sql)?;
    if last.is_some_and(|last| same_declaration(&last, text)) {
        tx.execute("DELETE FROM drafts WHERE doctor_id = ?1", [doctor_id])
            .map_err(sql)?;
        return Ok(());
    }
    tx.execute(
        "INSERT INTO drafts (doctor_id, declaration, saved_at) VALUES (?1, ?2, ?3)
         ON CONFLICT(doctor_id) DO UPDATE SET declaration = ?2, saved_at = ?3",
        params![doctor_id, text, now.format(TIME_FORMAT).to_string()],
    )
    .map_err(sql)?;
    Ok(())
}

/// Window slot `slot` has doctor `doctor` on screen (its work is their draft).
fn point_window(tx: &rusqlite::Transaction, slot: i64, doctor: i64, now: NaiveDateTime) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO window_drafts (slot, doctor_id, declaration, saved_at) VALUES (?1, ?2, NULL, ?3)
         ON CONFLICT(slot) DO UPDATE SET doctor_id = ?2, declaration = NULL, saved_at = ?3",
        params![slot, doctor, now.format(TIME_FORMAT).to_string()],
    )
    .map_err(|e| StoreError::Other(e.to_string()))?;
    Ok(())
}

/// The doctor's name and INAMI number a declaration's text says (trimmed; empty when absent or
/// unreadable), read as plain JSON so that a draft this version would refuse is still placed.
pub(crate) fn identity_of(text: &str) -> (String, String) {
    let value: serde_json::Value = serde_json::from_str(text).unwrap_or_default();
    let field = |key: &str| {
        value["doctor"][key]
            .as_str()
            .map(|s| s.trim().to_owned())
            .unwrap_or_default()
    };
    (field("name"), field("inami"))
}

/// Whether two declaration texts say the same (key order and spacing aside).
pub fn same_declaration(a: &str, b: &str) -> bool {
    a == b
        || matches!(
            (serde_json::from_str::<serde_json::Value>(a), serde_json::from_str::<serde_json::Value>(b)),
            (Ok(x), Ok(y)) if x == y
        )
}

const MARK_COLUMNS: &str =
    "m.id, m.doctor_id, m.version_id, m.registered_on, m.set_at, m.set_by, m.removed_at, m.removed_by";

fn doctor_by(conn: &Connection, condition: &str, value: impl rusqlite::ToSql) -> rusqlite::Result<Option<Doctor>> {
    conn.query_row(
        &format!("SELECT id, inami_key, inami, name, note FROM doctors WHERE {condition}"),
        [value],
        doctor_of_row,
    )
    .optional()
}

fn doctor_of_row(row: &rusqlite::Row) -> rusqlite::Result<Doctor> {
    Ok(Doctor {
        id: row.get(0)?,
        inami_key: row.get(1)?,
        inami: row.get(2)?,
        name: row.get(3)?,
        note: row.get(4)?,
    })
}

fn version_of_row(row: &rusqlite::Row) -> rusqlite::Result<Version> {
    Ok(Version {
        id: row.get(0)?,
        doctor_id: row.get(1)?,
        saved_at: time(&row.get::<_, String>(2)?),
        kind: VersionKind::from_key(&row.get::<_, String>(3)?),
        effective_on: row.get::<_, Option<String>>(4)?.and_then(|d| d.parse().ok()),
        text: row.get(5)?,
        file: row.get(6)?,
    })
}

fn mark_of_row(row: &rusqlite::Row) -> rusqlite::Result<Mark> {
    Ok(Mark {
        id: row.get(0)?,
        doctor_id: row.get(1)?,
        version_id: row.get(2)?,
        registered_on: row.get::<_, String>(3)?.parse().unwrap_or_default(),
        set_at: time(&row.get::<_, String>(4)?),
        set_by: row.get(5)?,
        removed_at: row.get::<_, Option<String>>(6)?.map(|t| time(&t)),
        removed_by: row.get(7)?,
    })
}

fn time(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, TIME_FORMAT).unwrap_or_default()
}

/// The database and its WAL files hold personal data: readable by the user only.
fn restrict(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600));
    }
    #[cfg(not(unix))]
    let _ = path;
}
