//! Review and export: the conditions as they will be declared, then save the declaration file, copy
//! the text for the portal, or write the PDF, calendar and text (off the window's thread).

use super::{Action, Context, Event, WriteFailure};
use crate::app::system::{self, Picked};
use crate::app::task;
use crate::app::widget::focus::focusable;
use crate::app::widget::{bold, heading, hint, labelled, scrolled};
use crate::core::agreement::{Agreement, Agreements};
use crate::core::export;
use crate::core::figures;
use crate::core::format;
use crate::core::i18n::Language;
use crate::core::i18n::Message as Said;
use crate::core::model::Declaration;
use crate::core::practice::{self, EntryKind, HistoryEntry};
use crate::core::storage::{self, Privacy};
use crate::core::store::StoreError;
use chrono::NaiveDate;
use iced::widget::{button, column, container, row, text, text_input};
use iced::{Alignment, Element, Length, Task};
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub(crate) const SAVE_PATH_ID: &str = "save-path";
pub(crate) const EXPORT_PATH_ID: &str = "export-path";

/// What the review step writes besides the declaration file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportKind {
    Pdf,
    Calendar,
    Text,
}

impl ExportKind {
    pub(crate) const ALL: [ExportKind; 3] = [ExportKind::Pdf, ExportKind::Calendar, ExportKind::Text];

    pub(crate) fn extension(self) -> &'static str {
        match self {
            ExportKind::Pdf => "pdf",
            ExportKind::Calendar => "ics",
            ExportKind::Text => "txt",
        }
    }
}

/// Everything done on the review step.
#[derive(Clone, Debug)]
pub enum Message {
    SavePathChanged(String),
    /// Ask the system where to save.
    BrowseSave,
    SaveDialogClosed(Picked),
    /// Save to the path in the field.
    Save,
    /// Write the PDF, calendar or text to the export path (its extension is the kind's).
    Export(ExportKind),
    ExportPathChanged(String),
    /// Ask the system where to write an export of this kind.
    BrowseExport(ExportKind),
    ExportDialogClosed(ExportKind, Picked),
    /// An export was written off the window's thread (or why not).
    Exported(PathBuf, Result<(), WriteFailure>),
    /// Copy the plain-text conditions for the portal.
    CopyConditions,
    /// "Yes" to the question before saving over another doctor's (or another) declaration.
    OverwriteConfirmed,
    /// "No": nothing is written.
    OverwriteCancelled,
    /// A save ran off the window's thread: what it did (or the disk's refusal).
    SaveDone(PathBuf, u64, Result<Saving, Arc<std::io::Error>>),
}

/// What a save did, off the window's thread.
#[derive(Clone, Debug)]
pub enum Saving {
    /// Nothing written: the file holds another declaration, the user is asked first.
    Ask(Question),
    /// Nothing written: the practice refused the declaration (its INAMI number is another doctor's).
    Refused(Arc<StoreError>),
    /// The file was written (this is what it holds); then recorded in the practice, or why not.
    Written {
        written: storage::Fingerprint,
        recorded: Result<practice::SavedDoctor, Arc<StoreError>>,
    },
}

/// Why saving to a file that exists asks first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Question {
    /// The file this work came from (or this practice wrote for the doctor) changed on disk since.
    Changed,
    /// The doctor's file holds a version of them another window saved after this one took them.
    SavedElsewhere,
    /// A file this version does not read as a declaration.
    OtherFile,
    /// Another declaration of the same doctor.
    SameDoctor,
    /// Another doctor's declaration (their name and number).
    OtherDoctor(String),
}

impl Question {
    fn message(&self, path: &Path) -> Said {
        let path = ("path", path.display().to_string().into());
        match self {
            Question::Changed => Said::with("gui-overwrite-changed", &[path]),
            Question::SavedElsewhere => Said::with("gui-overwrite-saved-elsewhere", &[path]),
            Question::OtherFile => Said::with("gui-overwrite-other-file", &[path]),
            Question::SameDoctor => Said::with("gui-overwrite-same-doctor", &[path]),
            Question::OtherDoctor(doctor) => {
                Said::with("gui-overwrite-other-doctor", &[path, ("doctor", doctor.clone().into())])
            }
        }
    }
}

