//! The live check beside every screen: findings grouped by severity with their clause, clickable to
//! select their slots, and the figures behind them.

use super::screen::Context;
use super::screen::Screen;
use super::screen::doctor::Doctor;
use super::session::SlotId;
use super::widget::{bold, hint, unbroken};
use super::{App, Message};
use crate::core::figures;
use crate::core::i18n;
use crate::core::model::Declaration;
use crate::core::rules::{Finding, PartialRule, Report, RuleId, Severity};
use iced::Task;
use iced::widget::{button, column, scrollable, text};
use iced::{Element, Length, Theme};

/// `report`: the live check, with the app's own finding for a time still being typed; `doctor`:
/// which of the doctor step's fields the user has reached.
pub(crate) fn view<'a>(ctx: &Context, report: &Report, doctor: &Doctor) -> Element<'a, Message> {
    // Fields of the doctor step the user has not reached yet are still to fill in, not errors:
    // a new declaration does not open in red.
    let to_fill_in: Vec<&Finding> = report
        .findings
        .iter()
        .filter(|f| doctor.still_to_fill_in(f, ctx.declaration()))
        .collect();
    let errors = report.errors().count() - to_fill_in.len();
    let mut content = column![
        bold(ctx.tr("gui-check-title")).size(18),
        verdict(ctx, report.is_ok(), errors).size(15),
    ]
    .spacing(8);
    if !to_fill_in.is_empty() {
        content =
            content.push(bold(ctx.tr_args("gui-check-to-fill-in", &[("count", to_fill_in.len().into())])).size(15));
        for finding in &to_fill_in {
            content = content.push(to_fill_in_button(ctx, finding));
        }
    }
    for (severity, key) in [
        (Severity::Error, "gui-check-errors"),
        (Severity::Warning, "gui-check-warnings"),
    ] {
        let group: Vec<(usize, &Finding)> = report
            .findings
            .iter()
            .enumerate()
            .filter(|(_, f)| f.severity == severity && !to_fill_in.iter().any(|t| std::ptr::eq(*t, *f)))
            .collect();
        if group.is_empty() {
            continue;
        }
        content = content.push(bold(ctx.tr_args(key, &[("count", group.len().into())])).size(15));
        for (index, finding) in group {
            content = content.push(finding_button(ctx, index, finding));
        }
    }
    content = content.push(figures(ctx));
    // Its layers stay the same whether the findings fill the panel or overflow it.
    super::widget::steady::scroll(scrollable(content.width(Length::Fill).padding([0, 8])).spacing(4)).into()
}

/// The check folded into one line above a step in a narrow window: its verdict, how many errors
/// and warnings, and the button that opens (or folds) the whole panel.
pub(crate) fn folded<'a>(ctx: &Context, report: &Report, doctor: &Doctor, open: bool) -> Element<'a, Message> {
    let to_fill_in = report
        .findings
        .iter()
        .filter(|f| doctor.still_to_fill_in(f, ctx.declaration()))
        .count();
    let errors = report.errors().count() - to_fill_in;
    let warnings = report
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Warning)
        .count();
    let counts = ctx.tr_args(
        "gui-check-folded-counts",
        &[("errors", errors.into()), ("warnings", warnings.into())],
    );
    let toggle = if open { "gui-check-fold" } else { "gui-check-unfold" };
    iced::widget::row![
        bold(ctx.tr("gui-check-title")).size(15),
        verdict(ctx, report.is_ok(), errors).size(14),
        text(counts).size(13),
        super::widget::focus::focusable(
            button(text(ctx.tr(toggle)).size(13))
                .padding([4, 10])
                .style(super::widget::style::quiet_button)
                .on_press(Message::ChecksToggled)
        ),
    ]
    .spacing(10)
    .align_y(iced::Alignment::Center)
    .wrap()
    .into()
}

/// The check's verdict, in its colour: all good (`ok`), only fields still to fill in (no `errors`),
/// or errors to correct.
fn verdict<'a>(ctx: &Context, ok: bool, errors: usize) -> text::Text<'a> {
    let verdict = match (ok, errors) {
        (true, _) => ctx.tr("gui-check-ok"),
        (false, 0) => ctx.tr("gui-check-to-complete"),
        (false, _) => ctx.tr("gui-check-not-ok"),
    };
    text(verdict).style(move |theme: &Theme| text::Style {
        color: Some(if ok {
            theme.extended_palette().success.base.color
        } else if errors == 0 {
            theme.extended_palette().background.base.text
        } else {
            theme.extended_palette().danger.base.color
        }),
    })
}

/// A field still to fill in: its name and its help, leading to the doctor step.
fn to_fill_in_button<'a>(ctx: &Context, finding: &Finding) -> Element<'a, Message> {
    let (field, help) = if finding.rule == RuleId::DoctorRoleMissing {
        ("gui-doctor-role", "gui-role-needed")
    } else {
        ("gui-doctor-inami", "gui-inami-help")
    };
    super::widget::focus::focusable(
        button(column![text(ctx.tr(field)).size(14), text(ctx.tr(help)).size(12)].spacing(2))
            .width(Length::Fill)
            .padding(8)
            .style(super::widget::style::quiet_button)
            .on_press(Message::GoTo(super::Screen::Doctor)),
    )
    .into()
}

