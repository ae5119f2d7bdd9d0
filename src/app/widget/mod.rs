//! The window's own widgets and looks: focus for every control ([`focus`]), the week grid
//! ([`grid`]), long lists built only near the view ([`rows`]), list rows not laid out far from it
//! ([`distant`]), steady renderer layers ([`steady`]), one-piece scrolling ([`scrolled`]) and pick
//! lists clipped to their view ([`clipped`]), all
//! single-child wrappers being one [`wrap::Wrap`] with what each adds; colours and themes ([`style`]), the embedded font, and the small pieces the
//! screens share (bold and heading text, labelled fields, hints, keyboard pick lists). Knows no
//! screen and no `App`, so every screen may use it.

pub mod clipped;
pub mod distant;
pub mod focus;
pub mod grid;
pub mod rows;
pub mod scrolled;
pub mod steady;
pub mod style;
pub mod wrap;

use focus::focusable;
use iced::widget::{column, container, pick_list, text};
use iced::{Element, Font, Theme, font};

/// The embedded UI font, so the app looks the same on a bare machine.
pub const FONT_REGULAR: &[u8] = include_bytes!("../../../assets/fonts/OpenSans-Regular.ttf");
pub const FONT_BOLD: &[u8] = include_bytes!("../../../assets/fonts/OpenSans-Bold.ttf");
pub const FONT: Font = Font::with_name("Open Sans");

/// Text in the bold face of the embedded font.
pub(crate) fn bold<'a>(content: impl text::IntoFragment<'a>) -> text::Text<'a> {
    text(content).font(Font {
        weight: font::Weight::Bold,
        ..FONT
    })
}

pub(crate) fn heading<'a>(content: impl text::IntoFragment<'a>) -> text::Text<'a> {
    bold(content).size(24)
}

/// Zero width no-break space (a word joiner, Unicode class WJ): in the embedded font, unlike U+2060.
const JOINER: char = '\u{feff}';

/// A text as a narrow panel shows it: a time range ("17:00–19:00") and a duration ("3 h 00")
/// never broken across two lines. A joiner follows an en dash between digits; the spaces of a
/// duration are no-break spaces. Only for the window: the command line and the files keep the
/// core's words as they are.
pub fn unbroken(content: &str) -> String {
    let chars: Vec<char> = content.chars().collect();
    let digit = |i: usize| chars.get(i).is_some_and(char::is_ascii_digit);
    let mut out = String::with_capacity(content.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '–' if i > 0 && digit(i - 1) && digit(i + 1) => {
                out.push(c);
                out.push(JOINER);
            }
            // "3 h 00": the space before the h (a digit before it) and the one after it.
            ' ' if (i > 0
                && digit(i - 1)
                && chars.get(i + 1) == Some(&'h')
                && chars.get(i + 2) == Some(&' ')
                && digit(i + 3))
                || (i > 1 && chars[i - 1] == 'h' && chars[i - 2] == ' ' && i > 2 && digit(i - 3) && digit(i + 1)) =>
            {
                out.push('\u{a0}');
            }
            _ => out.push(c),
        }
    }
    out
}

/// A label above an input, always visible (there is no screen reader support to lean on).
pub(crate) fn labelled<'a, M: 'a>(label: String, input: impl Into<Element<'a, M>>) -> Element<'a, M> {
    column![text(label).size(14), input.into()].spacing(4).into()
}

/// A hint or error line under an input.
pub(crate) fn hint<'a, M: 'a>(content: String, is_error: bool) -> Element<'a, M> {
    text(content)
        .size(13)
        .style(move |theme: &Theme| {
            let palette = theme.extended_palette();
            text::Style {
                color: Some(if is_error {
                    palette.danger.base.color
                } else {
                    palette.background.strong.text
                }),
            }
        })
        .into()
}

/// A themed option for pick lists: the value and its translated label.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Labelled<T> {
    pub value: T,
    pub label: String,
}

impl<T> Labelled<T> {
    /// Each of `values` with its label.
    pub(crate) fn each(values: impl IntoIterator<Item = T>, label: impl Fn(&T) -> String) -> Vec<Self> {
        values
            .into_iter()
            .map(|value| Labelled {
                label: label(&value),
                value,
            })
            .collect()
    }
}

impl<T> std::fmt::Display for Labelled<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.label)
    }
}

