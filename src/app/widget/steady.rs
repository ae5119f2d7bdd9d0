//! Widgets that keep the renderer's layers the same from frame to frame.
//!
//! tiny-skia redraws only what differs from the last frame, and it finds that by comparing the
//! frame's layers in order, and inside each layer its shapes and texts in order: a layer that
//! appears shifts every later layer, and a text that leaves a layer shifts every later text of it;
//! all of them then count as changed and are rasterised again, where they are, though nothing moved.
//! Two iced widgets open a layer only some of the time:
//! - a text field draws into a layer of its own while part of its text is selected (Ctrl+A in a
//!   time field redrew the whole slot editor, and so did the key typed over the selection);
//! - a scrollable draws its content and its scrollbar into two layers only while the content is
//!   longer than the view (a finding added to the check panel made it scroll, and the panel, the
//!   footer and every layer after them were redrawn).
//!
//! [`input`] and [`scroll`] wrap them so they always have the same layers: their own, and empty
//! ones with no area where the wrapped widget has none this frame (so that no redraw ever crosses
//! them: tiny-skia clears a window-sized clip mask for each layer a redrawn region crosses).

use super::wrap::{DrawCall, Hooks, UpdateCall, Wrap, wrap};
use iced::advanced::Renderer as _;
use iced::advanced::layout::Layout;
use iced::advanced::widget::Tree;
use iced::widget::text_input;
use iced::{Event, Rectangle, Renderer, Size, window};

/// What the wrapped widget draws, for its layers.
pub(crate) enum Kind {
    /// A text field holding this text: it opens a layer while part of the text is selected.
    Input(String),
    /// A vertical scrollable: two layers (content, scrollbar) while its content overflows.
    Scroll,
}

/// See the module's documentation.
pub(crate) type Steady<'a, Message> = Wrap<'a, Message, Kind>;

/// A text field showing `value` (the text it was given), always drawn in a layer of its own,
/// followed by its selection's layer or an empty one in its place.
pub(crate) fn input<'a, Message: Clone + 'a>(
    field: text_input::TextInput<'a, Message>,
    value: &str,
) -> Steady<'a, Message> {
    wrap(field, Kind::Input(value.to_owned()))
}

