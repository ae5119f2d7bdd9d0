//! The practice overview printed as a list: one landscape A4 table of the doctors (the overview's
//! columns), the day it was printed and which doctors it shows. Like the summary it is an archival,
//! tagged PDF (PDF/A-2a, PDF/UA-1): a title, a table with header cells, the document's language.

use super::ExportError;
use super::layout::{Flow, Fonts, MARGIN_X, Mark, Part, TextStyle};
use super::pdf::{document_language, paragraph, render, table_row_marks};
use crate::core::i18n::{self, Language, Localizer};
use crate::core::overview::{self, Filter, Row};
use crate::core::wording::belgian_date;
use chrono::{Datelike, NaiveDate};

const TITLE: TextStyle = TextStyle::bold(15.0);
const BODY: TextStyle = TextStyle::regular(9.5);
const CELL: TextStyle = TextStyle::regular(8.0);
const HEADER_CELL: TextStyle = TextStyle::bold(8.0);
/// Grey of the header row.
const HEADER_SHADE: u8 = 225;
/// Names up to this wide (about 33 characters) are never wrapped.
const NAME_ON_ONE_LINE: f32 = 150.0;
/// Room between a cell's text and its rules (as `table_row_marks` leaves it).
const PADDING: f32 = 4.0;

/// The overview's `rows` (all of them, most urgent first) as a PDF list of those `filter` keeps,
/// printed on `printed_on`, in `language`. Profiles that could not be read are named under the
/// table so the list never hides a doctor silently.
pub fn overview_pdf(
    rows: &[Row],
    unreadable: &[String],
    filter: Filter,
    printed_on: NaiveDate,
    language: Language,
) -> Result<Vec<u8>, ExportError> {
    let localizer = i18n::localizer(language);
    let shown: Vec<&Row> = rows.iter().filter(|row| filter.keeps(row)).collect();
    let mut flow = Flow::landscape(Fonts::load()?);
    let title = localizer.tr("export-list-title");
    flow.within(Part::Title(title.clone()), |flow| {
        let width = flow.width();
        flow.paragraph(&title, TITLE, MARGIN_X, width);
    });
    flow.advance(2.0);
    let subtitle = localizer.tr_args(
        "export-list-subtitle",
        &[
            ("date", belgian_date(printed_on).into()),
            ("filter", filter.describe(localizer).into()),
            ("shown", shown.len().into()),
            ("total", rows.len().into()),
        ],
    );
    let width = flow.width();
    paragraph(&mut flow, &subtitle, BODY.grey(70), MARGIN_X, width);
    flow.advance(8.0);
    if shown.is_empty() {
        paragraph(&mut flow, &localizer.tr("export-list-none"), BODY, MARGIN_X, width);
    } else {
        table(&mut flow, &shown, localizer);
    }
    if !unreadable.is_empty() {
        flow.advance(8.0);
        let ids = localizer.tr_args("export-list-unreadable", &[("ids", unreadable.join(", ").into())]);
        paragraph(&mut flow, &ids, BODY, MARGIN_X, width);
    }
    footers(&mut flow, printed_on, localizer);
    render(flow.finish(), metadata(printed_on, localizer, language), language)
}

/// The doctors' table; on a new page the header row is drawn again, as decoration.
fn table(flow: &mut Flow, rows: &[&Row], localizer: &Localizer) {
    let header = overview::header(localizer);
    let body: Vec<Vec<String>> = rows.iter().map(|row| overview::cells(row, localizer)).collect();
    let widths = column_widths(&flow.fonts, &header, &body, flow.width());
    flow.within(Part::Table, |flow| {
        table_row_marks(flow, &header, &widths, HEADER_CELL, Some(HEADER_SHADE));
        for cells in &body {
            let pages = flow.page_count();
            flow.ensure(row_height(flow, cells, &widths));
            if flow.page_count() > pages {
                flow.artifact(|flow| table_row_marks(flow, &header, &widths, HEADER_CELL, Some(HEADER_SHADE)));
            }
            table_row_marks(flow, cells, &widths, CELL, None);
        }
    });
}

