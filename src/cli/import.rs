//! `conventio import FILE.ics|FILE.csv --into DECLARATION.json`: adds the slots a calendar's week
//! or a spreadsheet proposes, through the same atomic write as every save (the previous version is
//! kept as `DECLARATION.json.bak`), and reports what it took, what it left out and why.
//!
//! Exit status, as FORMAT.md's: `0` done (also when nothing was new, and for `--dry-run`); `1`
//! refused (unknown extension, unknown `--site`, the declaration cannot be written); `2` a file
//! cannot be read or parsed (the spreadsheet's error names its line and column; nothing is added).

use super::check::read;
use super::{EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE, FileError, ImportArgs};
use crate::core::agreement::Agreements;
use crate::core::format;
use crate::core::i18n::Localizer;
use crate::core::import::{self, Origin, Proposal, Status, Terms, csv::CsvOptions, ics::IcsOptions};
use crate::core::model::Declaration;
use crate::core::storage::{self, Privacy};
use crate::core::wording::belgian_date;
use std::path::Path;

/// The kinds of files `import` reads, by extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Source {
    Calendar,
    Spreadsheet,
}

impl Source {
    fn from_path(path: &Path) -> Option<Source> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "ics" | "ical" | "icalendar" => Some(Source::Calendar),
            "csv" => Some(Source::Spreadsheet),
            _ => None,
        }
    }
}

pub fn run(args: &ImportArgs, agreements: &Agreements) -> u8 {
    let localizer = args.lang.localizer();
    let path_arg = |path: &Path| path.display().to_string();
    let Some(source) = Source::from_path(&args.file) else {
        eprintln!(
            "{}",
            localizer.tr_args("cli-import-unknown-format", &[("path", path_arg(&args.file).into())])
        );
        return EXIT_FINDINGS;
    };
    let mut declaration = match read(&args.into, agreements) {
        Ok(declaration) => declaration,
        Err(error) => return unreadable(&args.into, error, localizer),
    };
    if let Some(site) = &args.site
        && declaration.site(site).is_none()
    {
        let known: Vec<&str> = declaration.sites.iter().map(|s| s.id.as_str()).collect();
        eprintln!(
            "{}",
            localizer.tr_args(
                "cli-import-unknown-site",
                &[("site", site.clone().into()), ("known", known.join(", ").into())]
            )
        );
        return EXIT_FINDINGS;
    }
    let proposal = match propose(args, source, &declaration) {
        Ok(proposal) => proposal,
        Err(error) => return unreadable(&args.file, error, localizer),
    };
    report(args, source, &proposal, &declaration, localizer);
    let selection = if args.overlapping {
        proposal.all_but_identical()
    } else {
        proposal.default_selection()
    };
    if args.dry_run {
        say!(
            "{}",
            localizer.tr_args("cli-import-dry-run", &[("path", path_arg(&args.into).into())])
        );
        return EXIT_OK;
    }
    let applied = proposal.apply(&mut declaration, &selection);
    if applied.slots_added == 0 {
        say!(
            "{}",
            localizer.tr_args("cli-import-nothing", &[("path", path_arg(&args.into).into())])
        );
        return EXIT_OK;
    }
    let text = format::write_declaration(&declaration);
    match storage::write_atomic(&args.into, text.as_bytes(), Privacy::UserChosen) {
        Ok(()) => {
            say!(
                "{}",
                localizer.tr_args(
                    "cli-import-written",
                    &[
                        ("path", path_arg(&args.into).into()),
                        ("slots", applied.slots_added.into()),
                        ("sites", applied.sites_added.into()),
                        ("backup", path_arg(&storage::backup_path(&args.into)).into()),
                    ]
                )
            );
            EXIT_OK
        }
        Err(error) => {
            eprintln!(
                "{}",
                localizer.tr_args(
                    "cli-export-failed",
                    &[
                        ("path", path_arg(&args.into).into()),
                        ("reason", crate::core::system_error::describe(&error, localizer).into())
                    ]
                )
            );
            EXIT_FINDINGS
        }
    }
}

fn unreadable(path: &Path, error: FileError, localizer: &Localizer) -> u8 {
    eprintln!(
        "{}",
        localizer.tr_args(
            "cli-file-unreadable",
            &[
                ("path", path.display().to_string().into()),
                ("error", error.describe(localizer).into())
            ]
        )
    );
    EXIT_UNREADABLE
}

