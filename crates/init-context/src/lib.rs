//! The run data that every `kadm init` phase receives: the resolved configuration, the paths it
//! works in (resolved under `--rootfs`), whether this is a dry run, where output goes, and what
//! earlier phases produced.
//!
//! Phase crates depend on this crate and on nothing of the binary: they print through
//! [`Output`], write files through [`InitContext::commit`], and hand results to later phases
//! through [`Products`].

mod authority;
mod exposure;
mod keys;
mod output;
pub mod paths;
mod products;

use std::sync::Arc;

use kadm_config::ValidConfig;
use kadm_node_fs::{FileSpec, FsError};
use kadm_phase_runner::{Event, Request, RunData, RunError, Workflow};

pub use authority::{Authorities, Authority, AuthorityError, AuthorityKind, authority_paths};
pub use exposure::exposed_mode;
pub use kadm_node_fs::Root;
pub use output::{Level, MemoryOutput, Output, OutputFormat, Progress, Stream, Tag, render};
pub use paths::{Paths, RelativeDir};
pub use products::Products;

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
    /// Where log lines, warnings and progress go.
    pub out: Arc<dyn Output>,
    /// Values earlier phases produced, for later phases.
    pub products: Products,
    /// The full paths of the phases this run will execute, in order (set by the caller before the
    /// run), so a parent can prepare work for exactly the children that will run.
    pub planned: Vec<String>,
}

/// A run targets a Kubernetes version (`kubernetesVersion`); deprecated phases compare with it.
impl RunData for InitContext {
    type Version = kadm_kube_version::Version;
}

impl InitContext {
    /// A context over the given config and paths, printing to `out`.
    pub fn new(config: ValidConfig, paths: Paths, out: Arc<dyn Output>) -> Self {
        Self {
            config,
            paths,
            dry_run: false,
            format: OutputFormat::Text,
            out,
            products: Products::default(),
            planned: Vec::new(),
        }
    }

    /// Plans `request` on `workflow`, records the plan in [`InitContext::planned`] (so parents can
    /// prepare for exactly the children that run), and runs it.
    pub fn run(
        &mut self,
        workflow: &Workflow<InitContext>,
        request: &Request<kadm_kube_version::Version>,
        observe: impl FnMut(Event<'_>),
    ) -> Result<(), RunError> {
        let plan = workflow.plan(request)?;
        self.planned = plan.paths().into_iter().map(String::from).collect();
        workflow.execute(&plan, self, observe)
    }

    /// Whether the phase at `path` is part of this run.
    pub fn is_planned(&self, path: &str) -> bool {
        self.planned.iter().any(|p| p == path)
    }

    /// Writes a batch of files atomically and durably, or, in a dry run, lists them and writes
    /// nothing. Secrets' contents are never printed.
    pub fn commit(&self, files: &[FileSpec]) -> Result<(), FsError> {
        if self.dry_run {
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
        self.paths.root.write_batch(files)
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
