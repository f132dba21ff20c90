//! What discovery finds ([`Discovered`]) and file discovery: the cluster's CA and API server from
//! a kubeconfig file, checked against the `--discovery-token-ca-cert-hash` pins and the endpoint
//! given on the command line. Token discovery ([`crate::token`]) shares the cluster and pin
//! checks.

use std::path::{Path, PathBuf};

use kadm_kubeconfig_model::KubeConfig;
use kadm_node_fs::Root;
use kadm_pki::Certificate;

/// What discovery found: whom to trust and where to connect.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Discovered {
    /// The API server's URL (`https://host:port`).
    pub server: String,
    /// The cluster CA certificate, PEM.
    pub ca_pem: String,
    /// `sha256:<hex>` of the CA's public key.
    pub ca_hash: String,
    /// Where it came from.
    pub origin: Origin,
}

/// Where discovery read the cluster's kubeconfig.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// A kubeconfig file (file discovery).
    File(PathBuf),
    /// The `cluster-info` ConfigMap of an API server (token discovery), signed with a token.
    ClusterInfo {
        /// `https://host:port` asked.
        url: String,
        /// The id of the token whose signature was checked.
        token_id: String,
    },
}

impl Origin {
    /// `file` or `token`, as `-o json` reports the discovery.
    pub fn kind(&self) -> &'static str {
        match self {
            Origin::File(_) => "file",
            Origin::ClusterInfo { .. } => "token",
        }
    }
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Origin::File(path) => write!(f, "{}", path.display()),
            Origin::ClusterInfo { url, .. } => write!(f, "cluster-info of {url}"),
        }
    }
}

/// Why discovery failed. Messages name where the kubeconfig came from and the fix; they never
/// quote its contents, and show a token only as its id.
#[derive(Debug, thiserror::Error)]
pub enum DiscoveryError {
    /// The kubeconfig cannot be read.
    #[error("{origin}: cannot read the kubeconfig")]
    Read {
        /// Where it came from.
        origin: Origin,
        /// What the parser said.
        #[source]
        cause: Box<kadm_kubeconfig_model::KubeConfigError>,
    },
    /// No cluster to use.
    #[error(
        "{origin}: no cluster found: the kubeconfig needs a current context naming a cluster, or \
         a single cluster"
    )]
    NoCluster {
        /// Where it came from.
        origin: Origin,
    },
    /// The cluster has no embedded CA.
    #[error(
        "{origin}: cluster {cluster:?} has no certificate-authority-data: embed the cluster CA (as \
         admin.conf and kube-public/cluster-info do)"
    )]
    NoCa {
        /// Where it came from.
        origin: Origin,
        /// The cluster's name.
        cluster: String,
    },
    /// The embedded CA is not a certificate.
    #[error("{origin}: certificate-authority-data is not a PEM certificate")]
    BadCa {
        /// Where it came from.
        origin: Origin,
        /// What the parser said.
        #[source]
        cause: Box<kadm_pki::PkiError>,
    },
    /// The server is not `https://`.
    #[error(
        "{origin}: cluster server {server} is not an https:// URL: name the API server as \
         https://HOST:PORT"
    )]
    BadServer {
        /// Where it came from.
        origin: Origin,
        /// The server, cut short.
        server: String,
    },
    /// The endpoint on the command line is not the file's server.
    #[error(
        "the API server endpoint {endpoint} is not the discovery file's server {server} \
         ({origin}): give the endpoint of that file, or leave it out"
    )]
    EndpointMismatch {
        /// The endpoint given.
        endpoint: String,
        /// The file's server.
        server: String,
        /// The file.
        origin: Origin,
    },
    /// The CA does not match any pin.
    #[error(
        "{origin}: the cluster CA's public key hash {found} matches none of \
         --discovery-token-ca-cert-hash {}: check the hash (`kadm init` prints it) and that \
         {} is your cluster's",
        pins.join(", "),
        match origin { Origin::File(_) => "the file", Origin::ClusterInfo { .. } => "the endpoint" }
    )]
    Unpinned {
        /// Where it came from.
        origin: Origin,
        /// The CA's hash.
        found: String,
        /// The pins given.
        pins: Vec<String>,
    },
    /// A pin is not `sha256:<64 hex>`.
    #[error(
        "--discovery-token-ca-cert-hash {0} is not sha256:<64 hex digits>: copy it from \
         `kadm init`'s join command"
    )]
    BadPin(String),
    /// Token discovery failed.
    #[error(transparent)]
    Token(Box<crate::token::TokenError>),
}

