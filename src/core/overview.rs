//! The practice overview's rows: every doctor of the practice with what the secretary needs before
//! the window closes (choice, window, check, last day, days left) and whether the declaration is
//! registered in ProSanté/ProGezondheid yet, and by whom. The window's screen, the spreadsheet and
//! the printed list (`export::overview_pdf`) all read the same rows and the same cell texts.

use super::agreement::{self, Agreements};
use super::i18n::Localizer;
use super::model::{Choice, Declaration, Role};
use super::practice::{Practice, Profile};
use super::rules::{self, Report};
use super::store::{Registration, StoreError};
use super::wording::belgian_date;
use chrono::{NaiveDate, NaiveDateTime};
use std::path::Path;

/// One doctor's line of the overview.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub id: String,
    pub name: String,
    pub inami: String,
    pub role: Option<Role>,
    pub choice: Choice,
    /// The window by the kind the app names it by (`recognition` for a newly recognised doctor).
    pub window: String,
    /// The year the window's declaration is for ("Déclarer pour 2027").
    pub window_year: i32,
    /// Whether the declaration must be registered at all (RULES.md, "What must be registered"):
    /// full adherence by an adherent doctor never is, and has no last day nor days left.
    pub must_register: bool,
    pub errors: usize,
    pub warnings: usize,
    /// When the profile file was last written.
    pub last_saved: Option<NaiveDateTime>,
    pub last_day: Option<NaiveDate>,
    pub days_left: Option<i64>,
    /// When the current declaration was registered in ProSanté, and by whom (when known).
    pub registered: Option<(NaiveDate, Option<String>)>,
    /// A version registered before the declaration changed: "enregistré le 02/12 — modifié
    /// depuis : à réenregistrer" (then `registered` is `None`).
    pub changed_since: Option<(NaiveDate, Option<String>)>,
    /// The doctor's note ("mandat eHealth à demander").
    pub note: String,
}

impl Row {
    /// The mark's columns: registered, or registered before a change (to register again).
    pub fn set_registration(&mut self, registration: Option<Registration>) {
        match registration {
            Some(Registration::Current { on, by }) => self.registered = Some((on, by)),
            Some(Registration::Changed { on, by }) => self.changed_since = Some((on, by)),
            None => {}
        }
    }

    /// The row of a readable profile, checked on `today` against `agreements` (the user's last days in
    /// place).
    pub fn of(profile: Profile, today: NaiveDate, agreements: &Agreements) -> Option<Row> {
        let declaration = profile.declaration.ok()?;
        let mut row = Row::of_declaration(&declaration, today, agreements);
        row.set_registration(profile.registration);
        row.last_saved = profile.saved_at;
        row.id = profile.id;
        row.note = profile.note;
        Some(row)
    }

    /// The columns that come from the declaration alone (no file, no history).
    pub fn of_declaration(declaration: &Declaration, today: NaiveDate, agreements: &Agreements) -> Row {
        let agreement = agreements.find_or_latest(&declaration.agreement);
        let report = rules::check(declaration, agreement, today);
        Row::of_report(declaration, &report, today)
    }

    /// The same from a check already made (on `today`).
    pub fn of_report(declaration: &Declaration, report: &Report, today: NaiveDate) -> Row {
        Row {
            id: String::new(),
            name: declaration.doctor.name.clone(),
            inami: super::inami::shown(&declaration.doctor.inami),
            role: declaration.role(),
            choice: declaration.choice,
            window: report.summary.window_shown.clone(),
            window_year: report.summary.window_year,
            must_register: declaration.must_be_registered(),
            errors: report.errors().count(),
            warnings: report.warnings().count(),
            last_saved: None,
            last_day: report.summary.deadline.filter(|_| declaration.must_be_registered()),
            days_left: report
                .summary
                .deadline
                .filter(|_| declaration.must_be_registered())
                .map(|d| agreement::days_left(d, today)),
            registered: None,
            changed_since: None,
            note: String::new(),
        }
    }

    /// Whether the doctor still has to register: it must be, and is not yet.
    pub fn is_still_to_register(&self) -> bool {
        self.must_register && self.registered.is_none()
    }

    /// Who registered it, when a name was recorded.
    pub fn registered_by(&self) -> Option<&str> {
        self.registered.as_ref().and_then(|(_, by)| by.as_deref())
    }
}

/// Every readable doctor's row, most urgent first, and the doctors whose declaration could not be
/// read (listed by name and number, never hidden).
pub fn rows(practice: &Practice, today: NaiveDate, agreements: &Agreements) -> (Vec<Row>, Vec<String>) {
    try_rows(practice, today, agreements).unwrap_or_default()
}

/// [`rows`], or why the practice's database could not be read.
pub(crate) fn try_rows(
    practice: &Practice,
    today: NaiveDate,
    agreements: &Agreements,
) -> Result<(Vec<Row>, Vec<String>), StoreError> {
    let mut rows = Vec::new();
    let mut unreadable = Vec::new();
    for profile in practice.load()? {
        let label = profile.label();
        match Row::of(profile, today, agreements) {
            Some(row) => rows.push(row),
            None => unreadable.push(label),
        }
    }
    sort_by_urgency(&mut rows);
    Ok((rows, unreadable))
}

