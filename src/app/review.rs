//! Review and export: the conditions as they will be declared, then save the declaration file, copy
//! the text for the portal, or write the PDF and calendar.

use super::widgets::{bold, heading, hint, labelled};
use super::{App, ExportKind, Message, Notice, NoticeKind};
use crate::core::export;
use crate::core::format;
use crate::core::model::Declaration;
use crate::core::practice::{self, EntryKind, HistoryEntry};
use crate::core::storage::{self, Privacy};
use iced::widget::{button, column, container, row, scrollable, text, text_input};
use iced::{Alignment, Element, Length, Task};
use std::path::{Path, PathBuf};

pub const SAVE_PATH_ID: &str = "save-path";

pub fn update(app: &mut App, message: Message) -> Task<Message> {
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
        Message::Export(kind) => export_beside(app, kind),
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
            let _ = app.settings.save_to(&app.options.settings_path);
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
                        ("error", error.to_string().into()),
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
    };
    let saved = app
        .practice
        .save(&id, app.declaration())
        .and_then(|()| app.practice.record(&id, &entry).map(|_| ()));
    if let Err(error) = saved {
        app.notice = Some(Notice {
            kind: NoticeKind::Error,
            text: app.tr_args("gui-autosave-failed", &[("error", error.to_string().into())]),
        });
    }
    app.profile_id = Some(id);
    app.refresh_practice();
}

fn export_beside(app: &mut App, kind: ExportKind) {
    let base = PathBuf::from(app.save_path.trim());
    let path = base.with_extension(kind.extension());
    let bytes = match kind {
        ExportKind::Pdf => export::pdf(app.declaration(), app.language, app.options.today).map_err(|e| e.to_string()),
        ExportKind::Calendar => export::calendar(app.declaration(), app.language, app.options.today)
            .map(String::into_bytes)
            .map_err(|e| e.to_string()),
        ExportKind::Text => Ok(export::conditions_text(app.declaration(), app.language).into_bytes()),
    };
    let written = bytes.and_then(|b| storage::write_atomic(&path, &b, Privacy::UserChosen).map_err(|e| e.to_string()));
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
        let when = entry.saved_at.format("%d/%m/%Y %H:%M").to_string();
        let line = match (entry.kind, entry.effective_on) {
            (EntryKind::Amendment, Some(on)) => app.tr_args(
                "gui-history-amendment",
                &[
                    ("when", when.into()),
                    ("effective", crate::core::wording::belgian_date(on).into()),
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
    let report = app.session.report();
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
        button(text(app.tr("gui-save")).size(14))
            .padding([8, 12])
            .style(button::primary)
            .on_press(Message::Save),
        button(text(app.tr("gui-browse")).size(14))
            .padding([8, 12])
            .style(super::style::quiet_button)
            .on_press(Message::BrowseSave),
    ]
    .spacing(8)
    .align_y(Alignment::Center);
    let exports = row![
        button(text(app.tr("gui-copy-conditions")).size(14))
            .padding([8, 12])
            .on_press(Message::CopyConditions),
        button(text(app.tr("gui-export-pdf")).size(14))
            .padding([8, 12])
            .style(super::style::quiet_button)
            .on_press(Message::Export(ExportKind::Pdf)),
        button(text(app.tr("gui-export-calendar")).size(14))
            .padding([8, 12])
            .style(super::style::quiet_button)
            .on_press(Message::Export(ExportKind::Calendar)),
        button(text(app.tr("gui-export-text")).size(14))
            .padding([8, 12])
            .style(super::style::quiet_button)
            .on_press(Message::Export(ExportKind::Text)),
    ]
    .spacing(8)
    .wrap();
    let content = column![
        heading(app.tr("gui-review-title")),
        status,
        bold(app.tr("gui-review-conditions")).size(16),
        container(text(conditions).size(14))
            .padding(12)
            .width(Length::Fill)
            .style(container::rounded_box),
        labelled(app.tr("gui-review-save"), save_row),
        hint(app.tr("gui-review-save-help"), false),
        exports,
        hint(app.tr("gui-review-portal"), false),
        history(app),
    ]
    .spacing(14)
    .max_width(860);
    scrollable(content.padding([0, 12])).into()
}
