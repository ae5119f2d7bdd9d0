//! A small page layout for the PDF summary: text is measured with the embedded font, wrapped, and
//! placed top to bottom on A4 pages as a list of marks that `pdf.rs` then draws. Keeping layout
//! apart from drawing lets tests and the renderer share one description of the pages.
//!
//! The flow also records the document's logical structure (headings, paragraphs, tables, the week
//! figure) in reading order, so the renderer can tag the PDF for screen readers (PDF/UA). Text
//! drawn outside any open part, and rules and frames outside a figure, are decoration (artifacts).

use super::ExportError;
use ttf_parser::Face;

/// A4 in PDF points.
pub(super) const PAGE_WIDTH: f32 = 595.28;
pub(super) const PAGE_HEIGHT: f32 = 841.89;
pub(super) const MARGIN_X: f32 = 48.0;
const MARGIN_TOP: f32 = 46.0;
/// Room left at the bottom for the footer.
const MARGIN_BOTTOM: f32 = 58.0;
/// Line height as a multiple of the font size.
const LEADING: f32 = 1.32;

pub(super) const REGULAR_FONT: &[u8] = include_bytes!("../../../assets/fonts/OpenSans-Regular.ttf");
pub(super) const BOLD_FONT: &[u8] = include_bytes!("../../../assets/fonts/OpenSans-Bold.ttf");

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Weight {
    Regular,
    Bold,
}

/// Grey levels: 0 is black, 255 white.
pub(super) type Grey = u8;

/// One thing drawn on a page; `y` grows downwards from the top of the page.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Mark {
    Text {
        x: f32,
        baseline: f32,
        size: f32,
        weight: Weight,
        grey: Grey,
        text: String,
    },
    Rect {
        x: f32,
        y: f32,
        width: f32,
        height: f32,
        fill: Option<Grey>,
        stroke: Option<f32>,
    },
    Line {
        from: (f32, f32),
        to: (f32, f32),
        width: f32,
    },
    /// Diagonal lines inside a rectangle: free-rate time in the week grid, legible in black and white.
    Hatch { x: f32, y: f32, width: f32, height: f32 },
}

/// A logical part of the document, as a screen reader announces it.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Part {
    /// The document's title (its text, which is also the heading's title).
    Title(String),
    /// A section heading (its text).
    Heading(String),
    Paragraph,
    Table,
    Row,
    /// A cell of the header row: it names the column below it.
    HeaderCell,
    Cell,
    /// A drawing read out as its alternative text.
    Figure(String),
}

/// What a part holds, in reading order: parts nested in it and marks drawn for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Child {
    Part(usize),
    /// A mark by page and position on that page.
    Mark(usize, usize),
}

/// A part with its contents, and where it starts (to point the outline at headings).
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Element {
    pub(super) part: Part,
    pub(super) children: Vec<Child>,
    pub(super) page: usize,
    pub(super) y: f32,
}

/// The pages' logical structure: every part, and the top-level ones in reading order.
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct Structure {
    pub(super) elements: Vec<Element>,
    pub(super) top: Vec<usize>,
}

/// The laid-out pages and their structure.
pub(super) struct Laid {
    pub(super) pages: Vec<Vec<Mark>>,
    pub(super) structure: Structure,
    /// Width and height of every page, in points.
    pub(super) page_size: (f32, f32),
}

/// The embedded fonts' metrics, to measure text before placing it.
pub(super) struct Fonts {
    regular: Face<'static>,
    bold: Face<'static>,
}

impl Fonts {
    pub(super) fn load() -> Result<Fonts, ExportError> {
        let face = |data: &'static [u8]| Face::parse(data, 0).map_err(|e| ExportError::Pdf(format!("font: {e}")));
        Ok(Fonts {
            regular: face(REGULAR_FONT)?,
            bold: face(BOLD_FONT)?,
        })
    }

