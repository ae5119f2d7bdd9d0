//! A typical week of slots from a calendar file (RFC 5545 `.ics`), as Outlook, Google Calendar,
//! Thunderbird, Apple Calendar and the booking tools export it.
//!
//! The file is read by the `icalendar` crate's parser (escapes), after a tolerant pass of our own
//! (`lenient.rs`: unfolding with each line's place in the file, lines the parser refuses in
//! properties the import never reads left out, any other refusal named by its line); recurrences
//! are expanded by the `rrule` crate; time zones come from `chrono-tz` (see `timezones.rs`). What this
//! module decides is what a *typical week* is:
//!
//! - a weekly series (`RRULE:FREQ=WEEKLY` with `BYDAY`, or `FREQ=DAILY`, every week: `INTERVAL=1`)
//!   gives its occurrences in the chosen week, with exceptions (`EXDATE`) and moved occurrences
//!   (`RECURRENCE-ID`) ignored: they are the exception, not the schedule. A series that has ended
//!   before that week, or starts after it, is not part of it;
//! - a single event counts when it starts in the chosen week;
//! - times are converted to Brussels time: `TZID` (IANA or Windows name, or the file's
//!   `VTIMEZONE`), UTC (`Z`), or floating (the calendar's `X-WR-TIMEZONE`, else Brussels);
//! - all-day and cancelled events are left out; an event crossing midnight becomes one slot per
//!   day (`22:00–24:00` and `00:00–06:00`); an event of more than 24 hours is left out;
//! - `LOCATION` picks the site (see [`super::Builder::site_for`]); `SUMMARY` becomes the note and,
//!   when it says so in one of the four languages, the rates (free fees) or the setting (home
//!   visits, day hospital).

use super::recurrence::{parse_local, rule_fields, try_expand_naive};
use super::timezones::{self, BRUSSELS, Zone};
use super::{Builder, ImportError, MAX_NOTE, Origin, Proposal, Terms, fold, lenient, slot, truncate};
use crate::core::i18n::Message;
use crate::core::model::{Declaration, Rates, Setting, TimeOfDay, Weekday};
use chrono::{DateTime, Datelike, Days, Duration, NaiveDate, NaiveDateTime, TimeZone, Utc};
use icalendar::parser::{Component, Property, read_calendar};

/// What to take from a calendar file.
#[derive(Clone, Debug, PartialEq)]
pub struct IcsOptions {
    /// A day of the week to take (any day: the week runs Monday to Sunday, Brussels time).
    pub week: NaiveDate,
    /// Rates and setting of slots whose summary does not say.
    pub terms: Terms,
    /// Whether places that match no site are proposed as new sites; when not, their events go to
    /// `default_site` or are left out.
    pub new_sites: bool,
    /// The site of events without a place (and of unknown places when `new_sites` is off); when
    /// `None`, the declaration's only site if it has exactly one.
    pub default_site: Option<String>,
    /// When events without a place have no site to go to (none given, and the declaration has no
    /// site or several): the name of a new site for them, proposed like a place the file names.
    pub new_site_for_unplaced: Option<String>,
}

impl IcsOptions {
    /// Default options for the week containing `day`.
    pub fn for_week(day: NaiveDate) -> Self {
        IcsOptions {
            week: day,
            terms: Terms::default(),
            new_sites: true,
            default_site: None,
            new_site_for_unplaced: None,
        }
    }

    /// The Monday the chosen week starts on.
    pub fn monday(&self) -> NaiveDate {
        let back = u64::from(self.week.weekday().num_days_from_monday());
        self.week.checked_sub_days(Days::new(back)).unwrap_or(self.week)
    }
}