fn finding_button<'a>(ctx: &Context, index: usize, finding: &Finding) -> Element<'a, Message> {
    // The app's own finding (a time still being typed) comes from no rule of the agreement; a check
    // that is no clause, or whose number no source gives, names the rule alone.
    let source = match &finding.clause {
        _ if finding.rule == RuleId::UnfinishedTime => ctx.tr("gui-check-unfinished"),
        Some(clause) => format!(
            "{} · {}",
            ctx.tr_args("clause", &[("clause", clause.clone().into())]),
            finding.rule
        ),
        None => finding.rule.to_string(),
    };
    let mut body = column![
        text(source).size(12),
        text(unbroken(&ctx.localizer().message(&finding.message))).size(14),
    ]
    .spacing(2);
    if let Some(interpretation) = &finding.interpretation {
        body = body.push(text(unbroken(&ctx.localizer().message(interpretation))).size(12));
    }
    super::widget::focus::focusable(
        button(body)
            .width(Length::Fill)
            .padding(8)
            .style(super::widget::style::finding_button(finding.severity))
            .on_press(Message::FindingSelected(index)),
    )
    .into()
}

/// The summary figures, worded by the core as the command line and the PDF word them.
fn figures<'a>(ctx: &Context) -> Element<'a, Message> {
    let summary = &ctx.session.report().summary;
    let mut lines = column![bold(ctx.tr("gui-figures-title")).size(15)].spacing(4);
    for figure in figures::figures(ctx.declaration(), ctx.agreement(), summary) {
        lines = lines.push(text(unbroken(&ctx.localizer().message(&figure.line()))).size(14));
    }
    if !summary.statut_social_confirmed {
        lines = lines.push(hint(ctx.tr("gui-banner-unconfirmed"), false));
    }
    lines.into()
}

impl App {
    /// The live check, plus an error for a slot whose time field holds text that is not a time:
    /// the slot keeps its last readable time meanwhile, so the check must not call it conforming.
    pub fn report(&self) -> std::borrow::Cow<'_, Report> {
        let report = self.session.report();
        let Some(id) = self.schedule.unfinished_slot() else {
            return std::borrow::Cow::Borrowed(report);
        };
        // Findings name slots by their place in the list, as the check does.
        let Some(index) = self.session.slot_ids().index_of(id) else {
            return std::borrow::Cow::Borrowed(report);
        };
        // One finding per field: two bad fields are both named.
        let editor = self.schedule.editor();
        let unfinished = editor.unfinished_fields().into_iter().map(|field| {
            let id_of_message = match editor.asking() {
                Some((asked, _)) if asked == field => "gui-unconfirmed-time",
                _ => "gui-unfinished-time",
            };
            Finding {
                rule: RuleId::UnfinishedTime,
                severity: Severity::Error,
                clause: None,
                slots: vec![index],
                site: None,
                message: i18n::Message::new(id_of_message)
                    .arg("slot", self.slot_label(id))
                    .arg("field", self.tr(field.label()))
                    .arg("typed", editor.text(field)),
                interpretation: None,
            }
        });
        let mut report = report.clone();
        report.findings.splice(0..0, unfinished);
        std::borrow::Cow::Owned(report)
    }

    /// A slot as the user sees it: "Monday 09:00–12:00".
    pub fn slot_label(&self, id: SlotId) -> String {
        slot_message(&self.session, id).map_or_else(String::new, |m| self.localizer().message(&m))
    }

    /// The slot whose time field holds text that is not a time yet, as a message translated when
    /// shown (a notice naming it follows a language switch).
    pub(super) fn unfinished_slot_message(&self) -> Option<i18n::Message> {
        self.schedule
            .unfinished_slot()
            .and_then(|id| slot_message(&self.session, id))
    }

    /// Outlines follow the finding they came from: gone with it once it is fixed, moved with it
    /// when it now concerns other slots.
    pub(super) fn follow_findings(&mut self) {
        let Some(rule) = self.schedule.highlighted_rule().cloned() else {
            return;
        };
        let report = self.report();
        let ids = self.session.slot_ids();
        let current = report
            .findings
            .iter()
            .filter(|f| f.rule == rule)
            .find(|f| {
                ids.ids_of(&f.slots)
                    .iter()
                    .any(|id| self.schedule.highlighted().contains(id))
            })
            .or_else(|| report.findings.iter().find(|f| f.rule == rule && f.slots.is_empty()));
        let slots = current.map(|f| ids.ids_of(&outlined_slots(f, self.session.declaration())));
        self.schedule.outline(slots);
    }

    /// A finding was clicked: its slots are selected on the week.
    pub(super) fn finding_selected(&mut self, index: usize) -> Task<Message> {
        let picked = self.report().findings.get(index).map(|finding| {
            let slots = outlined_slots(finding, self.session.declaration());
            (finding.rule.clone(), self.session.slot_ids().ids_of(&slots))
        });
        if let Some((rule, slots)) = picked {
            self.schedule.highlight(&self.session, rule, slots);
            return self.go_to(Screen::Schedule);
        }
        Task::none()
    }
}

/// The slots a finding outlines: its own, or for the agreement share (about the whole week) the
/// free-fee slots, which are what lowers the share.
fn outlined_slots(finding: &Finding, declaration: &Declaration) -> Vec<usize> {
    if finding.slots.is_empty() && finding.rule.partial() == Some(PartialRule::AgreementShare) {
        return declaration
            .slots
            .iter()
            .enumerate()
            .filter(|(_, s)| s.rates == crate::core::model::Rates::Free)
            .map(|(i, _)| i)
            .collect();
    }
    finding.slots.clone()
}

/// "Monday 09:00–12:00" as a message: the day translated when shown.
fn slot_message(session: &super::session::Session, id: SlotId) -> Option<i18n::Message> {
    session.slot(id).map(|s| {
        i18n::Message::new("gui-slot-label")
            .key_arg("day", format!("day-{}", s.day.key()))
            .arg("start", s.start.to_string())
            .arg("end", s.end.to_string())
    })
}
