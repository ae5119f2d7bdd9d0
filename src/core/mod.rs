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
pub mod overview;
pub mod practice;
pub mod read_error;
pub mod rules;
pub mod settings;
pub mod storage;
pub mod store;
pub mod system_error;
pub mod week_grid;
pub mod wording;
