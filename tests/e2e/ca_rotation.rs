//! `kadm certs rotate-ca prepare|finalize|status` on one node (and several `--rootfs` side by
//! side), judged by openssl (`verify`, `x509`) and kubectl 1.33 against a client-certificate TLS
//! server. The multi-control-plane proofs with etcd members are not here yet.

use std::path::{Path, PathBuf};
use std::process::Command;

use predicates::prelude::*;

use kadm_test_support::Peer;

use crate::support::{Root, TlsServer, free_port, kadm, kubectl_get_raw, run};

/// `kadm certs rotate-ca <args> --rootfs <root>`.
fn rotate(root: &Root, args: &[&str]) -> assert_cmd::Command {
    let mut cmd = kadm();
    cmd.args(["certs", "rotate-ca"])
        .args(args)
        .arg("--rootfs")
        .arg(root.path());
    cmd
}

/// `status -o json` of one node.
fn status(root: &Root) -> serde_json::Value {
    status_of(&[root])
}

/// `status -o json` of several nodes side by side.
fn status_of(nodes: &[&Root]) -> serde_json::Value {
    let mut cmd = kadm();
    cmd.args(["certs", "rotate-ca", "status", "-o", "json"]);
    for node in nodes {
        cmd.arg("--rootfs").arg(node.path());
    }
    let out = cmd.assert().success();
    serde_json::from_slice(&out.get_output().stdout).unwrap()
}

