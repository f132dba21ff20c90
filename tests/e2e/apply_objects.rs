//! `kadm apply-objects` refuses what it cannot use before it sends anything: no objects written
//! yet, a kubeconfig that is not one. (Against the real API server: `tests/live/api.rs`.)

use crate::support::{Root, kadm};

/// `kadm apply-objects --rootfs <root> ARGS`, which must fail: its stderr.
fn refused(root: &Root, args: &[&str]) -> String {
    let out = kadm()
        .arg("apply-objects")
        .arg("--rootfs")
        .arg(root.path())
        .args(args)
        .output()
        .expect("run kadm");
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn apply_objects_before_init_says_to_run_init() {
    let root = Root::new();
    let stderr = refused(&root, &[]);
    assert!(
        stderr.contains("/etc/kubernetes/cluster-objects does not exist: run `kadm init` first"),
        "{stderr}"
    );
}

#[test]
fn apply_objects_with_a_file_that_is_no_kubeconfig_names_it_and_the_fix() {
    let root = Root::new();
    root.kadm(&["init", "--encryption-algorithm", "ECDSA-P256"])
        .assert()
        .success();
    let bogus = root.path().join("bogus.conf");
    std::fs::write(&bogus, "clusters: [not, a, kubeconfig]\n").unwrap();
    let stderr = refused(
        &root,
        &["--kubeconfig", bogus.to_str().unwrap(), "--timeout", "5s"],
    );
    for part in [
        format!("cannot use {} as a kubeconfig", bogus.display()),
        "kadm init phase kubeconfig admin".to_string(),
    ] {
        assert!(stderr.contains(&part), "{part:?} missing from: {stderr}");
    }
}

/// `kadm init --apply` with nothing answering on the kubelet's health port waits only
/// `timeouts.kubeletHealthCheck`, then fails naming the kubelet, its URL and where to look, and
/// keeps the files written so far for the next run.
#[test]
fn init_apply_without_a_kubelet_fails_in_its_timeout_naming_it_and_keeps_the_files() {
    let root = Root::new();
    let port = crate::support::free_port();
    let config = root.path().join("config.yaml");
    std::fs::write(
        &config,
        format!(
            "apiVersion: kubeadm.k8s.io/v1beta4\nkind: InitConfiguration\ntimeouts:\n  \
             kubeletHealthCheck: 2s\n---\napiVersion: kubeadm.k8s.io/v1beta4\nkind: \
             ClusterConfiguration\nencryptionAlgorithm: ECDSA-P256\n---\napiVersion: \
             kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nhealthzPort: {port}\n"
        ),
    )
    .unwrap();
    let started = std::time::Instant::now();
    let out = root
        .kadm(&["init", "--apply", "--config", config.to_str().unwrap()])
        .output()
        .expect("run kadm");
    let took = started.elapsed();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(took < std::time::Duration::from_secs(60), "{took:?}");
    for part in [
        format!(
            "error execution phase wait-control-plane: the kubelet is not healthy: \
             http://127.0.0.1:{port}/healthz did not answer 200 within 2.0s"
        ),
        "journalctl -xeu kubelet".to_string(),
    ] {
        assert!(stderr.contains(&part), "{part:?} missing from: {stderr}");
    }
    // Everything before the wait is kept; nothing of the API phases was written.
    assert!(
        root.join("/etc/kubernetes/manifests/kube-apiserver.yaml")
            .is_file()
    );
    assert!(root.join("/var/lib/kubelet/config.yaml").is_file());
    assert!(
        !root
            .join("/etc/kubernetes/cluster-objects/upload-config.yaml")
            .exists()
    );
}
