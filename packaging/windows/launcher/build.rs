//! Icon, version information and manifest in `conventiow.exe`, from the same resource script as
//! `conventio.exe` (see ../resource.rs). The launcher's version must be the app's.

include!("../resource.rs");

fn main() {
    let manifest = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let app_manifest = manifest.join("../../../Cargo.toml");
    println!("cargo:rerun-if-changed={}", app_manifest.display());
    let app = std::fs::read_to_string(&app_manifest).expect("the app's Cargo.toml is readable");
    let app_version = app
        .lines()
        .find_map(|line| line.strip_prefix("version = \""))
        .and_then(|rest| rest.strip_suffix('"'))
        .expect("the app's Cargo.toml has a version line");
    assert_eq!(
        env!("CARGO_PKG_VERSION"),
        app_version,
        "packaging/windows/launcher/Cargo.toml must carry the app's version"
    );
    embed_windows_resource(&manifest.join(".."), "conventiow.exe", "Conventio");
}
