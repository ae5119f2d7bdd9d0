//! Several doctors in one practice: who each doctor is (by INAMI number), what each one declared
//! (every saved version, with the differences between two), their drafts and their registration
//! marks. It all lives in the practice's database ([`store`]) in [`storage::data_dir`]; this is the
//! view the window, the overview and the command line work with.

use super::agreement::Agreements;
use super::format::{self, ReadError};
use super::i18n::{Language, Message};
use super::model::{Declaration, Slot};
pub use super::names::{fold, label, name_matches, surname_key};
use super::storage;
use super::store::{self, Registration, Store, StoreError, VersionKind};
use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The practice in a data folder: a handle that opens the database for each piece of work, so a
/// second window or the command line can work on it between two.
#[derive(Clone, Debug)]
pub struct Practice {
    root: PathBuf,
    /// The agreements its declarations may name (a version naming another is unreadable).
    agreements: Agreements,
}

/// One doctor's PDF from [`Practice::print_all`]: where it was written, or why not (a message,
/// translated when shown).
#[derive(Clone, Debug, PartialEq)]
pub struct Printed {
    /// The doctor as the lists name them (name and INAMI).
    pub doctor: String,
    pub result: Result<PathBuf, Message>,
}

/// One doctor as the lists show them: the last saved version (or, before any save, the draft).
#[derive(Clone, Debug)]
pub struct Profile {
    /// The doctor's id in the practice.
    pub id: String,
    pub name: String,
    pub inami: String,
    /// Whether the INAMI number is a valid one (else the doctor is provisional).
    pub identified: bool,
    pub note: String,
    pub declaration: Result<Declaration, ReadError>,
    /// When the last version was saved (`None`: only a draft so far).
    pub saved_at: Option<NaiveDateTime>,
    pub registration: Option<Registration>,
    /// Unsaved work is waiting in the doctor's draft.
    pub has_draft: bool,
}

impl Profile {
    /// "Dr Koen Verhaeghe (1-23456-25-004)": the name as lists show it, with the number that tells
    /// namesakes apart.
    pub fn label(&self) -> String {
        label(&self.name, &self.inami)
    }
}

/// What saving into the practice did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SavedDoctor {
    pub id: String,
    /// Another doctor of the same name (with another number), to tell the user they were kept apart.
    pub namesake: Option<(String, String)>,
}

fn doctor_id(id: &str) -> Result<i64, StoreError> {
    id.parse().map_err(|_| StoreError::NoSuchDoctor)
}

impl Practice {
    pub fn open(root: impl Into<PathBuf>, agreements: Agreements) -> Practice {
        Practice {
            root: root.into(),
            agreements,
        }
    }

    /// Every doctor's current declaration (last saved version, else draft) as a PDF in `folder`:
    /// `Name - 1-23456-25-004 - 2026-2027.pdf`, in `language`. An existing PDF is kept unless
    /// `force`; a doctor that cannot be printed is told with the reason, and the others are printed
    /// anyway. What `conventio practice print FOLDER` and the overview's button do.
    pub(crate) fn print_all(
        &self,
        folder: &Path,
        force: bool,
        language: Language,
        today: NaiveDate,
    ) -> Result<Vec<Printed>, StoreError> {
        let agreements = &self.agreements;
        Ok(self
            .load()?
            .into_iter()
            .map(|profile| {
                let doctor = profile.label();
                let result = profile
                    .declaration
                    .map_err(|e| e.with_position())
                    .and_then(|declaration| {
                        let agreement = agreements.find(&declaration.agreement).ok_or_else(|| {
                            Message::new("read-unknown-agreement")
                                .arg("id", declaration.agreement.clone())
                                .arg("known", agreements.ids())
                        })?;
                        let stem = super::filename::safe_stem(&declaration.doctor.name, "declaration");
                        let inami = super::filename::safe_stem(&super::inami::shown(&declaration.doctor.inami), "");
                        let agreement_stem = super::filename::safe_stem(&declaration.agreement, "agreement");
                        let name = if inami.is_empty() {
                            format!("{stem} - {agreement_stem}.pdf")
                        } else {
                            format!("{stem} - {inami} - {agreement_stem}.pdf")
                        };
                        let path = folder.join(name);
                        if path.exists() && !force {
                            return Err(Message::new("cli-export-exists").arg("path", path.display().to_string()));
                        }
                        let bytes =
                            super::export::pdf(&declaration, agreement, language, today).map_err(|e| e.message())?;
                        std::fs::create_dir_all(folder)
                            .and_then(|()| storage::write_atomic(&path, &bytes, storage::Privacy::UserChosen))
                            .map_err(|e| super::system_error::message(&e))?;
                        Ok(path)
                    });
                Printed { doctor, result }
            })
            .collect())
    }

