//! The `conventio` command line (`shared/FORMAT.md`, "Command line"): `check`, `agreements`,
//! `deadline` and `export`. Every text it prints comes from `i18n/*/cli.ftl` and `core.ftl`.

/// Prints a line on standard output; a closed pipe (`conventio agreements | head`) ends the output
/// quietly instead of panicking.
macro_rules! say {
    () => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout().lock());
    }};
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout().lock(), $($arg)*);
    }};
}

mod check;
mod export;
mod info;

use crate::core::i18n::{self, Language, Localizer};
use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

/// Exit status when every file is readable and none has an error finding.
pub const EXIT_OK: u8 = 0;
/// Exit status when a file has an error finding, or a command was refused.
pub const EXIT_FINDINGS: u8 = 1;
/// Exit status when a file cannot be read or parsed, or the command line is wrong.
pub const EXIT_UNREADABLE: u8 = 2;

#[derive(Parser, Debug)]
#[command(
    name = "conventio",
    // Usage lines say `conventio`, not the file's name (`conventio.exe` on Windows).
    bin_name = "conventio",
    version,
    about = "Conventio: declaration of adherence to the Belgian medico-mutualist agreement"
)]
#[command(args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// A declaration to open in the window.
    pub file: Option<PathBuf>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Check declarations against the agreement's rules.
    Check(CheckArgs),
    /// List the agreements Conventio knows.
    Agreements(AgreementsArgs),
    /// Show the declaration deadline and the days left.
    Deadline(DeadlineArgs),
    /// Write a declaration as JSON, PDF, calendar or text.
    Export(ExportArgs),
}

#[derive(Args, Debug, Clone)]
pub struct LangArg {
    /// Language of the messages: fr, nl, de or en (default: the environment's locale, else French).
    #[arg(long, value_parser = parse_language)]
    pub lang: Option<Language>,
}

impl LangArg {
    pub fn localizer(&self) -> &'static Localizer {
        i18n::localizer(self.lang.unwrap_or_else(Language::from_env))
    }
}

fn parse_language(text: &str) -> Result<Language, String> {
    Language::from_code(text).ok_or_else(|| "fr, nl, de, en".to_owned())
}

fn parse_date(text: &str) -> Result<chrono::NaiveDate, String> {
    text.parse().map_err(|_| "YYYY-MM-DD".to_owned())
}

#[derive(Args, Debug)]
pub struct CheckArgs {
    /// Declaration files, or folders of them (every `.json` inside).
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Print one JSON document instead of text.
    #[arg(long)]
    pub json: bool,
    /// Check as if today were this date (YYYY-MM-DD), for files without `prepared_on`.
    #[arg(long, value_parser = parse_date)]
    pub today: Option<chrono::NaiveDate>,
    #[command(flatten)]
    pub lang: LangArg,
}

#[derive(Args, Debug)]
pub struct AgreementsArgs {
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub lang: LangArg,
}

#[derive(Args, Debug)]
pub struct DeadlineArgs {
    /// Agreement id (default: the latest).
    #[arg(long)]
    pub agreement: Option<String>,
    /// Count days left from this date (YYYY-MM-DD) instead of today.
    #[arg(long, value_parser = parse_date)]
    pub today: Option<chrono::NaiveDate>,
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub lang: LangArg,
}

#[derive(Args, Debug)]
pub struct ExportArgs {
    /// The declaration to export.
    pub file: PathBuf,
    /// Output file; its extension names the format (.json, .pdf, .ics, .txt).
    #[arg(long)]
    pub to: PathBuf,
    /// Overwrite OUT if it exists.
    #[arg(long)]
    pub force: bool,
    #[command(flatten)]
    pub lang: LangArg,
}

/// Runs a subcommand and returns the process's exit status.
pub fn run(command: Command) -> ExitCode {
    let status = match command {
        Command::Check(args) => check::run(&args),
        Command::Agreements(args) => info::agreements(&args),
        Command::Deadline(args) => info::deadline(&args),
        Command::Export(args) => export::run(&args),
    };
    ExitCode::from(status)
}

/// Today's date on this machine.
pub fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

pub use crate::core::wording::{belgian_date, days_args};
