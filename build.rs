//! Only for Windows targets: the icon, version information (from Cargo.toml) and manifest of
//! `conventio.exe` (see packaging/windows/resource.rs). Elsewhere it does nothing.

include!("packaging/windows/resource.rs");

fn main() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    embed_windows_resource(&root.join("packaging/windows"), "conventio.exe", "Conventio");
}
