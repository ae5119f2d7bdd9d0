//! `conventio practice export|import FILE.zip`: the whole practice (doctors, versions, drafts,
//! marks, removed ones too) as one zip holding `practice.json`, for a new PC or a backup anyone can
//! open. Importing merges by INAMI number and reports what it could not merge.

use super::{Store, StoreError, TIME_FORMAT, inami_key, same_declaration, same_name};
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use std::io::{Read, Write};
use std::path::Path;

/// The file inside the zip.
pub(crate) const ENTRY: &str = "practice.json";
const FORMAT: &str = "conventio-practice";
const VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Archive {
    format: String,
    version: u32,
    doctors: Vec<ArchivedDoctor>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ArchivedDoctor {
    name: String,
    inami: String,
    #[serde(default)]
    note: String,
    #[serde(default)]
    draft: Option<String>,
    versions: Vec<ArchivedVersion>,
    marks: Vec<ArchivedMark>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ArchivedVersion {
    saved_at: String,
    kind: String,
    effective_on: Option<String>,
    file: Option<String>,
    declaration: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ArchivedMark {
    /// Index of the version in the doctor's `versions`.
    version: usize,
    registered_on: String,
    set_at: String,
    set_by: Option<String>,
    removed_at: Option<String>,
    removed_by: Option<String>,
}

/// What an export or import did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    pub doctors: usize,
    pub versions: usize,
    pub marks: usize,
    /// Doctors the practice already had, whose archived name differs (kept as the practice has it),
    /// or whose draft differs from the practice's (the practice's kept): "name (inami)".
    pub conflicts: Vec<String>,
}

/// Why an archive could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum ArchiveError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// Not a practice archive this version reads.
    #[error("{0}")]
    Invalid(String),
}

/// Writes the whole practice to `to` (a zip).
pub fn export(store: &Store, to: &Path) -> Result<Report, ArchiveError> {
    let mut report = Report::default();
    let mut doctors = Vec::new();
    for doctor in store.doctors()? {
        let versions = store.versions(doctor.id)?;
        let marks = store.marks(doctor.id)?;
        report.doctors += 1;
        report.versions += versions.len();
        report.marks += marks.len();
        doctors.push(ArchivedDoctor {
            draft: store.draft(doctor.id)?,
            marks: marks
                .iter()
                .filter_map(|m| {
                    Some(ArchivedMark {
                        version: versions.iter().position(|v| v.id == m.version_id)?,
                        registered_on: m.registered_on.to_string(),
                        set_at: m.set_at.format(TIME_FORMAT).to_string(),
                        set_by: m.set_by.clone(),
                        removed_at: m.removed_at.map(|t| t.format(TIME_FORMAT).to_string()),
                        removed_by: m.removed_by.clone(),
                    })
                })
                .collect(),
            versions: versions
                .into_iter()
                .map(|v| ArchivedVersion {
                    saved_at: v.saved_at.format(TIME_FORMAT).to_string(),
                    kind: v.kind.key().to_owned(),
                    effective_on: v.effective_on.map(|d| d.to_string()),
                    file: v.file,
                    declaration: v.text,
                })
                .collect(),
            name: doctor.name,
            inami: doctor.inami,
            note: doctor.note,
        });
    }
    let archive = Archive {
        format: FORMAT.into(),
        version: VERSION,
        doctors,
    };
    let json = serde_json::to_vec_pretty(&archive).map_err(|e| ArchiveError::Invalid(e.to_string()))?;
    let mut bytes = Vec::new();
    {
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(&mut bytes));
        let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        zip.start_file(ENTRY, options)
            .map_err(|e| ArchiveError::Invalid(e.to_string()))?;
        zip.write_all(&json)?;
        zip.finish().map_err(|e| ArchiveError::Invalid(e.to_string()))?;
    }
    crate::core::storage::write_atomic(to, &bytes, crate::core::storage::Privacy::UserChosen)?;
    Ok(report)
}

/// Merges the archive `from` into the practice, in one transaction: doctors by INAMI number (a
/// provisional one by name), versions and marks the practice does not have yet. Nothing the
/// practice holds is changed or removed.
pub fn import(store: &mut Store, from: &Path) -> Result<Report, ArchiveError> {
    let file = std::fs::File::open(from)?;
    let mut zip = zip::ZipArchive::new(file).map_err(|e| ArchiveError::Invalid(e.to_string()))?;
    let mut json = Vec::new();
    zip.by_name(ENTRY)
        .map_err(|e| ArchiveError::Invalid(e.to_string()))?
        .take(512 * 1024 * 1024)
        .read_to_end(&mut json)?;
    let archive: Archive = serde_json::from_slice(&json).map_err(|e| ArchiveError::Invalid(e.to_string()))?;
    if archive.format != FORMAT || archive.version != VERSION {
        return Err(ArchiveError::Invalid(format!("{} {}", archive.format, archive.version)));
    }
    Ok(store.transaction(|tx| merge(tx, &archive))?)
}

