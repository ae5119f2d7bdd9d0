//! What one interactive frame of the window costs in the app's own code (issue 20): `update`, then
//! `view` and layout of the whole window (iced_test builds the interface exactly as the window does
//! before drawing). Rasterising is left out: `benches/grid.rs` times it, and `scripts/bench-window`
//! measures whole frames in the real window. Run with `cargo bench --bench frame`.
//!
//! - `frame/schedule_view_layout/N`: the schedule screen with N slots, viewed and laid out;
//! - `frame/start_time_key/N`: one key typed in the selected slot's start time (`update`: the edit,
//!   the live check, the check panel's rebuild), then view and layout;
//! - `frame/name_key/N`: one key in the doctor's name with N slots in the declaration;
//! - `frame/list_view_layout/N`: the list view of the N slots, viewed and laid out.
//!
//! Those build the window's interface from nothing each time, every text shaped anew: the cost of
//! a screen's first frame. The window keeps its interface from frame to frame; `..._window` does
//! the same (update, then view, layout and draw into the renderer's layers, nothing rasterised):
//! - `frame/start_time_key_window/N`: the start time's keys;
//! - `frame/list_select_window/N`: a slot picked in the list view, then another.
//!
//! Each for 30 slots (a real week) and 300 (a stress week). The practice overview of 200 doctors:
//! - `frame/overview_open/200`: the overview viewed and laid out from nothing, as when it opens;
//! - `frame/overview_note_key_window/200`: one key typed in a doctor's note, in the window.
//!
//! `probe_off/*`: the frame probe's cost
//! when off (see `bench_probe_off`).

use conventio::app::screen::doctor::Message as DoctorMessage;
use conventio::app::screen::overview::Message as OverviewMessage;
use conventio::app::screen::schedule::{Message as ScheduleMessage, ScheduleView, TimeField};
use conventio::app::{App, Message, Options, Screen};
use conventio::core::format::write_declaration;
use conventio::core::i18n::Language;
use conventio::core::model::{Choice, Declaration, Doctor, Rates, Role, Setting, Site, Slot, TimeOfDay, Weekday};
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use iced_test::core::Settings;
use iced_test::simulator::Simulator;

const SIZE: (f32, f32) = (1280.0, 820.0);

fn settings() -> Settings {
    Settings {
        fonts: vec![conventio::app::FONT_REGULAR.into(), conventio::app::FONT_BOLD.into()],
        default_font: conventio::app::FONT,
        ..Settings::default()
    }
}

/// `count` non-overlapping slots over the seven days from 07:00, every fifth at free fees.
fn declaration(count: usize) -> Declaration {
    let site = Site {
        id: "a".into(),
        name: "Cabinet Ixelles".into(),
        address: String::new(),
        extra: Default::default(),
    };
    let per_day = count.div_ceil(7) as u16;
    let share = (13 * 60 / per_day).max(8);
    let slots = (0..count)
        .map(|n| {
            let start = 7 * 60 + (n / 7) as u16 * share;
            Slot {
                site: "a".into(),
                day: Weekday::ALL[n % 7],
                start: TimeOfDay::from_minutes(start).expect("in a day"),
                end: TimeOfDay::from_minutes(start + share * 3 / 4).expect("in a day"),
                rates: if n % 5 == 4 { Rates::Free } else { Rates::Agreement },
                setting: Setting::Office,
                note: None,
                extra: Default::default(),
            }
        })
        .collect();
    Declaration {
        agreement: "2026-2027".into(),
        prepared_on: "2026-02-20".parse().ok(),
        window: None,
        doctor: Doctor {
            name: "Dr Anne Peeters".into(),
            inami: "1-00001-06-004".into(),
            role: Some(Role::GeneralPractitioner),
            recognised_on: None,
            current_choice: None,
            extra: Default::default(),
        },
        choice: Choice::Partial,
        sites: vec![site],
        slots,
    }
}

/// The app on the schedule screen with `count` slots, its data in a temporary folder.
fn app(count: usize) -> (App, tempfile::TempDir) {
    let home = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).expect("a temporary folder");
    let file = home.path().join("schedule.json");
    std::fs::write(&file, write_declaration(&declaration(count))).expect("written");
    let today = "2026-02-20".parse().expect("a date");
    // Named as on the command line: read while the app is made (the start screen's Open reads it
    // in a task, which a bench does not run).
    let mut options = Options::in_folder(home.path(), today, Some(Language::Fr));
    options.file = Some(file);
    let mut app = App::new(options);
    let _ = app.update(Message::GoTo(Screen::Schedule));
    assert_eq!(app.declaration().slots.len(), count, "the file was opened");
    (app, home)
}

