//! The phases of `kadm join` for a worker node, with kubeadm's names:
//!
//! - `preflight`: the files and directories join writes are free or reusable; on the real root
//!   only, this machine's checks (root, the kubelet's port, the container runtime, swap, IPv4
//!   forwarding). Under `--rootfs` the machine is not the node, so those are skipped.
//! - `kubelet-start`: discovery, either token discovery ([`token`]: the signed `cluster-info`
//!   ConfigMap fetched over TLS ([`https`]) from the API server, its CA pinned by
//!   `--discovery-token-ca-cert-hash`) or file discovery ([`discovery`]: the cluster CA and API
//!   server from a kubeconfig file, pinned when pins are given); then the cluster CA
//!   (`/etc/kubernetes/pki/ca.crt`, 0644), the bootstrap kubeconfig
//!   (`/etc/kubernetes/bootstrap-kubelet.conf`, 0600: that CA and server, the bootstrap token as
//!   the user, as kubeadm's TLS bootstrap writes it), and the kubelet's own files through
//!   `kadm-kubelet-start` (config.yaml, kubeadm-flags.env), then a restart of the kubelet only on
//!   a systemd real root.
//!
//! With token discovery, the node then takes the cluster's configuration as kubeadm does
//! ([`cluster_config`]: the `kubeadm-config` and `kubelet-config` ConfigMaps, read with the
//! bootstrap token), so its files follow the cluster's version and kubelet settings. With file
//! discovery (offline) the kubelet's configuration is built the way `kadm init` does, from
//! kubeadm's defaults and the join file's `KubeletConfiguration`.

pub mod cluster_config;
pub mod discovery;
pub mod https;
#[cfg(test)]
mod test_server;
pub mod token;

use std::path::PathBuf;

use kadm_bootstrap_token::BootstrapToken;
use kadm_init_context::{InitContext, Tag};
use kadm_kubeconfig_model::{AuthInfo, KubeConfig};
use kadm_kubelet_start::host::RealMachine;
use kadm_node_fs::{FileSpec, MODE_PUBLIC, MODE_SECRET};
use kadm_phase_runner::{BoxError, Phase};
use serde_json::json;

use crate::discovery::{Discovered, DiscoveryError, Origin};

/// The bootstrap kubeconfig's file name in the kubeconfig directory.
pub const BOOTSTRAP_KUBELET_CONF: &str = "bootstrap-kubelet.conf";
/// The kubelet's kubeconfig, written by the kubelet after its TLS bootstrap.
pub const KUBELET_CONF: &str = "kubelet.conf";
/// The user the bootstrap kubeconfig names, as kubeadm names it.
pub const TOKEN_USER: &str = "tls-bootstrap-token-user";
/// The cluster's name in the bootstrap kubeconfig, as kubeadm names it.
pub const CLUSTER_NAME: &str = "kubernetes";
/// Where the cluster CA goes when `caCertPath` is empty.
pub const DEFAULT_CA_CERT_PATH: &str = "/etc/kubernetes/pki/ca.crt";

/// What the command line and the JoinConfiguration ask of this join (a product of the run,
/// inserted before it starts).
#[derive(Debug, Clone)]
pub struct JoinRequest {
    /// How the node finds and trusts the cluster.
    pub discovery: Discovery,
    /// The token the kubelet authenticates with for its TLS bootstrap.
    pub tls_bootstrap_token: BootstrapToken,
    /// Where the cluster CA is written, on the node.
    pub ca_cert_path: String,
    /// Whether this node joins as a control plane (preflight then checks what `init` checks).
    pub control_plane: bool,
}

/// How a joining node finds and trusts the cluster: kubeadm's two ways.
#[derive(Debug, Clone)]
pub enum Discovery {
    /// From a kubeconfig file ([`discovery::from_file`]).
    File {
        /// The kubeconfig file (a host path).
        path: PathBuf,
        /// The API server endpoint from the command line, which must be the file's server.
        endpoint: Option<String>,
        /// `sha256:<hex>` pins the file's CA must match one of (none: trust the file).
        ca_cert_hashes: Vec<String>,
    },
    /// From `cluster-info` through the API server, signed with a bootstrap token
    /// ([`token::from_token`]).
    Token(token::TokenDiscovery),
}

