//! What each subcommand does: turn flags into a config and a request, run, print.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context as _, Result};
use clap::ArgMatches;
use kadm_config::{Config, HostFacts, ValidConfig};
use kadm_init_context::{ApiLink, InitContext, Output, OutputFormat, Paths, Root, RunReport, Tag};
use kadm_node_fs::{FileSpec, MODE_SECRET};
use kadm_node_fs::{LockMode, RootLock};
use kadm_phase_runner::{Event, Request, Workflow};

use crate::cli::{self, CommonArgs, InitArgs, KubeconfigFormat, NodeArgs, SkipArgs, UserArgs};
use crate::printer::Printer;
use crate::report;

/// Runs the subcommand the user chose.
pub(crate) fn dispatch(
    workflow: &Workflow<InitContext>,
    join: &Workflow<InitContext>,
    m: &ArgMatches,
) -> Result<()> {
    match m.subcommand() {
        Some(("init", sub)) => init(workflow, sub),
        Some(("join", sub)) => crate::join::join(join, sub),
        Some(("reset", sub)) => crate::reset::reset(sub),
        Some(("apply-objects", sub)) => crate::apply_objects::run(sub),
        Some(("kubeconfig", sub)) => match sub.subcommand() {
            Some(("user", u)) => kubeconfig_user(u),
            _ => unreachable_subcommand(),
        },
        Some(("config", sub)) => match sub.subcommand() {
            Some(("print", p)) if p.subcommand_name() == Some("init-defaults") => {
                printer(sub, OutputFormat::Text)?
                    .stdout(kadm_config::init_defaults_yaml(&HostFacts::detect()).trim_end());
                Ok(())
            }
            _ => unreachable_subcommand(),
        },
        Some(("token", sub)) => match sub.subcommand() {
            Some(("generate", g)) => {
                let token = kadm_bootstrap_token::BootstrapToken::generate()?;
                printer(g, OutputFormat::Text)?.stdout(&token.expose());
                Ok(())
            }
            Some(("create", c)) => crate::token::create(c),
            Some(("list", l)) => crate::token::list(l),
            Some(("delete", d)) => crate::token::delete(d),
            _ => unreachable_subcommand(),
        },
        Some(("certs", sub)) => crate::certs::dispatch(sub),
        Some(("completion", sub)) => {
            let shell = *sub
                .get_one::<clap_complete::Shell>("shell")
                .context("a shell is required")?;
            let mut out = Vec::new();
            clap_complete::generate(
                shell,
                &mut cli::build_for_completions(workflow, join),
                "kadm",
                &mut out,
            );
            printer(sub, OutputFormat::Text)?.stdout(String::from_utf8_lossy(&out).trim_end());
            Ok(())
        }
        Some(("version", sub)) => {
            let version = env!("CARGO_PKG_VERSION");
            let default_k8s = kadm_config::DEFAULT_KUBERNETES_VERSION;
            let text = match sub.get_one::<String>("output").map(String::as_str) {
                Some("short") => format!("v{version}"),
                Some("json") => serde_json::to_string_pretty(&serde_json::json!({
                    "kadmVersion": format!("v{version}"),
                    "defaultKubernetesVersion": default_k8s,
                }))?,
                _ => format!("kadm version: v{version} (default Kubernetes version {default_k8s})"),
            };
            printer(sub, OutputFormat::Text)?.stdout(&text);
            Ok(())
        }
        _ => unreachable_subcommand(),
    }
}

fn unreachable_subcommand() -> Result<()> {
    anyhow::bail!("unknown command: run `kadm --help` for the list")
}

/// A printer from the common flags.
pub(crate) fn printer(m: &ArgMatches, format: OutputFormat) -> Result<Printer> {
    let common: CommonArgs = cli::read(m)?;
    Ok(Printer::new(format, common.verbosity, common.progress))
}

/// The configuration: kubeadm's defaults, then the config file, then the flags; validated.
pub(crate) fn load_config(node: &NodeArgs) -> Result<ValidConfig> {
    let host = HostFacts::detect();
    let mut config = match &node.config {
        Some(path) => Config::load(path, &host)?,
        None => Config::defaults(&host),
    };
    config.apply_overrides(&node.overrides);
    Ok(config.validate()?)
}

