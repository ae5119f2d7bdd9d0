//! Start: the agreement in force and its deadline, then open a recent declaration, start a new one,
//! or open an example.

use super::widgets::{bold, heading, hint, labelled};
use super::{App, EXAMPLES, Message, Notice, NoticeKind, Screen, session};
use crate::core::agreement::{self, Agreement};
use crate::core::format;
use crate::core::model::Choice;
use crate::core::practice;
use crate::core::rules;
use crate::core::wording::{belgian_date, days_args};
use chrono::NaiveDate;
use iced::widget::{button, column, container, row, scrollable, text, text_input};
use iced::{Alignment, Element, Length, Task, Theme};
use std::path::PathBuf;

pub const OPEN_PATH_ID: &str = "open-path";
pub const SEARCH_ID: &str = "practice-search";

pub fn update(app: &mut App, message: Message) -> Task<Message> {
    match message {
        Message::NewDeclaration => {
            let blank = session::blank(app.options.today);
            app.edit(|d| *d = blank);
            app.profile_id = None;
            app.save_path_edited = false;
            app.current_file = None;
            app.schedule.clear_selection();
            app.save_path = app.default_save_path().display().to_string();
            app.screen = Screen::Doctor;
        }
        Message::OpenExample(index) => {
            if let Some(Ok(example)) = EXAMPLES.get(index).map(|(_, text)| format::read_declaration(text)) {
                app.edit(|d| *d = example);
                app.profile_id = None;
                app.save_path_edited = false;
                app.current_file = None;
                app.save_path = app.default_save_path().display().to_string();
                app.screen = Screen::Schedule;
            }
        }
        Message::Open(path) => app.open_file(path),
        Message::OpenPathChanged(path) => app.open_path = path,
        Message::BrowseOpen => {
            return Task::perform(
                async {
                    rfd::AsyncFileDialog::new()
                        .add_filter("Conventio", &["json"])
                        .pick_file()
                        .await
                        .map(|handle| handle.path().to_path_buf())
                },
                Message::OpenDialogClosed,
            );
        }
        Message::OpenDialogClosed(Some(path)) => app.open_file(path),
        Message::SearchChanged(search) => {
            app.search = search;
            app.refresh_practice();
        }
        Message::OpenProfile(id) => {
            open_profile(app, &id);
            app.refresh_practice();
        }
        Message::DuplicateProfile(id) => {
            duplicate_profile(app, &id);
            app.refresh_practice();
        }
        Message::OpenDialogClosed(None) => {
            app.notice = Some(Notice {
                kind: NoticeKind::Info,
                text: app.tr("gui-no-dialog-open"),
            });
            return iced::widget::operation::focus(OPEN_PATH_ID);
        }
        _ => {}
    }
    Task::none()
}

fn open_profile(app: &mut App, id: &str) {
    let profile = app.practice.profiles().into_iter().find(|p| p.id == id);
    match profile.map(|p| p.declaration) {
        Some(Ok(declaration)) => {
            app.edit(|d| *d = declaration);
            app.profile_id = Some(id.to_owned());
            app.current_file = None;
            app.schedule.clear_selection();
            app.screen = Screen::Doctor;
        }
        Some(Err(error)) => {
            let text = app.tr_args(
                "gui-open-failed",
                &[
                    ("path", id.to_owned().into()),
                    ("error", error.describe(app.localizer()).into()),
                ],
            );
            app.notice = Some(Notice {
                kind: NoticeKind::Error,
                text,
            });
        }
        None => {}
    }
}

/// A new doctor starting from another doctor's sites and schedule.
fn duplicate_profile(app: &mut App, id: &str) {
    let Some(Ok(source)) = app
        .practice
        .profiles()
        .into_iter()
        .find(|p| p.id == id)
        .map(|p| p.declaration)
    else {
        return;
    };
    let copy = practice::duplicate_for(&source, "", "");
    app.edit(|d| *d = copy);
    app.profile_id = None;
    app.current_file = None;
    app.save_path_edited = false;
    app.screen = Screen::Doctor;
    app.notice = Some(Notice {
        kind: NoticeKind::Info,
        text: app.tr_args("gui-practice-duplicated", &[("name", source.doctor.name.into())]),
    });
}