    /// The data folder.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The database, opened (created, migrated) for one piece of work.
    pub fn store(&self) -> Result<Store, StoreError> {
        Store::open(&self.root)
    }

    /// Every doctor, sorted by surname (the name's last word) then name.
    pub fn load(&self) -> Result<Vec<Profile>, StoreError> {
        let store = self.store()?;
        let mut profiles: Vec<Profile> = store
            .summaries()?
            .into_iter()
            .map(|summary| {
                let text = summary
                    .last_version
                    .as_ref()
                    .map(|v| v.text.clone())
                    .or_else(|| summary.draft.clone())
                    .unwrap_or_default();
                let declaration = if summary.last_version.is_some() {
                    format::read_declaration(&text, &self.agreements)
                } else {
                    format::read_draft(&text, &self.agreements)
                };
                Profile {
                    id: summary.doctor.id.to_string(),
                    identified: summary.doctor.inami_key.is_some(),
                    name: summary.doctor.name,
                    inami: super::inami::shown(&summary.doctor.inami),
                    note: summary.doctor.note,
                    declaration,
                    saved_at: summary.last_version.map(|v| v.saved_at),
                    registration: summary.registration,
                    has_draft: summary.draft.is_some(),
                }
            })
            .collect();
        profiles.sort_by_cached_key(|p| (surname_key(&p.name), fold(&p.name), p.inami.clone(), p.id.clone()));
        Ok(profiles)
    }

    /// Every doctor ([`Practice::load`]); none when the database cannot be read (the window says
    /// why from [`Practice::load`]).
    pub fn profiles(&self) -> Vec<Profile> {
        self.load().unwrap_or_default()
    }

    /// One doctor's current declaration (the last saved version, else the draft); `None` when
    /// there is no such doctor.
    pub fn declaration(&self, id: &str) -> Option<Result<Declaration, ReadError>> {
        let store = self.store().ok()?;
        let id = doctor_id(id).ok()?;
        store.doctor(id).ok()??;
        if let Some(last) = store.versions(id).ok()?.pop() {
            return Some(format::read_declaration(&last.text, &self.agreements));
        }
        let draft = store.draft(id).ok()??;
        Some(format::read_draft(&draft, &self.agreements))
    }

    /// The text of the doctor's last saved version, as written to its file.
    pub fn last_version_text(&self, id: &str) -> Option<String> {
        let store = self.store().ok()?;
        Some(store.versions(doctor_id(id).ok()?).ok()?.pop()?.text)
    }

    /// The doctor's draft (work not saved as a version), if any.
    pub fn draft(&self, id: &str) -> Option<Result<Declaration, ReadError>> {
        let store = self.store().ok()?;
        let draft = store.draft(doctor_id(id).ok()?).ok()??;
        Some(format::read_draft(&draft, &self.agreements))
    }

    /// Doctors whose name or INAMI number contains `query`, ignoring case and accents.
    pub fn search(&self, query: &str) -> Vec<Profile> {
        self.profiles()
            .into_iter()
            .filter(|p| name_matches(&p.name, query) || p.inami.contains(query.trim()))
            .collect()
    }

    /// The doctor this INAMI number belongs to.
    pub fn doctor_by_inami(&self, inami: &str) -> Option<String> {
        let store = self.store().ok()?;
        store.doctor_by_inami(inami).ok()?.map(|d| d.id.to_string())
    }

    /// The doctor this practice last saved the file `path` for.
    pub fn file_owner(&self, path: &Path) -> Option<String> {
        let store = self.store().ok()?;
        let canonical = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        let id = store
            .file_doctor(&canonical)
            .ok()
            .flatten()
            .or_else(|| store.file_doctor(path).ok().flatten())?;
        Some(id.to_string())
    }

    /// What this practice last wrote to `path` (the version's text), when it wrote there.
    pub fn file_written(&self, path: &Path) -> Option<String> {
        let store = self.store().ok()?;
        let canonical = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        store
            .file_text(&canonical)
            .ok()
            .flatten()
            .or_else(|| store.file_text(path).ok().flatten())
    }

