//! Choice: full adherence, partial adherence or refusal, each in plain words with what it means for
//! fees, for patients and for the statut social.

use super::widgets::{bold, heading, hint};
use super::{App, Message, Screen};
use crate::core::model::Choice;
use crate::core::wording::euros;
use iced::widget::{button, column, container, scrollable, text};
use iced::{Element, Length};

pub fn view(app: &App) -> Element<'_, Message> {
    let cards = Choice::ALL.iter().map(|&choice| card(app, choice));
    let next = if app.declaration().choice == Choice::Partial {
        Screen::Schedule
    } else {
        Screen::Review
    };
    let content = column![
        heading(app.tr("gui-choice-title")),
        hint(app.tr("gui-choice-intro"), false),
        column(cards).spacing(12),
        button(text(app.tr("gui-next")).size(15))
            .padding([8, 16])
            .style(button::primary)
            .on_press(Message::GoTo(next)),
    ]
    .spacing(16)
    .max_width(820);
    scrollable(content.padding([0, 12])).into()
}

fn card(app: &App, choice: Choice) -> iced::Element<'_, Message> {
    let chosen = app.declaration().choice == choice;
    let statut = &app.agreement().statut_social;
    let amount = match choice {
        Choice::Full => statut.full.cents,
        Choice::Partial => statut.partial.cents,
        Choice::Refusal => Some(0),
    };
    let statut_line = match amount {
        _ if choice == Choice::Refusal => app.tr("gui-choice-statut-none"),
        Some(cents) => app.tr_args(
            "gui-choice-statut",
            &[("amount", euros(cents).into()), ("year", i64::from(statut.year).into())],
        ),
        None => app.tr("gui-choice-statut-unknown"),
    };
    let key = choice.key();
    let body = column![
        bold(app.tr(&format!("choice-{key}"))).size(18),
        text(app.tr(&format!("gui-choice-{key}-fees"))).size(14),
        text(app.tr(&format!("gui-choice-{key}-patients"))).size(14),
        text(statut_line).size(14),
    ]
    .spacing(6);
    let style = if chosen {
        button::primary
    } else {
        super::style::quiet_button
    };
    button(container(body).width(Length::Fill))
        .padding(14)
        .style(style)
        .on_press(Message::ChoiceChanged(choice))
        .into()
}
