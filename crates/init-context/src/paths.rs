//! Paths: the rootfs every absolute path is resolved under, and the directories phases use.

use std::path::{Component, Path, PathBuf};

/// The root every absolute path the tool touches is resolved under (`--rootfs`); `/` when unset.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rootfs(Option<PathBuf>);

impl Rootfs {
    /// The real root: paths are used as they are.
    pub fn real() -> Self {
        Self(None)
    }

    /// A directory that stands for `/`.
    pub fn at(dir: impl Into<PathBuf>) -> Self {
        Self(Some(dir.into()))
    }

    /// The rootfs directory, when one is set.
    pub fn dir(&self) -> Option<&Path> {
        self.0.as_deref()
    }

    /// Whether paths are used on the real root (no `--rootfs`).
    pub fn is_real(&self) -> bool {
        self.0.is_none()
    }

    /// Resolves a path: an absolute path goes under the rootfs; a relative one is kept as given
    /// (relative to the working directory, as a user typing it would expect).
    pub fn resolve(&self, path: impl AsRef<Path>) -> PathBuf {
        let path = path.as_ref();
        match &self.0 {
            Some(root) if path.is_absolute() => {
                let mut out = root.clone();
                for c in path.components() {
                    if let Component::Normal(part) = c {
                        out.push(part);
                    }
                }
                out
            }
            _ => path.to_path_buf(),
        }
    }
}

/// The directories the init phases read and write, already resolved under the rootfs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paths {
    /// The rootfs the others were resolved under.
    pub rootfs: Rootfs,
    /// The PKI directory (`certificatesDir`, `--cert-dir`; default `/etc/kubernetes/pki`).
    pub cert_dir: PathBuf,
    /// Where kubeconfig files go (`--kubeconfig-dir`; default `/etc/kubernetes`).
    pub kubeconfig_dir: PathBuf,
    /// The kubelet's state directory (`/var/lib/kubelet`).
    pub kubelet_dir: PathBuf,
}

/// kubeadm's default kubeconfig directory.
pub const DEFAULT_KUBECONFIG_DIR: &str = "/etc/kubernetes";
/// The kubelet's default state directory.
pub const DEFAULT_KUBELET_DIR: &str = "/var/lib/kubelet";

impl Paths {
    /// Resolves the given directories under the rootfs.
    pub fn new(rootfs: Rootfs, cert_dir: &str, kubeconfig_dir: &str) -> Self {
        Self {
            cert_dir: rootfs.resolve(cert_dir),
            kubeconfig_dir: rootfs.resolve(kubeconfig_dir),
            kubelet_dir: rootfs.resolve(DEFAULT_KUBELET_DIR),
            rootfs,
        }
    }

    /// The default layout (`/etc/kubernetes/pki`, `/etc/kubernetes`, `/var/lib/kubelet`) under a rootfs.
    pub fn defaults_under(rootfs: Rootfs) -> Self {
        Self::new(rootfs, "/etc/kubernetes/pki", DEFAULT_KUBECONFIG_DIR)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absolute_paths_go_under_the_rootfs() {
        let r = Rootfs::at("/tmp/root");
        assert_eq!(
            r.resolve("/etc/kubernetes/pki"),
            Path::new("/tmp/root/etc/kubernetes/pki")
        );
        assert_eq!(
            r.resolve("/../etc"),
            Path::new("/tmp/root/etc"),
            "no escape through .."
        );
        assert_eq!(r.resolve("rel/dir"), Path::new("rel/dir"));
        assert_eq!(Rootfs::real().resolve("/etc"), Path::new("/etc"));
    }

    #[test]
    fn default_layout() {
        let p = Paths::defaults_under(Rootfs::at("/r"));
        assert_eq!(p.cert_dir, Path::new("/r/etc/kubernetes/pki"));
        assert_eq!(p.kubeconfig_dir, Path::new("/r/etc/kubernetes"));
        assert_eq!(p.kubelet_dir, Path::new("/r/var/lib/kubelet"));
    }
}
