//! The `show-join-command` phase: what kubeadm prints at the end of `init`, with `kadm` as the
//! program: the command that joins a worker, with `--upload-certs` the one that joins another
//! control-plane node, and the `kubectl apply --server-side` command that creates the objects
//! the other phases wrote in the cluster-objects directory.
//!
//! The discovery hash is `sha256:` and the SHA-256 of the cluster CA's DER SubjectPublicKeyInfo
//! ([`kadm_bootstrap_token::ca_cert_hash`]). The phase's `-o json` result carries the commands,
//! the token, the hash and the certificate key, so a pipeline never parses the text.

use std::path::Path;

use kadm_bootstrap_token::BootstrapToken;
use kadm_init_context::{Causes, InitContext, Tag};
use kadm_phase_runner::Phase;

/// The phase's name.
pub const NAME: &str = "show-join-command";
/// The program the commands name.
pub const PROGRAM: &str = "kadm";
/// What kubeadm shows instead of a value the user asked not to print.
pub const WITHHELD: &str = "<value withheld>";

/// Why the phase failed.
#[derive(Debug, thiserror::Error)]
pub enum ShowJoinCommandError {
    /// No token to put in the command.
    #[error(
        "no bootstrap token: {} holds none and the configuration gives none; run `kadm init \
         phase bootstrap-token` first, or give --token",
        file.display()
    )]
    NoToken {
        /// The bootstrap-token manifest looked in.
        file: std::path::PathBuf,
    },
    /// The token manifest cannot be read.
    #[error("{}", Causes(.cause))]
    Tokens {
        /// Why.
        cause: kadm_bootstrap_token_phase::BootstrapTokenError,
    },
    /// No cluster CA to hash.
    #[error(
        "no cluster CA at {}: the join command pins its public key; run `kadm init phase certs ca` first",
        path.display()
    )]
    NoCa {
        /// Where it was looked for.
        path: std::path::PathBuf,
    },
    /// The CA cannot be used.
    #[error("cannot use the cluster CA: {}", Causes(.cause))]
    Ca {
        /// Why.
        cause: kadm_init_context::AuthorityError,
    },
    /// The certificate key cannot be read.
    #[error("{}", Causes(.cause))]
    Key {
        /// Why.
        cause: kadm_upload_certs::UploadCertsError,
    },
    /// With --upload-certs, no key was made (upload-certs did not run).
    #[error(
        "--upload-certs is given but there is no certificate key: run `kadm init phase \
         upload-certs --upload-certs` first, or give --certificate-key"
    )]
    NoKey,
}

/// The `show-join-command` phase.
pub fn phase() -> Phase<InitContext> {
    Phase::new(NAME)
        .short("Show the join command for control-plane and worker node")
        .long(
            "Prints `kadm join` commands for worker nodes and, with --upload-certs, for more \
             control-plane nodes (token, discovery-token-ca-cert-hash, certificate key), and the \
             `kubectl apply --server-side` command that creates the cluster objects once the API \
             server runs. The token and the key are secrets: share them only with the nodes.",
        )
        .example("# Print the join commands again\nkadm init phase show-join-command --config config.yaml")
        .run(|ctx| Ok(run(ctx)?))
}

/// Everything a node needs to join, and the commands built from it.
#[derive(Debug, Clone)]
pub struct JoinCommands {
    /// `host:port` of the control plane.
    pub endpoint: String,
    /// The bootstrap token.
    pub token: BootstrapToken,
    /// `sha256:<hex>` of the CA's public key.
    pub ca_cert_hash: String,
    /// The certificate key (hex), when certificates were uploaded and it may be shown.
    pub certificate_key: Option<String>,
    /// The client URLs of the cluster's local etcd (none with an external etcd), which a joining
    /// control plane adds its member through.
    pub etcd_endpoints: Vec<String>,
}

/// Where the control-plane join command expects this node's cluster-objects directory, copied to
/// the joining node.
pub const CERTS_FROM: &str = "./cluster-objects";

impl JoinCommands {
    /// The worker's command as words: `kadm join <endpoint> --token <t> --discovery-token-ca-cert-hash <h>`.
    fn worker_words(&self, token: &str) -> Vec<String> {
        vec![
            format!("{PROGRAM} join {} --token {token}", self.endpoint),
            format!("--discovery-token-ca-cert-hash {}", self.ca_cert_hash),
        ]
    }

    /// The worker's join command on one line.
    pub fn worker(&self) -> String {
        self.worker_words(&self.token.expose()).join(" ")
    }

