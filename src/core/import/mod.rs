//! Schedules brought in from elsewhere: a calendar file (`.ics`, see [`ics`]) or a spreadsheet
//! (`.csv`, see [`csv`]).
//!
//! Neither changes a declaration by itself. Each reads its file into a [`Proposal`]: the slots it
//! found, each marked [`Status::New`], [`Status::Identical`] to a slot the declaration already has,
//! or [`Status::Overlapping`] existing slots; the places it could not match to a site, offered as
//! new sites; and what it left out and why. The caller shows it (the GUI on the week grid, the CLI
//! as a report), lets the user choose, then calls [`Proposal::apply`] with the chosen slots.
//!
//! ```no_run
//! # use conventio::core::import::{self, ics::IcsOptions};
//! # fn demo(text: &str, declaration: &mut conventio::core::model::Declaration) -> Result<(), import::ImportError> {
//! let week = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
//! let proposal = import::ics::propose(text, declaration, &IcsOptions::for_week(week))?;
//! let chosen = proposal.default_selection(); // new slots; not the identical or overlapping ones
//! let applied = proposal.apply(declaration, &chosen);
//! # let _ = applied; Ok(()) }
//! ```

pub mod csv;
pub mod ics;
mod lenient;
mod recurrence;
mod timezones;

use super::i18n::Message;
use super::model::{Declaration, Site, Slot, TimeOfDay, Weekday};

/// FORMAT.md's text limits, which imported text must respect too.
pub(crate) const MAX_SITE_NAME: usize = 200;
pub(crate) const MAX_SITE_ADDRESS: usize = 300;
pub(crate) const MAX_SITE_ID: usize = 64;
pub(crate) const MAX_NOTE: usize = 500;

/// Why a file cannot be imported at all. Nothing is imported when any of these is returned.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum ImportError {
    /// The bytes are not UTF-8 text (position of the first bad byte).
    #[error("line {line}, column {column}: the file is not UTF-8 text")]
    NotUtf8 { line: usize, column: usize },
    /// Larger than any schedule: refused before reading.
    #[error("the file is larger than {limit_mib} MiB")]
    TooLarge { limit_mib: usize },
    /// Not a calendar file at all (no `BEGIN:VCALENDAR`).
    #[error("not a calendar file: {detail}")]
    NotCalendar { detail: String },
    /// A line of the calendar that cannot be read and that the import needs (a start, an end, a
    /// rule, a place), or where the file's structure breaks: its line in the file, and its text.
    #[error("line {line}: this calendar line cannot be read: {content}")]
    CalendarLine { line: usize, content: String },
    /// A spreadsheet cell or row is wrong. `line` is the file's line (the header is line 1);
    /// `column` is 1-based with the header's name for it, `None` when the whole row is wrong.
    #[error("{}", self.describe(super::i18n::localizer(super::i18n::Language::En)))]
    Cell {
        line: usize,
        column: Option<usize>,
        header: Option<String>,
        message: Message,
    },
}

impl ImportError {
    /// What is wrong, without the position (ids in `i18n/<lang>/import.ftl`).
    pub fn message(&self) -> Message {
        match self {
            ImportError::NotUtf8 { .. } => Message::new("import-not-utf8"),
            ImportError::TooLarge { limit_mib } => Message::new("import-too-large").arg("limit", *limit_mib),
            ImportError::NotCalendar { detail } => Message::new("import-ics-unreadable").arg("detail", detail.clone()),
            ImportError::CalendarLine { content, .. } => {
                Message::new("import-ics-line").arg("content", content.clone())
            }
            ImportError::Cell { message, .. } => message.clone(),
        }
    }

    /// Line and column (1-based) the error is about, when it is about a place in the file.
    pub fn position(&self) -> Option<(usize, Option<usize>)> {
        match self {
            ImportError::NotUtf8 { line, column } => Some((*line, Some(*column))),
            ImportError::Cell { line, column, .. } => Some((*line, *column)),
            ImportError::CalendarLine { line, .. } => Some((*line, None)),
            ImportError::TooLarge { .. } | ImportError::NotCalendar { .. } => None,
        }
    }

    /// The message with its position, as the CLI and the app show it.
    pub fn describe(&self, localizer: &super::i18n::Localizer) -> String {
        localizer.message(&self.with_position())
    }

