//! `conventio check FILE... [--json] [--to LIST.pdf|LIST.csv [--still-to-register] [--force]]`.

use super::{CheckArgs, EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE, FileError, belgian_date};
use crate::core::agreement::{self, Agreements};
use crate::core::export;
use crate::core::figures;
use crate::core::format;
use crate::core::i18n::{Language, Localizer};
use crate::core::model::Declaration;
use crate::core::overview;
use crate::core::practice::{self, Practice};
use crate::core::rules::{self, Finding, Report, Severity};
use crate::core::storage::{self, Privacy};
use crate::core::store::{Registration, Store};
use serde_json::{Value, json};
use std::path::{Path, PathBuf};

/// What became of one file.
enum Outcome<'a> {
    Checked {
        declaration: Box<Declaration>,
        agreement: &'a agreement::Agreement,
        report: Box<Report>,
    },
    Unreadable(String),
}

struct Checked<'a> {
    /// The file, or with `--practice` the doctor's name and number.
    path: PathBuf,
    outcome: Outcome<'a>,
    /// The doctor's registration mark in the practice (found by INAMI number for a file).
    mark: Option<Registration>,
    /// When the practice saved the doctor's last version (`--practice`); a file's own time else.
    saved: Option<chrono::NaiveDateTime>,
    /// With `--practice`: the doctor's id, and whether the declaration is a draft not saved yet.
    doctor: Option<(String, bool)>,
    /// With `--practice`: the doctor's note ("mandat eHealth à demander"), empty when none.
    note: String,
}

pub fn run(args: &CheckArgs, agreements: &Agreements) -> u8 {
    let localizer = args.lang.localizer();
    // A list that cannot be written is refused before anything is checked.
    let list = match &args.to {
        Some(to) => match list_format(to, args.force, localizer) {
            Some(format) => Some((to, format)),
            None => return EXIT_FINDINGS,
        },
        None => None,
    };
    let today = args.today.unwrap_or_else(super::today);
    if args.still_to_register && args.to.is_none() && !args.practice {
        eprintln!("{}", localizer.tr("cli-check-still-needs-list"));
        return EXIT_UNREADABLE;
    }
    let (results, folder_given) = if args.practice {
        match practice_results(agreements, today, localizer, args.still_to_register) {
            Ok(results) => (results, true),
            Err(message) => {
                eprintln!("{message}");
                return EXIT_UNREADABLE;
            }
        }
    } else {
        let (paths, folder_given) = expand(&args.files);
        // The practice is read only when it exists: checking files never creates one.
        let store = practice_store();
        let results = paths
            .into_iter()
            .map(|path| {
                let mut checked = check_file(path, agreements, today, localizer);
                if let (Some(store), Outcome::Checked { declaration, .. }) = (&store, &checked.outcome) {
                    checked.mark = store
                        .doctor_by_inami(&declaration.doctor.inami)
                        .ok()
                        .flatten()
                        .and_then(|doctor| store.registration(doctor.id).ok().flatten());
                }
                checked
            })
            .collect();
        (results, folder_given)
    };
    if args.json && args.practice {
        say!(
            "{}",
            serde_json::to_string_pretty(&practice_document(&results, today, localizer)).unwrap_or_default()
        );
    } else if args.json {
        say!(
            "{}",
            serde_json::to_string_pretty(&json_document(&results, today, localizer)).unwrap_or_default()
        );
    } else if folder_given {
        print_brief(&results, localizer);
    } else {
        print_detailed(&results, localizer);
    }
    let status = exit_status(&results);
    match list {
        Some((to, format)) if !write_list(&results, args, today, to, format) => status.max(EXIT_FINDINGS),
        _ => status,
    }
}

/// What `--to` writes, by its extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ListFormat {
    Pdf,
    Spreadsheet,
}

/// The list's format, or `None` (with the reason on stderr) for an unknown extension or a file
/// that exists without `--force`.
fn list_format(to: &Path, force: bool, localizer: &Localizer) -> Option<ListFormat> {
    let path = || to.display().to_string();
    let extension = to.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    let format = match extension.as_deref() {
        Some("pdf") => ListFormat::Pdf,
        Some("csv") => ListFormat::Spreadsheet,
        _ => {
            eprintln!(
                "{}",
                localizer.tr_args("cli-check-list-unknown-format", &[("path", path().into())])
            );
            return None;
        }
    };
    if to.exists() && !force {
        eprintln!("{}", localizer.tr_args("cli-export-exists", &[("path", path().into())]));
        return None;
    }
    Some(format)
}

