//! The window itself: the iced program, the size it opens at and fits to its screen, and the size
//! the user chose, remembered.

use super::settings_writes::SettingsJob;
use super::{App, FONT, FONT_BOLD, FONT_REGULAR, Message, Notice, NoticeKind, Options, VERSION, system, widget};
use crate::core::i18n;
use crate::core::settings::{self, SettingsFile};
use iced::keyboard;
use iced::{Subscription, Task, Theme};
use std::path::PathBuf;
use std::sync::Arc;

/// Opens the window: `conventio` or `conventio FILE`.
pub fn run(file: Option<PathBuf>) -> iced::Result {
    super::probe::init();
    program(Options::from_env(file)).run()
}

/// The whole application as an iced program, for the window and for end-to-end tests.
pub fn program(
    options: Options,
) -> iced::Application<impl iced::Program<State = App, Message = Message, Theme = Theme>> {
    let loaded = SettingsFile::at(&options.settings_path).load();
    let (remembered, zoom) = (loaded.settings().window, loaded.settings().zoom);
    // The system's light or dark mode is asked once at start, then followed by the subscription;
    // the window is fitted to its screen; the keyboard starts on the first step's first control.
    let boot = move || {
        // The first frame shows as soon as the settings are read; the draft, the user's
        // agreements and the practice are read on a blocking thread and taken in when ready.
        let app = super::probe::time("boot", String::new, || App::booting(options.clone()));
        let reader = app.boot_reader();
        let read = super::task::blocking(
            move || Ok::<_, super::task::Stopped>(reader.read()),
            // A panic while reading is the window's, as when it read on its own thread.
            |boot| Message::Booted(std::sync::Arc::new(boot.unwrap_or_else(|stopped| stopped.resume()))),
        );
        let first = super::focus_first(app.screen, app.declaration().choice, app.recognition_first());
        let fit = iced::window::oldest().then(|id| match id {
            Some(id) => iced::window::monitor_size(id).map(move |monitor| Message::WindowOpened(id, monitor)),
            None => Task::none(),
        });
        (
            app,
            Task::batch([read, iced::system::theme().map(Message::SystemThemeChanged), first, fit]),
        )
    };
    iced::application(boot, probed_update, probed_view)
        .title(App::title)
        .subscription(App::subscription)
        .theme(App::theme)
        .style(App::window_style)
        .scale_factor(App::scale_factor)
        .font(FONT_REGULAR)
        .font(FONT_BOLD)
        .default_font(FONT)
        .window(iced::window::Settings {
            size: opening_size(remembered, zoom),
            min_size: Some(opening_size(Some(MIN_WINDOW_PIXELS), zoom)),
            // Closing asks the app first, so the draft is written before the window goes.
            exit_on_close_request: false,
            icon: system::window_icon(),
            ..iced::window::Settings::default()
        })
}

/// `App::update`, timed by the frame probe when CONVENTIO_FRAME_LOG is set (one branch otherwise).
fn probed_update(app: &mut App, message: Message) -> Task<Message> {
    if super::probe::enabled() {
        let kind = super::probe::kind(&message);
        return super::probe::time("update", || kind, || app.update(message));
    }
    app.update(message)
}

/// `App::view`, timed (and its layout and drawing) by the frame probe when it is on.
fn probed_view(app: &App) -> iced::Element<'_, Message> {
    super::probe::time("view", String::new, || super::probe::wrap(app.view()))
}

impl App {
    /// The window's background: the theme's, nudged by an invisible amount (far below one step of
    /// 8-bit colour) for each screen and language. Why: tiny-skia repaints only the regions it
    /// finds changed and drops those under one pixel (`iced_graphics::damage::group`), so the
    /// anti-aliased edge of a box cut by a scrollable's edge stayed on screen after a change of
    /// screen (seen: the start screen's banner line across the overview; iced-rs/iced#2348,
    /// #3032). A new background colour makes it repaint the whole window once, on each such change.
    pub(crate) fn window_style(&self, theme: &Theme) -> iced::theme::Style {
        let mut style = iced::theme::Base::base(theme);
        let page = self.screen as usize * 4 + self.language() as usize;
        let nudge = 1e-5 * page as f32;
        let channel = &mut style.background_color.r;
        *channel = if *channel > 0.5 {
            *channel - nudge
        } else {
            *channel + nudge
        };
        style
    }

