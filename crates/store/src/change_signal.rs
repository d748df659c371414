//! Waking the followers of the change log (the search index, the catalogue): on
//! PostgreSQL every statement that appends to the log notifies the channel `vawdb_changes`,
//! and a listener of each process turns those notifications into a signal; a process may
//! also signal its own writes. Followers still look at the log on a timer, so a lost
//! notification only delays them.

use std::{sync::Mutex, time::Duration};

use sqlx::postgres::PgListener;
use tokio::{sync::watch, task::JoinHandle};

use crate::connection::Store;

/// The channel the change log's trigger notifies (migration 0009).
const CHANNEL: &str = "vawdb_changes";

/// How long the listener waits before connecting again after losing its connection.
const RECONNECT_AFTER: Duration = Duration::from_secs(1);

/// The signal, and the listener task that feeds it on PostgreSQL.
#[derive(Debug)]
pub(crate) struct ChangeSignal {
    sender: watch::Sender<u64>,
    listener: Mutex<Option<JoinHandle<()>>>,
}

impl ChangeSignal {
    /// A signal fed only by [`Store::signal_change`] (SQLite: one process writes).
    pub(crate) fn local() -> ChangeSignal {
        ChangeSignal { sender: watch::channel(0).0, listener: Mutex::new(None) }
    }

    /// A signal also fed by PostgreSQL's notifications on [`CHANNEL`], from a listener on its
    /// own connection to `url`.
    pub(crate) fn listening(url: String) -> ChangeSignal {
        let signal = ChangeSignal::local();
        let sender = signal.sender.clone();
        let task = tokio::spawn(async move {
            loop {
                let Err(error) = listen(&url, &sender).await;
                tracing::warn!(%error, "lost the change-log notifications; polling until they are back");
                tokio::time::sleep(RECONNECT_AFTER).await;
                // Changes may have been written while nobody listened.
                bump(&sender);
            }
        });
        *signal.listener.lock().unwrap_or_else(std::sync::PoisonError::into_inner) = Some(task);
        signal
    }

    pub(crate) fn stop(&self) {
        if let Some(task) = self.listener.lock().unwrap_or_else(std::sync::PoisonError::into_inner).take() {
            task.abort();
        }
    }
}

impl Drop for ChangeSignal {
    /// The listener's connection is closed with the last clone of the store.
    fn drop(&mut self) {
        self.stop();
    }
}

/// Listens until the connection fails.
async fn listen(url: &str, sender: &watch::Sender<u64>) -> Result<std::convert::Infallible, sqlx::Error> {
    let mut listener = PgListener::connect(url).await?;
    listener.listen(CHANNEL).await?;
    loop {
        listener.recv().await?;
        bump(sender);
    }
}

fn bump(sender: &watch::Sender<u64>) {
    sender.send_modify(|count| *count = count.wrapping_add(1));
}

impl Store {
    /// A receiver that is marked changed whenever the change log may have grown: at once on
    /// PostgreSQL (from any process), and on SQLite when this process calls
    /// [`Store::signal_change`]. Followers wait on it or on their timer, whichever comes
    /// first.
    pub fn change_signal(&self) -> watch::Receiver<u64> {
        self.signal.sender.subscribe()
    }

    /// Tells this process's followers that it has just written to the store, so that they
    /// catch up now rather than at their next look.
    pub fn signal_change(&self) {
        bump(&self.signal.sender);
    }

    /// How often a follower looks at the change log when no signal comes: often on SQLite,
    /// where only this process's own writes signal; seldom on PostgreSQL, where every
    /// write does.
    pub fn follow_interval(&self) -> Duration {
        match self.backend() {
            crate::location::Backend::Sqlite => Duration::from_millis(200),
            crate::location::Backend::Postgres => Duration::from_secs(1),
        }
    }
}