impl Discovery {
    /// Runs the discovery: nothing is written, whatever the outcome.
    pub fn discover(&self) -> Result<Discovered, DiscoveryError> {
        match self {
            Discovery::File {
                path,
                endpoint,
                ca_cert_hashes,
            } => discovery::from_file(path, endpoint.as_deref(), ca_cert_hashes),
            Discovery::Token(d) => token::from_token(d),
        }
    }
}

/// Why a join phase failed.
#[derive(Debug, thiserror::Error)]
pub enum JoinError {
    /// The run was started without a [`JoinRequest`].
    #[error("kadm join: the run has no join request (a bug in kadm)")]
    NoRequest,
    /// Discovery failed.
    #[error("discovery")]
    Discovery(#[source] DiscoveryError),
    /// A file could not be read or written.
    #[error("cannot write the join's files")]
    Files(#[source] kadm_node_fs::FsError),
    /// The kubelet's files could not be written.
    #[error("kubelet")]
    Kubelet(#[source] kadm_kubelet_start::KubeletStartError),
    /// The cluster's configuration could not be read or used.
    #[error(transparent)]
    ClusterConfig(#[from] cluster_config::ClusterConfigError),
}

/// The `[kubelet-start]` tag.
const TAG: Tag = Tag::new(kadm_kubelet_start::NAME);

/// `preflight` of join.
pub fn preflight_phase() -> Phase<InitContext> {
    Phase::new(kadm_preflight::NAME)
        .short("Run join pre-flight checks")
        .long(
            "Run pre-flight checks for kadm join: the files and directories join writes are free \
             or reusable and, on the real root only, root user, the kubelet's port, the container \
             runtime, swap and IP forwarding. --ignore-preflight-errors=NAME,... (or all) turns \
             errors into warnings.",
        )
        .run(|ctx: &mut InitContext| {
            let host = kadm_preflight::RealHost::new(ctx.fs().clone());
            let request = request(ctx)?;
            let paths = &ctx.paths;
            let dirs = [
                paths.kubeconfig_dir.clone(),
                paths.manifests_dir.clone(),
                paths.kubelet_dir.clone(),
            ];
            let files = [
                paths.kubeconfig_dir.join(KUBELET_CONF),
                paths.kubeconfig_dir.join(BOOTSTRAP_KUBELET_CONF),
                ca_cert_path(ctx, &request),
            ];
            let mut node = kadm_preflight::files::join_checks(ctx.fs(), &dirs, &files);
            let machine = if request.control_plane {
                // A control plane's files and ports are init's: checked as init checks them.
                let init = kadm_preflight::files::node_checks(ctx);
                node.retain(|(name, _)| !init.iter().any(|(n, _)| n == name));
                node.extend(init);
                kadm_preflight::system::host_checks(&ctx.config)
            } else {
                kadm_preflight::system::worker_host_checks(&ctx.config)
            };
            kadm_preflight::run_checks(ctx, &host, machine, node)?;
            Ok(())
        })
}

/// `kubelet-start` of join.
pub fn kubelet_start_phase() -> Phase<InitContext> {
    Phase::new(kadm_kubelet_start::NAME)
        .short("Write kubelet settings, certificates and (re)start the kubelet")
        .long(
            "Discovers the cluster's CA and API server: token discovery reads the signed \
             cluster-info ConfigMap from the API server ENDPOINT and pins its CA by \
             --discovery-token-ca-cert-hash; file discovery reads --discovery-file (pinned when \
             hashes are given). Then writes the CA certificate, the bootstrap \
             kubeconfig /etc/kubernetes/bootstrap-kubelet.conf (the bootstrap token as its user), \
             the kubelet's configuration and flags, then restarts the kubelet through systemd on \
             the real root only.",
        )
        .run(|ctx: &mut InitContext| kubelet_start(ctx).map_err(BoxError::from))
}

fn request(ctx: &InitContext) -> Result<JoinRequest, JoinError> {
    ctx.products
        .get::<JoinRequest>()
        .cloned()
        .ok_or(JoinError::NoRequest)
}

/// The cluster CA's path under the root.
fn ca_cert_path(ctx: &InitContext, request: &JoinRequest) -> PathBuf {
    let node = if request.ca_cert_path.is_empty() {
        DEFAULT_CA_CERT_PATH
    } else {
        &request.ca_cert_path
    };
    ctx.fs().host_path(node)
}

/// The bootstrap kubeconfig kubeadm writes: the cluster CA and server, the token as the user.
pub fn bootstrap_kubeconfig(found: &Discovered, token: &BootstrapToken) -> KubeConfig {
    let mut config = KubeConfig::new_single(
        CLUSTER_NAME,
        &found.server,
        found.ca_pem.as_bytes(),
        TOKEN_USER,
        b"",
        b"",
    );
    for user in &mut config.users {
        user.user = AuthInfo {
            token: Some(token.expose()),
            ..AuthInfo::default()
        };
    }
    config
}

/// Discovers the cluster, writes the CA and the bootstrap kubeconfig, then the kubelet's files.
fn kubelet_start(ctx: &mut InitContext) -> Result<(), JoinError> {
    let request = request(ctx)?;
    if let Discovery::Token(d) = &request.discovery {
        ctx.out.info(
            TAG,
            &format!(
                "Reading cluster-info from https://{} with token id {:?}",
                d.endpoint.trim_start_matches("https://"),
                d.token.id()
            ),
        );
        if d.ca_cert_hashes.is_empty() {
            ctx.out.warn(
                TAG,
                "no --discovery-token-ca-cert-hash: the cluster CA is trusted on the token's \
                 signature alone (--discovery-token-unsafe-skip-ca-verification)",
            );
        }
    }
    let found = request.discovery.discover().map_err(JoinError::Discovery)?;
    ctx.out.info(
        TAG,
        &format!(
            "Using the cluster at {} from {:?} (CA {})",
            found.server,
            found.origin.to_string(),
            found.ca_hash
        ),
    );
    let ca_path = ca_cert_path(ctx, &request);
    let conf_path = ctx.paths.kubeconfig_dir.join(BOOTSTRAP_KUBELET_CONF);
    let kubeconfig = bootstrap_kubeconfig(&found, &request.tls_bootstrap_token);
    let files = vec![
        FileSpec {
            path: ca_path.clone(),
            contents: found.ca_pem.clone().into_bytes(),
            mode: MODE_PUBLIC,
        },
        FileSpec {
            path: conf_path.clone(),
            contents: kubeconfig.to_yaml().into_bytes(),
            mode: MODE_SECRET,
        },
    ];
    let written = ctx.commit_changed(files).map_err(JoinError::Files)?;
    for (path, written) in [&ca_path, &conf_path].into_iter().zip(written) {
        let verb = if !written {
            "Using the existing"
        } else if ctx.dry_run {
            // The dry run already said what it would write.
            continue;
        } else {
            "Writing"
        };
        ctx.out
            .info(TAG, &format!("{verb} {:?}", path.display().to_string()));
    }
    if matches!(request.discovery, Discovery::Token(_)) && !request.control_plane {
        cluster_config::adopt(ctx, &kubeconfig.to_yaml(), &found.server)?;
    }
    let outcome = kadm_kubelet_start::run(ctx, &RealMachine).map_err(JoinError::Kubelet)?;
    let mut files = vec![ca_path, conf_path];
    files.extend(outcome.files);
    let mut result = json!({
        "server": found.server,
        "caCertHash": found.ca_hash,
        "discovery": found.origin.kind(),
        "files": files.iter().map(|p| p.display().to_string()).collect::<Vec<_>>(),
        "kubeletRestartPlanned": matches!(outcome.restart, kadm_kubelet_start::host::StartPlan::Restart(_)) && !ctx.dry_run,
    });
    match &found.origin {
        Origin::File(path) => result["discoveryFile"] = json!(path.display().to_string()),
        Origin::ClusterInfo { url, token_id } => {
            result["discoveryEndpoint"] = json!(url);
            result["tokenId"] = json!(token_id);
        }
    }
    ctx.result(result);
    ctx.products.insert(found);
    Ok(())
}
