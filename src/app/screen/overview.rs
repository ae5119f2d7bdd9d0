//! The practice overview: every doctor of the practice with what the secretary needs before the
//! window closes (choice, window, check, last day, days left) and whether the declaration is
//! registered in ProSanté/ProGezondheid yet; most urgent first, filtered to those still to
//! register, exported as a spreadsheet.

use super::{Action, Context, Event, WriteFailure};
use crate::app::task;
use crate::app::widget::focus::focusable;
use crate::app::widget::rows as rows_built;
use crate::app::widget::{bold, heading, hint, labelled, scrolled};
use crate::core::export;
use crate::core::i18n::Message as Said;
use crate::core::overview::{self as rows, Filter, registration_text, role_text, status_text};
use crate::core::practice::Printed;
use crate::core::storage::{self, Privacy};
use crate::core::store::{self, StoreError};
use crate::core::wording::belgian_date;
use iced::widget::{button, checkbox, column, container, row, rule, text, text_input};
use iced::{Alignment, Element, Length};
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub(crate) use crate::core::overview::{Row, sort_by_urgency};

/// The CSV path field (tests find it).
pub(crate) const EXPORT_PATH_ID: &str = "overview-export-path";
/// The folder field for every doctor's PDF.
pub(crate) const PRINT_FOLDER_ID: &str = "overview-print-folder";
/// The user's name field.
pub const USER_NAME_ID: &str = "overview-user-name";

/// The overview's state, kept by the app.
#[derive(Default)]
pub struct Overview {
    pub rows: Vec<Row>,
    /// Profiles that could not be read, by id: listed, never hidden.
    pub unreadable: Vec<String>,
    pub only_unregistered: bool,
    pub export_path: String,
    /// Whether the user typed the export path; until then it is the suggested name, in the
    /// current language.
    pub export_path_typed: bool,
    /// The doctors ticked for marking together.
    pub ticked: std::collections::BTreeSet<String>,
    /// The doctors a mark waits for confirmation for (Enter confirms, Escape cancels).
    pub pending: Option<Vec<String>>,
    /// Rows keep their places after a mark or its removal, so nothing moves under the pointer;
    /// "Sort again" (or opening the overview) puts them back in urgency order.
    pub order_frozen: bool,
    /// Why the practice could not be read, and the backup offered when it is damaged.
    pub damage: super::damage::Damage,
    /// Where every doctor's PDF goes.
    pub print_folder: String,
    /// Whether the user typed the PDF folder; until then it is the suggested one.
    pub print_folder_typed: bool,
    /// Every doctor's PDF is being made off the window's thread.
    pub printing: bool,
    /// A backup of the practice is being written off the window's thread.
    pub backing_up: bool,
    /// Notes being typed, by doctor, until Enter keeps them (and while they are being kept).
    pub notes: std::collections::BTreeMap<String, String>,
    /// Notes being written to the practice off the window's thread: Enter again waits for it.
    keeping: std::collections::BTreeSet<String>,
    /// The number of the newest read of the rows asked; an older one coming back late is dropped.
    reads: u64,
    /// The rows of the list built: those in and near the view (see `widget::rows`).
    pub(crate) list: rows_built::Window,
}

/// Every profile read and checked: the rows and the profiles that could not be read, or why the
/// practice could not be read at all.
pub(crate) type RowsRead = Result<(Vec<Row>, Vec<String>), super::damage::Damage>;

impl Overview {
    /// The rows the filter lets through, in urgency order.
    pub fn shown(&self) -> impl Iterator<Item = &Row> {
        let filter = self.filter();
        self.rows.iter().filter(move |r| filter.keeps(r))
    }

    pub(crate) fn filter(&self) -> Filter {
        if self.only_unregistered {
            Filter::StillToRegister
        } else {
            Filter::All
        }
    }
}

