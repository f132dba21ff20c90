//! A worker joining by token takes the cluster's configuration, as kubeadm's `kubelet-start`
//! does: the `kubeadm-config` ConfigMap's `ClusterConfiguration` (its Kubernetes version, image
//! repository, DNS domain, ...) and the `kubelet-config` ConfigMap's `KubeletConfiguration`, read
//! with the bootstrap token (kubeadm's RBAC lets bootstrappers read both). The node's files are
//! then built for the cluster's version, not for kadm's default.

use std::path::Path;
use std::time::Duration;

use kadm_config::{Config, HostFacts, JoinFile};
use kadm_init_context::{InitContext, Tag};
use kadm_kube_api::{ApiClient, ApiError};
use kadm_upload_config::{CLUSTER_CONFIGURATION_KEY, KUBEADM_CONFIG, KUBELET_CONFIG, KUBELET_KEY};

/// The `[kubelet-start]` tag.
const TAG: Tag = Tag::new(kadm_kubelet_start::NAME);
/// The namespace of both ConfigMaps.
const KUBE_SYSTEM: &str = "kube-system";
/// How long one request may take.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);

/// Why the cluster's configuration could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ClusterConfigError {
    /// The API server refused, or did not answer in time.
    #[error("cannot read the cluster's configuration with the bootstrap token")]
    Api(#[from] ApiError),
    /// The ConfigMap has no such key.
    #[error(
        "ConfigMap {KUBE_SYSTEM}/{map} at {server} has no {key:?} key: the cluster's \
         upload-config phase writes it (`kadm init phase upload-config all` on a control plane)"
    )]
    NoKey {
        /// The API server.
        server: String,
        /// The ConfigMap.
        map: &'static str,
        /// The key.
        key: &'static str,
    },
    /// The configuration in it is not one kadm can use.
    #[error("the cluster's configuration")]
    Config(#[from] kadm_config::ConfigError),
}

/// Reads the cluster's ConfigMaps with `bootstrap_kubeconfig` (the bootstrap-kubelet.conf just
/// made) and makes them this run's configuration, keeping the join's `nodeRegistration`. A
/// cluster without them (one whose objects were never applied) leaves the join's own settings,
/// with a warning; a refusal or a configuration that does not validate fails the join.
pub fn adopt(
    ctx: &mut InitContext,
    bootstrap_kubeconfig: &str,
    server: &str,
) -> Result<(), ClusterConfigError> {
    let Some(file) = ctx.products.get::<JoinFile>().cloned() else {
        return Ok(());
    };
    let timeout = file.discovery_timeout()?;
    let client = ApiClient::from_kubeconfig(
        bootstrap_kubeconfig,
        "bootstrap-kubelet.conf",
        REQUEST_TIMEOUT,
    )?;
    let read =
        |map: &'static str, key: &'static str| -> Result<Option<String>, ClusterConfigError> {
            let Some(found) = client.config_map(KUBE_SYSTEM, map, timeout)? else {
                return Ok(None);
            };
            found
                .data
                .and_then(|mut d| d.remove(key))
                .map(Some)
                .ok_or_else(|| ClusterConfigError::NoKey {
                    server: server.to_string(),
                    map,
                    key,
                })
        };
    let (Some(cluster), kubelet) = (
        read(KUBEADM_CONFIG, CLUSTER_CONFIGURATION_KEY)?,
        read(KUBELET_CONFIG, KUBELET_KEY)?,
    ) else {
        ctx.out.warn(
            TAG,
            &format!(
                "the cluster at {server} has no ConfigMap {KUBE_SYSTEM}/{KUBEADM_CONFIG}: this \
                 node's files follow the join's own settings (kadm's defaults for Kubernetes {}), \
                 not the cluster's; apply the cluster's objects first (`kadm apply-objects` on the \
                 control plane)",
                ctx.config.kubernetes_version()
            ),
        );
        return Ok(());
    };
    let text = match kubelet {
        Some(kubelet) => format!("{cluster}\n---\n{kubelet}"),
        None => cluster,
    };
    let source = Path::new("/api/v1/namespaces/kube-system/configmaps/kubeadm-config");
    let config = Config::for_worker_join(&file, &text, source, &HostFacts::detect())?.validate()?;
    ctx.out.info(
        TAG,
        &format!(
            "Using the cluster's configuration (ConfigMaps {KUBE_SYSTEM}/{KUBEADM_CONFIG} and \
             {KUBE_SYSTEM}/{KUBELET_CONFIG}): Kubernetes {}",
            config.kubernetes_version()
        ),
    );
    ctx.config = config;
    Ok(())
}
