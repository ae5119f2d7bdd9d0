//! Keyboard focus for every control, not only text fields.
//!
//! iced 0.14 moves the focus (Tab, Shift+Tab through `focus_next`/`focus_previous`) only between
//! widgets that declare themselves focusable, and only text inputs do. [`Focusable`] wraps any
//! control (a button, a choice card, a pick list) and makes it take part: it registers with the
//! focus operations, draws a ring while focused, and acts on the keyboard. Enter or Space
//! presses it (a click at its centre, so the wrapped button does what a click does; or a message
//! of its own for pick lists, whose menus have no keyboard support), and the arrow keys step
//! through a pick list's options. The order is the window's reading order, as for text fields.

use super::wrap::{Content, DrawCall, Hooks, LayoutCall, OperateCall, UpdateCall, Wrap, wrap};
use iced::advanced::Shell;
use iced::advanced::layout::{self, Layout};
use iced::advanced::renderer;
use iced::advanced::widget::{self, Operation, operation};
use iced::keyboard::{self, key::Named};
use iced::{Border, Color, Element, Event, Rectangle, Renderer, Theme, Vector, mouse};

/// How thick the ring is. It is drawn on the control's edge, not outside it, so a scrollable or
/// a container that clips its content never cuts it.
const RING_WIDTH: f32 = 2.5;

/// A control that the keyboard can reach.
pub(crate) type Focusable<'a, Message> = Wrap<'a, Message, Reach<Message>>;

/// What makes a control reachable: its id, what the keys do to it, whether it takes a Tab stop.
pub(crate) struct Reach<Message> {
    id: Option<widget::Id>,
    on_activate: Option<Message>,
    on_step: Option<(Message, Message)>,
    /// A disabled control takes no Tab stop (and draws no ring).
    enabled: bool,
}

/// Makes a control reachable by Tab, with a visible ring and Enter/Space to press it.
pub(crate) fn focusable<'a, Message>(content: impl Into<Element<'a, Message>>) -> Focusable<'a, Message> {
    let reach = Reach {
        id: None,
        on_activate: None,
        on_step: None,
        enabled: true,
    };
    wrap(content, reach)
}

impl<Message> Focusable<'_, Message> {
    /// An id, so the app can put the focus here (the first control of a screen).
    pub(crate) fn id(mut self, id: impl Into<widget::Id>) -> Self {
        self.hooks.id = Some(id.into());
        self
    }

    /// Whether the control can be used: a disabled button is skipped by Tab.
    pub(crate) fn enabled(mut self, enabled: bool) -> Self {
        self.hooks.enabled = enabled;
        self
    }

    /// What Enter and Space do, instead of clicking the control's centre.
    pub(crate) fn on_activate(mut self, message: Message) -> Self {
        self.hooks.on_activate = Some(message);
        self
    }

    /// What the Up/Left and Down/Right arrows do (the previous and next option of a pick list).
    pub(crate) fn on_step(mut self, previous: Message, next: Message) -> Self {
        self.hooks.on_step = Some((previous, next));
        self
    }
}

/// Whether the control has the focus; kept in the widget tree between frames.
#[derive(Debug, Default)]
pub(crate) struct State {
    focused: bool,
}

impl operation::Focusable for State {
    fn is_focused(&self) -> bool {
        self.focused
    }

    fn focus(&mut self) {
        self.focused = true;
    }

    fn unfocus(&mut self) {
        self.focused = false;
    }
}

/// What a key does to a focused control.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum KeyAction {
    Activate,
    Previous,
    Next,
}

/// The action of a key on a focused control (a pure function, tested without a window).
pub(crate) fn key_action(key: &keyboard::Key, modifiers: keyboard::Modifiers) -> Option<KeyAction> {
    if modifiers.command() || modifiers.alt() {
        return None;
    }
    match key.as_ref() {
        keyboard::Key::Named(Named::Enter | Named::Space) => Some(KeyAction::Activate),
        keyboard::Key::Character(" ") => Some(KeyAction::Activate),
        keyboard::Key::Named(Named::ArrowUp | Named::ArrowLeft) => Some(KeyAction::Previous),
        keyboard::Key::Named(Named::ArrowDown | Named::ArrowRight) => Some(KeyAction::Next),
        _ => None,
    }
}