/// Reads a calendar file's text into the slots of the chosen week, compared with `declaration`.
pub fn propose(text: &str, declaration: &Declaration, options: &IcsOptions) -> Result<Proposal, ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let is_calendar = text
        .trim_start()
        .get(..15)
        .is_some_and(|start| start.eq_ignore_ascii_case("BEGIN:VCALENDAR"));
    if !is_calendar {
        return Err(ImportError::NotCalendar {
            detail: "BEGIN:VCALENDAR".to_owned(),
        });
    }
    // Unfolded with each line's place in the file; lines the parser refuses in properties the
    // import never reads are left out (see `lenient`), any other refusal names its line.
    let lines = lenient::unfold(text);
    let repaired;
    let calendar = match read_calendar(&lines.text) {
        Ok(calendar) => calendar,
        Err(_) => {
            repaired = lenient::repair(&lines)?;
            read_calendar(&repaired.text).map_err(|detail| repaired.error(&detail))?
        }
    };
    let vtimezones: Vec<Component<'_>> = calendar
        .components
        .iter()
        .filter(|c| c.name.as_str().eq_ignore_ascii_case("VTIMEZONE"))
        .cloned()
        .collect();
    let floating = calendar
        .properties
        .iter()
        .find(|p| p.name.as_str().eq_ignore_ascii_case("X-WR-TIMEZONE"))
        .and_then(|p| timezones::known(p.val.as_str()))
        .map_or(Zone::Named(BRUSSELS), Zone::Named);
    let reader = Reader {
        options,
        monday: options.monday(),
        vtimezones: &vtimezones,
        floating,
    };
    let mut builder = Builder::new(declaration);
    let mut outside_week = 0;
    for event in calendar
        .components
        .iter()
        .filter(|c| c.name.as_str().eq_ignore_ascii_case("VEVENT"))
    {
        match reader.event(event) {
            Ok(pieces) if pieces.is_empty() => outside_week += 1,
            Ok(pieces) => reader.propose(event, pieces, declaration, &mut builder),
            Err(reason) => builder.skip(origin(event), reason),
        }
    }
    builder.merge_touching();
    let mut proposal = builder.finish();
    proposal.outside_week = outside_week;
    Ok(proposal)
}

/// A part of an occurrence within one day, Brussels time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Piece {
    day: Weekday,
    start: TimeOfDay,
    end: TimeOfDay,
}

/// A date-time as an event states it: wall-clock time and the zone it is in.
struct When {
    local: NaiveDateTime,
    zone: Zone,
    /// The `TZID` (or `Z`, or empty for floating), to tell whether start and end share a zone.
    zone_name: String,
}

struct Reader<'a> {
    options: &'a IcsOptions,
    monday: NaiveDate,
    vtimezones: &'a [Component<'a>],
    floating: Zone,
}

