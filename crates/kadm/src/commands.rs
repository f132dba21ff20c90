//! What each subcommand does: turn flags into a config and a request, run, print.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context as _, Result};
use clap::ArgMatches;
use kadm_config::{Config, HostFacts, Overrides, ValidConfig};
use kadm_init_context::{InitContext, OutputFormat, Paths, Root};
use kadm_node_fs::{FileSpec, MODE_SECRET};
use kadm_node_fs::{LockMode, RootLock};
use kadm_phase_runner::{Event, Request, Workflow};

use crate::cli;
use crate::printer::{Printer, ProgressMode};

/// Runs the subcommand the user chose.
pub fn dispatch(workflow: &Workflow<InitContext>, m: &ArgMatches) -> Result<()> {
    match m.subcommand() {
        Some(("init", sub)) => init(workflow, sub),
        Some(("kubeconfig", sub)) => match sub.subcommand() {
            Some(("user", u)) => kubeconfig_user(u),
            _ => unreachable_subcommand(),
        },
        Some(("config", sub)) => match sub.subcommand() {
            Some(("print", p)) if p.subcommand_name() == Some("init-defaults") => {
                printer(sub, OutputFormat::Text)
                    .stdout(kadm_config::init_defaults_yaml(&HostFacts::detect()).trim_end());
                Ok(())
            }
            _ => unreachable_subcommand(),
        },
        Some(("completion", sub)) => {
            let shell = *sub
                .get_one::<clap_complete::Shell>("shell")
                .context("a shell is required")?;
            let mut out = Vec::new();
            clap_complete::generate(shell, &mut cli::build(workflow), "kadm", &mut out);
            printer(sub, OutputFormat::Text).stdout(String::from_utf8_lossy(&out).trim_end());
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
            printer(sub, OutputFormat::Text).stdout(&text);
            Ok(())
        }
        _ => unreachable_subcommand(),
    }
}

fn unreachable_subcommand() -> Result<()> {
    anyhow::bail!("unknown command: run `kadm --help` for the list")
}

/// The `-o/--output` result format of `init` commands.
fn output_format(m: &ArgMatches) -> OutputFormat {
    match m
        .try_get_one::<String>("output")
        .ok()
        .flatten()
        .map(String::as_str)
    {
        Some("json") => OutputFormat::Json,
        _ => OutputFormat::Text,
    }
}

/// A printer from the common flags.
fn printer(m: &ArgMatches, format: OutputFormat) -> Printer {
    let verbosity = m.get_one::<u8>("v").copied().unwrap_or(0);
    let progress = m
        .get_one::<String>("progress")
        .map(|s| ProgressMode::parse(s))
        .unwrap_or(ProgressMode::Auto);
    Printer::new(format, verbosity, progress)
}

fn flag(m: &ArgMatches, name: &str) -> Option<String> {
    m.get_one::<String>(name).cloned()
}

/// The configuration: kubeadm's defaults, then the config file, then the flags; validated.
fn load_config(m: &ArgMatches) -> Result<ValidConfig> {
    let host = HostFacts::detect();
    let mut config = match flag(m, "config") {
        Some(path) => Config::load(Path::new(&path), &host)?,
        None => Config::defaults(&host),
    };
    config.apply_overrides(&Overrides {
        cert_dir: flag(m, "cert-dir"),
        kubernetes_version: flag(m, "kubernetes-version"),
        advertise_address: flag(m, "apiserver-advertise-address"),
        bind_port: m.get_one::<u16>("apiserver-bind-port").copied(),
        control_plane_endpoint: flag(m, "control-plane-endpoint"),
        service_cidr: flag(m, "service-cidr"),
        service_dns_domain: flag(m, "service-dns-domain"),
        apiserver_cert_extra_sans: m
            .get_many::<String>("apiserver-cert-extra-sans")
            .map(|v| v.cloned().collect())
            .unwrap_or_default(),
        node_name: flag(m, "node-name"),
        encryption_algorithm: flag(m, "encryption-algorithm"),
    });
    Ok(config.validate()?)
}

/// The run context for `init`, `init phase ...` and `kubeconfig user`.
fn context(m: &ArgMatches, printer: Arc<Printer>, format: OutputFormat) -> Result<InitContext> {
    let config = load_config(m)?;
    for w in config.warnings() {
        kadm_init_context::Output::warn(printer.as_ref(), &w);
    }
    let root = match flag(m, "rootfs") {
        Some(dir) => Root::at(dir),
        None => Root::host(),
    };
    let kubeconfig_dir = flag(m, "kubeconfig-dir")
        .unwrap_or_else(|| kadm_init_context::paths::DEFAULT_KUBECONFIG_DIR.to_string());
    let paths = Paths::new(root, config.certificates_dir(), &kubeconfig_dir)?;
    let mut ctx = InitContext::new(config, paths, printer);
    ctx.dry_run = m
        .try_get_one::<bool>("dry-run")
        .ok()
        .flatten()
        .copied()
        .unwrap_or(false);
    ctx.format = format;
    Ok(ctx)
}

