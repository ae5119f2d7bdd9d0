//! The declaration file, version 1 (`shared/FORMAT.md`): strict reading with messages that name the
//! line and column, and a normalised writer.

use super::agreement::Agreements;
use super::i18n::Message;
use super::model::{Choice, Declaration, Doctor, Site, Slot};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

pub(crate) const FORMAT_NAME: &str = "conventio-declaration";
pub(crate) const FORMAT_VERSION: u64 = 1;

/// Files larger than this are refused before parsing: a real declaration is a few kilobytes.
pub const MAX_FILE_BYTES: usize = 8 * 1024 * 1024;

pub use super::read_error::ReadError;

/// Only the header, read first so a newer version is named as such instead of failing on its shape.
#[derive(Deserialize)]
struct Header {
    format: Option<serde_json::Value>,
    version: Option<serde_json::Value>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileV1 {
    format: String,
    version: u64,
    agreement: String,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::model::optional_file_date"
    )]
    prepared_on: Option<chrono::NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    window: Option<String>,
    doctor: DoctorV1,
    choice: Choice,
    sites: Vec<Site>,
    slots: Vec<Slot>,
}

/// `doctor.name` must be non-empty text (checked after parsing, so a draft may lack it); other
/// checks are rule findings.
#[derive(Serialize, Deserialize)]
struct DoctorV1 {
    name: String,
    #[serde(flatten)]
    rest: DoctorRest,
}

#[derive(Serialize, Deserialize)]
struct DoctorRest {
    inami: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    role: Option<super::model::Role>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::model::optional_file_date"
    )]
    recognised_on: Option<chrono::NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    current_choice: Option<super::model::Choice>,
    #[serde(flatten)]
    extra: super::model::Extra,
}

/// How much of a declaration must be complete.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Completeness {
    /// A declaration file: doctor's name and role are required.
    Declaration,
    /// A draft being prepared in the app: name and role may still be missing.
    Draft,
}

/// Reads a declaration file's text.
pub fn read_declaration(text: &str, agreements: &Agreements) -> Result<Declaration, ReadError> {
    read(text, agreements, Completeness::Declaration)
}

/// Reads a draft saved by the app, which may still lack the doctor's name or role.
pub fn read_draft(text: &str, agreements: &Agreements) -> Result<Declaration, ReadError> {
    read(text, agreements, Completeness::Draft)
}

fn read(text: &str, agreements: &Agreements, completeness: Completeness) -> Result<Declaration, ReadError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(ReadError::at(
            None,
            Message::new("read-too-large").arg("limit", MAX_FILE_BYTES / (1024 * 1024)),
        ));
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let header: Header = super::read_error::parse(text)?;
    check_header(&header, text)?;
    let file: FileV1 = super::read_error::parse(text)?;
    into_declaration(file, text, agreements, completeness)
}

/// Reads a declaration from raw bytes (a file), refusing text that is not UTF-8.
pub fn read_declaration_bytes(bytes: &[u8], agreements: &Agreements) -> Result<Declaration, ReadError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ReadError::at(
            None,
            Message::new("read-too-large").arg("limit", MAX_FILE_BYTES / (1024 * 1024)),
        ));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let (line, column) = position_of(bytes, e.valid_up_to());
        ReadError::at(Some((line, column)), Message::new("read-not-utf8"))
    })?;
    read_declaration(text, agreements)
}

/// Reads a file's bytes for [`read_declaration_bytes`], stopping one byte past [`MAX_FILE_BYTES`]:
/// a huge file or an endless stream (`/dev/zero`, a pipe) is then refused as too large instead of
/// being read whole.
pub(crate) fn read_file_bounded(path: &std::path::Path) -> std::io::Result<Vec<u8>> {
    super::storage::read_bounded(path, MAX_FILE_BYTES)
}