/// When a file was last written, in local time.
pub fn last_saved(path: &Path) -> Option<NaiveDateTime> {
    let time = std::fs::metadata(path).and_then(|m| m.modified()).ok()?;
    let local: chrono::DateTime<chrono::Local> = time.into();
    Some(local.naive_local())
}

/// Most urgent first: still to register before registered or with nothing to register, then the fewest days left (no last
/// day at the end), then by name.
pub fn sort_by_urgency(rows: &mut [Row]) {
    rows.sort_by(|a, b| {
        let key = |r: &Row| {
            (
                !r.is_still_to_register(),
                r.days_left.is_none(),
                r.days_left.unwrap_or(i64::MAX),
            )
        };
        key(a).cmp(&key(b)).then_with(|| a.name.cmp(&b.name))
    });
}

/// Which doctors a list shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Filter {
    #[default]
    All,
    /// Only those whose current declaration must be registered and is not yet.
    StillToRegister,
}

impl Filter {
    pub fn keeps(self, row: &Row) -> bool {
        match self {
            Filter::All => true,
            Filter::StillToRegister => row.is_still_to_register(),
        }
    }

    /// The filter's name in the printed list.
    pub fn describe(self, localizer: &Localizer) -> String {
        match self {
            Filter::All => localizer.tr("export-list-filter-all"),
            Filter::StillToRegister => localizer.tr("export-list-filter-unregistered"),
        }
    }
}

/// The columns' names, in the order of [`cells`].
pub fn header(localizer: &Localizer) -> Vec<String> {
    [
        "gui-overview-name",
        "gui-overview-inami",
        "gui-overview-role",
        "gui-overview-choice",
        "gui-overview-window",
        "gui-overview-to-register",
        "gui-overview-status",
        "gui-overview-last-saved",
        "gui-overview-days-left",
        "gui-overview-registered-on",
        "gui-overview-registered-by",
        "gui-overview-note",
    ]
    .iter()
    .map(|id| localizer.tr(id))
    .collect()
}

/// One row's texts, column by column (dates the Belgian way).
pub fn cells(row: &Row, localizer: &Localizer) -> Vec<String> {
    vec![
        row.name.clone(),
        row.inami.clone(),
        role_text(row.role, localizer),
        localizer.tr(&format!("choice-{}", row.choice.key())),
        window_text(row, localizer),
        registration_state(row, localizer),
        status_text(row, localizer),
        row.last_saved
            .map(|t| t.format("%d/%m/%Y %H:%M").to_string())
            .unwrap_or_default(),
        row.days_left.map(|d| d.to_string()).unwrap_or_default(),
        row.registered
            .as_ref()
            .map(|(on, _)| belgian_date(*on))
            .or_else(|| changed_text(row, localizer))
            .unwrap_or_default(),
        row.registered_by().unwrap_or_default().to_owned(),
        row.note.clone(),
    ]
}

/// The window's name, as the start screen titles it ("Déclarer pour 2027"): one name per window.
pub fn window_text(row: &Row, localizer: &Localizer) -> String {
    localizer.tr_args(
        &format!("window-title-{}", row.window),
        &[("year", i64::from(row.window_year).into())],
    )
}

/// What is left to do in ProSanté, in words: nothing to register (full adherence by an adherent
/// doctor), registered, to register by a day (or without a last day), or too late in that window.
pub fn registration_state(row: &Row, localizer: &Localizer) -> String {
    if row.registered.is_some() {
        return localizer.tr("register-state-registered");
    }
    if !row.must_register {
        return localizer.tr("register-state-nothing");
    }
    match (row.last_day, row.days_left) {
        (Some(day), Some(left)) if left < 0 => {
            localizer.tr_args("register-state-late", &[("date", belgian_date(day).into())])
        }
        (Some(day), _) => localizer.tr_args("register-state-by", &[("date", belgian_date(day).into())]),
        _ => localizer.tr("register-state-any-time"),
    }
}

/// The practice's headline: how many doctors still have to register by the nearest last day still
/// ahead, and the days left ("2 médecins à enregistrer au plus tard le 14/12/2026 — encore 12
/// jours"), and how many others still have to register later or without a last day. Only those
/// who must register count. `None` when nobody has anything left to register.
pub fn headline(rows: &[Row], localizer: &Localizer) -> Option<String> {
    let waiting: Vec<&Row> = rows.iter().filter(|r| r.is_still_to_register()).collect();
    if waiting.is_empty() {
        return None;
    }
    let nearest = waiting
        .iter()
        .filter(|r| r.days_left.is_some_and(|d| d >= 0))
        .filter_map(|r| Some((r.last_day?, r.days_left?)))
        .min();
    let Some((day, left)) = nearest else {
        return Some(localizer.tr_args("register-headline-no-date", &[("count", waiting.len().into())]));
    };
    let by_then = waiting.iter().filter(|r| r.last_day == Some(day)).count();
    let mut args = vec![
        ("count", by_then.into()),
        ("date", belgian_date(day).into()),
        ("others", (waiting.len() - by_then).into()),
    ];
    args.extend(super::wording::days_args(left));
    Some(localizer.tr_args("register-headline", &args))
}

