//! The printable summary: one or two A4 pages the doctor keeps with their records. It follows the
//! official paper form (Days / Place / Hours tables of the free-rate and agreement-rate slots), adds a
//! week grid, the check's findings and figures, and a line to sign.

use super::layout::{
    BOLD_FONT, Child, Flow, Fonts, Laid, MARGIN_X, Mark, PAGE_WIDTH, Part, REGULAR_FONT, Structure, TextStyle, Weight,
};
use super::{
    ExportError, PlaceDay, belgian_date, day_name, hours_with_setting, inami_display, place_days, prepared_on,
    role_name,
};
use crate::core::agreement::Agreement;
use crate::core::figures as summary_figures;
use crate::core::i18n::{self, Arg, Language, Localizer};
use crate::core::model::{Choice, Declaration, Rates, Role, Slot, Weekday};
use crate::core::rules::{self, Report, Severity};
use crate::core::week_grid::{self, WeekGeometry};
use crate::core::wording;
use chrono::{Datelike, NaiveDate};

const TITLE: TextStyle = TextStyle::bold(15.0);
const SECTION: TextStyle = TextStyle::bold(11.0);
const BODY: TextStyle = TextStyle::regular(9.5);
const LABEL: TextStyle = TextStyle::bold(9.5);
const SMALL: TextStyle = TextStyle::regular(8.5);
const SMALL_BOLD: TextStyle = TextStyle::bold(8.5);
/// Width of the label column in the identity block.
const LABEL_WIDTH: f32 = 112.0;

/// Everything the pages are made from.
struct Sheet<'a> {
    declaration: &'a Declaration,
    agreement: &'a Agreement,
    report: Report,
    localizer: &'static Localizer,
    prepared: NaiveDate,
}

impl Sheet<'_> {
    fn tr(&self, id: &str) -> String {
        self.localizer.tr(id)
    }

    fn tr_args(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.localizer.tr_args(id, args)
    }
}

/// The PDF summary of a declaration in `language`; `today` stands in for a missing preparation date
/// (it dates the document and the check). Text is real text in an embedded, subset font; the
/// document carries a title, the doctor as author and its language.
pub fn pdf(
    declaration: &Declaration,
    agreement: &Agreement,
    language: Language,
    today: NaiveDate,
) -> Result<Vec<u8>, ExportError> {
    super::check_agreement(declaration, agreement)?;
    let sheet = Sheet {
        declaration,
        agreement,
        report: rules::check(declaration, agreement, today),
        localizer: i18n::localizer(language),
        prepared: prepared_on(declaration, today),
    };
    let mut flow = Flow::new(Fonts::load()?);
    header(&mut flow, &sheet);
    identity(&mut flow, &sheet);
    sites(&mut flow, &sheet);
    if declaration.choice == Choice::Partial {
        schedule_tables(&mut flow, &sheet);
    }
    if declaration.slots.iter().any(|slot| slot.end > slot.start) {
        week_grid(&mut flow, &sheet);
    }
    findings(&mut flow, &sheet);
    figures(&mut flow, &sheet);
    signature(&mut flow, &sheet);
    footers(&mut flow, &sheet);
    render(flow.finish(), metadata(&sheet, language), language)
}

fn header(flow: &mut Flow, sheet: &Sheet) {
    let width = Flow::content_width();
    let title = sheet.tr_args("export-pdf-title", &[("agreement", sheet.agreement.id.clone().into())]);
    flow.within(Part::Title(title.clone()), |flow| {
        flow.paragraph(&title, TITLE, MARGIN_X, width);
    });
    flow.advance(2.0);
    let subtitle = sheet.tr_args("export-pdf-subtitle", &[("date", belgian_date(sheet.prepared).into())]);
    paragraph(flow, &subtitle, BODY.grey(70), MARGIN_X, width);
    paragraph(
        flow,
        &sheet.tr("export-pdf-portal-note"),
        SMALL.grey(70),
        MARGIN_X,
        width,
    );
    flow.advance(6.0);
}

/// Height of a section heading with the space around it.
const SECTION_HEIGHT: f32 = 30.0;

/// A section heading, kept on one page with the first `keep_with` points of what follows it.
fn section(flow: &mut Flow, title: &str, keep_with: f32) {
    flow.ensure(SECTION_HEIGHT + keep_with);
    flow.advance(8.0);
    flow.within(Part::Heading(title.to_owned()), |flow| {
        flow.paragraph(title, SECTION, MARGIN_X, Flow::content_width());
    });
    let y = flow.y() + 1.0;
    flow.push(Mark::Line {
        from: (MARGIN_X, y),
        to: (PAGE_WIDTH - MARGIN_X, y),
        width: 0.6,
    });
    flow.advance(6.0);
}

/// Wrapped text read as one paragraph.
pub(super) fn paragraph(flow: &mut Flow, text: &str, style: TextStyle, x: f32, width: f32) {
    flow.within(Part::Paragraph, |flow| flow.paragraph(text, style, x, width));
}

