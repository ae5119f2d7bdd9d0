//! Several doctors in one practice: a folder of doctor profiles (each a declaration file), and the
//! history of what each one declared, with the differences between two versions.
//!
//! Everything lives under [`storage::data_dir`] and is written with [`storage::write_atomic`] as
//! private files, since it holds personal data.

use super::agreement::Agreements;
use super::format::{self, ReadError};
use super::i18n::Message;
use super::model::{Declaration, Slot};
use super::storage::{self, Privacy};
use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use std::io;
use std::path::{Path, PathBuf};

/// The practice's folder of profiles and their histories.
#[derive(Clone, Debug)]
pub struct Practice {
    root: PathBuf,
    /// The agreements its declarations may name (a file naming another is unreadable).
    agreements: Agreements,
}

/// One doctor's profile as found on disk; a file that cannot be read is listed with its error so
/// the user sees it instead of losing track of it.
#[derive(Clone, Debug)]
pub struct Profile {
    pub id: String,
    pub path: PathBuf,
    pub declaration: Result<Declaration, ReadError>,
}

impl Practice {
    /// The practice in the per-user data folder.
    pub fn open_default(agreements: Agreements) -> Practice {
        Practice::open(storage::data_dir(), agreements)
    }

    pub fn open(root: impl Into<PathBuf>, agreements: Agreements) -> Practice {
        Practice {
            root: root.into(),
            agreements,
        }
    }

    fn profiles_dir(&self) -> PathBuf {
        self.root.join("profiles")
    }

    fn history_dir(&self, id: &str) -> PathBuf {
        self.root.join("history").join(id)
    }

    pub fn profile_path(&self, id: &str) -> PathBuf {
        self.profiles_dir().join(format!("{id}.json"))
    }

    /// Every profile, sorted by doctor name (unreadable ones last, by file name).
    pub fn profiles(&self) -> Vec<Profile> {
        let mut profiles: Vec<Profile> = json_files(&self.profiles_dir())
            .into_iter()
            .filter_map(|path| {
                let id = path.file_stem()?.to_str()?.to_owned();
                let declaration = read_file(&path, &self.agreements);
                Some(Profile { id, path, declaration })
            })
            .collect();
        profiles.sort_by_key(|p| match &p.declaration {
            Ok(d) => (0, d.doctor.name.to_lowercase(), p.id.clone()),
            Err(_) => (1, String::new(), p.id.clone()),
        });
        profiles
    }

    /// One doctor's saved declaration, read from its own file (`None` when there is no such profile),
    /// so opening or marking one doctor does not read the whole practice.
    pub fn declaration(&self, id: &str) -> Option<Result<Declaration, ReadError>> {
        let path = self.profile_path(id);
        path.is_file().then(|| read_file(&path, &self.agreements))
    }

    /// Profiles whose doctor's name contains `query`, ignoring case and accents.
    pub fn search(&self, query: &str) -> Vec<Profile> {
        self.profiles()
            .into_iter()
            .filter(|p| {
                p.declaration
                    .as_ref()
                    .is_ok_and(|d| name_matches(&d.doctor.name, query))
            })
            .collect()
    }
}

/// Whether a doctor's name contains `query`, ignoring case and accents: "peeters" finds "Dr Anne
/// Peeters", "lefevre" finds "Lefèvre".
pub fn name_matches(name: &str, query: &str) -> bool {
    fold(name).contains(&fold(query))
}

impl Practice {
    /// Saves a profile (the working copy of a doctor's declaration).
    pub fn save(&self, id: &str, declaration: &Declaration) -> io::Result<()> {
        storage::write_atomic(
            &self.profile_path(id),
            format::write_declaration(declaration).as_bytes(),
            Privacy::Private,
        )
    }

    /// Removes a profile; its history stays, so what was declared remains provable.
    pub fn remove(&self, id: &str) -> io::Result<()> {
        std::fs::remove_file(self.profile_path(id))
    }

    /// A new profile id from the doctor's name, unique in this practice (`dr-anne-peeters-2`).
    pub fn new_id(&self, name: &str) -> String {
        let base = slug(name);
        let base = if base.is_empty() { "doctor".to_owned() } else { base };
        let mut id = base.clone();
        let mut n = 2;
        while self.profile_path(&id).exists() {
            id = format!("{base}-{n}");
            n += 1;
        }
        id
    }

