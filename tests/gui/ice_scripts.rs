//! End-to-end scripts (`tests/ice/*.ice`, in French, and `tests/ice/nl/*.ice`, in Dutch) run in
//! iced's emulator of the whole program, from the start screen to a saved declaration in a
//! temporary folder; the file is then read back and checked through the core.

use conventio::app::Options;
use conventio::core::agreement::Agreements;
use conventio::core::i18n::Language;
use conventio::core::model::{Choice, Role};

#[test]
fn a_full_adherence_is_declared_from_start_to_saved_file() {
    let home = tempfile::tempdir().unwrap();
    let options = Options::in_folder(home.path(), "2026-02-20".parse().unwrap(), Some(Language::Fr));
    let scripts = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ice");
    iced_test::run(conventio::app::window::program(options), scripts).expect("every script passes");

    let saved = home
        .path()
        .join("documents/Dr Hélène Noël-Françoise - 1-00001-06-004 - 2026-2027.json");
    let text = std::fs::read_to_string(&saved).expect("the script saved the declaration");
    let declaration = conventio::core::format::read_declaration(&text, Agreements::embedded()).unwrap();
    assert_eq!(declaration.doctor.name, "Dr Hélène Noël-Françoise");
    assert_eq!(declaration.doctor.inami, "1-00001-06-004");
    assert_eq!(declaration.role(), Some(Role::GeneralPractitioner));
    assert_eq!(declaration.choice, Choice::Full);
    assert_eq!(declaration.sites.len(), 1);
    assert_eq!(declaration.sites[0].name, "Cabinet de Namur");
}

#[test]
fn a_gp_declares_partial_adherence_in_dutch_with_a_slot_clicked_in_the_week() {
    let home = tempfile::tempdir().unwrap();
    let options = Options::in_folder(home.path(), "2026-02-20".parse().unwrap(), Some(Language::Nl));
    let scripts = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ice/nl");
    iced_test::run(conventio::app::window::program(options), scripts).expect("every script passes");

    let saved = home
        .path()
        .join("documents/Dr Pieter Claes - 1-23456-25-004 - 2026-2027.json");
    let text = std::fs::read_to_string(&saved).expect("the script saved the declaration");
    let declaration = conventio::core::format::read_declaration(&text, Agreements::embedded()).unwrap();
    assert_eq!(declaration.choice, Choice::Partial);
    assert_eq!(declaration.role(), Some(Role::GeneralPractitioner));
    let slots: Vec<String> = declaration
        .slots
        .iter()
        .map(|s| format!("{} {}-{} {} {}", s.day.key(), s.start, s.end, s.rates.key(), s.site))
        .collect();
    assert_eq!(
        slots,
        [
            "monday 09:00-12:00 agreement praktijk-gent",
            "tuesday 14:00-15:00 free praktijk-gent"
        ]
    );
    let agreement = Agreements::embedded().find(&declaration.agreement).unwrap();
    let report = conventio::core::rules::check(&declaration, agreement, "2026-02-20".parse().unwrap());
    assert!(report.is_ok(), "{:?}", report.findings);
}

#[test]
fn a_partial_adherence_is_declared_with_the_keyboard_alone() {
    let home = tempfile::tempdir().unwrap();
    let options = Options::in_folder(home.path(), "2026-02-20".parse().unwrap(), Some(Language::Fr));
    let scripts = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ice/keyboard");
    iced_test::run(conventio::app::window::program(options), scripts).expect("the keyboard-only script passes");

    // Not a single click: the script only types (`type`, `type tab`, `type enter`, `type " "`).
    for entry in std::fs::read_dir(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ice/keyboard")).unwrap()
    {
        let script = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        assert!(!script.contains("click"), "a keyboard-only script never clicks");
    }
    let saved = home
        .path()
        .join("documents/Dr Marc Dubois - 1-00001-06-004 - 2026-2027.json");
    let text = std::fs::read_to_string(&saved).expect("the script saved the declaration");
    let declaration = conventio::core::format::read_declaration(&text, Agreements::embedded()).unwrap();
    assert_eq!(declaration.doctor.name, "Dr Marc Dubois");
    assert_eq!(declaration.choice, Choice::Partial);
    assert_eq!(declaration.sites[0].name, "Cabinet de Liège");
    assert_eq!(
        declaration.slots.len(),
        1,
        "the slot added with Enter on \"Add a slot\""
    );
    assert_eq!(
        declaration.slots[0].rates,
        conventio::core::model::Rates::Free,
        "made free with Space"
    );
}

/// Issue 18: the whole French declaration by keyboard alone on a 1024×700 screen, three slots
/// typed in the slot panel. A slot costs two Tab presses (start, Tab, end, Tab to "Add another
/// slot", Enter), where it cost 12–13 before; the Tab presses of the script are counted.
#[test]
fn a_french_declaration_is_typed_on_a_1024_by_700_screen_with_two_tabs_per_slot() {
    let home = tempfile::tempdir().unwrap();
    let options = Options::in_folder(home.path(), "2026-02-20".parse().unwrap(), Some(Language::Fr));
    let scripts = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ice/small-screen");
    iced_test::run(conventio::app::window::program(options), &scripts).expect("the 1024×700 keyboard script passes");

    let script = std::fs::read_to_string(scripts.join("partial-adherence-1024-by-keyboard.ice")).unwrap();
    assert!(script.starts_with("viewport: 1024x700"));
    assert!(!script.contains("click"), "keyboard only");
    // The schedule part: from the first slot's start field to the third slot's end.
    let schedule = &script[script.find("expect \"Plage sélectionnée\"").unwrap()..];
    let slots_part = &schedule[..schedule.find("type \" \"").unwrap()];
    let tabs = slots_part.matches("type tab").count();
    // Three slots; the last one's 4 Tab presses go on to its rates (the free fees), not to a slot.
    assert_eq!(tabs - 4, 2 * 2 + 1, "two Tab presses per slot added");

    let saved = home
        .path()
        .join("documents/Dr Marc Dubois - 1-00001-06-004 - 2026-2027.json");
    let listed: Vec<_> = std::fs::read_dir(home.path().join("documents"))
        .map(|d| d.flatten().map(|e| e.file_name()).collect())
        .unwrap_or_default();
    let text = std::fs::read_to_string(&saved).unwrap_or_else(|e| panic!("{e}: {listed:?}"));
    let declaration = conventio::core::format::read_declaration(&text, Agreements::embedded()).unwrap();
    let slots: Vec<String> = declaration
        .slots
        .iter()
        .map(|s| format!("{} {}-{} {}", s.day.key(), s.start, s.end, s.rates.key()))
        .collect();
    assert_eq!(
        slots,
        [
            "monday 08:30-12:00 agreement",
            "monday 14:00-18:00 agreement",
            "tuesday 08:30-12:00 free"
        ]
    );
}
