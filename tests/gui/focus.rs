//! Issue 18, round three: the keyboard focus as a keyboard user meets it. These tests keep one
//! widget tree alive across frames, as the window does (a `UserInterface` rebuilt from its cache
//! after every update, operations of tasks run on it), so they see what iced's simulator cannot:
//! which control has the focus, and where the scrollables are.

use super::*;
use iced::advanced::widget::{Operation, operation};
use iced::{Event, Rectangle, Size, Vector, keyboard};
use iced_test::runtime::user_interface::{Cache, UserInterface};

/// The window: its size in physical pixels, the zoom (the app's scale factor) dividing it into the
/// layout's logical pixels, and the widget tree kept between frames.
pub(crate) struct Window {
    physical: Size,
    cache: Option<Cache>,
    renderer: iced::Renderer,
}

/// What has the keyboard focus: its id, if it has one, and where it is on screen (scrolled).
#[derive(Debug, Clone)]
pub(crate) struct Focused {
    pub id: Option<Id>,
    /// Bounds in the layout (before scrolling).
    pub bounds: Rectangle,
}

impl Window {
    pub(crate) fn new(width: f32, height: f32) -> Self {
        let settings = settings();
        for font in settings.fonts {
            iced::advanced::graphics::text::font_system()
                .write()
                .expect("the font system")
                .load_font(font);
        }
        Self {
            physical: Size::new(width, height),
            cache: Some(Cache::default()),
            renderer: iced::Renderer::new(settings.default_font, settings.default_text_size),
        }
    }

    fn logical(&self, app: &App) -> Size {
        let scale = app.scale_factor();
        Size::new(self.physical.width / scale, self.physical.height / scale)
    }

