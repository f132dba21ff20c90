//! The service-account token signing key: `sa.key` and its public half `sa.pub`.

use std::path::Path;

use kadm_init_context::InitContext;
use kadm_node_fs::{FileSpec, Limit, Root};
use kadm_pki::{PrivateKey, load_key};

use crate::error::CertsError;
use crate::files::{commit, existing, pair_state};
use crate::pool::{TAG, new_key};
use crate::table::CertEntry;

/// Checks that the `PUBLIC KEY` PEM in `pub_path` is the public half of `key`.
fn check_public(
    root: &Root,
    pub_path: &Path,
    key: &PrivateKey,
    key_path: &Path,
) -> Result<(), CertsError> {
    let fix = format!(
        "delete {} to have kadm write it again from {}",
        pub_path.display(),
        key_path.display()
    );
    let unsuitable = |reason: String| CertsError::Unsuitable {
        path: pub_path.to_path_buf(),
        reason,
        fix: fix.clone(),
    };
    let text = root
        .read_text(pub_path, Limit::PEM)
        .map_err(|e| existing(e.into(), &fix))?;
    let blocks =
        pem::parse_many(&text).map_err(|e| unsuitable(format!("not a PEM public key: {e}")))?;
    let block = blocks
        .iter()
        .find(|b| b.tag() == "PUBLIC KEY")
        .ok_or_else(|| unsuitable("no \"PUBLIC KEY\" PEM block".to_string()))?;
    if block.contents() != key.public_key_der().as_slice() {
        return Err(unsuitable(format!(
            "the public key is not the public half of {}",
            key_path.display()
        )));
    }
    Ok(())
}

/// The run of the `sa` phase: reuse a parsable `sa.key` (its `sa.pub` must match, and is
/// written again when missing), or make a new pair.
pub(crate) fn run(ctx: &mut InitContext, entry: &'static CertEntry) -> Result<(), CertsError> {
    let (key_path, pub_path) = entry.paths(&ctx.paths.cert_dir);
    match pair_state(ctx, entry)? {
        (true, pub_exists) => {
            let fix = format!(
                "restore the original {} (tokens it signed stop verifying when it changes), or \
                 delete {} and {} to have kadm generate new ones",
                key_path.display(),
                key_path.display(),
                pub_path.display()
            );
            let key = load_key(ctx.fs(), &key_path).map_err(|e| existing(e, &fix))?;
            ctx.kept(&key_path);
            ctx.out
                .info(TAG, &format!("Using the existing {:?} key", entry.base));
            ctx.warn_if_exposed(TAG, &key_path, "the service account signing key");
            if pub_exists {
                check_public(ctx.fs(), &pub_path, &key, &key_path)?;
                ctx.kept(&pub_path);
                Ok(())
            } else {
                ctx.out.info(
                    TAG,
                    &format!(
                        "Writing {:?} from the existing {:?} key",
                        entry.second_file(),
                        entry.base
                    ),
                );
                commit(
                    ctx,
                    entry,
                    &[FileSpec::secret(pub_path, key.public_key_pem())],
                )
            }
        }
        (false, true) => Err(CertsError::HalfPair {
            fix: format!(
                "restore {} or delete {} to have kadm generate both",
                key_path.display(),
                pub_path.display()
            ),
            present: pub_path,
            missing: key_path,
        }),
        (false, false) => {
            ctx.out.info(
                TAG,
                &format!("Generating {:?} key and public key", entry.base),
            );
            let key = new_key(ctx, entry)?;
            commit(
                ctx,
                entry,
                &[
                    FileSpec::secret(key_path, key.to_pem()),
                    FileSpec::secret(pub_path, key.public_key_pem()),
                ],
            )
        }
    }
}