/// A label in the left column and its (wrapped) value beside it, read as one paragraph.
fn field(flow: &mut Flow, label: &str, value: &str) {
    let value_x = MARGIN_X + LABEL_WIDTH;
    let value_width = Flow::content_width() - LABEL_WIDTH;
    flow.ensure(Flow::line_height(BODY.size));
    let baseline = flow.y() + BODY.size;
    flow.within(Part::Paragraph, |flow| {
        flow.text(MARGIN_X, baseline, label, LABEL);
        flow.paragraph(value, BODY, value_x, value_width);
    });
}

fn identity(flow: &mut Flow, sheet: &Sheet) {
    let declaration = sheet.declaration;
    let agreement = sheet.agreement;
    section(flow, &sheet.tr("export-pdf-section-identity"), 40.0);
    field(flow, &sheet.tr("export-pdf-name"), &declaration.doctor.name);
    field(
        flow,
        &sheet.tr("export-pdf-inami"),
        &inami_display(&declaration.doctor.inami),
    );
    field(
        flow,
        &sheet.tr("export-pdf-role"),
        &role_name(declaration, sheet.localizer),
    );
    let period = sheet.tr_args(
        "export-pdf-period",
        &[
            ("start", belgian_date(agreement.period.start).into()),
            ("end", belgian_date(agreement.period.end).into()),
        ],
    );
    let name = sheet.tr_args("agreement-name", &[("id", agreement.id.clone().into())]);
    field(flow, &sheet.tr("export-pdf-agreement"), &format!("{name}, {period}"));
    let choice = sheet.tr(&format!("choice-{}", declaration.choice.key()));
    field(flow, &sheet.tr("export-pdf-choice"), &choice);
    let explained = sheet.tr(&format!("export-pdf-choice-explained-{}", declaration.choice.key()));
    paragraph(
        flow,
        &explained,
        SMALL.grey(60),
        MARGIN_X + LABEL_WIDTH,
        Flow::content_width() - LABEL_WIDTH,
    );
    let summary = &sheet.report.summary;
    let window = agreement
        .declaration_window(declaration.window_kind(), &declaration.doctor)
        .map(|w| w.window);
    if let Some(window) = window {
        // One name per window: the start screen's title ("Déclarer dans les 30 jours de votre
        // agrément" for a newly recognised doctor's initial declaration).
        let name = sheet.localizer.message(&wording::window_title(agreement, window));
        field(flow, &sheet.tr("export-pdf-window"), &name);
    }
    let deadline_text = match summary.deadline {
        _ if !summary.registration_needed => sheet.tr("export-pdf-deadline-none-full"),
        Some(deadline) => {
            let mut text = sheet.localizer.message(&wording::last_day_text(Some(deadline)));
            if let Some(published) = summary.deadline_published {
                let note = wording::last_day_set_by_you(published);
                text = format!("{text} ({})", sheet.localizer.message(&note));
            } else if !summary.deadline_confirmed {
                text = format!("{text} ({})", sheet.tr("date-unconfirmed"));
            }
            text
        }
        None => sheet.localizer.message(&wording::last_day_text(None)),
    };
    field(flow, &sheet.tr("export-pdf-deadline"), &deadline_text);
    let effective = sheet.localizer.message(&summary_figures::effective_value(summary));
    field(flow, &sheet.tr("export-pdf-effective"), &effective);
    field(flow, &sheet.tr("export-pdf-prepared"), &belgian_date(sheet.prepared));
}

fn sites(flow: &mut Flow, sheet: &Sheet) {
    section(flow, &sheet.tr("export-pdf-section-sites"), 40.0);
    if sheet.declaration.sites.is_empty() {
        paragraph(
            flow,
            &sheet.tr("export-pdf-no-sites"),
            BODY,
            MARGIN_X,
            Flow::content_width(),
        );
    }
    for site in &sheet.declaration.sites {
        field(flow, &site.name, site.address.trim());
    }
}

/// The paper form's two tables and, for specialists, its statement on the agreement-rate share.
fn schedule_tables(flow: &mut Flow, sheet: &Sheet) {
    let days = place_days(sheet.declaration);
    for rates in [Rates::Free, Rates::Agreement] {
        section(flow, &sheet.tr(&format!("export-pdf-section-{}", rates.key())), 40.0);
        let rows: Vec<[String; 3]> = days
            .iter()
            .filter(|day| !day.slots(rates).is_empty())
            .map(|day| table_row(day, rates, sheet.localizer))
            .collect();
        table(flow, sheet, &rows);
    }
    if sheet.declaration.role() == Some(Role::Specialist) {
        specialist_statement(flow, sheet);
    }
}

fn table_row(day: &PlaceDay, rates: Rates, localizer: &Localizer) -> [String; 3] {
    let hours: Vec<String> = day
        .slots(rates)
        .iter()
        .map(|slot| hours_with_setting(slot, localizer))
        .collect();
    [
        day_name(day.day, localizer),
        day.place.label(localizer),
        hours.join(", "),
    ]
}

