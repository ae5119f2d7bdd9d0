//! The practice's database (issue 17): identity by INAMI number, marks that belong to a version,
//! the 0.2.0 migration, export/import, and the faults: a read-only folder, a corrupt file, a full
//! disk, a process killed inside a transaction, two processes writing at once.

use chrono::{NaiveDate, NaiveDateTime};
use conventio::core::agreement::Agreements;
use conventio::core::format::read_declaration;
use conventio::core::model::Declaration;
use conventio::core::practice::{self, Practice};
use conventio::core::store::{self, Registration, Store, StoreError, archive, legacy};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const FATHER: &str = "1-23456-25-004";
const SON: &str = "1-23457-24-004";
/// The father's number with another competence code: the same doctor.
const FATHER_LATER: &str = "1-23456-25-580";

fn example() -> Declaration {
    read_declaration(
        include_str!("../../assets/examples/gp-partial-valid.json"),
        Agreements::embedded(),
    )
    .unwrap()
}

fn doctor(name: &str, inami: &str) -> Declaration {
    let mut d = example();
    d.doctor.name = name.into();
    d.doctor.inami = inami.into();
    d
}

fn at(day: u32, hour: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 12, day)
        .unwrap()
        .and_hms_opt(hour, 0, 0)
        .unwrap()
}

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, d).unwrap()
}

fn practice(root: &Path) -> Practice {
    Practice::open(root, Agreements::embedded().clone())
}

fn save(p: &Practice, origin: Option<&str>, d: &Declaration, when: NaiveDateTime) -> Result<String, StoreError> {
    p.save(origin, d, None, when, when.date()).map(|s| s.id)
}

#[test]
fn father_and_son_of_the_same_name_are_two_doctors_and_the_number_decides_who_is_who() {
    let dir = tempfile::tempdir().unwrap();
    let p = practice(dir.path());
    let father = save(&p, None, &doctor("Dr Koen Verhaeghe", FATHER), at(1, 9)).unwrap();
    let saved = p
        .save(None, &doctor("Dr Koen Verhaeghe", SON), None, at(1, 10), day(1))
        .unwrap();
    assert_ne!(father, saved.id, "another number is another doctor");
    assert_eq!(
        saved.namesake,
        Some(("Dr Koen Verhaeghe".into(), FATHER.into())),
        "the user is told a namesake exists"
    );
    // A file of the father's opened again (no origin) is the father, even with a new competence code.
    let again = save(&p, None, &doctor("Dr Koen Verhaeghe", FATHER_LATER), at(2, 9)).unwrap();
    assert_eq!(again, father);
    assert_eq!(p.history(&father).len(), 2);
    assert_eq!(p.history(&saved.id).len(), 1);
    let profiles = p.load().unwrap();
    assert_eq!(profiles.len(), 2);
    let labels: Vec<String> = profiles.iter().map(|p| p.label()).collect();
    assert!(
        labels.contains(&format!("Dr Koen Verhaeghe ({FATHER_LATER})")),
        "{labels:?}"
    );
    assert!(labels.contains(&format!("Dr Koen Verhaeghe ({SON})")), "{labels:?}");
}

#[test]
fn a_second_doctor_with_a_number_already_taken_is_refused_naming_the_first() {
    let dir = tempfile::tempdir().unwrap();
    let p = practice(dir.path());
    let anne = save(&p, None, &doctor("Dr Anne Peeters", FATHER), at(1, 9)).unwrap();
    let bart = save(&p, None, &doctor("Dr Bart Bosmans", SON), at(1, 9)).unwrap();
    // A new declaration with another name and Anne's number.
    let refused = save(&p, None, &doctor("Dr Jan Claes", FATHER), at(1, 10)).unwrap_err();
    assert!(
        matches!(&refused, StoreError::InamiTaken { name, .. } if name == "Dr Anne Peeters"),
        "{refused:?}"
    );
    assert_eq!(refused.message().id, "store-inami-taken");
    // Bart's declaration given Anne's number.
    let refused = save(&p, Some(&bart), &doctor("Dr Bart Bosmans", FATHER), at(1, 11)).unwrap_err();
    assert!(matches!(refused, StoreError::InamiTaken { .. }));
    assert!(
        p.identity_check(Some(&bart), &doctor("Dr Bart Bosmans", FATHER))
            .is_err()
    );
    assert!(
        p.identity_check(Some(&anne), &doctor("Dr Anne Peeters", FATHER))
            .is_ok()
    );
    // Nothing changed.
    assert_eq!(p.history(&anne).len(), 1);
    assert_eq!(p.history(&bart).len(), 1);
    assert_eq!(p.load().unwrap().len(), 2);
}