    /// The message with its position, translated when shown.
    pub fn with_position(&self) -> Message {
        let detail = self.message();
        let header = match self {
            ImportError::Cell {
                header: Some(header), ..
            } => header.clone(),
            _ => String::new(),
        };
        match self.position() {
            Some((line, Some(column))) => Message::new("import-at-cell")
                .arg("line", line)
                .arg("column", column)
                .arg("header", header)
                .arg("detail", detail),
            Some((line, None)) => Message::new("import-at-line").arg("line", line).arg("detail", detail),
            None => detail,
        }
    }
}

/// Files larger than this are refused: a week's schedule is a few kilobytes, an agenda's whole
/// history a few megabytes.
pub(crate) const MAX_IMPORT_BYTES: usize = 16 * 1024 * 1024;

/// A file to import, read to at most one byte past [`MAX_IMPORT_BYTES`], so a huge file (or an
/// endless stream) is refused as too large without being read whole.
pub fn read_bounded(path: &std::path::Path) -> std::io::Result<Vec<u8>> {
    super::storage::read_bounded(path, MAX_IMPORT_BYTES)
}

/// The text of an imported file: UTF-8 with or without a byte-order mark.
pub fn text_of(bytes: &[u8]) -> Result<&str, ImportError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge {
            limit_mib: MAX_IMPORT_BYTES / (1024 * 1024),
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|error| {
        let before = &bytes[..error.valid_up_to()];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let column = before.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
        ImportError::NotUtf8 { line, column }
    })?;
    Ok(text.strip_prefix('\u{feff}').unwrap_or(text))
}

/// The text of a spreadsheet: UTF-8 (with or without BOM) or, when the bytes are not UTF-8,
/// Windows-1252 — what Excel writes on a Belgian Windows for "CSV (séparateur : point-virgule)",
/// the choice most people make rather than "CSV UTF-8". Every byte has a meaning in Windows-1252,
/// so only the size can be refused.
pub fn spreadsheet_text(bytes: &[u8]) -> Result<std::borrow::Cow<'_, str>, ImportError> {
    match text_of(bytes) {
        Ok(text) => Ok(std::borrow::Cow::Borrowed(text)),
        Err(ImportError::NotUtf8 { .. }) => Ok(std::borrow::Cow::Owned(
            bytes.iter().map(|&b| windows_1252(b)).collect(),
        )),
        Err(error) => Err(error),
    }
}

/// One Windows-1252 byte as a character (0x80–0x9F hold the typographic signs and the euro).
fn windows_1252(byte: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}', '\u{90}', '‘',
        '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
    ];
    match byte {
        0x80..=0x9f => HIGH[usize::from(byte - 0x80)],
        _ => char::from(byte),
    }
}

/// How a proposed slot compares with the declaration's slots.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    /// Nothing in the declaration at that time on that day.
    New,
    /// The declaration already has exactly this slot (day, hours, site, rates, setting), at this
    /// index: taking it again would only duplicate it.
    Identical { existing: usize },
    /// It overlaps these slots of the declaration (indices), which differ from it.
    Overlapping { existing: Vec<usize> },
}

impl Status {
    /// The message id of the status, as the preview and the CLI report name it.
    pub fn key(&self) -> &'static str {
        match self {
            Status::New => "import-status-new",
            Status::Identical { .. } => "import-status-identical",
            Status::Overlapping { .. } => "import-status-overlapping",
        }
    }
}

/// One slot the file proposes.
#[derive(Clone, Debug, PartialEq)]
pub struct ProposedSlot {
    /// The slot as it would be added; its `site` is an existing site's id or the id of one of the
    /// proposal's [`Proposal::new_sites`].
    pub slot: Slot,
    pub status: Status,
    /// Where it comes from, for the report: the event's summary or the spreadsheet's line.
    pub origin: Origin,
    /// The rates were read off the event's title ("honoraires libres"), not stated by the file nor
    /// chosen by the user: the preview says "rates guessed from the title".
    pub rates_guessed: bool,
}

/// Where a proposed slot or a skipped entry comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// A calendar event, by its summary (may be empty).
    Event { summary: String },
    /// A spreadsheet row, by its line number (1-based, the header is line 1).
    Row { line: usize },
}

