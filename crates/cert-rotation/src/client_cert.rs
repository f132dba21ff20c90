//! Checks on the kubelet's client certificate file before kubelet.conf is pointed at it: it
//! parses, holds the matching key, was signed by the cluster CA, and names this node.

use std::path::Path;

use kadm_node_fs::{Limit, Root};

use kadm_pki::{Certificate, PrivateKey};
use time::OffsetDateTime;

use crate::error::CertRotationError;

/// The group every node's client certificate carries as its organisation.
pub const NODES_GROUP: &str = "system:nodes";

/// The common name of a node's client certificate: `system:node:<node name>`.
pub fn node_common_name(node_name: &str) -> String {
    format!("system:node:{node_name}")
}

/// Checks the text of the kubelet's certificate file (`path` names it in errors) against the
/// cluster CA bundle (read from `ca_path`) and the node name; returns its certificate.
pub fn check_client_pem(
    text: &str,
    path: &Path,
    ca_bundle: &[Certificate],
    ca_path: &Path,
    node_name: &str,
) -> Result<Certificate, CertRotationError> {
    let cert = Certificate::from_pem(text, path)
        .map_err(|source| CertRotationError::BadCertificate { cause: source })?;
    if !text.contains("PRIVATE KEY-----") {
        return Err(CertRotationError::NoKey {
            path: path.to_path_buf(),
        });
    }
    let key = PrivateKey::from_pem(text, path)
        .map_err(|source| CertRotationError::BadKey { cause: source })?;
    if !cert.matches_key(&key) {
        return Err(CertRotationError::KeyMismatch {
            path: path.to_path_buf(),
        });
    }
    if !ca_bundle.iter().any(|ca| cert.is_signed_by(ca)) {
        return Err(CertRotationError::NotSignedByCa {
            path: path.to_path_buf(),
            ca: ca_path.to_path_buf(),
            issuer: cert.issuer_common_name().unwrap_or_default(),
        });
    }
    let expected_cn = node_common_name(node_name);
    let organizations = cert.organizations();
    let cn = cert.common_name().unwrap_or_default();
    if cn != expected_cn || !organizations.iter().any(|o| o == NODES_GROUP) {
        return Err(CertRotationError::WrongSubject {
            path: path.to_path_buf(),
            found_cn: cn,
            found_o: organizations.join(","),
            expected_cn,
        });
    }
    Ok(cert)
}

/// Reads the kubelet's certificate file and the CA bundle, then [`check_client_pem`].
pub fn load_client_pem(
    root: &Root,
    path: &Path,
    ca_path: &Path,
    node_name: &str,
) -> Result<Certificate, CertRotationError> {
    let text = root
        .read_text(path, Limit::PEM)
        .map_err(|source| CertRotationError::Read { cause: source })?;
    let ca_bundle = kadm_pki::load_certs(root, ca_path)
        .map_err(|source| CertRotationError::CaUnreadable { cause: source })?;
    check_client_pem(&text, path, &ca_bundle, ca_path, node_name)
}

/// A warning when the certificate is already expired or past its renewal window at `now`.
pub fn validity_warning(cert: &Certificate, path: &Path, now: OffsetDateTime) -> Option<String> {
    let window = crate::window::RenewalWindow::of(cert.not_before(), cert.not_after());
    if now >= cert.not_after() {
        Some(format!(
            "{}: the kubelet's client certificate expired at {}; the kubelet cannot renew it with \
             this certificate and must bootstrap again (check /etc/kubernetes/bootstrap-kubelet.conf \
             and the kubelet's log)",
            path.display(),
            crate::window::rfc3339(cert.not_after())
        ))
    } else if now > window.end {
        Some(format!(
            "{}: the kubelet's client certificate is past its renewal window (ended {}) and was not \
             replaced; check that the kubelet rotates certificates and that its CSRs are approved \
             (kubectl get csr)",
            path.display(),
            crate::window::rfc3339(window.end)
        ))
    } else {
        None
    }
}