    /// Records a declaration as exported on `saved_at`: the proof of what was declared when.
    pub fn record(&self, id: &str, entry: &HistoryEntry) -> io::Result<PathBuf> {
        let name = entry.saved_at.format("%Y%m%d-%H%M%S").to_string();
        let mut path = self.history_dir(id).join(format!("{name}.json"));
        let mut n = 2;
        while path.exists() {
            path = self.history_dir(id).join(format!("{name}-{n}.json"));
            n += 1;
        }
        storage::write_atomic(&path, entry.to_text().as_bytes(), Privacy::Private)?;
        Ok(path)
    }

    /// A doctor's recorded versions, oldest first. Unreadable entries are skipped, never deleted.
    pub fn history(&self, id: &str) -> Vec<HistoryEntry> {
        let mut entries: Vec<HistoryEntry> = json_files(&self.history_dir(id))
            .iter()
            .filter_map(|p| HistoryEntry::read(p, &self.agreements).ok())
            .collect();
        entries.sort_by_key(|e| e.saved_at);
        entries
    }

    /// Marks a doctor's declaration as registered in ProSanté on `on`, in the doctor's history.
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
        };
        self.record(id, &entry)
    }

    /// When the doctor's current declaration was registered, and by whom: the latest registration
    /// mark, unless a different version was recorded after it (which then needs registering).
    pub fn registration(&self, id: &str, current: &Declaration) -> Option<(NaiveDate, Option<String>)> {
        registration_of(&self.history(id), current)
    }

    /// The latest recorded version, where an amendment starts from.
    pub fn latest(&self, id: &str) -> Option<HistoryEntry> {
        self.history(id).pop()
    }
}

/// The registration that still holds for `current` in a history (oldest first).
pub fn registration_of(history: &[HistoryEntry], current: &Declaration) -> Option<(NaiveDate, Option<String>)> {
    let mut registered: Option<&HistoryEntry> = None;
    for entry in history {
        match entry.kind {
            EntryKind::Registered => registered = Some(entry),
            // A later, different version is not what was registered.
            _ if registered.is_some_and(|r| r.declaration != entry.declaration) => registered = None,
            _ => {}
        }
    }
    registered
        .filter(|r| &r.declaration == current)
        .and_then(|r| r.effective_on.map(|on| (on, r.set_by.clone())))
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

fn read_file(path: &Path, agreements: &Agreements) -> Result<Declaration, ReadError> {
    match format::read_file_bounded(path) {
        Ok(bytes) => format::read_declaration_bytes(&bytes, agreements),
        Err(error) => Err(ReadError {
            position: None,
            message: Message::new("practice-unreadable").arg("reason", error.to_string()),
        }),
    }
}

/// Lower case without accents, for search and ids.
fn fold(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' => 'a',
            'ç' => 'c',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ñ' => 'n',
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ÿ' | 'ý' => 'y',
            other => other,
        })
        .collect()
}

fn slug(name: &str) -> String {
    /// A profile folder name stays short whatever the doctor's name (ASCII, so bytes = chars).
    const MAX_SLUG: usize = 60;
    let folded: String = fold(name)
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let mut slug = folded
        .split('-')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    slug.truncate(MAX_SLUG);
    slug.trim_end_matches('-').to_owned()
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
}

/// The history file: a small versioned envelope around a declaration file.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct EntryFile {
    format: String,
    version: u32,
    saved_at: NaiveDateTime,
    kind: EntryKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    effective_on: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    set_by: Option<String>,
    declaration: serde_json::Value,
}

const ENTRY_FORMAT: &str = "conventio-history-entry";
const ENTRY_VERSION: u32 = 1;

impl HistoryEntry {
    fn to_text(&self) -> String {
        let declaration = serde_json::from_str(&format::write_declaration(&self.declaration)).unwrap_or_default();
        let file = EntryFile {
            format: ENTRY_FORMAT.into(),
            version: ENTRY_VERSION,
            saved_at: self.saved_at,
            kind: self.kind,
            effective_on: self.effective_on,
            set_by: self.set_by.clone(),
            declaration,
        };
        serde_json::to_string_pretty(&file).unwrap_or_default() + "\n"
    }