/// Each CA's stage on the first node of a status document.
fn stages(doc: &serde_json::Value) -> Vec<(String, String)> {
    doc["nodes"][0]["cas"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["ca"].as_str().unwrap().to_string(),
                c["stage"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn all(stage: &str) -> Vec<(String, String)> {
    ["ca", "front-proxy-ca", "etcd-ca"]
        .iter()
        .map(|c| (c.to_string(), stage.to_string()))
        .collect()
}

/// The `n`th PEM certificate of `file`, written to `out`.
fn nth_cert(file: &Path, n: usize, out: &Path) -> PathBuf {
    let text = std::fs::read_to_string(file).unwrap();
    let blocks: Vec<&str> = text
        .split_inclusive("-----END CERTIFICATE-----\n")
        .filter(|b| b.contains("BEGIN CERTIFICATE"))
        .collect();
    assert!(
        n < blocks.len(),
        "{} has {} certificates",
        file.display(),
        blocks.len()
    );
    std::fs::write(out, blocks[n]).unwrap();
    out.to_path_buf()
}

fn openssl(args: &[&str]) -> (bool, String) {
    let (ok, out, err) = run(Command::new(Peer::Openssl.require()).args(args));
    (ok, format!("{out}{err}"))
}

/// `openssl verify -CAfile ca [-untrusted chain] leaf` succeeds.
fn verifies(ca: &Path, chain: Option<&Path>, leaf: &Path) -> bool {
    let mut args = vec!["verify", "-CAfile", ca.to_str().unwrap()];
    if let Some(chain) = chain {
        args.extend(["-untrusted", chain.to_str().unwrap()]);
    }
    args.push(leaf.to_str().unwrap());
    openssl(&args).0
}

/// What a re-issue keeps: subject, SANs, key usages, extended usages, basic constraints.
fn identity(cert: &Path) -> String {
    let (ok, out) = openssl(&[
        "x509",
        "-noout",
        "-subject",
        "-ext",
        "subjectAltName,keyUsage,extendedKeyUsage,basicConstraints",
        "-in",
        cert.to_str().unwrap(),
    ]);
    assert!(ok, "{out}");
    out
}

/// (leaf file under the PKI, CA file, serving).
const LEAVES: [(&str, &str, bool); 7] = [
    ("apiserver.crt", "ca.crt", true),
    ("apiserver-kubelet-client.crt", "ca.crt", false),
    ("front-proxy-client.crt", "front-proxy-ca.crt", false),
    ("etcd/server.crt", "etcd/ca.crt", true),
    ("etcd/peer.crt", "etcd/ca.crt", true),
    ("etcd/healthcheck-client.crt", "etcd/ca.crt", false),
    ("apiserver-etcd-client.crt", "etcd/ca.crt", false),
];

const KUBECONFIGS: [&str; 5] = [
    "admin.conf",
    "super-admin.conf",
    "kubelet.conf",
    "controller-manager.conf",
    "scheduler.conf",
];

/// The certificate-authority-data kubectl reads from `file`.
fn kubectl_ca_data(kubectl: &Path, file: &Path) -> Vec<u8> {
    use base64::Engine as _;
    let (ok, out, err) = run(Command::new(kubectl)
        .args(["config", "view", "--raw", "-o", "json", "--kubeconfig"])
        .arg(file));
    assert!(ok, "kubectl config view {}: {err}", file.display());
    let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
    let data = doc["clusters"][0]["cluster"]["certificate-authority-data"]
        .as_str()
        .unwrap();
    base64::engine::general_purpose::STANDARD
        .decode(data)
        .unwrap()
}

#[test]
#[cfg_attr(
    any(kadm_skip_kubectl, kadm_skip_openssl),
    ignore = "needs kubectl 1.33 and openssl, not found"
)]
fn prepare_and_finalize_judged_by_openssl_and_kubectl() {
    let kubectl = Peer::Kubectl.require();
    let root = Root::new();
    let port = free_port();
    root.control_plane(port);
    let pki = root.pki();
    let keep = tempfile::tempdir().unwrap();
    let kept = |name: &str| keep.path().join(name.replace('/', "-"));
    // What the node had before: the old CAs, leaves and admin.conf.
    for (leaf, ca, _) in LEAVES {
        std::fs::copy(pki.join(leaf), kept(leaf)).unwrap();
        std::fs::copy(pki.join(ca), kept(ca)).unwrap();
    }
    let old_admin = kept("admin.conf");
    std::fs::copy(root.join("/etc/kubernetes/admin.conf"), &old_admin).unwrap();
    assert_eq!(stages(&status(&root)), all("not-started"));

    rotate(&root, &["prepare"])
        .assert()
        .success()
        .stdout(predicate::str::contains("This node is prepared"));
    assert_eq!(stages(&status(&root)), all("prepared"));

    for (leaf, ca, serving) in LEAVES {
        let file = pki.join(leaf);
        let new_ca = nth_cert(&pki.join(ca), 0, &keep.path().join("new-ca.pem"));
        let old_ca = kept(ca);
        let first = nth_cert(&file, 0, &keep.path().join("leaf.pem"));
        assert!(verifies(&new_ca, None, &first), "{leaf} under the new CA");
        assert!(
            !verifies(&old_ca, None, &first),
            "{leaf} not under the old CA alone"
        );
        assert_eq!(identity(&first), identity(&kept(leaf)), "{leaf}");
        if serving {
            // A client trusting only the old CA verifies the leaf through the link.
            let cross = nth_cert(&file, 1, &keep.path().join("cross.pem"));
            assert!(
                verifies(&old_ca, Some(&cross), &first),
                "{leaf} via the link"
            );
        }
        // The CA file holds new and old: both the new leaf and the old one verify.
        assert!(verifies(&pki.join(ca), None, &first), "{leaf}");
        assert!(verifies(&pki.join(ca), None, &kept(leaf)), "{leaf} (old)");
    }
    let bundle = std::fs::read(pki.join("ca.crt")).unwrap();
    for file in KUBECONFIGS {
        let path = root.join("/etc/kubernetes").join(file);
        assert_eq!(kubectl_ca_data(&kubectl, &path), bundle, "{file}");
    }

    // The API server stand-in, serving the re-issued certificate with its link and accepting
    // clients of either CA: the old admin.conf (old CA only) and the new one both get in.
    let cross = nth_cert(
        &pki.join("apiserver.crt"),
        1,
        &keep.path().join("apiserver-cross.pem"),
    );
    let leaf = nth_cert(
        &pki.join("apiserver.crt"),
        0,
        &keep.path().join("apiserver-leaf.pem"),
    );
    let key = pki.join("apiserver.key");
    {
        let _server = TlsServer::start_chained(port, &leaf, &key, &pki.join("ca.crt"), &[&cross]);
        let admin = root.join("/etc/kubernetes/admin.conf");
        for (name, file) in [("old", &old_admin), ("new", &admin)] {
            let (ok, _, err) = kubectl_get_raw(&kubectl, file);
            assert!(ok, "the {name} admin.conf is refused after prepare: {err}");
        }
    }

    rotate(&root, &["finalize"]).assert().success();
    assert_eq!(stages(&status(&root)), all("finalized"));
    for (leaf, ca, _) in LEAVES {
        let text = std::fs::read_to_string(pki.join(ca)).unwrap();
        assert_eq!(text.matches("BEGIN CERTIFICATE").count(), 1, "{ca}");
        let file = std::fs::read_to_string(pki.join(leaf)).unwrap();
        assert_eq!(
            file.matches("BEGIN CERTIFICATE").count(),
            1,
            "{leaf}: no link"
        );
        assert!(verifies(&pki.join(ca), None, &pki.join(leaf)), "{leaf}");
        assert!(
            !verifies(&pki.join(ca), None, &kept(leaf)),
            "{leaf}: the old one is out"
        );
    }
    let new_ca = std::fs::read(pki.join("ca.crt")).unwrap();
    for file in KUBECONFIGS {
        let path = root.join("/etc/kubernetes").join(file);
        assert_eq!(kubectl_ca_data(&kubectl, &path), new_ca, "{file}");
    }
    // After finalize the server trusts the new CA alone: the old admin.conf is refused.
    let _server = TlsServer::apiserver(&root, port);
    let (ok, _, err) = kubectl_get_raw(&kubectl, &root.join("/etc/kubernetes/admin.conf"));
    assert!(ok, "the new admin.conf is refused after finalize: {err}");
    let (ok, _, _) = kubectl_get_raw(&kubectl, &old_admin);
    assert!(!ok, "the old admin.conf still gets in after finalize");
}

#[test]
fn each_step_again_changes_no_byte_and_a_dry_run_writes_nothing() {
    let root = Root::new();
    root.control_plane(free_port());
    let before = root.snapshot();
    rotate(&root, &["prepare", "--dry-run"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Would write file"));
    assert_eq!(root.snapshot(), before, "a dry run wrote");

    rotate(&root, &["prepare"]).assert().success();
    let prepared = root.snapshot();
    rotate(&root, &["prepare"])
        .assert()
        .success()
        .stdout(predicate::str::contains("from an earlier prepare"));
    assert_eq!(root.snapshot(), prepared, "a second prepare changed a byte");

    rotate(&root, &["finalize"]).assert().success();
    let finalized = root.snapshot();
    rotate(&root, &["finalize"]).assert().success();
    assert_eq!(
        root.snapshot(),
        finalized,
        "a second finalize changed a byte"
    );
}

#[test]
fn a_leaf_restored_from_the_backup_is_named_by_status_and_finalize() {
    let root = Root::new();
    root.control_plane(free_port());
    let pki = root.pki();
    let crt = pki.join("apiserver-kubelet-client.crt");
    let key = pki.join("apiserver-kubelet-client.key");
    let (old_crt, old_key) = (std::fs::read(&crt).unwrap(), std::fs::read(&key).unwrap());
    rotate(&root, &["prepare", "--ca", "ca"]).assert().success();
    std::fs::write(&crt, old_crt).unwrap();
    std::fs::write(&key, old_key).unwrap();

    let doc = status(&root);
    let ca = &doc["nodes"][0]["cas"][0];
    assert_eq!(ca["stage"], "inconsistent");
    let reason = ca["reason"].as_str().unwrap();
    assert!(
        reason.contains(
            "/etc/kubernetes/pki/apiserver-kubelet-client.crt (signed by old, not by the new CA)"
        ),
        "{reason}"
    );
    let file = ca["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["path"] == "/etc/kubernetes/pki/apiserver-kubelet-client.crt")
        .unwrap();
    assert_eq!(file["signedBy"], "old");
    assert_eq!(file["stage"], "inconsistent");
    // The other CAs were not asked for: never started.
    assert_eq!(doc["nodes"][0]["cas"][1]["stage"], "not-started");
    rotate(&root, &["status"])
        .assert()
        .success()
        .stdout(predicate::str::is_match(r"(?m)^ca +inconsistent ").unwrap())
        .stdout(predicate::str::contains("NOTES:"));

    let before = root.snapshot();
    rotate(&root, &["finalize", "--ca", "ca"])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "/etc/kubernetes/pki/apiserver-kubelet-client.crt (signed by old)",
        ));
    assert_eq!(root.snapshot(), before, "a refused finalize wrote");

    // prepare completes it.
    rotate(&root, &["prepare", "--ca", "ca"]).assert().success();
    assert_eq!(status(&root)["nodes"][0]["cas"][0]["stage"], "prepared");
}

#[test]
fn finalize_without_the_backup_names_it_and_reset_removes_the_backup() {
    let root = Root::new();
    root.control_plane(free_port());
    rotate(&root, &["finalize"])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "/etc/kubernetes/pki/ca-rotation/ca/old.crt: the old CA's backup is missing",
        ));
    rotate(&root, &["prepare"]).assert().success();
    let backup = root.pki().join("ca-rotation");
    assert!(backup.join("etcd/ca/old.key").is_file());
    let mut cmd = kadm();
    cmd.args(["reset", "--force", "--rootfs"]).arg(root.path());
    cmd.assert().success();
    assert!(!backup.exists(), "reset left the old CA keys");
}

