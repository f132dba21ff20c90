//! File discovery: the cluster's CA and API server from a kubeconfig file, checked against the
//! `--discovery-token-ca-cert-hash` pins and the endpoint given on the command line.

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
    /// The file it came from.
    pub file: PathBuf,
}

/// Why discovery failed. Messages name the file and the fix; they never quote its contents.
#[derive(Debug, thiserror::Error)]
pub enum DiscoveryError {
    /// The file is not a kubeconfig kadm can read.
    #[error("--discovery-file: cannot read the kubeconfig")]
    Read(#[source] kadm_kubeconfig_model::KubeConfigError),
    /// No cluster to use.
    #[error(
        "{}: no cluster found: the discovery file needs a current context naming a cluster, or \
         a single cluster",
        file.display()
    )]
    NoCluster {
        /// The file.
        file: PathBuf,
    },
    /// The cluster has no embedded CA.
    #[error(
        "{}: cluster {cluster:?} has no certificate-authority-data: embed the cluster CA (as \
         admin.conf and kube-public/cluster-info do)",
        file.display()
    )]
    NoCa {
        /// The file.
        file: PathBuf,
        /// The cluster's name.
        cluster: String,
    },
    /// The embedded CA is not a certificate.
    #[error("{}: certificate-authority-data is not a PEM certificate", file.display())]
    BadCa {
        /// The file.
        file: PathBuf,
        /// What the parser said.
        #[source]
        cause: kadm_pki::PkiError,
    },
    /// The server is not `https://`.
    #[error(
        "{}: cluster server {server} is not an https:// URL: name the API server as \
         https://HOST:PORT",
        file.display()
    )]
    BadServer {
        /// The file.
        file: PathBuf,
        /// The server, cut short.
        server: String,
    },
    /// The endpoint on the command line is not the file's server.
    #[error(
        "the API server endpoint {endpoint} is not the discovery file's server {server} \
         ({}): give the endpoint of that file, or leave it out",
        file.display()
    )]
    EndpointMismatch {
        /// The endpoint given.
        endpoint: String,
        /// The file's server.
        server: String,
        /// The file.
        file: PathBuf,
    },
    /// The CA does not match any pin.
    #[error(
        "{}: the cluster CA's public key hash {found} matches none of \
         --discovery-token-ca-cert-hash {}: check the hash (`kadm init` prints it) or the file",
        file.display(),
        pins.join(", ")
    )]
    Unpinned {
        /// The file.
        file: PathBuf,
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
}

/// Reads the kubeconfig `file` (a host path, even with `--rootfs`), takes its current cluster
/// (or its only one), and checks it against `endpoint` and `pins`.
pub fn from_file(
    file: &Path,
    endpoint: Option<&str>,
    pins: &[String],
) -> Result<Discovered, DiscoveryError> {
    let pins = pins
        .iter()
        .map(|p| normalize_pin(p))
        .collect::<Result<Vec<_>, _>>()?;
    let config = KubeConfig::load(&Root::host(), file).map_err(DiscoveryError::Read)?;
    let no_cluster = || DiscoveryError::NoCluster {
        file: file.to_path_buf(),
    };
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
    .ok_or_else(no_cluster)?;
    let cluster = &named.cluster;
    let ca_data = cluster
        .certificate_authority_data
        .as_deref()
        .filter(|d| !d.is_empty())
        .ok_or_else(|| DiscoveryError::NoCa {
            file: file.to_path_buf(),
            cluster: named.name.clone(),
        })?;
    let ca_pem = String::from_utf8_lossy(ca_data).into_owned();
    let ca = Certificate::from_pem(&ca_pem, file).map_err(|cause| DiscoveryError::BadCa {
        file: file.to_path_buf(),
        cause,
    })?;
    let server = cluster.server.trim_end_matches('/').to_string();
    let Some(host_port) = server.strip_prefix("https://").filter(|h| !h.is_empty()) else {
        return Err(DiscoveryError::BadServer {
            file: file.to_path_buf(),
            server: short(&server),
        });
    };
    if let Some(endpoint) = endpoint {
        let given = endpoint
            .trim_start_matches("https://")
            .trim_end_matches('/');
        if given != host_port {
            return Err(DiscoveryError::EndpointMismatch {
                endpoint: short(endpoint),
                server: short(&server),
                file: file.to_path_buf(),
            });
        }
    }
    let ca_hash = kadm_bootstrap_token::ca_cert_hash(ca.public_key_der());
    if !pins.is_empty() && !pins.contains(&ca_hash) {
        return Err(DiscoveryError::Unpinned {
            file: file.to_path_buf(),
            found: ca_hash,
            pins,
        });
    }
    Ok(Discovered {
        server,
        ca_pem,
        ca_hash,
        file: file.to_path_buf(),
    })
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
fn short(text: &str) -> String {
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
