//! Issue 20: the long lists — the practice overview and the start screen's list of many doctors,
//! the schedule's list view of many slots — build only the rows in and near the view (their first
//! frame shaped every text of every row), while each list stays as high as all its rows, Tab walks
//! down it row after row, and a note being typed keeps its field wherever the list goes.

use super::focus::Window;
use super::*;
use iced::advanced::widget::{Operation, operation};
use iced::{Event, Rectangle, Vector, keyboard};

const DOCTORS: usize = 60;

/// A valid INAMI number for the `i`-th doctor.
fn inami(i: usize) -> String {
    let n6 = 100_000 + i;
    format!("1-{i:05}-{:02}-004", 97 - n6 % 97)
}

/// A practice of `DOCTORS` doctors, "Dr Liste 000" to "Dr Liste 059".
fn practice_of_many() -> Harness {
    let h = harness_on(Language::Fr, "2026-12-03");
    for i in 0..DOCTORS {
        let name = format!("Dr Liste {i:03}");
        add_to_practice(&h, &practice_declaration(&name, &inami(i), "initial", None, "partial"));
    }
    h
}

/// The overview of a practice of `DOCTORS` doctors in a window of 1280 × 820, and the doctors'
/// names in the order shown.
fn overview_of_many() -> (Harness, Window, Vec<String>) {
    let mut h = practice_of_many();
    let mut window = Window::new(1280.0, 820.0);
    window.update(&mut h.app, Message::GoTo(Screen::Overview));
    let names: Vec<String> = h.app.overview().shown().map(|r| r.name.clone()).collect();
    assert_eq!(names.len(), DOCTORS);
    (h, window, names)
}

/// The window draws a frame: what the list sees of the view then (the rows it asks for) is
/// handled, as in the window.
fn redraw(window: &mut Window, h: &mut Harness) {
    let now = iced::time::Instant::now();
    window.events(&mut h.app, &[Event::Window(iced::window::Event::RedrawRequested(now))]);
}

/// Every text of the interface with its bounds (in the layout, before scrolling).
fn texts(window: &mut Window, app: &App) -> Vec<(String, Rectangle)> {
    struct Texts(Vec<(String, Rectangle)>);
    impl Operation for Texts {
        fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
            operate(self);
        }
        fn text(&mut self, _id: Option<&Id>, bounds: Rectangle, text: &str) {
            self.0.push((text.to_owned(), bounds));
        }
    }
    let mut found = Texts(Vec::new());
    window.frame(app, |ui, renderer| ui.operate(renderer, &mut found));
    found.0
}

fn bounds_of(window: &mut Window, app: &App, text: &str) -> Option<Rectangle> {
    texts(window, app).into_iter().find(|(t, _)| t == text).map(|(_, b)| b)
}

/// The scrollables scrolled to `to` (none: left where they are): how high the highest content is.
fn scroll(window: &mut Window, app: &App, to: Option<f32>) -> Rectangle {
    struct Scroll(Option<f32>, Rectangle);
    impl Operation for Scroll {
        fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
            operate(self);
        }
        fn scrollable(
            &mut self,
            _id: Option<&Id>,
            _bounds: Rectangle,
            content_bounds: Rectangle,
            _translation: Vector,
            state: &mut dyn operation::Scrollable,
        ) {
            if let Some(y) = self.0 {
                state.scroll_to(operation::scrollable::AbsoluteOffset { x: None, y: Some(y) });
            }
            if content_bounds.height > self.1.height {
                self.1 = content_bounds;
            }
        }
    }
    let mut scroll = Scroll(to, Rectangle::default());
    window.frame(app, |ui, renderer| ui.operate(renderer, &mut scroll));
    scroll.1
}

/// Focuses the text field laid out at `field`.
fn focus_field(window: &mut Window, app: &App, field: Rectangle) {
    struct FocusAt(Rectangle);
    impl Operation for FocusAt {
        fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
            operate(self);
        }
        fn focusable(&mut self, _id: Option<&Id>, bounds: Rectangle, state: &mut dyn operation::Focusable) {
            if bounds == self.0 {
                state.focus();
            } else {
                state.unfocus();
            }
        }
    }
    window.frame(app, |ui, renderer| ui.operate(renderer, &mut FocusAt(field)));
}

/// The text fields of the interface, by bounds.
fn fields(window: &mut Window, app: &App) -> Vec<Rectangle> {
    struct Fields(Vec<Rectangle>);
    impl Operation for Fields {
        fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
            operate(self);
        }
        fn text_input(&mut self, _id: Option<&Id>, bounds: Rectangle, _state: &mut dyn operation::TextInput) {
            self.0.push(bounds);
        }
    }
    let mut found = Fields(Vec::new());
    window.frame(app, |ui, renderer| ui.operate(renderer, &mut found));
    found.0
}

