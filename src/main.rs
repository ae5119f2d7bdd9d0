//! `conventio`: without arguments, the window; with a file, the window on that file; with a
//! subcommand, the command line (`shared/FORMAT.md`).

use clap::Parser;
use conventio::cli::{self, Cli};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = Cli::parse();
    match args.command {
        Some(command) => cli::run(command),
        None => open_window(args.file),
    }
}

#[cfg(feature = "gui")]
fn open_window(file: Option<std::path::PathBuf>) -> ExitCode {
    match conventio::app::window::run(file) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("conventio: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Built without the window (`--no-default-features`): only the subcommands exist.
#[cfg(not(feature = "gui"))]
fn open_window(_file: Option<std::path::PathBuf>) -> ExitCode {
    eprintln!(
        "conventio: this build has no window (cargo feature `gui`); use a subcommand, e.g. `conventio check FILE`"
    );
    ExitCode::from(cli::EXIT_UNREADABLE)
}