/// The role's name, or a dash when the declaration does not say.
pub(crate) fn role_text(role: Option<Role>, localizer: &Localizer) -> String {
    role.map_or_else(|| "—".to_owned(), |r| localizer.tr(&format!("role-{}", r.key())))
}

/// The check's verdict in words: in order, N warnings, or N errors.
pub(crate) fn status_text(row: &Row, localizer: &Localizer) -> String {
    match (row.errors, row.warnings) {
        (0, 0) => localizer.tr("gui-practice-valid"),
        (0, w) => localizer.tr_args("gui-overview-warnings", &[("count", w.into())]),
        (e, _) => localizer.tr_args("gui-check-errors", &[("count", e.into())]),
    }
}

/// "Registered in ProSanté on 20/11/2026 by Sophie Martin", or without "by …" when no name was
/// recorded; `None` while not registered.
pub fn registration_text(row: &Row, localizer: &Localizer) -> Option<String> {
    let (on, by) = row.registered.clone()?;
    Some(mark_text(&Registration::Current { on, by }, localizer))
}

/// "enregistré le 02/12 — modifié depuis : à réenregistrer": a registered version the declaration
/// has changed from since; `None` otherwise.
pub fn changed_text(row: &Row, localizer: &Localizer) -> Option<String> {
    let (on, by) = row.changed_since.clone()?;
    Some(mark_text(&Registration::Changed { on, by }, localizer))
}

/// What a doctor's mark says, in the overview, the start list and `conventio check`.
pub fn mark_text(registration: &Registration, localizer: &Localizer) -> String {
    match registration {
        Registration::Current { on, by: Some(name) } => localizer.tr_args(
            "gui-overview-registered-by-name",
            &[("date", belgian_date(*on).into()), ("name", name.clone().into())],
        ),
        Registration::Current { on, by: None } => {
            localizer.tr_args("gui-overview-registered", &[("date", belgian_date(*on).into())])
        }
        Registration::Changed { on, .. } => localizer.tr_args(
            "practice-changed-since",
            &[("date", on.format("%d/%m").to_string().into())],
        ),
    }
}

/// The overview as a spreadsheet Excel opens on a Belgian Windows: `;`, BOM, CRLF, one row a
/// doctor, headers in the localizer's language.
pub fn csv(rows: &[Row], localizer: &Localizer) -> Vec<u8> {
    let mut writer = ::csv::WriterBuilder::new()
        .delimiter(b';')
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::from("\u{feff}".as_bytes()));
    // Writing into memory cannot fail.
    let _ = writer.write_record(header(localizer));
    for row in rows {
        let _ = writer.write_record(cells(row, localizer));
    }
    writer.into_inner().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::i18n::{Language, localizer};

    fn row(name: &str, days_left: Option<i64>, registered: bool) -> Row {
        let day = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap_or_default();
        Row {
            id: name.to_lowercase(),
            name: name.into(),
            inami: String::new(),
            role: None,
            choice: Choice::Full,
            window: "second-year".into(),
            window_year: 2027,
            must_register: true,
            errors: 0,
            warnings: 0,
            last_saved: None,
            last_day: None,
            days_left,
            registered: registered.then_some((day, None)),
            changed_since: None,
            note: String::new(),
        }
    }

    #[test]
    fn urgency_puts_unregistered_first_then_fewest_days_left_and_unknown_last_day_at_the_end() {
        let mut rows = vec![
            row("Alice", None, false),
            row("Bruno", Some(3), true),
            row("Chloé", Some(21), false),
            row("David", Some(-2), false),
            row("Emma", Some(21), false),
        ];
        sort_by_urgency(&mut rows);
        let names: Vec<&str> = rows.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, ["David", "Chloé", "Emma", "Alice", "Bruno"]);
    }

    #[test]
    fn the_registration_says_who_set_it_only_when_a_name_was_recorded() {
        let fr = localizer(Language::Fr);
        let mut marked = row("Anne", Some(3), true);
        assert_eq!(
            registration_text(&marked, fr).as_deref(),
            Some("Enregistré dans ProSanté le 20/11/2026")
        );
        marked.registered = Some((
            NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
            Some("Sophie Martin".into()),
        ));
        assert_eq!(
            registration_text(&marked, fr).as_deref(),
            Some("Enregistré dans ProSanté le 20/11/2026 par Sophie Martin")
        );
        assert_eq!(cells(&marked, fr)[10], "Sophie Martin");
        assert_eq!(registration_text(&row("Bart", None, false), fr), None);
    }

    #[test]
    fn the_filter_keeps_only_those_still_to_register() {
        let rows = [row("Anne", Some(3), true), row("Bart", Some(3), false)];
        let kept: Vec<&str> = rows
            .iter()
            .filter(|r| Filter::StillToRegister.keeps(r))
            .map(|r| r.name.as_str())
            .collect();
        assert_eq!(kept, ["Bart"]);
        assert!(rows.iter().all(|r| Filter::All.keeps(r)));
    }
}