/// The practice overview of the checked files (as the window's list: most urgent first, unreadable
/// files named), written to `to`; says so on stderr, since stdout may be the JSON document.
fn write_list(results: &[Checked], args: &CheckArgs, today: chrono::NaiveDate, to: &Path, format: ListFormat) -> bool {
    let localizer = args.lang.localizer();
    let mut rows = Vec::new();
    let mut unreadable = Vec::new();
    for result in results {
        match &result.outcome {
            Outcome::Checked {
                declaration, report, ..
            } => {
                let mut row = overview::Row::of_report(declaration, report, today);
                row.id = result.path.display().to_string();
                row.last_saved = result.saved.or_else(|| overview::last_saved(&result.path));
                row.note.clone_from(&result.note);
                row.set_registration(result.mark.clone());
                rows.push(row);
            }
            Outcome::Unreadable(_) => unreadable.push(result.path.display().to_string()),
        }
    }
    overview::sort_by_urgency(&mut rows);
    let filter = if args.still_to_register {
        overview::Filter::StillToRegister
    } else {
        overview::Filter::All
    };
    let bytes = match format {
        ListFormat::Pdf => {
            let language = args.lang.lang.unwrap_or_else(Language::from_env);
            export::overview_pdf(&rows, &unreadable, filter, today, language)
        }
        ListFormat::Spreadsheet => {
            let shown: Vec<overview::Row> = rows.into_iter().filter(|row| filter.keeps(row)).collect();
            Ok(overview::csv(&shown, localizer))
        }
    };
    let path = to.display().to_string();
    let written = bytes
        .map_err(|e| e.to_string())
        .and_then(|bytes| storage::write_atomic(to, &bytes, Privacy::UserChosen).map_err(|e| e.to_string()));
    match written {
        Ok(()) => {
            eprintln!("{}", localizer.tr_args("cli-export-written", &[("path", path.into())]));
            true
        }
        Err(reason) => {
            eprintln!(
                "{}",
                localizer.tr_args("cli-export-failed", &[("path", path.into()), ("reason", reason.into())])
            );
            false
        }
    }
}

/// Files as given, with folders replaced by the `.json` files they hold, sorted by name.
fn expand(inputs: &[PathBuf]) -> (Vec<PathBuf>, bool) {
    let mut paths = Vec::new();
    let mut folder_given = false;
    for input in inputs {
        if input.is_dir() {
            folder_given = true;
            let mut inside: Vec<PathBuf> = std::fs::read_dir(input)
                .map(|entries| {
                    entries
                        .flatten()
                        .map(|e| e.path())
                        .filter(|p| p.extension().is_some_and(|e| e == "json") && p.is_file())
                        .collect()
                })
                .unwrap_or_default();
            inside.sort();
            paths.extend(inside);
        } else {
            paths.push(input.clone());
        }
    }
    (paths, folder_given)
}

fn check_file<'a>(
    path: PathBuf,
    agreements: &'a Agreements,
    today: chrono::NaiveDate,
    localizer: &Localizer,
) -> Checked<'a> {
    let outcome = outcome(
        read(&path, agreements).map_err(|e| e.describe(localizer)),
        agreements,
        today,
        localizer,
    );
    Checked {
        path,
        outcome,
        mark: None,
        saved: None,
        doctor: None,
        note: String::new(),
    }
}

/// A declaration read (or why not) checked against its agreement, as a file check and the
/// practice's check both report it.
fn outcome<'a>(
    read: Result<Declaration, String>,
    agreements: &'a Agreements,
    today: chrono::NaiveDate,
    localizer: &Localizer,
) -> Outcome<'a> {
    match read {
        Ok(declaration) => match agreements.find(&declaration.agreement) {
            Some(agreement) => {
                let report = rules::check(&declaration, agreement, today);
                Outcome::Checked {
                    declaration: Box::new(declaration),
                    agreement,
                    report: Box::new(report),
                }
            }
            None => Outcome::Unreadable(localizer.tr_args(
                "read-unknown-agreement",
                &[("id", declaration.agreement.into()), ("known", agreements.ids().into())],
            )),
        },
        Err(described) => Outcome::Unreadable(described),
    }
}

