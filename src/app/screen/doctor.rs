//! Doctor: name, INAMI number checked as typed, role (from the competence code, overridable), the
//! agreement, and the practice sites.

use super::Context;
use crate::app::screen::Screen;
use crate::app::session::Typing;
use crate::app::widget::focus::focusable;
use crate::app::widget::style::option_button;
use crate::app::widget::{Labelled, bold, heading, hint, labelled, labelled_pick_list, scrolled};
use crate::core::agreement;
use crate::core::format::limits;
use crate::core::inami::InamiNumber;
use crate::core::model::{Declaration, Role, Site};
use crate::core::rules::{Finding, RuleId};
use crate::core::wording;
use chrono::NaiveDate;
use iced::widget::{button, column, container, row, text, text_input};
use iced::{Alignment, Element, Length};

pub(crate) const NAME_ID: &str = "doctor-name";
pub(crate) const INAMI_ID: &str = "doctor-inami";
pub(crate) const NEW_SITE_ID: &str = "new-site";
pub(crate) const RECOGNISED_ID: &str = "doctor-recognised-on";

/// The doctor screen's own state: what is typed but not yet part of the declaration.
#[derive(Default)]
pub struct Doctor {
    /// The name of the site about to be added.
    new_site_name: String,
    /// The recognition date as typed, kept while it does not yet read as a date.
    recognised_on_text: String,
    /// How far down the form the user has typed or chosen something.
    reached: Option<Field>,
    /// Whether the user tried to go on (or left the step): every field says what it lacks.
    insisted: bool,
}

/// The form's fields that can lack something, top to bottom. A field the user has not reached yet
/// (typed in it, or in a field below it) shows its help, not an error: a new declaration does not
/// open in red.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Field {
    Name,
    Inami,
    Role,
    RecognisedOn,
    Agreement,
    Sites,
}

/// What the user does on the doctor screen.
#[derive(Clone, Debug)]
pub enum Message {
    NameChanged(String),
    InamiChanged(String),
    /// A role chosen by hand (`None`: derived from the INAMI number again).
    RoleChanged(Option<Role>),
    RecognisedOnChanged(String),
    AgreementChanged(String),
    /// The declaration window picked (`initial`, `second-year`, `amendment`).
    WindowChanged(String),
    NewSiteNameChanged(String),
    AddSite,
    SiteNameChanged(usize, String),
    SiteAddressChanged(usize, String),
    RemoveSite(usize),
    /// On to the choice.
    Continue,
}

impl Message {
    /// The field a message types in or chooses.
    fn field(&self) -> Option<Field> {
        Some(match self {
            Message::NameChanged(_) => Field::Name,
            Message::InamiChanged(_) => Field::Inami,
            Message::RoleChanged(_) => Field::Role,
            Message::RecognisedOnChanged(_) => Field::RecognisedOn,
            Message::AgreementChanged(_) | Message::WindowChanged(_) => Field::Agreement,
            Message::NewSiteNameChanged(_)
            | Message::AddSite
            | Message::SiteNameChanged(..)
            | Message::SiteAddressChanged(..)
            | Message::RemoveSite(_) => Field::Sites,
            Message::Continue => return None,
        })
    }
}

/// A change the doctor screen asks of the declaration.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Edit {
    Name(String),
    Inami(String),
    Role(Option<Role>),
    RecognisedOn(Option<NaiveDate>),
    Agreement(String),
    Window(String),
    AddSite(Site),
    SiteName(usize, String),
    SiteAddress(usize, String),
    RemoveSite(usize),
}

