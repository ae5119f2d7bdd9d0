//! The keyboard: shortcuts no widget used, and which messages take the times typed so far.

use super::screen::{Screen, overview, review, schedule};
use super::{App, Message, keys};
use iced::Task;
use iced::keyboard::{Key, Modifiers};
use iced::widget::operation;

impl App {
    /// A key no widget used. A mark waiting for its confirmation: Enter confirms, Escape cancels.
    pub(super) fn key_pressed(&mut self, key: Key, modifiers: Modifiers) -> Task<Message> {
        if self.screen == Screen::Overview && self.overview.asking() {
            use iced::keyboard::key::Named;
            match &key {
                Key::Named(Named::Enter) => {
                    return self.update(Message::Overview(overview::Message::ConfirmMarks));
                }
                Key::Named(Named::Escape) => {
                    return self.update(Message::Overview(overview::Message::CancelMarks));
                }
                _ => {}
            }
        }
        self.shortcut(&key, modifiers)
    }

    pub(super) fn shortcut(&mut self, key: &Key, modifiers: Modifiers) -> Task<Message> {
        self.perform(keys::shortcut(key, modifiers))
    }

    pub(super) fn perform(&mut self, shortcut: Option<keys::Shortcut>) -> Task<Message> {
        let Some(shortcut) = shortcut else {
            return Task::none();
        };
        let on_schedule = self.screen == Screen::Schedule;
        match shortcut {
            keys::Shortcut::FocusNext => operation::focus_next(),
            keys::Shortcut::FocusPrevious => operation::focus_previous(),
            keys::Shortcut::Save => self.update(Message::Review(review::Message::Save)),
            keys::Shortcut::Undo => self.update(Message::Undo),
            keys::Shortcut::Redo => self.update(Message::Redo),
            keys::Shortcut::ZoomIn => self.update(Message::ZoomIn),
            keys::Shortcut::ZoomOut => self.update(Message::ZoomOut),
            keys::Shortcut::ZoomReset => self.update(Message::ZoomReset),
            keys::Shortcut::Cancel => {
                self.schedule.clear_selection();
                self.notice = None;
                Task::none()
            }
            // Delete and the arrows act on the selected slot, which only the schedule shows.
            keys::Shortcut::DeleteSelected if on_schedule => self.update(Message::Schedule(schedule::Message::Delete)),
            keys::Shortcut::Nudge(nudge) if on_schedule => {
                self.update(Message::Schedule(schedule::Message::Nudge(nudge)))
            }
            keys::Shortcut::DeleteSelected | keys::Shortcut::Nudge(_) => Task::none(),
            keys::Shortcut::NextStep => self.update(Message::GoTo(self.screen.next())),
            keys::Shortcut::PreviousStep => self.update(Message::GoTo(self.screen.previous())),
        }
    }
}

impl Message {
    /// Whether a message is an action that leaves the time field being typed in (see
    /// [`schedule::Schedule::take_typed_times`]): not the typing itself, not what happens off the
    /// user's hands (the autosave, the system's theme, the window's size), not Escape, undo or redo.
    pub(super) fn takes_typed_times(&self) -> bool {
        use schedule::Message as S;
        match self {
            Message::Schedule(
                S::StartChanged(_)
                | S::EndChanged(_)
                | S::TimeLeft(_)
                | S::TimeSubmitted(_)
                | S::TimeConfirmed(_)
                | S::TimeRefused(_),
            ) => false,
            Message::AutosaveDue(_)
            | Message::Autosaved(_)
            | Message::SettingsWritten(_)
            | Message::SystemThemeChanged(_)
            | Message::WindowResized(_)
            | Message::WindowSettled(_)
            | Message::Booted(_)
            | Message::WindowOpened(..)
            | Message::DismissNotice => false,
            // Undo takes back what was taken, never a time only typed (redo then gives it back whole).
            Message::Undo | Message::Redo => false,
            Message::KeyPressed(key, modifiers) => !matches!(
                keys::shortcut(key, *modifiers),
                None | Some(keys::Shortcut::Cancel | keys::Shortcut::Undo | keys::Shortcut::Redo)
            ),
            _ => true,
        }
    }
}
