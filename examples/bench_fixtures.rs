//! The data `scripts/bench-window` drives the window with: declarations of 30 and 300 slots (the
//! embedded GP example's doctor and site, the week filled with non-overlapping slots, every fifth at
//! free fees) and a practice of 200 doctors for the overview.
//!
//! Usage: cargo run --release --example bench_fixtures -- DIR
//! Writes DIR/slots-30.json, DIR/slots-300.json and the practice under DIR/home/data (a
//! CONVENTIO_HOME).

use conventio::core::agreement::Agreements;
use conventio::core::format;
use conventio::core::model::{Declaration, Rates, Slot, TimeOfDay, Weekday};
use conventio::core::practice::Practice;

const EXAMPLE: &str = include_str!("../assets/examples/gp-partial-valid.json");

/// The example's declaration with `count` slots spread over the seven days from 07:00 to 17:00,
/// none overlapping: the evening stays free for a drag across the week.
fn with_slots(base: &Declaration, count: usize) -> Declaration {
    let mut declaration = base.clone();
    let template = base.slots[0].clone();
    let per_day = count.div_ceil(7);
    // 07:00–17:00 shared out, a quarter of each share left free between two slots.
    let share = (10 * 60 / per_day as u16).max(8);
    let length = (share * 3 / 4).max(5);
    declaration.slots = (0..count)
        .map(|n| {
            let (day, nth) = (n % 7, (n / 7) as u16);
            let start = 7 * 60 + nth * share;
            Slot {
                day: Weekday::ALL[day],
                start: TimeOfDay::from_minutes(start).unwrap_or_default(),
                end: TimeOfDay::from_minutes(start + length).unwrap_or_default(),
                rates: if n % 5 == 4 { Rates::Free } else { Rates::Agreement },
                ..template.clone()
            }
        })
        .collect();
    declaration
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).ok_or("usage: bench_fixtures DIR")?);
    std::fs::create_dir_all(&dir)?;
    let agreements = Agreements::embedded().clone();
    let base = format::read_declaration(EXAMPLE, &agreements).map_err(|e| format!("{e:?}"))?;
    for count in [30, 300] {
        let path = dir.join(format!("slots-{count}.json"));
        std::fs::write(&path, format::write_declaration(&with_slots(&base, count)))?;
        println!("{}", path.display());
    }
    let practice = Practice::open(dir.join("home/data"), agreements);
    for n in 0..200 {
        let mut doctor = with_slots(&base, 10 + n % 20);
        doctor.doctor.name = format!(
            "Dr {} {n:03}",
            ["Peeters", "Janssens", "Maes", "Dubois", "Lambert"][n % 5]
        );
        // Each doctor their own INAMI number: the practice knows a doctor by it.
        doctor.doctor.inami = format!("1-{:05}-06-004", n + 1);
        let saved_at = "2026-11-20T10:00:00".parse()?;
        let amendment_on = "2026-12-01".parse()?;
        practice
            .save(None, &doctor, None, saved_at, amendment_on)
            .map_err(|e| format!("{e:?}"))?;
    }
    println!("{} (200 doctors)", dir.join("home").display());
    Ok(())
}