impl Reader<'_> {
    /// The pieces of the event's occurrences in the chosen week, or why the event is left out.
    fn event(&self, event: &Component<'_>) -> Result<Vec<Piece>, Message> {
        if event.find_prop("RECURRENCE-ID").is_some() {
            return Err(Message::new("import-skip-moved"));
        }
        if value(event, "STATUS").is_some_and(|s| s.eq_ignore_ascii_case("CANCELLED")) {
            return Err(Message::new("import-skip-cancelled"));
        }
        let start_prop = event
            .find_prop("DTSTART")
            .ok_or_else(|| Message::new("import-skip-no-start"))?;
        if is_date_only(start_prop) {
            return Err(Message::new("import-skip-all-day"));
        }
        let start = self.when(start_prop)?;
        let length = self.length(event, &start)?;
        let occurrences = match value(event, "RRULE") {
            Some(rule) => self.occurrences(&start, rule)?,
            None => vec![start.local],
        };
        let mut pieces = Vec::new();
        for local in occurrences {
            let Some(begin) = start.zone.to_utc(local) else {
                continue;
            };
            let end = match length {
                Length::Nominal(duration) => start.zone.to_utc(local + duration),
                Length::Exact(duration) => Some(begin + duration),
            };
            if let Some(end) = end {
                pieces.extend(self.pieces_in_week(begin, end));
            }
        }
        Ok(pieces)
    }

    fn when(&self, property: &Property<'_>) -> Result<When, Message> {
        let text = property.val.as_str().trim();
        let bad = || Message::new("import-skip-bad-date").arg("value", text.to_owned());
        if let Some(utc) = text.strip_suffix('Z').or_else(|| text.strip_suffix('z')) {
            return Ok(When {
                local: parse_local(utc).ok_or_else(bad)?,
                zone: Zone::Named(chrono_tz::UTC),
                zone_name: "Z".to_owned(),
            });
        }
        let local = parse_local(text).ok_or_else(bad)?;
        match parameter(property, "TZID") {
            Some(tzid) => Ok(When {
                local,
                zone: timezones::resolve(tzid, self.vtimezones)
                    .ok_or_else(|| Message::new("import-skip-unknown-zone").arg("zone", tzid.to_owned()))?,
                zone_name: tzid.to_owned(),
            }),
            None => Ok(When {
                local,
                zone: self.floating.clone(),
                zone_name: String::new(),
            }),
        }
    }

    /// How long each occurrence lasts: `DTEND` in the start's zone keeps the wall-clock length
    /// (09:00–12:00 stays so on the day clocks change), otherwise the exact duration.
    fn length(&self, event: &Component<'_>, start: &When) -> Result<Length, Message> {
        let length = if let Some(end_prop) = event.find_prop("DTEND") {
            let end = self.when(end_prop)?;
            if end.zone_name == start.zone_name {
                Length::Nominal(end.local - start.local)
            } else {
                let (Some(from), Some(to)) = (start.zone.to_utc(start.local), end.zone.to_utc(end.local)) else {
                    return Err(Message::new("import-skip-no-end"));
                };
                Length::Exact(to - from)
            }
        } else if let Some(duration) = value(event, "DURATION") {
            Length::Exact(
                parse_duration(duration)
                    .ok_or_else(|| Message::new("import-skip-bad-date").arg("value", duration.to_owned()))?,
            )
        } else {
            return Err(Message::new("import-skip-no-end"));
        };
        let duration = match length {
            Length::Nominal(d) | Length::Exact(d) => d,
        };
        if duration <= Duration::zero() {
            return Err(Message::new("import-skip-no-end"));
        }
        if duration > Duration::hours(24) {
            return Err(Message::new("import-skip-too-long"));
        }
        Ok(length)
    }

    /// The series' occurrences (wall-clock times in its zone) near the chosen week. Only rules
    /// repeating every week or every day describe a typical week.
    fn occurrences(&self, start: &When, rule: &str) -> Result<Vec<NaiveDateTime>, Message> {
        let not_weekly = || Message::new("import-skip-not-weekly").arg("rule", rule.to_owned());
        let fields = rule_fields(rule);
        let field = |name: &str| fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str());
        if !matches!(field("FREQ"), Some("WEEKLY" | "DAILY")) || field("INTERVAL").is_some_and(|i| i.trim() != "1") {
            return Err(not_weekly());
        }
        let until = match field("UNTIL") {
            Some(until) => Some(self.until(until, start).ok_or_else(not_weekly)?),
            None => None,
        };
        let without_until: Vec<String> = fields
            .iter()
            .filter(|(k, _)| k != "UNTIL")
            .map(|(k, v)| format!("{k}={v}"))
            .collect();
        // Two days around the week cover every zone's offset from Brussels.
        let from = self.monday.and_hms_opt(0, 0, 0).unwrap_or_default() - Duration::days(2);
        let to = from + Duration::days(11);
        let occurrences = try_expand_naive(start.local, &without_until.join(";"), from, to)
            .ok_or_else(|| Message::new("import-skip-bad-rule").arg("rule", rule.to_owned()))?;
        Ok(occurrences
            .into_iter()
            .filter(|local| until.is_none_or(|until| start.zone.to_utc(*local).is_some_and(|t| t <= until)))
            .collect())
    }

    /// The last instant of a series: `UNTIL` in UTC, or in the start's zone (floating or a date).
    fn until(&self, text: &str, start: &When) -> Option<DateTime<Utc>> {
        let text = text.trim();
        if let Some(utc) = text.strip_suffix('Z') {
            return Some(Utc.from_utc_datetime(&parse_local(utc)?));
        }
        let local = match parse_local(text) {
            Some(local) => local,
            None => NaiveDate::parse_from_str(text, "%Y%m%d")
                .ok()?
                .and_hms_opt(23, 59, 59)?,
        };
        start.zone.to_utc(local)
    }

    /// The Brussels-time pieces of one occurrence that starts in the chosen week, one per day it
    /// covers; none when it starts outside the week.
    fn pieces_in_week(&self, begin: DateTime<Utc>, end: DateTime<Utc>) -> Vec<Piece> {
        let start = begin.with_timezone(&BRUSSELS).naive_local();
        let end = end.with_timezone(&BRUSSELS).naive_local();
        let week_end = self.monday + Days::new(7);
        if start.date() < self.monday || start.date() >= week_end {
            return Vec::new();
        }
        let mut pieces = Vec::new();
        let mut day = start.date();
        while day.and_hms_opt(0, 0, 0).is_some_and(|midnight| midnight < end) {
            let Some(next) = day.succ_opt() else { break };
            let day_start = day.and_hms_opt(0, 0, 0).unwrap_or(start);
            let day_end = next.and_hms_opt(0, 0, 0).unwrap_or(end);
            let (from, to) = (start.max(day_start), end.min(day_end));
            let from_minutes = minutes_between(day_start, from, false);
            let to_minutes = minutes_between(day_start, to, true);
            if let (Some(s), Some(e)) = (
                TimeOfDay::from_minutes(from_minutes),
                TimeOfDay::from_minutes(to_minutes),
            ) && s < e
                && s != TimeOfDay::END_OF_DAY
            {
                pieces.push(Piece {
                    day: Weekday::from_chrono(day.weekday()),
                    start: s,
                    end: e,
                });
            }
            day = next;
        }
        pieces
    }

    fn propose(&self, event: &Component<'_>, pieces: Vec<Piece>, declaration: &Declaration, builder: &mut Builder<'_>) {
        let summary = value(event, "SUMMARY").map(str::trim).unwrap_or_default();
        // Apple writes the place's name and address on two lines: read them as "name, address".
        let place = value(event, "LOCATION")
            .unwrap_or_default()
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
        let place = place.as_str();
        let Some(site) = self.site(place, declaration, builder) else {
            let reason = if place.is_empty() && declaration.sites.is_empty() {
                Message::new("import-skip-no-place-no-site")
            } else if place.is_empty() {
                Message::new("import-skip-no-place")
            } else {
                Message::new("import-skip-unknown-place").arg("place", place.to_owned())
            };
            builder.skip(origin(event), reason);
            return;
        };
        let terms = guess_terms(summary, self.options.terms);
        // Rates read off the title are a guess until the user confirms them in the preview.
        let rates_guessed = guessed_rates(summary).is_some();
        let note = (!summary.is_empty()).then(|| truncate(summary, MAX_NOTE));
        for piece in pieces {
            let slot = slot(piece.day, piece.start, piece.end, site.clone(), terms, note.clone());
            builder.propose(slot, origin(event), rates_guessed);
        }
    }

    /// The site of an event's place, per the options; `None` when it has to be left out.
    fn site(&self, place: &str, declaration: &Declaration, builder: &mut Builder<'_>) -> Option<String> {
        let fallback = || {
            self.options
                .default_site
                .clone()
                .or_else(|| match declaration.sites.as_slice() {
                    [only] => Some(only.id.clone()),
                    _ => None,
                })
        };
        if place.is_empty() {
            let named = self.options.new_site_for_unplaced.as_deref().map(str::trim);
            return fallback().or_else(|| named.filter(|n| !n.is_empty()).map(|name| builder.site_for(name)));
        }
        if let Some(id) = builder.existing_site_for(place) {
            return Some(id);
        }
        if self.options.new_sites {
            Some(builder.site_for(place))
        } else {
            self.options.default_site.clone()
        }
    }
}

