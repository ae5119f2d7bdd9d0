//! Start: the agreement in force and what can still be declared today, then start a new
//! declaration, open one of the practice's doctors, a recent file, a file by path, or an example.

use super::{Action, Context, Event, Opening, Origin};
use crate::app::screen::Screen;
use crate::app::session;
use crate::app::system::{self, Picked};
use crate::app::task::{self, Stopped};
use crate::app::widget::focus::focusable;
use crate::app::widget::{bold, heading, hint, labelled, scrolled};
use crate::core::agreement::{self, Agreement, Agreements, WindowOnDay, WindowState};
use crate::core::agreement_store;
use crate::core::format;
use crate::core::i18n::Message as Said;
use crate::core::model::Choice;
use crate::core::practice;
use crate::core::rules;
use crate::core::wording::{self, belgian_date};
use chrono::NaiveDate;
use iced::widget::{button, column, container, row, text, text_input};
use iced::{Alignment, Element, Length, Task, Theme};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub(crate) const OPEN_PATH_ID: &str = "open-path";
pub(crate) const SEARCH_ID: &str = "practice-search";
/// The embedded examples the start screen offers.
pub(crate) const EXAMPLES: [(&str, &str); 2] = [
    (
        "gui-example-gp",
        include_str!("../../../assets/examples/gp-partial-valid.json"),
    ),
    (
        "gui-example-specialist",
        include_str!("../../../assets/examples/specialist-partial-valid.json"),
    ),
];

/// "New declaration": where the keyboard focus starts.
pub(crate) const NEW_ID: &str = "start-new";

/// Everything done on the start screen.
#[derive(Clone, Debug)]
pub enum Message {
    /// Start a new, empty declaration in the window open today.
    NewDeclaration,
    /// Start a new declaration in this window (`initial`, `second-year`, `amendment`).
    StartInWindow(String),
    /// Go back to the declaration in progress.
    ContinueDraft,
    /// Open one of the embedded examples.
    OpenExample(usize),
    /// Open a file from the recent list or the path field.
    Open(PathBuf),
    OpenPathChanged(String),
    /// Ask the system for a file to open.
    BrowseOpen,
    OpenDialogClosed(Picked),
    /// A declaration file read off the window's thread (its full path, or why not).
    FileRead(PathBuf, Result<Arc<Vec<u8>>, Arc<std::io::Error>>),
    /// A later last day for a window being typed.
    LastDayTextChanged(String, String),
    /// Use this last day for a window instead of the published one (`None`: the published one).
    SetLastDay(String, Option<NaiveDate>),
    /// Add an agreement from a file (the path typed, else a file dialog).
    ImportAgreement,
    AgreementDialogClosed(Picked),
    /// An agreement file was read, checked and copied off the window's thread (the agreements
    /// known now), or why not.
    AgreementImported(PathBuf, Result<(agreement_store::Imported, Agreements), Said>),
    /// Search the practice's doctors by name.
    SearchChanged(String),
    /// Open a doctor's profile from the practice.
    OpenProfile(String),
    /// Start a new doctor from a copy of this doctor's schedule.
    DuplicateProfile(String),
    /// A doctor of the practice who refused adheres: their declaration in the `join` window.
    JoinProfile(String),
    /// The practice overview.
    ShowOverview,
    /// The list of doctors asks for the rows near its view to be built.
    Shown(crate::app::widget::rows::Window),
    /// Put the offered backup in place of the damaged database (moved aside, never deleted).
    RestoreBackup,
    /// The restore ran: where the damaged database went, or why it could not.
    Restored(super::damage::Restored),
}

/// The start screen's own state: the fields typed, and the practice's doctors as read and checked
/// when the practice last changed (a search filters them in memory, never re-reading the disk).
#[derive(Default)]
pub struct Start {
    open_path: String,
    search: String,
    doctors: Vec<ListedDoctor>,
    /// The practice was read (at start it is read after the first frame).
    doctors_read: bool,
    /// Why the practice could not be read, and the backup offered when it is damaged.
    damage: super::damage::Damage,
    last_day_texts: BTreeMap<String, String>,
    /// The doctors' rows built: those in and near the view (see `widget::rows`).
    list: crate::app::widget::rows::Window,
}

