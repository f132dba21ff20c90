//! The output sink phases print through; the binary implements it for the terminal.

use std::sync::Mutex;

/// Whether results are shown as text or as one JSON object.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum OutputFormat {
    /// Log lines in kubeadm's style.
    #[default]
    Text,
    /// Log lines move to stderr; results are printed as JSON on stdout.
    Json,
}

/// Which stream a recorded line went to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    /// A log line (stdout in text mode).
    Info,
    /// A warning (stderr).
    Warn,
    /// A JSON result (stdout).
    Json,
}

/// Progress of a long step; dropping it ends it.
pub trait Progress: Send + Sync {
    /// One more unit done.
    fn inc(&self);
}

/// Where phases send what they have to say.
pub trait Output: Send + Sync {
    /// A log line such as `[certs] Generating "ca" certificate and key`.
    fn info(&self, line: &str);
    /// A warning, shown on stderr.
    fn warn(&self, line: &str);
    /// A structured result (shown with `-o json`).
    fn json(&self, value: &serde_json::Value);
    /// Starts a progress indicator of `total` units (drawn only on a terminal).
    fn progress(&self, label: &str, total: u64) -> Box<dyn Progress>;
}

/// An [`Output`] that records every line, for tests.
#[derive(Debug, Default)]
pub struct MemoryOutput {
    lines: Mutex<Vec<(Stream, String)>>,
}

struct NoProgress;
impl Progress for NoProgress {
    fn inc(&self) {}
}

impl MemoryOutput {
    /// Every recorded line with its stream, in order.
    pub fn lines(&self) -> Vec<(Stream, String)> {
        self.lines.lock().map(|l| l.clone()).unwrap_or_default()
    }

    /// The recorded lines of one stream.
    pub fn of(&self, stream: Stream) -> Vec<String> {
        self.lines()
            .into_iter()
            .filter(|(s, _)| *s == stream)
            .map(|(_, l)| l)
            .collect()
    }

    fn push(&self, stream: Stream, line: String) {
        if let Ok(mut l) = self.lines.lock() {
            l.push((stream, line));
        }
    }
}

impl Output for MemoryOutput {
    fn info(&self, line: &str) {
        self.push(Stream::Info, line.to_string());
    }
    fn warn(&self, line: &str) {
        self.push(Stream::Warn, line.to_string());
    }
    fn json(&self, value: &serde_json::Value) {
        self.push(Stream::Json, value.to_string());
    }
    fn progress(&self, _label: &str, _total: u64) -> Box<dyn Progress> {
        Box::new(NoProgress)
    }
}
