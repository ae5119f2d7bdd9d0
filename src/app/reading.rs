//! What the app shows and holds, read-only: for its views, its screens (through [`Context`]) and
//! the tests.

use super::App;
use super::notice::Notice;
use super::options::Options;
use super::screen::{Context, Origin, Screen, doctor, overview, review, schedule, start};
use super::session::Session;
use crate::core::i18n::{self, Language, Localizer};
use crate::core::model::Declaration;
use crate::core::practice::Practice;
use crate::core::settings::Settings;

/// What the app shows and holds, read-only.
impl App {
    pub fn options(&self) -> &Options {
        &self.options
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    pub fn language(&self) -> Language {
        self.language
    }

    pub fn screen(&self) -> Screen {
        self.screen
    }

    pub fn session(&self) -> &Session {
        &self.session
    }

    pub fn origin(&self) -> &Origin {
        &self.origin
    }

    pub fn notice(&self) -> Option<&Notice> {
        self.notice.as_ref()
    }

    /// The notice's text as the window shows it now, in the current language.
    pub fn notice_text(&self) -> Option<String> {
        self.notice.as_ref().map(|notice| notice.text(self.localizer()))
    }

    pub fn practice(&self) -> &Practice {
        &self.practice
    }

    pub fn start(&self) -> &start::Start {
        &self.start
    }

    pub fn doctor(&self) -> &doctor::Doctor {
        &self.doctor
    }

    pub fn schedule(&self) -> &schedule::Schedule {
        &self.schedule
    }

    pub fn review(&self) -> &review::Review {
        &self.review
    }

    pub fn overview(&self) -> &overview::Overview {
        &self.overview
    }

    /// What the screens may read of the app.
    pub(crate) fn context(&self) -> Context<'_> {
        context!(self)
    }

    pub(crate) fn localizer(&self) -> &'static Localizer {
        i18n::localizer(self.language)
    }

    pub(crate) fn tr(&self, id: &str) -> String {
        self.localizer().tr(id)
    }

    pub fn tr_args(&self, id: &str, args: &[(&str, i18n::Arg)]) -> String {
        self.localizer().tr_args(id, args)
    }

    /// Whether the doctor step asks for the recognition date first ([`doctor::recognition_first`]).
    pub fn recognition_first(&self) -> bool {
        doctor::recognition_first(self.declaration(), self.session.agreement(), self.session.today())
    }

    pub fn declaration(&self) -> &Declaration {
        self.session.declaration()
    }
}