/// The run context for `init`, `init phase ...` and `kubeconfig user`.
pub(crate) fn context(
    node: &NodeArgs,
    printer: Arc<Printer>,
    format: OutputFormat,
) -> Result<InitContext> {
    let config = load_config(node)?;
    let root = match &node.rootfs {
        Some(dir) => Root::at(dir),
        None => Root::host(),
    };
    let kubeconfig_dir = node
        .kubeconfig_dir
        .as_deref()
        .unwrap_or(kadm_init_context::paths::DEFAULT_KUBECONFIG_DIR);
    let paths = Paths::new(root, config.certificates_dir(), kubeconfig_dir)?;
    let mut ctx = InitContext::new(config, paths, printer);
    ctx.format = format;
    for w in ctx.config.warnings() {
        ctx.out.warn(Tag::NONE, &w);
    }
    Ok(ctx)
}

/// How long one request to the API server may take (to connect, and to answer).
const API_REQUEST_TIMEOUT: Duration = Duration::from_secs(10);

/// The tag of `-v` lines about the run itself: `[phase] running certs/ca`.
const PHASE: Tag = Tag::new("phase");

/// How long a run waits for another kadm run on the same root before giving up.
const LOCK_WAIT: Duration = Duration::from_secs(120);

/// Locks the node's root for this run (see `docs/security.md`): a run that writes is alone; a
/// dry run or a run that only reads shares the root with other readers.
pub(crate) fn lock_root(ctx: &InitContext, mode: LockMode) -> Result<RootLock> {
    lock(&ctx.paths.root, mode, ctx.out.as_ref())
}

/// Locks `root` for this run, telling `out` when another run makes it wait.
pub(crate) fn lock(root: &Root, mode: LockMode, out: &dyn Output) -> Result<RootLock> {
    let shown = root.dir().unwrap_or(Path::new("/")).display().to_string();
    Ok(root.lock(mode, LOCK_WAIT, || {
        out.warn(
            Tag::NONE,
            &format!(
                "another kadm run is working on {shown:?}; waiting up to {} s for it to finish",
                LOCK_WAIT.as_secs()
            ),
        )
    })?)
}

/// `kadm kubeconfig user`: a kubeconfig for an extra user, on stdout or into a 0600 file.
fn kubeconfig_user(m: &ArgMatches) -> Result<()> {
    let args: UserArgs = cli::read(m)?;
    let printer = Arc::new(printer(m, OutputFormat::Text)?);
    let ctx = context(&args.node, printer.clone(), OutputFormat::Text)?;
    let _lock = lock_root(&ctx, LockMode::Shared)?;
    let name = &args.client_name;
    // A file named on the command line is a host path, even with --rootfs.
    let host = Root::host();
    if let Some(file) = &args.output_file
        && !args.force
        && (host.exists(file)? || host.read_link(file)?.is_some())
    {
        anyhow::bail!(
            "{:?} already exists: name another --output-file, or add --force to replace it",
            file.display().to_string()
        );
    }
    let config = kadm_kubeconfig::user_kubeconfig(&ctx, name, &args.org, args.validity_period)?;
    let text = match args.output {
        KubeconfigFormat::Yaml => config.to_yaml(),
        KubeconfigFormat::Json => config.to_json(),
    };
    match &args.output_file {
        Some(file) => {
            host.write_atomic(&FileSpec {
                path: file.clone(),
                contents: text.into_bytes(),
                mode: MODE_SECRET,
            })?;
            printer.info(
                kadm_kubeconfig::TAG,
                &format!(
                    "Wrote the kubeconfig of user {name:?} to {:?}",
                    file.display().to_string()
                ),
            );
        }
        None => printer.stdout(text.trim_end()),
    }
    Ok(())
}

/// `kadm init` and `kadm init phase ...`: runs, then tells what the run did once: the closing
/// summary in text mode, or (also when the run fails) one JSON document on stdout.
fn init(workflow: &Workflow<InitContext>, m: &ArgMatches) -> Result<()> {
    let target = cli::phase_path(m);
    let leaf = leaf_matches(m);
    let args: InitArgs = cli::read(leaf)?;
    let format = OutputFormat::from(args.output);
    let printer = Arc::new(printer(leaf, format)?);
    let made = context(&args.node, printer.clone(), format).map(|mut ctx| {
        if args.applies() {
            ctx.api = Some(ApiLink {
                request_timeout: API_REQUEST_TIMEOUT,
                call_timeout: ctx.config.kubernetes_api_call(),
            });
        }
        ctx
    });
    let run = Run {
        command: "init",
        workflow,
        target,
        dry_run: args.dry_run,
        format,
    };
    run.execute(
        made,
        &printer,
        |ctx| {
            // `--skip-phases` belongs to `init` itself; a single `init phase ...` skips nothing.
            skip_phases(m, || ctx.config.skip_phases().to_vec())
        },
        |ctx, report| {
            let paths = &ctx.paths;
            report::summary(report, &paths.cert_dir, &paths.kubeconfig_dir)
        },
    )
}

