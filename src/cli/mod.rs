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
mod import;
mod info;
mod practice;

use crate::core::agreement::Agreements;
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
    /// Write a declaration as JSON, PDF, calendar, spreadsheet or text.
    Export(ExportArgs),
    /// Add the slots of a calendar's week (.ics) or of a spreadsheet (.csv) to a declaration.
    Import(ImportArgs),
    /// The practice's database: export, import, backup, restore.
    Practice(PracticeArgs),
}

#[derive(Args, Debug)]
pub struct PracticeArgs {
    #[command(subcommand)]
    pub action: PracticeAction,
    /// Language of the messages: fr, nl, de or en (default: the environment's locale, else French).
    #[arg(long, global = true, value_parser = parse_language)]
    pub lang: Option<Language>,
}

impl PracticeArgs {
    pub fn localizer(&self) -> &'static Localizer {
        i18n::localizer(self.lang.unwrap_or_else(Language::from_env))
    }
}

#[derive(Subcommand, Debug)]
pub enum PracticeAction {
    /// Write every doctor, version, draft and mark to a zip (for a new PC, or to keep).
    Export {
        /// The zip to write.
        file: PathBuf,
        /// Replace FILE if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Merge a zip made by `practice export` into this practice, by INAMI number.
    Import {
        /// The zip to read.
        file: PathBuf,
    },
    /// Copy the database, while it is in use, to a dated file in the backup folder (or to --to).
    Backup {
        #[arg(long)]
        to: Option<PathBuf>,
    },
    /// Print every doctor's current declaration as a PDF summary into FOLDER (one file each,
    /// named with the doctor's name and INAMI number).
    Print {
        folder: PathBuf,
        /// Replace PDFs that exist already.
        #[arg(long)]
        force: bool,
    },
    /// Put a backup back in place of the practice's database (the current one is kept aside).
    Restore {
        /// The backup file (`backups/practice-YYYY-MM-DD.sqlite3`).
        file: PathBuf,
    },
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

/// A command-line value outside those accepted. Arguments are parsed before `--lang` is known, so
/// clap words the error in its own English and this names what would have been accepted.
#[derive(Debug, thiserror::Error)]
#[error("{accepted}")]
pub struct NotAccepted {
    accepted: &'static str,
}

fn not_accepted(accepted: &'static str) -> NotAccepted {
    NotAccepted { accepted }
}

fn parse_language(text: &str) -> Result<Language, NotAccepted> {
    Language::from_code(text).ok_or_else(|| not_accepted("fr, nl, de, en"))
}

fn parse_date(text: &str) -> Result<chrono::NaiveDate, NotAccepted> {
    text.parse().map_err(|_| not_accepted("YYYY-MM-DD"))
}

#[derive(Args, Debug)]
pub struct CheckArgs {
    /// Declaration files, or folders of them (every `.json` inside).
    #[arg(required_unless_present = "practice", conflicts_with = "practice")]
    pub files: Vec<PathBuf>,
    /// Check the practice's doctors instead of files: each one's last saved version (or draft),
    /// with their registration marks.
    #[arg(long)]
    pub practice: bool,
    /// Print one JSON document instead of text.
    #[arg(long)]
    pub json: bool,
    /// Check as if today were this date (YYYY-MM-DD), for files without `prepared_on`.
    #[arg(long, value_parser = parse_date)]
    pub today: Option<chrono::NaiveDate>,
    /// Also write the practice overview of these files as a list: OUT.pdf (printable) or OUT.csv.
    #[arg(long, value_name = "OUT")]
    pub to: Option<PathBuf>,
    /// With --to or --practice: only the doctors still to register in ProSanté.
    #[arg(long)]
    pub still_to_register: bool,
    /// With --to: replace OUT if it exists.
    #[arg(long, requires = "to")]
    pub force: bool,
    #[command(flatten)]
    pub lang: LangArg,
}

#[derive(Args, Debug)]
pub struct AgreementsArgs {
    #[command(subcommand)]
    pub action: Option<AgreementsAction>,
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub lang: LangArg,
}

#[derive(Subcommand, Debug)]
pub enum AgreementsAction {
    /// Add or replace an agreement from a JSON file (schema: assets/agreement.schema.json).
    Import {
        /// The agreement file.
        file: PathBuf,
        #[command(flatten)]
        lang: LangArg,
    },
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

#[derive(Args, Debug)]
pub struct ImportArgs {
    /// The calendar (.ics) or spreadsheet (.csv) to import.
    pub file: PathBuf,
    /// The declaration to add the slots to; it is rewritten atomically, the previous version kept
    /// as DECLARATION.json.bak.
    #[arg(long)]
    pub into: PathBuf,
    /// Calendar: the week to take (any day of it, YYYY-MM-DD; default: this week). Weekly series
    /// give their occurrences in that week, single events count when they fall in it.
    #[arg(long, value_parser = parse_date)]
    pub week: Option<chrono::NaiveDate>,
    /// The site (id) of events without a place, and of unknown places with --no-new-sites.
    #[arg(long)]
    pub site: Option<String>,
    /// Calendar: a new site of this name for events without a place, when no --site is given and
    /// the declaration does not have exactly one site.
    #[arg(long, value_name = "NAME", conflicts_with = "site")]
    pub new_site: Option<String>,
    /// Do not add places that match no site: leave their slots out (calendar) or refuse (spreadsheet).
    #[arg(long)]
    pub no_new_sites: bool,
    /// Calendar: the rates of events whose title does not say (default: agreement).
    #[arg(long, value_parser = parse_rates)]
    pub rates: Option<crate::core::model::Rates>,
    /// Calendar: the setting of events whose title does not say (default: office).
    #[arg(long, value_parser = parse_setting)]
    pub setting: Option<crate::core::model::Setting>,
    /// Also add the slots that overlap existing ones (by default they are only reported).
    #[arg(long)]
    pub overlapping: bool,
    /// Only report what would be added; change nothing.
    #[arg(long)]
    pub dry_run: bool,
    #[command(flatten)]
    pub lang: LangArg,
}

fn parse_rates(text: &str) -> Result<crate::core::model::Rates, NotAccepted> {
    use crate::core::model::Rates;
    [Rates::Agreement, Rates::Free]
        .into_iter()
        .find(|r| r.key() == text)
        .ok_or_else(|| not_accepted("agreement, free"))
}

fn parse_setting(text: &str) -> Result<crate::core::model::Setting, NotAccepted> {
    use crate::core::model::Setting;
    Setting::ALL
        .into_iter()
        .find(|s| s.key() == text)
        .ok_or_else(|| not_accepted("office, home_visit, hospital, day_hospital"))
}

/// Runs a subcommand and returns the process's exit status.
pub fn run(command: Command) -> ExitCode {
    let agreements = agreements_of_user();
    let status = match command {
        Command::Check(args) => check::run(&args, &agreements),
        Command::Agreements(args) => info::agreements(&args, &agreements),
        Command::Deadline(args) => info::deadline(&args, &agreements),
        Command::Export(args) => export::run(&args, &agreements),
        Command::Import(args) => import::run(&args, &agreements),
        Command::Practice(args) => practice::run(&args, &agreements),
    };
    ExitCode::from(status)
}

/// The agreements the command line works with: the embedded ones and those the user added (in the
/// data folder), with the last days the user set in the settings (announced extensions) in place of
/// the published ones, so the command line and the window agree.
fn agreements_of_user() -> Agreements {
    let added = crate::core::agreement_store::load_all(&crate::core::agreement_store::folder());
    let loaded = crate::core::settings::Settings::load();
    Agreements::with_added(added).with_last_days(&loaded.settings().last_days)
}

/// Why a file named on the command line cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    /// The system refused to read it.
    #[error("cannot read {}: {source}", path.display())]
    Unreadable { path: PathBuf, source: std::io::Error },
    /// Read, but not a declaration this version understands.
    #[error(transparent)]
    Declaration(#[from] crate::core::format::ReadError),
    /// Read, but not a calendar or spreadsheet that can be imported.
    #[error(transparent)]
    Import(#[from] crate::core::import::ImportError),
}

impl FileError {
    pub fn unreadable(path: &std::path::Path, source: std::io::Error) -> FileError {
        FileError::Unreadable {
            path: path.to_path_buf(),
            source,
        }
    }

    /// What is wrong, in the user's language (the system's reason too, not its English).
    pub fn describe(&self, localizer: &Localizer) -> String {
        match self {
            FileError::Unreadable { path, source } => localizer.tr_args(
                "cli-cannot-read",
                &[
                    ("path", path.display().to_string().into()),
                    ("reason", crate::core::system_error::describe(source, localizer).into()),
                ],
            ),
            FileError::Declaration(error) => error.describe(localizer),
            FileError::Import(error) => error.describe(localizer),
        }
    }
}

/// Today's date on this machine (or `CONVENTIO_TODAY`, see [`crate::core::today`]).
pub fn today() -> chrono::NaiveDate {
    crate::core::today()
}

use crate::core::wording::belgian_date;
