//! What a run did, phase by phase: the files each phase wrote or kept, its warnings and its
//! result. The context fills it as the run goes; the binary turns it into the `-o json` document
//! and the closing summary.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};

use kadm_pki::{Certificate, rfc3339, sha256_hex};

use crate::output::{Level, Output, Progress, Tag};

/// What happened to one phase of the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhaseStatus {
    /// Planned; the run ended (failed) before it.
    NotRun,
    /// It ran.
    Ran,
    /// It ran and only kept files that were already there.
    Reused,
    /// Its condition was not met.
    SkippedByCondition,
    /// `--skip-phases` or `skipPhases` left it out.
    SkippedByRequest,
    /// It failed: the run's error comes from it.
    Failed,
}

impl PhaseStatus {
    /// The status as the JSON document spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::NotRun => "notRun",
            Self::Ran => "ran",
            Self::Reused => "reused",
            Self::SkippedByCondition | Self::SkippedByRequest => "skipped",
            Self::Failed => "failed",
        }
    }

    /// Why a skipped phase was skipped.
    pub fn skip_reason(self) -> Option<&'static str> {
        match self {
            Self::SkippedByCondition => Some("condition"),
            Self::SkippedByRequest => Some("skipPhases"),
            _ => None,
        }
    }
}

/// What a phase did with a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileAction {
    /// Written (atomically) by this run.
    Written,
    /// A dry run: it would have been written.
    WouldWrite,
    /// Already there, checked and kept.
    Kept,
}

impl FileAction {
    /// The action as the JSON document spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Written => "written",
            Self::WouldWrite => "wouldWrite",
            Self::Kept => "kept",
        }
    }
}

/// A certificate's identity, read back from the bytes written or kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CertSummary {
    /// `CN=..., O=...`.
    pub subject: String,
    /// DNS names, then IP addresses.
    pub sans: Vec<String>,
    /// RFC 3339, UTC.
    pub not_after: String,
}

/// One file a phase wrote or kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileRecord {
    /// The path on this machine (under `--rootfs`).
    pub path: PathBuf,
    /// Written, would be written, or kept.
    pub action: FileAction,
    /// Permission bits (of the file kept, or given to the file written); `None` if unreadable.
    pub mode: Option<u32>,
    /// SHA-256 of the contents, lowercase hex; `None` if a kept file could not be read.
    pub sha256: Option<String>,
    /// For a PEM certificate (its first block): what it says.
    pub certificate: Option<CertSummary>,
}

impl FileRecord {
    /// The record of `contents` at `path`.
    pub fn of(path: &Path, action: FileAction, mode: Option<u32>, contents: Option<&[u8]>) -> Self {
        Self {
            path: path.to_path_buf(),
            action,
            mode,
            sha256: contents.map(sha256_hex),
            certificate: contents.and_then(|c| cert_summary(path, c)),
        }
    }
}

/// The subject, SANs and expiry of the first PEM block of `contents`, when it is a certificate.
fn cert_summary(path: &Path, contents: &[u8]) -> Option<CertSummary> {
    let text = std::str::from_utf8(contents).ok()?;
    if !text.trim_start().starts_with("-----BEGIN CERTIFICATE-----") {
        return None;
    }
    let cert = Certificate::from_pem(text, path).ok()?;
    let ips = cert.ip_addresses().into_iter().map(|ip| ip.to_string());
    Some(CertSummary {
        subject: cert.subject_line(),
        sans: cert.dns_names().into_iter().chain(ips).collect(),
        not_after: rfc3339(cert.not_after()),
    })
}

/// One phase of the run.
#[derive(Debug, Clone, PartialEq)]
pub struct PhaseRecord {
    /// Its full path (`certs/ca`).
    pub path: String,
    /// What happened to it.
    pub status: PhaseStatus,
    /// The files it wrote or kept, in order.
    pub files: Vec<FileRecord>,
    /// Its warnings, without the `[WARNING]` mark or tag.
    pub warnings: Vec<String>,
    /// Its structured result, if it has one (`kubelet-finalize/cert-rotation`).
    pub result: Option<serde_json::Value>,
    /// The objects it applied to the API server (an online run), each as `-o json` lists it.
    pub objects: Vec<serde_json::Value>,
}

