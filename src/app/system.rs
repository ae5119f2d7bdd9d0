//! What differs between the systems the window runs on (Linux, Windows): its icon, how a path is
//! suggested, which characters a file name may hold, and what a file dialog's empty answer means.

/// The window icon: `assets/icons/conventio.svg` rendered at 64×64 as raw RGBA by
/// `scripts/render-icons` (no image decoder needed at run time).
const ICON_RGBA: &[u8] = include_bytes!("../../assets/icons/conventio-64.rgba");
const ICON_SIZE: u32 = 64;

pub(crate) fn window_icon() -> Option<iced::window::Icon> {
    iced::window::icon::from_rgba(ICON_RGBA.to_vec(), ICON_SIZE, ICON_SIZE).ok()
}

/// What the open and save fields suggest: a declaration in the user's folder, written the way the
/// system writes paths. `file_name` is the translated example name (`verklaring.json`).
pub(crate) fn path_placeholder(file_name: &str) -> String {
    format!("{PLACEHOLDER_FOLDER}{file_name}")
}

#[cfg(windows)]
const PLACEHOLDER_FOLDER: &str = "C:\\Users\\…\\Documents\\";
#[cfg(not(windows))]
const PLACEHOLDER_FOLDER: &str = "/home/…/";

/// What a file dialog gave back. A cancelled dialog and a system with no dialog service both
/// answer "no file" through rfd; the user must be told apart: after a cancel nothing is said, without
/// a service the window says to type the path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Picked {
    Chosen(std::path::PathBuf),
    Cancelled,
    NoService,
}

/// Asks the system for a file to open.
pub async fn pick_file(dialog: rfd::AsyncFileDialog) -> Picked {
    let asked = std::time::Instant::now();
    let chosen = dialog.pick_file().await.map(|h| h.path().to_path_buf());
    picked(chosen, asked.elapsed(), dialog_service_missing())
}

/// Asks the system where to save a file.
pub async fn save_file(dialog: rfd::AsyncFileDialog) -> Picked {
    let asked = std::time::Instant::now();
    let chosen = dialog.save_file().await.map(|h| h.path().to_path_buf());
    picked(chosen, asked.elapsed(), dialog_service_missing())
}

/// Nobody opens, reads and cancels a dialog in a quarter of a second; a missing portal answers
/// within milliseconds. Windows and macOS always have their dialogs.
const FASTEST_CANCEL: std::time::Duration = std::time::Duration::from_millis(250);

fn picked(chosen: Option<std::path::PathBuf>, took: std::time::Duration, service_missing: bool) -> Picked {
    match chosen {
        Some(path) => Picked::Chosen(path),
        None if cfg!(any(windows, target_os = "macos")) => Picked::Cancelled,
        None if service_missing || took < FASTEST_CANCEL => Picked::NoService,
        None => Picked::Cancelled,
    }
}

/// On Linux rfd asks the desktop portal over the session bus, else runs `zenity`: with neither,
/// no dialog can open.
fn dialog_service_missing() -> bool {
    if cfg!(any(windows, target_os = "macos")) {
        return false;
    }
    let bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some_and(|a| !a.is_empty())
        || std::env::var_os("XDG_RUNTIME_DIR").is_some_and(|dir| std::path::Path::new(&dir).join("bus").exists());
    let zenity = std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join("zenity").is_file()));
    !bus && !zenity
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chosen_file_is_chosen_however_fast() {
        let path = std::path::PathBuf::from("/tmp/a.json");
        assert_eq!(
            picked(Some(path.clone()), std::time::Duration::ZERO, true),
            Picked::Chosen(path)
        );
    }

    #[cfg(not(any(windows, target_os = "macos")))]
    #[test]
    fn no_file_at_once_means_no_dialog_service_and_after_a_while_a_cancel() {
        use std::time::Duration;
        assert_eq!(picked(None, Duration::from_millis(5), false), Picked::NoService);
        assert_eq!(picked(None, Duration::from_secs(3), true), Picked::NoService);
        assert_eq!(picked(None, Duration::from_secs(3), false), Picked::Cancelled);
    }

    #[test]
    fn the_suggested_path_is_written_the_systems_way() {
        let suggested = path_placeholder("verklaring.json");
        assert!(suggested.ends_with("verklaring.json"));
        #[cfg(windows)]
        assert!(suggested.starts_with("C:\\Users\\"));
        #[cfg(not(windows))]
        assert_eq!(suggested, "/home/…/verklaring.json");
    }

    #[test]
    fn the_window_icon_is_a_64_pixel_square() {
        assert_eq!(ICON_RGBA.len(), (ICON_SIZE * ICON_SIZE * 4) as usize);
        assert!(window_icon().is_some());
    }
}
