//! The practice overview: every doctor of the practice with what the secretary needs before the
//! window closes (choice, window, check, last day, days left) and whether the declaration is
//! registered in ProSanté/ProGezondheid yet; most urgent first, filtered to those still to
//! register, exported as a spreadsheet.

use crate::app::focus::focusable;
use crate::app::widgets::{bold, heading, hint, labelled};
use crate::app::{App, Notice, NoticeKind};
use crate::core::export;
use crate::core::overview::{self as rows, Filter, registration_text, role_text, status_text};
use crate::core::storage::{self, Privacy};
use crate::core::wording::belgian_date;
use iced::widget::{button, checkbox, column, container, row, scrollable, text, text_input};
use iced::{Alignment, Element, Length, Task};
use std::path::{Path, PathBuf};

pub use crate::core::overview::{Row, sort_by_urgency};

/// The CSV path field (tests find it).
pub const EXPORT_PATH_ID: &str = "overview-export-path";
/// The user's name field.
pub const USER_NAME_ID: &str = "overview-user-name";

/// The overview's state, kept by the app.
#[derive(Default)]
pub struct State {
    pub rows: Vec<Row>,
    /// Profiles that could not be read, by id: listed, never hidden.
    pub unreadable: Vec<String>,
    pub only_unregistered: bool,
    pub export_path: String,
}

impl State {
    /// The rows the filter lets through, in urgency order.
    pub fn shown(&self) -> impl Iterator<Item = &Row> {
        let filter = self.filter();
        self.rows.iter().filter(move |r| filter.keeps(r))
    }

    pub fn filter(&self) -> Filter {
        if self.only_unregistered {
            Filter::StillToRegister
        } else {
            Filter::All
        }
    }
}

#[derive(Clone, Debug)]
pub enum Message {
    /// Open the overview (from the start screen).
    Show,
    OnlyUnregistered(bool),
    /// Mark this doctor's current declaration as registered in ProSanté today.
    MarkRegistered(String),
    ExportPathChanged(String),
    ExportCsv,
    /// The overview as a PDF list beside the CSV path (same name, `.pdf`), filtered as shown.
    PrintList,
    /// The user's name as typed: kept in the settings, recorded with the next marks.
    UserNameChanged(String),
}

pub fn update(app: &mut App, message: Message) -> Task<crate::app::Message> {
    match message {
        Message::Show => {
            refresh(app);
            if app.overview.export_path.is_empty() {
                let name = format!("practice-overview-{}.csv", app.options.today);
                app.overview.export_path = app.options.documents_dir.join(name).display().to_string();
            }
            app.screen = crate::app::Screen::Overview;
        }
        Message::OnlyUnregistered(on) => app.overview.only_unregistered = on,
        Message::MarkRegistered(id) => mark_registered(app, &id),
        Message::ExportPathChanged(path) => app.overview.export_path = path,
        Message::ExportCsv => export_csv(app),
        Message::PrintList => print_list(app),
        Message::UserNameChanged(name) => {
            app.settings.set_user_name(&name);
            // Through the app's guarded save: a newer version's settings file is never overwritten.
            app.save_settings();
        }
    }
    Task::none()
}

/// Reads and checks every profile again.
pub fn refresh(app: &mut App) {
    let (rows, unreadable) = rows::rows(&app.practice, app.options.today, &app.settings.last_days);
    app.overview.rows = rows;
    app.overview.unreadable = unreadable;
}

/// Records the mark with the name from the settings (none when the user gave none).
fn mark_registered(app: &mut App, id: &str) {
    let Some(Ok(declaration)) = app.practice.declaration(id) else {
        return;
    };
    let today = app.options.today;
    let now = chrono::Local::now().naive_local();
    let set_by = app.settings.user_name().map(str::to_owned);
    match app.practice.mark_registered(id, &declaration, today, now, set_by) {
        Ok(_) => refresh(app),
        Err(error) => {
            app.notice = Some(Notice {
                kind: NoticeKind::Error,
                text: app.tr_args("gui-overview-mark-failed", &[("error", app.describe_io(&error).into())]),
            });
        }
    }
}

fn export_csv(app: &mut App) {
    let path = PathBuf::from(app.overview.export_path.trim());
    let bytes = rows::csv(&app.overview.rows, app.localizer());
    write(app, &path, &bytes);
}

/// The list goes beside the spreadsheet: the export path with `.pdf` for its extension.
fn print_list(app: &mut App) {
    let path = pdf_path(app.overview.export_path.trim());
    let state = &app.overview;
    match export::overview_pdf(
        &state.rows,
        &state.unreadable,
        state.filter(),
        app.options.today,
        app.language,
    ) {
        Ok(bytes) => write(app, &path, &bytes),
        Err(_) => {
            app.notice = Some(Notice {
                kind: NoticeKind::Error,
                text: app.tr("gui-overview-print-failed"),
            });
        }
    }
}

/// `…/practice-overview.csv` → `…/practice-overview.pdf`; a path without extension gains one.
pub fn pdf_path(export_path: &str) -> PathBuf {
    Path::new(export_path).with_extension("pdf")
}

