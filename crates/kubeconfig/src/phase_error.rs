//! The error type of the `kubeconfig` phase and of [`crate::user_kubeconfig`].

use kadm_init_context::Causes;
use std::path::{Path, PathBuf};

use kadm_init_context::AuthorityError;
use kadm_node_fs::FsError;
use kadm_pki::PkiError;

use kadm_kubeconfig_model::KubeConfigError;

/// The fix for an existing kubeconfig file kadm will not use: it never overwrites one.
pub(crate) fn move_away_fix(path: &Path) -> String {
    format!(
        "kadm never overwrites an existing kubeconfig file: move it away (for example `mv {0} {0}.bak`) \
         and run the phase again to have a new one written",
        path.display()
    )
}

/// Everything that can make the `kubeconfig` phase, or issuing a user kubeconfig, fail.
#[derive(Debug, thiserror::Error)]
pub enum KubeconfigPhaseError {
    /// The existence of a file could not be checked.
    #[error("{}; check the permissions of its directory", Causes(cause))]
    Inspect {
        /// The cause, naming the file.
        cause: FsError,
    },

    /// The cluster CA certificate or key is missing.
    #[error(
        "{}: the cluster CA {what} does not exist, and it is needed to {purpose}; run `kadm init phase certs ca` first",
        path.display()
    )]
    MissingCa {
        /// The missing file (`ca.crt` or `ca.key` in the certificate directory).
        path: PathBuf,
        /// "certificate" or "private key".
        what: &'static str,
        /// What the CA was needed for.
        purpose: String,
    },

    /// The cluster CA files exist but cannot be used (unreadable, not a CA, not valid now).
    #[error("{}; restore the cluster CA files in {}, or run `kadm init phase certs ca` on an empty certificate directory", Causes(cause), dir.display())]
    BadCa {
        /// The certificate directory.
        dir: PathBuf,
        /// The cause, naming the file.
        cause: AuthorityError,
    },

    /// The `kubeadm:cluster-admins` binding could not be written.
    #[error("{}", Causes(cause))]
    ClusterAdmins {
        /// Why.
        cause: crate::cluster_admins::ClusterAdminsError,
    },

    /// External CA mode (CA certificate without its key) and a kubeconfig file would have to be
    /// made.
    #[error("invalid or incomplete external CA: {problem}")]
    ExternalCa {
        /// What is missing, naming the files, and the fix.
        problem: String,
    },

    /// An existing kubeconfig file cannot be read or parsed (not YAML, a `-data` field that is
    /// not base64, no usable current context).
    #[error("{}; {fix}", Causes(cause))]
    Unreadable {
        /// The cause, naming the file.
        cause: KubeConfigError,
        /// What the user should do.
        fix: String,
    },

    /// An existing kubeconfig file parses but its CA or client certificate is unusable.
    #[error("{}: {reason}; {fix}", path.display())]
    Unusable {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        reason: String,
        /// What the user should do.
        fix: String,
    },

    /// An existing kubeconfig file trusts another CA than this cluster's.
    #[error("a kubeconfig file \"{}\" exists already but has got the wrong CA cert; {fix}", path.display())]
    WrongCa {
        /// The file.
        path: PathBuf,
        /// What the user should do.
        fix: String,
    },

    /// An existing kubeconfig file's client certificate was not issued by this cluster's CA.
    #[error(
        "{}: the client certificate is not signed by the cluster CA {}; {fix}",
        path.display(),
        ca.display()
    )]
    ClientNotSignedByCa {
        /// The kubeconfig file.
        path: PathBuf,
        /// The CA certificate file.
        ca: PathBuf,
        /// What the user should do.
        fix: String,
    },

    /// A key could not be generated or a certificate could not be issued.
    #[error("cannot generate {what}")]
    Generate {
        /// What was being made.
        what: String,
        /// The cause.
        source: PkiError,
    },

    /// Writing the file failed; the previous state is unchanged.
    #[error("cannot write {}: {}; check that the directory can be created and written", path.display(), Causes(cause))]
    Write {
        /// The file.
        path: PathBuf,
        /// The cause.
        cause: FsError,
    },
}
