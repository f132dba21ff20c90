//! `kadm apply-objects`: the cluster objects `kadm init` wrote, applied to the running API server
//! (server-side, field manager `kadm`), as the `kubectl apply` command init prints would.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{Context as _, Result};
use clap::{ArgMatches, Args, Command};
use kadm_init_context::paths::DEFAULT_KUBECONFIG_DIR;
use kadm_init_context::{Output as _, OutputFormat, Paths, Root, Tag};
use kadm_kube_api::{ApiClient, Applied, FIELD_MANAGER};
use kadm_kubeconfig::{ADMIN_CONF, CLUSTER_ADMINS_FILE, SUPER_ADMIN_CONF};
use kadm_node_fs::Limit;

use crate::cli::{self, Format};
use crate::printer::Printer;

/// The tag of the command's lines: `[apply-objects] ConfigMap kube-system/kubeadm-config created`.
const TAG: Tag = Tag::new("apply-objects");
/// How long one request may take (to connect, and to answer).
const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);
/// The largest manifest read (a Secret of every shared certificate is far below).
const MANIFEST: Limit = Limit::new(16 << 20, "manifest");

/// The flags of `apply-objects`.
#[derive(Debug, Args)]
pub(crate) struct ApplyObjectsArgs {
    /// Resolve the node's paths (the kubeconfig files, cluster-objects/) under DIR
    #[arg(long, value_name = "DIR", value_hint = clap::ValueHint::DirPath)]
    rootfs: Option<PathBuf>,
    /// Apply every file with this kubeconfig (a host path) [default: super-admin.conf for
    /// cluster-admins.yaml, then admin.conf for the others]
    #[arg(long, value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    kubeconfig: Option<PathBuf>,
    /// How long to wait for the API server and the applies together (e.g. 4m, 30s)
    #[arg(long, value_name = "DURATION", default_value = "4m", value_parser = kadm_config::parse_positive_duration)]
    timeout: Duration,
    /// Result format
    #[arg(short = 'o', long, value_name = "FORMAT", value_enum, default_value_t = Format::Text)]
    output: Format,
}

/// The `apply-objects` command.
pub(crate) fn command() -> Command {
    ApplyObjectsArgs::augment_args(Command::new("apply-objects"))
        .about("Apply the cluster objects kadm init wrote to the running API server")
        .long_about(
            "Apply the objects kadm init wrote to /etc/kubernetes/cluster-objects/ to the \
             running API server, server-side with field manager kadm and conflicts forced, as \
             the kubectl command init prints does: first cluster-admins.yaml with \
             super-admin.conf (admin.conf has no rights before that binding exists; skipped when \
             super-admin.conf is gone), then every other file with admin.conf. Waits for the \
             API server's /readyz first. Passing answers (no connection while the API server \
             restarts, 429, 5xx, etcd leader changes) are retried until --timeout; a refusal \
             stops at once, naming the file and the object. Each object is reported created, \
             changed or unchanged; a second run changes nothing. Exit codes: 0 applied; 1 not \
             (the objects before the failure stay applied: run again).",
        )
        .after_help(
            "Examples:\n  kadm apply-objects\n  kadm apply-objects --timeout 30s -o json\n  \
             kadm apply-objects --kubeconfig /etc/kubernetes/admin.conf",
        )
}

/// One kubeconfig and the manifests applied with it.
struct Step {
    kubeconfig: PathBuf,
    files: Vec<PathBuf>,
}

/// One object applied: the file it came from (the node's path), the kubeconfig, the result.
type Record = (PathBuf, String, Applied);

/// Runs the applies and prints what each did; with `-o json`, one document whether the run
/// succeeded or not.
pub(crate) fn run(m: &ArgMatches) -> Result<()> {
    let args: ApplyObjectsArgs = cli::read(m)?;
    let out = crate::commands::printer(m, OutputFormat::from(args.output))?;
    let mut results = Vec::new();
    let run = apply_all(&args, &out, &mut results);
    if args.output == Format::Json {
        out.stdout(&serde_json::to_string_pretty(&json(
            &results,
            run.as_ref().err(),
        ))?);
    }
    run
}

