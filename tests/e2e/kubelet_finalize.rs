//! `kadm init phase kubelet-finalize` on the built binary, with the test playing the kubelet:
//! certs, kubeconfig, a node client certificate signed by the cluster CA (made with the openssl
//! command line, as an independent implementation), then cert rotation; kubectl reads the result
//! and a TLS server that trusts the cluster CA accepts it.

use std::path::{Path, PathBuf};
use std::process::Command;

use predicates::prelude::*;

use kadm_test_support::Peer;
use kadm_test_support::fixtures::{KUBELET_PKI, NODE_PEM, install_rotated_pem};

use crate::support::{Root, TlsServer, kubectl_get_raw, run};

/// Plays the kubelet after TLS bootstrap: a node client certificate signed by the cluster CA,
/// written with its key as `kubelet-client-<timestamp>.pem`, and the `-current` symlink to it
/// (an absolute target, as the kubelet writes it). Returns the pem's path in the rootfs.
pub(crate) fn kubelet_rotates(root: &Root, openssl: &Path, node: &str) -> PathBuf {
    let dir = root.join(KUBELET_PKI);
    std::fs::create_dir_all(&dir).unwrap();
    let key = dir.join("node.key");
    let csr = dir.join("node.csr");
    let crt = dir.join("node.crt");
    let ext = dir.join("ext.cnf");
    std::fs::write(
        &ext,
        "keyUsage=critical,digitalSignature\nextendedKeyUsage=clientAuth\nbasicConstraints=critical,CA:FALSE\n",
    )
    .unwrap();
    let ok = |cmd: &mut Command| {
        let (ok, _, err) = run(cmd);
        assert!(ok, "openssl failed: {err}");
    };
    ok(Command::new(openssl)
        .args([
            "ecparam",
            "-genkey",
            "-name",
            "prime256v1",
            "-noout",
            "-out",
        ])
        .arg(&key));
    ok(Command::new(openssl)
        .args(["req", "-new", "-key"])
        .arg(&key)
        .args([
            "-subj",
            &format!("/O=system:nodes/CN=system:node:{node}"),
            "-out",
        ])
        .arg(&csr));
    ok(Command::new(openssl)
        .args([
            "x509",
            "-req",
            "-days",
            "365",
            "-set_serial",
            "0x1234",
            "-in",
        ])
        .arg(&csr)
        .arg("-CA")
        .arg(root.pki().join("ca.crt"))
        .arg("-CAkey")
        .arg(root.pki().join("ca.key"))
        .arg("-extfile")
        .arg(&ext)
        .arg("-out")
        .arg(&crt));
    let mut pem = std::fs::read(&crt).unwrap();
    pem.extend(std::fs::read(&key).unwrap());
    for f in [&key, &csr, &crt, &ext] {
        std::fs::remove_file(f).unwrap();
    }
    std::fs::write(
        root.join("/var/lib/kubelet/config.yaml"),
        "apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nrotateCertificates: true\n",
    )
    .unwrap();
    install_rotated_pem(root.path(), KUBELET_PKI, &pem)
}

/// A control plane (API server port 6443) whose kubelet has rotated: the rootfs, kubelet.conf's
/// path and its bytes before kadm touches it.
pub(crate) fn rotating_node() -> (Root, PathBuf, Vec<u8>) {
    let openssl = Peer::Openssl.require();
    let root = Root::new();
    root.control_plane(6443);
    kubelet_rotates(&root, &openssl, "node-1");
    let conf = root.join("/etc/kubernetes/kubelet.conf");
    let before = std::fs::read(&conf).unwrap();
    (root, conf, before)
}

#[test]
#[cfg_attr(
    any(kadm_skip_kubectl, kadm_skip_openssl),
    ignore = "needs kubectl 1.33 and openssl, not found"
)]
fn cert_rotation_points_kubelet_conf_at_the_rotating_pem_and_kubectl_is_accepted() {
    let (openssl, kubectl) = (Peer::Openssl.require(), Peer::Kubectl.require());
    let root = Root::new();
    let port = crate::support::free_port();
    root.control_plane(port);
    let stamped = kubelet_rotates(&root, &openssl, "node-1");

    root.kadm(&["init", "phase", "kubelet-finalize", "all"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "to point to a rotatable kubelet client certificate and key",
        ));

    // kubectl reads the rewritten file: the user now refers to the pem by the node's path.
    let conf = root.join("/etc/kubernetes/kubelet.conf");
    let (ok, out, err) = run(Command::new(&kubectl)
        .args(["config", "view", "--raw", "-o", "json", "--kubeconfig"])
        .arg(&conf));
    assert!(ok, "kubectl config view failed: {err}");
    let view: serde_json::Value = serde_json::from_str(&out).unwrap();
    let user = &view["users"][0];
    assert_eq!(user["name"], "system:node:node-1");
    assert_eq!(user["user"]["client-certificate"], NODE_PEM);
    assert_eq!(user["user"]["client-key"], NODE_PEM);
    assert!(
        user["user"].get("client-certificate-data").is_none(),
        "{user}"
    );
    assert!(user["user"].get("client-key-data").is_none(), "{user}");
    assert_eq!(
        view["clusters"][0]["cluster"]["server"],
        format!("https://127.0.0.1:{port}")
    );
    assert_eq!(view["current-context"], "system:node:node-1@kubernetes");

    // The node sees /var/lib/kubelet where the test has <root>/var/lib/kubelet (and the symlink's
    // absolute target would lead out of the rootfs): give kubectl the same file pointing at the
    // rotated pem inside the rootfs, and let a server that trusts only the cluster CA judge.
    let text = std::fs::read_to_string(&conf).unwrap();
    let local = root.path().join("kubelet-local.conf");
    std::fs::write(&local, text.replace(NODE_PEM, stamped.to_str().unwrap())).unwrap();
    let _server = TlsServer::apiserver(&root, port);
    let (ok, _, err) = kubectl_get_raw(&kubectl, &local);
    assert!(
        ok,
        "the TLS server refused the rotated kubelet credentials: {err}"
    );

    // A second run finds the work done and rewrites nothing.
    let before = std::fs::read(&conf).unwrap();
    root.kadm(&["init", "phase", "kubelet-finalize", "cert-rotation"])
        .assert()
        .success()
        .stdout(predicate::str::contains("nothing to change"));
    assert_eq!(std::fs::read(&conf).unwrap(), before);
}

