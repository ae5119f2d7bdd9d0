//! The week grid's geometry, one for the window's canvas and the PDF summary: Monday to Sunday side
//! by side, hours down, one box per slot. Plain numbers (pixels or points, y growing downwards):
//! each surface chooses its sizes and draws in its own way, but where a slot's box goes and which
//! day and minute lie under a point are worked out here, once.

use crate::core::model::{Slot, Weekday};

/// Room between a slot's box and its column's lines, on each side.
const INSET: f32 = 2.0;

/// A rectangle; `y` grows downwards.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub x: f32,
    pub y: f32,
    pub width: f32,
    pub height: f32,
}

impl Rect {
    /// Whether a point lies inside: the left and top edges are in, the right and bottom ones out,
    /// so a point on the line between two boxes belongs to one of them only.
    pub fn contains(&self, x: f32, y: f32) -> bool {
        self.x <= x && x < self.x + self.width && self.y <= y && y < self.y + self.height
    }
}

/// Where the days and hours of a week grid are.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WeekGeometry {
    /// The left edge of Monday's column.
    pub left: f32,
    /// Where the first hour shown starts.
    pub top: f32,
    pub day_width: f32,
    pub minute_height: f32,
    /// The hours shown, from the start of `first_hour` to the start of `last_hour` ([`hour_range`]).
    pub first_hour: u16,
    pub last_hour: u16,
    /// A slot's box is never shorter than this, so a slot of a few minutes can still be seen (and,
    /// in the window, clicked).
    pub min_slot_height: f32,
}

impl WeekGeometry {
    /// The left edge of a day's column.
    pub fn x(&self, day: Weekday) -> f32 {
        self.left + day.index() as f32 * self.day_width
    }

    /// How far down a minute of the day is (minutes before the first hour shown are at the top).
    pub fn y(&self, minute: u16) -> f32 {
        self.top + f32::from(minute.saturating_sub(self.first_hour * 60)) * self.minute_height
    }

    /// The right edge of Sunday's column.
    pub fn right(&self) -> f32 {
        self.x(Weekday::Sunday) + self.day_width
    }

    /// The end of the last hour shown.
    pub(crate) fn bottom(&self) -> f32 {
        self.y(self.last_hour * 60)
    }

    /// The box of the time from `start` to `end` (minutes) on `day`, inside the day's column.
    pub(crate) fn span_rect(&self, day: Weekday, start: u16, end: u16) -> Rect {
        let top = self.y(start);
        Rect {
            x: self.x(day) + INSET,
            y: top,
            width: self.day_width - 2.0 * INSET,
            height: self.y(end) - top,
        }
    }

    /// A slot's box: its day's column, from its start to its end, at least `min_slot_height` high.
    pub(crate) fn slot_rect(&self, slot: &Slot) -> Rect {
        let span = self.span_rect(slot.day, slot.start.minutes(), slot.end.minutes());
        Rect {
            height: span.height.max(self.min_slot_height),
            ..span
        }
    }

    /// A slot's box when slots overlap (the check says so; the grid still shows each): its
    /// [`Lane`] of the day's column, as calendars put overlapping appointments side by side.
    pub fn lane_rect(&self, slot: &Slot, lane: Lane) -> Rect {
        let whole = self.slot_rect(slot);
        if lane.count <= 1 {
            return whole;
        }
        let count = f32::from(lane.count);
        let width = ((whole.width - LANE_GAP * (count - 1.0)) / count).max(1.0);
        Rect {
            x: whole.x + f32::from(lane.index) * (width + LANE_GAP),
            width,
            ..whole
        }
    }

    /// The day and minute under a point, or `None` left of Monday or above the first hour. Below
    /// the last hour is its end.
    pub fn at(&self, x: f32, y: f32) -> Option<(Weekday, u16)> {
        if x < self.left || y < self.top {
            return None;
        }
        let day = Weekday::from_index(((x - self.left) / self.day_width) as usize)?;
        let minute = (self.first_hour * 60).saturating_add(((y - self.top) / self.minute_height) as u16);
        Some((day, minute.min(self.last_hour * 60)))
    }
}

