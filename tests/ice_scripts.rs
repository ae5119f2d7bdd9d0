//! End-to-end scripts (`tests/ice/*.ice`) run in iced's emulator of the whole program, from the
//! start screen to a saved declaration in a temporary folder; the file is then read back through
//! the core.

use conventio::app::Options;
use conventio::core::i18n::Language;
use conventio::core::model::{Choice, Role};

#[test]
fn a_full_adherence_is_declared_from_start_to_saved_file() {
    let home = tempfile::tempdir().unwrap();
    let options = Options::in_folder(home.path(), "2026-02-20".parse().unwrap(), Some(Language::Fr));
    let scripts = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ice");
    iced_test::run(conventio::app::program(options), scripts).expect("every script passes");

    let saved = home.path().join("documents/Dr Hélène Noël-Françoise - 2026-2027.json");
    let text = std::fs::read_to_string(&saved).expect("the script saved the declaration");
    let declaration = conventio::core::format::read_declaration(&text).unwrap();
    assert_eq!(declaration.doctor.name, "Dr Hélène Noël-Françoise");
    assert_eq!(declaration.doctor.inami, "1-00001-06-004");
    assert_eq!(declaration.role(), Some(Role::GeneralPractitioner));
    assert_eq!(declaration.choice, Choice::Full);
    assert_eq!(declaration.sites.len(), 1);
    assert_eq!(declaration.sites[0].name, "Cabinet de Namur");
}