/// Everything recorded so far.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RunReport {
    /// The planned and skipped phases, in workflow order.
    pub phases: Vec<PhaseRecord>,
    /// Warnings about the run as a whole (configuration, deprecations, the lock).
    pub warnings: Vec<String>,
    /// Files written or kept outside any phase (a run driven without [`crate::InitContext::run`]).
    pub files: Vec<FileRecord>,
    current: Option<usize>,
}

impl RunReport {
    /// Every file of the run, phases first.
    pub fn all_files(&self) -> impl Iterator<Item = &FileRecord> {
        self.phases.iter().flat_map(|p| &p.files).chain(&self.files)
    }

    /// The phase running now, if any.
    fn current(&mut self) -> Option<&mut PhaseRecord> {
        self.current.and_then(|i| self.phases.get_mut(i))
    }
}

/// The shared, thread-safe record of a run.
#[derive(Debug, Default)]
pub struct RunRecord(Mutex<RunReport>);

impl RunRecord {
    fn state(&self) -> MutexGuard<'_, RunReport> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// A copy of what is recorded.
    pub fn report(&self) -> RunReport {
        self.state().clone()
    }

    /// Lists the phases of a plan before it runs: each `(path, skipped by request)`.
    pub(crate) fn plan(&self, phases: impl IntoIterator<Item = (String, bool)>) {
        let mut s = self.state();
        s.phases = phases
            .into_iter()
            .map(|(path, skipped)| PhaseRecord {
                path,
                status: if skipped {
                    PhaseStatus::SkippedByRequest
                } else {
                    PhaseStatus::NotRun
                },
                files: Vec::new(),
                warnings: Vec::new(),
                result: None,
                objects: Vec::new(),
            })
            .collect();
        s.current = None;
    }

    /// Marks the phase at `path` and makes it the current one (or none, for a skipped phase).
    pub(crate) fn set(&self, path: &str, status: PhaseStatus) {
        let mut s = self.state();
        let i = s.phases.iter().position(|p| p.path == path);
        if let Some(p) = i.and_then(|i| s.phases.get_mut(i)) {
            p.status = status;
        }
        s.current = i.filter(|_| status == PhaseStatus::Ran);
    }

    /// The run is over: a phase that only kept files is `reused`; the current phase failed if
    /// `failed` (its path) says so.
    pub(crate) fn finish(&self, failed: Option<&str>) {
        let mut s = self.state();
        for p in &mut s.phases {
            if failed == Some(p.path.as_str()) {
                p.status = PhaseStatus::Failed;
            } else if p.status == PhaseStatus::Ran
                && !p.files.is_empty()
                && p.files.iter().all(|f| f.action == FileAction::Kept)
            {
                p.status = PhaseStatus::Reused;
            }
        }
        s.current = None;
    }

    /// Records a file of the current phase.
    pub fn file(&self, file: FileRecord) {
        let mut s = self.state();
        match s.current() {
            Some(p) => p.files.push(file),
            None => s.files.push(file),
        }
    }

    /// Records the current phase's structured result.
    pub fn result(&self, value: serde_json::Value) {
        let mut s = self.state();
        if let Some(p) = s.current() {
            p.result = Some(value);
        }
    }

    /// Records the objects the current phase applied from `file` with `kubeconfig`.
    pub fn objects(&self, file: &str, kubeconfig: &str, applied: &[kadm_kube_api::Applied]) {
        let mut s = self.state();
        if let Some(p) = s.current() {
            p.objects.extend(
                applied
                    .iter()
                    .map(|a| crate::cluster::object_json(file, kubeconfig, a)),
            );
        }
    }

    /// Records a warning about the run as a whole (a deprecated phase, whatever runs now).
    pub(crate) fn run_warning(&self, text: &str) {
        self.state().warnings.push(text.to_string());
    }

    /// Records a warning: the current phase's, or the run's.
    pub fn warning(&self, text: &str) {
        let mut s = self.state();
        match s.current() {
            Some(p) => p.warnings.push(text.to_string()),
            None => s.warnings.push(text.to_string()),
        }
    }
}

