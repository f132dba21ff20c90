//! The static Pods of a full `kadm init --rootfs`, judged by a real etcd: Debian's `etcd` runs
//! exactly the command of `manifests/etcd.yaml` (paths mapped under the rootfs, ports moved to
//! free ones), and `etcdctl`, with the client credentials the kube-apiserver manifest names,
//! writes and reads a key. Every manifest passes the Kubernetes schema of each target version;
//! a second run changes no byte; bad input fails with a message naming the field or file.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use kadm_test_support::etcd::EtcdProcess;

use crate::support::{Root, command_of, etcdctl, flag, free_port};

const MANIFESTS: [&str; 4] = [
    "etcd",
    "kube-apiserver",
    "kube-controller-manager",
    "kube-scheduler",
];

/// Debian ships etcd 3.4, which knows the flags kubeadm gives etcd 3.5 (Kubernetes v1.31 to
/// v1.33: `--experimental-initial-corrupt-check`, `--experimental-watch-progress-notify-interval`)
/// but not etcd 3.6's (`--feature-gates=InitialCorruptCheck=true`,
/// `--watch-progress-notify-interval`, for v1.34): the real-peer run targets v1.33.
const PEER_TARGET: &str = "v1.33.0";

/// `kadm init` into `root` (ECDSA-P256 keys, for speed) for `version`.
fn init(root: &Root, version: &str) {
    let out = root
        .kadm(&[
            "init",
            "--kubernetes-version",
            version,
            "--encryption-algorithm",
            "ECDSA-P256",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "kadm init failed:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn manifest(root: &Root, name: &str) -> PathBuf {
    root.join(&format!("/etc/kubernetes/manifests/{name}.yaml"))
}

/// etcd's ports and where the test moves them.
struct Ports {
    client: u16,
    peer: u16,
    metrics: u16,
}

impl Ports {
    fn free() -> Self {
        let mut taken = Vec::new();
        let mut next = || loop {
            let p = free_port();
            if !taken.contains(&p) {
                taken.push(p);
                return p;
            }
        };
        Ports {
            client: next(),
            peer: next(),
            metrics: next(),
        }
    }

    /// A value of the manifest as the test runs it: node paths under the rootfs, etcd's ports
    /// moved to the free ones.
    fn map(&self, root: &Root, value: &str) -> String {
        if value.starts_with('/') {
            return root.join(value).display().to_string();
        }
        value
            .replace(":2379", &format!(":{}", self.client))
            .replace(":2380", &format!(":{}", self.peer))
            .replace(":2381", &format!(":{}", self.metrics))
    }
}

/// etcd started from the manifest's command (values mapped by `ports`), killed on drop.
fn start_etcd(root: &Root, command: &[String], ports: &Ports, log: PathBuf) -> EtcdProcess {
    assert_eq!(command[0], "etcd");
    let args: Vec<String> = command[1..]
        .iter()
        .map(|f| {
            let (name, value) = f.split_once('=').unwrap();
            format!("{name}={}", ports.map(root, value))
        })
        .collect();
    EtcdProcess::start(&args, &log)
}

#[test]
#[cfg_attr(
    any(kadm_skip_etcd, kadm_skip_etcdctl),
    ignore = "needs etcd and etcdctl, not found"
)]
fn etcd_runs_the_manifest_command_and_serves_the_apiserver_credentials() {
    let root = Root::new();
    init(&root, PEER_TARGET);
    let data_dir = root.join("/var/lib/etcd");
    assert_eq!(
        std::fs::metadata(&data_dir).unwrap().permissions().mode() & 0o777,
        0o700,
        "etcd refuses a data directory other users can read"
    );

    let etcd_command = command_of(&manifest(&root, "etcd"));
    let api = command_of(&manifest(&root, "kube-apiserver"));
    assert_eq!(flag(&api, "etcd-servers"), "https://127.0.0.1:2379");
    let ports = Ports::free();
    let creds =
        ["etcd-cafile", "etcd-certfile", "etcd-keyfile"].map(|f| ports.map(&root, flag(&api, f)));
    let endpoint = ports.map(&root, flag(&api, "etcd-servers"));

    let scratch = tempfile::tempdir().unwrap();
    let etcd = start_etcd(
        &root,
        &etcd_command,
        &ports,
        scratch.path().join("etcd.log"),
    );
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let (ok, out, err) = etcdctl(&creds, &endpoint, &["endpoint", "health"]);
        if ok {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "etcd did not become healthy within 20 s:\n{out}{err}\n{}",
            etcd.logs()
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    let (ok, out, err) = etcdctl(&creds, &endpoint, &["put", "/kadm/static-pods", "v1"]);
    assert!(ok && out.trim() == "OK", "put:\n{out}{err}");
    let (ok, out, err) = etcdctl(
        &creds,
        &endpoint,
        &["get", "/kadm/static-pods", "--print-value-only"],
    );
    assert!(ok, "get:\n{out}{err}");
    assert_eq!(out.trim(), "v1");
    // The data went where the manifest's etcd-data volume says.
    assert!(data_dir.join("member").is_dir(), "{}", etcd.logs());
}

#[test]
#[cfg_attr(
    kadm_skip_kubernetes_validate,
    ignore = "needs kubernetes-validate, not found"
)]
fn every_manifest_passes_the_schema_and_a_second_run_changes_no_byte() {
    let root = Root::new();
    init(&root, "v1.34.0");
    let paths: Vec<PathBuf> = MANIFESTS.iter().map(|n| manifest(&root, n)).collect();
    for p in &paths {
        assert_eq!(
            std::fs::metadata(p).unwrap().permissions().mode() & 0o777,
            0o600,
            "{}",
            p.display()
        );
    }
    let before: Vec<Vec<u8>> = paths.iter().map(|p| std::fs::read(p).unwrap()).collect();
    let refs: Vec<&Path> = paths.iter().map(|p| p.as_path()).collect();
    kadm_test_support::schemas::assert_valid(&refs);
    init(&root, "v1.34.0");
    let after: Vec<Vec<u8>> = paths.iter().map(|p| std::fs::read(p).unwrap()).collect();
    assert!(before == after, "a second run changed a manifest");
}

