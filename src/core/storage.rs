//! Where Conventio keeps its files, and the one way it writes any of them: atomically, keeping the
//! previous version as a backup, so a crash or a full disk never leaves a half-written file.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Environment variable that puts every per-user file (settings, autosave, profiles, history) under
/// one folder, for tests and portable use.
pub(crate) const HOME_VARIABLE: &str = "CONVENTIO_HOME";

/// Who may read a file written by Conventio.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Privacy {
    /// Personal data in Conventio's own folders: readable by the user only (0600, folders 0700).
    Private,
    /// A file the user asked for at a place they chose: the usual permissions of that place.
    UserChosen,
}

/// The folder for per-user data (autosave, profiles, history).
pub fn data_dir() -> PathBuf {
    if let Some(home) = std::env::var_os(HOME_VARIABLE).filter(|h| !h.is_empty()) {
        return PathBuf::from(home).join("data");
    }
    project_dirs().map_or_else(
        || PathBuf::from(".conventio").join("data"),
        |d| d.data_dir().to_path_buf(),
    )
}

/// The folder for settings (language, theme, zoom).
pub(crate) fn config_dir() -> PathBuf {
    if let Some(home) = std::env::var_os(HOME_VARIABLE).filter(|h| !h.is_empty()) {
        return PathBuf::from(home).join("config");
    }
    project_dirs().map_or_else(
        || PathBuf::from(".conventio").join("config"),
        |d| d.config_dir().to_path_buf(),
    )
}

fn project_dirs() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("be", "Conventio", "conventio")
}

/// A scope in which this thread must not touch a file or the practice store: the window's
/// `update` opens one, so that file and store work goes to a blocking task instead of freezing the
/// window while a disk (a network share, a slow USB stick) answers. The core's I/O entry points
/// check it ([`io_allowed`]); in a debug build (every test) they panic inside the scope, in a
/// release build the check is compiled out. Scopes nest; the flag is per thread, so blocking jobs
/// on other threads are free.
#[must_use = "the scope ends when this value is dropped"]
pub struct IoForbidden {
    #[cfg(debug_assertions)]
    was: bool,
}

#[cfg(debug_assertions)]
thread_local! {
    static IO_FORBIDDEN: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Forbids file and store work on this thread until the returned value is dropped.
pub fn io_forbidden() -> IoForbidden {
    IoForbidden {
        #[cfg(debug_assertions)]
        was: IO_FORBIDDEN.with(|f| f.replace(true)),
    }
}

impl Drop for IoForbidden {
    fn drop(&mut self) {
        #[cfg(debug_assertions)]
        IO_FORBIDDEN.with(|f| f.set(self.was));
    }
}

/// Called by every I/O entry point of the core (and the window's own few): panics, in a debug
/// build, when the thread is inside an [`io_forbidden`] scope. Nothing in a release build.
#[track_caller]
#[inline]
pub fn io_allowed() {
    #[cfg(debug_assertions)]
    if IO_FORBIDDEN.with(std::cell::Cell::get) {
        io_forbidden_here();
    }
}

#[cfg(debug_assertions)]
#[cold]
#[track_caller]
fn io_forbidden_here() {
    panic!(
        "file or store I/O on the window's thread (inside App::update): \
         run it with app::task::blocking and answer with a message"
    );
}

/// The backup kept beside `path` by [`write_atomic`]: `name.json` → `name.json.bak`.
/// A file's bytes, read to at most one byte past `limit`: a huge file or an endless stream
/// (`/dev/zero`, a pipe) is then refused as too large by its reader instead of being read whole.
pub fn read_bounded(path: &Path, limit: usize) -> io::Result<Vec<u8>> {
    use std::io::Read;
    io_allowed();
    let mut bytes = Vec::new();
    File::open(path)?.take(limit as u64 + 1).read_to_end(&mut bytes)?;
    Ok(bytes)
}

pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(".bak");
    path.with_file_name(name)
}

