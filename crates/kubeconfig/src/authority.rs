//! The cluster CA the kubeconfig files trust and whose key signs their client certificates.

use std::path::{Path, PathBuf};

use kadm_init_context::{Authority, AuthorityError, AuthorityKind, InitContext, authority_paths};
use kadm_node_fs::Root;

use crate::phase_error::KubeconfigPhaseError;

/// The cluster CA's file base name in the cert dir (`ca.crt`, `ca.key`) and in the run's
/// [`kadm_init_context::Authorities`].
pub(crate) const CA_NAME: &str = "ca";

/// `ca.crt` and `ca.key` in the certificate directory.
pub(crate) fn ca_paths(cert_dir: &Path) -> (PathBuf, PathBuf) {
    authority_paths(cert_dir, CA_NAME)
}

/// Whether anything is at `path` on the node.
pub(crate) fn exists(root: &Root, path: &Path) -> Result<bool, KubeconfigPhaseError> {
    root.exists(path)
        .map_err(|source| KubeconfigPhaseError::Inspect { cause: source })
}

/// Whether a signing cluster CA is at hand, without loading it. Used to decide whether
/// generating keys ahead is worth it.
pub(crate) fn can_sign(ctx: &InitContext) -> bool {
    ctx.authority_kind(CA_NAME) == Some(AuthorityKind::Signing)
}

/// The cluster CA, or the error that says what is wrong with it; `purpose` says, in errors, what
/// it was needed for.
fn found(
    ctx: &InitContext,
    found: Result<Option<Authority>, AuthorityError>,
    purpose: &str,
) -> Result<Authority, KubeconfigPhaseError> {
    let missing = || KubeconfigPhaseError::MissingCa {
        path: ca_paths(&ctx.paths.cert_dir).0,
        what: "certificate",
        purpose: purpose.to_string(),
    };
    match found {
        Ok(Some(authority)) => Ok(authority),
        Ok(None) | Err(AuthorityError::KeyWithoutCert { .. }) => Err(missing()),
        Err(AuthorityError::Inspect(source)) => {
            Err(KubeconfigPhaseError::Inspect { cause: source })
        }
        Err(source) => Err(KubeconfigPhaseError::BadCa {
            dir: ctx.paths.cert_dir.clone(),
            cause: source,
        }),
    }
}

/// The cluster CA: from this run's products, else from the certificate directory.
pub(crate) fn find(ctx: &InitContext, purpose: &str) -> Result<Authority, KubeconfigPhaseError> {
    found(ctx, ctx.find_authority(CA_NAME), purpose)
}

/// [`find`], recording a CA read from disk so the next child of this run does not read it again.
pub(crate) fn find_and_remember(
    ctx: &mut InitContext,
    purpose: &str,
) -> Result<Authority, KubeconfigPhaseError> {
    let result = ctx.find_and_remember_authority(CA_NAME);
    found(ctx, result, purpose)
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use kadm_config::{Config, HostFacts};
    use kadm_init_context::{MemoryOutput, Paths};

    use super::*;

    fn ctx(dir: &Path) -> InitContext {
        let config = Config::defaults(&HostFacts {
            hostname: "node-1".into(),
            default_ipv4: None,
        });
        let paths = Paths::defaults_under(Root::at(dir));
        InitContext::new(
            config.validate().unwrap(),
            paths,
            Arc::new(MemoryOutput::default()),
        )
    }

    #[test]
    fn missing_ca_names_the_file_and_the_phase_to_run() {
        let tmp = tempfile::tempdir().unwrap();
        let ctx = ctx(tmp.path());
        assert!(!can_sign(&ctx));
        let Err(err) = find(&ctx, "sign the kubeconfig client certificates") else {
            panic!("a missing CA must be an error");
        };
        let text = err.to_string();
        assert!(text.contains("etc/kubernetes/pki/ca.crt"), "{text}");
        assert!(text.contains("kadm init phase certs ca"), "{text}");
        assert!(
            text.contains("sign the kubeconfig client certificates"),
            "{text}"
        );
    }

    #[test]
    fn an_unusable_ca_says_how_to_restore_it() {
        let ctx = ctx(Path::new("/nonexistent"));
        let (crt, _) = ca_paths(&ctx.paths.cert_dir);
        let not_ca = AuthorityError::NotCa { path: crt.clone() };
        let Err(err) = found(&ctx, Err(not_ca), "sign the kubeconfig client certificates") else {
            panic!("a certificate that is not a CA must be refused");
        };
        assert_eq!(
            err.to_string(),
            format!(
                "{}: not a CA certificate (basicConstraints CA:true is missing); restore the \
                 cluster CA files in {}, or run `kadm init phase certs ca` on an empty \
                 certificate directory",
                crt.display(),
                ctx.paths.cert_dir.display()
            )
        );
    }
}
