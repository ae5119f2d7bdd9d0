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

fn open_window(_file: Option<std::path::PathBuf>) -> ExitCode {
    // The window lands with the GUI; until then the command line explains itself.
    use clap::CommandFactory;
    let _ = Cli::command().print_help();
    ExitCode::SUCCESS
}
