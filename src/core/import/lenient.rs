//! A tolerant first pass over a calendar file, for the lines the `icalendar` crate's parser
//! refuses.
//!
//! The parser refuses a whole file for one line it cannot read, and says so in its own words
//! ("error: 0: at line 22, in Satisfy:"), pointing at the `BEGIN:VEVENT` around it. Real exports
//! hold such lines in properties the import never reads: iOS 26 writes
//! `X-APPLE-STRUCTURED-LOCATION;…;X-TITLE=Cabinet\; rez-de-chaussée;…:geo:…`, a backslash-escaped
//! `;` inside an unquoted parameter value, which RFC 5545 does not allow but Apple, and some
//! booking sites, write anyway.
//!
//! So the file is unfolded here, keeping for each content line the line of the file it starts on.
//! When the parser refuses the file, each line is tried on its own: a refused line of a property
//! the import does not use is left out; a refused line of a property it needs (a start, an end, a
//! rule, the place, the title) stops the import with an error naming that line of the file, in the
//! user's language. What the parser refuses beyond single lines (a `BEGIN` without its `END`) is
//! named by the line the parser stopped at.

use super::ImportError;
use icalendar::parser::read_calendar;

/// Properties the import reads: a refused line of one of these cannot simply be left out.
const USED: &[&str] = &[
    "DTSTART",
    "DTEND",
    "DURATION",
    "RRULE",
    "RDATE",
    "EXDATE",
    "RECURRENCE-ID",
    "SUMMARY",
    "LOCATION",
    "STATUS",
    "TZID",
    "TZOFFSETFROM",
    "TZOFFSETTO",
    "X-WR-TIMEZONE",
];

/// How much of a faulty line an error quotes.
const QUOTED: usize = 80;

/// A calendar's content lines, unfolded, each with the line of the file it starts on (1-based).
#[derive(Debug)]
pub(super) struct Lines {
    pub text: String,
    numbers: Vec<usize>,
}

impl Lines {
    fn from_lines(lines: Vec<(usize, String)>) -> Lines {
        let mut text = String::with_capacity(lines.iter().map(|(_, l)| l.len() + 1).sum());
        let mut numbers = Vec::with_capacity(lines.len());
        for (number, line) in lines {
            text.push_str(&line);
            text.push('\n');
            numbers.push(number);
        }
        Lines { text, numbers }
    }

    /// The content lines with their file line numbers.
    fn iter(&self) -> impl Iterator<Item = (usize, &str)> {
        self.numbers.iter().copied().zip(self.text.lines())
    }

    /// The error for the parser's message about this text: the file line it stopped at.
    pub(super) fn error(&self, detail: &str) -> ImportError {
        let index = parser_line(detail).map_or(0, |line| line.saturating_sub(1));
        let (line, content) = self
            .iter()
            .nth(index)
            .or_else(|| self.iter().last())
            .map_or((1, ""), |(n, l)| (n, l));
        ImportError::CalendarLine {
            line,
            content: quoted(content),
        }
    }
}

/// Unfolds the file's lines (a line starting with a space or a tab continues the one before) and
/// drops empty ones. Line ends may be CRLF, LF or a bare CR (old Mac tools).
pub(super) fn unfold(text: &str) -> Lines {
    let text = if text.contains('\r') && !text.contains('\n') {
        std::borrow::Cow::Owned(text.replace('\r', "\n"))
    } else {
        std::borrow::Cow::Borrowed(text)
    };
    let mut lines: Vec<(usize, String)> = Vec::new();
    for (index, raw) in text.split('\n').enumerate() {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        match (raw.strip_prefix([' ', '\t']), lines.last_mut()) {
            (Some(rest), Some((_, previous))) => previous.push_str(rest),
            _ if raw.trim().is_empty() => {}
            _ => lines.push((index + 1, raw.to_owned())),
        }
    }
    Lines::from_lines(lines)
}

/// The lines again without those the parser refuses and the import does not need; an error naming
/// the first refused line the import needs.
pub(super) fn repair(lines: &Lines) -> Result<Lines, ImportError> {
    let mut kept = Vec::new();
    for (number, line) in lines.iter() {
        let name = property_name(line);
        let structure = name.eq_ignore_ascii_case("BEGIN") || name.eq_ignore_ascii_case("END");
        if structure || reads(line) {
            kept.push((number, line.to_owned()));
        } else if USED.iter().any(|used| name.eq_ignore_ascii_case(used)) {
            return Err(ImportError::CalendarLine {
                line: number,
                content: quoted(line),
            });
        }
    }
    Ok(Lines::from_lines(kept))
}

/// Whether the parser reads this line as a property.
fn reads(line: &str) -> bool {
    read_calendar(&format!("BEGIN:X-LINE\n{line}\nEND:X-LINE\n")).is_ok()
}

/// A property's name: what comes before its first `;` or `:`.
fn property_name(line: &str) -> &str {
    line.split([';', ':']).next().unwrap_or(line).trim()
}

/// The parser's line number ("at line 22"), 1-based in the text it read.
fn parser_line(detail: &str) -> Option<usize> {
    let rest = &detail[detail.find("at line ")? + "at line ".len()..];
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

fn quoted(line: &str) -> String {
    if line.chars().count() <= QUOTED {
        return line.to_owned();
    }
    let mut cut: String = line.chars().take(QUOTED).collect();
    cut.push('…');
    cut
}

#[cfg(test)]
mod tests {
    use super::*;

    const IOS: &str = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART:20261123T080000\r\n\
        X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-APPLE-RADIUS=70;X-TITLE=Cabinet\\; 2e étage:geo:50.8,4.3\r\n\
        LOCATION:Cabinet\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    #[test]
    fn unfolding_keeps_each_lines_place_in_the_file() {
        let lines = unfold("BEGIN:VCALENDAR\r\nSUMMARY:Con\r\n sultation\r\n\r\nEND:VCALENDAR");
        assert_eq!(lines.text, "BEGIN:VCALENDAR\nSUMMARY:Consultation\nEND:VCALENDAR\n");
        assert_eq!(lines.numbers, [1, 2, 5]);
    }

    #[test]
    fn a_line_the_parser_refuses_in_an_unused_property_is_left_out() {
        let lines = unfold(IOS);
        assert!(read_calendar(&lines.text).is_err(), "the crate refuses iOS 26's line");
        let repaired = repair(&lines).unwrap();
        assert!(!repaired.text.contains("X-APPLE-STRUCTURED-LOCATION"));
        assert!(repaired.text.contains("LOCATION:Cabinet"));
        read_calendar(&repaired.text).unwrap();
    }

    #[test]
    fn a_refused_line_the_import_needs_is_named_with_its_file_line() {
        let text = IOS.replace("DTSTART:20261123T080000", "DTSTART;X-NOTE=a\\; b, c:20261123T080000");
        let error = repair(&unfold(&text)).unwrap_err();
        assert_eq!(error.position(), Some((4, None)));
        assert!(matches!(&error, ImportError::CalendarLine { content, .. } if content.starts_with("DTSTART")));
    }

    #[test]
    fn a_missing_end_is_named_by_the_line_the_parser_stopped_at() {
        let lines = unfold("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20261123T080000\nEND:VCALENDAR\n");
        let repaired = repair(&lines).unwrap();
        let error = repaired.error(&read_calendar(&repaired.text).unwrap_err());
        assert!(
            matches!(error, ImportError::CalendarLine { line, .. } if (1..=4).contains(&line)),
            "{error:?}"
        );
    }
}