impl<Message: Clone> Reach<Message> {
    /// The message of a key on the focused control, when it has one for it.
    fn message(&self, action: KeyAction) -> Option<Message> {
        match action {
            KeyAction::Activate => self.on_activate.clone(),
            KeyAction::Previous => self.on_step.as_ref().map(|(previous, _)| previous.clone()),
            KeyAction::Next => self.on_step.as_ref().map(|(_, next)| next.clone()),
        }
    }
}

/// A click at the centre of the control: the wrapped button does exactly what a click does.
fn click_centre<Message>(call: &mut UpdateCall<'_, '_, Message>) {
    let centre = call.layout.bounds().center();
    for event in [
        Event::Mouse(mouse::Event::CursorMoved { position: centre }),
        Event::Mouse(mouse::Event::ButtonPressed(mouse::Button::Left)),
        Event::Mouse(mouse::Event::ButtonReleased(mouse::Button::Left)),
    ] {
        // Each event in a shell of its own: the press is captured, the release must still reach
        // the button.
        let mut messages = Vec::new();
        let mut own = Shell::new(&mut messages);
        call.send(&event, mouse::Cursor::Available(centre), &mut own);
        call.shell.merge(own, std::convert::identity);
    }
}

impl<Message: Clone> Hooks<Message> for Reach<Message> {
    type State = State;

    fn operate(&mut self, state: &mut State, call: OperateCall<'_, Message>) {
        let OperateCall {
            mut content,
            layout,
            renderer,
            operation,
        } = call;
        if self.enabled {
            operation.focusable(self.id.as_ref(), layout.bounds(), state);
        } else {
            state.focused = false;
        }
        operation.traverse(&mut |operation| content.operate(layout, renderer, operation));
    }

    fn update(&mut self, state: &mut State, mut call: UpdateCall<'_, '_, Message>) {
        match call.event {
            Event::Keyboard(keyboard::Event::KeyPressed { key, modifiers, .. }) if state.focused => {
                if let Some(action) = key_action(key, *modifiers) {
                    let used = if let Some(message) = self.message(action) {
                        call.shell.publish(message);
                        true
                    } else if action == KeyAction::Activate {
                        click_centre(&mut call);
                        true
                    } else {
                        false
                    };
                    if used {
                        call.shell.capture_event();
                        call.shell.request_redraw();
                        return;
                    }
                }
            }
            // The mouse takes over: the ring goes (a click elsewhere focuses what it clicks).
            Event::Mouse(mouse::Event::ButtonPressed(_)) if state.focused => {
                state.focused = false;
                call.shell.request_redraw();
            }
            _ => {}
        }
        call.pass();
    }

    fn draw(&self, state: &State, call: DrawCall<'_, Message>, renderer: &mut Renderer) {
        call.pass(renderer);
        if state.focused {
            draw_ring(renderer, call.theme, call.layout.bounds());
        }
    }
}

/// A control (a text field) that says when the keyboard focus leaves it: Tab, Shift+Tab, a click
/// elsewhere. The focus can move outside any event the control sees (Tab is handled by the
/// window's [`FocusScope`]), so the wrapper looks at its content's focus before and after every
/// event: the next event (the key's release, the cursor moving, a redraw) notices it.
pub(crate) type OnLeave<'a, Message> = Wrap<'a, Message, Leave<Message>>;

/// The message published when the focus leaves the content.
pub(crate) struct Leave<Message>(Message);

/// Publishes `message` when the focus leaves `content`.
pub(crate) fn on_leave<'a, Message>(
    content: impl Into<Element<'a, Message>>,
    message: Message,
) -> OnLeave<'a, Message> {
    wrap(content, Leave(message))
}

/// Whether the content held the focus when last looked at.
#[derive(Debug, Default)]
pub(crate) struct Held(bool);

impl<Message: Clone> Hooks<Message> for Leave<Message> {
    type State = Held;

    fn update(&mut self, held: &mut Held, mut call: UpdateCall<'_, '_, Message>) {
        let before = focused_bounds(&mut call.content, call.layout, call.renderer).is_some();
        if held.0 && !before {
            // Left since the last event (Tab moved the focus on).
            call.shell.publish(self.0.clone());
        }
        call.pass();
        let after = focused_bounds(&mut call.content, call.layout, call.renderer).is_some();
        if before && !after {
            // Left by this event (a click elsewhere).
            call.shell.publish(self.0.clone());
        }
        held.0 = after;
    }
}