/// Days / Place / Hours, with a shaded header row and ruled rows.
fn table(flow: &mut Flow, sheet: &Sheet, rows: &[[String; 3]]) {
    if rows.is_empty() {
        paragraph(
            flow,
            &sheet.tr("export-pdf-none"),
            BODY,
            MARGIN_X,
            Flow::content_width(),
        );
        return;
    }
    let content = Flow::content_width();
    let widths = [78.0, content - 78.0 - 190.0, 190.0];
    let header = [
        sheet.tr("export-pdf-col-days"),
        sheet.tr("export-pdf-col-place"),
        sheet.tr("export-pdf-col-hours"),
    ];
    flow.within(Part::Table, |flow| {
        table_row_marks(flow, &header, &widths, SMALL_BOLD, Some(225));
        for row in rows {
            table_row_marks(flow, row, &widths, SMALL, None);
        }
    });
}

/// One row of a table at the left margin, its cells `widths` wide; the shaded row is the header
/// row, whose cells name the columns.
pub(super) fn table_row_marks(flow: &mut Flow, cells: &[String], widths: &[f32], style: TextStyle, shade: Option<u8>) {
    const PADDING: f32 = 4.0;
    let line_height = Flow::line_height(style.size);
    let wrapped: Vec<Vec<String>> = cells
        .iter()
        .zip(widths)
        .map(|(cell, width)| flow.fonts.wrap(cell, style.size, style.weight, width - 2.0 * PADDING))
        .collect();
    let lines = wrapped.iter().map(Vec::len).max().unwrap_or(1);
    let height = lines as f32 * line_height + 2.0 * PADDING - 2.0;
    flow.ensure(height);
    let top = flow.y();
    // The shaded row is the header row; its cells name the columns.
    let cell = if shade.is_some() { Part::HeaderCell } else { Part::Cell };
    flow.open(Part::Row);
    flow.push(Mark::Rect {
        x: MARGIN_X,
        y: top,
        width: widths.iter().sum(),
        height,
        fill: shade,
        stroke: Some(0.5),
    });
    let mut x = MARGIN_X;
    for (cell_lines, width) in wrapped.iter().zip(widths) {
        flow.within(cell.clone(), |flow| {
            for (n, line) in cell_lines.iter().enumerate() {
                let baseline = top + PADDING + style.size + n as f32 * line_height - 1.0;
                flow.text(x + PADDING, baseline, line, style);
            }
        });
        x += width;
        if x < MARGIN_X + widths.iter().sum::<f32>() - 1.0 {
            flow.push(Mark::Line {
                from: (x, top),
                to: (x, top + height),
                width: 0.5,
            });
        }
    }
    flow.close();
    flow.advance(height);
}

fn specialist_statement(flow: &mut Flow, sheet: &Sheet) {
    let share = &sheet.agreement.partial_rules(Role::Specialist).agreement_share;
    let fraction = if share.numerator * 2 == share.denominator {
        "half"
    } else {
        "other"
    };
    let statement = sheet.tr_args(
        "export-pdf-specialist-statement",
        &[
            ("fraction", fraction.into()),
            ("numerator", share.numerator.into()),
            ("denominator", share.denominator.into()),
            ("clause", clause_suffix(sheet, share.clause.as_deref()).into()),
        ],
    );
    flow.advance(6.0);
    paragraph(flow, &statement, BODY, MARGIN_X, Flow::content_width());
}

/// " (point 9.3.2.2.2)" where a source gives the clause's number, else nothing.
fn clause_suffix(sheet: &Sheet, clause: Option<&str>) -> String {
    clause.map_or_else(String::new, |clause| {
        format!(
            " ({})",
            sheet.tr_args("clause", &[("clause", clause.to_owned().into())])
        )
    })
}

/// Hours shown in the grid: every slot's, and at least 08:00–18:00 so a short week still reads as one.
fn grid_hours(slots: &[Slot]) -> (u16, u16) {
    week_grid::hour_range(slots.iter().filter(|slot| slot.end > slot.start), (8, 18))
}

/// Monday to Sunday across, hours down; agreement-rate slots white, free-rate slots hatched grey.
fn week_grid(flow: &mut Flow, sheet: &Sheet) {
    let (first_hour, last_hour) = grid_hours(&sheet.declaration.slots);
    let hours = f32::from(last_hour - first_hour);
    let header_height = 14.0;
    let legend_height = 22.0;
    // Rows shrink down to 10 points an hour to finish the current page rather than leave it half empty.
    let room_here = (flow.remaining() - SECTION_HEIGHT - header_height - legend_height) / hours;
    let hour_height = if room_here >= 10.0 {
        room_here.min(14.0)
    } else {
        (190.0 / hours).min(14.0)
    };
    section(
        flow,
        &sheet.tr("export-pdf-section-week"),
        header_height + hours * hour_height + legend_height,
    );
    let hour_column = 30.0;
    let grid = WeekGeometry {
        left: MARGIN_X + hour_column,
        top: flow.y() + header_height,
        day_width: (Flow::content_width() - hour_column) / 7.0,
        minute_height: hour_height / 60.0,
        first_hour,
        last_hour,
        // Paper shows a slot as long as it is: no box is stretched.
        min_slot_height: 0.0,
    };
    flow.open(Part::Figure(week_description(sheet)));
    grid_lines(flow, sheet, &grid);
    // Overlapping slots (the check's error) side by side, as the window draws them.
    let shown: Vec<Slot> = sheet
        .declaration
        .slots
        .iter()
        .filter(|slot| slot.end > slot.start)
        .cloned()
        .collect();
    for (slot, &lane) in shown.iter().zip(&week_grid::lanes(&shown)) {
        grid_slot(flow, sheet, &grid, slot, lane);
    }
    flow.advance(header_height + hours * hour_height + 6.0);
    legend(flow, sheet);
    flow.close();
}