/// The phases to skip: `--skip-phases` when given, else the config file's `skipPhases`.
pub(crate) fn skip_phases(
    m: &ArgMatches,
    from_config: impl FnOnce() -> Vec<String>,
) -> Result<Vec<String>> {
    let flag = cli::read::<SkipArgs>(m)?.skip_phases;
    Ok(if flag.is_empty() { from_config() } else { flag })
}

/// One run of a workflow (`init` or `join`), whole or one phase.
pub(crate) struct Run<'a> {
    /// `init` or `join`.
    pub(crate) command: &'static str,
    /// The command's workflow.
    pub(crate) workflow: &'a Workflow<InitContext>,
    /// The phase path of `<command> phase ...`, or none for the whole workflow.
    pub(crate) target: Option<String>,
    /// `--dry-run`.
    pub(crate) dry_run: bool,
    /// `-o`.
    pub(crate) format: OutputFormat,
}

impl Run<'_> {
    /// Runs in the context `made` (or reports why it could not be made), then tells what the run
    /// did once: the text `summary` after a full run, or (also when the run fails) one JSON
    /// document on stdout. `skip` gives the phases a full run skips.
    pub(crate) fn execute(
        &self,
        made: Result<InitContext>,
        printer: &Arc<Printer>,
        skip: impl FnOnce(&InitContext) -> Result<Vec<String>>,
        summary: impl FnOnce(&InitContext, &RunReport) -> Option<String>,
    ) -> Result<()> {
        let target = self.target.as_deref();
        let (report, result, online) = match made {
            Ok(mut ctx) => {
                ctx.dry_run = self.dry_run;
                let result = match target {
                    Some(_) => Ok(Vec::new()),
                    None => skip(&ctx),
                }
                .and_then(|skip| run_workflow(self.workflow, target, skip, &mut ctx, printer));
                let report = ctx.record.report();
                let full_run = target.is_none() && !ctx.dry_run;
                if result.is_ok()
                    && full_run
                    && self.format == OutputFormat::Text
                    && let Some(text) = summary(&ctx, &report)
                {
                    printer.stdout(&text);
                }
                (report, result, ctx.online())
            }
            Err(e) => (RunReport::default(), Err(e), false),
        };
        if self.format == OutputFormat::Json {
            let command = match target {
                Some(path) => format!("{} phase {path}", self.command),
                None => self.command.to_string(),
            };
            let doc = report::document(
                &command,
                self.dry_run,
                online,
                &report,
                result.as_ref().err(),
            );
            printer.stdout(&serde_json::to_string_pretty(&doc)?);
        }
        result
    }
}

/// Locks the root, plans and runs the phases `target` (or all of the workflow) selects, skipping
/// `skip`.
fn run_workflow(
    workflow: &Workflow<InitContext>,
    target: Option<&str>,
    skip: Vec<String>,
    ctx: &mut InitContext,
    printer: &Printer,
) -> Result<()> {
    let mode = if ctx.dry_run {
        LockMode::Shared
    } else {
        LockMode::Exclusive
    };
    let _lock = lock_root(ctx, mode)?;
    let request = Request {
        targets: target.map(String::from).into_iter().collect(),
        skip,
        target_version: Some(ctx.config.kubernetes_version()),
    };
    let verbose = printer.verbosity() >= 1;
    ctx.run(workflow, &request, |event| match event {
        Event::Warning(w) => printer.warn(Tag::NONE, w),
        Event::Started(p) if verbose => printer.note(PHASE, &format!("running {p}")),
        Event::SkippedByCondition(p) if verbose => {
            printer.note(PHASE, &format!("skipping {p}: its condition is not met"))
        }
        _ => {}
    })
    .map_err(anyhow::Error::from)
}

/// The matches of the deepest subcommand under `init` (where global flags are all visible).
pub(crate) fn leaf_matches(m: &ArgMatches) -> &ArgMatches {
    let mut cur = m;
    while let Some((_, sub)) = cur.subcommand() {
        cur = sub;
    }
    cur
}
