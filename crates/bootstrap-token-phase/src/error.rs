//! What can go wrong in the `bootstrap-token` phase and in building a token's Secret. Messages
//! name the file or field and the fix; they never show a token's secret.

use std::path::PathBuf;

use kadm_init_context::{AuthorityError, Causes};

/// A token setting kubeadm would refuse.
#[derive(Debug, thiserror::Error)]
pub enum TokenError {
    /// A usage other than `signing` and `authentication`.
    #[error("{field}: unknown usage {usage}: a token's usages are signing and authentication")]
    Usage {
        /// Where it came from.
        field: String,
        /// The usage, quoted and cut.
        usage: String,
    },
    /// An extra group outside `system:bootstrappers:`.
    #[error(
        "{field}: invalid group {group}: extra groups have the form \
         system:bootstrappers:[a-z0-9:-]{{0,255}}[a-z0-9]"
    )]
    Group {
        /// Where it came from.
        field: String,
        /// The group, quoted and cut.
        group: String,
    },
    /// `expires` is not an RFC 3339 time.
    #[error("{field}: invalid time {value}: expected RFC 3339, e.g. 2030-01-02T15:04:05Z")]
    Expires {
        /// Where it came from.
        field: String,
        /// The value, quoted and cut.
        value: String,
    },
    /// The system's random source failed.
    #[error(transparent)]
    Random(#[from] kadm_bootstrap_token::RandomError),
}

/// Why the `bootstrap-token` phase failed.
#[derive(Debug, thiserror::Error)]
pub enum BootstrapTokenError {
    /// A token's settings.
    #[error(transparent)]
    Token(#[from] TokenError),
    /// No cluster CA to put in cluster-info.
    #[error(
        "no cluster CA at {}: cluster-info carries it; run `kadm init phase certs ca` first",
        path.display()
    )]
    NoCa {
        /// Where it was looked for.
        path: PathBuf,
    },
    /// The cluster CA cannot be used.
    #[error("cannot use the cluster CA: {}", Causes(.cause))]
    Ca {
        /// Why.
        cause: AuthorityError,
    },
    /// The manifest of an earlier run cannot be read.
    #[error("cannot read the earlier {}: {}", path.display(), Causes(.cause))]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        cause: kadm_node_fs::FsError,
    },
    /// The manifest of an earlier run is not one kadm wrote.
    #[error(
        "{} is not a manifest of bootstrap token Secrets as kadm writes it: remove it (a new \
         token is then made) or restore it",
        path.display()
    )]
    Unreadable {
        /// The file.
        path: PathBuf,
    },
    /// Printing an object.
    #[error("cannot print the objects: {}", Causes(.cause))]
    Yaml {
        /// Why.
        cause: kadm_kube_objects::SortedYamlError,
    },
    /// Writing the file.
    #[error("cannot write the objects: {}", Causes(.cause))]
    Write {
        /// Why.
        cause: kadm_node_fs::FsError,
    },
}

impl From<kadm_kube_objects::SortedYamlError> for BootstrapTokenError {
    fn from(cause: kadm_kube_objects::SortedYamlError) -> Self {
        BootstrapTokenError::Yaml { cause }
    }
}
