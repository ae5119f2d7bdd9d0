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

use iced::advanced::layout::{self, Layout};
use iced::advanced::widget::{Operation, Tree, tree};
use iced::advanced::{Clipboard, Renderer as _, Shell, Widget, overlay, renderer};
use iced::widget::text_input;
use iced::{Element, Event, Length, Rectangle, Renderer, Size, Theme, Vector, mouse, window};

/// What the wrapped widget draws, for its layers.
enum Kind {
    /// A text field holding this text: it opens a layer while part of the text is selected.
    Input(String),
    /// A vertical scrollable: two layers (content, scrollbar) while its content overflows.
    Scroll,
}

/// See the module's documentation.
pub(crate) struct Steady<'a, Message> {
    content: Element<'a, Message>,
    kind: Kind,
}

/// A text field showing `value` (the text it was given), always drawn in a layer of its own,
/// followed by its selection's layer or an empty one in its place.
pub(crate) fn input<'a, Message: Clone + 'a>(
    field: text_input::TextInput<'a, Message>,
    value: &str,
) -> Steady<'a, Message> {
    Steady {
        content: field.into(),
        kind: Kind::Input(value.to_owned()),
    }
}

/// A vertical scrollable, always drawn in a layer of its own, followed by its content's and its
/// scrollbar's layers or two empty ones in their place.
pub(crate) fn scroll<'a, Message: 'a>(scrollable: iced::widget::Scrollable<'a, Message>) -> Steady<'a, Message> {
    Steady {
        content: scrollable.into(),
        kind: Kind::Scroll,
    }
}

/// Whether the window has the keyboard focus, as the text field tracks it: a field in an
/// unfocused window draws no selection (and so no layer).
struct WindowFocus(bool);

type Paragraph = <Renderer as iced::advanced::text::Renderer>::Paragraph;

impl<Message> Steady<'_, Message> {
    /// How many layers the wrapped widget opens this frame.
    fn layers_drawn(&self, tree: &Tree, layout: Layout<'_>, viewport: &Rectangle) -> usize {
        match &self.kind {
            Kind::Input(value) => {
                let state = tree.children[0].state.downcast_ref::<text_input::State<Paragraph>>();
                let window_focused = tree.state.downcast_ref::<WindowFocus>().0;
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
        match &self.kind {
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

impl<Message> Widget<Message, Theme, Renderer> for Steady<'_, Message> {
    fn tag(&self) -> tree::Tag {
        tree::Tag::of::<WindowFocus>()
    }

    fn state(&self) -> tree::State {
        tree::State::new(WindowFocus(true))
    }

    fn children(&self) -> Vec<Tree> {
        vec![Tree::new(&self.content)]
    }

    fn diff(&self, tree: &mut Tree) {
        tree.diff_children(std::slice::from_ref(&self.content));
    }

    fn size(&self) -> Size<Length> {
        self.content.as_widget().size()
    }

    fn size_hint(&self) -> Size<Length> {
        self.content.as_widget().size_hint()
    }

    fn layout(&mut self, tree: &mut Tree, renderer: &Renderer, limits: &layout::Limits) -> layout::Node {
        self.content
            .as_widget_mut()
            .layout(&mut tree.children[0], renderer, limits)
    }

    fn operate(&mut self, tree: &mut Tree, layout: Layout<'_>, renderer: &Renderer, operation: &mut dyn Operation) {
        self.content
            .as_widget_mut()
            .operate(&mut tree.children[0], layout, renderer, operation);
    }

    fn update(
        &mut self,
        tree: &mut Tree,
        event: &Event,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        renderer: &Renderer,
        clipboard: &mut dyn Clipboard,
        shell: &mut Shell<'_, Message>,
        viewport: &Rectangle,
    ) {
        match event {
            Event::Window(window::Event::Unfocused) => tree.state.downcast_mut::<WindowFocus>().0 = false,
            Event::Window(window::Event::Focused) => tree.state.downcast_mut::<WindowFocus>().0 = true,
            _ => {}
        }
        self.content.as_widget_mut().update(
            &mut tree.children[0],
            event,
            layout,
            cursor,
            renderer,
            clipboard,
            shell,
            viewport,
        );
    }

    fn draw(
        &self,
        tree: &Tree,
        renderer: &mut Renderer,
        theme: &Theme,
        style: &renderer::Style,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
    ) {
        let Some(visible) = layout.bounds().intersection(viewport) else {
            return;
        };
        // Its own layer: what it draws in it never shifts its neighbours' shapes and texts. A pixel
        // wider than the widget, for the anti-aliased edges of its border.
        renderer.with_layer(visible.expand(1.0), |renderer| {
            self.content
                .as_widget()
                .draw(&tree.children[0], renderer, theme, style, layout, cursor, viewport);
        });
        // Empty layers where the widget opened none this frame, with the bounds of those it opens.
        let drawn = self.layers_drawn(tree, layout, viewport);
        for bounds in self.layer_bounds(layout, viewport).into_iter().skip(drawn) {
            renderer.with_layer(bounds, |_| {});
        }
    }

    fn mouse_interaction(
        &self,
        tree: &Tree,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
        renderer: &Renderer,
    ) -> mouse::Interaction {
        self.content
            .as_widget()
            .mouse_interaction(&tree.children[0], layout, cursor, viewport, renderer)
    }

    fn overlay<'b>(
        &'b mut self,
        tree: &'b mut Tree,
        layout: Layout<'b>,
        renderer: &Renderer,
        viewport: &Rectangle,
        translation: Vector,
    ) -> Option<overlay::Element<'b, Message, Theme, Renderer>> {
        self.content
            .as_widget_mut()
            .overlay(&mut tree.children[0], layout, renderer, viewport, translation)
    }
}

impl<'a, Message: 'a> From<Steady<'a, Message>> for Element<'a, Message> {
    fn from(widget: Steady<'a, Message>) -> Self {
        Element::new(widget)
    }
}

#[cfg(all(test, not(feature = "wgpu")))]
mod tests {
    use super::*;
    use iced::widget::{column, scrollable, text, text_input};
    use iced::{Font, Pixels};

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
