//! Where the kubelet keeps its client certificate: the directory as the kubelet sees it on the
//! node, the same directory as kadm reaches it (under `--rootfs`), and the symlink in it.

use std::io;
use std::path::{Component, Path, PathBuf};

use kadm_init_context::{Paths, Rootfs};

use crate::error::CertRotationError;

/// The file the kubelet keeps pointing at its newest client certificate and key.
pub const CURRENT_PEM: &str = "kubelet-client-current.pem";

/// How many symlinks kadm follows before it calls the chain a loop.
const MAX_LINKS: usize = 40;

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
            (paths.rootfs.resolve(arg), PathBuf::from(arg))
        }
        None => (
            paths.kubelet_dir.join("pki"),
            node_view(&paths.rootfs, &paths.kubelet_dir).join("pki"),
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

/// A path under the rootfs as the node sees it: the rootfs prefix replaced by `/`.
pub fn node_view(rootfs: &Rootfs, path: &Path) -> PathBuf {
    match rootfs.dir().and_then(|root| path.strip_prefix(root).ok()) {
        Some(rest) => Path::new("/").join(rest),
        None => path.to_path_buf(),
    }
}

/// Follows `link` to the regular file it names, resolving absolute symlink targets under the
/// rootfs (the kubelet writes absolute targets such as
/// `/var/lib/kubelet/pki/kubelet-client-2026-11-24-10-00-00.pem`).
///
/// `Ok(None)` when `link` itself does not exist; a symlink whose target is missing is an error.
pub fn resolve_pem(rootfs: &Rootfs, link: &Path) -> Result<Option<PathBuf>, CertRotationError> {
    let mut current = link.to_path_buf();
    let mut last_target: Option<PathBuf> = None;
    for _ in 0..MAX_LINKS {
        let meta = match std::fs::symlink_metadata(&current) {
            Ok(m) => m,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return match last_target {
                    None => Ok(None),
                    Some(target) => Err(CertRotationError::DanglingLink {
                        link: link.to_path_buf(),
                        target,
                    }),
                };
            }
            Err(source) => {
                return Err(CertRotationError::Read {
                    path: current,
                    source,
                })
            }
        };
        if meta.file_type().is_symlink() {
            let target =
                std::fs::read_link(&current).map_err(|source| CertRotationError::Read {
                    path: current.clone(),
                    source,
                })?;
            current = if target.is_absolute() {
                rootfs.resolve(&target)
            } else {
                let parent = current.parent().unwrap_or(Path::new("/"));
                lexical_join(parent, &target)
            };
            last_target = Some(target);
            continue;
        }
        if !meta.is_file() {
            return Err(CertRotationError::NotAFile { path: current });
        }
        return Ok(Some(current));
    }
    Err(CertRotationError::LinkLoop {
        link: link.to_path_buf(),
    })
}

/// Joins a relative symlink target to its directory, folding `.` and `..` (never above `/`).
fn lexical_join(dir: &Path, target: &Path) -> PathBuf {
    let mut out = dir.to_path_buf();
    for c in target.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::Normal(part) => out.push(part),
            Component::CurDir | Component::RootDir | Component::Prefix(_) => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    #[test]
    fn default_and_custom_locations() {
        let paths = Paths::defaults_under(Rootfs::at("/r"));
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

        let real = Paths::defaults_under(Rootfs::real());
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
        let rootfs = Rootfs::at(root.path());
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
        let rootfs = Rootfs::at(root.path());
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