/// Each column as wide as its longest word needs at least (so no word runs into the next
/// column), and the width left shared by how much more each one's texts need to stand on one line.
fn column_widths(fonts: &Fonts, header: &[String], body: &[Vec<String>], total: f32) -> Vec<f32> {
    let measure = |column: usize, whole: bool| -> f32 {
        let texts = std::iter::once((&header[column], HEADER_CELL)).chain(
            body.iter()
                .filter_map(|cells| cells.get(column))
                .map(|cell| (cell, CELL)),
        );
        let widest = texts
            .flat_map(|(text, style)| {
                let pieces: Vec<&str> = if whole {
                    vec![text.as_str()]
                } else {
                    text.split_whitespace().collect()
                };
                pieces
                    .into_iter()
                    .map(move |piece| fonts.width(piece, style.size, style.weight))
            })
            .fold(0.0, f32::max);
        widest + 2.0 * PADDING + 1.0
    };
    let mut least: Vec<f32> = (0..header.len()).map(|c| measure(c, false)).collect();
    // The doctor's name, the column the eye runs down, stays on one line unless very long, or
    // unless keeping it whole would leave another column narrower than one of its words.
    if let Some(name) = least.first().copied() {
        let whole = measure(0, true).min(NAME_ON_ONE_LINE).max(name);
        if least.iter().sum::<f32>() - name + whole <= total {
            least[0] = whole;
        }
    }
    let wanted: Vec<f32> = (0..header.len()).map(|c| measure(c, true)).collect();
    let (least_sum, wanted_sum) = (least.iter().sum::<f32>(), wanted.iter().sum::<f32>());
    if wanted_sum <= total {
        // Everything fits on one line: the spare width in proportion.
        return wanted.iter().map(|w| w * total / wanted_sum).collect();
    }
    if least_sum >= total {
        return least.iter().map(|w| w * total / least_sum).collect();
    }
    let share = (total - least_sum) / (wanted_sum - least_sum);
    least
        .iter()
        .zip(&wanted)
        .map(|(least, wanted)| least + (wanted - least) * share)
        .collect()
}

/// The height `table_row_marks` gives these cells.
fn row_height(flow: &Flow, cells: &[String], widths: &[f32]) -> f32 {
    let lines = cells
        .iter()
        .zip(widths)
        .map(|(cell, width)| {
            flow.fonts
                .wrap(cell, CELL.size, CELL.weight, width - 2.0 * PADDING)
                .len()
        })
        .max()
        .unwrap_or(1);
    lines as f32 * Flow::line_height(CELL.size) + 2.0 * PADDING - 2.0
}

/// "Practice overview, printed on 23/11/2026 — page 1 of 2" at the foot of every page.
fn footers(flow: &mut Flow, printed_on: NaiveDate, localizer: &Localizer) {
    let pages = flow.page_count();
    let style = TextStyle::regular(7.5).grey(90);
    for page in 0..pages {
        let text = localizer.tr_args(
            "export-list-footer",
            &[
                ("date", belgian_date(printed_on).into()),
                ("page", (page + 1).into()),
                ("pages", pages.into()),
            ],
        );
        let width = flow.fonts.width(&text, style.size, style.weight);
        let mark = Mark::Text {
            x: (flow.page_size().0 - width) / 2.0,
            baseline: flow.footer_baseline(),
            size: style.size,
            weight: style.weight,
            grey: style.grey,
            text: flow.fonts.printable(&text, style.weight),
        };
        flow.push_on(page, mark);
    }
}

fn metadata(printed_on: NaiveDate, localizer: &Localizer, language: Language) -> krilla::metadata::Metadata {
    let title = localizer.tr_args("export-list-meta-title", &[("date", belgian_date(printed_on).into())]);
    let created = krilla::metadata::DateTime::new(u16::try_from(printed_on.year()).unwrap_or(2000))
        .month(u8::try_from(printed_on.month()).unwrap_or(1))
        .day(u8::try_from(printed_on.day()).unwrap_or(1));
    krilla::metadata::Metadata::new()
        .title(title)
        .language(document_language(language))
        .creator(format!("Conventio {}", env!("CARGO_PKG_VERSION")))
        .creation_date(created)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_fill_the_landscape_width_and_fit_their_longest_words() {
        let fonts = Fonts::load().unwrap();
        for language in [Language::Fr, Language::Nl, Language::De, Language::En] {
            let header = overview::header(i18n::localizer(language));
            let row = Row {
                id: "x".into(),
                name: "Dr Anne-Catherine Vandenberghe-Dewaele".into(),
                inami: "1-00001-06-004".into(),
                role: Some(crate::core::model::Role::Specialist),
                choice: crate::core::model::Choice::Partial,
                window: "second-year".into(),
                window_year: 2027,
                must_register: true,
                errors: 12,
                warnings: 3,
                last_saved: NaiveDate::from_ymd_opt(2026, 11, 23).and_then(|d| d.and_hms_opt(14, 5, 0)),
                last_day: NaiveDate::from_ymd_opt(2026, 12, 14),
                days_left: Some(-256),
                registered: NaiveDate::from_ymd_opt(2026, 11, 20)
                    .map(|d| (d, Some("Marie-Christine Van den Bossche".into()))),
                changed_since: None,
                note: "mandat eHealth à demander avant le 10/12".into(),
            };
            let body = vec![overview::cells(&row, i18n::localizer(language))];
            let total = Flow::landscape(Fonts::load().unwrap()).width();
            assert!(total > 700.0, "landscape: {total}");
            let widths = column_widths(&fonts, &header, &body, total);
            assert!((widths.iter().sum::<f32>() - total).abs() < 0.01);
            for (title, width) in header.iter().zip(&widths) {
                for word in title.split_whitespace() {
                    let needed = fonts.width(word, HEADER_CELL.size, HEADER_CELL.weight) + 2.0 * PADDING;
                    assert!(needed <= *width, "{language:?}: «{word}» needs {needed}, has {width}");
                }
            }
        }
    }
}