/// An [`Output`] that records every warning in a [`RunRecord`] and passes everything on.
pub(crate) struct Recorded {
    pub(crate) inner: Arc<dyn Output>,
    pub(crate) record: Arc<RunRecord>,
}

impl Output for Recorded {
    fn emit(&self, level: Level, line: &str) {
        self.inner.emit(level, line);
    }

    fn progress(&self, label: &str, total: u64) -> Box<dyn Progress> {
        self.inner.progress(label, total)
    }

    fn warn(&self, tag: Tag, text: &str) {
        self.record.warning(text);
        self.inner.warn(tag, text);
    }

    fn warn_check(&self, check: &str, text: &str) {
        self.record.warning(&format!("[{check}]: {text}"));
        self.inner.warn_check(check, text);
    }
}

#[cfg(test)]
mod tests {
    use kadm_node_fs::FileSpec;
    use kadm_phase_runner::{Deprecation, Phase, Request, Workflow};

    use super::*;
    use crate::InitContext;

    fn write(name: &'static str) -> Phase<InitContext> {
        Phase::new(name).run(move |ctx: &mut InitContext| {
            let path = ctx.paths.cert_dir.join(format!("{name}.txt"));
            if ctx.fs().exists(&path)? {
                ctx.kept(&path);
            } else {
                ctx.commit(&[FileSpec::public(path, name)])?;
            }
            ctx.out.warn(Tag::new(name), &format!("{name} says"));
            Ok(())
        })
    }

    fn workflow() -> Workflow<InitContext> {
        let old = Deprecation {
            replacement: "a".into(),
            deprecated_in: kadm_kube_version::Version::new(1, 0, 0),
            removed_in: None,
        };
        Workflow::new(
            "init",
            vec![
                write("a"),
                write("old").deprecated(old),
                write("b"),
                Phase::new("c").run(|_: &mut InitContext| Err("c broke".into())),
                write("d"),
            ],
        )
        .unwrap()
    }

    fn run(ctx: &mut InitContext, targets: &[&str], skip: &[&str]) -> RunReport {
        let request = Request {
            targets: targets.iter().map(|s| s.to_string()).collect(),
            skip: skip.iter().map(|s| s.to_string()).collect(),
            target_version: Some(kadm_kube_version::Version::new(1, 33, 0)),
        };
        let _ = ctx.run(&workflow(), &request, |_| {});
        ctx.record.report()
    }

    fn statuses(report: &RunReport) -> Vec<(&str, PhaseStatus)> {
        report
            .phases
            .iter()
            .map(|p| (p.path.as_str(), p.status))
            .collect()
    }

    /// Each phase gets its own files and warnings; a phase that only kept files is reused; the
    /// failing phase and those after it are told apart; a deprecation is the run's warning.
    #[test]
    fn each_phase_gets_its_status_files_and_warnings() {
        let dir = tempfile::tempdir().unwrap();
        let mut ctx = crate::test_context(dir.path());
        let first = run(&mut ctx, &["a", "old", "b"], &[]);
        assert_eq!(
            statuses(&first),
            [
                ("a", PhaseStatus::Ran),
                ("old", PhaseStatus::Ran),
                ("b", PhaseStatus::Ran)
            ]
        );
        assert_eq!(first.phases[2].warnings, ["b says"]);
        assert_eq!(first.phases[2].files[0].action, FileAction::Written);
        assert_eq!(
            first.phases[2].files[0].sha256.as_deref(),
            Some(sha256_hex(b"b").as_str())
        );
        assert_eq!(first.warnings.len(), 1, "{:?}", first.warnings);
        assert!(first.warnings[0].contains("'old' is deprecated"));

        let mut ctx = crate::test_context(dir.path());
        let second = run(&mut ctx, &[], &["b"]);
        assert_eq!(
            statuses(&second),
            [
                ("a", PhaseStatus::Reused),
                ("b", PhaseStatus::SkippedByRequest),
                ("c", PhaseStatus::Failed),
                ("d", PhaseStatus::NotRun)
            ]
        );
        let kept = &second.phases[0].files[0];
        assert_eq!((kept.action, kept.mode), (FileAction::Kept, Some(0o644)));
        assert!(second.warnings.is_empty(), "{:?}", second.warnings);
    }
}
