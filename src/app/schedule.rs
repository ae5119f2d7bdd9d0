//! Weekly schedule: the week grid (or a list of the same slots) and, beside it, the selected slot's
//! editor: day, start, end, site, rates, setting, note; delete; duplicate to other days.

use super::grid::{GridEvent, WeekGrid};
use super::keys::Nudge;
use super::session::Typing;
use super::widgets::{Labelled, bold, heading, hint, labelled};
use super::{App, Message, ScheduleView, SlotEditor};
use crate::core::model::{Rates, Setting, Slot, TimeError, TimeOfDay, Weekday};
use iced::widget::{button, canvas, column, container, pick_list, row, scrollable, text, text_input};
use iced::{Alignment, Element, Length};

pub const START_ID: &str = "slot-start";
pub const END_ID: &str = "slot-end";
pub const NOTE_ID: &str = "slot-note";
pub const GRID_ID: &str = "week-grid";
/// Wide enough for the longest setting name on one line in both languages.
const EDITOR_WIDTH: f32 = 330.0;
/// Padding of a row in the list view (and of its header).
const LIST_PADDING: [u16; 2] = [6, 8];

pub fn update(app: &mut App, message: Message) {
    match message {
        Message::Grid(GridEvent::Selected(index)) | Message::SelectSlot(index) => select(app, Some(index)),
        Message::Grid(GridEvent::Cleared) => select(app, None),
        Message::Grid(GridEvent::Create { day, start, end }) => create(app, day, start, end),
        Message::AddSlot => {
            let (start, end) = (TimeOfDay::from_hm(9, 0), TimeOfDay::from_hm(12, 0));
            if let (Some(start), Some(end)) = (start, end) {
                create(app, Weekday::Monday, start, end);
            }
        }
        Message::SlotDayChanged(day) => edit_selected(app, |s| s.day = day),
        Message::SlotStartChanged(raw) => {
            let parsed = TimeOfDay::parse_lenient(&raw);
            app.editor.start = raw;
            if let Ok(time) = parsed {
                type_in_selected(app, Typing::SlotStart, |s| s.start = time);
            }
        }
        Message::SlotEndChanged(raw) => {
            let parsed = TimeOfDay::parse_lenient(&raw);
            app.editor.end = raw;
            if let Ok(time) = parsed {
                type_in_selected(app, Typing::SlotEnd, |s| s.end = time);
            }
        }
        Message::SlotSiteChanged(site) => edit_selected(app, |s| s.site = site),
        Message::SlotRatesChanged(rates) => edit_selected(app, |s| s.rates = rates),
        Message::SlotSettingChanged(setting) => edit_selected(app, |s| s.setting = setting),
        Message::SlotNoteChanged(note) => {
            app.editor.note = note.clone();
            type_in_selected(app, Typing::SlotNote, |s| {
                s.note = (!note.trim().is_empty()).then_some(note);
            });
        }
        Message::DeleteSlot => {
            if let Some(index) = app.selected.take() {
                app.edit(|d| {
                    if index < d.slots.len() {
                        d.slots.remove(index);
                    }
                });
                app.highlighted.clear();
            }
        }
        Message::DuplicateSlot(day) => {
            if let Some(slot) = app.selected.and_then(|i| app.session.slot(i)).cloned() {
                app.edit(|d| d.slots.push(Slot { day, ..slot }));
            }
        }
        Message::NudgeSlot(nudge) => edit_selected(app, |slot| *slot = nudged(slot, nudge)),
        Message::ScheduleViewChanged(view) => app.schedule_view = view,
        Message::FindingSelected(index) => {
            if let Some(finding) = app.session.report().findings.get(index) {
                app.highlighted = finding.slots.clone();
                let first = finding.slots.first().copied();
                app.screen = super::Screen::Schedule;
                select(app, first);
            }
        }
        _ => {}
    }
}