/// Something in the file that is not proposed, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Skipped {
    pub origin: Origin,
    /// Why it was left out (ids `import-skip-*`).
    pub reason: Message,
}

impl Proposal {
    /// How many events were left out for want of a place (no place in the file, no site to put
    /// them on): the window and the command line offer to create a site for them.
    pub fn unplaced(&self) -> usize {
        self.skipped
            .iter()
            .filter(|s| {
                matches!(
                    s.reason.id.as_str(),
                    "import-skip-no-place" | "import-skip-no-place-no-site"
                )
            })
            .count()
    }
}

/// What a file proposes to add to a declaration.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Proposal {
    /// In the order of the week: day, then start.
    pub slots: Vec<ProposedSlot>,
    /// Places named in the file that match no site of the declaration, with fresh ids.
    pub new_sites: Vec<Site>,
    pub skipped: Vec<Skipped>,
    /// Calendar events (single or series) with no occurrence in the chosen week: an agenda's
    /// history and future, counted rather than listed.
    pub outside_week: usize,
}

/// What [`Proposal::apply`] changed.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Applied {
    pub slots_added: usize,
    pub sites_added: usize,
}

impl Proposal {
    /// The slots a user who does not choose would take: the new ones. Identical slots are already
    /// there; overlapping ones would contradict what the declaration says, so they wait for a choice.
    pub fn default_selection(&self) -> Vec<usize> {
        (0..self.slots.len())
            .filter(|&i| self.slots[i].status == Status::New)
            .collect()
    }

    /// Every slot that is not already in the declaration: new and overlapping.
    pub(crate) fn all_but_identical(&self) -> Vec<usize> {
        (0..self.slots.len())
            .filter(|&i| !matches!(self.slots[i].status, Status::Identical { .. }))
            .collect()
    }

    /// Adds the chosen slots (indices into [`Proposal::slots`]) to the declaration, with the new
    /// sites they need and no other. Identical slots are never added twice; unknown indices are
    /// ignored. One call is one change: the GUI records it as one undo step.
    pub fn apply(&self, declaration: &mut Declaration, selected: &[usize]) -> Applied {
        let mut applied = Applied::default();
        let mut chosen: Vec<usize> = selected.iter().copied().filter(|&i| i < self.slots.len()).collect();
        chosen.sort_unstable();
        chosen.dedup();
        for index in chosen {
            let proposed = &self.slots[index];
            if matches!(proposed.status, Status::Identical { .. }) || declaration.slots.contains(&proposed.slot) {
                continue;
            }
            if declaration.site(&proposed.slot.site).is_none()
                && let Some(site) = self.new_sites.iter().find(|s| s.id == proposed.slot.site)
            {
                declaration.sites.push(site.clone());
                applied.sites_added += 1;
            }
            declaration.slots.push(proposed.slot.clone());
            applied.slots_added += 1;
        }
        applied
    }
}

/// Builds proposals: matches places to sites (creating new ones once each) and compares slots with
/// the declaration's.
pub(crate) struct Builder<'a> {
    declaration: &'a Declaration,
    proposal: Proposal,
}

impl<'a> Builder<'a> {
    pub(crate) fn new(declaration: &'a Declaration) -> Self {
        Builder {
            declaration,
            proposal: Proposal::default(),
        }
    }

    /// The id of the site a place names: an existing site whose name, id or address matches
    /// (accents, case and punctuation ignored; "Name, address" also matches), else a new site
    /// proposed once for all the slots at that place.
    pub(crate) fn site_for(&mut self, place: &str) -> String {
        let sites = self.declaration.sites.iter().chain(self.proposal.new_sites.iter());
        if let Some(site) = sites.clone().find(|site| place_matches(place, site)) {
            return site.id.clone();
        }
        let site = new_site(place, sites.map(|s| s.id.as_str()));
        let id = site.id.clone();
        self.proposal.new_sites.push(site);
        id
    }

    /// The id of the declaration's site, or of a new site already proposed, that a place names.
    pub(crate) fn existing_site_for(&self, place: &str) -> Option<String> {
        let mut sites = self.declaration.sites.iter().chain(self.proposal.new_sites.iter());
        sites
            .find(|site| place_matches(place, site))
            .map(|site| site.id.clone())
    }

    pub(crate) fn skip(&mut self, origin: Origin, reason: Message) {
        self.proposal.skipped.push(Skipped { origin, reason });
    }