    /// The control plane's join command as words: the worker's, then `--control-plane
    /// --certificate-key <key>`, the copied objects (`--certs-from`) and the etcd endpoints,
    /// everything `kadm join --control-plane` needs.
    fn control_plane_words(&self, token: &str, key: &str) -> Vec<String> {
        let mut words = self.worker_words(token);
        words.push(format!("--control-plane --certificate-key {key}"));
        words.push(format!("--certs-from {CERTS_FROM}"));
        if !self.etcd_endpoints.is_empty() {
            words.push(format!(
                "--etcd-endpoints {}",
                self.etcd_endpoints.join(",")
            ));
        }
        words
    }

    /// The control plane's join command on one line, when certificates were uploaded.
    pub fn control_plane(&self, key: &str) -> String {
        self.control_plane_words(&self.token.expose(), key)
            .join(" ")
    }
}

/// The command that joins a node, as kubeadm prints it: continued lines, the later ones indented
/// by a tab.
pub fn continued(words: &[String]) -> String {
    words.join(" \\\n\t")
}

/// The control plane's address as a join command takes it: the URL of admin.conf without its
/// scheme.
pub fn endpoint(config: &kadm_config::ValidConfig) -> String {
    let server = kadm_kubeconfig::control_plane_server(config);
    server
        .strip_prefix("https://")
        .unwrap_or(&server)
        .to_string()
}

/// The token of the join command: the one this run's bootstrap-token phase used, else the one
/// the configuration gives (`--token`), else the first one in the bootstrap-token manifest.
fn token(ctx: &InitContext) -> Result<BootstrapToken, ShowJoinCommandError> {
    if let Some(kadm_bootstrap_token_phase::Tokens(tokens)) = ctx.products.get()
        && let Some(first) = tokens.first()
    {
        return Ok(first.clone());
    }
    let configured = ctx
        .config
        .config()
        .init
        .bootstrap_tokens
        .first()
        .and_then(|t| BootstrapToken::parse(&t.token).ok());
    if let Some(token) = configured {
        return Ok(token);
    }
    kadm_bootstrap_token_phase::current_tokens(ctx)
        .map_err(|cause| ShowJoinCommandError::Tokens { cause })?
        .into_iter()
        .next()
        .ok_or_else(|| ShowJoinCommandError::NoToken {
            file: kadm_bootstrap_token_phase::manifest_path(ctx),
        })
}

fn ca_cert_hash(ctx: &InitContext) -> Result<String, ShowJoinCommandError> {
    let ca = ctx
        .find_authority("ca")
        .map_err(|cause| ShowJoinCommandError::Ca { cause })?
        .ok_or_else(|| ShowJoinCommandError::NoCa {
            path: ctx.paths.cert_dir.join("ca.crt"),
        })?;
    Ok(kadm_bootstrap_token::ca_cert_hash(
        ca.cert().public_key_der(),
    ))
}

/// The worker's join command for `token` on one line, for `kadm token create
/// --print-join-command`: needs the cluster CA under the context's root. The endpoint is the
/// server of admin.conf when the node has one (as kubeadm reads it from its kubeconfig), else
/// the configuration's.
pub fn worker_command(
    ctx: &InitContext,
    token: &BootstrapToken,
) -> Result<String, ShowJoinCommandError> {
    let admin = ctx.paths.kubeconfig_dir.join(kadm_kubeconfig::ADMIN_CONF);
    let from_admin = kadm_kubeconfig_model::KubeConfig::load(ctx.fs(), &admin)
        .ok()
        .and_then(|k| Some(k.current_cluster().ok()?.cluster.server.clone()))
        .and_then(|s| s.strip_prefix("https://").map(str::to_string));
    let join = JoinCommands {
        endpoint: from_admin.unwrap_or_else(|| endpoint(&ctx.config)),
        token: token.clone(),
        ca_cert_hash: ca_cert_hash(ctx)?,
        certificate_key: None,
        etcd_endpoints: Vec::new(),
    };
    Ok(join.worker())
}

/// The client URL of this node's local etcd (the one member a new control plane joins through),
/// or none with an external etcd.
fn etcd_endpoints(config: &kadm_config::ValidConfig) -> Vec<String> {
    if config.external_etcd() {
        Vec::new()
    } else {
        vec![kadm_etcd_local::client_url(config.advertise_address())]
    }
}

/// `path` as the node sees it (without the `--rootfs` directory).
fn on_node(ctx: &InitContext, path: &Path) -> String {
    ctx.fs()
        .node_path(path)
        .unwrap_or_else(|| path.to_path_buf())
        .display()
        .to_string()
}

