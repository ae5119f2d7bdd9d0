//! Documents made from a declaration for the doctor's records and for the official portal:
//!
//! - [`pdf`]: a printable A4 summary (identity, choice, sites, the schedule as the paper form laid it
//!   out, a week grid, the check's findings and figures, the deadline, a signature line);
//! - [`calendar`]: the weekly slots as recurring events and the deadline as a reminder (RFC 5545);
//! - [`schedule_csv`]: the weekly slots as a spreadsheet (`import::csv` reads it back);
//! - [`conditions_text`]: the time and place conditions, one line per site and day, as the portal
//!   asks for them (the GUI's clipboard button uses it too);
//! - [`overview_pdf`]: the practice overview printed as a list of the doctors.
//!
//! Every text comes from `i18n/<lang>/export.ftl` (and the domain names of `core.ftl`). Nothing here
//! writes files: callers do, through `storage::write_atomic`.

mod csv;
mod ics;
mod layout;
mod list;
mod pdf;
mod text;

pub use csv::schedule_csv;
pub use ics::calendar;
pub use list::overview_pdf;
pub use pdf::pdf;
pub use text::conditions_text;

use super::agreement::Agreement;
use super::i18n::Localizer;
use super::inami::InamiNumber;
use super::model::{Declaration, Rates, Slot, Weekday};
use super::wording::belgian_date;
use chrono::NaiveDate;

/// Why a document could not be made.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ExportError {
    /// The declaration names an agreement this version of the app does not know.
    #[error("unknown agreement \"{id}\"")]
    UnknownAgreement {
        id: String,
        /// The ids the app knows, to say which it could use.
        known: String,
    },
    /// The PDF library refused the document (a font or drawing problem, not the user's data).
    #[error("the PDF could not be written: {0}")]
    Pdf(String),
}

impl ExportError {
    /// What went wrong, translatable (the PDF library's own reason is kept as it says it).
    pub fn message(&self) -> super::i18n::Message {
        match self {
            ExportError::UnknownAgreement { id, known } => super::i18n::Message::new("read-unknown-agreement")
                .arg("id", id.clone())
                .arg("known", known.clone()),
            ExportError::Pdf(reason) => super::i18n::Message::new("export-pdf-failed").arg("reason", reason.clone()),
        }
    }
}

/// Documents are made with the agreement the caller passes (with the user's last days in place); it
/// must be the declaration's.
fn check_agreement(declaration: &Declaration, agreement: &Agreement) -> Result<(), ExportError> {
    if declaration.agreement == agreement.id {
        Ok(())
    } else {
        Err(ExportError::UnknownAgreement {
            id: declaration.agreement.clone(),
            known: agreement.id.clone(),
        })
    }
}

/// The date the declaration was prepared: the file's, or today for a declaration without one.
fn prepared_on(declaration: &Declaration, today: NaiveDate) -> NaiveDate {
    declaration.prepared_on.unwrap_or(today)
}

/// A site as documents name it; a slot's unknown site id (a rule finding) still gets a name.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Place {
    id: String,
    name: String,
    address: String,
}

impl Place {
    fn of(declaration: &Declaration, id: &str) -> Place {
        match declaration.site(id) {
            Some(site) => Place {
                id: site.id.clone(),
                name: site.name.clone(),
                address: site.address.trim().to_owned(),
            },
            None => Place {
                id: id.to_owned(),
                name: id.to_owned(),
                address: String::new(),
            },
        }
    }

    /// `Cabinet Ixelles (Chaussée de Boondael 10, 1050 Ixelles)`, or the name alone without address.
    fn label(&self, localizer: &Localizer) -> String {
        if self.address.is_empty() {
            self.name.clone()
        } else {
            localizer.tr_args(
                "export-place-with-address",
                &[
                    ("name", self.name.clone().into()),
                    ("address", self.address.clone().into()),
                ],
            )
        }
    }
}

/// What a doctor does at one place on one weekday: the slots of each rate, in time order.
#[derive(Clone, Debug)]
struct PlaceDay<'a> {
    place: Place,
    day: Weekday,
    agreement: Vec<&'a Slot>,
    free: Vec<&'a Slot>,
}

impl PlaceDay<'_> {
    fn slots(&self, rates: Rates) -> &[&Slot] {
        match rates {
            Rates::Agreement => &self.agreement,
            Rates::Free => &self.free,
        }
    }
}

