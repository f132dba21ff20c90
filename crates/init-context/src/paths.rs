//! The directories phases use, found under the node's root (`--rootfs`).

use std::path::{Path, PathBuf};

use kadm_node_fs::Root;

/// The directories the init phases read and write, as host paths under the root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paths {
    /// The node's root every path is resolved in; all reads and writes go through it.
    pub root: Root,
    /// The PKI directory (`certificatesDir`, `--cert-dir`; default `/etc/kubernetes/pki`).
    pub cert_dir: PathBuf,
    /// Where kubeconfig files go (`--kubeconfig-dir`; default `/etc/kubernetes`).
    pub kubeconfig_dir: PathBuf,
    /// The kubelet's state directory (`/var/lib/kubelet`).
    pub kubelet_dir: PathBuf,
    /// The static Pod manifests (`/etc/kubernetes/manifests`, the kubelet's `staticPodPath`).
    pub manifests_dir: PathBuf,
    /// The objects kubeadm would create through the API server, as manifests for
    /// `kubectl apply --server-side -f` (`/etc/kubernetes/cluster-objects`).
    pub objects_dir: PathBuf,
}

/// kubeadm's default kubeconfig directory.
pub const DEFAULT_KUBECONFIG_DIR: &str = "/etc/kubernetes";
/// kubeadm's default certificate directory (the configuration's default `certificatesDir`).
pub const DEFAULT_CERT_DIR: &str = kadm_config::DEFAULT_CERTIFICATES_DIR;
/// The kubelet's default state directory.
pub const DEFAULT_KUBELET_DIR: &str = "/var/lib/kubelet";
/// Where kubeadm writes static Pod manifests (the kubelet's `staticPodPath`); kubeadm keeps it
/// there whatever `--kubeconfig-dir` says.
pub const MANIFESTS_DIR: &str = "/etc/kubernetes/manifests";
/// Where kadm writes the objects kubeadm creates through the API server, one file per phase.
pub const CLUSTER_OBJECTS_DIR: &str = "/etc/kubernetes/cluster-objects";

/// The administrator's kubeconfig (group `kubeadm:cluster-admins`), in the kubeconfig directory.
pub const ADMIN_CONF: &str = "admin.conf";
/// The break-glass kubeconfig (group `system:masters`), in the kubeconfig directory.
pub const SUPER_ADMIN_CONF: &str = "super-admin.conf";
/// The manifest of the `kubeadm:cluster-admins` ClusterRoleBinding, in the objects directory.
pub const CLUSTER_ADMINS_FILE: &str = "cluster-admins.yaml";

/// A directory of the node given as a relative path.
#[derive(Debug, thiserror::Error)]
#[error(
    "{flag} {}: must be an absolute path on the node (it is resolved under --rootfs when given)",
    value.display()
)]
pub struct RelativeDir {
    /// The flag or field that named it.
    pub flag: &'static str,
    /// The value given.
    pub value: PathBuf,
}

impl Paths {
    /// Finds the given node directories under `root`. Both must be absolute: a relative path would
    /// mean the working directory on the host, outside the node.
    pub fn new(root: Root, cert_dir: &str, kubeconfig_dir: &str) -> Result<Self, RelativeDir> {
        for (flag, dir) in [
            (kadm_config::flag::CERT_DIR, cert_dir),
            ("--kubeconfig-dir", kubeconfig_dir),
        ] {
            if !Path::new(dir).is_absolute() {
                return Err(RelativeDir {
                    flag,
                    value: dir.into(),
                });
            }
        }
        Ok(Self {
            cert_dir: root.host_path(cert_dir),
            kubeconfig_dir: root.host_path(kubeconfig_dir),
            kubelet_dir: root.host_path(DEFAULT_KUBELET_DIR),
            manifests_dir: root.host_path(MANIFESTS_DIR),
            objects_dir: root.host_path(CLUSTER_OBJECTS_DIR),
            root,
        })
    }

    /// The default layout (`/etc/kubernetes/pki`, `/etc/kubernetes`, `/var/lib/kubelet`) under a root.
    pub fn defaults_under(root: Root) -> Self {
        Self {
            cert_dir: root.host_path(DEFAULT_CERT_DIR),
            kubeconfig_dir: root.host_path(DEFAULT_KUBECONFIG_DIR),
            kubelet_dir: root.host_path(DEFAULT_KUBELET_DIR),
            manifests_dir: root.host_path(MANIFESTS_DIR),
            objects_dir: root.host_path(CLUSTER_OBJECTS_DIR),
            root,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_layout() {
        let p = Paths::defaults_under(Root::at("/r"));
        assert_eq!(p.cert_dir, Path::new("/r/etc/kubernetes/pki"));
        assert_eq!(p.kubeconfig_dir, Path::new("/r/etc/kubernetes"));
        assert_eq!(p.kubelet_dir, Path::new("/r/var/lib/kubelet"));
        assert_eq!(p.manifests_dir, Path::new("/r/etc/kubernetes/manifests"));
        assert_eq!(
            p.objects_dir,
            Path::new("/r/etc/kubernetes/cluster-objects")
        );
    }

    #[test]
    fn node_directories_must_be_absolute() {
        let err = Paths::new(Root::at("/r"), "/etc/kubernetes/pki", "../../x").unwrap_err();
        assert_eq!(
            err.to_string(),
            "--kubeconfig-dir ../../x: must be an absolute path on the node (it is resolved under \
             --rootfs when given)"
        );
        let p = Paths::new(Root::at("/r"), "/etc/../../tmp/x", "/etc/kubernetes").unwrap();
        assert_eq!(
            p.cert_dir,
            Path::new("/r/tmp/x"),
            "`..` never leaves the root"
        );
    }
}