/// Why an export could not be written, in the review's words.
fn export_failed(ctx: &Context, failure: &WriteFailure) -> Said {
    match failure {
        WriteFailure::Document(export::ExportError::UnknownAgreement { id, .. }) => {
            Said::new("gui-export-unknown-agreement").arg("id", id.clone())
        }
        WriteFailure::Document(export::ExportError::Pdf(_)) => Said::new("gui-export-pdf-failed"),
        WriteFailure::Disk(error) => ctx.io_message(error),
    }
}

/// The review step's own state: where to save and export, and the profile's saved versions.
#[derive(Default)]
pub struct Review {
    save_path: String,
    /// Whether the user typed or chose a save path; until then it follows the doctor's name.
    save_path_edited: bool,
    /// Where exports go, without extension, once the user typed or chose it; until then it
    /// follows the save path.
    export_path: Option<String>,
    /// The saved versions of the declaration's profile, oldest first.
    history: Vec<HistoryEntry>,
    /// A save waiting for the user's answer: the file holds another declaration.
    pending_overwrite: Option<(PathBuf, String)>,
    /// A save runs off the window's thread: another one waits for its answer (the button too).
    saving: bool,
}

impl Review {
    pub(crate) fn update(&mut self, message: Message, ctx: &Context) -> Action<Message> {
        let writes = matches!(
            message,
            Message::Save
                | Message::SaveDialogClosed(Picked::Chosen(_))
                | Message::Export(_)
                | Message::ExportDialogClosed(_, Picked::Chosen(_))
                | Message::CopyConditions
        );
        if writes && let Some(slot) = &ctx.unfinished_slot {
            // A time still being typed: nothing is written or copied as if the declaration were
            // finished; the notice says which slot.
            return ctx
                .error(Said::with("gui-save-unfinished", &[("slot", slot.clone().into())]))
                .into();
        }
        match message {
            Message::SavePathChanged(path) => {
                self.save_path = path;
                self.save_path_edited = true;
                Action::None
            }
            Message::BrowseSave => {
                let dialog = suggest(
                    rfd::AsyncFileDialog::new().add_filter("Conventio", &["json"]),
                    &default_save_path(ctx),
                );
                Action::Run(Task::perform(system::save_file(dialog), Message::SaveDialogClosed))
            }
            Message::SaveDialogClosed(Picked::Chosen(path)) => {
                self.save_path = path.display().to_string();
                self.save_asking(ctx, path)
            }
            Message::OverwriteConfirmed => match self.pending_overwrite.take() {
                Some((path, _)) => self.save(ctx, path, false),
                None => Action::None,
            },
            Message::SaveDone(path, loads, result) => {
                self.saving = false;
                self.saved(ctx, path, loads, result)
            }
            Message::OverwriteCancelled => {
                self.pending_overwrite = None;
                Action::None
            }
            Message::SaveDialogClosed(Picked::NoService) => no_dialog(ctx, "gui-no-dialog-save", SAVE_PATH_ID),
            Message::SaveDialogClosed(Picked::Cancelled) | Message::ExportDialogClosed(_, Picked::Cancelled) => {
                Action::None
            }
            Message::Save => {
                if self.save_path.trim().is_empty() {
                    return ctx.error(Said::new("gui-save-no-path")).into();
                }
                let path = PathBuf::from(self.save_path.trim());
                self.save_asking(ctx, path)
            }
            Message::Export(kind) => export_to(ctx, kind, with_kind(&self.export_base(), kind)),
            Message::ExportPathChanged(path) => {
                self.export_path = Some(path);
                Action::None
            }
            Message::BrowseExport(kind) => {
                let dialog = suggest(
                    rfd::AsyncFileDialog::new().add_filter(kind.extension(), &[kind.extension()]),
                    &with_kind(&self.export_base(), kind),
                );
                Action::Run(Task::perform(system::save_file(dialog), move |picked| {
                    Message::ExportDialogClosed(kind, picked)
                }))
            }
            Message::ExportDialogClosed(kind, Picked::Chosen(path)) => {
                let path = if path.extension().and_then(|e| e.to_str()) == Some(kind.extension()) {
                    path
                } else {
                    with_kind(&path, kind)
                };
                self.export_path = Some(export_base(&path).display().to_string());
                export_to(ctx, kind, path)
            }
            Message::ExportDialogClosed(_, Picked::NoService) => no_dialog(ctx, "gui-no-dialog-export", EXPORT_PATH_ID),
            Message::Exported(path, Ok(())) => ctx
                .info(Said::with(
                    "gui-exported",
                    &[("path", path.display().to_string().into())],
                ))
                .into(),
            Message::Exported(path, Err(failure)) => ctx
                .error(Said::with(
                    "gui-save-failed",
                    &[
                        ("path", path.display().to_string().into()),
                        ("error", export_failed(ctx, &failure).into()),
                    ],
                ))
                .into(),
            Message::CopyConditions => {
                let text = export::conditions_text(ctx.declaration(), ctx.language);
                Action::Batch(vec![
                    ctx.info(Said::new("gui-copied")).into(),
                    Action::Run(iced::clipboard::write(text)),
                ])
            }
        }
    }