/// Every place and day with slots: places in the order the declaration lists them (then unknown site
/// ids in order of appearance), days Monday first.
fn place_days(declaration: &Declaration) -> Vec<PlaceDay<'_>> {
    let mut site_ids: Vec<&str> = declaration.sites.iter().map(|site| site.id.as_str()).collect();
    for slot in &declaration.slots {
        if !site_ids.contains(&slot.site.as_str()) {
            site_ids.push(&slot.site);
        }
    }
    let mut days = Vec::new();
    for id in site_ids {
        for day in Weekday::ALL {
            let mut slots: Vec<&Slot> = declaration
                .slots
                .iter()
                .filter(|slot| slot.site == id && slot.day == day)
                .collect();
            if slots.is_empty() {
                continue;
            }
            slots.sort_by_key(|slot| (slot.start, slot.end));
            let (agreement, free) = slots.into_iter().partition(|slot| slot.rates == Rates::Agreement);
            days.push(PlaceDay {
                place: Place::of(declaration, id),
                day,
                agreement,
                free,
            });
        }
    }
    days
}

/// The same place-days in the portal's order: by day, then by the hour the day starts at that
/// place (places stay named on each line).
fn place_days_by_day(declaration: &Declaration) -> Vec<PlaceDay<'_>> {
    let mut days = place_days(declaration);
    days.sort_by_key(|day| {
        let first = day.agreement.iter().chain(&day.free).map(|slot| slot.start).min();
        (day.day, first)
    });
    days
}

/// `08:00–12:00`.
fn time_range(slot: &Slot) -> String {
    format!("{}–{}", slot.start, slot.end)
}

/// The slot's hours, with its setting when it is not the office (`14:00–18:00 (visites à domicile)`).
fn hours_with_setting(slot: &Slot, localizer: &Localizer) -> String {
    match slot.setting {
        super::model::Setting::Office => time_range(slot),
        setting => localizer.tr_args(
            "export-hours-with-setting",
            &[
                ("hours", time_range(slot).into()),
                (
                    "setting",
                    localizer.tr(&format!("export-setting-{}", setting.key())).into(),
                ),
            ],
        ),
    }
}

/// `Lundi`: the day's name as it starts a line.
fn day_name(day: Weekday, localizer: &Localizer) -> String {
    capitalize(&localizer.tr(&format!("day-{}", day.key())))
}

fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The INAMI number in its usual form `1-23456-78-901`, or as typed when it is not valid (the check
/// reports that; the document must still show what was declared).
fn inami_display(text: &str) -> String {
    InamiNumber::parse(text).map_or_else(|_| text.trim().to_owned(), |number| number.formatted())
}

/// The role as documents name it, or a request to state it.
fn role_name(declaration: &Declaration, localizer: &Localizer) -> String {
    match declaration.role() {
        Some(role) => localizer.tr(&format!("role-{}", role.key())),
        None => localizer.tr("export-role-unknown"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::agreement::Agreements;
    use crate::core::format::read_declaration;

    #[test]
    fn an_unknown_agreement_is_told_with_the_known_ones_in_the_users_language() {
        let error = ExportError::UnknownAgreement {
            id: "2031".into(),
            known: Agreements::embedded().ids(),
        };
        let text = crate::core::i18n::localizer(crate::core::i18n::Language::Nl).message(&error.message());
        assert!(text.contains("2031") && text.contains("2026-2027"), "{text}");
        let failed = ExportError::Pdf("font".into()).message();
        let text = crate::core::i18n::localizer(crate::core::i18n::Language::De).message(&failed);
        assert_eq!(text, "das PDF konnte nicht erstellt werden (font)");
    }

    fn example(name: &str) -> Declaration {
        let path = format!("{}/assets/examples/{name}.json", env!("CARGO_MANIFEST_DIR"));
        read_declaration(&std::fs::read_to_string(path).unwrap(), Agreements::embedded()).unwrap()
    }

    #[test]
    fn place_days_follow_site_order_then_weekdays() {
        let declaration = example("specialist-partial-valid");
        let order: Vec<(String, Weekday)> = place_days(&declaration)
            .into_iter()
            .map(|d| (d.place.id, d.day))
            .collect();
        assert_eq!(order[0], ("gent".to_owned(), Weekday::Monday));
        assert_eq!(order.last(), Some(&("aalst".to_owned(), Weekday::Saturday)));
        assert_eq!(order.len(), 8);
    }

    #[test]
    fn an_invalid_inami_number_is_shown_as_typed() {
        assert_eq!(inami_display("10000106004"), "1-00001-06-004");
        assert_eq!(inami_display(" 12345 "), "12345");
    }
}