/// The week grid in words, for whoever cannot see it: each day's slots with their hours, place and
/// rates, in the order of the week.
fn week_description(sheet: &Sheet) -> String {
    let mut slots: Vec<&Slot> = sheet
        .declaration
        .slots
        .iter()
        .filter(|slot| slot.end > slot.start)
        .collect();
    slots.sort_by_key(|slot| (slot.day.index(), slot.start, slot.end));
    let described: Vec<String> = slots
        .iter()
        .map(|slot| {
            let place = super::Place::of(sheet.declaration, &slot.site).name;
            let rates = sheet.tr(&format!("export-pdf-legend-{}", slot.rates.key()));
            format!(
                "{} {}, {place}, {rates}",
                day_name(slot.day, sheet.localizer),
                hours_with_setting(slot, sheet.localizer)
            )
        })
        .collect();
    // French puts a space before the colon and the semicolon; the locale says which.
    let slots = described.join(&sheet.tr("export-pdf-week-in-words-between"));
    let week = sheet.tr("export-pdf-section-week");
    sheet.tr_args(
        "export-pdf-week-in-words",
        &[("week", week.into()), ("slots", slots.into())],
    )
}

fn grid_lines(flow: &mut Flow, sheet: &Sheet, grid: &WeekGeometry) {
    let (bottom, last_hour) = (grid.bottom(), grid.last_hour);
    for day in Weekday::ALL {
        let x = grid.x(day);
        let name = sheet.tr(&format!("export-day-short-{}", day.key()));
        let name_width = flow.fonts.width(&name, SMALL_BOLD.size, Weight::Bold);
        flow.text(
            x + (grid.day_width - name_width) / 2.0,
            grid.top - 4.0,
            &name,
            SMALL_BOLD,
        );
    }
    for hour in grid.first_hour..=last_hour {
        let y = grid.y(hour * 60);
        flow.push(Mark::Line {
            from: (grid.left, y),
            to: (grid.right(), y),
            width: 0.25,
        });
        if hour < last_hour {
            let label = format!("{hour:02}:00");
            flow.text(MARGIN_X, y + 6.5, &label, TextStyle::regular(6.5).grey(60));
        }
    }
    for column in 0..=7 {
        let x = grid.left + column as f32 * grid.day_width;
        flow.push(Mark::Line {
            from: (x, grid.top),
            to: (x, bottom),
            width: 0.5,
        });
    }
}

fn grid_slot(flow: &mut Flow, sheet: &Sheet, grid: &WeekGeometry, slot: &Slot, lane: week_grid::Lane) {
    let week_grid::Rect { x, y, width, height } = grid.lane_rect(slot, lane);
    flow.push(Mark::Rect {
        x,
        y,
        width,
        height,
        fill: Some(if slot.rates == Rates::Free { 200 } else { 255 }),
        stroke: None,
    });
    if slot.rates == Rates::Free {
        flow.push(Mark::Hatch { x, y, width, height });
    }
    flow.push(Mark::Rect {
        x,
        y,
        width,
        height,
        fill: None,
        stroke: Some(0.9),
    });
    grid_slot_label(flow, sheet, slot, (x, y, width, height));
}

/// The hours and the place inside a slot's box, as far as they fit; a white band keeps them legible
/// over the hatching.
fn grid_slot_label(flow: &mut Flow, sheet: &Sheet, slot: &Slot, (x, y, width, height): (f32, f32, f32, f32)) {
    let style = TextStyle::bold(6.0);
    if height < 8.0 {
        return;
    }
    // A narrow box (slots side by side) shows the start alone, or nothing, never text over its neighbour.
    let Some(hours) = [format!("{}–{}", slot.start, slot.end), slot.start.to_string()]
        .into_iter()
        .find(|text| flow.fonts.width(text, style.size, Weight::Bold) <= width - 3.0)
    else {
        return;
    };
    let place = super::Place::of(sheet.declaration, &slot.site).name;
    let mut lines = vec![hours];
    if height >= 16.0 {
        lines.push(flow.fonts.truncate(&place, style.size, Weight::Regular, width - 4.0));
    }
    let band_height = lines.len() as f32 * 7.0 + 1.5;
    if slot.rates == Rates::Free {
        flow.push(Mark::Rect {
            x: x + 1.0,
            y: y + 1.0,
            width: width - 2.0,
            height: band_height,
            fill: Some(255),
            stroke: None,
        });
    }
    for (n, line) in lines.iter().enumerate() {
        let style = if n == 0 { style } else { TextStyle::regular(6.0) };
        flow.text(x + 2.0, y + 7.0 + n as f32 * 7.0, line, style);
    }
}

