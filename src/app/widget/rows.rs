//! A long list whose rows are built only in and near the view.
//!
//! The practice overview lists 200 doctors, each row a dozen texts and controls. Built whole, the
//! overview's first frame shaped every text of every row (about 40 ms of layout) and every later
//! frame laid all of them out again. [`Rows`] builds the rows in view and a screen's worth on
//! either side, and reserves the place of the others: the list is as high as all its rows, so the
//! scrollbar says where the view is, and the rows are placed at a fixed pitch (the height most
//! built rows have; a taller one pushes the rows after it down, as in a column).
//!
//! Which rows are built is the screen's state ([`Window`]): when the view comes near the edge of
//! the built rows, the list asks for others (a message with the new [`Window`]), a screen ahead,
//! so the rows are there before they come into view. The row holding the keyboard focus stays
//! built wherever the list is scrolled (its field keeps its cursor; Tab goes on from it), and
//! Tab from the last row in view reaches the next one, built already, which the focus scope then
//! scrolls into view.

use iced::advanced::layout::{self, Layout};
use iced::advanced::widget::{Operation, Tree, operation, tree};
use iced::advanced::{Clipboard, Shell, Widget, overlay, renderer};
use iced::{Element, Event, Length, Rectangle, Renderer, Size, Theme, Vector, mouse, window};

/// The rows built before the list has been seen (a tall window shows about ten).
pub(crate) const FIRST_ROWS: usize = 24;

/// Which rows of the list are built: `start..end`, and the row holding the keyboard focus when it
/// is elsewhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub start: usize,
    pub end: usize,
    pub focused: Option<usize>,
}

impl Default for Window {
    fn default() -> Self {
        Window {
            start: 0,
            end: FIRST_ROWS,
            focused: None,
        }
    }
}

impl Window {
    /// The rows to build out of `count`, in order: the window's, the focused one and `also` (a
    /// row the screen needs built wherever it is).
    pub(crate) fn rows(&self, count: usize, also: Option<usize>) -> Vec<usize> {
        let mut rows: Vec<usize> = (self.start.min(count)..self.end.min(count)).collect();
        for extra in [self.focused, also].into_iter().flatten() {
            if extra < count && !rows.contains(&extra) {
                rows.push(extra);
            }
        }
        rows.sort_unstable();
        rows
    }

    /// The window moved back into a list of `count` rows (fewer than when it was asked for: a
    /// filter), as long as it was.
    pub(crate) fn within(self, count: usize) -> Window {
        if self.start < count {
            return self;
        }
        let length = self.end.saturating_sub(self.start).max(FIRST_ROWS);
        Window {
            start: count.saturating_sub(length),
            end: count,
            ..self
        }
    }

    fn holds(&self, row: usize) -> bool {
        (self.start..self.end).contains(&row)
    }
}

/// See the module's documentation.
pub(crate) struct Rows<'a, Message> {
    count: usize,
    window: Window,
    /// The rows built, in order, their keys and their elements.
    indices: Vec<usize>,
    keys: Vec<u64>,
    children: Vec<Element<'a, Message>>,
    spacing: f32,
    on_window: Box<dyn Fn(Window) -> Message + 'a>,
}

/// A list of `count` rows of which those `window` names (and `also`) are built by `build`, each
/// with a key; `on_window` asks for other rows as the view moves. A row keeps its state (the
/// focus, a field's cursor) by its key, wherever it moves in the list.
pub(crate) fn keyed<'a, Message>(
    count: usize,
    window: Window,
    also: Option<usize>,
    mut build: impl FnMut(usize) -> (u64, Element<'a, Message>),
    on_window: impl Fn(Window) -> Message + 'a,
) -> Rows<'a, Message> {
    let indices = window.rows(count, also);
    let (keys, children) = indices.iter().map(|&i| build(i)).unzip();
    Rows {
        count,
        window,
        indices,
        keys,
        children,
        spacing: 0.0,
        on_window: Box::new(on_window),
    }
}

/// A row's key made from a name (a doctor's id): the same name, the same key.
pub(crate) fn key_of(name: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    name.hash(&mut hasher);
    hasher.finish()
}

impl<Message> Rows<'_, Message> {
    /// Space between two rows.
    pub(crate) fn spacing(mut self, spacing: f32) -> Self {
        self.spacing = spacing;
        self
    }
}