#[derive(Clone, Debug)]
pub enum Message {
    OnlyUnregistered(bool),
    /// Mark this doctor's current declaration as registered in ProSanté today: asks first.
    MarkRegistered(String),
    /// Tick or untick a doctor for marking several at once.
    Tick(String, bool),
    /// Mark every ticked doctor: asks first.
    MarkTicked,
    /// The answer "yes" to the pending mark (Enter).
    ConfirmMarks,
    /// The answer "no" (Escape): nothing is marked.
    CancelMarks,
    /// Remove this doctor's mark (kept in the practice with who and when).
    Unmark(String),
    /// The marks were recorded off the window's thread (or why not).
    Marked(Result<(), Arc<StoreError>>),
    /// The mark was removed off the window's thread (or why not).
    Unmarked(Result<(), Arc<StoreError>>),
    /// Put the rows back in urgency order.
    SortAgain,
    /// The doctor's note as typed ("mandat eHealth à demander").
    NoteChanged(String, String),
    /// Enter in the note: kept in the practice.
    KeepNote(String),
    /// The note was written to the practice off the window's thread (or why not).
    NoteKept(String, String, Result<(), Arc<StoreError>>),
    /// The rows were read again off the window's thread (the read's number, what it found).
    RowsRead(u64, RowsRead),
    ExportPathChanged(String),
    ExportCsv,
    /// The overview as a PDF list beside the CSV path (same name, `.pdf`), filtered as shown.
    PrintList,
    /// A list was written off the window's thread (or why not).
    Written(PathBuf, Result<(), WriteFailure>),
    /// The user's name as typed: kept in the settings, recorded with the next marks.
    UserNameChanged(String),
    /// Open a doctor's declaration.
    Open(String),
    /// The list asks for the rows near its view to be built.
    Shown(rows_built::Window),
    PrintFolderChanged(String),
    /// Every doctor's current declaration as a PDF in the folder (`conventio practice print`).
    PrintAll,
    /// Every doctor's PDF was made (or why not), off the window's thread.
    PrintedAll(PathBuf, Result<Vec<Printed>, Arc<StoreError>>),
    /// A dated backup of the practice now (`backups/practice-DAY.sqlite3`), off the window's thread.
    BackUp,
    /// The backup was written there (or why not).
    BackedUp(Result<PathBuf, Arc<StoreError>>),
    /// Put the offered backup in place of the damaged database (moved aside, never deleted).
    RestoreBackup,
    /// The restore ran: where the damaged database went, or why it could not.
    Restored(super::damage::Restored),
}