#[derive(Clone, Copy)]
enum Length {
    Nominal(Duration),
    Exact(Duration),
}

/// Minutes from `day_start` to `time`, rounded down for a start and up for an end.
fn minutes_between(day_start: NaiveDateTime, time: NaiveDateTime, round_up: bool) -> u16 {
    let seconds = (time - day_start).num_seconds().clamp(0, 24 * 3600);
    let minutes = if round_up { (seconds + 59) / 60 } else { seconds / 60 };
    u16::try_from(minutes).unwrap_or(crate::core::model::END_OF_DAY)
}

/// Rates and setting as the summary states them in French, Dutch, German or English; otherwise
/// the caller's defaults. Only unambiguous phrases count ("honoraires libres", "vrije honoraria",
/// "non conventionné", "huisbezoeken", "hôpital de jour"): a lone "libre" ("consultations libres"
/// usually means walk-in hours), "vrij", "free" or Exchange's "[private]" mask say nothing about fees.
pub(crate) fn guess_terms(summary: &str, default: Terms) -> Terms {
    let folded = format!(" {} ", fold(summary));
    let has = |phrases: &[&str]| phrases.iter().any(|p| folded.contains(&format!(" {p} ")));
    let rates = guessed_rates(summary).unwrap_or(default.rates);
    let setting = if has(&[
        "hopital de jour",
        "dagziekenhuis",
        "daghospitalisatie",
        "tagesklinik",
        "day hospital",
    ]) {
        Setting::DayHospital
    } else if has(&[
        "visite a domicile",
        "visites a domicile",
        "huisbezoek",
        "huisbezoeken",
        "hausbesuch",
        "hausbesuche",
        "home visit",
        "home visits",
    ]) {
        Setting::HomeVisit
    } else {
        default.setting
    };
    Terms { rates, setting }
}

