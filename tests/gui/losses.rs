//! Issue 17: the five ways a six-doctor practice lost or mixed up work in one afternoon, each
//! replayed through the window. Each test fails on the code before the practice database.

use super::*;
use conventio::app::screen::overview::Message as OverviewMessage;
use conventio::app::screen::review::Message as ReviewMessage;
use conventio::app::screen::start::Message as StartMessage;

const FATHER: &str = "1-23456-25-004";
const SON: &str = "1-23457-24-004";

fn type_doctor(h: &mut Harness, name: &str, inami: &str) {
    let _ = h.app.update(Message::Doctor(DoctorMessage::NameChanged(name.into())));
    let _ = h.app.update(Message::Doctor(DoctorMessage::InamiChanged(inami.into())));
}

/// Saves with the Save button, to the path the field holds (the default one unless `path`).
fn save(h: &mut Harness, path: Option<&Path>) {
    h.run(Message::GoTo(Screen::Review));
    if let Some(path) = path {
        let _ = h.app.update(Message::Review(ReviewMessage::SavePathChanged(
            path.display().to_string(),
        )));
    }
    h.run(Message::Review(ReviewMessage::Save));
}

fn documents(h: &Harness) -> std::path::PathBuf {
    h.app.options().documents_dir.clone()
}

fn json_files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .filter_map(|e| e.file_name().to_str().map(str::to_owned))
                .filter(|n| n.ends_with(".json"))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// Loss 1: "Dr Koen Verhaeghe", father and son, different INAMI numbers: the son's save overwrote
/// the father's `Dr Koen Verhaeghe - 2026-2027.json`.
#[test]
fn a_namesake_with_another_number_gets_a_file_of_his_own_and_is_asked_before_overwriting() {
    let mut h = harness(Language::Fr);
    h.open_example(0);
    type_doctor(&mut h, "Dr Koen Verhaeghe", FATHER);
    save(&mut h, None);
    h.run(Message::Start(StartMessage::NewDeclaration));
    h.open_example(0);
    type_doctor(&mut h, "Dr Koen Verhaeghe", SON);
    save(&mut h, None);
    let files = json_files(&documents(&h));
    assert_eq!(
        files,
        [
            format!("Dr Koen Verhaeghe - {FATHER} - 2026-2027.json"),
            format!("Dr Koen Verhaeghe - {SON} - 2026-2027.json"),
        ],
        "one file each"
    );
    let father_file = documents(&h).join(&files[0]);
    let father_text = std::fs::read_to_string(&father_file).unwrap();
    assert!(father_text.contains(FATHER));
    // Two doctors in the practice, told apart by their numbers wherever they are listed.
    assert_eq!(h.app.practice().load().unwrap().len(), 2);
    h.run(Message::GoTo(Screen::Start));
    assert!(h.sees(FATHER) && h.sees(SON), "the list shows each one's number");

    // The son's declaration typed over the father's file: asked first; "No" changes nothing.
    save(&mut h, Some(&father_file));
    let question = h
        .app
        .review()
        .pending_overwrite()
        .expect("asked before overwriting")
        .to_owned();
    assert!(
        question.contains(&format!("Dr Koen Verhaeghe ({FATHER})")),
        "{question}"
    );
    assert!(h.sees(&question));
    let no = h.tr("gui-overwrite-no");
    h.interact(|ui| {
        ui.click(no.as_str()).expect("the question has a No button");
    });
    assert_eq!(h.app.review().pending_overwrite(), None);
    assert_eq!(
        std::fs::read_to_string(&father_file).unwrap(),
        father_text,
        "No changed nothing"
    );
    assert!(
        !father_file.with_extension("json.bak").exists(),
        "not even a backup was made"
    );
    // "Yes" replaces it, as asked.
    save(&mut h, Some(&father_file));
    h.run(Message::Review(ReviewMessage::OverwriteConfirmed));
    assert!(std::fs::read_to_string(&father_file).unwrap().contains(SON));
}

/// Loss 2: a declaration reopened from "Recent declarations" and saved made a second profile of
/// the same doctor (`dr-helene-noel-francoise-2`), the history split in two.
#[test]
fn a_file_reopened_from_recent_declarations_is_the_same_doctor_when_saved_again() {
    let mut h = harness(Language::Fr);
    h.open_example(0);
    type_doctor(&mut h, "Dr Hélène Noël-Françoise", FATHER);
    save(&mut h, None);
    let file = h.app.origin().file.clone().expect("saved to a file");
    let doctor = h.app.origin().profile_id.clone().expect("a doctor of the practice");
    // Another doctor in between, then the file from the recent list.
    h.open_example(1);
    h.run(Message::GoTo(Screen::Start));
    assert!(h.app.settings().recent.iter().any(|r| r == &file), "in the recent list");
    h.run(Message::Start(StartMessage::Open(file.clone())));
    assert_eq!(
        h.app.origin().profile_id.as_deref(),
        Some(doctor.as_str()),
        "found by INAMI number"
    );
    let _ = h
        .app
        .update(Message::Choice(conventio::app::screen::choice::Message::Chosen(
            conventio::core::model::Choice::Refusal,
        )));
    save(&mut h, None);
    let profiles = h.app.practice().load().unwrap();
    let helene: Vec<_> = profiles.iter().filter(|p| p.name.contains("Hélène")).collect();
    assert_eq!(helene.len(), 1, "one doctor, not two: {profiles:#?}");
    let history = h.app.practice().history(&doctor);
    assert_eq!(history.len(), 2, "both versions in one history");
    assert_eq!(
        helene[0].declaration.as_ref().unwrap().choice,
        conventio::core::model::Choice::Refusal,
        "the list shows the latest, no stale refusal or partial elsewhere"
    );
}