impl Overview {
    pub(crate) fn update(&mut self, message: Message, ctx: &Context) -> Action<Message> {
        match message {
            Message::OnlyUnregistered(on) => {
                self.only_unregistered = on;
                Action::None
            }
            Message::MarkRegistered(id) => {
                self.pending = Some(vec![id]);
                Action::None
            }
            Message::Tick(id, on) => {
                if on {
                    self.ticked.insert(id);
                } else {
                    self.ticked.remove(&id);
                }
                Action::None
            }
            Message::MarkTicked => {
                if !self.ticked.is_empty() {
                    self.pending = Some(self.ticked.iter().cloned().collect());
                }
                Action::None
            }
            Message::ConfirmMarks => match self.pending.take() {
                Some(ids) => self.mark_registered(ctx, &ids),
                None => Action::None,
            },
            Message::CancelMarks => {
                self.pending = None;
                Action::None
            }
            Message::Unmark(id) => self.unmark(ctx, id),
            Message::Marked(result) => {
                if result.is_ok() {
                    self.ticked.clear();
                }
                self.marks_changed(ctx, result)
            }
            Message::Unmarked(result) => self.marks_changed(ctx, result),
            Message::NoteChanged(id, note) => {
                self.notes.insert(id, note);
                Action::None
            }
            Message::KeepNote(id) => {
                let Some(note) = self.notes.get(&id).map(|n| n.trim().to_owned()) else {
                    return Action::None;
                };
                if !self.keeping.insert(id.clone()) {
                    // Enter again while the note is being written: the one write is enough.
                    return Action::None;
                }
                let practice = ctx.practice.clone();
                Action::Run(task::blocking(
                    {
                        let (id, note) = (id.clone(), note.clone());
                        move || practice.set_note(&id, &note).map_err(Arc::new)
                    },
                    move |kept| Message::NoteKept(id, note, kept),
                ))
            }
            Message::NoteKept(id, note, result) => {
                self.keeping.remove(&id);
                match result {
                    Ok(()) => {
                        // Shown as kept at once; the field shows the row's note again unless
                        // the user typed on meanwhile.
                        if let Some(row) = self.rows.iter_mut().find(|r| r.id == id) {
                            row.note.clone_from(&note);
                        }
                        if self.notes.get(&id).is_some_and(|typed| typed.trim() == note) {
                            self.notes.remove(&id);
                        }
                        self.refresh(ctx)
                    }
                    Err(error) => ctx
                        .error(Said::with(
                            "gui-overview-mark-failed",
                            &[("error", error.message().into())],
                        ))
                        .into(),
                }
            }
            Message::RowsRead(number, read) => {
                self.rows_read(number, read);
                Action::None
            }
            Message::SortAgain => {
                self.order_frozen = false;
                sort_by_urgency(&mut self.rows);
                Action::None
            }
            Message::ExportPathChanged(path) => {
                self.export_path_typed = !path.trim().is_empty();
                self.export_path = path;
                Action::None
            }
            Message::ExportCsv => {
                let bytes = rows::csv(&self.rows, ctx.localizer());
                write(PathBuf::from(self.export_path.trim()), move || Ok(bytes))
            }
            Message::PrintList => self.print_list(ctx),
            Message::Written(path, Ok(())) => ctx
                .info(Said::with(
                    "gui-overview-exported",
                    &[("path", path.display().to_string().into())],
                ))
                .into(),
            Message::Written(_, Err(WriteFailure::Document(_))) => {
                ctx.error(Said::new("gui-overview-print-failed")).into()
            }
            Message::Written(path, Err(WriteFailure::Disk(error))) => ctx
                .error(Said::with(
                    "gui-overview-export-failed",
                    &[
                        ("path", path.display().to_string().into()),
                        ("error", ctx.io_message(&error).into()),
                    ],
                ))
                .into(),
            Message::UserNameChanged(name) => Event::UserNameChanged(name).into(),
            Message::Open(id) => Event::OpenProfile(id, super::Opening::Theirs).into(),
            Message::Shown(window) => {
                self.list = window;
                Action::None
            }
            Message::PrintFolderChanged(folder) => {
                self.print_folder_typed = !folder.trim().is_empty();
                self.print_folder = folder;
                Action::None
            }
            Message::PrintAll => {
                let folder = PathBuf::from(self.print_folder.trim());
                if self.printing || folder.as_os_str().is_empty() {
                    return Action::None;
                }
                self.printing = true;
                let (practice, language, today) = (ctx.practice.clone(), ctx.language, ctx.today());
                let target = folder.clone();
                Action::Run(task::blocking(
                    move || practice.print_all(&target, false, language, today).map_err(Arc::new),
                    move |printed| Message::PrintedAll(folder, printed),
                ))
            }
            Message::PrintedAll(folder, result) => {
                self.printing = false;
                let folder = folder.display().to_string();
                match result {
                    Ok(printed) => {
                        let written = printed.iter().filter(|p| p.result.is_ok()).count();
                        // Messages: the reasons follow a language switch like the rest of the notice.
                        let failed: Vec<Said> = printed
                            .iter()
                            .filter_map(|p| {
                                p.result.as_ref().err().map(|why| {
                                    Said::new("gui-overview-printed-failed-one")
                                        .arg("doctor", p.doctor.clone())
                                        .arg("why", why.clone())
                                })
                            })
                            .collect();
                        if failed.is_empty() {
                            ctx.info(Said::with(
                                "gui-overview-printed-all",
                                &[("count", written.into()), ("folder", folder.into())],
                            ))
                            .into()
                        } else {
                            ctx.error(Said::with(
                                "gui-overview-printed-some",
                                &[
                                    ("count", written.into()),
                                    ("folder", folder.into()),
                                    ("failed", crate::core::i18n::Arg::List(failed)),
                                ],
                            ))
                            .into()
                        }
                    }
                    Err(error) => ctx
                        .error(Said::with(
                            "gui-overview-print-all-failed",
                            &[("error", error.message().into())],
                        ))
                        .into(),
                }
            }
            Message::BackUp => {
                if self.backing_up {
                    return Action::None;
                }
                self.backing_up = true;
                let (root, today) = (ctx.practice.root().to_path_buf(), ctx.today());
                Action::Run(task::blocking(
                    move || {
                        store::Store::open(&root)
                            .and_then(|store| store.dated_backup(today, true))
                            .map(Option::unwrap_or_default)
                            .map_err(Arc::new)
                    },
                    Message::BackedUp,
                ))
            }
            Message::BackedUp(result) => {
                self.backing_up = false;
                match result {
                    Ok(path) => ctx
                        .info(Said::with(
                            "gui-overview-backed-up",
                            &[("path", path.display().to_string().into())],
                        ))
                        .into(),
                    Err(error) => ctx
                        .error(Said::with(
                            "gui-overview-backup-failed",
                            &[("error", error.message().into())],
                        ))
                        .into(),
                }
            }
            Message::RestoreBackup => self.damage.restore(ctx, Message::Restored),
            Message::Restored(result) => {
                let restored = result.is_ok();
                let action = self.damage.restored(ctx, result);
                if restored {
                    Action::Batch(vec![self.refresh(ctx), action])
                } else {
                    action
                }
            }
        }
    }

