//! `JoinConfiguration` (`kubeadm.k8s.io/v1beta4`): what `kadm join` reads from `--config`, and
//! [`JoinFile`], the file's documents after strict decoding.
//!
//! Field names follow the upstream API exactly; every struct rejects unknown fields. A join file
//! holds one `JoinConfiguration` and may hold a `KubeletConfiguration` (whose fields win over
//! kubeadm's defaults in the kubelet's files, as for init); other kubeadm kinds are ignored, as
//! kubeadm ignores them.

use std::path::{Path, PathBuf};

use kadm_kubelet_config::KubeletConfiguration;
use serde::{Deserialize, Serialize};

use crate::error::ConfigError;
use crate::types::{ApiEndpoint, NodeRegistration, Patches, Timeouts};

/// `kind` of the join-time document.
pub const JOIN_KIND: &str = "JoinConfiguration";
/// kubeadm's default `timeouts.discovery` of a join.
pub const DEFAULT_DISCOVERY_TIMEOUT: &str = "5m0s";

/// `JoinConfiguration`: settings of one `join`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct JoinConfiguration {
    /// Always `kubeadm.k8s.io/v1beta4`.
    #[serde(default)]
    pub api_version: String,
    /// Always `JoinConfiguration`.
    #[serde(default)]
    pub kind: String,
    /// Dry-run mode requested by the file.
    #[serde(default)]
    pub dry_run: bool,
    /// How this node registers itself.
    #[serde(default)]
    pub node_registration: NodeRegistration,
    /// Where the cluster's CA certificate is written (`/etc/kubernetes/pki/ca.crt` when empty).
    #[serde(default)]
    pub ca_cert_path: String,
    /// How the node finds and trusts the cluster.
    #[serde(default)]
    pub discovery: Discovery,
    /// Set when this node joins as a control plane.
    #[serde(default)]
    pub control_plane: Option<JoinControlPlane>,
    /// Phases to skip when `--skip-phases` is not given.
    #[serde(default)]
    pub skip_phases: Vec<String>,
    /// Patches for the components kubeadm deploys.
    #[serde(default)]
    pub patches: Option<Patches>,
    /// Timeouts of the join workflow, as Go duration strings.
    #[serde(default)]
    pub timeouts: Option<Timeouts>,
}

/// `discovery`: token discovery, file discovery, and the token for the kubelet's TLS bootstrap.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Discovery {
    /// Discovery through the `cluster-info` ConfigMap, verified with a bootstrap token.
    #[serde(default)]
    pub bootstrap_token: Option<BootstrapTokenDiscovery>,
    /// Discovery from a kubeconfig file.
    #[serde(default)]
    pub file: Option<FileDiscovery>,
    /// The bootstrap token the kubelet authenticates with (the discovery token when empty).
    #[serde(default, rename = "tlsBootstrapToken")]
    pub tls_bootstrap_token: String,
}

/// `discovery.bootstrapToken`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BootstrapTokenDiscovery {
    /// The bootstrap token, `[a-z0-9]{6}.[a-z0-9]{16}`.
    #[serde(default)]
    pub token: String,
    /// `host:port` of an API server.
    #[serde(default, rename = "apiServerEndpoint")]
    pub api_server_endpoint: String,
    /// `sha256:<hex>` pins of the cluster CA's public key.
    #[serde(default)]
    pub ca_cert_hashes: Vec<String>,
    /// Trust the discovered CA without a pin.
    #[serde(default, rename = "unsafeSkipCAVerification")]
    pub unsafe_skip_ca_verification: bool,
}

/// `discovery.file`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FileDiscovery {
    /// A kubeconfig file (path or URL in kubeadm) naming the cluster's CA and server.
    #[serde(default)]
    pub kube_config_path: String,
}

/// `controlPlane`: the control-plane part of a join.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct JoinControlPlane {
    /// The API server endpoint of this node.
    #[serde(default, rename = "localAPIEndpoint")]
    pub local_api_endpoint: ApiEndpoint,
    /// Hex AES key that decrypts the `kubeadm-certs` Secret.
    #[serde(default)]
    pub certificate_key: String,
}

/// A join file's documents after strict decoding.
#[derive(Debug, Clone, Default)]
pub struct JoinFile {
    /// The `JoinConfiguration` document.
    pub join: JoinConfiguration,
    /// The file's `KubeletConfiguration`, when it has one.
    pub kubelet: Option<KubeletConfiguration>,
    /// The file read, if any.
    pub source: Option<PathBuf>,
}

impl JoinFile {
    /// Reads `path` and decodes it strictly: an unknown kind or field is an error naming
    /// `file:line:column` and the field, as for init's configuration.
    pub fn load(path: &Path) -> Result<JoinFile, ConfigError> {
        // The file named on the command line is a host path, even with --rootfs.
        let text = kadm_node_fs::Root::host()
            .read_text(path, kadm_node_fs::Limit::CONFIG)
            .map_err(|source| ConfigError::Read { source })?;
        JoinFile::from_yaml_str(&text, path)
    }