/// Loss 3: opening another doctor threw away the unsaved edits of the one on screen, and Undo then
/// switched the whole window back.
#[test]
fn opening_another_doctor_keeps_the_first_ones_work_and_undo_never_switches_doctors() {
    let mut h = harness(Language::Fr);
    h.open_example(0);
    type_doctor(&mut h, "Dr Anne Peeters", FATHER);
    save(&mut h, None);
    let anne = h.app.origin().profile_id.clone().unwrap();
    h.open_example(1);
    type_doctor(&mut h, "Dr Bart Bosmans", SON);
    save(&mut h, None);
    let bart = h.app.origin().profile_id.clone().unwrap();

    // Unsaved edits on Anne: a slot removed, her name corrected.
    h.run(Message::Start(StartMessage::OpenProfile(anne.clone())));
    let saved_slots = h.app.declaration().slots.len();
    let _ = h
        .app
        .update(Message::Schedule(ScheduleMessage::SelectSlot(slot_id(&h.app, 0))));
    let _ = h.app.update(Message::Schedule(ScheduleMessage::Delete));
    type_doctor(&mut h, "Dr Anne Peeters-Claes", FATHER);
    assert_eq!(h.app.declaration().slots.len(), saved_slots - 1);

    // Bart opened from the list: Anne's work is kept (in the practice too), Undo stays on Bart.
    h.run(Message::Start(StartMessage::OpenProfile(bart.clone())));
    assert_eq!(h.app.declaration().doctor.name, "Dr Bart Bosmans");
    let draft = h.app.practice().draft(&anne).expect("Anne's draft kept").unwrap();
    assert_eq!(draft.doctor.name, "Dr Anne Peeters-Claes");
    // Undo goes back through Bart's own edits of this session, never to Anne.
    while h.app.session().can_undo() {
        let _ = h.app.update(Message::Undo);
        assert!(
            !h.app.declaration().doctor.name.contains("Anne"),
            "Undo never switches doctors"
        );
    }

    // Back to Anne: her work, and its undo history for this session.
    h.run(Message::Start(StartMessage::OpenProfile(anne.clone())));
    assert_eq!(h.app.declaration().doctor.name, "Dr Anne Peeters-Claes");
    assert_eq!(h.app.declaration().slots.len(), saved_slots - 1);
    // Two steps back: her name, then the removed slot.
    let _ = h.app.update(Message::Undo);
    assert_eq!(h.app.declaration().doctor.name, "Dr Anne Peeters");
    let _ = h.app.update(Message::Undo);
    assert_eq!(h.app.declaration().slots.len(), saved_slots, "the removed slot is back");
    // Redo the slot's removal only, then leave Anne for Bart: that is her draft now.
    let _ = h.app.update(Message::Redo);
    assert_eq!(h.app.declaration().slots.len(), saved_slots - 1);
    h.run(Message::Start(StartMessage::OpenProfile(bart)));

    // Another window (say, the next day) opening Anne finds her draft in the practice.
    let mut next = App::new(h.app.options().clone());
    super::run(&mut next, Message::Start(StartMessage::OpenProfile(anne.clone())));
    assert_eq!(next.origin().profile_id.as_deref(), Some(anne.as_str()));
    assert_eq!(next.declaration().doctor.name, "Dr Anne Peeters");
    assert_eq!(
        next.declaration().slots.len(),
        saved_slots - 1,
        "her draft, not her saved version"
    );
    assert_eq!(
        next.notice_text(),
        Some(localizer(Language::Fr).tr("gui-doctor-draft-restored"))
    );
}

fn key(named: iced::keyboard::key::Named) -> Message {
    Message::KeyPressed(iced::keyboard::Key::Named(named), iced::keyboard::Modifiers::empty())
}

/// Loss 4: a double click on "Registered in ProSanté today" also marked the next doctor (the rows
/// re-sorted under the pointer), and a mark could be neither undone nor removed.
#[test]
fn a_double_click_on_mark_never_marks_another_doctor_and_a_mark_can_be_removed() {
    use iced::keyboard::key::Named;
    let mut h = harness(Language::Fr);
    let mut ids = Vec::new();
    for (name, inami) in [("Dr Anne Aerts", FATHER), ("Dr Bart Bosmans", SON)] {
        h.open_example(0);
        type_doctor(&mut h, name, inami);
        save(&mut h, None);
        ids.push(h.app.origin().profile_id.clone().unwrap());
    }
    h.run(Message::GoTo(Screen::Overview));
    let first = h.app.overview().shown().next().unwrap().id.clone();
    let second = h.app.overview().shown().nth(1).unwrap().id.clone();
    // Two presses at the same point, where the first row's mark button is.
    let mark = h.tr("gui-overview-mark");
    let point = {
        let mut ui = simulator(&h.app);
        let button = ui.find(mark.as_str()).expect("a mark button");
        button.visible_bounds().unwrap().center()
    };
    for _ in 0..2 {
        h.interact(|ui| {
            ui.point_at(point);
            let _ = ui.simulate([
                iced::Event::Mouse(iced::mouse::Event::ButtonPressed(iced::mouse::Button::Left)),
                iced::Event::Mouse(iced::mouse::Event::ButtonReleased(iced::mouse::Button::Left)),
            ]);
        });
    }
    assert!(
        h.app.practice().registration(&second).is_none(),
        "the second doctor is never marked by the second click"
    );
    // Escape: nothing marked at all when the first click only asked.
    h.run(key(Named::Escape));
    assert!(!h.app.overview().asking());
    assert!(h.app.practice().registration(&second).is_none());
    // Asked, Enter: the first is marked; the rows have not moved.
    h.run(Message::Overview(OverviewMessage::MarkRegistered(first.clone())));
    h.run(key(Named::Enter));
    assert!(h.app.practice().registration(&first).is_some());
    assert_eq!(
        h.app.overview().shown().next().unwrap().id,
        first,
        "no re-sort under the pointer"
    );
    // Removed: the practice keeps who removed it and when.
    let remove = h.tr("gui-overview-unmark");
    h.interact(|ui| {
        ui.click(remove.as_str()).expect("a registered row can lose its mark");
    });
    assert!(h.app.practice().registration(&first).is_none());
    let store = h.app.practice().store().unwrap();
    let marks = store.marks(first.parse().unwrap()).unwrap();
    assert_eq!(marks.len(), 1);
    assert!(marks[0].removed_at.is_some());
    // Both at once, ticked, one question, both marked.
    for id in &ids {
        h.run(Message::Overview(OverviewMessage::Tick(id.clone(), true)));
    }
    h.run(Message::Overview(OverviewMessage::MarkTicked));
    let question = localizer(Language::Fr).tr_args(
        "gui-overview-confirm-many",
        &[("count", 2_usize.into()), ("date", "20/02/2026".into())],
    );
    assert!(h.sees(&question), "one question for both");
    h.run(key(Named::Enter));
    assert!(ids.iter().all(|id| h.app.practice().registration(id).is_some()));
}

