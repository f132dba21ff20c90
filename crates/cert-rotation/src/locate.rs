//! Where the kubelet keeps its client certificate: the directory as the kubelet sees it on the
//! node, the same directory as kadm reaches it (under `--rootfs`), and the symlink in it.

use std::path::{Path, PathBuf};

use kadm_init_context::{Paths, Root};
use kadm_node_fs::FsError;

use crate::error::CertRotationError;

/// The file the kubelet keeps pointing at its newest client certificate and key.
pub const CURRENT_PEM: &str = "kubelet-client-current.pem";

/// The kubelet's client-certificate file, seen from the node and from kadm.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KubeletPem {
    /// The file as kadm reaches it (under the rootfs).
    pub path: PathBuf,
    /// The file as the kubelet sees it on the node, the value written into kubelet.conf.
    pub node_path: String,
}

/// Finds the kubelet's `kubelet-client-current.pem`: in `<kubelet dir>/pki`, or in the
/// directory given by the `cert-dir` kubelet flag (`cert_dir_arg`), which must be absolute.
pub fn kubelet_pem(
    paths: &Paths,
    cert_dir_arg: Option<&str>,
) -> Result<KubeletPem, CertRotationError> {
    let (dir, node_dir) = match cert_dir_arg {
        Some(arg) => {
            if !Path::new(arg).is_absolute() {
                return Err(CertRotationError::RelativeCertDir {
                    value: arg.to_string(),
                });
            }
            (paths.root.host_path(arg), PathBuf::from(arg))
        }
        None => (
            paths.kubelet_dir.join("pki"),
            node_view(&paths.root, &paths.kubelet_dir).join("pki"),
        ),
    };
    let node_pem = node_dir.join(CURRENT_PEM);
    let node_path = node_pem
        .to_str()
        .ok_or_else(|| CertRotationError::NonUtf8Path {
            path: node_pem.clone(),
        })?
        .to_string();
    Ok(KubeletPem {
        path: dir.join(CURRENT_PEM),
        node_path,
    })
}

/// A path under the root as the node sees it: the `--rootfs` prefix replaced by `/`.
pub fn node_view(root: &Root, path: &Path) -> PathBuf {
    root.node_path(path).unwrap_or_else(|| path.to_path_buf())
}

/// Follows `link` to the regular file it names, every link resolved inside the node's root (the
/// kubelet writes absolute targets such as
/// `/var/lib/kubelet/pki/kubelet-client-2026-11-24-10-00-00.pem`, which mean the root's own).
///
/// `Ok(None)` when `link` itself does not exist; a symlink whose target is missing is an error.
pub fn resolve_pem(root: &Root, link: &Path) -> Result<Option<PathBuf>, CertRotationError> {
    let file = match root.resolve(link) {
        Ok(Some(file)) => file,
        Ok(None) => return Ok(None),
        Err(FsError::DanglingLink { target, .. }) => {
            return Err(CertRotationError::DanglingLink {
                link: link.to_path_buf(),
                target,
            });
        }
        Err(FsError::LinkLoop { .. }) => {
            return Err(CertRotationError::LinkLoop {
                link: link.to_path_buf(),
            });
        }
        Err(source) => return Err(CertRotationError::Read { cause: source }),
    };
    match root.entry(&file) {
        Ok(Some(entry)) if entry.is_file() => Ok(Some(file)),
        Ok(Some(_)) => Err(CertRotationError::NotAFile { path: file }),
        Ok(None) => Ok(None),
        Err(source) => Err(CertRotationError::Read { cause: source }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    #[test]
    fn default_and_custom_locations() {
        let paths = Paths::defaults_under(Root::at("/r"));
        let pem = kubelet_pem(&paths, None).unwrap();
        assert_eq!(
            pem.path,
            Path::new("/r/var/lib/kubelet/pki/kubelet-client-current.pem")
        );
        assert_eq!(
            pem.node_path,
            "/var/lib/kubelet/pki/kubelet-client-current.pem"
        );

        let pem = kubelet_pem(&paths, Some("/srv/kubelet-certs")).unwrap();
        assert_eq!(
            pem.path,
            Path::new("/r/srv/kubelet-certs/kubelet-client-current.pem")
        );
        assert_eq!(
            pem.node_path,
            "/srv/kubelet-certs/kubelet-client-current.pem"
        );

        let real = Paths::defaults_under(Root::host());
        assert_eq!(
            kubelet_pem(&real, None).unwrap().path,
            Path::new("/var/lib/kubelet/pki/kubelet-client-current.pem")
        );
        let err = kubelet_pem(&paths, Some("pki")).unwrap_err().to_string();
        assert!(err.contains("\"pki\"") && err.contains("absolute"), "{err}");
    }

    #[test]
    fn absolute_link_targets_resolve_under_the_rootfs() {
        let root = tempfile::tempdir().unwrap();
        let rootfs = Root::at(root.path());
        let pki = root.path().join("var/lib/kubelet/pki");
        std::fs::create_dir_all(&pki).unwrap();
        let file = pki.join("kubelet-client-2026.pem");
        std::fs::write(&file, "x").unwrap();
        let link = pki.join(CURRENT_PEM);
        symlink("/var/lib/kubelet/pki/kubelet-client-2026.pem", &link).unwrap();
        assert_eq!(resolve_pem(&rootfs, &link).unwrap(), Some(file.clone()));

        std::fs::remove_file(&link).unwrap();
        symlink("../pki/./kubelet-client-2026.pem", &link).unwrap();
        assert_eq!(resolve_pem(&rootfs, &link).unwrap(), Some(file));
    }

    #[test]
    fn absent_dangling_looping_and_directories() {
        let root = tempfile::tempdir().unwrap();
        let rootfs = Root::at(root.path());
        let link = root.path().join(CURRENT_PEM);
        assert_eq!(resolve_pem(&rootfs, &link).unwrap(), None);

        symlink("/var/lib/kubelet/pki/gone.pem", &link).unwrap();
        let err = resolve_pem(&rootfs, &link).unwrap_err().to_string();
        assert!(err.contains(&link.display().to_string()), "{err}");
        assert!(err.contains("/var/lib/kubelet/pki/gone.pem"), "{err}");

        std::fs::remove_file(&link).unwrap();
        symlink(CURRENT_PEM, &link).unwrap();
        assert!(matches!(
            resolve_pem(&rootfs, &link),
            Err(CertRotationError::LinkLoop { .. })
        ));

        std::fs::remove_file(&link).unwrap();
        std::fs::create_dir(&link).unwrap();
        assert!(matches!(
            resolve_pem(&rootfs, &link),
            Err(CertRotationError::NotAFile { .. })
        ));
    }
}