    fn face(&self, weight: Weight) -> &Face<'static> {
        match weight {
            Weight::Regular => &self.regular,
            Weight::Bold => &self.bold,
        }
    }

    /// Width of `text` in points.
    pub(super) fn width(&self, text: &str, size: f32, weight: Weight) -> f32 {
        let face = self.face(weight);
        let units: f32 = text
            .chars()
            .map(|c| {
                let glyph = face.glyph_index(c).unwrap_or(ttf_parser::GlyphId(0));
                f32::from(face.glyph_hor_advance(glyph).unwrap_or(0))
            })
            .sum();
        units * size / f32::from(face.units_per_em())
    }

    /// `text` with every character the font cannot draw shown as `?`: an archival PDF may not hold
    /// a missing-glyph box, and the declaration file keeps the exact text anyway.
    pub(super) fn printable(&self, text: &str, weight: Weight) -> String {
        let face = self.face(weight);
        text.chars()
            .map(|c| if face.glyph_index(c).is_some() { c } else { '?' })
            .collect()
    }

    /// `text` broken into lines no wider than `max_width` (a word longer than that stays whole).
    pub(super) fn wrap(&self, text: &str, size: f32, weight: Weight, max_width: f32) -> Vec<String> {
        let mut lines = Vec::new();
        for paragraph in text.split('\n') {
            let mut line = String::new();
            for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
                let candidate = if line.is_empty() {
                    word.to_owned()
                } else {
                    format!("{line} {word}")
                };
                if line.is_empty() || self.width(&candidate, size, weight) <= max_width {
                    line = candidate;
                } else {
                    lines.push(std::mem::replace(&mut line, word.to_owned()));
                }
            }
            lines.push(line);
        }
        lines
    }

    /// `text` cut (with `…`) to fit `max_width`.
    pub(super) fn truncate(&self, text: &str, size: f32, weight: Weight, max_width: f32) -> String {
        if self.width(text, size, weight) <= max_width {
            return text.to_owned();
        }
        let mut cut: String = text.to_owned();
        while !cut.is_empty() && self.width(&format!("{cut}…"), size, weight) > max_width {
            cut.pop();
        }
        if cut.is_empty() {
            String::new()
        } else {
            format!("{}…", cut.trim_end())
        }
    }
}

/// Pages filled from top to bottom.
pub(super) struct Flow {
    pub(super) fonts: Fonts,
    pages: Vec<Vec<Mark>>,
    /// Where the next block starts on the current page.
    y: f32,
    structure: Structure,
    /// The parts being filled, innermost last.
    open: Vec<usize>,
    /// Width and height of the pages.
    page_size: (f32, f32),
}

impl Flow {
    /// Portrait A4 pages.
    pub(super) fn new(fonts: Fonts) -> Flow {
        Flow {
            fonts,
            pages: vec![Vec::new()],
            y: MARGIN_TOP,
            structure: Structure::default(),
            open: Vec::new(),
            page_size: (PAGE_WIDTH, PAGE_HEIGHT),
        }
    }

    /// Landscape A4 pages, for lists with many columns.
    pub(super) fn landscape(fonts: Fonts) -> Flow {
        Flow {
            page_size: (PAGE_HEIGHT, PAGE_WIDTH),
            ..Flow::new(fonts)
        }
    }

    /// Width between the side margins of these pages.
    pub(super) fn width(&self) -> f32 {
        self.page_size.0 - 2.0 * MARGIN_X
    }

    /// Where footers sit on these pages.
    pub(super) fn footer_baseline(&self) -> f32 {
        self.page_size.1 - MARGIN_BOTTOM / 2.0
    }

    pub(super) fn page_size(&self) -> (f32, f32) {
        self.page_size
    }

    /// `draw` run outside every part: what it draws is decoration (an artifact), such as a table's
    /// header row repeated on a new page, which a screen reader must not read twice.
    pub(super) fn artifact(&mut self, draw: impl FnOnce(&mut Flow)) {
        let open = std::mem::take(&mut self.open);
        let (elements, top) = (self.structure.elements.len(), self.structure.top.len());
        draw(self);
        // Parts `draw` opened were top-level ones of their own: dropping them leaves its marks
        // outside the structure.
        self.structure.elements.truncate(elements);
        self.structure.top.truncate(top);
        self.open = open;
    }

    /// Starts a part inside the innermost open one; what is drawn until `close` belongs to it.
    pub(super) fn open(&mut self, part: Part) {
        let id = self.structure.elements.len();
        self.structure.elements.push(Element {
            part,
            children: Vec::new(),
            page: self.pages.len() - 1,
            y: self.y,
        });
        match self.open.last() {
            Some(&parent) => self.structure.elements[parent].children.push(Child::Part(id)),
            None => self.structure.top.push(id),
        }
        self.open.push(id);
    }

    pub(super) fn close(&mut self) {
        self.open.pop();
    }

    /// `draw` run inside a new part.
    pub(super) fn within(&mut self, part: Part, draw: impl FnOnce(&mut Flow)) {
        self.open(part);
        draw(self);
        self.close();
    }

    pub(super) fn y(&self) -> f32 {
        self.y
    }

    pub(super) fn advance(&mut self, height: f32) {
        self.y += height;
    }

    /// Height left on the current page.
    pub(super) fn remaining(&self) -> f32 {
        self.page_size.1 - MARGIN_BOTTOM - self.y
    }