impl Edit {
    pub(crate) fn apply(self, d: &mut Declaration) {
        match self {
            Edit::Name(name) => d.doctor.name = name,
            Edit::Inami(inami) => d.doctor.inami = inami,
            Edit::Role(role) => d.doctor.role = role,
            Edit::RecognisedOn(date) => d.doctor.recognised_on = date,
            Edit::Agreement(id) => d.agreement = id,
            Edit::Window(kind) => d.window = Some(kind),
            Edit::AddSite(site) => d.sites.push(site),
            Edit::SiteName(index, name) => {
                if let Some(site) = d.sites.get_mut(index) {
                    site.name = name;
                }
            }
            Edit::SiteAddress(index, address) => {
                if let Some(site) = d.sites.get_mut(index) {
                    site.address = address;
                }
            }
            Edit::RemoveSite(index) => {
                if index < d.sites.len() {
                    let removed = d.sites.remove(index);
                    // A slot at a removed site would be an error nobody asked for: its slots go too.
                    d.slots.retain(|s| s.site != removed.id);
                }
            }
        }
    }
}

/// What the doctor screen hands back to the ctx.
pub(crate) type Action = super::Action<Message>;

impl Doctor {
    pub fn recognised_on_text(&self) -> &str {
        &self.recognised_on_text
    }

    /// Whether the user has typed in this field, moved past it, or tried to go on.
    pub(crate) fn touched(&self, field: Field) -> bool {
        self.insisted || self.reached.is_some_and(|reached| reached >= field)
    }

    /// The user leaves the step: coming back, every field says what it lacks.
    pub(crate) fn left_step(&mut self) {
        self.insisted = true;
    }

    /// Another declaration: nothing in it is touched yet.
    pub(crate) fn forget_touches(&mut self) {
        self.reached = None;
        self.insisted = false;
    }

    /// Whether the INAMI field shows its error rather than its help: once touched, or at once when
    /// something is in it (typed now, or in a file opened).
    pub(crate) fn inami_error_shown(&self, declaration: &Declaration) -> bool {
        !declaration.doctor.inami.trim().is_empty() || self.touched(Field::Inami)
    }

    /// Whether the missing role is said in red: only when the declaration needs one (partial
    /// adherence, FORMAT.md `doctor.role`), once the role was touched, or the number typed reads
    /// but its competence code does not tell.
    pub fn role_error_shown(&self, declaration: &Declaration) -> bool {
        declaration.needs_role() && (self.touched(Field::Role) || InamiNumber::parse(&declaration.doctor.inami).is_ok())
    }

    /// A finding about a field of this step the user has not reached: the live check lists it as
    /// still to fill in, not as an error.
    pub(crate) fn still_to_fill_in(&self, finding: &Finding, declaration: &Declaration) -> bool {
        match finding.rule {
            RuleId::DoctorInamiInvalid => !self.inami_error_shown(declaration),
            RuleId::DoctorRoleMissing => !self.role_error_shown(declaration),
            _ => false,
        }
    }

    fn reach(&mut self, field: Field) {
        self.reached = self.reached.max(Some(field));
    }

    pub(crate) fn update(&mut self, message: Message, ctx: &Context) -> Action {
        let declaration = ctx.declaration();
        if let Some(field) = message.field() {
            self.reach(field);
        }
        match message {
            Message::NameChanged(name) => {
                Action::typed(Typing::DoctorName, Edit::Name(within(name, limits::DOCTOR_NAME)))
            }
            Message::InamiChanged(inami) => Action::typed(Typing::Inami, Edit::Inami(inami)),
            Message::RoleChanged(role) => Action::edit(Edit::Role(role)),
            Message::RecognisedOnChanged(text) => {
                let date = parse_belgian_date(&text);
                let complete = text.trim().is_empty() || date.is_some();
                self.recognised_on_text = text;
                if complete {
                    Action::typed(Typing::RecognisedOn, Edit::RecognisedOn(date))
                } else {
                    Action::None
                }
            }
            Message::AgreementChanged(id) => Action::edit(Edit::Agreement(id)),
            Message::WindowChanged(kind) => Action::edit(Edit::Window(kind)),
            Message::NewSiteNameChanged(name) => {
                self.new_site_name = within(name, limits::SITE_NAME);
                Action::None
            }
            Message::AddSite => {
                let name = self.new_site_name.trim().to_owned();
                if name.is_empty() {
                    return Action::None;
                }
                self.new_site_name.clear();
                let added = Action::edit(Edit::AddSite(Site {
                    id: unique_site_id(&declaration.sites, &name),
                    name,
                    address: String::new(),
                    extra: Default::default(),
                }));
                // The new site's row pushes the field (which keeps the focus, for the next site)
                // down, out of sight at the bottom of a small window: scroll it back in.
                Action::Batch(vec![added, Action::Run(crate::app::widget::focus::reveal_focused())])
            }
            Message::SiteNameChanged(index, name) => Action::typed(
                Typing::SiteName(index),
                Edit::SiteName(index, within(name, limits::SITE_NAME)),
            ),
            Message::SiteAddressChanged(index, address) => Action::typed(
                Typing::SiteAddress(index),
                Edit::SiteAddress(index, within(address, limits::SITE_ADDRESS)),
            ),
            Message::RemoveSite(index) => Action::edit(Edit::RemoveSite(index)),
            Message::Continue => {
                self.insisted = true;
                Action::go_to(Screen::Choice)
            }
        }
    }

