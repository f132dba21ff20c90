//! [`ConfigError`]: every way reading or checking a configuration can fail.

use std::path::PathBuf;

/// An error about the configuration. Each message starts with where the value came from (the
/// file with line and column, or the flag), then the field path such as
/// `ClusterConfiguration.networking.serviceSubnet`, then what is wrong and the expected form.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file could not be read.
    #[error(transparent)]
    Read {
        /// Why, naming the file.
        source: kadm_node_fs::FsError,
    },
    /// The file holds a PEM block: a key or a certificate given where the configuration belongs.
    #[error(
        "{}: holds a PEM block (a key or a certificate), not a kubeadm configuration; give \
         --config a YAML file of InitConfiguration and ClusterConfiguration documents \
         (apiVersion kubeadm.k8s.io/v1beta4)",
        path.display()
    )]
    Pem {
        /// The file.
        path: PathBuf,
    },
    /// The file is not well-formed YAML.
    #[error("{at}: invalid YAML: {message}")]
    Syntax {
        /// `file:line:column`.
        at: String,
        /// What the parser reported.
        message: String,
    },
    /// A field could not be decoded: unknown field, wrong type, duplicate key.
    #[error("{at}: {field}: {message}")]
    Decode {
        /// `file:line:column`.
        at: String,
        /// Field path, starting with the kind.
        field: String,
        /// What is wrong and what is expected.
        message: String,
    },
    /// A whole document is refused: missing or unsupported `apiVersion`/`kind`, or a repeated kind.
    #[error("{at}: document {index}: {message}")]
    Document {
        /// `file:line:column` of the document.
        at: String,
        /// 1-based position of the document among the non-empty documents of the file.
        index: usize,
        /// What is wrong and what is accepted.
        message: String,
    },
    /// The file holds no InitConfiguration and no ClusterConfiguration.
    #[error("{}: no InitConfiguration or ClusterConfiguration document (apiVersion kubeadm.k8s.io/v1beta4) found", path.display())]
    Empty {
        /// The file.
        path: PathBuf,
    },
    /// A join's file holds no JoinConfiguration.
    #[error("{}: no JoinConfiguration document (apiVersion kubeadm.k8s.io/v1beta4) found: `kadm join --config` reads one", path.display())]
    NoJoin {
        /// The file.
        path: PathBuf,
    },
    /// The cluster's configuration read by a control-plane join holds no ClusterConfiguration.
    #[error(
        "{}: no ClusterConfiguration document (apiVersion kubeadm.k8s.io/v1beta4) found: a \
         control-plane join reads the cluster's ClusterConfiguration, as the first control plane \
         stored it (the kubeadm-config ConfigMap)",
        path.display()
    )]
    NoCluster {
        /// The file.
        path: PathBuf,
    },
    /// A value is invalid (found by [`crate::Config::validate`]).
    #[error("{}{field}: {message}", at.as_deref().map(|a| format!("{a}: ")).unwrap_or_default())]
    Invalid {
        /// `file:line:column` or `flag --name` when known.
        at: Option<String>,
        /// Field path, starting with the kind.
        field: String,
        /// What is wrong and how to fix it.
        message: String,
    },
    /// Several validation errors; displayed one per line.
    #[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))]
    Multiple(Vec<ConfigError>),
}