#[test]
fn status_side_by_side_names_the_lagging_node() {
    let (a, b) = (Root::new(), Root::new());
    a.control_plane(free_port());
    b.control_plane(free_port());
    rotate(&a, &["prepare"]).assert().success();
    let doc = status_of(&[&a, &b]);
    assert_eq!(doc["nodes"].as_array().unwrap().len(), 2);
    let lagging = doc["lagging"].as_array().unwrap();
    assert_eq!(lagging.len(), 3, "{lagging:?}");
    let b_name = b.path().display().to_string();
    assert!(
        lagging.iter().all(|l| l["node"] == b_name.as_str()),
        "{lagging:?}"
    );
    assert!(
        lagging[0]["reason"]
            .as_str()
            .unwrap()
            .starts_with("not-started while ")
    );

    let text = kadm()
        .args(["certs", "rotate-ca", "status", "--rootfs"])
        .arg(a.path())
        .arg("--rootfs")
        .arg(b.path())
        .assert()
        .success();
    let text = String::from_utf8_lossy(&text.get_output().stdout).into_owned();
    assert!(
        text.contains(&format!("  {b_name} (ca): not-started while ")),
        "{text}"
    );
}

#[test]
fn a_bad_ca_name_is_refused_with_the_list() {
    let root = Root::new();
    rotate(&root, &["prepare", "--ca", "kubernetes"])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "[possible values: ca, front-proxy-ca, etcd-ca, all]",
        ));
}

