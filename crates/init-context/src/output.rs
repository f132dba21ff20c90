//! The output sink phases print through; the binary implements it for the terminal.

use std::sync::Mutex;

/// Whether results are shown as text or as one JSON object.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum OutputFormat {
    /// Log lines in kubeadm's style.
    #[default]
    Text,
    /// Log lines move to stderr; stdout carries one JSON document describing the run.
    Json,
}

/// Which stream a recorded line went to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    /// A log line (stdout in text mode).
    Info,
    /// A warning (stderr).
    Warn,
}

/// Progress of a long step; dropping it ends it.
pub trait Progress: Send + Sync {
    /// One more unit done.
    fn inc(&self);
}

/// Who a line is from: the bracketed tag it starts with (`[certs]`), or none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tag(Option<&'static str>);

impl Tag {
    /// The tag `[name]`, usually a phase's name: `Tag::new("certs")`.
    pub const fn new(name: &'static str) -> Self {
        Tag(Some(name))
    }

    /// No tag: the line stands alone (a configuration warning, an indented continuation).
    pub const NONE: Tag = Tag(None);

    /// `[dryrun]`: what a dry run would have done.
    pub const DRY_RUN: Tag = Tag::new("dryrun");
}

/// How much a line matters, which decides its stream and its mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// A log line: stdout in text mode, stderr with `-o json`.
    Info,
    /// A warning: stderr, marked `[WARNING]`.
    Warn,
}

/// A line as the user reads it: `[certs] text`; a warning is `[WARNING] [certs] text`. The one
/// place the tag and the warning mark are added, each once.
pub fn render(level: Level, tag: Tag, text: &str) -> String {
    let mark = match level {
        Level::Info => "",
        Level::Warn => "[WARNING] ",
    };
    match tag.0 {
        Some(name) => format!("{mark}[{name}] {text}"),
        None => format!("{mark}{text}"),
    }
}

/// Where phases send what they have to say. Phases call [`Output::info`] and [`Output::warn`],
/// which add the tag and the warning mark; a sink implements [`Output::emit`] and only chooses the
/// stream.
pub trait Output: Send + Sync {
    /// Prints a line already rendered by [`render`] (for sinks; phases call `info` or `warn`).
    fn emit(&self, level: Level, line: &str);
    /// Starts a progress indicator of `total` units (drawn only on a terminal).
    fn progress(&self, label: &str, total: u64) -> Box<dyn Progress>;

    /// A log line from `tag`, such as `[certs] Generating "ca" certificate and key`.
    fn info(&self, tag: Tag, text: &str) {
        self.emit(Level::Info, &render(Level::Info, tag, text));
    }

    /// A warning from `tag`, shown on stderr as `[WARNING] [certs] text`; `text` carries no
    /// mark of its own.
    fn warn(&self, tag: Tag, text: &str) {
        self.emit(Level::Warn, &render(Level::Warn, tag, text));
    }

    /// A warning of the named preflight check, marked as kubeadm marks it:
    /// `\t[WARNING Swap]: text` (the check's name takes the place of the tag).
    fn warn_check(&self, check: &str, text: &str) {
        self.emit(Level::Warn, &render_check(check, text));
    }
}

/// A preflight check's warning line as kubeadm prints it: `\t[WARNING Name]: text`.
pub fn render_check(check: &str, text: &str) -> String {
    format!("\t[WARNING {check}]: {text}")
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
    fn emit(&self, level: Level, line: &str) {
        let stream = match level {
            Level::Info => Stream::Info,
            Level::Warn => Stream::Warn,
        };
        self.push(stream, line.to_string());
    }
    fn progress(&self, _label: &str, _total: u64) -> Box<dyn Progress> {
        Box::new(NoProgress)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tag_and_the_warning_mark_are_added_once() {
        let out = MemoryOutput::default();
        let kubeconfig = Tag::new("kubeconfig");
        out.info(kubeconfig, "Writing \"admin.conf\" kubeconfig file");
        out.warn(
            kubeconfig,
            "the existing kubeconfig file \"admin.conf\" points elsewhere",
        );
        out.warn(Tag::NONE, "certificateValidityPeriod: 9000h is long");
        out.info(Tag::NONE, "\tapiVersion: v1");
        out.warn_check("Swap", "swap is on");
        assert_eq!(
            out.lines(),
            [
                (
                    Stream::Info,
                    "[kubeconfig] Writing \"admin.conf\" kubeconfig file".to_string()
                ),
                (
                    Stream::Warn,
                    "[WARNING] [kubeconfig] the existing kubeconfig file \"admin.conf\" points elsewhere"
                        .to_string()
                ),
                (
                    Stream::Warn,
                    "[WARNING] certificateValidityPeriod: 9000h is long".to_string()
                ),
                (Stream::Info, "\tapiVersion: v1".to_string()),
                (Stream::Warn, "\t[WARNING Swap]: swap is on".to_string()),
            ]
        );
    }
}
