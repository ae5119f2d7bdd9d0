//! What differs between the systems the window runs on (Linux, Windows): its icon, how a path is
//! suggested, which characters a file name may hold.

/// The window icon: `assets/icons/conventio.svg` rendered at 64×64 as raw RGBA by
/// `scripts/render-icons` (no image decoder needed at run time).
const ICON_RGBA: &[u8] = include_bytes!("../../assets/icons/conventio-64.rgba");
const ICON_SIZE: u32 = 64;

pub fn window_icon() -> Option<iced::window::Icon> {
    iced::window::icon::from_rgba(ICON_RGBA.to_vec(), ICON_SIZE, ICON_SIZE).ok()
}

/// A doctor's name as a file name valid on Windows too, which also refuses `*?"<>|` and a trailing
/// dot or space: a file saved on Linux then copies to a Windows laptop under the same name.
pub fn file_name_safe(name: &str) -> String {
    name.chars()
        .map(|c| match c {
            '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => '-',
            c if c.is_control() => '-',
            c => c,
        })
        .collect::<String>()
        .trim_end_matches(['.', ' '])
        .to_owned()
}

/// What the open and save fields suggest: a declaration in the user's folder, written the way the
/// system writes paths. `file_name` is the translated example name (`verklaring.json`).
pub fn path_placeholder(file_name: &str) -> String {
    format!("{PLACEHOLDER_FOLDER}{file_name}")
}

#[cfg(windows)]
const PLACEHOLDER_FOLDER: &str = "C:\\Users\\…\\Documents\\";
#[cfg(not(windows))]
const PLACEHOLDER_FOLDER: &str = "/home/…/";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn characters_windows_refuses_in_a_name_become_dashes() {
        assert_eq!(
            file_name_safe(r#"Dr A/B\C: "D" <E> F|G? H*"#),
            "Dr A-B-C- -D- -E- F-G- H-"
        );
    }

    #[test]
    fn accented_names_are_kept_as_they_are() {
        assert_eq!(
            file_name_safe("Dr Éloïse Núñez-Vandenberghe"),
            "Dr Éloïse Núñez-Vandenberghe"
        );
    }

    #[test]
    fn a_trailing_dot_or_space_is_dropped_as_windows_would() {
        assert_eq!(file_name_safe("Dr J. Peeters jr. "), "Dr J. Peeters jr");
        assert_eq!(file_name_safe("..."), "");
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
