//! The `bootstrap-token` phase: what kubeadm's phase of that name creates through the API server,
//! written as one manifest, `bootstrap-token.yaml` (mode 0600: it holds token secrets), in the
//! cluster-objects directory for `kubectl apply --server-side -f`:
//!
//! - per token, its Secret `bootstrap-token-<id>` in kube-system;
//! - the RBAC that lets bootstrap tokens get nodes and create CSRs, auto-approves a node's first
//!   client certificate and every node's renewals;
//! - the `cluster-info` ConfigMap in kube-public (a kubeconfig with the cluster CA and the
//!   control plane's URL, signed per token as `jws-kubeconfig-<id>`) and the Role and
//!   RoleBinding that let anonymous users read it.
//!
//! Tokens come from `bootstrapTokens` (`--token`, `--token-ttl`); one without a token gets one from
//! the system's secure random source. A re-run keeps the tokens (and their expiration) that the
//! file already holds while they are valid, so it changes no byte.

mod error;
pub mod rbac;
pub mod tokens;

pub use kadm_bootstrap_token::jws;

use std::path::{Path, PathBuf};

use kadm_bootstrap_token::BootstrapToken;
use kadm_config::Config;
use kadm_init_context::{Credentials, InitContext, Tag};
use kadm_kube_objects::k8s_openapi::api::core::v1::ConfigMap;
use kadm_kube_objects::{KUBE_PUBLIC, Manifest, meta};
use kadm_kubeconfig_model::{Cluster, KubeConfig, NamedCluster};
use kadm_node_fs::{FileSpec, Limit, MODE_SECRET};
use kadm_phase_runner::Phase;
use time::OffsetDateTime;

pub use error::{BootstrapTokenError, TokenError};
pub use tokens::{TokenSpec, WrittenToken, token_secret};

use rbac::{cluster_role, cluster_role_binding, core_rule, group, role, role_binding, user};

/// The phase's name.
pub const NAME: &str = "bootstrap-token";
/// The tag of the phase's lines.
pub const TAG: Tag = Tag::new(NAME);
/// The manifest it writes in the cluster-objects directory.
pub const FILE: &str = "bootstrap-token.yaml";
/// The group kubeadm's default token authenticates as, which the RBAC below is granted to.
pub const NODE_BOOTSTRAP_GROUP: &str = "system:bootstrappers:kubeadm:default-node-token";
/// The group every node's credentials carry.
pub const NODES_GROUP: &str = "system:nodes";
/// The ConfigMap (in kube-public) a joining node discovers the cluster from.
pub const CLUSTER_INFO: &str = jws::CLUSTER_INFO;
/// The Role and RoleBinding that let anonymous users read `cluster-info`.
pub const CLUSTER_INFO_RBAC: &str = "kubeadm:bootstrap-signer-clusterinfo";
/// The key prefix of the per-token signatures in `cluster-info`.
pub const JWS_PREFIX: &str = jws::KEY_PREFIX;
/// The bindings kubeadm's TLS bootstrap needs: (binding name, ClusterRole, subject group), in
/// kubeadm's order after `kubeadm:get-nodes`.
pub const TLS_BOOTSTRAP_BINDINGS: [(&str, &str, &str); 3] = [
    (
        "kubeadm:kubelet-bootstrap",
        "system:node-bootstrapper",
        NODE_BOOTSTRAP_GROUP,
    ),
    (
        "kubeadm:node-autoapprove-bootstrap",
        "system:certificates.k8s.io:certificatesigningrequests:nodeclient",
        NODE_BOOTSTRAP_GROUP,
    ),
    (
        "kubeadm:node-autoapprove-certificate-rotation",
        "system:certificates.k8s.io:certificatesigningrequests:selfnodeclient",
        NODES_GROUP,
    ),
];
/// The ClusterRole and ClusterRoleBinding that let bootstrap tokens get nodes.
pub const GET_NODES: &str = "kubeadm:get-nodes";

/// The tokens this run wrote (or would write), for the phases after it.
#[derive(Debug, Clone)]
pub struct Tokens(pub Vec<BootstrapToken>);

/// The `bootstrap-token` phase.
pub fn phase() -> Phase<InitContext> {
    Phase::new(NAME)
        .short("Generates bootstrap tokens used to join a node to a cluster")
        .long(
            "Writes bootstrap-token.yaml in the cluster-objects directory: the bootstrap token \
             Secrets, the RBAC rules for the kubelet's TLS bootstrap, and the cluster-info \
             ConfigMap (signed per token) that joining nodes discover the cluster from. The file \
             holds token secrets: mode 0600.",
        )
        .example("# Write the token objects for a cluster set up by `kadm init`\nkadm init phase bootstrap-token --config config.yaml")
        .run(|ctx| {
            run(ctx)?;
            let path = manifest_path(ctx);
            Ok(ctx.apply_file(TAG, &path, Credentials::Admin)?)
        })
}

