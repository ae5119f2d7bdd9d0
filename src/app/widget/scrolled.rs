//! Content of a long scrolled list, redrawn as one piece when it moves.
//!
//! tiny-skia redraws only the damaged parts of the window: what moved, old place and new. When a
//! list scrolls, every card, field and word in view has moved, and the renderer redraws each one's
//! old and new box as a separate region, each overlapping the others, every big shape rasterised
//! again for every region it crosses (the overview of 200 doctors drew about 1.6 times the area of
//! its view per scrolled frame, with a clip mask of the whole window cleared for each region).
//! [`Whole`] draws one empty, invisible text whose region covers the view and that differs after
//! every scroll: the renderer merges the other regions into it and draws the view once. When
//! nothing moved it is unchanged and costs nothing.

use super::wrap::{DrawCall, Hooks, Wrap, wrap};
use iced::advanced::text;
use iced::{Color, Element, Rectangle, Renderer, Size, Vector};

/// See the module's documentation.
pub(crate) struct Whole;

/// `content` (put inside a scrollable) redrawn as one piece when it scrolls.
pub(crate) fn whole<'a, Message>(content: impl Into<Element<'a, Message>>) -> Wrap<'a, Message, Whole> {
    wrap(content, Whole)
}

/// A vertical scrollable whose view is redrawn as one piece when it scrolls: every page and long
/// list of the window. Redrawn piece by piece, a glyph reaching out of its text's box (the hook of
/// the J starting "Jeder Ort…" on the doctor step) left a speck at each place it scrolled past.
pub(crate) fn scrollable<'a, Message: 'a>(
    content: impl Into<Element<'a, Message>>,
) -> iced::widget::Scrollable<'a, Message> {
    iced::widget::scrollable(whole(content))
}

impl<Message> Hooks<Message> for Whole {
    type State = ();

    fn draw(&self, _state: &(), call: DrawCall<'_, Message>, renderer: &mut Renderer) {
        use iced::advanced::text::Renderer as _;
        let (region, colour) = marker(call.layout.bounds(), *call.viewport);
        renderer.fill_text(
            text::Text {
                content: String::new(),
                bounds: region.size(),
                size: 1.0.into(),
                line_height: text::LineHeight::default(),
                font: iced::Font::DEFAULT,
                align_x: text::Alignment::Left,
                align_y: iced::alignment::Vertical::Top,
                shaping: text::Shaping::Basic,
                wrapping: text::Wrapping::None,
            },
            region.position(),
            colour,
            region,
        );
        call.pass(renderer);
    }
}

/// The marker text's box (in the content's coordinates) and colour, for content laid out at
/// `content` of which `viewport` (also in the content's coordinates) is in view.
fn marker(content: Rectangle, viewport: Rectangle) -> (Rectangle, Color) {
    // The scrollable draws its content moved by its offset, and tells it the part in view in the
    // content's own coordinates: the offset is how far that is from the content's top.
    let offset = Vector::new(viewport.x - content.x, viewport.y - content.y);
    // On screen: from the window's top left mirrored round the origin to the bottom right of the
    // view, so its centre is the origin. The renderer sorts regions by how far their centre is
    // from the origin and merges each into the one before when that adds little area: first in
    // that order, this one takes in every region inside the view (the window's top, above the
    // view, is redrawn with it).
    let (right, bottom) = (content.x + viewport.width, content.y + viewport.height);
    let region = Rectangle::new(
        iced::Point::new(offset.x - right, offset.y - bottom),
        Size::new(2.0 * right, 2.0 * bottom),
    );
    // Unchanged on screen while the offset changes: the offset goes into its (invisible) colour,
    // so the renderer sees a different text after every scroll and none when still.
    let colour = Color {
        r: offset.y.rem_euclid(1024.0) / 1024.0,
        g: offset.x.rem_euclid(1024.0) / 1024.0,
        b: 0.0,
        a: 0.0,
    };
    (region, colour)
}

#[cfg(test)]
mod tests {
    use super::*;
    use iced::advanced::renderer;
    use iced::widget::{Column, text};
    use iced::{Event, Font, Pixels, Point, Theme, mouse, window};
    use iced_runtime::user_interface::{Cache, UserInterface};
    use iced_tiny_skia::Layer;
    use iced_tiny_skia::graphics::damage;

