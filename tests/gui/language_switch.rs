//! What the window says follows a language switch: the notice at the bottom and the overview's
//! default export file names are translated again, not left in the language they were made in.
//! Each test fails on the code that kept them as rendered text.

use super::*;

const LANGUAGES: [Language; 4] = [Language::Fr, Language::Nl, Language::De, Language::En];

/// The notice after opening a file ("Ouvert : <path>") is said again in each language, the path
/// as it was.
#[test]
fn the_notice_follows_a_language_switch() {
    let mut h = harness(Language::Fr);
    h.open_example(0);
    let file = h._home.path().join("Dr Hélène Noël.json");
    std::fs::write(&file, conventio::core::format::write_declaration(h.app.declaration())).unwrap();
    let file = std::fs::canonicalize(&file).unwrap();
    h.run(Message::Start(conventio::app::screen::start::Message::Open(
        file.clone(),
    )));
    assert!(h.app.notice().is_some(), "opening a file is said");
    for language in [Language::Nl, Language::De, Language::En, Language::Fr] {
        let _ = h.app.update(Message::LanguageChanged(language));
        let said = localizer(language).tr_args("gui-opened", &[("path", file.display().to_string().into())]);
        assert_eq!(h.app.notice_text().as_deref(), Some(said.as_str()), "{language:?}");
        assert!(h.sees(&said), "{language:?}: the bar shows {said}");
    }
}

/// An error notice whose reason is itself a message (the reader's, with its line and column) is
/// said again whole in each language: the reason too, not only the sentence around it.
#[test]
fn an_error_notice_and_its_reason_follow_a_language_switch() {
    let mut h = harness(Language::Fr);
    let bad = h._home.path().join("kapot.json");
    let text = "{ \"format\": \"conventio-declaration\", ";
    std::fs::write(&bad, text).unwrap();
    h.run(Message::Start(conventio::app::screen::start::Message::Open(
        bad.clone(),
    )));
    let error = conventio::core::format::read_declaration(text, Agreements::embedded()).unwrap_err();
    let mut seen = Vec::new();
    for language in LANGUAGES.into_iter().rev() {
        let _ = h.app.update(Message::LanguageChanged(language));
        let l = localizer(language);
        let said = l.tr_args(
            "gui-open-failed",
            &[
                ("path", bad.display().to_string().into()),
                ("error", error.describe(l).into()),
            ],
        );
        assert_eq!(h.app.notice_text().as_deref(), Some(said.as_str()), "{language:?}");
        assert!(h.sees(&said), "{language:?}");
        seen.push(said);
    }
    seen.dedup();
    assert_eq!(seen.len(), 4, "four languages, four texts: {seen:#?}");
}

/// The overview's suggested CSV file (and the PDF list beside it, and the folder for every
/// doctor's PDF) are named in the language chosen now; a path the user typed stays as typed.
#[test]
fn the_overviews_suggested_export_names_follow_a_language_switch_unless_typed() {
    use conventio::app::screen::overview::Message as OverviewMessage;
    let mut h = harness(Language::Fr);
    h.run(Message::GoTo(Screen::Overview));
    let date = "2026-02-20";
    let names = |h: &Harness| {
        let overview = h.app.overview();
        let name = |path: &Path| path.file_name().unwrap().to_string_lossy().into_owned();
        (
            name(Path::new(&overview.export_path)),
            name(&Path::new(&overview.export_path).with_extension("pdf")),
            name(Path::new(&overview.print_folder)),
        )
    };
    for language in [Language::Fr, Language::Nl, Language::De, Language::En, Language::Fr] {
        let _ = h.app.update(Message::LanguageChanged(language));
        let l = localizer(language);
        let stem = l.tr_args("gui-overview-file-name", &[("date", date.into())]);
        let folder = l.tr_args("gui-overview-print-all-folder", &[("date", date.into())]);
        assert_eq!(
            names(&h),
            (format!("{stem}.csv"), format!("{stem}.pdf"), folder),
            "{language:?}"
        );
    }
    // Typed by the user: kept through switches, in the window too.
    let typed = h._home.path().join("Liste d'inscription.csv").display().to_string();
    let folder = h._home.path().join("PDF été").display().to_string();
    let _ = h
        .app
        .update(Message::Overview(OverviewMessage::ExportPathChanged(typed.clone())));
    let _ = h
        .app
        .update(Message::Overview(OverviewMessage::PrintFolderChanged(folder.clone())));
    for language in [Language::Nl, Language::De, Language::En] {
        let _ = h.app.update(Message::LanguageChanged(language));
        assert_eq!(h.app.overview().export_path, typed, "{language:?}");
        assert_eq!(h.app.overview().print_folder, folder, "{language:?}");
    }
    // Leaving and coming back keeps them too.
    h.run(Message::GoTo(Screen::Start));
    h.run(Message::GoTo(Screen::Overview));
    assert_eq!(h.app.overview().export_path, typed);
    assert_eq!(h.app.overview().print_folder, folder);
}

