//! A practice database that cannot be read, as the start screen's list and the overview both show
//! it: the message, and when the file is damaged the newest backup offered ("Restaurer la
//! sauvegarde du 18/02/2026"), put in place off the window's thread (`store::restore`: the damaged
//! file moved aside, never deleted). One state and one task for both screens.

use super::{Action, Context, Event};
use crate::app::task;
use crate::app::widget::focus::focusable;
use crate::app::widget::hint;
use crate::core::i18n::Localizer;
use crate::core::i18n::Message as Said;
use crate::core::store::{self, StoreError};
use crate::core::wording::belgian_date;
use iced::Element;
use iced::widget::{button, text};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// What a restore answers: where the damaged database went, or why it could not.
pub(crate) type Restored = Result<Option<PathBuf>, Arc<StoreError>>;

#[derive(Clone, Debug, Default)]
pub struct Damage {
    /// Why the practice could not be read, when it could not.
    pub failure: Option<String>,
    /// The newest backup, offered when the database is damaged.
    pub offer: Option<store::Backup>,
    /// A restore runs off the window's thread.
    pub restoring: bool,
}

impl Damage {
    /// The practice in `root` could not be read: said in the user's language, with the newest
    /// backup offered when the file is damaged.
    pub(crate) fn of(error: &StoreError, root: &Path, localizer: &Localizer) -> Damage {
        Damage {
            failure: Some(localizer.message(&error.message())),
            offer: match error {
                StoreError::Corrupt { .. } => store::newest_backup(root),
                _ => None,
            },
            restoring: false,
        }
    }

    /// The practice reads again.
    pub(crate) fn clear(&mut self) {
        *self = Damage::default();
    }

    /// "Restore the backup": the offered backup put in place on a blocking thread; its answer comes
    /// back as `done`. Nothing while one runs or nothing is offered.
    pub(crate) fn restore<M: Send + 'static>(&mut self, ctx: &Context, done: fn(Restored) -> M) -> Action<M> {
        let Some(backup) = self.offer.as_ref().filter(|_| !self.restoring) else {
            return Action::None;
        };
        self.restoring = true;
        let (root, file) = (ctx.practice.root().to_path_buf(), backup.path.clone());
        Action::Run(task::blocking(
            move || store::restore(&root, &file).map_err(Arc::new),
            done,
        ))
    }

    /// The restore ran: every list of the practice reads again, and the user is told where the
    /// damaged file went (or why nothing changed). The caller reads its own list again first.
    pub(crate) fn restored<M>(&mut self, ctx: &Context, result: Restored) -> Action<M> {
        self.restoring = false;
        let day = self.offer.as_ref().map(|b| belgian_date(b.day)).unwrap_or_default();
        match result {
            Ok(aside) => {
                let aside = aside.map(|p| p.display().to_string()).unwrap_or_default();
                Action::Batch(vec![
                    Event::PracticeChanged.into(),
                    ctx.info(Said::with(
                        "gui-practice-restored",
                        &[("date", day.into()), ("aside", aside.into())],
                    ))
                    .into(),
                ])
            }
            Err(error) => ctx
                .error(Said::with(
                    "gui-practice-restore-failed",
                    &[("error", error.message().into())],
                ))
                .into(),
        }
    }

    /// The message and the restore button, when the practice could not be read.
    pub(crate) fn view<'a, M: Clone + 'a>(&self, ctx: &Context, restore: M) -> Vec<Element<'a, M>> {
        let mut shown = Vec::new();
        if let Some(failure) = &self.failure {
            shown.push(hint(failure.clone(), true));
        }
        if let Some(backup) = &self.offer {
            shown.push(
                focusable(
                    button(
                        text(ctx.tr_args("gui-practice-restore", &[("date", belgian_date(backup.day).into())]))
                            .size(14),
                    )
                    .padding([6, 12])
                    .style(button::primary)
                    .on_press_maybe((!self.restoring).then_some(restore)),
                )
                .enabled(!self.restoring)
                .into(),
            );
        }
        shown
    }
}
