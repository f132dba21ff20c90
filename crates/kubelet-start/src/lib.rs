//! The `kubelet-start` phase of `kadm init`: the kubelet's files, as kubeadm's `kubelet-start`
//! writes them for the target version, then a restart of the kubelet where kadm may do it.
//!
//! - `/var/lib/kubelet/config.yaml` (0644): the `KubeletConfiguration` with kubeadm's defaults
//!   (crate `kadm-kubelet-config`), the config file's `KubeletConfiguration` document winning
//!   field by field; with the feature gate `NodeLocalCRISocket` (beta and on by default from
//!   v1.34, locked on in v1.36, gone and always on from v1.37) it also carries the node's `containerRuntimeEndpoint`, as kubeadm patches it in.
//! - `/var/lib/kubelet/kubeadm-flags.env` (0644): `KUBELET_KUBEADM_ARGS="..."` ([`flags`]).
//! - `/var/lib/kubelet/instance-config.yaml` (0644), only with `NodeLocalCRISocket`:
//!   `containerRuntimeEndpoint: "<criSocket>"`, the per-node part of the configuration.
//!
//! The kubelet is restarted (`systemctl daemon-reload`, `systemctl restart kubelet`) only on the
//! real root where systemd runs ([`host::start_plan`]); otherwise one line says why not.

pub mod flags;
pub mod host;
pub mod node;

use std::path::PathBuf;

use kadm_config::ValidConfig;
use kadm_init_context::{InitContext, Tag};
use kadm_kubelet_config::{ClusterFacts, Defaulted, with_kubeadm_defaults};
use kadm_node_fs::{FileSpec, FsError, MODE_PUBLIC};
use kadm_phase_runner::{BoxError, Phase};
use serde_json::json;

use crate::flags::{FLAGS_FILE, FlagInputs};
use crate::host::{Machine, RealMachine, START_COMMAND, StartPlan, start_plan};
use crate::node::{NodeFacts, node_facts};

/// The phase's name.
pub const NAME: &str = "kubelet-start";
/// The tag of the phase's lines.
pub const TAG: Tag = Tag::new(NAME);
/// The kubelet's configuration file in its directory.
pub const CONFIG_FILE: &str = kadm_cert_rotation::KUBELET_CONFIG_FILE;
/// The per-node configuration file (feature gate [`NODE_LOCAL_CRI_SOCKET`]).
pub const INSTANCE_CONFIG_FILE: &str = "instance-config.yaml";
/// kubeadm's feature gate that moves the CRI socket from a flag to the instance config.
pub const NODE_LOCAL_CRI_SOCKET: &str = "NodeLocalCRISocket";

const SHORT: &str = "Write kubelet settings and (re)start the kubelet";

const LONG: &str = "Writes the kubelet's configuration (/var/lib/kubelet/config.yaml), an \
environment file with the node's kubelet flags (/var/lib/kubelet/kubeadm-flags.env) and, with the \
NodeLocalCRISocket feature gate (on by default from v1.34, always from v1.36), the node's instance configuration \
(/var/lib/kubelet/instance-config.yaml), then restarts the kubelet through systemd. The restart \
happens only on the real root where systemd runs; under --rootfs kadm says so and leaves it.";

const EXAMPLE: &str = "  # Write the kubelet's files from a configuration file\n  kadm init phase \
kubelet-start --config config.yaml\n\n  # Prepare them in a node image\n  kadm init phase \
kubelet-start --rootfs /mnt/node";