    /// The overview opens: every profile read and checked again (in urgency order), the export
    /// path suggested.
    pub(crate) fn show(&mut self, ctx: &Context) -> Action<Message> {
        self.order_frozen = false;
        self.pending = None;
        // It opens at its top.
        self.list = rows_built::Window::default();
        self.suggest_paths(ctx);
        self.refresh(ctx)
    }

    /// The window is closing: every note typed and not yet kept is kept as Enter would keep it.
    /// The bar says every change is saved and the window can be closed at any time; a note typed
    /// without Enter stays in its field for the whole session, so closing must not drop it.
    pub(crate) fn keep_typed_notes(&mut self, ctx: &Context) -> Action<Message> {
        let typed: Vec<String> = self
            .notes
            .iter()
            .filter(|(id, note)| {
                self.rows
                    .iter()
                    .find(|row| &row.id == *id)
                    .is_none_or(|row| row.note != note.trim())
            })
            .map(|(id, _)| id.clone())
            .collect();
        Action::Batch(
            typed
                .into_iter()
                .map(|id| self.update(Message::KeepNote(id), ctx))
                .collect(),
        )
    }

    /// The language changed: the suggested file and folder names follow it; typed ones stay.
    pub(crate) fn language_changed(&mut self, ctx: &Context) {
        self.suggest_paths(ctx);
    }

    /// The export file and the PDF folder, unless typed: named in the user's language, dated today.
    fn suggest_paths(&mut self, ctx: &Context) {
        if !self.export_path_typed {
            // Named in the user's language: "apercu-cabinet-2026-12-03.csv", "praktijkoverzicht-…".
            let stem = ctx.tr_args("gui-overview-file-name", &[("date", ctx.today().to_string().into())]);
            let name = format!("{stem}.csv");
            self.export_path = ctx.options.documents_dir.join(name).display().to_string();
        }
        if !self.print_folder_typed {
            // "pdf-medecins-2026-12-03", "pdf-artsen-…".
            let name = ctx.tr_args(
                "gui-overview-print-all-folder",
                &[("date", ctx.today().to_string().into())],
            );
            self.print_folder = ctx.options.documents_dir.join(name).display().to_string();
        }
    }

