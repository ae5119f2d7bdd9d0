//! One widget around another, adding a little to what the wrapped one does.
//!
//! The window wraps single controls to give them what iced 0.14 does not: a Tab stop and a focus
//! ring ([`focus`](super::focus)), steady renderer layers ([`steady`](super::steady)), one damage
//! region for a scrolled list ([`scrolled`](super::scrolled)), no layout for a list's rows far
//! from the view ([`distant`](super::distant)). Each such wrapper is a [`Wrap`]: it
//! holds the wrapped element and passes every call of iced's `Widget` on to it, except where its
//! [`Hooks`] step in. A wrapper therefore writes only what it adds, and keeps its own state in the
//! widget tree beside its content's, as iced's own single-child widgets do.

use iced::advanced::layout::{self, Layout};
use iced::advanced::widget::{Operation, Tree, tree};
use iced::advanced::{Clipboard, Shell, Widget, overlay, renderer};
use iced::{Element, Event, Length, Rectangle, Renderer, Size, Theme, Vector, mouse};

/// `content`, with what `hooks` add to it.
pub(crate) struct Wrap<'a, Message, H> {
    content: Element<'a, Message>,
    pub(super) hooks: H,
}

pub(crate) fn wrap<'a, Message, H>(content: impl Into<Element<'a, Message>>, hooks: H) -> Wrap<'a, Message, H> {
    Wrap {
        content: content.into(),
        hooks,
    }
}

/// What a wrapper adds. Each hook is called in place of iced's `Widget` method of the same name,
/// with the wrapper's own state and the call as iced made it; by default it passes the call on.
pub(crate) trait Hooks<Message> {
    /// What the wrapper keeps between frames, in its node of the widget tree.
    type State: Default + 'static;

    fn layout(&mut self, _state: &mut Self::State, mut call: LayoutCall<'_, Message>) -> layout::Node {
        call.pass()
    }

    fn operate(&mut self, _state: &mut Self::State, mut call: OperateCall<'_, Message>) {
        call.pass();
    }

    fn update(&mut self, _state: &mut Self::State, mut call: UpdateCall<'_, '_, Message>) {
        call.pass();
    }

    fn draw(&self, _state: &Self::State, call: DrawCall<'_, Message>, renderer: &mut Renderer) {
        call.pass(renderer);
    }

    /// Whether the content shows this frame: one that does not is not drawn, takes no pointer (no
    /// mouse cursor of its own) and opens no overlay.
    fn shown(&self, _state: &Self::State) -> bool {
        true
    }
}

/// The wrapped widget and its part of the widget tree.
pub(crate) struct Content<'c, Message> {
    widget: &'c mut dyn Widget<Message, Theme, Renderer>,
    tree: &'c mut Tree,
}

impl<Message> Content<'_, Message> {
    pub(crate) fn layout(&mut self, renderer: &Renderer, limits: &layout::Limits) -> layout::Node {
        self.widget.layout(self.tree, renderer, limits)
    }

    pub(crate) fn operate(&mut self, layout: Layout<'_>, renderer: &Renderer, operation: &mut dyn Operation) {
        self.widget.operate(self.tree, layout, renderer, operation);
    }
}

/// A call of `layout`.
pub(crate) struct LayoutCall<'c, Message> {
    pub(crate) content: Content<'c, Message>,
    pub(crate) renderer: &'c Renderer,
    pub(crate) limits: &'c layout::Limits,
}

impl<Message> LayoutCall<'_, Message> {
    /// Lays the content out.
    pub(crate) fn pass(&mut self) -> layout::Node {
        self.content.layout(self.renderer, self.limits)
    }
}

/// A call of `operate`.
pub(crate) struct OperateCall<'c, Message> {
    pub(crate) content: Content<'c, Message>,
    pub(crate) layout: Layout<'c>,
    pub(crate) renderer: &'c Renderer,
    pub(crate) operation: &'c mut dyn Operation,
}

impl<Message> OperateCall<'_, Message> {
    /// Runs the operation on the content.
    pub(crate) fn pass(&mut self) {
        self.content.operate(self.layout, self.renderer, self.operation);
    }
}

/// A call of `update`: an event.
pub(crate) struct UpdateCall<'c, 's, Message> {
    pub(crate) content: Content<'c, Message>,
    pub(crate) event: &'c Event,
    pub(crate) layout: Layout<'c>,
    pub(crate) cursor: mouse::Cursor,
    pub(crate) renderer: &'c Renderer,
    pub(crate) clipboard: &'c mut dyn Clipboard,
    pub(crate) shell: &'c mut Shell<'s, Message>,
    pub(crate) viewport: &'c Rectangle,
}

