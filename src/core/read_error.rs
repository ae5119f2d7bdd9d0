//! Why a JSON file the app reads (a declaration, an agreement) is refused: a translatable message
//! and, when known, the line and column. Its own module so that what reads files (the declaration
//! format, the agreement store) shares it without depending on each other.

use super::i18n::{Localizer, Message};

/// Why a file (a declaration, an agreement) is not one this version can read. Each error is a translatable message;
/// `describe` gives it in the user's language, `Display` in English (for logs and tests).
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[error("{}", self.describe(super::i18n::localizer(super::i18n::Language::En)))]
pub struct ReadError {
    /// Line and column (1-based) where the problem is, when known.
    pub position: Option<(usize, usize)>,
    pub message: Message,
}

impl ReadError {
    pub(crate) fn at(position: Option<(usize, usize)>, message: Message) -> Self {
        ReadError { position, message }
    }

    pub(crate) fn from_json(error: &serde_json::Error) -> Self {
        let detail = error.to_string();
        // serde_json appends " at line L column C"; the position is given separately.
        let detail = detail.split(" at line ").next().unwrap_or(&detail).to_owned();
        let message = match error.classify() {
            serde_json::error::Category::Syntax => Message::new("read-syntax").arg("detail", detail),
            serde_json::error::Category::Eof => Message::new("read-truncated"),
            serde_json::error::Category::Data | serde_json::error::Category::Io => data_error_message(&detail),
        };
        let position = (error.line() > 0).then(|| (error.line(), error.column()));
        ReadError::at(position, message)
    }

    /// The message with its position, as the CLI and the app show it.
    pub fn describe(&self, localizer: &Localizer) -> String {
        let text = localizer.message(&self.message);
        match self.position {
            Some((line, column)) => localizer.tr_args(
                "read-at-position",
                &[
                    ("line", line.into()),
                    ("column", column.into()),
                    ("detail", text.into()),
                ],
            ),
            None => text,
        }
    }
}

/// The text between the first pair of backticks in a serde message (`` unknown field `x` ``).
fn quoted(detail: &str) -> String {
    detail.split('`').nth(1).unwrap_or_default().to_owned()
}

/// Turns serde's English data errors into translatable messages; anything unforeseen keeps serde's
/// wording as its detail.
fn data_error_message(detail: &str) -> Message {
    let expected = detail.split(", expected ").nth(1).unwrap_or_default().to_owned();
    if detail.starts_with("unknown field") {
        Message::new("read-unknown-key")
            .arg("key", quoted(detail))
            .arg("expected", expected)
    } else if detail.starts_with("missing field") {
        Message::new("read-missing-key").arg("key", quoted(detail))
    } else if detail.starts_with("unknown variant") {
        Message::new("read-unknown-value")
            .arg("value", quoted(detail))
            .arg("expected", expected)
    } else if detail.starts_with("invalid time") {
        Message::new("read-bad-time").arg("value", detail.split('"').nth(1).unwrap_or_default().to_owned())
    } else if detail.starts_with("input contains invalid characters") || detail.starts_with("premature end") {
        Message::new("read-bad-date").arg("detail", detail.to_owned())
    } else if detail.starts_with("invalid type") {
        Message::new("read-wrong-type")
            .arg("detail", detail.to_owned())
            .arg("expected", expected)
    } else {
        Message::new("read-invalid").arg("detail", detail.to_owned())
    }
}