    /// Proposes a slot; an exact repeat of a slot already proposed (the same event twice in a
    /// file) is proposed once. It is marked against the declaration when the proposal is finished.
    pub(crate) fn propose(&mut self, slot: Slot, origin: Origin, rates_guessed: bool) {
        if self.proposal.slots.iter().any(|p| p.slot == slot) {
            return;
        }
        self.proposal.slots.push(ProposedSlot {
            slot,
            status: Status::New,
            origin,
            rates_guessed,
        });
    }

    /// Calendars: slots that touch or overlap at the same place on the same terms become one
    /// (an agenda of 15-minute appointments gives the consultation hours, not 30 slots). A note
    /// is kept only when all the merged slots share it. Spreadsheet rows are slots as written
    /// and are not merged.
    pub(crate) fn merge_touching(&mut self) {
        let mut slots = std::mem::take(&mut self.proposal.slots);
        slots.sort_by(|a, b| {
            let key = |p: &ProposedSlot| {
                (
                    p.slot.day,
                    p.slot.site.clone(),
                    p.slot.rates.key(),
                    p.slot.setting.key(),
                )
            };
            key(a).cmp(&key(b)).then(a.slot.start.cmp(&b.slot.start))
        });
        let mut merged: Vec<ProposedSlot> = Vec::with_capacity(slots.len());
        for next in slots {
            match merged.last_mut() {
                Some(current) if same_terms(&current.slot, &next.slot) && next.slot.start <= current.slot.end => {
                    current.slot.end = current.slot.end.max(next.slot.end);
                    current.rates_guessed |= next.rates_guessed;
                    if current.slot.note != next.slot.note {
                        current.slot.note = None;
                    }
                }
                _ => merged.push(next),
            }
        }
        self.proposal.slots = merged;
    }

    pub(crate) fn finish(mut self) -> Proposal {
        for proposed in &mut self.proposal.slots {
            proposed.status = status_of(&proposed.slot, &self.declaration.slots);
        }
        self.proposal
            .slots
            .sort_by_key(|p| (p.slot.day, p.slot.start, p.slot.end));
        self.proposal
    }
}

/// The same day, place, rates and setting.
fn same_terms(a: &Slot, b: &Slot) -> bool {
    (a.day, &a.site, a.rates, a.setting) == (b.day, &b.site, b.rates, b.setting)
}

/// New, identical or overlapping, against the declaration's slots.
fn status_of(slot: &Slot, existing: &[Slot]) -> Status {
    if let Some(index) = existing.iter().position(|e| same_slot(e, slot)) {
        return Status::Identical { existing: index };
    }
    let overlapping: Vec<usize> = existing
        .iter()
        .enumerate()
        .filter(|(_, e)| e.day == slot.day && e.start < slot.end && slot.start < e.end)
        .map(|(i, _)| i)
        .collect();
    if overlapping.is_empty() {
        Status::New
    } else {
        Status::Overlapping { existing: overlapping }
    }
}

/// The same time, place and terms; notes do not make two slots different.
fn same_slot(a: &Slot, b: &Slot) -> bool {
    (a.day, a.start, a.end, &a.site, a.rates, a.setting) == (b.day, b.start, b.end, &b.site, b.rates, b.setting)
}

/// A slot of the typical week from a day and two times, with the terms the caller chose.
pub(crate) fn slot(
    day: Weekday,
    start: TimeOfDay,
    end: TimeOfDay,
    site: String,
    terms: Terms,
    note: Option<String>,
) -> Slot {
    Slot {
        site,
        day,
        start,
        end,
        rates: terms.rates,
        setting: terms.setting,
        note,
        extra: Default::default(),
    }
}

/// Rates and setting of imported slots, where the file does not say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Terms {
    pub rates: super::model::Rates,
    pub setting: super::model::Setting,
}

impl Default for Terms {
    /// Agreement rates at the practice: what most slots are, and the safe side for the patient.
    fn default() -> Self {
        Terms {
            rates: super::model::Rates::Agreement,
            setting: super::model::Setting::Office,
        }
    }
}