fn apply_all(args: &ApplyObjectsArgs, out: &Printer, results: &mut Vec<Record>) -> Result<()> {
    let root = match &args.rootfs {
        Some(dir) => Root::at(dir),
        None => Root::host(),
    };
    let paths = Paths::defaults_under(root.clone());
    let steps = plan(&root, &paths, args.kubeconfig.as_deref())?;
    let deadline = Instant::now() + args.timeout;
    // A --kubeconfig is the user's own file, a host path; the default ones are the node's.
    let reader = if args.kubeconfig.is_some() {
        Root::host()
    } else {
        root.clone()
    };
    for step in &steps {
        let kubeconfig = step.kubeconfig.display().to_string();
        let text = reader.read_text(&step.kubeconfig, Limit::KUBECONFIG)?;
        let client = ApiClient::from_kubeconfig(&text, &kubeconfig, REQUEST_TIMEOUT)?;
        client.wait_ready(left(deadline, args.timeout)?)?;
        for file in &step.files {
            let manifest = root.read_text(file, MANIFEST)?;
            let applied = client
                .apply(&manifest, FIELD_MANAGER, left(deadline, args.timeout)?)
                .with_context(|| format!("{} (with {kubeconfig})", file.display()))?;
            for object in applied {
                out.info(TAG, &format!("{} {}", object.object, object.outcome));
                let on_node = root.node_path(file).unwrap_or_else(|| file.clone());
                results.push((on_node, kubeconfig.clone(), object));
            }
        }
    }
    Ok(())
}

/// What is applied with which kubeconfig: with `--kubeconfig`, every file with it; otherwise
/// kubeadm's order (see the command's help).
fn plan(root: &Root, paths: &Paths, kubeconfig: Option<&Path>) -> Result<Vec<Step>> {
    let dir = &paths.objects_dir;
    let mut files: Vec<PathBuf> = root
        .list_dir(dir)?
        .with_context(|| format!("{} does not exist: run `kadm init` first", dir.display()))?
        .into_iter()
        .map(|name| dir.join(name))
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    if let Some(kubeconfig) = kubeconfig {
        return Ok(vec![Step {
            kubeconfig: kubeconfig.to_path_buf(),
            files,
        }]);
    }
    let kubeconfig_dir = root.host_path(DEFAULT_KUBECONFIG_DIR);
    let super_admin = kubeconfig_dir.join(SUPER_ADMIN_CONF);
    let cluster_admins = dir.join(CLUSTER_ADMINS_FILE);
    let mut steps = Vec::new();
    if root.exists(&super_admin)? && files.contains(&cluster_admins) {
        files.retain(|f| *f != cluster_admins);
        steps.push(Step {
            kubeconfig: super_admin,
            files: vec![cluster_admins],
        });
    }
    steps.push(Step {
        kubeconfig: kubeconfig_dir.join(ADMIN_CONF),
        files,
    });
    Ok(steps)
}

/// The time left before `deadline`, or the error that says the timeout passed.
fn left(deadline: Instant, timeout: Duration) -> Result<Duration> {
    let left = deadline.saturating_duration_since(Instant::now());
    if left.is_zero() {
        anyhow::bail!("--timeout {timeout:?} passed before every object was applied: run again");
    }
    Ok(left)
}

/// `-o json`: whether the run succeeded (with the error when not), and each object applied
/// with its file (the node's path), kubeconfig and result.
fn json(results: &[Record], error: Option<&anyhow::Error>) -> serde_json::Value {
    let objects: Vec<serde_json::Value> = results
        .iter()
        .map(|(file, kubeconfig, applied)| {
            kadm_init_context::object_json(&file.display().to_string(), kubeconfig, applied)
        })
        .collect();
    serde_json::json!({
        "command": "apply-objects",
        "succeeded": error.is_none(),
        "error": error.map(crate::render),
        "objects": objects,
    })
}
