//! The live check beside every screen: findings grouped by severity with their clause, clickable to
//! select their slots, and the figures behind them.

use super::widgets::{bold, hint};
use super::{App, Message};
use crate::core::figures;
use crate::core::rules::{Finding, Severity};
use iced::widget::{button, column, scrollable, text};
use iced::{Element, Length, Theme};

pub fn view(app: &App) -> Element<'_, Message> {
    let report = app.report();
    let verdict = if report.is_ok() {
        app.tr("gui-check-ok")
    } else {
        app.tr("gui-check-not-ok")
    };
    let ok = report.is_ok();
    let mut content = column![
        bold(app.tr("gui-check-title")).size(18),
        text(verdict).size(15).style(move |theme: &Theme| text::Style {
            color: Some(if ok {
                theme.extended_palette().success.base.color
            } else {
                theme.extended_palette().danger.base.color
            }),
        }),
    ]
    .spacing(8);
    let report = report.as_ref();
    for (severity, key) in [
        (Severity::Error, "gui-check-errors"),
        (Severity::Warning, "gui-check-warnings"),
    ] {
        let group: Vec<(usize, &Finding)> = report
            .findings
            .iter()
            .enumerate()
            .filter(|(_, f)| f.severity == severity)
            .collect();
        if group.is_empty() {
            continue;
        }
        content = content.push(bold(app.tr_args(key, &[("count", group.len().into())])).size(15));
        for (index, finding) in group {
            content = content.push(finding_button(app, index, finding));
        }
    }
    content = content.push(figures(app));
    scrollable(content.width(Length::Fill).padding([0, 8]))
        .spacing(4)
        .into()
}

fn finding_button<'a>(app: &'a App, index: usize, finding: &Finding) -> Element<'a, Message> {
    // The app's own finding (a time still being typed) comes from no rule of the agreement; a check
    // that is no clause, or whose number no source gives, names the rule alone.
    let source = match &finding.clause {
        _ if finding.rule == super::UNFINISHED_TIME => app.tr("gui-check-unfinished"),
        Some(clause) => format!(
            "{} · {}",
            app.tr_args("clause", &[("clause", clause.clone().into())]),
            finding.rule
        ),
        None => finding.rule.clone(),
    };
    let mut body = column![
        text(source).size(12),
        text(app.localizer().message(&finding.message)).size(14),
    ]
    .spacing(2);
    if let Some(interpretation) = &finding.interpretation {
        body = body.push(text(app.localizer().message(interpretation)).size(12));
    }
    super::focus::focusable(
        button(body)
            .width(Length::Fill)
            .padding(8)
            .style(super::style::finding_button(finding.severity))
            .on_press(Message::FindingSelected(index)),
    )
    .into()
}

/// The summary figures, worded by the core as the command line and the PDF word them.
fn figures(app: &App) -> Element<'_, Message> {
    let summary = &app.session.report().summary;
    let mut lines = column![bold(app.tr("gui-figures-title")).size(15)].spacing(4);
    for figure in figures::figures(app.declaration(), app.agreement(), summary) {
        lines = lines.push(text(app.localizer().message(&figure.line())).size(14));
    }
    if !summary.statut_social_confirmed {
        lines = lines.push(hint(app.tr("gui-banner-unconfirmed"), false));
    }
    lines.into()
}
