//! The kubelet's side, which kubeadm's check leaves out: its rotated client certificate
//! (`kubelet-client-current.pem`), where it stands in its renewal window, and whether kubelet.conf
//! uses it.

use std::path::PathBuf;

use kadm_cert_rotation::{KUBELET_CONF, RenewalWindow, kubelet_pem, resolve_pem};
use kadm_kubeconfig_model::{KubeConfig, KubeConfigError};
use kadm_pki::Certificate;
use time::OffsetDateTime;

use crate::inspect::{
    Found, Request, Row, RowKind, chain, kubeconfig_client_cert, node_view, read_pem, referenced,
    row_of,
};

/// The command that points kubelet.conf at the rotated certificate.
pub const FIX: &str = "kadm init phase kubelet-finalize cert-rotation";

/// Where the kubelet's client certificate stands in its lifetime.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rotation {
    /// Before 70% of its lifetime: nothing to do yet.
    Valid,
    /// Between 70% and 90%: the kubelet requests a new one at a random point in this span.
    Renewing,
    /// Past 90% and not replaced: the kubelet failed to rotate (CSRs not approved, rotation off).
    Overdue,
    /// Past its end.
    Expired,
}

impl Rotation {
    /// Where a certificate with `window` and end `not_after` stands at `now`.
    pub fn at(window: &RenewalWindow, not_after: OffsetDateTime, now: OffsetDateTime) -> Self {
        if now >= not_after {
            Rotation::Expired
        } else if now > window.end {
            Rotation::Overdue
        } else if now >= window.start {
            Rotation::Renewing
        } else {
            Rotation::Valid
        }
    }

    /// The word used in the table, JSON and YAML.
    pub fn as_str(self) -> &'static str {
        match self {
            Rotation::Valid => "valid",
            Rotation::Renewing => "renewing",
            Rotation::Overdue => "overdue",
            Rotation::Expired => "expired",
        }
    }
}

/// What kubelet.conf's current user presents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfUse {
    /// The rotated file, `kubelet-client-current.pem`: renewals reach the kubelet.
    RotatedPem,
    /// An embedded certificate: nothing renews it.
    Embedded,
    /// Another file (the node path written in kubelet.conf).
    OtherFile(String),
    /// kubelet.conf is absent.
    Missing,
    /// kubelet.conf cannot be read, or its user has no client certificate.
    Unusable,
}

impl ConfUse {
    /// The word used in the table, JSON and YAML.
    pub fn as_str(&self) -> &'static str {
        match self {
            ConfUse::RotatedPem => "rotated-pem",
            ConfUse::Embedded => "embedded",
            ConfUse::OtherFile(_) => "other-file",
            ConfUse::Missing => "missing",
            ConfUse::Unusable => "unusable",
        }
    }
}

/// The kubelet's two rows and what they mean.
#[derive(Debug, Clone)]
pub struct KubeletReport {
    /// `kubelet-client-current.pem`.
    pub pem: Row,
    /// The node path kubelet.conf should name.
    pub pem_node_path: String,
    /// The pem's renewal window, when it was read.
    pub window: Option<RenewalWindow>,
    /// Where the pem stands, when it was read.
    pub rotation: Option<Rotation>,
    /// The certificate kubelet.conf presents (row `kubelet.conf`).
    pub conf: Row,
    /// How kubelet.conf gets it.
    pub conf_use: ConfUse,
}

impl KubeletReport {
    /// What is wrong with kubelet.conf and the fix, when something is.
    pub fn conf_finding(&self) -> Option<String> {
        let conf = self.conf.path.display();
        let pem = &self.pem_node_path;
        let pem_exists = self.pem.facts().is_some();
        match &self.conf_use {
            ConfUse::Embedded if pem_exists => Some(format!(
                "{conf} embeds a client certificate that nothing renews, while the kubelet \
                 rotates {pem}: run `{FIX}` to point it there"
            )),
            ConfUse::Embedded => Some(format!(
                "{conf} embeds a client certificate that nothing renews; once the kubelet has \
                 written {pem} (rotateCertificates and TLS bootstrap), run `{FIX}` to point \
                 kubelet.conf there"
            )),
            ConfUse::OtherFile(file) => Some(format!(
                "{conf} uses {file:?}, not the rotated {pem}: renewals do not reach the kubelet; \
                 run `{FIX}`"
            )),
            _ => None,
        }
    }

