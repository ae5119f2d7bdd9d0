//! Blocking work — files, the practice store — done off the window's thread.
//!
//! `update` never waits on a disk: it returns [`blocking`]'s task, the work runs on tokio's blocking
//! pool, and its result comes back to `update` as a message.

use crate::core::store::StoreError;
use iced::Task;
use std::sync::Arc;

/// Runs `work` on a blocking thread and hands its result to `done`, whose message comes back to
/// `update`. Work that stops before it answers (it panicked) answers with its error type's
/// [`Stopped`], so the screen waiting for it is never left waiting.
pub(crate) fn blocking<T, E, M>(
    work: impl FnOnce() -> Result<T, E> + Send + 'static,
    done: impl FnOnce(Result<T, E>) -> M + Send + 'static,
) -> Task<M>
where
    T: Send + 'static,
    E: From<Stopped> + Send + 'static,
    M: Send + 'static,
{
    Task::perform(
        async move {
            tokio::task::spawn_blocking(work)
                .await
                .unwrap_or_else(|stopped| Err(Stopped(stopped).into()))
        },
        done,
    )
}

/// Blocking work that ended without an answer.
#[derive(Debug)]
pub(crate) struct Stopped(tokio::task::JoinError);

impl Stopped {
    /// Carries the work's panic on, as if it had happened on the window's thread.
    pub(crate) fn resume(self) -> ! {
        match self.0.try_into_panic() {
            Ok(panic) => std::panic::resume_unwind(panic),
            Err(error) => panic!("{error}"),
        }
    }
}

impl std::fmt::Display for Stopped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for Stopped {}

impl From<Stopped> for std::io::Error {
    fn from(stopped: Stopped) -> Self {
        std::io::Error::other(stopped)
    }
}

impl From<Stopped> for Arc<std::io::Error> {
    fn from(stopped: Stopped) -> Self {
        Arc::new(stopped.into())
    }
}

impl From<Stopped> for StoreError {
    fn from(stopped: Stopped) -> Self {
        StoreError::Other(stopped.to_string())
    }
}

impl From<Stopped> for Arc<StoreError> {
    fn from(stopped: Stopped) -> Self {
        Arc::new(stopped.into())
    }
}

impl From<Stopped> for Arc<crate::core::settings::SaveError> {
    fn from(stopped: Stopped) -> Self {
        Arc::new(std::io::Error::from(stopped).into())
    }
}
