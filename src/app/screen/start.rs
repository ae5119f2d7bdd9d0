//! Start: the agreement in force and its deadline, then open a recent declaration, start a new one,
//! or open an example.

use crate::app::focus::focusable;
use crate::app::widgets::{bold, heading, hint, labelled};
use crate::app::{App, EXAMPLES, Message, Notice, NoticeKind, Screen, session};
use crate::core::agreement::{self, Agreement, WindowOnDay, WindowState};
use crate::core::agreement_store;
use crate::core::format;
use crate::core::model::Choice;
use crate::core::practice;
use crate::core::rules;
use crate::core::wording::{self, belgian_date};
use chrono::NaiveDate;
use iced::widget::{button, column, container, row, scrollable, text, text_input};
use iced::{Alignment, Element, Length, Task, Theme};
use std::path::PathBuf;

pub const OPEN_PATH_ID: &str = "open-path";
pub const SEARCH_ID: &str = "practice-search";
/// "New declaration": where the keyboard focus starts.
pub const NEW_ID: &str = "start-new";

pub fn update(app: &mut App, message: Message) -> Task<Message> {
    match message {
        Message::NewDeclaration => {
            let kind = window_for_new(&agreement_in_force(app), app.options.today);
            start_in_window(app, &kind);
        }
        Message::StartInWindow(kind) => start_in_window(app, &kind),
        Message::LastDayTextChanged(kind, text) => {
            app.start.last_day_texts.insert(kind, text);
        }
        Message::SetLastDay(kind, date) => set_last_day(app, &kind, date),
        Message::ImportAgreement => {
            let typed = app.open_path.trim().to_owned();
            if !typed.is_empty() {
                import_agreement(app, std::path::Path::new(&typed));
                return Task::none();
            }
            return Task::perform(
                async {
                    rfd::AsyncFileDialog::new()
                        .add_filter("JSON", &["json"])
                        .pick_file()
                        .await
                        .map(|handle| handle.path().to_path_buf())
                },
                Message::AgreementDialogClosed,
            );
        }
        Message::AgreementDialogClosed(Some(path)) => import_agreement(app, &path),
        Message::AgreementDialogClosed(None) => {
            app.notice = Some(Notice {
                kind: NoticeKind::Info,
                text: app.tr("gui-no-dialog-agreement"),
            });
            return iced::widget::operation::focus(OPEN_PATH_ID);
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
    match app.practice.declaration(id) {
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
    let Some(Ok(source)) = app.practice.declaration(id) else {
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
    /// The last day of the declaration's window, when it has one.
    pub deadline: Option<NaiveDate>,
}

impl ListedDoctor {
    pub fn new(profile: practice::Profile, today: NaiveDate, last_days: &agreement::LastDays) -> ListedDoctor {
        let line = profile.declaration.ok().map(|declaration| {
            let agreement = session::agreement_of(&declaration).with_last_days(last_days);
            let report = rules::check(&declaration, &agreement, today);
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
    let overview = focusable(
        button(text(app.tr("gui-overview-open")).size(14))
            .padding([6, 12])
            .style(crate::app::style::quiet_button)
            .on_press(Message::Overview(super::overview::Message::Show)),
    );
    column![
        row![title, overview].spacing(12).align_y(Alignment::Center),
        search,
        column(rows).spacing(4)
    ]
    .spacing(8)
    .into()
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
            (
                "deadline",
                doctor
                    .deadline
                    .map(belgian_date)
                    .unwrap_or_else(|| "—".to_owned())
                    .into(),
            ),
        ],
    );
    let row = row![
        column![bold(doctor.name.as_str()).size(15), text(line).size(13)]
            .spacing(2)
            .width(Length::Fill),
        focusable(button(text(app.tr("gui-open")).size(13)).on_press(Message::OpenProfile(id.to_owned()))),
        focusable(
            button(text(app.tr("gui-practice-duplicate")).size(13))
                .style(crate::app::style::quiet_button)
                .on_press(Message::DuplicateProfile(id.to_owned()))
        ),
    ]
    .spacing(8)
    .align_y(Alignment::Center);
    container(row).padding(8).style(container::bordered_box).into()
}

pub fn view(app: &App) -> Element<'_, Message> {
    let actions = column![
        bold(app.tr("gui-start-what")).size(18),
        focusable(
            button(text(app.tr("gui-start-new")).size(16))
                .padding([10, 16])
                .style(button::primary)
                .on_press(Message::NewDeclaration)
        )
        .id(NEW_ID),
        row(EXAMPLES.iter().enumerate().map(|(i, (key, _))| {
            focusable(
                button(text(app.tr(key)).size(14))
                    .padding([8, 12])
                    .style(crate::app::style::quiet_button)
                    .on_press(Message::OpenExample(i)),
            )
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
    focusable(
        button(text(label).size(14))
            .padding([8, 12])
            .style(button::success)
            .on_press(Message::GoTo(Screen::Doctor)),
    )
    .into()
}

fn recent(app: &App) -> Element<'_, Message> {
    if app.settings.recent.is_empty() {
        return column![].into();
    }
    let items = app.settings.recent.iter().map(|path| {
        focusable(
            button(text(path.display().to_string()).size(14))
                .style(button::text)
                .on_press(Message::Open(path.clone())),
        )
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
        .style(crate::app::style::quiet_button)
        .on_press(Message::BrowseOpen);
    let add_agreement = button(text(app.tr("gui-agreement-import")).size(13))
        .padding([6, 10])
        .style(crate::app::style::quiet_button)
        .on_press(Message::ImportAgreement);
    labelled(
        app.tr("gui-start-open-file"),
        column![
            row![field, focusable(open), focusable(browse)]
                .spacing(8)
                .align_y(Alignment::Center),
            row![
                focusable(add_agreement),
                hint(app.tr("gui-agreement-import-help"), false)
            ]
            .spacing(8)
            .align_y(Alignment::Center),
        ]
        .spacing(6),
    )
}

/// The start screen's own state: the later last days being typed, per window kind.
#[derive(Default)]
pub struct State {
    last_day_texts: std::collections::BTreeMap<String, String>,
}

impl State {
    pub fn last_day_text(&self, kind: &str) -> &str {
        self.last_day_texts.get(kind).map_or("", String::as_str)
    }
}

/// The id of a window's last-day field, for focus and tests.
pub fn last_day_field_id(kind: &str) -> String {
    format!("last-day-{kind}")
}

/// The agreement in force today, with the last days the user set.
pub fn agreement_in_force(app: &App) -> Agreement {
    agreement::current(app.options.today).with_last_days(&app.settings.last_days)
}

/// The window a new declaration starts in: the first one open today in which a refusal or partial
/// adherence can be registered by anyone (not the newly recognised doctors' own, not an amendment);
/// else the initial window, for a doctor whose own 30 days may still run.
pub fn window_for_new(agreement: &Agreement, today: NaiveDate) -> String {
    agreement
        .windows_on(today, None)
        .into_iter()
        .find(|seen| {
            seen.state == WindowState::Open && seen.last_day.is_some() && seen.window.allows.contains(&Choice::Refusal)
        })
        .map_or_else(
            || agreement::INITIAL.to_owned(),
            |seen| seen.window.declared_kind().to_owned(),
        )
}

/// A new declaration in a window: for an amendment the choice is partial adherence, the only one
/// an amendment can declare.
pub fn start_in_window(app: &mut App, kind: &str) {
    let mut blank = session::blank(app.options.today);
    blank.window = Some(kind.to_owned());
    if kind == "amendment" {
        blank.choice = Choice::Partial;
    }
    app.edit(|d| *d = blank);
    app.profile_id = None;
    app.save_path_edited = false;
    app.current_file = None;
    app.schedule.clear_selection();
    app.save_path = app.default_save_path().display().to_string();
    app.screen = Screen::Doctor;
}

/// Sets (or with `None` removes) the user's last day for a window, after checking it.
fn set_last_day(app: &mut App, kind: &str, date: Option<NaiveDate>) {
    let agreement = agreement_in_force(app);
    if let (Some(date), Some(window)) = (date, agreement.window(kind))
        && let Err(error) = agreement::check_user_last_day(window, date)
    {
        let text = match error {
            agreement::LastDayError::BeforePublished(published) => app.tr_args(
                "gui-last-day-before-published",
                &[("published", belgian_date(published).into())],
            ),
            agreement::LastDayError::NoFixedLastDay => app.tr("gui-last-day-none"),
        };
        app.notice = Some(Notice {
            kind: NoticeKind::Error,
            text,
        });
        return;
    }
    app.settings.last_days.set(&agreement.id, kind, date);
    app.start.last_day_texts.remove(kind);
    app.session.set_last_days(app.settings.last_days.clone());
    app.save_settings();
    app.refresh_practice();
    let text = match date {
        Some(date) => app.tr_args("gui-last-day-set", &[("date", belgian_date(date).into())]),
        None => app.tr("gui-last-day-reset"),
    };
    app.notice = Some(Notice {
        kind: NoticeKind::Info,
        text,
    });
}

/// Adds an agreement from a file; the app uses it at once.
fn import_agreement(app: &mut App, path: &std::path::Path) {
    let folder = app.options.data_dir.join("agreements");
    match agreement_store::import(path, &folder, agreement::catalog()) {
        Ok(imported) => {
            agreement::reload(agreement_store::load_all(&folder));
            app.session.set_last_days(app.settings.last_days.clone());
            let id = if imported.replaced {
                "cli-agreement-replaced"
            } else {
                "cli-agreement-added"
            };
            let text = app.tr_args(
                id,
                &[
                    ("id", imported.id.into()),
                    ("path", imported.path.display().to_string().into()),
                ],
            );
            app.notice = Some(Notice {
                kind: NoticeKind::Info,
                text,
            });
        }
        Err(error) => {
            let text = app.tr_args(
                "cli-agreement-refused",
                &[
                    ("path", path.display().to_string().into()),
                    ("error", error.describe(app.localizer()).into()),
                ],
            );
            app.notice = Some(Notice {
                kind: NoticeKind::Error,
                text,
            });
        }
    }
}

/// "What can I still do today?": the agreement in force and each of its declaration windows with
/// its state on today's date, what it allows, whether its date is confirmed, and the action that
/// fits.
pub fn banner(app: &App) -> Element<'_, Message> {
    let agreement = agreement_in_force(app);
    let today = app.options.today;
    let title = app.tr_args("agreement-name", &[("id", agreement.id.clone().into())]);
    let published = app.tr_args(
        "gui-banner-published-on",
        &[
            ("published", belgian_date(agreement.published_on.date).into()),
            ("today", belgian_date(today).into()),
        ],
    );
    let mut lines = column![heading(title), text(published).size(15)].spacing(10);
    let windows = agreement.windows_on(today, None);
    // The open window whose last day comes first is what matters today: it gets the card; the other
    // windows (later ones, amendments, closed ones) one line each.
    let urgent = windows
        .iter()
        .filter(|seen| seen.state == WindowState::Open)
        .filter(|seen| seen.last_day.is_some())
        .min_by_key(|seen| seen.last_day);
    if let Some(seen) = urgent {
        lines = lines.push(window_card(app, &agreement, seen));
    }
    for seen in windows
        .iter()
        .filter(|seen| Some(seen.window.kind.as_str()) != urgent.map(|u| u.window.kind.as_str()))
    {
        lines = lines.push(window_other_line(app, &agreement, seen));
    }
    container(lines.width(Length::Fill))
        .padding(16)
        .style(container::rounded_box)
        .into()
}

/// An open window: what it is for, until when, the days left, and its button.
fn window_card<'a>(app: &'a App, agreement: &Agreement, seen: &WindowOnDay) -> Element<'a, Message> {
    let l = app.localizer();
    let window = seen.window;
    let title = l.message(&wording::window_title(agreement, window));
    let line = wording::capitalised(l.message(&wording::window_line_short(agreement, seen)));
    let effective = match window.effective {
        agreement::Effective::FromRegistration { .. } => None,
        _ => agreement.effective_on(window, app.options.today),
    };
    let urgent = seen.days_left.is_some_and(|days| days < 7);
    let mut card = column![
        bold(title).size(17),
        text(line).size(15).style(move |theme: &Theme| text::Style {
            color: Some(if urgent {
                theme.extended_palette().danger.base.color
            } else {
                theme.extended_palette().success.base.color
            }),
        }),
    ]
    .spacing(6);
    if let Some(date) = effective {
        card = card.push(text(app.tr_args("gui-window-effective", &[("date", belgian_date(date).into())])).size(14));
    }
    if !window.confirmed && !window.last_day_set_by_user() {
        card = card.push(hint(app.tr("gui-banner-unconfirmed"), false));
    }
    let kind = window.declared_kind().to_owned();
    let action =
        button(text(app.tr_args("gui-window-start", &[("window", title_arg(app, agreement, window))])).size(15))
            .padding([8, 14])
            .style(button::primary)
            .on_press(Message::StartInWindow(kind));
    card = card.push(focusable(action));
    if seen.last_day.is_some() && !matches!(window.last_day, Some(agreement::LastDay::DaysAfterRecognition(_))) {
        card = card.push(last_day_editor(app, window));
    }
    container(card)
        .padding(12)
        .style(container::bordered_box)
        .width(Length::Fill)
        .into()
}

fn title_arg(app: &App, agreement: &Agreement, window: &agreement::Window) -> crate::core::i18n::Arg {
    app.localizer().message(&wording::window_name(agreement, window)).into()
}

/// Any other window in one line; an open one with its button, a user-set last day with its editor.
fn window_other_line<'a>(app: &'a App, agreement: &Agreement, seen: &WindowOnDay) -> Element<'a, Message> {
    let line = app.localizer().message(&wording::window_line(agreement, seen));
    let mut first = row![text(line).size(14).width(Length::Fill)]
        .spacing(8)
        .align_y(Alignment::Center);
    if seen.state == WindowState::Open {
        let kind = seen.window.declared_kind().to_owned();
        first = first.push(focusable(
            button(text(app.tr("gui-window-start-short")).size(13))
                .padding([6, 10])
                .style(crate::app::style::quiet_button)
                .on_press(Message::StartInWindow(kind)),
        ));
    }
    let mut lines = column![first].spacing(4);
    if seen.window.last_day_set_by_user() {
        lines = lines.push(last_day_editor(app, seen.window));
    }
    lines.into()
}

/// "Last day announced later by INAMI": the user's own last day for a window, or back to the
/// published one.
fn last_day_editor<'a>(app: &'a App, window: &agreement::Window) -> Element<'a, Message> {
    let kind = window.kind.clone();
    let typed = app.start.last_day_text(&kind);
    let date = super::doctor::parse_belgian_date(typed);
    let field = text_input(&app.tr("gui-date-placeholder"), typed)
        .id(last_day_field_id(&kind))
        .on_input({
            let kind = kind.clone();
            move |text| Message::LastDayTextChanged(kind.clone(), text)
        })
        .on_submit_maybe(date.map(|date| Message::SetLastDay(kind.clone(), Some(date))))
        .padding(6)
        .width(150);
    let apply = button(text(app.tr("gui-last-day-apply")).size(13))
        .padding([6, 10])
        .style(crate::app::style::quiet_button)
        .on_press_maybe(date.map(|date| Message::SetLastDay(kind.clone(), Some(date))));
    let mut controls = row![text(app.tr("gui-last-day-label")).size(13), field, focusable(apply)]
        .spacing(8)
        .align_y(Alignment::Center);
    if window.last_day_set_by_user() {
        controls = controls.push(focusable(
            button(text(app.tr("gui-last-day-reset-button")).size(13))
                .padding([6, 10])
                .style(crate::app::style::quiet_button)
                .on_press(Message::SetLastDay(kind.clone(), None)),
        ));
    }
    let invalid = !typed.trim().is_empty() && date.is_none();
    column![
        controls,
        hint(
            app.tr(if invalid {
                "gui-date-invalid"
            } else {
                "gui-last-day-help"
            }),
            invalid
        )
    ]
    .spacing(2)
    .into()
}