    /// Builds this frame's interface, lets `act` use it, keeps the tree for the next frame.
    pub(crate) fn frame<T>(
        &mut self,
        app: &App,
        act: impl FnOnce(&mut UserInterface<'_, Message, iced::Theme, iced::Renderer>, &mut iced::Renderer) -> T,
    ) -> T {
        let size = self.logical(app);
        let mut ui = UserInterface::build(app.view(), size, self.cache.take().unwrap(), &mut self.renderer);
        let result = act(&mut ui, &mut self.renderer);
        self.cache = Some(ui.into_cache());
        result
    }

    /// Feeds events to the window, then the messages they produced to the app, and runs the tasks.
    pub(crate) fn events(&mut self, app: &mut App, events: &[Event]) {
        let messages = self.frame(app, |ui, renderer| {
            let mut messages = Vec::new();
            let mut clipboard = iced::advanced::clipboard::Null;
            let _ = ui.update(
                events,
                iced::mouse::Cursor::Unavailable,
                renderer,
                &mut clipboard,
                &mut messages,
            );
            messages
        });
        for message in messages {
            self.update(app, message);
        }
    }

    /// A key pressed and released.
    pub(crate) fn key(&mut self, app: &mut App, key: keyboard::Key, modifiers: keyboard::Modifiers) {
        let press = Event::Keyboard(keyboard::Event::KeyPressed {
            key: key.clone(),
            modified_key: key.clone(),
            physical_key: keyboard::key::Physical::Unidentified(keyboard::key::NativeCode::Unidentified),
            location: keyboard::Location::Standard,
            modifiers,
            text: None,
            repeat: false,
        });
        let release = Event::Keyboard(keyboard::Event::KeyReleased {
            key: key.clone(),
            modified_key: key,
            physical_key: keyboard::key::Physical::Unidentified(keyboard::key::NativeCode::Unidentified),
            location: keyboard::Location::Standard,
            modifiers,
        });
        self.events(app, &[press]);
        self.events(app, &[release]);
    }

    pub(crate) fn named(&mut self, app: &mut App, key: keyboard::key::Named) {
        self.key(app, keyboard::Key::Named(key), keyboard::Modifiers::empty());
    }

    /// `update`, then the returned task as the runtime runs it: its messages back to `update`,
    /// its widget operations (focus, scrolling) on the window's tree.
    pub(crate) fn update(&mut self, app: &mut App, message: Message) {
        use iced::futures::StreamExt;
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .start_paused(true)
            .build()
            .unwrap();
        let task = app.update(message);
        // The frame after the update: the new view is laid out before any operation runs.
        self.frame(app, |_, _| ());
        let Some(stream) = iced_runtime::task::into_stream(task) else {
            return;
        };
        let mut stream = stream;
        // One action at a time, as the runtime does: a window query is dropped unanswered at once
        // (its task ends), never held while the stream waits for its answer.
        while let Some(action) = runtime.block_on(stream.next()) {
            match action {
                iced_runtime::Action::Output(message) => self.update(app, message),
                iced_runtime::Action::Widget(operation) => self.operate(app, operation),
                _ => {}
            }
        }
    }

    /// A task of the app's, run on the window.
    pub(crate) fn perform(&mut self, app: &mut App, task: iced::Task<Message>) {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .start_paused(true)
            .build()
            .unwrap();
        let Some(mut stream) = iced_runtime::task::into_stream(task) else {
            return;
        };
        use iced::futures::StreamExt;
        while let Some(action) = runtime.block_on(stream.next()) {
            match action {
                iced_runtime::Action::Output(message) => self.update(app, message),
                iced_runtime::Action::Widget(operation) => self.operate(app, operation),
                _ => {}
            }
        }
    }

    fn operate(&mut self, app: &App, operation: Box<dyn Operation>) {
        self.frame(app, |ui, renderer| {
            let mut operation = Some(operation);
            while let Some(mut current) = operation.take() {
                ui.operate(renderer, &mut current);
                if let operation::Outcome::Chain(next) = current.finish() {
                    operation = Some(next);
                }
            }
        });
    }

    /// A window resized by the user (or the screen): the same tree, laid out anew.
    pub(crate) fn resize(&mut self, app: &App, width: f32, height: f32) {
        self.physical = Size::new(width, height);
        self.frame(app, |_, _| ());
    }

    /// Where the focus lands on each of `presses` Tab presses: the Tab stops, in order.
    pub(crate) fn tab_round(&mut self, app: &mut App, presses: usize) -> Vec<Rectangle> {
        let mut stops = Vec::new();
        for _ in 0..presses {
            self.named(app, keyboard::key::Named::Tab);
            if let Some(focused) = self.focused(app) {
                stops.push(focused.bounds);
            }
        }
        stops
    }

    /// The focused control, if any.
    pub(crate) fn focused(&mut self, app: &App) -> Option<Focused> {
        struct Find(Option<Focused>);
        impl Operation for Find {
            fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
                operate(self);
            }
            fn focusable(&mut self, id: Option<&Id>, bounds: Rectangle, state: &mut dyn operation::Focusable) {
                if state.is_focused() {
                    self.0 = Some(Focused {
                        id: id.cloned(),
                        bounds,
                    });
                }
            }
        }
        self.frame(app, |ui, renderer| {
            let mut find = Find(None);
            ui.operate(renderer, &mut find);
            find.0
        })
    }

    /// Whether the focused control is inside the window and inside every scrollable holding it,
    /// once scrolled: what a keyboard user sees.
    pub(crate) fn focused_in_sight(&mut self, app: &App) -> Result<Rectangle, String> {
        let focused = self.focused(app).ok_or("nothing focused")?;
        struct Sight {
            target: Rectangle,
            shift: Vector,
            hidden: Option<String>,
        }
        impl Operation for Sight {
            fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
                operate(self);
            }
            fn scrollable(
                &mut self,
                id: Option<&Id>,
                bounds: Rectangle,
                content_bounds: Rectangle,
                translation: Vector,
                _state: &mut dyn operation::Scrollable,
            ) {
                if content_bounds.intersection(&self.target).is_none() {
                    return;
                }
                // Bounds are the layout's: the content part in sight is the scrollable's bounds
                // moved by how far it is scrolled.
                let visible = Rectangle {
                    x: bounds.x + translation.x,
                    y: bounds.y + translation.y,
                    ..bounds
                };
                let t = self.target;
                if t.y < visible.y - 0.5 || t.y + t.height > visible.y + visible.height + 0.5 {
                    self.hidden = Some(format!("scrolled out of {id:?}: control {t:?}, visible {visible:?}"));
                }
                self.shift += translation;
            }
        }
        let logical = self.logical(app);
        let mut sight = Sight {
            target: focused.bounds,
            shift: Vector::ZERO,
            hidden: None,
        };
        self.frame(app, |ui, renderer| ui.operate(renderer, &mut sight));
        if let Some(hidden) = sight.hidden {
            return Err(hidden);
        }
        let on_screen = focused.bounds - sight.shift;
        if on_screen.y < 0.0 || on_screen.y + on_screen.height > logical.height + 0.5 {
            return Err(format!("outside the window: {on_screen:?} in {logical:?}"));
        }
        Ok(on_screen)
    }
}

