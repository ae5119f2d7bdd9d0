//! The practice overview: every doctor of the practice with what the secretary needs before the
//! window closes (choice, window, check, last day, days left) and whether the declaration is
//! registered in ProSanté/ProGezondheid yet; most urgent first, filtered to those still to
//! register, exported as a spreadsheet.

use super::{Action, Context, Event};
use crate::app::widget::focus::focusable;
use crate::app::widget::{bold, heading, hint, labelled};
use crate::core::export;
use crate::core::overview::{self as rows, Filter, registration_text, role_text, status_text};
use crate::core::storage::{self, Privacy};
use crate::core::wording::belgian_date;
use iced::widget::{button, checkbox, column, container, row, scrollable, text, text_input};
use iced::{Alignment, Element, Length, Task};
use std::path::{Path, PathBuf};
use std::sync::Arc;

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
    OnlyUnregistered(bool),
    /// Mark this doctor's current declaration as registered in ProSanté today.
    MarkRegistered(String),
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
}

/// Why a list could not be written.
#[derive(Clone, Debug)]
pub enum WriteFailure {
    /// The PDF could not be made.
    Document(export::ExportError),
    /// The disk refused the file.
    Disk(Arc<std::io::Error>),
}

impl State {
    pub fn update(&mut self, message: Message, ctx: &Context) -> Action<Message> {
        match message {
            Message::OnlyUnregistered(on) => {
                self.only_unregistered = on;
                Action::None
            }
            Message::MarkRegistered(id) => self.mark_registered(ctx, &id),
            Message::ExportPathChanged(path) => {
                self.export_path = path;
                Action::None
            }
            Message::ExportCsv => {
                let bytes = rows::csv(&self.rows, ctx.localizer());
                write(PathBuf::from(self.export_path.trim()), move || Ok(bytes))
            }
            Message::PrintList => self.print_list(ctx),
            Message::Written(path, Ok(())) => ctx
                .info(ctx.tr_args("gui-overview-exported", &[("path", path.display().to_string().into())]))
                .into(),
            Message::Written(_, Err(WriteFailure::Document(_))) => {
                ctx.error(ctx.tr("gui-overview-print-failed")).into()
            }
            Message::Written(path, Err(WriteFailure::Disk(error))) => ctx
                .error(ctx.tr_args(
                    "gui-overview-export-failed",
                    &[
                        ("path", path.display().to_string().into()),
                        ("error", ctx.describe_io(&error).into()),
                    ],
                ))
                .into(),
            Message::UserNameChanged(name) => Event::UserNameChanged(name).into(),
            Message::Open(id) => super::start::open_profile(ctx, &id).map_or(Action::None, Action::Event),
        }
    }

    /// The overview opens: every profile read and checked again, the export path suggested.
    pub fn show(&mut self, ctx: &Context) {
        self.refresh(ctx);
        if self.export_path.is_empty() {
            let name = format!("practice-overview-{}.csv", ctx.today());
            self.export_path = ctx.options.documents_dir.join(name).display().to_string();
        }
    }

    /// Reads and checks every profile again.
    fn refresh(&mut self, ctx: &Context) {
        let agreements = ctx.agreements().with_last_days(&ctx.settings.last_days);
        (self.rows, self.unreadable) = rows::rows(ctx.practice, ctx.today(), &agreements);
    }

    /// Records the mark with the name from the settings (none when the user gave none).
    fn mark_registered(&mut self, ctx: &Context, id: &str) -> Action<Message> {
        let now = chrono::Local::now().naive_local();
        match ctx
            .practice
            .mark_registered(id, ctx.today(), now, ctx.settings.user_name())
        {
            Ok(_) => {
                self.refresh(ctx);
                Event::PracticeChanged.into()
            }
            Err(error) => ctx
                .error(ctx.tr_args(
                    "gui-overview-mark-failed",
                    &[("error", ctx.localizer().message(&error.message()).into())],
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
pub fn pdf_path(export_path: &str) -> PathBuf {
    Path::new(export_path).with_extension("pdf")
}

/// Makes the file's bytes and writes them on a blocking thread: the window keeps drawing.
fn write(path: PathBuf, make: impl FnOnce() -> Result<Vec<u8>, WriteFailure> + Send + 'static) -> Action<Message> {
    Action::Run(Task::perform(
        async move {
            let target = path.clone();
            let written = tokio::task::spawn_blocking(move || {
                let bytes = make()?;
                storage::write_atomic(&target, &bytes, Privacy::Private).map_err(|e| WriteFailure::Disk(Arc::new(e)))
            })
            .await
            .unwrap_or_else(|e| Err(WriteFailure::Disk(Arc::new(std::io::Error::other(e)))));
            (path, written)
        },
        |(path, written)| Message::Written(path, written),
    ))
}

impl State {
    pub fn view<'a>(&'a self, ctx: &Context<'a>) -> Element<'a, Message> {
        let wrap = |m: Message| m;
        let state = self;
        let filter = focusable(
            checkbox(state.only_unregistered)
                .label(ctx.tr("gui-overview-filter"))
                .on_toggle(move |on| wrap(Message::OnlyUnregistered(on))),
        );
        let mut list = column![].spacing(6);
        let shown: Vec<&Row> = state.shown().collect();
        if shown.is_empty() {
            list = list.push(hint(ctx.tr("gui-overview-none"), false));
        }
        for r in shown {
            list = list.push(row_view(ctx, r));
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
        );
        let print = focusable(
            button(text(ctx.tr("gui-overview-print")).size(14))
                .padding([6, 12])
                .on_press_maybe(has_path.then_some(wrap(Message::PrintList))),
        );
        let user_name = text_input(&ctx.tr("gui-overview-user-name-placeholder"), &ctx.settings.user_name)
            .id(USER_NAME_ID)
            .on_input(move |name| wrap(Message::UserNameChanged(name)))
            .padding(6)
            .width(Length::Fixed(320.0));
        let page = column![
            heading(ctx.tr("gui-overview-title")),
            hint(ctx.tr("gui-overview-help"), false),
            labelled(ctx.tr("gui-overview-user-name"), user_name),
            filter,
            list,
            labelled(
                ctx.tr("gui-overview-export-label"),
                row![path, export, print].spacing(8).align_y(Alignment::Center)
            ),
        ]
        .spacing(12)
        .max_width(1100);
        scrollable(container(page).center_x(Length::Fill).padding([0, 8])).into()
    }
}

fn row_view<'a>(ctx: &Context, r: &'a Row) -> Element<'a, Message> {
    let days = match (r.last_day, r.days_left) {
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
        ctx.tr(&format!("window-kind-{}", r.window)),
        status_text(r, ctx.localizer()),
    );
    let saved = r.last_saved.map_or_else(String::new, |t| {
        ctx.tr_args(
            "gui-overview-saved",
            &[("when", t.format("%d/%m/%Y %H:%M").to_string().into())],
        )
    });
    let urgent = r.registered.is_none() && r.days_left.is_some_and(|d| d < 7);
    let mark: Element<'a, Message> = match registration_text(r, ctx.localizer()) {
        Some(line) => text(line).size(13).into(),
        None => focusable(
            button(text(ctx.tr("gui-overview-mark")).size(13))
                .padding([6, 10])
                .style(button::primary)
                .on_press(Message::MarkRegistered(r.id.clone())),
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
            button(text(ctx.tr("gui-open")).size(13))
                .style(crate::app::widget::style::quiet_button)
                .on_press(Message::Open(r.id.clone()))
        ),
    ]
    .spacing(8)
    .align_y(Alignment::Center);
    container(line).padding(8).style(container::bordered_box).into()
}
