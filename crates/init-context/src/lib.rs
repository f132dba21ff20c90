//! The run data that every `kadm init` phase receives: the resolved configuration, the paths it
//! works in (resolved under `--rootfs`), whether this is a dry run, where output goes, and what
//! earlier phases produced.
//!
//! Phase crates depend on this crate and on nothing of the binary: they print through
//! [`Output`], write files through [`InitContext::commit`], and hand results to later phases
//! through [`Products`].

mod authority;
mod cluster;
mod exposure;
mod keys;
mod output;
pub mod paths;
mod products;
mod record;

use std::sync::Arc;

use kadm_config::ValidConfig;
use std::path::Path;

use kadm_node_fs::{FileSpec, FsError, Limit};
use kadm_phase_runner::{Event, Request, RunData, RunError, Workflow};

pub use authority::{Authorities, Authority, AuthorityError, AuthorityKind, authority_paths};
pub use cluster::{ApiLink, ClusterError, Credentials, object_json};
pub use exposure::exposed_mode;
pub use kadm_node_fs::Root;
pub use output::{
    Level, MemoryOutput, Output, OutputFormat, Progress, Stream, Tag, render, render_check,
};
pub use paths::{Paths, RelativeDir};
pub use products::Products;
pub use record::{
    CertSummary, FileAction, FileRecord, PhaseRecord, PhaseStatus, RunRecord, RunReport,
};

/// An error and its causes on one line (`error: cause: cause`), for an error that shows its
/// cause inside its own message (before a fix, say) and so does not return it from `source()`.
pub struct Causes<'a>(pub &'a (dyn std::error::Error + 'static));

impl std::fmt::Display for Causes<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)?;
        let mut next = self.0.source();
        while let Some(cause) = next {
            write!(f, ": {cause}")?;
            next = cause.source();
        }
        Ok(())
    }
}

/// Everything the phases of one `kadm init` run share.
pub struct InitContext {
    /// The configuration after defaults, the config file and flag overrides, validated and typed.
    pub config: ValidConfig,
    /// Directories the phases read and write, already under the rootfs.
    pub paths: Paths,
    /// When true, phases report what they would write and write nothing.
    pub dry_run: bool,
    /// Text or JSON results.
    pub format: OutputFormat,
    /// Where log lines, warnings and progress go (every warning is also recorded in `record`).
    pub out: Arc<dyn Output>,
    /// What the run did, phase by phase: files written and kept, warnings, results.
    pub record: Arc<RunRecord>,
    /// Values earlier phases produced, for later phases.
    pub products: Products,
    /// The full paths of the phases this run will execute, in order (set by the caller before the
    /// run), so a parent can prepare work for exactly the children that will run.
    pub planned: Vec<String>,
    /// How the run reaches the API server, when it talks to it (`kadm init` on the node, or
    /// `--apply`); none when the cluster's objects are only written as manifests.
    pub api: Option<ApiLink>,
    /// The API clients made so far.
    clients: cluster::Clients,
}

/// A run targets a Kubernetes version (`kubernetesVersion`); deprecated phases compare with it.
impl RunData for InitContext {
    type Version = kadm_kube_version::Version;
}

impl InitContext {
    /// A context over the given config and paths, printing to `out`.
    pub fn new(config: ValidConfig, paths: Paths, out: Arc<dyn Output>) -> Self {
        let record = Arc::new(RunRecord::default());
        let out = Arc::new(record::Recorded {
            inner: out,
            record: record.clone(),
        });
        Self {
            config,
            paths,
            dry_run: false,
            format: OutputFormat::Text,
            out,
            record,
            products: Products::default(),
            planned: Vec::new(),
            api: None,
            clients: cluster::Clients::default(),
        }
    }

