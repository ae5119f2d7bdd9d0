//! Speed of the rules engine and the reader (issue 5). Run with `cargo bench --bench rules`; the
//! README's "Performance" section has the figures measured on the project's machines.
//!
//! - `rules/realistic_week`: 30 slots on 3 sites, GP and specialist, partial adherence (target: well
//!   under 1 ms);
//! - `rules/stress_week`: 500 slots on 5 sites;
//! - `rules/hostile_week`: 10,000 slots on 10,000 sites, which only a file built to hurt would hold:
//!   the engine must stay near O(n log n), not quadratic;
//! - `reader/*`: a typical declaration file (an example), and the 500-slot one, bytes to declaration.

use chrono::NaiveDate;
use conventio::core::agreement::Agreement;
use conventio::core::agreement::Agreements;
use conventio::core::format::{read_declaration_bytes, write_declaration};
use conventio::core::model::{Choice, Declaration, Doctor, Rates, Role, Setting, Site, Slot, TimeOfDay, Weekday};
use conventio::core::rules;
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

fn time(minutes: u16) -> TimeOfDay {
    TimeOfDay::from_minutes(minutes).expect("minutes within a day")
}

fn site(id: String) -> Site {
    Site {
        name: format!("Cabinet {id}"),
        address: format!("Rue de la Loi {}, 1000 Bruxelles", id.len()),
        id,
        extra: Default::default(),
    }
}

fn declaration(role: Role, sites: Vec<Site>, slots: Vec<Slot>) -> Declaration {
    let (inami, role) = match role {
        Role::GeneralPractitioner => ("1-00001-06-004", Role::GeneralPractitioner),
        Role::Specialist => ("1-23456-76-580", Role::Specialist),
    };
    Declaration {
        agreement: "2026-2027".into(),
        prepared_on: NaiveDate::from_ymd_opt(2026, 2, 20),
        window: None,
        doctor: Doctor {
            name: "Dr Anne Peeters".into(),
            inami: inami.into(),
            role: Some(role),
            recognised_on: None,
            current_choice: None,
            extra: Default::default(),
        },
        choice: Choice::Partial,
        sites,
        slots,
    }
}

/// A busy but ordinary week: Monday to Friday, six slots a day over three sites (office, home visits,
/// hospital), free fees on three evenings.
fn realistic_week(role: Role) -> Declaration {
    let sites: Vec<Site> = ["ixelles", "uccle", "saint-luc"].map(|s| site(s.to_owned())).to_vec();
    let day_plan: [(u16, u16, usize, Setting); 6] = [
        (8 * 60, 10 * 60, 0, Setting::Office),
        (10 * 60, 12 * 60, 1, Setting::Office),
        (13 * 60, 15 * 60, 2, Setting::Hospital),
        (15 * 60, 16 * 60 + 30, 0, Setting::HomeVisit),
        (16 * 60 + 30, 18 * 60, 1, Setting::Office),
        (18 * 60, 20 * 60, 0, Setting::Office),
    ];
    let mut slots = Vec::new();
    for day in &Weekday::ALL[..5] {
        for (n, &(start, end, site, setting)) in day_plan.iter().enumerate() {
            let evening_free = n == 5 && matches!(day, Weekday::Monday | Weekday::Wednesday | Weekday::Friday);
            slots.push(Slot {
                site: sites[site].id.clone(),
                day: *day,
                start: time(start),
                end: time(end),
                rates: if evening_free { Rates::Free } else { Rates::Agreement },
                setting,
                note: None,
                extra: Default::default(),
            });
        }
    }
    assert_eq!(slots.len(), 30);
    declaration(role, sites, slots)
}

/// `count` slots of 20 minutes laid one after the other from Monday 00:00, cycling through
/// `site_count` sites, every setting, and free fees one slot in seven.
fn packed_week(count: usize, site_count: usize) -> Declaration {
    let sites: Vec<Site> = (0..site_count).map(|n| site(format!("site-{n}"))).collect();
    let per_day = 1440 / 20;
    let slots = (0..count)
        .map(|i| {
            let day = Weekday::ALL[(i / per_day) % 7];
            let start = ((i % per_day) * 20) as u16;
            Slot {
                site: sites[i % site_count].id.clone(),
                day,
                start: time(start),
                end: time(start + 20),
                rates: if i % 7 == 0 { Rates::Free } else { Rates::Agreement },
                setting: Setting::ALL[i % 4],
                note: None,
                extra: Default::default(),
            }
        })
        .collect();
    declaration(Role::Specialist, sites, slots)
}

/// 10,000 one-minute slots, each on its own site: lookups by site id must not scan every site.
fn hostile_week() -> Declaration {
    let sites: Vec<Site> = (0..10_000).map(|n| site(format!("site-{n}"))).collect();
    let slots = (0..10_000)
        .map(|i| Slot {
            site: sites[i].id.clone(),
            day: Weekday::ALL[i / 1440],
            start: time((i % 1440) as u16),
            end: time((i % 1440) as u16 + 1),
            rates: if i % 2 == 0 { Rates::Free } else { Rates::Agreement },
            setting: Setting::Office,
            note: None,
            extra: Default::default(),
        })
        .collect();
    declaration(Role::Specialist, sites, slots)
}

fn agreement() -> &'static Agreement {
    Agreements::embedded()
        .find("2026-2027")
        .expect("the 2026-2027 agreement is embedded")
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 2, 20).expect("a valid date")
}

fn bench_rules(c: &mut Criterion) {
    let agreement = agreement();
    let mut group = c.benchmark_group("rules");
    for (name, role) in [("gp", Role::GeneralPractitioner), ("specialist", Role::Specialist)] {
        let week = realistic_week(role);
        group.bench_with_input(BenchmarkId::new("realistic_week_30_slots", name), &week, |b, week| {
            b.iter(|| rules::check(black_box(week), agreement, today()))
        });
    }
    let stress = packed_week(500, 5);
    group.throughput(Throughput::Elements(500));
    group.bench_function("stress_week_500_slots", |b| {
        b.iter(|| rules::check(black_box(&stress), agreement, today()))
    });
    let hostile = hostile_week();
    group.throughput(Throughput::Elements(10_000));
    group.sample_size(10);
    group.bench_function("hostile_week_10000_slots_10000_sites", |b| {
        b.iter(|| rules::check(black_box(&hostile), agreement, today()))
    });
    group.finish();
}

fn bench_reader(c: &mut Criterion) {
    let mut group = c.benchmark_group("reader");
    let example = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/examples/specialist-partial-valid.json"
    ))
    .expect("the example is readable");
    group.throughput(Throughput::Bytes(example.len() as u64));
    group.bench_function("typical_file", |b| {
        b.iter(|| read_declaration_bytes(black_box(&example), Agreements::embedded()).expect("the example reads"))
    });
    let stress = write_declaration(&packed_week(500, 5)).into_bytes();
    group.throughput(Throughput::Bytes(stress.len() as u64));
    group.bench_function("file_with_500_slots", |b| {
        b.iter(|| read_declaration_bytes(black_box(&stress), Agreements::embedded()).expect("the stress week reads"))
    });
    group.finish();
}

criterion_group!(benches, bench_rules, bench_reader);
criterion_main!(benches);
