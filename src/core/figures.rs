//! The summary figures of a check, built once for every place that shows them (the window's check
//! panel, `conventio check` and the PDF): each is a label and a value, both translatable, in the
//! same order everywhere.

use super::agreement::{self, Agreement, LimitUnit};
use super::i18n::Message;
use super::model::{Choice, Declaration};
use super::rules::Summary;
use super::wording::{belgian_date, days_args, duration, euros, last_day_set_by_you, last_day_text, window_name};

/// One figure: what is measured, and how much.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    pub label: Message,
    pub value: Message,
}

impl Figure {
    fn new(label: Message, value: Message) -> Figure {
        Figure { label, value }
    }

    /// "label: value" on one line, with the language's punctuation.
    pub fn line(&self) -> Message {
        Message::new("figure-line")
            .arg("label", self.label.clone())
            .arg("value", self.value.clone())
    }
}

/// The figures of a declaration's check: the time declared; for partial adherence the free-fee
/// periods, the longest free-fee block, the share at agreement rates and each site's access; then
/// the deadline and the statut social.
pub fn figures(declaration: &Declaration, agreement: &Agreement, summary: &Summary) -> Vec<Figure> {
    let mut figures = vec![time_declared(summary)];
    // The other conditions bind partial adherence only: for full adherence or a refusal they
    // would count slots that are no condition at all.
    if declaration.choice == Choice::Partial {
        figures.extend(free_periods(summary));
        figures.extend(share(summary));
        figures.extend(site_access(declaration, summary));
    }
    figures.push(deadline(agreement, summary));
    figures.push(statut_social(declaration.choice, summary));
    figures.extend(statut_social_year(declaration, agreement, summary));
    figures
}

/// For a window whose adherence needs a whole calendar year for the statut social (`join`): the
/// year it can first count for, registered on the preparation day (the next year, never the
/// current one).
fn statut_social_year(declaration: &Declaration, agreement: &Agreement, summary: &Summary) -> Option<Figure> {
    let window = agreement
        .declaration_window(declaration.window_kind(), &declaration.doctor)?
        .window;
    if !window.statut_social_next_year || declaration.choice == Choice::Refusal {
        return None;
    }
    let registered = i64::from(chrono::Datelike::year(&summary.prepared_on));
    let value = match agreement.statut_social_year(window, summary.prepared_on) {
        Some(year) => Message::new("figure-statut-join")
            .arg("year", i64::from(year))
            .arg("registered", registered),
        None => Message::new("figure-statut-join-none"),
    };
    Some(Figure::new(Message::new("figure-statut-year"), value))
}

fn time_declared(summary: &Summary) -> Figure {
    Figure::new(
        Message::new("figure-time"),
        Message::new("figure-time-value")
            .arg("total", duration(summary.total_minutes))
            .arg("agreement", duration(summary.agreement_minutes)),
    )
}

/// How many free-fee periods (blocks or days) against the most allowed, and the longest block.
/// Both need the role's rules (absent while the role is unknown).
fn free_periods(summary: &Summary) -> Vec<Figure> {
    let Some(max) = summary.free_blocks_max else {
        return Vec::new();
    };
    let unit = match summary.free_limit_unit {
        Some(LimitUnit::Days) => "days",
        _ => "blocks",
    };
    let count = Figure::new(
        Message::new("figure-free-periods").arg("unit", unit),
        Message::new("figure-free-periods-value")
            .arg("count", summary.free_blocks)
            .arg("max", max),
    );
    let longest = duration(summary.longest_free_block_minutes);
    let longest_value = match summary.free_block_max_minutes {
        Some(limit) => Message::new("figure-longest-value")
            .arg("longest", longest)
            .arg("max", duration(limit)),
        None => Message::new("figure-longest-value-unlimited").arg("longest", longest),
    };
    vec![count, Figure::new(Message::new("figure-longest"), longest_value)]
}

