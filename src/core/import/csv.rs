//! A schedule from a spreadsheet saved as CSV, and the words both directions use.
//!
//! One slot per row under a header row naming the columns, in English, French, Dutch or German:
//!
//! | en | fr | nl | de |
//! |---|---|---|---|
//! | day | jour | dag | Tag |
//! | start | début | begin | Beginn |
//! | end | fin | einde | Ende |
//! | site | lieu | plaats | Ort |
//! | rates | tarifs | tarieven | Tarife |
//! | setting | activité | activiteit | Tätigkeit |
//! | note | remarque | opmerking | Bemerkung |
//!
//! Columns may come in any order; `setting` and `note` may be left out (a practice, no note).
//! Separators `;` (Excel and LibreOffice in Belgium), `,` or tab are detected from the header.
//! Days, rates and settings are recognised in the four languages, accents and case ignored; times
//! as people type them (`8:30`, `08h30`, `0830`, and `08:30:00` as spreadsheets save them).
//!
//! The vocabulary is part of the file format, like the JSON keys: it lives here, not in the Fluent
//! files, so that a change of wording in a translation never makes an old spreadsheet unreadable.
//! The export (`export::schedule_csv`) writes the first word of each list.
//!
//! Any error names its line and column and nothing is imported.

use super::{Builder, ImportError, MAX_NOTE, MAX_SITE_NAME, Origin, Proposal, Terms, fold, slot};
use crate::core::i18n::{self, Language, Message};
use crate::core::model::{Declaration, Rates, Setting, TimeError, TimeOfDay, Weekday};

/// The columns of the schedule sheet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Column {
    Day,
    Start,
    End,
    Site,
    Rates,
    Setting,
    Note,
}

impl Column {
    pub const ALL: [Column; 7] = [
        Column::Day,
        Column::Start,
        Column::End,
        Column::Site,
        Column::Rates,
        Column::Setting,
        Column::Note,
    ];

    /// The header in a language (English for German's neighbours who asked for none).
    pub fn header(self, language: Language) -> &'static str {
        let names = self.names();
        match language {
            Language::En => names[0],
            Language::Fr => names[1],
            Language::Nl => names[2],
            Language::De => names[3],
        }
    }

    /// en, fr, nl, de, then other names seen in practice.
    fn names(self) -> &'static [&'static str] {
        match self {
            Column::Day => &[
                "day",
                "jour",
                "dag",
                "Tag",
                "weekday",
                "journée",
                "weekdag",
                "Wochentag",
            ],
            Column::Start => &[
                "start",
                "début",
                "begin",
                "Beginn",
                "from",
                "de",
                "van",
                "von",
                "heure de début",
            ],
            Column::End => &[
                "end",
                "fin",
                "einde",
                "Ende",
                "to",
                "à",
                "tot",
                "bis",
                "eind",
                "heure de fin",
            ],
            Column::Site => &[
                "site", "lieu", "plaats", "Ort", "place", "location", "locatie", "cabinet",
            ],
            Column::Rates => &[
                "rates",
                "tarifs",
                "tarieven",
                "Tarife",
                "tarif",
                "tarief",
                "honoraires",
                "honoraria",
            ],
            Column::Setting => &["setting", "activité", "activiteit", "Tätigkeit", "type", "soort"],
            Column::Note => &[
                "note",
                "remarque",
                "opmerking",
                "Bemerkung",
                "notes",
                "comment",
                "commentaire",
            ],
        }
    }

    fn required(self) -> bool {
        !matches!(self, Column::Setting | Column::Note)
    }

    fn from_header(text: &str) -> Option<Column> {
        let folded = fold(text);
        Column::ALL
            .into_iter()
            .find(|column| column.names().iter().any(|name| fold(name) == folded))
    }
}

/// Day names: the export writes the first of each language's list.
pub(crate) fn day_word(day: Weekday, language: Language) -> &'static str {
    day_words(day)[language_index(language)][0]
}

fn language_index(language: Language) -> usize {
    match language {
        Language::En => 0,
        Language::Fr => 1,
        Language::Nl => 2,
        Language::De => 3,
    }
}