    /// The doctor a declaration opened from a file is: the one with its INAMI number, when the name
    /// is theirs too (another name with that number is for the save to refuse, not to merge).
    pub fn doctor_of(&self, declaration: &Declaration) -> Option<String> {
        let store = self.store().ok()?;
        let doctor = store.doctor_by_inami(&declaration.doctor.inami).ok()??;
        store::same_name(&doctor.name, &declaration.doctor.name).then(|| doctor.id.to_string())
    }

    /// Records a saved declaration as the next version of its doctor: the same INAMI number is the
    /// same doctor whoever opened it; `origin` is the doctor the work was opened as. The first
    /// version is the declaration, later ones amendments effective on `amendment_on`.
    pub fn save(
        &self,
        origin: Option<&str>,
        declaration: &Declaration,
        file: Option<&Path>,
        now: NaiveDateTime,
        amendment_on: NaiveDate,
    ) -> Result<SavedDoctor, StoreError> {
        let origin = origin.and_then(|id| id.parse().ok());
        let mut store = self.store()?;
        let saved = store.save_version(
            origin,
            &store::NewVersion {
                name: declaration.doctor.name.trim(),
                inami: declaration.doctor.inami.trim(),
                text: &format::write_declaration(declaration),
                file,
                now,
                amendment_on,
            },
        )?;
        Ok(SavedDoctor {
            id: saved.doctor_id.to_string(),
            namesake: saved.namesake.map(|d| (d.name, d.inami)),
        })
    }

    /// Whether saving `declaration` (opened as doctor `origin`) would be refused: a number another
    /// doctor has ([`StoreError::InamiTaken`]). Nothing is changed.
    pub fn identity_check(&self, origin: Option<&str>, declaration: &Declaration) -> Result<(), StoreError> {
        let mut store = self.store()?;
        store.would_resolve(
            origin.and_then(|id| id.parse().ok()),
            declaration.doctor.name.trim(),
            declaration.doctor.inami.trim(),
        )
    }

    /// Keeps the work in progress of the doctor `origin` (or of the doctor the declaration names,
    /// a provisional one without a valid number), and returns that doctor's id.
    pub fn save_draft(
        &self,
        origin: Option<&str>,
        declaration: &Declaration,
        now: NaiveDateTime,
    ) -> Result<String, StoreError> {
        let mut store = self.store()?;
        let origin = origin.and_then(|id| id.parse().ok());
        let id = match origin {
            Some(id) => id,
            None => store.doctor_for_draft(
                None,
                declaration.doctor.name.trim(),
                declaration.doctor.inami.trim(),
                now,
            )?,
        };
        store.save_draft(id, &format::write_declaration(declaration), now)?;
        Ok(id.to_string())
    }

    /// A doctor's saved versions and registration marks, oldest first (removed marks included).
    pub fn history(&self, id: &str) -> Vec<HistoryEntry> {
        self.try_history(id).unwrap_or_default()
    }

    fn try_history(&self, id: &str) -> Result<Vec<HistoryEntry>, StoreError> {
        let store = self.store()?;
        let id = doctor_id(id)?;
        let versions = store.versions(id)?;
        let mut entries: Vec<HistoryEntry> = Vec::new();
        let read = |text: &str| format::read_declaration(text, &self.agreements).ok();
        for version in &versions {
            if let Some(declaration) = read(&version.text) {
                entries.push(HistoryEntry {
                    saved_at: version.saved_at,
                    kind: match version.kind {
                        VersionKind::Declaration => EntryKind::Declaration,
                        VersionKind::Amendment => EntryKind::Amendment,
                    },
                    effective_on: version.effective_on,
                    declaration,
                    set_by: None,
                    removed: None,
                });
            }
        }
        for mark in store.marks(id)? {
            let Some(declaration) = versions
                .iter()
                .find(|v| v.id == mark.version_id)
                .and_then(|v| read(&v.text))
            else {
                continue;
            };
            entries.push(HistoryEntry {
                saved_at: mark.set_at,
                kind: EntryKind::Registered,
                effective_on: Some(mark.registered_on),
                declaration,
                set_by: mark.set_by,
                removed: mark.removed_at.map(|at| (at, mark.removed_by)),
            });
        }
        entries.sort_by_key(|e| e.saved_at);
        Ok(entries)
    }

