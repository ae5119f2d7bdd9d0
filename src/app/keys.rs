//! Keyboard shortcuts as a pure function of the key and modifiers, so they can be tested without a
//! window (subscriptions do not run in the test simulator).

use iced::keyboard::{Key, Modifiers, key::Named};

/// What a key press asks the app to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Shortcut {
    FocusNext,
    FocusPrevious,
    Save,
    Undo,
    Redo,
    ZoomIn,
    ZoomOut,
    ZoomReset,
    /// Escape: cancel the current edit or close the panel.
    Cancel,
    /// Delete the selected slot (only when no text field has the key).
    DeleteSelected,
    /// Ctrl+Page Down / Ctrl+Page Up: the next or previous step, as between tabs.
    NextStep,
    PreviousStep,
    /// Arrow keys: move or stretch the selected slot in the week.
    Nudge(Nudge),
}

/// How the arrow keys move the selected slot: a quarter hour up or down, a day left or right;
/// with Shift, Up and Down move only its end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Nudge {
    Earlier,
    Later,
    PreviousDay,
    NextDay,
    Shorter,
    Longer,
}

/// The shortcut for a key press that no widget used.
pub(crate) fn shortcut(key: &Key, modifiers: Modifiers) -> Option<Shortcut> {
    let command = modifiers.command();
    match key.as_ref() {
        Key::Named(Named::Tab) if modifiers.shift() => Some(Shortcut::FocusPrevious),
        Key::Named(Named::Tab) => Some(Shortcut::FocusNext),
        Key::Named(Named::Escape) => Some(Shortcut::Cancel),
        Key::Named(Named::Delete) if !command => Some(Shortcut::DeleteSelected),
        Key::Named(Named::PageDown) if command => Some(Shortcut::NextStep),
        Key::Named(Named::ArrowUp) if !command => Some(Shortcut::Nudge(if modifiers.shift() {
            Nudge::Shorter
        } else {
            Nudge::Earlier
        })),
        Key::Named(Named::ArrowDown) if !command => Some(Shortcut::Nudge(if modifiers.shift() {
            Nudge::Longer
        } else {
            Nudge::Later
        })),
        Key::Named(Named::ArrowLeft) if !command => Some(Shortcut::Nudge(Nudge::PreviousDay)),
        Key::Named(Named::ArrowRight) if !command => Some(Shortcut::Nudge(Nudge::NextDay)),
        Key::Named(Named::PageUp) if command => Some(Shortcut::PreviousStep),
        Key::Character(c) if command => character_shortcut(c, modifiers.shift()),
        _ => None,
    }
}

/// The zoom keys, which belong to the window whatever control has the focus.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Zoom {
    In,
    Out,
    Reset,
}

/// Ctrl with `+`, `=`, `-` or `0`: the zoom, whatever control has the focus (a text field would
/// otherwise type the character).
pub(crate) fn zoom(key: &Key, modifiers: Modifiers) -> Option<Zoom> {
    match shortcut(key, modifiers)? {
        Shortcut::ZoomIn => Some(Zoom::In),
        Shortcut::ZoomOut => Some(Zoom::Out),
        Shortcut::ZoomReset => Some(Zoom::Reset),
        Shortcut::FocusNext
        | Shortcut::FocusPrevious
        | Shortcut::Save
        | Shortcut::Undo
        | Shortcut::Redo
        | Shortcut::Cancel
        | Shortcut::DeleteSelected
        | Shortcut::NextStep
        | Shortcut::PreviousStep
        | Shortcut::Nudge(_) => None,
    }
}

