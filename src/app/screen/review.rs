//! Review and export: the conditions as they will be declared, then save the declaration file, copy
//! the text for the portal, or write the PDF and calendar.

use crate::app::focus::focusable;
use crate::app::widgets::{bold, heading, hint, labelled};
use crate::app::{App, ExportKind, Message, Notice, NoticeKind};
use crate::core::export;
use crate::core::format;
use crate::core::model::Declaration;
use crate::core::practice::{self, EntryKind, HistoryEntry};
use crate::core::storage::{self, Privacy};
use crate::core::wording;
use iced::widget::{button, column, container, row, scrollable, text, text_input};
use iced::{Alignment, Element, Length, Task};
use std::path::{Path, PathBuf};

pub const SAVE_PATH_ID: &str = "save-path";
pub const EXPORT_PATH_ID: &str = "export-path";

/// An export the core could not make, in the user's language.
fn export_error(app: &App, error: &export::ExportError) -> String {
    match error {
        export::ExportError::UnknownAgreement(id) => {
            app.tr_args("gui-export-unknown-agreement", &[("id", id.clone().into())])
        }
        export::ExportError::Pdf(_) => app.tr("gui-export-pdf-failed"),
    }
}

pub fn update(app: &mut App, message: Message) -> Task<Message> {
    let writes = matches!(
        message,
        Message::Save
            | Message::SaveDialogClosed(Some(_))
            | Message::Export(_)
            | Message::ExportDialogClosed(_, Some(_))
            | Message::CopyConditions
    );
    if writes && refuse_unfinished(app) {
        return Task::none();
    }
    match message {
        Message::SavePathChanged(path) => {
            app.save_path = path;
            app.save_path_edited = true;
        }
        Message::BrowseSave => {
            let suggested = app.default_save_path();
            return Task::perform(
                async move {
                    let mut dialog = rfd::AsyncFileDialog::new().add_filter("Conventio", &["json"]);
                    if let Some(name) = suggested.file_name().and_then(|n| n.to_str()) {
                        dialog = dialog.set_file_name(name);
                    }
                    if let Some(folder) = suggested.parent() {
                        dialog = dialog.set_directory(folder);
                    }
                    dialog.save_file().await.map(|handle| handle.path().to_path_buf())
                },
                Message::SaveDialogClosed,
            );
        }
        Message::SaveDialogClosed(Some(path)) => {
            app.save_path = path.display().to_string();
            save(app, &path);
        }
        Message::SaveDialogClosed(None) => {
            app.notice = Some(Notice {
                kind: NoticeKind::Info,
                text: app.tr("gui-no-dialog-save"),
            });
            return iced::widget::operation::focus(SAVE_PATH_ID);
        }
        Message::Save => {
            let path = PathBuf::from(app.save_path.trim());
            if app.save_path.trim().is_empty() {
                app.notice = Some(Notice {
                    kind: NoticeKind::Error,
                    text: app.tr("gui-save-no-path"),
                });
            } else {
                save(app, &path);
            }
        }
        Message::Export(kind) => {
            let path = with_kind(&export_path(app), kind);
            export_to(app, kind, &path);
        }
        Message::ExportPathChanged(path) => app.export_path = Some(path),
        Message::BrowseExport(kind) => {
            let suggested = with_kind(&export_path(app), kind);
            return Task::perform(
                async move {
                    let mut dialog = rfd::AsyncFileDialog::new().add_filter(kind.extension(), &[kind.extension()]);
                    if let Some(name) = suggested.file_name().and_then(|n| n.to_str()) {
                        dialog = dialog.set_file_name(name);
                    }
                    if let Some(folder) = suggested.parent() {
                        dialog = dialog.set_directory(folder);
                    }
                    dialog.save_file().await.map(|handle| handle.path().to_path_buf())
                },
                move |path| Message::ExportDialogClosed(kind, path),
            );
        }
        Message::ExportDialogClosed(kind, Some(path)) => {
            let path = if path.extension().and_then(|e| e.to_str()) == Some(kind.extension()) {
                path
            } else {
                with_kind(&path, kind)
            };
            app.export_path = Some(export_base(&path).display().to_string());
            export_to(app, kind, &path);
        }
        Message::ExportDialogClosed(_, None) => {
            app.notice = Some(Notice {
                kind: NoticeKind::Info,
                text: app.tr("gui-no-dialog-export"),
            });
            return iced::widget::operation::focus(EXPORT_PATH_ID);
        }
        Message::CopyConditions => {
            let text = export::conditions_text(app.declaration(), app.language);
            app.notice = Some(Notice {
                kind: NoticeKind::Info,
                text: app.tr("gui-copied"),
            });
            return iced::clipboard::write(text);
        }
        _ => {}
    }
    Task::none()
}

