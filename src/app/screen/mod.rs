//! The window's screens: the five steps of a declaration and the practice overview. Each owns its
//! state and its `Message`, and hands back what the app should do.

pub mod choice;
pub mod doctor;
/// The schedule step's panel for importing a calendar or a spreadsheet.
pub mod import;
pub mod overview;
pub mod review;
pub mod schedule;
pub mod start;
