//! Weekly schedule: the week grid (or a list of the same slots) and, beside it, the selected slot's
//! editor: day, start, end, site, rates, setting, note; delete; duplicate to other days.
//!
//! The screen keeps its own state ([`Schedule`]) and messages ([`Message`]); it never changes the
//! declaration itself but hands back an [`Action`] with the [`Edit`] to make, which the app applies
//! through the session (undo, live check, autosave).

pub mod import;

use crate::app::keys::Nudge;
use crate::app::screen::Context;
use crate::app::session::{Session, SlotId, SlotIds, Typing};
use crate::app::widget::focus::{focusable, on_leave};
use crate::app::widget::grid::{DayNames, GridCache, GridEvent, WeekGrid};
use crate::app::widget::{Labelled, bold, heading, hint, labelled, labelled_pick_list, scrolled, steady};
use crate::core::model::{Declaration, Rates, Setting, Slot, TimeError, TimeOfDay, Weekday};
use crate::core::rules::RuleId;
use iced::widget::{button, canvas, column, container, row, scrollable, text, text_input};
use iced::{Alignment, Element, Length};

pub const START_ID: &str = "slot-start";
pub(crate) const END_ID: &str = "slot-end";
pub(crate) const NOTE_ID: &str = "slot-note";
pub(crate) const GRID_ID: &str = "week-grid";
/// The slot panel's day pick list (tests find it).
pub(crate) const DAY_ID: &str = "slot-day";
/// "Add a slot": where the keyboard focus lands on this step.
pub const ADD_ID: &str = "slot-add";
/// Wide enough for the longest setting name on one line in both languages.
const EDITOR_WIDTH: f32 = 330.0;
/// Under this width (the step's, in the window's own pixels after zoom) the toolbar's buttons wrap
/// under the title instead of running off the right edge.
const ONE_LINE_TOOLBAR: f32 = 900.0;
/// Under this width the slot editor (or the import panel) goes below the week, in one column that
/// scrolls, instead of squeezing the week to a few pixels per day.
pub(crate) const EDITOR_BESIDE_WIDTH: f32 = 760.0;
/// The step's scrollable in a narrow window (it opens at its top).
pub(crate) const SCROLL_ID: &str = "schedule-scroll";
/// Padding of a row in the list view (and of its header).
const LIST_PADDING: [u16; 2] = [6, 8];

/// How the schedule is shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ScheduleView {
    #[default]
    Grid,
    List,
}

/// One of the slot editor's two time fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimeField {
    Start,
    End,
}

impl TimeField {
    pub(crate) const BOTH: [TimeField; 2] = [TimeField::Start, TimeField::End];

    /// The field's label (message id), as the check names it.
    pub(crate) fn label(self) -> &'static str {
        match self {
            TimeField::Start => "gui-slot-start",
            TimeField::End => "gui-slot-end",
        }
    }

    fn of(self, slot: &Slot) -> TimeOfDay {
        match self {
            TimeField::Start => slot.start,
            TimeField::End => slot.end,
        }
    }

    fn set(self, slot: &mut Slot, time: TimeOfDay) {
        match self {
            TimeField::Start => slot.start = time,
            TimeField::End => slot.end = time,
        }
    }
}

/// How a typed time is being taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Taking {
    /// The field was left (Tab, a click elsewhere, any other action in the window).
    Leave,
    /// Enter in the field: also confirms an unusual time already asked about.
    Enter,
    /// "Yes" to the question about an unusual time.
    Confirm,
}

/// Consultations are expected between these hours (in minutes); a time outside them is asked about
/// once.
const USUAL_HOURS: std::ops::RangeInclusive<u16> = 6 * 60..=22 * 60;

/// The raw text of the slot editor's fields. A time typed changes nothing until it is taken, when
/// the field is left or Enter is pressed: a first key `1` on the way to `13:00` never becomes
/// 01:00 unseen. Once taken, the field shows the time as taken (`01:00`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SlotEditor {
    pub start: String,
    pub end: String,
    pub note: String,
    /// The slot's times as the fields last showed them: a text that reads as another time is typed
    /// but not taken yet.
    shown: Option<(TimeOfDay, TimeOfDay)>,
    /// A consultation time outside 06:00–22:00, shown and asked about once, not taken yet.
    asking: Option<(TimeField, TimeOfDay)>,
}

impl SlotEditor {
    pub(crate) fn text(&self, field: TimeField) -> &str {
        match field {
            TimeField::Start => &self.start,
            TimeField::End => &self.end,
        }
    }

    fn text_mut(&mut self, field: TimeField) -> &mut String {
        match field {
            TimeField::Start => &mut self.start,
            TimeField::End => &mut self.end,
        }
    }

    fn shown(&self, field: TimeField) -> Option<TimeOfDay> {
        self.shown.map(|(start, end)| match field {
            TimeField::Start => start,
            TimeField::End => end,
        })
    }

    /// The unusual time the editor asks about, not taken until confirmed.
    pub(crate) fn asking(&self) -> Option<(TimeField, TimeOfDay)> {
        self.asking
    }

    /// The fields whose text is not the slot's time: not a time at all, a time not taken yet, or
    /// an unusual time waiting for its confirmation.
    pub(crate) fn unfinished_fields(&self) -> Vec<TimeField> {
        TimeField::BOTH
            .into_iter()
            .filter(|&field| match TimeOfDay::parse_lenient(self.text(field)) {
                Ok(time) => Some(time) != self.shown(field),
                Err(_) => true,
            })
            .collect()
    }

    /// Whether a time field holds text the slot does not have: the slot is then unfinished.
    pub(crate) fn is_unfinished(&self) -> bool {
        !self.unfinished_fields().is_empty()
    }
}

/// The schedule screen's own state. Slots are held by id, so the selection and the outline stay
/// on their slot whatever happens to the list around it.
#[derive(Default)]
pub struct Schedule {
    selected: Option<SlotId>,
    /// The selected slot after it went (deleted, or its adding undone): an undo that brings it
    /// back selects it again.
    vanished: Option<SlotId>,
    /// The slots of the finding last clicked.
    highlighted: Vec<SlotId>,
    /// The rule of that finding, so the outline goes once the finding is fixed.
    highlighted_rule: Option<RuleId>,
    editor: SlotEditor,
    /// How far the slot panel is scrolled down, for [`editor_box`].
    editor_scrolled: f32,
    view: ScheduleView,
    /// The week grid's drawing: each day's kept until what it shows changes (the grid sees that
    /// itself), all of it until the theme or the language change.
    grid_cache: GridCache,
    /// The days' names in the interface language, for the grid's header and the duplicate buttons.
    day_names: DayNames,
    /// The panel for importing a calendar or a spreadsheet, shown beside the week while open.
    import: import::Import,
    /// The list view's rows built: those in and near the view (see `widget::rows`).
    list_rows: crate::app::widget::rows::Window,
}

/// What the user does on the schedule screen.
#[derive(Clone, Debug)]
pub enum Message {
    /// A click or drag in the week grid.
    Grid(GridEvent),
    /// The slot panel was scrolled this far down (px): its box is repainted whole.
    EditorScrolled(f32),
    /// Select a slot from the list view (or the week, from the keyboard).
    SelectSlot(SlotId),
    /// Add a slot on Monday morning (keyboard users, list view).
    AddSlot,
    DayChanged(Weekday),
    StartChanged(String),
    EndChanged(String),
    /// A time field lost the focus: its time is taken.
    TimeLeft(TimeField),
    /// Enter in a time field: its time is taken (an unusual one asked about is confirmed).
    TimeSubmitted(TimeField),
    /// "Yes" to "01:00 — really?".
    TimeConfirmed(TimeField),
    /// "No": the field shows the slot's time again.
    TimeRefused(TimeField),
    SiteChanged(String),
    RatesChanged(Rates),
    SettingChanged(Setting),
    NoteChanged(String),
    /// Delete the selected slot.
    Delete,
    /// Copy the selected slot to another day.
    Duplicate(Weekday),
    /// Move or stretch the selected slot from the keyboard.
    Nudge(Nudge),
    ViewChanged(ScheduleView),
    /// The list view asks for the rows near its view to be built.
    ListShown(crate::app::widget::rows::Window),
    /// Back to the doctor step to declare a site.
    AddSite,
    /// On to the review.
    Continue,
    /// A message of the import panel beside the week ("Import a calendar or spreadsheet…" is
    /// `ImportPanel(import::Message::Browse)`): the schedule hands it to its panel.
    ImportPanel(import::Message),
}