    /// Reads and checks every profile again, off the window's thread ([`Message::RowsRead`]).
    fn refresh(&mut self, ctx: &Context) -> Action<Message> {
        self.reads += 1;
        let number = self.reads;
        let agreements = ctx.agreements().with_last_days(&ctx.settings.last_days);
        let (practice, today, localizer) = (ctx.practice.clone(), ctx.today(), ctx.localizer());
        Action::Run(task::blocking(
            move || {
                Ok::<_, task::Stopped>(match rows::try_rows(&practice, today, &agreements) {
                    Ok(found) => Ok(found),
                    Err(error) => Err(super::damage::Damage::of(&error, practice.root(), localizer)),
                })
            },
            // A panic while reading is the window's, as when it read on its own thread.
            move |read| Message::RowsRead(number, read.unwrap_or_else(|stopped| stopped.resume())),
        ))
    }

    /// The rows read again: shown unless a newer read was asked since; while the order is frozen,
    /// rows keep their places.
    fn rows_read(&mut self, number: u64, read: RowsRead) {
        if number != self.reads {
            return;
        }
        let before: Vec<String> = self.rows.iter().map(|r| r.id.clone()).collect();
        match read {
            Ok((rows, unreadable)) => {
                (self.rows, self.unreadable) = (rows, unreadable);
                self.damage.clear();
            }
            Err(damage) => {
                // Rows read before the damage would be offered for marking: none is shown.
                self.rows.clear();
                self.unreadable.clear();
                self.damage = damage;
            }
        }
        if self.order_frozen {
            let place = |id: &str| before.iter().position(|b| b == id).unwrap_or(usize::MAX);
            self.rows.sort_by_key(|r| place(&r.id));
        }
        let ids: std::collections::BTreeSet<&String> = self.rows.iter().map(|r| &r.id).collect();
        self.ticked.retain(|id| ids.contains(id));
    }

    /// Whether a mark waits for its confirmation (the window sends Enter and Escape here then).
    pub fn asking(&self) -> bool {
        self.pending.is_some()
    }

    /// Records the marks with the name from the settings (none when the user gave none), off the
    /// window's thread: all of them or none.
    fn mark_registered(&mut self, ctx: &Context, ids: &[String]) -> Action<Message> {
        let (practice, ids, today) = (ctx.practice.clone(), ids.to_vec(), ctx.today());
        let user = ctx.settings.user_name().map(str::to_owned);
        let now = chrono::Local::now().naive_local();
        Action::Run(task::blocking(
            move || practice.mark_many(&ids, today, now, user.as_deref()).map_err(Arc::new),
            Message::Marked,
        ))
    }

    /// Removes the doctor's mark, off the window's thread; the practice keeps it with who removed
    /// it and when.
    fn unmark(&mut self, ctx: &Context, id: String) -> Action<Message> {
        let practice = ctx.practice.clone();
        let user = ctx.settings.user_name().map(str::to_owned);
        let now = chrono::Local::now().naive_local();
        Action::Run(task::blocking(
            move || practice.unmark(&id, now, user.as_deref()).map_err(Arc::new),
            Message::Unmarked,
        ))
    }

    /// Marks were recorded or removed: the rows stay where they are and read again.
    fn marks_changed(&mut self, ctx: &Context, result: Result<(), Arc<StoreError>>) -> Action<Message> {
        match result {
            Ok(()) => {
                self.order_frozen = true;
                Action::Batch(vec![self.refresh(ctx), Event::PracticeChanged.into()])
            }
            Err(error) => ctx
                .error(Said::with(
                    "gui-overview-mark-failed",
                    &[("error", error.message().into())],
                ))
                .into(),
        }
    }

    /// The list goes beside the spreadsheet: the export path with `.pdf` for its extension.
    fn print_list(&self, ctx: &Context) -> Action<Message> {
        let (rows, unreadable, filter) = (self.rows.clone(), self.unreadable.clone(), self.filter());
        let (today, language) = (ctx.today(), ctx.language);
        write(pdf_path(self.export_path.trim()), move || {
            export::overview_pdf(&rows, &unreadable, filter, today, language).map_err(WriteFailure::Document)
        })
    }
}

/// `…/practice-overview.csv` → `…/practice-overview.pdf`; a path without extension gains one.
pub(crate) fn pdf_path(export_path: &str) -> PathBuf {
    Path::new(export_path).with_extension("pdf")
}

