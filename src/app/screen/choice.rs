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
    /// The doctor's standing today ("Aujourd'hui, vous êtes : conventionné / partiellement /
    /// déconventionné"): it decides what must be registered.
    Standing(Choice),
    /// On to the schedule (partial adherence) or straight to the review.
    Continue,
}

/// The choice to record in the declaration, or the doctor's standing today.
#[derive(Clone, Debug, PartialEq)]
pub enum Chosen {
    Choice(Choice),
    Standing(Choice),
}

impl Change for Chosen {
    fn apply(self, declaration: &mut Declaration) {
        match self {
            Chosen::Choice(choice) => declaration.choice = choice,
            Chosen::Standing(current) => declaration.doctor.current_choice = Some(current),
        }
    }
}

pub type Action = session::Action<Chosen>;

pub fn update(declaration: &Declaration, message: Message) -> Action {
    match message {
        Message::Chosen(choice) => Action::Edit(Chosen::Choice(choice)),
        Message::Standing(current) => Action::Edit(Chosen::Standing(current)),
        // Full adherence and refusal need no schedule: the schedule stays reachable from the steps.
        Message::Continue if declaration.choice == Choice::Partial => Action::GoTo(Screen::Schedule),
        Message::Continue => Action::GoTo(Screen::Review),
    }
}

/// The id of a choice's card, where the focus lands on this step.
pub fn card_id(choice: Choice) -> iced::widget::Id {
    iced::widget::Id::from(format!("choice-{}", choice.key()))
}

/// The id of a standing's button ("today you are: …").
pub fn standing_id(current: Choice) -> iced::widget::Id {
    iced::widget::Id::from(format!("standing-{}", current.key()))
}

/// "Today, you are: adherent / partially adherent / non-adherent", in plain words, and what that
/// means for what must be registered.
fn standing<'a>(ctx: &Context) -> Element<'a, Message> {
    let declaration = ctx.declaration();
    let current = declaration.doctor.current_choice();
    let buttons = Choice::ALL.iter().map(|&c| {
        let style = if c == current {
            button::primary
        } else {
            crate::app::widget::style::quiet_button
        };
        focusable(
            button(text(ctx.tr(&format!("current-choice-{}", c.key()))).size(14))
                .padding([6, 12])
                .style(style)
                .on_press(Message::Standing(c)),
        )
        .id(standing_id(c))
        .into()
    });
    let what = if declaration.must_be_registered() {
        ctx.tr("gui-standing-register")
    } else {
        ctx.tr("gui-standing-nothing")
    };
    column![
        bold(ctx.tr("gui-standing-question")).size(15),
        iced::widget::row(buttons).spacing(8),
        hint(what, false),
    ]
    .spacing(6)
    .into()
}

pub fn view<'a>(ctx: &Context) -> Element<'a, Message> {
    let cards = Choice::ALL.iter().map(|&choice| card(ctx, choice));
    let content = column![
        heading(ctx.tr("gui-choice-title")),
        standing(ctx),
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

    #[test]
    fn the_standing_today_is_kept_in_the_doctor() {
        let mut declaration = crate::app::session::blank(Agreements::embedded(), chrono::NaiveDate::default());
        assert!(
            !declaration.must_be_registered(),
            "a blank declaration is full adherence by an adherent"
        );
        let Action::Edit(standing) = update(&declaration, Message::Standing(Choice::Refusal)) else {
            panic!("the standing edits the declaration");
        };
        standing.apply(&mut declaration);
        assert_eq!(declaration.doctor.current_choice, Some(Choice::Refusal));
        assert!(
            declaration.must_be_registered(),
            "full adherence after a refusal is registered"
        );
    }
}
