//! The practice overview: every doctor of the practice with what the secretary needs before the
//! window closes (choice, window, check, last day, days left) and whether the declaration is
//! registered in ProSanté/ProGezondheid yet; most urgent first, filtered to those still to
//! register, exported as a spreadsheet.

use crate::app::focus::focusable;
use crate::app::widgets::{bold, heading, hint, labelled};
use crate::app::{App, Notice, NoticeKind, session};
use crate::core::agreement;
use crate::core::model::{Choice, Role};
use crate::core::practice::{self, Profile};
use crate::core::rules;
use crate::core::storage::{self, Privacy};
use crate::core::wording::belgian_date;
use chrono::{NaiveDate, NaiveDateTime};
use iced::widget::{button, checkbox, column, container, row, scrollable, text, text_input};
use iced::{Alignment, Element, Length, Task};
use std::path::Path;

/// The CSV path field (tests find it).
pub const EXPORT_PATH_ID: &str = "overview-export-path";

/// One doctor's line of the overview.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub id: String,
    pub name: String,
    pub inami: String,
    pub role: Option<Role>,
    pub choice: Choice,
    pub window: String,
    pub errors: usize,
    pub warnings: usize,
    /// When the profile file was last written.
    pub last_saved: Option<NaiveDateTime>,
    pub last_day: Option<NaiveDate>,
    pub days_left: Option<i64>,
    /// When the current declaration was registered in ProSanté, and by whom (when known).
    pub registered: Option<(NaiveDate, Option<String>)>,
}

impl Row {
    fn of(
        practice: &practice::Practice,
        profile: Profile,
        today: NaiveDate,
        last_days: &agreement::LastDays,
    ) -> Option<Row> {
        let declaration = profile.declaration.ok()?;
        let agreement = session::agreement_of(&declaration).with_last_days(last_days);
        let report = rules::check(&declaration, &agreement, today);
        Some(Row {
            registered: practice.registration(&profile.id, &declaration),
            last_saved: modified(&profile.path),
            name: declaration.doctor.name.clone(),
            inami: declaration.doctor.inami.clone(),
            role: declaration.role(),
            choice: declaration.choice,
            window: declaration.window_kind().to_owned(),
            errors: report.errors().count(),
            warnings: report.warnings().count(),
            last_day: report.summary.deadline,
            days_left: report.summary.deadline.map(|d| agreement::days_left(d, today)),
            id: profile.id,
        })
    }
}

fn modified(path: &Path) -> Option<NaiveDateTime> {
    let time = std::fs::metadata(path).and_then(|m| m.modified()).ok()?;
    let local: chrono::DateTime<chrono::Local> = time.into();
    Some(local.naive_local())
}

/// Most urgent first: not yet registered before registered, then the fewest days left (no last
/// day at the end), then by name.
pub fn sort_by_urgency(rows: &mut [Row]) {
    rows.sort_by(|a, b| {
        let key = |r: &Row| {
            (
                r.registered.is_some(),
                r.days_left.is_none(),
                r.days_left.unwrap_or(i64::MAX),
            )
        };
        key(a).cmp(&key(b)).then_with(|| a.name.cmp(&b.name))
    });
}

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
        self.rows
            .iter()
            .filter(move |r| !self.only_unregistered || r.registered.is_none())
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
        Message::ExportCsv => export(app),
    }
    Task::none()
}

/// Reads and checks every profile again.
pub fn refresh(app: &mut App) {
    let mut rows = Vec::new();
    let mut unreadable = Vec::new();
    for profile in app.practice.profiles() {
        let id = profile.id.clone();
        match Row::of(&app.practice, profile, app.options.today, &app.settings.last_days) {
            Some(row) => rows.push(row),
            None => unreadable.push(id),
        }
    }
    sort_by_urgency(&mut rows);
    app.overview.rows = rows;
    app.overview.unreadable = unreadable;
}

/// The settings have no user name yet, so the mark records no name (`set_by` stays empty).
fn mark_registered(app: &mut App, id: &str) {
    let Some(Ok(declaration)) = app.practice.declaration(id) else {
        return;
    };
    let today = app.options.today;
    let now = chrono::Local::now().naive_local();
    match app.practice.mark_registered(id, &declaration, today, now, None) {
        Ok(_) => refresh(app),
        Err(error) => {
            app.notice = Some(Notice {
                kind: NoticeKind::Error,
                text: app.tr_args("gui-overview-mark-failed", &[("error", app.describe_io(&error).into())]),
            });
        }
    }
}