fn legend(flow: &mut Flow, sheet: &Sheet) {
    let y = flow.y();
    let mut x = MARGIN_X + 30.0;
    for rates in [Rates::Agreement, Rates::Free] {
        let fill = if rates == Rates::Free { 200 } else { 255 };
        flow.push(Mark::Rect {
            x,
            y,
            width: 18.0,
            height: 10.0,
            fill: Some(fill),
            stroke: None,
        });
        if rates == Rates::Free {
            flow.push(Mark::Hatch {
                x,
                y,
                width: 18.0,
                height: 10.0,
            });
        }
        flow.push(Mark::Rect {
            x,
            y,
            width: 18.0,
            height: 10.0,
            fill: None,
            stroke: Some(0.9),
        });
        let label = sheet.tr(&format!("export-pdf-legend-{}", rates.key()));
        flow.text(x + 24.0, y + 8.0, &label, SMALL);
        x += 24.0 + flow.fonts.width(&label, SMALL.size, Weight::Regular) + 30.0;
    }
    flow.advance(16.0);
}

fn findings(flow: &mut Flow, sheet: &Sheet) {
    let report = &sheet.report;
    section(
        flow,
        &sheet.tr_args(
            "export-pdf-section-check",
            &[
                ("errors", report.errors().count().into()),
                ("warnings", report.warnings().count().into()),
            ],
        ),
        40.0,
    );
    let width = Flow::content_width();
    if report.findings.is_empty() {
        paragraph(flow, &sheet.tr("export-pdf-no-findings"), BODY, MARGIN_X, width);
    }
    for finding in &report.findings {
        let severity = match finding.severity {
            Severity::Error => sheet.tr("severity-error"),
            Severity::Warning => sheet.tr("severity-warning"),
        };
        let heading = match &finding.clause {
            Some(clause) => {
                let clause = sheet.tr_args("clause", &[("clause", clause.clone().into())]);
                format!("{severity} — {} — {clause}", finding.rule)
            }
            None => format!("{severity} — {}", finding.rule),
        };
        flow.ensure(3.0 * Flow::line_height(SMALL.size));
        paragraph(flow, &heading, SMALL_BOLD, MARGIN_X, width);
        let message = sheet.localizer.message(&finding.message);
        paragraph(flow, &message, SMALL, MARGIN_X + 12.0, width - 12.0);
        if let Some(interpretation) = &finding.interpretation {
            let note = sheet.localizer.message(interpretation);
            paragraph(flow, &note, SMALL.grey(60), MARGIN_X + 12.0, width - 12.0);
        }
        flow.advance(3.0);
    }
}

fn figures(flow: &mut Flow, sheet: &Sheet) {
    section(flow, &sheet.tr("export-pdf-section-figures"), 40.0);
    for line in figure_lines(sheet) {
        paragraph(flow, &line, SMALL, MARGIN_X, Flow::content_width());
    }
}

/// The figures behind the findings, one sentence each, as the window and the command line give them.
fn figure_lines(sheet: &Sheet) -> Vec<String> {
    summary_figures::figures(sheet.declaration, sheet.agreement, &sheet.report.summary)
        .iter()
        .map(|figure| sheet.localizer.message(&figure.line()))
        .collect()
}

/// Place and date, and a line to sign on, kept together on one page.
fn signature(flow: &mut Flow, sheet: &Sheet) {
    flow.ensure(90.0);
    flow.advance(22.0);
    paragraph(
        flow,
        &sheet.tr("export-pdf-signature-place-date"),
        BODY,
        MARGIN_X,
        Flow::content_width(),
    );
    flow.advance(40.0);
    let left = PAGE_WIDTH / 2.0;
    let y = flow.y();
    flow.push(Mark::Line {
        from: (left, y),
        to: (PAGE_WIDTH - MARGIN_X, y),
        width: 0.6,
    });
    flow.advance(3.0);
    paragraph(
        flow,
        &sheet.tr("export-pdf-signature"),
        SMALL,
        left,
        PAGE_WIDTH - MARGIN_X - left,
    );
}

fn footers(flow: &mut Flow, sheet: &Sheet) {
    let pages = flow.page_count();
    let style = TextStyle::regular(7.5).grey(90);
    for page in 0..pages {
        let text = sheet.tr_args(
            "export-pdf-footer",
            &[
                ("name", sheet.declaration.doctor.name.clone().into()),
                ("inami", inami_display(&sheet.declaration.doctor.inami).into()),
                ("page", (page + 1).into()),
                ("pages", pages.into()),
            ],
        );
        let width = flow.fonts.width(&text, style.size, style.weight);
        flow.push_on(
            page,
            Mark::Text {
                x: (PAGE_WIDTH - width) / 2.0,
                baseline: super::layout::footer_baseline(),
                size: style.size,
                weight: style.weight,
                grey: style.grey,
                text: flow.fonts.printable(&text, style.weight),
            },
        );
    }
}