fn position_of(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = &bytes[..offset.min(bytes.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let column = before.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
    (line, column)
}

/// Line and column of the first occurrence of `"key"` in the text, to point at a semantic error.
fn position_of_key(text: &str, key: &str) -> Option<(usize, usize)> {
    let offset = text.find(&format!("\"{key}\""))?;
    Some(position_of(text.as_bytes(), offset))
}

fn check_header(header: &Header, text: &str) -> Result<(), ReadError> {
    match &header.format {
        Some(serde_json::Value::String(name)) if name == FORMAT_NAME => {}
        Some(_) => {
            return Err(ReadError::at(
                position_of_key(text, "format"),
                Message::new("read-wrong-format"),
            ));
        }
        None => {
            return Err(ReadError::at(
                None,
                Message::new("read-missing-key").arg("key", "format"),
            ));
        }
    }
    match &header.version {
        Some(serde_json::Value::Number(n)) if n.as_u64() == Some(FORMAT_VERSION) => Ok(()),
        Some(serde_json::Value::Number(n)) if n.as_u64().is_some_and(|v| v > FORMAT_VERSION) => Err(ReadError::at(
            position_of_key(text, "version"),
            Message::new("read-newer-version")
                .arg("found", n.to_string())
                .arg("known", FORMAT_VERSION.to_string()),
        )),
        Some(_) => Err(ReadError::at(
            position_of_key(text, "version"),
            Message::new("read-bad-version"),
        )),
        None => Err(ReadError::at(
            None,
            Message::new("read-missing-key").arg("key", "version"),
        )),
    }
}

fn into_declaration(
    file: FileV1,
    text: &str,
    agreements: &Agreements,
    completeness: Completeness,
) -> Result<Declaration, ReadError> {
    let doctor = Doctor {
        name: file.doctor.name,
        inami: file.doctor.rest.inami,
        role: file.doctor.rest.role,
        recognised_on: file.doctor.rest.recognised_on,
        current_choice: file.doctor.rest.current_choice,
        extra: file.doctor.rest.extra,
    };
    let declaration = Declaration {
        agreement: file.agreement,
        prepared_on: file.prepared_on,
        window: file.window,
        doctor,
        choice: file.choice,
        sites: file.sites,
        slots: file.slots,
    };
    match problems(&declaration, agreements, completeness).into_iter().next() {
        Some(problem) => Err(ReadError::at(position_of_key(text, problem.key()), problem.message())),
        None => Ok(declaration),
    }
}

/// What keeps a declaration from being a file Conventio (or another tool) opens again: something
/// it lacks or holds that no declaration file may hold. The reader refuses a file for the first
/// one; saving asks for all of them to be settled first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Missing {
    /// `agreement` names no agreement these agreements know.
    UnknownAgreement { id: String, known: String },
    /// `window` names a window none of these agreements has.
    UnknownWindow { window: String, known: Vec<String> },
    /// A text over its limit (FORMAT.md, "Text limits"): the field as FORMAT.md names it
    /// (`sites[].name`), the key it is written under, and the limit in characters.
    TextTooLong { field: String, key: String, limit: usize },
    /// The site at this index has no id, or no name.
    SiteUnnamed { site: usize },
    /// Two sites share this id.
    SiteIdTaken { id: String },
    /// The doctor's name.
    DoctorName,
    /// The doctor's role, which this choice needs and the INAMI number does not tell.
    Role,
    /// The slot at this index starts at `24:00`, which ends a day and starts nothing.
    SlotStartsAtEndOfDay { slot: usize },
}

impl Missing {
    /// The reader's message, in the file's terms (keys and lines).
    pub fn message(&self) -> Message {
        match self {
            Missing::UnknownAgreement { id, known } => Message::new("read-unknown-agreement")
                .arg("id", id.clone())
                .arg("known", known.clone()),
            Missing::UnknownWindow { window, known } => Message::new("read-unknown-value")
                .arg("value", window.clone())
                .arg("expected", known.join(", ")),
            Missing::TextTooLong { field, limit, .. } => Message::new("read-text-too-long")
                .arg("field", field.clone())
                .arg("limit", *limit),
            Missing::SiteUnnamed { .. } => Message::new("read-site-empty"),
            Missing::SiteIdTaken { id } => Message::new("read-site-duplicate").arg("id", id.clone()),
            Missing::DoctorName => Message::new("read-empty-name"),
            Missing::Role => Message::new("read-role-needed"),
            Missing::SlotStartsAtEndOfDay { .. } => {
                Message::new("read-bad-time").arg("value", super::model::TimeOfDay::END_OF_DAY.to_string())
            }
        }
    }

    /// The key a reader points at for it (its first occurrence in the text).
    fn key(&self) -> &str {
        match self {
            Missing::UnknownAgreement { .. } => "agreement",
            Missing::UnknownWindow { .. } => "window",
            Missing::TextTooLong { key, .. } => key,
            Missing::SiteUnnamed { .. } | Missing::SiteIdTaken { .. } => "sites",
            Missing::DoctorName => "name",
            Missing::Role => "doctor",
            Missing::SlotStartsAtEndOfDay { .. } => "slots",
        }
    }
}

impl Declaration {
    /// Everything that keeps this declaration from being saved as a file that reads again, in the
    /// order the reader finds them; empty when it can be saved. A draft may lack all of it.
    pub fn missing(&self, agreements: &Agreements) -> Vec<Missing> {
        problems(self, agreements, Completeness::Declaration)
    }
}

/// What the reader refuses in a declaration, in the order it looks: agreement, window, text
/// limits, sites, name, role. A draft may lack the name, the role and a site's name.
fn problems(declaration: &Declaration, agreements: &Agreements, completeness: Completeness) -> Vec<Missing> {
    let complete = completeness == Completeness::Declaration;
    let mut problems = Vec::new();
    if agreements.find(&declaration.agreement).is_none() {
        problems.push(Missing::UnknownAgreement {
            id: declaration.agreement.clone(),
            known: agreements.ids(),
        });
    }
    if let Some(window) = declaration.window.as_deref() {
        let known = agreements.window_kinds();
        if !known.contains(&window) {
            problems.push(Missing::UnknownWindow {
                window: window.to_owned(),
                known: known.into_iter().map(str::to_owned).collect(),
            });
        }
    }
    problems.extend(texts_too_long(declaration));
    let mut ids = BTreeSet::new();
    for (index, site) in declaration.sites.iter().enumerate() {
        // A draft may hold a site whose name is being retyped: restoring it must not fail.
        if site.id.trim().is_empty() || (complete && site.name.trim().is_empty()) {
            problems.push(Missing::SiteUnnamed { site: index });
        } else if !ids.insert(site.id.as_str()) {
            problems.push(Missing::SiteIdTaken { id: site.id.clone() });
        }
    }
    if complete && declaration.doctor.name.trim().is_empty() {
        problems.push(Missing::DoctorName);
    }
    if complete && declaration.needs_role() && declaration.role().is_none() {
        problems.push(Missing::Role);
    }
    // Read from a file, such a slot is refused while parsing; built in memory, it is found here.
    for (index, slot) in declaration.slots.iter().enumerate() {
        if slot.start == super::model::TimeOfDay::END_OF_DAY {
            problems.push(Missing::SlotStartsAtEndOfDay { slot: index });
        }
    }
    problems
}

/// The most characters each text field may hold (FORMAT.md, "Text limits").
pub mod limits {
    pub(crate) const DOCTOR_NAME: usize = 200;
    pub(crate) const SITE_NAME: usize = 200;
    pub(crate) const SITE_ADDRESS: usize = 300;
    pub(crate) const SITE_ID: usize = 64;
    pub(crate) const SLOT_NOTE: usize = 500;
    /// Strings inside keys this version does not know but keeps for round trips.
    pub(crate) const KEPT_TEXT: usize = 1000;
}

/// Every text longer than its limit, naming the field and the limit, in the file's order.
fn texts_too_long(declaration: &Declaration) -> Vec<Missing> {
    let mut found = Vec::new();
    let mut too_long = |field: String, key: &str, limit: usize| {
        found.push(Missing::TextTooLong {
            field,
            key: key.to_owned(),
            limit,
        });
    };
    let over = |value: &str, limit: usize| value.chars().count() > limit;
    let doctor = &declaration.doctor;
    if over(&doctor.name, limits::DOCTOR_NAME) {
        too_long("doctor.name".to_owned(), "name", limits::DOCTOR_NAME);
    }
    if let Some(key) = long_kept_text(&doctor.extra) {
        too_long(format!("doctor.{key}"), &key, limits::KEPT_TEXT);
    }
    for site in &declaration.sites {
        if over(&site.id, limits::SITE_ID) {
            too_long("sites[].id".to_owned(), "id", limits::SITE_ID);
        }
        if over(&site.name, limits::SITE_NAME) {
            too_long("sites[].name".to_owned(), "name", limits::SITE_NAME);
        }
        if over(&site.address, limits::SITE_ADDRESS) {
            too_long("sites[].address".to_owned(), "address", limits::SITE_ADDRESS);
        }
        if let Some(key) = long_kept_text(&site.extra) {
            too_long(format!("sites[].{key}"), &key, limits::KEPT_TEXT);
        }
    }
    for slot in &declaration.slots {
        if slot.note.as_deref().is_some_and(|note| over(note, limits::SLOT_NOTE)) {
            too_long("slots[].note".to_owned(), "note", limits::SLOT_NOTE);
        }
        if let Some(key) = long_kept_text(&slot.extra) {
            too_long(format!("slots[].{key}"), &key, limits::KEPT_TEXT);
        }
    }
    found
}

/// The first kept unknown key holding, at any depth, a string longer than [`limits::KEPT_TEXT`].
fn long_kept_text(extra: &super::model::Extra) -> Option<String> {
    fn long(value: &serde_json::Value) -> bool {
        match value {
            serde_json::Value::String(s) => s.chars().count() > limits::KEPT_TEXT,
            serde_json::Value::Array(items) => items.iter().any(long),
            serde_json::Value::Object(map) => map
                .iter()
                .any(|(k, v)| k.chars().count() > limits::KEPT_TEXT || long(v)),
            _ => false,
        }
    }
    extra
        .iter()
        .find(|(key, value)| key.chars().count() > limits::KEPT_TEXT || long(value))
        .map(|(key, _)| key.clone())
}

/// The normalised file text: header first, keys in a fixed order, two-space indentation, final newline.
pub fn write_declaration(declaration: &Declaration) -> String {
    let doctor = &declaration.doctor;
    let file = FileV1 {
        format: FORMAT_NAME.to_owned(),
        version: FORMAT_VERSION,
        agreement: declaration.agreement.clone(),
        prepared_on: declaration.prepared_on,
        window: declaration.window.clone(),
        doctor: DoctorV1 {
            name: doctor.name.clone(),
            rest: DoctorRest {
                inami: doctor.inami.clone(),
                role: doctor.role,
                recognised_on: doctor.recognised_on,
                current_choice: doctor.current_choice,
                extra: doctor.extra.clone(),
            },
        },
        choice: declaration.choice,
        sites: declaration.sites.clone(),
        slots: declaration.slots.clone(),
    };
    // Serialising plain data with string keys cannot fail.
    let mut text = serde_json::to_string_pretty(&file).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::core::agreement::Agreements;
    use crate::core::model::{Rates, Setting, TimeOfDay, Weekday};

    /// FORMAT.md's example declaration (other modules' tests start from it too).
    pub(crate) const EXAMPLE: &str = r#"{
  "format": "conventio-declaration",
  "version": 1,
  "agreement": "2021",
  "prepared_on": "2021-01-20",
  "doctor": { "name": "Dr Anne Peeters", "inami": "1-00001-06-004", "role": "general_practitioner" },
  "choice": "partial",
  "sites": [ { "id": "ixelles", "name": "Cabinet Ixelles", "address": "Chaussée de Boondael 10, 1050 Ixelles" } ],
  "slots": [
    { "site": "ixelles", "day": "monday", "start": "08:00", "end": "12:00", "rates": "agreement", "setting": "office" },
    { "site": "ixelles", "day": "tuesday", "start": "17:00", "end": "20:00", "rates": "free", "setting": "office" }
  ]
}"#;

    fn error_id(text: &str) -> String {
        read_declaration(text, Agreements::embedded()).unwrap_err().message.id
    }

    #[test]
    fn the_format_md_example_reads() {
        let d = read_declaration(EXAMPLE, Agreements::embedded()).unwrap();
        assert_eq!(d.doctor.name, "Dr Anne Peeters");
        assert_eq!(d.slots.len(), 2);
        assert_eq!(d.slots[1].rates, Rates::Free);
        assert_eq!(d.slots[1].setting, Setting::Office);
        assert_eq!(d.slots[0].end, TimeOfDay::from_hm(12, 0).unwrap());
        assert_eq!(d.slots[0].day, Weekday::Monday);
    }

    #[test]
    fn writing_then_reading_gives_the_same_declaration() {
        let d = read_declaration(EXAMPLE, Agreements::embedded()).unwrap();
        assert_eq!(
            read_declaration(&write_declaration(&d), Agreements::embedded()).unwrap(),
            d
        );
    }

    #[test]
    fn unknown_top_level_keys_are_refused_with_their_position() {
        let text = EXAMPLE.replace("\"choice\"", "\"choise\": \"full\", \"choice\"");
        let error = read_declaration(&text, Agreements::embedded()).unwrap_err();
        assert_eq!(error.message.id, "read-unknown-key");
        assert!(error.message.args.contains(&("key".into(), "choise".into())));
        assert_eq!(error.position.map(|p| p.0), Some(7));
    }

    #[test]
    fn unknown_keys_inside_slots_are_kept() {
        let text = EXAMPLE.replace(
            "\"setting\": \"office\" }",
            "\"setting\": \"office\", \"colour\": \"blue\" }",
        );
        let d = read_declaration(&text, Agreements::embedded()).unwrap();
        assert_eq!(d.slots[0].extra.get("colour").and_then(|v| v.as_str()), Some("blue"));
        assert!(write_declaration(&d).contains("\"colour\": \"blue\""));
    }

    /// Found by fuzzing: a number in an unknown key must survive a round trip to the last bit.
    #[test]
    fn numbers_in_unknown_keys_survive_a_round_trip_exactly() {
        let text = EXAMPLE.replace(
            "\"setting\": \"office\" }",
            "\"setting\": \"office\", \"x\": [2.8500000000000007e302] }",
        );
        let d = read_declaration(&text, Agreements::embedded()).unwrap();
        assert_eq!(
            read_declaration(&write_declaration(&d), Agreements::embedded()).unwrap(),
            d
        );
    }

    #[test]
    fn a_newer_version_names_both_versions() {
        let error = read_declaration(
            &EXAMPLE.replace("\"version\": 1", "\"version\": 3"),
            Agreements::embedded(),
        )
        .unwrap_err();
        assert_eq!(error.message.id, "read-newer-version");
        assert!(error.message.args.contains(&("found".into(), "3".into())));
        assert_eq!(error.position, Some((3, 3)));
    }

    #[test]
    fn bad_values_are_refused() {
        assert_eq!(error_id(&EXAMPLE.replace("\"12:00\"", "\"12:60\"")), "read-bad-time");
        assert_eq!(error_id(&EXAMPLE.replace("\"08:00\"", "\"24:00\"")), "read-bad-time");
        assert_eq!(
            error_id(&EXAMPLE.replace("\"monday\"", "\"lundi\"")),
            "read-unknown-value"
        );
        assert_eq!(
            error_id(&EXAMPLE.replace("\"version\": 1", "\"version\": \"1\"")),
            "read-bad-version"
        );
        assert_eq!(
            error_id(&EXAMPLE.replace("\"2021-01-20\"", "\"20/01/2021\"")),
            "read-bad-date"
        );
        assert_eq!(
            error_id(&EXAMPLE.replace("\"slots\": [", "\"slots\": 3, \"x\": [")),
            "read-wrong-type"
        );
        assert_eq!(
            error_id(&EXAMPLE.replace("\"2021\"", "\"1999\"")),
            "read-unknown-agreement"
        );
        assert_eq!(error_id(&EXAMPLE.replace("Dr Anne Peeters", " ")), "read-empty-name");
        assert_eq!(
            error_id(&EXAMPLE.replace("conventio-declaration", "other")),
            "read-wrong-format"
        );
        assert_eq!(error_id(&EXAMPLE[..200]), "read-truncated");
        assert_eq!(error_id("[1, 2"), "read-truncated");
        assert_eq!(error_id("{\"format\": \"conventio-declaration\"}"), "read-missing-key");
    }

    #[test]
    fn end_may_be_midnight_but_start_may_not() {
        let text = EXAMPLE.replace("\"20:00\"", "\"24:00\"");
        assert_eq!(
            read_declaration(&text, Agreements::embedded()).unwrap().slots[1].end,
            TimeOfDay::END_OF_DAY
        );
    }

    #[test]
    fn a_missing_role_is_derived_or_asked_for() {
        let derived = EXAMPLE.replace(", \"role\": \"general_practitioner\"", "");
        assert_eq!(
            read_declaration(&derived, Agreements::embedded()).unwrap().role(),
            Some(crate::core::model::Role::GeneralPractitioner)
        );
        let unknown = derived.replace("1-00001-06-004", "1-00001-06-580");
        assert_eq!(error_id(&unknown), "read-role-needed");
    }

    #[test]
    fn a_draft_may_lack_name_and_role() {
        let text = EXAMPLE
            .replace("Dr Anne Peeters", "")
            .replace(", \"role\": \"general_practitioner\"", "")
            .replace("06-004", "06-580");
        assert!(read_declaration(&text, Agreements::embedded()).is_err());
        let draft = read_draft(&text, Agreements::embedded()).unwrap();
        assert_eq!(draft.doctor.name, "");
        assert_eq!(draft.role(), None);
    }

    #[test]
    fn duplicate_site_ids_are_refused() {
        let text = EXAMPLE.replace(
            "\"sites\": [ {",
            "\"sites\": [ { \"id\": \"ixelles\", \"name\": \"Twice\" }, {",
        );
        assert_eq!(error_id(&text), "read-site-duplicate");
    }

    #[test]
    fn text_that_is_not_utf8_is_refused() {
        let mut bytes = EXAMPLE.as_bytes().to_vec();
        bytes[150] = 0xff;
        assert_eq!(
            read_declaration_bytes(&bytes, Agreements::embedded())
                .unwrap_err()
                .message
                .id,
            "read-not-utf8"
        );
    }

    /// Everything `missing` finds, the file written from it is refused for, and the reader says the
    /// same thing about the first one; with nothing missing, the file reads back as it was.
    #[test]
    fn missing_lists_what_the_reader_would_refuse() {
        let agreements = Agreements::embedded();
        let example = read_declaration(EXAMPLE, agreements).unwrap();
        assert_eq!(example.missing(agreements), []);
        type Change = Box<dyn Fn(&mut Declaration)>;
        let cases: Vec<(Change, Missing)> = vec![
            (Box::new(|d| d.doctor.name = " ".into()), Missing::DoctorName),
            (
                Box::new(|d| {
                    d.doctor.role = None;
                    d.doctor.inami = "1-00001-06-580".into();
                }),
                Missing::Role,
            ),
            (
                Box::new(|d| d.sites[0].name = String::new()),
                Missing::SiteUnnamed { site: 0 },
            ),
            (
                Box::new(|d| d.sites.push(d.sites[0].clone())),
                Missing::SiteIdTaken { id: "ixelles".into() },
            ),
            (
                Box::new(|d| d.agreement = "1999".into()),
                Missing::UnknownAgreement {
                    id: "1999".into(),
                    known: agreements.ids(),
                },
            ),
            (
                Box::new(|d| d.window = Some("later".into())),
                Missing::UnknownWindow {
                    window: "later".into(),
                    known: agreements.window_kinds().into_iter().map(str::to_owned).collect(),
                },
            ),
            (
                Box::new(|d| d.slots[0].note = Some("x".repeat(limits::SLOT_NOTE + 1))),
                Missing::TextTooLong {
                    field: "slots[].note".into(),
                    key: "note".into(),
                    limit: limits::SLOT_NOTE,
                },
            ),
            (
                Box::new(|d| d.slots[1].start = crate::core::model::TimeOfDay::END_OF_DAY),
                Missing::SlotStartsAtEndOfDay { slot: 1 },
            ),
        ];
        for (change, expected) in cases {
            let mut d = example.clone();
            change(&mut d);
            assert_eq!(d.missing(agreements), std::slice::from_ref(&expected));
            let refused = read_declaration(&write_declaration(&d), agreements).unwrap_err();
            assert_eq!(refused.message, expected.message(), "{expected:?}");
        }
    }

    #[test]
    fn missing_names_every_piece_a_draft_still_lacks() {
        let text = EXAMPLE
            .replace("Dr Anne Peeters", "")
            .replace(", \"role\": \"general_practitioner\"", "")
            .replace("06-004", "06-580")
            .replace("Cabinet Ixelles", "");
        let draft = read_draft(&text, Agreements::embedded()).unwrap();
        assert_eq!(
            draft.missing(Agreements::embedded()),
            [Missing::SiteUnnamed { site: 0 }, Missing::DoctorName, Missing::Role]
        );
    }
}
