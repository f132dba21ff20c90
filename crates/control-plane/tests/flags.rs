//! Every flag kadm writes into a static Pod, for every target version, is one its component
//! accepts: the lists in `crates/static-pod/flags/` say where each came from.

use kadm_config::Config;
use kadm_config::types::ExternalEtcd;
use kadm_control_plane::{APISERVER, CONTROLLER_MANAGER, Node, SCHEDULER, component};
use kadm_static_pod::flag_names;
use kadm_test_support::fixtures;

/// Every supported minor's first release, from the release table.
fn targets() -> Vec<String> {
    kadm_release::RELEASES
        .iter()
        .map(|r| r.version().to_string())
        .collect()
}

/// The names of a flag list (comments and blank lines left out).
fn list(text: &str) -> Vec<&str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

fn accepted(component: &str, etcd_tag: &str) -> Vec<&'static str> {
    list(match component {
        APISERVER => include_str!("../../static-pod/flags/kube-apiserver.txt"),
        CONTROLLER_MANAGER => include_str!("../../static-pod/flags/kube-controller-manager.txt"),
        SCHEDULER => include_str!("../../static-pod/flags/kube-scheduler.txt"),
        _ if kadm_release::is_etcd_36_or_later(etcd_tag) => {
            include_str!("../../static-pod/flags/etcd-3.6.txt")
        }
        _ => include_str!("../../static-pod/flags/etcd-3.5.txt"),
    })
}

/// The configurations whose flags are checked: kubeadm's defaults, with a pod subnet (the
/// controller-manager's CIDR flags), and with an external etcd (the API server's etcd files).
fn configs(version: &str) -> Vec<Config> {
    let base = || {
        let mut c = fixtures::config();
        c.cluster.kubernetes_version = version.into();
        c
    };
    let mut pods = base();
    pods.cluster.networking.pod_subnet = "10.244.0.0/16".into();
    let mut external = base();
    external.cluster.etcd.local = None;
    external.cluster.etcd.external = Some(ExternalEtcd {
        endpoints: vec!["https://10.0.0.8:2379".into()],
        ca_file: "/etc/etcd/ca.crt".into(),
        cert_file: "/etc/etcd/client.crt".into(),
        key_file: "/etc/etcd/client.key".into(),
    });
    vec![base(), pods, external]
}

#[test]
fn every_default_flag_is_one_the_component_accepts_for_every_target_version() {
    let node = Node {
        kubeconfig_dir: "/etc/kubernetes".into(),
        external_ca: true,
        ..Node::default()
    };
    let mut unknown = Vec::new();
    let mut checked = 0;
    for version in targets() {
        for config in configs(&version) {
            let valid = config.validate().unwrap();
            let mut commands: Vec<(String, Vec<String>)> =
                [APISERVER, CONTROLLER_MANAGER, SCHEDULER]
                    .iter()
                    .map(|name| (name.to_string(), component(&valid, &node, name).command))
                    .collect();
            let mut etcd_tag = String::new();
            if valid.config().cluster.etcd.local.is_some() {
                let etcd = kadm_etcd_local::etcd_component(&valid);
                etcd_tag = etcd
                    .image
                    .rsplit(':')
                    .next()
                    .unwrap_or_default()
                    .to_string();
                commands.push(("etcd".into(), etcd.command));
            }
            for (name, command) in &commands {
                let known = accepted(name, &etcd_tag);
                for flag in flag_names(command) {
                    checked += 1;
                    if !known.contains(&flag) {
                        unknown.push(format!("{version} {name}: --{flag}"));
                    }
                }
            }
        }
    }
    assert!(
        unknown.is_empty(),
        "flags the component does not accept:\n{}",
        unknown.join("\n")
    );
    assert!(checked > 300, "only {checked} flags checked");
}

#[test]
fn the_check_sees_a_flag_the_component_does_not_know() {
    // etcd 3.5 does not know the flags kubeadm gives etcd 3.6, and the reverse holds for none.
    let v35 = accepted("etcd", "3.5.24-0");
    let v36 = accepted("etcd", "3.6.5-0");
    assert!(!v35.contains(&"watch-progress-notify-interval"));
    assert!(!v35.contains(&"feature-gates"));
    assert!(v36.contains(&"watch-progress-notify-interval"));
    assert!(!accepted(SCHEDULER, "").contains(&"cluster-signing-cert-file"));
}