/// Lower case, without accents, punctuation as spaces, spaces collapsed: how places and words are
/// compared (`Cabinet d'Ixelles` = `cabinet d ixelles`, `Hôpital` = `hopital`).
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => folded.push('a'),
            'æ' => folded.push_str("ae"),
            'ç' => folded.push('c'),
            'è' | 'é' | 'ê' | 'ë' => folded.push('e'),
            'ì' | 'í' | 'î' | 'ï' => folded.push('i'),
            'ñ' => folded.push('n'),
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' | 'ø' => folded.push('o'),
            'œ' => folded.push_str("oe"),
            'ù' | 'ú' | 'û' | 'ü' => folded.push('u'),
            'ý' | 'ÿ' => folded.push('y'),
            'ß' => folded.push_str("ss"),
            c if c.is_alphanumeric() => folded.push(c),
            _ => folded.push(' '),
        }
    }
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether a place as written in a file names this site.
fn place_matches(original: &str, site: &Site) -> bool {
    let place = fold(original);
    if place.is_empty() {
        return false;
    }
    let name = fold(&site.name);
    let address = fold(&site.address);
    place == name
        || place == fold(&site.id)
        || (!address.is_empty() && (place == address || place == format!("{name} {address}")))
        || fold(&place_parts(original).0) == name
}

/// A place written `Name, street, town` split into its name and the rest.
fn place_parts(place: &str) -> (String, String) {
    match place.split_once(',') {
        Some((name, rest)) => (name.trim().to_owned(), rest.trim().to_owned()),
        None => (place.trim().to_owned(), String::new()),
    }
}

/// A site for a place no existing site matches: `Name, address` gives both; the id is the name
/// without accents, unique among `taken`.
fn new_site<'s>(place: &str, taken: impl Iterator<Item = &'s str>) -> Site {
    let (name, address) = match place_parts(place) {
        // ", Rue Haute 300": no name before the address, so the whole place names the site.
        (name, _) if name.is_empty() => (place.trim_matches([',', ' ']).to_owned(), String::new()),
        parts => parts,
    };
    let name = truncate(&name, MAX_SITE_NAME);
    let address = truncate(&address, MAX_SITE_ADDRESS);
    let taken: Vec<&str> = taken.collect();
    let base: String = truncate(&fold(&name).replace(' ', "-"), MAX_SITE_ID - 4);
    let base = if base.is_empty() { "site".to_owned() } else { base };
    let id = std::iter::once(base.clone())
        .chain((2..).map(|n| format!("{base}-{n}")))
        .find(|candidate| !taken.contains(&candidate.as_str()))
        .unwrap_or(base);
    Site {
        id,
        name,
        address,
        extra: Default::default(),
    }
}

/// At most `limit` characters, cut on a character boundary.
pub(crate) fn truncate(text: &str, limit: usize) -> String {
    text.chars().take(limit).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(id: &str, name: &str, address: &str) -> Site {
        Site {
            id: id.into(),
            name: name.into(),
            address: address.into(),
            extra: Default::default(),
        }
    }

    #[test]
    fn places_match_sites_whatever_the_accents_case_and_address() {
        let ixelles = site(
            "ixelles",
            "Cabinet Hôpital d'Ixelles",
            "Chaussée de Boondael 10, 1050 Ixelles",
        );
        for place in [
            "cabinet hopital d'ixelles",
            "CABINET HÔPITAL D’IXELLES",
            "Cabinet Hôpital d'Ixelles, Chaussée de Boondael 10, 1050 Ixelles",
            "Chaussée de Boondael 10, 1050 Ixelles",
            "ixelles",
        ] {
            assert!(place_matches(place, &ixelles), "{place}");
        }
        assert!(!place_matches("Cabinet Uccle", &ixelles));
        assert!(!place_matches("", &ixelles));
    }

    #[test]
    fn a_new_place_gets_a_unique_id_and_its_address() {
        let site = new_site(
            "Polyclinique Érasme, Route de Lennik 808",
            ["polyclinique-erasme"].into_iter(),
        );
        assert_eq!(site.id, "polyclinique-erasme-2");
        assert_eq!(site.name, "Polyclinique Érasme");
        assert_eq!(site.address, "Route de Lennik 808");
        let unnamed = new_site(", Rue Haute 300", std::iter::empty());
        assert_eq!(
            (unnamed.name.as_str(), unnamed.id.as_str()),
            ("Rue Haute 300", "rue-haute-300")
        );
    }
}