fn share(summary: &Summary) -> Option<Figure> {
    let (numerator, denominator) = (summary.share_numerator?, summary.share_denominator?);
    // No base (no ambulatory time) counts as fully at agreement rates: nothing is missing.
    let percent = (u64::from(summary.share_counted_minutes) * 100)
        .checked_div(u64::from(summary.share_base_minutes))
        .unwrap_or(100);
    Some(Figure::new(
        Message::new("figure-share"),
        Message::new("figure-share-value")
            .arg("percent", i64::try_from(percent).unwrap_or(100))
            .arg("counted", summary.share_counted_minutes)
            .arg("base", summary.share_base_minutes)
            .arg("numerator", numerator)
            .arg("denominator", denominator),
    ))
}

fn site_access(declaration: &Declaration, summary: &Summary) -> Vec<Figure> {
    summary
        .site_access
        .iter()
        .map(|access| {
            let name = declaration
                .site(&access.site)
                .map_or(access.site.as_str(), |site| site.name.as_str());
            let value = if access.has_agreement_slot {
                "figure-site-yes"
            } else {
                "figure-site-no"
            };
            Figure::new(
                Message::new("figure-site").arg("site", name.to_owned()),
                Message::new(value),
            )
        })
        .collect()
}

/// The last day to declare, counted from the day of the check; when the file was prepared on
/// another day and that changes the answer, both.
pub fn deadline(agreement: &Agreement, summary: &Summary) -> Figure {
    Figure::new(Message::new("figure-deadline"), deadline_value(agreement, summary))
}

fn deadline_value(agreement: &Agreement, summary: &Summary) -> Message {
    let Some(window) = agreement
        .window(&summary.window)
        .or_else(|| agreement.windows.iter().find(|w| w.declared_kind() == summary.window))
    else {
        return Message::new("figure-deadline-unavailable")
            .key_arg("window", format!("window-kind-{}", summary.window));
    };
    if !summary.registration_needed {
        return Message::new("figure-deadline-full");
    }
    let (Some(last_day), Some(days_left)) = (summary.deadline, summary.days_left) else {
        return Message::new("figure-deadline-none").arg("window", window_name(agreement, window));
    };
    days_args(days_left).into_iter().fold(
        Message::new("figure-deadline-value")
            .arg("until", last_day_text(Some(last_day)))
            .arg("prepared", prepared_note(summary, days_left))
            .arg("confirmation", confirmation_note(summary)),
        |message, (name, value)| message.arg(name, value),
    )
}

/// Said only when the preparation day and the day of the check disagree about being in time.
fn prepared_note(summary: &Summary, days_left: i64) -> Message {
    match summary.prepared_days_left {
        Some(prepared) if summary.prepared_on != summary.checked_on => {
            let in_time = prepared >= 0;
            if in_time == (days_left >= 0) {
                Message::new("empty")
            } else if in_time {
                Message::new("summary-prepared-in-time").arg("prepared", belgian_date(summary.prepared_on))
            } else {
                Message::new("summary-prepared-late").arg("prepared", belgian_date(summary.prepared_on))
            }
        }
        _ => Message::new("empty"),
    }
}

fn confirmation_note(summary: &Summary) -> Message {
    let suffix = |text: Message| Message::new("summary-suffix").arg("text", text);
    match summary.deadline_published {
        Some(published) => suffix(last_day_set_by_you(published)),
        None if summary.deadline_confirmed => Message::new("empty"),
        None => suffix(Message::new("date-unconfirmed")),
    }
}

/// The statut social this choice keeps: none for a refusal, whatever the agreement's amounts.
fn statut_social(choice: Choice, summary: &Summary) -> Figure {
    let value = match (choice, summary.statut_social_cents) {
        (Choice::Refusal, _) => Message::new("figure-statut-none"),
        (_, Some(cents)) => Message::new("figure-statut-kept").arg("amount", euros(cents)),
        (_, None) => Message::new("figure-statut-unknown"),
    };
    Figure::new(Message::new("figure-statut"), value)
}