/// The note field of the row whose doctor's name is at `name` (on the same line, to its right).
fn note_field(window: &mut Window, app: &App, name: Rectangle) -> Rectangle {
    fields(window, app)
        .into_iter()
        .find(|f| f.x > name.x && (f.center_y() - name.center_y()).abs() < 6.0)
        .expect("the row's note field")
}

fn type_char(window: &mut Window, h: &mut Harness, c: &str) {
    let key = keyboard::Key::Character(c.into());
    window.events(
        &mut h.app,
        &[Event::Keyboard(keyboard::Event::KeyPressed {
            key: key.clone(),
            modified_key: key,
            physical_key: keyboard::key::Physical::Unidentified(keyboard::key::NativeCode::Unidentified),
            location: keyboard::Location::Standard,
            modifiers: keyboard::Modifiers::empty(),
            text: Some(c.into()),
            repeat: false,
        })],
    );
}

#[test]
fn the_overview_builds_the_rows_near_the_view_in_a_list_as_high_as_all_of_them() {
    let (mut h, mut window, names) = overview_of_many();
    redraw(&mut window, &mut h);
    let first = bounds_of(&mut window, &h.app, &names[0]).expect("the first doctor is built");
    let second = bounds_of(&mut window, &h.app, &names[1]).expect("the second doctor is built");
    assert!(
        bounds_of(&mut window, &h.app, &names[DOCTORS - 1]).is_none(),
        "the last doctor, far below the view, is not built"
    );
    // The scrollbar is honest: the list is as high as all its rows, at one row's pitch.
    let pitch = second.y - first.y;
    assert!(pitch > 40.0, "{pitch}");
    // At whole pixels: every row's words fall on the same fractions of a pixel (the same glyph
    // images, made once).
    assert_eq!(pitch.fract(), 0.0, "{pitch}");
    let content = scroll(&mut window, &h.app, None);
    assert!(
        content.height > DOCTORS as f32 * pitch,
        "{} for {DOCTORS} rows of {pitch}",
        content.height
    );
    // Scrolled to the end, as with the scrollbar: the last rows are built, the first ones let go.
    scroll(&mut window, &h.app, Some(content.height));
    redraw(&mut window, &mut h);
    let last = bounds_of(&mut window, &h.app, &names[DOCTORS - 1]).expect("the last doctor, now in view");
    assert_eq!(
        last.y - first.y,
        (DOCTORS - 1) as f32 * pitch,
        "at its place in the list"
    );
    assert!(
        bounds_of(&mut window, &h.app, &names[0]).is_none(),
        "the first, far above, let go"
    );
    // And back to the top.
    scroll(&mut window, &h.app, Some(0.0));
    redraw(&mut window, &mut h);
    assert!(bounds_of(&mut window, &h.app, &names[0]).is_some());
}

#[test]
fn tab_from_the_last_row_in_view_walks_on_down_the_list_past_the_rows_first_built() {
    let (mut h, mut window, names) = overview_of_many();
    redraw(&mut window, &mut h);
    // The last doctor whose row is in view: its note field focused, as by a click.
    let in_view = (0..DOCTORS)
        .take_while(|&i| bounds_of(&mut window, &h.app, &names[i]).is_some_and(|b| b.y + b.height < 820.0))
        .last()
        .expect("rows in view");
    let name = bounds_of(&mut window, &h.app, &names[in_view]).unwrap();
    let field = note_field(&mut window, &h.app, name);
    focus_field(&mut window, &h.app, field);
    let target = in_view + 30;
    let mut reached = false;
    for _ in 0..300 {
        window.named(&mut h.app, keyboard::key::Named::Tab);
        redraw(&mut window, &mut h);
        window
            .focused_in_sight(&h.app)
            .unwrap_or_else(|e| panic!("the focus out of sight: {e}"));
        let focused = window.focused(&h.app).expect("a control focused").bounds;
        if let Some(row) = bounds_of(&mut window, &h.app, &names[target])
            && focused.y >= row.y
        {
            reached = true;
            break;
        }
    }
    assert!(reached, "Tab reached doctor {target}'s row, 30 rows below the view");
}

