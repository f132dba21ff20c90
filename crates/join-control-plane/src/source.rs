//! What a control-plane join reads from the first control plane when no API server answers: the
//! `kubeadm-certs` Secret and the `kubeadm-config` ConfigMap, as `kadm init --upload-certs` wrote
//! them into its cluster-objects directory (`/etc/kubernetes/cluster-objects/`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use kadm_node_fs::{FsError, Limit, Root};

/// The file that holds the `kubeadm-certs` Secret in the cluster-objects directory.
pub const CERTS_FILE: &str = kadm_upload_certs::FILE;
/// The file that holds the `kubeadm-config` ConfigMap in the cluster-objects directory.
pub const CONFIG_FILE: &str = kadm_upload_config::FILE;
/// The first control plane's shared material and configuration.
#[derive(Debug, Clone)]
pub struct ClusterObjects {
    /// The Secret's values, still encrypted under the certificate key, by entry name.
    pub certs: BTreeMap<String, Vec<u8>>,
    /// The file the Secret was read from.
    pub certs_file: PathBuf,
    /// The `ClusterConfiguration` document the first control plane stored.
    pub cluster_configuration: String,
    /// The file the ConfigMap was read from.
    pub config_file: PathBuf,
}

/// Why `--certs-from` could not be read. Messages name the file and the fix.
#[derive(Debug, thiserror::Error)]
pub enum SourceError {
    /// A file could not be read.
    #[error("--certs-from: cannot read the first control plane's cluster objects")]
    Read(#[source] FsError),
    /// The file holds no readable `kubeadm-certs` Secret.
    #[error(
        "{}: no kubeadm-certs Secret could be read (the file is not a manifest, is truncated, or \
         holds another object): copy {CERTS_FILE} again from /etc/kubernetes/cluster-objects/ \
         on the first control plane, where `kadm init --upload-certs` writes it",
        path.display()
    )]
    NoSecret {
        /// The file.
        path: PathBuf,
    },
    /// The Secret lacks entries every cluster has.
    #[error(
        "{}: the kubeadm-certs Secret has no {missing}: the file is incomplete; run `kadm init \
         phase upload-certs --upload-certs` on the first control plane and copy {CERTS_FILE} \
         again",
        path.display()
    )]
    Incomplete {
        /// The file.
        path: PathBuf,
        /// The missing entries, comma-separated.
        missing: String,
    },
    /// No `kubeadm-config` ConfigMap was found.
    #[error(
        "no kubeadm-config ConfigMap with a ClusterConfiguration in {}: give --certs-from the \
         cluster-objects directory copied from the first control plane (it holds {CONFIG_FILE} \
         beside {CERTS_FILE})",
        looked.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(" or ")
    )]
    NoConfig {
        /// The files looked in.
        looked: Vec<PathBuf>,
    },
}

/// Reads `path` (a host path): the cluster-objects directory copied from the first control
/// plane, or its `upload-certs.yaml`. The ClusterConfiguration is taken from the same file when it
/// holds the `kubeadm-config` ConfigMap, else from `upload-config.yaml` beside it.
pub fn read(path: &Path) -> Result<ClusterObjects, SourceError> {
    let host = Root::host();
    let is_dir = host
        .entry(path)
        .map_err(SourceError::Read)?
        .is_some_and(|e| e.is_dir());
    let (certs_file, beside) = if is_dir {
        (path.join(CERTS_FILE), path.join(CONFIG_FILE))
    } else {
        let dir = path.parent().unwrap_or(Path::new("."));
        (path.to_path_buf(), dir.join(CONFIG_FILE))
    };
    let text = host
        .read_text(&certs_file, Limit::KUBECONFIG)
        .map_err(SourceError::Read)?;
    let certs = kadm_upload_certs::secret_data(&text).ok_or_else(|| SourceError::NoSecret {
        path: certs_file.clone(),
    })?;
    let missing: Vec<&str> = kadm_upload_certs::ALWAYS_SHARED
        .into_iter()
        .filter(|name| certs.get(*name).is_none_or(Vec::is_empty))
        .collect();
    if !missing.is_empty() {
        return Err(SourceError::Incomplete {
            path: certs_file,
            missing: missing.join(", "),
        });
    }
    let mut looked = vec![certs_file.clone()];
    let (cluster_configuration, config_file) = match cluster_configuration(&text) {
        Some(found) => (found, certs_file.clone()),
        None => {
            looked.push(beside.clone());
            let other = host
                .read_text_if_exists(&beside, Limit::CONFIG)
                .map_err(SourceError::Read)?;
            match other.as_deref().and_then(cluster_configuration) {
                Some(found) => (found, beside),
                None => return Err(SourceError::NoConfig { looked }),
            }
        }
    };
    Ok(ClusterObjects {
        certs,
        certs_file,
        cluster_configuration,
        config_file,
    })
}

/// The `ClusterConfiguration` text of the `kubeadm-config` ConfigMap in a manifest's text.
fn cluster_configuration(text: &str) -> Option<String> {
    kadm_kube_objects::object_data(text, "ConfigMap", kadm_upload_config::KUBEADM_CONFIG)?
        .remove(kadm_upload_config::CLUSTER_CONFIGURATION_KEY)
}