#[test]
fn a_provisional_doctor_becomes_the_doctor_of_the_number_typed_later() {
    let dir = tempfile::tempdir().unwrap();
    let p = practice(dir.path());
    let id = p.save_draft(None, &doctor("Dr Lena Ødegaard", ""), at(1, 9)).unwrap();
    let profiles = p.load().unwrap();
    assert!(!profiles[0].identified && profiles[0].has_draft);
    let saved = save(&p, Some(&id), &doctor("Dr Lena Ødegaard", SON), at(1, 10)).unwrap();
    assert_eq!(saved, id);
    assert_eq!(p.doctor_by_inami(SON), Some(id.clone()));
    let profiles = p.load().unwrap();
    assert!(
        profiles[0].identified && !profiles[0].has_draft,
        "the save took the draft's place"
    );
    assert_eq!(p.search("odegaard").len(), 1, "ø folds to o");
}

#[test]
fn search_folds_nordic_and_german_letters_and_ligatures() {
    for (name, query) in [
        ("Dr Lena Ødegaard", "odegaard"),
        ("Dr Åsa Berg", "asa"),
        ("Dr Ægir Dahl", "aegir"),
        ("Dr Jürgen Großmann", "grossmann"),
        ("Dr Œdipe Roi", "oedipe"),
        ("Dr Hélène Noël", "HELENE NOEL"),
    ] {
        assert!(practice::name_matches(name, query), "{query} finds {name}");
    }
    assert!(!practice::name_matches("Dr Anne Peeters", "odegaard"));
}

#[test]
fn an_edit_after_registration_not_yet_saved_as_a_version_is_a_change_to_register_again() {
    let dir = tempfile::tempdir().unwrap();
    let p = practice(dir.path());
    let mut d = doctor("Dr Anne Peeters", FATHER);
    let id = save(&p, None, &d, at(1, 9)).unwrap();
    p.mark_registered(&id, day(2), at(2, 10), None).unwrap();
    // The window autosaves the edit as the doctor's draft ("every change is saved automatically").
    d.slots.pop();
    p.save_draft(Some(&id), &d, at(3, 9)).unwrap();
    assert!(matches!(p.registration(&id), Some(Registration::Changed { .. })));
    let (rows, _) = conventio::core::overview::rows(&p, day(3), Agreements::embedded());
    assert!(
        rows[0].changed_since.is_some() && rows[0].registered.is_none(),
        "{:?}",
        rows[0]
    );
    // Undone back to what was registered: registered again, nothing to redo.
    let registered = doctor("Dr Anne Peeters", FATHER);
    p.save_draft(Some(&id), &registered, at(3, 10)).unwrap();
    assert!(matches!(p.registration(&id), Some(Registration::Current { .. })));
}

#[test]
fn a_mark_belongs_to_a_version_says_when_the_declaration_changed_and_can_be_removed() {
    let dir = tempfile::tempdir().unwrap();
    let p = practice(dir.path());
    let mut d = doctor("Dr Anne Peeters", FATHER);
    let id = save(&p, None, &d, at(1, 9)).unwrap();
    p.mark_registered(&id, day(2), at(2, 10), Some("Sophie Martin"))
        .unwrap();
    assert_eq!(
        p.registration(&id),
        Some(Registration::Current {
            on: day(2),
            by: Some("Sophie Martin".into())
        })
    );
    // Saved again unchanged: still registered.
    save(&p, Some(&id), &d, at(2, 11)).unwrap();
    assert!(matches!(p.registration(&id), Some(Registration::Current { .. })));
    // Changed after registration: the mark is kept and says so.
    d.slots.pop();
    save(&p, Some(&id), &d, at(3, 9)).unwrap();
    assert_eq!(
        p.registration(&id),
        Some(Registration::Changed {
            on: day(2),
            by: Some("Sophie Martin".into())
        })
    );
    let (rows, _) = conventio::core::overview::rows(&p, day(3), Agreements::embedded());
    let text = conventio::core::overview::changed_text(
        &rows[0],
        conventio::core::i18n::localizer(conventio::core::i18n::Language::Fr),
    );
    assert_eq!(
        text.as_deref(),
        Some("enregistré le 02/12 — modifié depuis : à réenregistrer")
    );
    // Registered again, then removed: the removal is kept with who and when.
    p.mark_registered(&id, day(3), at(3, 10), Some("Sophie Martin"))
        .unwrap();
    p.unmark(&id, at(3, 11), Some("Marc Dubois")).unwrap();
    assert_eq!(p.registration(&id), None);
    let store = p.store().unwrap();
    let marks = store.marks(id.parse().unwrap()).unwrap();
    assert_eq!(marks.len(), 2, "removed marks stay in the database");
    assert_eq!(marks[1].removed_by.as_deref(), Some("Marc Dubois"));
    assert_eq!(marks[1].removed_at, Some(at(3, 11)));
    let history = p.history(&id);
    assert!(history.iter().any(|e| e.removed.is_some()));
}

