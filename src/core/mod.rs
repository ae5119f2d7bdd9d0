//! Everything Conventio knows without a window: the declaration model, the agreements, the rules,
//! the file format, translations and storage. Nothing here depends on the GUI.

pub mod agreement;
pub mod agreement_store;
pub mod export;
pub mod figures;
pub mod filename;
pub mod format;
pub mod i18n;
pub mod import;
pub mod inami;
pub mod model;
pub mod names;
pub mod overview;
pub mod practice;
pub mod read_error;
pub mod rule_id;
pub mod rules;
pub mod settings;
pub mod storage;
pub mod store;
pub mod system_error;
pub mod week_grid;
pub mod wording;

/// Today's date: `CONVENTIO_TODAY=YYYY-MM-DD` when set (screenshots, tests and trying the app on a
/// given day: no figure depends silently on the machine's date), else the machine's local date. A
/// value that is not a date is said on stderr and ignored.
pub fn today() -> chrono::NaiveDate {
    match std::env::var("CONVENTIO_TODAY") {
        Ok(text) => match text.trim().parse() {
            Ok(date) => date,
            Err(_) => {
                eprintln!("CONVENTIO_TODAY={text}: not a date (YYYY-MM-DD), the machine's date is used");
                chrono::Local::now().date_naive()
            }
        },
        Err(_) => chrono::Local::now().date_naive(),
    }
}
