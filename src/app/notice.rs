//! The one-line message at the bottom of the window: what the app says to the user.

/// A message shown in the bar at the bottom until dismissed or replaced.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub kind: NoticeKind,
    pub text: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeKind {
    Info,
    Error,
}
