//! The phase's error type: every message names the file, the reason and the fix.

use kadm_init_context::Causes;
use std::path::PathBuf;

use kadm_config::excerpt;
use kadm_kubeconfig_model::KubeConfigError;
use kadm_node_fs::FsError;
use kadm_pki::PkiError;

/// How to get a kubelet client certificate back when the current one cannot be used.
const REBOOTSTRAP: &str = "restore the kubelet's client certificate, or remove \
    kubelet-client-current.pem and restart the kubelet so it requests a new one (TLS bootstrap)";

/// Why `cert-rotation` stopped. Nothing is changed when it returns one of these.
#[derive(Debug, thiserror::Error)]
pub enum CertRotationError {
    /// The `cert-dir` kubelet flag is a relative path.
    #[error(
        "nodeRegistration.kubeletExtraArgs: cert-dir {} is not an absolute path; the kubelet \
         and kubectl would resolve it from different directories; give an absolute path such as \
         /var/lib/kubelet/pki",
        excerpt::value(value)
    )]
    RelativeCertDir {
        /// The flag's value.
        value: String,
    },

    /// A path cannot be written into a kubeconfig (YAML text).
    #[error("{}: the path is not valid UTF-8 and cannot be written into kubelet.conf; use a UTF-8 path", path.display())]
    NonUtf8Path {
        /// The path.
        path: PathBuf,
    },

    /// `kubelet-client-current.pem` is a symlink to nothing.
    #[error(
        "{}: the symlink points to {}, which does not exist; {REBOOTSTRAP}",
        link.display(),
        target.display()
    )]
    DanglingLink {
        /// The symlink.
        link: PathBuf,
        /// Where it points.
        target: PathBuf,
    },

    /// `kubelet-client-current.pem` is part of a symlink loop.
    #[error("{}: too many levels of symbolic links (a loop?); {REBOOTSTRAP}", link.display())]
    LinkLoop {
        /// The symlink.
        link: PathBuf,
    },

    /// The path is a directory or another non-file.
    #[error("{}: not a regular file; {REBOOTSTRAP}", path.display())]
    NotAFile {
        /// The path.
        path: PathBuf,
    },

    /// A file could not be read.
    #[error(
        "{}; check the file's permissions (kadm must run as root)",
        Causes(cause)
    )]
    Read {
        /// The cause, naming the file.
        cause: FsError,
    },

    /// The kubelet's certificate file does not hold a usable certificate.
    #[error("{}; {REBOOTSTRAP}", Causes(cause))]
    BadCertificate {
        /// What the parser reported (it names the file).
        cause: PkiError,
    },

    /// The kubelet's certificate file holds a certificate but no private key.
    #[error(
        "{}: holds a certificate but no private key (the kubelet keeps both in this one file); {REBOOTSTRAP}",
        path.display()
    )]
    NoKey {
        /// The file.
        path: PathBuf,
    },

    /// The kubelet's certificate file holds a key that cannot be read.
    #[error("{}; {REBOOTSTRAP}", Causes(cause))]
    BadKey {
        /// What the parser reported (it names the file).
        cause: PkiError,
    },

    /// The key in the file is not the certificate's.
    #[error(
        "{}: the private key does not match the certificate's public key; {REBOOTSTRAP}",
        path.display()
    )]
    KeyMismatch {
        /// The file.
        path: PathBuf,
    },

    /// The cluster CA certificate cannot be read.
    #[error(
        "cannot check the kubelet's client certificate against the cluster CA: {}; restore \
         the CA certificate, or create it with `kadm init phase certs ca`",
        Causes(cause)
    )]
    CaUnreadable {
        /// What went wrong (it names the file).
        cause: PkiError,
    },

    /// No certificate of the CA bundle signed the kubelet's certificate.
    #[error(
        "{}: the certificate (issuer {}) is not signed by the cluster CA in {}; the kubelet \
         belongs to another cluster or its certificate is stale; {REBOOTSTRAP}",
        path.display(),
        excerpt::value(issuer),
        ca.display()
    )]
    NotSignedByCa {
        /// The kubelet's certificate file.
        path: PathBuf,
        /// The CA bundle.
        ca: PathBuf,
        /// The certificate's issuer common name.
        issuer: String,
    },

    /// The certificate is not this node's client certificate.
    #[error(
        "{}: the certificate's subject is CN={} O={}, expected CN={expected_cn:?} \
         O=\"system:nodes\" (the node name is nodeRegistration.name); set the right node name \
         (--node-name) or {REBOOTSTRAP}",
        path.display(),
        excerpt::value(found_cn),
        excerpt::value(found_o)
    )]
    WrongSubject {
        /// The file.
        path: PathBuf,
        /// The common name found.
        found_cn: String,
        /// The organisations found, comma-separated.
        found_o: String,
        /// The expected common name.
        expected_cn: String,
    },

    /// kubelet.conf does not exist.
    #[error(
        "{}: the kubelet's kubeconfig does not exist; create it with `kadm init phase kubeconfig kubelet`",
        path.display()
    )]
    KubeletConfMissing {
        /// The file.
        path: PathBuf,
    },

    /// kubelet.conf cannot be read, parsed, or has no usable current user.
    #[error(
        "{}; fix the file, or write it again with `kadm init phase kubeconfig kubelet` \
         (remove it first)",
        Causes(cause)
    )]
    KubeletConf {
        /// The kubeconfig error (it names the file).
        cause: KubeConfigError,
    },

    /// Writing kubelet.conf failed.
    #[error(transparent)]
    Write {
        /// The write error (it names the file).
        source: FsError,
    },
}
