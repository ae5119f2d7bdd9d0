//! `conventiow.exe`: what the Start menu and a double-click run on Windows. `conventio.exe` is a
//! console program, so that `conventio check …` behaves in cmd and PowerShell like any command
//! (it waits, prints, sets the exit code); started from here it gets no console window at all.
//! If the window cannot open, the error it printed is shown in a message box instead of vanishing.

#![cfg_attr(windows, windows_subsystem = "windows")]

#[cfg(windows)]
fn main() -> std::process::ExitCode {
    windows::run()
}

#[cfg(not(windows))]
fn main() {
    eprintln!("conventiow is the Windows launcher of Conventio; elsewhere run `conventio`.");
    std::process::exit(2);
}

#[cfg(windows)]
mod windows {
    use std::ffi::OsStr;
    use std::os::windows::ffi::OsStrExt;
    use std::os::windows::process::CommandExt;
    use std::path::PathBuf;
    use std::process::{Command, ExitCode, Stdio};

    /// `CREATE_NO_WINDOW`: the console program runs without a console window.
    const CREATE_NO_WINDOW: u32 = 0x0800_0000;
    const MB_ICONERROR: u32 = 0x10;

    #[link(name = "user32")]
    unsafe extern "system" {
        fn MessageBoxW(window: *mut core::ffi::c_void, text: *const u16, caption: *const u16, kind: u32) -> i32;
    }

    pub fn run() -> ExitCode {
        let app = beside_this_program("conventio.exe");
        let result = Command::new(&app)
            .args(std::env::args_os().skip(1))
            .creation_flags(CREATE_NO_WINDOW)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .output();
        match result {
            Ok(output) if output.status.success() => ExitCode::SUCCESS,
            Ok(output) => {
                let said = String::from_utf8_lossy(&output.stderr);
                show_error(said.trim());
                ExitCode::FAILURE
            }
            Err(error) => {
                show_error(&format!("{}: {error}", app.display()));
                ExitCode::FAILURE
            }
        }
    }

    fn beside_this_program(name: &str) -> PathBuf {
        std::env::current_exe()
            .ok()
            .and_then(|exe| exe.parent().map(|dir| dir.join(name)))
            .unwrap_or_else(|| PathBuf::from(name))
    }

    fn show_error(text: &str) {
        let text = if text.is_empty() {
            "Conventio stopped unexpectedly."
        } else {
            text
        };
        let text = wide(text);
        let caption = wide("Conventio");
        // SAFETY: both strings are NUL-terminated UTF-16 buffers that outlive the call.
        unsafe {
            MessageBoxW(std::ptr::null_mut(), text.as_ptr(), caption.as_ptr(), MB_ICONERROR);
        }
    }

    fn wide(text: &str) -> Vec<u16> {
        OsStr::new(text).encode_wide().chain(std::iter::once(0)).collect()
    }
}