/// The deadline as one line (review screen, command line, check panel).
pub fn deadline_summary(agreement: &Agreement, summary: &Summary) -> Message {
    deadline(agreement, summary).line()
}

/// When the declared conditions take effect, as a sentence (review screen, command line).
pub(crate) fn effective_summary(summary: &Summary) -> Message {
    effective_message("effective", summary)
}

/// The same, as the value of a labelled field (PDF).
pub(crate) fn effective_value(summary: &Summary) -> Message {
    effective_message("effective-value", summary)
}

fn effective_message(prefix: &str, summary: &Summary) -> Message {
    if !summary.registration_needed && summary.window == agreement::INITIAL {
        return Message::new(format!("{prefix}-full"));
    }
    match (summary.effective_rule, summary.effective_on) {
        (Some("from_registration"), Some(date)) => {
            Message::new(format!("{prefix}-from-registration")).arg("date", belgian_date(date))
        }
        (Some(_), Some(date)) => Message::new(format!("{prefix}-on")).arg("date", belgian_date(date)),
        _ => Message::new(format!("{prefix}-unknown")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::agreement::Agreements;
    use crate::core::i18n::{Language, localizer};
    use crate::core::{format, rules};

    fn example(name: &str) -> (Declaration, &'static Agreement) {
        let path = format!("{}/assets/examples/{name}.json", env!("CARGO_MANIFEST_DIR"));
        let declaration =
            format::read_declaration(&std::fs::read_to_string(path).unwrap(), Agreements::embedded()).unwrap();
        let agreement = Agreements::embedded().find(&declaration.agreement).unwrap();
        (declaration, agreement)
    }

    fn lines(declaration: &Declaration, agreement: &Agreement, language: Language) -> Vec<String> {
        let report = rules::check(declaration, agreement, "2026-02-20".parse().unwrap());
        figures(declaration, agreement, &report.summary)
            .iter()
            .map(|figure| localizer(language).message(&figure.line()))
            .collect()
    }

    #[test]
    fn a_partial_adherence_shows_blocks_longest_share_sites_deadline_and_statut() {
        let (declaration, agreement) = example("gp-partial-invalid");
        assert_eq!(
            lines(&declaration, agreement, Language::En),
            [
                "Time declared a week: 22 h 00, of which 8 h 00 at agreement rates",
                "Free-fee blocks a week: 4 (maximum 3)",
                "Longest free-fee block: 5 h 00 (maximum 4 h 00)",
                "Share at agreement rates: 36 % (480 min out of 1320); minimum 3/4",
                "Place “Cabinet de Namur”: at least one ambulatory agreement-rate slot",
                "Last day to declare: no later than 12/03/2026 (20 days left)",
                "Social benefits (statut social): amount not known for this agreement",
            ]
        );
    }

    #[test]
    fn full_adherence_has_no_partial_conditions_and_nothing_to_register() {
        let (mut declaration, agreement) = example("gp-partial-invalid");
        declaration.choice = Choice::Full;
        let lines = lines(&declaration, agreement, Language::Fr);
        assert_eq!(lines.len(), 3, "{lines:?}");
        assert!(lines[1].contains("rien à enregistrer"), "{lines:?}");
    }

    #[test]
    fn a_refusal_keeps_no_statut_social_whatever_the_agreement_says() {
        let (mut declaration, agreement) = example("gp-partial-invalid");
        declaration.choice = Choice::Refusal;
        let lines = lines(&declaration, agreement, Language::Nl);
        assert_eq!(
            lines.last().map(String::as_str),
            Some("Sociaal statuut: geen bij weigering van toetreding")
        );
    }

    #[test]
    fn every_figure_reads_in_every_language_without_a_missing_message() {
        for name in ["gp-partial-invalid", "specialist-partial-invalid"] {
            let (declaration, agreement) = example(name);
            for language in Language::ALL {
                for line in lines(&declaration, agreement, language) {
                    assert!(!line.contains("figure-") && !line.contains('{'), "{language:?}: {line}");
                }
            }
        }
    }
}