/// A copy of `root`'s files: another control plane of the same cluster.
fn peer_of(root: &Root) -> Root {
    fn copy(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).unwrap();
        for entry in std::fs::read_dir(from).unwrap() {
            let path = entry.unwrap().path();
            let target = to.join(path.file_name().unwrap());
            if path.is_dir() {
                copy(&path, &target);
            } else {
                std::fs::copy(&path, &target).unwrap();
            }
        }
    }
    let peer = Root::new();
    copy(root.path(), peer.path());
    peer
}

#[test]
fn a_bundle_takes_the_new_cas_to_another_control_plane_and_bad_ones_are_refused() {
    let a = Root::new();
    a.control_plane(free_port());
    let b = peer_of(&a);
    let stranger = Root::new();
    stranger.control_plane(free_port());
    let dir = tempfile::tempdir().unwrap();
    let bundle = dir.path().join("rotation.json");
    let key_out = kadm().args(["certs", "certificate-key"]).assert().success();
    let key = String::from_utf8(key_out.get_output().stdout.clone()).unwrap();
    let key = key.trim();

    let write = format!("--bundle-file={}", bundle.display());
    let read = format!("--from-bundle={}", bundle.display());
    rotate(&a, &["prepare", "--certificate-key", key, &write])
        .assert()
        .success();
    use std::os::unix::fs::PermissionsExt as _;
    assert_eq!(
        std::fs::metadata(&bundle).unwrap().permissions().mode() & 0o777,
        0o600
    );
    let text = std::fs::read_to_string(&bundle).unwrap();
    assert!(!text.contains("PRIVATE KEY"), "the keys are encrypted");

    // A wrong key and a bundle of another cluster are refused, writing nothing.
    let wrong = "0".repeat(64);
    let before = stranger.snapshot();
    rotate(&stranger, &["prepare", "--certificate-key", &wrong, &read])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "cannot be opened with this certificate key",
        ));
    rotate(&stranger, &["prepare", "--certificate-key", key, &read])
        .assert()
        .failure()
        .stderr(predicate::str::contains("a bundle of another cluster"));
    assert_eq!(stranger.snapshot(), before);

    rotate(&b, &["prepare", "--certificate-key", key, &read])
        .assert()
        .success()
        .stdout(predicate::str::contains("(from the bundle)"));
    let doc = status_of(&[&a, &b]);
    assert_eq!(doc["lagging"], serde_json::json!([]));
    for i in 0..3 {
        assert_eq!(
            doc["nodes"][0]["cas"][i]["new"],
            doc["nodes"][1]["cas"][i]["new"]
        );
        assert_eq!(doc["nodes"][1]["cas"][i]["stage"], "prepared");
    }
    for ca in ["ca.crt", "front-proxy-ca.crt", "etcd/ca.crt"] {
        assert_eq!(
            std::fs::read(a.pki().join(ca)).unwrap(),
            std::fs::read(b.pki().join(ca)).unwrap(),
            "{ca}"
        );
    }
}