fn character_shortcut(c: &str, shift: bool) -> Option<Shortcut> {
    match c.to_lowercase().as_str() {
        "s" => Some(Shortcut::Save),
        "z" if shift => Some(Shortcut::Redo),
        "z" => Some(Shortcut::Undo),
        "y" => Some(Shortcut::Redo),
        // `+` is Shift+`=` on QWERTY and a key of its own on AZERTY; both zoom in.
        "+" | "=" => Some(Shortcut::ZoomIn),
        "-" => Some(Shortcut::ZoomOut),
        "0" => Some(Shortcut::ZoomReset),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ch(c: &str) -> Key {
        Key::Character(c.into())
    }

    #[test]
    fn tab_moves_focus_both_ways() {
        assert_eq!(
            shortcut(&Key::Named(Named::Tab), Modifiers::empty()),
            Some(Shortcut::FocusNext)
        );
        assert_eq!(
            shortcut(&Key::Named(Named::Tab), Modifiers::SHIFT),
            Some(Shortcut::FocusPrevious)
        );
    }

    #[test]
    fn control_keys_save_undo_redo_and_zoom() {
        assert_eq!(shortcut(&ch("s"), Modifiers::CTRL), Some(Shortcut::Save));
        assert_eq!(shortcut(&ch("z"), Modifiers::CTRL), Some(Shortcut::Undo));
        assert_eq!(shortcut(&ch("y"), Modifiers::CTRL), Some(Shortcut::Redo));
        assert_eq!(
            shortcut(&ch("Z"), Modifiers::CTRL | Modifiers::SHIFT),
            Some(Shortcut::Redo)
        );
        assert_eq!(shortcut(&ch("+"), Modifiers::CTRL), Some(Shortcut::ZoomIn));
        assert_eq!(shortcut(&ch("="), Modifiers::CTRL), Some(Shortcut::ZoomIn));
        assert_eq!(shortcut(&ch("-"), Modifiers::CTRL), Some(Shortcut::ZoomOut));
        assert_eq!(shortcut(&ch("0"), Modifiers::CTRL), Some(Shortcut::ZoomReset));
    }

    #[test]
    fn plain_letters_are_never_shortcuts() {
        for c in ["s", "z", "é", "è", "ç", "+"] {
            assert_eq!(shortcut(&ch(c), Modifiers::empty()), None, "{c}");
        }
    }

    #[test]
    fn control_page_keys_move_between_steps() {
        assert_eq!(
            shortcut(&Key::Named(Named::PageDown), Modifiers::CTRL),
            Some(Shortcut::NextStep)
        );
        assert_eq!(
            shortcut(&Key::Named(Named::PageUp), Modifiers::CTRL),
            Some(Shortcut::PreviousStep)
        );
        assert_eq!(shortcut(&Key::Named(Named::PageDown), Modifiers::empty()), None);
    }

    #[test]
    fn arrows_move_the_slot_and_shift_stretches_it() {
        let arrow = |named| Key::Named(named);
        assert_eq!(
            shortcut(&arrow(Named::ArrowUp), Modifiers::empty()),
            Some(Shortcut::Nudge(Nudge::Earlier))
        );
        assert_eq!(
            shortcut(&arrow(Named::ArrowDown), Modifiers::empty()),
            Some(Shortcut::Nudge(Nudge::Later))
        );
        assert_eq!(
            shortcut(&arrow(Named::ArrowUp), Modifiers::SHIFT),
            Some(Shortcut::Nudge(Nudge::Shorter))
        );
        assert_eq!(
            shortcut(&arrow(Named::ArrowDown), Modifiers::SHIFT),
            Some(Shortcut::Nudge(Nudge::Longer))
        );
        assert_eq!(
            shortcut(&arrow(Named::ArrowLeft), Modifiers::empty()),
            Some(Shortcut::Nudge(Nudge::PreviousDay))
        );
        assert_eq!(
            shortcut(&arrow(Named::ArrowRight), Modifiers::empty()),
            Some(Shortcut::Nudge(Nudge::NextDay))
        );
        assert_eq!(shortcut(&arrow(Named::ArrowRight), Modifiers::CTRL), None);
    }

    #[test]
    fn only_the_zoom_keys_belong_to_the_window_over_a_focused_field() {
        let ctrl = Modifiers::CTRL;
        assert_eq!(zoom(&Key::Character("+".into()), ctrl), Some(Zoom::In));
        assert_eq!(zoom(&Key::Character("-".into()), ctrl), Some(Zoom::Out));
        assert_eq!(zoom(&Key::Character("0".into()), ctrl), Some(Zoom::Reset));
        assert_eq!(zoom(&Key::Character("z".into()), ctrl), None, "undo stays the app's");
        assert_eq!(
            zoom(&Key::Character("+".into()), Modifiers::empty()),
            None,
            "a typed plus"
        );
    }

    #[test]
    fn escape_cancels() {
        assert_eq!(
            shortcut(&Key::Named(Named::Escape), Modifiers::empty()),
            Some(Shortcut::Cancel)
        );
    }
}