/// A ring of two colours, the theme's text colour outside and its background colour inside: on any
/// fill (a dark blue button, a light card, a red delete button) one of the two stands out by at
/// least 3:1 (WCAG's contrast for a focus indicator; see the test below).
fn draw_ring(renderer: &mut Renderer, theme: &Theme, bounds: Rectangle) {
    use iced::advanced::Renderer as _;
    let (outer, inner) = ring_colours(theme);
    for (bounds, color) in [(bounds, outer), (bounds.shrink(RING_WIDTH), inner)] {
        renderer.fill_quad(
            renderer::Quad {
                bounds,
                border: Border {
                    color,
                    width: RING_WIDTH,
                    radius: 4.0.into(),
                },
                ..renderer::Quad::default()
            },
            Color::TRANSPARENT,
        );
    }
}

/// The focus ring's outer and inner colours.
pub(crate) fn ring_colours(theme: &Theme) -> (Color, Color) {
    let palette = theme.extended_palette();
    (palette.background.base.text, palette.background.base.color)
}

/// The WCAG contrast ratio of two opaque colours (1 to 21).
#[cfg(test)]
fn contrast(a: Color, b: Color) -> f32 {
    let luminance = |c: Color| {
        let channel = |v: f32| {
            if v <= 0.039_28 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)
    };
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// The whole window's focus order: Tab and Shift+Tab, when no control used them, move the focus
/// to the next or previous focusable control (text fields and [`Focusable`]s alike), in reading
/// order. Done by the widget tree itself rather than a subscription, so it works the same in the
/// window and in iced's test emulator and simulator.
pub(crate) type FocusScope<'a, Message> = Wrap<'a, Message, Scope<'a, Message>>;

/// What the scope adds to the window: its Ctrl keys and which page it shows.
pub(crate) struct Scope<'a, Message> {
    on_command: Option<CommandKeys<'a, Message>>,
    page: usize,
}

/// What a key held with Ctrl means to the window, if anything.
type CommandKeys<'a, Message> = Box<dyn Fn(&keyboard::Key, keyboard::Modifiers) -> Option<Message> + 'a>;

pub(crate) fn focus_scope<'a, Message>(content: impl Into<Element<'a, Message>>) -> FocusScope<'a, Message> {
    let scope = Scope {
        on_command: None,
        page: 0,
    };
    wrap(content, scope)
}

impl<'a, Message> FocusScope<'a, Message> {
    /// Keys held with Ctrl (Cmd) that belong to the window whatever has the focus: they reach it
    /// before any control, so a focused text field never types the `+` of Ctrl+plus.
    pub(crate) fn on_command(
        mut self,
        f: impl Fn(&keyboard::Key, keyboard::Modifiers) -> Option<Message> + 'a,
    ) -> Self {
        self.hooks.on_command = Some(Box::new(f));
        self
    }

    /// What the window shows (a step): a control that had the focus on another page is not looked
    /// for on this one, where the app puts the focus itself.
    pub(crate) fn page(mut self, page: usize) -> Self {
        self.hooks.page = page;
        self
    }
}

/// Runs an operation and the operations it chains to, on the scope's content.
fn run_operation<Message>(
    content: &mut Content<'_, Message>,
    layout: Layout<'_>,
    renderer: &Renderer,
    mut operation: Box<dyn Operation<()>>,
) {
    // Focus operations chain once (count, then move); the bound only guards against a loop.
    for _ in 0..4 {
        content.operate(layout, renderer, operation.as_mut());
        match operation.finish() {
            operation::Outcome::Chain(next) => operation = next,
            _ => return,
        }
    }
}

/// Scrolls every scrollable holding the focused control so that the control is in sight: a
/// keyboard user on a small screen must see where the focus went.
fn scroll_into_view<Message>(content: &mut Content<'_, Message>, layout: Layout<'_>, renderer: &Renderer) {
    if let Some(target) = focused_bounds(content, layout, renderer) {
        content.operate(layout, renderer, &mut ScrollTo(target));
    }
}

/// A task that scrolls the focused control into sight: after the app moved the focus itself (the
/// new slot's start field under the week of a narrow window, a step's first control).
pub(crate) fn reveal_focused<Message: Send + 'static>() -> iced::Task<Message> {
    iced::advanced::widget::operate(FocusedBounds(None)).discard()
}

