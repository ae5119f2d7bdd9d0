//! What the real window showed wrong to a doctor or a secretary (qa, session 4): each test fails
//! on the code before its fix.

use super::*;
use conventio::app::screen::choice::Message as ChoiceMessage;
use conventio::core::model::Choice;

/// A number whose competence code does not tell the role (…-580): a full adherence or a refusal
/// needs no role (FORMAT.md, `doctor.role`), so the doctor step says so in a neutral note instead
/// of asking in red; a partial adherence asks for it, in red.
#[test]
fn the_role_is_asked_for_in_red_only_for_a_partial_adherence() {
    for language in [Language::Fr, Language::Nl] {
        let mut h = harness(language);
        let new = h.tr("gui-start-new");
        h.interact(|ui| {
            ui.click(new.as_str()).unwrap();
        });
        h.run(Message::Doctor(DoctorMessage::NameChanged("Dr Jean Dupont".into())));
        h.run(Message::Doctor(DoctorMessage::InamiChanged("1-54321-06-580".into())));
        assert_eq!(h.app.screen(), Screen::Doctor);
        for choice in [Choice::Full, Choice::Refusal] {
            h.run(Message::Choice(ChoiceMessage::Chosen(choice)));
            h.run(Message::GoTo(Screen::Doctor));
            assert!(
                !h.app.doctor().role_error_shown(h.app.declaration()),
                "{language:?} {choice:?}: not red"
            );
            assert!(
                !h.sees(&h.tr("gui-role-needed")),
                "{language:?} {choice:?}: not asked for"
            );
            assert!(h.sees(&h.tr("gui-role-not-needed")), "{language:?} {choice:?}");
        }
        h.run(Message::Choice(ChoiceMessage::Chosen(Choice::Partial)));
        h.run(Message::GoTo(Screen::Doctor));
        assert!(
            h.app.doctor().role_error_shown(h.app.declaration()),
            "{language:?}: red"
        );
        assert!(h.sees(&h.tr("gui-role-needed")), "{language:?}: asked for");
        assert!(!h.sees(&h.tr("gui-role-not-needed")), "{language:?}");
    }
}
