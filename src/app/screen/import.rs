//! Import into the schedule step: a calendar (.ics) or a spreadsheet (.csv) read into a
//! [`Proposal`], shown slot by slot with its status and a checkbox, then the chosen slots added
//! through one session edit, so one undo takes the whole import back.
//!
//! The file is read once; changing the week proposes again from the same bytes, so the user can
//! look for the week that holds the agenda's single events without picking the file again.

use super::schedule::Edit;
use crate::app::focus::focusable;
use crate::app::widgets::{bold, hint, labelled};
use crate::app::{App, Notice, NoticeKind, session};
use crate::core::import::{self, ImportError, Origin, Proposal, csv::CsvOptions, ics::IcsOptions};
use crate::core::wording::belgian_date;
use chrono::{Duration, NaiveDate};
use iced::widget::{button, checkbox, column, container, row, scrollable, text, text_input};
use iced::{Alignment, Element, Length, Task};
use std::path::{Path, PathBuf};

/// The import panel's path field (focus goes there when no file dialog is available).
pub const PATH_ID: &str = "import-path";
/// The schedule step's import button.
pub const BUTTON_ID: &str = "import-button";
/// Wide enough for a slot's line with its site and status.
const PANEL_WIDTH: f32 = 460.0;

/// The kinds of files the import reads, by extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    Calendar,
    Spreadsheet,
}

impl Source {
    pub fn of(path: &Path) -> Option<Source> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "ics" | "ical" | "icalendar" => Some(Source::Calendar),
            "csv" => Some(Source::Spreadsheet),
            _ => None,
        }
    }
}

/// A file read and what it proposes for the declaration as it is now.
pub struct Loaded {
    pub file: PathBuf,
    source: Source,
    bytes: Vec<u8>,
    pub proposal: Proposal,
    /// One per proposed slot: whether it will be imported.
    pub chosen: Vec<bool>,
}

impl Loaded {
    pub fn chosen_indices(&self) -> Vec<usize> {
        (0..self.chosen.len()).filter(|&i| self.chosen[i]).collect()
    }
}

/// The import panel's state, kept by the app.
#[derive(Default)]
pub struct State {
    /// Whether the panel shows (beside the week, instead of the slot editor).
    pub open: bool,
    pub path: String,
    /// A day of the week whose single events are taken; `None` until the panel first opens
    /// (then the week of today).
    pub week: Option<NaiveDate>,
    pub loaded: Option<Loaded>,
    /// Why the last file could not be read, translated.
    pub error: Option<String>,
    /// The chosen slots not yet in the declaration, drawn dashed on the week.
    pub preview: Vec<crate::core::model::Slot>,
}

impl State {
    /// Keeps the week's dashed preview in step with the choice.
    fn update_preview(&mut self) {
        self.preview = self.loaded.as_ref().map_or_else(Vec::new, |loaded| {
            loaded
                .chosen_indices()
                .into_iter()
                .filter_map(|i| loaded.proposal.slots.get(i))
                .filter(|p| !matches!(p.status, import::Status::Identical { .. }))
                .map(|p| p.slot.clone())
                .collect()
        });
    }
}

#[derive(Clone, Debug)]
pub enum Message {
    /// "Import a calendar or spreadsheet…": the typed path when there is one, else a file dialog.
    Browse,
    DialogClosed(Option<PathBuf>),
    PathChanged(String),
    /// Read the file in the path field.
    Read,
    PreviousWeek,
    NextWeek,
    Toggle(usize, bool),
    /// Import the chosen slots.
    Apply,
    Close,
}