/// Room between two overlapping slots' boxes side by side.
const LANE_GAP: f32 = 2.0;

/// Where a slot's box goes across its day's column: the `index`th of `count` equal lanes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lane {
    pub index: u16,
    pub count: u16,
}

impl Lane {
    /// The whole column: the slot overlaps no other.
    pub const WHOLE: Lane = Lane { index: 0, count: 1 };
}

/// Each slot's lane, in the slots' order. On each day, slots that overlap in time, directly or
/// through others (touching is not overlapping, as for the `slot-overlap` rule), form a group
/// sharing the column; taken by start (then end), each slot goes in the leftmost lane free at its
/// start. A slot overlapping nothing has the whole column.
pub fn lanes(slots: &[Slot]) -> Vec<Lane> {
    let mut lanes = vec![Lane::WHOLE; slots.len()];
    let mut order: Vec<usize> = (0..slots.len()).collect();
    order.sort_by_key(|&i| (slots[i].day, slots[i].start, slots[i].end, i));
    // The group being laid out: its members, each lane's end, and where the group ends.
    let mut group: Vec<usize> = Vec::new();
    let mut ends: Vec<u16> = Vec::new();
    let mut group_end = 0;
    fn close(group: &mut Vec<usize>, ends: &mut Vec<u16>, lanes: &mut [Lane]) {
        let count = ends.len().max(1) as u16;
        for &member in group.iter() {
            lanes[member].count = count;
        }
        group.clear();
        ends.clear();
    }
    for i in order {
        let slot = &slots[i];
        let (start, end) = (slot.start.minutes(), slot.end.minutes());
        let continues = group
            .last()
            .is_some_and(|&last| slots[last].day == slot.day && start < group_end);
        if !continues {
            close(&mut group, &mut ends, &mut lanes);
            group_end = 0;
        }
        let index = match ends.iter().position(|&lane_end| lane_end <= start) {
            Some(free) => free,
            None => {
                ends.push(0);
                ends.len() - 1
            }
        };
        ends[index] = end;
        lanes[i].index = index as u16;
        group.push(i);
        group_end = group_end.max(end);
    }
    close(&mut group, &mut ends, &mut lanes);
    lanes
}

