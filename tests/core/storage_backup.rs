//! The backup and the permissions that `write_atomic` promises (issue 5, "never lose work" and
//! "privacy"): a write killed at any moment leaves the file and its backup each a whole version,
//! the backup one version behind; personal files are 0600 and every folder created for them 0700.

use conventio::core::storage::{Privacy, backup_path, write_atomic};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Set in the child process: the file it rewrites until killed.
const CHILD_TARGET: &str = "CONVENTIO_BACKUP_CHILD_TARGET";
/// Size of every version: large enough that copying it takes a moment.
const SIZE: usize = 4 * 1024 * 1024;

/// Version `k` of the file: `SIZE` bytes, all equal to a value that names the version.
fn version(k: usize) -> Vec<u8> {
    vec![version_byte(k); SIZE]
}

fn version_byte(k: usize) -> u8 {
    (k % 200) as u8 + 1
}

/// The version a file holds when it is one whole version, else `None`.
fn whole_version(bytes: &[u8]) -> Option<u8> {
    let first = *bytes.first()?;
    (bytes.len() == SIZE && bytes.iter().all(|&b| b == first)).then_some(first)
}

#[test]
#[ignore = "helper: run by killed_during_the_backup_copy… in a child process"]
fn child_rewrites_the_file_until_killed() {
    let target = PathBuf::from(std::env::var_os(CHILD_TARGET).expect("run by the parent test"));
    for k in 1.. {
        write_atomic(&target, &version(k), Privacy::Private).expect("the write succeeds when not killed");
    }
}

#[test]
fn killed_during_the_backup_copy_the_file_and_its_backup_stay_whole() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let target = dir.path().join("autosave.json");
    let backup = backup_path(&target);
    write_atomic(&target, &version(0), Privacy::Private).expect("first write");

    let mut child = Command::new(std::env::current_exe().expect("this test binary"))
        .args([
            "--exact",
            &crate::test_name(module_path!(), "child_rewrites_the_file_until_killed"),
            "--include-ignored",
        ])
        .arg("--test-threads=1")
        .env(CHILD_TARGET, &target)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("the child starts");

    // Kill the child the moment its backup is seen shorter than a whole version (a backup being
    // copied in place), or after a second of rewrites when no such moment shows.
    let deadline = Instant::now() + Duration::from_secs(1);
    while Instant::now() < deadline {
        if let Some(status) = child.try_wait().expect("child status") {
            panic!("the child ended by itself: {status}");
        }
        if std::fs::metadata(&backup).is_ok_and(|m| (m.len() as usize) < SIZE) {
            break;
        }
    }
    child.kill().expect("kill the child");
    let _ = child.wait();

    let now = std::fs::read(&target).expect("the file is still there");
    let now = whole_version(&now).expect("the file is one whole version");
    match std::fs::read(&backup) {
        Ok(kept) => {
            let kept = whole_version(&kept).expect("the backup is one whole version");
            // Killed before the new version took its place, the backup may already be the current
            // version; otherwise it is the one before.
            assert!(
                kept == now || version_byte(kept as usize) == now,
                "backup {kept} is neither version {now} nor the one before"
            );
        }
        Err(_) => assert_eq!(now, version_byte(0), "only the first version has no backup"),
    }
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).expect("exists").permissions().mode() & 0o777
}

#[cfg(unix)]
#[test]
fn a_private_write_makes_every_folder_it_creates_readable_by_the_user_only() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("a temporary folder");
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let home = dir.path().join("home");
    let file = home.join("data").join("profiles").join("dr-peeters.json");
    write_atomic(&file, b"{}", Privacy::Private).expect("written");
    for folder in [&home, &home.join("data"), &home.join("data").join("profiles")] {
        assert_eq!(mode(folder), 0o700, "{}", folder.display());
    }
    assert_eq!(mode(&file), 0o600);
    // A folder that was there before is the user's: left as it was.
    assert_eq!(mode(dir.path()), 0o755);
}

#[cfg(unix)]
#[test]
fn a_private_write_over_a_world_readable_file_leaves_it_and_its_backup_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("a temporary folder");
    let folder = dir.path().join("data");
    std::fs::create_dir(&folder).expect("folder");
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let file = folder.join("history.json");
    std::fs::write(&file, b"old").expect("written");
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).expect("chmod");

    write_atomic(&file, b"new", Privacy::Private).expect("written");
    assert_eq!(std::fs::read(&file).expect("readable"), b"new");
    assert_eq!(std::fs::read(backup_path(&file)).expect("a backup"), b"old");
    assert_eq!(mode(&file), 0o600);
    assert_eq!(mode(&backup_path(&file)), 0o600);
    assert_eq!(mode(&folder), 0o700);
}

#[test]
fn every_write_keeps_exactly_the_previous_version_as_backup() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let file = dir.path().join("declaration.json");
    for (n, content) in ["first", "second", "third"].iter().enumerate() {
        write_atomic(&file, content.as_bytes(), Privacy::UserChosen).expect("written");
        assert_eq!(std::fs::read(&file).expect("readable"), content.as_bytes());
        let backup = std::fs::read(backup_path(&file));
        match n {
            0 => assert!(backup.is_err(), "nothing to back up yet"),
            _ => assert_eq!(
                backup.expect("a backup"),
                ["first", "second", "third"][n - 1].as_bytes()
            ),
        }
    }
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .expect("listable")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 2, "only the file and its backup: {names:?}");
}
