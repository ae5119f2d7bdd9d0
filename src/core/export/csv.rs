//! The weekly schedule as a spreadsheet: what Excel opens correctly on a Belgian Windows (UTF-8
//! with a byte-order mark, `;` between cells, CRLF line ends) and what LibreOffice opens too.
//! One row per slot, in the order of the week, under a header in the chosen language; the words
//! are those `import::csv` reads back (in any of the four languages).

use crate::core::i18n::Language;
use crate::core::import::csv::{Column, day_word, rates_word, setting_word};
use crate::core::model::{Declaration, Slot};

/// The byte-order mark that tells Excel the file is UTF-8 (without it, accents come out garbled).
const BOM: &str = "\u{feff}";

/// The schedule sheet of a declaration, in `language`.
pub fn schedule_csv(declaration: &Declaration, language: Language) -> Vec<u8> {
    let mut writer = csv::WriterBuilder::new()
        .delimiter(b';')
        .terminator(csv::Terminator::CRLF)
        .from_writer(BOM.as_bytes().to_vec());
    // Writing to memory cannot fail; a failed row would only be missing from the sheet.
    let _ = writer.write_record(Column::ALL.iter().map(|c| c.header(language)));
    let mut slots: Vec<&Slot> = declaration.slots.iter().collect();
    slots.sort_by_key(|slot| (slot.day, slot.start, slot.end));
    for slot in slots {
        let site = declaration
            .site(&slot.site)
            .map_or(slot.site.as_str(), |site| site.name.as_str());
        let _ = writer.write_record([
            day_word(slot.day, language),
            &slot.start.to_string(),
            &slot.end.to_string(),
            site,
            rates_word(slot.rates, language),
            setting_word(slot.setting, language),
            slot.note.as_deref().unwrap_or_default(),
        ]);
    }
    writer.into_inner().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::agreement::Agreements;
    use crate::core::format::read_declaration;

    #[test]
    fn the_sheet_starts_with_a_bom_and_uses_semicolons_and_crlf() {
        let declaration = read_declaration(
            include_str!("../../../assets/examples/gp-partial-valid.json"),
            Agreements::embedded(),
        )
        .unwrap();
        let bytes = schedule_csv(&declaration, Language::Fr);
        let text = String::from_utf8(bytes).unwrap();
        assert!(text.starts_with("\u{feff}jour;début;fin;lieu;tarifs;activité;remarque\r\n"));
        assert!(text.contains(
            "\r\nmardi;17:00;20:00;Cabinet Ixelles;honoraires libres;cabinet;Consultations sur rendez-vous\r\n"
        ));
    }
}