    pub(super) fn content_width() -> f32 {
        PAGE_WIDTH - 2.0 * MARGIN_X
    }

    /// Starts a new page unless `height` points still fit on this one.
    pub(super) fn ensure(&mut self, height: f32) {
        if self.y + height > self.page_size.1 - MARGIN_BOTTOM && self.y > MARGIN_TOP {
            self.pages.push(Vec::new());
            self.y = MARGIN_TOP;
        }
    }

    /// Adds a mark to the current page: text belongs to the innermost open part, and so does any
    /// mark inside a figure; the rest is decoration.
    pub(super) fn push(&mut self, mark: Mark) {
        let page_index = self.pages.len() - 1;
        let Some(page) = self.pages.last_mut() else {
            return;
        };
        if let Some(&part) = self.open.last() {
            let element = &mut self.structure.elements[part];
            if matches!(mark, Mark::Text { .. }) || matches!(element.part, Part::Figure(_)) {
                element.children.push(Child::Mark(page_index, page.len()));
            }
        }
        page.push(mark);
    }

    pub(super) fn line_height(size: f32) -> f32 {
        size * LEADING
    }

    /// Wrapped text at `x`, up to `width` wide; each line moves the flow down.
    pub(super) fn paragraph(&mut self, text: &str, style: TextStyle, x: f32, width: f32) {
        let line_height = Flow::line_height(style.size);
        for line in self.fonts.wrap(text, style.size, style.weight, width) {
            self.ensure(line_height);
            self.text(x, self.y + style.size, &line, style);
            self.y += line_height;
        }
    }

    /// One line of text with its baseline at `baseline`; does not move the flow.
    pub(super) fn text(&mut self, x: f32, baseline: f32, text: &str, style: TextStyle) {
        self.push(Mark::Text {
            x,
            baseline,
            size: style.size,
            weight: style.weight,
            grey: style.grey,
            text: self.fonts.printable(text, style.weight),
        });
    }

    pub(super) fn finish(self) -> Laid {
        Laid {
            pages: self.pages,
            structure: self.structure,
            page_size: self.page_size,
        }
    }

    pub(super) fn page_count(&self) -> usize {
        self.pages.len()
    }

    /// Adds marks to a page already laid out (footers, once the page count is known).
    pub(super) fn push_on(&mut self, page: usize, mark: Mark) {
        if let Some(page) = self.pages.get_mut(page) {
            page.push(mark);
        }
    }
}

/// Size, weight and grey of a piece of text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct TextStyle {
    pub(super) size: f32,
    pub(super) weight: Weight,
    pub(super) grey: Grey,
}

impl TextStyle {
    pub(super) const fn regular(size: f32) -> TextStyle {
        TextStyle {
            size,
            weight: Weight::Regular,
            grey: 0,
        }
    }

    pub(super) const fn bold(size: f32) -> TextStyle {
        TextStyle {
            size,
            weight: Weight::Bold,
            grey: 0,
        }
    }

    pub(super) const fn grey(self, grey: Grey) -> TextStyle {
        TextStyle { grey, ..self }
    }
}

/// The bottom of the writable area, where footers go below.
pub(super) fn footer_baseline() -> f32 {
    PAGE_HEIGHT - MARGIN_BOTTOM / 2.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapped_lines_fit_the_width() {
        let fonts = Fonts::load().unwrap();
        let text = "Vous appliquez les tarifs de l'accord, sauf aux jours, heures et lieux indiqués ci-dessous.";
        let lines = fonts.wrap(text, 10.0, Weight::Regular, 150.0);
        assert!(lines.len() > 1);
        for line in &lines {
            assert!(fonts.width(line, 10.0, Weight::Regular) <= 150.0, "{line}");
        }
        assert_eq!(lines.join(" "), text);
    }

    #[test]
    fn accented_letters_have_glyphs() {
        let fonts = Fonts::load().unwrap();
        for c in "éèêëàçôûüïÉÈßäöÄÖÜ–—…«»„“”‘’\u{a0}".chars() {
            assert!(fonts.regular.glyph_index(c).is_some(), "{c}");
            assert!(fonts.bold.glyph_index(c).is_some(), "{c}");
        }
    }

    #[test]
    fn long_text_is_truncated_with_an_ellipsis() {
        let fonts = Fonts::load().unwrap();
        let cut = fonts.truncate("Privépraktijk Aalst en omstreken", 7.0, Weight::Regular, 40.0);
        assert!(cut.ends_with('…'));
        assert!(fonts.width(&cut, 7.0, Weight::Regular) <= 40.0);
    }
}
