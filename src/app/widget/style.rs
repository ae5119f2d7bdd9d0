//! Themes and the few colours that carry meaning (rates, severities), chosen to stay readable in
//! light, dark and high-contrast themes.

use crate::core::model::Rates;
use crate::core::settings::ThemeChoice;
use iced::theme::{Mode, Palette};
use iced::{Color, Theme, color};

/// The theme for the user's choice and the system's current mode.
pub(crate) fn theme(choice: ThemeChoice, system: Mode) -> Theme {
    match choice {
        ThemeChoice::Light => light(),
        ThemeChoice::Dark => dark(),
        ThemeChoice::HighContrast => high_contrast(),
        ThemeChoice::System if system == Mode::Dark => dark(),
        ThemeChoice::System => light(),
    }
}

fn light() -> Theme {
    Theme::custom(
        "Conventio",
        Palette {
            background: color!(0xf7f7f4),
            text: color!(0x1d2327),
            primary: color!(0x1f5f8b),
            success: color!(0x2e7d4f),
            warning: color!(0xb26a00),
            danger: color!(0xb3261e),
        },
    )
}

fn dark() -> Theme {
    Theme::custom(
        "Conventio (sombre)",
        Palette {
            background: color!(0x1b1f23),
            text: color!(0xe8e8e4),
            primary: color!(0x6fb1e0),
            success: color!(0x6cc48e),
            warning: color!(0xf0b45a),
            danger: color!(0xf08a80),
        },
    )
}

fn high_contrast() -> Theme {
    Theme::custom(
        "Conventio (contraste)",
        Palette {
            background: Color::BLACK,
            text: Color::WHITE,
            primary: color!(0xffff00),
            success: color!(0x00ff7f),
            warning: color!(0xffb000),
            danger: color!(0xff5050),
        },
    )
}

/// Fill of a slot in the week grid: agreement rates a calm blue, free fees a warm orange, strong
/// enough to tell apart at a glance in every theme (free slots are also hatched).
pub(crate) fn rate_fill(theme: &Theme, rates: Rates) -> Color {
    match (tone(theme), rates) {
        (Tone::Light, Rates::Agreement) => color!(0xcfe2f3),
        (Tone::Light, Rates::Free) => color!(0xf8d9b4),
        (Tone::Dark, Rates::Agreement) => color!(0x27486a),
        (Tone::Dark, Rates::Free) => color!(0x6e4318),
        (Tone::HighContrast, Rates::Agreement) => color!(0x003c9e),
        (Tone::HighContrast, Rates::Free) => color!(0xffb000),
    }
}

pub(crate) fn rate_text(theme: &Theme, rates: Rates) -> Color {
    match (tone(theme), rates) {
        (Tone::Light, _) => color!(0x1d2327),
        (Tone::Dark, _) => color!(0xf2f2ee),
        (Tone::HighContrast, Rates::Agreement) => Color::WHITE,
        (Tone::HighContrast, Rates::Free) => Color::BLACK,
    }
}

/// The hour and day lines of the week grid: quiet, but still visible on pure black.
pub(crate) fn grid_line(theme: &Theme) -> Color {
    match tone(theme) {
        Tone::HighContrast => Color { a: 0.5, ..Color::WHITE },
        _ => theme.extended_palette().background.strong.color,
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Tone {
    Light,
    Dark,
    HighContrast,
}

/// The high-contrast theme is the only one on pure black.
fn tone(theme: &Theme) -> Tone {
    if theme.palette().background == Color::BLACK {
        Tone::HighContrast
    } else if theme.extended_palette().is_dark {
        Tone::Dark
    } else {
        Tone::Light
    }
}

/// Site marks: a distinct stripe colour per site, in declared order.
pub(crate) fn site_colour(index: usize) -> Color {
    const COLOURS: [Color; 6] = [
        color!(0x4e79a7),
        color!(0x59a14f),
        color!(0xe15759),
        color!(0xb07aa1),
        color!(0x76b7b2),
        color!(0xedc948),
    ];
    COLOURS[index % COLOURS.len()]
}

/// The letter shown on a slot for its site (A, B, C…), so sites differ without colour too.
pub(crate) fn site_letter(index: usize) -> char {
    char::from(b'A' + (index % 26) as u8)
}

/// A quiet button for secondary actions: the background's tone with a visible border, so it reads
/// as a button in every theme without competing with the primary action.
pub(crate) fn quiet_button(theme: &Theme, status: iced::widget::button::Status) -> iced::widget::button::Style {
    use iced::widget::button::{Status, Style};
    let palette = theme.extended_palette();
    let background = match status {
        Status::Hovered | Status::Pressed => palette.background.strong.color,
        _ => palette.background.weak.color,
    };
    let text_color = if status == Status::Disabled {
        palette.background.strong.text.scale_alpha(0.5)
    } else {
        palette.background.base.text
    };
    Style {
        background: Some(background.into()),
        text_color,
        border: iced::Border {
            color: palette.background.strong.color,
            width: 1.0,
            radius: 4.0.into(),
        },
        ..Style::default()
    }
}

/// One of a few buttons offering options (a step's view, a choice, the rates, a language): the one
/// chosen now is a primary button, the others quiet ones.
pub(crate) fn option_button(chosen: bool) -> fn(&Theme, iced::widget::button::Status) -> iced::widget::button::Style {
    if chosen {
        iced::widget::button::primary
    } else {
        quiet_button
    }
}

/// A finding in the check panel: tinted with its severity's colour and outlined by it, with the
/// theme's ordinary text colour so long explanations stay easy to read.
pub(crate) fn finding_button(
    severity: crate::core::rules::Severity,
) -> impl Fn(&Theme, iced::widget::button::Status) -> iced::widget::button::Style {
    use iced::widget::button::{Status, Style};
    move |theme, status| {
        let palette = theme.extended_palette();
        let accent = match severity {
            crate::core::rules::Severity::Error => palette.danger.base.color,
            crate::core::rules::Severity::Warning => palette.warning.base.color,
        };
        let tint = match status {
            Status::Hovered | Status::Pressed => 0.28,
            _ => 0.14,
        };
        Style {
            background: Some(Color { a: tint, ..accent }.into()),
            text_color: palette.background.base.text,
            border: iced::Border {
                color: accent,
                width: 1.0,
                radius: 4.0.into(),
            },
            ..Style::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use iced::widget::button::{self, Status};

    #[test]
    fn the_chosen_option_is_a_primary_button_and_the_others_quiet_ones() {
        for choice in [ThemeChoice::Light, ThemeChoice::Dark, ThemeChoice::HighContrast] {
            let theme = theme(choice, Mode::Light);
            for status in [Status::Active, Status::Hovered, Status::Pressed] {
                assert_eq!(option_button(true)(&theme, status), button::primary(&theme, status));
                assert_eq!(option_button(false)(&theme, status), quiet_button(&theme, status));
            }
            assert_ne!(
                option_button(true)(&theme, Status::Active),
                option_button(false)(&theme, Status::Active),
                "{choice:?}: the chosen one stands out"
            );
        }
    }
}
