//! The cluster CA the kubeconfig files trust and whose key signs their client certificates.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use kadm_init_context::{Authorities, InitContext};
use kadm_node_fs::Root;
use kadm_pki::{load_cert, load_pair, Certificate, CertifiedKey};

use crate::phase_error::KubeconfigPhaseError;

/// The name the cluster CA has in [`Authorities`] and, with `.crt` / `.key`, in the cert dir.
pub(crate) const CA_NAME: &str = "ca";

/// The cluster CA as found.
#[derive(Clone)]
pub(crate) enum ClusterCa {
    /// Certificate and key: it can sign.
    Signing(Arc<CertifiedKey>),
    /// External CA mode: `ca.crt` without `ca.key`; existing files can be checked, none made.
    Keyless(Arc<Certificate>),
}

impl ClusterCa {
    /// The CA certificate.
    pub(crate) fn cert(&self) -> &Certificate {
        match self {
            ClusterCa::Signing(ca) => &ca.cert,
            ClusterCa::Keyless(cert) => cert,
        }
    }
}

/// A keyless CA loaded earlier in this run (signing ones go to [`Authorities`]).
struct KeylessCa(Arc<Certificate>);

/// `ca.crt` and `ca.key` in the certificate directory.
pub(crate) fn ca_paths(cert_dir: &Path) -> (PathBuf, PathBuf) {
    (
        cert_dir.join(format!("{CA_NAME}.crt")),
        cert_dir.join(format!("{CA_NAME}.key")),
    )
}

/// Whether anything is at `path` on the node.
pub(crate) fn exists(root: &Root, path: &Path) -> Result<bool, KubeconfigPhaseError> {
    root.exists(path)
        .map_err(|source| KubeconfigPhaseError::Inspect { source })
}

/// Whether a signing CA is at hand without loading it: in this run's [`Authorities`], or both
/// CA files on disk. Used to decide whether generating keys ahead is worth it.
pub(crate) fn can_sign(ctx: &InitContext) -> bool {
    if signing_in_run(ctx).is_some() {
        return true;
    }
    let (crt, key) = ca_paths(&ctx.paths.cert_dir);
    matches!(
        (exists(ctx.fs(), &crt), exists(ctx.fs(), &key)),
        (Ok(true), Ok(true))
    )
}

fn signing_in_run(ctx: &InitContext) -> Option<Arc<CertifiedKey>> {
    ctx.products.get::<Authorities>()?.get(CA_NAME)
}

/// The cluster CA: from this run's products, else from the certificate directory. `purpose`
/// says, in errors, what it was needed for.
pub(crate) fn find(ctx: &InitContext, purpose: &str) -> Result<ClusterCa, KubeconfigPhaseError> {
    if let Some(ca) = signing_in_run(ctx) {
        return Ok(ClusterCa::Signing(ca));
    }
    if let Some(KeylessCa(cert)) = ctx.products.get::<KeylessCa>() {
        return Ok(ClusterCa::Keyless(cert.clone()));
    }
    let dir = &ctx.paths.cert_dir;
    let (crt, key) = ca_paths(dir);
    if !exists(ctx.fs(), &crt)? {
        return Err(KubeconfigPhaseError::MissingCa {
            path: crt,
            what: "certificate",
            purpose: purpose.to_string(),
        });
    }
    let bad = |source| KubeconfigPhaseError::BadCa {
        dir: dir.clone(),
        source,
    };
    if exists(ctx.fs(), &key)? {
        Ok(ClusterCa::Signing(Arc::new(
            load_pair(ctx.fs(), &crt, &key).map_err(bad)?,
        )))
    } else {
        Ok(ClusterCa::Keyless(Arc::new(
            load_cert(ctx.fs(), &crt).map_err(bad)?,
        )))
    }
}

/// [`find`], recording a CA read from disk so the next child of this run does not read it again.
pub(crate) fn find_and_remember(
    ctx: &mut InitContext,
    purpose: &str,
) -> Result<ClusterCa, KubeconfigPhaseError> {
    let ca = find(ctx, purpose)?;
    match &ca {
        ClusterCa::Signing(signing) => {
            if ctx.products.get::<Authorities>().is_none() {
                ctx.products.insert(Authorities::default());
            }
            if let Some(store) = ctx.products.get_mut::<Authorities>() {
                if store.get(CA_NAME).is_none() {
                    store.insert(CA_NAME, signing.clone());
                }
            }
        }
        ClusterCa::Keyless(cert) => ctx.products.insert(KeylessCa(cert.clone())),
    }
    Ok(ca)
}

#[cfg(test)]
mod tests {
    use kadm_config::{Config, HostFacts};
    use kadm_init_context::{MemoryOutput, Paths};

    use super::*;

    #[test]
    fn missing_ca_names_the_file_and_the_phase_to_run() {
        let tmp = tempfile::tempdir().unwrap();
        let config = Config::defaults(&HostFacts {
            hostname: "node-1".into(),
            default_ipv4: None,
        });
        let paths = Paths::defaults_under(Root::at(tmp.path()));
        let ctx = InitContext::new(
            config.validate().unwrap(),
            paths,
            Arc::new(MemoryOutput::default()),
        );
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
}