/// Why the phase failed.
#[derive(Debug, thiserror::Error)]
pub enum KubeletStartError {
    /// The configuration could not be printed (it holds a value YAML cannot carry).
    #[error("cannot print the kubelet's configuration as YAML")]
    Encode(#[source] kadm_sorted_yaml::SortedYamlError),
    /// A file could not be read or written.
    #[error("cannot write the kubelet's files")]
    Files(#[source] FsError),
}

/// The `kubelet-start` phase.
pub fn phase() -> Phase<InitContext> {
    Phase::new(NAME)
        .short(SHORT)
        .long(LONG)
        .example(EXAMPLE)
        .run(|ctx: &mut InitContext| run(ctx, &RealMachine).map(|_| ()).map_err(BoxError::from))
}

/// Whether the CRI socket goes to the instance config rather than a flag: the target release's
/// gate ([`kadm_release::Release::node_local_cri_socket`]) with the value `featureGates` sets:
/// off before v1.34 unless set, on by default in v1.34 and v1.35, always on from v1.36.
pub fn node_local_cri_socket(config: &ValidConfig) -> bool {
    release(config)
        .node_local_cri_socket
        .enabled(config.feature_gate(NODE_LOCAL_CRI_SOCKET))
}

/// The pause image kubeadm of the target version names: `<imageRepository>/pause:<tag>`, the
/// tag from the release table ([`kadm_release::Release::pause`]).
pub fn pause_image(config: &ValidConfig) -> String {
    format!(
        "{}/pause:{}",
        config.image_repository(),
        release(config).pause
    )
}

/// The release-table entry of the target version.
fn release(config: &ValidConfig) -> &'static kadm_release::Release {
    kadm_release::release(config.kubernetes_version())
}

/// The cluster-wide `KubeletConfiguration` (what the `kubelet-config` ConfigMap holds): kubeadm's
/// defaults for this configuration and node, the config file's document winning.
pub fn kubelet_configuration(config: &ValidConfig, node: &NodeFacts) -> Defaulted {
    let facts = ClusterFacts {
        // Dual-stack: kubeadm takes the DNS address from the primary (first) service subnet only.
        service_subnet: config.service_subnets().first().copied(),
        dns_domain: config.dns_domain(),
        certificates_dir: config.certificates_dir(),
        systemd_resolved: node.systemd_resolved,
    };
    with_kubeadm_defaults(config.kubelet_configuration(), &facts)
}

/// The node's facts, found once per run and shared with later phases (upload-config).
pub fn node_facts_once(ctx: &mut InitContext, machine: &dyn Machine) -> NodeFacts {
    if let Some(facts) = ctx.products.get::<NodeFacts>() {
        return facts.clone();
    }
    let facts = node_facts(ctx.fs(), machine);
    ctx.products.insert(facts.clone());
    facts
}

/// What one run wrote and decided.
#[derive(Debug, Clone)]
pub struct Outcome {
    /// The files, in the order kubeadm writes them.
    pub files: Vec<PathBuf>,
    /// The kubelet's flags, as written to kubeadm-flags.env.
    pub flags: String,
    /// Whether the kubelet was (or, in a dry run, would be) restarted.
    pub restart: StartPlan,
}

/// Writes the kubelet's files (keeping those already as they should be) and restarts the kubelet
/// where `machine` allows it.
pub fn run(ctx: &mut InitContext, machine: &dyn Machine) -> Result<Outcome, KubeletStartError> {
    let node = node_facts_once(ctx, machine);
    let defaulted = kubelet_configuration(&ctx.config, &node);
    for warning in &defaulted.warnings {
        ctx.out.warn(TAG, warning);
    }
    let config = &ctx.config;
    let local_socket = node_local_cri_socket(config);
    let node_name = config
        .kubelet_extra_arg("hostname-override")
        .unwrap_or_else(|| config.node_name());
    let pause = pause_image(config);
    let env = flags::env_file(&FlagInputs {
        cri_socket: (!local_socket).then(|| config.cri_socket()),
        pause_image: release(config).pause_flag.then_some(pause.as_str()),
        hostname_override: (node.hostname.as_deref() != Some(node_name)).then_some(node_name),
        extra_args: &config.config().init.node_registration.kubelet_extra_args,
    });
    let mut on_disk = defaulted.config;
    let dir = ctx.paths.kubelet_dir.clone();
    let mut files = vec![File {
        path: dir.join(FLAGS_FILE),
        text: env.clone(),
        what: "kubelet environment file with flags",
    }];
    if local_socket {
        // kubeadm writes the instance config and patches it over config.yaml.
        on_disk.container_runtime_endpoint = Some(config.cri_socket().to_string());
        files.push(File {
            path: dir.join(INSTANCE_CONFIG_FILE),
            text: format!(
                "containerRuntimeEndpoint: {}\n",
                flags::go_quote(config.cri_socket())
            ),
            what: "kubelet instance configuration (the node's CRI socket)",
        });
    } else {
        ctx.out.info(
            TAG,
            &format!(
                "Skipping the instance configuration file: the feature gate {NODE_LOCAL_CRI_SOCKET} \
                 is off for {}, so the CRI socket goes in --container-runtime-endpoint",
                config.kubernetes_version()
            ),
        );
    }
    files.push(File {
        path: dir.join(CONFIG_FILE),
        text: on_disk.to_yaml().map_err(KubeletStartError::Encode)?,
        what: "kubelet configuration",
    });
    write_changed(ctx, &files)?;

    let restart = start_plan(ctx.paths.root.is_host(), machine);
    let restarted = start(ctx, machine, &restart);
    let outcome = Outcome {
        files: files.into_iter().map(|f| f.path).collect(),
        flags: env,
        restart,
    };
    ctx.result(json!({
        "files": outcome.files.iter().map(|p| p.display().to_string()).collect::<Vec<_>>(),
        "nodeLocalCRISocket": local_socket,
        "kubeletRestarted": restarted,
    }));
    Ok(outcome)
}

/// One file of the phase: where, what, and a few words for the log.
struct File {
    path: PathBuf,
    text: String,
    what: &'static str,
}

/// Writes the files whose contents differ from what is on disk (all at once), and records the
/// others as kept, so a second run changes no byte and no time stamp.
fn write_changed(ctx: &InitContext, files: &[File]) -> Result<(), KubeletStartError> {
    let specs = files
        .iter()
        .map(|file| FileSpec {
            path: file.path.clone(),
            contents: file.text.clone().into_bytes(),
            mode: MODE_PUBLIC,
        })
        .collect();
    let written = ctx
        .commit_changed(specs)
        .map_err(KubeletStartError::Files)?;
    for (file, written) in files.iter().zip(written) {
        let shown = file.path.display().to_string();
        let line = if written {
            format!("Writing {} to file {shown:?}", file.what)
        } else {
            format!("Using the existing {} {shown:?}", file.what)
        };
        ctx.out.info(TAG, &line);
    }
    Ok(())
}

/// Restarts the kubelet as `plan` says (best effort: a failure is a warning, as in kubeadm), or
/// says in one line why kadm leaves it. Whether the kubelet was restarted.
fn start(ctx: &InitContext, machine: &dyn Machine, plan: &StartPlan) -> bool {
    match plan {
        StartPlan::NotHere(why) => {
            ctx.out.info(
                TAG,
                &format!("Not starting the kubelet: {why}; on the node, run `{START_COMMAND}`"),
            );
            false
        }
        StartPlan::Restart(_) if ctx.dry_run => {
            ctx.out.info(
                Tag::DRY_RUN,
                &format!("Would start the kubelet (`{START_COMMAND}`)"),
            );
            false
        }
        StartPlan::Restart(systemctl) => {
            ctx.out.info(TAG, "Starting the kubelet");
            let result = machine
                .systemctl_run(systemctl, &["daemon-reload"])
                .and_then(|()| machine.systemctl_run(systemctl, &["restart", "kubelet"]));
            if let Err(why) = &result {
                ctx.out.warn(
                    TAG,
                    &format!(
                        "the kubelet could not be started ({why}); make sure it runs: \
                         `{START_COMMAND}`"
                    ),
                );
            }
            result.is_ok()
        }
    }
}

#[cfg(test)]
mod tests;