/// The manifest's path.
pub fn manifest_path(ctx: &InitContext) -> PathBuf {
    ctx.paths.objects_dir.join(FILE)
}

fn run(ctx: &mut InitContext) -> Result<(), BootstrapTokenError> {
    let path = manifest_path(ctx);
    let existing = read_existing(ctx, &path)?;
    let written = match &existing {
        Some(text) => tokens::written_tokens(text)
            .ok_or_else(|| BootstrapTokenError::Unreadable { path: path.clone() })?,
        None => Vec::new(),
    };
    let now = OffsetDateTime::now_utc();
    let specs = resolve(ctx.config.config(), &written, now)?;
    let ca = match ctx
        .find_authority("ca")
        .map_err(|cause| BootstrapTokenError::Ca { cause })?
    {
        Some(ca) => ca.cert().to_pem().to_string(),
        None => {
            return Err(BootstrapTokenError::NoCa {
                path: ctx.paths.cert_dir.join("ca.crt"),
            });
        }
    };
    let server = kadm_kubeconfig::control_plane_server(&ctx.config);
    let text = objects(&specs, ca.as_bytes(), &server, now)?.to_text();

    if let Some(first) = specs.first() {
        // kubeadm prints the token here; it is in the join command at the end too.
        ctx.out
            .info(TAG, &format!("Using token: {}", first.token.expose()));
    }
    ctx.out.info(
        TAG,
        "Configuring bootstrap tokens, cluster-info ConfigMap, RBAC Roles",
    );
    ctx.commit_changed(vec![FileSpec {
        path: path.clone(),
        contents: text.into_bytes(),
        mode: MODE_SECRET,
    }])
    .map_err(|cause| BootstrapTokenError::Write { cause })?;
    ctx.out.info(
        TAG,
        &format!(
            "Wrote the token Secrets, the TLS bootstrap RBAC rules and the \"{CLUSTER_INFO}\" \
             ConfigMap to {:?}",
            path.display().to_string()
        ),
    );
    ctx.result(serde_json::json!({
        "file": path.display().to_string(),
        "tokens": specs.len(),
        "server": server,
    }));
    ctx.products
        .insert(Tokens(specs.into_iter().map(|s| s.token).collect()));
    Ok(())
}

/// The file an earlier run wrote, if any.
fn read_existing(ctx: &InitContext, path: &Path) -> Result<Option<String>, BootstrapTokenError> {
    ctx.fs()
        .read_text_if_exists(path, Limit::KUBECONFIG)
        .map_err(|cause| BootstrapTokenError::Read {
            path: path.to_path_buf(),
            cause,
        })
}

/// The tokens of this run: this run's tokens (earlier phases), else the ones in the manifest on
/// disk (for `init phase show-join-command` on its own). Empty when there is none.
pub fn current_tokens(ctx: &InitContext) -> Result<Vec<BootstrapToken>, BootstrapTokenError> {
    if let Some(Tokens(tokens)) = ctx.products.get::<Tokens>() {
        return Ok(tokens.clone());
    }
    let path = manifest_path(ctx);
    let Some(text) = read_existing(ctx, &path)? else {
        return Ok(Vec::new());
    };
    let written = tokens::written_tokens(&text).ok_or(BootstrapTokenError::Unreadable { path })?;
    Ok(written.into_iter().map(|w| w.token).collect())
}

/// The tokens `config` asks for, at `now`: a token given in the config is used as it is; one
/// left empty reuses the token an earlier run wrote at the same position while it is valid (and
/// not given elsewhere in the config), else is generated. A token kept from an earlier run keeps
/// its expiration; otherwise `expires`, else now + `ttl` (none for a zero TTL).
pub fn resolve(
    config: &Config,
    written: &[WrittenToken],
    now: OffsetDateTime,
) -> Result<Vec<TokenSpec>, TokenError> {
    let given: Vec<Option<BootstrapToken>> = config
        .init
        .bootstrap_tokens
        .iter()
        .map(|t| BootstrapToken::parse(&t.token).ok())
        .collect();
    let mut out = Vec::new();
    for (i, t) in config.init.bootstrap_tokens.iter().enumerate() {
        let field = format!("InitConfiguration.bootstrapTokens[{i}]");
        tokens::check_usages_and_groups(&field, &t.usages, &t.groups)?;
        let expires = match t.expires.as_str() {
            "" => None,
            text => Some(tokens::parse_time(text).ok_or_else(|| TokenError::Expires {
                field: format!("{field}.expires"),
                value: kadm_config::excerpt::value(text),
            })?),
        };
        let earlier = match &given[i] {
            Some(token) => written.iter().find(|w| &w.token == token),
            None => written
                .get(i)
                .filter(|w| w.valid_at(now) && !given.contains(&Some(w.token.clone()))),
        };
        let token = match (&given[i], earlier) {
            (Some(token), _) => token.clone(),
            (None, Some(w)) => w.token.clone(),
            (None, None) => BootstrapToken::generate()?,
        };
        // Validation checked the TTL; an empty one is kubeadm's default.
        let ttl = kadm_config::parse_duration(&t.ttl)
            .or_else(|_| kadm_config::parse_duration(kadm_config::DEFAULT_TOKEN_TTL))
            .unwrap_or_default();
        let expiration = match (expires, earlier) {
            (Some(at), _) => Some(tokens::rfc3339(at)),
            _ if ttl.is_zero() => None,
            (None, Some(w)) if w.expiration.is_some() && w.valid_at(now) => w.expiration.clone(),
            (None, _) => tokens::expiration_after(now, ttl),
        };
        out.push(TokenSpec {
            token,
            description: t.description.clone(),
            expiration,
            usages: t.usages.clone(),
            groups: t.groups.clone(),
        });
    }
    Ok(out)
}

