//! Typing in a field through `App::update`, with the autosave (issue 10): 200 keystrokes in the
//! doctor's name, each one a `NameChanged` with the text so far, as the text field sends it. Run
//! with `cargo bench --bench typing`.
//!
//! - `typing/200_keys_draft_per_key` ("before"): the draft written after every key, as the app did
//!   before the autosave waited for a pause: emulated by flushing the draft after each update (the
//!   same atomic write as then: a temporary file, fsync, rename);
//! - `typing/200_keys_debounced` ("after"): the current path: each key re-checks the declaration
//!   and schedules the write after a pause; the one write that follows the pause is counted too
//!   (a flush at the end stands for the timer's write, which the window does on a blocking thread).
//!
//! The data folder is under `target/tmp` (the project's disk), not a RAM `/tmp`; on a network home
//! folder each write costs more, so "before" is a lower bound of what users felt.

use conventio::app::screen::doctor::Message as DoctorMessage;
use conventio::app::{App, Message, Options};
use conventio::core::i18n::Language;
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};

const KEYS: usize = 200;

/// A window on a new declaration, its data folder in a fresh temporary folder.
fn fresh_window() -> (App, tempfile::TempDir) {
    let home = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).expect("a temporary folder");
    let options = Options::in_folder(home.path(), "2026-11-23".parse().expect("a date"), Some(Language::Fr));
    let mut app = App::new(options);
    let _ = app.update(Message::Start(conventio::app::screen::start::Message::NewDeclaration));
    (app, home)
}

/// The name field's text after each key.
fn keystrokes() -> Vec<String> {
    let mut name = String::new();
    (0..KEYS)
        .map(|i| {
            name.push(if i % 2 == 0 { 'é' } else { 'a' });
            name.clone()
        })
        .collect()
}

fn bench_typing(c: &mut Criterion) {
    let keys = keystrokes();
    let mut group = c.benchmark_group("typing");
    group.sample_size(10);
    group.bench_function("200_keys_draft_per_key", |b| {
        b.iter_batched(
            fresh_window,
            |(mut app, home)| {
                let before = app.session().draft_writes();
                for text in &keys {
                    let _ = app.update(Message::Doctor(DoctorMessage::NameChanged(text.clone())));
                    app.flush_draft();
                }
                assert_eq!(app.session().draft_writes() - before, KEYS as u64, "one write per key");
                (app, home)
            },
            BatchSize::PerIteration,
        );
    });
    group.bench_function("200_keys_debounced", |b| {
        b.iter_batched(
            fresh_window,
            |(mut app, home)| {
                let before = app.session().draft_writes();
                for text in &keys {
                    let _ = app.update(Message::Doctor(DoctorMessage::NameChanged(text.clone())));
                }
                assert_eq!(app.session().draft_writes(), before, "no key waits on the disk");
                app.flush_draft();
                assert_eq!(app.session().draft_writes() - before, 1, "one write once typing pauses");
                (app, home)
            },
            BatchSize::PerIteration,
        );
    });
    group.finish();
}

criterion_group!(benches, bench_typing);
criterion_main!(benches);
