//! `kadm init` and `kadm init phase addon ...` on the built binary: the CoreDNS and kube-proxy
//! manifests land in the cluster-objects directory, mode 0644, pass the Kubernetes schemas, and
//! a second run changes no byte.

use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;

use kadm_test_support::schemas;

use crate::support::Root;

const OBJECTS: &str = "/etc/kubernetes/cluster-objects";

/// The addon files under the root's cluster-objects directory, with mode and bytes.
fn addon_files(root: &Root) -> Vec<(String, u32, Vec<u8>)> {
    let mut out: Vec<_> = std::fs::read_dir(root.join(OBJECTS))
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| {
                    p.file_name()
                        .unwrap()
                        .to_str()
                        .unwrap()
                        .starts_with("addon-")
                })
                .map(|p| {
                    let mode = std::fs::metadata(&p).unwrap().permissions().mode() & 0o7777;
                    let name = p.file_name().unwrap().to_str().unwrap().to_string();
                    (name, mode, std::fs::read(&p).unwrap())
                })
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

/// `kadm init phase addon all` with a ClusterConfiguration made of `body`.
fn addon_all_with(root: &Root, body: &str) -> assert_cmd::assert::Assert {
    let config = root.join("/kadm.yaml");
    std::fs::write(
        &config,
        format!("apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\n{body}"),
    )
    .unwrap();
    let config = config.to_str().unwrap();
    root.kadm(&["init", "phase", "addon", "all", "--config", config])
        .assert()
}

fn text(files: &[(String, u32, Vec<u8>)], name: &str) -> String {
    let (_, _, bytes) = files.iter().find(|(n, _, _)| n == name).unwrap();
    String::from_utf8(bytes.clone()).unwrap()
}

#[test]
fn init_writes_both_addons_and_a_rerun_changes_no_byte() {
    let root = Root::new();
    root.kadm(&["init", "--encryption-algorithm", "ECDSA-P256"])
        .assert()
        .success();
    let files = addon_files(&root);
    let names: Vec<(&str, u32)> = files.iter().map(|(n, m, _)| (n.as_str(), *m)).collect();
    assert_eq!(
        names,
        [
            ("addon-coredns.yaml", 0o644),
            ("addon-kube-proxy.yaml", 0o644)
        ]
    );
    let coredns = text(&files, "addon-coredns.yaml");
    assert!(
        coredns.contains("\n  clusterIP: \"10.96.0.10\"\n"),
        "{coredns}"
    );
    assert!(
        coredns.contains("image: registry.k8s.io/coredns/coredns:v1.14.6\n"),
        "{coredns}"
    );
    let proxy = text(&files, "addon-kube-proxy.yaml");
    assert!(
        proxy.contains("      server: https://127.0.0.1:6443\n"),
        "the in-cluster kubeconfig points at the advertise address: {proxy}"
    );
    assert!(
        proxy.contains("image: registry.k8s.io/kube-proxy:v1.37.2\n"),
        "{proxy}"
    );

    // The single phase, then the whole init again: same bytes.
    let before = root.snapshot();
    root.kadm(&["init", "phase", "addon", "coredns"])
        .assert()
        .success()
        .stdout(predicates::str::contains(
            "[addons] Using existing CoreDNS addon file",
        ));
    assert_eq!(addon_files(&root), files, "addon coredns changes no byte");
    root.kadm(&["init", "--encryption-algorithm", "ECDSA-P256"])
        .assert()
        .success();
    assert_eq!(
        addon_files(&root),
        files,
        "a second init changes no addon byte"
    );
    assert_eq!(root.snapshot().len(), before.len());
}

#[test]
#[cfg_attr(
    kadm_skip_kubernetes_validate,
    ignore = "needs kubernetes-validate, not found"
)]
fn the_written_addons_pass_the_schemas() {
    let root = Root::new();
    addon_all_with(
        &root,
        "kubernetesVersion: v1.34.0\nnetworking:\n  serviceSubnet: \
         10.96.0.0/16,fd00:10:96::/112\n  podSubnet: 10.244.0.0/16,fd00:244::/56\n",
    )
    .success();
    let paths: Vec<PathBuf> = addon_files(&root)
        .iter()
        .map(|(n, _, _)| root.join(OBJECTS).join(n))
        .collect();
    assert_eq!(paths.len(), 2);
    schemas::assert_valid(&paths.iter().map(PathBuf::as_path).collect::<Vec<_>>());
}

#[test]
fn addon_coredns_alone_writes_only_its_file_and_dry_run_nothing() {
    let root = Root::new();
    root.kadm(&["init", "phase", "addon", "coredns", "--dry-run"])
        .assert()
        .success()
        .stdout(predicates::str::contains("[dryrun] Would write file"));
    assert!(addon_files(&root).is_empty(), "a dry run writes nothing");
    root.kadm(&["init", "phase", "addon", "coredns"])
        .assert()
        .success();
    let files = addon_files(&root);
    assert_eq!(files.len(), 1);
    assert_eq!(files[0].0, "addon-coredns.yaml");
    assert_eq!(files[0].1, 0o644);
}

#[test]
fn an_invalid_image_tag_is_refused_naming_the_field() {
    let root = Root::new();
    addon_all_with(&root, "dns:\n  imageTag: \"v1:2\"\n")
        .failure()
        .stderr(predicates::str::contains(
            "ClusterConfiguration.dns.imageTag: invalid image tag \"v1:2\"",
        ));
    assert!(addon_files(&root).is_empty());
}