    /// Shows the declaration's recognition date, unless what is typed already means that date.
    pub(crate) fn declaration_changed(&mut self, declaration: &Declaration) {
        let stored = declaration.doctor.recognised_on;
        if parse_belgian_date(&self.recognised_on_text) != stored {
            self.recognised_on_text = stored.map(crate::core::wording::belgian_date).unwrap_or_default();
        }
    }
}

/// The text typed, cut at the field's limit (FORMAT.md, "Text limits"): a field stops taking
/// characters there, so the app never writes a file its own reader would refuse.
pub(crate) fn within(text: String, limit: usize) -> String {
    match text.char_indices().nth(limit) {
        Some((end, _)) => text[..end].to_owned(),
        None => text,
    }
}

/// A short stable id from the name (`cabinet-ixelles`), unique among the sites.
fn unique_site_id(sites: &[Site], name: &str) -> String {
    let base: String = name
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let base = if base.is_empty() { "site".to_owned() } else { base };
    let mut id = base.clone();
    let mut n = 2;
    while sites.iter().any(|s| s.id == id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

/// `23/11/2026`, `23-11-2026` or `2026-11-23`. The year needs its four digits: a half-typed
/// `05/03/20` is not the year 20.
pub(crate) fn parse_belgian_date(text: &str) -> Option<chrono::NaiveDate> {
    use chrono::Datelike;
    let text = text.trim();
    ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d"]
        .iter()
        .find_map(|f| chrono::NaiveDate::parse_from_str(text, f).ok())
        .filter(|date| (1900..=2999).contains(&date.year()))
}

impl Doctor {
    /// The doctor, the INAMI number and role, the agreement and window, the sites.
    pub(crate) fn view<'a>(&'a self, ctx: &Context<'a>) -> Element<'a, Message> {
        view(self, ctx)
    }
}

/// Whether the doctor step asks for the recognition date first: a declaration in the initial
/// window once the agreement's own 30 days are over can only be a newly recognised doctor's (the
/// start screen's "within 30 days of your recognition"), and their last day depends on that date.
/// It stays first once typed, so the field never moves under the cursor.
pub(crate) fn recognition_first(
    declaration: &Declaration,
    agreement: &agreement::Agreement,
    today: chrono::NaiveDate,
) -> bool {
    let has_own_window = agreement
        .windows
        .iter()
        .any(|w| matches!(w.last_day, Some(agreement::LastDay::DaysAfterRecognition(_))));
    let initial_closed = agreement.window(agreement::INITIAL).is_some_and(|w| {
        agreement.state_on(w, agreement.last_day_of(w, None), today) == agreement::WindowState::Closed
    });
    has_own_window && initial_closed && declaration.window_kind() == agreement::INITIAL
}

fn view<'a>(form: &'a Doctor, ctx: &Context<'a>) -> Element<'a, Message> {
    let d = ctx.declaration();
    let first = recognition_first(d, ctx.agreement(), ctx.today());
    let name = text_input(&ctx.tr("gui-doctor-name-placeholder"), &d.doctor.name)
        .id(NAME_ID)
        .on_input(Message::NameChanged)
        .padding(8);
    let inami = text_input("1-23456-78-901", &d.doctor.inami)
        .id(INAMI_ID)
        .on_input(Message::InamiChanged)
        .padding(8);
    let mut content = column![heading(ctx.tr("gui-doctor-title"))];
    if first {
        // The recognition date decides the window's last day: asked before anything else.
        content = content.push(
            column![
                recognised(form, ctx),
                hint(ctx.tr("gui-doctor-recognised-first"), false)
            ]
            .spacing(4),
        );
    }
    let content = content
        .push(
            column![
                labelled(ctx.tr("gui-doctor-name"), name),
                labelled(
                    ctx.tr("gui-doctor-inami"),
                    column![inami, inami_hint(form, ctx)].spacing(4)
                ),
                if first {
                    row![container(role_picker(form, ctx)).width(Length::Fill)]
                } else {
                    row![
                        container(role_picker(form, ctx)).width(Length::Fill),
                        container(recognised(form, ctx)).width(Length::Fill)
                    ]
                    .spacing(16)
                },
                row![agreement_picker(ctx), window_picker(ctx)].spacing(16),
                sites(form, ctx),
                focusable(
                    button(text(ctx.tr("gui-next")).size(15))
                        .padding([8, 16])
                        .style(button::primary)
                        .on_press(Message::Continue)
                ),
            ]
            .spacing(16),
        )
        .spacing(16)
        .max_width(760);
    scrolled::scrollable(content.padding([0, 12]))
        .id(super::STEP_SCROLL_ID)
        .into()
}

fn inami_hint<'a>(form: &'a Doctor, ctx: &Context<'a>) -> Element<'a, Message> {
    let typed = &ctx.declaration().doctor.inami;
    if !form.inami_error_shown(ctx.declaration()) {
        return hint(ctx.tr("gui-inami-help"), false);
    }
    match InamiNumber::parse(typed) {
        Ok(number) => {
            let role = crate::core::model::Role::implied_by(&number).map_or_else(
                || ctx.tr("gui-inami-role-unknown"),
                |r| ctx.tr(&format!("role-{}", r.key())),
            );
            hint(
                ctx.tr_args(
                    "gui-inami-valid",
                    &[("number", number.formatted().into()), ("role", role.into())],
                ),
                false,
            )
        }
        Err(error) => hint(ctx.localizer().message(&error.message()), true),
    }
}

fn role_picker<'a>(form: &'a Doctor, ctx: &Context<'a>) -> Element<'a, Message> {
    let derived = crate::core::model::Role::implied_by_text(&ctx.declaration().doctor.inami);
    let options = [Role::GeneralPractitioner, Role::Specialist];
    let buttons = options.into_iter().map(|role| {
        let chosen = ctx.declaration().doctor.role == Some(role)
            || (ctx.declaration().doctor.role.is_none() && derived == Some(role));
        focusable(
            button(text(ctx.tr(&format!("role-{}", role.key()))).size(14))
                .padding([6, 12])
                .style(option_button(chosen))
                .on_press(Message::RoleChanged(Some(role))),
        )
        .into()
    });
    let note = match (ctx.declaration().doctor.role, derived) {
        (None, Some(_)) => ctx.tr("gui-role-derived"),
        (None, None) if ctx.declaration().needs_role() => ctx.tr("gui-role-needed"),
        (None, None) => ctx.tr("gui-role-not-needed"),
        (Some(_), _) => ctx.tr("gui-role-stated"),
    };
    labelled(
        ctx.tr("gui-doctor-role"),
        column![
            row(buttons).spacing(8),
            hint(
                note,
                ctx.declaration().role().is_none() && form.role_error_shown(ctx.declaration())
            )
        ]
        .spacing(4),
    )
}

fn agreement_picker<'a>(ctx: &Context<'a>) -> Element<'a, Message> {
    let options: Vec<Labelled<String>> = ctx
        .agreements()
        .iter()
        .rev()
        .map(|a| Labelled {
            value: a.id.clone(),
            label: ctx.tr_args("agreement-name", &[("id", a.id.clone().into())]),
        })
        .collect();
    labelled(
        ctx.tr("gui-doctor-agreement"),
        labelled_pick_list(
            options,
            &ctx.declaration().agreement,
            Message::AgreementChanged,
            |list| list.padding(8),
        ),
    )
}