    /// Another declaration is on screen: its save path and exports follow it again; its history
    /// comes when the app has read it ([`Review::set_history`]).
    pub(crate) fn declaration_loaded(&mut self, ctx: &Context) {
        self.save_path_edited = false;
        self.export_path = None;
        self.history.clear();
        self.declaration_changed(ctx);
    }

    /// Until the user types a save path, it follows the doctor's name.
    pub(crate) fn declaration_changed(&mut self, ctx: &Context) {
        if !self.save_path_edited {
            self.save_path = default_save_path(ctx).display().to_string();
        }
    }

    /// The profile's saved versions, read again (when the step opens, after a save).
    pub(crate) fn set_history(&mut self, history: Vec<HistoryEntry>) {
        self.history = history;
    }

    /// The saved versions of the profile on screen, oldest first.
    pub fn history(&self) -> &[HistoryEntry] {
        &self.history
    }

    pub fn save_path(&self) -> &str {
        &self.save_path
    }

    /// Saves, unless the file holds another declaration: then the question is asked first.
    fn save_asking(&mut self, ctx: &Context, path: PathBuf) -> Action<Message> {
        self.pending_overwrite = None;
        self.save(ctx, path, true)
    }

    /// Whether a save is running (its button waits).
    pub fn saving(&self) -> bool {
        self.saving
    }

    /// The question waiting for an answer before a save, if any.
    pub fn pending_overwrite(&self) -> Option<&str> {
        self.pending_overwrite.as_ref().map(|(_, q)| q.as_str())
    }

    /// Where exports go, without extension: what the user typed or chose, else beside the save path.
    pub(crate) fn export_base(&self) -> PathBuf {
        match &self.export_path {
            Some(typed) => export_base(Path::new(typed.trim())),
            None => export_base(Path::new(self.save_path.trim())),
        }
    }
}

/// Without a dialog service the path field is where to type: the notice says so and takes the
/// keyboard there.
fn no_dialog(ctx: &Context, id: &str, field: &'static str) -> Action<Message> {
    Action::Batch(vec![
        ctx.info(Said::new(id)).into(),
        Action::Run(iced::widget::operation::focus(field)),
    ])
}

/// A save dialog opening on the suggested folder and name.
fn suggest(mut dialog: rfd::AsyncFileDialog, suggested: &Path) -> rfd::AsyncFileDialog {
    if let Some(name) = suggested.file_name().and_then(|n| n.to_str()) {
        dialog = dialog.set_file_name(name);
    }
    if let Some(folder) = suggested.parent() {
        dialog = dialog.set_directory(folder);
    }
    dialog
}

