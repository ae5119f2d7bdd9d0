//! The practice's lists the screens show — the start screen's doctors, the review's saved
//! versions — read again off the window's thread when their step opens or the practice changes,
//! and shown when the read comes back.

use super::read::Lists;
use super::screen::start;
use super::{App, Message, task};
use iced::Task;
use std::sync::Arc;

impl App {
    /// The start screen opens (at its top, its list of doctors too): the doctors are read again.
    pub(super) fn show_start(&mut self) -> Task<Message> {
        self.start.at_top();
        self.read_lists(true, false)
    }

    /// Reads the start screen's doctors and/or the review's history again, off the window's thread.
    pub(super) fn read_lists(&mut self, doctors: bool, history: bool) -> Task<Message> {
        self.lists.reads += 1;
        let number = self.lists.reads;
        if doctors {
            self.lists.doctors = number;
        }
        if history {
            self.lists.history = number;
        }
        let practice = self.practice.clone();
        let today = self.session.today();
        let agreements = self.session.agreements().with_last_days(&self.settings.last_days);
        let localizer = self.localizer();
        let profile = self.origin.profile_id.clone();
        task::blocking(
            move || {
                Ok::<_, task::Stopped>(Lists {
                    number,
                    doctors: doctors.then(|| start::list_doctors(&practice, today, &agreements, localizer)),
                    history: history.then(|| profile.map(|id| practice.history(&id)).unwrap_or_default()),
                })
            },
            |read| Message::ListsRead(Arc::new(read.unwrap_or_else(|stopped| stopped.resume()))),
        )
    }

    /// Shows the lists read, unless a newer read of them was asked meanwhile.
    pub(super) fn lists_read(&mut self, lists: Lists) {
        let Lists {
            number,
            doctors,
            history,
        } = lists;
        if let Some(doctors) = doctors
            && number == self.lists.doctors
        {
            self.start.set_doctors(doctors);
        }
        if let Some(history) = history
            && number == self.lists.history
        {
            self.review.set_history(history);
        }
    }
}
