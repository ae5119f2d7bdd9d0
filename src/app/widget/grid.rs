//! The week grid: Monday to Sunday side by side, hours down the side, one block per slot coloured by
//! rate and marked by site. Drawn on a canvas from caches: the background (lines, weekend), kept
//! until the hours shown or the theme change, and one per day, redrawn only when what that day
//! shows changes (its slots, the selection or outline among them, an import's preview on it).
//! Hovering redraws nothing but the drag preview.

use super::style;
use crate::app::session::{SlotId, SlotIds};
use crate::core::i18n::Localizer;
use crate::core::model::{Rates, Site, Slot, TimeOfDay, Weekday};
use crate::core::week_grid::{self, Lane, WeekGeometry};
use iced::mouse;
use iced::widget::Action;
use iced::widget::canvas::{self, Cache, Event, Frame, Geometry, Path, Stroke, Text};
use iced::{Color, Point, Rectangle, Renderer, Size, Theme, alignment};

/// Width of the hour labels on the left.
const GUTTER: f32 = 52.0;
/// Height of the day names on top.
const HEADER: f32 = 28.0;
/// Room under the last hour line, so it and the slots ending there stay visible.
const FOOTER: f32 = 10.0;
/// New slots snap to quarter hours.
const SNAP: u16 = 15;

/// What the grid asks the app to do.
#[derive(Clone, Debug, PartialEq)]
pub enum GridEvent {
    /// A slot was clicked.
    Selected(SlotId),
    /// An empty area was clicked or dragged over: a new slot from `start` to `end`.
    Create {
        day: Weekday,
        start: TimeOfDay,
        end: TimeOfDay,
    },
    /// A click on empty space without dragging far enough to mean a slot: clear the selection.
    Cleared,
}

/// The grid's view of the schedule, borrowed from the app for one frame.
#[derive(Clone, Copy)]
pub(crate) struct WeekGrid<'a> {
    pub slots: &'a [Slot],
    /// The slots' ids, in the slots' order.
    pub ids: &'a SlotIds,
    pub sites: &'a [Site],
    pub selected: Option<SlotId>,
    pub highlighted: &'a [SlotId],
    /// Slots an open import would add: drawn dashed over the week, not selectable.
    pub proposed: &'a [Slot],
    pub day_names: &'a DayNames,
    pub cache: &'a GridCache,
}

/// The grid's drawing, kept between frames. The renderer redraws the part of the window where a
/// cache changed: with a cache per day, a slot moved on Monday redraws Monday's column (its slots
/// and their words), not the whole week (300 slots and their labels re-rasterised on every change).
#[derive(Default)]
pub(crate) struct GridCache {
    background: Cache,
    days: [Cache; 7],
    /// What each cache was last drawn from (the days', then the background's): a day is drawn again
    /// only when this changes.
    drawn: std::cell::RefCell<[Option<u64>; 8]>,
}

impl GridCache {
    /// Everything is drawn again (the theme or the language changed).
    pub(crate) fn clear(&self) {
        self.background.clear();
        for day in &self.days {
            day.clear();
        }
        *self.drawn.borrow_mut() = [None; 8];
    }
}

/// The days' names in the interface language, full and abbreviated as the language abbreviates
/// them (`lun.`, `ma`), looked up once per language rather than on every frame.
#[derive(Default)]
pub(crate) struct DayNames {
    pub full: [String; 7],
    pub short: [String; 7],
}

impl DayNames {
    pub(crate) fn new(localizer: &Localizer) -> DayNames {
        DayNames {
            full: Weekday::ALL.map(|d| localizer.tr(&format!("day-{}", d.key()))),
            short: Weekday::ALL.map(|d| localizer.tr(&format!("export-day-short-{}", d.key()))),
        }
    }
}

/// A drag in progress: where it started.
#[derive(Default)]
pub(crate) struct DragState {
    from: Option<(Weekday, u16)>,
}

/// The hours shown: at least 07:00–20:00, widened to every slot.
pub(crate) fn hour_range(slots: &[Slot]) -> (u16, u16) {
    week_grid::hour_range(slots, (7, 20))
}

