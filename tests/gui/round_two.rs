//! Issue 18, "the window, round two": what a fast typist, a small screen and a real agenda broke.
//! Each test fails on the code before the fix.

use super::*;
use conventio::app::screen::import::Message as ImportMessage;

/// Item 2: a press on the 08:00 line and a drag to the 12:00 line give 08:00–12:00, not 07:45–11:45.
#[test]
fn dragging_from_an_hour_line_starts_on_that_line() {
    let mut h = harness(Language::Fr);
    h.open_example(0);
    let slots = h.app.declaration().slots.clone();
    let before = slots.len();
    h.interact(|ui| {
        let grid = ui.find(Id::new("week-grid")).unwrap();
        let bounds = grid.visible_bounds().unwrap();
        let size = iced::Size::new(bounds.width, bounds.height);
        let line = |minute: u16| bounds.y + conventio::app::widget::grid::line_y(size, &slots, minute);
        // Sunday's column: free in the example.
        let x = bounds.x + bounds.width - 20.0;
        // A press a fraction of a pixel above the line, as a hand does.
        ui.point_at(iced::Point::new(x, line(8 * 60) - 0.4));
        let _ = ui.simulate([iced::Event::Mouse(iced::mouse::Event::ButtonPressed(
            iced::mouse::Button::Left,
        ))]);
        ui.point_at(iced::Point::new(x, line(12 * 60) - 0.4));
        let _ = ui.simulate([iced::Event::Mouse(iced::mouse::Event::ButtonReleased(
            iced::mouse::Button::Left,
        ))]);
    });
    assert_eq!(h.app.declaration().slots.len(), before + 1);
    let added = &h.app.declaration().slots[before];
    assert_eq!(added.day, Weekday::Sunday);
    assert_eq!(
        (added.start.to_string(), added.end.to_string()),
        ("08:00".to_owned(), "12:00".to_owned())
    );
}

/// Item 3: the import panel of one doctor's agenda is gone when another doctor's declaration is
/// opened: nothing ticked, no dashed preview, one click cannot add them to the wrong schedule.
#[test]
fn the_import_panel_forgets_the_previous_doctors_agenda() {
    let mut h = harness(Language::Fr);
    h.open_example(0);
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ics/google.ics");
    h.import_through_the_panel(&file);
    assert!(h.app.import().loaded.is_some(), "the first doctor's file is read");
    h.open_example(1);
    let _ = h.app.update(Message::GoTo(Screen::Schedule));
    assert!(h.app.import().loaded.is_none(), "no file of the previous doctor");
    assert!(h.app.import().preview.is_empty(), "no dashed slots on the new week");
    assert!(!h.app.import().open);
    let before = h.app.declaration().slots.clone();
    let _ = h
        .app
        .update(Message::Schedule(ScheduleMessage::ImportPanel(ImportMessage::Apply)));
    assert_eq!(h.app.declaration().slots, before, "nothing to add from the other file");
}