/// View and layout of the whole window from nothing (every text shaped anew), as for the first
/// frame of a screen.
fn view_and_layout(app: &App) {
    std::hint::black_box(Simulator::with_size(settings(), SIZE, app.view()));
}

/// The window's own work for a frame as the window does it: its interface kept from the frame
/// before (a text unchanged is not shaped again), rebuilt from `view`, laid out and drawn into the
/// renderer's layers. Rasterising is left out (see `scripts/bench-window`).
struct Window {
    cache: Option<iced_runtime::user_interface::Cache>,
    renderer: iced::Renderer,
}

impl Window {
    fn new(app: &App) -> Self {
        use iced::advanced::renderer::Headless;
        // Loads the app's fonts, as the window does at start.
        view_and_layout(app);
        let renderer = iced_test::futures::futures::executor::block_on(<iced::Renderer as Headless>::new(
            conventio::app::FONT,
            iced::Pixels(16.0),
            None,
        ))
        .expect("a headless renderer");
        let mut window = Window { cache: None, renderer };
        window.frame(app);
        window
    }

    fn frame(&mut self, app: &App) {
        let mut ui = iced_runtime::UserInterface::build(
            app.view(),
            iced::Size::new(SIZE.0, SIZE.1),
            self.cache.take().unwrap_or_default(),
            &mut self.renderer,
        );
        // As the window does before each frame: widgets that lay out lazily (`widget::distant`)
        // learn where the view is.
        let redraw = iced::Event::Window(iced::window::Event::RedrawRequested(std::time::Instant::now()));
        let _ = ui.update(
            &[redraw],
            iced::mouse::Cursor::Unavailable,
            &mut self.renderer,
            &mut iced::advanced::clipboard::Null,
            &mut Vec::new(),
        );
        ui.draw(
            &mut self.renderer,
            &app.theme(),
            &iced::advanced::renderer::Style::default(),
            iced::mouse::Cursor::Unavailable,
        );
        self.cache = Some(ui.into_cache());
    }
}

fn bench_frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("frame");
    group.sample_size(20);
    for count in [30, 300] {
        let (mut app, _home) = app(count);
        group.bench_function(BenchmarkId::new("schedule_view_layout", count), |b| {
            b.iter(|| view_and_layout(&app))
        });

        let id = app.session().slot_ids().id_of(count / 2).expect("a slot");
        let _ = app.update(Message::Schedule(ScheduleMessage::SelectSlot(id)));
        // 09:30 and 10:30 typed in turn: every key a change of the start time.
        let typed = ["0", "09", "09:", "09:3", "09:30", "1", "10", "10:", "10:3", "10:30"];
        let mut n = 0;
        group.bench_function(BenchmarkId::new("start_time_key", count), |b| {
            b.iter(|| {
                n = (n + 1) % typed.len();
                let _ = app.update(Message::Schedule(ScheduleMessage::StartChanged(typed[n].into())));
                view_and_layout(&app)
            })
        });

        // The same keys in the window: its interface kept from frame to frame.
        let mut window = Window::new(&app);
        group.bench_function(BenchmarkId::new("start_time_key_window", count), |b| {
            b.iter(|| {
                n = (n + 1) % typed.len();
                let _ = app.update(Message::Schedule(ScheduleMessage::StartChanged(typed[n].into())));
                window.frame(&app)
            })
        });
        let _ = app.update(Message::Schedule(ScheduleMessage::StartChanged("09:30".into())));
        let _ = app.update(Message::Schedule(ScheduleMessage::TimeSubmitted(TimeField::Start)));

        let _ = app.update(Message::Schedule(ScheduleMessage::ViewChanged(ScheduleView::List)));
        group.bench_function(BenchmarkId::new("list_view_layout", count), |b| {
            b.iter(|| view_and_layout(&app))
        });
        // A slot picked in the list, then another, in the window: the list rebuilt from `view`,
        // its texts kept.
        let mut window = Window::new(&app);
        let other = app.session().slot_ids().id_of(count / 3).expect("a slot");
        let mut flip = false;
        group.bench_function(BenchmarkId::new("list_select_window", count), |b| {
            b.iter(|| {
                flip = !flip;
                let _ = app.update(Message::Schedule(ScheduleMessage::SelectSlot(if flip {
                    other
                } else {
                    id
                })));
                window.frame(&app)
            })
        });

        // French to Dutch and back in the window on the list view: every text on screen new,
        // shaped again in layout (its words shaped at the switch before, see `app::shaping`).
        let mut window = Window::new(&app);
        let mut dutch = false;
        group.bench_function(BenchmarkId::new("language_switch_window", count), |b| {
            b.iter(|| {
                dutch = !dutch;
                let language = if dutch { Language::Nl } else { Language::Fr };
                let _ = app.update(Message::LanguageChanged(language));
                window.frame(&app)
            })
        });
        let _ = app.update(Message::LanguageChanged(Language::Fr));

        let _ = app.update(Message::GoTo(Screen::Doctor));
        let mut name = String::from("Dr Anne Peeters");
        group.bench_function(BenchmarkId::new("name_key", count), |b| {
            b.iter(|| {
                if name.len() > 200 {
                    name.truncate(15);
                }
                name.push('a');
                let _ = app.update(Message::Doctor(DoctorMessage::NameChanged(name.clone())));
                view_and_layout(&app)
            })
        });
    }
    group.finish();
}