    /// What is wrong with the rotated certificate, when something is.
    pub fn rotation_finding(&self) -> Option<String> {
        let pem = self.pem.path.display();
        let window = self.window?;
        let end = kadm_pki::rfc3339(window.end);
        match self.rotation? {
            Rotation::Overdue => Some(format!(
                "{pem} is past its renewal window (ended {end}) and was not replaced: check that \
                 the kubelet rotates certificates and that its CSRs are approved (kubectl get csr)"
            )),
            Rotation::Expired => Some(format!(
                "{pem} has expired: the kubelet cannot renew with it and must bootstrap again \
                 (check /etc/kubernetes/bootstrap-kubelet.conf and the kubelet's log)"
            )),
            Rotation::Valid | Rotation::Renewing => None,
        }
    }
}

/// Inspects the kubelet's certificate and kubelet.conf; `ca` is the cluster CA's row and bundle.
pub(crate) fn inspect(
    req: &Request<'_>,
    ca: Option<(&Row, &Result<Vec<Certificate>, String>)>,
) -> KubeletReport {
    let root = &req.paths.root;
    let (pem_path, pem_node_path, pem_found) = match kubelet_pem(req.paths, req.kubelet_cert_dir) {
        Ok(pem) => {
            let found = match resolve_pem(root, &pem.path) {
                Ok(Some(file)) => read_pem(root, &file),
                Ok(None) => Found::Missing,
                Err(e) => Found::Invalid(chain(root, &e)),
            };
            (pem.path, pem.node_path, found)
        }
        Err(e) => (
            req.paths
                .kubelet_dir
                .join("pki")
                .join(kadm_cert_rotation::CURRENT_PEM),
            String::new(),
            Found::Invalid(chain(root, &e)),
        ),
    };
    let pem = row_of(
        root,
        kadm_cert_rotation::CURRENT_PEM.to_string(),
        RowKind::Kubelet,
        &pem_path,
        "ca",
        ca,
        pem_found,
    );
    let window = pem
        .facts()
        .map(|f| RenewalWindow::of(f.not_before, f.not_after));
    let rotation = window
        .zip(pem.facts())
        .map(|(w, f)| Rotation::at(&w, f.not_after, req.now));

    let conf_path: PathBuf = req.paths.kubeconfig_dir.join(KUBELET_CONF);
    let conf_use = conf_use(root, &conf_path, &pem_node_path);
    let conf = row_of(
        root,
        KUBELET_CONF.to_string(),
        RowKind::Kubeconfig,
        &conf_path,
        "ca",
        ca,
        kubeconfig_client_cert(root, &conf_path),
    );
    KubeletReport {
        pem,
        pem_node_path,
        window,
        rotation,
        conf,
        conf_use,
    }
}

fn conf_use(root: &kadm_node_fs::Root, path: &std::path::Path, pem: &str) -> ConfUse {
    let config = match KubeConfig::load(root, path) {
        Ok(c) => c,
        Err(KubeConfigError::Read(e)) if e.is_not_found() => return ConfUse::Missing,
        Err(_) => return ConfUse::Unusable,
    };
    let Ok(user) = config.current_user() else {
        return ConfUse::Unusable;
    };
    let user = &user.user;
    if user.client_certificate_data.is_some() {
        return ConfUse::Embedded;
    }
    match &user.client_certificate {
        Some(file) if file == pem => ConfUse::RotatedPem,
        Some(file) => {
            // Another spelling of the same file (a relative path, `..`) still rotates.
            let same = !pem.is_empty() && referenced(root, path, file) == root.host_path(pem);
            if same {
                ConfUse::RotatedPem
            } else {
                ConfUse::OtherFile(
                    node_view(root, &referenced(root, path, file))
                        .display()
                        .to_string(),
                )
            }
        }
        None => ConfUse::Unusable,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn the_window_splits_a_year_into_four_states() {
        let nb = datetime!(2026-01-01 0:00 UTC);
        let na = datetime!(2027-01-01 0:00 UTC);
        let w = RenewalWindow::of(nb, na);
        let at = |t| Rotation::at(&w, na, t);
        assert_eq!(at(datetime!(2026-06-01 0:00 UTC)), Rotation::Valid);
        assert_eq!(at(datetime!(2026-10-01 0:00 UTC)), Rotation::Renewing);
        assert_eq!(at(datetime!(2026-12-01 0:00 UTC)), Rotation::Overdue);
        assert_eq!(at(na), Rotation::Expired);
    }
}