#[test]
fn several_doctors_are_marked_at_once_or_not_at_all() {
    let dir = tempfile::tempdir().unwrap();
    let p = practice(dir.path());
    let a = save(&p, None, &doctor("Dr Anne Peeters", FATHER), at(1, 9)).unwrap();
    let b = save(&p, None, &doctor("Dr Bart Bosmans", SON), at(1, 9)).unwrap();
    // A doctor with no saved version (a draft only) makes the whole batch fail.
    let c = p.save_draft(None, &doctor("Dr Chloé Claes", ""), at(1, 9)).unwrap();
    assert!(p.mark_many(&[a.clone(), b.clone(), c], day(2), at(2, 9), None).is_err());
    assert_eq!(p.registration(&a), None, "all or none");
    p.mark_many(&[a.clone(), b.clone()], day(2), at(2, 9), None).unwrap();
    assert!(p.registration(&a).is_some() && p.registration(&b).is_some());
}

#[test]
fn the_database_is_in_wal_mode_at_this_builds_version() {
    let dir = tempfile::tempdir().unwrap();
    drop(Store::open(dir.path()).unwrap());
    let header = std::fs::read(dir.path().join(store::FILE_NAME)).unwrap();
    // Bytes 18 and 19 of the header are 2 in WAL mode; user_version is at 60..64.
    assert_eq!((header[18], header[19]), (2, 2));
    assert!(u32::from_be_bytes([header[60], header[61], header[62], header[63]]) >= 1);
}

#[test]
fn a_0_2_0_practice_migrates_merging_duplicates_by_number_and_moving_the_old_files_aside() {
    let dir = tempfile::tempdir().unwrap();
    let old = legacy::v020::Practice::open(dir.path());
    // Made with 0.2.0's own code paths: "Dr Hélène Noël-Françoise" saved twice under two ids
    // (the Recent-declarations bug), a refusal left in the second, a mark on the first.
    let helene = doctor("Dr Hélène Noël-Françoise", FATHER);
    let first = old.new_id(&helene.doctor.name);
    old.save(&first, &helene).unwrap();
    let entry = |d: &Declaration, when, kind| practice::HistoryEntry {
        saved_at: when,
        kind,
        effective_on: None,
        declaration: d.clone(),
        set_by: None,
        removed: None,
    };
    old.record(&first, &entry(&helene, at(1, 9), practice::EntryKind::Declaration))
        .unwrap();
    old.mark_registered(&first, &helene, day(1), at(1, 10), Some("Sophie".into()))
        .unwrap();
    let second = old.new_id(&helene.doctor.name);
    assert_eq!(second, format!("{first}-2"));
    let mut refusal = helene.clone();
    refusal.choice = conventio::core::model::Choice::Refusal;
    old.save(&second, &refusal).unwrap();
    old.record(&second, &entry(&refusal, at(2, 9), practice::EntryKind::Declaration))
        .unwrap();
    // Father and son: two ids, two numbers.
    let koen = doctor("Dr Koen Verhaeghe", SON);
    let koen_id = old.new_id(&koen.doctor.name);
    old.save(&koen_id, &koen).unwrap();
    old.record(&koen_id, &entry(&koen, at(1, 8), practice::EntryKind::Declaration))
        .unwrap();
    // A profile without a valid number, and a broken file.
    let nobody = doctor("Dr Sans Numéro", "");
    old.save("dr-sans-numero", &nobody).unwrap();
    std::fs::write(dir.path().join("profiles/broken.json"), "{").unwrap();

    let p = practice(dir.path());
    let profiles = p.load().unwrap();
    assert_eq!(profiles.len(), 3, "{profiles:#?}");
    let helene_id = p.doctor_by_inami(FATHER).unwrap();
    let history = p.history(&helene_id);
    let versions = history
        .iter()
        .filter(|e| e.kind != practice::EntryKind::Registered)
        .count();
    assert_eq!(versions, 2, "both histories in one doctor: {history:#?}");
    assert_eq!(
        history
            .iter()
            .filter(|e| e.kind == practice::EntryKind::Registered)
            .count(),
        1
    );
    // The refusal is the latest version: the mark was on the earlier one, so it says "changed".
    assert!(matches!(p.registration(&helene_id), Some(Registration::Changed { .. })));
    // The old folders are moved, not deleted, and nothing is read twice.
    let moved = dir.path().join(legacy::MOVED_TO);
    assert!(!dir.path().join("profiles").exists());
    assert!(moved.join("profiles/broken.json").is_file());
    assert!(moved.join(format!("history/{second}")).is_dir());
    assert_eq!(practice(dir.path()).load().unwrap().len(), 3);
}