/// The slot moved or stretched by a quarter hour or a day; unchanged where that would leave the
/// day or make it empty.
pub fn nudged(slot: &Slot, nudge: Nudge) -> Slot {
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

fn select(app: &mut App, index: Option<usize>) {
    app.selected = index.filter(|&i| i < app.declaration().slots.len());
    app.editor = SlotEditor::default();
    if let Some(slot) = app.selected.and_then(|i| app.session.slot(i)).cloned() {
        app.load_editor(&slot);
    }
    app.grid_cache.clear();
}

fn create(app: &mut App, day: Weekday, start: TimeOfDay, end: TimeOfDay) {
    let d = app.declaration();
    // New slots take the site and rates of the last slot: schedules repeat themselves.
    let previous = d.slots.last();
    let site = previous
        .map(|s| s.site.clone())
        .or_else(|| d.sites.first().map(|s| s.id.clone()))
        .unwrap_or_default();
    let rates = previous.map_or(Rates::Agreement, |s| s.rates);
    let slot = Slot {
        site,
        day,
        start,
        end,
        rates,
        setting: Setting::Office,
        note: None,
        extra: Default::default(),
    };
    app.edit(|d| d.slots.push(slot));
    let index = app.declaration().slots.len() - 1;
    select(app, Some(index));
}

/// A keystroke in one of the selected slot's text fields (one undo step per field).
fn type_in_selected(app: &mut App, field: fn(usize) -> Typing, change: impl FnOnce(&mut Slot)) {
    let Some(index) = app.selected else {
        return;
    };
    app.type_in(field(index), |d| {
        if let Some(slot) = d.slots.get_mut(index) {
            change(slot);
        }
    });
}

fn edit_selected(app: &mut App, change: impl FnOnce(&mut Slot)) {
    let Some(index) = app.selected else {
        return;
    };
    app.edit(|d| {
        if let Some(slot) = d.slots.get_mut(index) {
            change(slot);
        }
    });
}

pub fn view(app: &App) -> Element<'_, Message> {
    let toggle = |view: ScheduleView, key: &str| {
        let style = if app.schedule_view == view {
            button::primary
        } else {
            super::style::quiet_button
        };
        button(text(app.tr(key)).size(14))
            .padding([4, 10])
            .style(style)
            .on_press(Message::ScheduleViewChanged(view))
    };
    let header = row![
        heading(app.tr("gui-schedule-title")),
        iced::widget::space::horizontal(),
        toggle(ScheduleView::Grid, "gui-schedule-grid"),
        toggle(ScheduleView::List, "gui-schedule-list"),
        button(text(app.tr("gui-slot-add")).size(14))
            .padding([4, 10])
            .on_press(Message::AddSlot),
    ]
    .spacing(8)
    .align_y(Alignment::Center);
    let main: Element<'_, Message> = match app.schedule_view {
        ScheduleView::Grid => grid(app),
        ScheduleView::List => list(app),
    };
    column![
        header,
        hint(app.tr("gui-schedule-help"), false),
        row![container(main).width(Length::Fill).height(Length::Fill), editor(app)]
            .spacing(12)
            .height(Length::Fill),
    ]
    .spacing(8)
    .into()
}

fn grid(app: &App) -> Element<'_, Message> {
    // The names live in the app for the frame's lifetime; the canvas borrows them.
    let program = WeekGrid {
        slots: &app.declaration().slots,
        sites: &app.declaration().sites,
        selected: app.selected,
        highlighted: &app.highlighted,
        day_names: &app.day_names,
        cache: &app.grid_cache,
    };
    let canvas: Element<'_, GridEvent> = canvas(program).width(Length::Fill).height(Length::Fill).into();
    container(canvas.map(Message::Grid))
        .id(GRID_ID)
        .width(Length::Fill)
        .height(Length::Fill)
        .into()
}

fn list(app: &App) -> Element<'_, Message> {
    // The header sits in the same padding as the rows' buttons, so the columns line up.
    let header = container(
        row![
            bold(app.tr("gui-slot-day")).size(14).width(Length::FillPortion(2)),
            bold(app.tr("gui-slot-hours")).size(14).width(Length::FillPortion(2)),
            bold(app.tr("gui-slot-site")).size(14).width(Length::FillPortion(3)),
            bold(app.tr("gui-slot-rates")).size(14).width(Length::FillPortion(2)),
            bold(app.tr("gui-slot-setting")).size(14).width(Length::FillPortion(3)),
        ]
        .spacing(8),
    )
    .padding(LIST_PADDING);
    let mut order: Vec<usize> = (0..app.declaration().slots.len()).collect();
    order.sort_by_key(|&i| {
        let s = &app.declaration().slots[i];
        (s.day, s.start, i)
    });
    let rows = order.into_iter().map(|i| {
        let s = &app.declaration().slots[i];
        let cell = |content: String, portion: u16| text(content).size(14).width(Length::FillPortion(portion));
        let cells = row![
            cell(app.tr(&format!("day-{}", s.day.key())), 2),
            cell(format!("{}–{}", s.start, s.end), 2),
            cell(app.site_name(&s.site).to_owned(), 3),
            cell(app.tr(&format!("rates-{}", s.rates.key())), 2),
            cell(app.tr(&format!("setting-{}", s.setting.key())), 3),
        ]
        .spacing(8);
        let style = if app.selected == Some(i) {
            button::primary
        } else if app.highlighted.contains(&i) {
            button::danger
        } else {
            button::text
        };
        button(cells)
            .style(style)
            .padding(LIST_PADDING)
            .width(Length::Fill)
            .on_press(Message::SelectSlot(i))
            .into()
    });
    scrollable(column![header, column(rows).spacing(2)].spacing(4))
        .spacing(4)
        .into()
}

fn time_error(app: &App, raw: &str) -> Option<String> {
    match TimeOfDay::parse_lenient(raw) {
        Ok(_) => None,
        Err(TimeError::Shape) => Some(app.tr("gui-time-shape")),
        Err(TimeError::OutOfRange) => Some(app.tr("gui-time-range")),
    }
}