/// Where a new declaration is saved unless the user says otherwise: the file it came from, else
/// the documents folder under the doctor's name and the agreement.
pub(crate) fn default_save_path(ctx: &Context) -> PathBuf {
    if let Some(file) = &ctx.origin.file {
        return file.clone();
    }
    // Shortened and cleaned: a long name or a `:` must not make the file impossible to write.
    // With the INAMI number, so that namesakes (a father and his son) never share a file name.
    let stem = crate::core::filename::safe_stem(&ctx.declaration().doctor.name, "declaration");
    let agreement = crate::core::filename::safe_stem(&ctx.declaration().agreement, "agreement");
    let inami = ctx.declaration().doctor.inami.trim();
    let name = match crate::core::inami::InamiNumber::parse(inami) {
        Ok(number) => format!("{stem} - {} - {agreement}.json", number.formatted()),
        Err(_) => match crate::core::filename::safe_stem(inami, "") {
            number if number.is_empty() => format!("{stem} - {agreement}.json"),
            number => format!("{stem} - {number} - {agreement}.json"),
        },
    };
    ctx.options.documents_dir.join(name)
}

impl Review {
    /// Saves the declaration file where asked and records the version in the practice, on a
    /// blocking thread (asking first, when `ask`, if the file holds another declaration). One save
    /// at a time: a click while one runs does nothing.
    fn save(&mut self, ctx: &Context, path: PathBuf, ask: bool) -> Action<Message> {
        if self.saving {
            return Action::None;
        }
        // Never a file Conventio (or another tool) would refuse to open: a site without a name, say.
        if let Some(missing) = ctx.declaration().missing(ctx.agreements()).first() {
            let reason = still_missing(missing);
            return ctx
                .error(Said::with("gui-save-incomplete", &[("reason", reason.into())]))
                .into();
        }
        self.saving = true;
        let job = SaveJob {
            path: path.clone(),
            ask,
            declaration: ctx.declaration().clone(),
            agreements: ctx.agreements().clone(),
            practice: ctx.practice.clone(),
            origin: ctx.origin.clone(),
            effective: practice::amendment_effective_on(ctx.agreement(), ctx.today()),
        };
        let loads = ctx.loads;
        Action::Run(task::blocking(
            move || job.run().map_err(Arc::new),
            move |result| Message::SaveDone(path, loads, result),
        ))
    }

    /// A save came back: asked, refused, failed, or written (then the app works on that file and
    /// doctor).
    fn saved(
        &mut self,
        ctx: &Context,
        path: PathBuf,
        loads: u64,
        result: Result<Saving, Arc<std::io::Error>>,
    ) -> Action<Message> {
        match result {
            // Another declaration came on screen meanwhile: the question was about the one before.
            Ok(Saving::Ask(_)) if loads != ctx.loads => Action::None,
            Ok(Saving::Ask(question)) => {
                let asked = ctx.localizer().message(&question.message(&path));
                self.pending_overwrite = Some((path, asked));
                // Ctrl+S saves from every step, and the question is on this one: shown, not
                // left waiting unseen behind the week.
                Action::go_to(super::Screen::Review)
            }
            Ok(Saving::Refused(error)) => ctx.error(error.message()).into(),
            Err(error) => ctx
                .error(Said::with(
                    "gui-save-failed",
                    &[
                        ("path", path.display().to_string().into()),
                        ("error", ctx.io_message(&error).into()),
                    ],
                ))
                .into(),
            Ok(Saving::Written {
                written,
                recorded: Ok(saved),
            }) => {
                let mut actions = vec![
                    Event::Saved {
                        file: path,
                        profile_id: Some(saved.id),
                        written,
                        loads,
                    }
                    .into(),
                ];
                if let Some((name, inami)) = saved.namesake {
                    actions.push(
                        ctx.info(Said::with(
                            "store-other-number",
                            &[
                                ("name", name.into()),
                                ("inami", inami.into()),
                                (
                                    "number",
                                    crate::core::inami::shown(&ctx.declaration().doctor.inami).into(),
                                ),
                            ],
                        ))
                        .into(),
                    );
                }
                Action::Batch(actions)
            }
            // The file is written; only the practice's copy failed: said, and the file kept.
            Ok(Saving::Written {
                written,
                recorded: Err(error),
            }) => Action::Batch(vec![
                Event::Saved {
                    file: path,
                    profile_id: None,
                    written,
                    loads,
                }
                .into(),
                ctx.error(Said::with(
                    "gui-practice-save-failed",
                    &[("error", error.message().into())],
                ))
                .into(),
            ]),
        }
    }
}