    /// Marks the doctor's last saved version as registered in ProSanté on `on`.
    pub fn mark_registered(
        &self,
        id: &str,
        on: NaiveDate,
        now: NaiveDateTime,
        set_by: Option<&str>,
    ) -> Result<(), StoreError> {
        self.mark_many(&[id.to_owned()], on, now, set_by)
    }

    /// Marks several doctors at once: all of them, or none.
    pub fn mark_many(
        &self,
        ids: &[String],
        on: NaiveDate,
        now: NaiveDateTime,
        set_by: Option<&str>,
    ) -> Result<(), StoreError> {
        let ids = ids.iter().map(|id| doctor_id(id)).collect::<Result<Vec<_>, _>>()?;
        self.store()?.mark_many(&ids, on, now, set_by).map(|_| ())
    }

    /// Removes the doctor's mark; the database keeps it with who removed it and when.
    pub fn unmark(&self, id: &str, now: NaiveDateTime, by: Option<&str>) -> Result<(), StoreError> {
        self.store()?.unmark(doctor_id(id)?, now, by).map(|_| ())
    }

    /// Where the doctor stands with ProSanté.
    pub fn registration(&self, id: &str) -> Option<Registration> {
        self.store().ok()?.registration(doctor_id(id).ok()?).ok()?
    }

    /// The doctor's note ("mandat eHealth à demander").
    pub fn set_note(&self, id: &str, note: &str) -> Result<(), StoreError> {
        self.store()?.set_note(doctor_id(id)?, note)
    }

    /// The latest recorded version, where an amendment starts from.
    pub fn latest(&self, id: &str) -> Option<HistoryEntry> {
        self.history(id)
            .into_iter()
            .rev()
            .find(|e| e.kind != EntryKind::Registered)
    }
}

/// A copy of another doctor's schedule as the starting point for a new doctor: sites and slots
/// are kept, identity is replaced.
pub fn duplicate_for(source: &Declaration, name: &str, inami: &str) -> Declaration {
    let mut copy = source.clone();
    copy.doctor.name = name.to_owned();
    copy.doctor.inami = inami.to_owned();
    copy.doctor.recognised_on = None;
    copy.doctor.extra = Default::default();
    copy
}

/// Why a version was recorded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntryKind {
    /// The declaration within the 30-day window.
    Declaration,
    /// A later change of time/place conditions (12.3), effective on its own date.
    Amendment,
    /// The practice registered this declaration in ProSanté/ProGezondheid on `effective_on`
    /// (the secretary's mark on the practice overview).
    Registered,
}

/// One recorded version of a doctor's declaration.
#[derive(Clone, Debug, PartialEq)]
pub struct HistoryEntry {
    pub saved_at: NaiveDateTime,
    pub kind: EntryKind,
    /// From when an amendment applies.
    pub effective_on: Option<NaiveDate>,
    pub declaration: Declaration,
    /// Who recorded it, when the app knows (a registration mark); `None` otherwise.
    pub set_by: Option<String>,
    /// A registration mark since removed: when, and by whom.
    pub removed: Option<(NaiveDateTime, Option<String>)>,
}

/// The date an amendment registered on `registered_on` takes effect: from registration in 2021
/// (12.3), after the agreement's notice period in older agreements.
pub fn amendment_effective_on(agreement: &super::agreement::Agreement, registered_on: NaiveDate) -> NaiveDate {
    agreement
        .window("amendment")
        .and_then(|window| agreement.effective_on(window, registered_on))
        .unwrap_or(registered_on)
}

/// One difference between two versions of a declaration.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    /// The doctor's name or INAMI number.
    DoctorChanged {
        field: DoctorField,
        before: String,
        after: String,
    },
    ChoiceChanged {
        before: super::model::Choice,
        after: super::model::Choice,
    },
    SiteAdded {
        name: String,
    },
    SiteRemoved {
        name: String,
    },
    SiteChanged {
        before: String,
        after: String,
    },
    SlotAdded(Slot),
    SlotRemoved(Slot),
    /// Same day and overlapping time, something else changed (hours, rates, setting, site, note).
    SlotChanged {
        before: Slot,
        after: Slot,
    },
}

/// Which of the doctor's identity fields changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DoctorField {
    Name,
    Inami,
}