/// One doctor of the practice as listed on the start screen, checked once when the list is read.
pub struct ListedDoctor {
    pub id: String,
    /// What the list shows, or nothing when the profile cannot be read.
    pub line: Option<DoctorLine>,
}

pub struct DoctorLine {
    pub name: String,
    pub choice: Choice,
    pub errors: usize,
    pub deadline: NaiveDate,
}

impl ListedDoctor {
    pub fn new(profile: practice::Profile, today: NaiveDate) -> ListedDoctor {
        let line = profile.declaration.ok().map(|declaration| {
            let report = rules::check(&declaration, session::agreement_of(&declaration), today);
            DoctorLine {
                errors: report.errors().count(),
                deadline: report.summary.deadline,
                choice: declaration.choice,
                name: declaration.doctor.name,
            }
        });
        ListedDoctor { id: profile.id, line }
    }
}

/// The practice's doctors: choice, check status and deadline, with search, open and duplicate.
fn practice_list(app: &App) -> Element<'_, Message> {
    let title = bold(app.tr("gui-practice-title")).size(18);
    if app.practice_empty {
        return column![title, hint(app.tr("gui-practice-empty"), false)]
            .spacing(8)
            .into();
    }
    let rows = app.listed.iter().map(|doctor| match &doctor.line {
        Some(line) => doctor_row(app, &doctor.id, line),
        None => hint(
            app.tr_args("gui-practice-unreadable", &[("id", doctor.id.clone().into())]),
            true,
        ),
    });
    let search = text_input(&app.tr("gui-practice-search"), &app.search)
        .id(SEARCH_ID)
        .on_input(Message::SearchChanged)
        .padding(6);
    column![title, search, column(rows).spacing(4)].spacing(8).into()
}

fn doctor_row<'a>(app: &'a App, id: &str, doctor: &'a DoctorLine) -> Element<'a, Message> {
    let status = if doctor.errors == 0 {
        app.tr("gui-practice-valid")
    } else {
        app.tr_args("gui-check-errors", &[("count", doctor.errors.into())])
    };
    let line = app.tr_args(
        "gui-practice-line",
        &[
            ("choice", app.tr(&format!("choice-{}", doctor.choice.key())).into()),
            ("status", status.into()),
            ("deadline", belgian_date(doctor.deadline).into()),
        ],
    );
    let row = row![
        column![bold(doctor.name.as_str()).size(15), text(line).size(13)]
            .spacing(2)
            .width(Length::Fill),
        button(text(app.tr("gui-open")).size(13)).on_press(Message::OpenProfile(id.to_owned())),
        button(text(app.tr("gui-practice-duplicate")).size(13))
            .style(super::style::quiet_button)
            .on_press(Message::DuplicateProfile(id.to_owned())),
    ]
    .spacing(8)
    .align_y(Alignment::Center);
    container(row).padding(8).style(container::bordered_box).into()
}

pub fn view(app: &App) -> Element<'_, Message> {
    let actions = column![
        bold(app.tr("gui-start-what")).size(18),
        button(text(app.tr("gui-start-new")).size(16))
            .padding([10, 16])
            .style(button::primary)
            .on_press(Message::NewDeclaration),
        row(EXAMPLES.iter().enumerate().map(|(i, (key, _))| {
            button(text(app.tr(key)).size(14))
                .padding([8, 12])
                .style(super::style::quiet_button)
                .on_press(Message::OpenExample(i))
                .into()
        }))
        .spacing(8),
        continue_draft(app),
        practice_list(app),
        recent(app),
        open_by_path(app),
    ]
    .spacing(14)
    .max_width(720);
    // On a wide screen the page stays a readable width, centred.
    let page = column![banner(app), actions].spacing(24).max_width(1100);
    scrollable(container(page).center_x(Length::Fill).padding([0, 8])).into()
}