/// A slot's time field holds text that is not a time: nothing is written or copied as if the
/// declaration were finished; the notice says which slot and what to do.
fn refuse_unfinished(app: &mut App) -> bool {
    let Some(index) = app.schedule.unfinished_slot() else {
        return false;
    };
    app.notice = Some(Notice {
        kind: NoticeKind::Error,
        text: app.tr_args("gui-save-unfinished", &[("slot", app.slot_label(index).into())]),
    });
    true
}

/// Saves the declaration file where asked, remembers it, and records the version in the history.
pub fn save(app: &mut App, path: &Path) {
    let text = format::write_declaration(app.declaration());
    // A folder typed in the path field that does not exist yet is created, as a save dialog would.
    let folder_ready = match path.parent() {
        Some(folder) if !folder.as_os_str().is_empty() => std::fs::create_dir_all(folder),
        _ => Ok(()),
    };
    match folder_ready.and_then(|()| storage::write_atomic(path, text.as_bytes(), Privacy::UserChosen)) {
        Ok(()) => {
            app.current_file = Some(path.to_path_buf());
            app.settings.remember(path);
            // Through the one guarded path: a newer version's settings file is never overwritten.
            app.save_settings();
            app.notice = Some(Notice {
                kind: NoticeKind::Info,
                text: app.tr_args("gui-saved", &[("path", path.display().to_string().into())]),
            });
            record_in_practice(app);
        }
        Err(error) => {
            app.notice = Some(Notice {
                kind: NoticeKind::Error,
                text: app.tr_args(
                    "gui-save-failed",
                    &[
                        ("path", path.display().to_string().into()),
                        ("error", app.describe_io(&error).into()),
                    ],
                ),
            });
        }
    }
}

/// Keeps the doctor's profile up to date and the saved version in the history, dated: the first
/// version is the declaration, later ones are amendments effective per the agreement (12.3).
fn record_in_practice(app: &mut App) {
    let name = app.declaration().doctor.name.trim().to_owned();
    let id = match &app.profile_id {
        Some(id) => id.clone(),
        None => app.practice.new_id(&name),
    };
    let kind = if app.practice.history(&id).is_empty() {
        EntryKind::Declaration
    } else {
        EntryKind::Amendment
    };
    let effective_on =
        (kind == EntryKind::Amendment).then(|| practice::amendment_effective_on(app.agreement(), app.options.today));
    let entry = HistoryEntry {
        saved_at: chrono::Local::now().naive_local(),
        kind,
        effective_on,
        declaration: app.declaration().clone(),
        set_by: None,
    };
    let saved = app
        .practice
        .save(&id, app.declaration())
        .and_then(|()| app.practice.record(&id, &entry).map(|_| ()));
    if let Err(error) = saved {
        app.notice = Some(Notice {
            kind: NoticeKind::Error,
            text: app.tr_args("gui-autosave-failed", &[("error", app.describe_io(&error).into())]),
        });
    }
    app.profile_id = Some(id);
    app.refresh_practice();
}