/// How long a run waits for another kadm run on the same root before giving up.
const LOCK_WAIT: Duration = Duration::from_secs(120);

/// Locks the node's root for this run (see `docs/security.md`): a run that writes is alone; a
/// dry run or a run that only reads shares the root with other readers.
fn lock_root(ctx: &InitContext, printer: &Printer, mode: LockMode) -> Result<RootLock> {
    let root = &ctx.paths.root;
    let shown = root.dir().unwrap_or(Path::new("/")).display().to_string();
    Ok(root.lock(mode, LOCK_WAIT, || {
        kadm_init_context::Output::warn(
            printer,
            &format!(
                "another kadm run is working on {shown:?}; waiting up to {} s for it to finish",
                LOCK_WAIT.as_secs()
            ),
        )
    })?)
}

/// `kadm kubeconfig user`: a kubeconfig for an extra user, on stdout or into a 0600 file.
fn kubeconfig_user(m: &ArgMatches) -> Result<()> {
    let printer = Arc::new(printer(m, OutputFormat::Text));
    let ctx = context(m, printer.clone(), OutputFormat::Text)?;
    let _lock = lock_root(&ctx, &printer, LockMode::Shared)?;
    let name = flag(m, "client-name").context("--client-name is required")?;
    let orgs: Vec<String> = m
        .get_many::<String>("org")
        .map(|v| v.cloned().collect())
        .unwrap_or_default();
    let validity = flag(m, "validity-period")
        .map(|v| kadm_config::parse_positive_duration(&v))
        .transpose()
        .map_err(|e| anyhow::anyhow!("flag --validity-period: {e}"))?;
    let text = kadm_kubeconfig::user_kubeconfig(&ctx, &name, &orgs, validity)?;
    match flag(m, "output") {
        Some(file) => {
            // A file named on the command line is a host path, even with --rootfs.
            Root::host().write_atomic(&FileSpec {
                path: file.clone().into(),
                contents: text.into_bytes(),
                mode: MODE_SECRET,
            })?;
            kadm_init_context::Output::info(
                printer.as_ref(),
                &format!("[kubeconfig] Wrote the kubeconfig of user {name:?} to {file:?}"),
            );
        }
        None => printer.stdout(text.trim_end()),
    }
    Ok(())
}

/// `kadm init` and `kadm init phase ...`.
fn init(workflow: &Workflow<InitContext>, m: &ArgMatches) -> Result<()> {
    let target = cli::phase_path(m);
    let leaf = leaf_matches(m);
    let format = output_format(leaf);
    let printer = Arc::new(printer(leaf, format));
    let ctx = context(leaf, printer.clone(), format)?;
    let mode = if ctx.dry_run {
        LockMode::Shared
    } else {
        LockMode::Exclusive
    };
    let _lock = lock_root(&ctx, &printer, mode)?;
    let mut skip: Vec<String> = leaf
        .try_get_many::<String>("skip-phases")
        .ok()
        .flatten()
        .map(|v| v.cloned().collect())
        .unwrap_or_default();
    if skip.is_empty() && target.is_none() {
        skip = ctx.config.skip_phases().to_vec();
    }
    let request = Request {
        targets: target.into_iter().collect(),
        skip,
        target_version: Some(ctx.config.kubernetes_version()),
    };
    let mut ctx = ctx;
    let verbose = printer.verbosity() >= 1;
    ctx.run(workflow, &request, |event| match event {
        Event::Warning(w) => kadm_init_context::Output::warn(printer.as_ref(), w),
        Event::Started(p) if verbose => printer.stderr(&format!("[phase] running {p}")),
        Event::SkippedByCondition(p) if verbose => {
            printer.stderr(&format!("[phase] skipping {p}: its condition is not met"))
        }
        _ => {}
    })
    .map_err(anyhow::Error::from)?;
    if request.targets.is_empty() && !ctx.dry_run && format == OutputFormat::Text {
        let admin = ctx.paths.kubeconfig_dir.join("admin.conf");
        printer.stdout(&format!(
            "\nThis control-plane node's identity is ready: PKI in {:?}, kubeconfig files in {:?}.\n\
             Once the API server runs, use it as the cluster administrator with:\n\n  \
             export KUBECONFIG={}",
            ctx.paths.cert_dir.display().to_string(),
            ctx.paths.kubeconfig_dir.display().to_string(),
            admin.display()
        ));
    }
    Ok(())
}

/// The matches of the deepest subcommand under `init` (where global flags are all visible).
fn leaf_matches(m: &ArgMatches) -> &ArgMatches {
    let mut cur = m;
    while let Some((_, sub)) = cur.subcommand() {
        cur = sub;
    }
    cur
}