/// Selects the text of the field Tab reached, as desktop fields do: typing `12:00` into the end
/// field replaces its time instead of adding to it.
fn select_focused_text<Message>(content: &mut Content<'_, Message>, layout: Layout<'_>, renderer: &Renderer) {
    if let Some(target) = focused_bounds(content, layout, renderer) {
        content.operate(layout, renderer, &mut SelectAllAt(target));
    }
}

/// Selects all the text of the text field at these bounds.
struct SelectAllAt(Rectangle);

impl Operation for SelectAllAt {
    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
        operate(self);
    }

    fn text_input(&mut self, _id: Option<&widget::Id>, bounds: Rectangle, state: &mut dyn operation::TextInput) {
        if bounds == self.0 {
            state.select_all();
        }
    }
}

/// The bounds of the focused control of `content`, if one has the focus.
fn focused_bounds<Message>(
    content: &mut Content<'_, Message>,
    layout: Layout<'_>,
    renderer: &Renderer,
) -> Option<Rectangle> {
    let mut find = FocusedBounds(None);
    content.operate(layout, renderer, &mut find);
    find.0
}

/// Finds the bounds of the focused control, in layout (unscrolled) coordinates; run as a task, it
/// then chains to [`ScrollTo`] them ([`reveal_focused`]).
struct FocusedBounds(Option<Rectangle>);

impl Operation for FocusedBounds {
    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
        operate(self);
    }

    fn focusable(&mut self, _id: Option<&widget::Id>, bounds: Rectangle, state: &mut dyn operation::Focusable) {
        if state.is_focused() {
            self.0 = Some(bounds);
        }
    }

    fn finish(&self) -> operation::Outcome<()> {
        match self.0 {
            Some(bounds) => operation::Outcome::Chain(Box::new(ScrollTo(bounds))),
            None => operation::Outcome::None,
        }
    }
}

/// Scrolls the scrollables whose content holds the rectangle just enough to show it.
struct ScrollTo(Rectangle);

impl Operation for ScrollTo {
    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
        operate(self);
    }

    fn scrollable(
        &mut self,
        _id: Option<&widget::Id>,
        bounds: Rectangle,
        content_bounds: Rectangle,
        translation: Vector,
        state: &mut dyn operation::Scrollable,
    ) {
        const MARGIN: f32 = 8.0;
        let target = self.0;
        if content_bounds.intersection(&target).is_none() {
            return;
        }
        let top = bounds.y + translation.y;
        let bottom = top + bounds.height;
        let dy = if target.y < top {
            target.y - top - MARGIN
        } else if target.y + target.height > bottom {
            (target.y + target.height - bottom + MARGIN).min(target.y - top - MARGIN)
        } else {
            0.0
        };
        if dy != 0.0 {
            state.scroll_by(
                operation::scrollable::AbsoluteOffset { x: 0.0, y: dy },
                bounds,
                content_bounds,
            );
        }
    }
}

/// Which control had the focus, told apart so it can be found again in a tree rebuilt from scratch:
/// by its id when it has one, else by its label (a button's first text); `nth` among the
/// controls that share both.
#[derive(Debug, Clone, PartialEq)]
struct Holder {
    id: Option<widget::Id>,
    label: Option<String>,
    nth: usize,
}

/// What the scope remembers between frames: the focused control as of the last event or operation.
#[derive(Debug, Default)]
pub(crate) struct Memory {
    held: Option<Holder>,
    /// The page the control was on.
    page: usize,
}

/// One focusable control met by a [`Survey`], in focus order.
struct Entry {
    id: Option<widget::Id>,
    label: Option<String>,
    focused: bool,
    /// A text field: its content is typed text, never a label.
    text_input: bool,
}

/// Lists the focusable controls in focus order, each with its id and label.
#[derive(Default)]
struct Survey {
    entries: Vec<Entry>,
    /// The last call was a `focusable`: the next `traverse` is that control's content.
    just_met: bool,
    /// While the content of the last entry is being traversed.
    inside: bool,
    /// The last call was a `text_input` (a text field reports itself twice).
    text_input: bool,
}