/// What the list remembers between frames.
#[derive(Debug, Default)]
struct Memory {
    /// The keys of the rows whose trees are the children's, in order.
    built: Vec<u64>,
    /// The height of a row.
    pitch: f32,
    /// Rows taller than the pitch, in order, and by how much.
    tall: Vec<(usize, f32)>,
    /// The window last asked for, while the screen has not answered.
    asked: Option<Window>,
    /// The window the list was last built with.
    window: Option<Window>,
}

impl Memory {
    /// The top of a row in the list.
    fn top(&self, row: usize) -> f32 {
        let extra: f32 = self.tall.iter().take_while(|(i, _)| *i < row).map(|(_, e)| e).sum();
        row as f32 * self.pitch + extra
    }

    /// The row at `y` in the list (the last one below its end).
    fn row_at(&self, y: f32, count: usize) -> usize {
        if self.pitch <= 0.0 || count == 0 {
            return 0;
        }
        let mut shift = 0.0;
        for &(i, extra) in &self.tall {
            let top = i as f32 * self.pitch + shift;
            if y < top {
                break;
            }
            if y < top + self.pitch + extra {
                return i;
            }
            shift += extra;
        }
        (((y - shift) / self.pitch).floor().max(0.0) as usize).min(count - 1)
    }
}

/// The height most of the rows have (the smaller one on a tie).
fn usual(heights: &[f32]) -> Option<f32> {
    let mut counted: Vec<(i64, usize)> = Vec::new();
    for h in heights {
        let key = (h * 4.0).round() as i64;
        match counted.iter_mut().find(|(k, _)| *k == key) {
            Some((_, n)) => *n += 1,
            None => counted.push((key, 1)),
        }
    }
    counted
        .into_iter()
        .max_by(|(ka, na), (kb, nb)| na.cmp(nb).then(kb.cmp(ka)))
        .map(|(key, _)| key as f32 / 4.0)
}

impl<Message> Rows<'_, Message> {
    /// The built row holding the keyboard focus, if any.
    fn focused(&mut self, tree: &mut Tree, layout: Layout<'_>, renderer: &Renderer) -> Option<usize> {
        struct Focused(bool);
        impl Operation for Focused {
            fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
                operate(self);
            }
            fn focusable(
                &mut self,
                _id: Option<&iced::widget::Id>,
                _bounds: Rectangle,
                state: &mut dyn operation::Focusable,
            ) {
                self.0 |= state.is_focused();
            }
        }
        for (((row, child), state), layout) in self
            .indices
            .iter()
            .zip(&mut self.children)
            .zip(&mut tree.children)
            .zip(layout.children())
        {
            let mut find = Focused(false);
            child.as_widget_mut().operate(state, layout, renderer, &mut find);
            if find.0 {
                return Some(*row);
            }
        }
        None
    }

    /// The window to ask for, seeing `viewport` (in the list's coordinates, as its layout) and
    /// the focus in `focused`; none when the built rows do.
    fn wanted(
        &self,
        memory: &Memory,
        bounds: Rectangle,
        viewport: Rectangle,
        focused: Option<usize>,
    ) -> Option<Window> {
        let current = self.window;
        let (top, bottom) = (viewport.y - bounds.y, viewport.y + viewport.height - bounds.y);
        let in_view = self.count > 0 && memory.pitch > 0.0 && bottom > 0.0 && top < bounds.height;
        let mut wanted = current;
        if in_view {
            let first = memory.row_at(top.max(0.0), self.count);
            let last = memory.row_at(bottom.min(bounds.height) - 0.5, self.count) + 1;
            let screen = (last - first).max(1);
            // Short of rows: the view is within half a screen of the built rows' edge (and the list
            // goes on there).
            let short_above = current.start > 0 && first < current.start + screen / 2;
            let short_below = current.end < self.count && last + screen / 2 > current.end;
            if short_above || short_below {
                wanted.start = first.saturating_sub(screen);
                wanted.end = (last + screen).min(self.count);
            }
        }
        wanted.focused = focused.filter(|row| !wanted.holds(*row));
        let same = |w: &Window| w.start == current.start && w.end == current.end.min(self.count);
        let focus_same = wanted.focused == current.focused.filter(|row| !current.holds(*row));
        (!(same(&wanted) && focus_same)).then_some(wanted)
    }
}

