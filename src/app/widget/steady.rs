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
//! ones where the wrapped widget has none this frame.

use super::wrap::{DrawCall, Hooks, UpdateCall, Wrap, wrap};
use iced::advanced::Renderer as _;
use iced::advanced::layout::Layout;
use iced::advanced::widget::Tree;
use iced::widget::text_input;
use iced::{Event, Rectangle, Renderer, window};

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
        // Empty layers where the widget opened none this frame, with the bounds of those it opens.
        let drawn = self.layers_drawn(focus, call.tree, layout, viewport);
        for bounds in self.layer_bounds(layout, viewport).into_iter().skip(drawn) {
            renderer.with_layer(bounds, |_| {});
        }
    }
}

#[cfg(all(test, not(feature = "wgpu")))]
mod tests {
    use super::*;
    use iced::advanced::{layout, renderer};
    use iced::widget::{column, scrollable, text, text_input};
    use iced::{Element, Font, Pixels, Size, Theme, mouse};

    const VIEW: Rectangle = Rectangle {
        x: 0.0,
        y: 0.0,
        width: 400.0,
        height: 300.0,
    };

    /// Lays `element` out in the view and draws it as a frame: per layer, (bounds, texts, quads).
    fn frame(
        element: &mut Element<'_, ()>,
        tree: &mut Tree,
        renderer: &mut Renderer,
    ) -> Vec<(Rectangle, usize, usize)> {
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
        renderer
            .layers()
            .iter()
            .map(|layer| (layer.bounds, layer.text.len(), layer.quads.len()))
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

    /// A time field in a column, a line under it: the field with its whole text selected (Ctrl+A)
    /// or not.
    fn layers_of_a_field(steady: bool, selected: bool) -> Vec<(Rectangle, usize, usize)> {
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
        let state = field_state(&mut tree.children[0], usize::from(steady));
        state.focus();
        if selected {
            state.select_all();
        }
        let mut element = view();
        frame(&mut element, &mut tree, &mut renderer)
    }

    #[test]
    fn a_selection_in_a_field_changes_no_layer_and_moves_no_text_of_its_neighbours() {
        // As iced draws it, the selection opens a layer and takes the field's text out of the
        // column's: the line under it is then the first text of its layer, no longer the second.
        let bare = (layers_of_a_field(false, false), layers_of_a_field(false, true));
        assert_ne!(bare.0.len(), bare.1.len(), "the bare field opens a layer: {bare:?}");
        assert_ne!(bare.0[0].1, bare.1[0].1, "its text leaves the column's layer: {bare:?}");
        let (typing, selecting) = (layers_of_a_field(true, false), layers_of_a_field(true, true));
        assert_eq!(typing.len(), selecting.len(), "{typing:?} / {selecting:?}");
        for (n, (a, b)) in typing.iter().zip(&selecting).enumerate() {
            assert_eq!(a.0, b.0, "layer {n} keeps its bounds: {typing:?} / {selecting:?}");
        }
        assert_eq!(typing[0], selecting[0], "the column's layer keeps its texts and shapes");
    }

    /// A scrollable 100 high holding `lines` lines of text, then a line under it.
    fn layers_of_a_list(steady: bool, lines: usize) -> Vec<(Rectangle, usize, usize)> {
        let list = scrollable(iced::widget::Column::with_children(
            (0..lines).map(|n| text(format!("finding {n}")).into()),
        ))
        .width(200)
        .height(100);
        let list: Element<'_, ()> = if steady { scroll(list).into() } else { list.into() };
        let mut element: Element<'_, ()> = column![list, text("figures")].into();
        let mut tree = Tree::new(&element);
        let mut renderer = renderer();
        frame(&mut element, &mut tree, &mut renderer)
    }

    #[test]
    fn a_list_growing_past_its_view_keeps_its_layers() {
        let bare = (layers_of_a_list(false, 2), layers_of_a_list(false, 20));
        assert_ne!(bare.0.len(), bare.1.len(), "the bare scrollable opens layers: {bare:?}");
        let (short, long) = (layers_of_a_list(true, 2), layers_of_a_list(true, 20));
        assert_eq!(short.len(), long.len(), "{short:?} / {long:?}");
        for (n, (a, b)) in short.iter().zip(&long).enumerate() {
            assert_eq!(a.0, b.0, "layer {n} keeps its bounds: {short:?} / {long:?}");
        }
        assert_eq!(
            short[0], long[0],
            "the line under it stays where it was in the first layer"
        );
    }
}
