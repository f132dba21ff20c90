//! Making new client keys and kubeconfig contents.

use std::time::Duration;

use kadm_init_context::{InitContext, Output, Tag};
use kadm_pki::{CertSpec, CertifiedKey, ExtendedUsage, PrivateKey, fmt_time, sign};

use crate::authority;
use crate::phase_error::KubeconfigPhaseError;
use crate::table::{FILES, KubeconfigFile};
use kadm_kubeconfig_model::KubeConfig;

/// The parent phase's name; children's full paths are `kubeconfig/<child>`.
pub(crate) const PARENT: &str = crate::NAME;
/// The tag of every line the `kubeconfig` phases print: `[kubeconfig]`.
pub const TAG: Tag = Tag::new(PARENT);

fn key_error(what: String, source: kadm_pki::PkiError) -> KubeconfigPhaseError {
    KubeconfigPhaseError::Generate { what, source }
}

/// The parent's run: generates in parallel one client key for every child planned in this run
/// whose file does not exist yet, when the cluster CA can sign; the children take them.
pub(crate) fn fill_pool(ctx: &mut InitContext) -> Result<(), KubeconfigPhaseError> {
    if !authority::can_sign(ctx) {
        return Ok(());
    }
    let children = FILES.iter().map(|entry| (entry.phase, entry));
    let wanted = ctx.children_needing_keys(PARENT, children, |ctx, entry| {
        let path = entry.path(&ctx.paths.kubeconfig_dir);
        matches!(authority::exists(ctx.fs(), &path), Ok(false))
    });
    let algorithm = ctx.key_algorithm();
    ctx.pregenerate_keys("[kubeconfig] Generating client keys", wanted, algorithm)
        .map_err(|e| key_error(format!("{algorithm} client keys"), e))
}

/// A new client key for `entry`: the parent's when it made one, else generated now.
pub(crate) fn client_key(
    ctx: &mut InitContext,
    entry: &KubeconfigFile,
) -> Result<PrivateKey, KubeconfigPhaseError> {
    let algorithm = ctx.key_algorithm();
    ctx.new_key(&format!("{PARENT}/{}", entry.phase), algorithm)
        .map_err(|e| key_error(format!("a {algorithm} client key"), e))
}

/// What a new kubeconfig says.
pub(crate) struct NewKubeconfig<'a> {
    /// `clusterName`.
    pub(crate) cluster_name: &'a str,
    /// The API server URL.
    pub(crate) server: &'a str,
    /// The client certificate's CN, also the user name.
    pub(crate) common_name: &'a str,
    /// The client certificate's organisations (groups).
    pub(crate) organizations: &'a [String],
    /// How long the client certificate is valid (cut to the CA's end).
    pub(crate) validity: Duration,
    /// How warnings name the result: `"admin.conf"`, `user "ci-bot"`.
    pub(crate) label: &'a str,
}

/// Signs a client certificate (clientAuth only) for `key` with `ca` and wraps it, the CA and the
/// key into a one-context kubeconfig. Warns through `out` when the certificate had to be cut
/// short to end with the CA.
pub(crate) fn issue(
    request: &NewKubeconfig<'_>,
    key: PrivateKey,
    ca: &CertifiedKey,
    out: &dyn Output,
) -> Result<KubeConfig, KubeconfigPhaseError> {
    let spec = CertSpec {
        common_name: request.common_name.to_string(),
        organizations: request.organizations.to_vec(),
        dns_names: Vec::new(),
        ip_addresses: Vec::new(),
        is_ca: false,
        extended_usages: vec![ExtendedUsage::ClientAuth],
        validity: request.validity,
    };
    let signed = sign(&spec, key, ca).map_err(|source| KubeconfigPhaseError::Generate {
        what: format!("the client certificate of {}", request.label),
        source,
    })?;
    if let Some(end) = signed.clamped_to {
        out.warn(
            TAG,
            &format!(
                "the client certificate of {} would outlive the cluster CA; \
             it expires with the CA on {}",
                request.label,
                fmt_time(end)
            ),
        );
    }
    let client = signed.certified;
    Ok(KubeConfig::new_single(
        request.cluster_name,
        request.server,
        ca.cert.to_pem().as_bytes(),
        request.common_name,
        client.cert.to_pem().as_bytes(),
        client.key.to_pem().as_bytes(),
    ))
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use kadm_config::{Config, HostFacts};
    use kadm_init_context::{MemoryOutput, Paths};
    use kadm_node_fs::Root;
    use kadm_pki::KeyAlgorithm;

    use super::*;

    fn pooled(ctx: &InitContext) -> Vec<String> {
        ctx.pooled_keys()
            .into_iter()
            .map(|p| p.trim_start_matches("kubeconfig/").to_string())
            .collect()
    }

    #[test]
    fn keys_only_for_planned_children_whose_files_are_missing() {
        let tmp = tempfile::tempdir().unwrap();
        let mut config = Config::defaults(&HostFacts {
            hostname: "node-1".into(),
            default_ipv4: None,
        });
        config.cluster.encryption_algorithm = "ECDSA-P256".into();
        let paths = Paths::defaults_under(Root::at(tmp.path()));
        let mut ctx = InitContext::new(
            config.validate().unwrap(),
            paths,
            Arc::new(MemoryOutput::default()),
        );
        ctx.planned = [
            "kubeconfig",
            "kubeconfig/admin",
            "kubeconfig/kubelet",
            "kubeconfig/scheduler",
        ]
        .map(String::from)
        .to_vec();

        fill_pool(&mut ctx).unwrap();
        assert!(pooled(&ctx).is_empty(), "no CA to sign with: no keys");

        let (crt, key) = authority::ca_paths(&ctx.paths.cert_dir);
        std::fs::create_dir_all(&ctx.paths.cert_dir).unwrap();
        std::fs::write(crt, "x").unwrap();
        std::fs::write(key, "x").unwrap();
        std::fs::create_dir_all(&ctx.paths.kubeconfig_dir).unwrap();
        std::fs::write(ctx.paths.kubeconfig_dir.join("kubelet.conf"), "x").unwrap();
        fill_pool(&mut ctx).unwrap();
        assert_eq!(pooled(&ctx), ["admin", "scheduler"]);

        let admin = crate::table::kubeconfig_file("admin").unwrap();
        assert_eq!(
            client_key(&mut ctx, admin).unwrap().algorithm(),
            KeyAlgorithm::EcdsaP256
        );
        assert_eq!(pooled(&ctx), ["scheduler"], "the pooled key was taken");
    }
}