impl<Message> Widget<Message, Theme, Renderer> for Rows<'_, Message> {
    fn tag(&self) -> tree::Tag {
        tree::Tag::of::<Memory>()
    }

    fn state(&self) -> tree::State {
        tree::State::new(Memory {
            built: self.keys.clone(),
            window: Some(self.window),
            ..Memory::default()
        })
    }

    fn children(&self) -> Vec<Tree> {
        self.children.iter().map(Tree::new).collect()
    }

    /// Each row keeps its tree (a field's cursor, a control's focus) as long as it stays built,
    /// whichever rows come or go around it: found by its key.
    fn diff(&self, tree: &mut Tree) {
        let memory = tree.state.downcast_mut::<Memory>();
        let old_rows = std::mem::take(&mut memory.built);
        if memory.window != Some(self.window) {
            memory.window = Some(self.window);
            memory.asked = None;
        }
        memory.built = self.keys.clone();
        let mut old: Vec<Option<Tree>> = std::mem::take(&mut tree.children).into_iter().map(Some).collect();
        tree.children = self
            .keys
            .iter()
            .zip(&self.children)
            .map(|(key, child)| {
                match old_rows
                    .iter()
                    .position(|k| k == key)
                    .and_then(|at| old.get_mut(at)?.take())
                {
                    Some(mut kept) => {
                        kept.diff(child.as_widget());
                        kept
                    }
                    None => Tree::new(child.as_widget()),
                }
            })
            .collect();
    }

    fn size(&self) -> Size<Length> {
        Size::new(Length::Fill, Length::Shrink)
    }

    fn layout(&mut self, tree: &mut Tree, renderer: &Renderer, limits: &layout::Limits) -> layout::Node {
        let width = limits.width(Length::Fill).max().width;
        let row_limits = layout::Limits::new(Size::new(width, 0.0), Size::new(width, f32::INFINITY));
        let mut nodes: Vec<layout::Node> = self
            .children
            .iter_mut()
            .zip(&mut tree.children)
            .map(|(child, state)| child.as_widget_mut().layout(state, renderer, &row_limits))
            .collect();
        // A row's place: its height and the space after it, in whole pixels: every row then
        // sits at the same fraction of a pixel, its words are the same glyph images as the other
        // rows' (the renderer keeps a glyph per fraction of a pixel it falls on), and scrolling
        // to rows not yet seen draws glyphs already made instead of making them again.
        let heights: Vec<f32> = nodes.iter().map(|n| n.size().height + self.spacing).collect();
        let memory = tree.state.downcast_mut::<Memory>();
        if let Some(pitch) = usual(&heights) {
            memory.pitch = pitch.ceil();
        }
        let pitch = memory.pitch;
        memory.tall = self
            .indices
            .iter()
            .zip(&heights)
            .filter(|(_, h)| **h > pitch + 0.5)
            .map(|(row, h)| (*row, (h - pitch).ceil()))
            .collect();
        for (row, node) in self.indices.iter().zip(&mut nodes) {
            node.move_to_mut(iced::Point::new(0.0, memory.top(*row)));
        }
        let height = (memory.top(self.count) - self.spacing).max(0.0);
        layout::Node::with_children(Size::new(width, height), nodes)
    }

    fn operate(&mut self, tree: &mut Tree, layout: Layout<'_>, renderer: &Renderer, operation: &mut dyn Operation) {
        operation.container(None, layout.bounds());
        operation.traverse(&mut |operation| {
            for ((child, state), layout) in self.children.iter_mut().zip(&mut tree.children).zip(layout.children()) {
                child.as_widget_mut().operate(state, layout, renderer, operation);
            }
        });
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
        for ((child, state), layout) in self.children.iter_mut().zip(&mut tree.children).zip(layout.children()) {
            child
                .as_widget_mut()
                .update(state, event, layout, cursor, renderer, clipboard, shell, viewport);
        }
        // Once a frame, before it is drawn: where the view is now, where the focus is.
        if let Event::Window(window::Event::RedrawRequested(_)) = event {
            let focused = self.focused(tree, layout, renderer);
            let memory = tree.state.downcast_ref::<Memory>();
            if let Some(wanted) = self.wanted(memory, layout.bounds(), *viewport, focused)
                && memory.asked != Some(wanted)
            {
                tree.state.downcast_mut::<Memory>().asked = Some(wanted);
                shell.publish((self.on_window)(wanted));
            }
        }
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
        for ((child, state), layout) in self
            .children
            .iter()
            .zip(&tree.children)
            .zip(layout.children())
            .filter(|(_, layout)| layout.bounds().intersects(viewport))
        {
            child
                .as_widget()
                .draw(state, renderer, theme, style, layout, cursor, viewport);
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
        self.children
            .iter()
            .zip(&tree.children)
            .zip(layout.children())
            .map(|((child, state), layout)| {
                child
                    .as_widget()
                    .mouse_interaction(state, layout, cursor, viewport, renderer)
            })
            .max()
            .unwrap_or_default()
    }

    fn overlay<'b>(
        &'b mut self,
        tree: &'b mut Tree,
        layout: Layout<'b>,
        renderer: &Renderer,
        viewport: &Rectangle,
        translation: Vector,
    ) -> Option<overlay::Element<'b, Message, Theme, Renderer>> {
        overlay::from_children(&mut self.children, tree, layout, renderer, viewport, translation)
    }
}

