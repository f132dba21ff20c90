//! `kadm certs rotate-ca`: replaces a node's certificate authorities (the cluster CA `ca`, the
//! front-proxy CA and the etcd CA) in two stages, without a moment where a component and its
//! peers disagree on whom to trust.
//!
//! - [`prepare`]: makes the new CA (same key type as the old one), keeps the old CA in the
//!   rotation directory (`<certificatesDir>/ca-rotation/<ca>/old.crt`, `old.key`), puts old and
//!   new in every trust bundle (the CA file itself, new first so the key file matches it, and the
//!   `certificate-authority-data` of every kubeconfig), and re-issues every leaf and kubeconfig
//!   client certificate under the new CA with the identity on disk (through `kadm-cert-renewal`).
//!   Serving certificates carry the new CA cross-signed by the old one after the leaf, so a client
//!   that trusts only the old CA still verifies them.
//! - [`finalize`]: once every certificate on the node is under the new CA, drops the old CA from
//!   the bundles and the cross-signed certificate from the chains.
//! - [`rollback`]: before `finalize`, back to the old CA kept in the backup.
//! - [`status`]: where each file and each CA stands, derived from the certificates every time:
//!   there is no progress file that could disagree with the disk.
//!
//! Every step writes through `InitContext::commit_changed` (journaled, atomic per directory) in
//! an order that a re-run can always complete: the rotation record first, then each CA with the
//! certificates beside it, then the kubeconfig files. A re-run finds what is done from the files
//! and changes no byte of them.

mod bundle;
mod disk;
mod finalize;
mod prepare;
mod rollback;
mod status;

use std::path::{Path, PathBuf};

use kadm_certs::{CERTS, CertEntry, Kind};
use kadm_init_context::Tag;

pub use bundle::seal;
pub use disk::{Record, record_paths};
pub use finalize::{FinalizeOptions, finalize};
pub use prepare::{prepare, prepare_from_bundle};
pub use rollback::rollback;
pub use status::{
    CaStatus, FileStatus, Lag, NodeStatus, Report, Stage, compare, render_text, status, to_json,
};

/// The tag of rotation log lines: `[rotate-ca] ...`.
pub const TAG: Tag = Tag::new("rotate-ca");

/// The directory, under the certificate directory, that keeps each rotation's old CA.
pub const RECORD_DIR: &str = "ca-rotation";

/// The `--ca` value that selects every CA.
pub const ALL: &str = "all";

/// The CAs `rotate-ca` knows, in kubeadm's order: `ca`, `front-proxy-ca`, `etcd-ca`.
pub fn authorities() -> impl Iterator<Item = &'static CertEntry> {
    CERTS
        .iter()
        .filter(|e| matches!(e.kind, Kind::Authority { .. }))
}

/// The names `--ca` takes: each CA's phase name, then `all`.
pub fn names() -> Vec<&'static str> {
    authorities().map(|e| e.phase).chain([ALL]).collect()
}

/// The CAs `--ca NAME` selects.
pub fn select(name: &str) -> Result<Vec<&'static CertEntry>, RotationError> {
    if name == ALL {
        return Ok(authorities().collect());
    }
    authorities()
        .find(|e| e.phase == name)
        .map(|e| vec![e])
        .ok_or_else(|| RotationError::UnknownCa {
            name: name.chars().take(40).collect(),
        })
}

/// Why a rotation step refuses or fails. Each message names the file and the fix.
#[derive(Debug, thiserror::Error)]
pub enum RotationError {
    /// `--ca` names no CA.
    #[error("unknown CA {name:?}; --ca takes one of: {}", names().join(", "))]
    UnknownCa {
        /// What was typed (cut short).
        name: String,
    },

    /// A file could not be read, parsed or written.
    #[error("{}: {reason}", path.display())]
    File {
        /// The file.
        path: PathBuf,
        /// Why.
        reason: String,
    },

