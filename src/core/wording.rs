//! How numbers, amounts, durations and dates are written for Belgian readers, shared by the command
//! line, the documents and the window.

use super::agreement::{self, Agreement, Window, WindowOnDay, WindowState};
use super::i18n::{Arg, Message};
use super::model::{Choice, Doctor};
use chrono::NaiveDate;

/// `23/11/2026`, as Belgians write dates.
pub(crate) fn belgian_date(date: NaiveDate) -> String {
    date.format("%d/%m/%Y").to_string()
}

/// `4 h 01`, the way durations read in French and Dutch alike.
pub(crate) fn duration(minutes: u32) -> String {
    format!("{} h {:02}", minutes / 60, minutes % 60)
}

/// `5.088,58 EUR`, as amounts are written in Belgium.
pub(crate) fn euros(cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let units = (cents.unsigned_abs() / 100).to_string();
    let mut grouped = String::new();
    for (i, c) in units.chars().enumerate() {
        if i > 0 && (units.len() - i).is_multiple_of(3) {
            grouped.push('.');
        }
        grouped.push(c);
    }
    format!("{sign}{grouped},{:02} EUR", cents.unsigned_abs() % 100)
}

/// The `state` and `days` arguments of deadline messages: Fluent cannot test a number's sign.
pub(crate) fn days_args(days: i64) -> [(&'static str, Arg); 2] {
    let state = match days {
        0 => "today",
        d if d < 0 => "past",
        _ => "future",
    };
    [
        ("state", state.into()),
        ("days", days.unsigned_abs().min(i64::MAX as u64).cast_signed().into()),
    ]
}

/// The sentence with its first letter in capitals, as a line on its own reads.
pub fn capitalised(text: String) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}

/// A window's name inside a sentence, e.g. "the declaration for 2027" (`window-name-second-year`).
pub(crate) fn window_name(agreement: &Agreement, window: &Window) -> Message {
    window_message("window-name", agreement, window)
}

/// A window's title, e.g. "Declare for 2027" (`window-title-second-year`).
pub(crate) fn window_title(agreement: &Agreement, window: &Window) -> Message {
    window_message("window-title", agreement, window)
}

fn window_message(prefix: &str, agreement: &Agreement, window: &Window) -> Message {
    let year = window_year(agreement, window);
    Message::new(format!("{prefix}-{}", window.kind)).arg("year", i64::from(year))
}

/// What a doctor can register in a window ("refusal or partial adherence"; in the `join` window,
/// "full or partial adherence"). Full adherence by an adherent doctor is never registered: doing
/// nothing is full adherence. A choice no source confirms for the window is marked ("partial
/// adherence not confirmed for 2027").
pub fn window_allows(agreement: &Agreement, window: &Window) -> Message {
    let registered: Vec<Choice> = window.registered_choices().collect();
    let has = |c: Choice| registered.contains(&c);
    let allows = match (has(Choice::Full), has(Choice::Partial), has(Choice::Refusal)) {
        (true, true, _) => "full-partial",
        (true, false, _) => "full",
        (false, true, true) => "partial-refusal",
        (false, true, false) => "partial",
        (false, false, true) => "refusal",
        (false, false, false) => "none",
    };
    let note = match registered.iter().find(|c| window.unconfirmed_choices.contains(c)) {
        Some(choice) => Message::new("window-allows-unconfirmed")
            .key_arg("choice", format!("choice-lower-{}", choice.key()))
            .arg("year", i64::from(window_year(agreement, window))),
        None => Message::new("empty"),
    };
    Message::new("window-allows").arg("allows", allows).arg("note", note)
}

/// The year a window's declaration is for: its own year, else the agreement's last.
pub(crate) fn window_year(agreement: &Agreement, window: &Window) -> i32 {
    agreement
        .year_covered(window)
        .unwrap_or_else(|| chrono::Datelike::year(&agreement.period.end))
}

/// "no later than 14/12/2026" (inclusive wording), or "no last day".
pub(crate) fn last_day_text(last_day: Option<NaiveDate>) -> Message {
    match last_day {
        Some(date) => Message::new("last-day").arg("date", belgian_date(date)),
        None => Message::new("last-day-none"),
    }
}

