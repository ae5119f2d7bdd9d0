//! Import into the schedule step: a calendar (.ics) or a spreadsheet (.csv) read into a
//! [`Proposal`], shown slot by slot with its status and a checkbox, then the chosen slots added
//! through one session edit, so one undo takes the whole import back.
//!
//! The file is read once; changing the week proposes again from the same bytes, so the user can
//! look for the week that holds the agenda's single events without picking the file again.

use crate::app::notice::Notice;
use crate::app::screen::{Action, Context, Event};
use crate::app::system::{self, Picked};
use crate::app::task;
use crate::app::widget::focus::focusable;
use crate::app::widget::{bold, hint, labelled};
use crate::core::i18n::Message as Said;
use crate::core::import::{self, ImportError, Origin, Proposal, csv::CsvOptions, ics::IcsOptions};
use crate::core::wording::belgian_date;
use chrono::{Duration, NaiveDate};
use iced::widget::{button, checkbox, column, container, row, scrollable, text, text_input};
use iced::{Alignment, Element, Length, Task};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The import panel's path field (focus goes there when no file dialog is available).
pub(crate) const PATH_ID: &str = "import-path";
/// The field where a day is typed to go to its week.
pub(crate) const WEEK_ID: &str = "import-week";
/// The name field of a new site for events without a place.
pub const UNPLACED_ID: &str = "unplaced-site-name";
/// The schedule step's import button.
pub(crate) const BUTTON_ID: &str = "import-button";
/// Wide enough for a slot's line with its site and status.
const PANEL_WIDTH: f32 = 460.0;

/// The kinds of files the import reads, by extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Source {
    Calendar,
    Spreadsheet,
}

impl Source {
    pub(crate) fn of(path: &Path) -> Option<Source> {
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
    bytes: Arc<Vec<u8>>,
    pub proposal: Proposal,
    /// One per proposed slot: whether it will be imported.
    pub chosen: Vec<bool>,
}

impl Loaded {
    pub(crate) fn chosen_indices(&self) -> Vec<usize> {
        (0..self.chosen.len()).filter(|&i| self.chosen[i]).collect()
    }
}

/// The import panel's state, kept by the app.
#[derive(Default)]
pub struct Import {
    /// Whether the panel shows (beside the week, instead of the slot editor).
    pub open: bool,
    pub path: String,
    /// A day of the week whose single events are taken; `None` until the panel first opens
    /// (then the week of today).
    pub week: Option<NaiveDate>,
    /// A day typed to jump to its week (an agenda's single events far from today).
    week_text: String,
    pub loaded: Option<Loaded>,
    /// Why the last file could not be read, translated.
    pub error: Option<Said>,
    /// The chosen slots not yet in the declaration, drawn dashed on the week.
    pub preview: Vec<crate::core::model::Slot>,
    /// The name typed for a new site for the events without a place.
    unplaced_name: String,
    /// The new site those events go to, once the user asked for it.
    unplaced_site: Option<String>,
}

impl Import {
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
    DialogClosed(Picked),
    PathChanged(String),
    /// Read the file in the path field.
    Read,
    /// The file's bytes, read off the window's thread (or why not).
    FileRead(PathBuf, Result<Arc<Vec<u8>>, Arc<std::io::Error>>),
    PreviousWeek,
    NextWeek,
    /// A day typed to go to its week at once, `23/03/2027`.
    WeekTextChanged(String),
    Toggle(usize, bool),
    /// The name of a new site for the events without a place.
    UnplacedNameChanged(String),
    /// Create that site (proposed with the import) and take those events.
    CreateUnplacedSite,
    /// Import the chosen slots.
    Apply,
    Close,
}

impl Import {
    /// `selected_site`: the site of the slot selected on the week, where calendar events without
    /// a place go.
    pub(crate) fn update(&mut self, message: Message, ctx: &Context, selected_site: Option<String>) -> Action<Message> {
        match message {
            Message::Browse => {
                self.open_panel(ctx);
                let typed = self.path.trim();
                if !typed.is_empty() {
                    return read(PathBuf::from(typed));
                }
                Action::Run(Task::perform(
                    system::pick_file(rfd::AsyncFileDialog::new().add_filter("Calendar, spreadsheet", &["ics", "csv"])),
                    Message::DialogClosed,
                ))
            }
            Message::DialogClosed(Picked::Chosen(path)) => {
                self.path = path.display().to_string();
                read(path)
            }
            Message::DialogClosed(Picked::Cancelled) => Action::None,
            Message::DialogClosed(Picked::NoService) => Action::Batch(vec![
                ctx.info(Said::new("gui-import-no-dialog")).into(),
                Action::Run(iced::widget::operation::focus(PATH_ID)),
            ]),
            Message::PathChanged(path) => {
                self.path = path;
                Action::None
            }
            Message::Read => {
                let typed = PathBuf::from(self.path.trim());
                if typed.as_os_str().is_empty() {
                    return Action::None;
                }
                self.open_panel(ctx);
                read(typed)
            }
            Message::FileRead(path, read) => {
                self.open_panel(ctx);
                self.loaded = None;
                // Another file: the site made for the last file's unplaced events is not assumed.
                self.unplaced_site = None;
                self.unplaced_name.clear();
                match read {
                    Ok(bytes) => match Source::of(&path) {
                        Some(source) => self.propose(ctx, path, source, bytes, selected_site),
                        None => self.fail(Said::with(
                            "cli-import-unknown-format",
                            &[("path", path.display().to_string().into())],
                        )),
                    },
                    Err(error) => self.fail(Said::with(
                        "cli-cannot-read",
                        &[
                            ("path", path.display().to_string().into()),
                            ("reason", ctx.io_message(&error).into()),
                        ],
                    )),
                }
            }
            Message::PreviousWeek => self.change_week(ctx, -7, selected_site),
            Message::NextWeek => self.change_week(ctx, 7, selected_site),
            Message::WeekTextChanged(typed) => {
                let day = crate::app::screen::doctor::parse_belgian_date(&typed);
                self.week_text = typed;
                match day {
                    Some(day) if Some(day) != self.week => {
                        self.week = Some(day);
                        self.declaration_changed(ctx, selected_site)
                    }
                    _ => Action::None,
                }
            }
            Message::Toggle(index, on) => {
                if let Some(chosen) = self.loaded.as_mut().and_then(|l| l.chosen.get_mut(index)) {
                    *chosen = on;
                }
                self.update_preview();
                Action::None
            }
            Message::UnplacedNameChanged(name) => {
                self.unplaced_name = name;
                Action::None
            }
            Message::CreateUnplacedSite => {
                let name = self.unplaced_name.trim();
                if name.is_empty() {
                    return Action::None;
                }
                self.unplaced_site = Some(name.to_owned());
                self.declaration_changed(ctx, selected_site)
            }
            Message::Apply => self.apply(ctx),
            Message::Close => {
                self.close();
                Action::None
            }
        }
    }