/// Makes the file's bytes and writes them on a blocking thread: the window keeps drawing.
fn write(path: PathBuf, make: impl FnOnce() -> Result<Vec<u8>, WriteFailure> + Send + 'static) -> Action<Message> {
    let target = path.clone();
    Action::Run(task::blocking(
        move || {
            let bytes = make()?;
            storage::write_atomic(&target, &bytes, Privacy::Private).map_err(|e| WriteFailure::Disk(Arc::new(e)))
        },
        move |written| Message::Written(path, written),
    ))
}

impl Overview {
    pub(crate) fn view<'a>(&'a self, ctx: &Context<'a>) -> Element<'a, Message> {
        let wrap = |m: Message| m;
        let state = self;
        let filter = focusable(
            checkbox(state.only_unregistered)
                .label(ctx.tr("gui-overview-filter"))
                .on_toggle(move |on| wrap(Message::OnlyUnregistered(on))),
        );
        let mut list = column![rule::horizontal(1)];
        let shown: Vec<&Row> = state.shown().collect();
        if shown.is_empty() {
            list = list.push(hint(ctx.tr("gui-overview-none"), false));
        }
        // Only the rows in and near the view are built: 200 doctors' rows laid out made the
        // overview's first frame 40 ms of text shaping. The row asking its question stays built.
        let asking = match state.pending.as_deref() {
            Some([id]) => shown.iter().position(|r| &r.id == id),
            _ => None,
        };
        let window = state.list.within(shown.len());
        // A row keeps its state (the focus, a note's cursor) by its doctor when rows move (the
        // filter, "Sort again").
        list = list.push(rows_built::keyed(
            shown.len(),
            window,
            asking,
            |i| {
                let r = shown[i];
                let question = (asking == Some(i)).then(|| confirmation(ctx, state, std::slice::from_ref(&r.id)));
                let row = row_view(ctx, r, state.ticked.contains(&r.id), question, &state.notes);
                (rows_built::key_of(&r.id), row)
            },
            Message::Shown,
        ));
        for shown in state.damage.view(ctx, Message::RestoreBackup) {
            list = list.push(shown);
        }
        for id in &state.unreadable {
            list = list.push(hint(
                ctx.tr_args("gui-practice-unreadable", &[("id", id.clone().into())]),
                true,
            ));
        }
        let path = text_input(&ctx.path_placeholder(), &state.export_path)
            .id(EXPORT_PATH_ID)
            .on_input(move |p| wrap(Message::ExportPathChanged(p)))
            .padding(6);
        let has_path = !state.export_path.trim().is_empty();
        let export = focusable(
            button(text(ctx.tr("gui-overview-export")).size(14))
                .padding([6, 12])
                .on_press_maybe(has_path.then_some(wrap(Message::ExportCsv))),
        )
        .enabled(has_path);
        let print = focusable(
            button(text(ctx.tr("gui-overview-print")).size(14))
                .padding([6, 12])
                .on_press_maybe(has_path.then_some(wrap(Message::PrintList))),
        )
        .enabled(has_path);
        let folder = text_input(&ctx.path_placeholder(), &state.print_folder)
            .id(PRINT_FOLDER_ID)
            .on_input(Message::PrintFolderChanged)
            .padding(6);
        let can_print = !state.printing && !state.print_folder.trim().is_empty() && !state.rows.is_empty();
        let print_all = focusable(
            button(text(ctx.tr("gui-overview-print-all")).size(14))
                .padding([6, 12])
                .on_press_maybe(can_print.then_some(Message::PrintAll)),
        )
        .enabled(can_print);
        let can_back_up = !state.backing_up && state.damage.failure.is_none() && !state.rows.is_empty();
        let back_up = focusable(
            button(text(ctx.tr("gui-overview-back-up")).size(14))
                .padding([6, 12])
                .style(crate::app::widget::style::quiet_button)
                .on_press_maybe(can_back_up.then_some(Message::BackUp)),
        )
        .enabled(can_back_up);
        let user_name = text_input(&ctx.tr("gui-overview-user-name-placeholder"), &ctx.settings.user_name)
            .id(USER_NAME_ID)
            .on_input(move |name| wrap(Message::UserNameChanged(name)))
            .padding(6)
            .width(Length::Fixed(320.0));
        let mut tools = row![filter].spacing(12).align_y(Alignment::Center);
        // The question takes the place of what asked it, so nothing moves under the pointer.
        if let Some(pending) = state.pending.as_ref().filter(|p| p.len() > 1) {
            tools = tools.push(confirmation(ctx, state, pending));
        } else if !state.ticked.is_empty() {
            tools = tools.push(focusable(
                button(text(ctx.tr_args("gui-overview-mark-ticked", &[("count", state.ticked.len().into())])).size(14))
                    .padding([6, 12])
                    .style(button::primary)
                    .on_press(Message::MarkTicked),
            ));
        }
        if state.order_frozen {
            tools = tools.push(focusable(
                button(text(ctx.tr("gui-overview-sort-again")).size(14))
                    .padding([6, 12])
                    .style(crate::app::widget::style::quiet_button)
                    .on_press(Message::SortAgain),
            ));
        }
        // "2 médecins à enregistrer au plus tard le 14/12/2026 — encore 12 jours": only those who
        // must register count.
        let headline = rows::headline(&state.rows, ctx.localizer()).unwrap_or_else(|| ctx.tr("gui-overview-all-done"));
        let page = column![
            heading(ctx.tr("gui-overview-title")),
            bold(headline).size(16),
            hint(ctx.tr("gui-overview-help"), false),
            labelled(ctx.tr("gui-overview-user-name"), user_name),
            tools,
        ]
        .spacing(12)
        .max_width(1100);
        let page = page.push(
            column![
                list,
                labelled(
                    ctx.tr("gui-overview-export-label"),
                    row![path, export, print].spacing(8).align_y(Alignment::Center)
                ),
                labelled(
                    ctx.tr("gui-overview-print-all-label"),
                    row![folder, print_all].spacing(8).align_y(Alignment::Center)
                ),
                row![
                    back_up,
                    hint(
                        ctx.tr_args("gui-overview-back-up-hint", &[("count", store::BACKUPS_KEPT.into())]),
                        false
                    )
                ]
                .spacing(12)
                .align_y(Alignment::Center),
            ]
            .spacing(12),
        );
        // Scrolling redraws the view once, not each card's old and new place (see `scrolled`).
        scrolled::scrollable(container(page).center_x(Length::Fill).padding([0, 8]))
            .id(super::STEP_SCROLL_ID)
            .into()
    }
}

