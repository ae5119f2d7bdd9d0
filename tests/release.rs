//! One version everywhere, and the files the packages are made of kept consistent with it: the
//! changelog, the AppStream release notes, the Windows launcher, `conventio --version`; the menu
//! entry in the four languages; the window icon and the Windows icon rendered from the SVG.

use std::path::Path;
use std::process::Command;

const VERSION: &str = env!("CARGO_PKG_VERSION");

fn read(path: &str) -> String {
    let full = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{}: {e}", full.display()))
}

fn read_bytes(path: &str) -> Vec<u8> {
    let full = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    std::fs::read(&full).unwrap_or_else(|e| panic!("{}: {e}", full.display()))
}

#[test]
fn version_flag_shows_the_cargo_version() {
    let output = Command::new(env!("CARGO_BIN_EXE_conventio"))
        .arg("--version")
        .output()
        .unwrap();
    assert!(output.status.success());
    assert_eq!(
        String::from_utf8_lossy(&output.stdout).trim(),
        format!("conventio {VERSION}")
    );
}

#[test]
fn changelog_has_a_dated_section_for_this_version() {
    let changelog = read("CHANGELOG.md");
    let heading = format!("## [{VERSION}] - ");
    let line = changelog
        .lines()
        .find(|l| l.starts_with(&heading))
        .unwrap_or_else(|| panic!("CHANGELOG.md has no '{heading}YYYY-MM-DD' section"));
    let date = &line[heading.len()..];
    assert!(
        chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").is_ok(),
        "bad date in '{line}'"
    );
    let unreleased = changelog.find("## [Unreleased]").expect("an Unreleased section");
    assert!(unreleased < changelog.find(&heading).unwrap(), "Unreleased comes first");
}

#[test]
fn appstream_newest_release_is_this_version() {
    let metainfo = read("packaging/linux/be.conventio.Conventio.metainfo.xml");
    let first = metainfo.find("<release ").expect("a <release> element");
    let release = &metainfo[first..first + metainfo[first..].find('>').unwrap()];
    assert!(
        release.contains(&format!("version=\"{VERSION}\"")),
        "newest release: {release}"
    );
}

#[test]
fn windows_launcher_carries_this_version() {
    let manifest = read("packaging/windows/launcher/Cargo.toml");
    assert!(manifest.lines().any(|l| l == format!("version = \"{VERSION}\"")));
}

#[test]
fn menu_entry_is_named_and_described_in_the_four_languages() {
    let entry = read("packaging/linux/be.conventio.Conventio.desktop");
    for key in ["Name", "Comment"] {
        for lang in ["fr", "nl", "de", "en"] {
            let prefix = format!("{key}[{lang}]=");
            let value = entry.lines().find_map(|l| l.strip_prefix(&prefix));
            assert!(value.is_some_and(|v| !v.trim().is_empty()), "missing {prefix}");
        }
    }
    assert!(entry.lines().any(|l| l == "Categories=Office;MedicalSoftware;"));
    assert!(entry.lines().any(|l| l == "Icon=be.conventio.Conventio"));
}

#[test]
fn window_icon_is_the_rendered_64_pixel_png() {
    let decoder = png::Decoder::new(std::io::Cursor::new(read_bytes("assets/icons/conventio-64.png")));
    let mut reader = decoder.read_info().unwrap();
    let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
    let frame = reader.next_frame(&mut pixels).unwrap();
    assert_eq!((frame.width, frame.height), (64, 64));
    assert_eq!(
        frame.color_type,
        png::ColorType::Rgba,
        "scripts/render-icons writes RGBA"
    );
    assert_eq!(
        pixels[..frame.buffer_size()],
        read_bytes("assets/icons/conventio-64.rgba")[..]
    );
}

#[test]
fn windows_icon_holds_every_size_explorer_picks_from() {
    let ico = read_bytes("assets/icons/conventio.ico");
    assert_eq!(ico[..4], [0, 0, 1, 0], "an ICO header");
    let count = u16::from_le_bytes([ico[4], ico[5]]) as usize;
    // In an ICO directory entry a width of 0 means 256.
    let widths: Vec<u32> = (0..count)
        .map(|i| ico[6 + 16 * i])
        .map(|w| if w == 0 { 256 } else { u32::from(w) })
        .collect();
    for size in [16, 24, 32, 48, 64, 128, 256] {
        assert!(widths.contains(&size), "no {size}px image in the .ico: {widths:?}");
    }
}