#[test]
fn a_note_being_typed_keeps_its_field_and_text_when_the_list_is_scrolled_away_and_back() {
    let (mut h, mut window, names) = overview_of_many();
    redraw(&mut window, &mut h);
    let name = bounds_of(&mut window, &h.app, &names[2]).unwrap();
    let field = note_field(&mut window, &h.app, name);
    focus_field(&mut window, &h.app, field);
    type_char(&mut window, &mut h, "m");
    let id = h.app.overview().shown().nth(2).unwrap().id.clone();
    assert_eq!(h.app.overview().notes.get(&id).map(String::as_str), Some("m"));
    // Scrolled far down with the wheel: the row typed in stays built, and the focus in its field.
    let content = scroll(&mut window, &h.app, None);
    scroll(&mut window, &h.app, Some(content.height));
    redraw(&mut window, &mut h);
    redraw(&mut window, &mut h);
    assert!(bounds_of(&mut window, &h.app, &names[DOCTORS - 1]).is_some());
    assert!(bounds_of(&mut window, &h.app, &names[DOCTORS / 2]).is_none());
    assert_eq!(
        window.focused(&h.app).map(|f| f.bounds),
        Some(field),
        "the field keeps the focus"
    );
    type_char(&mut window, &mut h, "a");
    assert_eq!(
        h.app.overview().notes.get(&id).map(String::as_str),
        Some("ma"),
        "the key went into the same doctor's note"
    );
    scroll(&mut window, &h.app, Some(0.0));
    redraw(&mut window, &mut h);
    assert_eq!(window.focused(&h.app).map(|f| f.bounds), Some(field));
    type_char(&mut window, &mut h, "n");
    assert_eq!(h.app.overview().notes.get(&id).map(String::as_str), Some("man"));
}

/// The ids of the interface's containers (a slot's row in the list view has one).
fn container_ids(window: &mut Window, app: &App) -> Vec<Id> {
    struct Ids(Vec<Id>);
    impl Operation for Ids {
        fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
            operate(self);
        }
        fn container(&mut self, id: Option<&Id>, _bounds: Rectangle) {
            self.0.extend(id.cloned());
        }
    }
    let mut found = Ids(Vec::new());
    window.frame(app, |ui, renderer| ui.operate(renderer, &mut found));
    found.0
}

#[test]
fn the_start_screens_list_of_many_doctors_builds_the_rows_near_the_view_and_the_search_finds_any() {
    use conventio::app::screen::start::Message as StartMessage;
    let mut h = practice_of_many();
    let mut window = Window::new(1280.0, 820.0);
    window.update(&mut h.app, Message::GoTo(Screen::Start));
    redraw(&mut window, &mut h);
    let (first, last) = ("Dr Liste 000", format!("Dr Liste {:03}", DOCTORS - 1));
    let top = bounds_of(&mut window, &h.app, first).expect("the first doctor is listed");
    let next = bounds_of(&mut window, &h.app, "Dr Liste 001").expect("the second");
    // Rows at whole pixels: every row's words fall on the same fractions of a pixel (the same
    // glyph images, made once, for rows scrolled to).
    assert_eq!((next.y - top.y).fract(), 0.0, "{top:?} {next:?}");
    assert!(
        bounds_of(&mut window, &h.app, &last).is_none(),
        "the last doctor, far below the view, is not built"
    );
    // The search finds any doctor, built or not.
    window.update(&mut h.app, Message::Start(StartMessage::SearchChanged("059".into())));
    redraw(&mut window, &mut h);
    assert!(bounds_of(&mut window, &h.app, &last).is_some());
    assert!(
        bounds_of(&mut window, &h.app, first).is_none(),
        "the others filtered out"
    );
    // Without it, scrolled to the end: the last doctor's row at the list's end.
    window.update(&mut h.app, Message::Start(StartMessage::SearchChanged(String::new())));
    let content = scroll(&mut window, &h.app, None);
    scroll(&mut window, &h.app, Some(content.height));
    redraw(&mut window, &mut h);
    let shown = bounds_of(&mut window, &h.app, &last).expect("the last doctor, scrolled to");
    assert!(bounds_of(&mut window, &h.app, first).is_none());
    assert!(
        shown.y > content.y + content.height - 800.0,
        "{shown:?} at the end of {content:?}"
    );
}