/// The question before marking: who, on which day; Enter confirms, Escape cancels.
fn confirmation<'a>(ctx: &Context, state: &Overview, pending: &[String]) -> Element<'a, Message> {
    let date = belgian_date(ctx.today());
    let question = match pending {
        [id] => {
            let who = state
                .rows
                .iter()
                .find(|r| &r.id == id)
                .map(|r| crate::core::practice::label(&r.name, &r.inami))
                .unwrap_or_default();
            ctx.tr_args(
                "gui-overview-confirm-one",
                &[("doctor", who.into()), ("date", date.into())],
            )
        }
        many => ctx.tr_args(
            "gui-overview-confirm-many",
            &[("count", many.len().into()), ("date", date.into())],
        ),
    };
    let bar = column![
        text(question).size(13),
        row![
            focusable(
                button(text(ctx.tr("gui-overview-confirm")).size(14))
                    .padding([6, 12])
                    .style(button::primary)
                    .on_press(Message::ConfirmMarks)
            ),
            focusable(
                button(text(ctx.tr("gui-overview-cancel")).size(14))
                    .padding([6, 12])
                    .on_press(Message::CancelMarks)
            ),
        ]
        .spacing(8),
    ]
    .spacing(8);
    container(bar)
        .padding(8)
        .max_width(420)
        .style(container::bordered_box)
        .into()
}

