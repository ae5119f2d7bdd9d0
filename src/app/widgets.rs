//! The window's frame (top bar, steps, findings beside the work, notices) and small shared pieces.

use super::focus::focusable;
use super::{App, Message, NoticeKind, Screen, findings};
use crate::core::i18n::Language;
use crate::core::settings::ThemeChoice;
use iced::widget::{button, column, container, pick_list, row, rule, text};
use iced::{Alignment, Element, Font, Length, Theme, font};

/// Text in the bold face of the embedded font.
pub fn bold<'a>(content: impl text::IntoFragment<'a>) -> text::Text<'a> {
    text(content).font(Font {
        weight: font::Weight::Bold,
        ..super::FONT
    })
}

pub fn heading<'a>(content: impl text::IntoFragment<'a>) -> text::Text<'a> {
    bold(content).size(24)
}

/// A label above an input, always visible (there is no screen reader support to lean on).
pub fn labelled<'a, M: 'a>(label: String, input: impl Into<Element<'a, M>>) -> Element<'a, M> {
    column![text(label).size(14), input.into()].spacing(4).into()
}

/// A hint or error line under an input.
pub fn hint<'a, M: 'a>(content: String, is_error: bool) -> Element<'a, M> {
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
pub struct Labelled<T> {
    pub value: T,
    pub label: String,
}

impl<T> std::fmt::Display for Labelled<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.label)
    }
}

/// A pick list the keyboard can use: Tab reaches it, Enter, Space and the arrows move to the
/// next or previous option (iced's menus have no keyboard support). It also repaints as a whole
/// when its value changes: see [`repaint_on_change`].
pub fn keyboard_pick_list<'a, T, M>(
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
    let list = repaint_on_change(list, label);
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
pub fn repaint_on_change<'a, M: 'a>(content: impl Into<Element<'a, M>>, label: &str) -> Element<'a, M> {
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

pub fn frame(app: &App) -> Element<'_, Message> {
    let body: Element<'_, Message> = match app.screen {
        Screen::Start => super::start::view(app),
        Screen::Doctor => with_findings(app, super::doctor::view(app).map(Message::Doctor)),
        Screen::Choice => with_findings(app, super::choice::view(app).map(Message::Choice)),
        Screen::Schedule => with_findings(app, super::schedule::view(app).map(Message::Schedule)),
        Screen::Review => with_findings(app, super::review::view(app)),
        Screen::Overview => super::overview::view(app),
    };
    super::focus::focus_scope(column![
        top_bar(app),
        rule::horizontal(1),
        container(body).padding(16).height(Length::Fill),
        bottom_bar(app)
    ])
    .into()
}

fn with_findings<'a>(app: &'a App, main: Element<'a, Message>) -> Element<'a, Message> {
    row![
        container(main).width(Length::FillPortion(3)),
        rule::vertical(1),
        container(findings::view(app))
            .width(Length::FillPortion(1))
            .max_width(380)
    ]
    .spacing(16)
    .into()
}

fn top_bar(app: &App) -> Element<'_, Message> {
    let steps = Screen::STEPS.iter().enumerate().map(|(n, &screen)| {
        let label = format!("{}. {}", n + 1, app.tr(screen.key()));
        let style = if app.screen == screen {
            button::primary
        } else {
            button::text
        };
        focusable(
            button(text(label).size(15))
                .style(style)
                .padding([6, 10])
                .on_press(Message::GoTo(screen)),
        )
        .into()
    });
    let languages = Language::offered().iter().map(|&language| {
        let style = if app.language == language {
            button::primary
        } else {
            super::style::quiet_button
        };
        focusable(
            button(text(language.code().to_uppercase()).size(14))
                .style(style)
                .padding([4, 8])
                .on_press(Message::LanguageChanged(language)),
        )
        .into()
    });
    let themes: Vec<super::widgets::Labelled<ThemeChoice>> = [
        ThemeChoice::System,
        ThemeChoice::Light,
        ThemeChoice::Dark,
        ThemeChoice::HighContrast,
    ]
    .into_iter()
    .map(|value| Labelled {
        value,
        label: app.tr(theme_key(value)),
    })
    .collect();
    let current_theme = themes.iter().find(|t| t.value == app.settings.theme).cloned();
    let zoom = row![
        focusable(
            button(text("−").size(16))
                .padding([2, 10])
                .style(super::style::quiet_button)
                .on_press(Message::ZoomOut)
        ),
        text(format!("{} %", (app.settings.zoom * 100.0).round())).size(13),
        focusable(
            button(text("+").size(16))
                .padding([2, 10])
                .style(super::style::quiet_button)
                .on_press(Message::ZoomIn)
        ),
    ]
    .spacing(6)
    .align_y(Alignment::Center);
    let controls = row![
        row(languages).spacing(4),
        keyboard_pick_list(
            pick_list(themes.clone(), current_theme.clone(), |t| Message::ThemeChanged(
                t.value
            ))
            .text_size(13)
            .padding([4, 8]),
            &themes,
            current_theme.as_ref(),
            |t| Message::ThemeChanged(t.value)
        ),
        zoom,
    ]
    .spacing(12)
    .align_y(Alignment::Center);
    // In a small window the controls wrap under the steps instead of being cut off.
    let bar = row![bold(app.tr("gui-title")).size(20), row(steps).spacing(4), controls]
        .spacing(16)
        .align_y(Alignment::Center)
        .wrap()
        .vertical_spacing(6);
    container(bar).padding([8, 16]).into()
}

fn theme_key(theme: ThemeChoice) -> &'static str {
    match theme {
        ThemeChoice::System => "gui-theme-system",
        ThemeChoice::Light => "gui-theme-light",
        ThemeChoice::Dark => "gui-theme-dark",
        ThemeChoice::HighContrast => "gui-theme-high-contrast",
    }
}

fn bottom_bar(app: &App) -> Element<'_, Message> {
    // A notice takes the place of the autosave reminder, so a long message wraps instead of
    // pushing undo and redo out of the window.
    let message: Element<'_, Message> = match &app.notice {
        Some(notice) => {
            let is_error = notice.kind == NoticeKind::Error;
            row![
                container(hint(notice.text.clone(), is_error)).width(Length::Fill),
                focusable(
                    button(text(app.tr("gui-dismiss")).size(13))
                        .style(button::text)
                        .on_press(Message::DismissNotice)
                )
            ]
            .spacing(8)
            .align_y(Alignment::Center)
            .width(Length::Fill)
            .into()
        }
        None => container(hint(app.tr("gui-autosave-note"), false))
            .align_right(Length::Fill)
            .into(),
    };
    let undo = row![
        focusable(
            button(text(app.tr("gui-undo")).size(13))
                .style(super::style::quiet_button)
                .on_press_maybe(app.session.can_undo().then_some(Message::Undo))
        ),
        focusable(
            button(text(app.tr("gui-redo")).size(13))
                .style(super::style::quiet_button)
                .on_press_maybe(app.session.can_redo().then_some(Message::Redo))
        ),
    ]
    .spacing(6);
    container(row![message, undo].spacing(12).align_y(Alignment::Center))
        .padding([6, 16])
        .into()
}