/// Everything a save needs, owned, to run away from the window.
struct SaveJob {
    path: PathBuf,
    /// Whether to ask before replacing another declaration (not once the user said yes).
    ask: bool,
    declaration: Declaration,
    agreements: Agreements,
    practice: practice::Practice,
    origin: super::Origin,
    /// When an amendment saved now takes effect (12.3).
    effective: NaiveDate,
}

impl SaveJob {
    fn run(&self) -> std::io::Result<Saving> {
        if self.ask
            && let Some(question) = self.question()
        {
            return Ok(Saving::Ask(question));
        }
        // A second doctor with a number the practice already knows is refused before anything is
        // written, naming the doctor who has it.
        if let Err(error @ StoreError::InamiTaken { .. }) = self
            .practice
            .identity_check(self.origin.profile_id.as_deref(), &self.declaration)
        {
            return Ok(Saving::Refused(Arc::new(error)));
        }
        let text = format::write_declaration(&self.declaration);
        create_folder(&self.path)?;
        storage::write_atomic(&self.path, text.as_bytes(), Privacy::UserChosen)?;
        Ok(Saving::Written {
            written: storage::fingerprint(text.as_bytes()),
            recorded: self.record().map_err(Arc::new),
        })
    }

    /// Why to ask before saving over the file: when it exists, is not the one this declaration
    /// was opened from or saved to, and holds another doctor's declaration (or another
    /// declaration of this doctor). `None`: save without asking.
    fn question(&self) -> Option<Question> {
        let path = self.path.as_path();
        if !path.is_file() {
            return None;
        }
        let canonical = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
        let bytes = format::read_file_bounded(path).ok()?;
        if self
            .origin
            .file
            .as_deref()
            .is_some_and(|other| canonical(other) == canonical(path))
        {
            // The file this work came from: asked only when it changed on disk since this window
            // opened or saved it (another program, another PC).
            return match self.origin.file_seen {
                Some(seen) if seen != storage::fingerprint(&bytes) => Some(Question::Changed),
                _ => None,
            };
        }
        let mine = &self.declaration;
        let Ok(theirs) = format::read_declaration_bytes(&bytes, &self.agreements) else {
            // Not a declaration this version reads: asked too, never replaced unseen.
            return Some(Question::OtherFile);
        };
        if theirs == *mine {
            return None;
        }
        let same_doctor = match (
            crate::core::store::inami_key(&theirs.doctor.inami),
            crate::core::store::inami_key(&mine.doctor.inami),
        ) {
            (Some(a), Some(b)) => a == b,
            _ => crate::core::store::same_name(&theirs.doctor.name, &mine.doctor.name),
        };
        // The file this practice last wrote for this very doctor: their own file, saved again —
        // unless it no longer holds what was written there (changed since by another program).
        if same_doctor && self.origin.profile_id.is_some() && self.practice.file_owner(path) == self.origin.profile_id {
            return match self.practice.file_written(path) {
                Some(written) if written.as_bytes() != bytes.as_slice() => Some(Question::Changed),
                // Written by this practice, but not what this window saw there when it took the
                // doctor: another window saved a version of them since.
                _ if self
                    .origin
                    .file_seen
                    .is_some_and(|seen| seen != storage::fingerprint(&bytes)) =>
                {
                    Some(Question::SavedElsewhere)
                }
                _ => None,
            };
        }
        Some(if same_doctor {
            Question::SameDoctor
        } else {
            Question::OtherDoctor(practice::label(&theirs.doctor.name, &theirs.doctor.inami))
        })
    }