/// The grid on the canvas: the day names on top, the hour labels on the left, the rest shared
/// between the days and the hours shown.
struct Layout {
    bounds: Size,
    grid: WeekGeometry,
    /// Each slot's place across its day's column, in the slots' order: overlapping slots side by
    /// side, so each is seen and clicked (the check still reports the overlap).
    lanes: Vec<Lane>,
}

impl Layout {
    fn new(bounds: Size, slots: &[Slot]) -> Layout {
        let (first_hour, last_hour) = hour_range(slots);
        let minutes = f32::from((last_hour - first_hour) * 60);
        let minute_height = ((bounds.height - HEADER - FOOTER) / minutes).max(0.01);
        Layout {
            bounds,
            grid: WeekGeometry {
                left: GUTTER,
                top: HEADER,
                day_width: ((bounds.width - GUTTER) / 7.0).max(1.0),
                minute_height,
                first_hour,
                last_hour,
                // Five minutes, and never under 4 px: a short slot can still be seen and clicked.
                min_slot_height: (5.0 * minute_height).max(4.0),
            },
            lanes: Vec::new(),
        }
    }

    /// The box of the slot at `index` of the week's slots: its lane of the day's column.
    fn slot_rect(&self, slot: &Slot, index: usize) -> Rectangle {
        let lane = self.lanes.get(index).copied().unwrap_or(Lane::WHOLE);
        rectangle(self.grid.lane_rect(slot, lane))
    }

    /// The day and minute under a point inside the grid area, snapped to the nearest quarter hour:
    /// a press on (or a pixel beside) the 08:00 line is 08:00, never 07:45.
    fn at(&self, point: Point) -> Option<(Weekday, u16)> {
        let (day, _) = self.grid.at(point.x, point.y)?;
        let grid = &self.grid;
        let minute = f32::from(grid.first_hour * 60) + (point.y - grid.top) / grid.minute_height;
        let snapped = (minute / f32::from(SNAP)).round() * f32::from(SNAP);
        Some((day, (snapped as u16).min(grid.last_hour * 60)))
    }
}

/// Where the line of `minute` is drawn, from the top of a grid of this size showing these slots
/// (tests press on it).
pub fn line_y(size: Size, slots: &[Slot], minute: u16) -> f32 {
    let grid = Layout::new(size, slots).grid;
    grid.top + f32::from(minute.saturating_sub(grid.first_hour * 60)) * grid.minute_height
}

/// Where `day`'s column is across a grid of this size (tests click in it): its left edge and width.
pub fn column(size: Size, slots: &[Slot], day: Weekday) -> (f32, f32) {
    let grid = Layout::new(size, slots).grid;
    (grid.x(day), grid.day_width)
}

fn rectangle(rect: week_grid::Rect) -> Rectangle {
    Rectangle::new(Point::new(rect.x, rect.y), Size::new(rect.width, rect.height))
}

