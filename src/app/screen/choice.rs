//! Choice: full adherence, partial adherence or refusal, each in plain words with what it means for
//! fees, for patients and for the statut social.

use super::Context;
use crate::app::screen::Screen;
use crate::app::widget::focus::focusable;
use crate::app::widget::{bold, heading, hint, scrolled};
use crate::core::model::{self, Declaration};
use crate::core::wording::euros;
use iced::widget::{button, column, container, text};
use iced::{Element, Length};

/// What the user does on the choice screen.
#[derive(Clone, Debug)]
pub enum Message {
    Chosen(model::Choice),
    /// The doctor's standing today ("Aujourd'hui, vous êtes : conventionné / partiellement /
    /// déconventionné"): it decides what must be registered.
    Standing(model::Choice),
    /// On to the schedule (partial adherence) or straight to the review.
    Continue,
}

/// The choice to record in the declaration, or the doctor's standing today.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Chosen {
    Choice(model::Choice),
    Standing(model::Choice),
}

impl Chosen {
    pub(crate) fn apply(self, declaration: &mut Declaration) {
        match self {
            Chosen::Choice(choice) => declaration.choice = choice,
            Chosen::Standing(current) => declaration.doctor.current_choice = Some(current),
        }
    }
}

/// What the choice screen hands back to the app.
pub(crate) type Action = super::Action<Message>;

/// The choice screen: everything it shows is the declaration's, so it keeps nothing of its own.
#[derive(Debug, Default)]
pub(crate) struct Choice;

impl Choice {
    pub(crate) fn update(&mut self, message: Message, ctx: &Context) -> Action {
        match message {
            Message::Chosen(choice) => Action::edit(Chosen::Choice(choice)),
            Message::Standing(current) => Action::edit(Chosen::Standing(current)),
            // Full adherence and refusal need no schedule: the schedule stays reachable from the steps.
            Message::Continue if ctx.declaration().choice == model::Choice::Partial => Action::go_to(Screen::Schedule),
            Message::Continue => Action::go_to(Screen::Review),
        }
    }
}

/// The id of a choice's card, where the focus lands on this step.
pub(crate) fn card_id(choice: model::Choice) -> iced::widget::Id {
    iced::widget::Id::from(format!("choice-{}", choice.key()))
}

/// The id of a standing's button ("today you are: …").
pub(crate) fn standing_id(current: model::Choice) -> iced::widget::Id {
    iced::widget::Id::from(format!("standing-{}", current.key()))
}

/// "Today, you are: adherent / partially adherent / non-adherent", in plain words, and what that
/// means for what must be registered.
fn standing<'a>(ctx: &Context) -> Element<'a, Message> {
    let declaration = ctx.declaration();
    let current = declaration.doctor.current_choice();
    let buttons = model::Choice::ALL.iter().map(|&c| {
        focusable(
            button(text(ctx.tr(&format!("current-choice-{}", c.key()))).size(14))
                .padding([6, 12])
                .style(crate::app::widget::style::option_button(c == current))
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

impl Choice {
    pub(crate) fn view<'a>(&self, ctx: &Context) -> Element<'a, Message> {
        view(ctx)
    }
}

fn view<'a>(ctx: &Context) -> Element<'a, Message> {
    let cards = model::Choice::ALL.iter().map(|&choice| card(ctx, choice));
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
    scrolled::scrollable(content.padding([0, 12]))
        .id(super::STEP_SCROLL_ID)
        .into()
}

fn card<'a>(ctx: &Context, choice: model::Choice) -> iced::Element<'a, Message> {
    let chosen = ctx.declaration().choice == choice;
    let statut = &ctx.agreement().statut_social;
    let amount = match choice {
        model::Choice::Full => statut.full.cents,
        model::Choice::Partial => statut.partial.cents,
        model::Choice::Refusal => Some(0),
    };
    let statut_line = match amount {
        _ if choice == model::Choice::Refusal => ctx.tr("gui-choice-statut-none"),
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
    focusable(
        button(container(body).width(Length::Fill))
            .padding(14)
            .style(crate::app::widget::style::option_button(chosen))
            .on_press(Message::Chosen(choice)),
    )
    .id(card_id(choice))
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::screen::{Edit, Event, Fixture};
    use crate::core::agreement::Agreements;

    /// The screen's answer to `message` on `declaration`, as the app asks it.
    fn update(declaration: &Declaration, message: Message) -> Action {
        let session = Fixture::session(declaration.clone());
        Choice.update(message, &Fixture::new().context(&session))
    }

    #[test]
    fn only_partial_adherence_goes_through_the_schedule() {
        let mut declaration = crate::app::session::blank(Agreements::embedded(), chrono::NaiveDate::default());
        for (choice, next) in [
            (model::Choice::Full, Screen::Review),
            (model::Choice::Partial, Screen::Schedule),
            (model::Choice::Refusal, Screen::Review),
        ] {
            let Action::Edit(Edit::Choice(chosen)) = update(&declaration, Message::Chosen(choice)) else {
                panic!("choosing edits the declaration");
            };
            chosen.apply(&mut declaration);
            assert!(matches!(
                update(&declaration, Message::Continue),
                Action::Event(Event::GoTo(screen)) if screen == next
            ));
        }
    }

    #[test]
    fn the_standing_today_is_kept_in_the_doctor() {
        let mut declaration = crate::app::session::blank(Agreements::embedded(), chrono::NaiveDate::default());
        assert!(
            !declaration.must_be_registered(),
            "a blank declaration is full adherence by an adherent"
        );
        let Action::Edit(Edit::Choice(standing)) = update(&declaration, Message::Standing(model::Choice::Refusal))
        else {
            panic!("the standing edits the declaration");
        };
        standing.apply(&mut declaration);
        assert_eq!(declaration.doctor.current_choice, Some(model::Choice::Refusal));
        assert!(
            declaration.must_be_registered(),
            "full adherence after a refusal is registered"
        );
    }
}