/// "Nothing was written: slot woensdag 19:00–22:00 has an unfinished time" said in Dutch, then the
/// user switches to French: the whole notice is French, the slot's day too ("mercredi"), not only
/// the sentence around it.
#[test]
fn the_slot_named_in_a_notice_follows_a_language_switch() {
    let mut h = harness(Language::Nl);
    h.open_example(0);
    let monday = slot_id(&h.app, 0);
    assert_eq!(h.app.declaration().slots[0].day, Weekday::Monday);
    let _ = h.app.update(Message::Schedule(ScheduleMessage::SelectSlot(monday)));
    let _ = h
        .app
        .update(Message::Schedule(ScheduleMessage::EndChanged("25:00".into())));
    h.run(Message::Review(conventio::app::screen::review::Message::Save));
    assert!(h.app.notice_text().unwrap_or_default().contains("maandag"));
    for (language, day) in [
        (Language::Fr, "lundi"),
        (Language::De, "Montag"),
        (Language::En, "Monday"),
    ] {
        let _ = h.app.update(Message::LanguageChanged(language));
        let said = localizer(language).tr_args("gui-save-unfinished", &[("slot", h.app.slot_label(monday).into())]);
        assert!(said.contains(day), "{language:?}: {said}");
        assert_eq!(h.app.notice_text().as_deref(), Some(said.as_str()), "{language:?}");
    }
}

/// "Printed 0 PDFs … Not printed: Dr X (… already exists …)" said in French, then the user switches
/// to Dutch: the reasons per doctor are Dutch too, not only the sentence around them.
#[test]
fn the_reasons_in_a_print_all_notice_follow_a_language_switch() {
    use conventio::app::screen::overview::Message as OverviewMessage;
    let mut h = harness(Language::Fr);
    h.open_example(0);
    let file = h._home.path().join("documents").join("ex.json");
    h.run(Message::Review(
        conventio::app::screen::review::Message::SavePathChanged(file.display().to_string()),
    ));
    h.run(Message::Review(conventio::app::screen::review::Message::Save));
    h.run(Message::GoTo(Screen::Overview));
    let folder = h._home.path().join("pdf");
    h.run(Message::Overview(OverviewMessage::PrintFolderChanged(
        folder.display().to_string(),
    )));
    h.run(Message::Overview(OverviewMessage::PrintAll));
    // Again: the PDF is there, so it is not replaced and the notice says why.
    h.run(Message::Overview(OverviewMessage::PrintAll));
    let fr = h.app.notice_text().expect("a notice");
    assert!(fr.contains("existe déjà"), "{fr}");
    let _ = h.app.update(Message::LanguageChanged(Language::Nl));
    let nl = h.app.notice_text().expect("a notice");
    assert!(nl.contains("bestaat al") && !nl.contains("existe"), "{nl}");
}