impl<Message> UpdateCall<'_, '_, Message> {
    /// Gives the event to the content.
    pub(crate) fn pass(&mut self) {
        self.content.widget.update(
            self.content.tree,
            self.event,
            self.layout,
            self.cursor,
            self.renderer,
            self.clipboard,
            self.shell,
            self.viewport,
        );
    }

    /// Gives the content another event, at `cursor`, its messages going to `shell`.
    pub(crate) fn send(&mut self, event: &Event, cursor: mouse::Cursor, shell: &mut Shell<'_, Message>) {
        let content = Content {
            widget: &mut *self.content.widget,
            tree: &mut *self.content.tree,
        };
        let clipboard = &mut *self.clipboard;
        UpdateCall {
            content,
            event,
            cursor,
            clipboard,
            shell,
            ..*self
        }
        .pass();
    }
}

/// A call of `draw`, but for the renderer, which the hook draws with.
pub(crate) struct DrawCall<'c, Message> {
    content: &'c dyn Widget<Message, Theme, Renderer>,
    /// The content's part of the widget tree.
    pub(crate) tree: &'c Tree,
    pub(crate) theme: &'c Theme,
    pub(crate) style: &'c renderer::Style,
    pub(crate) layout: Layout<'c>,
    pub(crate) cursor: mouse::Cursor,
    pub(crate) viewport: &'c Rectangle,
}

impl<Message> DrawCall<'_, Message> {
    /// Draws the content with `renderer`.
    pub(crate) fn pass(&self, renderer: &mut Renderer) {
        self.content.draw(
            self.tree,
            renderer,
            self.theme,
            self.style,
            self.layout,
            self.cursor,
            self.viewport,
        );
    }
}

/// Tags a wrapper's node in the widget tree (see `tag`).
struct Own<State>(State);

impl<Message, H: Hooks<Message>> Wrap<'_, Message, H> {
    /// The wrapper's state, and its content with the content's part of the tree.
    fn split<'c>(&'c mut self, tree: &'c mut Tree) -> (&'c mut H, &'c mut H::State, Content<'c, Message>) {
        let content = Content {
            widget: self.content.as_widget_mut(),
            tree: &mut tree.children[0],
        };
        (&mut self.hooks, tree.state.downcast_mut::<H::State>(), content)
    }
}

impl<Message, H: Hooks<Message>> Widget<Message, Theme, Renderer> for Wrap<'_, Message, H> {
    fn tag(&self) -> tree::Tag {
        // Not the state's own type: a state of `()` would share its tag with every widget that has
        // no state, and iced would keep such a widget's empty node for the wrapper.
        tree::Tag::of::<Own<H::State>>()
    }

    fn state(&self) -> tree::State {
        tree::State::new(H::State::default())
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
        let (hooks, state, content) = self.split(tree);
        hooks.layout(
            state,
            LayoutCall {
                content,
                renderer,
                limits,
            },
        )
    }

    fn operate(&mut self, tree: &mut Tree, layout: Layout<'_>, renderer: &Renderer, operation: &mut dyn Operation) {
        let (hooks, state, content) = self.split(tree);
        hooks.operate(
            state,
            OperateCall {
                content,
                layout,
                renderer,
                operation,
            },
        );
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
        let (hooks, state, content) = self.split(tree);
        let call = UpdateCall {
            content,
            event,
            layout,
            cursor,
            renderer,
            clipboard,
            shell,
            viewport,
        };
        hooks.update(state, call);
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
        let state = tree.state.downcast_ref::<H::State>();
        if !self.hooks.shown(state) {
            return;
        }
        let call = DrawCall {
            content: self.content.as_widget(),
            tree: &tree.children[0],
            theme,
            style,
            layout,
            cursor,
            viewport,
        };
        self.hooks.draw(state, call, renderer);
    }

    fn mouse_interaction(
        &self,
        tree: &Tree,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
        renderer: &Renderer,
    ) -> mouse::Interaction {
        if !self.hooks.shown(tree.state.downcast_ref::<H::State>()) {
            return mouse::Interaction::None;
        }
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
        if !self.hooks.shown(tree.state.downcast_ref::<H::State>()) {
            return None;
        }
        self.content
            .as_widget_mut()
            .overlay(&mut tree.children[0], layout, renderer, viewport, translation)
    }
}

impl<'a, Message: 'a, H: Hooks<Message> + 'a> From<Wrap<'a, Message, H>> for Element<'a, Message> {
    fn from(wrapper: Wrap<'a, Message, H>) -> Self {
        Element::new(wrapper)
    }
}

#[cfg(all(test, not(feature = "wgpu")))]
mod tests {
    use super::*;
    use iced::advanced::Renderer as _;
    use iced::widget::button;
    use iced::{Font, Pixels, Point};