/// The declaration window, with where it stands today; any window the agreement has can be picked.
fn window_picker<'a>(ctx: &Context<'a>) -> Element<'a, Message> {
    let agreement = ctx.agreement();
    let l = ctx.localizer();
    let mut options: Vec<Labelled<String>> = Vec::new();
    // Once the agreement's own 30 days are over, an initial declaration is a newly recognised
    // doctor's: named as the start screen names that window.
    let recognition = recognition_first(ctx.declaration(), agreement, ctx.today());
    for window in &agreement.windows {
        let kind = window.declared_kind();
        if options.iter().any(|o| o.value == kind) {
            continue;
        }
        let per_doctor = |w: &&agreement::Window| {
            w.declared_kind() == kind && matches!(w.last_day, Some(agreement::LastDay::DaysAfterRecognition(_)))
        };
        let own = match agreement.windows.iter().find(per_doctor) {
            Some(recognised) if recognition => recognised,
            _ => agreement.window(kind).unwrap_or(window),
        };
        options.push(Labelled {
            value: kind.to_owned(),
            label: l.message(&wording::window_title(agreement, own)),
        });
    }
    let declaration = ctx.declaration();
    let chosen = declaration.window_kind();
    let today = ctx.today();
    let state = match agreement.declaration_window(chosen, &declaration.doctor) {
        Some(window) => {
            let seen = agreement
                .windows_on(today, Some(&declaration.doctor))
                .into_iter()
                .find(|seen| seen.window.kind == window.window.kind);
            match seen {
                Some(seen) => hint(
                    wording::capitalised(l.message(&wording::window_line_short(agreement, &seen))),
                    seen.state != agreement::WindowState::Open,
                ),
                None => hint(String::new(), false),
            }
        }
        None => hint(
            l.message(
                &crate::core::i18n::Message::new("summary-window-unavailable")
                    .key_arg("window", format!("window-kind-{chosen}")),
            ),
            true,
        ),
    };
    labelled(
        ctx.tr("gui-doctor-window"),
        column![
            labelled_pick_list(options, &chosen.to_string(), Message::WindowChanged, |list| list
                .padding(8)),
            state
        ]
        .spacing(4),
    )
}

