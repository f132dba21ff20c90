//! Checking for and writing the files of one table entry.

use std::path::Path;

use kadm_init_context::InitContext;
use kadm_node_fs::{FileSpec, Root};
use kadm_pki::{Certificate, PkiError};
use time::OffsetDateTime;

use crate::error::CertsError;
use crate::table::CertEntry;

/// Whether anything is at `path` on the node.
pub(crate) fn exists(root: &Root, path: &Path) -> Result<bool, CertsError> {
    root.exists(path)
        .map_err(|source| CertsError::Inspect { cause: source })
}

/// Which files of an entry's pair exist: (first, second).
pub(crate) fn pair_state(ctx: &InitContext, entry: &CertEntry) -> Result<(bool, bool), CertsError> {
    let (first, second) = entry.paths(&ctx.paths.cert_dir);
    Ok((exists(ctx.fs(), &first)?, exists(ctx.fs(), &second)?))
}

/// Writes an entry's files in one atomic batch (or lists them in a dry run).
pub(crate) fn commit(
    ctx: &InitContext,
    entry: &CertEntry,
    files: &[FileSpec],
) -> Result<(), CertsError> {
    ctx.commit(files).map_err(|source| {
        let (first, _) = entry.paths(&ctx.paths.cert_dir);
        CertsError::Write {
            what: format!("the {:?} files", entry.base),
            dir: first.parent().unwrap_or(&ctx.paths.cert_dir).to_path_buf(),
            cause: source,
        }
    })
}

/// A certificate (0644) and its key (0600), as one batch.
pub(crate) fn commit_pair(
    ctx: &InitContext,
    entry: &CertEntry,
    cert_pem: &str,
    key_pem: &str,
) -> Result<(), CertsError> {
    let (crt, key) = entry.paths(&ctx.paths.cert_dir);
    commit(
        ctx,
        entry,
        &[
            FileSpec::public(crt, cert_pem),
            FileSpec::secret(key, key_pem),
        ],
    )
}

/// Checks that `cert` (read from `path`) is valid now; the error carries `fix`.
pub(crate) fn check_current(cert: &Certificate, path: &Path, fix: &str) -> Result<(), CertsError> {
    cert.check_valid_at(OffsetDateTime::now_utc(), path)
        .map_err(|source| existing(source, fix))
}

/// Wraps a load or check failure of an existing file with the fix.
pub(crate) fn existing(source: PkiError, fix: &str) -> CertsError {
    CertsError::Existing {
        cause: source,
        fix: fix.to_string(),
    }
}