    /// Adds nothing: every call reaches the content as iced made it.
    struct Nothing;

    impl<Message> Hooks<Message> for Nothing {
        type State = ();
    }

    /// Never shows its content.
    struct Hidden;

    impl<Message> Hooks<Message> for Hidden {
        type State = ();

        fn shown(&self, _state: &()) -> bool {
            false
        }
    }

    /// What a button wrapped in `hooks` draws (texts, quads), and the cursor over it.
    fn drawn(hooks: impl Hooks<()> + 'static) -> (usize, usize, mouse::Interaction) {
        let mut element: Element<'_, ()> = wrap(button("Enregistrer").on_press(()), hooks).into();
        let mut tree = Tree::new(&element);
        let mut renderer = Renderer::new(Font::DEFAULT, Pixels(16.0));
        let view = Rectangle::with_size(Size::new(400.0, 300.0));
        let node = element
            .as_widget_mut()
            .layout(&mut tree, &renderer, &layout::Limits::new(Size::ZERO, view.size()));
        let (layout, cursor) = (Layout::new(&node), mouse::Cursor::Available(Point::new(20.0, 15.0)));
        renderer.reset(view);
        let style = renderer::Style::default();
        (element.as_widget()).draw(&tree, &mut renderer, &Theme::Light, &style, layout, cursor, &view);
        let layers = renderer.layers();
        let texts = layers.iter().map(|layer| layer.text.len()).sum();
        let quads = layers.iter().map(|layer| layer.quads.len()).sum();
        let interaction = (element.as_widget()).mouse_interaction(&tree, layout, cursor, &view, &renderer);
        (texts, quads, interaction)
    }

    #[test]
    fn a_content_not_shown_is_not_drawn_and_takes_no_pointer() {
        let (texts, quads, interaction) = drawn(Nothing);
        assert!(
            texts > 0 && quads > 0,
            "the shown button is drawn: {texts} texts, {quads} quads"
        );
        assert_eq!(interaction, mouse::Interaction::Pointer);
        assert_eq!(drawn(Hidden), (0, 0, mouse::Interaction::None));
    }

    /// A button's bounds, and the messages of a click at `at` on it.
    fn click(wrapped: bool, at: Point) -> (Rectangle, Vec<&'static str>) {
        let save = button("Enregistrer").on_press("saved").padding(10);
        let mut element: Element<'_, &'static str> = if wrapped {
            wrap(save, Nothing).into()
        } else {
            save.into()
        };
        let mut tree = Tree::new(&element);
        let renderer = Renderer::new(Font::DEFAULT, Pixels(16.0));
        let limits = layout::Limits::new(Size::ZERO, Size::new(400.0, 300.0));
        let node = element.as_widget_mut().layout(&mut tree, &renderer, &limits);
        let mut messages = Vec::new();
        for event in [
            mouse::Event::ButtonPressed(mouse::Button::Left),
            mouse::Event::ButtonReleased(mouse::Button::Left),
        ] {
            // A shell an event, as the window gives them: the press is captured.
            let mut shell = Shell::new(&mut messages);
            element.as_widget_mut().update(
                &mut tree,
                &Event::Mouse(event),
                Layout::new(&node),
                mouse::Cursor::Available(at),
                &renderer,
                &mut iced::advanced::clipboard::Null,
                &mut shell,
                &Rectangle::with_size(Size::new(400.0, 300.0)),
            );
        }
        (node.bounds(), messages)
    }

    #[test]
    fn a_wrapper_without_state_takes_the_place_of_a_stateless_widget() {
        // The window's root tree starts empty, tagged as a widget without state; so does the node
        // of a column or a text that a wrapper replaces from one frame to the next.
        let mut element: Element<'_, ()> = wrap(button("Enregistrer"), Nothing).into();
        let mut tree = Tree::empty();
        tree.diff(&element);
        let renderer = Renderer::new(Font::DEFAULT, Pixels(16.0));
        let limits = layout::Limits::new(Size::ZERO, Size::new(400.0, 300.0));
        let node = element.as_widget_mut().layout(&mut tree, &renderer, &limits);
        assert!(node.bounds().width > 0.0);
    }

    #[test]
    fn a_wrapper_that_adds_nothing_is_laid_out_and_clicked_as_its_content() {
        let inside = Point::new(20.0, 15.0);
        let bare = click(false, inside);
        assert_eq!(bare.1, ["saved"], "the bare button is clicked");
        assert_eq!(click(true, inside), bare);
        let outside = Point::new(390.0, 290.0);
        assert_eq!(click(true, outside), (bare.0, vec![]), "a click beside it does nothing");
    }
}