/// A change the schedule asks of the declaration, naming slots by id.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Edit {
    /// A new slot, under the id the screen gave it (so it can select it at once).
    Add(SlotId, Slot),
    Change(SlotId, Slot),
    Remove(SlotId),
    /// The chosen slots of an import (indices into the proposal), with the new sites they use.
    Import(Box<crate::core::import::Proposal>, Vec<usize>),
}

impl Edit {
    /// Makes the change, moving the slots' ids with their slots. A slot that no longer exists is
    /// left alone.
    pub(crate) fn apply(self, declaration: &mut Declaration, ids: &mut SlotIds) {
        let slots = &mut declaration.slots;
        match self {
            Edit::Add(id, slot) => {
                slots.push(slot);
                ids.push(id);
            }
            Edit::Change(id, slot) => {
                if let Some(old) = ids.index_of(id).and_then(|i| slots.get_mut(i)) {
                    *old = slot;
                }
            }
            Edit::Remove(id) => {
                if let Some(index) = ids.index_of(id).filter(|&i| i < slots.len()) {
                    slots.remove(index);
                    ids.remove(index);
                }
            }
            Edit::Import(proposal, chosen) => {
                let before = slots.clone();
                proposal.apply(declaration, &chosen);
                ids.follow(&before, &declaration.slots);
            }
        }
    }
}

/// What the schedule screen hands back to the app.
pub(crate) type Action = super::Action<Message>;

impl Schedule {
    pub fn selected(&self) -> Option<SlotId> {
        self.selected
    }

    pub fn highlighted(&self) -> &[SlotId] {
        &self.highlighted
    }

    pub fn editor(&self) -> &SlotEditor {
        &self.editor
    }

    /// The selected slot, when one of its time fields holds text that is not a time: the check,
    /// saving and exporting must not treat the declaration as finished.
    pub fn unfinished_slot(&self) -> Option<SlotId> {
        self.selected.filter(|_| self.editor.is_unfinished())
    }

    pub(crate) fn update(&mut self, message: Message, ctx: &Context) -> Action {
        let session = ctx.session;
        let declaration = session.declaration();
        let selected = self
            .selected
            .and_then(|id| session.slot(id).map(|slot| (id, slot.clone())));
        let change = |change: &dyn Fn(&mut Slot)| match &selected {
            Some((id, slot)) => {
                let mut slot = slot.clone();
                change(&mut slot);
                Action::edit(Edit::Change(*id, slot))
            }
            None => Action::None,
        };
        match message {
            Message::Grid(GridEvent::Selected(id)) | Message::SelectSlot(id) => {
                self.select(session, Some(id));
                Action::None
            }
            Message::Grid(GridEvent::Cleared) => {
                self.select(session, None);
                Action::None
            }
            Message::Grid(GridEvent::Create { day, start, end }) => self.create(declaration, day, start, end, None),
            // With a slot selected ("+ another slot" under its times), the new one goes on that
            // slot's day when it has room, at its site: the week is typed day by day.
            Message::AddSlot => {
                let like = selected.as_ref().map(|(_, slot)| slot);
                match free_place_from(&declaration.slots, like.map_or(Weekday::Monday, |s| s.day)) {
                    Some((day, start, end)) => self.create(declaration, day, start, end, like.map(|s| &s.site)),
                    None => Action::None,
                }
            }
            Message::DayChanged(day) => change(&|s| s.day = day),
            // Typing only changes the field; typing in one field has left the other.
            Message::StartChanged(raw) => {
                self.typed(TimeField::Start, raw);
                self.take(&selected, &[TimeField::End], Taking::Leave)
            }
            Message::EndChanged(raw) => {
                self.typed(TimeField::End, raw);
                self.take(&selected, &[TimeField::Start], Taking::Leave)
            }
            Message::TimeLeft(field) => self.take(&selected, &[field], Taking::Leave),
            Message::TimeSubmitted(field) => self.take(&selected, &[field], Taking::Enter),
            Message::TimeConfirmed(field) => self.take(&selected, &[field], Taking::Confirm),
            Message::TimeRefused(field) => {
                if self.editor.asking.is_some_and(|(asked, _)| asked == field) {
                    self.editor.asking = None;
                }
                if let Some(shown) = self.editor.shown(field) {
                    *self.editor.text_mut(field) = shown.to_string();
                }
                Action::None
            }
            Message::SiteChanged(site) => change(&|s| s.site = site.clone()),
            Message::RatesChanged(rates) => change(&|s| s.rates = rates),
            Message::SettingChanged(setting) => change(&|s| s.setting = setting),
            Message::NoteChanged(note) => {
                self.editor.note = note.clone();
                let note = (!note.trim().is_empty()).then_some(note);
                typed(&selected, Typing::SlotNote, Some(move |s: &mut Slot| s.note = note))
            }
            Message::Delete => match selected {
                Some((id, _)) => {
                    self.vanished = self.selected.take();
                    self.highlighted.clear();
                    self.highlighted_rule = None;
                    Action::edit(Edit::Remove(id))
                }
                None => Action::None,
            },
            // The copy is another slot: a name of its own; the selection stays on the original.
            Message::Duplicate(day) => match selected {
                Some((_, slot)) => Action::edit(Edit::Add(SlotId::fresh(), Slot { day, ..slot })),
                None => Action::None,
            },
            Message::Nudge(nudge) => change(&|s| *s = nudged(s, nudge)),
            Message::EditorScrolled(y) => {
                self.editor_scrolled = y;
                Action::None
            }
            Message::ViewChanged(view) => {
                if view != self.view {
                    // The list opens at its top.
                    self.list_rows = Default::default();
                }
                self.view = view;
                Action::None
            }
            Message::ListShown(window) => {
                self.list_rows = window;
                Action::None
            }
            Message::AddSite => Action::go_to(crate::app::screen::Screen::Doctor),
            Message::Continue => Action::go_to(crate::app::screen::Screen::Review),
            Message::ImportPanel(message) => {
                // (The week draws the import's proposed slots dashed: its days redraw themselves.)
                let action = self.import.update(message, ctx, selected_site(self.selected, session));
                action.map(Message::ImportPanel)
            }
        }
    }

    /// Takes what the time fields hold, as leaving them would: the app calls this before any other
    /// action (a click elsewhere, a shortcut, saving, another step), so no typed time is lost or
    /// taken later than the user expects.
    pub(crate) fn take_typed_times(&mut self, session: &Session) -> Action {
        let selected = self
            .selected
            .and_then(|id| session.slot(id).map(|slot| (id, slot.clone())));
        self.take(&selected, &TimeField::BOTH, Taking::Leave)
    }

    fn typed(&mut self, field: TimeField, raw: String) {
        if self.editor.asking.is_some_and(|(asked, _)| asked == field) && *self.editor.text(field) != raw {
            self.editor.asking = None;
        }
        *self.editor.text_mut(field) = raw;
    }

    /// Takes the fields' times into the slot: each field then shows the time as taken. A text that
    /// is not a time stays, unfinished (the check and saving say so); a consultation time outside
    /// 06:00–22:00 is asked about once and taken only when confirmed (Enter again, or "Yes").
    fn take(&mut self, selected: &Option<(SlotId, Slot)>, fields: &[TimeField], how: Taking) -> Action {
        let Some((id, slot)) = selected else {
            return Action::None;
        };
        let mut taken = slot.clone();
        for &field in fields {
            let Ok(time) = TimeOfDay::parse_lenient(self.editor.text(field)) else {
                continue;
            };
            let asked = self.editor.asking == Some((field, time));
            if time != field.of(&taken) {
                let unusual = taken.setting == Setting::Office && !USUAL_HOURS.contains(&time.minutes());
                let confirmed = how == Taking::Confirm || (how == Taking::Enter && asked);
                if unusual && !confirmed {
                    self.editor.asking = Some((field, time));
                    *self.editor.text_mut(field) = time.to_string();
                    continue;
                }
                field.set(&mut taken, time);
            }
            if self.editor.asking.is_some_and(|(f, _)| f == field) {
                self.editor.asking = None;
            }
            *self.editor.text_mut(field) = time.to_string();
        }
        if taken == *slot {
            Action::None
        } else {
            Action::edit(Edit::Change(*id, taken))
        }
    }

