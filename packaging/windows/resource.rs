// Shared by the build scripts of `conventio.exe` and `conventiow.exe` (`include!`d): writes the
// Windows resource script (icon, version information from Cargo.toml, manifest), compiles it with
// the toolchain's resource compiler and links it in. No crate needed: it runs `windres` (mingw-w64)
// or `rc.exe` (MSVC) itself. Only when the target is Windows; on other targets it does nothing.

/// `windows`: the folder `packaging/windows` holding `conventio.ico` and the manifest.
fn embed_windows_resource(windows: &std::path::Path, file_name: &str, description: &str) {
    println!("cargo:rerun-if-changed=build.rs");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let icon = windows.join("../../assets/icons/conventio.ico");
    let manifest = windows.join("conventio.exe.manifest");
    for input in [&icon, &manifest] {
        println!("cargo:rerun-if-changed={}", input.display());
    }
    let version = env!("CARGO_PKG_VERSION");
    let script = resource_script(version, file_name, description, &icon, &manifest);
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let rc = out.join("conventio.rc");
    std::fs::write(&rc, script).expect("the resource script can be written in OUT_DIR");
    let object = compile_resource(&rc, &out);
    // Linked as an object of its own, so the resources land in the executables only.
    println!("cargo:rustc-link-arg-bins={}", object.display());
}

/// Runs the resource compiler of the toolchain: `windres` for the GNU target (mingw-w64, also when
/// cross-compiling from Linux; `WINDRES` overrides its name), `rc.exe` for MSVC.
fn compile_resource(rc: &std::path::Path, out: &std::path::Path) -> std::path::PathBuf {
    use std::process::Command;
    let msvc = std::env::var("CARGO_CFG_TARGET_ENV").as_deref() == Ok("msvc");
    let (object, mut command) = if msvc {
        let object = out.join("conventio.res");
        let mut command = Command::new("rc.exe");
        command.arg("/nologo").arg("/fo").arg(&object).arg(rc);
        (object, command)
    } else {
        let object = out.join("conventio-resource.o");
        let windres = std::env::var("WINDRES").unwrap_or_else(|_| windres_for_target());
        let mut command = Command::new(windres);
        command
            .arg("--input")
            .arg(rc)
            .arg("--output-format=coff")
            .arg("--output")
            .arg(&object);
        (object, command)
    };
    let status = command
        .status()
        .unwrap_or_else(|error| panic!("the Windows resource compiler could not start ({command:?}): {error}"));
    assert!(status.success(), "the Windows resource compiler failed: {command:?}");
    object
}

fn windres_for_target() -> String {
    let host = std::env::var("HOST").unwrap_or_default();
    let target = std::env::var("TARGET").unwrap_or_default();
    if host == target {
        "windres".to_owned()
    } else {
        // Debian's gcc-mingw-w64-x86-64 (binutils-mingw-w64-x86-64) names it after the triple.
        format!(
            "{}-w64-mingw32-windres",
            std::env::var("CARGO_CFG_TARGET_ARCH").unwrap_or_default()
        )
    }
}

/// `0.2.0` → `0,2,0,0` (a VERSIONINFO number has four parts; pre-release text is dropped).
fn numeric_version(version: &str) -> String {
    let mut parts: Vec<String> = version
        .split(['.', '-', '+'])
        .take(3)
        .map(|p| p.parse::<u16>().unwrap_or(0).to_string())
        .collect();
    parts.resize(4, "0".to_owned());
    parts.join(",")
}

fn rc_path(path: &std::path::Path) -> String {
    // The resource compilers read `\` as an escape in strings: forward slashes work for both.
    path.display().to_string().replace('\\', "/")
}

fn resource_script(
    version: &str,
    file_name: &str,
    description: &str,
    icon: &std::path::Path,
    manifest: &std::path::Path,
) -> String {
    let number = numeric_version(version);
    format!(
        r#"#pragma code_page(65001)
1 ICON "{icon}"
1 24 "{manifest}"
1 VERSIONINFO
FILEVERSION {number}
PRODUCTVERSION {number}
FILEOS 0x40004
FILETYPE 0x1
BEGIN
  BLOCK "StringFileInfo"
  BEGIN
    BLOCK "040904B0"
    BEGIN
      VALUE "CompanyName", "Conventio"
      VALUE "FileDescription", "{description}"
      VALUE "FileVersion", "{version}"
      VALUE "InternalName", "{file_name}"
      VALUE "OriginalFilename", "{file_name}"
      VALUE "ProductName", "Conventio"
      VALUE "ProductVersion", "{version}"
      VALUE "LegalCopyright", "Copyright (c) 2026 the Conventio team"
    END
  END
  BLOCK "VarFileInfo"
  BEGIN
    VALUE "Translation", 0x0409, 1200
  END
END
"#,
        icon = rc_path(icon),
        manifest = rc_path(manifest),
    )
}
