//! The live check beside every screen: findings grouped by severity with their clause, clickable to
//! select their slots, and the figures behind them.

use super::widgets::{bold, hint};
use super::{App, Message};
use crate::core::agreement::LimitUnit;
use crate::core::rules::{Finding, Severity};
use crate::core::wording::{self, duration, euros};
use iced::widget::{button, column, scrollable, text};
use iced::{Element, Length, Theme};

pub fn view(app: &App) -> Element<'_, Message> {
    let report = app.report();
    let report = report.as_ref();
    // Fields of the doctor step the user has not reached yet are still to fill in, not errors:
    // a new declaration does not open in red.
    let to_fill_in: Vec<&Finding> = report
        .findings
        .iter()
        .filter(|f| app.doctor.still_to_fill_in(f, app.declaration()))
        .collect();
    let errors = report.errors().count() - to_fill_in.len();
    let verdict = match (report.is_ok(), errors) {
        (true, _) => app.tr("gui-check-ok"),
        (false, 0) => app.tr("gui-check-to-complete"),
        (false, _) => app.tr("gui-check-not-ok"),
    };
    let ok = report.is_ok();
    let mut content = column![
        bold(app.tr("gui-check-title")).size(18),
        text(verdict).size(15).style(move |theme: &Theme| text::Style {
            color: Some(if ok {
                theme.extended_palette().success.base.color
            } else if errors == 0 {
                theme.extended_palette().background.base.text
            } else {
                theme.extended_palette().danger.base.color
            }),
        }),
    ]
    .spacing(8);
    if !to_fill_in.is_empty() {
        content =
            content.push(bold(app.tr_args("gui-check-to-fill-in", &[("count", to_fill_in.len().into())])).size(15));
        for finding in &to_fill_in {
            content = content.push(to_fill_in_button(app, finding));
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

/// A field still to fill in: its name and its help, leading to the doctor step.
fn to_fill_in_button<'a>(app: &'a App, finding: &Finding) -> Element<'a, Message> {
    let (field, help) = if finding.rule == "doctor-role-missing" {
        ("gui-doctor-role", "gui-role-needed")
    } else {
        ("gui-doctor-inami", "gui-inami-help")
    };
    super::focus::focusable(
        button(column![text(app.tr(field)).size(14), text(app.tr(help)).size(12)].spacing(2))
            .width(Length::Fill)
            .padding(8)
            .style(super::style::quiet_button)
            .on_press(Message::GoTo(super::Screen::Doctor)),
    )
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

fn figures(app: &App) -> Element<'_, Message> {
    let s = &app.session.report().summary;
    let mut lines = column![bold(app.tr("gui-figures-title")).size(15)].spacing(4);
    if let Some(max) = s.free_blocks_max {
        let unit = if s.free_limit_unit == Some(LimitUnit::Days) {
            "days"
        } else {
            "blocks"
        };
        lines = lines.push(
            text(app.tr_args(
                "gui-figures-free",
                &[
                    ("count", s.free_blocks.into()),
                    ("max", max.into()),
                    ("unit", unit.into()),
                ],
            ))
            .size(14),
        );
        let longest = duration(s.longest_free_block_minutes);
        let limit = s.free_block_max_minutes.map_or_else(|| "—".to_owned(), duration);
        lines = lines.push(
            text(app.tr_args(
                "gui-figures-longest",
                &[("longest", longest.into()), ("max", limit.into())],
            ))
            .size(14),
        );
    }
    if let (Some(numerator), Some(denominator)) = (s.share_numerator, s.share_denominator) {
        let percent = (u64::from(s.share_counted_minutes) * 100)
            .checked_div(u64::from(s.share_base_minutes))
            .unwrap_or(100);
        lines = lines.push(
            text(app.tr_args(
                "gui-figures-share",
                &[
                    ("counted", s.share_counted_minutes.into()),
                    ("base", s.share_base_minutes.into()),
                    ("percent", i64::try_from(percent).unwrap_or(100).into()),
                    ("numerator", numerator.into()),
                    ("denominator", denominator.into()),
                ],
            ))
            .size(14),
        );
    }
    for access in &s.site_access {
        let key = if access.has_agreement_slot {
            "gui-figures-site-yes"
        } else {
            "gui-figures-site-no"
        };
        lines = lines.push(text(app.tr_args(key, &[("site", app.site_name(&access.site).to_owned().into())])).size(14));
    }
    lines = lines.push(text(app.localizer().message(&wording::deadline_summary(app.agreement(), s))).size(14));
    let statut = match s.statut_social_cents {
        Some(cents) => app.tr_args("gui-figures-statut", &[("amount", euros(cents).into())]),
        None => app.tr("gui-choice-statut-unknown"),
    };
    lines = lines.push(text(statut).size(14));
    if !s.statut_social_confirmed {
        lines = lines.push(hint(app.tr("gui-banner-unconfirmed"), false));
    }
    lines.into()
}
