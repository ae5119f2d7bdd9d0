//! The frame probe: with `CONVENTIO_FRAME_LOG=FILE` the window writes, per frame, how long `update`,
//! `view`, layout and draw took, and when each key and pointer event reached the window. What the
//! window cannot see itself (the frame reaching the screen) is observed from outside by
//! `tools/frame-watch`; `scripts/frame-stats` puts the two together.
//!
//! Off (the variable unset), it costs one branch in `update` and one in `view`: the root element is
//! wrapped only when the probe is on.
//!
//! One line per record, tab-separated: `wall-clock nanoseconds since 1970` (the start of the step,
//! so the outside watcher's times can be compared), the step (`input`, `update`, `view`, `layout`,
//! `draw`), its duration in nanoseconds, and a detail (the event or message kind).

use super::widget::wrap::{DrawCall, Hooks, LayoutCall, UpdateCall};
use iced::advanced::layout;
use iced::{Element, Event, Renderer};
use std::io::Write;
use std::sync::{Mutex, OnceLock};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

/// The environment variable naming the log file.
pub(crate) const VARIABLE: &str = "CONVENTIO_FRAME_LOG";

static PROBE: OnceLock<Option<Probe>> = OnceLock::new();

struct Probe {
    out: Mutex<std::io::BufWriter<std::fs::File>>,
}

/// Reads `CONVENTIO_FRAME_LOG` once, at start. A file that cannot be created is said on stderr and
/// the window runs without the probe.
pub fn init() {
    PROBE.get_or_init(|| {
        let path = std::env::var_os(VARIABLE)?;
        match std::fs::File::create(&path) {
            Ok(file) => Some(Probe {
                out: Mutex::new(std::io::BufWriter::new(file)),
            }),
            Err(error) => {
                eprintln!(
                    "{VARIABLE}: cannot write {}: {error}",
                    std::path::Path::new(&path).display()
                );
                None
            }
        }
    });
}

fn probe() -> Option<&'static Probe> {
    PROBE.get().and_then(Option::as_ref)
}

/// Whether the probe records (the variable was set and its file created).
pub fn enabled() -> bool {
    probe().is_some()
}

fn wall_ns() -> u128 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_nanos())
}

/// A step being timed: its wall-clock start (for the log) and a monotonic one (for the duration).
struct Timing {
    wall: u128,
    start: Instant,
}

impl Timing {
    fn start() -> Timing {
        Timing {
            wall: wall_ns(),
            start: Instant::now(),
        }
    }

    fn record(self, probe: &Probe, step: &str, detail: &str, flush: bool) {
        let nanos = self.start.elapsed().as_nanos();
        if let Ok(mut out) = probe.out.lock() {
            let _ = writeln!(out, "{}\t{step}\t{nanos}\t{detail}", self.wall);
            if flush {
                let _ = out.flush();
            }
        }
    }
}

/// Runs `f` (the app's `update` or `view`), timed when the probe is on.
pub fn time<T>(step: &str, detail: impl FnOnce() -> String, f: impl FnOnce() -> T) -> T {
    let Some(probe) = probe() else {
        return f();
    };
    let timing = Timing::start();
    let result = f();
    timing.record(probe, step, &detail(), false);
    result
}

/// The kind of a message or event, as `Debug` names it, without its contents.
pub fn kind(debug: &impl std::fmt::Debug) -> String {
    let text = format!("{debug:?}");
    // `Schedule(Grid(Selected(3)))` → `Schedule(Grid(Selected`: the path, not the values.
    let end = text
        .char_indices()
        .find(|&(_, c)| !(c.is_alphabetic() || c == '(' || c == '_' || c == ':'))
        .map_or(text.len(), |(i, _)| i);
    text[..end].trim_end_matches('(').to_owned()
}

/// The window's content, its layout and drawing timed, its input events noted. Only when the probe
/// is on; otherwise the element itself.
pub fn wrap<'a, Message: 'a>(content: Element<'a, Message>) -> Element<'a, Message> {
    if enabled() {
        super::widget::wrap::wrap(content, Timed).into()
    } else {
        content
    }
}

/// What the probe adds to the window's content: the times of its layout and drawing, and of the
/// input events it handles.
struct Timed;

impl<Message> Hooks<Message> for Timed {
    type State = ();

    fn layout(&mut self, _state: &mut (), mut call: LayoutCall<'_, Message>) -> layout::Node {
        let timing = Timing::start();
        let node = call.pass();
        if let Some(probe) = probe() {
            timing.record(probe, "layout", "", false);
        }
        node
    }

    fn update(&mut self, _state: &mut (), mut call: UpdateCall<'_, '_, Message>) {
        let input = matches!(call.event, Event::Keyboard(_) | Event::Mouse(_));
        let timing = Timing::start();
        call.pass();
        if input && let Some(probe) = probe() {
            timing.record(probe, "input", &kind(call.event), false);
        }
    }

    fn draw(&self, _state: &(), call: DrawCall<'_, Message>, renderer: &mut Renderer) {
        let timing = Timing::start();
        call.pass(renderer);
        if let Some(probe) = probe() {
            // The frame is complete on our side: written out now, so a killed window loses nothing.
            timing.record(probe, "draw", "", true);
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_kind_is_the_path_of_variants_without_values() {
        #[derive(Debug)]
        #[allow(dead_code)]
        enum Inner {
            Selected(u32),
            Plain,
        }
        #[derive(Debug)]
        #[allow(dead_code)]
        enum Outer {
            Grid(Inner),
            Named { x: u8 },
        }
        assert_eq!(super::kind(&Outer::Grid(Inner::Selected(3))), "Grid(Selected");
        assert_eq!(super::kind(&Outer::Grid(Inner::Plain)), "Grid(Plain");
        assert_eq!(super::kind(&Outer::Named { x: 1 }), "Named");
    }
}
