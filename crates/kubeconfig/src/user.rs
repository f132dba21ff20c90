//! Kubeconfig files for extra users (`kadm kubeconfig user`).

use std::time::Duration;

use kadm_init_context::{Authority, InitContext};
use kadm_kubeconfig_model::KubeConfig;

use crate::authority::{self, ca_paths};
use crate::issue::{self, NewKubeconfig};
use crate::phase_error::KubeconfigPhaseError;
use crate::server;

/// The kubeconfig (with its private key) for an extra user, such as a CI robot or a person:
/// a new key of `encryptionAlgorithm`, a client certificate (clientAuth) with CN `client_name`
/// and one O per entry of `organizations` (the user's groups), signed by the cluster CA, the
/// control-plane endpoint as server, and the context `<client_name>@<clusterName>` as current.
///
/// `validity` defaults to `certificateValidityPeriod`; a certificate that would outlive the CA
/// ends with it, with a warning through `ctx.out`. The CA comes from this run's
/// [`kadm_init_context::Authorities`] or from `ca.crt` / `ca.key` in `ctx.paths.cert_dir`.
/// Nothing is written: the caller prints or saves it (as YAML or JSON), and it must stay secret.
pub fn user_kubeconfig(
    ctx: &InitContext,
    client_name: &str,
    organizations: &[String],
    validity: Option<Duration>,
) -> Result<KubeConfig, KubeconfigPhaseError> {
    let server = server::control_plane_server(&ctx.config);
    let purpose = format!("sign the client certificate of user {client_name:?}");
    let ca = match authority::find(ctx, &purpose)? {
        Authority::Signing(ca) => ca,
        Authority::CertOnly(_) => {
            return Err(KubeconfigPhaseError::MissingCa {
                path: ca_paths(&ctx.paths.cert_dir).1,
                what: "private key",
                purpose,
            });
        }
    };
    let validity = match validity {
        Some(validity) => validity,
        None => ctx.config.certificate_validity(),
    };
    let algorithm = ctx.key_algorithm();
    let key = kadm_pki::default_generator()
        .generate(algorithm)
        .map_err(|source| KubeconfigPhaseError::Generate {
            what: format!("a {algorithm} key for user {client_name:?}"),
            source,
        })?;
    let label = format!("user {client_name:?}");
    let request = NewKubeconfig {
        cluster_name: ctx.config.cluster_name(),
        server: &server,
        common_name: client_name,
        organizations,
        validity,
        label: &label,
    };
    issue::issue(&request, key, &ca, ctx.out.as_ref())
}