impl From<crate::token::TokenError> for DiscoveryError {
    fn from(e: crate::token::TokenError) -> Self {
        DiscoveryError::Token(Box::new(e))
    }
}

/// The cluster a kubeconfig names, trusted: its server, its CA, checked against `pins` (none:
/// trust it as it is).
pub(crate) fn trusted_cluster(
    config: &KubeConfig,
    origin: &Origin,
    pins: &[String],
) -> Result<(Discovered, Certificate), DiscoveryError> {
    let wanted = config
        .contexts
        .iter()
        .find(|c| c.name == config.current_context)
        .map(|c| c.context.cluster.clone());
    let named = match wanted {
        Some(name) => config.clusters.iter().find(|c| c.name == name),
        None if config.clusters.len() == 1 => config.clusters.first(),
        None => None,
    }
    .ok_or_else(|| DiscoveryError::NoCluster {
        origin: origin.clone(),
    })?;
    let cluster = &named.cluster;
    let ca_data = cluster
        .certificate_authority_data
        .as_deref()
        .filter(|d| !d.is_empty())
        .ok_or_else(|| DiscoveryError::NoCa {
            origin: origin.clone(),
            cluster: named.name.clone(),
        })?;
    let ca_pem = String::from_utf8_lossy(ca_data).into_owned();
    let source = Path::new("certificate-authority-data");
    let ca = Certificate::from_pem(&ca_pem, source).map_err(|cause| DiscoveryError::BadCa {
        origin: origin.clone(),
        cause: Box::new(cause),
    })?;
    let server = cluster.server.trim_end_matches('/').to_string();
    if server.strip_prefix("https://").is_none_or(str::is_empty) {
        return Err(DiscoveryError::BadServer {
            origin: origin.clone(),
            server: short(&server),
        });
    }
    let ca_hash = kadm_bootstrap_token::ca_cert_hash(ca.public_key_der());
    if !pins.is_empty() && !pins.contains(&ca_hash) {
        return Err(DiscoveryError::Unpinned {
            origin: origin.clone(),
            found: ca_hash,
            pins: pins.to_vec(),
        });
    }
    let found = Discovered {
        server,
        ca_pem,
        ca_hash,
        origin: origin.clone(),
    };
    Ok((found, ca))
}

/// Reads the kubeconfig `file` (a host path, even with `--rootfs`), takes its current cluster
/// (or its only one), and checks it against `endpoint` and `pins`.
pub fn from_file(
    file: &Path,
    endpoint: Option<&str>,
    pins: &[String],
) -> Result<Discovered, DiscoveryError> {
    let pins = normalize_pins(pins)?;
    let origin = Origin::File(file.to_path_buf());
    let config = KubeConfig::load(&Root::host(), file).map_err(|cause| DiscoveryError::Read {
        origin: origin.clone(),
        cause: Box::new(cause),
    })?;
    let (found, _) = trusted_cluster(&config, &origin, &pins)?;
    if let Some(endpoint) = endpoint {
        let given = endpoint
            .trim_start_matches("https://")
            .trim_end_matches('/');
        if given != found.server.trim_start_matches("https://") {
            return Err(DiscoveryError::EndpointMismatch {
                endpoint: short(endpoint),
                server: short(&found.server),
                origin,
            });
        }
    }
    Ok(found)
}

