//! A full `kadm init --rootfs DIR --config FILE`: the whole tree a control-plane node gets, with
//! kubeadm's modes; every manifest and object valid for every target Kubernetes version; and a
//! second run that changes no byte.

use std::fs;
use std::os::unix::fs::PermissionsExt as _;
use std::path::{Path, PathBuf};

use kadm_test_support::schemas;

use crate::support::Root;

/// Every kind of document `--config` takes, with the settings each phase reads.
const CONFIG: &str = "\
apiVersion: kubeadm.k8s.io/v1beta4
kind: InitConfiguration
nodeRegistration:
  name: cp-1
  kubeletExtraArgs:
  - name: v
    value: \"2\"
bootstrapTokens:
- token: abcdef.0123456789abcdef
  ttl: 2h
  description: e2e
---
apiVersion: kubeadm.k8s.io/v1beta4
kind: ClusterConfiguration
kubernetesVersion: v1.33.0
clusterName: e2e
controlPlaneEndpoint: cp.e2e.test:6443
networking:
  podSubnet: 10.244.0.0/16
  serviceSubnet: 10.96.0.0/12
  dnsDomain: cluster.local
apiServer:
  extraArgs:
  - name: audit-log-maxage
    value: \"7\"
encryptionAlgorithm: ECDSA-P256
---
apiVersion: kubelet.config.k8s.io/v1beta1
kind: KubeletConfiguration
maxPods: 50
";

/// `(mode, path)` of every file and directory under `dir`, relative to it, sorted.
fn tree(dir: &Path) -> Vec<(u32, PathBuf)> {
    fn walk(base: &Path, dir: &Path, out: &mut Vec<(u32, PathBuf)>) {
        for e in fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            let meta = fs::symlink_metadata(&p).unwrap();
            out.push((
                meta.permissions().mode() & 0o7777,
                p.strip_prefix(base).unwrap().to_path_buf(),
            ));
            if meta.is_dir() {
                walk(base, &p, out);
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort_by(|a, b| a.1.cmp(&b.1));
    out
}

fn init(root: &Root, config: &Path) -> String {
    let out = root
        .kadm(&["init", "--upload-certs"])
        .arg("--config")
        .arg(config)
        .assert()
        .success();
    String::from_utf8_lossy(&out.get_output().stdout).into_owned()
}

#[test]
#[cfg_attr(
    kadm_skip_kubernetes_validate,
    ignore = "needs kubernetes-validate, not found"
)]
fn a_full_init_writes_the_whole_tree_valid_and_a_second_run_changes_no_byte() {
    let root = Root::new();
    let config = root.path().with_extension("cluster.yaml");
    fs::write(&config, CONFIG).unwrap();
    let stdout = init(&root, &config);

    // The tree, with modes: secrets 0600, everything else as kubeadm writes it.
    let listing: String = tree(root.path())
        .iter()
        .map(|(mode, path)| format!("{mode:04o} {}\n", path.display()))
        .collect();
    insta::assert_snapshot!("init-tree", listing);
    for (mode, path) in tree(root.path()) {
        let name = path.display().to_string();
        let secret = name.ends_with(".key")
            || name.ends_with(".conf")
            || name.contains("manifests/")
            || name.ends_with("bootstrap-token.yaml")
            || name.ends_with("upload-certs.yaml")
            || name.ends_with(".certificate-key");
        if secret && !root.path().join(&path).is_dir() {
            assert_eq!(mode, 0o600, "{name} holds a secret or is a static Pod");
        }
    }

    // Every manifest and object, against the real schemas of v1.31 to v1.34.
    let mut files: Vec<PathBuf> = Vec::new();
    for dir in [
        "/etc/kubernetes/manifests",
        "/etc/kubernetes/cluster-objects",
    ] {
        for e in fs::read_dir(root.join(dir)).unwrap().flatten() {
            files.push(e.path());
        }
    }
    files.sort();
    assert_eq!(files.len(), 4 + 7, "{files:?}");
    schemas::assert_valid(&files.iter().map(PathBuf::as_path).collect::<Vec<_>>());

    // The settings of the config reached the files that carry them.
    let read = |p: &str| fs::read_to_string(root.join(p)).unwrap();
    assert!(read("/etc/kubernetes/manifests/kube-apiserver.yaml").contains("--audit-log-maxage=7"));
    assert!(
        read("/etc/kubernetes/manifests/kube-controller-manager.yaml")
            .contains("--cluster-cidr=10.244.0.0/16")
    );
    assert!(read("/var/lib/kubelet/config.yaml").contains("maxPods: 50"));
    assert!(read("/var/lib/kubelet/kubeadm-flags.env").contains("--v=2"));
    assert!(read("/etc/kubernetes/cluster-objects/addon-coredns.yaml").contains("10.96.0.10"));
    assert!(
        read("/etc/kubernetes/cluster-objects/bootstrap-token.yaml")
            .contains("name: bootstrap-token-abcdef")
    );
    assert!(
        stdout.contains("kadm join cp.e2e.test:6443 --token abcdef.0123456789abcdef"),
        "{stdout}"
    );

    // A second run with the same config changes no byte anywhere.
    let before = root.snapshot();
    init(&root, &config);
    let after = root.snapshot();
    let names = |s: &[(PathBuf, Vec<u8>)]| s.iter().map(|(p, _)| p.clone()).collect::<Vec<_>>();
    assert_eq!(names(&after), names(&before), "the same files");
    for ((path, a), (_, b)) in before.iter().zip(&after) {
        assert!(a == b, "{} changed on the second run", path.display());
    }
    let _ = fs::remove_file(&config);
}