    /// Plans `request` on `workflow`, records the plan in [`InitContext::planned`] (so parents can
    /// prepare for exactly the children that run), and runs it, recording in
    /// [`InitContext::record`] what happens to each phase.
    pub fn run(
        &mut self,
        workflow: &Workflow<InitContext>,
        request: &Request<kadm_kube_version::Version>,
        mut observe: impl FnMut(Event<'_>),
    ) -> Result<(), RunError> {
        let plan = workflow.plan(request)?;
        self.planned = plan.paths().into_iter().map(String::from).collect();
        let record = self.record.clone();
        record.plan(workflow.nodes().into_iter().filter_map(|n| {
            let skipped = plan.skipped.contains(&n.path);
            (skipped || self.is_planned(&n.path)).then_some((n.path, skipped))
        }));
        let result = workflow.execute(&plan, self, |event| {
            match &event {
                Event::Started(p) => record.set(p, PhaseStatus::Ran),
                Event::SkippedByCondition(p) => record.set(p, PhaseStatus::SkippedByCondition),
                Event::Warning(w) => record.run_warning(w),
            }
            observe(event)
        });
        record.finish(match &result {
            Err(RunError::Phase { path, .. } | RunError::Condition { path, .. }) => Some(path),
            _ => None,
        });
        result
    }

    /// Whether the phase at `path` is part of this run.
    pub fn is_planned(&self, path: &str) -> bool {
        self.planned.iter().any(|p| p == path)
    }

    /// Writes a batch of files atomically and durably, or, in a dry run, lists them and writes
    /// nothing. Secrets' contents are never printed. Each file is recorded (path, mode, digest).
    pub fn commit(&self, files: &[FileSpec]) -> Result<(), FsError> {
        let action = if self.dry_run {
            FileAction::WouldWrite
        } else {
            FileAction::Written
        };
        let record = |f: &FileSpec| {
            self.record.file(FileRecord::of(
                &f.path,
                action,
                Some(f.mode),
                Some(&f.contents),
            ))
        };
        if self.dry_run {
            files.iter().for_each(record);
            for f in files {
                self.out.info(
                    Tag::DRY_RUN,
                    &format!(
                        "Would write file {:?} with mode {:04o} ({} bytes)",
                        f.path.display().to_string(),
                        f.mode,
                        f.contents.len()
                    ),
                );
            }
            return Ok(());
        }
        self.paths.root.write_batch(files)?;
        files.iter().for_each(record);
        Ok(())
    }

    /// Writes the files that differ from what is on disk, in one batch (as [`InitContext::commit`]),
    /// and records the others as kept: a file already holding exactly these bytes, with this mode,
    /// is not touched (not even its time stamp), so a second run changes nothing. Returns, per
    /// file in order, whether it is written (or, in a dry run, would be).
    pub fn commit_changed(&self, files: Vec<FileSpec>) -> Result<Vec<bool>, FsError> {
        let mut changed = Vec::new();
        let mut written = Vec::with_capacity(files.len());
        for file in files {
            let same = self.holds(&file)?;
            if same {
                self.kept(&file.path);
            } else {
                changed.push(file);
            }
            written.push(!same);
        }
        if !changed.is_empty() {
            self.commit(&changed)?;
        }
        Ok(written)
    }

    /// Whether the regular file at `file.path` holds exactly `file.contents` with `file.mode`.
    fn holds(&self, file: &FileSpec) -> Result<bool, FsError> {
        let root = self.fs();
        let Some(entry) = root.entry(&file.path)? else {
            return Ok(false);
        };
        let len = file.contents.len() as u64;
        if !entry.is_file() || entry.mode() != file.mode || entry.size() != len {
            return Ok(false);
        }
        let limit = Limit::new(len, "file kadm compares with what it would write");
        Ok(root.read_if_exists(&file.path, limit)?.as_deref() == Some(file.contents.as_slice()))
    }

    /// Records that the current phase kept the existing file at `path` (its mode and digest are
    /// read back; a file that cannot be read is recorded without them).
    pub fn kept(&self, path: &Path) {
        let root = self.fs();
        let mode = root.entry(path).ok().flatten().map(|e| e.mode());
        let contents = root.read(path, Limit::KUBECONFIG).ok();
        self.record.file(FileRecord::of(
            path,
            FileAction::Kept,
            mode,
            contents.as_deref(),
        ));
    }

    /// Records the current phase's structured result (the `result` of its phase in the
    /// `-o json` document).
    pub fn result(&self, value: serde_json::Value) {
        self.record.result(value);
    }

    /// The node's filesystem: every read goes through it (bounded, inside `--rootfs`).
    pub fn fs(&self) -> &Root {
        &self.paths.root
    }
}

/// A context over kubeadm's defaults for a node named `node-1`, with its files under `dir`.
#[cfg(test)]
pub(crate) fn test_context(dir: &std::path::Path) -> InitContext {
    let config = kadm_config::Config::defaults(&kadm_config::HostFacts {
        hostname: "node-1".into(),
        default_ipv4: None,
    });
    test_context_with(dir, config)
}

/// A test context over `dir` with `config` (validated).
#[cfg(test)]
pub(crate) fn test_context_with(dir: &std::path::Path, config: kadm_config::Config) -> InitContext {
    let paths = Paths::defaults_under(Root::at(dir));
    InitContext::new(
        config.validate().expect("a valid test config"),
        paths,
        Arc::new(MemoryOutput::default()),
    )
}
