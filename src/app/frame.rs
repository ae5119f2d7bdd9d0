//! The window's frame: the top bar (steps, language, theme, zoom), the screen, the findings beside
//! the declaration's steps, and the notice bar. The routing of `view`: it knows every screen.

use super::widget::focus::focusable;
use super::widget::{Labelled, bold, hint, labelled_pick_list};
use super::{App, Message, NoticeKind, Screen, findings};
use crate::core::i18n::Language;
use crate::core::settings::ThemeChoice;
use iced::widget::{button, column, container, row, rule, text};
use iced::{Alignment, Element, Length};

pub(crate) fn view(app: &App) -> Element<'_, Message> {
    let body: Element<'_, Message> = match app.screen {
        Screen::Start => app.start.view(&app.context()).map(Message::Start),
        Screen::Doctor => with_findings(app, || app.doctor.view(&app.context()).map(Message::Doctor)),
        Screen::Choice => with_findings(app, || app.choice.view(&app.context()).map(Message::Choice)),
        Screen::Schedule => with_findings(app, || app.schedule.view(&app.context()).map(Message::Schedule)),
        Screen::Review => with_findings(app, || {
            app.review.view(&app.context(), &app.report()).map(Message::Review)
        }),
        Screen::Overview => app.overview.view(&app.context()).map(Message::Overview),
    };
    super::widget::focus::focus_scope(column![
        top_bar(app),
        rule::horizontal(1),
        container(body).padding(16).height(Length::Fill),
        bottom_bar(app)
    ])
    .on_command(zoom_keys)
    .page(app.screen as usize)
    .into()
}

/// Ctrl+plus, Ctrl+minus and Ctrl+0 zoom even while a text field has the focus.
fn zoom_keys(key: &iced::keyboard::Key, modifiers: iced::keyboard::Modifiers) -> Option<Message> {
    Some(match super::keys::zoom(key, modifiers)? {
        super::keys::Zoom::In => Message::ZoomIn,
        super::keys::Zoom::Out => Message::ZoomOut,
        super::keys::Zoom::Reset => Message::ZoomReset,
    })
}

/// Under this width (in the window's own pixels, after zoom) the check panel folds into a line
/// above the step, which it can be opened from: the step keeps the width it needs.
pub(crate) const FOLD_CHECK_WIDTH: f32 = 1100.0;

fn with_findings<'a>(app: &'a App, main: impl Fn() -> Element<'a, Message> + 'a) -> Element<'a, Message> {
    iced::widget::responsive(move |size| {
        let panel = || {
            container(findings::view(&app.context(), &app.report(), &app.doctor))
                .width(Length::FillPortion(1))
                .max_width(380)
        };
        // The body's padding is outside: the window's width is the body's plus 32.
        if size.width + 32.0 >= FOLD_CHECK_WIDTH {
            return row![
                container(main()).width(Length::FillPortion(3)),
                rule::vertical(1),
                panel()
            ]
            .spacing(16)
            .into();
        }
        let bar = findings::folded(&app.context(), &app.report(), &app.doctor, app.checks_open);
        let body: Element<'_, Message> = if app.checks_open {
            row![
                container(main()).width(Length::FillPortion(2)),
                rule::vertical(1),
                panel()
            ]
            .spacing(12)
            .into()
        } else {
            main()
        };
        column![bar, body].spacing(8).into()
    })
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
        focusable(
            button(text(language.code().to_uppercase()).size(14))
                .style(super::widget::style::option_button(app.language == language))
                .padding([4, 8])
                .on_press(Message::LanguageChanged(language)),
        )
        .into()
    });
    let themes = Labelled::each(
        [
            ThemeChoice::System,
            ThemeChoice::Light,
            ThemeChoice::Dark,
            ThemeChoice::HighContrast,
        ],
        |&theme| app.tr(theme_key(theme)),
    );
    let zoom = row![
        focusable(
            button(text("−").size(16))
                .padding([2, 10])
                .style(super::widget::style::quiet_button)
                .on_press(Message::ZoomOut)
        ),
        text(format!("{} %", (app.settings.zoom * 100.0).round())).size(13),
        focusable(
            button(text("+").size(16))
                .padding([2, 10])
                .style(super::widget::style::quiet_button)
                .on_press(Message::ZoomIn)
        ),
    ]
    .spacing(6)
    .align_y(Alignment::Center);
    let controls = row![
        row(languages).spacing(4),
        labelled_pick_list(themes, &app.settings.theme, Message::ThemeChanged, |list| {
            list.text_size(13).padding([4, 8])
        }),
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
    let shown = match &app.notice {
        Some(notice) => notice.text(app.localizer()),
        None => app.tr("gui-autosave-note"),
    };
    let message: Element<'_, Message> = match &app.notice {
        Some(notice) => {
            let is_error = notice.kind == NoticeKind::Error;
            row![
                container(hint(shown.clone(), is_error)).width(Length::Fill),
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
        None => container(hint(shown.clone(), false)).align_right(Length::Fill).into(),
    };
    // The whole message area is redrawn when its words change. Seen in the window (NL): the
    // notice an import leaves, drawn where the autosave reminder stood at the right, showed only
    // its end ("…t de hele import in één keer terug.") until a whole-window repaint.
    let message = super::widget::repaint_on_change(message, &shown);
    let undo = row![
        focusable(
            button(text(app.tr("gui-undo")).size(13))
                .style(super::widget::style::quiet_button)
                .on_press_maybe(app.session.can_undo().then_some(Message::Undo))
        )
        .enabled(app.session.can_undo()),
        focusable(
            button(text(app.tr("gui-redo")).size(13))
                .style(super::widget::style::quiet_button)
                .on_press_maybe(app.session.can_redo().then_some(Message::Redo))
        )
        .enabled(app.session.can_redo()),
    ]
    .spacing(6);
    container(row![message, undo].spacing(12).align_y(Alignment::Center))
        .padding([6, 16])
        .into()
}

impl App {
    pub fn view(&self) -> Element<'_, Message> {
        view(self)
    }
}