fn metadata(sheet: &Sheet, language: Language) -> krilla::metadata::Metadata {
    let name = sheet.declaration.doctor.name.clone();
    let title = sheet.tr_args(
        "export-pdf-meta-title",
        &[
            ("agreement", sheet.agreement.id.clone().into()),
            ("name", name.clone().into()),
        ],
    );
    let date = sheet.prepared;
    let created = krilla::metadata::DateTime::new(u16::try_from(date.year()).unwrap_or(2000))
        .month(u8::try_from(date.month()).unwrap_or(1))
        .day(u8::try_from(date.day()).unwrap_or(1));
    krilla::metadata::Metadata::new()
        .title(title)
        .authors(vec![name])
        .language(document_language(language))
        .creator(format!("Conventio {}", env!("CARGO_PKG_VERSION")))
        .creation_date(created)
}

/// The document's language tag: every language has its own translation, written for Belgium.
pub(super) fn document_language(language: Language) -> String {
    format!("{}-BE", language.code())
}

/// The standards the summary meets, checked by krilla as it writes the file: PDF/A-2a, an
/// archival PDF whose text and structure stay readable (the "a" level asks for the tagging that
/// PDF/UA needs anyway), and PDF/UA-1, accessible to screen readers. A document that would break
/// either is refused with an error rather than written.
fn serialize_settings() -> Result<krilla::SerializeSettings, ExportError> {
    use krilla::configure::{Accessibility, Archival, ConfigurationBuilder};
    let configuration = ConfigurationBuilder::new()
        .with_archival_validator(Archival::A2_A)
        .with_accessibility_validator(Accessibility::UA1)
        .finish()
        .map_err(|e| ExportError::Pdf(format!("{e:?}")))?;
    Ok(krilla::SerializeSettings {
        configuration,
        enable_tagging: true,
        ..Default::default()
    })
}

/// Draws the laid-out pages with krilla, tagging each mark with its part of the structure.
pub(super) fn render(
    laid: Laid,
    metadata: krilla::metadata::Metadata,
    language: Language,
) -> Result<Vec<u8>, ExportError> {
    use krilla::page::PageSettings;
    use krilla::tagging::{Artifact, ArtifactType, ContentTag, SpanTag};
    use krilla::text::Font;
    use std::collections::{HashMap, HashSet};
    let font = |data: &'static [u8]| {
        Font::new(data.into(), 0).ok_or_else(|| ExportError::Pdf("the embedded font cannot be read".to_owned()))
    };
    let (regular, bold) = (font(REGULAR_FONT)?, font(BOLD_FONT)?);
    let mut document = krilla::Document::new_with(serialize_settings()?);
    document.set_metadata(metadata);
    let (width, height) = laid.page_size;
    let settings = PageSettings::from_wh(width, height).ok_or_else(|| ExportError::Pdf("page size".to_owned()))?;
    let structured: HashSet<(usize, usize)> = marks_in_structure(&laid.structure).collect();
    let mut identifiers = HashMap::new();
    for (page_index, marks) in laid.pages.iter().enumerate() {
        let mut page = document.start_page_with(settings.clone());
        let mut surface = page.surface();
        for (index, mark) in marks.iter().enumerate() {
            let is_text = matches!(mark, Mark::Text { .. });
            let tag = match (structured.contains(&(page_index, index)), is_text) {
                (true, true) => ContentTag::Span(SpanTag::empty()),
                (true, false) => ContentTag::Other,
                // Text outside the structure is the footer repeated on every page; the rest are rules,
                // frames and shading.
                (false, true) => ContentTag::Artifact(Artifact::with_kind(ArtifactType::Footer)),
                (false, false) => ContentTag::Artifact(Artifact::with_kind(ArtifactType::Layout)),
            };
            let identifier = surface.start_tagged(tag);
            draw(&mut surface, mark, &regular, &bold);
            surface.end_tagged();
            if structured.contains(&(page_index, index)) {
                identifiers.insert((page_index, index), identifier);
            }
        }
        surface.finish();
        page.finish();
    }
    document.set_outline(outline(&laid.structure));
    document.set_tag_tree(tag_tree(&laid.structure, &mut identifiers, language));
    document.finish().map_err(|e| ExportError::Pdf(format!("{e:?}")))
}

/// Every mark that belongs to a part, by page and position.
fn marks_in_structure(structure: &Structure) -> impl Iterator<Item = (usize, usize)> + '_ {
    structure.elements.iter().flat_map(|element| {
        element.children.iter().filter_map(|child| match child {
            Child::Mark(page, index) => Some((*page, *index)),
            Child::Part(_) => None,
        })
    })
}