/// A vertical scrollable, always drawn in a layer of its own, followed by its content's and its
/// scrollbar's layers or two empty ones in their place.
pub(crate) fn scroll<'a, Message: 'a>(scrollable: iced::widget::Scrollable<'a, Message>) -> Steady<'a, Message> {
    wrap(scrollable, Kind::Scroll)
}

/// Whether the window has the keyboard focus, as the text field tracks it: a field in an
/// unfocused window draws no selection (and so no layer).
pub(crate) struct WindowFocus(bool);

impl Default for WindowFocus {
    fn default() -> Self {
        WindowFocus(true)
    }
}

type Paragraph = <Renderer as iced::advanced::text::Renderer>::Paragraph;

impl Kind {
    /// How many layers the wrapped widget (its part of the tree is `tree`) opens this frame.
    fn layers_drawn(&self, focus: &WindowFocus, tree: &Tree, layout: Layout<'_>, viewport: &Rectangle) -> usize {
        match self {
            Kind::Input(value) => {
                let state = tree.state.downcast_ref::<text_input::State<Paragraph>>();
                let window_focused = focus.0;
                let selecting = state.is_focused()
                    && window_focused
                    && state.cursor().selection(&text_input::Value::new(value)).is_some();
                usize::from(selecting)
            }
            Kind::Scroll => {
                let bounds = layout.bounds();
                let overflows = layout
                    .children()
                    .next()
                    .is_some_and(|content| content.bounds().height > bounds.height);
                if overflows && bounds.intersects(viewport) { 2 } else { 0 }
            }
        }
    }

    /// The bounds of the layers the wrapped widget opens when it opens them.
    fn layer_bounds(&self, layout: Layout<'_>, viewport: &Rectangle) -> Vec<Rectangle> {
        match self {
            // The field's text area.
            Kind::Input(_) => vec![layout.children().next().map_or(layout.bounds(), |text| text.bounds())],
            Kind::Scroll => {
                let visible = layout.bounds().intersection(viewport).unwrap_or_default();
                vec![
                    visible,
                    Rectangle {
                        width: (visible.width + 2.0).min(viewport.width),
                        height: (visible.height + 2.0).min(viewport.height),
                        ..visible
                    },
                ]
            }
        }
    }
}

impl<Message> Hooks<Message> for Kind {
    type State = WindowFocus;

    fn update(&mut self, focus: &mut WindowFocus, mut call: UpdateCall<'_, '_, Message>) {
        match call.event {
            Event::Window(window::Event::Unfocused) => focus.0 = false,
            Event::Window(window::Event::Focused) => focus.0 = true,
            _ => {}
        }
        call.pass();
    }

    fn draw(&self, focus: &WindowFocus, call: DrawCall<'_, Message>, renderer: &mut Renderer) {
        let (layout, viewport) = (call.layout, call.viewport);
        let Some(visible) = layout.bounds().intersection(viewport) else {
            return;
        };
        // Its own layer: what it draws in it never shifts its neighbours' shapes and texts. A pixel
        // wider than the widget, for the anti-aliased edges of its border.
        renderer.with_layer(visible.expand(1.0), |renderer| call.pass(renderer));
        // Empty layers where the widget opened none this frame, at the corner of those it opens
        // and with no area: tiny-skia prepares a window-sized clip mask for every layer a redrawn
        // region crosses, empty or not, and a layer with no area crosses none. When the real layer
        // comes, its new bounds are redrawn: the field's text area or the list's view, which
        // change then anyway.
        let drawn = self.layers_drawn(focus, call.tree, layout, viewport);
        for bounds in self.layer_bounds(layout, viewport).into_iter().skip(drawn) {
            renderer.with_layer(Rectangle::new(bounds.position(), Size::ZERO), |_| {});
        }
    }
}

#[cfg(all(test, not(feature = "wgpu")))]
mod tests {
    use super::*;
    use iced::advanced::{layout, renderer};
    use iced::widget::{column, scrollable, text, text_input};
    use iced::{Element, Font, Pixels, Theme, mouse};
    use iced_tiny_skia::Layer;
    use iced_tiny_skia::graphics::damage;

    const VIEW: Rectangle = Rectangle {
        x: 0.0,
        y: 0.0,
        width: 400.0,
        height: 300.0,
    };

    /// A frame: the renderer's layers, and the bounds of the line under the wrapped widget.
    struct Frame {
        layers: Vec<Layer>,
        line_under: Rectangle,
    }

    /// Lays `element` (a column: the widget, then a line) out in the view and draws it.
    fn frame(element: &mut Element<'_, ()>, tree: &mut Tree, renderer: &mut Renderer) -> Frame {
        tree.diff(&*element);
        let node = element
            .as_widget_mut()
            .layout(tree, renderer, &layout::Limits::new(Size::ZERO, VIEW.size()));
        renderer.reset(VIEW);
        element.as_widget().draw(
            tree,
            renderer,
            &Theme::Light,
            &renderer::Style::default(),
            Layout::new(&node),
            mouse::Cursor::Unavailable,
            &VIEW,
        );
        Frame {
            layers: renderer.layers().to_vec(),
            line_under: node.children()[1].bounds(),
        }
    }

    /// What tiny-skia finds changed going from frame `a` to frame `b` (its own damage computation,
    /// before it merges nearby regions; regions with no area are dropped, as it drops them). The
    /// widgets' tree must still be alive: the layers hold weak references to its texts.
    fn redrawn(a: &Frame, b: &Frame) -> Vec<Rectangle> {
        damage::diff(&a.layers, &b.layers, |layer| vec![layer.bounds], Layer::damage)
            .into_iter()
            .filter(|region| region.width >= 1.0 && region.height >= 1.0)
            .collect()
    }

    fn renderer() -> Renderer {
        Renderer::new(Font::DEFAULT, Pixels(16.0))
    }

    /// The text field's state, `depth` widgets down the first children.
    fn field_state(tree: &mut Tree, depth: usize) -> &mut text_input::State<Paragraph> {
        let mut tree = tree;
        for _ in 0..depth {
            tree = &mut tree.children[0];
        }
        tree.state.downcast_mut::<text_input::State<Paragraph>>()
    }

    /// A time field in a column, a line under it, drawn twice in one window: focused, then with
    /// its whole text selected (Ctrl+A); and what the second frame redraws.
    fn field(steady: bool) -> (Frame, Frame, Vec<Rectangle>) {
        let value = "07:45";
        let view = || -> Element<'static, ()> {
            let field = text_input("08:30", value).on_input(|_| ()).padding(6);
            let field: Element<'static, ()> = if steady {
                input(field, value).into()
            } else {
                field.into()
            };
            column![field, text("Heures acceptées")].into()
        };
        let mut renderer = renderer();
        let mut element = view();
        let mut tree = Tree::new(&element);
        let _ = frame(&mut element, &mut tree, &mut renderer);
        // The column, then (when steady) the wrapper, then the field.
        field_state(&mut tree.children[0], usize::from(steady)).focus();
        let mut element = view();
        let typing = frame(&mut element, &mut tree, &mut renderer);
        field_state(&mut tree.children[0], usize::from(steady)).select_all();
        let mut element = view();
        let selecting = frame(&mut element, &mut tree, &mut renderer);
        let redrawn = redrawn(&typing, &selecting);
        (typing, selecting, redrawn)
    }

    /// Whether one of `regions` covers the whole of `bounds` (a text counted as changed is
    /// redrawn whole; the pixel or two of a neighbour's anti-aliased edge over it is not that).
    fn covers(regions: &[Rectangle], bounds: &Rectangle) -> bool {
        regions.iter().any(|region| {
            region.x <= bounds.x
                && region.y <= bounds.y
                && region.x + region.width >= bounds.x + bounds.width
                && region.y + region.height >= bounds.y + bounds.height
        })
    }

    #[test]
    fn a_selection_in_a_field_changes_no_layer_and_moves_no_text_of_its_neighbours() {
        // As iced draws it, the selection opens a layer and takes the field's text out of the
        // column's: the line under it is then the first text of its layer, no longer the second,
        // and is redrawn though it did not move.
        let bare = field(false);
        assert_ne!(bare.0.layers.len(), bare.1.layers.len(), "the bare field opens a layer");
        assert!(covers(&bare.2, &bare.1.line_under), "{:?}", bare.2);
        let (typing, selecting, redrawn) = field(true);
        assert_eq!(typing.layers.len(), selecting.layers.len());
        assert_eq!(
            typing.layers[0].text.len(),
            selecting.layers[0].text.len(),
            "the column's layer keeps its texts"
        );
        assert!(!redrawn.is_empty(), "the selection is drawn");
        assert!(
            !covers(&redrawn, &selecting.line_under),
            "the line under the field is not redrawn: {redrawn:?}, line {:?}",
            selecting.line_under
        );
        // The stand-in for the selection's layer has no area, so no redraw ever crosses it.
        let stand_in = typing.layers.last().expect("the stand-in layer");
        assert_eq!(stand_in.bounds.area(), 0.0, "{:?}", stand_in.bounds);
        assert!(stand_in.text.is_empty() && stand_in.quads.is_empty());
        assert!(selecting.layers.iter().all(|layer| layer.bounds.area() > 0.0));
    }

    /// A scrollable 100 high, then a line under it, drawn twice in one window: holding 2 lines of
    /// text, then 20; and what the second frame redraws.
    fn list(steady: bool) -> (Frame, Frame, Vec<Rectangle>) {
        let view = |lines: usize| -> Element<'static, ()> {
            let list = scrollable(iced::widget::Column::with_children(
                (0..lines).map(|n| text(format!("finding {n}")).into()),
            ))
            .width(200)
            .height(100);
            let list: Element<'static, ()> = if steady { scroll(list).into() } else { list.into() };
            column![list, text("figures")].into()
        };
        let mut renderer = renderer();
        let mut element = view(2);
        let mut tree = Tree::new(&element);
        let short = frame(&mut element, &mut tree, &mut renderer);
        let mut element = view(20);
        let long = frame(&mut element, &mut tree, &mut renderer);
        let redrawn = redrawn(&short, &long);
        (short, long, redrawn)
    }

    #[test]
    fn a_list_growing_past_its_view_keeps_its_layers() {
        // As iced draws it, the overflowing list opens two layers and its lines leave the
        // column's layer: the line under it moves in that layer and is redrawn.
        let bare = list(false);
        assert_ne!(
            bare.0.layers.len(),
            bare.1.layers.len(),
            "the bare scrollable opens layers"
        );
        assert!(covers(&bare.2, &bare.1.line_under), "{:?}", bare.2);
        let (short, long, redrawn) = list(true);
        assert_eq!(short.layers.len(), long.layers.len());
        assert_eq!(
            short.layers[0].text.len(),
            long.layers[0].text.len(),
            "the line under it stays where it was in the first layer"
        );
        assert!(!redrawn.is_empty(), "the new lines are drawn");
        assert!(
            !covers(&redrawn, &long.line_under),
            "the line under the list is not redrawn: {redrawn:?}, line {:?}",
            long.line_under
        );
        // The stand-ins for the content's and the scrollbar's layers have no area.
        let stand_ins = &short.layers[short.layers.len() - 2..];
        assert!(
            stand_ins.iter().all(|layer| layer.bounds.area() == 0.0),
            "{stand_ins:?}"
        );
        assert!(long.layers.iter().all(|layer| layer.bounds.area() > 0.0));
    }
}
