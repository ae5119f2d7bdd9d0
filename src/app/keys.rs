//! Keyboard shortcuts as a pure function of the key and modifiers, so they can be tested without a
//! window (subscriptions do not run in the test simulator).

use iced::keyboard::{Key, Modifiers, key::Named};

/// What a key press asks the app to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shortcut {
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
pub fn shortcut(key: &Key, modifiers: Modifiers) -> Option<Shortcut> {
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

/// A zoom key (Ctrl with `+`, `=`, `-` or `0`) that a focused text field took for typing: the
/// field's new text is its old text with that one character inserted. Text fields insert the
/// character even with Ctrl held, and the key then never reaches the app's shortcuts.
pub fn zoom_typed(old: &str, new: &str) -> Option<Shortcut> {
    if new.chars().count() != old.chars().count() + 1 {
        return None;
    }
    let at = old
        .char_indices()
        .zip(new.chars())
        .find(|((_, a), b)| a != b)
        .map_or(old.len(), |((i, _), _)| i);
    let inserted = new[at..].chars().next()?;
    let rest = &new[at + inserted.len_utf8()..];
    if old[..at] != new[..at] || rest != &old[at..] {
        return None;
    }
    character_shortcut(inserted.encode_utf8(&mut [0; 4]), false)
        .filter(|s| matches!(s, Shortcut::ZoomIn | Shortcut::ZoomOut | Shortcut::ZoomReset))
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
    fn a_zoom_key_typed_into_a_field_is_recognised_wherever_it_lands() {
        assert_eq!(zoom_typed("Dr Anne", "Dr Anne+"), Some(Shortcut::ZoomIn));
        assert_eq!(zoom_typed("Dr Anne", "Dr +Anne"), Some(Shortcut::ZoomIn));
        assert_eq!(zoom_typed("Hélène", "Hélène-"), Some(Shortcut::ZoomOut));
        assert_eq!(zoom_typed("", "0"), Some(Shortcut::ZoomReset));
        assert_eq!(zoom_typed("08:3", "08:30"), Some(Shortcut::ZoomReset));
        assert_eq!(zoom_typed("Dr Anne", "Dr Annes"), None);
        assert_eq!(zoom_typed("Dr Anne", "Dr Anne++"), None, "a paste, not a key");
        assert_eq!(zoom_typed("Dr Anne+", "Dr Anne"), None);
    }

    #[test]
    fn escape_cancels() {
        assert_eq!(
            shortcut(&Key::Named(Named::Escape), Modifiers::empty()),
            Some(Shortcut::Cancel)
        );
    }
}