impl WeekGrid<'_> {
    /// The hours shown cover the proposed slots too, so a preview is never cut off.
    fn layout(&self, size: Size) -> Layout {
        let mut layout = if self.proposed.is_empty() {
            Layout::new(size, self.slots)
        } else {
            let all: Vec<Slot> = self.slots.iter().chain(self.proposed).cloned().collect();
            Layout::new(size, &all)
        };
        layout.lanes = week_grid::lanes(self.slots);
        layout
    }

    /// A slot the import would add: a light fill and a dashed outline in the site's colour.
    fn draw_proposed(&self, frame: &mut Frame, theme: &Theme, layout: &Layout, slot: &Slot) {
        let rect = rectangle(layout.grid.slot_rect(slot));
        let colour = theme.extended_palette().primary.base.color;
        frame.fill_rectangle(rect.position(), rect.size(), Color { a: 0.18, ..colour });
        let dashed = Stroke {
            line_dash: canvas::LineDash {
                segments: &[6.0, 4.0],
                offset: 0,
            },
            ..Stroke::default().with_color(colour).with_width(2.0)
        };
        frame.stroke(&Path::rectangle(rect.position(), rect.size()), dashed);
    }
    /// What each day's drawing depends on (then the background's: the hours shown), hashed: the
    /// size is the caches' own business (a cache drawn at another size draws again).
    fn keys(&self, layout: &Layout) -> [u64; 8] {
        use std::hash::{Hash, Hasher};
        let mut hashers: [std::collections::hash_map::DefaultHasher; 8] = Default::default();
        let hours = (layout.grid.first_hour, layout.grid.last_hour);
        for hasher in &mut hashers {
            hours.hash(hasher);
        }
        for (index, slot) in self.slots.iter().enumerate() {
            let id = self.ids.id_of(index);
            // The slots' order within the day (the later drawn over the earlier), not their place
            // in the whole week: a slot removed on Monday leaves the other days as they were.
            let hasher = &mut hashers[slot.day.index()];
            (slot.start, slot.end, slot.rates).hash(hasher);
            self.site_index(&slot.site).hash(hasher);
            (id.is_some() && self.selected == id).hash(hasher);
            id.is_some_and(|id| self.highlighted.contains(&id)).hash(hasher);
        }
        for slot in self.proposed {
            (u8::MAX, slot.start, slot.end).hash(&mut hashers[slot.day.index()]);
        }
        hashers.map(|h| h.finish())
    }

    /// The slot under a point, where it is drawn: overlapping slots side by side, each its own
    /// lane; the last drawn first where boxes still meet (a slot of a few minutes kept visible).
    fn slot_at(&self, layout: &Layout, point: Point) -> Option<SlotId> {
        let index = (0..self.slots.len())
            .rev()
            .find(|&i| layout.slot_rect(&self.slots[i], i).contains(point))?;
        self.ids.id_of(index)
    }

    fn site_index(&self, id: &str) -> Option<usize> {
        self.sites.iter().position(|s| s.id == id)
    }

    fn draw_background(&self, frame: &mut Frame, theme: &Theme, layout: &Layout) {
        let grid = &layout.grid;
        let palette = theme.extended_palette();
        let weekend = Color {
            a: 0.5,
            ..palette.background.weak.color
        };
        for day in [Weekday::Saturday, Weekday::Sunday] {
            let x = grid.x(day);
            frame.fill_rectangle(
                Point::new(x, HEADER),
                Size::new(grid.day_width, grid.bottom() - HEADER),
                weekend,
            );
        }
        let line = Stroke::default().with_color(style::grid_line(theme)).with_width(1.0);
        for hour in grid.first_hour..=grid.last_hour {
            let y = grid.y(hour * 60);
            frame.stroke(
                &Path::line(Point::new(GUTTER, y), Point::new(layout.bounds.width, y)),
                line,
            );
        }
        let bottom = grid.bottom();
        let right = layout.bounds.width - 0.5;
        frame.stroke(&Path::line(Point::new(right, 0.0), Point::new(right, bottom)), line);
        for day in Weekday::ALL {
            let x = grid.x(day);
            frame.stroke(&Path::line(Point::new(x, 0.0), Point::new(x, bottom)), line);
        }
    }

    /// The grid's words: the hours, the days' names, each slot's site letter and hours. Drawn by
    /// [`Labels`] over the canvas, not into its cache: tiny-skia clips a canvas text with a mask
    /// of the whole window, cleared and filled again for every text (a week of 300 slots spent
    /// most of each frame in `memset`), while a widget's text is clipped to its own box.
    fn texts(&self, theme: &Theme, layout: &Layout, out: &mut Vec<(Text, Rectangle)>) {
        let grid = &layout.grid;
        let palette = theme.extended_palette();
        // Short rows (small window, high zoom) label every second, third… hour, never on top of
        // each other.
        let step = hour_label_step(grid.minute_height * 60.0);
        for hour in grid.first_hour..=grid.last_hour {
            if !(hour - grid.first_hour).is_multiple_of(step) {
                continue;
            }
            let y = grid.y(hour * 60);
            let text = Text {
                content: format!("{hour:02}:00"),
                position: Point::new(GUTTER - 6.0, y),
                color: palette.background.base.text,
                size: 12.0.into(),
                align_x: alignment::Horizontal::Right.into(),
                // The footer leaves room for half of the last label under its line.
                align_y: alignment::Vertical::Center,
                ..Text::default()
            };
            out.push((text, Rectangle::new(Point::new(0.0, y - 12.0), Size::new(GUTTER, 24.0))));
        }
        // All names or none are shortened, so the header reads evenly. About 8 px per character.
        let longest = |names: &[String; 7]| names.iter().map(|n| n.chars().count()).max().unwrap_or(0) as f32;
        let abbreviate = longest(&self.day_names.full) * 8.0 > grid.day_width - 6.0;
        // Narrower still: the initial alone (as on paper calendars).
        let initial = longest(&self.day_names.short) * 8.0 > grid.day_width - 4.0;
        for day in Weekday::ALL {
            let x = grid.x(day);
            let text = Text {
                content: if initial {
                    self.day_names.short[day.index()].chars().take(1).collect()
                } else if abbreviate {
                    self.day_names.short[day.index()].clone()
                } else {
                    self.day_names.full[day.index()].clone()
                },
                position: Point::new(x + grid.day_width / 2.0, HEADER / 2.0),
                color: palette.background.base.text,
                size: 14.0.into(),
                align_x: alignment::Horizontal::Center.into(),
                align_y: alignment::Vertical::Center,
                ..Text::default()
            };
            // A name wider than its day (a long word at a large zoom) spills over its neighbours.
            let room = (text.content.chars().count() as f32 * 14.0).max(grid.day_width);
            let clip = Rectangle::new(
                Point::new(x + grid.day_width / 2.0 - room / 2.0, 0.0),
                Size::new(room, HEADER),
            );
            out.push((text, clip));
        }
        for index in 0..self.slots.len() {
            self.slot_texts(theme, layout, index, out);
        }
    }

    fn draw_slot(&self, frame: &mut Frame, theme: &Theme, layout: &Layout, index: usize) {
        let slot = &self.slots[index];
        let rect = layout.slot_rect(slot, index);
        frame.fill_rectangle(rect.position(), rect.size(), style::rate_fill(theme, slot.rates));
        if slot.rates == Rates::Free {
            hatch(frame, rect, style::rate_text(theme, slot.rates));
        }
        let site = self.site_index(&slot.site);
        let stripe = site.map_or(theme.extended_palette().danger.base.color, style::site_colour);
        frame.fill_rectangle(rect.position(), Size::new(5.0, rect.height), stripe);
        let palette = theme.extended_palette();
        let id = self.ids.id_of(index);
        let (border, width) = if id.is_some() && self.selected == id {
            (palette.primary.strong.color, 3.0)
        } else if id.is_some_and(|id| self.highlighted.contains(&id)) {
            (palette.danger.base.color, 3.0)
        } else {
            (palette.background.strong.color, 1.0)
        };
        frame.stroke(
            &Path::rectangle(rect.position(), rect.size()),
            Stroke::default().with_color(border).with_width(width),
        );
    }

    /// A slot's site letter and hours, fitted inside its box.
    fn slot_texts(&self, theme: &Theme, layout: &Layout, index: usize, out: &mut Vec<(Text, Rectangle)>) {
        let slot = &self.slots[index];
        let rect = layout.slot_rect(slot, index);
        let letter = self.site_index(&slot.site).map_or('?', style::site_letter);
        let label = SlotLabel::fit(rect.size(), letter, &slot.start.to_string(), &slot.end.to_string());
        // The letter alone may be taller than a very short box.
        let clip = Rectangle::new(
            rect.position(),
            Size::new(
                rect.width,
                rect.height.max(label.size * LINE * label.lines.len() as f32 + 4.0),
            ),
        );
        // Always as many texts per slot, the unused ones empty: the renderer compares a frame's
        // texts with the last frame's in order, so a label going from one line to two would
        // otherwise shift every later slot's texts and redraw the whole week.
        let mut lines = label.lines.into_iter();
        for n in 0..LABEL_LINES {
            let text = Text {
                content: lines.next().unwrap_or_default(),
                position: Point::new(rect.x + LABEL_LEFT, rect.y + 2.0 + label.size * LINE * n as f32),
                color: style::rate_text(theme, slot.rates),
                size: label.size.into(),
                ..Text::default()
            };
            out.push((text, clip));
        }
    }
}