/// The settings of a token `kadm token create` makes: `token` or a new one, and the first
/// `bootstrapTokens` entry of `config` (kubeadm's defaults without a file) where a flag gives no
/// value. `ttl` zero never expires.
pub fn token_to_create(
    config: &Config,
    token: Option<BootstrapToken>,
    description: Option<&str>,
    ttl: Option<std::time::Duration>,
    usages: &[String],
    groups: &[String],
    now: OffsetDateTime,
) -> Result<TokenSpec, TokenError> {
    let base = config
        .init
        .bootstrap_tokens
        .first()
        .cloned()
        .unwrap_or_default();
    let pick = |flag: &[String], file: &[String]| {
        if flag.is_empty() {
            file.to_vec()
        } else {
            flag.to_vec()
        }
    };
    let usages = pick(usages, &base.usages);
    let groups = pick(groups, &base.groups);
    tokens::check_usages_and_groups("token create", &usages, &groups)?;
    let token = match token.or_else(|| BootstrapToken::parse(&base.token).ok()) {
        Some(token) => token,
        None => BootstrapToken::generate()?,
    };
    let ttl = ttl
        .or_else(|| kadm_config::parse_duration(&base.ttl).ok())
        .or_else(|| kadm_config::parse_duration(kadm_config::DEFAULT_TOKEN_TTL).ok())
        .unwrap_or_default();
    Ok(TokenSpec {
        token,
        description: description.map_or(base.description, str::to_string),
        expiration: tokens::expiration_after(now, ttl),
        usages,
        groups,
    })
}

/// The kubeconfig `cluster-info` carries: one cluster without a name, holding the CA and the
/// server, and nothing else (as kubeadm copies it out of admin.conf).
pub fn cluster_info_kubeconfig(ca_pem: &[u8], server: &str) -> String {
    let mut config = KubeConfig::default();
    config.clusters.push(NamedCluster {
        name: String::new(),
        cluster: Cluster {
            server: server.to_string(),
            certificate_authority_data: Some(ca_pem.to_vec()),
            ..Cluster::default()
        },
    });
    config.to_yaml()
}

/// Every object of the phase, in kubeadm's order: the token Secrets, the RBAC for TLS bootstrap,
/// then `cluster-info` with its RBAC. `cluster-info` carries a signature for each token that may
/// sign and has not expired at `now`: the bootstrap signer drops an expired token's signature, so
/// a node given that token finds none and refuses to join.
pub fn objects(
    specs: &[TokenSpec],
    ca_pem: &[u8],
    server: &str,
    now: OffsetDateTime,
) -> Result<Manifest, kadm_kube_objects::SortedYamlError> {
    let mut m = Manifest::new();
    for spec in specs {
        m.push(&token_secret(spec))?;
    }
    m.push(&cluster_role(
        GET_NODES,
        vec![core_rule(&["get"], &["nodes"], &[])],
    ))?;
    m.push(&cluster_role_binding(
        GET_NODES,
        GET_NODES,
        group(NODE_BOOTSTRAP_GROUP),
    ))?;
    for (name, role, subject) in TLS_BOOTSTRAP_BINDINGS {
        m.push(&cluster_role_binding(name, role, group(subject)))?;
    }
    let kubeconfig = cluster_info_kubeconfig(ca_pem, server);
    let mut data = vec![(jws::KUBECONFIG_KEY.to_string(), kubeconfig.clone())];
    for spec in specs.iter().filter(|s| s.signs_at(now)) {
        data.push((
            jws::signature_key(spec.token.id()),
            jws::detached_signature(&kubeconfig, &spec.token),
        ));
    }
    m.push(&ConfigMap {
        metadata: meta(CLUSTER_INFO, Some(KUBE_PUBLIC), &[]),
        data: Some(data.into_iter().collect()),
        ..ConfigMap::default()
    })?;
    m.push(&role(
        CLUSTER_INFO_RBAC,
        KUBE_PUBLIC,
        vec![core_rule(&["get"], &["configmaps"], &[CLUSTER_INFO])],
    ))?;
    m.push(&role_binding(
        CLUSTER_INFO_RBAC,
        KUBE_PUBLIC,
        user("system:anonymous"),
    ))?;
    Ok(m)
}

#[cfg(test)]
mod tests;
