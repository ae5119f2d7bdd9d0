//! The window's start: its state before anything but the settings is read (the first frame), and
//! what [`super::boot`] read afterwards taken in.

use super::boot::{Boot, BootReader};
use super::notice::{Notice, NoticeKind};
use super::options::Options;
use super::screen::{Origin, choice, doctor, overview, review, schedule, start};
use super::session::{self, Session};
use super::{App, Screen};
use crate::core::agreement::Agreements;
use crate::core::i18n;
use crate::core::practice::Practice;
use crate::core::settings::{Loaded, SettingsFile};
use iced::theme::Mode;

impl App {
    /// The window with everything read: the settings, the user's agreements, the draft, the
    /// practice's doctors and the file named on the command line (the tests, the benchmarks). The
    /// window itself shows [`App::booting`] first and reads the rest after its first frame.
    pub fn new(options: Options) -> App {
        let mut app = App::booting(options);
        let boot = app.boot_reader().read();
        if let Some(loaded) = app.booted(boot) {
            app.load_at_once(loaded);
        }
        app
    }

    /// The window before anything but the settings is read: a blank declaration and the start
    /// screen, what the first frame shows. [`Boot`] reads the rest, [`App::booted`] takes it in.
    pub fn booting(options: Options) -> App {
        let loaded = SettingsFile::at(&options.settings_path).load();
        let settings = loaded.settings().clone();
        let language = options.language.unwrap_or_else(|| settings.language_or_env());
        let draft = session::DraftSlot::claim(&options.data_dir);
        let window = draft.window.clone();
        let agreements = Agreements::embedded().clone();
        let today = options.today;
        let last_days = settings.last_days.clone();
        let declaration = session::blank(&agreements, today);
        let mut app = App {
            settings,
            language,
            system_mode: Mode::Light,
            screen: Screen::Start,
            session: Session::new(declaration, today, window, agreements.clone(), last_days),
            origin: Origin::default(),
            notice: None,
            practice: Practice::open(&options.data_dir, agreements),
            window_settle: super::settings_writes::WindowSettle::default(),
            words: super::shaping::WordMemory::default(),
            settings_writes: super::settings_writes::SettingsWrites::default(),
            _draft: draft,
            parked: std::collections::HashMap::new(),
            lists: super::read::Asked::default(),
            doctor_lock: None,
            switches: super::switch::Switches::default(),
            start: start::Start::default(),
            doctor: doctor::Doctor::default(),
            choice: choice::Choice,
            schedule: schedule::Schedule::default(),
            // (the day names are set below, in the interface language)
            review: review::Review::default(),
            overview: overview::Overview::default(),
            checks_open: false,
            orderly_exit: true,
            options,
        };
        if let Loaded::NewerVersion { found, .. } = loaded {
            app.notice = Some(Notice {
                kind: NoticeKind::Error,
                message: i18n::Message::with(
                    "gui-settings-newer",
                    &[("version", i64::try_from(found).unwrap_or(0).into())],
                ),
            });
        }
        app.schedule.language_changed(i18n::localizer(language));
        app.doctor.declaration_changed(app.session.declaration());
        let ctx = context!(app);
        app.review.declaration_changed(&ctx);
        app
    }

    /// What reads the rest of the start-up data, on any thread.
    pub fn boot_reader(&self) -> BootReader {
        BootReader {
            options: self.options.clone(),
            language: self.language,
            last_days: self.settings.last_days.clone(),
            window: self.session.window().clone(),
            second_window: self._draft.number() > 1,
        }
    }

    /// Takes in what was read at start. Work the user began meanwhile is kept: the draft then
    /// stays on disk for the next start, and the notice says nothing was restored over it.
    /// Returns the declaration of the file named on the command line, to switch to.
    pub(super) fn booted(&mut self, boot: Boot) -> Option<super::screen::Loaded> {
        let Boot {
            agreements,
            declaration,
            notice,
            doctors,
            doctor,
            doctor_file_seen,
            file,
        } = boot;
        if self.session.edits() == 0 {
            self.session = Session::new(
                declaration,
                self.options.today,
                self.session.window().clone(),
                agreements.clone(),
                self.settings.last_days.clone(),
            );
            // The work left by the last window in this slot, given to its doctor: opened as theirs.
            if let Some((id, lock)) = doctor {
                self.doctor_lock = lock;
                self.session
                    .set_doctor(Some((self.options.data_dir.clone(), id.clone())));
                self.origin.profile_id = Some(id);
                self.origin.file_seen = doctor_file_seen;
            }
        } else {
            self.session
                .set_agreements(agreements.clone(), self.settings.last_days.clone());
        }
        self.practice = Practice::open(&self.options.data_dir, agreements);
        // A newer settings file's error stays in front.
        if notice.is_some() && self.notice.as_ref().is_none_or(|n| n.kind != NoticeKind::Error) {
            self.notice = notice;
        }
        self.start.set_doctors(doctors);
        self.doctor.declaration_changed(self.session.declaration());
        self.schedule.declaration_changed(&self.session);
        self.schedule.redraw();
        let ctx = context!(self);
        self.review.declaration_changed(&ctx);
        let (path, read) = file?;
        match start::file_read(&self.context(), &path, read) {
            super::screen::Event::Load(loaded) => Some(*loaded),
            event => {
                let _ = self.apply_event(event);
                None
            }
        }
    }
}