impl Start {
    pub(crate) fn update(&mut self, message: Message, ctx: &Context) -> Action<Message> {
        match message {
            Message::NewDeclaration => {
                let kind = window_for_new(&agreement_in_force(ctx), ctx.today());
                start_in_window(ctx, &kind).into()
            }
            Message::StartInWindow(kind) => start_in_window(ctx, &kind).into(),
            Message::ContinueDraft => Event::GoTo(Screen::Doctor).into(),
            Message::OpenExample(index) => open_example(ctx, index).map_or(Action::None, Action::Event),
            Message::Open(path) => read_file(path),
            Message::OpenPathChanged(path) => {
                self.open_path = path;
                Action::None
            }
            Message::BrowseOpen => Action::Run(Task::perform(
                system::pick_file(rfd::AsyncFileDialog::new().add_filter("Conventio", &["json"])),
                Message::OpenDialogClosed,
            )),
            Message::OpenDialogClosed(Picked::Chosen(path)) => read_file(path),
            Message::FileRead(path, read) => file_read(ctx, &path, read).into(),
            Message::OpenDialogClosed(Picked::Cancelled) | Message::AgreementDialogClosed(Picked::Cancelled) => {
                Action::None
            }
            Message::OpenDialogClosed(Picked::NoService) => no_dialog(ctx, "gui-no-dialog-open"),
            Message::LastDayTextChanged(kind, text) => {
                self.last_day_texts.insert(kind, text);
                Action::None
            }
            Message::SetLastDay(kind, date) => {
                let event = set_last_day(ctx, &kind, date);
                if event.is_ok() {
                    self.last_day_texts.remove(&kind);
                }
                Action::Batch(
                    event
                        .unwrap_or_else(|e| vec![e])
                        .into_iter()
                        .map(Action::Event)
                        .collect(),
                )
            }
            Message::ImportAgreement => {
                let typed = self.open_path.trim();
                if typed.is_empty() {
                    return Action::Run(Task::perform(
                        system::pick_file(rfd::AsyncFileDialog::new().add_filter("JSON", &["json"])),
                        Message::AgreementDialogClosed,
                    ));
                }
                import_agreement(ctx, PathBuf::from(typed))
            }
            Message::AgreementDialogClosed(Picked::Chosen(path)) => import_agreement(ctx, path),
            Message::AgreementImported(path, imported) => Action::Batch(
                agreement_imported(ctx, &path, imported)
                    .into_iter()
                    .map(Action::Event)
                    .collect(),
            ),
            Message::AgreementDialogClosed(Picked::NoService) => no_dialog(ctx, "gui-no-dialog-agreement"),
            Message::SearchChanged(search) => {
                self.search = search;
                Action::None
            }
            Message::Shown(window) => {
                self.list = window;
                Action::None
            }
            Message::OpenProfile(id) => Event::OpenProfile(id, Opening::Theirs).into(),
            Message::JoinProfile(id) => Event::OpenProfile(
                id,
                Opening::Join {
                    agreement: agreement_in_force(ctx).id.clone(),
                    today: ctx.today(),
                },
            )
            .into(),
            Message::DuplicateProfile(id) if ctx.origin.profile_id.as_deref() == Some(id.as_str()) => {
                // The schedule as the user last left it: on screen.
                Event::Load(Box::new(copied(ctx.declaration()))).into()
            }
            Message::DuplicateProfile(id) => Event::OpenProfile(id, Opening::Copy).into(),
            Message::ShowOverview => Event::GoTo(Screen::Overview).into(),
            Message::RestoreBackup => self.damage.restore(ctx, Message::Restored),
            // The app reads every list of the practice again on `PracticeChanged`.
            Message::Restored(result) => self.damage.restored(ctx, result),
        }
    }

    /// The practice's doctors as read (off the window's thread: at start, when the start screen
    /// opens and after the practice changed, never on a keystroke), or why they could not be (with
    /// a backup to restore).
    pub(crate) fn set_doctors(&mut self, doctors: Result<Vec<ListedDoctor>, super::damage::Damage>) {
        (self.doctors, self.damage) = match doctors {
            Ok(doctors) => (doctors, super::damage::Damage::default()),
            Err(damage) => (Vec::new(), damage),
        };
        self.doctors_read = true;
    }

    /// Why the practice could not be read, when it could not (and the backup offered).
    pub fn damage(&self) -> &super::damage::Damage {
        &self.damage
    }

    /// The screen opens at its top: the list builds its first rows.
    pub(crate) fn at_top(&mut self) {
        self.list = crate::app::widget::rows::Window::default();
    }

    /// The doctors matching the search (case and accents ignored); all of them without one.
    pub(crate) fn listed(&self) -> impl Iterator<Item = &ListedDoctor> {
        let query = self.search.trim();
        self.doctors.iter().filter(move |doctor| {
            query.is_empty()
                || doctor
                    .line
                    .as_ref()
                    .is_some_and(|line| practice::name_matches(&line.name, query) || line.inami.contains(query))
        })
    }

    pub(crate) fn last_day_text(&self, kind: &str) -> &str {
        self.last_day_texts.get(kind).map_or("", String::as_str)
    }
}