impl Operation for Survey {
    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
        let own = std::mem::take(&mut self.just_met);
        let was_inside = self.inside;
        self.inside |= own;
        operate(self);
        self.just_met = false;
        self.inside = was_inside;
    }

    fn container(&mut self, _id: Option<&widget::Id>, _bounds: Rectangle) {
        self.just_met = false;
        self.text_input = false;
    }

    fn text_input(&mut self, _id: Option<&widget::Id>, _bounds: Rectangle, _state: &mut dyn operation::TextInput) {
        self.just_met = false;
        self.text_input = true;
    }

    fn focusable(&mut self, id: Option<&widget::Id>, _bounds: Rectangle, state: &mut dyn operation::Focusable) {
        self.entries.push(Entry {
            id: id.cloned(),
            label: None,
            focused: state.is_focused(),
            text_input: std::mem::take(&mut self.text_input),
        });
        self.just_met = true;
    }

    fn text(&mut self, _id: Option<&widget::Id>, _bounds: Rectangle, text: &str) {
        self.just_met = false;
        self.text_input = false;
        if self.inside
            && let Some(entry) = self.entries.last_mut()
            && !entry.text_input
            && entry.label.is_none()
        {
            entry.label = Some(text.to_owned());
        }
    }
}

impl Survey {
    fn of<Message>(content: &mut Content<'_, Message>, layout: Layout<'_>, renderer: &Renderer) -> Self {
        let mut survey = Survey::default();
        content.operate(layout, renderer, &mut survey);
        survey
    }

    fn held(&self) -> Option<Holder> {
        let index = self.entries.iter().position(|e| e.focused)?;
        let entry = &self.entries[index];
        let nth = self.entries[..index]
            .iter()
            .filter(|e| e.id == entry.id && e.label == entry.label)
            .count();
        Some(Holder {
            id: entry.id.clone(),
            label: entry.label.clone(),
            nth,
        })
    }

    fn any_focused(&self) -> bool {
        self.entries.iter().any(|e| e.focused)
    }

    /// The position in focus order of the control `held` names, if it is still there.
    fn find(&self, held: &Holder) -> Option<usize> {
        self.entries
            .iter()
            .enumerate()
            .filter(|(_, e)| e.id == held.id && e.label == held.label)
            .nth(held.nth)
            .map(|(index, _)| index)
    }
}

/// Focuses the control at a position in focus order.
struct FocusNth {
    target: usize,
    seen: usize,
}

impl Operation for FocusNth {
    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
        operate(self);
    }

    fn focusable(&mut self, _id: Option<&widget::Id>, _bounds: Rectangle, state: &mut dyn operation::Focusable) {
        if self.seen == self.target {
            state.focus();
        }
        self.seen += 1;
    }
}

impl<Message> Scope<'_, Message> {
    /// Which control has the focus now (after an event or an operation moved it).
    fn remember(&self, content: &mut Content<'_, Message>, layout: Layout<'_>, renderer: &Renderer) -> Memory {
        let held = Survey::of(content, layout, renderer).held();
        Memory { held, page: self.page }
    }

    /// After a layout: a layout rebuilt for another width (a zoom, a resize across a threshold)
    /// makes new controls with new state, and the focus would be lost. The control that had it
    /// gets it back, and is scrolled into sight.
    fn restore(
        &self,
        memory: &mut Memory,
        content: &mut Content<'_, Message>,
        layout: Layout<'_>,
        renderer: &Renderer,
    ) {
        let Some(held) = memory.held.clone().filter(|_| memory.page == self.page) else {
            return;
        };
        let survey = Survey::of(content, layout, renderer);
        if survey.any_focused() {
            return;
        }
        match survey.find(&held) {
            Some(target) => {
                let mut focus = FocusNth { target, seen: 0 };
                content.operate(layout, renderer, &mut focus);
                scroll_into_view(content, layout, renderer);
            }
            // Gone with the rebuild (a step left, a slot deleted): nothing to give it back to.
            None => memory.held = None,
        }
    }
}

