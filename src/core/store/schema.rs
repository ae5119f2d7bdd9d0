//! The database's tables, created and upgraded in code: `PRAGMA user_version` says which of
//! [`STEPS`] a database already has, and the missing ones run in one transaction.

use rusqlite::{Connection, TransactionBehavior};

/// Each step brings a database from version `i` to `i + 1`.
const STEPS: &[&str] = &[
    // 1: the practice's memory.
    "
    CREATE TABLE doctors (
        id INTEGER PRIMARY KEY,
        -- The INAMI number's first eight digits (fixed for a career); NULL while the doctor has no
        -- valid number yet (a provisional doctor, known by its id only).
        inami_key TEXT UNIQUE,
        -- The number as last typed, with its competence code.
        inami TEXT NOT NULL DEFAULT '',
        name TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    );
    CREATE TABLE versions (
        id INTEGER PRIMARY KEY,
        doctor_id INTEGER NOT NULL REFERENCES doctors(id),
        saved_at TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('declaration', 'amendment')),
        effective_on TEXT,
        -- The declaration file's text (FORMAT.md), as saved.
        declaration TEXT NOT NULL,
        file TEXT
    );
    CREATE INDEX versions_of_doctor ON versions(doctor_id, saved_at);
    CREATE TABLE drafts (
        doctor_id INTEGER PRIMARY KEY REFERENCES doctors(id),
        declaration TEXT NOT NULL,
        saved_at TEXT NOT NULL
    );
    CREATE TABLE marks (
        id INTEGER PRIMARY KEY,
        doctor_id INTEGER NOT NULL REFERENCES doctors(id),
        version_id INTEGER NOT NULL REFERENCES versions(id),
        registered_on TEXT NOT NULL,
        set_at TEXT NOT NULL,
        set_by TEXT,
        removed_at TEXT,
        removed_by TEXT
    );
    CREATE INDEX marks_of_doctor ON marks(doctor_id);
    CREATE TABLE files (
        path TEXT PRIMARY KEY,
        doctor_id INTEGER NOT NULL REFERENCES doctors(id),
        version_id INTEGER REFERENCES versions(id),
        written_at TEXT NOT NULL
    );
    CREATE TABLE migrations_done (
        name TEXT PRIMARY KEY,
        done_at TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT ''
    );
    ",
    // 2: what each window slot had on screen, instead of the old `autosave.json`: the doctor whose
    // draft it was working on, or its own work while that has no doctor (nothing typed about the
    // doctor yet, or a copy of a doctor another window has open).
    "
    CREATE TABLE window_drafts (
        slot INTEGER PRIMARY KEY,
        doctor_id INTEGER REFERENCES doctors(id),
        declaration TEXT,
        saved_at TEXT NOT NULL,
        CHECK ((doctor_id IS NULL) <> (declaration IS NULL))
    );
    ",
];

/// The version a database made by this build has.
pub const VERSION: i64 = STEPS.len() as i64;

/// The database's version as it is.
pub fn version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("PRAGMA user_version", [], |row| row.get(0))
}

/// Brings the database up to [`VERSION`]; a database from a newer Conventio is left alone
/// (`Err(Some(version))`).
pub(crate) fn migrate(conn: &mut Connection) -> Result<(), MigrateError> {
    if version(conn)? >= VERSION {
        return check_not_newer(conn);
    }
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    // Another process may have migrated while this one waited for the lock.
    let found: i64 = tx.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    for step in STEPS.iter().skip(usize::try_from(found).unwrap_or(0)) {
        tx.execute_batch(step)?;
    }
    tx.pragma_update(None, "user_version", VERSION)?;
    tx.commit()?;
    Ok(())
}

fn check_not_newer(conn: &Connection) -> Result<(), MigrateError> {
    match version(conn)? {
        v if v > VERSION => Err(MigrateError::Newer(v)),
        _ => Ok(()),
    }
}

#[derive(Debug)]
pub(crate) enum MigrateError {
    Sqlite(rusqlite::Error),
    /// Made by a newer Conventio: its version.
    Newer(i64),
}

impl From<rusqlite::Error> for MigrateError {
    fn from(error: rusqlite::Error) -> Self {
        MigrateError::Sqlite(error)
    }
}
