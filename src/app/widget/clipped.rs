//! A pick list kept inside the view it is scrolled in.
//!
//! iced 0.14's tiny-skia renderer (`iced_tiny_skia` 0.14.1, `Engine::draw_text`, the texts drawn
//! with `fill_text`: a pick list's label and arrow) decides whether to clip such a text by its
//! clip region alone, not by where the text is: a pick list scrolled partly out of the slot panel
//! gives the panel's view as its clip region, that region lies inside the panel's layer, so the
//! renderer drew the label and the arrow without clipping them, above the panel ("Montag ▾" over
//! the panel's top edge, seen in the window after Tab scrolled the panel). Drawn in a layer of its
//! own, the size of its part in view, the text's clip region no longer lies inside the layer, and
//! the renderer clips the text to the layer. A pick list wholly in view needs no layer.

use super::wrap::{DrawCall, Hooks, Wrap, wrap};
use iced::advanced::Renderer as _;
use iced::{Element, Renderer};

/// See the module's documentation.
pub(crate) struct Clipped;

/// `content` (a pick list) clipped to the view when part of it is out of the view.
pub(crate) fn clipped<'a, Message>(content: impl Into<Element<'a, Message>>) -> Wrap<'a, Message, Clipped> {
    wrap(content, Clipped)
}

impl<Message> Hooks<Message> for Clipped {
    type State = ();

    fn draw(&self, _state: &(), call: DrawCall<'_, Message>, renderer: &mut Renderer) {
        // Wholly in view (also flush with the view's edge, as every pick list of the slot panel
        // is): no layer, one fewer for the renderer to clip each whole-window redraw to.
        let bounds = call.layout.bounds();
        if bounds.is_within(call.viewport) {
            call.pass(renderer);
        } else if let Some(in_view) = bounds.expand(1.0).intersection(call.viewport) {
            // A pixel wider than the list, for the anti-aliased edges of its border.
            renderer.with_layer(in_view, |renderer| call.pass(renderer));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use iced::advanced::renderer::{self, Headless as _};
    use iced::widget::{Space, column, pick_list, scrollable};
    use iced::{Color, Event, Font, Pixels, Point, Size, Theme, mouse, window};
    use iced_runtime::user_interface::{Cache, UserInterface};

    const WINDOW: Size = Size::new(200.0, 120.0);
    /// The scrolled view starts this far down the window; nothing is drawn above it.
    const VIEW_TOP: f32 = 40.0;

    /// A pick list at the top of a view 60 high, scrolled 20 pixels down: its box is half out
    /// of the view, its label's upper half too. The window's rows above the view, as pixels.
    fn rows_above_the_view(clip: bool) -> Vec<u8> {
        let list = pick_list(["Montag", "Dienstag"], Some("Montag"), |_| ()).padding(8);
        let list: Element<'_, ()> = if clip { clipped(list).into() } else { list.into() };
        let page = column![
            Space::new().height(VIEW_TOP),
            scrollable(column![list, Space::new().height(300)]).height(60)
        ];
        let mut renderer = Renderer::new(Font::DEFAULT, Pixels(16.0));
        let mut ui = UserInterface::build(page, WINDOW, Cache::default(), &mut renderer);
        let cursor = mouse::Cursor::Available(Point::new(100.0, 70.0));
        let wheel = Event::Mouse(mouse::Event::WheelScrolled {
            delta: mouse::ScrollDelta::Pixels { x: 0.0, y: -20.0 },
        });
        let redraw = Event::Window(window::Event::RedrawRequested(std::time::Instant::now()));
        for events in [[wheel], [redraw]] {
            let _ = ui.update(
                &events,
                cursor,
                &mut renderer,
                &mut iced::advanced::clipboard::Null,
                &mut Vec::new(),
            );
        }
        ui.draw(&mut renderer, &Theme::Light, &renderer::Style::default(), cursor);
        let size = Size::new(WINDOW.width as u32, WINDOW.height as u32);
        let rgba = renderer.screenshot(size, 1.0, Color::WHITE);
        rgba[..(VIEW_TOP as usize - 1) * size.width as usize * 4].to_vec()
    }

    /// The layers drawn for a pick list flush with the left and top edges of a scrolled view.
    fn layers_for_a_list_in_view(clip: bool) -> usize {
        let list = pick_list(["Montag", "Dienstag"], Some("Montag"), |_| ()).padding(8);
        let list: Element<'_, ()> = if clip { clipped(list).into() } else { list.into() };
        let page = scrollable(column![list, Space::new().height(300)]).height(60);
        let mut renderer = Renderer::new(Font::DEFAULT, Pixels(16.0));
        let mut ui = UserInterface::build(page, WINDOW, Cache::default(), &mut renderer);
        ui.draw(
            &mut renderer,
            &Theme::Light,
            &renderer::Style::default(),
            mouse::Cursor::Unavailable,
        );
        renderer.layers().len()
    }

    #[test]
    fn a_pick_list_wholly_in_view_opens_no_layer_of_its_own() {
        assert_eq!(layers_for_a_list_in_view(true), layers_for_a_list_in_view(false));
    }

    #[test]
    fn a_pick_list_scrolled_half_out_of_its_view_draws_nothing_above_the_view() {
        let blank = |pixels: &[u8]| pixels.iter().all(|&channel| channel == 255);
        assert!(
            !blank(&rows_above_the_view(false)),
            "iced draws the label above the view"
        );
        assert!(blank(&rows_above_the_view(true)));
    }
}