fn ctrl(c: &str) -> (keyboard::Key, keyboard::Modifiers) {
    (keyboard::Key::Character(c.into()), keyboard::Modifiers::CTRL)
}

/// Gap 1: Ctrl+plus three times on the schedule step at 1024×700 crosses two layout thresholds
/// (the toolbar wraps, the editor goes below the week); the focused "Add a slot" keeps the focus,
/// so Enter still adds a slot. Before: the rebuilt layout dropped the focus, Enter did nothing.
#[test]
fn zooming_across_a_layout_threshold_keeps_the_focused_control_focused() {
    let mut h = harness(Language::Fr);
    h.open_example(0);
    let mut window = Window::new(1024.0, 700.0);
    window.update(&mut h.app, Message::GoTo(Screen::Choice));
    window.update(&mut h.app, Message::GoTo(Screen::Schedule));
    let add = Id::new(conventio::app::screen::schedule::ADD_ID);
    assert_eq!(
        window.focused(&h.app).and_then(|f| f.id),
        Some(add.clone()),
        "the step opens on \"Add a slot\""
    );
    for _ in 0..3 {
        let (key, modifiers) = ctrl("+");
        window.key(&mut h.app, key, modifiers);
    }
    assert!(h.app.scale_factor() > 1.25, "zoomed to {}", h.app.scale_factor());
    assert_eq!(
        window.focused(&h.app).and_then(|f| f.id),
        Some(add),
        "still on \"Add a slot\""
    );
    window.focused_in_sight(&h.app).expect("\"Add a slot\" in sight");
    let before = h.app.declaration().slots.len();
    window.named(&mut h.app, keyboard::key::Named::Enter);
    assert_eq!(h.app.declaration().slots.len(), before + 1, "Enter added a slot");
}

/// Gap 1, resizing: a window narrowed from 1280 to 1024 px folds the check panel (1100 px) and
/// keeps the focus on the control that had it, here a button without an id of its own.
#[test]
fn resizing_across_a_layout_threshold_keeps_the_focused_control_focused() {
    let mut h = harness(Language::Fr);
    h.open_example(0);
    let mut window = Window::new(1280.0, 820.0);
    window.update(&mut h.app, Message::GoTo(Screen::Choice));
    window.update(&mut h.app, Message::GoTo(Screen::Schedule));
    // Shift+Tab from "Add a slot": "Import an agenda", which has an id; once more: "List".
    window.key(
        &mut h.app,
        keyboard::Key::Named(keyboard::key::Named::Tab),
        keyboard::Modifiers::SHIFT,
    );
    window.key(
        &mut h.app,
        keyboard::Key::Named(keyboard::key::Named::Tab),
        keyboard::Modifiers::SHIFT,
    );
    let list = window.focused(&h.app).expect("a control focused");
    assert_eq!(list.id, None, "a control without an id");
    window.resize(&h.app, 1024.0, 700.0);
    window.resize(&h.app, 700.0, 700.0);
    let after = window.focused(&h.app).expect("the focus kept");
    assert_eq!(after.id, None);
    assert!(
        simulator(&h.app).find(Id::new("week-grid")).is_ok(),
        "the week drawn as a grid"
    );
    window.named(&mut h.app, keyboard::key::Named::Enter);
    assert!(
        simulator(&h.app).find(Id::new("week-grid")).is_err(),
        "Enter pressed the same toggle: the week as a list"
    );
}

