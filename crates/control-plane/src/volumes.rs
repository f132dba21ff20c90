//! The hostPath volumes of the control-plane Pods (kubeadm's `volumes.go`).

use std::collections::BTreeSet;
use std::path::Path;

use kadm_config::ValidConfig;
use kadm_config::types::ExternalEtcd;
use kadm_static_pod::{DIRECTORY_OR_CREATE, FILE_OR_CREATE, Mounts, last};

use crate::components::{APISERVER, CONTROLLER_MANAGER, Node, SCHEDULER};
use crate::join;

/// The system CA directory mounted into the API server and controller-manager.
const CA_CERTS: &str = "/etc/ssl/certs";

/// Where distributions keep the CA files `/etc/ssl/certs` may link to; each one that exists on
/// the node is mounted too (read-only), named after its path (`etc-pki-ca-trust`).
pub const CA_CERTS_EXTRA_PATHS: [&str; 5] = [
    "/etc/pki/ca-trust",
    "/etc/pki/tls/certs",
    "/etc/ca-certificates",
    "/usr/share/ca-certificates",
    "/usr/local/share/ca-certificates",
];

/// The controller-manager's default FlexVolume plugin directory (writable).
pub const FLEXVOLUME_DIR: &str = "/usr/libexec/kubernetes/kubelet-plugins/volume/exec";

/// The volumes of `name` (`kube-apiserver`, ...), its `extraVolumes` last.
pub(crate) fn mounts(config: &ValidConfig, node: &Node, name: &str) -> Mounts {
    let cluster = &config.config().cluster;
    let certs = config.certificates_dir();
    let mut m = Mounts::new();
    let dir = DIRECTORY_OR_CREATE;
    let system_cas = |m: &mut Mounts| {
        m.host_path("ca-certs", CA_CERTS, CA_CERTS, true, dir);
        for path in &node.ca_certs_extra {
            let volume = path.trim_start_matches('/').replace('/', "-");
            m.host_path(&volume, path, path, true, dir);
        }
    };
    let kubeconfig = |m: &mut Mounts, file: &str| {
        let path = join(&node.kubeconfig_dir, file);
        m.host_path("kubeconfig", &path, &path, true, FILE_OR_CREATE);
    };
    match name {
        APISERVER => {
            m.host_path("k8s-certs", certs, certs, true, dir);
            system_cas(&mut m);
            if let Some(external) = &cluster.etcd.external {
                for (i, cert_dir) in external_etcd_dirs(external, certs).iter().enumerate() {
                    m.host_path(&format!("etcd-certs-{i}"), cert_dir, cert_dir, true, dir);
                }
            }
            m.extra(&cluster.api_server.extra_volumes);
        }
        CONTROLLER_MANAGER => {
            m.host_path("k8s-certs", certs, certs, true, dir);
            system_cas(&mut m);
            kubeconfig(&mut m, "controller-manager.conf");
            let extra = &cluster.controller_manager.extra_args;
            let flex = last(extra, "flex-volume-plugin-dir").unwrap_or(FLEXVOLUME_DIR);
            m.host_path("flexvolume-dir", flex, flex, false, dir);
            m.extra(&cluster.controller_manager.extra_volumes);
        }
        SCHEDULER => {
            kubeconfig(&mut m, "scheduler.conf");
            m.extra(&cluster.scheduler.extra_volumes);
        }
        _ => {}
    }
    m
}

/// The directories of an external etcd's CA, certificate and key that no other volume covers
/// (the certificates directory, `/etc/ssl/certs` and the system CA directories are mounted
/// already), a parent replacing its subdirectories; sorted.
fn external_etcd_dirs(etcd: &ExternalEtcd, certificates_dir: &str) -> Vec<String> {
    let mut dirs: BTreeSet<String> = BTreeSet::new();
    for file in [&etcd.ca_file, &etcd.cert_file, &etcd.key_file] {
        let dir = match Path::new(file).parent() {
            Some(d) if !file.is_empty() && !d.as_os_str().is_empty() => d.display().to_string(),
            _ => continue,
        };
        let covered = CA_CERTS_EXTRA_PATHS
            .iter()
            .chain([&CA_CERTS, &certificates_dir])
            .any(|p| dir.starts_with(*p));
        if covered {
            continue;
        }
        if dirs.iter().any(|d| dir.starts_with(d.as_str())) {
            continue;
        }
        dirs.retain(|d| !d.starts_with(&dir));
        dirs.insert(dir);
    }
    dirs.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn external_etcd_files_outside_mounted_dirs_get_one_volume_per_top_dir() {
        let etcd = ExternalEtcd {
            endpoints: vec![],
            ca_file: "/etc/etcd/pki/ca.crt".into(),
            cert_file: "/etc/etcd/client.crt".into(),
            key_file: "/etc/kubernetes/pki/etcd-client.key".into(),
        };
        assert_eq!(
            external_etcd_dirs(&etcd, "/etc/kubernetes/pki"),
            ["/etc/etcd"]
        );
        let none = ExternalEtcd::default();
        assert!(external_etcd_dirs(&none, "/etc/kubernetes/pki").is_empty());
    }
}