    /// Records the saved version in the practice under its doctor (found by INAMI number: the same
    /// number is the same doctor whoever opened the file), dated: the first version is the
    /// declaration, later ones are amendments effective per the agreement (12.3).
    fn record(&self) -> Result<practice::SavedDoctor, StoreError> {
        // Kept as the system names it, so the same file is found whatever path led to it.
        let file = std::fs::canonicalize(&self.path).unwrap_or_else(|_| self.path.clone());
        self.practice.save(
            self.origin.profile_id.as_deref(),
            &self.declaration,
            Some(&file),
            chrono::Local::now().naive_local(),
            self.effective,
        )
    }
}

/// What the declaration still lacks before its file could be opened again, in the window's words:
/// the reader's own words speak of the file's lines and keys, which a doctor never sees.
fn still_missing(missing: &format::Missing) -> Said {
    match missing {
        format::Missing::DoctorName => Said::new("gui-save-needs-name"),
        format::Missing::SiteUnnamed { .. } => Said::new("gui-save-needs-site-name"),
        format::Missing::Role => Said::new("gui-save-needs-role"),
        // Anything else the editing steps cannot produce; said as the reader says it.
        other => other.message(),
    }
}

/// A folder typed in a path field that does not exist yet is created, as a save dialog would.
fn create_folder(path: &Path) -> std::io::Result<()> {
    storage::io_allowed();
    match path.parent() {
        Some(folder) if !folder.as_os_str().is_empty() => std::fs::create_dir_all(folder),
        _ => Ok(()),
    }
}

/// The path without a known extension (.json, .pdf, .ics, .txt). Anything else after a dot is part
/// of the name ("Dr A. Smith"), never cut as an extension.
fn export_base(path: &Path) -> PathBuf {
    let known = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ["json", "pdf", "ics", "txt"].contains(&e.to_ascii_lowercase().as_str()));
    if known {
        path.with_extension("")
    } else {
        path.to_path_buf()
    }
}

/// The export file of a kind: the base path with the kind's extension appended.
pub(crate) fn with_kind(base: &Path, kind: ExportKind) -> PathBuf {
    let mut name = base.as_os_str().to_owned();
    name.push(".");
    name.push(kind.extension());
    PathBuf::from(name)
}

/// Makes the document and writes it on a blocking thread: a PDF takes a moment, and a network
/// folder may take longer; the window keeps drawing meanwhile.
fn export_to(ctx: &Context, kind: ExportKind, path: PathBuf) -> Action<Message> {
    if path.as_os_str().is_empty() || path.file_stem().is_none() {
        return ctx.error(Said::new("gui-save-no-path")).into();
    }
    let job = ExportJob {
        kind,
        declaration: ctx.declaration().clone(),
        agreement: ctx.agreement().clone(),
        language: ctx.language,
        today: ctx.today(),
    };
    let written = path.clone();
    Action::Run(task::blocking(
        move || job.write(&written),
        move |result| Message::Exported(path, result),
    ))
}

/// Everything an export needs, owned, to be made away from the window.
struct ExportJob {
    kind: ExportKind,
    declaration: Declaration,
    agreement: Agreement,
    language: Language,
    today: NaiveDate,
}

impl ExportJob {
    fn write(&self, path: &Path) -> Result<(), WriteFailure> {
        let (d, a) = (&self.declaration, &self.agreement);
        let bytes = match self.kind {
            ExportKind::Pdf => export::pdf(d, a, self.language, self.today),
            ExportKind::Calendar => export::calendar(d, a, self.language, self.today).map(String::into_bytes),
            ExportKind::Text => Ok(export::conditions_text(d, self.language).into_bytes()),
        }
        .map_err(WriteFailure::Document)?;
        create_folder(path)
            .and_then(|()| storage::write_atomic(path, &bytes, Privacy::UserChosen))
            .map_err(|e| WriteFailure::Disk(Arc::new(e)))
    }
}