/// The proposal of the file, or why it cannot be read.
fn propose(args: &ImportArgs, source: Source, declaration: &Declaration) -> Result<Proposal, FileError> {
    let bytes = import::read_bounded(&args.file).map_err(|e| FileError::unreadable(&args.file, e))?;
    Ok(match source {
        Source::Calendar => {
            let text = import::text_of(&bytes)?;
            let options = IcsOptions {
                week: args.week.unwrap_or_else(super::today),
                terms: Terms {
                    rates: args.rates.unwrap_or(Terms::default().rates),
                    setting: args.setting.unwrap_or(Terms::default().setting),
                },
                new_sites: !args.no_new_sites,
                default_site: args.site.clone(),
                new_site_for_unplaced: args.new_site.clone(),
            };
            import::ics::propose(text, declaration, &options)?
        }
        Source::Spreadsheet => {
            let options = CsvOptions {
                new_sites: !args.no_new_sites,
            };
            let text = import::spreadsheet_text(&bytes)?;
            import::csv::propose(&text, declaration, &options)?
        }
    })
}

/// One line per proposed slot (with what happens to it), per event left out, then the counts.
fn report(args: &ImportArgs, source: Source, proposal: &Proposal, declaration: &Declaration, localizer: &Localizer) {
    let path = args.file.display().to_string();
    match source {
        Source::Calendar => {
            let monday = IcsOptions::for_week(args.week.unwrap_or_else(super::today)).monday();
            say!(
                "{}",
                localizer.tr_args(
                    "cli-import-heading-ics",
                    &[("path", path.into()), ("week", belgian_date(monday).into())]
                )
            );
        }
        Source::Spreadsheet => say!(
            "{}",
            localizer.tr_args("cli-import-heading-csv", &[("path", path.into())])
        ),
    }
    let taken = |status: &Status| match status {
        Status::New => true,
        Status::Identical { .. } => false,
        Status::Overlapping { .. } => args.overlapping,
    };
    for proposed in &proposal.slots {
        let slot = &proposed.slot;
        let site = match proposal.new_sites.iter().find(|s| s.id == slot.site) {
            Some(site) => localizer.tr_args("cli-import-new-site", &[("name", site.name.clone().into())]),
            None => declaration_site_name(declaration, &slot.site),
        };
        let line = localizer.tr_args(
            "cli-import-slot",
            &[
                ("day", localizer.tr(&format!("day-{}", slot.day.key())).into()),
                ("start", slot.start.to_string().into()),
                ("end", slot.end.to_string().into()),
                ("site", site.into()),
                ("rates", localizer.tr(&format!("rates-{}", slot.rates.key())).into()),
                (
                    "setting",
                    localizer.tr(&format!("export-setting-{}", slot.setting.key())).into(),
                ),
                ("status", localizer.tr(proposed.status.key()).into()),
                ("taken", taken_word(taken(&proposed.status), args.dry_run).into()),
            ],
        );
        // A guess from the event's title is said as one: the user checks it before relying on it.
        let line = if proposed.rates_guessed {
            format!("{line} ({})", localizer.tr("import-rates-guessed"))
        } else {
            line
        };
        match slot.note.as_deref() {
            Some(note) => say!(
                "  {}",
                localizer.tr_args("cli-import-slot-note", &[("slot", line.into()), ("note", note.into())])
            ),
            None => say!("  {line}"),
        }
    }
    for skipped in &proposal.skipped {
        let what = match &skipped.origin {
            Origin::Event { summary } => summary.clone(),
            Origin::Row { line } => line.to_string(),
        };
        say!(
            "  {}",
            localizer.tr_args(
                "cli-import-skipped",
                &[
                    ("what", what.into()),
                    ("reason", localizer.message(&skipped.reason).into())
                ]
            )
        );
    }
    if proposal.outside_week > 0 {
        say!(
            "{}",
            localizer.tr_args("cli-import-outside-week", &[("count", proposal.outside_week.into())])
        );
    }
    let overlapping = proposal
        .slots
        .iter()
        .any(|p| matches!(p.status, Status::Overlapping { .. }));
    if overlapping && !args.overlapping {
        say!("{}", localizer.tr("cli-import-overlapping-hint"));
    }
    let unplaced = proposal.unplaced();
    if unplaced > 0 {
        say!(
            "{}",
            localizer.tr_args("cli-import-no-place-hint", &[("count", unplaced.into())])
        );
    }
}

/// The name a site goes by in the declaration (its id when it has none there).
fn declaration_site_name(declaration: &Declaration, id: &str) -> String {
    declaration
        .site(id)
        .map_or_else(|| id.to_owned(), |site| site.name.clone())
}

/// The `taken` selector of `cli-import-slot`: added, not added, or (in a trial run) would be added.
fn taken_word(taken: bool, dry_run: bool) -> &'static str {
    match (taken, dry_run) {
        (true, false) => "yes",
        (true, true) => "would",
        (false, _) => "no",
    }
}