    /// The CA's key is absent: kadm cannot sign with an external CA.
    #[error(
        "{}: the CA key is absent (external CA mode), so kadm cannot make or sign with a new \
         CA here; rotate the CA with your external CA, or put the key back at that path",
        path.display()
    )]
    NoKey {
        /// The absent key.
        path: PathBuf,
    },

    /// The disk is in a shape no rotation step leads to.
    #[error(
        "{}: {reason}; restore the CA files from {} (the old CA) or from your own backup, then \
         run `kadm certs rotate-ca status`",
        path.display(),
        record.display()
    )]
    Unrecognized {
        /// The CA file.
        path: PathBuf,
        /// The rotation directory of that CA.
        record: PathBuf,
        /// What is wrong.
        reason: String,
    },

    /// `finalize` without the backup of the old CA.
    #[error(
        "{}: the old CA's backup is missing, so this is not a CA being rotated by kadm (or the \
         backup was removed); run `kadm certs rotate-ca prepare` first, or restore the backup",
        path.display()
    )]
    BackupMissing {
        /// The missing backup.
        path: PathBuf,
    },

    /// `finalize` before `prepare` installed the new CA.
    #[error(
        "{}: holds only the old CA: `kadm certs rotate-ca prepare` has not installed a new CA \
         yet, so there is nothing to finalize",
        path.display()
    )]
    NotPrepared {
        /// The CA file.
        path: PathBuf,
    },

    /// `rollback` after `finalize`.
    #[error(
        "{}: holds the new CA alone: this rotation is finalized and the old CA is trusted \
         nowhere any more, so there is nothing to roll back to; rotate again instead",
        path.display()
    )]
    Finalized {
        /// The CA file.
        path: PathBuf,
    },

    /// `finalize` while some certificates are not under the new CA.
    #[error(
        "not every certificate of CA {ca:?} is under the new CA yet: {}; run `kadm certs \
         rotate-ca prepare` again (it re-issues them), or give --force to finalize without them \
         (they stop verifying once the components reload the bundles)",
        shown(files)
    )]
    NotUnderNew {
        /// The CA.
        ca: &'static str,
        /// The files, with what signed them.
        files: Vec<String>,
    },

    /// A certificate could not be made.
    #[error("{what}: cannot issue it: {cause}")]
    Issue {
        /// What was being made.
        what: String,
        /// Why.
        cause: kadm_pki::PkiError,
    },

    /// The bundle file is not a rotation bundle, or is damaged.
    #[error("{}: {reason}", file.display())]
    BadBundle {
        /// The bundle file.
        file: PathBuf,
        /// What is wrong.
        reason: String,
    },

    /// The certificate key does not open the bundle.
    #[error(
        "{}: cannot be opened with this certificate key (the key is wrong, or the file was \
         changed); give the --certificate-key that `prepare --bundle-file` was given",
        file.display()
    )]
    WrongKey {
        /// The bundle file.
        file: PathBuf,
    },

    /// The bundle replaces another CA than this node's.
    #[error(
        "{}: the bundle's CA {ca:?} replaces the old CA {theirs}, but this node's CA is {ours}: a \
         bundle of another cluster (or of another rotation); use the bundle of this cluster's \
         rotation",
        file.display()
    )]
    OtherCluster {
        /// The CA.
        ca: &'static str,
        /// The bundle file.
        file: PathBuf,
        /// The bundle's old CA (fingerprint prefix).
        theirs: String,
        /// This node's CA (fingerprint prefix).
        ours: String,
    },

    /// The bundle is of a rotation this node has finalized already.
    #[error(
        "{}: the bundle is of an older rotation of CA {ca:?}: this node finalized it already and \
         its CA is now {ours}; refusing to go back",
        file.display()
    )]
    OlderBundle {
        /// The CA.
        ca: &'static str,
        /// The bundle file.
        file: PathBuf,
        /// This node's CA now.
        ours: String,
    },

    /// The node is prepared with another new CA than the bundle's.
    #[error(
        "{}: this node is already prepared with another new CA {ours} for {ca:?}, not the \
         bundle's {theirs}; compare the nodes with `kadm certs rotate-ca status`, and run `kadm \
         certs rotate-ca rollback` on this node before taking the bundle's CA",
        file.display()
    )]
    OtherNewCa {
        /// The CA.
        ca: &'static str,
        /// The bundle file.
        file: PathBuf,
        /// This node's new CA.
        ours: String,
        /// The bundle's new CA.
        theirs: String,
    },

    /// A certificate could not be re-issued through the renewal code.
    #[error(transparent)]
    Renew(kadm_cert_renewal::RenewError),
}

fn shown(files: &[String]) -> String {
    files.join(", ")
}

/// A host path as the node sees it (`<rootfs>/etc/x` shows as `/etc/x`).
pub(crate) fn node_path(root: &kadm_node_fs::Root, host: &Path) -> PathBuf {
    root.node_path(host).unwrap_or_else(|| host.to_path_buf())
}

#[cfg(test)]
mod tests;
