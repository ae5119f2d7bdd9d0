//! The baseline for `scripts/bench-startup`: a bare iced 0.14 window with the same renderer and
//! features as Conventio (the crate's own `iced` dependency) and a single `text` widget, in a window
//! of the same size. Conventio's start-up time and memory are compared against this.

use iced::widget::text;
use iced::{Element, Theme};

fn view(_state: &()) -> Element<'_, (), Theme> {
    text("Conventio").into()
}

fn main() -> iced::Result {
    iced::application(|| (), |_state: &mut (), _message: ()| {}, view)
        .title("bare window")
        .window(iced::window::Settings {
            size: iced::Size::new(1280.0, 820.0),
            ..iced::window::Settings::default()
        })
        .run()
}