/// The app on the practice overview of `count` doctors (each with the example's declaration, 10 to
/// 29 slots), its rows read as the window reads them.
fn overview_app(count: usize) -> (App, tempfile::TempDir) {
    use conventio::core::agreement::Agreements;
    let home = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).expect("a temporary folder");
    let agreements = Agreements::embedded().clone();
    let practice = conventio::core::practice::Practice::open(home.path().join("data"), agreements.clone());
    let saved_at = "2026-11-20T10:00:00".parse().expect("a time");
    let today = "2026-12-03".parse().expect("a date");
    for n in 0..count {
        let mut doctor = declaration(10 + n % 20);
        doctor.doctor.name = format!(
            "Dr {} {n:03}",
            ["Peeters", "Janssens", "Maes", "Dubois", "Lambert"][n % 5]
        );
        doctor.doctor.inami = format!("1-{:05}-06-004", n + 1);
        practice.save(None, &doctor, None, saved_at, today).expect("saved");
    }
    let (rows, unreadable) = conventio::core::overview::rows(&practice, today, &agreements);
    assert_eq!(rows.len(), count, "every doctor read");
    let mut app = App::new(Options::in_folder(home.path(), today, Some(Language::Fr)));
    // The overview asks for its rows (read #1) in a task a bench does not run: they come here.
    let _ = app.update(Message::GoTo(Screen::Overview));
    let _ = app.update(Message::Overview(OverviewMessage::RowsRead(1, Ok((rows, unreadable)))));
    (app, home)
}

fn bench_overview(c: &mut Criterion) {
    let mut group = c.benchmark_group("frame");
    group.sample_size(20);
    let count = 200;
    let (mut app, _home) = overview_app(count);
    group.bench_function(BenchmarkId::new("overview_open", count), |b| {
        b.iter(|| view_and_layout(&app))
    });
    let mut window = Window::new(&app);
    let id = app.overview().rows[0].id.clone();
    let mut note = String::new();
    group.bench_function(BenchmarkId::new("overview_note_key_window", count), |b| {
        b.iter(|| {
            if note.len() > 40 {
                note.clear();
            }
            note.push('a');
            let _ = app.update(Message::Overview(OverviewMessage::NoteChanged(
                id.clone(),
                note.clone(),
            )));
            window.frame(&app)
        })
    });
    group.finish();
}

/// The frame probe off (CONVENTIO_FRAME_LOG unset, as here): what the window's `update` and `view`
/// pay for it, against the same work called directly. `probe_off/enabled` is the one test (a
/// `OnceLock` read) `update` makes; `probe_off/timed` wraps a small piece of work as `view` does
/// (`probe::time` and `probe::wrap`), `probe_off/direct` is that work alone.
fn bench_probe_off(c: &mut Criterion) {
    use conventio::app::probe;
    use std::hint::black_box;
    let mut group = c.benchmark_group("probe_off");
    let work = |n: u64| (0..n).fold(0u64, |a, i| a.wrapping_mul(31).wrapping_add(i));
    group.bench_function("enabled", |b| b.iter(|| black_box(probe::enabled())));
    group.bench_function("direct", |b| b.iter(|| black_box(work(black_box(64)))));
    group.bench_function("timed", |b| {
        b.iter(|| probe::time("view", String::new, || black_box(work(black_box(64)))))
    });
    group.bench_function("wrap_element", |b| {
        b.iter(|| {
            let element: iced::Element<'_, ()> = iced::widget::text("x").into();
            black_box(probe::wrap(element))
        })
    });
    group.bench_function("element_alone", |b| {
        b.iter(|| {
            let element: iced::Element<'_, ()> = iced::widget::text("x").into();
            black_box(element)
        })
    });
    group.finish();
}

criterion_group!(benches, bench_frame, bench_overview, bench_probe_off);
criterion_main!(benches);