#[test]
fn a_0_2_0_window_draft_goes_to_its_doctor_by_number_once_and_its_file_is_moved_aside() {
    let dir = tempfile::tempdir().unwrap();
    let old = legacy::v020::Practice::open(dir.path());
    // The father's saved declaration, and work in progress on him in the first window.
    let father = doctor("Dr Koen Verhaeghe", FATHER);
    let id = old.new_id(&father.doctor.name);
    old.save(&id, &father).unwrap();
    let mut work = father.clone();
    work.slots.pop();
    work.doctor.inami = FATHER_LATER.into();
    old.autosave(1, &work).unwrap();
    // A second window's draft of a new doctor without a number yet, a third's blank one.
    let mut nameless = doctor("Dr Nouvelle Venue", "");
    nameless.slots.truncate(1);
    old.autosave(2, &nameless).unwrap();
    let mut blank = example();
    blank.doctor.name.clear();
    blank.doctor.inami.clear();
    blank.sites.clear();
    blank.slots.clear();
    old.autosave(3, &blank).unwrap();
    let files = ["autosave.json", "autosave-2.json", "autosave-3.json"];

    let p = practice(dir.path());
    let store = p.store().unwrap();
    let father_id = store.doctor_by_inami(FATHER).unwrap().expect("the father").id;
    let draft = store.draft(father_id).unwrap().expect("the window's work is his draft");
    assert_eq!(read_declaration(&draft, Agreements::embedded()).unwrap(), work);
    let provisional = store
        .doctors()
        .unwrap()
        .into_iter()
        .find(|d| d.name == "Dr Nouvelle Venue")
        .expect("a provisional doctor for the draft without a number");
    assert_eq!(provisional.inami_key, None);
    let draft = store.draft(provisional.id).unwrap().expect("with the draft");
    assert_eq!(read_declaration(&draft, Agreements::embedded()).unwrap(), nameless);
    assert_eq!(store.doctors().unwrap().len(), 2, "the blank draft made no doctor");
    for slot in 1..=3 {
        assert_eq!(store.window_draft(slot).unwrap(), None, "nothing left without a doctor");
    }
    // The files are moved, not deleted, and not read again.
    for file in files {
        assert!(!dir.path().join(file).exists(), "{file} left in place");
        assert!(
            dir.path().join(legacy::MOVED_TO).join(file).is_file(),
            "{file} kept aside"
        );
    }
    assert_eq!(
        store.migration_detail(legacy::AUTOSAVE_NAME).unwrap().as_deref(),
        Some("2 to doctors, 0 to windows, 0 unreadable")
    );
    drop(store);
    assert_eq!(practice(dir.path()).store().unwrap().doctors().unwrap().len(), 2);
}

#[test]
fn an_old_window_draft_never_replaces_a_doctors_own_draft_nor_takes_a_number_from_another_name() {
    let dir = tempfile::tempdir().unwrap();
    let p = practice(dir.path());
    let father = save(&p, None, &doctor("Dr Koen Verhaeghe", FATHER), at(1, 9)).unwrap();
    let mut own = doctor("Dr Koen Verhaeghe", FATHER);
    own.slots.truncate(2);
    p.save_draft(Some(&father), &own, at(1, 10)).unwrap();
    drop(p);
    let old = legacy::v020::Practice::open(dir.path());
    let mut other = doctor("Dr Koen Verhaeghe", FATHER);
    other.slots.truncate(1);
    old.autosave(1, &other).unwrap();
    old.autosave(2, &doctor("Dr Imposteur", FATHER_LATER)).unwrap();
    std::fs::write(dir.path().join("autosave-3.json"), "{ not json").unwrap();

    let p = practice(dir.path());
    let store = p.store().unwrap();
    let id: i64 = father.parse().unwrap();
    assert_eq!(
        read_declaration(&store.draft(id).unwrap().unwrap(), Agreements::embedded()).unwrap(),
        own,
        "his own draft stays"
    );
    // Both kept as window drafts, placed when a window opens them and the user moves on.
    let kept = |slot| read_declaration(&store.window_draft(slot).unwrap().unwrap(), Agreements::embedded()).unwrap();
    assert_eq!(kept(1), other);
    assert_eq!(kept(2).doctor.name, "Dr Imposteur");
    assert_eq!(store.doctors().unwrap().len(), 1, "no doctor for the impostor");
    assert!(dir.path().join(legacy::MOVED_TO).join("autosave-3.json").is_file());
}

