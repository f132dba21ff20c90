//! The one change `cert-rotation` makes to kubelet.conf.

use kadm_kubeconfig_model::{KubeConfig, KubeConfigError};

/// Points the current context's user at `pem` for both certificate and key (`client-certificate`
/// and `client-key`), dropping embedded `client-certificate-data` and `client-key-data`.
///
/// Returns `Ok(false)` when the user already points there and embeds nothing (nothing to change);
/// errors when the current context or its user cannot be found.
pub fn point_user_at_pem(config: &mut KubeConfig, pem: &str) -> Result<bool, KubeConfigError> {
    let user = &mut config.current_user_mut()?.user;
    let done = user.client_certificate.as_deref() == Some(pem)
        && user.client_key.as_deref() == Some(pem)
        && user.client_certificate_data.is_none()
        && user.client_key_data.is_none();
    if done {
        return Ok(false);
    }
    user.client_certificate_data = None;
    user.client_key_data = None;
    user.client_certificate = Some(pem.to_string());
    user.client_key = Some(pem.to_string());
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PEM: &str = "/var/lib/kubelet/pki/kubelet-client-current.pem";

    fn embedded() -> KubeConfig {
        KubeConfig::new_single(
            "k",
            "https://10.0.0.1:6443",
            b"CA",
            "system:node:n",
            b"CERT",
            b"KEY",
        )
    }

    #[test]
    fn embedded_data_becomes_two_references_and_the_rest_stays() {
        let mut config = embedded();
        config.current_user_mut().unwrap().user.token = Some("kept".into());
        let before = config.clone();
        assert!(point_user_at_pem(&mut config, PEM).unwrap());
        let user = &config.current_user().unwrap().user;
        assert_eq!(user.client_certificate.as_deref(), Some(PEM));
        assert_eq!(user.client_key.as_deref(), Some(PEM));
        assert_eq!(
            (&user.client_certificate_data, &user.client_key_data),
            (&None, &None)
        );
        assert_eq!(user.token.as_deref(), Some("kept"));
        assert_eq!(config.clusters, before.clusters);
        assert_eq!(config.contexts, before.contexts);
        assert!(
            !point_user_at_pem(&mut config, PEM).unwrap(),
            "second time: nothing to do"
        );
    }

    #[test]
    fn a_half_done_user_is_completed() {
        let mut config = embedded();
        {
            let user = &mut config.current_user_mut().unwrap().user;
            user.client_certificate = Some(PEM.into());
            user.client_key = Some(PEM.into());
        }
        assert!(
            point_user_at_pem(&mut config, PEM).unwrap(),
            "data left to drop"
        );
        assert_eq!(config.current_user().unwrap().user.client_key_data, None);
    }

    #[test]
    fn without_a_current_user_it_fails() {
        let mut config = embedded();
        config.users.clear();
        assert!(point_user_at_pem(&mut config, PEM).is_err());
    }
}