impl<'a, Message: 'a> From<Rows<'a, Message>> for Element<'a, Message> {
    fn from(widget: Rows<'a, Message>) -> Self {
        Element::new(widget)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn memory(pitch: f32, tall: Vec<(usize, f32)>) -> Memory {
        Memory {
            pitch,
            tall,
            ..Memory::default()
        }
    }

    #[test]
    fn rows_sit_at_a_pitch_and_a_taller_one_pushes_the_next_down() {
        let m = memory(100.0, vec![(3, 40.0)]);
        assert_eq!(m.top(0), 0.0);
        assert_eq!(m.top(3), 300.0);
        assert_eq!(m.top(4), 440.0);
        assert_eq!(m.top(200), 20_040.0, "the list as high as all its rows");
        for (y, row) in [
            (0.0, 0),
            (99.0, 0),
            (100.0, 1),
            (339.0, 3),
            (439.0, 3),
            (440.0, 4),
            (30_000.0, 199),
        ] {
            assert_eq!(m.row_at(y, 200), row, "at {y}");
        }
    }

    #[test]
    fn the_usual_height_is_the_most_common_one() {
        assert_eq!(usual(&[94.0, 94.0, 120.5, 94.0, 60.0]), Some(94.0));
        assert_eq!(usual(&[]), None);
    }

    #[test]
    fn the_rows_built_are_the_windows_and_the_focused_one_in_order() {
        let window = Window {
            start: 40,
            end: 60,
            focused: Some(3),
        };
        let rows = window.rows(200, Some(150));
        assert_eq!(rows.len(), 22);
        assert_eq!((rows[0], rows[1], rows[21]), (3, 40, 150));
        assert!(rows.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(window.rows(45, None).last(), Some(&44), "never beyond the list");
    }

    fn list(count: usize, window: Window) -> Rows<'static, Window> {
        keyed(
            count,
            window,
            None,
            |i| (i as u64, iced::widget::Space::new().into()),
            |w| w,
        )
    }

    #[test]
    fn the_list_asks_for_rows_a_screen_ahead_only_near_the_edge_of_those_built() {
        let m = memory(100.0, Vec::new());
        let bounds = Rectangle::new(iced::Point::new(0.0, 500.0), Size::new(1000.0, 20_000.0));
        // The view 800 high, showing rows 10 to 17 of the list.
        let view = |top: f32| Rectangle::new(iced::Point::new(0.0, 500.0 + top), Size::new(1000.0, 800.0));
        let window = Window {
            start: 2,
            end: 26,
            focused: None,
        };
        assert_eq!(
            list(200, window).wanted(&m, bounds, view(1000.0), None),
            None,
            "rows enough"
        );
        let wanted = list(200, window)
            .wanted(&m, bounds, view(1500.0), None)
            .expect("near the end");
        assert_eq!((wanted.start, wanted.end), (7, 31));
        let wanted = list(200, window)
            .wanted(&m, bounds, view(300.0), None)
            .expect("near the start");
        assert_eq!((wanted.start, wanted.end), (0, 19));
        // Far from the list (the export fields in view): nothing to build.
        let below = Rectangle::new(iced::Point::new(0.0, 21_000.0), Size::new(1000.0, 800.0));
        assert_eq!(list(200, window).wanted(&m, bounds, below, None), None);
        // The focus on a row out of the window: kept built; gone from it: let go.
        let wanted = list(200, window)
            .wanted(&m, bounds, view(1000.0), Some(120))
            .expect("the focus");
        assert_eq!((wanted.start, wanted.end, wanted.focused), (2, 26, Some(120)));
        let held = Window {
            focused: Some(120),
            ..window
        };
        assert_eq!(list(200, held).wanted(&m, bounds, view(1000.0), Some(120)), None);
        assert_eq!(
            list(200, held)
                .wanted(&m, bounds, view(1000.0), Some(5))
                .map(|w| w.focused),
            Some(None)
        );
    }
}
