//! The one-line message at the bottom of the window: what the app says to the user.

use crate::core::i18n::{Localizer, Message};

/// A message shown in the bar at the bottom until dismissed or replaced. Kept as a message id with
/// its arguments and translated when drawn, so a language switch translates it too.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub kind: NoticeKind,
    pub message: Message,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeKind {
    Info,
    Error,
}

impl Notice {
    pub fn info(message: Message) -> Notice {
        Notice {
            kind: NoticeKind::Info,
            message,
        }
    }

    pub fn error(message: Message) -> Notice {
        Notice {
            kind: NoticeKind::Error,
            message,
        }
    }

    /// The text in `localizer`'s language.
    pub fn text(&self, localizer: &Localizer) -> String {
        localizer.message(&self.message)
    }
}