/// Every how many hours the hour labels go, so that labels 12 px high never overlap.
fn hour_label_step(hour_height: f32) -> u16 {
    [1, 2, 3, 4, 6]
        .into_iter()
        .find(|&step| hour_height * f32::from(step) >= 16.0)
        .unwrap_or(6)
}

/// Left margin of a slot's text: past the site's colour stripe.
const LABEL_LEFT: f32 = 8.0;
/// The most lines a slot's label has (letter, start, end).
const LABEL_LINES: usize = 3;
/// Line height as a multiple of the text size.
const LINE: f32 = 1.2;
/// Width of a digit or letter of the UI font as a multiple of its size (Open Sans: about 0.57).
const GLYPH: f32 = 0.6;

/// What a slot's box shows: the site letter always, then as much of the hours as fits inside
/// the box at any zoom, smaller text rather than text spilling out of the box.
#[derive(Debug, PartialEq)]
struct SlotLabel {
    lines: Vec<String>,
    size: f32,
}

impl SlotLabel {
    fn fit(room: Size, letter: char, start: &str, end: &str) -> SlotLabel {
        let candidates = [
            vec![format!("{letter}  {start}–{end}")],
            vec![format!("{letter} {start}"), format!("–{end}")],
            vec![letter.to_string(), start.to_owned(), end.to_owned()],
            vec![format!("{letter} {start}")],
            vec![letter.to_string(), start.to_owned()],
        ];
        let fits = |lines: &[String], size: f32| {
            let widest = lines.iter().map(|l| l.chars().count()).max().unwrap_or(0) as f32;
            widest * size * GLYPH + LABEL_LEFT + 2.0 <= room.width
                && lines.len() as f32 * size * LINE + 4.0 <= room.height
        };
        for size in [12.0, 10.0] {
            if let Some(lines) = candidates.iter().find(|lines| fits(lines, size)) {
                return SlotLabel {
                    lines: lines.clone(),
                    size,
                };
            }
        }
        // The letter alone, however small the box: the site is never lost.
        SlotLabel {
            lines: vec![letter.to_string()],
            size: 10.0,
        }
    }
}