/// The rates a summary states in so many words, or `None`: the import then takes the caller's
/// default and the slot is not marked as guessed.
pub(crate) fn guessed_rates(summary: &str) -> Option<Rates> {
    let folded = format!(" {} ", fold(summary));
    let has = |phrases: &[&str]| phrases.iter().any(|p| folded.contains(&format!(" {p} ")));
    if has(&[
        "honoraires libres",
        "honoraires non conventionnes",
        "tarifs libres",
        "non conventionne",
        "non conventionnee",
        "deconventionne",
        "deconventionnee",
        "vrije honoraria",
        "vrije honoraires",
        "vrije tarieven",
        "niet geconventioneerd",
        "niet geconventioneerde",
        "freie honorare",
        "freie tarife",
        "nicht konventioniert",
        "free fees",
        "non agreement rates",
    ]) {
        Some(Rates::Free)
    } else if has(&[
        "conventionne",
        "conventionnee",
        "tarifs de l accord",
        "tarifs conventionnels",
        "geconventioneerd",
        "geconventioneerde",
        "akkoordtarieven",
        "konventioniert",
        "agreement rates",
    ]) {
        Some(Rates::Agreement)
    } else {
        None
    }
}

fn origin(event: &Component<'_>) -> Origin {
    Origin::Event {
        summary: value(event, "SUMMARY").map(str::trim).unwrap_or_default().to_owned(),
    }
}

fn value<'c>(component: &'c Component<'_>, name: &str) -> Option<&'c str> {
    component
        .properties
        .iter()
        .find(|p| p.name.as_str().eq_ignore_ascii_case(name))
        .map(|p| p.val.as_str())
}