pub fn update(app: &mut App, message: Message) -> Task<crate::app::Message> {
    match message {
        Message::Browse => {
            open_panel(app);
            let typed = app.import.path.trim().to_owned();
            if !typed.is_empty() {
                read(app, PathBuf::from(typed));
                return Task::none();
            }
            return Task::perform(
                async {
                    rfd::AsyncFileDialog::new()
                        .add_filter("Calendar, spreadsheet", &["ics", "csv"])
                        .pick_file()
                        .await
                        .map(|handle| handle.path().to_path_buf())
                },
                |path| crate::app::Message::Import(Message::DialogClosed(path)),
            );
        }
        Message::DialogClosed(Some(path)) => {
            app.import.path = path.display().to_string();
            read(app, path);
        }
        Message::DialogClosed(None) => {
            app.notice = Some(Notice {
                kind: NoticeKind::Info,
                text: app.tr("gui-import-no-dialog"),
            });
            return iced::widget::operation::focus(PATH_ID);
        }
        Message::PathChanged(path) => app.import.path = path,
        Message::Read => {
            let typed = app.import.path.trim().to_owned();
            if !typed.is_empty() {
                read(app, PathBuf::from(typed));
            }
        }
        Message::PreviousWeek => change_week(app, -7),
        Message::NextWeek => change_week(app, 7),
        Message::Toggle(index, on) => {
            if let Some(chosen) = app.import.loaded.as_mut().and_then(|l| l.chosen.get_mut(index)) {
                *chosen = on;
            }
            app.import.update_preview();
            app.schedule.redraw();
        }
        Message::Apply => apply(app),
        Message::Close => close(app),
    }
    Task::none()
}

fn open_panel(app: &mut App) {
    app.import.open = true;
    if app.import.week.is_none() {
        app.import.week = Some(app.options.today);
    }
}

fn close(app: &mut App) {
    app.import.open = false;
    app.import.loaded = None;
    app.import.error = None;
    app.import.preview.clear();
    app.schedule.redraw();
}

/// The Monday of the week the panel shows.
pub fn monday(app: &App) -> NaiveDate {
    IcsOptions::for_week(app.import.week.unwrap_or(app.options.today)).monday()
}

/// The declaration changed (an edit, undo, another doctor): the statuses are compared again, and
/// the choice starts again from the new ones.
pub fn declaration_changed(app: &mut App) {
    if let Some(loaded) = app.import.loaded.take() {
        propose_again(app, loaded.file, loaded.source, loaded.bytes);
    }
}

fn change_week(app: &mut App, days: i64) {
    let week = app.import.week.unwrap_or(app.options.today) + Duration::days(days);
    app.import.week = Some(week);
    if let Some(loaded) = app.import.loaded.take() {
        propose_again(app, loaded.file, loaded.source, loaded.bytes);
    }
}

/// Reads a file and proposes its slots; an unreadable file says why and changes nothing.
fn read(app: &mut App, path: PathBuf) {
    open_panel(app);
    app.import.loaded = None;
    let Some(source) = Source::of(&path) else {
        let text = app.tr_args(
            "cli-import-unknown-format",
            &[("path", path.display().to_string().into())],
        );
        fail(app, text);
        return;
    };
    match read_bounded(&path) {
        Ok(bytes) => propose_again(app, path, source, bytes),
        Err(error) => {
            let text = app.tr_args(
                "cli-cannot-read",
                &[
                    ("path", path.display().to_string().into()),
                    ("reason", app.describe_io(&error).into()),
                ],
            );
            fail(app, text);
        }
    }
}

fn propose_again(app: &mut App, file: PathBuf, source: Source, bytes: Vec<u8>) {
    match propose(app, source, &bytes) {
        Ok(proposal) => {
            let selection = proposal.default_selection();
            let chosen = (0..proposal.slots.len()).map(|i| selection.contains(&i)).collect();
            app.import.error = None;
            // "No file dialog here" or an earlier file's error no longer applies.
            app.notice = None;
            app.import.loaded = Some(Loaded {
                file,
                source,
                bytes,
                proposal,
                chosen,
            });
        }
        Err(error) => {
            let text = app.tr_args(
                "gui-import-failed",
                &[
                    ("path", file.display().to_string().into()),
                    ("error", error.describe(app.localizer()).into()),
                ],
            );
            fail(app, text);
        }
    }
    app.import.update_preview();
    app.schedule.redraw();
}