/// The command that creates the cluster objects, in the node's paths: first the
/// `kubeadm:cluster-admins` binding with `super-admin.conf` (`admin.conf` has no rights before
/// it exists), then every object with `admin.conf`, as kubeadm uses them.
pub fn apply_command(ctx: &InitContext) -> String {
    let kubeconfig = |file: &str| on_node(ctx, &ctx.paths.kubeconfig_dir.join(file));
    format!(
        "kubectl --kubeconfig {} apply --server-side -f {} && kubectl --kubeconfig {} apply \
         --server-side -f {}/",
        kubeconfig(kadm_kubeconfig::SUPER_ADMIN_CONF),
        on_node(ctx, &kadm_kubeconfig::cluster_admins_path(ctx)),
        kubeconfig(kadm_kubeconfig::ADMIN_CONF),
        on_node(ctx, &ctx.paths.objects_dir)
    )
}

fn run(ctx: &mut InitContext) -> Result<(), ShowJoinCommandError> {
    let key = if ctx.config.upload_certs() {
        let key = kadm_upload_certs::current_key(ctx)
            .map_err(|cause| ShowJoinCommandError::Key { cause })?
            .ok_or(ShowJoinCommandError::NoKey)?;
        Some(key.expose())
    } else {
        None
    };
    let join = JoinCommands {
        endpoint: endpoint(&ctx.config),
        token: token(ctx)?,
        ca_cert_hash: ca_cert_hash(ctx)?,
        certificate_key: key,
        etcd_endpoints: etcd_endpoints(&ctx.config),
    };
    let apply = apply_command(ctx);
    let shown_key = match (
        &join.certificate_key,
        ctx.config.skip_certificate_key_print(),
    ) {
        (Some(_), true) => Some(WITHHELD.to_string()),
        (key, false) => key.clone(),
        (None, true) => None,
    };
    let token = join.token.expose();
    let online = ctx.online();
    let mut text = if online {
        vec![
            String::new(),
            "Your Kubernetes control-plane has initialized successfully! Its objects are applied \
             to the API server (their manifests are kept in the cluster-objects directory)."
                .to_string(),
        ]
    } else {
        vec![
            String::new(),
            "Once the control plane runs, create the objects kubeadm would create through the \
             API server with:"
                .to_string(),
            String::new(),
            format!("  {apply}"),
        ]
    };
    if let Some(dir) = ctx.fs().dir() {
        text.push(String::new());
        text.push(format!(
            "(The paths are the node's: with --rootfs, the files are under {:?}.)",
            dir.display().to_string()
        ));
    }
    if let Some(key) = &shown_key {
        let words = join.control_plane_words(&token, key);
        text.extend([
            String::new(),
            "You can now join any number of control-plane nodes by running the following \
             command on each as root:"
                .to_string(),
            String::new(),
            format!("  {}", continued(&words)),
            String::new(),
            format!(
                "First copy {} of this node to {CERTS_FROM} on the new node: kadm reads the \
                 kubeadm-certs Secret and the ClusterConfiguration from there.",
                on_node(ctx, &ctx.paths.objects_dir)
            ),
            String::new(),
            "Please note that the certificate-key gives access to cluster sensitive data, keep \
             it secret! The kubeadm-certs Secret stays until you delete it (`kubectl -n \
             kube-system delete secret kubeadm-certs`); \"kadm init phase upload-certs \
             --upload-certs\" writes it again."
                .to_string(),
        ]);
    }
    let then = if shown_key.is_some() {
        "Then you"
    } else {
        "You"
    };
    text.extend([
        String::new(),
        format!(
            "{then} can join any number of worker nodes by running the following on each as root:"
        ),
        String::new(),
        continued(&join.worker_words(&token)),
    ]);
    for line in text {
        ctx.out.info(Tag::NONE, &line);
    }
    let shown_key = shown_key.filter(|k| k != WITHHELD);
    ctx.result(serde_json::json!({
        "endpoint": join.endpoint,
        "token": token,
        "caCertHash": join.ca_cert_hash,
        "certificateKey": shown_key,
        "workerJoinCommand": join.worker(),
        "controlPlaneJoinCommand": shown_key.as_deref().map(|k| join.control_plane(k)),
        "objectsApplied": online,
        "applyCommand": (!online).then_some(apply),
        "objectsDir": format!("{}/", on_node(ctx, &ctx.paths.objects_dir)),
    }));
    Ok(())
}

#[cfg(test)]
mod tests;