    fn open_panel(&mut self, ctx: &Context) {
        self.open = true;
        if self.week.is_none() {
            self.week = Some(ctx.today());
        }
    }

    fn close(&mut self) {
        self.open = false;
        self.loaded = None;
        self.error = None;
        self.preview.clear();
        self.unplaced_name.clear();
        self.unplaced_site = None;
    }

    /// The Monday of the week the panel shows.
    pub fn monday(&self, today: NaiveDate) -> NaiveDate {
        IcsOptions::for_week(self.week.unwrap_or(today)).monday()
    }

    /// The declaration changed (an edit, undo, another doctor): the statuses are compared again,
    /// and the choice starts again from the new ones.
    pub(crate) fn declaration_changed(&mut self, ctx: &Context, selected_site: Option<String>) -> Action<Message> {
        match self.loaded.take() {
            Some(loaded) => self.propose(ctx, loaded.file, loaded.source, loaded.bytes, selected_site),
            None => Action::None,
        }
    }

    fn change_week(&mut self, ctx: &Context, days: i64, selected_site: Option<String>) -> Action<Message> {
        self.week = Some(self.week.unwrap_or(ctx.today()) + Duration::days(days));
        self.declaration_changed(ctx, selected_site)
    }

    /// What the file proposes for the declaration as it is now; a file that cannot be read as a
    /// calendar or spreadsheet says why and changes nothing.
    fn propose(
        &mut self,
        ctx: &Context,
        file: PathBuf,
        source: Source,
        bytes: Arc<Vec<u8>>,
        selected_site: Option<String>,
    ) -> Action<Message> {
        let week = self.week.unwrap_or(ctx.today());
        let options = IcsOptions {
            default_site: selected_site,
            new_site_for_unplaced: self.unplaced_site.clone(),
            ..IcsOptions::for_week(week)
        };
        let action = match propose(ctx.declaration(), source, &bytes, options) {
            Ok(proposal) => {
                let selection = proposal.default_selection();
                let chosen = (0..proposal.slots.len()).map(|i| selection.contains(&i)).collect();
                self.error = None;
                self.loaded = Some(Loaded {
                    file,
                    source,
                    bytes,
                    proposal,
                    chosen,
                });
                // "No file dialog here" or an earlier file's error no longer applies.
                Event::DismissNotice.into()
            }
            Err(error) => self.fail(Said::with(
                "gui-import-failed",
                &[
                    ("path", file.display().to_string().into()),
                    ("error", error.with_position().into()),
                ],
            )),
        };
        self.update_preview();
        action
    }