fn merge(tx: &rusqlite::Transaction, archive: &Archive) -> Result<Report, StoreError> {
    let sql = |e: rusqlite::Error| StoreError::Other(e.to_string());
    let mut report = Report::default();
    for archived in &archive.doctors {
        let key = inami_key(&archived.inami);
        let existing: Option<(i64, String)> = match &key {
            Some(key) => tx
                .query_row("SELECT id, name FROM doctors WHERE inami_key = ?1", [key], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })
                .optional()
                .map_err(sql)?,
            None => {
                let mut statement = tx
                    .prepare("SELECT id, name FROM doctors WHERE inami_key IS NULL")
                    .map_err(sql)?;
                let rows: Vec<(i64, String)> = statement
                    .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
                    .map_err(sql)?
                    .collect::<Result<_, _>>()
                    .map_err(sql)?;
                rows.into_iter().find(|(_, name)| same_name(name, &archived.name))
            }
        };
        let label = crate::core::names::label(&archived.name, &archived.inami);
        let doctor_id = match existing {
            Some((id, name)) => {
                if !same_name(&name, &archived.name) {
                    report.conflicts.push(label.clone());
                }
                id
            }
            None => {
                tx.execute(
                    "INSERT INTO doctors (inami_key, inami, name, note, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                    params![
                        key,
                        archived.inami,
                        archived.name,
                        archived.note,
                        archived
                            .versions
                            .first()
                            .map_or_else(String::new, |v| v.saved_at.clone())
                    ],
                )
                .map_err(sql)?;
                report.doctors += 1;
                tx.last_insert_rowid()
            }
        };
        let mut ids = Vec::new();
        for version in &archived.versions {
            let found: Option<(i64, String)> = {
                let mut statement = tx
                    .prepare_cached("SELECT id, declaration FROM versions WHERE doctor_id = ?1 AND saved_at = ?2")
                    .map_err(sql)?;
                let rows: Vec<(i64, String)> = statement
                    .query_map(params![doctor_id, version.saved_at], |r| Ok((r.get(0)?, r.get(1)?)))
                    .map_err(sql)?
                    .collect::<Result<_, _>>()
                    .map_err(sql)?;
                rows.into_iter()
                    .find(|(_, text)| same_declaration(text, &version.declaration))
            };
            let id = match found {
                Some((id, _)) => id,
                None => {
                    tx.execute(
                        "INSERT INTO versions (doctor_id, saved_at, kind, effective_on, declaration, file)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                        params![
                            doctor_id,
                            version.saved_at,
                            super::VersionKind::from_key(&version.kind).key(),
                            version.effective_on,
                            version.declaration,
                            version.file
                        ],
                    )
                    .map_err(sql)?;
                    report.versions += 1;
                    tx.last_insert_rowid()
                }
            };
            ids.push(id);
        }
        for mark in &archived.marks {
            let Some(&version_id) = ids.get(mark.version) else {
                continue;
            };
            let known: Option<i64> = tx
                .query_row(
                    "SELECT id FROM marks WHERE doctor_id = ?1 AND version_id = ?2 AND set_at = ?3",
                    params![doctor_id, version_id, mark.set_at],
                    |r| r.get(0),
                )
                .optional()
                .map_err(sql)?;
            if known.is_none() {
                tx.execute(
                    "INSERT INTO marks (doctor_id, version_id, registered_on, set_at, set_by, removed_at, removed_by)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                    params![
                        doctor_id,
                        version_id,
                        mark.registered_on,
                        mark.set_at,
                        mark.set_by,
                        mark.removed_at,
                        mark.removed_by
                    ],
                )
                .map_err(sql)?;
                report.marks += 1;
            }
        }
        if let Some(draft) = &archived.draft {
            let ours: Option<String> = tx
                .query_row(
                    "SELECT declaration FROM drafts WHERE doctor_id = ?1",
                    [doctor_id],
                    |r| r.get(0),
                )
                .optional()
                .map_err(sql)?;
            match ours {
                None => {
                    tx.execute(
                        "INSERT INTO drafts (doctor_id, declaration, saved_at) VALUES (?1, ?2, ?3)",
                        params![
                            doctor_id,
                            draft,
                            chrono::Local::now().naive_local().format(TIME_FORMAT).to_string()
                        ],
                    )
                    .map_err(sql)?;
                }
                Some(ours) if !same_declaration(&ours, draft) && !report.conflicts.contains(&label) => {
                    report.conflicts.push(label);
                }
                Some(_) => {}
            }
        }
    }
    Ok(report)
}