    /// The import panel, beside the week while open.
    pub fn import(&self) -> &import::Import {
        &self.import
    }

    /// Another declaration is on screen: the import panel forgets the last file, its ticked slots
    /// and their dashed preview, so they cannot be added to the wrong schedule.
    pub(crate) fn forget_import(&mut self) {
        self.import = import::Import::default();
    }

    /// The import's proposal made again for the declaration as it is now (its sites, its slots).
    pub(crate) fn propose_again(&mut self, ctx: &Context) -> Action {
        let site = selected_site(self.selected, ctx.session);
        self.import.declaration_changed(ctx, site).map(Message::ImportPanel)
    }

    /// Keeps the selection and the panel's fields in step with the declaration after any change
    /// (an edit, undo, opening a file): a selected slot that went is remembered, and selected
    /// again if an undo brings it back.
    pub(crate) fn declaration_changed(&mut self, session: &Session) {
        let ids = session.slot_ids();
        self.highlighted.retain(|&id| ids.contains(id));
        if self.selected.is_some_and(|id| !ids.contains(id)) {
            self.vanished = self.selected.take();
            self.editor = SlotEditor::default();
        }
        if self.selected.is_none()
            && let Some(back) = self.vanished.filter(|&id| ids.contains(id))
        {
            self.vanished = None;
            self.selected = Some(back);
        }
        if let Some(slot) = self.selected.and_then(|id| session.slot(id)) {
            self.load_editor(slot);
        }
    }

    /// Shows the slots a finding is about, the first one selected.
    pub(crate) fn highlight(&mut self, session: &Session, rule: RuleId, slots: Vec<SlotId>) {
        let first = slots.first().copied();
        self.highlighted = slots;
        self.highlighted_rule = Some(rule);
        self.select(session, first);
    }

    pub(crate) fn highlighted_rule(&self) -> Option<&RuleId> {
        self.highlighted_rule.as_ref()
    }

    /// The outlined finding's slots now, or none when it was fixed.
    pub(crate) fn outline(&mut self, slots: Option<Vec<SlotId>>) {
        match slots {
            Some(slots) => self.highlighted = slots,
            None => {
                self.highlighted.clear();
                self.highlighted_rule = None;
            }
        }
    }

    /// Escape, or another declaration: nothing selected or highlighted.
    pub(crate) fn clear_selection(&mut self) {
        self.selected = None;
        self.vanished = None;
        self.highlighted.clear();
        self.highlighted_rule = None;
        self.editor = SlotEditor::default();
    }

    /// The theme or the language changed: the grid is drawn again.
    pub(crate) fn redraw(&self) {
        self.grid_cache.clear();
    }

    fn select(&mut self, session: &Session, id: Option<SlotId>) {
        self.selected = id.filter(|&id| session.slot_ids().contains(id));
        self.vanished = None;
        self.editor = SlotEditor::default();
        if let Some(slot) = self.selected.and_then(|id| session.slot(id)) {
            self.load_editor(slot);
        }
    }

    /// A new slot, selected; it takes the site of the last slot, as schedules repeat, but always
    /// the agreement's rates: free fees are limited by the rules and must be chosen, not inherited.
    /// A new slot at `site`, else at the last slot's site (else the first site's).
    fn create(
        &mut self,
        declaration: &Declaration,
        day: Weekday,
        start: TimeOfDay,
        end: TimeOfDay,
        site: Option<&String>,
    ) -> Action {
        let previous = declaration.slots.last();
        let site = site
            .or(previous.map(|s| &s.site))
            .cloned()
            .or_else(|| declaration.sites.first().map(|s| s.id.clone()))
            .unwrap_or_default();
        let slot = Slot {
            site,
            day,
            start,
            end,
            rates: Rates::Agreement,
            setting: Setting::Office,
            note: None,
            extra: Default::default(),
        };
        // Named here, so it is selected as it is added; `declaration_changed` then fills the panel.
        let id = SlotId::fresh();
        self.selected = Some(id);
        self.vanished = None;
        self.editor = SlotEditor::default();
        Action::edit(Edit::Add(id, slot))
    }

    /// The panel shows the slot's times. What is being typed stays while the slot keeps the time
    /// the field showed; a slot whose time changed otherwise (a move, undo, a time taken) shows
    /// its new time.
    fn load_editor(&mut self, slot: &Slot) {
        for field in TimeField::BOTH {
            let value = field.of(slot);
            if self.editor.shown(field) != Some(value) {
                *self.editor.text_mut(field) = value.to_string();
                if self.editor.asking.is_some_and(|(f, _)| f == field) {
                    self.editor.asking = None;
                }
            }
        }
        self.editor.shown = Some((slot.start, slot.end));
        self.editor.note = slot.note.clone().unwrap_or_default();
    }
}

/// Where "Add a slot" puts a new slot: the first free three hours (else one hour) of the week from
/// `first` on (Sunday wraps to Monday), starting on the half hour from 09:00 (then from 08:00) and
/// ending by 20:00, overlapping no slot of any site. An empty week from Monday gets Monday 09:00–12:00.
pub(crate) fn free_place_from(slots: &[Slot], first: Weekday) -> Option<(Weekday, TimeOfDay, TimeOfDay)> {
    const LAST_END: u16 = 20 * 60;
    let from = Weekday::ALL.iter().position(|&d| d == first).unwrap_or(0);
    let days = Weekday::ALL.iter().cycle().skip(from).take(Weekday::ALL.len());
    for length in [180, 60] {
        let starts: Vec<u16> = (9 * 60..=LAST_END - length)
            .step_by(30)
            .chain([8 * 60, 8 * 60 + 30])
            .collect();
        for &day in days.clone() {
            let taken: Vec<(u16, u16)> = slots
                .iter()
                .filter(|s| s.day == day)
                .map(|s| (s.start.minutes(), s.end.minutes()))
                .collect();
            let fits = |start: u16| taken.iter().all(|&(a, b)| start + length <= a || b <= start);
            if let Some(&start) = starts.iter().find(|&&start| fits(start)) {
                return Some((
                    day,
                    TimeOfDay::from_minutes(start)?,
                    TimeOfDay::from_minutes(start + length)?,
                ));
            }
        }
    }
    None
}

/// A keystroke's edit of the selected slot, when there is one and the text means something.
fn typed(
    selected: &Option<(SlotId, Slot)>,
    field: fn(SlotId) -> Typing,
    change: Option<impl FnOnce(&mut Slot)>,
) -> Action {
    match (selected, change) {
        (Some((id, slot)), Some(change)) => {
            let mut slot = slot.clone();
            change(&mut slot);
            Action::typed(field(*id), Edit::Change(*id, slot))
        }
        _ => Action::None,
    }
}

/// The slot moved or stretched by a quarter hour or a day; unchanged where that would leave the
/// day or make it empty.
pub(crate) fn nudged(slot: &Slot, nudge: Nudge) -> Slot {
    const STEP: i32 = 15;
    let (start, end) = (i32::from(slot.start.minutes()), i32::from(slot.end.minutes()));
    let (start, end, day) = match nudge {
        Nudge::Earlier => (start - STEP, end - STEP, Some(slot.day)),
        Nudge::Later => (start + STEP, end + STEP, Some(slot.day)),
        Nudge::Shorter => (start, end - STEP, Some(slot.day)),
        Nudge::Longer => (start, end + STEP, Some(slot.day)),
        Nudge::PreviousDay => (
            start,
            end,
            slot.day.index().checked_sub(1).and_then(Weekday::from_index),
        ),
        Nudge::NextDay => (start, end, Weekday::from_index(slot.day.index() + 1)),
    };
    let time = |minutes: i32| u16::try_from(minutes).ok().and_then(TimeOfDay::from_minutes);
    match (time(start), time(end), day) {
        (Some(start), Some(end), Some(day)) if start < end => Slot {
            start,
            end,
            day,
            ..slot.clone()
        },
        _ => slot.clone(),
    }
}