fn fail(app: &mut App, text: String) {
    app.import.preview.clear();
    app.import.error = Some(text.clone());
    app.notice = Some(Notice {
        kind: NoticeKind::Error,
        text,
    });
}

/// What the file proposes for the declaration as it is now. Calendar events without a place go to
/// the site of the selected slot, else to the declaration's only site.
fn propose(app: &App, source: Source, bytes: &[u8]) -> Result<Proposal, ImportError> {
    let declaration = app.declaration();
    match source {
        Source::Calendar => {
            let text = import::text_of(bytes)?;
            let default_site = app
                .schedule
                .selected()
                .and_then(|i| declaration.slots.get(i))
                .map(|slot| slot.site.clone());
            let options = IcsOptions {
                default_site,
                ..IcsOptions::for_week(app.import.week.unwrap_or(app.options.today))
            };
            import::ics::propose(text, declaration, &options)
        }
        Source::Spreadsheet => {
            let text = import::spreadsheet_text(bytes)?;
            import::csv::propose(&text, declaration, &CsvOptions::default())
        }
    }
}

/// At most one byte past the import limit, so a huge file is refused without being read whole.
fn read_bounded(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut bytes = Vec::new();
    std::fs::File::open(path)?
        .take(import::MAX_IMPORT_BYTES as u64 + 1)
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// The chosen slots (and the new sites they use) go in as one edit: one undo step.
fn apply(app: &mut App) {
    let Some(loaded) = app.import.loaded.take() else {
        return;
    };
    let chosen = loaded.chosen_indices();
    let mut preview = app.declaration().clone();
    let applied = loaded.proposal.apply(&mut preview, &chosen);
    app.apply_schedule(session::Action::Edit(Edit::Import(Box::new(loaded.proposal), chosen)));
    close(app);
    app.notice = Some(Notice {
        kind: NoticeKind::Info,
        text: app.tr_args(
            "gui-import-done",
            &[
                ("count", applied.slots_added.into()),
                ("sites", applied.sites_added.into()),
            ],
        ),
    });
}

/// The slot as a line: "Monday 08:00–12:00 · Cabinet · agreement rates · office".
fn slot_line(app: &App, proposal: &Proposal, slot: &crate::core::model::Slot) -> String {
    let site = proposal
        .new_sites
        .iter()
        .find(|s| s.id == slot.site)
        .map_or_else(|| app.site_name(&slot.site).to_owned(), |s| s.name.clone());
    format!(
        "{} {}–{} · {} · {} · {}",
        app.tr(&format!("day-{}", slot.day.key())),
        slot.start,
        slot.end,
        site,
        app.tr(&format!("rates-{}", slot.rates.key())),
        app.tr(&format!("setting-{}", slot.setting.key()))
    )
}

fn origin_text(origin: &Origin) -> String {
    match origin {
        Origin::Event { summary } => summary.clone(),
        Origin::Row { line } => format!("#{line}"),
    }
}

/// The panel: the file, the week, each proposed slot with its status and checkbox, what was left
/// out and why, the new places, and the import button.
pub fn view(app: &App) -> Element<'_, crate::app::Message> {
    let state = &app.import;
    let wrap = |m: Message| crate::app::Message::Import(m);
    let path = text_input(&app.path_placeholder(), &state.path)
        .id(PATH_ID)
        .on_input(move |p| wrap(Message::PathChanged(p)))
        .on_submit(wrap(Message::Read))
        .padding(6);
    let read = focusable(
        button(text(app.tr("gui-import-read")).size(13))
            .padding([6, 10])
            .on_press_maybe((!state.path.trim().is_empty()).then_some(wrap(Message::Read))),
    );
    let week = row![
        focusable(
            button(text("‹").size(14))
                .padding([4, 10])
                .style(crate::app::style::quiet_button)
                .on_press(wrap(Message::PreviousWeek))
        ),
        text(app.tr_args("gui-import-week", &[("monday", belgian_date(monday(app)).into())]))
            .size(13)
            .width(Length::Fill),
        focusable(
            button(text("›").size(14))
                .padding([4, 10])
                .style(crate::app::style::quiet_button)
                .on_press(wrap(Message::NextWeek))
        ),
    ]
    .spacing(6)
    .align_y(Alignment::Center);
    let mut panel = column![
        bold(app.tr("gui-import-title")).size(16),
        labelled(
            app.tr("gui-import-path"),
            row![path, read].spacing(6).align_y(Alignment::Center)
        ),
        labelled(app.tr("gui-import-week-label"), week),
        hint(app.tr("gui-import-week-help"), false),
    ]
    .spacing(10);
    if let Some(error) = &state.error {
        panel = panel.push(hint(error.clone(), true));
    }
    if let Some(loaded) = &state.loaded {
        panel = panel.push(proposal_view(app, loaded));
    }
    panel = panel.push(focusable(
        button(text(app.tr("gui-import-close")).size(13))
            .padding([6, 10])
            .style(crate::app::style::quiet_button)
            .on_press(wrap(Message::Close)),
    ));
    container(scrollable(panel).spacing(6))
        .width(PANEL_WIDTH)
        .padding(12)
        .style(container::rounded_box)
        .into()
}