/// The document's structure in reading order, its leaves the marks drawn for each part.
fn tag_tree(
    structure: &Structure,
    identifiers: &mut std::collections::HashMap<(usize, usize), krilla::tagging::Identifier>,
    language: Language,
) -> krilla::tagging::TagTree {
    let mut tree = krilla::tagging::TagTree::new().with_lang(Some(document_language(language)));
    for &id in &structure.top {
        tree.push(tag_group(structure, id, identifiers));
    }
    tree
}

fn tag_group(
    structure: &Structure,
    id: usize,
    identifiers: &mut std::collections::HashMap<(usize, usize), krilla::tagging::Identifier>,
) -> krilla::tagging::TagGroup {
    use krilla::tagging::{Node, TableHeaderScope, Tag, TagGroup, TagKind};
    use std::num::NonZeroU16;
    let element = &structure.elements[id];
    let heading = |level: u16, title: &str| -> TagKind {
        Tag::Hn(
            NonZeroU16::new(level).unwrap_or(NonZeroU16::MIN),
            Some(title.to_owned()),
        )
        .into()
    };
    let tag: TagKind = match &element.part {
        Part::Title(title) => heading(1, title),
        Part::Heading(title) => heading(2, title),
        Part::Paragraph => Tag::P.into(),
        Part::Table => Tag::Table.into(),
        Part::Row => Tag::TR.into(),
        Part::HeaderCell => Tag::TH(TableHeaderScope::Column).into(),
        Part::Cell => Tag::TD.into(),
        Part::Figure(alt) => Tag::Figure(Some(alt.clone())).into(),
    };
    let children: Vec<Node> = element
        .children
        .iter()
        .filter_map(|child| match child {
            Child::Part(part) => Some(tag_group(structure, *part, identifiers).into()),
            // Each identifier has exactly one parent: taken out of the map as it is placed.
            Child::Mark(page, index) => identifiers.remove(&(*page, *index)).map(Node::from),
        })
        .collect();
    TagGroup::with_children(tag, children)
}

/// Bookmarks to the sections, which PDF/UA asks of a document with headings.
fn outline(structure: &Structure) -> krilla::outline::Outline {
    use krilla::destination::XyzDestination;
    use krilla::geom::Point;
    use krilla::outline::{Outline, OutlineNode};
    let mut outline = Outline::new();
    for element in &structure.elements {
        if let Part::Heading(title) = &element.part {
            let destination = XyzDestination::new(element.page, Point::from_xy(MARGIN_X, element.y));
            outline.push_child(OutlineNode::new(title.clone(), destination));
        }
    }
    outline
}

fn draw(surface: &mut krilla::surface::Surface, mark: &Mark, regular: &krilla::text::Font, bold: &krilla::text::Font) {
    use krilla::geom::{PathBuilder, Point, Rect};
    use krilla::text::TextDirection;
    match mark {
        Mark::Text {
            x,
            baseline,
            size,
            weight,
            grey,
            text,
        } => {
            let font = if *weight == Weight::Bold { bold } else { regular };
            surface.set_stroke(None);
            surface.set_fill(Some(fill(*grey)));
            surface.draw_text(
                Point::from_xy(*x, *baseline),
                font.clone(),
                *size,
                text,
                false,
                TextDirection::Auto,
            );
        }
        Mark::Rect {
            x,
            y,
            width,
            height,
            fill: shade,
            stroke: line,
        } => {
            let Some(rect) = Rect::from_xywh(*x, *y, *width, *height) else {
                return;
            };
            let mut builder = PathBuilder::new();
            builder.push_rect(rect);
            if let Some(path) = builder.finish() {
                surface.set_fill(shade.map(fill));
                surface.set_stroke(line.map(|width| stroke(0, width)));
                surface.draw_path(&path);
            }
        }
        Mark::Line { from, to, width } => {
            let mut builder = PathBuilder::new();
            builder.move_to(from.0, from.1);
            builder.line_to(to.0, to.1);
            if let Some(path) = builder.finish() {
                surface.set_fill(None);
                surface.set_stroke(Some(stroke(0, *width)));
                surface.draw_path(&path);
            }
        }
        Mark::Hatch { x, y, width, height } => hatch(surface, *x, *y, *width, *height),
    }
}

/// Diagonal lines every 4 points, clipped to the rectangle.
fn hatch(surface: &mut krilla::surface::Surface, x: f32, y: f32, width: f32, height: f32) {
    use krilla::geom::{PathBuilder, Rect};
    use krilla::paint::FillRule;
    let Some(rect) = Rect::from_xywh(x, y, width, height) else {
        return;
    };
    let mut clip = PathBuilder::new();
    clip.push_rect(rect);
    let Some(clip) = clip.finish() else {
        return;
    };
    let mut lines = PathBuilder::new();
    let mut offset = -height;
    while offset < width {
        lines.move_to(x + offset, y + height);
        lines.line_to(x + offset + height, y);
        offset += 4.0;
    }
    let Some(lines) = lines.finish() else {
        return;
    };
    surface.push_clip_path(&clip, &FillRule::NonZero);
    surface.set_fill(None);
    surface.set_stroke(Some(stroke(60, 0.6)));
    surface.draw_path(&lines);
    surface.pop();
}