/// The site of the slot selected on the week: where calendar events without a place go.
fn selected_site(selected: Option<SlotId>, session: &Session) -> Option<String> {
    Some(session.slot(selected?)?.site.clone())
}

/// The name of a site for display, or its id when unknown.
fn site_name<'a>(ctx: &Context<'a>, id: &'a str) -> &'a str {
    ctx.declaration().site(id).map_or(id, |s| s.name.as_str())
}

impl Schedule {
    /// The week (grid or list), the selected slot's editor or the import panel beside it.
    pub(crate) fn view<'a>(&'a self, ctx: &Context<'a>) -> Element<'a, Message> {
        // Laid out for the width it has: a small screen or a high zoom gets the toolbar wrapped
        // and the slot panel under the week.
        let ctx = ctx.clone();
        iced::widget::responsive(move |size| view(self, &ctx, size)).into()
    }

    /// The days' names follow the interface language.
    pub(crate) fn language_changed(&mut self, localizer: &crate::core::i18n::Localizer) {
        self.day_names = DayNames::new(localizer);
        self.redraw();
    }
}

fn view<'a>(schedule: &'a Schedule, ctx: &Context<'a>, size: iced::Size) -> Element<'a, Message> {
    let toggle = |view: ScheduleView, key: &str| {
        focusable(
            button(text(ctx.tr(key)).size(14))
                .padding([4, 10])
                .style(crate::app::widget::style::option_button(schedule.view == view))
                .on_press(Message::ViewChanged(view)),
        )
    };
    let buttons = [
        toggle(ScheduleView::Grid, "gui-schedule-grid").into(),
        toggle(ScheduleView::List, "gui-schedule-list").into(),
        focusable(
            button(text(ctx.tr("gui-import-button")).size(14))
                .padding([4, 10])
                .style(crate::app::widget::style::quiet_button)
                .on_press(Message::ImportPanel(import::Message::Browse)),
        )
        .id(import::BUTTON_ID)
        .into(),
        focusable(
            button(text(ctx.tr("gui-slot-add")).size(14))
                .padding([4, 10])
                .on_press(Message::AddSlot),
        )
        .id(ADD_ID)
        .into(),
    ];
    let header: Element<'_, Message> = if size.width >= ONE_LINE_TOOLBAR {
        row![heading(ctx.tr("gui-schedule-title")), iced::widget::space::horizontal()]
            .extend(buttons)
            .spacing(8)
            .align_y(Alignment::Center)
            .into()
    } else {
        // The buttons flow onto as many lines as they need, each one whole.
        column![
            heading(ctx.tr("gui-schedule-title")),
            iced::widget::Row::with_children(buttons)
                .spacing(8)
                .align_y(Alignment::Center)
                .wrap()
                .vertical_spacing(6)
        ]
        .spacing(6)
        .into()
    };
    let main: Element<'_, Message> = match schedule.view {
        ScheduleView::Grid => grid(schedule, ctx),
        ScheduleView::List => list(schedule, ctx),
    };
    // After the panel, so Tab goes through the slot's fields before leaving the step.
    let next = container(focusable(
        button(text(ctx.tr("gui-next")).size(15))
            .padding([8, 16])
            .style(button::primary)
            .on_press(Message::Continue),
    ))
    .align_right(Length::Fill);
    if size.width >= EDITOR_BESIDE_WIDTH {
        return column![
            header,
            no_site(ctx),
            hint(view_help(schedule.view, ctx), false),
            row![
                container(main).width(Length::Fill).height(Length::Fill),
                side_panel(schedule, ctx, false)
            ]
            .spacing(12)
            .height(Length::Fill),
            next,
        ]
        .spacing(8)
        .into();
    }
    // Narrow: one column that scrolls, the week at a height where days and hours read, the slot
    // (or import) panel under it at the full width.
    let week_height = (size.height * 0.6).clamp(260.0, 420.0);
    let content = column![
        header,
        no_site(ctx),
        hint(view_help(schedule.view, ctx), false),
        container(main).width(Length::Fill).height(week_height),
        side_panel(schedule, ctx, true),
        next,
    ]
    .spacing(8)
    .padding(iced::Padding {
        right: 14.0,
        ..iced::Padding::ZERO
    });
    scrolled::scrollable(content)
        .id(SCROLL_ID)
        .spacing(4)
        .height(Length::Fill)
        .into()
}

/// Slots need a site: without one, say so and offer the way back to the doctor step.
fn no_site<'a>(ctx: &Context<'a>) -> Option<Element<'a, Message>> {
    if !ctx.declaration().sites.is_empty() {
        return None;
    }
    let warning = row![
        container(hint(ctx.tr("gui-schedule-no-site"), true)).width(Length::Fill),
        focusable(
            button(text(ctx.tr("gui-schedule-add-site")).size(14))
                .padding([4, 10])
                .on_press(Message::AddSite)
        ),
    ]
    .spacing(8)
    .align_y(Alignment::Center);
    Some(warning.into())
}

fn grid<'a>(schedule: &'a Schedule, ctx: &Context<'a>) -> Element<'a, Message> {
    // The names live in the app for the frame's lifetime; the canvas borrows them.
    let program = WeekGrid {
        slots: &ctx.declaration().slots,
        ids: ctx.session.slot_ids(),
        sites: &ctx.declaration().sites,
        selected: schedule.selected,
        highlighted: &schedule.highlighted,
        proposed: &schedule.import.preview,
        day_names: &schedule.day_names,
        cache: &schedule.grid_cache,
    };
    // The words over the shapes: see `grid::Labels`.
    let canvas: Element<'_, GridEvent> = iced::widget::stack![
        canvas(program).width(Length::Fill).height(Length::Fill),
        program.labels()
    ]
    .into();
    let week = container(canvas.map(Message::Grid))
        .id(GRID_ID)
        .width(Length::Fill)
        .height(Length::Fill);
    // From the keyboard, Enter or Space on the week selects the next slot in week order (the arrows
    // then move it, as for a slot picked with the mouse); an empty week gets a first slot.
    let activate = match next_in_week(&ctx.declaration().slots, ctx.session.slot_ids(), schedule.selected) {
        Some(id) => Message::SelectSlot(id),
        None => Message::AddSlot,
    };
    focusable(week).on_activate(activate).into()
}

/// The slots in week order (day, then start; the list's order for equal ones), with their ids.
fn in_week_order<'a>(slots: &'a [Slot], ids: &SlotIds) -> Vec<(SlotId, &'a Slot)> {
    let mut order: Vec<(usize, SlotId, &Slot)> = slots
        .iter()
        .zip(ids.iter())
        .enumerate()
        .map(|(i, (slot, id))| (i, id, slot))
        .collect();
    order.sort_by_key(|&(i, _, slot)| (slot.day, slot.start, i));
    order.into_iter().map(|(_, id, slot)| (id, slot)).collect()
}

/// The slot after `current` in week order (day, then start), wrapping round; the first when none.
pub fn next_in_week(slots: &[Slot], ids: &SlotIds, current: Option<SlotId>) -> Option<SlotId> {
    let order: Vec<SlotId> = in_week_order(slots, ids).into_iter().map(|(id, _)| id).collect();
    let position = current.and_then(|c| order.iter().position(|&id| id == c));
    match position {
        Some(p) => order.get((p + 1) % order.len()).copied(),
        None => order.first().copied(),
    }
}

/// The line under the title says how the view on screen works: the week's clicks, drags, colours
/// and place letters do not apply to the list.
fn view_help(view: ScheduleView, ctx: &Context<'_>) -> String {
    match view {
        ScheduleView::Grid => ctx.tr("gui-schedule-help"),
        ScheduleView::List => ctx.tr_args("gui-schedule-list-help", &[("add", ctx.tr("gui-slot-add").into())]),
    }
}