/// What was declared when, and what changed: between the last two recorded versions, and between
/// the last recorded version and the declaration on screen.
fn history<'a>(state: &'a Review, ctx: &Context<'a>) -> Element<'a, Message> {
    let entries = &state.history;
    if ctx.origin.profile_id.is_none() || entries.is_empty() {
        return hint(ctx.tr("gui-history-none"), false);
    }
    let mut list = column![bold(ctx.tr("gui-history-title")).size(16)].spacing(4);
    for entry in entries {
        // Seconds too: two versions saved in the same minute must not look identical.
        let when = entry.saved_at.format("%d/%m/%Y %H:%M:%S").to_string();
        let line = match (entry.kind, entry.effective_on) {
            (EntryKind::Amendment, Some(on)) => ctx.tr_args(
                "gui-history-amendment",
                &[
                    ("when", when.into()),
                    ("effective", crate::core::wording::belgian_date(on).into()),
                ],
            ),
            (EntryKind::Registered, Some(on)) => ctx.tr_args(
                "gui-history-registered",
                &[
                    ("when", when.into()),
                    ("date", crate::core::wording::belgian_date(on).into()),
                ],
            ),
            _ => ctx.tr_args("gui-history-declaration", &[("when", when.into())]),
        };
        // A removed mark stays in the history, saying who removed it and when.
        let line = match &entry.removed {
            Some((at, by)) => {
                let at = at.format("%d/%m/%Y %H:%M").to_string();
                let removed = match by {
                    Some(by) => ctx.tr_args(
                        "gui-history-mark-removed-by",
                        &[("when", at.into()), ("name", by.clone().into())],
                    ),
                    None => ctx.tr_args("gui-history-mark-removed", &[("when", at.into())]),
                };
                format!("{line} — {removed}")
            }
            None => line,
        };
        list = list.push(text(line).size(14));
    }
    // What changed is between saved versions (a mark is on a version, it changes nothing).
    let versions: Vec<&HistoryEntry> = entries.iter().filter(|e| e.kind != EntryKind::Registered).collect();
    if let [.., previous, latest] = versions.as_slice() {
        list = list.push(changes(
            ctx,
            "gui-history-last-change",
            &previous.declaration,
            &latest.declaration,
        ));
    }
    if let Some(latest) = versions.last() {
        list = list.push(changes(
            ctx,
            "gui-history-since",
            &latest.declaration,
            ctx.declaration(),
        ));
    }
    // Below the last button: a Tab stop, so the keyboard reaches it and it scrolls into sight.
    focusable(container(list).width(Length::Fill)).into()
}

fn changes<'a>(ctx: &Context, title: &str, before: &Declaration, after: &Declaration) -> Element<'a, Message> {
    let diff = practice::diff(before, after);
    let mut block = column![bold(ctx.tr(title)).size(14)].spacing(2);
    if diff.is_empty() {
        block = block.push(hint(ctx.tr("gui-history-no-change"), false));
    }
    for change in diff {
        block = block.push(text(ctx.localizer().message(&change.message())).size(13));
    }
    // Each list of differences is a Tab stop of its own (scrolled into sight when reached).
    focusable(container(block).width(Length::Fill)).into()
}