/// The practice in the data folder, when there is one (never created by a check).
fn practice_store() -> Option<Store> {
    let root = storage::data_dir();
    let exists = root.join(crate::core::store::FILE_NAME).is_file() || root.join("profiles").is_dir();
    exists.then(|| Store::open(&root).ok()).flatten()
}

/// `check --practice`: every doctor of the practice, their last saved version (or their draft
/// before any save), checked, with their marks; only those still to register when asked.
fn practice_results<'a>(
    agreements: &'a Agreements,
    today: chrono::NaiveDate,
    localizer: &Localizer,
    still_to_register: bool,
) -> Result<Vec<Checked<'a>>, String> {
    let practice = Practice::open(storage::data_dir(), agreements.clone());
    let profiles = practice.load().map_err(|e| localizer.message(&e.message()))?;
    let mut results = Vec::new();
    for profile in profiles {
        // Still to register: it must be (RULES.md, "What must be registered") and its current
        // version has no mark.
        let needs = profile.declaration.as_ref().map_or(true, |d| d.must_be_registered());
        if still_to_register && (!needs || matches!(profile.registration, Some(Registration::Current { .. }))) {
            continue;
        }
        let outcome = outcome(
            profile.declaration.map_err(|e| e.describe(localizer)),
            agreements,
            today,
            localizer,
        );
        results.push(Checked {
            path: PathBuf::from(practice::label(&profile.name, &profile.inami)),
            outcome,
            mark: profile.registration,
            saved: profile.saved_at,
            doctor: Some((profile.id, profile.saved_at.is_none())),
            note: profile.note,
        });
    }
    Ok(results)
}

/// Where a practice doctor's checked declaration came from: their last saved version, or a
/// draft never saved.
fn source_text(draft: bool, saved: Option<chrono::NaiveDateTime>, localizer: &Localizer) -> String {
    match saved.filter(|_| !draft) {
        Some(at) => localizer.tr_args("cli-practice-version", &[("date", belgian_date(at.date()).into())]),
        None => localizer.tr("cli-practice-draft"),
    }
}

/// `check --practice --json`: the practice's doctors, each as a file of `check --json` is, with the
/// doctor's id and where the declaration came from (`version` or `draft`) in place of the path.
fn practice_document(results: &[Checked], today: chrono::NaiveDate, localizer: &Localizer) -> Value {
    let doctors: Vec<Value> = results
        .iter()
        .map(|r| {
            let (id, draft) = r.doctor.clone().unwrap_or_default();
            let mut value = file_json(r, today, localizer);
            if let Some(object) = value.as_object_mut() {
                object.remove("path");
                object.insert("doctor".into(), Value::String(id));
                object.insert("label".into(), Value::String(r.path.display().to_string()));
                object.insert(
                    "source".into(),
                    Value::String(if draft { "draft" } else { "version" }.into()),
                );
                object.insert("note".into(), Value::String(r.note.clone()));
            }
            value
        })
        .collect();
    json!({ "practice": storage::data_dir().display().to_string(), "doctors": doctors })
}

/// Reads and parses a declaration file.
pub fn read(path: &Path, agreements: &Agreements) -> Result<Declaration, FileError> {
    let bytes = format::read_file_bounded(path).map_err(|e| FileError::unreadable(path, e))?;
    Ok(format::read_declaration_bytes(&bytes, agreements)?)
}

fn exit_status(results: &[Checked]) -> u8 {
    if results.iter().any(|r| matches!(r.outcome, Outcome::Unreadable(_))) {
        EXIT_UNREADABLE
    } else if results
        .iter()
        .any(|r| matches!(&r.outcome, Outcome::Checked { report, .. } if !report.is_ok()))
    {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    }
}

fn json_document(results: &[Checked], today: chrono::NaiveDate, localizer: &Localizer) -> Value {
    let files: Vec<Value> = results.iter().map(|r| file_json(r, today, localizer)).collect();
    json!({ "files": files })
}