/// The hours a grid shows to hold `slots`: at least `least` (office hours, so a short week still
/// reads as a week), widened to the hour before the earliest start and after the latest end, and
/// at least one hour.
pub(crate) fn hour_range<'a>(slots: impl IntoIterator<Item = &'a Slot>, least: (u16, u16)) -> (u16, u16) {
    let (mut first, mut last) = least;
    for slot in slots {
        first = first.min(slot.start.hours_part());
        last = last.max(slot.end.minutes().div_ceil(60));
    }
    (first, last.min(24).max(first + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slot(day: Weekday, start: (u16, u16), end: (u16, u16)) -> Slot {
        Slot::office(day, start, end)
    }

    /// Columns 100 wide from x = 50, an hour 60 high from 08:00 at y = 20.
    fn grid() -> WeekGeometry {
        WeekGeometry {
            left: 50.0,
            top: 20.0,
            day_width: 100.0,
            minute_height: 1.0,
            first_hour: 8,
            last_hour: 18,
            min_slot_height: 4.0,
        }
    }

    #[test]
    fn a_slot_sits_in_its_days_column_from_its_start_to_its_end() {
        let rect = grid().slot_rect(&slot(Weekday::Wednesday, (9, 30), (12, 0)));
        // Wednesday is the third column: 50 + 2 × 100, inset by 2 on each side.
        assert_eq!(
            rect,
            Rect {
                x: 252.0,
                y: 110.0,
                width: 96.0,
                height: 150.0
            }
        );
    }

    #[test]
    fn a_slot_of_a_few_minutes_keeps_a_box_one_can_see() {
        let rect = grid().slot_rect(&slot(Weekday::Monday, (10, 0), (10, 2)));
        assert_eq!((rect.y, rect.height), (140.0, 4.0));
    }

    #[test]
    fn the_point_under_a_slot_is_its_day_and_time() {
        let g = grid();
        let rect = g.slot_rect(&slot(Weekday::Friday, (14, 0), (16, 0)));
        assert!(rect.contains(rect.x, rect.y), "the top left corner is in");
        assert!(!rect.contains(rect.x + rect.width, rect.y), "the right edge is out");
        assert_eq!(
            g.at(rect.x + 10.0, rect.y + 30.0),
            Some((Weekday::Friday, 14 * 60 + 30))
        );
        assert_eq!(g.at(10.0, 100.0), None, "left of Monday: the hour labels");
        assert_eq!(g.at(100.0, 10.0), None, "above 08:00: the day names");
        assert_eq!(
            g.at(100.0, 5000.0),
            Some((Weekday::Monday, 18 * 60)),
            "below: the last hour's end"
        );
        assert_eq!(g.at(g.right() + 1.0, 100.0), None, "right of Sunday");
    }

    #[test]
    fn overlapping_slots_share_their_days_column_side_by_side() {
        let g = grid();
        let week = [
            slot(Weekday::Tuesday, (14, 0), (18, 0)),
            slot(Weekday::Tuesday, (17, 0), (19, 0)),
            slot(Weekday::Tuesday, (18, 0), (20, 0)),
            slot(Weekday::Tuesday, (20, 0), (21, 0)),
            slot(Weekday::Wednesday, (17, 0), (19, 0)),
            slot(Weekday::Saturday, (8, 30), (12, 30)),
            slot(Weekday::Saturday, (9, 0), (12, 0)),
            slot(Weekday::Saturday, (9, 30), (10, 0)),
        ];
        let lanes = lanes(&week);
        let lane = |index, count| Lane { index, count };
        assert_eq!(
            lanes,
            [
                lane(0, 2),
                lane(1, 2),
                // 18:00 starts when the first lane's 14:00–18:00 ends: it takes that lane.
                lane(0, 2),
                // Touching 18:00–20:00 only: alone.
                Lane::WHOLE,
                Lane::WHOLE,
                lane(0, 3),
                lane(1, 3),
                lane(2, 3),
            ]
        );
        let boxes: Vec<Rect> = week.iter().zip(&lanes).map(|(s, &l)| g.lane_rect(s, l)).collect();
        assert_eq!(boxes[3], g.slot_rect(&week[3]), "a slot alone keeps its whole column");
        // Side by side inside Tuesday's column (150..250, inset by 2), 2 apart, none over another.
        assert_eq!((boxes[0].x, boxes[0].width), (152.0, 47.0));
        assert_eq!((boxes[1].x, boxes[1].width), (201.0, 47.0));
        for (a, b) in [(0, 1), (1, 2), (5, 6), (6, 7), (5, 7)] {
            let (a, b) = (boxes[a], boxes[b]);
            assert!(a.x + a.width <= b.x || b.x + b.width <= a.x, "{a:?} {b:?}");
        }
        let saturday = g.x(Weekday::Saturday);
        assert!(boxes[5].x >= saturday && boxes[7].x + boxes[7].width <= saturday + g.day_width);
    }

    #[test]
    fn the_hours_shown_cover_every_slot_and_at_least_the_least_asked() {
        assert_eq!(hour_range(&[], (8, 18)), (8, 18));
        let long = slot(Weekday::Monday, (5, 30), (22, 15));
        assert_eq!(hour_range(&[long], (7, 20)), (5, 23));
        let late = slot(Weekday::Sunday, (21, 0), (24, 0));
        assert_eq!(hour_range(&[late], (8, 18)), (8, 24));
    }
}