impl Change {
    /// A translatable one-line description. Slots name their site by its name (see [`diff`]).
    pub fn message(&self) -> Message {
        match self {
            Change::DoctorChanged { field, before, after } => Message::new(match field {
                DoctorField::Name => "change-doctor-name",
                DoctorField::Inami => "change-doctor-inami",
            })
            .arg("before", before.clone())
            .arg("after", after.clone()),
            Change::ChoiceChanged { before, after } => Message::new("change-choice")
                .key_arg("before", format!("choice-{}", before.key()))
                .key_arg("after", format!("choice-{}", after.key())),
            Change::SiteAdded { name } => Message::new("change-site-added").arg("site", name.clone()),
            Change::SiteRemoved { name } => Message::new("change-site-removed").arg("site", name.clone()),
            Change::SiteChanged { before, after } => Message::new("change-site-changed")
                .arg("before", before.clone())
                .arg("after", after.clone()),
            Change::SlotAdded(slot) => slot_args(Message::new("change-slot-added"), slot, ""),
            Change::SlotRemoved(slot) => slot_args(Message::new("change-slot-removed"), slot, ""),
            Change::SlotChanged { before, after } => slot_args(
                slot_args(Message::new("change-slot-changed"), before, "before"),
                after,
                "after",
            ),
        }
    }
}

fn slot_args(message: Message, slot: &Slot, prefix: &str) -> Message {
    message
        .key_arg(&format!("{prefix}day"), format!("day-{}", slot.day.key()))
        .arg(&format!("{prefix}start"), slot.start.to_string())
        .arg(&format!("{prefix}end"), slot.end.to_string())
        .key_arg(&format!("{prefix}rates"), format!("rates-{}", slot.rates.key()))
        .arg(&format!("{prefix}site"), slot.site.clone())
}

/// What changed from `before` to `after`: the doctor, choice, sites, then slots (removed, changed,
/// added). Slots are matched by site id, but the changes carry the site's name, as users know it.
pub fn diff(before: &Declaration, after: &Declaration) -> Vec<Change> {
    let mut changes = Vec::new();
    for (field, old, new) in [
        (DoctorField::Name, &before.doctor.name, &after.doctor.name),
        (DoctorField::Inami, &before.doctor.inami, &after.doctor.inami),
    ] {
        if old.trim() != new.trim() {
            changes.push(Change::DoctorChanged {
                field,
                before: old.trim().to_owned(),
                after: new.trim().to_owned(),
            });
        }
    }
    if before.choice != after.choice {
        changes.push(Change::ChoiceChanged {
            before: before.choice,
            after: after.choice,
        });
    }
    for site in &before.sites {
        match after.site(&site.id) {
            None => changes.push(Change::SiteRemoved {
                name: site.name.clone(),
            }),
            Some(now) if now.name != site.name || now.address != site.address => changes.push(Change::SiteChanged {
                before: site.name.clone(),
                after: now.name.clone(),
            }),
            Some(_) => {}
        }
    }
    for site in after.sites.iter().filter(|s| before.site(&s.id).is_none()) {
        changes.push(Change::SiteAdded {
            name: site.name.clone(),
        });
    }
    let named = slot_changes(&before.slots, &after.slots)
        .into_iter()
        .map(|change| match change {
            Change::SlotAdded(slot) => Change::SlotAdded(with_site_name(slot, after)),
            Change::SlotRemoved(slot) => Change::SlotRemoved(with_site_name(slot, before)),
            Change::SlotChanged {
                before: old,
                after: new,
            } => Change::SlotChanged {
                before: with_site_name(old, before),
                after: with_site_name(new, after),
            },
            other => other,
        });
    changes.extend(named);
    changes
}

/// The slot with its site's name in place of the id, for showing (the id when the site is gone).
fn with_site_name(mut slot: Slot, declaration: &Declaration) -> Slot {
    if let Some(site) = declaration.site(&slot.site) {
        slot.site = site.name.clone();
    }
    slot
}

