//! The node's paths for a process: folders and files of the `--rootfs` bind-mounted onto the paths
//! the node's programs name (`/etc/kubernetes/pki`, `/var/lib/etcd`), in a private mount namespace.
//!
//! A target that does not exist on this machine (`/etc/kubernetes` here) needs a mount point, and
//! making one would change the machine. So the nearest folder above it that exists (`/etc`) gets
//! an overlay in the private namespace first, with its changes in a tmpfs: the mount point is made
//! there, and the machine's own `/etc` is never written.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// One bind mount: `source` (inside the rootfs) seen at `target` (the node's path).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Bind {
    /// The node's path, as the process names it.
    pub target: PathBuf,
    /// Where it is on this machine.
    pub source: PathBuf,
}

/// The shell script that sets up `binds` and then runs its arguments (`exec "$@"`), for
/// `unshare --mount --propagation private sh -c SCRIPT sh SCRATCH PROGRAM ARGS...`: `SCRATCH`, an
/// existing empty folder, holds the overlays' tmpfs.
pub fn script(binds: &[Bind]) -> String {
    let mut binds = binds.to_vec();
    binds.sort();
    let exists = |p: &Path| p.symlink_metadata().is_ok();
    let mut overlays: BTreeSet<PathBuf> = BTreeSet::new();
    for bind in &binds {
        if exists(&bind.target) {
            continue;
        }
        let mut above = bind.target.parent();
        while let Some(dir) = above {
            if exists(dir) {
                break;
            }
            above = dir.parent();
        }
        let dir = above.unwrap_or(Path::new("/")).to_path_buf();
        if !overlays.iter().any(|o| dir.starts_with(o)) {
            overlays.retain(|o| !o.starts_with(&dir));
            overlays.insert(dir);
        }
    }
    let mut lines = vec![
        "set -e".to_string(),
        "scratch=$1; shift".to_string(),
        "mount -t tmpfs kadm-node \"$scratch\"".to_string(),
    ];
    for (i, dir) in overlays.iter().enumerate() {
        lines.push(format!(
            "mkdir \"$scratch/u{i}\" \"$scratch/w{i}\" && mount -t overlay kadm-node -o \
             lowerdir={dir},upperdir=\"$scratch/u{i}\",workdir=\"$scratch/w{i}\" {dir}",
            dir = quote(dir)
        ));
    }
    for bind in &binds {
        let (target, source) = (quote(&bind.target), quote(&bind.source));
        if !exists(&bind.target) {
            if bind.source.is_dir() {
                lines.push(format!("mkdir -p {target}"));
            } else {
                lines.push(format!(
                    "mkdir -p {} && touch {target}",
                    quote(bind.target.parent().unwrap_or(Path::new("/")))
                ));
            }
        }
        lines.push(format!("mount --bind {source} {target}"));
    }
    lines.push("exec \"$@\"".to_string());
    lines.join("\n")
}

/// `path` in single quotes for the shell.
fn quote(path: &Path) -> String {
    format!("'{}'", path.display().to_string().replace('\'', r"'\''"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_targets_get_one_overlay_on_the_nearest_existing_folder() {
        let dir = tempfile::tempdir().unwrap();
        let source = dir.path().join("pki");
        std::fs::create_dir(&source).unwrap();
        let root = dir.path().join("host");
        std::fs::create_dir(&root).unwrap();
        let binds = [
            Bind {
                target: root.join("kubernetes/pki"),
                source: source.clone(),
            },
            Bind {
                target: root.join("kubernetes/admin.conf"),
                source: dir.path().join("admin.conf"),
            },
        ];
        let text = script(&binds);
        let overlays = text.matches("mount -t overlay").count();
        assert_eq!(overlays, 1, "{text}");
        assert!(
            text.contains(&format!("lowerdir='{}'", root.display())),
            "{text}"
        );
        assert!(text.contains(&format!(
            "mkdir -p '{}'",
            root.join("kubernetes/pki").display()
        )));
        assert!(text.contains(&format!(
            "touch '{}'",
            root.join("kubernetes/admin.conf").display()
        )));
        assert!(text.ends_with("exec \"$@\""));
    }

    #[test]
    fn existing_targets_are_bound_without_an_overlay() {
        let dir = tempfile::tempdir().unwrap();
        let text = script(&[Bind {
            target: dir.path().to_path_buf(),
            source: dir.path().to_path_buf(),
        }]);
        assert!(!text.contains("overlay"), "{text}");
        assert!(text.contains("mount --bind"), "{text}");
    }
}