/// A second window on the same doctor works on a copy: the first one's draft is left alone.
#[test]
fn a_second_window_on_the_same_doctor_works_on_a_copy() {
    let mut h = harness(Language::Fr);
    h.open_example(0);
    type_doctor(&mut h, "Dr Anne Peeters", FATHER);
    save(&mut h, None);
    let anne = h.app.origin().profile_id.clone().unwrap();
    let mut second = App::new(h.app.options().clone());
    super::run(&mut second, Message::Start(StartMessage::OpenProfile(anne.clone())));
    assert_eq!(second.origin().profile_id, None, "a copy, not the doctor's own work");
    assert_eq!(
        second.notice_text(),
        Some(localizer(Language::Fr).tr("gui-doctor-open-elsewhere"))
    );
    // A different doctor in the second window works freely.
    super::run(&mut second, Message::Start(StartMessage::OpenExample(1)));
    let _ = second.update(Message::Doctor(DoctorMessage::NameChanged("Dr Bart Bosmans".into())));
    let _ = second.update(Message::Doctor(DoctorMessage::InamiChanged(SON.into())));
    super::run(&mut second, Message::GoTo(Screen::Review));
    super::run(&mut second, Message::Review(ReviewMessage::Save));
    let bart = second
        .origin()
        .profile_id
        .clone()
        .expect("Bart saved from the second window");
    h.run(Message::Start(StartMessage::OpenProfile(bart)));
    assert_eq!(h.app.declaration().doctor.name, "Dr Bart Bosmans");
}

/// Found by the two-window property test (tests/gui/practice_model.rs): a copy opened in a second
/// window replaced the first window's draft of that doctor when it switched away, and its save
/// deleted that draft. The first window's work in progress now stays the doctor's draft.
#[test]
fn a_copy_in_a_second_window_never_replaces_the_first_windows_draft() {
    let mut h = harness(Language::Fr);
    h.open_example(0);
    type_doctor(&mut h, "Dr Anne Peeters", FATHER);
    save(&mut h, None);
    let anne = h.app.origin().profile_id.clone().unwrap();
    // The first window goes on with Anne: a new site name, written as her draft.
    h.run(Message::Doctor(DoctorMessage::SiteNameChanged(
        0,
        "Cabinet du matin".into(),
    )));
    h.app.flush_draft();
    let work = h.app.declaration().clone();
    assert_eq!(h.app.practice().draft(&anne).map(Result::unwrap), Some(work.clone()));
    // The second window opens Anne (a copy), changes it and wants another doctor.
    let mut second = App::new(h.app.options().clone());
    run(&mut second, Message::Start(StartMessage::OpenProfile(anne.clone())));
    run(
        &mut second,
        Message::Doctor(DoctorMessage::SiteNameChanged(0, "Copie".into())),
    );
    run(&mut second, Message::Start(StartMessage::OpenExample(1)));
    assert_eq!(
        second.notice_text(),
        Some(localizer(Language::Fr).tr("gui-work-copy-held")),
        "told why the copy stays on screen"
    );
    assert_eq!(second.declaration().sites[0].name, "Copie", "the copy stays");
    assert_eq!(
        h.app.practice().draft(&anne).map(Result::unwrap),
        Some(work.clone()),
        "the first window's draft is untouched"
    );
    // Saved, the copy is a version of Anne; the first window's draft stays hers.
    run(&mut second, Message::GoTo(Screen::Review));
    let copy_file = h._home.path().join("copie.json");
    run(
        &mut second,
        Message::Review(ReviewMessage::SavePathChanged(copy_file.display().to_string())),
    );
    run(&mut second, Message::Review(ReviewMessage::Save));
    assert!(copy_file.is_file());
    let history = h.app.practice().history(&anne);
    assert_eq!(history.last().unwrap().declaration.sites[0].name, "Copie");
    assert_eq!(
        h.app.practice().draft(&anne).map(Result::unwrap),
        Some(work),
        "the save of a copy keeps the other window's draft"
    );
    // Saved, the copy has nothing more to keep: the second window moves on.
    run(&mut second, Message::Start(StartMessage::OpenExample(1)));
    assert_ne!(
        second.declaration().sites[0].name,
        "Copie",
        "another declaration on screen"
    );
}