/// Without a dialog service the path field is where to type: the notice says so and takes the
/// keyboard there.
fn no_dialog(ctx: &Context, id: &str) -> Action<Message> {
    Action::Batch(vec![
        ctx.info(Said::new(id)).into(),
        Action::Run(iced::widget::operation::focus(OPEN_PATH_ID)),
    ])
}

fn open_example(ctx: &Context, index: usize) -> Option<Event> {
    let (_, text) = EXAMPLES.get(index)?;
    let example = format::read_declaration(text, ctx.agreements()).ok()?;
    Some(Event::load(example, Origin::default(), Screen::Schedule))
}

/// A declaration file's full path and its bytes (or why not).
pub(crate) type FileRead = (PathBuf, Result<Arc<Vec<u8>>, Arc<std::io::Error>>);

/// A declaration file's full path and its bytes (or why not), read on a blocking thread.
pub(crate) fn read_path(path: &Path) -> FileRead {
    let path = full_path(path);
    let read = format::read_file_bounded(&path).map(Arc::new).map_err(Arc::new);
    (path, read)
}

/// The declaration file read (a file opened, the file given on the command line), to work on; a
/// bad file says why and keeps the current work.
pub(crate) fn file_read(ctx: &Context, path: &Path, read: Result<Arc<Vec<u8>>, Arc<std::io::Error>>) -> Event {
    opened(ctx, path, read.map_err(|e| read_error(ctx, path, &e)))
}

/// Reads a declaration file on a blocking thread: a file on a network folder must not freeze the
/// window.
fn read_file(path: PathBuf) -> Action<Message> {
    let asked = path.clone();
    Action::Run(task::blocking(
        move || Ok::<_, Stopped>(read_path(&path)),
        move |read| match read {
            Ok((path, read)) => Message::FileRead(path, read),
            Err(stopped) => Message::FileRead(asked, Err(stopped.into())),
        },
    ))
}

