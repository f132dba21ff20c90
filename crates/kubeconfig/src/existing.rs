//! Checking a kubeconfig file that exists already, before reusing it.

use std::path::{Path, PathBuf};

use kadm_node_fs::{Limit, Root};
use kadm_pki::{Certificate, PrivateKey};

use crate::phase_error::{KubeconfigPhaseError, move_away_fix};
use kadm_kubeconfig_model::KubeConfig;

/// What the check found about a file that can be reused.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Reusable {
    /// The file's server URL when it differs from the expected one.
    pub(crate) other_server: Option<String>,
}

/// Checks the kubeconfig file at `path` against the cluster CA `ca` (read from `ca_path`): it
/// must parse, its current cluster must trust `ca` (alone or within a bundle), its current user's
/// client certificate must be signed by `ca`, and the user's client key must be a key that
/// belongs to that certificate. A server other than `server` is only reported. Paths inside the
/// file are resolved under `rootfs`, relative ones against the file's directory, as kubectl does.
pub(crate) fn check(
    path: &Path,
    root: &Root,
    ca: &Certificate,
    ca_path: &Path,
    server: &str,
) -> Result<Reusable, KubeconfigPhaseError> {
    let fix = || move_away_fix(path);
    let unreadable = |source| KubeconfigPhaseError::Unreadable {
        cause: source,
        fix: fix(),
    };
    let unusable = |reason: String| KubeconfigPhaseError::Unusable {
        path: path.to_path_buf(),
        reason,
        fix: fix(),
    };

    let config = KubeConfig::load(root, path).map_err(unreadable)?;
    let cluster = config.current_cluster().map_err(unreadable)?;
    let user = config.current_user().map_err(unreadable)?;
    // Entries are named by position: a name is text from the file, a position is not.
    let position = |names: Vec<&String>, name: &String| {
        names.iter().position(|n| *n == name).unwrap_or_default()
    };
    let cluster_field = format!(
        "clusters[{}].cluster",
        position(
            config.clusters.iter().map(|c| &c.name).collect(),
            &cluster.name
        )
    );
    let user_field = format!(
        "users[{}].user",
        position(config.users.iter().map(|u| &u.name).collect(), &user.name)
    );

    let (ca_pem, ca_label) = embedded_or_file(
        path,
        root,
        cluster.cluster.certificate_authority_data.as_deref(),
        cluster.cluster.certificate_authority.as_deref(),
        &format!("{cluster_field}.certificate-authority"),
    )
    .map_err(unusable)?;
    let trusted = Certificate::all_from_pem(&ca_pem, Path::new(&ca_label))
        .map_err(|e| unusable(format!("the CA certificate is unusable: {e}")))?;
    if !trusted.iter().any(|cert| cert == ca) {
        return Err(KubeconfigPhaseError::WrongCa {
            path: path.to_path_buf(),
            fix: format!("it trusts another CA than {}. {}", ca_path.display(), fix()),
        });
    }

    let (client_pem, client_label) = embedded_or_file(
        path,
        root,
        user.user.client_certificate_data.as_deref(),
        user.user.client_certificate.as_deref(),
        &format!("{user_field}.client-certificate"),
    )
    .map_err(unusable)?;
    let client = Certificate::from_pem(&client_pem, Path::new(&client_label))
        .map_err(|e| unusable(format!("the client certificate is unusable: {e}")))?;
    if !client.is_signed_by(ca) {
        return Err(KubeconfigPhaseError::ClientNotSignedByCa {
            path: path.to_path_buf(),
            ca: ca_path.to_path_buf(),
            fix: fix(),
        });
    }

    let key_field = format!("{user_field}.client-key");
    let bad_key = |reason: String| KubeconfigPhaseError::Unusable {
        path: path.to_path_buf(),
        reason,
        fix: format!(
            "put the client certificate's own private key in {key_field}-data; or else: {}",
            fix()
        ),
    };
    let (key_pem, key_label) = embedded_or_file(
        path,
        root,
        user.user.client_key_data.as_deref(),
        user.user.client_key.as_deref(),
        &key_field,
    )
    .map_err(&bad_key)?;
    let key = PrivateKey::from_pem(&key_pem, Path::new(&key_label))
        .map_err(|e| bad_key(format!("the client key is unusable: {e}")))?;
    if !client.matches_key(&key) {
        return Err(bad_key(format!(
            "{key_label}: the private key does not match the client certificate's public key \
             (in {client_label})"
        )));
    }

    let found = &cluster.cluster.server;
    Ok(Reusable {
        other_server: (found != server).then(|| found.clone()),
    })
}

/// The PEM text of an embedded `-data` field, or of the file the plain field names, with the
/// label errors should name it by: `<field>-data`, or the file. The error is the reason, naming
/// `field`.
fn embedded_or_file(
    kubeconfig: &Path,
    root: &Root,
    data: Option<&[u8]>,
    file: Option<&str>,
    field: &str,
) -> Result<(String, String), String> {
    let (bytes, label) = match (
        data.filter(|d| !d.is_empty()),
        file.filter(|f| !f.is_empty()),
    ) {
        (Some(data), _) => (data.to_vec(), format!("{field}-data")),
        (None, Some(file)) => {
            let resolved = resolve(kubeconfig, root, file);
            let bytes = root
                .read(&resolved, Limit::PEM)
                .map_err(|e| format!("{field} names a file that cannot be used: {e}"))?;
            (bytes, resolved.display().to_string())
        }
        (None, None) => return Err(format!("neither {field}-data nor {field} is set")),
    };
    let text = kadm_pki::pem_text(bytes, Path::new(&label)).map_err(|e| e.to_string())?;
    Ok((text, label))
}

/// A path written inside a kubeconfig: absolute ones under the rootfs, relative ones against the
/// kubeconfig's directory.
fn resolve(kubeconfig: &Path, root: &Root, file: &str) -> PathBuf {
    let path = Path::new(file);
    if path.is_absolute() {
        root.host_path(path)
    } else {
        kubeconfig
            .parent()
            .unwrap_or_else(|| Path::new("."))
            .join(path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_inside_a_kubeconfig_resolve_like_kubectl() {
        let root = Root::at("/tmp/r");
        let conf = Path::new("/tmp/r/etc/kubernetes/kubelet.conf");
        assert_eq!(
            resolve(
                conf,
                &root,
                "/var/lib/kubelet/pki/kubelet-client-current.pem"
            ),
            Path::new("/tmp/r/var/lib/kubelet/pki/kubelet-client-current.pem")
        );
        assert_eq!(
            resolve(conf, &root, "pki/ca.crt"),
            Path::new("/tmp/r/etc/kubernetes/pki/ca.crt")
        );
    }

    #[test]
    fn missing_and_non_utf8_data_are_reasons_naming_the_field() {
        let root = Root::host();
        let conf = Path::new("/k/admin.conf");
        let err = embedded_or_file(
            conf,
            &root,
            None,
            None,
            "users[\"a\"].user.client-certificate",
        )
        .unwrap_err();
        assert_eq!(
            err,
            "neither users[\"a\"].user.client-certificate-data nor users[\"a\"].user.client-certificate is set"
        );
        let err = embedded_or_file(conf, &root, Some(&[0xff, 0xfe]), None, "x").unwrap_err();
        assert!(err.starts_with("x-data: not PEM text"), "{err}");
        let err =
            embedded_or_file(conf, &root, None, Some("/nonexistent/ca.crt"), "x").unwrap_err();
        assert!(
            err.starts_with("x names a file that cannot be used: /nonexistent/ca.crt: cannot open"),
            "{err}"
        );
    }
}