/// Loss 5: editing a registered doctor silently dropped the mark; the command line ignored marks.
#[test]
fn a_doctor_changed_after_registration_says_so_and_the_command_line_sees_the_mark() {
    let mut h = harness(Language::Fr);
    h.open_example(0);
    type_doctor(&mut h, "Dr Anne Peeters", FATHER);
    save(&mut h, None);
    let anne = h.app.origin().profile_id.clone().unwrap();
    h.run(Message::GoTo(Screen::Overview));
    h.run(Message::Overview(OverviewMessage::MarkRegistered(anne.clone())));
    h.run(Message::Overview(OverviewMessage::ConfirmMarks));
    assert!(h.app.practice().registration(&anne).is_some());
    // Changed and saved again: the mark stays, saying the declaration changed since.
    h.run(Message::Start(StartMessage::OpenProfile(anne.clone())));
    let _ = h
        .app
        .update(Message::Schedule(ScheduleMessage::SelectSlot(slot_id(&h.app, 0))));
    let _ = h.app.update(Message::Schedule(ScheduleMessage::Delete));
    save(&mut h, None);
    h.run(Message::GoTo(Screen::Overview));
    let today = h.app.options().today.format("%d/%m").to_string();
    let changed = format!("enregistré le {today} — modifié depuis : à réenregistrer");
    assert!(h.sees(&changed), "the overview says so");
    h.run(Message::GoTo(Screen::Start));
    let choice = h.tr(&format!("choice-{}", h.app.declaration().choice.key()));
    let statuses = ["conforme".to_owned()].into_iter().chain((1..10).map(|n| match n {
        1 => "1 erreur".to_owned(),
        n => format!("{n} erreurs"),
    }));
    assert!(
        statuses
            .into_iter()
            .any(|status| h.sees(&format!("{choice} — {status} — {changed}"))),
        "the start screen's list of the practice's doctors says so too"
    );
    // The command line, on the saved file, finds the doctor by number and reports the mark.
    let file = h.app.origin().file.clone().unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_conventio"))
        .args(["check", file.to_str().unwrap(), "--json"])
        .env("CONVENTIO_HOME", h._home.path())
        .output()
        .unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let overview = &doc["files"][0]["overview"];
    assert!(overview["registered_on"].is_null(), "{doc:#}");
    assert_eq!(
        overview["registered_before_change_on"],
        h.app.options().today.to_string()
    );
}

/// Item 9: the start list's search folds ø like é, finds a number, and says when nothing matches.
#[test]
fn the_start_search_finds_odegaard_and_a_number_and_says_when_nothing_matches() {
    let mut h = harness(Language::Fr);
    h.open_example(0);
    type_doctor(&mut h, "Dr Lena Ødegaard", FATHER);
    save(&mut h, None);
    h.run(Message::GoTo(Screen::Start));
    for query in ["odegaard", "23456"] {
        h.run(Message::Start(StartMessage::SearchChanged(query.into())));
        assert!(h.sees("Dr Lena Ødegaard"), "{query}");
    }
    h.run(Message::Start(StartMessage::SearchChanged("verhaeghe".into())));
    assert!(!h.sees("Dr Lena Ødegaard"));
    assert!(h.sees("Aucun médecin ne correspond à «\u{a0}verhaeghe\u{a0}»."));
}

/// Item 9: a note per doctor, typed on the overview, kept in the practice with Enter.
#[test]
fn a_note_per_doctor_is_kept_in_the_practice() {
    let mut h = harness(Language::Fr);
    h.open_example(0);
    type_doctor(&mut h, "Dr Anne Peeters", FATHER);
    save(&mut h, None);
    let anne = h.app.origin().profile_id.clone().unwrap();
    h.run(Message::GoTo(Screen::Overview));
    let placeholder = h.tr("gui-overview-note-placeholder");
    h.interact(|ui| {
        ui.click(placeholder.as_str()).expect("each row has a note field");
        ui.typewrite("mandat eHealth à demander");
    });
    assert!(
        h.app.practice().load().unwrap()[0].note.is_empty(),
        "kept only with Enter"
    );
    h.run(Message::Overview(OverviewMessage::KeepNote(anne)));
    assert_eq!(h.app.practice().load().unwrap()[0].note, "mandat eHealth à demander");
    assert_eq!(h.app.overview().rows[0].note, "mandat eHealth à demander");
    // In the overview's spreadsheet too, in its own column.
    let csv = h._home.path().join("apercu.csv");
    let _ = h.app.update(Message::Overview(OverviewMessage::ExportPathChanged(
        csv.display().to_string(),
    )));
    h.run(Message::Overview(OverviewMessage::ExportCsv));
    let written = String::from_utf8(std::fs::read(&csv).unwrap()).unwrap();
    let mut lines = written.lines();
    assert!(lines.next().unwrap().ends_with(";Note"), "{written}");
    assert!(
        lines.next().unwrap().ends_with(";mandat eHealth à demander"),
        "{written}"
    );
}

/// A damaged practice database: the overview says so, offers the newest backup by its day, and
/// restores it off the window's thread; the damaged file is kept aside, never deleted.
#[test]
fn a_damaged_database_offers_its_newest_backup_and_restores_it_keeping_the_damaged_file() {
    let mut h = harness(Language::Fr);
    h.open_example(0);
    type_doctor(&mut h, "Dr Anne Peeters", FATHER);
    save(&mut h, None);
    let store = h.app.practice().store().unwrap();
    let older = store
        .dated_backup("2026-02-10".parse().unwrap(), false)
        .unwrap()
        .unwrap();
    let newest = store
        .dated_backup("2026-02-18".parse().unwrap(), false)
        .unwrap()
        .unwrap();
    let second = store
        .dated_backup("2026-02-18".parse().unwrap(), true)
        .unwrap()
        .unwrap();
    assert!(second.ends_with("practice-2026-02-18-2.sqlite3"));
    drop(store);
    let root = h.app.practice().root().to_path_buf();
    assert_eq!(
        conventio::core::store::newest_backup(&root).map(|b| b.path),
        Some(second.clone()),
        "the second backup of the newest day, not {older:?} nor {newest:?}"
    );
    let file = root.join(conventio::core::store::FILE_NAME);
    for suffix in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(root.join(format!("{}{suffix}", conventio::core::store::FILE_NAME)));
    }
    h.run(Message::GoTo(Screen::Overview));
    assert_eq!(h.app.overview().rows.len(), 1);
    let garbage = b"not a database: the disk damaged this file ".repeat(200);
    std::fs::write(&file, &garbage).unwrap();

    h.run(Message::GoTo(Screen::Start));
    h.run(Message::GoTo(Screen::Overview));
    assert!(
        h.app.overview().rows.is_empty(),
        "no row read before the damage is offered"
    );
    let damaged = h.app.overview().damage.failure.clone().expect("the damage is said");
    assert!(damaged.contains("endommagée"), "{damaged}");
    let offer = localizer(Language::Fr).tr_args("gui-practice-restore", &[("date", "18/02/2026".into())]);
    assert!(h.sees(&offer), "the newest backup is offered by its day");
    assert_eq!(std::fs::read(&file).unwrap(), garbage, "nothing recreated over it");

    h.interact(|ui| {
        ui.click(offer.as_str()).expect("the offer is a button");
    });
    assert_eq!(h.app.practice().load().unwrap().len(), 1, "the backup's doctor is back");
    assert!(h.app.overview().damage.failure.is_none() && h.app.overview().damage.offer.is_none());
    assert_eq!(h.app.overview().rows.len(), 1);
    let aside: Vec<_> = std::fs::read_dir(&root)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().contains(".before-restore-") && !p.to_string_lossy().ends_with("-wal"))
        .collect();
    assert_eq!(aside.len(), 1, "{aside:?}");
    assert_eq!(
        std::fs::read(&aside[0]).unwrap(),
        garbage,
        "the damaged file is kept aside"
    );
    let said = h.app.notice_text().unwrap_or_default();
    assert!(
        said.contains("18/02/2026") && said.contains(".before-restore-"),
        "{said}"
    );
}

