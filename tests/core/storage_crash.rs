//! A write that dies half-way never costs the previous file (issue 5, "never lose work").
//!
//! The first test re-runs this test binary as a child process that writes a large file through
//! `write_atomic`, and kills it (SIGKILL: no destructor, no cleanup) while the temporary file is
//! being filled. The second makes the folder read-only so the write fails.

use conventio::core::agreement::Agreements;
use conventio::core::format::{read_declaration_bytes, write_declaration};
use conventio::core::storage::{Privacy, backup_path, write_atomic};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Set in the child process: the file it must write.
const CHILD_TARGET: &str = "CONVENTIO_CRASH_CHILD_TARGET";
/// Size of the new content the child writes: large enough that the write takes a while.
const NEW_SIZE: usize = 64 * 1024 * 1024;

fn old_declaration() -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/examples/gp-partial-valid.json");
    let declaration = read_declaration_bytes(&std::fs::read(path).expect("example readable"), Agreements::embedded())
        .expect("example valid");
    write_declaration(&declaration).into_bytes()
}

fn new_content() -> Vec<u8> {
    // Not all one byte, so a partly written file could not pass for the whole.
    let pattern: Vec<u8> = (0..=250).collect();
    let mut bytes = pattern.repeat(NEW_SIZE / pattern.len() + 1);
    bytes.truncate(NEW_SIZE);
    bytes
}

/// The child's side: only runs when the parent asks for it (see `killed_while_writing…`).
#[test]
#[ignore = "helper: run by killed_while_writing_leaves_the_old_file_intact in a child process"]
fn child_writes_a_large_file_until_killed() {
    let target = PathBuf::from(std::env::var_os(CHILD_TARGET).expect("run by the parent test"));
    let bytes = new_content();
    // Tell the parent the content is ready, so its kill lands during the write itself.
    println!("ready");
    loop {
        write_atomic(&target, &bytes, Privacy::Private).expect("the write succeeds when not killed");
    }
}

fn temporary_files(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "tmp"))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn killed_while_writing_leaves_the_old_file_intact() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let target = dir.path().join("declaration.json");
    let old = old_declaration();
    write_atomic(&target, &old, Privacy::Private).expect("first write");

    let mut child = Command::new(std::env::current_exe().expect("this test binary"))
        .args([
            "--exact",
            &crate::test_name(module_path!(), "child_writes_a_large_file_until_killed"),
            "--include-ignored",
            "--nocapture",
        ])
        .arg("--test-threads=1")
        .env(CHILD_TARGET, &target)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("the child starts");

    // Wait until the temporary file exists and holds some bytes, then kill at once: the write (or
    // its fsync) is under way. The deadline only stops a broken child from hanging the test.
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut seen_partial = false;
    while Instant::now() < deadline {
        if let Some(status) = child.try_wait().expect("child status") {
            panic!("the child ended by itself: {status}");
        }
        let partial = temporary_files(dir.path())
            .iter()
            .filter_map(|p| std::fs::metadata(p).ok())
            .any(|m| m.len() > 0);
        if partial {
            seen_partial = true;
            break;
        }
        std::thread::yield_now();
    }
    child.kill().expect("kill the child");
    let _ = child.wait();
    assert!(seen_partial, "the child never started writing");

    // Killed mid-write: the target is the old file, whole; or, had the kill landed after the
    // rename, the new one, whole. Never a mixture.
    let now = std::fs::read(&target).expect("the target is still there");
    if now.len() == old.len() {
        eprintln!("killed before the rename: the old file is in place");
        assert_eq!(now, old);
        assert!(
            read_declaration_bytes(&now, Agreements::embedded()).is_ok(),
            "the old file still reads"
        );
    } else {
        eprintln!("killed after a rename: the new file is in place");
        assert_eq!(now.len(), NEW_SIZE, "a partial file replaced the old one");
        assert!(now == new_content(), "the new file is whole");
        let backup = std::fs::read(backup_path(&target)).expect("a backup");
        assert!(backup == old || backup.len() == NEW_SIZE);
    }
    // The killed write may leave its temporary file behind (harmless, hidden); it is not the target.
    for leftover in temporary_files(dir.path()) {
        assert_ne!(leftover, target);
    }
}

/// Whether permissions are enforced for this user: root ignores a folder's missing write bit.
#[cfg(unix)]
fn permissions_are_enforced(probe_dir: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    let dir = probe_dir.join("probe");
    std::fs::create_dir(&dir).expect("probe folder");
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o500)).expect("chmod");
    let enforced = std::fs::write(dir.join("x"), b"x").is_err();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700)).expect("chmod back");
    enforced
}

#[cfg(unix)]
#[test]
fn a_read_only_folder_makes_the_write_fail_and_keeps_the_old_file() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("a temporary folder");
    if !permissions_are_enforced(dir.path()) {
        eprintln!("skipped: running as a user that ignores permissions (root)");
        return;
    }
    let folder = dir.path().join("declarations");
    std::fs::create_dir(&folder).expect("folder");
    let target = folder.join("declaration.json");
    let old = old_declaration();
    // A place the user chose (save, export). Conventio's own private folders are set to 0700 by
    // every private write, so a read-only one is made writable again rather than failing.
    write_atomic(&target, &old, Privacy::UserChosen).expect("first write");
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o500)).expect("chmod");
    let result = write_atomic(&target, b"new content", Privacy::UserChosen);
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o700)).expect("chmod");
    let error = result.expect_err("the write into a read-only folder fails");
    assert_eq!(error.kind(), std::io::ErrorKind::PermissionDenied);
    let now = std::fs::read(&target).expect("still there");
    assert_eq!(now, old);
    assert!(read_declaration_bytes(&now, Agreements::embedded()).is_ok());
    assert!(temporary_files(&folder).is_empty(), "no temporary file");
    assert!(!backup_path(&target).exists(), "nothing was half done");
}

#[cfg(unix)]
#[test]
fn a_read_only_file_in_a_writable_folder_is_replaced_whole() {
    // Atomic replacement renames over the old file: its own write bit does not matter, and the
    // old content becomes the backup.
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("a temporary folder");
    let target = dir.path().join("declaration.json");
    let old = old_declaration();
    write_atomic(&target, &old, Privacy::UserChosen).expect("first write");
    std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o400)).expect("chmod");
    write_atomic(&target, b"new content", Privacy::UserChosen).expect("the replacement succeeds");
    assert_eq!(std::fs::read(&target).expect("readable"), b"new content");
    assert_eq!(std::fs::read(backup_path(&target)).expect("a backup"), old);
}
