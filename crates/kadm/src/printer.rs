//! The one place output is printed: log lines on stdout, warnings on stderr, JSON results, and
//! progress: bars on a terminal, plain lines with `--progress always` elsewhere.

// The one module that writes to the terminal (clippy.toml bans it elsewhere).
#![allow(clippy::disallowed_methods)]

use std::io::{IsTerminal, Write};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};
use kadm_init_context::{Level, Output, OutputFormat, Progress, Tag, render};

/// When progress bars are drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProgressMode {
    /// On a terminal, unless `CI` is set.
    Auto,
    /// Always (even on a pipe).
    Always,
    /// Never.
    Never,
}

/// `--progress` takes `auto`, `always` and `never` (the flag's help says what each means).
impl clap::ValueEnum for ProgressMode {
    fn value_variants<'a>() -> &'a [Self] {
        &[Self::Auto, Self::Always, Self::Never]
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(clap::builder::PossibleValue::new(match self {
            Self::Auto => "auto",
            Self::Always => "always",
            Self::Never => "never",
        }))
    }
}

/// How progress is shown on this run's stderr.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Drawing {
    /// Not at all.
    Off,
    /// Bars redrawn in place (a terminal).
    Bars,
    /// One plain line per step, no escape codes (`--progress always` on a pipe or a file).
    Lines,
}

impl ProgressMode {
    fn drawing(self, terminal: bool) -> Drawing {
        let ci = std::env::var_os("CI").is_some_and(|v| !v.is_empty() && v != "false");
        match (self, terminal) {
            (Self::Never, _) => Drawing::Off,
            (Self::Always, true) => Drawing::Bars,
            (Self::Always, false) => Drawing::Lines,
            (Self::Auto, true) if !ci => Drawing::Bars,
            (Self::Auto, _) => Drawing::Off,
        }
    }
}

/// The terminal printer.
pub struct Printer {
    format: OutputFormat,
    verbosity: u8,
    bars: Option<MultiProgress>,
    lines: bool,
    stdout_closed: AtomicBool,
    lock: Mutex<()>,
}

impl Printer {
    /// A printer for the given format, verbosity and progress mode.
    pub fn new(format: OutputFormat, verbosity: u8, progress: ProgressMode) -> Self {
        let drawing = progress.drawing(std::io::stderr().is_terminal());
        let bars = (drawing == Drawing::Bars)
            .then(|| MultiProgress::with_draw_target(ProgressDrawTarget::stderr()));
        Self {
            format,
            verbosity,
            bars,
            lines: drawing == Drawing::Lines,
            stdout_closed: AtomicBool::new(false),
            lock: Mutex::new(()),
        }
    }

    /// The verbosity (`-v`).
    pub fn verbosity(&self) -> u8 {
        self.verbosity
    }

    /// Prints to stdout; a closed pipe (`kadm ... | head`) silences the rest, it is not an error.
    pub fn stdout(&self, text: &str) {
        if self.stdout_closed.load(Ordering::Relaxed) {
            return;
        }
        let write = || {
            let mut out = std::io::stdout().lock();
            writeln!(out, "{text}").and_then(|_| out.flush())
        };
        let res = match &self.bars {
            Some(b) => b.suspend(write),
            None => write(),
        };
        if res.is_err() {
            self.stdout_closed.store(true, Ordering::Relaxed);
        }
    }

    /// A `-v` line about the run (`[phase] running certs/ca`): stderr, whatever the format.
    pub fn note(&self, tag: Tag, text: &str) {
        let _guard = self.lock.lock();
        self.stderr(&render(Level::Info, tag, text));
    }

    /// Prints to stderr.
    pub fn stderr(&self, text: &str) {
        let write = || {
            let _ = writeln!(std::io::stderr().lock(), "{text}");
        };
        match &self.bars {
            Some(b) => b.suspend(write),
            None => write(),
        }
    }
}

/// Asks `question` on stderr (`[y/N]` added) and reads one line of stdin: whether it says yes.
pub fn confirm(question: &str) -> std::io::Result<bool> {
    {
        let mut err = std::io::stderr().lock();
        write!(err, "{question} [y/N]: ")?;
        err.flush()?;
    }
    let mut answer = String::new();
    std::io::stdin().read_line(&mut answer)?;
    Ok(matches!(
        answer.trim().to_ascii_lowercase().as_str(),
        "y" | "yes"
    ))
}

/// Prints the error a run ends with on stderr (no [`Printer`] may exist yet: the phase tree or
/// the flags can be wrong).
pub fn error(text: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{text}");
}

struct Bar(ProgressBar);

impl Progress for Bar {
    fn inc(&self) {
        self.0.inc(1);
    }
}

impl Drop for Bar {
    fn drop(&mut self) {
        self.0.finish_and_clear();
    }
}

struct NoBar;
impl Progress for NoBar {
    fn inc(&self) {}
}

/// Progress as plain lines on stderr (`label: 3/11`), for a pipe or a log file.
struct Lines {
    label: String,
    total: u64,
    done: std::sync::atomic::AtomicU64,
}

impl Progress for Lines {
    fn inc(&self) {
        let done = self.done.fetch_add(1, Ordering::SeqCst) + 1;
        let _ = writeln!(
            std::io::stderr().lock(),
            "{}: {done}/{}",
            self.label,
            self.total
        );
    }
}

impl Output for Printer {
    fn emit(&self, level: Level, line: &str) {
        let _guard = self.lock.lock();
        match (level, self.format) {
            (Level::Info, OutputFormat::Text) => self.stdout(line),
            (Level::Info, OutputFormat::Json) | (Level::Warn, _) => self.stderr(line),
        }
    }

    fn progress(&self, label: &str, total: u64) -> Box<dyn Progress> {
        match &self.bars {
            Some(multi) => {
                let bar = multi.add(ProgressBar::new(total));
                let style = ProgressStyle::with_template("{spinner} {msg} [{bar:30}] {pos}/{len}")
                    .unwrap_or_else(|_| ProgressStyle::default_bar())
                    .progress_chars("=> ");
                bar.set_style(style);
                bar.set_message(label.to_string());
                bar.enable_steady_tick(Duration::from_millis(100));
                Box::new(Bar(bar))
            }
            None if self.lines => Box::new(Lines {
                label: label.to_string(),
                total,
                done: std::sync::atomic::AtomicU64::new(0),
            }),
            None => Box::new(NoBar),
        }
    }
}