/// "Imprimer les PDF de tous les médecins": every doctor's PDF in the folder typed, made off the
/// window's thread, the result said; printing again keeps the PDFs there and says which were not.
#[test]
fn the_overview_prints_every_doctors_pdf_into_a_folder_and_says_how_it_went() {
    let mut h = harness(Language::Fr);
    h.open_example(0);
    type_doctor(&mut h, "Dr Koen Verhaeghe", FATHER);
    save(&mut h, None);
    h.run(Message::Start(StartMessage::NewDeclaration));
    h.open_example(1);
    type_doctor(&mut h, "Dr Anne Peeters", SON);
    save(&mut h, None);
    h.run(Message::GoTo(Screen::Overview));
    let folder = documents(&h).join("PDF cabinet é");
    h.run(Message::Overview(OverviewMessage::PrintFolderChanged(
        folder.display().to_string(),
    )));
    let button = h.tr("gui-overview-print-all");
    h.interact(|ui| {
        ui.click(button.as_str()).expect("the overview has the button");
    });
    let mut pdfs: Vec<String> = std::fs::read_dir(&folder)
        .unwrap()
        .flatten()
        .filter_map(|e| e.file_name().to_str().map(str::to_owned))
        .collect();
    pdfs.sort();
    assert_eq!(
        pdfs,
        [
            format!("Dr Anne Peeters - {SON} - 2026-2027.pdf"),
            format!("Dr Koen Verhaeghe - {FATHER} - 2026-2027.pdf"),
        ]
    );
    assert!(std::fs::read(folder.join(&pdfs[0])).unwrap().starts_with(b"%PDF"));
    let fr = localizer(Language::Fr);
    assert_eq!(
        h.app.notice_text(),
        Some(fr.tr_args(
            "gui-overview-printed-all",
            &[
                ("count", 2_usize.into()),
                ("folder", folder.display().to_string().into())
            ]
        ))
    );
    // Again: the PDFs already there are kept, and the message names who was not printed.
    let before = std::fs::read(folder.join(&pdfs[1])).unwrap();
    h.interact(|ui| {
        ui.click(button.as_str()).expect("the button again");
    });
    let said = h.app.notice_text().unwrap_or_default();
    assert!(
        said.starts_with(&format!("0 PDF écrits dans {}", folder.display()))
            && said.contains("Dr Koen Verhaeghe")
            && said.contains("Dr Anne Peeters"),
        "{said}"
    );
    assert_eq!(std::fs::read(folder.join(&pdfs[1])).unwrap(), before);
}

/// The work on screen offered back on the start screen names its doctor with the number, as the
/// lists do: with a namesake in the practice, "Reprendre le brouillon (Dr Koen Verhaeghe)" would
/// not say whose draft it is.
#[test]
fn the_draft_on_screen_is_offered_back_with_its_doctors_number() {
    let mut h = harness(Language::Fr);
    h.open_example(0);
    type_doctor(&mut h, "Dr Koen Verhaeghe", FATHER);
    save(&mut h, None);
    h.run(Message::Start(StartMessage::NewDeclaration));
    h.open_example(0);
    type_doctor(&mut h, "Dr Koen Verhaeghe", SON);
    h.run(Message::GoTo(Screen::Start));
    assert!(h.sees(&format!("Reprendre le brouillon en cours (Dr Koen Verhaeghe ({SON}))")));
}

/// A week drawn before any name or number has no doctor to be kept under: opening another
/// declaration leaves it on screen and says why, instead of dropping it.
#[test]
fn work_without_a_doctor_stays_on_screen_when_another_declaration_is_opened() {
    let mut h = harness(Language::Fr);
    h.run(Message::Start(StartMessage::NewDeclaration));
    let _ = h
        .app
        .update(Message::Doctor(DoctorMessage::NewSiteNameChanged("Cabinet".into())));
    let _ = h.app.update(Message::Doctor(DoctorMessage::AddSite));
    h.run(Message::GoTo(Screen::Schedule));
    let _ = h.app.update(Message::Schedule(ScheduleMessage::AddSlot));
    assert_eq!(h.app.declaration().slots.len(), 1);
    h.open_example(0);
    assert_eq!(h.app.declaration().slots.len(), 1, "the drawn week is still on screen");
    assert!(h.app.declaration().doctor.name.is_empty());
    h.run(Message::GoTo(Screen::Start));
    assert!(
        h.sees(&h.tr("gui-start-continue-unnamed")),
        "a draft without a doctor yet is offered as such, not as \"(…)\" with nothing inside"
    );
    assert_eq!(
        h.app.notice_text(),
        Some(localizer(Language::Fr).tr("gui-work-needs-doctor"))
    );
}

