//! Issue 20: what a frame redraws. tiny-skia draws again only what differs from the last frame,
//! so a key typed in a field must not move what is around it. Each test fails on the code before
//! the fix.

use super::*;

/// A time typed key by key passes through texts that are no time yet (`07:4`): its error line is
/// kept under each field whether it shows an error or not, so the slot's panel under the fields
/// stays where it was (it moved down and back on each such key, and tiny-skia redrew the whole
/// panel twice per time typed).
#[test]
fn an_error_under_a_time_field_moves_nothing_under_the_fields() {
    for language in [Language::Fr, Language::De] {
        let mut h = harness(language);
        h.open_example(0);
        let first = slot_id(&h.app, 0);
        let _ = h.app.update(Message::Schedule(ScheduleMessage::SelectSlot(first)));
        let add_another = h.tr("gui-slot-add-another");
        let place = |h: &Harness| {
            simulator(&h.app)
                .find(add_another.as_str())
                .unwrap()
                .visible_bounds()
                .unwrap()
        };
        let before = place(&h);
        for (start, end, error) in [
            ("07:4", "12:00", "gui-time-shape"),
            ("07:45", "25:00", "gui-time-range"),
            ("8h3", "25:00", "gui-time-shape"),
        ] {
            let _ = h
                .app
                .update(Message::Schedule(ScheduleMessage::StartChanged(start.into())));
            let _ = h.app.update(Message::Schedule(ScheduleMessage::EndChanged(end.into())));
            assert!(h.sees(&h.tr(error)), "{language:?} {start}–{end}: the error is shown");
            assert_eq!(place(&h), before, "{language:?} {start}–{end}: nothing moved");
        }
    }
}