fn proposal_view<'a>(app: &'a App, loaded: &'a Loaded) -> Element<'a, crate::app::Message> {
    let proposal = &loaded.proposal;
    let mut list = column![].spacing(6);
    // The button comes first: a long agenda must not push it out of sight.
    let count = loaded.chosen.iter().filter(|&&c| c).count();
    list = list.push(focusable(
        button(text(app.tr_args("gui-import-apply", &[("count", count.into())])).size(14))
            .padding([8, 14])
            .style(button::primary)
            .on_press_maybe((count > 0).then_some(crate::app::Message::Import(Message::Apply))),
    ));
    list = list.push(bold(app.tr("gui-import-proposed")).size(14));
    if proposal.slots.is_empty() {
        list = list.push(hint(app.tr("gui-import-nothing"), false));
    }
    for (index, proposed) in proposal.slots.iter().enumerate() {
        let chosen = loaded.chosen.get(index).copied().unwrap_or(false);
        let label = format!(
            "{} — {}",
            slot_line(app, proposal, &proposed.slot),
            app.tr(proposed.status.key())
        );
        let mut item =
            column![focusable(checkbox(chosen).label(label).text_size(13).on_toggle(
                move |on| crate::app::Message::Import(Message::Toggle(index, on))
            ))]
            .spacing(2);
        if let Some(note) = &proposed.slot.note {
            item = item.push(text(format!("“{note}”")).size(12));
        }
        list = list.push(item);
    }
    for site in &proposal.new_sites {
        let name = if site.address.is_empty() {
            site.name.clone()
        } else {
            format!("{}, {}", site.name, site.address)
        };
        list = list.push(hint(
            app.tr_args("gui-import-new-site", &[("name", name.into())]),
            false,
        ));
    }
    if !proposal.skipped.is_empty() {
        list = list.push(bold(app.tr("gui-import-skipped")).size(14));
        for skipped in &proposal.skipped {
            let reason = app.localizer().message(&skipped.reason);
            list = list.push(text(format!("“{}” — {reason}", origin_text(&skipped.origin))).size(12));
        }
    }
    if proposal.outside_week > 0 {
        list = list.push(hint(
            app.tr_args("gui-import-outside-week", &[("count", proposal.outside_week.into())]),
            false,
        ));
    }
    container(list).width(Length::Fill).into()
}