/// Remembered in the recent list, so the path must still lead to the file from another folder.
fn full_path(path: &Path) -> PathBuf {
    crate::core::storage::io_allowed();
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

fn read_error(ctx: &Context, path: &Path, error: &std::io::Error) -> Said {
    Said::with(
        "cli-cannot-read",
        &[
            ("path", path.display().to_string().into()),
            ("reason", ctx.io_message(error).into()),
        ],
    )
}

/// The declaration in the file's bytes, to work on; else why not, and the current work stays.
fn opened(ctx: &Context, path: &Path, read: Result<Arc<Vec<u8>>, Said>) -> Event {
    let declaration = read.and_then(|bytes| {
        format::read_declaration_bytes(&bytes, ctx.agreements())
            .map(|declaration| (declaration, Origin::file(path, &bytes)))
            .map_err(|e| e.with_position())
    });
    match declaration {
        Ok((declaration, origin)) => Event::load(declaration, origin, Screen::Doctor),
        Err(error) => ctx.error(Said::with(
            "gui-open-failed",
            &[("path", path.display().to_string().into()), ("error", error.into())],
        )),
    }
}

/// A doctor of the practice opened as `opening` says: their declaration read from the practice
/// (blocking: the switch's task calls this, never `update`). `Err` says why not, when there is
/// something to say (a doctor gone from the practice meanwhile is not).
pub(crate) fn read_profile(
    practice: &practice::Practice,
    id: &str,
    opening: &super::Opening,
) -> Result<super::Loaded, Option<Said>> {
    use super::Opening;
    let read = match opening {
        // Their work in progress, else their last saved version.
        Opening::Copy => practice.draft(id).or_else(|| practice.declaration(id)),
        Opening::Theirs | Opening::Join { .. } => practice.declaration(id),
    };
    let declaration = match read {
        None => return Err(None),
        Some(Ok(declaration)) => declaration,
        Some(Err(_)) if matches!(opening, Opening::Copy) => return Err(None),
        Some(Err(error)) => {
            return Err(Some(Said::with(
                "gui-open-failed",
                &[("path", id.to_owned().into()), ("error", error.with_position().into())],
            )));
        }
    };
    // What their file holds as this window takes them: a version another window saves there
    // afterwards is asked about before this window saves over it.
    let seen = practice
        .last_version_text(id)
        .map(|text| crate::core::storage::fingerprint(text.as_bytes()));
    let loaded = |declaration, screen| super::Loaded {
        declaration,
        origin: Origin {
            file_seen: seen,
            ..Origin::profile(id)
        },
        screen,
        said: None,
    };
    Ok(match opening {
        Opening::Theirs => loaded(declaration, Screen::Doctor),
        Opening::Join { agreement, today } => loaded(joined(declaration, agreement, *today), Screen::Choice),
        Opening::Copy => copied(&declaration),
    })
}

/// A doctor who refused joins the agreement: their profile's declaration, now full adherence in the
/// `join` window (effective from registration), with their standing today kept as a refusal. They
/// may still pick partial adherence on the choice step.
fn joined(
    mut declaration: crate::core::model::Declaration,
    agreement: &str,
    today: NaiveDate,
) -> crate::core::model::Declaration {
    agreement.clone_into(&mut declaration.agreement);
    declaration.window = Some(JOIN.to_owned());
    declaration.doctor.current_choice = Some(Choice::Refusal);
    declaration.choice = Choice::Full;
    declaration.prepared_on = Some(today);
    declaration
}

/// The window in which a doctor who refused adheres during the agreement (RULES.md).
pub(crate) const JOIN: &str = "join";

/// A new doctor starting from another doctor's sites and schedule (`source`: as the user last left
/// it), and the notice saying whose.
fn copied(source: &crate::core::model::Declaration) -> super::Loaded {
    super::Loaded {
        declaration: practice::duplicate_for(source, "", ""),
        origin: Origin::default(),
        screen: Screen::Doctor,
        said: Some(crate::app::notice::Notice::info(Said::with(
            "gui-practice-duplicated",
            &[("name", source.doctor.name.clone().into())],
        ))),
    }
}

/// The practice's doctors, each checked on `today` against `agreements` (the user's last days in
/// place).
/// A practice that cannot be read is said so (in `localizer`'s language), with its newest backup
/// offered when the database is damaged: never shown as a practice without doctors.
pub(crate) fn list_doctors(
    practice: &practice::Practice,
    today: NaiveDate,
    agreements: &Agreements,
    localizer: &crate::core::i18n::Localizer,
) -> Result<Vec<ListedDoctor>, super::damage::Damage> {
    match practice.load() {
        Ok(profiles) => Ok(profiles
            .into_iter()
            .map(|profile| ListedDoctor::new(profile, today, agreements))
            .collect()),
        Err(error) => Err(super::damage::Damage::of(&error, practice.root(), localizer)),
    }
}

/// One doctor of the practice as listed on the start screen, checked once when the list is read.
#[derive(Clone, Debug)]
pub(crate) struct ListedDoctor {
    pub id: String,
    /// What the list shows, or nothing when the profile cannot be read.
    pub line: Option<DoctorLine>,
}

#[derive(Clone, Debug)]
pub(crate) struct DoctorLine {
    pub name: String,
    /// The INAMI number as typed: what tells namesakes apart.
    pub inami: String,
    pub choice: Choice,
    pub errors: usize,
    /// The doctor's declaration is a refusal: the list offers to join the agreement.
    pub refused: bool,
    /// The overview's row: what is left to register, for the headline.
    pub row: crate::core::overview::Row,
}

impl ListedDoctor {
    /// The doctor's line, checked on `today` against `agreements` (the user's last days in place).
    pub(crate) fn new(profile: practice::Profile, today: NaiveDate, agreements: &Agreements) -> ListedDoctor {
        let line = profile.declaration.ok().map(|declaration| {
            let agreement = agreements.find_or_latest(&declaration.agreement);
            let report = rules::check(&declaration, agreement, today);
            let mut row = crate::core::overview::Row::of_report(&declaration, &report, today);
            row.set_registration(profile.registration.clone());
            DoctorLine {
                errors: report.errors().count(),
                // Their declaration is a refusal: they may join at any time. (A doctor who refused
                // and already declares adherence has nothing more to start.)
                refused: declaration.choice == Choice::Refusal,
                row,
                choice: declaration.choice,
                name: profile.name.clone(),
                inami: profile.inami.clone(),
            }
        });
        ListedDoctor { id: profile.id, line }
    }
}

/// The practice's doctors: choice, check status and deadline, with search, open and duplicate.
fn practice_list<'a>(state: &'a Start, ctx: &Context<'a>) -> Element<'a, Message> {
    let title = bold(ctx.tr("gui-practice-title")).size(18);
    if !state.doctors_read {
        // Read just after the first frame: not "no doctors yet" meanwhile.
        return column![title].into();
    }
    if state.damage.failure.is_some() {
        return column![title]
            .extend(state.damage.view(ctx, Message::RestoreBackup))
            .spacing(8)
            .into();
    }
    if state.doctors.is_empty() {
        return column![title, hint(ctx.tr("gui-practice-empty"), false)]
            .spacing(8)
            .into();
    }
    let listed: Vec<&ListedDoctor> = state.listed().collect();
    // Only the rows in and near the view are built (a practice of 200 doctors: 200 rows shaped
    // at every search key otherwise).
    let rows: Element<'a, Message> = if listed.is_empty() {
        hint(
            ctx.tr_args(
                "gui-practice-no-match",
                &[("query", state.search.trim().to_owned().into())],
            ),
            false,
        )
    } else {
        crate::app::widget::rows::keyed(
            listed.len(),
            state.list.within(listed.len()),
            None,
            |i| {
                let row = match &listed[i].line {
                    Some(line) => doctor_row(ctx, &listed[i].id, line),
                    None => hint(
                        ctx.tr_args("gui-practice-unreadable", &[("id", listed[i].id.clone().into())]),
                        true,
                    ),
                };
                // A row keeps its state by its doctor while the search filters the list.
                (crate::app::widget::rows::key_of(&listed[i].id), row)
            },
            Message::Shown,
        )
        .spacing(4.0)
        .into()
    };
    let search = text_input(&ctx.tr("gui-practice-search"), &state.search)
        .id(SEARCH_ID)
        .on_input(Message::SearchChanged)
        .padding(6);
    let overview = focusable(
        button(text(ctx.tr("gui-overview-open")).size(14))
            .padding([6, 12])
            .style(crate::app::widget::style::quiet_button)
            .on_press(Message::ShowOverview),
    );
    let rows_now: Vec<crate::core::overview::Row> = state
        .doctors
        .iter()
        .filter_map(|d| d.line.as_ref().map(|l| l.row.clone()))
        .collect();
    let mut list = column![row![title, overview].spacing(12).align_y(Alignment::Center)].spacing(8);
    if let Some(headline) = crate::core::overview::headline(&rows_now, ctx.localizer()) {
        list = list.push(bold(headline).size(15));
    }
    list.push(search).push(rows).into()
}