/// Where exports go, without extension: what the user typed or chose, else beside the save path.
pub fn export_path(app: &App) -> PathBuf {
    match &app.export_path {
        Some(typed) => export_base(Path::new(typed.trim())),
        None => export_base(Path::new(app.save_path.trim())),
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
pub fn with_kind(base: &Path, kind: ExportKind) -> PathBuf {
    let mut name = base.as_os_str().to_owned();
    name.push(".");
    name.push(kind.extension());
    PathBuf::from(name)
}

fn export_to(app: &mut App, kind: ExportKind, path: &Path) {
    if path.as_os_str().is_empty() || path.file_stem().is_none() {
        app.notice = Some(Notice {
            kind: NoticeKind::Error,
            text: app.tr("gui-save-no-path"),
        });
        return;
    }
    let bytes = match kind {
        ExportKind::Pdf => export::pdf(app.declaration(), app.agreement(), app.language, app.options.today)
            .map_err(|e| export_error(app, &e)),
        ExportKind::Calendar => export::calendar(app.declaration(), app.agreement(), app.language, app.options.today)
            .map(String::into_bytes)
            .map_err(|e| export_error(app, &e)),
        ExportKind::Text => Ok(export::conditions_text(app.declaration(), app.language).into_bytes()),
    };
    // A folder typed in the path field that does not exist yet is created, as for the declaration.
    let written = bytes.and_then(|b| {
        let folder_ready = match path.parent() {
            Some(folder) if !folder.as_os_str().is_empty() => std::fs::create_dir_all(folder),
            _ => Ok(()),
        };
        folder_ready
            .and_then(|()| storage::write_atomic(path, &b, Privacy::UserChosen))
            .map_err(|e| app.describe_io(&e))
    });
    app.notice = Some(match written {
        Ok(()) => Notice {
            kind: NoticeKind::Info,
            text: app.tr_args("gui-exported", &[("path", path.display().to_string().into())]),
        },
        Err(error) => Notice {
            kind: NoticeKind::Error,
            text: app.tr_args(
                "gui-save-failed",
                &[("path", path.display().to_string().into()), ("error", error.into())],
            ),
        },
    });
}

/// What was declared when, and what changed: between the last two recorded versions, and between
/// the last recorded version and the declaration on screen.
fn history(app: &App) -> Element<'_, Message> {
    let entries = &app.history;
    if app.profile_id.is_none() || entries.is_empty() {
        return hint(app.tr("gui-history-none"), false);
    }
    let mut list = column![bold(app.tr("gui-history-title")).size(16)].spacing(4);
    for entry in entries {
        // Seconds too: two versions saved in the same minute must not look identical.
        let when = entry.saved_at.format("%d/%m/%Y %H:%M:%S").to_string();
        let line = match (entry.kind, entry.effective_on) {
            (EntryKind::Amendment, Some(on)) => app.tr_args(
                "gui-history-amendment",
                &[
                    ("when", when.into()),
                    ("effective", crate::core::wording::belgian_date(on).into()),
                ],
            ),
            (EntryKind::Registered, Some(on)) => app.tr_args(
                "gui-history-registered",
                &[
                    ("when", when.into()),
                    ("date", crate::core::wording::belgian_date(on).into()),
                ],
            ),
            _ => app.tr_args("gui-history-declaration", &[("when", when.into())]),
        };
        list = list.push(text(line).size(14));
    }
    if let [.., previous, latest] = entries.as_slice() {
        list = list.push(changes(
            app,
            "gui-history-last-change",
            &previous.declaration,
            &latest.declaration,
        ));
    }
    if let Some(latest) = entries.last() {
        list = list.push(changes(
            app,
            "gui-history-since",
            &latest.declaration,
            app.declaration(),
        ));
    }
    list.into()
}

fn changes<'a>(app: &'a App, title: &str, before: &Declaration, after: &Declaration) -> Element<'a, Message> {
    let diff = practice::diff(before, after);
    let mut block = column![bold(app.tr(title)).size(14)].spacing(2);
    if diff.is_empty() {
        block = block.push(hint(app.tr("gui-history-no-change"), false));
    }
    for change in diff {
        block = block.push(text(app.localizer().message(&change.message())).size(13));
    }
    block.into()
}

pub fn view(app: &App) -> Element<'_, Message> {
    let conditions = export::conditions_text(app.declaration(), app.language);
    let report = app.report();
    let status = if report.is_ok() {
        hint(app.tr("gui-review-ready"), false)
    } else {
        hint(app.tr("gui-review-not-ready"), true)
    };
    let field = text_input(&app.path_placeholder(), &app.save_path)
        .id(SAVE_PATH_ID)
        .on_input(Message::SavePathChanged)
        .on_submit(Message::Save)
        .padding(8);
    let save_row = row![
        field,
        focusable(
            button(text(app.tr("gui-save")).size(14))
                .padding([8, 12])
                .style(button::primary)
                .on_press(Message::Save)
        ),
        focusable(
            button(text(app.tr("gui-browse")).size(14))
                .padding([8, 12])
                .style(crate::app::style::quiet_button)
                .on_press(Message::BrowseSave)
        ),
    ]
    .spacing(8)
    .align_y(Alignment::Center);
    let exports = row![focusable(
        button(text(app.tr("gui-copy-conditions")).size(14))
            .padding([8, 12])
            .on_press(Message::CopyConditions)
    ),]
    .spacing(8)
    .wrap();
    let summary = &report.summary;
    let when = column![
        text(
            app.localizer()
                .message(&wording::deadline_summary(app.agreement(), summary))
        )
        .size(14),
        text(app.localizer().message(&wording::effective_summary(summary))).size(14),
    ]
    .spacing(4);
    let export_field = text_input(&app.path_placeholder(), &export_path(app).display().to_string())
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
                button(text(app.tr(key)).size(14))
                    .padding([8, 12])
                    .style(crate::app::style::quiet_button)
                    .on_press(Message::Export(kind))
            ),
            focusable(
                button(text(app.tr("gui-browse")).size(14))
                    .padding([8, 8])
                    .style(crate::app::style::quiet_button)
                    .on_press(Message::BrowseExport(kind))
            ),
        ]
        .spacing(2)
        .into()
    });
    let export_row = column![export_field, row(export_buttons).spacing(12).wrap()].spacing(8);
    let content = column![
        heading(app.tr("gui-review-title")),
        status,
        when,
        bold(app.tr("gui-review-conditions")).size(16),
        container(text(conditions).size(14))
            .padding(12)
            .width(Length::Fill)
            .style(container::rounded_box),
        labelled(app.tr("gui-review-save"), save_row),
        hint(app.tr("gui-review-save-help"), false),
        exports,
        labelled(app.tr("gui-review-export"), export_row),
        hint(app.tr("gui-review-export-help"), false),
        hint(app.tr("gui-review-portal"), false),
        history(app),
    ]
    .spacing(14)
    .max_width(860);
    scrollable(content.padding([0, 12])).into()
}