/// en, fr, nl, de: full names then abbreviations.
fn day_words(day: Weekday) -> [&'static [&'static str]; 4] {
    match day {
        Weekday::Monday => [
            &["monday", "mon"],
            &["lundi", "lun"],
            &["maandag", "ma"],
            &["Montag", "mo"],
        ],
        Weekday::Tuesday => [
            &["tuesday", "tue"],
            &["mardi", "mar"],
            &["dinsdag", "di"],
            &["Dienstag", "di"],
        ],
        Weekday::Wednesday => [
            &["wednesday", "wed"],
            &["mercredi", "mer"],
            &["woensdag", "wo"],
            &["Mittwoch", "mi"],
        ],
        Weekday::Thursday => [
            &["thursday", "thu"],
            &["jeudi", "jeu"],
            &["donderdag", "do"],
            &["Donnerstag", "do"],
        ],
        Weekday::Friday => [
            &["friday", "fri"],
            &["vendredi", "ven"],
            &["vrijdag", "vr"],
            &["Freitag", "fr"],
        ],
        Weekday::Saturday => [
            &["saturday", "sat"],
            &["samedi", "sam"],
            &["zaterdag", "za"],
            &["Samstag", "sa"],
        ],
        Weekday::Sunday => [
            &["sunday", "sun"],
            &["dimanche", "dim"],
            &["zondag", "zo"],
            &["Sonntag", "so"],
        ],
    }
}

/// Rates words, en/fr/nl/de first (what the export writes), then other ways of saying it.
fn rates_words(rates: Rates) -> &'static [&'static str] {
    match rates {
        Rates::Agreement => &[
            "agreement",
            "tarifs de l'accord",
            "akkoordtarieven",
            "Tarife des Abkommens",
            "agreement rates",
            "accord",
            "conventionné",
            "akkoord",
            "geconventioneerd",
            "Abkommen",
            "Abkommenstarife",
        ],
        Rates::Free => &[
            "free",
            "honoraires libres",
            "vrije honoraria",
            "freie Honorare",
            "free fees",
            "libre",
            "libres",
            "non conventionné",
            "vrij",
            "vrije",
            "niet geconventioneerd",
            "frei",
        ],
    }
}

/// Setting words, en/fr/nl/de first (what the export writes), then other ways of saying it.
fn setting_words(setting: Setting) -> &'static [&'static str] {
    match setting {
        Setting::Office => &[
            "office",
            "cabinet",
            "praktijk",
            "Praxis",
            "practice",
            "consultation",
            "consultations",
            "raadpleging",
            "raadplegingen",
            "Sprechstunde",
        ],
        Setting::HomeVisit => &[
            "home visits",
            "visites à domicile",
            "huisbezoeken",
            "Hausbesuche",
            "home_visit",
            "home visit",
            "visite à domicile",
            "domicile",
            "huisbezoek",
            "Hausbesuch",
        ],
        Setting::Hospital => &[
            "hospital",
            "patients hospitalisés",
            "gehospitaliseerde patiënten",
            "stationäre Patienten",
            "hospitalised patients",
            "hospitalized patients",
            "hospitalisation",
            "hôpital",
            "ziekenhuis",
            "gehospitaliseerd",
            "Krankenhaus",
        ],
        Setting::DayHospital => &[
            "day hospital",
            "hôpital de jour",
            "daghospitalisatie",
            "Tagesklinik",
            "day_hospital",
            "dagziekenhuis",
        ],
    }
}

pub(crate) fn rates_word(rates: Rates, language: Language) -> &'static str {
    rates_words(rates)[language_index(language)]
}

pub(crate) fn setting_word(setting: Setting, language: Language) -> &'static str {
    setting_words(setting)[language_index(language)]
}

/// A word from the lists, or the app's own label for it in any language (`Tarifs de l'accord`).
fn recognise<T: Copy>(
    text: &str,
    values: &[T],
    words: impl Fn(T) -> &'static [&'static str],
    key: impl Fn(T) -> String,
) -> Option<T> {
    let folded = fold(text);
    if folded.is_empty() {
        return None;
    }
    values.iter().copied().find(|&value| {
        words(value).iter().any(|w| fold(w) == folded)
            || Language::ALL
                .iter()
                .any(|&l| fold(&i18n::localizer(l).tr(&key(value))) == folded)
    })
}

fn parse_day(text: &str) -> Option<Weekday> {
    let folded = fold(text).trim_end_matches('.').to_owned();
    Weekday::ALL.into_iter().find(|&day| {
        day.key() == folded
            || day_words(day)
                .iter()
                .flat_map(|words| words.iter())
                .any(|w| fold(w) == folded)
    })
}

fn parse_rates(text: &str) -> Option<Rates> {
    recognise(text, &[Rates::Agreement, Rates::Free], rates_words, |r| {
        format!("rates-{}", r.key())
    })
}

fn parse_setting(text: &str) -> Option<Setting> {
    recognise(text, &Setting::ALL, setting_words, |s| format!("setting-{}", s.key()))
}