    const WINDOW: Size = Size::new(400.0, 300.0);

    /// A page 100 high of lines starting with a J (its hook reaches left of the text's box), 12
    /// from the page's left edge as on the window's steps.
    fn page(whole: bool) -> Element<'static, ()> {
        let lines = Column::with_children((0..40).map(|n| text(format!("Jeder Ort {n}")).into())).padding([0, 12]);
        let page = if whole {
            scrollable(lines)
        } else {
            iced::widget::scrollable(lines)
        };
        page.height(100).into()
    }

    /// The renderer's layers after `events` and a frame.
    fn frame(ui: &mut UserInterface<'_, (), Theme, Renderer>, renderer: &mut Renderer, events: &[Event]) -> Vec<Layer> {
        let cursor = mouse::Cursor::Available(Point::new(50.0, 50.0));
        let redraw = Event::Window(window::Event::RedrawRequested(std::time::Instant::now()));
        for events in [events, &[redraw]] {
            let _ = ui.update(
                events,
                cursor,
                renderer,
                &mut iced::advanced::clipboard::Null,
                &mut Vec::new(),
            );
        }
        ui.draw(renderer, &Theme::Light, &renderer::Style::default(), cursor);
        renderer.layers().to_vec()
    }

    /// What tiny-skia redraws when the page is scrolled 30 pixels (its own damage computation).
    fn redrawn_by_a_scroll(whole: bool) -> Vec<Rectangle> {
        let mut renderer = Renderer::new(Font::DEFAULT, Pixels(16.0));
        let mut ui = UserInterface::build(page(whole), WINDOW, Cache::default(), &mut renderer);
        let before = frame(&mut ui, &mut renderer, &[]);
        let wheel = Event::Mouse(mouse::Event::WheelScrolled {
            delta: mouse::ScrollDelta::Pixels { x: 0.0, y: -30.0 },
        });
        let after = frame(&mut ui, &mut renderer, &[wheel]);
        damage::diff(&before, &after, |layer| vec![layer.bounds], Layer::damage)
    }

    #[test]
    fn a_page_scrolled_is_redrawn_whole_so_no_glyph_leaves_a_speck() {
        // The column of pixels just left of the lines' boxes, where the J's hook is drawn.
        let hook = Rectangle::new(Point::new(10.0, 0.0), Size::new(2.0, 100.0));
        let covered = |regions: &[Rectangle]| regions.iter().any(|region| hook.is_within(region));
        let bare = redrawn_by_a_scroll(false);
        assert!(!bare.is_empty(), "the lines moved");
        assert!(!covered(&bare), "iced redraws each line's box only: {bare:?}");
        let ours = redrawn_by_a_scroll(true);
        assert!(covered(&ours), "{ours:?}");
    }

    #[test]
    fn the_marker_covers_the_view_centred_on_the_origin_and_changes_only_when_scrolled() {
        // A list at (16, 64) on screen, 1250 x 700 in view, 20 000 high.
        let content = Rectangle::new(iced::Point::new(16.0, 64.0), Size::new(1250.0, 20_000.0));
        let view = |offset: f32| Rectangle::new(iced::Point::new(16.0, 64.0 + offset), Size::new(1250.0, 700.0));
        for offset in [0.0, 60.0, 1234.5, 19_300.0] {
            let (region, _) = marker(content, view(offset));
            // On screen the content is moved up by the offset.
            let on_screen = Rectangle::new(iced::Point::new(region.x, region.y - offset), region.size());
            assert_eq!(on_screen.center(), iced::Point::ORIGIN, "offset {offset}");
            let shown = Rectangle::new(iced::Point::new(16.0, 64.0), Size::new(1250.0, 700.0));
            assert!(shown.is_within(&on_screen), "offset {offset}: {on_screen:?}");
            assert_eq!(marker(content, view(offset)).1.a, 0.0, "never visible");
        }
        assert_eq!(
            marker(content, view(60.0)),
            marker(content, view(60.0)),
            "still: no change"
        );
        assert_ne!(
            marker(content, view(60.0)).1,
            marker(content, view(120.0)).1,
            "scrolled"
        );
        assert_ne!(
            marker(content, view(0.0)).1,
            marker(content, view(1.0)).1,
            "scrolled a pixel"
        );
    }
}