#[test]
fn a_dry_run_writes_no_manifest() {
    let root = Root::new();
    root.kadm(&["init", "phase", "control-plane", "all", "--dry-run"])
        .assert()
        .success();
    root.kadm(&["init", "phase", "etcd", "local", "--dry-run"])
        .assert()
        .success();
    assert!(!root.join("/etc/kubernetes/manifests").exists());
    assert!(!root.join("/var/lib/etcd").exists());
}

#[test]
fn an_extra_arg_without_a_name_is_refused_naming_the_field() {
    let root = Root::new();
    let config = root.path().join("kubeadm.yaml");
    std::fs::write(
        &config,
        "apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\napiServer:\n  extraArgs:\n  - value: \"4\"\n",
    )
    .unwrap();
    let config = config.display().to_string();
    let out = root
        .kadm(&[
            "init",
            "phase",
            "control-plane",
            "apiserver",
            "--config",
            &config,
        ])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        err.contains("ClusterConfiguration.apiServer.extraArgs[0].name: the entry has no name"),
        "{err}"
    );
    assert!(!root.join("/etc/kubernetes/manifests").exists());
}

#[test]
fn a_directory_where_a_manifest_belongs_is_named() {
    let root = Root::new();
    let dir = manifest(&root, "kube-scheduler");
    std::fs::create_dir_all(&dir).unwrap();
    let out = root
        .kadm(&["init", "phase", "control-plane", "scheduler"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        err.contains(&format!(
            "{}: is a directory, but the static Pod manifest of kube-scheduler belongs there; remove the directory",
            dir.display()
        )),
        "{err}"
    );
}

#[test]
fn kadms_proxy_variables_reach_the_control_plane_but_not_etcd() {
    use std::os::unix::ffi::OsStrExt;
    let root = Root::new();
    root.kadm(&["init", "phase", "etcd", "local"])
        .env("https_proxy", "http://proxy.example:3128")
        .assert()
        .success();
    root.kadm(&["init", "phase", "control-plane", "all"])
        .env("https_proxy", "http://proxy.example:3128")
        .env("NO_PROXY", "10.0.0.0/8")
        // A variable that is not UTF-8 is skipped, not a crash.
        .env(
            std::ffi::OsStr::from_bytes(b"NOT_UTF8_\xff_PROXY"),
            std::ffi::OsStr::from_bytes(b"\xff"),
        )
        .assert()
        .success();
    for name in [
        "kube-apiserver",
        "kube-controller-manager",
        "kube-scheduler",
    ] {
        let text = std::fs::read_to_string(manifest(&root, name)).unwrap();
        assert!(
            text.contains("    env:\n    - name: NO_PROXY\n      value: 10.0.0.0/8\n    - name: https_proxy\n      value: http://proxy.example:3128\n"),
            "{name}:\n{text}"
        );
    }
    let etcd = std::fs::read_to_string(manifest(&root, "etcd")).unwrap();
    assert!(!etcd.contains("proxy"), "{etcd}");
}