/// Starts `kadm certs rotate-ca STEP` on `root`, kills it with SIGKILL after `delay`, and tells
/// whether it was still running then.
fn kill_during(root: &Root, step: &str, delay: std::time::Duration) -> bool {
    let mut child = Command::new(env!("CARGO_BIN_EXE_kadm"))
        .args(["certs", "rotate-ca", step, "--rootfs"])
        .arg(root.path())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(delay);
    let running = child.try_wait().unwrap().is_none();
    child.kill().ok();
    child.wait().unwrap();
    running
}

/// Every CA's stage is one of `allowed`; an inconsistent one says to run `step` again.
fn assert_stages(root: &Root, allowed: &[&str], step: &str) {
    let doc = status(root);
    for ca in doc["nodes"][0]["cas"].as_array().unwrap() {
        let stage = ca["stage"].as_str().unwrap();
        assert!(allowed.contains(&stage), "{stage}: {ca}");
        if stage == "inconsistent" {
            let reason = ca["reason"].as_str().unwrap();
            assert!(
                reason.contains(&format!("rotate-ca {step}` again")),
                "{reason}"
            );
        }
    }
}

/// No temporary file of an interrupted batch is left once a run has completed.
fn assert_no_temporaries(root: &Root) {
    let left: Vec<PathBuf> = root
        .snapshot()
        .into_iter()
        .map(|(p, _)| p)
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            name.starts_with(".kadm-tmp.") || name == ".kadm-journal"
        })
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn kill_9_during_prepare_and_finalize_then_a_rerun_completes() {
    let base = Root::new();
    base.control_plane(free_port());
    // How long each step takes here, so the kills spread over the whole of it.
    let timed = |root: &Root, step: &str| {
        let start = std::time::Instant::now();
        rotate(root, &[step]).assert().success();
        start.elapsed()
    };
    let probe = peer_of(&base);
    let mut takes = [timed(&probe, "prepare"), timed(&probe, "finalize")];
    // (step, the stages a kill may leave, the stage a re-run reaches)
    let steps = [
        (
            "prepare",
            ["not-started", "prepared", "inconsistent"],
            "prepared",
        ),
        (
            "finalize",
            ["prepared", "finalized", "inconsistent"],
            "finalized",
        ),
    ];
    let mut hits = [0; 2];
    // Ten rounds at least; more, up to 40, until three kills of each step landed while it ran.
    // A kill that came after the step ended says the step ran faster than measured (the load
    // on the machine changes): the next ones aim earlier.
    for i in 0..40u32 {
        if i >= 10 && hits.iter().all(|&h| h >= 3) {
            break;
        }
        let root = peer_of(&base);
        for (n, (step, allowed, reached)) in steps.iter().enumerate() {
            if kill_during(&root, step, takes[n] * (2 * (i % 10) + 1) / 20) {
                hits[n] += 1;
            } else {
                takes[n] = takes[n] * 3 / 4;
            }
            assert_stages(&root, allowed, step);
            rotate(&root, &[step]).assert().success();
            assert_eq!(stages(&status(&root)), all(reached), "{step}, kill {i}");
            assert_no_temporaries(&root);
        }
    }
    // Most kills must land while the step runs, or the test proves little.
    assert!(
        hits.iter().all(|&h| h >= 3),
        "kills that landed during prepare, finalize: {hits:?}"
    );
}

