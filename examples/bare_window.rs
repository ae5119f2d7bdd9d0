//! The baseline for `scripts/bench-startup` and `scripts/bench-window`: a bare iced 0.14 window with
//! the same renderer and features as Conventio (the crate's own `iced` dependency), in a window of
//! the same size: a title, a text field to type in, and a canvas where a drag draws a rectangle, the
//! least an app needs for the same typing and dragging. Conventio is compared against this.
//!
//! With `CONVENTIO_FRAME_LOG=FILE` it records its frames with Conventio's own probe.

use conventio::app::probe;
use iced::widget::canvas::{self, Frame, Geometry, Path, Stroke};
use iced::widget::{column, text, text_input};
use iced::{Color, Element, Length, Point, Rectangle, Renderer, Theme, mouse};

#[derive(Default)]
struct Bare {
    typed: String,
}

#[derive(Clone, Debug)]
enum Message {
    Typed(String),
}

/// A drag in progress: where the button went down.
#[derive(Default)]
struct Drag {
    from: Option<Point>,
}

struct Area;

impl canvas::Program<Message> for Area {
    type State = Drag;

    fn update(
        &self,
        state: &mut Drag,
        event: &canvas::Event,
        bounds: Rectangle,
        cursor: mouse::Cursor,
    ) -> Option<canvas::Action<Message>> {
        match event {
            canvas::Event::Mouse(mouse::Event::ButtonPressed(mouse::Button::Left)) => {
                state.from = Some(cursor.position_in(bounds)?);
                Some(canvas::Action::request_redraw().and_capture())
            }
            canvas::Event::Mouse(mouse::Event::CursorMoved { .. }) if state.from.is_some() => {
                Some(canvas::Action::request_redraw())
            }
            canvas::Event::Mouse(mouse::Event::ButtonReleased(mouse::Button::Left)) => {
                state.from = None;
                Some(canvas::Action::request_redraw())
            }
            _ => None,
        }
    }

    fn draw(
        &self,
        state: &Drag,
        renderer: &Renderer,
        theme: &Theme,
        bounds: Rectangle,
        cursor: mouse::Cursor,
    ) -> Vec<Geometry> {
        let mut frame = Frame::new(renderer, bounds.size());
        if let (Some(from), Some(to)) = (state.from, cursor.position_in(bounds)) {
            let top_left = Point::new(from.x.min(to.x), from.y.min(to.y));
            let size = iced::Size::new((to.x - from.x).abs(), (to.y - from.y).abs());
            let colour = theme.extended_palette().primary.base.color;
            frame.fill_rectangle(top_left, size, Color { a: 0.3, ..colour });
            frame.stroke(
                &Path::rectangle(top_left, size),
                Stroke::default().with_color(colour).with_width(2.0),
            );
        }
        vec![frame.into_geometry()]
    }
}

fn update(state: &mut Bare, message: Message) {
    let kind = if probe::enabled() {
        probe::kind(&message)
    } else {
        String::new()
    };
    probe::time(
        "update",
        || kind,
        || match message {
            Message::Typed(typed) => state.typed = typed,
        },
    );
}

fn view(state: &Bare) -> Element<'_, Message> {
    probe::time("view", String::new, || {
        probe::wrap(
            column![
                text("Conventio"),
                text_input("", &state.typed).on_input(Message::Typed),
                iced::widget::canvas(Area).width(Length::Fill).height(Length::Fill),
            ]
            .spacing(10)
            .padding(10)
            .into(),
        )
    })
}

fn main() -> iced::Result {
    probe::init();
    iced::application(Bare::default, update, view)
        .title("bare window")
        .window(iced::window::Settings {
            size: iced::Size::new(1280.0, 820.0),
            ..iced::window::Settings::default()
        })
        .run()
}