    /// iced reports window sizes divided by the zoom (its scale factor includes it): the size is
    /// remembered at zoom 100 %, as the system counts it. A drag of the window's edge sends dozens
    /// of sizes: the last one is written once the window has kept it for [`WINDOW_SETTLE`] (or when
    /// the window closes), not one synced write per event.
    pub(super) fn remember_window(&mut self, size: iced::Size) -> Task<Message> {
        let zoom = self.settings.zoom;
        let size = ((size.width * zoom).round() as u32, (size.height * zoom).round() as u32);
        if self.settings.window == Some(size) {
            return Task::none();
        }
        self.settings.window = Some(size);
        let settle = &mut self.window_settle;
        settle.resizes += 1;
        settle.unsaved = true;
        let resizes = settle.resizes;
        // The timer is made when the task first runs, inside iced's runtime. The last resize's
        // timer is dropped here, and so cancelled: one message when the drag ends, not one per size.
        let (timer, handle) = Task::perform(async { tokio::time::sleep(WINDOW_SETTLE).await }, move |()| {
            Message::WindowSettled(resizes)
        })
        .abortable();
        settle.timer = Some(handle.abort_on_drop());
        // The first resize is the window fitted to a small screen at launch (or the user's first):
        // the first control, focused before it, may now be under the bottom edge.
        if resizes == 1 {
            return Task::batch([timer, super::widget::focus::reveal_focused()]);
        }
        timer
    }

    /// The window kept its size since the resize numbered `resizes`: write it now.
    pub(super) fn window_settled(&mut self, resizes: u64) {
        if resizes == self.window_settle.resizes && self.window_settle.unsaved {
            self.save_settings();
        }
    }

    /// A size not written yet is written (the window closes).
    pub(super) fn save_window_if_unsaved(&mut self) {
        if self.window_settle.unsaved {
            self.save_settings();
        }
    }

    /// The first window fits the screen it opened on, whatever size was wanted.
    pub(super) fn fit_window(&self, id: iced::window::Id, monitor: Option<iced::Size>) -> Task<Message> {
        // The monitor's size and the resize request are both divided by the zoom in iced.
        let zoom = self.settings.zoom;
        let monitor = monitor.map(|m| iced::Size::new(m.width * zoom, m.height * zoom));
        let wanted = window_size(self.settings.window, None);
        let fitted = window_size(self.settings.window, monitor);
        if fitted == wanted {
            return Task::none();
        }
        iced::window::resize(id, iced::Size::new(fitted.width / zoom, fitted.height / zoom))
    }

    /// The zoom one step up or down (`step` 0: back to 100 %). The focused control, which the new
    /// sizes may have moved out of sight (at 130 % on a small screen), is scrolled back into it.
    pub(super) fn zoom(&mut self, step: f32) -> Task<Message> {
        let zoom = if step == 0.0 { 1.0 } else { self.settings.zoom + step };
        self.settings.zoom = settings::clamp_zoom((zoom * 10.0).round() / 10.0);
        self.save_settings();
        super::widget::focus::reveal_focused()
    }

    /// The settings changed: they are written off the window's thread once this message is
    /// handled ([`App::write_settings`]), through the core's guarded path.
    pub(crate) fn save_settings(&mut self) {
        // The settings written hold the window's last size too.
        self.window_settle.unsaved = false;
        self.settings_writes.changed();
    }

    /// The settings as they are now, written on a blocking thread when a change is due.
    pub(super) fn write_settings(&mut self) -> Option<Task<Message>> {
        let job = self.settings_job()?;
        Some(super::task::blocking(move || job.write(), Message::SettingsWritten))
    }

    /// The write of the settings as they are now, when a change is due.
    fn settings_job(&mut self) -> Option<SettingsJob> {
        let file = SettingsFile::at(&self.options.settings_path);
        self.settings_writes.job(file, &self.settings)
    }