/// A time as typed, or as a spreadsheet saves one: `08:30:00`, and `08:30:00 AM` / `02:00:00 PM`
/// from a spreadsheet in an English locale (LibreOffice's default).
fn parse_time(text: &str) -> Result<TimeOfDay, TimeError> {
    let lower = text.trim().to_ascii_lowercase();
    let (clock, meridiem) = match lower.strip_suffix("am").or_else(|| lower.strip_suffix("a.m.")) {
        Some(clock) => (clock.trim_end(), Some(false)),
        None => match lower.strip_suffix("pm").or_else(|| lower.strip_suffix("p.m.")) {
            Some(clock) => (clock.trim_end(), Some(true)),
            None => (lower.as_str(), None),
        },
    };
    let clock = match clock.rsplit_once(':') {
        Some((head, "00")) if head.contains(':') => head,
        _ => clock,
    };
    let time = TimeOfDay::parse_lenient(clock)?;
    let Some(afternoon) = meridiem else {
        return Ok(time);
    };
    let hours = time.hours_part();
    if !(1..=12).contains(&hours) {
        return Err(TimeError::OutOfRange);
    }
    let hours = match (hours, afternoon) {
        (12, false) => 0,
        (12, true) => 12,
        (h, true) => h + 12,
        (h, false) => h,
    };
    TimeOfDay::from_hm(hours, time.minutes_part()).ok_or(TimeError::OutOfRange)
}

/// What to do with a spreadsheet.
#[derive(Clone, Debug, PartialEq)]
pub struct CsvOptions {
    /// Whether places that match no site are proposed as new sites; when not, they are errors.
    pub new_sites: bool,
}

impl Default for CsvOptions {
    fn default() -> Self {
        CsvOptions { new_sites: true }
    }
}

/// The separators a sheet may use, most Belgian first.
const SEPARATORS: [u8; 3] = [b';', b',', b'\t'];

/// Reads a spreadsheet's text (BOM already removed or not) into a proposal for `declaration`.
pub fn propose(text: &str, declaration: &Declaration, options: &CsvOptions) -> Result<Proposal, ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let separator = detect_separator(text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator)
        .has_headers(false)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let header = loop {
        match records.next() {
            None => return Err(row_error(1, Message::new("import-csv-empty"))),
            Some(record) => {
                let record = record.map_err(|e| syntax_error(text, &e))?;
                if !is_blank(&record) {
                    break record;
                }
            }
        }
    };
    let header_line = line_of(text, header.position());
    let columns = columns(&header, header_line)?;
    let headers: Vec<String> = header.iter().map(str::to_owned).collect();
    let mut builder = Builder::new(declaration);
    for record in records {
        let record = record.map_err(|e| syntax_error(text, &e))?;
        if is_blank(&record) {
            continue;
        }
        let row = Row {
            record: &record,
            columns: &columns,
            headers: &headers,
            line: line_of(text, record.position()),
        };
        let proposed = row.slot(declaration, options, &mut builder)?;
        builder.propose(proposed, Origin::Row { line: row.line }, false);
    }
    Ok(builder.finish())
}

/// The separator that splits the header into the most known columns; `;` when none does.
fn detect_separator(text: &str) -> u8 {
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or_default();
    let known = |separator: u8| {
        first
            .split(char::from(separator))
            .filter(|name| Column::from_header(name.trim().trim_matches('"')).is_some())
            .count()
    };
    SEPARATORS
        .into_iter()
        .max_by_key(|&s| (known(s), std::cmp::Reverse(SEPARATORS.iter().position(|&x| x == s))))
        .unwrap_or(b';')
}

fn is_blank(record: &csv::StringRecord) -> bool {
    record.iter().all(|field| field.trim().is_empty())
}

/// The line a record starts on, counted in the text itself: the `csv` crate's own line count
/// leaves out blank lines, and the user's editor does not.
fn line_of(text: &str, position: Option<&csv::Position>) -> usize {
    let bytes = text.as_bytes();
    let mut byte = position.map_or(0, |p| usize::try_from(p.byte()).unwrap_or(usize::MAX));
    // The position is where the previous record ended: blank lines before this one come first.
    while matches!(bytes.get(byte), Some(b'\r' | b'\n')) {
        byte += 1;
    }
    let before = bytes.get(..byte).unwrap_or(bytes);
    before.iter().filter(|&&b| b == b'\n').count() + 1
}

fn row_error(line: usize, message: Message) -> ImportError {
    ImportError::Cell {
        line,
        column: None,
        header: None,
        message,
    }
}