/// iced's pick list of labelled options.
pub(crate) type LabelledPickList<'a, T, M> = iced::widget::PickList<'a, Labelled<T>, Vec<Labelled<T>>, Labelled<T>, M>;

/// A [`keyboard_pick_list`] of `options` showing the one whose value is `selected` (none when no
/// option has it) and sending `on_select` with the value picked, by the mouse or the keyboard;
/// `look` sets its padding, text size, width or placeholder.
pub(crate) fn labelled_pick_list<'a, T, M>(
    options: Vec<Labelled<T>>,
    selected: &T,
    on_select: impl Fn(T) -> M + Clone + 'a,
    look: impl FnOnce(LabelledPickList<'a, T, M>) -> LabelledPickList<'a, T, M>,
) -> Element<'a, M>
where
    T: Clone + PartialEq + 'a,
    M: Clone + 'a,
{
    let current = options.iter().find(|o| o.value == *selected).cloned();
    let pick = on_select.clone();
    let list = look(pick_list(options.clone(), current.clone(), move |o: Labelled<T>| {
        pick(o.value)
    }));
    keyboard_pick_list(list, &options, current.as_ref(), |o| on_select(o.value))
}

/// A pick list the keyboard can use: Tab reaches it, Enter, Space and the arrows move to the
/// next or previous option (iced's menus have no keyboard support). It also repaints as a whole
/// when its value changes: see [`repaint_on_change`].
pub(crate) fn keyboard_pick_list<'a, T, M>(
    list: impl Into<Element<'a, M>>,
    options: &[Labelled<T>],
    selected: Option<&Labelled<T>>,
    on_select: impl Fn(Labelled<T>) -> M,
) -> Element<'a, M>
where
    T: Clone + PartialEq + 'a,
    M: Clone + 'a,
{
    let label = selected.map_or("", |s| s.label.as_str());
    let list = repaint_on_change(clipped::clipped(list), label);
    let count = options.len();
    let position = selected.and_then(|s| options.iter().position(|o| o.value == s.value));
    let (previous, next) = match position {
        Some(i) => ((i + count - 1) % count.max(1), (i + 1) % count.max(1)),
        None => (count.saturating_sub(1), 0),
    };
    match (options.get(previous), options.get(next)) {
        (Some(previous), Some(next)) => {
            let next = on_select(next.clone());
            focusable(list)
                .on_activate(next.clone())
                .on_step(on_select(previous.clone()), next)
                .into()
        }
        _ => list,
    }
}

/// Works around a tiny-skia renderer bug in iced 0.14 (`iced_tiny_skia` 0.14.1): the damage
/// region of text drawn with `fill_text` and centred vertically (a pick list's selected label)
/// is placed at the text's anchor instead of around the text, so only its lower half is redrawn
/// and the old label's upper half stays under the new one ("doubled" day names). An invisible
/// background whose colour follows the label makes the whole box part of the damage whenever the
/// label changes. Upstream: iced-rs/iced pull request 3384 (open); see the closing note of issue 9.
pub(crate) fn repaint_on_change<'a, M: 'a>(content: impl Into<Element<'a, M>>, label: &str) -> Element<'a, M> {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    label.hash(&mut hasher);
    let [r, g, b, ..] = hasher.finish().to_le_bytes();
    let marker = iced::Color::from_rgba8(r, g, b, 0.0);
    container(content)
        .style(move |_: &Theme| container::Style {
            background: Some(marker.into()),
            ..container::Style::default()
        })
        .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_ranges_and_durations_are_kept_on_one_line() {
        assert_eq!(
            unbroken("Le mardi, les plages 14:00–18:00, 17:00–19:00 se chevauchent."),
            "Le mardi, les plages 14:00–\u{feff}18:00, 17:00–\u{feff}19:00 se chevauchent."
        );
        assert_eq!(
            unbroken("Temps déclaré par semaine : 40 h 30, dont 34 h 30"),
            "Temps déclaré par semaine : 40\u{a0}h\u{a0}30, dont 34\u{a0}h\u{a0}30"
        );
        // Words, a dash between words and a lone h stay as they are.
        for kept in ["Noël-Françoise – Ixelles", "le h de 8 h", "2026–", "–12", "ah h 3"] {
            assert_eq!(unbroken(kept), kept);
        }
    }
}
