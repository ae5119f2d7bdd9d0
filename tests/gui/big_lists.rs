//! Issue 20: the practice overview of many doctors builds only the rows in and near the view (its
//! first frame shaped every text of every row), while the list stays as high as all its rows, Tab
//! walks down it row after row, and a note being typed keeps its field wherever the list goes.

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

/// The overview of a practice of `DOCTORS` doctors in a window of 1280 × 820, and the doctors'
/// names in the order shown.
fn overview_of_many() -> (Harness, Window, Vec<String>) {
    let mut h = harness_on(Language::Fr, "2026-12-03");
    for i in 0..DOCTORS {
        let name = format!("Dr Liste {i:03}");
        add_to_practice(&h, &practice_declaration(&name, &inami(i), "initial", None, "partial"));
    }
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

/// The step's scrollable: how high its content is, and scrolled to `to` (none: left where it is).
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
            self.1 = content_bounds;
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