/// Creates a folder (and its parents) for Conventio's own data, readable by the user only: the
/// folder and every parent this call creates are 0700; parents that already exist are left alone.
pub(crate) fn create_private_dir(dir: &Path) -> io::Result<()> {
    io_allowed();
    let missing: Vec<&Path> = dir
        .ancestors()
        .take_while(|a| !a.as_os_str().is_empty() && !a.exists())
        .collect();
    fs::create_dir_all(dir)?;
    for created in missing {
        set_mode(created, 0o700)?;
    }
    set_mode(dir, 0o700)
}

/// Writes `bytes` to `path` so that, whatever happens, `path` holds either its old content or the
/// new one: a temporary file in the same folder is written and synced, the old file is copied to
/// its backup, then the temporary file is renamed over `path` and the folder synced (on Unix; on
/// Windows the rename replaces the file in one step and there is no folder to sync).
pub fn write_atomic(path: &Path, bytes: &[u8], privacy: Privacy) -> io::Result<()> {
    io_allowed();
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if privacy == Privacy::Private {
        create_private_dir(&dir)?;
    }
    let temporary = temporary_path(path);
    let result = write_then_rename(path, &temporary, bytes, privacy);
    if result.is_err() {
        // Best effort: a leftover temporary file is harmless, but tidy up when we can.
        let _ = fs::remove_file(&temporary);
    }
    result?;
    sync_dir(&dir);
    Ok(())
}

fn temporary_path(path: &Path) -> PathBuf {
    let mut name = std::ffi::OsString::from(".");
    name.push(path.file_name().unwrap_or_default());
    name.push(format!(".{}.tmp", std::process::id()));
    path.with_file_name(name)
}

fn write_then_rename(path: &Path, temporary: &Path, bytes: &[u8], privacy: Privacy) -> io::Result<()> {
    let mut file = open_new(temporary, privacy)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    drop(file);
    if path.exists() {
        keep_backup(path, privacy)?;
    }
    rename(temporary, path)
}

/// Makes the current `path` its backup, itself atomically: the old version is linked (or, where
/// links are not supported, copied and synced) under a temporary name that is then renamed over
/// the backup, so a crash never leaves a half-copied backup in place of the previous one.
fn keep_backup(path: &Path, privacy: Privacy) -> io::Result<()> {
    let backup = backup_path(path);
    let staged = temporary_path(&backup);
    let _ = fs::remove_file(&staged);
    let result = stage_backup(path, &staged, privacy).and_then(|()| rename_retrying(&staged, &backup));
    if result.is_err() {
        let _ = fs::remove_file(&staged);
    }
    result
}

fn stage_backup(path: &Path, staged: &Path, privacy: Privacy) -> io::Result<()> {
    if fs::hard_link(path, staged).is_err() {
        fs::copy(path, staged)?;
        File::open(staged)?.sync_all()?;
    }
    if privacy == Privacy::Private {
        // With a link this is also the old file's mode, which is about to be replaced anyway.
        set_mode(staged, 0o600)?;
    }
    Ok(())
}

/// The rename that makes a write visible; a seam for the test that simulates its failure.
fn rename(from: &Path, to: &Path) -> io::Result<()> {
    #[cfg(test)]
    if tests::FAIL_RENAME.with(|f| f.get()) {
        return Err(io::Error::other("simulated failure of rename"));
    }
    rename_retrying(from, to)
}

/// On Windows a rename over a file fails while another program holds it open without sharing
/// deletion: typically an antivirus or the search indexer reading the file just written, for a
/// few milliseconds. A few short retries ride that out; a file kept open (say, in an editor)
/// still gives the error.
#[cfg(windows)]
fn rename_retrying(from: &Path, to: &Path) -> io::Result<()> {
    const DELAYS_MS: [u64; 5] = [10, 20, 50, 100, 200];
    for delay in DELAYS_MS {
        match fs::rename(from, to) {
            Err(error) if error.kind() == io::ErrorKind::PermissionDenied => {
                std::thread::sleep(std::time::Duration::from_millis(delay));
            }
            result => return result,
        }
    }
    fs::rename(from, to)
}

