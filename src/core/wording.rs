//! How numbers, amounts, durations and dates are written for Belgian readers, shared by the command
//! line, the documents and the window.

use super::i18n::Arg;
use chrono::NaiveDate;

/// `23/11/2026`, as Belgians write dates.
pub fn belgian_date(date: NaiveDate) -> String {
    date.format("%d/%m/%Y").to_string()
}

/// `4 h 01`, the way durations read in French and Dutch alike.
pub fn duration(minutes: u32) -> String {
    format!("{} h {:02}", minutes / 60, minutes % 60)
}

/// `5.088,58 EUR`, as amounts are written in Belgium.
pub fn euros(cents: i64) -> String {
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
pub fn days_args(days: i64) -> [(&'static str, Arg); 2] {
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