fn doctor_row<'a>(ctx: &Context, id: &str, doctor: &'a DoctorLine) -> Element<'a, Message> {
    let status = if doctor.errors == 0 {
        ctx.tr("gui-practice-valid")
    } else {
        ctx.tr_args("gui-check-errors", &[("count", doctor.errors.into())])
    };
    let line = ctx.tr_args(
        "gui-practice-line",
        &[
            ("choice", ctx.tr(&format!("choice-{}", doctor.choice.key())).into()),
            ("status", status.into()),
            ("deadline", registration_line(&doctor.row, ctx).into()),
        ],
    );
    let row = row![
        column![
            row![
                bold(doctor.name.as_str()).size(15),
                text(doctor.inami.as_str()).size(13)
            ]
            .spacing(8)
            .align_y(Alignment::Center),
            text(line).size(13)
        ]
        .spacing(2)
        .width(Length::Fill),
        focusable(button(text(ctx.tr("gui-open")).size(13)).on_press(Message::OpenProfile(id.to_owned()))),
        focusable(
            button(text(ctx.tr("gui-practice-duplicate")).size(13))
                .style(crate::app::widget::style::quiet_button)
                .on_press(Message::DuplicateProfile(id.to_owned()))
        ),
    ]
    .spacing(8)
    .align_y(Alignment::Center);
    // A doctor who refused may adhere at any time: one click starts it.
    let row = if doctor.refused {
        row.push(focusable(
            button(text(ctx.tr("gui-practice-join")).size(13))
                .style(button::primary)
                .on_press(Message::JoinProfile(id.to_owned())),
        ))
    } else {
        row
    };
    container(row).padding(8).style(container::bordered_box).into()
}

impl Start {
    pub(crate) fn view<'a>(&'a self, ctx: &Context<'a>) -> Element<'a, Message> {
        let actions = column![
            bold(ctx.tr("gui-start-what")).size(18),
            focusable(
                button(text(ctx.tr("gui-start-new")).size(16))
                    .padding([10, 16])
                    .style(button::primary)
                    .on_press(Message::NewDeclaration)
            )
            .id(NEW_ID),
            row(EXAMPLES.iter().enumerate().map(|(i, (key, _))| {
                focusable(
                    button(text(ctx.tr(key)).size(14))
                        .padding([8, 12])
                        .style(crate::app::widget::style::quiet_button)
                        .on_press(Message::OpenExample(i)),
                )
                .into()
            }))
            .spacing(8),
            continue_draft(ctx),
            practice_list(self, ctx),
            recent(ctx),
            self.open_by_path(ctx),
        ]
        .spacing(14)
        .max_width(720);
        // On a wide screen the page stays a readable width, centred.
        let page = column![banner(self, ctx), actions].spacing(24).max_width(1100);
        // A practice's list of doctors is long: scrolling redraws the view once (see `scrolled`).
        scrolled::scrollable(container(page).center_x(Length::Fill).padding([0, 8]))
            .id(super::STEP_SCROLL_ID)
            .into()
    }