    fn fail(&mut self, said: Said) -> Action<Message> {
        self.preview.clear();
        self.error = Some(said.clone());
        Event::Notify(Notice::error(said)).into()
    }

    /// The chosen slots (and the new sites they use) go in as one edit: one undo step.
    fn apply(&mut self, ctx: &Context) -> Action<Message> {
        let Some(loaded) = self.loaded.take() else {
            return Action::None;
        };
        let chosen = loaded.chosen_indices();
        let mut preview = ctx.declaration().clone();
        let applied = loaded.proposal.apply(&mut preview, &chosen);
        self.close();
        let said = Said::with(
            "gui-import-done",
            &[
                ("count", applied.slots_added.into()),
                ("sites", applied.sites_added.into()),
            ],
        );
        Action::Batch(vec![
            Action::edit(super::Edit::Import(Box::new(loaded.proposal), chosen)),
            ctx.info(said).into(),
        ])
    }
}

/// Reads the file on a blocking thread: a calendar on a network folder must not freeze the window.
fn read(path: PathBuf) -> Action<Message> {
    let from = path.clone();
    Action::Run(task::blocking(
        move || import::read_bounded(&from).map(Arc::new).map_err(Arc::new),
        move |bytes| Message::FileRead(path, bytes),
    ))
}

/// What the file proposes for the declaration. Calendar events without a place go to the site of
/// the selected slot, else to the declaration's only site.
fn propose(
    declaration: &crate::core::model::Declaration,
    source: Source,
    bytes: &[u8],
    options: IcsOptions,
) -> Result<Proposal, ImportError> {
    match source {
        Source::Calendar => {
            let text = import::text_of(bytes)?;
            import::ics::propose(text, declaration, &options)
        }
        Source::Spreadsheet => {
            let text = import::spreadsheet_text(bytes)?;
            import::csv::propose(&text, declaration, &CsvOptions::default())
        }
    }
}

/// The slot as a line: "Monday 08:00–12:00 · Cabinet · agreement rates · office".
fn slot_line(ctx: &Context, proposal: &Proposal, slot: &crate::core::model::Slot) -> String {
    let site = proposal.new_sites.iter().find(|s| s.id == slot.site).map_or_else(
        || {
            ctx.declaration()
                .site(&slot.site)
                .map_or_else(|| slot.site.clone(), |s| s.name.clone())
        },
        |s| s.name.clone(),
    );
    format!(
        "{} {}–{} · {} · {} · {}",
        ctx.tr(&format!("day-{}", slot.day.key())),
        slot.start,
        slot.end,
        site,
        ctx.tr(&format!("rates-{}", slot.rates.key())),
        ctx.tr(&format!("setting-{}", slot.setting.key()))
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
impl Import {
    pub(crate) fn view<'a>(&'a self, ctx: &Context) -> Element<'a, Message> {
        let state = self;
        let wrap = |m: Message| m;
        let path = text_input(
            &crate::app::system::path_placeholder(&ctx.tr("gui-import-example-file")),
            &state.path,
        )
        .id(PATH_ID)
        .on_input(move |p| wrap(Message::PathChanged(p)))
        .on_submit(wrap(Message::Read))
        .padding(6);
        let read = focusable(
            button(text(ctx.tr("gui-import-read")).size(13))
                .padding([6, 10])
                .on_press_maybe((!state.path.trim().is_empty()).then_some(wrap(Message::Read))),
        )
        .enabled(!state.path.trim().is_empty());
        let week = row![
            focusable(
                button(text("‹").size(14))
                    .padding([4, 10])
                    .style(crate::app::widget::style::quiet_button)
                    .on_press(wrap(Message::PreviousWeek))
            ),
            text(ctx.tr_args(
                "gui-import-week",
                &[("monday", belgian_date(self.monday(ctx.today())).into())]
            ))
            .size(13)
            .width(Length::Fill),
            focusable(
                button(text("›").size(14))
                    .padding([4, 10])
                    .style(crate::app::widget::style::quiet_button)
                    .on_press(wrap(Message::NextWeek))
            ),
        ]
        .spacing(6)
        .align_y(Alignment::Center);
        let typed_week = self.week_text.trim();
        let week_unreadable =
            !typed_week.is_empty() && crate::app::screen::doctor::parse_belgian_date(typed_week).is_none();
        let go_to_week = row![
            text(ctx.tr("gui-import-week-go")).size(13),
            text_input(&ctx.tr("gui-date-placeholder"), &self.week_text)
                .id(WEEK_ID)
                .on_input(Message::WeekTextChanged)
                .padding(4)
                .width(130),
        ]
        .spacing(6)
        .align_y(Alignment::Center);
        let mut panel = column![
            bold(ctx.tr("gui-import-title")).size(16),
            labelled(
                ctx.tr("gui-import-path"),
                row![path, read].spacing(6).align_y(Alignment::Center)
            ),
            labelled(ctx.tr("gui-import-week-label"), column![week, go_to_week].spacing(4)),
            hint(
                ctx.tr(if week_unreadable {
                    "gui-date-invalid"
                } else {
                    "gui-import-week-help"
                }),
                week_unreadable
            ),
        ]
        .spacing(10);
        if let Some(error) = &state.error {
            panel = panel.push(hint(ctx.localizer().message(error), true));
        }
        if let Some(loaded) = &state.loaded {
            panel = panel.push(proposal_view(ctx, loaded, &state.unplaced_name));
        }
        panel = panel.push(focusable(
            button(text(ctx.tr("gui-import-close")).size(13))
                .padding([6, 10])
                .style(crate::app::widget::style::quiet_button)
                .on_press(wrap(Message::Close)),
        ));
        container(scrollable(panel).spacing(6))
            .width(PANEL_WIDTH)
            .padding(12)
            .style(container::rounded_box)
            .into()
    }
}

fn proposal_view<'a>(ctx: &Context, loaded: &'a Loaded, unplaced_name: &'a str) -> Element<'a, Message> {
    let proposal = &loaded.proposal;
    let mut list = column![].spacing(6);
    // The button comes first: a long agenda must not push it out of sight.
    let count = loaded.chosen.iter().filter(|&&c| c).count();
    list = list.push(
        focusable(
            button(text(ctx.tr_args("gui-import-apply", &[("count", count.into())])).size(14))
                .padding([8, 14])
                .style(button::primary)
                .on_press_maybe((count > 0).then_some(Message::Apply)),
        )
        .enabled(count > 0),
    );
    list = list.push(bold(ctx.tr("gui-import-proposed")).size(14));
    if proposal.slots.is_empty() {
        list = list.push(hint(ctx.tr("gui-import-nothing"), false));
    }
    for (index, proposed) in proposal.slots.iter().enumerate() {
        let chosen = loaded.chosen.get(index).copied().unwrap_or(false);
        let label = format!(
            "{} — {}",
            slot_line(ctx, proposal, &proposed.slot),
            ctx.tr(proposed.status.key())
        );
        let mut item = column![focusable(
            checkbox(chosen)
                .label(label)
                .text_size(13)
                .on_toggle(move |on| Message::Toggle(index, on))
        )]
        .spacing(2);
        if proposed.rates_guessed {
            item = item.push(hint(ctx.tr("import-rates-guessed"), false));
        }
        if let Some(note) = &proposed.slot.note {
            item = item.push(text(ctx.tr_args("gui-import-note", &[("note", note.clone().into())])).size(12));
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
            ctx.tr_args("gui-import-new-site", &[("name", name.into())]),
            false,
        ));
    }
    let unplaced = proposal.unplaced();
    if unplaced > 0 {
        // Events without a place and no site to put them on: a site can be made for them here.
        let create = (!unplaced_name.trim().is_empty()).then_some(Message::CreateUnplacedSite);
        list = list.push(
            column![
                hint(ctx.tr_args("gui-import-unplaced", &[("count", unplaced.into())]), true),
                row![
                    text_input(&ctx.tr("gui-import-unplaced-name"), unplaced_name)
                        .id(UNPLACED_ID)
                        .on_input(Message::UnplacedNameChanged)
                        .on_submit_maybe(create.clone())
                        .padding(4),
                    focusable(
                        button(text(ctx.tr("gui-import-unplaced-create")).size(13))
                            .padding([4, 8])
                            .on_press_maybe(create.clone())
                    )
                    .enabled(create.is_some()),
                ]
                .spacing(6)
                .align_y(Alignment::Center)
                .wrap(),
            ]
            .spacing(4),
        );
    }
    if !proposal.skipped.is_empty() {
        list = list.push(bold(ctx.tr("gui-import-skipped")).size(14));
        for skipped in &proposal.skipped {
            let reason = ctx.localizer().message(&skipped.reason);
            let line = ctx.tr_args(
                "gui-import-skipped-line",
                &[("what", origin_text(&skipped.origin).into()), ("reason", reason.into())],
            );
            list = list.push(text(line).size(12));
        }
    }
    if proposal.outside_week > 0 {
        list = list.push(hint(
            ctx.tr_args("gui-import-outside-week", &[("count", proposal.outside_week.into())]),
            false,
        ));
    }
    container(list).width(Length::Fill).into()
}