/// Diagonal lines so free-fee slots differ from agreement-rate ones without colour.
fn hatch(frame: &mut Frame, rect: Rectangle, colour: Color) {
    let stroke = Stroke::default()
        .with_color(Color { a: 0.35, ..colour })
        .with_width(1.0);
    let mut offset = 0.0;
    while offset < rect.width + rect.height {
        let start = Point::new(rect.x + offset.min(rect.width), rect.y + (offset - rect.width).max(0.0));
        let end = Point::new(
            rect.x + (offset - rect.height).max(0.0),
            rect.y + offset.min(rect.height),
        );
        frame.stroke(&Path::line(start, end), stroke);
        offset += 10.0;
    }
}

impl canvas::Program<GridEvent> for WeekGrid<'_> {
    type State = DragState;

    fn update(
        &self,
        state: &mut DragState,
        event: &Event,
        bounds: Rectangle,
        cursor: mouse::Cursor,
    ) -> Option<Action<GridEvent>> {
        let layout = self.layout(bounds.size());
        match event {
            Event::Mouse(mouse::Event::ButtonPressed(mouse::Button::Left)) => {
                let point = cursor.position_in(bounds)?;
                if let Some(id) = self.slot_at(&layout, point) {
                    return Some(Action::publish(GridEvent::Selected(id)).and_capture());
                }
                state.from = layout.at(point);
                state.from.map(|_| Action::request_redraw().and_capture())
            }
            Event::Mouse(mouse::Event::CursorMoved { .. }) if state.from.is_some() => Some(Action::request_redraw()),
            Event::Mouse(mouse::Event::ButtonReleased(mouse::Button::Left)) => {
                let (day, from) = state.from.take()?;
                let to = cursor
                    .position_in(bounds)
                    .and_then(|p| layout.at(p))
                    .map_or(from, |(_, m)| m);
                Some(Action::publish(new_slot(day, from, to)).and_capture())
            }
            _ => None,
        }
    }

    fn draw(
        &self,
        state: &DragState,
        renderer: &Renderer,
        theme: &Theme,
        bounds: Rectangle,
        cursor: mouse::Cursor,
    ) -> Vec<Geometry> {
        let layout = self.layout(bounds.size());
        let keys = self.keys(&layout);
        let mut drawn = self.cache.drawn.borrow_mut();
        if drawn[7] != Some(keys[7]) {
            self.cache.background.clear();
        }
        let mut layers = Vec::with_capacity(9);
        layers.push(self.cache.background.draw(renderer, bounds.size(), |frame| {
            self.draw_background(frame, theme, &layout);
        }));
        for day in Weekday::ALL {
            let n = day.index();
            if drawn[n] != Some(keys[n]) {
                self.cache.days[n].clear();
            }
            // The day's column, from the top to the bottom of the canvas: a slot's outline stays
            // inside (slots are inset from the column's sides).
            let column = Rectangle::new(
                Point::new(layout.grid.x(day), 0.0),
                Size::new(layout.grid.day_width, bounds.height),
            );
            layers.push(self.cache.days[n].draw_with_bounds(renderer, column, |frame| {
                for index in (0..self.slots.len()).filter(|&i| self.slots[i].day == day) {
                    self.draw_slot(frame, theme, &layout, index);
                }
                for slot in self.proposed.iter().filter(|s| s.day == day) {
                    self.draw_proposed(frame, theme, &layout, slot);
                }
            }));
        }
        *drawn = keys.map(Some);
        drop(drawn);
        if let (Some((day, from)), Some(point)) = (state.from, cursor.position_in(bounds)) {
            let to = layout.at(point).map_or(from, |(_, m)| m);
            let (start, end) = span(from, to);
            let mut preview = Frame::new(renderer, bounds.size());
            let rect = rectangle(layout.grid.span_rect(day, start, end));
            let colour = theme.extended_palette().primary.base.color;
            preview.fill_rectangle(rect.position(), rect.size(), Color { a: 0.3, ..colour });
            preview.stroke(
                &Path::rectangle(rect.position(), rect.size()),
                Stroke::default().with_color(colour).with_width(2.0),
            );
            layers.push(preview.into_geometry());
        }
        layers
    }

    fn mouse_interaction(&self, _state: &DragState, bounds: Rectangle, cursor: mouse::Cursor) -> mouse::Interaction {
        let Some(point) = cursor.position_in(bounds) else {
            return mouse::Interaction::default();
        };
        let layout = self.layout(bounds.size());
        if self.slot_at(&layout, point).is_some() {
            mouse::Interaction::Pointer
        } else if layout.at(point).is_some() {
            mouse::Interaction::Crosshair
        } else {
            mouse::Interaction::default()
        }
    }
}