fn file_json(r: &Checked, today: chrono::NaiveDate, localizer: &Localizer) -> Value {
    let path = r.path.display().to_string();
    let saved = match r.saved {
        Some(at) => Value::String(at.format("%Y-%m-%dT%H:%M:%S").to_string()),
        None => last_saved(&r.path),
    };
    match &r.outcome {
        Outcome::Checked {
            declaration, report, ..
        } => json!({
            "path": path,
            "ok": report.is_ok(),
            "findings": report.findings.iter().map(|f| finding_json(f, localizer)).collect::<Vec<_>>(),
            "summary": serde_json::to_value(&report.summary).unwrap_or(Value::Null),
            "overview": overview_json(r, declaration, report, saved, today),
        }),
        Outcome::Unreadable(error) => json!({
            "path": path, "ok": false, "error": error,
            "overview": { "status": "unreadable", "last_saved": saved },
        }),
    }
}

/// The practice overview's columns for one doctor (an addition to FORMAT.md's document): who,
/// what they chose, the check's verdict, when the file was last saved, and the days left before
/// the declaration deadline counted from `today` (`--today`), negative when past.
fn overview_json(
    checked: &Checked,
    declaration: &Declaration,
    report: &Report,
    last_saved: Value,
    today: chrono::NaiveDate,
) -> Value {
    let count = |severity: Severity| report.findings.iter().filter(|f| f.severity == severity).count();
    let (errors, warnings) = (count(Severity::Error), count(Severity::Warning));
    let registration = checked.mark.as_ref().and_then(Registration::current);
    let changed = match &checked.mark {
        Some(Registration::Changed { on, .. }) => Some(*on),
        _ => None,
    };
    let status = match (errors, warnings) {
        (0, 0) => "ok",
        (0, _) => "warnings",
        _ => "errors",
    };
    json!({
        "name": declaration.doctor.name,
        "inami": declaration.doctor.inami,
        "role": declaration.role().map(|r| r.key()),
        "choice": declaration.choice.key(),
        "window": declaration.window_kind(),
        "window_shown": report.summary.window_shown,
        "registration_needed": report.summary.registration_needed,
        "status": status,
        "errors": errors,
        "warnings": warnings,
        "last_saved": last_saved,
        // Nothing to register: no last day, no days left (RULES.md, "What must be registered").
        "last_day": report.summary.deadline.filter(|_| report.summary.registration_needed),
        "days_left": report
            .summary
            .deadline
            .filter(|_| report.summary.registration_needed)
            .map(|d| agreement::days_left(d, today)),
        "registered_on": registration.as_ref().map(|(on, _)| on),
        "registered_by": registration.and_then(|(_, by)| by),
        "registered_before_change_on": changed,
    })
}