/// The overview as a spreadsheet Excel opens on a Belgian Windows: `;`, BOM, one row a doctor
/// (all doctors, whatever the filter), in the interface language.
pub fn csv(app: &App, rows: &[Row]) -> Vec<u8> {
    let mut writer = csv::WriterBuilder::new()
        .delimiter(b';')
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::from("\u{feff}".as_bytes()));
    let header = [
        "gui-overview-name",
        "gui-overview-inami",
        "gui-overview-role",
        "gui-overview-choice",
        "gui-overview-window",
        "gui-overview-status",
        "gui-overview-last-saved",
        "gui-overview-last-day",
        "gui-overview-days-left",
        "gui-overview-registered-on",
        "gui-overview-registered-by",
    ]
    .map(|id| app.tr(id));
    let _ = writer.write_record(&header);
    for r in rows {
        let record = [
            r.name.clone(),
            r.inami.clone(),
            role_text(app, r.role),
            app.tr(&format!("choice-{}", r.choice.key())),
            app.tr(&format!("window-kind-{}", r.window)),
            status_text(app, r),
            r.last_saved
                .map(|t| t.format("%d/%m/%Y %H:%M").to_string())
                .unwrap_or_default(),
            r.last_day.map(belgian_date).unwrap_or_default(),
            r.days_left.map(|d| d.to_string()).unwrap_or_default(),
            r.registered
                .as_ref()
                .map(|(on, _)| belgian_date(*on))
                .unwrap_or_default(),
            r.registered.as_ref().and_then(|(_, by)| by.clone()).unwrap_or_default(),
        ];
        let _ = writer.write_record(&record);
    }
    writer.into_inner().unwrap_or_default()
}

fn export(app: &mut App) {
    let path = std::path::PathBuf::from(app.overview.export_path.trim());
    let bytes = csv(app, &app.overview.rows);
    let text = match storage::write_atomic(&path, &bytes, Privacy::Private) {
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
    app.notice = Some(text);
}

fn role_text(app: &App, role: Option<Role>) -> String {
    role.map_or_else(|| "—".to_owned(), |r| app.tr(&format!("role-{}", r.key())))
}

fn status_text(app: &App, r: &Row) -> String {
    match (r.errors, r.warnings) {
        (0, 0) => app.tr("gui-practice-valid"),
        (0, w) => app.tr_args("gui-overview-warnings", &[("count", w.into())]),
        (e, _) => app.tr_args("gui-check-errors", &[("count", e.into())]),
    }
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
    let path = text_input(&app.path_placeholder(), &state.export_path)
        .id(EXPORT_PATH_ID)
        .on_input(move |p| wrap(Message::ExportPathChanged(p)))
        .padding(6);
    let export = focusable(
        button(text(app.tr("gui-overview-export")).size(14))
            .padding([6, 12])
            .on_press_maybe((!state.export_path.trim().is_empty()).then_some(wrap(Message::ExportCsv))),
    );
    let page = column![
        heading(app.tr("gui-overview-title")),
        hint(app.tr("gui-overview-help"), false),
        filter,
        list,
        labelled(
            app.tr("gui-overview-export-label"),
            row![path, export].spacing(8).align_y(Alignment::Center)
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
        role_text(app, r.role),
        app.tr(&format!("choice-{}", r.choice.key())),
        app.tr(&format!("window-kind-{}", r.window)),
        status_text(app, r),
    );
    let saved = r.last_saved.map_or_else(String::new, |t| {
        app.tr_args(
            "gui-overview-saved",
            &[("when", t.format("%d/%m/%Y %H:%M").to_string().into())],
        )
    });
    let urgent = r.registered.is_none() && r.days_left.is_some_and(|d| d < 7);
    let mark: Element<'_, crate::app::Message> = match &r.registered {
        Some((on, by)) => {
            let by = by.clone().unwrap_or_default();
            let line = if by.is_empty() {
                app.tr_args("gui-overview-registered", &[("date", belgian_date(*on).into())])
            } else {
                app.tr_args(
                    "gui-overview-registered-by-name",
                    &[("date", belgian_date(*on).into()), ("name", by.into())],
                )
            };
            text(line).size(13).into()
        }
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
                .on_press(crate::app::Message::OpenProfile(r.id.clone()))
        ),
    ]
    .spacing(8)
    .align_y(Alignment::Center);
    container(line).padding(8).style(container::bordered_box).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(name: &str, days_left: Option<i64>, registered: bool) -> Row {
        let day = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap_or_default();
        Row {
            id: name.to_lowercase(),
            name: name.into(),
            inami: String::new(),
            role: None,
            choice: Choice::Full,
            window: "second-year".into(),
            errors: 0,
            warnings: 0,
            last_saved: None,
            last_day: None,
            days_left,
            registered: registered.then_some((day, None)),
        }
    }

    #[test]
    fn urgency_puts_unregistered_first_then_fewest_days_left_and_unknown_last_day_at_the_end() {
        let mut rows = vec![
            row("Alice", None, false),
            row("Bruno", Some(3), true),
            row("Chloé", Some(21), false),
            row("David", Some(-2), false),
            row("Emma", Some(21), false),
        ];
        sort_by_urgency(&mut rows);
        let names: Vec<&str> = rows.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, ["David", "Chloé", "Emma", "Alice", "Bruno"]);
    }
}