/// Gap 2: a focus the app gives itself (here the new slot's start field, focused by id alone,
/// without the scrolling "add a slot" used to chain to it) is scrolled into sight on a 1024×700
/// screen at 130 %, where the slot panel is under the week, out of sight. Before: only Tab and
/// "add a slot" scrolled.
#[test]
fn a_control_the_app_focuses_is_scrolled_into_sight() {
    let mut h = harness(Language::Fr);
    h.open_example(0);
    let mut window = Window::new(1024.0, 700.0);
    window.update(&mut h.app, Message::GoTo(Screen::Choice));
    window.update(&mut h.app, Message::GoTo(Screen::Schedule));
    for _ in 0..3 {
        let (key, modifiers) = ctrl("+");
        window.key(&mut h.app, key, modifiers);
    }
    let first = slot_id(&h.app, 0);
    window.update(&mut h.app, Message::Schedule(ScheduleMessage::SelectSlot(first)));
    window.perform(
        &mut h.app,
        iced::widget::operation::focus(conventio::app::screen::schedule::START_ID),
    );
    let focused = window.focused(&h.app).expect("the start field focused");
    assert_eq!(focused.id, Some(Id::new(conventio::app::screen::schedule::START_ID)));
    window.focused_in_sight(&h.app).expect("the start field in sight");
}

/// Gap 3: a button that cannot be used takes no Tab stop. On the schedule step before any edit,
/// Undo and Redo are disabled: a whole round of Tab presses never lands on them; once a slot
/// is added, Undo is a stop again. (Checked by where the focus is, which the simulator cannot say.)
#[test]
fn disabled_undo_and_redo_take_no_tab_stop_until_they_can_be_used() {
    let mut h = harness(Language::Fr);
    h.open_example(0);
    let mut window = Window::new(1280.0, 820.0);
    window.update(&mut h.app, Message::GoTo(Screen::Choice));
    window.update(&mut h.app, Message::GoTo(Screen::Schedule));
    let bounds_of = |app: &App, label: &str| simulator(app).find(label).unwrap().visible_bounds().unwrap();
    let stops = |window: &mut Window, app: &mut App| window.tab_round(app, 80);
    let undo = bounds_of(&h.app, &h.tr("gui-undo"));
    let redo = bounds_of(&h.app, &h.tr("gui-redo"));
    let round = stops(&mut window, &mut h.app);
    assert!(round.len() >= 10, "Tab goes round the step");
    assert!(!on(&round, undo), "disabled Undo is no Tab stop");
    assert!(!on(&round, redo), "disabled Redo is no Tab stop");

    window.update(&mut h.app, Message::Schedule(ScheduleMessage::AddSlot));
    let undo = bounds_of(&h.app, &h.tr("gui-undo"));
    let round = stops(&mut window, &mut h.app);
    assert!(on(&round, undo), "Undo, now usable, is a Tab stop");
}

/// Gap 3: the doctor's "Add the site" takes no Tab stop while the new site has no name, and is one
/// once a name is typed.
#[test]
fn the_doctors_add_site_button_takes_a_tab_stop_only_with_a_name() {
    let mut h = harness(Language::Fr);
    h.open_example(0);
    let mut window = Window::new(1280.0, 820.0);
    window.update(&mut h.app, Message::GoTo(Screen::Doctor));
    let add = h.tr("gui-site-add");
    let stops = |window: &mut Window, app: &mut App| {
        let button = simulator(app).find(add.as_str()).unwrap().visible_bounds().unwrap();
        let mut on = false;
        let mut count = 0;
        for _ in 0..60 {
            window.named(app, keyboard::key::Named::Tab);
            if let Some(focused) = window.focused(app) {
                count += 1;
                on |= focused.bounds.contains(button.center());
            }
        }
        (count, on)
    };
    let (count, on) = stops(&mut window, &mut h.app);
    assert!(count >= 10, "Tab goes round the step");
    assert!(!on, "disabled \"{add}\" is no Tab stop");
    window.update(
        &mut h.app,
        Message::Doctor(DoctorMessage::NewSiteNameChanged("Cabinet de Namur".into())),
    );
    let (_, on) = stops(&mut window, &mut h.app);
    assert!(on, "\"{add}\", now usable, is a Tab stop");
}

