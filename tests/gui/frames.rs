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
        // The line is kept empty (its height held by an unseen copy of the longer error).
        for error in ["gui-time-shape", "gui-time-range"] {
            assert!(!h.sees(&h.tr(error)), "{language:?}: no {error} before a bad time");
        }
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

/// The quads (filled shapes) the window draws for a frame at its size, as tiny-skia gets them.
#[cfg(not(feature = "wgpu"))]
fn drawn_quads(app: &App) -> Vec<iced::Rectangle> {
    use iced::advanced::layout::{Layout, Limits};
    use iced::advanced::renderer::{Renderer as _, Style};
    use iced::advanced::widget::Tree;
    let view = iced::Rectangle::with_size(iced::Size::new(SIZE.0, SIZE.1));
    let mut renderer = iced::Renderer::new(conventio::app::FONT, iced::Pixels(16.0));
    let mut element = app.view();
    let mut tree = Tree::new(&element);
    let node = element
        .as_widget_mut()
        .layout(&mut tree, &renderer, &Limits::new(iced::Size::ZERO, view.size()));
    renderer.reset(view);
    element.as_widget().draw(
        &tree,
        &mut renderer,
        &app.theme(),
        &Style::default(),
        Layout::new(&node),
        iced::mouse::Cursor::Unavailable,
        &view,
    );
    renderer
        .layers()
        .iter()
        .flat_map(|layer| layer.quads.iter().map(|(quad, _)| quad.bounds))
        .collect()
}

/// The practice overview is redrawn whole at each scrolled step (`scrolled::Whole`): a filled,
/// rounded box round each doctor was a third of that drawing (anti-aliased, the width of the page).
/// A line under each doctor instead; the shapes left per doctor are its field and buttons.
#[cfg(not(feature = "wgpu"))]
#[test]
fn the_overview_draws_no_box_per_doctor() {
    let mut h = harness(Language::Fr);
    for (n, name) in ["Dr Anne Peeters", "Dr Jan Claes", "Dr Lies Maes"].iter().enumerate() {
        h.open_example(0);
        let _ = h
            .app
            .update(Message::Doctor(DoctorMessage::NameChanged((*name).into())));
        let _ = h.app.update(Message::Doctor(DoctorMessage::InamiChanged(
            ["1-23456-25-004", "1-23457-24-004", "1-00001-06-004"][n].into(),
        )));
        h.run(Message::GoTo(Screen::Review));
        h.run(Message::Review(conventio::app::screen::review::Message::Save));
    }
    h.run(Message::GoTo(Screen::Overview));
    assert!(h.sees("Dr Lies Maes"), "three doctors listed");
    let boxes: Vec<_> = drawn_quads(&h.app)
        .into_iter()
        .filter(|q| q.width > 400.0 && q.height > 40.0)
        .collect();
    assert!(boxes.is_empty(), "big filled shapes: {boxes:?}");
}

/// The notice an import leaves in the bottom bar takes the place of the autosave reminder, which
/// stood at the bar's right. Seen in the window (NL, 1280x820): only "…t de hele import in één keer
/// terug." was drawn, the left of the notice stayed blank until a whole-window repaint. Two frames
/// as the window makes them (one interface kept from frame to frame); what tiny-skia redraws
/// between them must hold the whole notice.
#[cfg(not(feature = "wgpu"))]
#[test]
fn the_notice_an_import_leaves_is_redrawn_whole() {
    use conventio::app::screen::choice::Message as ChoiceMessage;
    use conventio::app::screen::schedule::import::Message as ImportMessage;
    use iced_test::runtime::user_interface::{Cache, UserInterface};
    let mut h = harness_today(Language::Nl);
    h.run(Message::Start(conventio::app::screen::start::Message::NewDeclaration));
    let _ = h
        .app
        .update(Message::Doctor(DoctorMessage::NameChanged("Dr Hilde Claes".into())));
    let _ = h
        .app
        .update(Message::Doctor(DoctorMessage::InamiChanged("1-00001-06-004".into())));
    h.run(Message::Choice(ChoiceMessage::Chosen(
        conventio::core::model::Choice::Partial,
    )));
    h.run(Message::GoTo(Screen::Schedule));
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ics/outlook.ics");
    h.import_through_the_panel(&fixture);
    let mut renderer = iced::Renderer::new(conventio::app::FONT, iced::Pixels(16.0));
    let style = iced::advanced::renderer::Style {
        text_color: iced::Color::BLACK,
    };
    let size = iced::Size::new(SIZE.0, SIZE.1);
    let cursor = iced::mouse::Cursor::Unavailable;
    let redraw = iced::Event::Window(iced::window::Event::RedrawRequested(std::time::Instant::now()));
    let mut frame = |app: &App, cache: Cache| {
        let mut ui = UserInterface::build(app.view(), size, cache, &mut renderer);
        let _ = ui.update(
            std::slice::from_ref(&redraw),
            cursor,
            &mut renderer,
            &mut iced::advanced::clipboard::Null,
            &mut Vec::new(),
        );
        ui.draw(&mut renderer, &app.theme(), &style, cursor);
        (renderer.layers().to_vec(), ui.into_cache())
    };
    let (before, cache) = frame(&h.app, Cache::default());
    h.run(Message::Schedule(ScheduleMessage::ImportPanel(ImportMessage::Apply)));
    let notice = h.app.notice_text().expect("the import's notice");
    let (after, _cache) = frame(&h.app, cache);
    let notice_box = simulator(&h.app)
        .find(notice.as_str())
        .unwrap()
        .visible_bounds()
        .unwrap();
    let damage = iced_tiny_skia::graphics::damage::diff(
        &before,
        &after,
        |layer| vec![layer.bounds],
        iced_tiny_skia::Layer::damage,
    );
    let covered = damage.iter().any(|r| notice_box.is_within(&r.expand(1.0)));
    assert!(covered, "notice {notice_box:?} not wholly in the damage {damage:?}");
}
