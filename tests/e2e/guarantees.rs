//! The guarantees docs/security.md makes, each test named for the one it checks: nothing kadm does
//! under `--rootfs` reaches outside the root; two runs at once never leave a torn PKI; a run
//! killed at any rename leaves a tree the next run completes; special files are never read.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::kubelet_finalize::kubelet_rotates;
use kadm_test_support::Peer;

use crate::support::{Root, kadm, run};

const ECDSA: [&str; 2] = ["--encryption-algorithm", "ECDSA-P256"];

/// A name under `/` that does not exist on the host, for links that would lead there.
fn host_absent(tag: &str) -> PathBuf {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos();
    let p = PathBuf::from(format!("/kadm-e2e-{tag}-{}-{nanos}", std::process::id()));
    assert!(!p.exists());
    p
}

/// Every name under `dir` (links not followed), recursively, relative to it.
fn files_under(dir: &Path) -> Vec<String> {
    fn walk(base: &Path, dir: &Path, out: &mut Vec<String>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            let p = e.path();
            out.push(p.strip_prefix(base).unwrap().display().to_string());
            if e.file_type().is_ok_and(|t| t.is_dir()) {
                walk(base, &p, out);
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

/// Runs a kadm command: (success, stdout, stderr).
fn outcome(cmd: &mut assert_cmd::Command) -> (bool, String, String) {
    let out = cmd.output().unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn init(root: &Root, extra: &[&str]) -> (bool, String, String) {
    outcome(root.kadm(&["init"]).args(ECDSA).args(extra))
}

#[test]
fn rootfs_a_relative_directory_link_cannot_lead_out_of_the_root() {
    let root = Root::new();
    let beside = root.path().parent().unwrap().join(format!(
        "{}-beside",
        root.path().file_name().unwrap().to_string_lossy()
    ));
    std::fs::create_dir(&beside).unwrap();
    let guard = scopeguard(&beside);
    std::fs::create_dir_all(root.join("/etc/kubernetes")).unwrap();
    // From <root>/etc/kubernetes, ../../../<name> is a directory beside the root on the host.
    let target = format!("../../../{}", beside.file_name().unwrap().to_string_lossy());
    std::os::unix::fs::symlink(&target, root.join("/etc/kubernetes/pki")).unwrap();
    std::fs::create_dir(root.join(&format!(
        "/{}",
        beside.file_name().unwrap().to_string_lossy()
    )))
    .unwrap();
    let (ok, _, err) = init(&root, &[]);
    assert!(ok, "{err}");
    assert!(
        files_under(&beside).is_empty(),
        "keys written outside the root"
    );
    let inside = root.join(&format!(
        "/{}",
        beside.file_name().unwrap().to_string_lossy()
    ));
    assert!(inside.join("ca.key").is_file(), "`..` stops at the root");
    drop(guard);
}

#[test]
fn rootfs_an_absolute_directory_link_resolves_from_the_root() {
    let root = Root::new();
    let elsewhere = host_absent("pki");
    std::fs::create_dir_all(root.join("/etc/kubernetes")).unwrap();
    std::os::unix::fs::symlink(&elsewhere, root.join("/etc/kubernetes/pki")).unwrap();
    // The link's target does not exist inside the root: a clear error, nothing on the host.
    let (ok, _, err) = init(&root, &[]);
    assert!(!ok);
    assert!(err.contains("which does not exist under the root"), "{err}");
    assert!(
        !elsewhere.exists(),
        "init wrote to the host's {}",
        elsewhere.display()
    );
    // Meant inside the root, it is used there.
    let inside = root.join(&elsewhere.to_string_lossy());
    std::fs::create_dir(&inside).unwrap();
    let (ok, _, err) = init(&root, &[]);
    assert!(ok, "{err}");
    assert!(inside.join("apiserver.key").is_file());
    assert!(!elsewhere.exists());
}

#[test]
fn rootfs_an_absolute_link_to_the_kubernetes_directory_stays_inside() {
    let root = Root::new();
    let srv = host_absent("srv");
    std::fs::create_dir_all(root.join(&srv.to_string_lossy())).unwrap();
    std::fs::create_dir_all(root.join("/etc")).unwrap();
    std::os::unix::fs::symlink(&srv, root.join("/etc/kubernetes")).unwrap();
    let (ok, _, err) = init(&root, &[]);
    assert!(ok, "{err}");
    assert!(!srv.exists(), "init wrote to the host's {}", srv.display());
    let inside = root.join(&srv.to_string_lossy());
    assert!(inside.join("super-admin.conf").is_file());
    assert!(inside.join("pki/ca.key").is_file());
}

#[test]
fn rootfs_a_relative_kubeconfig_dir_is_refused() {
    let root = Root::new();
    let (ok, _, err) = init(&root, &["--kubeconfig-dir", "../../x"]);
    assert!(!ok);
    assert!(
        err.contains("--kubeconfig-dir ../../x: must be an absolute path on the node"),
        "{err}"
    );
    assert!(root.snapshot().is_empty(), "nothing written");
}

/// A control plane whose kubelet has rotated (openssl plays the kubelet).
fn rotated_node() -> Root {
    let openssl = Peer::Openssl.require();
    let root = Root::new();
    root.control_plane(6443);
    kubelet_rotates(&root, &openssl, "node-1");
    root
}

/// Moves `node_path` of the root beside it, on the host side (`<root>.<suffix>`), and puts an
/// absolute link to the moved file or directory in its place. Returns the host path and a guard
/// that removes it.
fn move_to_host_and_link<'a>(
    root: &'a Root,
    node_path: &str,
    suffix: &str,
) -> (PathBuf, impl Drop + 'a) {
    let inside = root.join(node_path);
    let host = root.path().with_extension(suffix);
    std::fs::rename(&inside, &host).unwrap();
    std::os::unix::fs::symlink(&host, &inside).unwrap();
    let guard = scopeguard_owned(host.clone());
    (host, guard)
}

fn finalize(root: &Root) -> (bool, String, String) {
    outcome(&mut root.kadm(&["init", "phase", "kubelet-finalize", "all"]))
}

#[test]
#[cfg_attr(kadm_skip_openssl, ignore = "needs openssl, not found")]
fn rootfs_kubelet_finalize_never_reads_through_dotdot_links() {
    let root = rotated_node();
    let pki = root.join("/var/lib/kubelet/pki");
    // Move the kubelet's real pem beside the root (the "host"), and link to it with `..`s.
    let host_pem = root.path().with_extension("host.pem");
    let stamped = pki.join("kubelet-client-2026-11-24-10-00-00.pem");
    std::fs::rename(&stamped, &host_pem).unwrap();
    let guard = scopeguard(&host_pem);
    let current = pki.join("kubelet-client-current.pem");
    std::fs::remove_file(&current).unwrap();
    let ups = "../".repeat(8);
    let target = format!(
        "{ups}{}",
        host_pem.display().to_string().trim_start_matches('/')
    );
    std::os::unix::fs::symlink(&target, &current).unwrap();
    let conf = root.join("/etc/kubernetes/kubelet.conf");
    let before = std::fs::read(&conf).unwrap();
    let (ok, out, err) = finalize(&root);
    assert!(!ok, "kadm used a file outside the root:\n{out}");
    assert!(err.contains("which does not exist"), "{err}");
    assert_eq!(
        std::fs::read(&conf).unwrap(),
        before,
        "kubelet.conf unchanged"
    );
    drop(guard);
}

#[test]
#[cfg_attr(kadm_skip_openssl, ignore = "needs openssl, not found")]
fn rootfs_kubelet_finalize_never_follows_a_directory_link_to_the_host() {
    let root = rotated_node();
    let (_host_dir, guard) = move_to_host_and_link(&root, "/var/lib/kubelet/pki", "host-pki");
    let conf = root.join("/etc/kubernetes/kubelet.conf");
    let before = std::fs::read(&conf).unwrap();
    let (ok, out, err) = finalize(&root);
    assert!(ok, "{err}");
    assert!(out.contains("does not exist"), "{out}");
    assert_eq!(std::fs::read(&conf).unwrap(), before);
    drop(guard);
}

#[test]
#[cfg_attr(kadm_skip_openssl, ignore = "needs openssl, not found")]
fn rootfs_kubelet_finalize_never_uses_a_host_file_kubelet_conf_links_to() {
    let root = rotated_node();
    let conf = root.join("/etc/kubernetes/kubelet.conf");
    // kubelet.conf is an absolute link to a file of the host: inside the root it leads nowhere.
    let (host_conf, guard) =
        move_to_host_and_link(&root, "/etc/kubernetes/kubelet.conf", "host.conf");
    let host_before = std::fs::read(&host_conf).unwrap();
    let (ok, out, err) = finalize(&root);
    assert!(!ok, "kadm used the host's file:\n{out}");
    assert!(err.contains("kubelet.conf"), "{err}");
    assert_eq!(
        std::fs::read(&host_conf).unwrap(),
        host_before,
        "host file untouched"
    );
    assert!(
        std::fs::symlink_metadata(&conf).unwrap().is_symlink(),
        "nothing written"
    );
    drop(guard);
}

#[test]
#[cfg_attr(kadm_skip_openssl, ignore = "needs openssl, not found")]
fn rootfs_kubelet_finalize_replaces_a_link_instead_of_writing_through_it() {
    let root = rotated_node();
    let conf = root.join("/etc/kubernetes/kubelet.conf");
    // kubelet.conf links to a file of the root: that file is read, and the link is replaced by
    // the new file rather than written through.
    let real = root.join("/etc/kubernetes/kubelet-real.conf");
    std::fs::rename(&conf, &real).unwrap();
    std::os::unix::fs::symlink("kubelet-real.conf", &conf).unwrap();
    let real_before = std::fs::read(&real).unwrap();
    let (ok, _, err) = finalize(&root);
    assert!(ok, "{err}");
    assert!(
        std::fs::symlink_metadata(&conf).unwrap().is_file(),
        "the link was replaced"
    );
    assert_eq!(
        std::fs::read(&real).unwrap(),
        real_before,
        "its target untouched"
    );
    let text = std::fs::read_to_string(&conf).unwrap();
    assert!(text.contains("client-certificate: /var/lib/kubelet/pki/kubelet-client-current.pem"));
}

#[test]
#[cfg_attr(kadm_skip_openssl, ignore = "needs openssl, not found")]
fn rootfs_init_runs_again_after_kubelet_finalize() {
    let root = rotated_node();
    let (ok, _, err) = finalize(&root);
    assert!(ok, "{err}");
    // kubelet.conf now names the kubelet's pem, an absolute link: read inside the root.
    let (ok, _, err) = init(&root, &["--apiserver-bind-port", "6443"]);
    assert!(ok, "second init failed:\n{err}");
}

/// Checks the tree a successful run left: each leaf verifies against ca.crt (openssl), and
/// admin.conf embeds that ca.crt.
fn assert_consistent(root: &Root, openssl: &Path) {
    let pki = root.pki();
    for leaf in ["apiserver.crt", "apiserver-kubelet-client.crt"] {
        let (ok, out, err) = run(Command::new(openssl)
            .arg("verify")
            .arg("-CAfile")
            .arg(pki.join("ca.crt"))
            .arg(pki.join(leaf)));
        assert!(ok, "{leaf} does not verify against ca.crt: {out}{err}");
    }
    let ca = std::fs::read(pki.join("ca.crt")).unwrap();
    let admin = std::fs::read_to_string(root.join("/etc/kubernetes/admin.conf")).unwrap();
    let data = admin
        .lines()
        .find_map(|l| l.trim().strip_prefix("certificate-authority-data: "))
        .expect("certificate-authority-data");
    use base64::Engine as _;
    let embedded = base64::engine::general_purpose::STANDARD
        .decode(data)
        .unwrap();
    assert_eq!(embedded, ca, "admin.conf embeds another CA than ca.crt");
}

fn concurrent_inits(runs: usize, rounds: usize) {
    let openssl = Peer::Openssl.require();
    for _ in 0..rounds {
        let root = Root::new();
        let children: Vec<_> = (0..runs)
            .map(|_| {
                let mut cmd = Command::new(env!("CARGO_BIN_EXE_kadm"));
                cmd.args(["init", "--rootfs"])
                    .arg(root.path())
                    .args(ECDSA)
                    .args([
                        "--node-name",
                        "node-1",
                        "--apiserver-advertise-address",
                        "127.0.0.1",
                    ])
                    .env_remove("KUBECONFIG")
                    .stdout(Stdio::null())
                    .stderr(Stdio::piped());
                cmd.spawn().unwrap()
            })
            .collect();
        let mut successes = 0;
        for child in children {
            let out = child.wait_with_output().unwrap();
            if out.status.success() {
                successes += 1;
            } else {
                panic!(
                    "a concurrent init failed: {}",
                    String::from_utf8_lossy(&out.stderr)
                );
            }
        }
        assert_eq!(
            successes, runs,
            "the waiting runs reuse what the first wrote"
        );
        assert_consistent(&root, &openssl);
    }
}

#[test]
#[cfg_attr(kadm_skip_openssl, ignore = "needs openssl, not found")]
fn concurrency_two_inits_at_once_leave_one_consistent_pki() {
    concurrent_inits(2, 3);
}

#[test]
#[cfg_attr(kadm_skip_openssl, ignore = "needs openssl, not found")]
fn concurrency_four_inits_at_once_leave_one_consistent_pki() {
    concurrent_inits(4, 2);
}

/// The files (not directories) under `dir`, relative to it.
fn regular_files_under(dir: &Path) -> Vec<String> {
    files_under(dir)
        .into_iter()
        .filter(|f| dir.join(f).is_file())
        .collect()
}

#[test]
#[cfg_attr(kadm_skip_openssl, ignore = "needs openssl, not found")]
fn concurrency_init_and_reset_at_once_leave_all_or_nothing() {
    let openssl = Peer::Openssl.require();
    let reference = Root::new();
    let (ok, _, err) = init(&reference, &[]);
    assert!(ok, "{err}");
    let full = regular_files_under(reference.path());
    let mut seen = [0usize; 2];
    for round in 0..6 {
        let root = Root::new();
        // Half the rounds start from a node init already set up, so reset has work to do.
        if round % 2 == 1 {
            let (ok, _, err) = init(&root, &[]);
            assert!(ok, "{err}");
        }
        let spawn = |args: &[&str]| {
            let mut cmd = Command::new(env!("CARGO_BIN_EXE_kadm"));
            cmd.args(args)
                .arg("--rootfs")
                .arg(root.path())
                .env_remove("KUBECONFIG")
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::piped());
            cmd.spawn().unwrap()
        };
        let mut init_cmd: Vec<&str> = vec!["init"];
        init_cmd.extend(ECDSA);
        init_cmd.extend([
            "--node-name",
            "node-1",
            "--apiserver-advertise-address",
            "127.0.0.1",
        ]);
        let children = [spawn(&init_cmd), spawn(&["reset", "--force"])];
        for child in children {
            let out = child.wait_with_output().unwrap();
            assert!(
                out.status.success(),
                "round {round}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        // The lock makes the two runs one after the other: the node is either fully set up
        // (reset first) or empty (init first), never half of each.
        let left = regular_files_under(root.path());
        if left.is_empty() {
            seen[0] += 1;
        } else {
            assert_eq!(left, full, "round {round}: a partial tree");
            assert_consistent(&root, &openssl);
            seen[1] += 1;
        }
    }
    assert_eq!(seen.iter().sum::<usize>(), 6, "{seen:?}");
}

/// The renames a full `kadm init` makes, each one a point where a crash can stop it.
const RENAME_CALLS: &str = "rename,renameat,renameat2";

#[test]
#[cfg_attr(
    any(kadm_skip_openssl, kadm_skip_strace),
    ignore = "needs openssl and strace, not found"
)]
fn crash_safety_a_kill_or_io_error_at_any_rename_is_completed_by_the_next_run() {
    let strace = Peer::Strace.require();
    let openssl = Peer::Openssl.require();
    let args = |root: &Root| -> Vec<String> {
        let mut v: Vec<String> = ["init", "--rootfs"].map(String::from).to_vec();
        v.push(root.path().display().to_string());
        v.extend(ECDSA.map(String::from));
        v.extend(
            [
                "--node-name",
                "node-1",
                "--apiserver-advertise-address",
                "127.0.0.1",
            ]
            .map(String::from),
        );
        v
    };
    // Count the rename points of a clean run.
    let probe = Root::new();
    let log = probe.path().with_extension("strace");
    let (ok, _, err) = run(Command::new(&strace)
        .args(["-f", "-qq", "-e", &format!("trace={RENAME_CALLS}"), "-o"])
        .arg(&log)
        .arg(env!("CARGO_BIN_EXE_kadm"))
        .args(args(&probe)));
    assert!(ok, "{err}");
    let points = std::fs::read_to_string(&log).unwrap().lines().count();
    let _ = std::fs::remove_file(&log);
    assert!(points >= 30, "only {points} renames traced");
    // A kill (the process ends there) and an I/O error (kadm sees the rename fail: EIO, or
    // ENOSPC) at each rename: the next run completes either way.
    for fault in ["signal=SIGKILL", "error=EIO", "error=ENOSPC"] {
        for n in 1..=points {
            let root = Root::new();
            let (ok, _, _) = run(Command::new(&strace)
                .args(["-f", "-qq", "-o", "/dev/null", "-e"])
                .arg(format!("trace={RENAME_CALLS}"))
                .arg("-e")
                .arg(format!("inject={RENAME_CALLS}:{fault}:when={n}"))
                .arg(env!("CARGO_BIN_EXE_kadm"))
                .args(args(&root)));
            assert!(!ok, "the run did not fail with {fault} at rename {n}");
            let (ok, _, err) = outcome(kadm().args(args(&root)));
            assert!(ok, "the run after {fault} at rename {n} failed:\n{err}");
            let leftovers: Vec<String> = files_under(root.path())
                .into_iter()
                .filter(|f| f.rsplit('/').next().unwrap().starts_with(".kadm"))
                .collect();
            assert!(leftovers.is_empty(), "{fault} at {n}: left {leftovers:?}");
            assert_consistent(&root, &openssl);
        }
    }
}

#[test]
fn bounded_reads_a_fifo_is_refused_at_once() {
    let root = Root::new();
    std::fs::create_dir_all(root.pki()).unwrap();
    let fifo = root.pki().join("ca.crt");
    let (ok, _, err) = run(Command::new("mkfifo").arg(&fifo));
    assert!(ok, "{err}");
    let out = root
        .kadm(&["init", "phase", "certs", "all"])
        .args(ECDSA)
        .timeout(Duration::from_secs(20))
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        err.contains("ca.crt: is a FIFO, not a regular file"),
        "{err}"
    );
}

#[test]
fn bounded_reads_a_device_as_config_is_refused() {
    let out = kadm()
        .args(["init", "--dry-run", "--config", "/dev/zero"])
        .timeout(Duration::from_secs(20))
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        err.contains("/dev/zero: is a character device, not a regular file"),
        "{err}"
    );
}

/// Removes `path` when dropped (a file or a directory).
fn scopeguard_owned(path: PathBuf) -> impl Drop {
    struct Cleanup(PathBuf);
    impl Drop for Cleanup {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
            let _ = std::fs::remove_file(&self.0);
        }
    }
    Cleanup(path)
}

/// Removes a path beside the root when the test ends, however it ends.
fn scopeguard(path: &Path) -> impl Drop + use<> {
    scopeguard_owned(path.to_path_buf())
}

#[test]
fn rootfs_dotdot_in_certificates_dir_resolves_as_on_the_node() {
    let root = Root::new();
    let config = root.path().with_extension("yaml");
    std::fs::write(
        &config,
        "apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\ncertificatesDir: /etc/../../tmp/x\n",
    )
    .unwrap();
    let guard = scopeguard(&config);
    let config_flag = format!("--config={}", config.display());
    let (ok, _, err) = outcome(
        root.kadm(&["init", "phase", "certs", "ca", &config_flag])
            .args(ECDSA),
    );
    assert!(ok, "{err}");
    assert_eq!(
        files_under(root.path()),
        ["tmp", "tmp/x", "tmp/x/ca.crt", "tmp/x/ca.key"]
    );
    drop(guard);
}
