//! Progress bars for steps that can take more than a second. They draw on standard error
//! only when it is a terminal, so scripts and logs stay clean.

use indicatif::{ProgressBar, ProgressStyle};

/// A bar for a step with a known number of records; `update` is what the store calls.
pub(crate) struct Progress {
    bar: ProgressBar,
}

impl Progress {
    pub(crate) fn new(message: &'static str) -> Progress {
        let bar = ProgressBar::new(0);
        bar.set_style(
            ProgressStyle::with_template("{msg:<24} [{bar:30}] {pos}/{len} ({elapsed})")
                .expect("the progress template is valid")
                .progress_chars("=> "),
        );
        bar.set_message(message);
        Progress { bar }
    }

    pub(crate) fn update(&self, done: u64, total: u64) {
        self.bar.set_length(total);
        self.bar.set_position(done);
    }

    pub(crate) fn finish(self) {
        self.bar.finish_and_clear();
    }
}