fn recognised<'a>(form: &'a Doctor, ctx: &Context<'a>) -> Element<'a, Message> {
    let agreement = ctx.agreement();
    let has_own_window = agreement
        .windows
        .iter()
        .any(|w| matches!(w.last_day, Some(agreement::LastDay::DaysAfterRecognition(_))));
    if !has_own_window {
        return column![].into();
    }
    let typed = form.recognised_on_text();
    let field = text_input(&ctx.tr("gui-date-placeholder"), typed)
        .id(RECOGNISED_ID)
        .on_input(Message::RecognisedOnChanged)
        .padding(8)
        .width(200);
    let help = if typed.trim().is_empty() || parse_belgian_date(typed).is_some() {
        hint(ctx.tr("gui-doctor-recognised-help"), false)
    } else {
        hint(ctx.tr("gui-date-invalid"), true)
    };
    labelled(ctx.tr("gui-doctor-recognised"), column![field, help].spacing(4))
}

fn sites<'a>(form: &'a Doctor, ctx: &Context<'a>) -> Element<'a, Message> {
    let rows = ctx.declaration().sites.iter().enumerate().map(|(i, site)| {
        row![
            bold(crate::app::widget::style::site_letter(i).to_string())
                .size(16)
                .color(crate::app::widget::style::site_colour(i))
                .width(20),
            text_input(&ctx.tr("gui-site-name"), &site.name)
                .on_input(move |v| Message::SiteNameChanged(i, v))
                .padding(6)
                .width(Length::FillPortion(2)),
            text_input(&ctx.tr("gui-site-address"), &site.address)
                .on_input(move |v| Message::SiteAddressChanged(i, v))
                .padding(6)
                .width(Length::FillPortion(3)),
            focusable(
                button(text(ctx.tr("gui-remove")).size(13))
                    .style(button::danger)
                    .on_press(Message::RemoveSite(i))
            ),
        ]
        .spacing(8)
        .align_y(Alignment::Center)
        .into()
    });
    let add = row![
        text_input(&ctx.tr("gui-site-new-placeholder"), &form.new_site_name)
            .id(NEW_SITE_ID)
            .on_input(Message::NewSiteNameChanged)
            .on_submit(Message::AddSite)
            .padding(6),
        focusable(
            button(text(ctx.tr("gui-site-add")).size(14))
                .on_press_maybe((!form.new_site_name.trim().is_empty()).then_some(Message::AddSite))
        )
        .enabled(!form.new_site_name.trim().is_empty()),
    ]
    .spacing(8);
    column![
        bold(ctx.tr("gui-doctor-sites")).size(18),
        hint(ctx.tr("gui-sites-help"), false),
        column(rows).spacing(6),
        add
    ]
    .spacing(8)
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::screen::{Edit as ScreenEdit, Event, Fixture};
    use crate::core::agreement::Agreements;
    use crate::core::model::Choice;

    /// The screen's answer to `message` on `declaration`, as the app asks it.
    fn update(form: &mut Doctor, declaration: &Declaration, message: Message) -> Action {
        let session = Fixture::session(declaration.clone());
        form.update(message, &Fixture::new().context(&session))
    }

    #[test]
    fn adding_a_site_asks_for_a_unique_id_and_empties_the_field() {
        let mut declaration = crate::app::session::blank(Agreements::embedded(), chrono::NaiveDate::default());
        let mut form = Doctor::default();
        assert!(
            matches!(update(&mut form, &declaration, Message::AddSite), Action::None),
            "no name, no site"
        );
        for name in ["Cabinet Ixelles", "Cabinet  Ixelles!"] {
            update(&mut form, &declaration, Message::NewSiteNameChanged(name.into()));
            let Action::Batch(actions) = update(&mut form, &declaration, Message::AddSite) else {
                panic!("a site is added, and the field kept in sight");
            };
            let Some(Action::Edit(ScreenEdit::Doctor(edit))) = actions.into_iter().next() else {
                panic!("a site is added");
            };
            edit.apply(&mut declaration);
            assert!(form.new_site_name.is_empty());
        }
        let ids: Vec<&str> = declaration.sites.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["cabinet-ixelles", "cabinet-ixelles-2"]);
    }

    #[test]
    fn removing_a_site_removes_its_slots_too() {
        let mut declaration: Declaration = crate::core::format::read_declaration(
            include_str!("../../../assets/examples/specialist-partial-valid.json"),
            Agreements::embedded(),
        )
        .unwrap();
        let gone = declaration.sites[0].id.clone();
        Edit::RemoveSite(0).apply(&mut declaration);
        assert!(!declaration.slots.is_empty());
        assert!(declaration.slots.iter().all(|s| s.site != gone));
    }

    #[test]
    fn an_empty_inami_number_is_said_in_red_only_once_the_field_is_reached_or_the_user_goes_on() {
        let mut declaration = crate::app::session::blank(Agreements::embedded(), chrono::NaiveDate::default());
        declaration.choice = Choice::Partial;
        let mut form = Doctor::default();
        assert!(!form.inami_error_shown(&declaration), "a new declaration");
        assert!(!form.role_error_shown(&declaration));
        update(&mut form, &declaration, Message::NameChanged("Dr Anne".into()));
        assert!(!form.inami_error_shown(&declaration), "typing the name above it");
        update(&mut form, &declaration, Message::InamiChanged(String::new()));
        assert!(form.inami_error_shown(&declaration), "typed in, then emptied");
        assert!(
            !form.role_error_shown(&declaration),
            "the role below is not reached yet"
        );
        update(&mut form, &declaration, Message::NewSiteNameChanged("Cabinet".into()));
        assert!(form.role_error_shown(&declaration), "moved past the role");
        form.forget_touches();
        assert!(
            !form.inami_error_shown(&declaration),
            "another declaration starts afresh"
        );
        update(&mut form, &declaration, Message::Continue);
        assert!(form.inami_error_shown(&declaration) && form.role_error_shown(&declaration));
    }

    #[test]
    fn a_number_already_there_is_checked_and_a_readable_one_asks_for_the_role() {
        let mut declaration = crate::app::session::blank(Agreements::embedded(), chrono::NaiveDate::default());
        declaration.choice = Choice::Partial;
        let form = Doctor::default();
        declaration.doctor.inami = "1-23".into();
        assert!(
            form.inami_error_shown(&declaration),
            "an opened file's number is checked"
        );
        assert!(
            !form.role_error_shown(&declaration),
            "half a number says nothing of the role"
        );
        declaration.doctor.inami = "1-00001-06-004".into();
        assert!(form.role_error_shown(&declaration));
        for choice in [Choice::Full, Choice::Refusal] {
            declaration.choice = choice;
            assert!(
                !form.role_error_shown(&declaration),
                "{choice:?} needs no role (FORMAT.md doctor.role)"
            );
        }
    }

    #[test]
    fn the_live_check_lists_untouched_fields_as_still_to_fill_in() {
        let declaration = crate::app::session::blank(Agreements::embedded(), chrono::NaiveDate::default());
        let agreement = Agreements::embedded().find_or_latest(&declaration.agreement);
        let report = crate::core::rules::check(&declaration, agreement, chrono::NaiveDate::default());
        let inami = report
            .findings
            .iter()
            .find(|f| f.rule == RuleId::DoctorInamiInvalid)
            .expect("an empty number is a finding");
        let mut form = Doctor::default();
        assert!(form.still_to_fill_in(inami, &declaration));
        form.left_step();
        assert!(
            !form.still_to_fill_in(inami, &declaration),
            "after leaving the step, an error"
        );
        let other = report.findings.iter().find(|f| {
            !matches!(
                f.rule,
                RuleId::DoctorInamiInvalid | RuleId::DoctorRoleMismatch | RuleId::DoctorRoleMissing
            )
        });
        assert!(other.is_none_or(|f| !Doctor::default().still_to_fill_in(f, &declaration)));
    }

    #[test]
    fn continue_leads_to_the_choice() {
        let declaration = crate::app::session::blank(Agreements::embedded(), chrono::NaiveDate::default());
        let action = update(&mut Doctor::default(), &declaration, Message::Continue);
        assert!(matches!(action, Action::Event(Event::GoTo(Screen::Choice))));
    }

    #[test]
    fn belgian_dates_read_only_with_a_four_digit_year() {
        let expected = chrono::NaiveDate::from_ymd_opt(2026, 3, 5);
        for typed in [
            "05/03/2026",
            "5/3/2026",
            "05-03-2026",
            "05.03.2026",
            "2026-03-05",
            " 05/03/2026 ",
        ] {
            assert_eq!(parse_belgian_date(typed), expected, "{typed}");
        }
        for typed in ["05/03/20", "05/03/202", "31/02/2026", "", "demain"] {
            assert_eq!(parse_belgian_date(typed), None, "{typed}");
        }
    }
}