impl Review {
    pub(crate) fn view<'a>(&'a self, ctx: &Context<'a>, report: &crate::core::rules::Report) -> Element<'a, Message> {
        let conditions = export::conditions_text(ctx.declaration(), ctx.language);
        let status = if report.is_ok() {
            // A full adherence by an adherent doctor: nothing goes to the portal, no conditions.
            // A refusal, or a full adherence to register: a choice to register, no conditions.
            let partial = ctx.declaration().choice == crate::core::model::Choice::Partial;
            hint(
                ctx.tr(match (report.summary.registration_needed, partial) {
                    (true, true) => "gui-review-ready",
                    (true, false) => "gui-review-ready-no-conditions",
                    (false, _) => "gui-review-ready-nothing",
                }),
                false,
            )
        } else {
            hint(ctx.tr("gui-review-not-ready"), true)
        };
        let field = text_input(&ctx.path_placeholder(), &self.save_path)
            .id(SAVE_PATH_ID)
            .on_input(Message::SavePathChanged)
            .on_submit(Message::Save)
            .padding(8);
        let save_row = row![
            field,
            // Waits while a save runs: one click, one write.
            focusable(
                button(text(ctx.tr(if self.saving { "gui-saving" } else { "gui-save" })).size(14))
                    .padding([8, 12])
                    .style(button::primary)
                    .on_press_maybe((!self.saving).then_some(Message::Save))
            )
            .enabled(!self.saving),
            focusable(
                button(text(ctx.tr("gui-browse")).size(14))
                    .padding([8, 12])
                    .style(crate::app::widget::style::quiet_button)
                    .on_press(Message::BrowseSave)
            ),
        ]
        .spacing(8)
        .align_y(Alignment::Center);
        let save_block: Element<'a, Message> = match self.pending_overwrite() {
            Some(question) => column![
                labelled(ctx.tr("gui-review-save"), save_row),
                container(
                    column![
                        text(question).size(14),
                        row![
                            focusable(
                                button(text(ctx.tr("gui-overwrite-yes")).size(14))
                                    .padding([6, 12])
                                    .style(button::danger)
                                    .on_press(Message::OverwriteConfirmed)
                            ),
                            focusable(
                                button(text(ctx.tr("gui-overwrite-no")).size(14))
                                    .padding([6, 12])
                                    .on_press(Message::OverwriteCancelled)
                            ),
                        ]
                        .spacing(8)
                    ]
                    .spacing(8),
                )
                .padding(10)
                .style(container::bordered_box)
            ]
            .spacing(8)
            .into(),
            None => labelled(ctx.tr("gui-review-save"), save_row),
        };
        let exports = row![focusable(
            button(text(ctx.tr("gui-copy-conditions")).size(14))
                .padding([8, 12])
                .on_press(Message::CopyConditions)
        ),]
        .spacing(8)
        .wrap();
        let summary = &report.summary;
        let when = column![
            text(
                ctx.localizer()
                    .message(&figures::deadline_summary(ctx.agreement(), summary))
            )
            .size(14),
            text(ctx.localizer().message(&figures::effective_summary(summary))).size(14),
        ]
        .spacing(4);
        let export_field = text_input(&ctx.path_placeholder(), &self.export_base().display().to_string())
            .id(EXPORT_PATH_ID)
            .on_input(Message::ExportPathChanged)
            .on_submit(Message::Export(ExportKind::Pdf))
            .padding(8);
        let export_buttons: [Element<'_, Message>; 3] = ExportKind::ALL.map(|kind| {
            let key = match kind {
                ExportKind::Pdf => "gui-export-pdf",
                ExportKind::Calendar => "gui-export-calendar",
                ExportKind::Text => "gui-export-text",
            };
            row![
                focusable(
                    button(text(ctx.tr(key)).size(14))
                        .padding([8, 12])
                        .style(crate::app::widget::style::quiet_button)
                        .on_press(Message::Export(kind))
                ),
                focusable(
                    button(text(ctx.tr("gui-browse")).size(14))
                        .padding([8, 8])
                        .style(crate::app::widget::style::quiet_button)
                        .on_press(Message::BrowseExport(kind))
                ),
            ]
            .spacing(2)
            .into()
        });
        let export_row = column![export_field, row(export_buttons).spacing(12).wrap()].spacing(8);
        let content = column![
            heading(ctx.tr("gui-review-title")),
            status,
            when,
            bold(ctx.tr("gui-review-conditions")).size(16),
            container(text(conditions).size(14))
                .padding(12)
                .width(Length::Fill)
                .style(container::rounded_box),
            save_block,
            hint(ctx.tr("gui-review-save-help"), false),
            exports,
            labelled(ctx.tr("gui-review-export"), export_row),
            hint(ctx.tr("gui-review-export-help"), false),
            hint(ctx.tr("gui-review-portal"), false),
            history(self, ctx),
        ]
        .spacing(14)
        .max_width(860);
        scrolled::scrollable(content.padding([0, 12]))
            .id(super::STEP_SCROLL_ID)
            .into()
    }
}
