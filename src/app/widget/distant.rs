//! Rows of a long scrolled list laid out again only near the view.
//!
//! iced lays out a scrollable's whole content at every rebuild of the interface, and a text whose
//! words changed is shaped again there: a language switch in the list view of 300 slots shaped
//! 600 new texts (10–16 ms of layout on this machine) to show the 15 rows in view. A row wrapped
//! in [`row`] keeps the size it had while it is more than a view's height away from the view: it
//! is not laid out, and not drawn either (what it holds may have changed since: it is stale, and
//! out of sight). Before each frame (iced sends `RedrawRequested` to every widget first) a stale
//! row that came near the view (scrolled, or moved up the list) asks for a new layout, which lays
//! it out before the frame is drawn. Its size may then differ (a text wrapping differently in
//! another language): only rows near the view show, so nothing seen jumps by more than one row's
//! change.

use super::wrap::{Hooks, LayoutCall, UpdateCall, Wrap, wrap};
use iced::advanced::layout;
use iced::{Element, Event, Rectangle, window};

/// See the module's documentation.
pub(crate) struct Distant;

/// A row of a scrolled list, laid out only near the view (see the module's documentation).
pub(crate) fn row<'a, Message: 'a>(content: impl Into<Element<'a, Message>>) -> Wrap<'a, Message, Distant> {
    wrap(content, Distant)
}

#[derive(Default)]
pub(crate) struct State {
    /// The last layout of the row, and the limits it was made for.
    laid_out: Option<(layout::Node, layout::Limits)>,
    /// The last layout was the kept one: the row's widgets were not laid out for what they hold.
    stale: bool,
    /// Within a view's height of the view at the last event (unknown before the first one).
    near: bool,
}

impl State {
    fn near(bounds: Rectangle, viewport: &Rectangle) -> bool {
        let margin = viewport.height.max(1.0);
        bounds.intersects(&Rectangle {
            y: viewport.y - margin,
            height: viewport.height + 2.0 * margin,
            ..*viewport
        })
    }
}

impl<Message> Hooks<Message> for Distant {
    type State = State;

    fn layout(&mut self, state: &mut State, mut call: LayoutCall<'_, Message>) -> layout::Node {
        if !state.near
            && let Some((node, kept_for)) = &state.laid_out
            && kept_for == call.limits
        {
            state.stale = true;
            return node.clone();
        }
        let node = call.pass();
        state.laid_out = Some((node.clone(), *call.limits));
        state.stale = false;
        node
    }

    fn update(&mut self, state: &mut State, mut call: UpdateCall<'_, '_, Message>) {
        state.near = State::near(call.layout.bounds(), call.viewport);
        if state.stale && state.near {
            // Came near the view: laid out (and so drawn) before the next frame.
            call.shell.invalidate_layout();
            call.shell.request_redraw();
        }
        if matches!(call.event, Event::Window(window::Event::RedrawRequested(_))) && state.stale {
            // Its widgets hold what the last layout did not see; nothing of them shows.
            return;
        }
        call.pass();
    }

    /// A stale row is out of sight: not drawn, no cursor, no overlay.
    fn shown(&self, state: &State) -> bool {
        !state.stale
    }
}

#[cfg(all(test, not(feature = "wgpu")))]
mod tests {
    use super::*;
    use iced::advanced::renderer;
    use iced::advanced::widget::{Id, Operation};
    use iced::widget::{Column, container, scrollable, text};
    use iced::{Font, Pixels, Point, Renderer, Size, Theme, mouse};
    use iced_runtime::user_interface::{Cache, UserInterface};

    const ROWS: usize = 100;
    const WINDOW: Size = Size::new(400.0, 300.0);

    /// A list 100 high of 100 one-line rows, each "`word` n" in a container with an id.
    fn view(word: &str) -> Element<'static, ()> {
        let rows = (0..ROWS).map(|n| {
            let label = container(text(format!("{word} {n}")).size(14)).id(Id::from(format!("row-{n}")));
            row(label).into()
        });
        scrollable(Column::with_children(rows)).height(100).into()
    }

    /// The rows' bounds (window space, as laid out now), by row.
    fn rows(ui: &mut UserInterface<'_, (), Theme, Renderer>, renderer: &Renderer) -> Vec<Rectangle> {
        struct Rows(Vec<(usize, Rectangle)>);
        impl Operation for Rows {
            fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
                operate(self);
            }
            fn container(&mut self, id: Option<&Id>, bounds: Rectangle) {
                let n = (0..ROWS).find(|n| id == Some(&Id::from(format!("row-{n}"))));
                if let Some(n) = n {
                    self.0.push((n, bounds));
                }
            }
        }
        let mut found = Rows(Vec::new());
        ui.operate(renderer, &mut found);
        found.0.sort_by_key(|(n, _)| *n);
        found.0.into_iter().map(|(_, bounds)| bounds).collect()
    }

    /// Runs `events`, then the frame as the window makes it (RedrawRequested first), and draws it:
    /// the rows' bounds and how many texts were drawn.
    fn frame(
        ui: &mut UserInterface<'_, (), Theme, Renderer>,
        renderer: &mut Renderer,
        events: &[Event],
    ) -> (Vec<Rectangle>, usize) {
        let cursor = mouse::Cursor::Available(Point::new(50.0, 50.0));
        let mut messages = Vec::new();
        let redraw = Event::Window(window::Event::RedrawRequested(std::time::Instant::now()));
        let _ = ui.update(
            events,
            cursor,
            renderer,
            &mut iced::advanced::clipboard::Null,
            &mut messages,
        );
        let _ = ui.update(
            &[redraw],
            cursor,
            renderer,
            &mut iced::advanced::clipboard::Null,
            &mut messages,
        );
        ui.draw(renderer, &Theme::Light, &renderer::Style::default(), cursor);
        let drawn = renderer.layers().iter().map(|layer| layer.text.len()).sum();
        (rows(ui, renderer), drawn)
    }

    #[test]
    fn rows_far_from_the_view_are_laid_out_only_when_they_come_near() {
        let mut renderer = Renderer::new(Font::DEFAULT, Pixels(16.0));
        let mut ui = UserInterface::build(view("lundi"), WINDOW, Cache::default(), &mut renderer);
        let (before, _) = frame(&mut ui, &mut renderer, &[]);
        assert_eq!(before.len(), ROWS, "the first layout lays out every row");
        // Another language: longer words.
        let mut ui = UserInterface::build(view("maandag dinsdag"), WINDOW, ui.into_cache(), &mut renderer);
        let (after, drawn) = frame(&mut ui, &mut renderer, &[]);
        let widened = |n: usize| after[n].width > before[n].width + 20.0;
        // The rows in view and a view's height under it: laid out for their new words.
        let near = (0..ROWS).take_while(|&n| after[n].y < 200.0).count();
        assert!(near >= 5, "{near} rows near the view");
        assert!((0..near).all(widened), "{before:?}\n{after:?}");
        // The rest kept their size: they were not laid out.
        assert!((near..ROWS).all(|n| after[n].width == before[n].width), "{after:?}");
        assert!(drawn >= 5, "{drawn} texts drawn in view");
        // Scrolled to the end: the rows there are laid out before the frame shows them.
        let wheel = Event::Mouse(mouse::Event::WheelScrolled {
            delta: mouse::ScrollDelta::Pixels { x: 0.0, y: -100_000.0 },
        });
        let (scrolled, drawn) = frame(&mut ui, &mut renderer, &[wheel]);
        assert!(
            (ROWS - 5..ROWS).all(|n| scrolled[n].width > before[n].width + 20.0),
            "{scrolled:?}"
        );
        assert!(drawn >= 5, "{drawn} texts drawn at the end of the list");
    }
}