fn continue_draft(app: &App) -> Element<'_, Message> {
    let name = &app.declaration().doctor.name;
    if name.is_empty() && app.declaration().slots.is_empty() {
        return column![].into();
    }
    let label = app.tr_args("gui-start-continue", &[("name", name.clone().into())]);
    button(text(label).size(14))
        .padding([8, 12])
        .style(button::success)
        .on_press(Message::GoTo(Screen::Doctor))
        .into()
}

fn recent(app: &App) -> Element<'_, Message> {
    if app.settings.recent.is_empty() {
        return column![].into();
    }
    let items = app.settings.recent.iter().map(|path| {
        button(text(path.display().to_string()).size(14))
            .style(button::text)
            .on_press(Message::Open(path.clone()))
            .into()
    });
    column![bold(app.tr("gui-start-recent")).size(16), column(items).spacing(2)]
        .spacing(6)
        .into()
}

fn open_by_path(app: &App) -> Element<'_, Message> {
    let field = text_input(&app.path_placeholder(), &app.open_path)
        .id(OPEN_PATH_ID)
        .on_input(Message::OpenPathChanged)
        .on_submit(Message::Open(PathBuf::from(app.open_path.trim())))
        .padding(8);
    let open = button(text(app.tr("gui-open")).size(14))
        .padding([8, 12])
        .on_press_maybe((!app.open_path.trim().is_empty()).then(|| Message::Open(PathBuf::from(app.open_path.trim()))));
    let browse = button(text(app.tr("gui-browse")).size(14))
        .padding([8, 12])
        .style(super::style::quiet_button)
        .on_press(Message::BrowseOpen);
    labelled(
        app.tr("gui-start-open-file"),
        row![field, open, browse].spacing(8).align_y(Alignment::Center),
    )
}

/// The agreement in force, its publication, the deadline and what the days left mean.
pub fn banner(app: &App) -> Element<'_, Message> {
    let agreement = agreement::latest();
    let days = agreement::days_left(agreement.deadline.date, app.options.today);
    let title = app.tr_args("agreement-name", &[("id", agreement.id.clone().into())]);
    let published = app.tr_args(
        "gui-banner-published",
        &[
            ("published", belgian_date(agreement.published_on.date).into()),
            ("deadline", belgian_date(agreement.deadline.date).into()),
        ],
    );
    let args = days_args(days);
    let urgent = days < 7;
    let countdown = app.tr_args("gui-banner-days", &args);
    let mut lines = column![heading(title), text(published).size(15)].spacing(6);
    lines = lines.push(text(countdown).size(18).style(move |theme: &Theme| text::Style {
        color: Some(if urgent {
            theme.extended_palette().danger.base.color
        } else {
            theme.extended_palette().success.base.color
        }),
    }));
    if days < 0 {
        lines = lines.push(text(past_deadline(app, agreement)).size(15));
    }
    for window in &agreement.later_windows {
        let left = agreement::days_left(window.until.date, app.options.today);
        let mut args = vec![
            ("until", belgian_date(window.until.date).into()),
            ("kind", window.kind.clone().into()),
        ];
        args.extend(days_args(left));
        lines = lines.push(text(app.tr_args("gui-banner-later-window", &args)).size(15));
        if !window.until.confirmed {
            lines = lines.push(hint(app.tr("gui-banner-unconfirmed"), false));
        }
    }
    container(lines.width(Length::Fill))
        .padding(16)
        .style(container::rounded_box)
        .into()
}

fn past_deadline(app: &App, agreement: &Agreement) -> String {
    app.tr_args(
        "gui-banner-past",
        &[
            ("tacit", agreement.formalities.tacit_adherence.clone().into()),
            ("changes", agreement.formalities.changes.clone().into()),
        ],
    )
}