fn syntax_error(text: &str, error: &csv::Error) -> ImportError {
    let line = line_of(text, error.position());
    match error.kind() {
        csv::ErrorKind::Utf8 { .. } => row_error(line, Message::new("import-not-utf8")),
        _ => row_error(line, Message::new("import-csv-syntax").arg("detail", error.to_string())),
    }
}

/// Which column (0-based) holds what, from the header row.
fn columns(header: &csv::StringRecord, line: usize) -> Result<Vec<Column>, ImportError> {
    let mut columns = Vec::new();
    for (index, name) in header.iter().enumerate() {
        let error = |id: &str| ImportError::Cell {
            line,
            column: Some(index + 1),
            header: Some(name.to_owned()),
            message: Message::new(id)
                .arg("name", name.to_owned())
                .arg("expected", expected_headers()),
        };
        let column = Column::from_header(name).ok_or_else(|| error("import-csv-header-unknown"))?;
        if columns.contains(&column) {
            return Err(error("import-csv-header-twice"));
        }
        columns.push(column);
    }
    if let Some(missing) = Column::ALL.into_iter().find(|c| c.required() && !columns.contains(c)) {
        return Err(row_error(
            line,
            Message::new("import-csv-header-missing")
                .arg("name", missing.header(Language::En))
                .arg("expected", expected_headers()),
        ));
    }
    Ok(columns)
}

/// The English header, as error messages suggest it.
fn expected_headers() -> String {
    Column::ALL
        .iter()
        .map(|c| c.header(Language::En))
        .collect::<Vec<_>>()
        .join(";")
}

struct Row<'a> {
    record: &'a csv::StringRecord,
    columns: &'a [Column],
    /// The header's own words, for messages.
    headers: &'a [String],
    line: usize,
}