/// 0.2.0 (and this version until now) restored `autosave.json` at start without knowing whose
/// work it was. A 0.2.0 data folder's window draft now opens as its doctor's draft, found by
/// INAMI number, and the window writes no such file any more.
#[test]
fn a_0_2_0_window_draft_opens_as_its_doctors_work_and_no_autosave_file_is_written_again() {
    let home = tempfile::tempdir().unwrap();
    let options = Options::in_folder(home.path(), "2026-12-03".parse().unwrap(), Some(Language::Fr));
    let old = conventio::core::store::legacy::v020::Practice::open(&options.data_dir);
    let mut father: conventio::core::model::Declaration = conventio::core::format::read_declaration(
        include_str!("../../assets/examples/gp-partial-valid.json"),
        Agreements::embedded(),
    )
    .unwrap();
    father.doctor.name = "Dr Koen Verhaeghe".into();
    father.doctor.inami = FATHER.into();
    let id = old.new_id(&father.doctor.name);
    old.save(&id, &father).unwrap();
    let mut work = father.clone();
    work.slots.pop();
    old.autosave(1, &work).unwrap();

    let mut app = App::new(options.clone());
    assert_eq!(app.declaration(), &work, "the work in progress is back");
    let doctor = app.origin().profile_id.clone().expect("as the father's work");
    assert_eq!(app.practice().doctor_by_inami(FATHER), Some(doctor.clone()));
    assert_eq!(app.practice().load().unwrap().len(), 1, "one doctor, not a second one");
    // Typed on, the work goes to his draft in the practice; no file of the old kind appears.
    run(
        &mut app,
        Message::Doctor(DoctorMessage::SiteNameChanged(0, "Cabinet Sud".into())),
    );
    app.flush_draft();
    assert_eq!(
        app.practice().draft(&doctor).map(Result::unwrap).as_ref(),
        Some(app.declaration())
    );
    drop(app);
    let json: Vec<String> = std::fs::read_dir(&options.data_dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("autosave"))
        .collect();
    assert!(json.is_empty(), "{json:?}");
    // Started again: the father's work, his.
    let again = App::new(options);
    assert_eq!(again.declaration().sites[0].name, "Cabinet Sud");
    assert_eq!(again.origin().profile_id, Some(doctor));
}

/// "Saving over an existing file that holds a different declaration than the one opened from it
/// asks first": the file a declaration was opened from (or last saved to) is remembered as it was,
/// and a change on disk since (another program, another PC) is asked about; "Non" writes nothing.
#[test]
fn a_file_changed_on_disk_since_it_was_opened_or_saved_is_asked_about_before_saving_over_it() {
    let mut h = harness(Language::Fr);
    h.open_example(0);
    type_doctor(&mut h, "Dr Anne Peeters", FATHER);
    save(&mut h, None);
    let file = h.app.origin().file.clone().expect("saved");
    // Saved again, unchanged on disk: no question.
    save(&mut h, None);
    assert_eq!(h.app.review().pending_overwrite(), None, "our own file, as we left it");
    // Another program (a colleague's PC on the shared folder) changes it.
    let theirs = std::fs::read_to_string(&file)
        .unwrap()
        .replace("\"partial\"", "\"full\"");
    assert_ne!(theirs, std::fs::read_to_string(&file).unwrap());
    std::fs::write(&file, &theirs).unwrap();
    save(&mut h, None);
    let question = h.app.review().pending_overwrite().expect("asked").to_owned();
    assert_eq!(
        question,
        h.app
            .tr_args("gui-overwrite-changed", &[("path", file.display().to_string().into())])
    );
    assert!(h.sees(&question));
    let no = h.tr("gui-overwrite-no");
    h.interact(|ui| {
        ui.click(no.as_str()).expect("the question has a No button");
    });
    assert_eq!(std::fs::read_to_string(&file).unwrap(), theirs, "\"Non\" wrote nothing");
    // "Oui" replaces it; saved by us, it is ours again: no question the next time.
    save(&mut h, None);
    h.run(Message::Review(ReviewMessage::OverwriteConfirmed));
    let ours = std::fs::read_to_string(&file).unwrap();
    assert_ne!(ours, theirs);
    save(&mut h, None);
    assert_eq!(h.app.review().pending_overwrite(), None);

    // Opened from the file (Recent declarations), changed on disk meanwhile: asked too.
    let anne = h.app.origin().profile_id.clone().unwrap();
    h.open_example(1);
    h.run(Message::Start(StartMessage::Open(file.clone())));
    assert_eq!(h.app.origin().file.as_deref(), Some(file.as_path()));
    std::fs::write(&file, &theirs).unwrap();
    save(&mut h, None);
    assert!(
        h.app.review().pending_overwrite().is_some(),
        "changed since it was opened"
    );
    h.run(Message::Review(ReviewMessage::OverwriteCancelled));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), theirs);

    // A window started later opens the doctor from the practice (no file in hand): the file this
    // practice last wrote for them is theirs to save over, unless it changed since.
    let options = h.app.options().clone();
    let mut later = App::new(options);
    run(&mut later, Message::Start(StartMessage::OpenProfile(anne)));
    run(&mut later, Message::GoTo(Screen::Review));
    assert_eq!(std::path::PathBuf::from(later.review().save_path()), file);
    run(&mut later, Message::Review(ReviewMessage::Save));
    assert!(
        later.review().pending_overwrite().is_some(),
        "the file no longer holds what the practice wrote there"
    );
    run(&mut later, Message::Review(ReviewMessage::OverwriteCancelled));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), theirs);
}