#[test]
fn export_then_import_into_another_practice_merges_by_number_and_reports_conflicts() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    let pa = practice(a.path());
    let anne = save(&pa, None, &doctor("Dr Anne Peeters", FATHER), at(1, 9)).unwrap();
    pa.mark_registered(&anne, day(1), at(1, 10), Some("Sophie")).unwrap();
    pa.unmark(&anne, at(1, 11), Some("Sophie")).unwrap();
    save(&pa, None, &doctor("Dr Bart Bosmans", SON), at(1, 9)).unwrap();
    let zip = a.path().join("practice.zip");
    let report = archive::export(&pa.store().unwrap(), &zip).unwrap();
    assert_eq!((report.doctors, report.versions, report.marks), (2, 2, 1));

    let pb = practice(b.path());
    // B knows the son under another spelling already.
    save(&pb, None, &doctor("Dr Bart Bosmans-Claes", SON), at(1, 8)).unwrap();
    let mut store = pb.store().unwrap();
    let report = archive::import(&mut store, &zip).unwrap();
    assert_eq!(report.doctors, 1, "Anne is new, Bart merged by number");
    assert_eq!(report.versions, 2);
    assert_eq!(report.marks, 1, "the removed mark too");
    assert_eq!(report.conflicts, [format!("Dr Bart Bosmans ({SON})")]);
    // Importing again adds nothing.
    let again = archive::import(&mut store, &zip).unwrap();
    assert_eq!((again.doctors, again.versions, again.marks), (0, 0, 0));
    let bart = pb.doctor_by_inami(SON).unwrap();
    assert_eq!(pb.history(&bart).len(), 2);
    // Not an archive: refused, nothing changed.
    std::fs::write(b.path().join("x.zip"), "not a zip").unwrap();
    assert!(archive::import(&mut store, &b.path().join("x.zip")).is_err());
    assert_eq!(pb.load().unwrap().len(), 2);
}

#[test]
fn a_backup_is_a_database_that_opens_with_everything_in_it() {
    let dir = tempfile::tempdir().unwrap();
    let p = practice(dir.path());
    save(&p, None, &doctor("Dr Anne Peeters", FATHER), at(1, 9)).unwrap();
    let store = p.store().unwrap();
    let backup = store.dated_backup(day(3), false).unwrap().unwrap();
    assert!(backup.ends_with("backups/practice-2026-12-03.sqlite3"));
    assert_eq!(store.dated_backup(day(3), false).unwrap(), None, "one a day");
    let copy = Store::open_read_only(&backup).unwrap();
    assert_eq!(copy.doctors().unwrap().len(), 1);
    assert_eq!(store::last_backup(dir.path()), Some(backup));
}

#[test]
fn a_corrupt_database_is_refused_with_its_backup_named_and_never_recreated() {
    let dir = tempfile::tempdir().unwrap();
    let p = practice(dir.path());
    save(&p, None, &doctor("Dr Anne Peeters", FATHER), at(1, 9)).unwrap();
    let backup = p.store().unwrap().dated_backup(day(3), false).unwrap().unwrap();
    let file = dir.path().join(store::FILE_NAME);
    for suffix in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(dir.path().join(format!("{}{suffix}", store::FILE_NAME)));
    }
    let garbage = b"this is not a database, it is a file the disk damaged ".repeat(200);
    std::fs::write(&file, &garbage).unwrap();
    let error = Store::open(dir.path()).unwrap_err();
    match &error {
        StoreError::Corrupt { backup: Some(b), .. } => assert_eq!(b, &backup),
        other => panic!("{other:?}"),
    }
    assert_eq!(error.message().id, "store-corrupt-backup");
    let fr = conventio::core::i18n::localizer(conventio::core::i18n::Language::Fr).message(&error.message());
    assert!(fr.contains("endommagée") && fr.contains("practice-2026-12-03"), "{fr}");
    assert_eq!(
        std::fs::read(&file).unwrap(),
        garbage,
        "the damaged file is left as it was"
    );
    assert!(p.load().is_err(), "the window is told, not given an empty practice");
}

/// Whether this process can be refused writing by permissions (root cannot).
fn permissions_bind(dir: &Path) -> bool {
    let probe = dir.join("probe");
    let refused = std::fs::write(&probe, "x").is_err();
    let _ = std::fs::remove_file(probe);
    refused
}

#[cfg(unix)]
#[test]
fn a_read_only_folder_opens_the_practice_read_only_and_refuses_changes_without_losing_any() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("data");
    let p = practice(&root);
    let id = save(&p, None, &doctor("Dr Anne Peeters", FATHER), at(1, 9)).unwrap();
    std::fs::set_permissions(&root, std::fs::Permissions::from_mode(0o500)).unwrap();
    std::fs::set_permissions(root.join(store::FILE_NAME), std::fs::Permissions::from_mode(0o400)).unwrap();
    if !permissions_bind(&root) {
        eprintln!("skipped: running as root, a read-only folder does not refuse writes here");
        std::fs::set_permissions(&root, std::fs::Permissions::from_mode(0o700)).unwrap();
        return;
    }
    let store = Store::open(&root);
    let result = match store {
        Ok(store) => {
            assert!(store.is_read_only());
            assert_eq!(store.doctors().unwrap().len(), 1, "what is stored is still there");
            p.mark_registered(&id, day(2), at(2, 9), None).unwrap_err()
        }
        Err(error) => error,
    };
    assert!(
        matches!(result, StoreError::ReadOnly | StoreError::Unwritable { .. }),
        "{result:?}"
    );
    let fr = conventio::core::i18n::localizer(conventio::core::i18n::Language::Fr).message(&result.message());
    assert!(
        fr.contains("lecture seule") || fr.contains("ne peut pas être écrite"),
        "{fr}"
    );
    std::fs::set_permissions(&root, std::fs::Permissions::from_mode(0o700)).unwrap();
    std::fs::set_permissions(root.join(store::FILE_NAME), std::fs::Permissions::from_mode(0o600)).unwrap();
    assert_eq!(p.history(&id).len(), 1);
}