impl Row<'_> {
    /// The cell of a column, with its 1-based position; empty when the column is absent.
    fn cell(&self, column: Column) -> (&str, usize) {
        match self.columns.iter().position(|&c| c == column) {
            Some(index) => (self.record.get(index).unwrap_or_default(), index + 1),
            None => ("", 0),
        }
    }

    fn error(&self, column: Column, message: Message) -> ImportError {
        let (_, position) = self.cell(column);
        let header = self.headers.get(position.wrapping_sub(1)).cloned();
        ImportError::Cell {
            line: self.line,
            column: (position > 0).then_some(position),
            header: header.or_else(|| Some(column.header(Language::En).to_owned())),
            message,
        }
    }

    fn slot(
        &self,
        declaration: &Declaration,
        options: &CsvOptions,
        builder: &mut Builder<'_>,
    ) -> Result<crate::core::model::Slot, ImportError> {
        if self.record.len() > self.columns.len() {
            return Err(ImportError::Cell {
                line: self.line,
                column: Some(self.columns.len() + 1),
                header: None,
                message: Message::new("import-csv-extra-cell")
                    .arg("expected", self.columns.len())
                    .arg("found", self.record.len()),
            });
        }
        let (day_text, _) = self.cell(Column::Day);
        let day = parse_day(day_text).ok_or_else(|| {
            self.error(
                Column::Day,
                Message::new("import-csv-day").arg("value", day_text.to_owned()),
            )
        })?;
        let start = self.time(Column::Start)?;
        if start == TimeOfDay::END_OF_DAY {
            return Err(self.error(Column::Start, Message::new("import-csv-start-midnight")));
        }
        let end = self.time(Column::End)?;
        if end <= start {
            return Err(self.error(
                Column::End,
                Message::new("import-csv-time-order")
                    .arg("start", start.to_string())
                    .arg("end", end.to_string()),
            ));
        }
        let (rates_text, _) = self.cell(Column::Rates);
        let rates = parse_rates(rates_text).ok_or_else(|| {
            self.error(
                Column::Rates,
                Message::new("import-csv-rates").arg("value", rates_text.to_owned()),
            )
        })?;
        let (setting_text, _) = self.cell(Column::Setting);
        let setting = if setting_text.is_empty() {
            Terms::default().setting
        } else {
            parse_setting(setting_text).ok_or_else(|| {
                self.error(
                    Column::Setting,
                    Message::new("import-csv-setting").arg("value", setting_text.to_owned()),
                )
            })?
        };
        let site = self.site(declaration, options, builder)?;
        let (note, _) = self.cell(Column::Note);
        if note.chars().count() > MAX_NOTE {
            return Err(self.error(Column::Note, Message::new("import-csv-too-long").arg("limit", MAX_NOTE)));
        }
        let note = (!note.is_empty()).then(|| note.to_owned());
        Ok(slot(day, start, end, site, Terms { rates, setting }, note))
    }

    fn time(&self, column: Column) -> Result<TimeOfDay, ImportError> {
        let (text, _) = self.cell(column);
        parse_time(text).map_err(|_| self.error(column, Message::new("import-csv-time").arg("value", text.to_owned())))
    }

    fn site(
        &self,
        declaration: &Declaration,
        options: &CsvOptions,
        builder: &mut Builder<'_>,
    ) -> Result<String, ImportError> {
        let (place, _) = self.cell(Column::Site);
        if place.is_empty() {
            return match declaration.sites.as_slice() {
                [only] => Ok(only.id.clone()),
                _ => Err(self.error(Column::Site, Message::new("import-csv-site-empty"))),
            };
        }
        if place.chars().count() > MAX_SITE_NAME {
            return Err(self.error(
                Column::Site,
                Message::new("import-csv-too-long").arg("limit", MAX_SITE_NAME),
            ));
        }
        if let Some(id) = builder.existing_site_for(place) {
            return Ok(id);
        }
        if options.new_sites {
            Ok(builder.site_for(place))
        } else {
            Err(self.error(
                Column::Site,
                Message::new("import-csv-site-unknown").arg("value", place.to_owned()),
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_recognised_in_four_languages_and_abbreviated() {
        for (text, day) in [
            ("Lundi", Weekday::Monday),
            ("maandag", Weekday::Monday),
            ("Montag", Weekday::Monday),
            ("monday", Weekday::Monday),
            ("Di.", Weekday::Tuesday),
            ("MER", Weekday::Wednesday),
            ("Donnerstag", Weekday::Thursday),
            ("vr", Weekday::Friday),
            ("zaterdag", Weekday::Saturday),
            ("dim", Weekday::Sunday),
        ] {
            assert_eq!(parse_day(text), Some(day), "{text}");
        }
        assert_eq!(parse_day("lunedi"), None);
    }

    #[test]
    fn rates_and_settings_are_recognised_by_word_or_by_the_apps_label() {
        assert_eq!(parse_rates("Honoraires libres"), Some(Rates::Free));
        assert_eq!(parse_rates("AKKOORDTARIEVEN"), Some(Rates::Agreement));
        assert_eq!(parse_rates("Tarife des Abkommens"), Some(Rates::Agreement));
        assert_eq!(parse_rates("cheap"), None);
        assert_eq!(parse_setting("Visites à domicile"), Some(Setting::HomeVisit));
        assert_eq!(
            parse_setting("Praktijk (raadplegingen, afspraken)"),
            Some(Setting::Office)
        );
        assert_eq!(parse_setting("home_visit"), Some(Setting::HomeVisit));
        assert_eq!(parse_setting("Tagesklinik"), Some(Setting::DayHospital));
    }

    #[test]
    fn spreadsheet_times_with_zero_seconds_are_accepted() {
        assert_eq!(parse_time("08:30:00"), TimeOfDay::parse_lenient("8:30"));
        assert_eq!(parse_time("08h30"), TimeOfDay::parse_lenient("8:30"));
        assert!(parse_time("08:30:15").is_err());
        assert_eq!(parse_time("08:00:00 AM"), TimeOfDay::parse_lenient("8:00"));
        assert_eq!(parse_time("02:00:00 PM"), TimeOfDay::parse_lenient("14:00"));
        assert_eq!(parse_time("12:30 PM"), TimeOfDay::parse_lenient("12:30"));
        assert_eq!(parse_time("12:00:00 AM"), Ok(TimeOfDay::MIDNIGHT));
        assert!(parse_time("13:00 PM").is_err());
    }

    #[test]
    fn the_separator_is_the_one_that_splits_the_header() {
        assert_eq!(detect_separator("day;start;end;site;rates;setting;note\n"), b';');
        assert_eq!(detect_separator("jour,début,fin,lieu,tarifs,activité,remarque\n"), b',');
        assert_eq!(detect_separator("dag\tbegin\teinde\tplaats\ttarieven\n"), b'\t');
    }

    #[test]
    fn every_export_word_reads_back_as_itself() {
        for language in Language::ALL {
            for day in Weekday::ALL {
                assert_eq!(parse_day(day_word(day, language)), Some(day));
            }
            for rates in [Rates::Agreement, Rates::Free] {
                assert_eq!(parse_rates(rates_word(rates, language)), Some(rates));
            }
            for setting in Setting::ALL {
                assert_eq!(parse_setting(setting_word(setting, language)), Some(setting));
            }
            for column in Column::ALL {
                assert_eq!(Column::from_header(column.header(language)), Some(column));
            }
        }
    }
}
