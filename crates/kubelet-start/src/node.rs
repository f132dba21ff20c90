//! Facts about the node that the kubelet's files depend on: its hostname (for
//! `--hostname-override`) and whether systemd-resolved manages its resolver (for `resolvConf`).
//!
//! On the real root kadm asks the running machine, as kubeadm does. Under `--rootfs` the running
//! machine is not the node, so the node's own files decide:
//! - hostname: the first line of `<rootfs>/etc/hostname`; when it is missing the hostname is
//!   unknown and `--hostname-override` is always written (the kubelet then registers under the
//!   name its `kubelet.conf` certificate was issued for, whatever the machine is called at boot);
//! - systemd-resolved: `<rootfs>/etc/resolv.conf` is a link into `/run/systemd/resolve/`, which
//!   is how a system that uses systemd-resolved points its resolver at it.

use std::path::Path;

use kadm_node_fs::{Limit, Root};

use crate::host::{Machine, resolved_active};

/// Where `/etc/resolv.conf` points on a system whose resolver systemd-resolved manages.
const RESOLVED_DIR: &str = "run/systemd/resolve/";

/// What kubelet-start knows about the node.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NodeFacts {
    /// The node's hostname (lowercased), when known.
    pub hostname: Option<String>,
    /// Whether systemd-resolved manages the node's resolver.
    pub systemd_resolved: bool,
}

/// Finds the facts: from `machine` on the real root, from the node's files under a rootfs.
pub fn node_facts(root: &Root, machine: &dyn Machine) -> NodeFacts {
    if root.is_host() {
        return NodeFacts {
            hostname: machine.hostname(),
            systemd_resolved: resolved_active(machine),
        };
    }
    let hostname = root
        .read_text_if_exists(&root.host_path("/etc/hostname"), Limit::CONFIG)
        .ok()
        .flatten()
        .and_then(|text| {
            text.lines()
                .map(str::trim)
                .find(|l| !l.is_empty() && !l.starts_with('#'))
                .map(str::to_lowercase)
        });
    let systemd_resolved = root
        .read_link(&root.host_path("/etc/resolv.conf"))
        .ok()
        .flatten()
        .is_some_and(|target| points_into_resolved(&target));
    NodeFacts {
        hostname,
        systemd_resolved,
    }
}

fn points_into_resolved(target: &Path) -> bool {
    target.to_string_lossy().contains(RESOLVED_DIR)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::host::FakeMachine;

    #[test]
    fn a_rootfs_is_judged_by_its_own_files_never_by_the_machine() {
        let dir = tempfile::tempdir().unwrap();
        let root = Root::at(dir.path());
        let machine = FakeMachine {
            systemd: true,
            systemctl: Some("/usr/bin/systemctl".into()),
            hostname: Some("builder".into()),
            ..FakeMachine::default()
        };
        let facts = node_facts(&root, &machine);
        assert_eq!(
            facts,
            NodeFacts {
                hostname: None,
                systemd_resolved: false
            }
        );
        assert!(machine.calls.lock().unwrap().is_empty());

        let etc = dir.path().join("etc");
        std::fs::create_dir(&etc).unwrap();
        std::fs::write(etc.join("hostname"), "# set by the image\nCP-1\n").unwrap();
        std::os::unix::fs::symlink(
            "../run/systemd/resolve/stub-resolv.conf",
            etc.join("resolv.conf"),
        )
        .unwrap();
        assert_eq!(
            node_facts(&root, &machine),
            NodeFacts {
                hostname: Some("cp-1".into()),
                systemd_resolved: true
            }
        );
        std::fs::remove_file(etc.join("resolv.conf")).unwrap();
        std::fs::write(etc.join("resolv.conf"), "nameserver 10.0.0.1\n").unwrap();
        assert!(!node_facts(&root, &machine).systemd_resolved);
    }

    #[test]
    fn the_real_root_asks_the_machine() {
        let machine = FakeMachine {
            systemd: true,
            systemctl: Some("/usr/bin/systemctl".into()),
            hostname: Some("cp-1".into()),
            ..FakeMachine::default()
        };
        assert_eq!(
            node_facts(&Root::host(), &machine),
            NodeFacts {
                hostname: Some("cp-1".into()),
                systemd_resolved: true
            }
        );
    }
}
