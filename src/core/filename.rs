//! File names derived from what the user typed (a doctor's name), safe on every system: no
//! character Windows, macOS or Linux forbids, no name Windows reserves, and short enough that
//! the whole name stays far below the usual 255-byte limit whatever is appended to it.

/// The longest stem kept, in bytes: leaves room for " - 2026-2027.json" and exports' extensions.
pub(crate) const MAX_STEM_BYTES: usize = 100;

/// Names Windows reserves for devices, with or without an extension.
const RESERVED: [&str; 22] = [
    "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2",
    "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
];

/// A file name stem from free text: forbidden characters become `-`, runs of spaces and dashes
/// collapse, trailing dots and spaces go (Windows drops them), a reserved device name gets a `_`,
/// and the result is cut at a character boundary to [`MAX_STEM_BYTES`]. Empty text gives `fallback`.
pub(crate) fn safe_stem(text: &str, fallback: &str) -> String {
    let replaced: String = text.chars().map(|c| if is_forbidden(c) { '-' } else { c }).collect();
    let mut stem = collapse(&replaced);
    truncate_at_char(&mut stem, MAX_STEM_BYTES);
    let trimmed = stem.trim_matches(|c: char| c == ' ' || c == '.' || c == '-').to_owned();
    if trimmed.is_empty() {
        return fallback.to_owned();
    }
    if is_reserved(&trimmed) {
        return format!("{trimmed}_");
    }
    trimmed
}

fn is_forbidden(c: char) -> bool {
    matches!(c, '<' | '>' | ':' | '"' | '/' | '\\' | '|' | '?' | '*') || c.is_control()
}

/// One space for any run of whitespace, one dash for any run of dashes (from replaced characters).
fn collapse(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let c = if c.is_whitespace() { ' ' } else { c };
        if (c == ' ' || c == '-') && out.ends_with(c) {
            continue;
        }
        out.push(c);
    }
    out
}

fn truncate_at_char(text: &mut String, max: usize) {
    if text.len() <= max {
        return;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.truncate(end);
}

/// `CON`, `con.txt`, `Com1 ` …: Windows treats the part before the first dot as the device.
fn is_reserved(stem: &str) -> bool {
    let device = stem.split('.').next().unwrap_or(stem).trim_end();
    RESERVED.iter().any(|r| r.eq_ignore_ascii_case(device))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_300_character_name_becomes_a_stem_of_at_most_100_bytes_cut_between_characters() {
        let name = "é".repeat(300);
        let stem = safe_stem(&name, "declaration");
        assert!(stem.len() <= MAX_STEM_BYTES, "{}", stem.len());
        assert_eq!(stem, "é".repeat(50));
    }

    #[test]
    fn characters_windows_forbids_are_replaced() {
        assert_eq!(safe_stem("Dr A/B\\C:D*E?F\"G<H>I|J", "x"), "Dr A-B-C-D-E-F-G-H-I-J");
        assert_eq!(safe_stem("Dr X\u{7}\tY", "x"), "Dr X-Y");
    }

    #[test]
    fn reserved_device_names_and_trailing_dots_are_avoided() {
        assert_eq!(safe_stem("con", "x"), "con_");
        assert_eq!(safe_stem("LPT1.", "x"), "LPT1_");
        assert_eq!(safe_stem("nul.txt", "x"), "nul.txt_");
        assert_eq!(safe_stem("Dr Conrad", "x"), "Dr Conrad");
        assert_eq!(safe_stem("Dr Anne...  ", "x"), "Dr Anne");
    }

    #[test]
    fn an_empty_or_all_forbidden_name_gives_the_fallback() {
        assert_eq!(safe_stem("", "declaration"), "declaration");
        assert_eq!(safe_stem(" ///  ", "declaration"), "declaration");
    }
}