    /// A write of the settings ended. A newer version's file is kept as it is without a notice at
    /// each change: the user was told at start (or a newer Conventio, opened since, owns the file).
    pub(super) fn settings_written(&mut self, result: Result<(), Arc<settings::SaveError>>) {
        match result.as_ref().map_err(|e| &**e) {
            Ok(()) | Err(settings::SaveError::NewerVersion { .. }) => {}
            Err(error) => {
                self.notice = Some(Notice {
                    kind: NoticeKind::Error,
                    message: i18n::Message::with("gui-settings-failed", &[("error", error.message().into())]),
                });
            }
        }
    }

    pub fn theme(&self) -> Theme {
        widget::style::theme(self.settings.theme, self.system_mode)
    }

    pub fn scale_factor(&self) -> f32 {
        self.settings.zoom
    }

    /// `Conventio 0.2.0`, then the doctor's name once typed: the version is the About line.
    pub(crate) fn title(&self) -> String {
        let about = format!("{} {VERSION}", self.tr("gui-title"));
        let name = &self.declaration().doctor.name;
        if name.is_empty() {
            about
        } else {
            format!("{about} — {name}")
        }
    }

    pub(crate) fn subscription(&self) -> Subscription<Message> {
        Subscription::batch([
            keyboard::listen().filter_map(|event| match event {
                keyboard::Event::KeyPressed { key, modifiers, .. } => Some(Message::KeyPressed(key, modifiers)),
                _ => None,
            }),
            iced::system::theme_changes().map(Message::SystemThemeChanged),
            iced::window::resize_events().map(|(_, size)| Message::WindowResized(size)),
            iced::window::close_requests().map(Message::CloseRequested),
        ])
    }
}

impl App {
    /// The window as a `kill -9` (or a power cut) leaves it: gone without its orderly exit, nothing
    /// flushed or written on the way out (a draft still waiting for its pause is lost, as it would
    /// be), and its locks released as the system releases a dead process's. For the tests that
    /// replay a crash between two windows of one data folder.
    pub fn kill(mut self) {
        self.orderly_exit = false;
    }
}

impl Drop for App {
    /// A window closed by any path (the tests, the end of the program) keeps what was typed.
    fn drop(&mut self) {
        if !self.orderly_exit {
            return;
        }
        let _ = self.session.flush_draft();
        self.save_window_if_unsaved();
        // Outside `update`: written here, in order after any write still running.
        if let Some(job) = self.settings_job() {
            let _ = job.write();
        }
    }
}

/// The size the window opens at: the one the user last chose, else 1280×820; never larger than
/// the screen (less room for the system's panels), never smaller than [`MIN_WINDOW`].
pub fn window_size(remembered: Option<(u32, u32)>, screen: Option<iced::Size>) -> iced::Size {
    let wanted = remembered.map_or(DEFAULT_WINDOW, |(w, h)| iced::Size::new(w as f32, h as f32));
    let room = screen.map_or(wanted, |s| iced::Size::new(s.width * 0.96, s.height * 0.9));
    iced::Size::new(
        wanted.width.min(room.width).max(MIN_WINDOW.width).round(),
        wanted.height.min(room.height).max(MIN_WINDOW.height).round(),
    )
}

/// The size to ask iced for when the window opens: iced multiplies it by the app's scale factor,
/// the zoom included, while the size is remembered at zoom 100 % (the system's pixels). At 130 %,
/// a window remembered at 983×630 on a 1024×700 screen opened at 1278×819, larger than the screen
/// (and, fitting at once, no resize followed); the smallest size likewise.
pub fn opening_size(remembered: Option<(u32, u32)>, zoom: f32) -> iced::Size {
    let pixels = window_size(remembered, None);
    let zoom = if zoom > 0.0 { zoom } else { 1.0 };
    iced::Size::new(pixels.width / zoom, pixels.height / zoom)
}

/// How long the window must keep its size before the size is written to the settings.
pub(crate) const WINDOW_SETTLE: std::time::Duration = std::time::Duration::from_millis(500);

const DEFAULT_WINDOW: iced::Size = iced::Size::new(1280.0, 820.0);
/// Small enough for a 1024×700 screen with its panels.
pub(crate) const MIN_WINDOW: iced::Size = iced::Size::new(800.0, 560.0);
const MIN_WINDOW_PIXELS: (u32, u32) = (MIN_WINDOW.width as u32, MIN_WINDOW.height as u32);