/// The pins in lowercase, or the refusal of the first bad one.
pub(crate) fn normalize_pins(pins: &[String]) -> Result<Vec<String>, DiscoveryError> {
    pins.iter().map(|p| normalize_pin(p)).collect()
}

/// `sha256:<hex>` in lowercase, or the refusal (naming a short prefix of the value).
fn normalize_pin(pin: &str) -> Result<String, DiscoveryError> {
    let lower = pin.trim().to_ascii_lowercase();
    let hex = lower.strip_prefix("sha256:").unwrap_or_default();
    if hex.len() == 64 && hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        Ok(lower)
    } else {
        Err(DiscoveryError::BadPin(short(pin)))
    }
}

/// `text` as a message may echo it (quoted, cut short).
pub(crate) fn short(text: &str) -> String {
    kadm_config::excerpt::value(text)
}

#[cfg(test)]
mod tests {
    use kadm_kubeconfig_model::{Cluster, NamedCluster};

    use super::*;

    fn ca_pem() -> String {
        kadm_test_support::fixtures::new_ca("kubernetes")
            .cert
            .to_pem()
            .to_string()
    }

    /// A kubeconfig as kube-public/cluster-info holds it: one unnamed cluster, no context.
    fn cluster_info(dir: &Path, ca: Option<&str>, server: &str) -> PathBuf {
        let mut config = KubeConfig::default();
        config.clusters.push(NamedCluster {
            name: String::new(),
            cluster: Cluster {
                server: server.into(),
                certificate_authority_data: ca.map(|c| c.as_bytes().to_vec()),
                ..Cluster::default()
            },
        });
        let path = dir.join("cluster-info.conf");
        std::fs::write(&path, config.to_yaml()).unwrap();
        path
    }

    #[test]
    fn a_cluster_info_kubeconfig_gives_the_ca_and_server_and_the_pin_is_checked() {
        let dir = tempfile::tempdir().unwrap();
        let ca = ca_pem();
        let file = cluster_info(dir.path(), Some(&ca), "https://10.0.0.1:6443/");
        let found = from_file(&file, Some("10.0.0.1:6443"), &[]).unwrap();
        assert_eq!(found.server, "https://10.0.0.1:6443");
        assert_eq!(found.ca_pem, ca);
        let upper = found.ca_hash.to_uppercase().replace("SHA256:", "sha256:");
        assert!(
            from_file(&file, None, &[upper]).is_ok(),
            "pins compare in any case"
        );
        let other = format!("sha256:{}", "0".repeat(64));
        let e = from_file(&file, None, std::slice::from_ref(&other)).unwrap_err();
        assert!(matches!(e, DiscoveryError::Unpinned { .. }), "{e}");
        assert!(from_file(&file, None, &[other, found.ca_hash.clone()]).is_ok());
    }

    #[test]
    fn bad_inputs_are_refused_with_the_fix() {
        let dir = tempfile::tempdir().unwrap();
        let ca = ca_pem();
        let file = cluster_info(dir.path(), None, "https://10.0.0.1:6443");
        assert!(matches!(
            from_file(&file, None, &[]),
            Err(DiscoveryError::NoCa { .. })
        ));
        let file = cluster_info(dir.path(), Some(&ca), "http://10.0.0.1:6443");
        assert!(matches!(
            from_file(&file, None, &[]),
            Err(DiscoveryError::BadServer { .. })
        ));
        let file = cluster_info(dir.path(), Some(&ca), "https://10.0.0.1:6443");
        assert!(matches!(
            from_file(&file, Some("10.0.0.2:6443"), &[]),
            Err(DiscoveryError::EndpointMismatch { .. })
        ));
        let e = from_file(&file, None, &["md5:abcd".into()]).unwrap_err();
        assert!(matches!(e, DiscoveryError::BadPin(_)), "{e}");
        let e = from_file(&file, None, &["sha256:abcd".into()]).unwrap_err();
        assert!(matches!(e, DiscoveryError::BadPin(_)), "{e}");
    }
}