/// "date set by you; published date: 14/12/2026".
pub(crate) fn last_day_set_by_you(published: NaiveDate) -> Message {
    Message::new("last-day-set-by-you").arg("published", belgian_date(published))
}

/// "21 days left", "today is the last day", "closed 3 days ago", "not yet open".
pub(crate) fn window_state_text(seen: &WindowOnDay) -> Message {
    match (seen.state, seen.days_left) {
        (WindowState::NotYetOpen, _) => Message::new("window-state-not-yet-open"),
        (WindowState::Open, Some(days)) => days_message("window-state-open-days", days),
        (WindowState::Open, None) => Message::new("window-state-open"),
        (WindowState::Closed, Some(days)) => days_message("window-state-closed-days", days),
        (WindowState::Closed, None) => Message::new("window-state-closed"),
    }
}

fn days_message(id: &str, days: i64) -> Message {
    days_args(days)
        .into_iter()
        .fold(Message::new(id), |message, (name, value)| message.arg(name, value))
}

/// One window as the start screen and `conventio deadline` show it: "Declare for 2027 (refusal or
/// partial adherence) — no later than 14/12/2026, 21 days left (date not confirmed)".
pub fn window_line(agreement: &Agreement, seen: &WindowOnDay) -> Message {
    window_line_parts(agreement, seen, "window-line")
}

/// The same without the window's title, under a heading that already names it.
pub fn window_line_short(agreement: &Agreement, seen: &WindowOnDay) -> Message {
    window_line_parts(agreement, seen, "window-line-short")
}

fn window_line_parts(agreement: &Agreement, seen: &WindowOnDay, id: &str) -> Message {
    let window = seen.window;
    let confirmation = if window.last_day_set_by_user() {
        last_day_set_by_you(window.published_last_day.unwrap_or_default())
    } else if window.confirmed {
        Message::new("date-confirmed")
    } else {
        Message::new("date-unconfirmed")
    };
    let until = match (seen.last_day, &window.last_day) {
        (None, Some(agreement::LastDay::DaysAfterRecognition(days))) => {
            Message::new("last-day-after-recognition").arg("days", *days)
        }
        (last_day, _) => last_day_text(last_day),
    };
    Message::new(id)
        .arg("window", window_title(agreement, window))
        .arg("allows", window_allows(agreement, window))
        .arg("until", until)
        .arg("state", window_state_text(seen))
        .arg("confirmation", confirmation)
}

/// The windows still open on `today` for this doctor besides `except`, in one sentence: "Still
/// possible: the declaration for 2027 (refusal or partial adherence), no later than 14/12/2026."
pub(crate) fn windows_still_open(
    agreement: &Agreement,
    doctor: &Doctor,
    today: NaiveDate,
    except: Option<&Window>,
) -> Message {
    let items: Vec<Message> = agreement
        .windows_on(today, Some(doctor))
        .into_iter()
        .filter(|seen| seen.state == WindowState::Open)
        .filter(|seen| except.is_none_or(|e| e.kind != seen.window.kind))
        .filter(|seen| seen.window.is_for(doctor.current_choice()))
        .filter(|seen| seen.window.registered_choices().next().is_some())
        .map(|seen| {
            Message::new("window-open-item")
                .arg("window", window_name(agreement, seen.window))
                .arg("allows", window_allows(agreement, seen.window))
                .arg("until", last_day_text(seen.last_day))
        })
        .collect();
    if items.is_empty() {
        Message::new("windows-none-open")
    } else {
        Message::new("windows-open").arg("list", Arg::List(items))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_are_written_the_belgian_way() {
        assert_eq!(euros(508_858), "5.088,58 EUR");
        assert_eq!(euros(240_040), "2.400,40 EUR");
        assert_eq!(euros(5), "0,05 EUR");
        assert_eq!(euros(-150), "-1,50 EUR");
    }

    #[test]
    fn durations_show_hours_and_minutes() {
        assert_eq!(duration(241), "4 h 01");
        assert_eq!(duration(0), "0 h 00");
    }

    #[test]
    fn days_say_whether_the_date_is_past() {
        assert_eq!(days_args(-3)[0].1, Arg::from("past"));
        assert_eq!(days_args(-3)[1].1, Arg::Number(3));
        assert_eq!(days_args(0)[0].1, Arg::from("today"));
    }
}