/// The list view: one card per slot, in week order. Each card stacks "day hours", the site and
/// "rates · setting" on lines of their own, so long site names wrap inside the card instead of
/// running over a neighbouring column in small windows or at high zoom. Rows are keyed by slot:
/// a slot whose new day or time moves it in the list keeps its row (and the row's state).
fn list<'a>(schedule: &'a Schedule, ctx: &Context<'a>) -> Element<'a, Message> {
    let order = in_week_order(&ctx.declaration().slots, ctx.session.slot_ids());
    if order.is_empty() {
        // Not a blank area: the list view is kept from one doctor to the next.
        let add = ctx.tr("gui-slot-add");
        return container(hint(
            ctx.tr_args("gui-schedule-list-empty", &[("add", add.into())]),
            false,
        ))
        .padding(LIST_PADDING)
        .width(Length::Fill)
        .into();
    }
    // Only the rows in and near the view are built (300 slots: 900 texts shaped for the list's
    // first frame otherwise); the selected slot's row stays built wherever it moves.
    let selected = order.iter().position(|(id, _)| schedule.selected == Some(*id));
    let count = order.len();
    let row = |i: usize| {
        let (id, s) = order[i];
        let when = format!("{} {}–{}", ctx.tr(&format!("day-{}", s.day.key())), s.start, s.end);
        let how = format!(
            "{} · {}",
            ctx.tr(&format!("rates-{}", s.rates.key())),
            ctx.tr(&format!("setting-{}", s.setting.key()))
        );
        let wrapped = |content: String| {
            text(content)
                .size(14)
                .width(Length::Fill)
                .wrapping(text::Wrapping::WordOrGlyph)
        };
        let card = column![
            bold(when).size(14),
            wrapped(site_name(ctx, &s.site).to_owned()),
            wrapped(how)
        ]
        .spacing(2)
        .width(Length::Fill);
        let style = if schedule.selected == Some(id) {
            button::primary
        } else if schedule.highlighted.contains(&id) {
            button::danger
        } else {
            button::text
        };
        let card = focusable(
            button(card)
                .style(style)
                .padding(LIST_PADDING)
                .width(Length::Fill)
                .on_press(Message::SelectSlot(id)),
        );
        // Far from the view a built row keeps its size and is not laid out again (see `distant`).
        let row = container(card).id(list_row_id(id)).width(Length::Fill);
        (id.key(), crate::app::widget::distant::row(row).into())
    };
    let rows = crate::app::widget::rows::keyed(
        count,
        schedule.list_rows.within(count),
        selected,
        row,
        Message::ListShown,
    )
    .spacing(4.0);
    // Scrolling redraws the view once, not each card's old and new place (see `scrolled`).
    scrolled::scrollable(rows).spacing(4).into()
}

/// The id of a slot's card in the list view (tests find it).
pub fn list_row_id(slot: SlotId) -> iced::widget::Id {
    iced::widget::Id::from(format!("slot-row-{slot}"))
}

fn time_error(ctx: &Context, raw: &str) -> Option<String> {
    match TimeOfDay::parse_lenient(raw) {
        Ok(_) => None,
        Err(TimeError::Shape) => Some(ctx.tr("gui-time-shape")),
        Err(TimeError::OutOfRange) => Some(ctx.tr("gui-time-range")),
    }
}

/// A time field's error line, `error` or empty, as high as the longer of the two errors needs
/// in this language and width: it keeps its height whatever it shows.
fn error_line<'a>(ctx: &Context, error: String) -> Element<'a, Message> {
    let (shape, range) = (ctx.tr("gui-time-shape"), ctx.tr("gui-time-range"));
    let longest = if shape.len() >= range.len() { shape } else { range };
    iced::widget::stack![
        // Sizes the line; never seen. The space after it changes neither its lines nor its
        // height, and keeps it from being taken for the error itself (by a search for the text).
        text(longest + " ")
            .size(13)
            .width(Length::Fill)
            .color(iced::Color::TRANSPARENT),
        container(hint(error, true)).width(Length::Fill),
    ]
    .into()
}

/// Beside (or, `below`, under) the week: the import panel while an import is open, else the slot
/// editor.
fn side_panel<'a>(schedule: &'a Schedule, ctx: &Context<'a>, below: bool) -> Element<'a, Message> {
    if schedule.import.open {
        return schedule.import.view(ctx).map(Message::ImportPanel);
    }
    editor(schedule, ctx, below)
}

fn editor<'a>(schedule: &'a Schedule, ctx: &Context<'a>, below: bool) -> Element<'a, Message> {
    let panel = match schedule.selected.and_then(|id| ctx.session.slot(id)) {
        Some(slot) => slot_form(schedule, ctx, slot),
        None => column![
            bold(ctx.tr("gui-slot-none")).size(16),
            hint(ctx.tr("gui-slot-none-help"), false)
        ]
        .spacing(8)
        .into(),
    };
    if below {
        // Under the week the step's own scrollbar serves; the panel takes the whole width.
        return container(panel)
            .width(Length::Fill)
            .padding(12)
            .style(container::rounded_box)
            .into();
    }
    // A fixed width leaves the rest to the week; the scrollbar sits beside the fields, not on them.
    let scrolled = schedule.editor_scrolled;
    container(steady::scroll(
        scrollable(panel)
            .spacing(6)
            .on_scroll(|viewport| Message::EditorScrolled(viewport.absolute_offset().y)),
    ))
    .width(EDITOR_WIDTH)
    .height(Length::Shrink)
    .padding(12)
    .style(move |theme: &iced::Theme| editor_box(theme, scrolled))
    .into()
}

/// The slot panel's box, its colour nudged by an invisible amount (far below one step of 8-bit
/// colour) as it scrolls. Why: tiny-skia repaints only what it finds changed and misplaces the
/// region of a vertically centred text (iced 0.14, see `widget::repaint_on_change`), so a pick
/// list's label scrolled away left its upper half drawn over the fields ("Praktijk (raadplegingen,
/// afspraken)" over the site, seen at 100 % and 130 %). A new colour repaints the panel's box.
fn editor_box(theme: &iced::Theme, scrolled: f32) -> container::Style {
    let mut style = container::rounded_box(theme);
    if let Some(iced::Background::Color(colour)) = &mut style.background {
        let nudge = 1e-5 * (scrolled.round().rem_euclid(64.0) + 1.0);
        colour.r = if colour.r > 0.5 {
            colour.r - nudge
        } else {
            colour.r + nudge
        };
    }
    style
}