impl<'a> WeekGrid<'a> {
    /// The grid's words, to stack over its canvas.
    pub(crate) fn labels(self) -> Labels<'a> {
        Labels { grid: self }
    }
}

/// The grid's words, drawn over its canvas as a widget of the same size: each text clipped to its
/// own box, so a frame that redraws part of the week draws only the words there, without a mask.
pub(crate) struct Labels<'a> {
    grid: WeekGrid<'a>,
}

/// Room for any label: no label wraps.
const UNBOUNDED: f32 = 100_000.0;

impl<Message> iced::advanced::Widget<Message, Theme, Renderer> for Labels<'_> {
    fn size(&self) -> Size<iced::Length> {
        Size::new(iced::Length::Fill, iced::Length::Fill)
    }

    fn layout(
        &mut self,
        _tree: &mut iced::advanced::widget::Tree,
        _renderer: &Renderer,
        limits: &iced::advanced::layout::Limits,
    ) -> iced::advanced::layout::Node {
        iced::advanced::layout::Node::new(limits.max())
    }

    fn draw(
        &self,
        _tree: &iced::advanced::widget::Tree,
        renderer: &mut Renderer,
        theme: &Theme,
        _style: &iced::advanced::renderer::Style,
        layout: iced::advanced::Layout<'_>,
        _cursor: mouse::Cursor,
        _viewport: &Rectangle,
    ) {
        use iced::advanced::text::Renderer as _;
        let bounds = layout.bounds();
        let grid = self.grid.layout(bounds.size());
        let mut texts = Vec::with_capacity(self.grid.slots.len() * 2 + 32);
        self.grid.texts(theme, &grid, &mut texts);
        let offset = iced::Vector::new(bounds.x, bounds.y);
        for (text, clip) in texts {
            renderer.fill_text(
                iced::advanced::Text {
                    content: text.content,
                    // Finite: the renderer scales the bounds with a matrix, and 0 × ∞ is NaN.
                    bounds: Size::new(UNBOUNDED, UNBOUNDED),
                    size: text.size,
                    line_height: text.line_height,
                    font: text.font,
                    align_x: text.align_x,
                    align_y: text.align_y,
                    shaping: text.shaping,
                    wrapping: iced::advanced::text::Wrapping::None,
                },
                text.position + offset,
                text.color,
                clip + offset,
            );
        }
    }
}