#[cfg(not(windows))]
fn rename_retrying(from: &Path, to: &Path) -> io::Result<()> {
    fs::rename(from, to)
}

fn open_new(path: &Path, privacy: Privacy) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    if privacy == Privacy::Private {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    #[cfg(not(unix))]
    let _ = privacy;
    options.open(path)
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(mode))
}

#[cfg(not(unix))]
fn set_mode(_path: &Path, _mode: u32) -> io::Result<()> {
    Ok(())
}

/// Makes the rename durable on Unix, where a folder's entries are flushed with the folder.
#[cfg(unix)]
fn sync_dir(dir: &Path) {
    // Best effort: some file systems (network shares) refuse to sync a folder.
    if let Ok(handle) = File::open(dir) {
        let _ = handle.sync_all();
    }
}

/// Windows cannot open a folder as a file to flush it (and needs not: NTFS journals the rename,
/// and the new content was flushed before it), so there is nothing to do.
#[cfg(not(unix))]
fn sync_dir(_dir: &Path) {}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::cell::Cell;

    thread_local! {
        pub(crate) static FAIL_RENAME: Cell<bool> = const { Cell::new(false) };
    }

    #[cfg(debug_assertions)]
    #[test]
    fn file_work_inside_a_no_io_scope_panics_and_is_free_again_after_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.json");
        let inside = std::panic::catch_unwind(|| {
            let _no_io = io_forbidden();
            write_atomic(&path, b"{}", Privacy::Private)
        });
        assert!(inside.is_err(), "a write inside the scope must panic");
        assert!(!path.exists());
        // Nested scopes: the inner one's end does not free the outer one.
        let nested = std::panic::catch_unwind(|| {
            let _outer = io_forbidden();
            drop(io_forbidden());
            read_bounded(&path, 10)
        });
        assert!(nested.is_err());
        write_atomic(&path, b"{}", Privacy::Private).unwrap();
        assert_eq!(read_bounded(&path, 10).unwrap(), b"{}");
        // Another thread is free while this one is inside a scope: blocking jobs run there.
        let _no_io = io_forbidden();
        let elsewhere = path.clone();
        std::thread::spawn(move || read_bounded(&elsewhere, 10).unwrap())
            .join()
            .unwrap();
    }

    #[test]
    fn a_write_replaces_the_file_and_keeps_a_backup() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("declaration.json");
        write_atomic(&path, b"first", Privacy::UserChosen).unwrap();
        write_atomic(&path, b"second", Privacy::UserChosen).unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"second");
        assert_eq!(fs::read(backup_path(&path)).unwrap(), b"first");
    }

    #[test]
    fn a_failed_rename_leaves_the_old_file_intact() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("autosave.json");
        write_atomic(&path, b"safe", Privacy::Private).unwrap();
        FAIL_RENAME.with(|f| f.set(true));
        let result = write_atomic(&path, b"lost", Privacy::Private);
        FAIL_RENAME.with(|f| f.set(false));
        assert!(result.is_err());
        assert_eq!(fs::read(&path).unwrap(), b"safe");
        let leftovers: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn private_files_are_readable_by_the_user_only() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("data");
        let path = folder.join("profile.json");
        write_atomic(&path, b"{}", Privacy::Private).unwrap();
        assert_eq!(fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        assert_eq!(fs::metadata(&folder).unwrap().permissions().mode() & 0o777, 0o700);
    }
}

/// What a file held, to tell later whether it changed on disk: its length and a 64-bit FNV-1a hash
/// of its bytes (the same on every machine and every version).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fingerprint {
    pub len: u64,
    pub hash: u64,
}

pub fn fingerprint(bytes: &[u8]) -> Fingerprint {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &byte in bytes {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    Fingerprint {
        len: bytes.len() as u64,
        hash,
    }
}