fn slot_form<'a>(schedule: &'a Schedule, ctx: &Context<'a>, slot: &'a Slot) -> Element<'a, Message> {
    let days = Labelled::each(Weekday::ALL, |d| ctx.tr(&format!("day-{}", d.key())));
    let sites: Vec<Labelled<String>> = ctx
        .declaration()
        .sites
        .iter()
        .map(|s| Labelled {
            value: s.id.clone(),
            label: s.name.clone(),
        })
        .collect();
    let settings = Labelled::each(Setting::ALL, |s| ctx.tr(&format!("setting-{}", s.key())));
    // A time is taken when the field is left or Enter is pressed, never at each key.
    let time_field = |field: TimeField, id: &'static str, placeholder: &str| {
        let on_input: fn(String) -> Message = match field {
            TimeField::Start => Message::StartChanged,
            TimeField::End => Message::EndChanged,
        };
        let typed = schedule.editor.text(field);
        let input = text_input(placeholder, typed)
            .id(id)
            .on_input(on_input)
            .on_submit(Message::TimeSubmitted(field))
            .padding(6);
        // Each field's own error under it: two bad fields, two messages, each where it belongs.
        // Its line is always there (empty while the time reads): an error coming or going while a
        // time is typed moves nothing under it, so only the line itself is drawn again.
        let error = time_error(ctx, typed).unwrap_or_default();
        let column = column![
            labelled(
                ctx.tr(field.label()),
                on_leave(steady::input(input, typed), Message::TimeLeft(field))
            ),
            error_line(ctx, error)
        ]
        .spacing(4);
        container(column).width(Length::FillPortion(1))
    };
    let times = row![
        time_field(TimeField::Start, START_ID, "08:30"),
        time_field(TimeField::End, END_ID, "12:00")
    ]
    .spacing(8);
    let rate_button = |rates: Rates| {
        focusable(
            button(text(ctx.tr(&format!("rates-{}", rates.key()))).size(13))
                .padding([6, 8])
                .style(crate::app::widget::style::option_button(slot.rates == rates))
                .on_press(Message::RatesChanged(rates)),
        )
    };
    let duplicate = Weekday::ALL.iter().filter(|&&d| d != slot.day).map(|&d| {
        focusable(
            button(text(schedule.day_names.short[d.index()].as_str()).size(12))
                .padding([4, 6])
                .style(crate::app::widget::style::quiet_button)
                .on_press(Message::Duplicate(d)),
        )
        .into()
    });
    let mut form = column![
        bold(ctx.tr("gui-slot-edit")).size(16),
        labelled(
            ctx.tr("gui-slot-day"),
            container(labelled_pick_list(days, &slot.day, Message::DayChanged, |list| {
                list.padding(6).text_size(14).width(Length::Fill)
            }))
            .id(DAY_ID)
        ),
        times,
    ]
    .spacing(10);
    if let Some((field, time)) = schedule.editor.asking() {
        let shown = schedule.editor.shown(field).map(|t| t.to_string()).unwrap_or_default();
        form = form.push(
            column![
                hint(
                    ctx.localizer()
                        .tr_args("gui-time-unusual", &[("time", time.to_string().into())]),
                    true
                ),
                row![
                    focusable(
                        button(
                            text(
                                ctx.localizer()
                                    .tr_args("gui-time-unusual-yes", &[("time", time.to_string().into())])
                            )
                            .size(13)
                        )
                        .padding([4, 8])
                        .on_press(Message::TimeConfirmed(field))
                    ),
                    focusable(
                        button(
                            text(
                                ctx.localizer()
                                    .tr_args("gui-time-unusual-no", &[("time", shown.into())])
                            )
                            .size(13)
                        )
                        .padding([4, 8])
                        .style(crate::app::widget::style::quiet_button)
                        .on_press(Message::TimeRefused(field))
                    ),
                ]
                .spacing(6)
                .wrap()
            ]
            .spacing(4),
        );
    }
    // Right after the times: a week typed from the keyboard is "times, Tab, Enter" per slot.
    form = form.push(focusable(
        button(text(ctx.tr("gui-slot-add-another")).size(13))
            .padding([4, 10])
            .style(crate::app::widget::style::quiet_button)
            .on_press(Message::AddSlot),
    ));
    form = form
        .push(hint(ctx.tr("gui-time-help"), false))
        .push(labelled(
            ctx.tr("gui-slot-site"),
            labelled_pick_list(sites, &slot.site, Message::SiteChanged, |list| {
                list.padding(6)
                    .text_size(14)
                    .width(Length::Fill)
                    .placeholder(ctx.tr("gui-slot-site-pick"))
            }),
        ))
        .push(labelled(
            ctx.tr("gui-slot-rates"),
            row![rate_button(Rates::Agreement), rate_button(Rates::Free)].spacing(6),
        ))
        .push(labelled(
            ctx.tr("gui-slot-setting"),
            labelled_pick_list(settings, &slot.setting, Message::SettingChanged, |list| {
                list.padding(6).text_size(14).width(Length::Fill)
            }),
        ))
        .push(labelled(
            ctx.tr("gui-slot-note"),
            steady::input(
                text_input("", &schedule.editor.note)
                    .id(NOTE_ID)
                    .on_input(Message::NoteChanged)
                    .padding(6),
                &schedule.editor.note,
            ),
        ))
        .push(labelled(ctx.tr("gui-slot-duplicate"), row(duplicate).spacing(4).wrap()))
        .push(focusable(
            button(text(ctx.tr("gui-slot-delete")).size(14))
                .style(button::danger)
                .on_press(Message::Delete),
        ))
        .push(hint(ctx.tr("gui-slot-keys"), false));
    form.into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::screen::{Edit as ScreenEdit, Fixture};
    use crate::core::agreement::{Agreements, LastDays};

    fn slot(day: Weekday, start: (u16, u16), end: (u16, u16)) -> Slot {
        Slot::office(day, start, end)
    }

    fn declaration(slots: Vec<Slot>) -> Declaration {
        let mut declaration = crate::app::session::blank(Agreements::embedded(), chrono::NaiveDate::default());
        declaration.sites.push(crate::core::model::Site {
            id: "a".into(),
            name: "Cabinet".into(),
            address: String::new(),
            extra: Default::default(),
        });
        declaration.slots = slots;
        declaration
    }

    /// A session on these slots; nothing here writes its draft.
    fn session(slots: Vec<Slot>) -> Session {
        let today = chrono::NaiveDate::default();
        Session::new(
            declaration(slots),
            today,
            crate::app::session::WindowSlot {
                root: "never-written".into(),
                slot: 1,
            },
            Agreements::embedded().clone(),
            LastDays::default(),
        )
    }

    /// The screen's answer to `message`, as the app asks it.
    fn update(schedule: &mut Schedule, session: &Session, message: Message) -> Action {
        schedule.update(message, &Fixture::new().context(session))
    }

    /// The id of the slot now at `index`.
    fn id(session: &Session, index: usize) -> SlotId {
        session.slot_ids().id_of(index).expect("a slot there")
    }

    /// A message to the screen, its edit made through the session as the app makes it.
    fn send(schedule: &mut Schedule, session: &mut Session, message: Message) {
        match update(schedule, session, message) {
            Action::Edit(edit) => session.edit_slots(|d, ids| edit.apply(d, ids)),
            Action::Type(field, edit) => session.type_in_slots(field, |d, ids| edit.apply(d, ids)),
            _ => {}
        }
        schedule.declaration_changed(session);
    }

    fn undo(schedule: &mut Schedule, session: &mut Session) {
        session.undo();
        schedule.declaration_changed(session);
    }

    fn redo(schedule: &mut Schedule, session: &mut Session) {
        session.redo();
        schedule.declaration_changed(session);
    }

    /// Where the slot stands in the list view, top to bottom.
    fn row_of(session: &Session, slot: SlotId) -> Option<usize> {
        in_week_order(&session.declaration().slots, session.slot_ids())
            .iter()
            .position(|&(id, _)| id == slot)
    }

    #[test]
    fn a_click_in_the_grid_asks_for_a_slot_at_the_last_sites_agreement_rates_and_selects_it() {
        let mut free = slot(Weekday::Monday, (8, 0), (12, 0));
        free.rates = Rates::Free;
        let mut s = session(vec![free]);
        let mut schedule = Schedule::default();
        let (start, end) = (TimeOfDay::from_hm(14, 0).unwrap(), TimeOfDay::from_hm(15, 0).unwrap());
        let action = update(
            &mut schedule,
            &s,
            Message::Grid(GridEvent::Create {
                day: Weekday::Friday,
                start,
                end,
            }),
        );
        let Action::Edit(ScreenEdit::Slots(Edit::Add(new, added))) = &action else {
            panic!("a slot added: {action:?}");
        };
        let (new, expected) = (*new, slot(Weekday::Friday, (14, 0), (15, 0)));
        assert_eq!(*added, expected, "agreement rates, not the last slot's free fees");
        assert_eq!(schedule.selected(), Some(new), "the new slot, by the id it was given");
        if let Action::Edit(edit) = action {
            s.edit_slots(|d, ids| edit.apply(d, ids));
        }
        schedule.declaration_changed(&s);
        assert_eq!(s.slot(new), Some(&expected));
        assert_eq!(schedule.selected(), Some(new));
    }

    #[test]
    fn a_typed_time_changes_nothing_until_the_field_is_left_then_shows_what_was_taken() {
        let mut s = session(vec![slot(Weekday::Monday, (8, 30), (12, 0))]);
        let first = id(&s, 0);
        let mut schedule = Schedule::default();
        send(&mut schedule, &mut s, Message::SelectSlot(first));
        for typed in ["1", "13", "13:", "13:0", "13:00"] {
            assert!(
                matches!(
                    update(&mut schedule, &s, Message::StartChanged(typed.into())),
                    Action::None
                ),
                "{typed}: no key changes the slot"
            );
        }
        assert_eq!(schedule.unfinished_slot(), Some(first), "typed, not taken yet");
        send(&mut schedule, &mut s, Message::TimeLeft(TimeField::Start));
        assert_eq!(s.declaration().slots[0].start.to_string(), "13:00");
        assert_eq!(schedule.unfinished_slot(), None);
        send(&mut schedule, &mut s, Message::EndChanged("18h".into()));
        send(&mut schedule, &mut s, Message::TimeSubmitted(TimeField::End));
        assert_eq!(s.declaration().slots[0].end.to_string(), "18:00");
        assert_eq!(schedule.editor().end, "18:00", "the field shows the time as taken");
    }

    #[test]
    fn a_consultation_at_one_in_the_morning_is_asked_about_once() {
        let mut s = session(vec![slot(Weekday::Monday, (8, 30), (12, 0))]);
        let first = id(&s, 0);
        let mut schedule = Schedule::default();
        send(&mut schedule, &mut s, Message::SelectSlot(first));
        send(&mut schedule, &mut s, Message::StartChanged("1".into()));
        send(&mut schedule, &mut s, Message::TimeLeft(TimeField::Start));
        assert_eq!(s.declaration().slots[0].start.to_string(), "08:30", "not taken unasked");
        assert_eq!(schedule.editor().start, "01:00", "the field shows what it read");
        assert_eq!(
            schedule.editor().asking(),
            Some((TimeField::Start, TimeOfDay::from_hm(1, 0).unwrap()))
        );
        assert_eq!(schedule.unfinished_slot(), Some(first));
        // Leaving again (typing in the other field) does not answer the question.
        send(&mut schedule, &mut s, Message::EndChanged("12:00".into()));
        assert_eq!(s.declaration().slots[0].start.to_string(), "08:30");
        // "No": back to the slot's time.
        send(&mut schedule, &mut s, Message::TimeRefused(TimeField::Start));
        assert_eq!(schedule.editor().start, "08:30");
        assert_eq!(schedule.unfinished_slot(), None);
        // Enter twice: asked, then confirmed.
        send(&mut schedule, &mut s, Message::StartChanged("5:30".into()));
        send(&mut schedule, &mut s, Message::TimeSubmitted(TimeField::Start));
        assert_eq!(s.declaration().slots[0].start.to_string(), "08:30");
        send(&mut schedule, &mut s, Message::TimeSubmitted(TimeField::Start));
        assert_eq!(s.declaration().slots[0].start.to_string(), "05:30");
        assert_eq!(schedule.editor().asking(), None);
        // Home visits at night are not unusual.
        send(&mut schedule, &mut s, Message::SettingChanged(Setting::HomeVisit));
        send(&mut schedule, &mut s, Message::EndChanged("23:30".into()));
        send(&mut schedule, &mut s, Message::TimeLeft(TimeField::End));
        assert_eq!(s.declaration().slots[0].end.to_string(), "23:30");
    }

    #[test]
    fn add_a_slot_puts_it_in_the_first_free_hours_not_on_top_of_a_slot() {
        let s = session(vec![
            slot(Weekday::Monday, (8, 0), (12, 0)),
            slot(Weekday::Monday, (13, 0), (18, 30)),
        ]);
        let mut schedule = Schedule::default();
        let action = update(&mut schedule, &s, Message::AddSlot);
        // Monday has no three free hours between 08:00 and 20:00; Tuesday morning has.
        assert!(
            matches!(&action, Action::Edit(ScreenEdit::Slots(Edit::Add(_, added))) if *added == slot(Weekday::Tuesday, (9, 0), (12, 0))),
            "{action:?}"
        );
        assert_eq!(
            free_place_from(&[], Weekday::Monday).map(|(day, start, _)| (day, start.to_string())),
            Some((Weekday::Monday, "09:00".into()))
        );
        let busy = Weekday::ALL.map(|day| slot(day, (8, 0), (19, 30)));
        assert_eq!(
            free_place_from(&busy, Weekday::Monday),
            None,
            "no free hour in the week: nothing added rather than an overlap"
        );
    }

    /// Scrolling the slot panel repaints its whole box (a pick list's label scrolled away left
    /// its upper half on screen, tiny-skia's damage of centred text): the box's colour changes
    /// with the offset, by less than one step of 8-bit colour.
    #[test]
    fn scrolling_the_slot_panel_changes_its_box_invisibly() {
        let s = session(vec![slot(Weekday::Monday, (9, 0), (12, 0))]);
        let mut schedule = Schedule::default();
        update(&mut schedule, &s, Message::EditorScrolled(37.4));
        assert_eq!(schedule.editor_scrolled, 37.4);
        for theme in [iced::Theme::Light, iced::Theme::Dark] {
            let colour = |y| match editor_box(&theme, y).background {
                Some(iced::Background::Color(c)) => c,
                other => panic!("{other:?}"),
            };
            let plain = match container::rounded_box(&theme).background {
                Some(iced::Background::Color(c)) => c,
                other => panic!("{other:?}"),
            };
            let (top, down) = (colour(0.0), colour(37.4));
            assert_ne!(top, down, "{theme:?}: scrolled, the box is drawn anew");
            for c in [top, down] {
                assert!((c.r - plain.r).abs() < 1.0 / 255.0 && c.g == plain.g && c.b == plain.b);
            }
        }
    }

    #[test]
    fn a_time_that_does_not_read_leaves_the_slot_as_it_was_and_stays_in_its_field() {
        let mut s = session(vec![slot(Weekday::Monday, (9, 0), (12, 0))]);
        let first = id(&s, 0);
        let mut schedule = Schedule::default();
        send(&mut schedule, &mut s, Message::SelectSlot(first));
        for typed in ["2", "25", "25:", "25:0", "25:00"] {
            send(&mut schedule, &mut s, Message::EndChanged(typed.into()));
            assert_eq!(schedule.editor().end, typed, "the field keeps what was typed");
        }
        send(&mut schedule, &mut s, Message::TimeLeft(TimeField::End));
        assert_eq!(s.declaration().slots[0].end.to_string(), "12:00", "25:00 is refused");
        assert_eq!(schedule.editor().end, "25:00", "and stays to be corrected");
        assert_eq!(schedule.unfinished_slot(), Some(first));
        for typed in ["8h3", "8:30-"] {
            send(&mut schedule, &mut s, Message::StartChanged(typed.into()));
            send(&mut schedule, &mut s, Message::TimeSubmitted(TimeField::Start));
            assert_eq!(s.declaration().slots[0].start.to_string(), "09:00", "{typed} refused");
            assert_eq!(schedule.editor().start, typed);
        }
        assert_eq!(
            schedule.editor().unfinished_fields(),
            [TimeField::Start, TimeField::End],
            "both fields named"
        );
        assert_eq!(
            schedule.editor().end,
            "25:00",
            "typing elsewhere keeps the other unfinished text"
        );
        // Another action (here the rates) keeps unreadable text where it is.
        send(&mut schedule, &mut s, Message::RatesChanged(Rates::Free));
        assert_eq!(schedule.editor().start, "8:30-");
    }

    #[test]
    fn enter_on_the_week_walks_the_slots_in_week_order_and_wraps() {
        let s = session(vec![
            slot(Weekday::Friday, (8, 0), (9, 0)),
            slot(Weekday::Monday, (14, 0), (15, 0)),
            slot(Weekday::Monday, (8, 0), (9, 0)),
        ]);
        let (slots, ids) = (&s.declaration().slots, s.slot_ids());
        let [friday, monday_afternoon, monday_morning] = [0, 1, 2].map(|i| id(&s, i));
        assert_eq!(next_in_week(slots, ids, None), Some(monday_morning));
        assert_eq!(next_in_week(slots, ids, Some(monday_morning)), Some(monday_afternoon));
        assert_eq!(next_in_week(slots, ids, Some(monday_afternoon)), Some(friday));
        assert_eq!(
            next_in_week(slots, ids, Some(friday)),
            Some(monday_morning),
            "wraps round"
        );
        assert_eq!(next_in_week(&[], &SlotIds::default(), None), None);
    }

    #[test]
    fn deleting_asks_to_remove_the_selected_slot_and_clears_the_selection() {
        let s = session(vec![slot(Weekday::Monday, (8, 0), (12, 0))]);
        let first = id(&s, 0);
        let mut schedule = Schedule::default();
        assert!(
            matches!(update(&mut schedule, &s, Message::Delete), Action::None),
            "nothing selected"
        );
        schedule.highlight(&s, RuleId::SlotOverlap, vec![first]);
        assert!(matches!(
            update(&mut schedule, &s, Message::Delete),
            Action::Edit(ScreenEdit::Slots(Edit::Remove(id))) if id == first
        ));
        assert_eq!(schedule.selected(), None);
        assert!(schedule.highlighted().is_empty());
    }

    #[test]
    fn a_selected_slot_stays_selected_when_a_new_day_or_time_moves_it_in_the_list() {
        let mut s = session(vec![
            slot(Weekday::Monday, (8, 0), (12, 0)),
            slot(Weekday::Wednesday, (8, 0), (12, 0)),
            slot(Weekday::Friday, (8, 0), (12, 0)),
        ]);
        let monday = id(&s, 0);
        let mut schedule = Schedule::default();
        send(&mut schedule, &mut s, Message::SelectSlot(monday));
        assert_eq!(row_of(&s, monday), Some(0));
        send(&mut schedule, &mut s, Message::DayChanged(Weekday::Saturday));
        assert_eq!(row_of(&s, monday), Some(2), "the list is in week order again");
        assert_eq!(schedule.selected(), Some(monday));
        assert_eq!(s.slot(monday).map(|slot| slot.day), Some(Weekday::Saturday));
        send(&mut schedule, &mut s, Message::DayChanged(Weekday::Wednesday));
        send(&mut schedule, &mut s, Message::StartChanged("7:00".into()));
        send(&mut schedule, &mut s, Message::TimeLeft(TimeField::Start));
        assert_eq!(row_of(&s, monday), Some(0), "07:00 comes before Wednesday's 08:00");
        assert_eq!(schedule.selected(), Some(monday));
        assert_eq!(schedule.editor().start, "07:00", "the panel still shows this slot");
    }

    #[test]
    fn undo_then_redo_keeps_the_selection_on_the_same_slot() {
        let mut s = session(vec![
            slot(Weekday::Monday, (8, 0), (12, 0)),
            slot(Weekday::Tuesday, (8, 0), (12, 0)),
            slot(Weekday::Thursday, (8, 0), (12, 0)),
        ]);
        let [monday, tuesday, thursday] = [0, 1, 2].map(|i| id(&s, i));
        let mut schedule = Schedule::default();
        // Monday goes: the slots after it move up the list.
        send(&mut schedule, &mut s, Message::SelectSlot(monday));
        send(&mut schedule, &mut s, Message::Delete);
        send(&mut schedule, &mut s, Message::SelectSlot(thursday));
        send(&mut schedule, &mut s, Message::Nudge(Nudge::Later));
        assert_eq!(s.slot_ids().index_of(thursday), Some(1));
        undo(&mut schedule, &mut s);
        assert_eq!(schedule.selected(), Some(thursday));
        assert_eq!(s.slot(thursday).map(|t| t.start.to_string()), Some("08:00".into()));
        undo(&mut schedule, &mut s);
        assert_eq!(s.slot_ids().index_of(thursday), Some(2), "Monday back before it");
        assert_eq!(schedule.selected(), Some(thursday), "still Thursday, now third");
        redo(&mut schedule, &mut s);
        redo(&mut schedule, &mut s);
        assert_eq!(schedule.selected(), Some(thursday));
        assert_eq!(s.slot(thursday).map(|t| t.start.to_string()), Some("08:15".into()));
        assert_eq!(s.slot(tuesday).map(|t| t.day), Some(Weekday::Tuesday));
    }

    #[test]
    fn deleting_a_slot_then_undoing_brings_it_back_under_its_id_and_selected() {
        let mut s = session(vec![
            slot(Weekday::Monday, (8, 0), (12, 0)),
            slot(Weekday::Tuesday, (8, 0), (12, 0)),
        ]);
        let monday = id(&s, 0);
        let mut schedule = Schedule::default();
        send(&mut schedule, &mut s, Message::SelectSlot(monday));
        send(&mut schedule, &mut s, Message::Delete);
        assert_eq!(s.slot(monday), None);
        assert_eq!(schedule.selected(), None, "nothing selected once it is gone");
        undo(&mut schedule, &mut s);
        assert_eq!(s.slot_ids().index_of(monday), Some(0), "the same slot, not a new one");
        assert_eq!(schedule.selected(), Some(monday), "selected again, as it was");
        assert_eq!(schedule.editor().start, "08:00");
        redo(&mut schedule, &mut s);
        assert_eq!(schedule.selected(), None);
    }

    #[test]
    fn an_outline_stays_on_its_slots_when_earlier_slots_go_with_their_site() {
        let mut elsewhere = slot(Weekday::Monday, (8, 0), (12, 0));
        elsewhere.site = "b".into();
        let mut s = session(vec![
            elsewhere,
            slot(Weekday::Tuesday, (8, 0), (12, 0)),
            slot(Weekday::Wednesday, (8, 0), (12, 0)),
        ]);
        let [tuesday, wednesday] = [1, 2].map(|i| id(&s, i));
        let mut schedule = Schedule::default();
        schedule.highlight(&s, RuleId::SlotOverlap, vec![wednesday]);
        // The doctor screen removes site b and its slots, knowing nothing of ids.
        s.edit(|d| d.slots.retain(|slot| slot.site != "b"));
        schedule.declaration_changed(&s);
        assert_eq!(schedule.highlighted(), [wednesday], "not whichever slot is now third");
        assert_eq!(schedule.selected(), Some(wednesday));
        assert_eq!(s.slot_ids().index_of(wednesday), Some(1));
        assert_eq!(s.slot_ids().index_of(tuesday), Some(0));
    }

    #[test]
    fn a_duplicate_is_a_new_slot_and_the_original_stays_selected() {
        let mut s = session(vec![slot(Weekday::Monday, (8, 0), (12, 0))]);
        let monday = id(&s, 0);
        let mut schedule = Schedule::default();
        send(&mut schedule, &mut s, Message::SelectSlot(monday));
        send(&mut schedule, &mut s, Message::Duplicate(Weekday::Friday));
        let copy = id(&s, 1);
        assert_ne!(copy, monday);
        assert_eq!(s.slot(copy).map(|c| c.day), Some(Weekday::Friday));
        assert_eq!(schedule.selected(), Some(monday));
    }

    #[test]
    fn arrows_move_a_slot_by_a_quarter_hour_or_a_day() {
        let s = slot(Weekday::Tuesday, (9, 0), (12, 0));
        assert_eq!(nudged(&s, Nudge::Earlier), slot(Weekday::Tuesday, (8, 45), (11, 45)));
        assert_eq!(nudged(&s, Nudge::Later), slot(Weekday::Tuesday, (9, 15), (12, 15)));
        assert_eq!(nudged(&s, Nudge::Shorter), slot(Weekday::Tuesday, (9, 0), (11, 45)));
        assert_eq!(nudged(&s, Nudge::Longer), slot(Weekday::Tuesday, (9, 0), (12, 15)));
        assert_eq!(nudged(&s, Nudge::PreviousDay), slot(Weekday::Monday, (9, 0), (12, 0)));
        assert_eq!(nudged(&s, Nudge::NextDay), slot(Weekday::Wednesday, (9, 0), (12, 0)));
    }

    #[test]
    fn a_slot_never_leaves_the_week_or_the_day_nor_becomes_empty() {
        let monday = slot(Weekday::Monday, (0, 0), (0, 15));
        assert_eq!(nudged(&monday, Nudge::PreviousDay), monday);
        assert_eq!(nudged(&monday, Nudge::Earlier), monday);
        assert_eq!(nudged(&monday, Nudge::Shorter), monday);
        let sunday = slot(Weekday::Sunday, (23, 0), (23, 45));
        assert_eq!(nudged(&sunday, Nudge::NextDay), sunday);
        let late = nudged(&sunday, Nudge::Later);
        assert_eq!(late.end.to_string(), "24:00", "24:00 is a valid end");
        assert_eq!(nudged(&late, Nudge::Later), late);
    }
}