fn write(app: &mut App, path: &Path, bytes: &[u8]) {
    let notice = match storage::write_atomic(path, bytes, Privacy::Private) {
        Ok(()) => Notice {
            kind: NoticeKind::Info,
            text: app.tr_args("gui-overview-exported", &[("path", path.display().to_string().into())]),
        },
        Err(error) => Notice {
            kind: NoticeKind::Error,
            text: app.tr_args(
                "gui-overview-export-failed",
                &[
                    ("path", path.display().to_string().into()),
                    ("error", app.describe_io(&error).into()),
                ],
            ),
        },
    };
    app.notice = Some(notice);
}

pub fn view(app: &App) -> Element<'_, crate::app::Message> {
    let wrap = crate::app::Message::Overview;
    let state = &app.overview;
    let filter = focusable(
        checkbox(state.only_unregistered)
            .label(app.tr("gui-overview-filter"))
            .on_toggle(move |on| wrap(Message::OnlyUnregistered(on))),
    );
    let mut list = column![].spacing(6);
    let shown: Vec<&Row> = state.shown().collect();
    if shown.is_empty() {
        list = list.push(hint(app.tr("gui-overview-none"), false));
    }
    for r in shown {
        list = list.push(row_view(app, r));
    }
    for id in &state.unreadable {
        list = list.push(hint(
            app.tr_args("gui-practice-unreadable", &[("id", id.clone().into())]),
            true,
        ));
    }
    let path = text_input(&app.tr("gui-path-placeholder"), &state.export_path)
        .id(EXPORT_PATH_ID)
        .on_input(move |p| wrap(Message::ExportPathChanged(p)))
        .padding(6);
    let has_path = !state.export_path.trim().is_empty();
    let export = focusable(
        button(text(app.tr("gui-overview-export")).size(14))
            .padding([6, 12])
            .on_press_maybe(has_path.then_some(wrap(Message::ExportCsv))),
    );
    let print = focusable(
        button(text(app.tr("gui-overview-print")).size(14))
            .padding([6, 12])
            .on_press_maybe(has_path.then_some(wrap(Message::PrintList))),
    );
    let user_name = text_input(&app.tr("gui-overview-user-name-placeholder"), &app.settings.user_name)
        .id(USER_NAME_ID)
        .on_input(move |name| wrap(Message::UserNameChanged(name)))
        .padding(6)
        .width(Length::Fixed(320.0));
    let page = column![
        heading(app.tr("gui-overview-title")),
        hint(app.tr("gui-overview-help"), false),
        labelled(app.tr("gui-overview-user-name"), user_name),
        filter,
        list,
        labelled(
            app.tr("gui-overview-export-label"),
            row![path, export, print].spacing(8).align_y(Alignment::Center)
        ),
    ]
    .spacing(12)
    .max_width(1100);
    scrollable(container(page).center_x(Length::Fill).padding([0, 8])).into()
}

fn row_view<'a>(app: &'a App, r: &'a Row) -> Element<'a, crate::app::Message> {
    let days = match (r.last_day, r.days_left) {
        (Some(day), Some(left)) if left < 0 => app.tr_args(
            "gui-overview-overdue",
            &[("date", belgian_date(day).into()), ("days", (-left).into())],
        ),
        (Some(day), Some(left)) => app.tr_args(
            "gui-overview-deadline",
            &[("date", belgian_date(day).into()), ("days", left.into())],
        ),
        _ => app.tr("gui-overview-no-deadline"),
    };
    let facts = format!(
        "{} · {} · {} · {} · {}",
        if r.inami.is_empty() { "—" } else { r.inami.as_str() },
        role_text(r.role, app.localizer()),
        app.tr(&format!("choice-{}", r.choice.key())),
        app.tr(&format!("window-kind-{}", r.window)),
        status_text(r, app.localizer()),
    );
    let saved = r.last_saved.map_or_else(String::new, |t| {
        app.tr_args(
            "gui-overview-saved",
            &[("when", t.format("%d/%m/%Y %H:%M").to_string().into())],
        )
    });
    let urgent = r.registered.is_none() && r.days_left.is_some_and(|d| d < 7);
    let mark: Element<'_, crate::app::Message> = match registration_text(r, app.localizer()) {
        Some(line) => text(line).size(13).into(),
        None => focusable(
            button(text(app.tr("gui-overview-mark")).size(13))
                .padding([6, 10])
                .style(button::primary)
                .on_press(crate::app::Message::Overview(Message::MarkRegistered(r.id.clone()))),
        )
        .into(),
    };
    let line = row![
        column![
            bold(r.name.as_str()).size(15),
            text(facts).size(13),
            hint(days, urgent),
            text(saved).size(12),
        ]
        .spacing(2)
        .width(Length::Fill),
        mark,
        focusable(
            button(text(app.tr("gui-open")).size(13))
                .style(crate::app::style::quiet_button)
                .on_press(crate::app::Message::Start(super::start::Message::OpenProfile(
                    r.id.clone()
                )))
        ),
    ]
    .spacing(8)
    .align_y(Alignment::Center);
    container(line).padding(8).style(container::bordered_box).into()
}