    fn open_by_path<'a>(&'a self, ctx: &Context) -> Element<'a, Message> {
        let typed = self.open_path.trim();
        let field = text_input(&ctx.path_placeholder(), &self.open_path)
            .id(OPEN_PATH_ID)
            .on_input(Message::OpenPathChanged)
            .on_submit(Message::Open(PathBuf::from(typed)))
            .padding(8);
        let open = button(text(ctx.tr("gui-open")).size(14))
            .padding([8, 12])
            .on_press_maybe((!typed.is_empty()).then(|| Message::Open(PathBuf::from(typed))));
        let browse = button(text(ctx.tr("gui-browse")).size(14))
            .padding([8, 12])
            .style(crate::app::widget::style::quiet_button)
            .on_press(Message::BrowseOpen);
        let add_agreement = button(text(ctx.tr("gui-agreement-import")).size(13))
            .padding([6, 10])
            .style(crate::app::widget::style::quiet_button)
            .on_press(Message::ImportAgreement);
        labelled(
            ctx.tr("gui-start-open-file"),
            column![
                row![field, focusable(open).enabled(!typed.is_empty()), focusable(browse)]
                    .spacing(8)
                    .align_y(Alignment::Center),
                row![
                    focusable(add_agreement),
                    hint(ctx.tr("gui-agreement-import-help"), false)
                ]
                .spacing(8)
                .align_y(Alignment::Center),
            ]
            .spacing(6),
        )
    }
}

/// Where the doctor stands with ProSanté, as the overview says it: a registration the declaration
/// has changed from since is named ("enregistré le 02/12 — modifié depuis : à réenregistrer").
fn registration_line(row: &crate::core::overview::Row, ctx: &Context) -> String {
    crate::core::overview::changed_text(row, ctx.localizer())
        .unwrap_or_else(|| crate::core::overview::registration_state(row, ctx.localizer()))
}

fn continue_draft<'a>(ctx: &Context) -> Element<'a, Message> {
    let doctor = &ctx.declaration().doctor;
    if doctor.name.is_empty() && ctx.declaration().slots.is_empty() {
        return column![].into();
    }
    // With the number, as every list names a doctor: two namesakes' drafts are told apart.
    let name = crate::core::names::label(&doctor.name, &doctor.inami);
    let label = if name.trim().is_empty() {
        ctx.tr("gui-start-continue-unnamed")
    } else {
        ctx.tr_args("gui-start-continue", &[("name", name.into())])
    };
    focusable(
        button(text(label).size(14))
            .padding([8, 12])
            .style(button::success)
            .on_press(Message::ContinueDraft),
    )
    .into()
}

fn recent<'a>(ctx: &Context<'a>) -> Element<'a, Message> {
    let recent = &ctx.settings.recent;
    if recent.is_empty() {
        return column![].into();
    }
    let items = recent.iter().map(|path| {
        focusable(
            button(text(path.display().to_string()).size(14))
                .style(button::text)
                .on_press(Message::Open(path.clone())),
        )
        .into()
    });
    column![bold(ctx.tr("gui-start-recent")).size(16), column(items).spacing(2)]
        .spacing(6)
        .into()
}

/// The id of a window's last-day field, for focus and tests.
pub(crate) fn last_day_field_id(kind: &str) -> String {
    format!("last-day-{kind}")
}

/// The agreement in force today, with the last days the user set.
pub(crate) fn agreement_in_force(ctx: &Context) -> Agreement {
    ctx.agreements()
        .in_force_on(ctx.today())
        .with_last_days(&ctx.settings.last_days)
}

