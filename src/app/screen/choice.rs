//! Choice: full adherence, partial adherence or refusal, each in plain words with what it means for
//! fees, for patients and for the statut social.

use super::Context;
use crate::app::screen::Screen;
use crate::app::session::{self, Change};
use crate::app::widget::focus::focusable;
use crate::app::widget::{bold, heading, hint};
use crate::core::model::{Choice, Declaration};
use crate::core::wording::euros;
use iced::widget::{button, column, container, scrollable, text};
use iced::{Element, Length};

/// What the user does on the choice screen.
#[derive(Clone, Debug)]
pub enum Message {
    Chosen(Choice),
    /// On to the schedule (partial adherence) or straight to the review.
    Continue,
}

/// The choice to record in the declaration.
#[derive(Clone, Debug, PartialEq)]
pub struct Chosen(pub Choice);

impl Change for Chosen {
    fn apply(self, declaration: &mut Declaration) {
        declaration.choice = self.0;
    }
}

pub type Action = session::Action<Chosen>;

pub fn update(declaration: &Declaration, message: Message) -> Action {
    match message {
        Message::Chosen(choice) => Action::Edit(Chosen(choice)),
        // Full adherence and refusal need no schedule: the schedule stays reachable from the steps.
        Message::Continue if declaration.choice == Choice::Partial => Action::GoTo(Screen::Schedule),
        Message::Continue => Action::GoTo(Screen::Review),
    }
}

/// The id of a choice's card, where the focus lands on this step.
pub fn card_id(choice: Choice) -> iced::widget::Id {
    iced::widget::Id::from(format!("choice-{}", choice.key()))
}

pub fn view<'a>(ctx: &Context) -> Element<'a, Message> {
    let cards = Choice::ALL.iter().map(|&choice| card(ctx, choice));
    let content = column![
        heading(ctx.tr("gui-choice-title")),
        hint(ctx.tr("gui-choice-intro"), false),
        column(cards).spacing(12),
        focusable(
            button(text(ctx.tr("gui-next")).size(15))
                .padding([8, 16])
                .style(button::primary)
                .on_press(Message::Continue)
        ),
    ]
    .spacing(16)
    .max_width(820);
    scrollable(content.padding([0, 12])).into()
}

fn card<'a>(ctx: &Context, choice: Choice) -> iced::Element<'a, Message> {
    let chosen = ctx.declaration().choice == choice;
    let statut = &ctx.agreement().statut_social;
    let amount = match choice {
        Choice::Full => statut.full.cents,
        Choice::Partial => statut.partial.cents,
        Choice::Refusal => Some(0),
    };
    let statut_line = match amount {
        _ if choice == Choice::Refusal => ctx.tr("gui-choice-statut-none"),
        Some(cents) => ctx.tr_args(
            "gui-choice-statut",
            &[("amount", euros(cents).into()), ("year", i64::from(statut.year).into())],
        ),
        None => ctx.tr("gui-choice-statut-unknown"),
    };
    let key = choice.key();
    let body = column![
        bold(ctx.tr(&format!("choice-{key}"))).size(18),
        text(ctx.tr(&format!("gui-choice-{key}-fees"))).size(14),
        text(ctx.tr(&format!("gui-choice-{key}-patients"))).size(14),
        text(statut_line).size(14),
    ]
    .spacing(6);
    let style = if chosen {
        button::primary
    } else {
        crate::app::widget::style::quiet_button
    };
    focusable(
        button(container(body).width(Length::Fill))
            .padding(14)
            .style(style)
            .on_press(Message::Chosen(choice)),
    )
    .id(card_id(choice))
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::agreement::Agreements;

    #[test]
    fn only_partial_adherence_goes_through_the_schedule() {
        let mut declaration = crate::app::session::blank(Agreements::embedded(), chrono::NaiveDate::default());
        for (choice, next) in [
            (Choice::Full, Screen::Review),
            (Choice::Partial, Screen::Schedule),
            (Choice::Refusal, Screen::Review),
        ] {
            let Action::Edit(chosen) = update(&declaration, Message::Chosen(choice)) else {
                panic!("choosing edits the declaration");
            };
            chosen.apply(&mut declaration);
            assert_eq!(update(&declaration, Message::Continue), Action::GoTo(next));
        }
    }
}