/// The start screen's practice list said the practice had no doctor (or only the damage) when the
/// database was damaged; it now says so and offers the same restore as the overview.
#[test]
fn the_start_screen_offers_the_newest_backup_of_a_damaged_database_and_restores_it() {
    let mut h = harness(Language::Nl);
    h.open_example(0);
    type_doctor(&mut h, "Dr Anne Peeters", FATHER);
    save(&mut h, None);
    let store = h.app.practice().store().unwrap();
    store
        .dated_backup("2026-02-18".parse().unwrap(), false)
        .unwrap()
        .unwrap();
    drop(store);
    let root = h.app.practice().root().to_path_buf();
    let file = root.join(conventio::core::store::FILE_NAME);
    for suffix in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(root.join(format!("{}{suffix}", conventio::core::store::FILE_NAME)));
    }
    let garbage = b"not a database: the disk damaged this file ".repeat(200);
    std::fs::write(&file, &garbage).unwrap();

    h.run(Message::GoTo(Screen::Start));
    let damaged = h.app.start().damage().failure.clone().expect("the damage is said");
    assert!(h.sees(&damaged), "{damaged}");
    assert!(!h.sees(&h.tr("gui-practice-empty")), "not a practice without doctors");
    let offer = localizer(Language::Nl).tr_args("gui-practice-restore", &[("date", "18/02/2026".into())]);
    assert!(h.sees(&offer), "the newest backup is offered on the start screen too");
    assert_eq!(std::fs::read(&file).unwrap(), garbage, "nothing recreated over it");
    // Below the fold at this size: pressed as its button sends it.
    h.run(Message::Start(StartMessage::RestoreBackup));
    assert!(h.app.start().damage().failure.is_none());
    assert!(
        h.sees("Dr Anne Peeters") && h.sees(FATHER),
        "the backup's doctor is listed again"
    );
    let said = h.app.notice_text().unwrap_or_default();
    assert!(
        said.contains("18/02/2026") && said.contains(".before-restore-"),
        "{said}"
    );
}

/// "Sauvegarder la pratique" on the overview writes a dated backup off the window's thread and
/// says where; a window opening a practice makes the day's automatic backup once.
#[test]
fn the_overview_backs_the_practice_up_and_a_window_makes_one_backup_a_day_by_itself() {
    let mut h = harness(Language::Fr);
    let backups = h.app.options().data_dir.join("backups");
    assert!(!backups.exists(), "nothing to back up in a new practice");
    h.open_example(0);
    type_doctor(&mut h, "Dr Anne Peeters", FATHER);
    save(&mut h, None);
    h.run(Message::GoTo(Screen::Overview));
    let button = h.tr("gui-overview-back-up");
    h.interact(|ui| {
        ui.click(button.as_str()).expect("the backup button");
    });
    let made = backups.join("practice-2026-02-20.sqlite3");
    assert!(made.is_file());
    let said = h.app.notice_text().unwrap_or_default();
    assert_eq!(
        said,
        h.app
            .tr_args("gui-overview-backed-up", &[("path", made.display().to_string().into())])
    );
    assert_eq!(
        conventio::core::store::Store::open_read_only(&made)
            .unwrap()
            .doctors()
            .unwrap()
            .len(),
        1
    );
    // Again the same day: another file, the first one kept.
    h.run(Message::Overview(OverviewMessage::BackUp));
    assert!(backups.join("practice-2026-02-20-2.sqlite3").is_file());

    // The next day a window opening this practice makes the day's backup by itself, once.
    let mut options = h.app.options().clone();
    options.today = "2026-02-21".parse().unwrap();
    drop(App::new(options.clone()));
    let next_day = backups.join("practice-2026-02-21.sqlite3");
    assert!(next_day.is_file());
    drop(App::new(options));
    assert!(!backups.join("practice-2026-02-21-2.sqlite3").exists(), "once a day");
}

/// The autosave lives in the practice's database; when that cannot take it (a damaged file), the
/// work is kept in the window's old-style file, said as a failure, and taken back in by the practice
/// once it opens again.
#[test]
fn work_typed_while_the_database_is_damaged_is_kept_aside_and_comes_back_with_the_practice() {
    let home = tempfile::tempdir().unwrap();
    let options = Options::in_folder(home.path(), "2026-12-03".parse().unwrap(), Some(Language::Fr));
    let root = options.data_dir.clone();
    let mut app = App::new(options.clone());
    run(&mut app, Message::Start(StartMessage::OpenExample(0)));
    let _ = app.update(Message::Doctor(DoctorMessage::NameChanged("Dr Anne Peeters".into())));
    let _ = app.update(Message::Doctor(DoctorMessage::InamiChanged(FATHER.into())));
    app.flush_draft();
    let db = root.join(conventio::core::store::FILE_NAME);
    for suffix in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(root.join(format!("{}{suffix}", conventio::core::store::FILE_NAME)));
    }
    std::fs::write(&db, b"not a database: the disk damaged this file ".repeat(200)).unwrap();
    let _ = app.update(Message::Doctor(DoctorMessage::SiteNameChanged(
        0,
        "Cabinet gardé".into(),
    )));
    app.flush_draft();
    let notice = app.notice().expect("the failure is said");
    assert_eq!(notice.kind, conventio::app::NoticeKind::Error);
    let kept = std::fs::read_to_string(root.join("autosave.json")).expect("kept aside");
    let kept = conventio::core::format::read_draft(&kept, Agreements::embedded()).unwrap();
    assert_eq!(&kept, app.declaration());
    let work = app.declaration().clone();
    app.kill();
    // The damaged file is put aside (as a restore would) and a window starts again.
    std::fs::rename(&db, root.join("damaged.sqlite3")).unwrap();
    let again = App::new(options);
    assert_eq!(again.declaration(), &work, "the work came back");
    assert!(!root.join("autosave.json").exists(), "taken in by the practice");
}

