//! The crate's error type: every message names the file, the reason and the fix.

use kadm_init_context::Causes;
use std::path::PathBuf;

use kadm_init_context::AuthorityError;
use kadm_node_fs::FsError;
use kadm_pki::PkiError;

/// What the fix usually is for a bad existing file pair.
pub(crate) fn delete_fix(first: &std::path::Path, second: &std::path::Path) -> String {
    format!(
        "delete {} and {} to have kadm generate new ones",
        first.display(),
        second.display()
    )
}

/// Everything that can make a `certs` phase fail.
#[derive(Debug, thiserror::Error)]
pub enum CertsError {
    /// The existence of a file could not be checked.
    #[error("{}; check the permissions of its directory", Causes(cause))]
    Inspect {
        /// The cause, naming the file.
        cause: FsError,
    },

    /// An existing file cannot be read, parsed, or does not belong with its partner.
    #[error("{}; {fix}", Causes(cause))]
    Existing {
        /// The reason, naming the file.
        cause: PkiError,
        /// What the user should do.
        fix: String,
    },

    /// A CA found on disk cannot be used (a file unreadable, the key alone, not a CA, out of its
    /// validity period).
    #[error("{}; {fix}", Causes(cause))]
    Authority {
        /// The reason, naming the file.
        cause: AuthorityError,
        /// What the user should do.
        fix: String,
    },

    /// One file of a pair exists without the other.
    #[error("{} exists but {} does not; {fix}", present.display(), missing.display())]
    HalfPair {
        /// The file that exists.
        present: PathBuf,
        /// The file that is missing.
        missing: PathBuf,
        /// What the user should do.
        fix: String,
    },

    /// An existing file is well formed but unsuitable.
    #[error("{}: {reason}; {fix}", path.display())]
    Unsuitable {
        /// The file.
        path: PathBuf,
        /// Why it cannot be used.
        reason: String,
        /// What the user should do.
        fix: String,
    },

    /// A leaf needs a CA that is neither in memory nor on disk.
    #[error("{}: CA certificate not found, needed to sign {leaf}; run `kadm init phase certs {phase}` first", path.display())]
    MissingAuthority {
        /// The CA certificate file.
        path: PathBuf,
        /// The certificate that needs it.
        leaf: &'static str,
        /// The phase that makes the CA.
        phase: &'static str,
    },

    /// External CA mode (CA certificate without its key) and a certificate it must have signed
    /// is missing or does not verify.
    #[error("invalid or incomplete external CA: {problem}")]
    ExternalAuthority {
        /// What is missing or wrong, naming the files, and the fix.
        problem: String,
    },

    /// A key could not be generated or a certificate could not be issued.
    #[error("cannot generate {what}")]
    Generate {
        /// What was being made, e.g. `"apiserver" certificate`.
        what: String,
        /// The cause.
        source: PkiError,
    },

    /// Writing the files failed; nothing of the pair was written.
    #[error("cannot write {what} into {}: {}; check that the directory can be created and written", dir.display(), Causes(cause))]
    Write {
        /// What was being written.
        what: String,
        /// The certificate directory.
        dir: PathBuf,
        /// The cause.
        cause: FsError,
    },
}