#[test]
#[cfg_attr(kadm_skip_openssl, ignore = "needs openssl, not found")]
fn rollback_before_finalize_puts_the_old_ca_back() {
    let root = Root::new();
    root.control_plane(free_port());
    let pki = root.pki();
    let ca = std::fs::read(pki.join("ca.crt")).unwrap();
    let key = std::fs::read(pki.join("ca.key")).unwrap();
    rotate(&root, &["prepare"]).assert().success();
    rotate(&root, &["rollback"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Rolled back to the old CA"));
    assert_eq!(stages(&status(&root)), all("not-started"));
    assert_eq!(std::fs::read(pki.join("ca.crt")).unwrap(), ca);
    assert_eq!(std::fs::read(pki.join("ca.key")).unwrap(), key);
    for (leaf, ca, _) in LEAVES {
        assert!(verifies(&pki.join(ca), None, &pki.join(leaf)), "{leaf}");
    }
    rotate(&root, &["prepare"]).assert().success();
    rotate(&root, &["finalize"]).assert().success();
    rotate(&root, &["rollback"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("this rotation is finalized"));
}

#[test]
#[cfg_attr(kadm_skip_openssl, ignore = "needs openssl, not found")]
fn finalize_waits_for_the_kubelets_own_client_certificate() {
    let openssl = Peer::Openssl.require();
    // A control plane whose kubelet rotated its certificate (signed by the CA of today) and whose
    // kubelet.conf names that file.
    let (root, _, _) = crate::kubelet_finalize::rotating_node();
    root.kadm(&["init", "phase", "kubelet-finalize", "all"])
        .assert()
        .success();
    rotate(&root, &["prepare", "--ca", "ca"]).assert().success();

    let before = root.snapshot();
    rotate(&root, &["finalize", "--ca", "ca"])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "/var/lib/kubelet/pki/kubelet-client-current.pem (signed by old",
        ));
    assert_eq!(root.snapshot(), before, "a refused finalize wrote");

    // The kubelet rotates again, now signed by the new CA (the first of ca.crt, with ca.key, as
    // the controller-manager signs after prepare): finalize goes ahead.
    crate::kubelet_finalize::kubelet_rotates(&root, &openssl, "node-1");
    rotate(&root, &["finalize", "--ca", "ca"])
        .assert()
        .success();
    assert_eq!(status(&root)["nodes"][0]["cas"][0]["stage"], "finalized");
}

#[test]
#[cfg_attr(kadm_skip_strace, ignore = "needs strace, not found")]
fn a_kill_at_any_rename_of_an_etcd_ca_prepare_is_reported_and_completed() {
    // The etcd CA signs certificates in two directories (etcd/ and apiserver-etcd-client beside
    // it): a kill between the two must never leave one signed by a CA that is not installed.
    let strace = Peer::Strace.require();
    const RENAMES: &str = "rename,renameat,renameat2";
    let base = Root::new();
    base.control_plane(free_port());
    let prepare = |root: &Root| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_kadm"));
        cmd.args([
            "certs",
            "rotate-ca",
            "prepare",
            "--ca",
            "etcd-ca",
            "--rootfs",
        ])
        .arg(root.path());
        cmd
    };
    let probe = peer_of(&base);
    let log = probe.path().with_extension("strace");
    let mut traced = Command::new(&strace);
    traced
        .args(["-f", "-qq", "-e", &format!("trace={RENAMES}"), "-o"])
        .arg(&log)
        .arg(env!("CARGO_BIN_EXE_kadm"))
        .args(prepare(&probe).get_args());
    let (ok, _, err) = run(&mut traced);
    assert!(ok, "{err}");
    let points = std::fs::read_to_string(&log).unwrap().lines().count();
    let _ = std::fs::remove_file(&log);
    assert!(points >= 2, "only {points} renames traced");
    for n in 1..=points {
        let root = peer_of(&base);
        let mut killed = Command::new(&strace);
        killed
            .args(["-f", "-qq", "-o", "/dev/null", "-e"])
            .arg(format!("trace={RENAMES}"))
            .arg("-e")
            .arg(format!("inject={RENAMES}:signal=SIGKILL:when={n}"))
            .arg(env!("CARGO_BIN_EXE_kadm"))
            .args(prepare(&root).get_args());
        let (ok, _, _) = run(&mut killed);
        assert!(!ok, "prepare was not killed at rename {n}");
        assert_stages(
            &root,
            &["not-started", "prepared", "inconsistent"],
            "prepare",
        );
        let (ok, _, err) = run(&mut prepare(&root));
        assert!(ok, "the re-run after a kill at rename {n} failed:\n{err}");
        assert_eq!(
            status(&root)["nodes"][0]["cas"][2]["stage"],
            "prepared",
            "after a kill at rename {n}"
        );
    }
}