/// A doctor's work in progress (their draft) is never written over by other work for the same
/// doctor: their file opened from Recent declarations is a copy, a new declaration typed with their
/// number asks to be saved before the window moves on, and its save leaves the draft in place.
#[test]
fn a_doctors_draft_is_never_replaced_by_their_file_or_a_new_declaration_with_their_number() {
    let mut h = harness(Language::Fr);
    h.open_example(0);
    type_doctor(&mut h, "Dr Anne Peeters", FATHER);
    save(&mut h, None);
    let file = h.app.origin().file.clone().unwrap();
    let anne = h.app.origin().profile_id.clone().unwrap();
    // Work in progress on Anne, left for another declaration: her draft.
    h.run(Message::Doctor(DoctorMessage::SiteNameChanged(
        0,
        "Cabinet en cours".into(),
    )));
    h.open_example(1);
    let draft = h.app.practice().draft(&anne).expect("her draft").unwrap();
    assert_eq!(draft.sites[0].name, "Cabinet en cours");
    let stays = || Some(draft.clone());

    // Her saved file, opened again: a copy, said so; edited and left, the draft stays hers.
    h.run(Message::Start(StartMessage::Open(file.clone())));
    assert_eq!(h.app.origin().profile_id, None, "a copy");
    let fr = localizer(Language::Fr);
    let label = format!("Dr Anne Peeters ({FATHER})");
    assert_eq!(
        h.app.notice_text(),
        Some(fr.tr_args("gui-doctor-has-draft", &[("doctor", label.clone().into())]))
    );
    h.run(Message::Doctor(DoctorMessage::SiteNameChanged(
        0,
        "Cabinet du fichier".into(),
    )));
    h.open_example(1);
    assert_eq!(
        h.app.notice_text(),
        Some(fr.tr_args("gui-work-doctor-has-draft", &[("doctor", label.clone().into())])),
        "asked to save before moving on"
    );
    assert_eq!(
        h.app.declaration().sites[0].name,
        "Cabinet du fichier",
        "the work stays on screen"
    );
    assert_eq!(h.app.practice().draft(&anne).map(Result::unwrap), stays());
    // Saved (a version of Anne), it moves on; her draft is still hers.
    let copy = h._home.path().join("copie.json");
    save(&mut h, Some(&copy));
    assert_eq!(h.app.origin().profile_id, None, "still a copy after its save");
    h.open_example(1);
    assert_ne!(h.app.declaration().sites[0].name, "Cabinet du fichier");
    assert_eq!(h.app.practice().draft(&anne).map(Result::unwrap), stays());

    // A new declaration typed with her number: the same.
    h.open_example(0);
    type_doctor(&mut h, "Dr Anne Peeters", FATHER);
    h.open_example(1);
    assert_eq!(
        h.app.notice_text(),
        Some(fr.tr_args("gui-work-doctor-has-draft", &[("doctor", label.into())]))
    );
    assert_eq!(h.app.practice().draft(&anne).map(Result::unwrap), stays());

    // Opened from the list, Anne comes back with her draft.
    let new = h._home.path().join("nouvelle.json");
    save(&mut h, Some(&new));
    h.run(Message::Start(StartMessage::OpenProfile(anne.clone())));
    assert_eq!(h.app.declaration(), &draft);
}

/// A second window's work without a doctor yet, left when it crashed, comes back in the next
/// window even when only one is opened (it used to wait for a second window to take its slot).
#[test]
fn a_gone_second_windows_work_without_a_doctor_comes_back_in_a_single_window() {
    let home = tempfile::tempdir().unwrap();
    let options = Options::in_folder(home.path(), "2026-12-03".parse().unwrap(), Some(Language::Fr));
    let first = App::new(options.clone());
    let mut second = App::new(options.clone());
    assert_eq!(second.session().window().slot, 2);
    run(&mut second, Message::Start(StartMessage::OpenExample(1)));
    run(
        &mut second,
        Message::Doctor(DoctorMessage::NameChanged("Dr Sans Numéro Encore".into())),
    );
    run(
        &mut second,
        Message::Doctor(DoctorMessage::InamiChanged("1-234".into())),
    );
    second.flush_draft();
    let work = second.declaration().clone();
    second.kill();
    drop(first);
    let again = App::new(options);
    assert_eq!(again.session().window().slot, 1);
    assert_eq!(again.declaration(), &work, "the gone window's work is back");
}

/// "Copier l'horaire pour un autre médecin" copies the schedule as the user last left it: the work
/// in progress after a save, not the saved version, whether that doctor is on screen or not.
#[test]
fn copying_a_doctors_schedule_takes_the_work_in_progress_not_the_last_saved_version() {
    let mut h = harness(Language::Fr);
    h.open_example(0);
    type_doctor(&mut h, "Dr Anne Peeters", FATHER);
    save(&mut h, None);
    let anne = h.app.origin().profile_id.clone().unwrap();
    let saved = h.app.declaration().slots.len();
    let _ = h
        .app
        .update(Message::Schedule(ScheduleMessage::SelectSlot(slot_id(&h.app, 0))));
    let _ = h.app.update(Message::Schedule(ScheduleMessage::Delete));
    assert_eq!(h.app.declaration().slots.len(), saved - 1);
    // On screen.
    h.run(Message::Start(StartMessage::DuplicateProfile(anne.clone())));
    assert_eq!(h.app.declaration().slots.len(), saved - 1, "the schedule on screen");
    assert!(h.app.declaration().doctor.name.is_empty());
    // Not on screen any more: her draft.
    h.run(Message::Start(StartMessage::DuplicateProfile(anne)));
    assert_eq!(h.app.declaration().slots.len(), saved - 1, "her work in progress");
}

/// A doctor marked registered has no days left to count in the overview: the row says
/// "enregistré" where it said "Dernier jour le … : N jours restants".
#[test]
fn a_registered_doctor_has_no_days_left_counted_in_the_overview() {
    let mut h = harness(Language::Fr);
    h.open_example(0);
    type_doctor(&mut h, "Dr Anne Peeters", FATHER);
    save(&mut h, None);
    let anne = h.app.origin().profile_id.clone().unwrap();
    let today = h.app.options().today;
    let (rows, _) = conventio::core::overview::rows(h.app.practice(), today, Agreements::embedded());
    let (day, left) = (rows[0].last_day.unwrap(), rows[0].days_left.unwrap());
    let counted = conventio::core::i18n::localizer(Language::Fr).tr_args(
        "gui-overview-deadline",
        &[
            ("date", day.format("%d/%m/%Y").to_string().into()),
            ("days", left.into()),
        ],
    );
    h.run(Message::GoTo(Screen::Overview));
    assert!(h.sees(&counted), "before: {counted}");
    h.run(Message::Overview(OverviewMessage::MarkRegistered(anne)));
    h.run(Message::Overview(OverviewMessage::ConfirmMarks));
    assert!(!h.sees(&counted), "after: no days left counted");
    assert!(h.sees(&h.tr("register-state-registered")));
}