#[test]
fn the_list_view_of_many_slots_builds_the_rows_near_the_view_and_keeps_the_selected_ones() {
    use conventio::app::screen::schedule::{ScheduleView, list_row_id};
    let mut h = harness(Language::Fr);
    h.open_example(0);
    h.run(Message::GoTo(Screen::Schedule));
    // Half-hour slots, from 06:00 on each day: the list view of about 70 slots.
    for n in 0..63u16 {
        let start = 6 * 60 + (n / 7) * 30;
        let _ = h.app.update(Message::Schedule(ScheduleMessage::Grid(GridEvent::Create {
            day: Weekday::ALL[usize::from(n % 7)],
            start: TimeOfDay::from_minutes(start).unwrap(),
            end: TimeOfDay::from_minutes(start + 20).unwrap(),
        })));
    }
    let count = h.app.declaration().slots.len();
    assert!(count > 60, "{count} slots");
    let mut window = Window::new(1280.0, 820.0);
    window.update(
        &mut h.app,
        Message::Schedule(ScheduleMessage::ViewChanged(ScheduleView::List)),
    );
    redraw(&mut window, &mut h);
    // In week order: Monday's first slot first, Sunday's last one last.
    let in_order = |h: &Harness| {
        let d = h.app.declaration();
        let mut order: Vec<(usize, SlotId)> = (0..d.slots.len()).map(|i| (i, slot_id(&h.app, i))).collect();
        order.sort_by_key(|&(i, _)| (d.slots[i].day, d.slots[i].start, i));
        order.into_iter().map(|(_, id)| id).collect::<Vec<_>>()
    };
    let order = in_order(&h);
    // (The slot made last was selected: the first one is.)
    window.update(&mut h.app, Message::Schedule(ScheduleMessage::SelectSlot(order[0])));
    redraw(&mut window, &mut h);
    let built = |window: &mut Window, h: &Harness, slot| container_ids(window, &h.app).contains(&list_row_id(slot));
    assert!(built(&mut window, &h, order[0]));
    assert!(
        !built(&mut window, &h, order[count - 1]),
        "the last slot, far below, is not built"
    );
    // The list scrolled to its end: the last rows are built, and
    // the selected slot's row too, far above the view.
    scroll(&mut window, &h.app, Some(1.0e6));
    redraw(&mut window, &mut h);
    assert!(built(&mut window, &h, order[count - 1]), "the last slot, scrolled to");
    assert!(built(&mut window, &h, order[0]), "the selected slot stays built");
    assert!(!built(&mut window, &h, order[1]), "its neighbour, far above, let go");
}

#[test]
fn a_row_keeps_its_focus_by_its_doctor_when_the_rows_are_sorted_again() {
    use conventio::app::screen::overview::Message as OverviewMessage;
    let (mut h, mut window, names) = overview_of_many();
    redraw(&mut window, &mut h);
    let name = bounds_of(&mut window, &h.app, &names[3]).unwrap();
    let field = note_field(&mut window, &h.app, name);
    focus_field(&mut window, &h.app, field);
    type_char(&mut window, &mut h, "x");
    let id = |h: &Harness, i: usize| h.app.overview().shown().nth(i).unwrap().id.clone();
    let typed_in = id(&h, 3);
    // The first doctor marked registered, then the rows sorted again: that doctor goes to the
    // end, the one typed in moves up a row.
    let first = id(&h, 0);
    window.update(
        &mut h.app,
        Message::Overview(OverviewMessage::MarkRegistered(first.clone())),
    );
    window.update(&mut h.app, Message::Overview(OverviewMessage::ConfirmMarks));
    window.update(&mut h.app, Message::Overview(OverviewMessage::SortAgain));
    redraw(&mut window, &mut h);
    assert_eq!(id(&h, 2), typed_in, "moved up a row");
    assert_ne!(id(&h, 0), first);
    type_char(&mut window, &mut h, "y");
    assert_eq!(
        h.app.overview().notes.get(&typed_in).map(String::as_str),
        Some("xy"),
        "the key went into the same doctor's note"
    );
}

#[test]
fn tab_from_the_last_doctor_reaches_the_export_field_below_the_list_and_shift_tab_comes_back() {
    let (mut h, mut window, names) = overview_of_many();
    redraw(&mut window, &mut h);
    let content = scroll(&mut window, &h.app, None);
    scroll(&mut window, &h.app, Some(content.height));
    redraw(&mut window, &mut h);
    let last = bounds_of(&mut window, &h.app, &names[DOCTORS - 1]).expect("the last doctor, scrolled to");
    let field = note_field(&mut window, &h.app, last);
    focus_field(&mut window, &h.app, field);
    // The last row's controls, then the first field under the list (the spreadsheet's path).
    let mut below = None;
    for _ in 0..8 {
        window.named(&mut h.app, keyboard::key::Named::Tab);
        redraw(&mut window, &mut h);
        let focused = window.focused(&h.app).expect("a control focused").bounds;
        if focused.y > last.y + 40.0 {
            below = Some(focused);
            break;
        }
    }
    let below = below.expect("Tab left the list");
    assert!(fields(&mut window, &h.app).contains(&below), "a text field: {below:?}");
    window.focused_in_sight(&h.app).unwrap();
    let shift_tab = |window: &mut Window, h: &mut Harness| {
        window.key(
            &mut h.app,
            keyboard::Key::Named(keyboard::key::Named::Tab),
            keyboard::Modifiers::SHIFT,
        );
        redraw(window, h);
    };
    shift_tab(&mut window, &mut h);
    let back = window.focused(&h.app).expect("a control focused").bounds;
    assert!(
        back.y > last.y - 30.0 && back.y < last.y + 80.0,
        "back in the last doctor's row: {back:?}, the name at {last:?}"
    );
}