fn editor(app: &App) -> Element<'_, Message> {
    let panel = match app.selected.and_then(|i| app.session.slot(i)) {
        Some(slot) => slot_form(app, slot),
        None => column![
            bold(app.tr("gui-slot-none")).size(16),
            hint(app.tr("gui-slot-none-help"), false)
        ]
        .spacing(8)
        .into(),
    };
    // A fixed width leaves the rest to the week; the scrollbar sits beside the fields, not on them.
    container(scrollable(panel).spacing(6))
        .width(EDITOR_WIDTH)
        .height(Length::Shrink)
        .padding(12)
        .style(container::rounded_box)
        .into()
}

fn slot_form<'a>(app: &'a App, slot: &'a Slot) -> Element<'a, Message> {
    let days: Vec<Labelled<Weekday>> = Weekday::ALL
        .iter()
        .map(|&d| Labelled {
            value: d,
            label: app.tr(&format!("day-{}", d.key())),
        })
        .collect();
    let day = days.iter().find(|d| d.value == slot.day).cloned();
    let sites: Vec<Labelled<String>> = app
        .declaration()
        .sites
        .iter()
        .map(|s| Labelled {
            value: s.id.clone(),
            label: s.name.clone(),
        })
        .collect();
    let site = sites.iter().find(|s| s.value == slot.site).cloned();
    let settings: Vec<Labelled<Setting>> = Setting::ALL
        .iter()
        .map(|&s| Labelled {
            value: s,
            label: app.tr(&format!("setting-{}", s.key())),
        })
        .collect();
    let setting = settings.iter().find(|s| s.value == slot.setting).cloned();
    let start = text_input("08:30", &app.editor.start)
        .id(START_ID)
        .on_input(Message::SlotStartChanged)
        .padding(6);
    let end = text_input("12:00", &app.editor.end)
        .id(END_ID)
        .on_input(Message::SlotEndChanged)
        .padding(6);
    let errors = [time_error(app, &app.editor.start), time_error(app, &app.editor.end)];
    let rate_button = |rates: Rates| {
        let style = if slot.rates == rates {
            button::primary
        } else {
            super::style::quiet_button
        };
        button(text(app.tr(&format!("rates-{}", rates.key()))).size(13))
            .padding([6, 8])
            .style(style)
            .on_press(Message::SlotRatesChanged(rates))
    };
    let duplicate = Weekday::ALL.iter().filter(|&&d| d != slot.day).map(|&d| {
        button(text(app.day_names.short[d.index()].as_str()).size(12))
            .padding([4, 6])
            .style(super::style::quiet_button)
            .on_press(Message::DuplicateSlot(d))
            .into()
    });
    let mut form = column![
        bold(app.tr("gui-slot-edit")).size(16),
        labelled(
            app.tr("gui-slot-day"),
            pick_list(days, day, |d| Message::SlotDayChanged(d.value))
                .padding(6)
                .text_size(14)
                .width(Length::Fill)
        ),
        row![
            labelled(app.tr("gui-slot-start"), start),
            labelled(app.tr("gui-slot-end"), end)
        ]
        .spacing(8),
    ]
    .spacing(10);
    for error in errors.into_iter().flatten() {
        form = form.push(hint(error, true));
    }
    form = form
        .push(hint(app.tr("gui-time-help"), false))
        .push(labelled(
            app.tr("gui-slot-site"),
            pick_list(sites, site, |s| Message::SlotSiteChanged(s.value))
                .padding(6)
                .text_size(14)
                .width(Length::Fill)
                .placeholder(app.tr("gui-slot-site-pick")),
        ))
        .push(labelled(
            app.tr("gui-slot-rates"),
            row![rate_button(Rates::Agreement), rate_button(Rates::Free)].spacing(6),
        ))
        .push(labelled(
            app.tr("gui-slot-setting"),
            pick_list(settings, setting, |s| Message::SlotSettingChanged(s.value))
                .padding(6)
                .text_size(14)
                .width(Length::Fill),
        ))
        .push(labelled(
            app.tr("gui-slot-note"),
            text_input("", &app.editor.note)
                .id(NOTE_ID)
                .on_input(Message::SlotNoteChanged)
                .padding(6),
        ))
        .push(labelled(app.tr("gui-slot-duplicate"), row(duplicate).spacing(4).wrap()))
        .push(
            button(text(app.tr("gui-slot-delete")).size(14))
                .style(button::danger)
                .on_press(Message::DeleteSlot),
        )
        .push(hint(app.tr("gui-slot-keys"), false));
    form.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slot(day: Weekday, start: (u16, u16), end: (u16, u16)) -> Slot {
        Slot {
            site: "a".into(),
            day,
            start: TimeOfDay::from_hm(start.0, start.1).unwrap(),
            end: TimeOfDay::from_hm(end.0, end.1).unwrap(),
            rates: Rates::Agreement,
            setting: Setting::Office,
            note: None,
            extra: Default::default(),
        }
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