impl<'a, Message: 'a> From<Labels<'a>> for iced::Element<'a, Message> {
    fn from(labels: Labels<'a>) -> Self {
        iced::Element::new(labels)
    }
}

/// From a press and a release (in minutes): a dragged span, or one hour from a simple click.
fn span(from: u16, to: u16) -> (u16, u16) {
    if from.abs_diff(to) < SNAP {
        (from, (from + 60).min(24 * 60))
    } else {
        (from.min(to), from.max(to))
    }
}

fn new_slot(day: Weekday, from: u16, to: u16) -> GridEvent {
    let (start, end) = span(from, to);
    match (TimeOfDay::from_minutes(start), TimeOfDay::from_minutes(end)) {
        (Some(start), Some(end)) if end > start => GridEvent::Create { day, start, end },
        _ => GridEvent::Cleared,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_narrow_slot_at_130_percent_keeps_its_site_letter_and_text_inside_the_box() {
        for width in [20.0, 30.0, 45.0, 60.0, 90.0, 140.0] {
            for height in [16.0, 30.0, 60.0] {
                let label = SlotLabel::fit(Size::new(width, height), 'B', "09:00", "12:00");
                assert!(label.lines[0].starts_with('B'), "{width}×{height}: {label:?}");
                let widest = label.lines.iter().map(|l| l.chars().count()).max().unwrap() as f32;
                if label.lines.len() > 1 || label.lines[0].len() > 1 {
                    assert!(
                        widest * label.size * GLYPH + LABEL_LEFT <= width,
                        "{width}×{height}: {label:?}"
                    );
                    assert!(
                        label.lines.len() as f32 * label.size * LINE <= height,
                        "{width}×{height}: {label:?}"
                    );
                }
            }
        }
        assert_eq!(hour_label_step(24.0), 1);
        assert_eq!(hour_label_step(13.0), 2, "13 px rows: every second hour");
        assert_eq!(hour_label_step(4.0), 4);
        let wide = SlotLabel::fit(Size::new(140.0, 60.0), 'B', "09:00", "12:00");
        assert_eq!(wide.lines, ["B  09:00–12:00"]);
    }

    fn slot(day: Weekday, hour: u16) -> Slot {
        Slot {
            site: "a".into(),
            day,
            start: TimeOfDay::from_hm(hour, 0).unwrap(),
            end: TimeOfDay::from_hm(hour + 1, 0).unwrap(),
            rates: Rates::Agreement,
            setting: crate::core::model::Setting::Office,
            note: None,
            extra: Default::default(),
        }
    }

    /// The days whose drawing differs between two states of the week (7: the background).
    fn redrawn(
        before: (&[Slot], &SlotIds, Option<SlotId>, &[Slot]),
        after: (&[Slot], &SlotIds, Option<SlotId>, &[Slot]),
    ) -> Vec<usize> {
        let (names, cache, sites) = (DayNames::default(), GridCache::default(), Vec::new());
        let keys = |(slots, ids, selected, proposed): (&[Slot], &SlotIds, Option<SlotId>, &[Slot])| {
            let grid = WeekGrid {
                slots,
                ids,
                sites: &sites,
                selected,
                highlighted: &[],
                proposed,
                day_names: &names,
                cache: &cache,
            };
            grid.keys(&grid.layout(Size::new(700.0, 600.0)))
        };
        let (a, b) = (keys(before), keys(after));
        (0..8).filter(|&n| a[n] != b[n]).collect()
    }

    #[test]
    fn a_change_on_one_day_redraws_that_day_only() {
        let week: Vec<Slot> = Weekday::ALL
            .into_iter()
            .flat_map(|day| (8..12).map(move |hour| slot(day, hour)))
            .collect();
        let mut ids = SlotIds::default();
        for _ in &week {
            ids.push(SlotId::fresh());
        }
        let same = (&week[..], &ids, None, &[][..]);
        assert_eq!(redrawn(same, same), Vec::<usize>::new());

        let mut moved = week.clone();
        moved[1].start = TimeOfDay::from_hm(9, 15).unwrap();
        assert_eq!(redrawn(same, (&moved, &ids, None, &[])), [0], "a Monday slot's start");
        moved[1].rates = Rates::Free;
        assert_eq!(
            redrawn((&moved, &ids, None, &[]), (&moved, &ids, None, &[])),
            Vec::<usize>::new()
        );

        let tuesday = ids.id_of(5);
        assert_eq!(
            redrawn(same, (&week, &ids, tuesday, &[])),
            [1],
            "a Tuesday slot selected"
        );
        let thursday = ids.id_of(13);
        assert_eq!(
            redrawn((&week, &ids, tuesday, &[]), (&week, &ids, thursday, &[])),
            [1, 3],
            "the selection moved from Tuesday to Thursday"
        );

        // A Wednesday slot removed moves every later slot up the list: the other days stay.
        let (mut fewer, mut fewer_ids) = (week.clone(), ids.clone());
        fewer.remove(9);
        fewer_ids.remove(9);
        assert_eq!(redrawn(same, (&fewer, &fewer_ids, None, &[])), [2]);

        let proposed = [slot(Weekday::Friday, 14)];
        assert_eq!(
            redrawn(same, (&week, &ids, None, &proposed)),
            [4],
            "an import's preview"
        );

        // A slot before 07:00 adds hours: everything moves.
        let mut early = week.clone();
        early[27].start = TimeOfDay::from_hm(6, 0).unwrap();
        assert_eq!(redrawn(same, (&early, &ids, None, &[])), (0..8).collect::<Vec<_>>());
    }

    #[test]
    fn no_label_has_more_lines_than_a_slot_keeps_texts_for() {
        for width in [10.0, 20.0, 30.0, 45.0, 60.0, 90.0, 140.0, 300.0] {
            for height in [2.0, 16.0, 30.0, 45.0, 60.0, 200.0] {
                let label = SlotLabel::fit(Size::new(width, height), 'B', "09:00", "12:00");
                assert!(label.lines.len() <= LABEL_LINES, "{width}×{height}: {label:?}");
            }
        }
    }

    #[test]
    fn a_press_on_an_hour_line_starts_on_that_line() {
        let layout = Layout::new(Size::new(700.0, 600.0), &[]);
        let grid = &layout.grid;
        let line = |hour: u16| grid.top + f32::from((hour - grid.first_hour) * 60) * grid.minute_height;
        let x = grid.left + grid.day_width * 0.5;
        for offset in [-1.0, -0.4, 0.0, 0.4, 1.0] {
            assert_eq!(
                layout.at(Point::new(x, line(8) + offset)),
                Some((Weekday::Monday, 8 * 60)),
                "{offset} px from the 08:00 line"
            );
        }
        assert_eq!(
            layout.at(Point::new(x, line(11) + 0.6)),
            Some((Weekday::Monday, 11 * 60))
        );
        // Just past the middle of a quarter: the next one.
        let quarter = 15.0 * grid.minute_height;
        assert_eq!(
            layout.at(Point::new(x, line(9) + quarter * 0.6)),
            Some((Weekday::Monday, 9 * 60 + 15))
        );
    }

    #[test]
    fn a_click_makes_a_one_hour_slot_and_a_drag_spans_it() {
        assert_eq!(span(600, 600), (600, 660));
        assert_eq!(span(600, 690), (600, 690));
        assert_eq!(span(690, 600), (600, 690));
        assert_eq!(span(23 * 60 + 30, 23 * 60 + 30), (1410, 1440));
    }

    #[test]
    fn the_hours_shown_cover_every_slot() {
        assert_eq!(hour_range(&[]), (7, 20));
        let early = Slot {
            site: "a".into(),
            day: Weekday::Monday,
            start: TimeOfDay::from_hm(5, 30).unwrap(),
            end: TimeOfDay::from_hm(22, 15).unwrap(),
            rates: Rates::Free,
            setting: crate::core::model::Setting::Office,
            note: None,
            extra: Default::default(),
        };
        assert_eq!(hour_range(&[early]), (5, 23));
    }
}