fn fill(grey: u8) -> krilla::paint::Fill {
    krilla::paint::Fill {
        paint: krilla::color::luma::Color::new(grey).into(),
        ..Default::default()
    }
}

fn stroke(grey: u8, width: f32) -> krilla::paint::Stroke {
    krilla::paint::Stroke {
        paint: krilla::color::luma::Color::new(grey).into(),
        width,
        ..Default::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::agreement::Agreements;

    #[test]
    fn amounts_and_durations_read_the_belgian_way() {
        assert_eq!(wording::euros(508_858), "5.088,58 EUR");
        assert_eq!(wording::duration(241), "4 h 01");
    }

    #[test]
    fn the_grid_covers_every_slot_and_at_least_office_hours() {
        assert_eq!(grid_hours(&[]), (8, 18));
    }

    fn example(name: &str) -> Declaration {
        let path = format!("{}/assets/examples/{name}.json", env!("CARGO_MANIFEST_DIR"));
        crate::core::format::read_declaration(&std::fs::read_to_string(path).unwrap(), Agreements::embedded()).unwrap()
    }

    /// What the week grid of `declaration`'s summary draws (in French, prepared on 20/02/2026).
    fn week_grid_marks(declaration: &Declaration) -> Vec<Mark> {
        let agreement = Agreements::embedded().find(&declaration.agreement).unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 2, 20).unwrap();
        let sheet = Sheet {
            declaration,
            agreement,
            report: rules::check(declaration, agreement, today),
            localizer: i18n::localizer(Language::Fr),
            prepared: today,
        };
        let mut flow = Flow::new(Fonts::load().unwrap());
        week_grid(&mut flow, &sheet);
        flow.finish().pages.concat()
    }

    #[test]
    fn free_slots_are_hatched_in_the_week_grid_and_agreement_slots_are_not() {
        let declaration = example("gp-partial-valid");
        let hatches = week_grid_marks(&declaration)
            .into_iter()
            .filter(|mark| matches!(mark, Mark::Hatch { .. }))
            .count();
        let free = declaration
            .slots
            .iter()
            .filter(|slot| slot.rates == Rates::Free)
            .count();
        // One per free slot, and one in the legend.
        assert_eq!(hatches, free + 1);
    }

    #[test]
    fn overlapping_slots_are_side_by_side_in_the_week_grid() {
        let mut declaration = example("gp-partial-valid");
        let mut other = declaration.slots[0].clone();
        other.start = crate::core::model::TimeOfDay::from_minutes(other.start.minutes() + 30).unwrap();
        declaration.slots.push(other);
        // The slots' outlines (no fill): no two of them cover each other.
        let boxes: Vec<(f32, f32, f32, f32)> = week_grid_marks(&declaration)
            .into_iter()
            .filter_map(|mark| match mark {
                Mark::Rect {
                    x,
                    y,
                    width,
                    height,
                    fill: None,
                    stroke: Some(_),
                } => Some((x, y, width, height)),
                _ => None,
            })
            .collect();
        assert!(boxes.len() > declaration.slots.len(), "the slots and the legend");
        for (i, a) in boxes.iter().enumerate() {
            for b in &boxes[i + 1..] {
                let apart = a.0 + a.2 <= b.0 || b.0 + b.2 <= a.0 || a.1 + a.3 <= b.1 || b.1 + b.3 <= a.1;
                assert!(apart, "{a:?} over {b:?}");
            }
        }
    }

    #[test]
    fn all_text_but_the_footers_is_read_in_the_structure() {
        for name in ["gp-partial-valid", "specialist-partial-invalid"] {
            let declaration = example(name);
            let agreement = Agreements::embedded().find(&declaration.agreement).unwrap();
            let today = NaiveDate::from_ymd_opt(2026, 2, 20).unwrap();
            let sheet = Sheet {
                declaration: &declaration,
                agreement,
                report: rules::check(&declaration, agreement, today),
                localizer: i18n::localizer(Language::Nl),
                prepared: today,
            };
            let mut flow = Flow::new(Fonts::load().unwrap());
            identity(&mut flow, &sheet);
            schedule_tables(&mut flow, &sheet);
            week_grid(&mut flow, &sheet);
            findings(&mut flow, &sheet);
            signature(&mut flow, &sheet);
            footers(&mut flow, &sheet);
            let laid = flow.finish();
            let structured: std::collections::HashSet<_> = marks_in_structure(&laid.structure).collect();
            for (page, marks) in laid.pages.iter().enumerate() {
                for (index, mark) in marks.iter().enumerate() {
                    if let Mark::Text { text, baseline, .. } = mark {
                        let footer = *baseline == super::super::layout::footer_baseline();
                        assert_eq!(structured.contains(&(page, index)), !footer, "{name}: {text}");
                    }
                }
            }
        }
    }

    #[test]
    fn every_language_is_declared_as_itself() {
        assert_eq!(document_language(Language::Nl), "nl-BE");
        assert_eq!(document_language(Language::De), "de-BE");
        assert_eq!(document_language(Language::En), "en-BE");
    }
}