/// The window a new declaration starts in: the first one open today in which a refusal or partial
/// adherence can be registered by anyone (not the newly recognised doctors' own, not an amendment);
/// else the initial window, for a doctor whose own 30 days may still run.
pub(crate) fn window_for_new(agreement: &Agreement, today: NaiveDate) -> String {
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

/// A new declaration in a window, named by the window's own kind: for an amendment the choice is
/// partial adherence, the only one an amendment can declare; for joining, full adherence by a
/// doctor who refused; the newly recognised doctors' window is declared as `initial` and the doctor
/// step asks for the recognition date first.
fn start_in_window(ctx: &Context, kind: &str) -> Event {
    let agreement = agreement_in_force(ctx);
    let mut blank = session::blank(ctx.agreements(), ctx.today());
    blank.agreement = agreement.id.clone();
    let declared = agreement.window(kind).map_or(kind, |w| w.declared_kind());
    blank.window = Some(declared.to_owned());
    match kind {
        "amendment" => {
            blank.choice = Choice::Partial;
            blank.doctor.current_choice = Some(Choice::Partial);
        }
        JOIN => {
            blank.choice = Choice::Full;
            blank.doctor.current_choice = Some(Choice::Refusal);
        }
        _ => {}
    }
    Event::load(blank, Origin::default(), Screen::Doctor)
}

/// Sets (or with `None` removes) the user's last day for a window, after checking it: the new last
/// days and a notice, or the notice saying why not.
fn set_last_day(ctx: &Context, kind: &str, date: Option<NaiveDate>) -> Result<Vec<Event>, Event> {
    let agreement = agreement_in_force(ctx);
    if let (Some(date), Some(window)) = (date, agreement.window(kind))
        && let Err(error) = agreement::check_user_last_day(window, date)
    {
        return Err(ctx.error(match error {
            agreement::LastDayError::BeforePublished(published) => Said::with(
                "gui-last-day-before-published",
                &[("published", belgian_date(published).into())],
            ),
            agreement::LastDayError::NoFixedLastDay => Said::new("gui-last-day-none"),
        }));
    }
    let mut last_days = ctx.settings.last_days.clone();
    last_days.set(&agreement.id, kind, date);
    let said = match date {
        Some(date) => Said::with("gui-last-day-set", &[("date", belgian_date(date).into())]),
        None => Said::new("gui-last-day-reset"),
    };
    Ok(vec![Event::LastDaysChanged(last_days), ctx.info(said)])
}

/// Adds an agreement from a file to the data folder; the app uses it at once.
fn import_agreement(ctx: &Context, path: PathBuf) -> Action<Message> {
    let folder = ctx.options.data_dir.join("agreements");
    let known = ctx.agreements().clone();
    let source = path.clone();
    Action::Run(task::blocking(
        move || {
            Ok::<_, Stopped>(
                agreement_store::import(&source, &folder, &known)
                    .map(|imported| (imported, Agreements::with_added(agreement_store::load_all(&folder))))
                    .map_err(|error| error.with_position()),
            )
        },
        // A panic while importing is the window's, as when it ran on its own thread.
        move |imported| Message::AgreementImported(path, imported.unwrap_or_else(|stopped| stopped.resume())),
    ))
}

/// The agreement file was imported (the app uses it at once), or why not.
fn agreement_imported(
    ctx: &Context,
    path: &Path,
    imported: Result<(agreement_store::Imported, Agreements), Said>,
) -> Vec<Event> {
    match imported {
        Ok((imported, agreements)) => {
            let id = if imported.replaced {
                "cli-agreement-replaced"
            } else {
                "cli-agreement-added"
            };
            let said = Said::with(
                id,
                &[
                    ("id", imported.id.into()),
                    ("path", imported.path.display().to_string().into()),
                ],
            );
            vec![Event::AgreementsChanged(agreements), ctx.info(said)]
        }
        Err(error) => vec![ctx.error(Said::with(
            "cli-agreement-refused",
            &[("path", path.display().to_string().into()), ("error", error.into())],
        ))],
    }
}

/// "What can I still do today?": the agreement in force and each of its declaration windows with
/// its state on today's date, what it allows, whether its date is confirmed, and the action that
/// fits.
fn banner<'a>(state: &'a Start, ctx: &Context) -> Element<'a, Message> {
    let agreement = agreement_in_force(ctx);
    let today = ctx.today();
    let title = ctx.tr_args("agreement-name", &[("id", agreement.id.clone().into())]);
    let published = ctx.tr_args(
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
        lines = lines.push(window_card(state, ctx, &agreement, seen));
    }
    for seen in windows
        .iter()
        .filter(|seen| Some(seen.window.kind.as_str()) != urgent.map(|u| u.window.kind.as_str()))
    {
        lines = lines.push(if seen.window.kind == JOIN {
            join_line(ctx, &agreement, seen)
        } else {
            window_other_line(state, ctx, &agreement, seen)
        });
    }
    container(lines.width(Length::Fill))
        .padding(16)
        .style(container::rounded_box)
        .into()
}

/// An open window: what it is for, until when, the days left, and its button.
fn window_card<'a>(state: &'a Start, ctx: &Context, agreement: &Agreement, seen: &WindowOnDay) -> Element<'a, Message> {
    let l = ctx.localizer();
    let window = seen.window;
    let title = l.message(&wording::window_title(agreement, window));
    let line = wording::capitalised(l.message(&wording::window_line_short(agreement, seen)));
    let effective = match window.effective {
        agreement::Effective::FromRegistration { .. } => None,
        _ => agreement.effective_on(window, ctx.today()),
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
        card = card.push(text(ctx.tr_args("gui-window-effective", &[("date", belgian_date(date).into())])).size(14));
    }
    if !window.confirmed && !window.last_day_set_by_user() {
        card = card.push(hint(ctx.tr("gui-banner-unconfirmed"), false));
    }
    let kind = window.kind.clone();
    let action =
        button(text(ctx.tr_args("gui-window-start", &[("window", title_arg(ctx, agreement, window))])).size(15))
            .padding([8, 14])
            .style(button::primary)
            .on_press(Message::StartInWindow(kind));
    card = card.push(focusable(action));
    if seen.last_day.is_some() && !matches!(window.last_day, Some(agreement::LastDay::DaysAfterRecognition(_))) {
        card = card.push(last_day_editor(state, ctx, window));
    }
    container(card)
        .padding(12)
        .style(container::bordered_box)
        .width(Length::Fill)
        .into()
}