fn parameter<'p>(property: &'p Property<'_>, key: &str) -> Option<&'p str> {
    property
        .params
        .iter()
        .find(|p| p.key.as_str().eq_ignore_ascii_case(key))
        .and_then(|p| p.val.as_ref())
        .map(|v| v.as_str())
}

/// `VALUE=DATE`, or a bare `YYYYMMDD`: an all-day event.
fn is_date_only(property: &Property<'_>) -> bool {
    parameter(property, "VALUE").is_some_and(|v| v.eq_ignore_ascii_case("DATE"))
        || property.val.as_str().trim().len() == 8
}

/// An RFC 5545 duration (`PT3H`, `PT1H30M`, `P1D`, `-PT15M` is refused) as a duration.
fn parse_duration(text: &str) -> Option<Duration> {
    let text = text.trim().strip_prefix('+').unwrap_or(text.trim());
    let rest = text.strip_prefix('P')?;
    let mut total = Duration::zero();
    let mut number = String::new();
    let mut in_time = false;
    for c in rest.chars() {
        match c {
            'T' => in_time = true,
            '0'..='9' => number.push(c),
            unit => {
                let n: i64 = number.parse().ok()?;
                number.clear();
                total += match (unit, in_time) {
                    ('W', false) => Duration::weeks(n),
                    ('D', false) => Duration::days(n),
                    ('H', true) => Duration::hours(n),
                    ('M', true) => Duration::minutes(n),
                    ('S', true) => Duration::seconds(n),
                    _ => return None,
                };
            }
        }
    }
    number.is_empty().then_some(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_weeks_days_hours_minutes() {
        assert_eq!(parse_duration("PT3H"), Some(Duration::hours(3)));
        assert_eq!(parse_duration("PT1H30M"), Some(Duration::minutes(90)));
        assert_eq!(parse_duration("P1D"), Some(Duration::days(1)));
        assert_eq!(parse_duration("P1W"), Some(Duration::weeks(1)));
        assert_eq!(parse_duration("-PT15M"), None);
        assert_eq!(parse_duration("PT"), Some(Duration::zero()));
        assert_eq!(parse_duration("PT3"), None);
    }

    #[test]
    fn summaries_in_four_languages_name_free_fees_and_home_visits() {
        let default = Terms::default();
        assert_eq!(
            guess_terms("Consultations — honoraires libres", default).rates,
            Rates::Free
        );
        assert_eq!(
            guess_terms("Vrije honoraria — Cabinet Ixelles", default).rates,
            Rates::Free
        );
        assert_eq!(guess_terms("Sprechstunde (freie Honorare)", default).rates, Rates::Free);
        assert_eq!(guess_terms("Vrijdag consultatie", default).rates, Rates::Agreement);
        assert_eq!(guess_terms("Non conventionné", default).rates, Rates::Free);
        assert_eq!(guess_terms("Huisbezoeken", default).setting, Setting::HomeVisit);
        assert_eq!(guess_terms("Hôpital de jour", default).setting, Setting::DayHospital);
        assert_eq!(guess_terms("Consultations", default), default);
    }

    #[test]
    fn a_private_mask_and_ambiguous_words_guess_nothing() {
        let default = Terms::default();
        for summary in [
            "[private]",
            "[Private] Rendez-vous",
            "Consultations libres",
            "Plage libre",
            "Vrij spreekuur",
            "Free slot",
            "Private appointment",
            "Freie Sprechstunde",
        ] {
            assert_eq!(guessed_rates(summary), None, "{summary}");
            assert_eq!(guess_terms(summary, default), default, "{summary}");
        }
        assert_eq!(guessed_rates("Tarifs libres"), Some(Rates::Free));
        assert_eq!(guessed_rates("Consultation conventionnée"), Some(Rates::Agreement));
    }
}