/// Set in the child: the data folder it writes versions into until killed.
const CHILD_ROOT: &str = "CONVENTIO_STORE_CHILD_ROOT";
/// Set in the child: which writer it is (its doctors' names).
const CHILD_NAME: &str = "CONVENTIO_STORE_CHILD_NAME";
/// Set in the child: how many saves before stopping (0: until killed).
const CHILD_COUNT: &str = "CONVENTIO_STORE_CHILD_COUNT";

#[test]
#[ignore = "helper: run by the kill -9 and two-writers tests in a child process"]
fn child_saves_versions() {
    let root = PathBuf::from(std::env::var_os(CHILD_ROOT).expect("run by the parent test"));
    let name = std::env::var(CHILD_NAME).unwrap_or_else(|_| "child".into());
    let count: usize = std::env::var(CHILD_COUNT)
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let p = practice(&root);
    let mut d = doctor(&format!("Dr {name}"), "");
    let mut id: Option<String> = None;
    let mut n = 0;
    println!("ready");
    loop {
        n += 1;
        d.slots[0].note = Some(format!("save {n}"));
        // A save of several rows (doctor, version, file, draft removed) and a mark in one go.
        let saved = p
            .save(
                id.as_deref(),
                &d,
                Some(Path::new(&format!("/tmp/{name}-{n}.json"))),
                at(1, 9),
                day(1),
            )
            .expect("a save succeeds when not killed");
        p.mark_registered(&saved.id, day(1), at(1, 9), Some(&name))
            .expect("the mark");
        id = Some(saved.id);
        if count > 0 && n >= count {
            break;
        }
    }
}