fn row_view<'a>(
    ctx: &Context,
    r: &'a Row,
    ticked: bool,
    question: Option<Element<'a, Message>>,
    notes: &'a std::collections::BTreeMap<String, String>,
) -> Element<'a, Message> {
    let days = match (r.last_day, r.days_left) {
        // Full adherence by an adherent doctor, or registered already: no days left to count.
        _ if !r.must_register || r.registered.is_some() => rows::registration_state(r, ctx.localizer()),
        (Some(day), Some(left)) if left < 0 => ctx.tr_args(
            "gui-overview-overdue",
            &[("date", belgian_date(day).into()), ("days", (-left).into())],
        ),
        (Some(day), Some(left)) => ctx.tr_args(
            "gui-overview-deadline",
            &[("date", belgian_date(day).into()), ("days", left.into())],
        ),
        _ => ctx.tr("gui-overview-no-deadline"),
    };
    let facts = format!(
        "{} · {} · {} · {} · {}",
        if r.inami.is_empty() { "—" } else { r.inami.as_str() },
        role_text(r.role, ctx.localizer()),
        ctx.tr(&format!("choice-{}", r.choice.key())),
        rows::window_text(r, ctx.localizer()),
        status_text(r, ctx.localizer()),
    );
    let saved = r.last_saved.map_or_else(String::new, |t| {
        ctx.tr_args(
            "gui-overview-saved",
            &[("when", t.format("%d/%m/%Y %H:%M").to_string().into())],
        )
    });
    let urgent = r.is_still_to_register() && r.days_left.is_some_and(|d| d < 7);
    let mark_button = || {
        focusable(
            button(text(ctx.tr("gui-overview-mark")).size(13))
                .padding([6, 10])
                .style(button::primary)
                .on_press(Message::MarkRegistered(r.id.clone())),
        )
    };
    let mark: Element<'a, Message> = match (question, registration_text(r, ctx.localizer())) {
        (Some(question), _) => question,
        (None, Some(line)) => column![
            text(line).size(13),
            focusable(
                button(text(ctx.tr("gui-overview-unmark")).size(12))
                    .padding([4, 8])
                    .style(crate::app::widget::style::quiet_button)
                    .on_press(Message::Unmark(r.id.clone()))
            )
        ]
        .spacing(4)
        .into(),
        (None, None) => match rows::changed_text(r, ctx.localizer()) {
            Some(changed) => column![hint(changed, true), mark_button()].spacing(4).into(),
            // Nothing to register (full adherence by an adherent doctor): no button to press.
            None if !r.must_register => text(ctx.tr("register-state-nothing")).size(13).into(),
            None => mark_button().into(),
        },
    };
    let typed = notes.get(&r.id).map_or(r.note.as_str(), String::as_str);
    let (note_id, keep_id) = (r.id.clone(), r.id.clone());
    let note = text_input(&ctx.tr("gui-overview-note-placeholder"), typed)
        .on_input(move |note| Message::NoteChanged(note_id.clone(), note))
        .on_submit(Message::KeepNote(keep_id))
        .size(12)
        .padding(3)
        // The placeholder names the field; the help above the list says what goes in it.
        .width(Length::Fixed(350.0));
    let id = r.id.clone();
    let tick = focusable(
        checkbox(ticked)
            .label("")
            .on_toggle(move |on| Message::Tick(id.clone(), on)),
    );
    let line = row![
        tick,
        column![
            row![bold(r.name.as_str()).size(15), note]
                .spacing(8)
                .align_y(Alignment::Center),
            text(facts).size(13),
            hint(days, urgent),
            text(saved).size(12),
        ]
        .spacing(2)
        .width(Length::Fill),
        mark,
        focusable(
            button(text(ctx.tr("gui-open")).size(13))
                .style(crate::app::widget::style::quiet_button)
                .on_press(Message::Open(r.id.clone()))
        ),
    ]
    .spacing(8)
    .align_y(Alignment::Center);
    // A line under each doctor rather than a box round it: the list is redrawn whole at each
    // scrolled step, and a filled, rounded box per doctor was a third of that drawing.
    column![container(line).padding([8, 4]), rule::horizontal(1)].into()
}
