//! Speed of the week grid with many slots (issue 5), rendered headless by iced_test with the same
//! tiny-skia renderer as the window. Run with `cargo bench --bench grid`.
//!
//! - `grid/first_frame`: a fresh window on the schedule screen (renderer created, fonts loaded, the
//!   grid's canvas cache empty so every slot is drawn into it), laid out and rasterised once;
//! - `grid/cached_frame`: the same window drawn again, as after an event that changes nothing in the
//!   schedule: the grid's geometry comes from its cache;
//! - `grid/hover_then_frame`: the cursor moves over the grid, then a frame; hovering produces no
//!   message (checked), so the app never clears the cache.
//!
//! iced_test rasterises the whole 1280x820 window at scale factor 2 on every snapshot, which the real
//! window does not do (it redraws damaged regions at the screen's scale): the absolute times are an
//! upper bound, the difference between 30 and 500 slots is the grid's share.
//!
//! Each for 30 slots (a real week) and 500 slots (stress).

use conventio::app::{App, Message, Options, Screen};
use conventio::core::format::write_declaration;
use conventio::core::i18n::Language;
use conventio::core::model::{Choice, Declaration, Doctor, Rates, Role, Setting, Site, Slot, TimeOfDay, Weekday};
use criterion::{BatchSize, BenchmarkId, Criterion, criterion_group, criterion_main};
use iced_test::core::{Event, Point, Settings, mouse};
use iced_test::simulator::Simulator;

const SIZE: (f32, f32) = (1280.0, 820.0);

fn settings() -> Settings {
    Settings {
        fonts: vec![conventio::app::FONT_REGULAR.into(), conventio::app::FONT_BOLD.into()],
        default_font: conventio::app::FONT,
        ..Settings::default()
    }
}

/// `count` slots over Monday to Saturday, 07:00 to 21:00, cut into equal lengths, on three sites.
fn declaration(count: usize) -> Declaration {
    let sites: Vec<Site> = ["a", "b", "c"]
        .map(|id| Site {
            id: id.into(),
            name: format!("Cabinet {id}"),
            address: String::new(),
            extra: Default::default(),
        })
        .to_vec();
    let per_day = count.div_ceil(6);
    let length = (14 * 60 / per_day) as u16;
    let slots = (0..count)
        .map(|i| {
            let start = 7 * 60 + (i % per_day) as u16 * length;
            Slot {
                site: sites[i % 3].id.clone(),
                day: Weekday::ALL[i / per_day],
                start: TimeOfDay::from_minutes(start).expect("in a day"),
                end: TimeOfDay::from_minutes(start + length).expect("in a day"),
                rates: if i % 9 == 0 { Rates::Free } else { Rates::Agreement },
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
        sites,
        slots,
    }
}

/// The app on the schedule screen with `count` slots, its data in a temporary folder.
fn app(count: usize) -> (App, tempfile::TempDir) {
    let home = tempfile::tempdir().expect("a temporary folder");
    let file = home.path().join("schedule.json");
    std::fs::write(&file, write_declaration(&declaration(count))).expect("written");
    let today = "2026-02-20".parse().expect("a date");
    // Named as on the command line: read while the app is made (the start screen's Open reads it
    // in a task, which a bench does not run).
    let mut options = Options::in_folder(home.path(), today, Some(Language::Fr));
    options.file = Some(file);
    let mut app = App::new(options);
    let _ = app.update(Message::GoTo(Screen::Schedule));
    assert_eq!(app.screen(), Screen::Schedule);
    (app, home)
}

fn first_frame(app: &App) {
    let mut ui = Simulator::with_size(settings(), SIZE, app.view());
    std::hint::black_box(ui.snapshot(&app.theme()).expect("a frame"));
}

fn bench_grid(c: &mut Criterion) {
    let mut group = c.benchmark_group("grid");
    group.sample_size(10);
    for count in [30, 500] {
        group.bench_function(BenchmarkId::new("first_frame", count), |b| {
            b.iter_batched(|| app(count), |(app, _home)| first_frame(&app), BatchSize::PerIteration)
        });
        let (app, _home) = app(count);
        assert_eq!(app.declaration().slots.len(), count, "the file was opened");
        let theme = app.theme();
        let mut ui = Simulator::with_size(settings(), SIZE, app.view());
        group.bench_function(BenchmarkId::new("cached_frame", count), |b| {
            b.iter(|| std::hint::black_box(ui.snapshot(&theme).expect("a frame")))
        });
        let mut x = 400.0;
        group.bench_function(BenchmarkId::new("hover_then_frame", count), |b| {
            b.iter(|| {
                x = if x > 900.0 { 400.0 } else { x + 37.0 };
                let _ = ui.simulate([Event::Mouse(mouse::Event::CursorMoved {
                    position: Point::new(x, 420.0),
                })]);
                std::hint::black_box(ui.snapshot(&theme).expect("a frame"))
            })
        });
        assert_eq!(ui.into_messages().count(), 0, "hovering the grid sends no message");
    }
    group.finish();
}

criterion_group!(benches, bench_grid);
criterion_main!(benches);
