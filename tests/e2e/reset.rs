//! `kadm reset`: removes what `kadm init` wrote, asks first, refuses on a pipe without `--force`,
//! and removes links as links, never what they point to.

use std::fs;
use std::os::unix::fs::symlink;

use crate::support::{Root, kadm};

/// `kadm init` on the rootfs, ECDSA-P256 for speed.
fn init(root: &Root) {
    root.kadm(&["init", "--encryption-algorithm", "ECDSA-P256"])
        .assert()
        .success();
}

/// `kadm reset --rootfs <root> ARGS`.
fn reset(root: &Root, args: &[&str]) -> assert_cmd::Command {
    let mut cmd = kadm();
    cmd.arg("reset").arg("--rootfs").arg(root.path()).args(args);
    cmd
}

#[test]
fn reset_force_removes_what_init_wrote_and_init_runs_again() {
    let root = Root::new();
    init(&root);
    let written = root.snapshot();
    assert!(written.len() >= 27, "init wrote {} files", written.len());
    // Things reset cleans that kadm does not write yet, as kubeadm's reset does.
    for dir in ["/etc/kubernetes/manifests", "/var/lib/etcd/member"] {
        fs::create_dir_all(root.join(dir)).unwrap();
    }
    fs::write(root.join("/var/lib/etcd/member/db"), b"x").unwrap();
    let out = reset(&root, &["--force"]).assert().success();
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(
        stdout.contains(&format!(
            "Removed {}",
            root.pki().join("apiserver.key").display()
        )),
        "each path is listed:\n{stdout}"
    );
    assert_eq!(root.snapshot(), Vec::new(), "every file init wrote is gone");
    for dir in [
        "/etc/kubernetes/manifests",
        "/var/lib/etcd",
        "/etc/kubernetes/pki/etcd",
    ] {
        assert!(!root.join(dir).exists(), "{dir} is gone");
    }
    // A second reset finds nothing and says so.
    let out = reset(&root, &["--force"]).assert().success();
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(stdout.contains("Nothing to remove"), "{stdout}");
    // And init starts from scratch: the same set of files, new keys.
    init(&root);
    let again = root.snapshot();
    let names =
        |s: &[(std::path::PathBuf, Vec<u8>)]| s.iter().map(|(p, _)| p.clone()).collect::<Vec<_>>();
    assert_eq!(names(&again), names(&written));
    let key = root.pki().join("ca.key");
    let find =
        |s: &[(std::path::PathBuf, Vec<u8>)]| s.iter().find(|(p, _)| *p == key).unwrap().1.clone();
    assert_ne!(find(&again), find(&written), "a new CA, not the old one");
}

#[test]
fn reset_without_force_on_a_pipe_refuses_and_removes_nothing() {
    let root = Root::new();
    init(&root);
    let before = root.snapshot();
    // assert_cmd gives the child a pipe for stdin, not a terminal; "y" would be ignored.
    let out = reset(&root, &[]).write_stdin("y\n").assert().code(1);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(stderr.contains("--force"), "{stderr}");
    assert!(stderr.contains("nothing was removed"), "{stderr}");
    assert_eq!(root.snapshot(), before, "nothing changed");
}

#[test]
fn reset_removes_a_link_to_a_host_file_and_leaves_the_file() {
    let root = Root::new();
    let outside = tempfile::tempdir().unwrap();
    let victim = outside.path().join("admin.conf");
    fs::write(&victim, b"the host's own file").unwrap();
    let victim_dir = outside.path().join("pki");
    fs::create_dir(&victim_dir).unwrap();
    fs::write(victim_dir.join("kubelet.crt"), b"keep").unwrap();
    fs::create_dir_all(root.join("/var/lib/kubelet")).unwrap();
    fs::create_dir_all(root.join("/etc/kubernetes")).unwrap();
    symlink(&victim, root.join("/etc/kubernetes/admin.conf")).unwrap();
    symlink(&victim_dir, root.join("/var/lib/kubelet/pki")).unwrap();
    reset(&root, &["--force"]).assert().success();
    assert!(fs::symlink_metadata(root.join("/etc/kubernetes/admin.conf")).is_err());
    assert!(fs::symlink_metadata(root.join("/var/lib/kubelet/pki")).is_err());
    assert_eq!(fs::read(&victim).unwrap(), b"the host's own file");
    assert_eq!(fs::read(victim_dir.join("kubelet.crt")).unwrap(), b"keep");
}

#[test]
fn reset_removes_the_etcd_data_dir_the_manifest_names() {
    let root = Root::new();
    let config = root.path().with_extension("config.yaml");
    fs::write(
        &config,
        "apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\netcd:\n  local:\n    dataDir: /srv/etcd-data\n",
    )
    .unwrap();
    root.kadm(&["init", "--encryption-algorithm", "ECDSA-P256"])
        .arg("--config")
        .arg(&config)
        .assert()
        .success();
    let data = root.join("/srv/etcd-data");
    assert!(data.is_dir(), "init made the configured data dir");
    fs::write(data.join("db"), b"x").unwrap();
    let out = reset(&root, &["--force"]).assert().success();
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(
        stdout.contains(&format!("Removed {}", data.display())),
        "{stdout}"
    );
    assert!(!data.exists(), "the configured data dir is gone");
    let _ = fs::remove_file(&config);
}
