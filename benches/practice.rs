//! The practice database (issue 17): a practice of 200 doctors with 10 saved versions each and a
//! registration mark on every other one. Run with `cargo bench --bench practice`.
//!
//! - `practice/overview_200x10`: the overview's rows as the window reads them (`overview::rows`:
//!   the database opened, each doctor's last version, draft and mark read, each declaration parsed
//!   and checked, sorted by urgency). Target: under 50 ms.
//! - `practice/check_practice_200x10`: `conventio check --practice --json` as a user runs it (a
//!   process started, the same rows, the JSON printed). Target: under 200 ms.
//!
//! The data folder is under `target/tmp` (the project's disk), not a RAM `/tmp`.

use chrono::NaiveDate;
use conventio::core::agreement::Agreements;
use conventio::core::format::read_declaration;
use conventio::core::practice::Practice;
use criterion::{Criterion, criterion_group, criterion_main};
use std::time::Duration;

const DOCTORS: usize = 200;
const VERSIONS: usize = 10;

/// A valid INAMI number for the `i`-th doctor.
fn inami(i: usize) -> String {
    let n6 = 100_000 + i;
    let check = 97 - n6 % 97;
    format!("1-{i:05}-{check:02}-004")
}

fn practice() -> (tempfile::TempDir, Practice) {
    let home = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).expect("a temporary folder");
    let practice = Practice::open(home.path().join("data"), Agreements::embedded().clone());
    let example = read_declaration(
        include_str!("../assets/examples/gp-partial-valid.json"),
        Agreements::embedded(),
    )
    .expect("the example reads");
    let day = NaiveDate::from_ymd_opt(2026, 11, 2).expect("a date");
    for i in 0..DOCTORS {
        let mut d = example.clone();
        d.doctor.name = format!("Dr Médecin {i:03} Van den Bossche");
        d.doctor.inami = inami(i);
        let mut id = None;
        for v in 0..VERSIONS {
            d.slots[0].note = Some(format!("version {v}"));
            let at = day.and_hms_opt(8, 0, 0).expect("a time") + chrono::Duration::minutes((v * 10) as i64);
            let saved = practice.save(id.as_deref(), &d, None, at, day).expect("saved");
            id = Some(saved.id);
        }
        if i % 2 == 0 {
            let at = day.and_hms_opt(18, 0, 0).expect("a time");
            practice
                .mark_registered(id.as_deref().expect("an id"), day, at, Some("Sophie Martin"))
                .expect("marked");
        }
    }
    (home, practice)
}

fn bench(c: &mut Criterion) {
    let (home, practice) = practice();
    let today = NaiveDate::from_ymd_opt(2026, 12, 3).expect("a date");
    let agreements = Agreements::embedded().clone();
    let (rows, unreadable) = conventio::core::overview::rows(&practice, today, &agreements);
    assert_eq!((rows.len(), unreadable.len()), (DOCTORS, 0));
    let mut group = c.benchmark_group("practice");
    group.sample_size(20).measurement_time(Duration::from_secs(8));
    group.bench_function("overview_200x10", |b| {
        b.iter(|| conventio::core::overview::rows(&practice, today, &agreements))
    });
    group.bench_function("check_practice_200x10", |b| {
        b.iter(|| {
            let output = std::process::Command::new(env!("CARGO_BIN_EXE_conventio"))
                .args(["check", "--practice", "--json", "--today", "2026-12-03"])
                .env("CONVENTIO_HOME", home.path())
                .output()
                .expect("conventio runs");
            assert!(output.stdout.len() > 1000);
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