impl<Message> Hooks<Message> for Scope<'_, Message> {
    type State = Memory;

    fn layout(&mut self, memory: &mut Memory, mut call: LayoutCall<'_, Message>) -> layout::Node {
        let node = call.pass();
        self.restore(memory, &mut call.content, Layout::new(&node), call.renderer);
        node
    }

    fn operate(&mut self, memory: &mut Memory, mut call: OperateCall<'_, Message>) {
        call.pass();
        // The app may have moved the focus (a step's first control, a field to type a path in):
        // wherever it went, it is scrolled into sight, as Tab's is.
        let (content, layout, renderer) = (&mut call.content, call.layout, call.renderer);
        let before = memory.held.clone();
        *memory = self.remember(content, layout, renderer);
        if memory.held.is_some() && memory.held != before {
            scroll_into_view(content, layout, renderer);
        }
    }

    fn update(&mut self, memory: &mut Memory, mut call: UpdateCall<'_, '_, Message>) {
        if let Event::Keyboard(keyboard::Event::KeyPressed { key, modifiers, .. }) = call.event
            && modifiers.command()
            && let Some(message) = self.on_command.as_ref().and_then(|f| f(key, *modifiers))
        {
            call.shell.publish(message);
            call.shell.capture_event();
            return;
        }
        call.pass();
        let (content, layout, renderer) = (&mut call.content, call.layout, call.renderer);
        if !call.shell.is_event_captured()
            && let Event::Keyboard(keyboard::Event::KeyPressed { key, modifiers, .. }) = call.event
            && matches!(key.as_ref(), keyboard::Key::Named(Named::Tab))
            && !modifiers.command()
            && !modifiers.alt()
        {
            let step = || -> Box<dyn Operation<()>> {
                if modifiers.shift() {
                    Box::new(operation::focusable::focus_previous())
                } else {
                    Box::new(operation::focusable::focus_next())
                }
            };
            run_operation(content, layout, renderer, step());
            // Past the last control (or before the first), iced's step leaves nothing focused: one
            // Tab that shows no focus anywhere. Go round at once to the first (or the last).
            if focused_bounds(content, layout, renderer).is_none() {
                run_operation(content, layout, renderer, step());
            }
            scroll_into_view(content, layout, renderer);
            select_focused_text(content, layout, renderer);
            call.shell.capture_event();
            call.shell.request_redraw();
        }
        // Only events that can move the focus: a key, a click (a mouse move or a redraw cannot).
        if matches!(
            call.event,
            Event::Keyboard(keyboard::Event::KeyPressed { .. })
                | Event::Mouse(mouse::Event::ButtonPressed(_))
                | Event::Touch(_)
        ) {
            *memory = self.remember(content, layout, renderer);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use iced::keyboard::{Key, Modifiers};

    #[test]
    fn enter_and_space_press_arrows_step_and_ctrl_keys_are_left_to_shortcuts() {
        let none = Modifiers::empty();
        assert_eq!(key_action(&Key::Named(Named::Enter), none), Some(KeyAction::Activate));
        assert_eq!(key_action(&Key::Named(Named::Space), none), Some(KeyAction::Activate));
        assert_eq!(key_action(&Key::Character(" ".into()), none), Some(KeyAction::Activate));
        assert_eq!(key_action(&Key::Named(Named::ArrowDown), none), Some(KeyAction::Next));
        assert_eq!(
            key_action(&Key::Named(Named::ArrowLeft), none),
            Some(KeyAction::Previous)
        );
        assert_eq!(key_action(&Key::Named(Named::Enter), Modifiers::CTRL), None);
        assert_eq!(key_action(&Key::Named(Named::Tab), none), None, "Tab moves the focus");
    }

    #[test]
    fn the_focus_ring_stands_out_by_3_to_1_on_every_fill_of_every_theme() {
        use crate::app::widget::style;
        use crate::core::settings::ThemeChoice;
        for (choice, mode) in [
            (ThemeChoice::Light, iced::theme::Mode::Light),
            (ThemeChoice::Dark, iced::theme::Mode::Dark),
            (ThemeChoice::HighContrast, iced::theme::Mode::Light),
        ] {
            let theme = style::theme(choice, mode);
            let palette = theme.extended_palette();
            let (outer, inner) = ring_colours(&theme);
            let fills = [
                ("primary button", palette.primary.base.color),
                ("primary strong", palette.primary.strong.color),
                ("danger button", palette.danger.base.color),
                ("quiet button", palette.background.weak.color),
                ("background", palette.background.base.color),
                ("strong background", palette.background.strong.color),
                ("success", palette.success.base.color),
            ];
            for (name, fill) in fills {
                let best = contrast(outer, fill).max(contrast(inner, fill));
                assert!(best >= 3.0, "{choice:?}, {name}: {best:.2}:1");
            }
            assert!(contrast(outer, inner) >= 3.0, "{choice:?}: the two rings apart");
        }
        assert!((contrast(Color::BLACK, Color::WHITE) - 21.0).abs() < 0.01);
    }
}