/// The file's modification time in UTC (RFC 3339), or null where the system does not tell.
fn last_saved(path: &Path) -> Value {
    std::fs::metadata(path)
        .and_then(|m| m.modified())
        .map(|time| {
            let time: chrono::DateTime<chrono::Utc> = time.into();
            Value::String(time.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
        })
        .unwrap_or(Value::Null)
}

fn finding_json(finding: &Finding, localizer: &Localizer) -> Value {
    let mut value = json!({
        "rule": finding.rule,
        "severity": finding.severity,
        "clause": finding.clause,
        "slots": finding.slots,
        "message": localizer.message(&finding.message),
    });
    if let Some(object) = value.as_object_mut() {
        if let Some(site) = &finding.site {
            object.insert("site".into(), Value::String(site.clone()));
        }
        if let Some(interpretation) = &finding.interpretation {
            object.insert(
                "interpretation".into(),
                Value::String(localizer.message(interpretation)),
            );
        }
    }
    value
}

fn severity_label(severity: Severity, localizer: &Localizer) -> String {
    match severity {
        Severity::Error => localizer.tr("severity-error"),
        Severity::Warning => localizer.tr("severity-warning"),
    }
}

fn print_detailed(results: &[Checked], localizer: &Localizer) {
    for (n, result) in results.iter().enumerate() {
        if n > 0 {
            say!();
        }
        let path = result.path.display().to_string();
        match &result.outcome {
            Outcome::Unreadable(error) => {
                say!(
                    "{}",
                    localizer.tr_args(
                        "cli-file-unreadable",
                        &[("path", path.into()), ("error", error.clone().into())]
                    )
                );
            }
            Outcome::Checked {
                declaration,
                agreement,
                report,
            } => {
                print_report(&path, declaration, agreement, report, localizer);
                if let Some(mark) = result.mark.as_ref().map(|mark| overview::mark_text(mark, localizer)) {
                    say!("  {mark}");
                }
            }
        }
    }
}

fn print_report(
    path: &str,
    declaration: &Declaration,
    agreement: &agreement::Agreement,
    report: &Report,
    localizer: &Localizer,
) {
    let errors = report.errors().count();
    let warnings = report.warnings().count();
    say!(
        "{}",
        localizer.tr_args(
            "cli-file-heading",
            &[
                ("path", path.into()),
                ("name", declaration.doctor.name.clone().into()),
                ("errors", errors.into()),
                ("warnings", warnings.into())
            ]
        )
    );
    for finding in &report.findings {
        say!(
            "  {:<13} {:<28} {:<18} {}",
            severity_label(finding.severity, localizer),
            finding.rule,
            clause_text(finding, localizer),
            localizer.message(&finding.message)
        );
        if let Some(interpretation) = &finding.interpretation {
            say!(
                "  {:<13} {:<28} {:<18} {}",
                "",
                "",
                "",
                localizer.message(interpretation)
            );
        }
    }
    for line in summary_lines(declaration, agreement, report, localizer) {
        say!("  {line}");
    }
}

/// "point 9.2.2.2.1", or nothing for a check that is no clause or whose number no source gives.
pub fn clause_text(finding: &Finding, localizer: &Localizer) -> String {
    finding
        .clause
        .as_ref()
        .map(|clause| localizer.tr_args("clause", &[("clause", clause.clone().into())]))
        .unwrap_or_default()
}

/// The figures behind the findings, one sentence each.
pub fn summary_lines(
    declaration: &Declaration,
    agreement: &agreement::Agreement,
    report: &Report,
    localizer: &Localizer,
) -> Vec<String> {
    let s = &report.summary;
    let mut lines = Vec::new();
    let choice = localizer.tr(&format!("choice-{}", declaration.choice.key()));
    lines.push(localizer.tr_args(
        "cli-summary-choice",
        &[
            ("choice", choice.into()),
            ("agreement", declaration.agreement.clone().into()),
        ],
    ));
    lines.extend(
        figures::figures(declaration, agreement, s)
            .iter()
            .map(|figure| localizer.message(&figure.line())),
    );
    lines.push(localizer.message(&figures::effective_summary(s)));
    lines
}

fn print_brief(results: &[Checked], localizer: &Localizer) {
    let mut valid = 0;
    for result in results {
        let path = result.path.display().to_string();
        match &result.outcome {
            Outcome::Unreadable(error) => {
                say!(
                    "{}",
                    localizer.tr_args(
                        "cli-file-unreadable",
                        &[("path", path.into()), ("error", error.clone().into())]
                    )
                );
            }
            Outcome::Checked {
                declaration, report, ..
            } => {
                valid += usize::from(report.is_ok());
                let choice = localizer.tr(&format!("choice-{}", declaration.choice.key()));
                // A practice's doctor is named with their number (the "path" of such a result),
                // and the place is where the declaration came from.
                let (name, path) = match &result.doctor {
                    Some((_, draft)) => (path, source_text(*draft, result.saved, localizer)),
                    None => (declaration.doctor.name.clone(), path),
                };
                let line = localizer.tr_args(
                    "cli-brief-line",
                    &[
                        ("name", name.into()),
                        ("choice", choice.into()),
                        ("errors", report.errors().count().into()),
                        ("warnings", report.warnings().count().into()),
                        // As the window says it: a full adherence by an adherent doctor has nothing
                        // to register, so no last day (RULES.md, "What must be registered").
                        (
                            "deadline",
                            match report.summary.deadline.filter(|_| report.summary.registration_needed) {
                                Some(day) => {
                                    localizer.tr_args("cli-brief-deadline", &[("date", belgian_date(day).into())])
                                }
                                None => localizer.tr("register-state-nothing"),
                            }
                            .into(),
                        ),
                        ("path", path.into()),
                    ],
                );
                match result.mark.as_ref().map(|mark| overview::mark_text(mark, localizer)) {
                    Some(mark) => say!("{line} — {mark}"),
                    None => say!("{line}"),
                }
            }
        }
    }
    say!(
        "{}",
        localizer.tr_args(
            "cli-brief-total",
            &[("total", results.len().into()), ("valid", valid.into())]
        )
    );
}