fn spawn_child(root: &Path, name: &str, count: usize) -> std::process::Child {
    Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            &crate::test_name(module_path!(), "child_saves_versions"),
            "--include-ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD_ROOT, root)
        .env(CHILD_NAME, name)
        .env(CHILD_COUNT, count.to_string())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

#[test]
fn killed_inside_a_transaction_loses_nothing_committed_and_leaves_no_half_change() {
    let dir = tempfile::tempdir().unwrap();
    let p = practice(dir.path());
    let kept = save(&p, None, &doctor("Dr Anne Peeters", FATHER), at(1, 8)).unwrap();
    p.mark_registered(&kept, day(1), at(1, 8), None).unwrap();
    let mut child = spawn_child(dir.path(), "Killed", 0);
    // Let it commit some transactions, then SIGKILL it wherever it is.
    let start = Instant::now();
    loop {
        std::thread::sleep(Duration::from_millis(50));
        let versions = p.store().ok().and_then(|s| s.doctors().ok()).map_or(0, |d| d.len());
        if versions >= 2 && start.elapsed() > Duration::from_millis(400) || start.elapsed() > Duration::from_secs(30) {
            break;
        }
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let store = p.store().unwrap();
    let integrity: String = store_integrity(&store);
    assert_eq!(integrity, "ok");
    assert_eq!(
        store.versions(kept.parse().unwrap()).unwrap().len(),
        1,
        "Anne's version is intact"
    );
    assert!(matches!(p.registration(&kept), Some(Registration::Current { .. })));
    // The killed writer's saves are whole: each version has its file row and its mark.
    let killed: Vec<_> = store
        .doctors()
        .unwrap()
        .into_iter()
        .filter(|d| d.name == "Dr Killed")
        .collect();
    assert_eq!(killed.len(), 1, "one doctor, never two");
    let versions = store.versions(killed[0].id).unwrap();
    let marks = store.marks(killed[0].id).unwrap();
    assert!(!versions.is_empty());
    assert!(
        marks.len() == versions.len() || marks.len() + 1 == versions.len(),
        "a save and its mark: {} versions, {} marks",
        versions.len(),
        marks.len()
    );
}

fn store_integrity(store: &Store) -> String {
    // Every table reads whole; the doctors' versions and marks are consistent.
    for doctor in store.doctors().unwrap() {
        let versions = store.versions(doctor.id).unwrap();
        for mark in store.marks(doctor.id).unwrap() {
            assert!(
                versions.iter().any(|v| v.id == mark.version_id),
                "a mark without its version"
            );
        }
    }
    "ok".into()
}

#[test]
fn two_processes_writing_at_once_both_get_every_change_in() {
    let dir = tempfile::tempdir().unwrap();
    // Created first, so neither child races to create it.
    drop(Store::open(dir.path()).unwrap());
    let mut a = spawn_child(dir.path(), "Aerts", 40);
    let mut b = spawn_child(dir.path(), "Bosmans", 40);
    assert!(a.wait().unwrap().success(), "writer A waited for B instead of failing");
    assert!(b.wait().unwrap().success(), "writer B waited for A instead of failing");
    let store = Store::open(dir.path()).unwrap();
    let doctors = store.doctors().unwrap();
    assert_eq!(doctors.len(), 2);
    for doctor in doctors {
        assert_eq!(store.versions(doctor.id).unwrap().len(), 40, "{}", doctor.name);
        assert_eq!(store.marks(doctor.id).unwrap().len(), 40, "{}", doctor.name);
    }
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_refuses_the_change_says_so_and_keeps_what_was_stored() {
    let dir = tempfile::tempdir().unwrap();
    let mount = dir.path().join("small");
    std::fs::create_dir(&mount).unwrap();
    let mounted = Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=64k", "tmpfs"])
        .arg(&mount)
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !mounted {
        eprintln!("skipped: mounting a 64 KiB tmpfs is not allowed here (CI runs as root and does it)");
        return;
    }
    struct Unmount(PathBuf);
    impl Drop for Unmount {
        fn drop(&mut self) {
            let _ = Command::new("umount").arg(&self.0).status();
        }
    }
    let _unmount = Unmount(mount.clone());
    let p = practice(&mount);
    let first = save(&p, None, &doctor("Dr Anne Peeters", FATHER), at(1, 9)).unwrap();
    let mut error = None;
    let mut d = doctor("Dr Anne Peeters", FATHER);
    for n in 0..400 {
        d.slots[0].note = Some(format!("{n} {}", "x".repeat(2000)));
        if let Err(e) = save(&p, Some(&first), &d, at(2, 9)) {
            error = Some(e);
            break;
        }
    }
    let error = error.expect("64 KiB fills up");
    assert!(
        matches!(
            error,
            StoreError::Full | StoreError::Other(_) | StoreError::Unwritable { .. }
        ),
        "{error:?}"
    );
    let en = conventio::core::i18n::localizer(conventio::core::i18n::Language::En).message(&error.message());
    assert!(!en.is_empty());
    let store = p.store().unwrap();
    assert!(
        !store.versions(first.parse().unwrap()).unwrap().is_empty(),
        "the first version is still there"
    );
}

mod model {
    //! Random sequences of save / open (origin known or not) / draft / mark / unmark / an aborted
    //! transaction, by two windows on one data folder, against a model: a saved version or a mark
    //! is never lost, two INAMI numbers are never one doctor, a number is never given to a second
    //! name.
    use super::*;
    use proptest::prelude::*;
    use std::collections::BTreeMap;

    /// (name, number): a father and son of one name, someone else, a doctor without a number yet,
    /// and someone typing the father's number under another name.
    const PEOPLE: [(&str, &str); 5] = [
        ("Dr Koen Verhaeghe", FATHER),
        ("Dr Koen Verhaeghe", SON),
        ("Dr Anne Peeters", "1-00001-06-004"),
        ("Dr Sans Numéro", ""),
        ("Dr Imposteur", FATHER_LATER),
    ];

    #[derive(Clone, Debug)]
    enum Op {
        Save {
            window: usize,
            who: usize,
            with_origin: bool,
        },
        Draft {
            window: usize,
            who: usize,
        },
        Mark {
            window: usize,
            who: usize,
        },
        Unmark {
            window: usize,
            who: usize,
        },
        Aborted {
            window: usize,
            who: usize,
        },
    }

    fn op() -> impl Strategy<Value = Op> {
        (0usize..5, 0usize..2, 0usize..PEOPLE.len(), any::<bool>()).prop_map(|(kind, window, who, flag)| match kind {
            0 => Op::Save {
                window,
                who,
                with_origin: flag,
            },
            1 => Op::Draft { window, who },
            2 => Op::Mark { window, who },
            3 => Op::Unmark { window, who },
            _ => Op::Aborted { window, who },
        })
    }

    #[derive(Default)]
    struct Model {
        /// By INAMI key (or the name for the one without a number): the name that owns it, its
        /// versions, its marks (removed ones included) and whether one is live.
        owner: BTreeMap<String, String>,
        versions: BTreeMap<String, usize>,
        marks: BTreeMap<String, usize>,
        ids: BTreeMap<String, String>,
    }

    fn key(who: usize) -> String {
        let (name, inami) = PEOPLE[who];
        store::inami_key(inami).unwrap_or_else(|| format!("name:{name}"))
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]
        #[test]
        fn two_windows_never_lose_a_version_or_a_mark_nor_merge_two_numbers(ops in prop::collection::vec(op(), 1..24)) {
            let dir = tempfile::tempdir().unwrap();
            let windows = [practice(dir.path()), practice(dir.path())];
            let mut model = Model::default();
            for (n, op) in ops.iter().enumerate() {
                let when = at(1, 8) + chrono::Duration::minutes(n as i64);
                match *op {
                    Op::Save { window, who, with_origin } => {
                        let (name, inami) = PEOPLE[who];
                        let k = key(who);
                        // Without a number, only the doctor opened is who it is (a new declaration
                        // without one is a new provisional doctor, as in the window).
                        let with_origin = with_origin || inami.is_empty();
                        let origin = if with_origin { model.ids.get(&k).cloned() } else { None };
                        let result = save(&windows[window], origin.as_deref(), &doctor(name, inami), when);
                        match model.owner.get(&k) {
                            // Opened as that doctor: a new spelling of their name is theirs.
                            Some(owner) if origin.is_none() && !store::same_name(owner, name) => {
                                prop_assert!(matches!(result, Err(StoreError::InamiTaken { .. })), "{result:?}");
                            }
                            _ => {
                                let id = result.unwrap();
                                if let Some(known) = model.ids.get(&k) {
                                    prop_assert_eq!(known, &id, "the same number is the same doctor");
                                }
                                model.owner.insert(k.clone(), name.to_owned());
                                model.ids.insert(k.clone(), id);
                                *model.versions.entry(k).or_default() += 1;
                            }
                        }
                    }
                    Op::Draft { window, who } => {
                        let k = key(who);
                        if let Some(id) = model.ids.get(&k) {
                            let (name, inami) = PEOPLE[who];
                            let mut d = doctor(name, inami);
                            d.slots.pop();
                            windows[window].save_draft(Some(id), &d, when).unwrap();
                        }
                    }
                    Op::Mark { window, who } => {
                        if let Some(id) = model.ids.get(&key(who)) {
                            windows[window].mark_registered(id, day(1), when, Some("Sophie")).unwrap();
                            *model.marks.entry(key(who)).or_default() += 1;
                        }
                    }
                    Op::Unmark { window, who } => {
                        if let Some(id) = model.ids.get(&key(who)) {
                            windows[window].unmark(id, when, Some("Marc")).unwrap();
                        }
                    }
                    Op::Aborted { window, who } => {
                        // A transaction that dies half-way (an error after its first insert): nothing stays.
                        let (name, inami) = PEOPLE[who];
                        let mut store = windows[window].store().unwrap();
                        let result: Result<(), StoreError> = store.transaction(|tx| {
                            let _ = Store::resolve(tx, None, name, inami, when);
                            Err(StoreError::Other("killed".into()))
                        });
                        prop_assert!(result.is_err());
                    }
                }
                // The invariants, read by either window.
                let store = windows[n % 2].store().unwrap();
                let doctors = store.doctors().unwrap();
                prop_assert_eq!(doctors.len(), model.ids.len(), "one doctor per number (or nameless person)");
                for (k, id) in &model.ids {
                    let id: i64 = id.parse().unwrap();
                    let versions = store.versions(id).unwrap();
                    prop_assert_eq!(versions.len(), model.versions[k], "no saved version lost");
                    prop_assert_eq!(store.marks(id).unwrap().len(), model.marks.get(k).copied().unwrap_or(0), "no mark lost");
                    for version in &versions {
                        let d = read_declaration(&version.text, Agreements::embedded()).unwrap();
                        let version_key = store::inami_key(&d.doctor.inami).unwrap_or_else(|| format!("name:{}", d.doctor.name));
                        prop_assert_eq!(&version_key, k, "never two numbers in one doctor");
                    }
                }
            }
        }
    }
}

#[test]
fn the_daily_backup_is_made_once_a_day_keeps_the_newest_and_never_makes_a_practice() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    assert_eq!(store::daily_backup(root, day(1), 3).unwrap(), None);
    assert!(!root.join(store::FILE_NAME).exists(), "no practice made for a backup");
    let p = practice(root);
    p.store().unwrap();
    assert_eq!(
        store::daily_backup(root, day(1), 3).unwrap(),
        None,
        "nothing to keep yet"
    );
    save(&p, None, &doctor("Dr Anne Peeters", FATHER), at(1, 9)).unwrap();
    let first = store::daily_backup(root, day(1), 3).unwrap().expect("made");
    assert!(first.ends_with("backups/practice-2026-12-01.sqlite3"), "{first:?}");
    assert_eq!(store::daily_backup(root, day(1), 3).unwrap(), None, "once a day");
    assert_eq!(Store::open_read_only(&first).unwrap().doctors().unwrap().len(), 1);
    // A manual one the same day, then a week of days: only the newest three stay.
    p.store().unwrap().dated_backup(day(1), true).unwrap().unwrap();
    for d in 2..=7 {
        store::daily_backup(root, day(d), 3).unwrap().expect("one a day");
    }
    let mut left: Vec<String> = std::fs::read_dir(root.join("backups"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(
        left,
        [
            "practice-2026-12-05.sqlite3",
            "practice-2026-12-06.sqlite3",
            "practice-2026-12-07.sqlite3"
        ]
    );
}