/// Gap 3: the review's history and each list of differences are reached by Tab, and each is
/// scrolled into sight when reached, at 1024×700 where they lie below the fold.
#[test]
fn the_review_history_and_its_differences_are_reached_by_tab_and_scrolled_into_sight() {
    let mut h = harness(Language::Fr);
    h.open_example(0);
    let _ = h
        .app
        .update(Message::Doctor(DoctorMessage::NameChanged("Dr Anne Peeters".into())));
    let _ = h
        .app
        .update(Message::Doctor(DoctorMessage::InamiChanged("1-23456-25-004".into())));
    let save = |h: &mut Harness| {
        h.run(Message::GoTo(Screen::Review));
        h.run(Message::Review(conventio::app::screen::review::Message::Save));
    };
    save(&mut h);
    // A second version with a slot fewer, then an edit not saved: two lists of differences.
    let first = h.app.declaration().slots.len();
    let _ = h
        .app
        .update(Message::Schedule(ScheduleMessage::SelectSlot(slot_id(&h.app, 0))));
    let _ = h.app.update(Message::Schedule(ScheduleMessage::Delete));
    save(&mut h);
    let _ = h
        .app
        .update(Message::Schedule(ScheduleMessage::SelectSlot(slot_id(&h.app, 0))));
    let _ = h.app.update(Message::Schedule(ScheduleMessage::Delete));
    assert_eq!(h.app.declaration().slots.len(), first - 2);

    let mut window = Window::new(1024.0, 700.0);
    window.update(&mut h.app, Message::GoTo(Screen::Review));
    let blocks: Vec<(String, Rectangle)> = ["gui-history-title", "gui-history-last-change", "gui-history-since"]
        .into_iter()
        .map(|id| {
            let label = h.tr(id);
            // Where it is laid out in a window of the same size (below the fold: not visible yet).
            let bounds = iced_test::Simulator::with_size(settings(), (1024.0, 700.0), h.app.view())
                .find(label.as_str())
                .unwrap_or_else(|_| panic!("{label} shown"))
                .bounds();
            (label, bounds)
        })
        .collect();
    let mut reached = vec![false; blocks.len()];
    for _ in 0..60 {
        window.named(&mut h.app, keyboard::key::Named::Tab);
        let Some(focused) = window.focused(&h.app) else {
            continue;
        };
        // A list of differences is its own stop: one that holds it without the history's title.
        let whole_history = focused.bounds.contains(blocks[0].1.center());
        for (n, (label, bounds)) in blocks.iter().enumerate() {
            if focused.bounds.contains(bounds.center()) && (n == 0 || !whole_history) {
                reached[n] = true;
                if let Err(why) = window.focused_in_sight(&h.app) {
                    panic!("\"{label}\" reached but not in sight: {why}");
                }
            }
        }
    }
    for ((label, _), reached) in blocks.iter().zip(reached) {
        assert!(reached, "Tab reaches \"{label}\"");
    }
}

/// How far down the scrollables of the window are scrolled, the most scrolled one.
fn scrolled_down(window: &mut Window, app: &App) -> f32 {
    struct Deepest(f32);
    impl Operation for Deepest {
        fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
            operate(self);
        }
        fn scrollable(
            &mut self,
            _id: Option<&Id>,
            _bounds: Rectangle,
            _content_bounds: Rectangle,
            translation: Vector,
            _state: &mut dyn operation::Scrollable,
        ) {
            self.0 = self.0.max(translation.y);
        }
    }
    let mut deepest = Deepest(0.0);
    window.frame(app, |ui, renderer| ui.operate(renderer, &mut deepest));
    deepest.0
}

/// Item 5: each step opens at its top, however far down the last step was scrolled (the steps'
/// scrollables sit at the same place in the widget tree, so one kept the other's offset).
#[test]
fn every_step_opens_at_its_top() {
    let mut h = harness(Language::Fr);
    h.open_example(0);
    let mut window = Window::new(1024.0, 700.0);
    for (from, to) in [
        (Screen::Doctor, Screen::Choice),
        (Screen::Choice, Screen::Review),
        (Screen::Review, Screen::Doctor),
        (Screen::Review, Screen::Start),
    ] {
        window.update(&mut h.app, Message::GoTo(from));
        // Down to the step's last controls by keyboard: the focused one is scrolled into sight.
        let mut deepest = 0.0_f32;
        for _ in 0..40 {
            window.named(&mut h.app, keyboard::key::Named::Tab);
            deepest = deepest.max(scrolled_down(&mut window, &h.app));
            if deepest > 50.0 {
                break;
            }
        }
        assert!(deepest > 50.0, "{from:?} scrolls at 1024×700");
        window.update(&mut h.app, Message::GoTo(to));
        // At its top, or just far enough down to show its first control, which has the focus
        // (qa, session 4: the review's save path, focused, was out of sight at 130 %).
        let sight = window.focused_in_sight(&h.app);
        assert!(sight.is_ok(), "{to:?} after {from:?}: {sight:?}");
        if to == Screen::Doctor {
            assert_eq!(scrolled_down(&mut window, &h.app), 0.0, "{to:?} after {from:?}");
        }
    }
}

