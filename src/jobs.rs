//! Work that may take more than a moment (opening a large file, exporting a large picture,
//! a large force layout) runs on another thread, so the window keeps answering and can say
//! what it is doing.

use std::sync::mpsc::{Receiver, RecvTimeoutError, TryRecvError, channel};
use std::time::{Duration, Instant};

/// How long the window waits for a job before it goes on without it: work done within this
/// is shown at once, as if done on the spot; longer work shows its progress.
pub(crate) const FOREGROUND: Duration = Duration::from_millis(150);

/// How often the status line is refreshed while a job runs.
pub(crate) const REFRESH: Duration = Duration::from_millis(250);

/// One piece of work on another thread, and what it is, for the status line.
pub(crate) struct Job<T> {
    rx: Receiver<T>,
    started: Instant,
    /// What is being done, as the status line says it ("Opening nodes.csv").
    pub what: String,
}

/// Where a job has got to.
pub(crate) enum Poll<T> {
    Done(T),
    Running,
    /// The thread ended without an answer (it panicked).
    Lost,
}

impl<T: Send + 'static> Job<T> {
    /// Start `work` on a thread of its own, named after what it does (debuggers and
    /// profilers show "bridges: Opening nodes.csv"), writing in the caller's language. Should no thread be had, the job is
    /// reported lost at its first poll, never a panic.
    pub(crate) fn spawn(what: impl Into<String>, work: impl FnOnce() -> T + Send + 'static) -> Self {
        let what = what.into();
        let (tx, rx) = channel();
        // The job writes its messages (problems found, errors) in the caller's language.
        let lang = crate::messages::current();
        let spawned = std::thread::Builder::new().name(format!("bridges: {what}")).spawn(move || {
            crate::messages::set(lang);
            // The receiver may be gone (the job was replaced): the result is not wanted then.
            let _ = tx.send(work());
        });
        if let Err(e) = spawned {
            log::error!("could not start a thread for {what}: {e}");
        }
        Self { rx, started: Instant::now(), what }
    }

    /// The result if it is ready within `wait`.
    pub(crate) fn wait(&self, wait: Duration) -> Poll<T> {
        match self.rx.recv_timeout(wait) {
            Ok(t) => Poll::Done(t),
            Err(RecvTimeoutError::Timeout) => Poll::Running,
            Err(RecvTimeoutError::Disconnected) => Poll::Lost,
        }
    }

    /// The result if it is ready now.
    pub(crate) fn poll(&self) -> Poll<T> {
        match self.rx.try_recv() {
            Ok(t) => Poll::Done(t),
            Err(TryRecvError::Empty) => Poll::Running,
            Err(TryRecvError::Disconnected) => Poll::Lost,
        }
    }

    pub(crate) fn elapsed(&self) -> Duration {
        self.started.elapsed()
    }

    /// "Opening nodes.csv… 3 s": what the status line shows while it runs.
    pub(crate) fn progress(&self) -> String {
        format!("{}… {:.0} s", self.what, self.elapsed().as_secs_f64().floor())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quick_work_is_done_within_the_wait_and_slow_work_is_reported_running() {
        let quick = Job::spawn("Adding", || 2 + 2);
        assert!(matches!(quick.wait(Duration::from_secs(10)), Poll::Done(4)));
        let (go, gate) = channel::<()>();
        let slow = Job::spawn("Waiting", move || gate.recv().is_ok());
        assert!(matches!(slow.wait(Duration::from_millis(20)), Poll::Running));
        assert!(matches!(slow.poll(), Poll::Running));
        assert!(slow.progress().starts_with("Waiting… "), "{}", slow.progress());
        go.send(()).expect("the job waits for this");
        assert!(matches!(slow.wait(Duration::from_secs(10)), Poll::Done(true)));
    }

    #[test]
    fn a_job_runs_on_a_thread_named_after_it() {
        let job = Job::spawn("Naming", || std::thread::current().name().map(str::to_owned));
        assert!(matches!(job.wait(Duration::from_secs(10)), Poll::Done(Some(n)) if n == "bridges: Naming"));
    }

    #[test]
    fn a_job_that_panics_is_reported_lost_not_hung() {
        let job: Job<u8> = Job::spawn("Failing", || panic!("on purpose"));
        assert!(matches!(job.wait(Duration::from_secs(10)), Poll::Lost));
    }
}