fn title_arg(ctx: &Context, agreement: &Agreement, window: &agreement::Window) -> crate::core::i18n::Arg {
    ctx.localizer().message(&wording::window_name(agreement, window)).into()
}

/// Joining the agreement, for a doctor who refused it: at any time, effective from registration,
/// and for which year the statut social can count when registered today (never the current year).
fn join_line<'a>(ctx: &Context, agreement: &Agreement, seen: &WindowOnDay) -> Element<'a, Message> {
    let window = seen.window;
    let today = ctx.today();
    let mut title = ctx.tr("window-join-line");
    let allows = ctx.localizer().message(&wording::window_allows(agreement, window));
    title = format!("{title} ({allows})");
    let statut = match agreement.statut_social_year(window, today) {
        Some(year) => ctx.tr_args(
            "gui-join-statut",
            &[
                ("year", i64::from(year).into()),
                ("registered", i64::from(chrono::Datelike::year(&today)).into()),
            ],
        ),
        None => ctx.tr("gui-join-statut-none"),
    };
    let mut first = row![
        column![
            text(title).size(14),
            text(ctx.tr("gui-join-for")).size(13),
            text(statut).size(13)
        ]
        .spacing(2)
        .width(Length::Fill)
    ]
    .spacing(8)
    .align_y(Alignment::Center);
    if seen.state == WindowState::Open {
        first = first.push(focusable(
            button(text(ctx.tr("gui-window-start-short")).size(13))
                .padding([6, 10])
                .style(crate::app::widget::style::quiet_button)
                .on_press(Message::StartInWindow(window.kind.clone())),
        ));
    }
    first.into()
}

/// Any other window in one line; an open one with its button, a user-set last day with its editor.
fn window_other_line<'a>(
    state: &'a Start,
    ctx: &Context,
    agreement: &Agreement,
    seen: &WindowOnDay,
) -> Element<'a, Message> {
    let line = ctx.localizer().message(&wording::window_line(agreement, seen));
    let mut first = row![text(line).size(14).width(Length::Fill)]
        .spacing(8)
        .align_y(Alignment::Center);
    if seen.state == WindowState::Open {
        let kind = seen.window.kind.clone();
        first = first.push(focusable(
            button(text(ctx.tr("gui-window-start-short")).size(13))
                .padding([6, 10])
                .style(crate::app::widget::style::quiet_button)
                .on_press(Message::StartInWindow(kind)),
        ));
    }
    let mut lines = column![first].spacing(4);
    if seen.window.last_day_set_by_user() {
        lines = lines.push(last_day_editor(state, ctx, seen.window));
    }
    lines.into()
}

/// "Last day announced later by INAMI": the user's own last day for a window, or back to the
/// published one.
fn last_day_editor<'a>(state: &'a Start, ctx: &Context, window: &agreement::Window) -> Element<'a, Message> {
    let kind = window.kind.clone();
    let typed = state.last_day_text(&kind);
    let date = super::doctor::parse_belgian_date(typed);
    let field = text_input(&ctx.tr("gui-date-placeholder"), typed)
        .id(last_day_field_id(&kind))
        .on_input({
            let kind = kind.clone();
            move |text| Message::LastDayTextChanged(kind.clone(), text)
        })
        .on_submit_maybe(date.map(|date| Message::SetLastDay(kind.clone(), Some(date))))
        .padding(6)
        .width(150);
    let apply = button(text(ctx.tr("gui-last-day-apply")).size(13))
        .padding([6, 10])
        .style(crate::app::widget::style::quiet_button)
        .on_press_maybe(date.map(|date| Message::SetLastDay(kind.clone(), Some(date))));
    let mut controls = row![
        text(ctx.tr("gui-last-day-label")).size(13),
        field,
        focusable(apply).enabled(date.is_some())
    ]
    .spacing(8)
    .align_y(Alignment::Center);
    if window.last_day_set_by_user() {
        controls = controls.push(focusable(
            button(text(ctx.tr("gui-last-day-reset-button")).size(13))
                .padding([6, 10])
                .style(crate::app::widget::style::quiet_button)
                .on_press(Message::SetLastDay(kind.clone(), None)),
        ));
    }
    let invalid = !typed.trim().is_empty() && date.is_none();
    column![
        controls,
        hint(
            ctx.tr(if invalid {
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