    /// `timeouts.discovery` ([`DEFAULT_DISCOVERY_TIMEOUT`] when unset): how long token
    /// discovery keeps trying to reach the API server. The error names the file and the field.
    pub fn discovery_timeout(&self) -> Result<std::time::Duration, ConfigError> {
        let text = self
            .join
            .timeouts
            .as_ref()
            .map(|t| t.discovery.as_str())
            .filter(|t| !t.is_empty())
            .unwrap_or(DEFAULT_DISCOVERY_TIMEOUT);
        crate::parse_positive_duration(text).map_err(|e| ConfigError::Invalid {
            at: self.source.as_ref().map(|p| p.display().to_string()),
            field: "JoinConfiguration.timeouts.discovery".into(),
            message: e.to_string(),
        })
    }

    /// Like [`JoinFile::load`] for text already in memory; `source` names it in messages.
    pub fn from_yaml_str(text: &str, source: &Path) -> Result<JoinFile, ConfigError> {
        let parsed = crate::load::parse_for(text, source, crate::load::Purpose::Join)?;
        let Some(join) = parsed.join else {
            return Err(ConfigError::NoJoin {
                path: source.to_path_buf(),
            });
        };
        Ok(JoinFile {
            join,
            kubelet: parsed.kubelet,
            source: Some(source.to_path_buf()),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = concat!(
        "apiVersion: kubeadm.k8s.io/v1beta4\n",
        "kind: JoinConfiguration\n",
        "nodeRegistration:\n",
        "  name: worker-1\n",
        "discovery:\n",
        "  bootstrapToken:\n",
        "    token: abcdef.0123456789abcdef\n",
        "    apiServerEndpoint: 10.0.0.1:6443\n",
        "    caCertHashes: [\"sha256:00\"]\n",
        "  tlsBootstrapToken: abcdef.0123456789abcdef\n",
    );

    #[test]
    fn a_join_file_is_read_and_init_kinds_are_ignored() {
        let text =
            format!("{FILE}---\napiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\n");
        let file = JoinFile::from_yaml_str(&text, Path::new("join.yaml")).unwrap();
        assert_eq!(file.join.node_registration.name, "worker-1");
        let token = file.join.discovery.bootstrap_token.unwrap();
        assert_eq!(token.api_server_endpoint, "10.0.0.1:6443");
        assert_eq!(token.ca_cert_hashes, ["sha256:00"]);
    }

    #[test]
    fn an_unknown_field_names_file_line_and_field() {
        let text = FILE.replace("  tlsBootstrapToken", "  tlsBootstrapTokn");
        let e = JoinFile::from_yaml_str(&text, Path::new("join.yaml"))
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("join.yaml:10:"), "{e}");
        assert!(e.contains("JoinConfiguration.discovery"), "{e}");
        assert!(e.contains("did you mean \"tlsBootstrapToken\""), "{e}");
    }

    #[test]
    fn the_discovery_timeout_defaults_to_kubeadms_and_a_bad_one_names_the_field() {
        let file = JoinFile::from_yaml_str(FILE, Path::new("join.yaml")).unwrap();
        assert_eq!(
            file.discovery_timeout().unwrap(),
            std::time::Duration::from_secs(300)
        );
        let text = format!("{FILE}timeouts:\n  discovery: 2s\n");
        let file = JoinFile::from_yaml_str(&text, Path::new("join.yaml")).unwrap();
        assert_eq!(
            file.discovery_timeout().unwrap(),
            std::time::Duration::from_secs(2)
        );
        for bad in ["soon", "0s"] {
            let text = format!("{FILE}timeouts:\n  discovery: {bad}\n");
            let file = JoinFile::from_yaml_str(&text, Path::new("join.yaml")).unwrap();
            let e = file.discovery_timeout().unwrap_err().to_string();
            assert!(
                e.starts_with("join.yaml: JoinConfiguration.timeouts.discovery:"),
                "{e}"
            );
        }
    }

    #[test]
    fn a_file_without_a_join_document_is_refused() {
        let text = "apiVersion: kubeadm.k8s.io/v1beta4\nkind: InitConfiguration\n";
        let e = JoinFile::from_yaml_str(text, Path::new("init.yaml")).unwrap_err();
        assert!(matches!(e, ConfigError::NoJoin { .. }), "{e}");
    }

    #[test]
    fn init_still_refuses_a_join_document() {
        let host = crate::HostFacts {
            hostname: "n".into(),
            default_ipv4: None,
        };
        let e = crate::Config::from_yaml_str(FILE, Path::new("join.yaml"), &host).unwrap_err();
        assert!(e.to_string().contains("unsupported kind"), "{e}");
    }
}
