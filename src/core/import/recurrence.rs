//! The RFC 5545 values both calendar readers need: wall-clock date-times and recurrence rules,
//! shared by the events (`ics.rs`) and the time zones' own yearly rules (`timezones.rs`).

use chrono::{NaiveDateTime, TimeZone};
use std::str::FromStr;

/// `YYYYMMDDTHHMMSS` (seconds optional, as some tools write) as a wall-clock time.
pub(super) fn parse_local(text: &str) -> Option<NaiveDateTime> {
    let text = text.trim();
    NaiveDateTime::parse_from_str(text, "%Y%m%dT%H%M%S")
        .or_else(|_| NaiveDateTime::parse_from_str(text, "%Y%m%dT%H%M"))
        .ok()
}

/// The `KEY=value` fields of a rule, keys in upper case.
pub(super) fn rule_fields(rule: &str) -> Vec<(String, String)> {
    rule.trim()
        .trim_start_matches("RRULE:")
        .split(';')
        .filter_map(|field| field.split_once('='))
        .map(|(k, v)| (k.trim().to_ascii_uppercase(), v.trim().to_ascii_uppercase()))
        .collect()
}

/// The wall-clock occurrences of a rule from `start` between `from` and `to`, computed by the
/// `rrule` crate on wall-clock times (carried as UTC, which has no clock changes): a weekly series
/// keeps its local time across clock changes, as RFC 5545 says. `None` when the rule is invalid.
pub(super) fn try_expand_naive(
    start: NaiveDateTime,
    rule: &str,
    from: NaiveDateTime,
    to: NaiveDateTime,
) -> Option<Vec<NaiveDateTime>> {
    let carried = |t: NaiveDateTime| rrule::Tz::UTC.from_utc_datetime(&t);
    let rule = rrule::RRule::<rrule::Unvalidated>::from_str(rule).ok()?;
    let set = rule
        .build(carried(start))
        .ok()?
        .after(carried(from))
        .before(carried(to));
    Some(set.all(u16::MAX).dates.into_iter().map(|d| d.naive_utc()).collect())
}

/// Like [`try_expand_naive`], for a time zone's yearly rules: an invalid rule gives no onsets.
pub(super) fn expand_naive(
    start: NaiveDateTime,
    rule: &str,
    from: NaiveDateTime,
    to: NaiveDateTime,
) -> Vec<NaiveDateTime> {
    let fields: Vec<String> = rule_fields(rule)
        .into_iter()
        .filter(|(k, _)| k != "UNTIL")
        .map(|(k, v)| format!("{k}={v}"))
        .collect();
    try_expand_naive(start, &fields.join(";"), from, to).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_weekly_rule_keeps_its_wall_clock_time() {
        let at = |s: &str| NaiveDateTime::parse_from_str(s, "%Y%m%dT%H%M%S").unwrap();
        let dates = try_expand_naive(
            at("20260706T080000"),
            "FREQ=WEEKLY;BYDAY=MO,TH",
            at("20261121T000000"),
            at("20261202T000000"),
        )
        .unwrap();
        assert_eq!(
            dates,
            vec![at("20261123T080000"), at("20261126T080000"), at("20261130T080000")]
        );
    }
}
