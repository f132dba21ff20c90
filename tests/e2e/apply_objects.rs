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