fn slot_changes(before: &[Slot], after: &[Slot]) -> Vec<Change> {
    // Identical slots, wherever they are in the list, are unchanged.
    let mut removed: Vec<&Slot> = Vec::new();
    let mut added: Vec<&Slot> = after.iter().collect();
    for slot in before {
        match added.iter().position(|s| *s == slot) {
            Some(i) => {
                added.remove(i);
            }
            None => removed.push(slot),
        }
    }
    let mut changes = Vec::new();
    for old in removed {
        let counterpart = added
            .iter()
            .position(|new| new.day == old.day && new.start < old.end && old.start < new.end);
        match counterpart {
            Some(i) => {
                let new = added.remove(i);
                changes.push(Change::SlotChanged {
                    before: old.clone(),
                    after: new.clone(),
                });
            }
            None => changes.push(Change::SlotRemoved(old.clone())),
        }
    }
    changes.extend(added.into_iter().map(|s| Change::SlotAdded(s.clone())));
    changes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::agreement::Agreements;

    fn example() -> Declaration {
        let text = include_str!("../../assets/examples/gp-partial-valid.json");
        format::read_declaration(text, Agreements::embedded()).unwrap()
    }

    fn at(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
    }

    #[test]
    fn differences_name_sites_by_name_and_see_the_doctors_new_name() {
        let before = example();
        let mut after = before.clone();
        after.doctor.name = "Dr Anne Peeters-Claes".into();
        after.slots[0].end = super::super::model::TimeOfDay::from_hm(12, 30).unwrap();
        let changes = diff(&before, &after);
        assert_eq!(
            changes[0],
            Change::DoctorChanged {
                field: DoctorField::Name,
                before: before.doctor.name.clone(),
                after: "Dr Anne Peeters-Claes".into(),
            }
        );
        let site = before.site(&before.slots[0].site).unwrap();
        match &changes[1] {
            Change::SlotChanged {
                before: old,
                after: new,
            } => {
                assert_eq!(old.site, site.name);
                assert_eq!(new.site, site.name);
            }
            other => panic!("{other:?}"),
        }
        assert_ne!(site.name, site.id, "the example's site id differs from its name");
    }

    #[test]
    fn a_duplicate_keeps_the_schedule_and_replaces_the_identity() {
        let copy = duplicate_for(&example(), "Dr Jan Claes", "1-23456-25-004");
        assert_eq!(copy.slots, example().slots);
        assert_eq!(copy.doctor.name, "Dr Jan Claes");
        assert_eq!(copy.doctor.inami, "1-23456-25-004");
    }

    #[test]
    fn history_keeps_every_version_and_shows_what_changed() {
        let dir = tempfile::tempdir().unwrap();
        let practice = Practice::open(dir.path(), Agreements::embedded().clone());
        let first = example();
        let june = at("2026-06-01 09:30");
        let anne = practice
            .save(None, &first, None, at("2026-02-20 10:00"), june.date())
            .unwrap()
            .id;
        let mut second = practice.latest(&anne).unwrap().declaration;
        second.slots[3].end = super::super::model::TimeOfDay::from_hm(19, 0).unwrap();
        second.slots.remove(8);
        second.slots.push(first.slots[0].clone());
        second.slots.last_mut().unwrap().day = super::super::model::Weekday::Saturday;
        practice.save(Some(&anne), &second, None, june, june.date()).unwrap();
        let history = practice.history(&anne);
        assert_eq!(history.len(), 2);
        assert_eq!(history[1].kind, EntryKind::Amendment);
        assert_eq!(history[1].effective_on, Some(june.date()));
        let changes = diff(&history[0].declaration, &history[1].declaration);
        assert_eq!(changes.len(), 3, "{changes:?}");
        assert!(
            matches!(&changes[0], Change::SlotChanged { before, after } if before.end.to_string() == "20:00" && after.end.to_string() == "19:00")
        );
        assert!(matches!(&changes[1], Change::SlotRemoved(s) if s.day == super::super::model::Weekday::Friday));
        assert!(matches!(&changes[2], Change::SlotAdded(s) if s.day == super::super::model::Weekday::Saturday));
    }

    #[test]
    fn amendments_apply_from_registration_in_2021_and_after_notice_before() {
        let registered: NaiveDate = "2021-06-01".parse().unwrap();
        let a2021 = Agreements::embedded().find("2021").unwrap();
        assert_eq!(amendment_effective_on(a2021, registered), registered);
        let a2020 = Agreements::embedded().find("2020").unwrap();
        assert_eq!(
            amendment_effective_on(a2020, registered),
            "2021-07-01".parse::<NaiveDate>().unwrap()
        );
    }
}