/// Item 5: on the start screen, "Ouvrir" (a declaration by its path) and "Utiliser cette date" (a
/// last day announced later) take no Tab stop while there is nothing to open or no date; "Ouvrir"
/// does once a path is typed.
#[test]
fn the_start_screens_disabled_buttons_take_no_tab_stop() {
    use conventio::app::screen::start::Message as StartMessage;
    let mut h = harness(Language::Fr);
    let mut window = Window::new(1280.0, 820.0);
    window.update(&mut h.app, Message::GoTo(Screen::Start));
    let bounds_of = |app: &App, label: &str| {
        simulator(app)
            .find(label)
            .unwrap_or_else(|_| panic!("{label} shown"))
            .bounds()
    };
    let stops = |window: &mut Window, app: &mut App| window.tab_round(app, 80);
    let open = bounds_of(&h.app, &h.tr("gui-open"));
    let apply = bounds_of(&h.app, &h.tr("gui-last-day-apply"));
    let round = stops(&mut window, &mut h.app);
    assert!(round.len() >= 5, "Tab goes round the start screen");
    assert!(!on(&round, open), "\"Ouvrir\" without a path is no Tab stop");
    assert!(
        !on(&round, apply),
        "\"Utiliser cette date\" without a date is no Tab stop"
    );
    window.update(
        &mut h.app,
        Message::Start(StartMessage::OpenPathChanged("/tmp/déclaration.json".into())),
    );
    let open = bounds_of(&h.app, &h.tr("gui-open"));
    assert!(
        on(&stops(&mut window, &mut h.app), open),
        "\"Ouvrir\" with a path is a Tab stop"
    );
}

/// Item 5: on the overview, "Exporter en CSV" and "Imprimer la liste" take no Tab stop without a
/// path, nor "Imprimer les PDF de tous les médecins" and "Sauvegarder la pratique" without doctors.
#[test]
fn the_overviews_disabled_buttons_take_no_tab_stop() {
    use conventio::app::screen::overview::Message as OverviewMessage;
    let mut h = harness(Language::Fr);
    let mut window = Window::new(1280.0, 820.0);
    window.update(&mut h.app, Message::GoTo(Screen::Overview));
    let stops = |window: &mut Window, app: &mut App| window.tab_round(app, 40);
    let buttons = |app: &App, h: &Harness| {
        [
            "gui-overview-export",
            "gui-overview-print",
            "gui-overview-print-all",
            "gui-overview-back-up",
        ]
        .map(|id| simulator(app).find(h.tr(id).as_str()).map(|t| t.bounds()).ok())
    };
    let [export, print, _, _] = buttons(&h.app, &h);
    let round = stops(&mut window, &mut h.app);
    assert!(
        on(&round, export.unwrap()) && on(&round, print.unwrap()),
        "with the default path, both are stops"
    );
    window.update(
        &mut h.app,
        Message::Overview(OverviewMessage::ExportPathChanged(String::new())),
    );
    let shown = buttons(&h.app, &h);
    let round = stops(&mut window, &mut h.app);
    for (id, bounds) in ["export", "print", "print-all", "back-up"].iter().zip(shown) {
        if let Some(bounds) = bounds {
            assert!(!on(&round, bounds), "{id}: disabled, no Tab stop");
        }
    }
    assert!(
        shown[0].is_some() && shown[1].is_some(),
        "export and print are shown, disabled"
    );
}

/// Whether one of the Tab stops is the control laid out at `control`.
fn on(stops: &[Rectangle], control: Rectangle) -> bool {
    stops.iter().any(|s| s.contains(control.center()))
}