#[test]
fn without_a_rotating_pem_kubelet_conf_stays_byte_for_byte() {
    let root = Root::new();
    root.control_plane(6443);
    let conf = root.join("/etc/kubernetes/kubelet.conf");
    let before = std::fs::read(&conf).unwrap();
    root.kadm(&["init", "phase", "kubelet-finalize", "all"])
        .assert()
        .success()
        .stdout(predicate::str::contains("does not exist"));
    assert_eq!(std::fs::read(&conf).unwrap(), before);
}

#[test]
#[cfg_attr(kadm_skip_openssl, ignore = "needs openssl, not found")]
fn deprecated_alias_warns_then_is_refused_from_v1_32() {
    let (root, conf, before) = rotating_node();

    root.kadm(&[
        "init",
        "phase",
        "kubelet-finalize",
        "experimental-cert-rotation",
        "--kubernetes-version",
        "v1.32.0",
    ])
    .assert()
    .failure()
    .stderr(predicate::str::contains("use 'cert-rotation' instead"));
    assert_eq!(
        std::fs::read(&conf).unwrap(),
        before,
        "refused means untouched"
    );

    root.kadm(&[
        "init",
        "phase",
        "kubelet-finalize",
        "experimental-cert-rotation",
        "--kubernetes-version",
        "v1.31.2",
    ])
    .assert()
    .success()
    .stderr(predicate::str::contains("is deprecated"))
    .stderr(predicate::str::contains("Use 'cert-rotation' instead"));
    assert_ne!(
        std::fs::read(&conf).unwrap(),
        before,
        "the alias did the work"
    );
}

#[test]
#[cfg_attr(kadm_skip_openssl, ignore = "needs openssl, not found")]
fn hidden_alias_works_silently_and_is_not_listed() {
    let (root, _, _) = rotating_node();
    root.kadm(&[
        "init",
        "phase",
        "kubelet-finalize",
        "enable-client-cert-rotation",
    ])
    .assert()
    .success()
    .stderr(predicate::str::contains("WARNING").not());
    let help = crate::support::kadm()
        .args(["init", "phase", "kubelet-finalize", "--help"])
        .output()
        .unwrap();
    let help = String::from_utf8(help.stdout).unwrap();
    assert!(help.contains("cert-rotation"), "{help}");
    assert!(
        help.contains("experimental-cert-rotation")
            && help.contains("(DEPRECATED: use 'cert-rotation' instead)"),
        "{help}"
    );
    assert!(!help.contains("enable-client-cert-rotation"), "{help}");
}

#[test]
#[cfg_attr(kadm_skip_openssl, ignore = "needs openssl, not found")]
fn skipping_the_canonical_phase_never_runs_the_deprecated_one() {
    let (root, conf, before) = rotating_node();
    root.kadm(&[
        "init",
        "--skip-phases",
        "kubelet-finalize/cert-rotation",
        "--encryption-algorithm",
        "ECDSA-P256",
    ])
    .assert()
    .success()
    .stdout(predicate::str::contains("[kubelet-finalize]").not());
    assert_eq!(std::fs::read(&conf).unwrap(), before);
}

#[test]
#[cfg_attr(kadm_skip_openssl, ignore = "needs openssl, not found")]
fn json_output_reports_the_renewal_window() {
    let (root, _, _) = rotating_node();
    let out = root
        .kadm(&[
            "init",
            "phase",
            "kubelet-finalize",
            "cert-rotation",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("stdout is not one JSON object ({e}): {:?}", out.stdout));
    let v = &doc["phases"][0]["result"];
    assert_eq!(
        doc["phases"][0]["phase"], "kubelet-finalize/cert-rotation",
        "{doc}"
    );
    assert_eq!(v["changed"], true, "{v}");
    let cert = &v["certificate"];
    for field in [
        "notBefore",
        "notAfter",
        "renewalWindowStart",
        "renewalWindowEnd",
    ] {
        assert!(cert[field].is_string(), "{field} missing: {v}");
    }
    // RFC 3339 strings of one format compare in time order.
    let s = |f: &str| cert[f].as_str().unwrap().to_string();
    assert!(s("notBefore") < s("renewalWindowStart"));
    assert!(s("renewalWindowStart") < s("renewalWindowEnd"));
    assert!(s("renewalWindowEnd") < s("notAfter"));
}