    fn read(path: &Path, agreements: &Agreements) -> Result<HistoryEntry, ReadError> {
        let bytes = std::fs::read(path).map_err(|e| ReadError {
            position: None,
            message: Message::new("practice-unreadable").arg("reason", e.to_string()),
        })?;
        let file: EntryFile = serde_json::from_slice(&bytes).map_err(|e| ReadError {
            position: Some((e.line(), e.column())),
            message: Message::new("read-invalid").arg("detail", e.to_string()),
        })?;
        if file.format != ENTRY_FORMAT || file.version != ENTRY_VERSION {
            return Err(ReadError {
                position: None,
                message: Message::new("read-wrong-format"),
            });
        }
        let declaration = format::read_declaration(&file.declaration.to_string(), agreements)?;
        Ok(HistoryEntry {
            saved_at: file.saved_at,
            kind: file.kind,
            effective_on: file.effective_on,
            declaration,
            set_by: file.set_by,
        })
    }
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
    fn profiles_are_listed_by_name_and_found_without_accents() {
        let dir = tempfile::tempdir().unwrap();
        let practice = Practice::open(dir.path(), Agreements::embedded().clone());
        let mut helene = example();
        helene.doctor.name = "Dr Hélène Noël".into();
        practice.save(&practice.new_id(&helene.doctor.name), &helene).unwrap();
        practice.save(&practice.new_id("Dr Anne Peeters"), &example()).unwrap();
        std::fs::write(practice.profile_path("broken"), "{").unwrap();
        let profiles = practice.profiles();
        let ids: Vec<&str> = profiles.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["dr-anne-peeters", "dr-helene-noel", "broken"]);
        assert!(profiles[2].declaration.is_err());
        assert_eq!(practice.search("helene").len(), 1);
        assert_eq!(practice.search("NOËL").len(), 1);
    }

    #[test]
    fn a_300_character_name_gives_a_short_profile_id_that_saves() {
        let dir = tempfile::tempdir().unwrap();
        let practice = Practice::open(dir.path(), Agreements::embedded().clone());
        let id = practice.new_id(&"Dr Hélène Noël-Françoise ".repeat(12));
        assert!(id.len() <= 60, "{id}");
        practice.save(&id, &example()).unwrap();
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
    fn new_ids_never_reuse_an_existing_profile() {
        let dir = tempfile::tempdir().unwrap();
        let practice = Practice::open(dir.path(), Agreements::embedded().clone());
        practice.save("dr-anne-peeters", &example()).unwrap();
        assert_eq!(practice.new_id("Dr Anne Peeters"), "dr-anne-peeters-2");
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
        let entry = HistoryEntry {
            saved_at: at("2026-02-20 10:00"),
            kind: EntryKind::Declaration,
            effective_on: None,
            declaration: first.clone(),
            set_by: None,
        };
        practice.record("anne", &entry).unwrap();
        let mut second = practice.latest("anne").unwrap().declaration;
        second.slots[3].end = super::super::model::TimeOfDay::from_hm(19, 0).unwrap();
        second.slots.remove(8);
        second.slots.push(first.slots[0].clone());
        second.slots.last_mut().unwrap().day = super::super::model::Weekday::Saturday;
        let amendment = HistoryEntry {
            saved_at: at("2026-06-01 09:30"),
            kind: EntryKind::Amendment,
            effective_on: Some("2026-06-01".parse().unwrap()),
            declaration: second.clone(),
            set_by: None,
        };
        practice.record("anne", &amendment).unwrap();
        let history = practice.history("anne");
        assert_eq!(history.len(), 2);
        assert_eq!(history[1].kind, EntryKind::Amendment);
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

    #[test]
    fn a_registration_holds_until_a_different_version_is_recorded() {
        let dir = tempfile::tempdir().unwrap();
        let practice = Practice::open(dir.path(), Agreements::embedded().clone());
        let first = example();
        let at = |h: u32| {
            NaiveDate::from_ymd_opt(2026, 11, 23)
                .unwrap()
                .and_hms_opt(h, 0, 0)
                .unwrap()
        };
        let on = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        assert_eq!(practice.registration("dr", &first), None);
        practice.mark_registered("dr", &first, on, at(9), None).unwrap();
        assert_eq!(practice.registration("dr", &first), Some((on, None)));
        let mut changed = first.clone();
        changed.doctor.name = "Dr Anne Peeters-Claes".into();
        let amendment = HistoryEntry {
            saved_at: at(10),
            kind: EntryKind::Amendment,
            effective_on: Some(on),
            declaration: changed.clone(),
            set_by: None,
        };
        practice.record("dr", &amendment).unwrap();
        assert_eq!(
            practice.registration("dr", &changed),
            None,
            "the amendment needs registering"
        );
        assert_eq!(
            practice.history("dr")[0].kind,
            EntryKind::Registered,
            "the mark is kept in the history"
        );
    }
}
