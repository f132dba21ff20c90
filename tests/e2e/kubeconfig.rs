//! `kadm init phase kubeconfig` and `kadm kubeconfig user` on the built binary, judged by kubectl
//! 1.33 and by a TLS server that serves with `apiserver.crt` and demands client certificates
//! signed by the cluster CA.

use std::path::Path;
use std::process::Command;

use predicates::prelude::*;

use kadm_test_support::Peer;

use crate::support::{Root, TlsServer, free_port, kubectl_get_raw, run};

/// (file, user = client CN) for kubeadm's five files; with no control-plane endpoint all of them
/// talk to the advertise address and bind port.
const FILES: [(&str, &str); 5] = [
    ("admin.conf", "kubernetes-admin"),
    ("super-admin.conf", "kubernetes-super-admin"),
    ("kubelet.conf", "system:node:node-1"),
    ("controller-manager.conf", "system:kube-controller-manager"),
    ("scheduler.conf", "system:kube-scheduler"),
];

fn view(kubectl: &Path, file: &Path) -> serde_json::Value {
    let (ok, out, err) = run(Command::new(kubectl)
        .args(["config", "view", "--raw", "-o", "json", "--kubeconfig"])
        .arg(file));
    assert!(ok, "kubectl config view {}: {err}", file.display());
    serde_json::from_str(&out).unwrap()
}

fn start_apiserver(root: &Root, port: u16) -> TlsServer {
    TlsServer::apiserver(root, port)
}

#[test]
#[cfg_attr(
    any(kadm_skip_kubectl, kadm_skip_openssl),
    ignore = "needs kubectl 1.33 and openssl, not found"
)]
fn every_file_is_read_by_kubectl_and_accepted_by_a_server_trusting_the_cluster_ca() {
    let kubectl = Peer::Kubectl.require();
    let root = Root::new();
    let port = free_port();
    root.control_plane(port);
    let dir = root.join("/etc/kubernetes");
    let server = format!("https://127.0.0.1:{port}");
    let ca = std::fs::read(root.pki().join("ca.crt")).unwrap();

    for (file, user) in FILES {
        let path = dir.join(file);
        let mode = std::os::unix::fs::PermissionsExt::mode(
            &std::fs::metadata(&path).unwrap().permissions(),
        );
        assert_eq!(mode & 0o777, 0o600, "{file} mode");
        let v = view(&kubectl, &path);
        assert_eq!(v["current-context"], format!("{user}@kubernetes"), "{file}");
        assert_eq!(
            v["contexts"][0]["context"]["cluster"], "kubernetes",
            "{file}"
        );
        assert_eq!(v["contexts"][0]["context"]["user"], user, "{file}");
        assert_eq!(v["users"][0]["name"], user, "{file}");
        assert_eq!(v["clusters"][0]["name"], "kubernetes", "{file}");
        assert_eq!(v["clusters"][0]["cluster"]["server"], server, "{file}");
        let ca_data = v["clusters"][0]["cluster"]["certificate-authority-data"]
            .as_str()
            .unwrap();
        assert_eq!(base64_decode(ca_data), ca, "{file} embeds the cluster CA");
        assert!(
            v["users"][0]["user"]["client-key-data"].is_string(),
            "{file}"
        );
    }

    let _server = start_apiserver(&root, port);
    for (file, _) in FILES {
        let (ok, body, err) = kubectl_get_raw(&kubectl, &dir.join(file));
        assert!(ok, "{file} refused: {err}");
        assert!(!body.is_empty(), "{file}: empty answer");
    }
}

#[test]
#[cfg_attr(
    any(kadm_skip_kubectl, kadm_skip_openssl),
    ignore = "needs kubectl 1.33 and openssl, not found"
)]
fn a_client_certificate_from_another_ca_is_refused() {
    let kubectl = Peer::Kubectl.require();
    let ours = Root::new();
    let theirs = Root::new();
    let port = free_port();
    ours.control_plane(port);
    theirs.control_plane(port);
    // Trust our server (our CA) but present their client certificate and key.
    let our_conf = std::fs::read_to_string(ours.join("/etc/kubernetes/admin.conf")).unwrap();
    let their_conf = std::fs::read_to_string(theirs.join("/etc/kubernetes/admin.conf")).unwrap();
    let field = |text: &str, key: &str| -> String {
        text.lines()
            .find_map(|l| {
                l.trim()
                    .strip_prefix(&format!("{key}: "))
                    .map(str::to_string)
            })
            .unwrap()
    };
    let mut mixed = our_conf.clone();
    for key in ["client-certificate-data", "client-key-data"] {
        mixed = mixed.replace(&field(&our_conf, key), &field(&their_conf, key));
    }
    assert_ne!(mixed, our_conf);
    let mixed_path = ours.path().join("foreign-client.conf");
    std::fs::write(&mixed_path, mixed).unwrap();

    let _server = start_apiserver(&ours, port);
    let (ok, _, _) = kubectl_get_raw(&kubectl, &ours.join("/etc/kubernetes/admin.conf"));
    assert!(ok, "our own admin.conf must be accepted");
    let (ok, _, err) = kubectl_get_raw(&kubectl, &mixed_path);
    assert!(!ok, "a client certificate from another CA was accepted");
    assert!(!err.is_empty());
}

#[test]
#[cfg_attr(
    any(kadm_skip_kubectl, kadm_skip_openssl),
    ignore = "needs kubectl 1.33 and openssl, not found"
)]
fn kubeconfig_user_prints_a_working_kubeconfig_and_writes_0600_files() {
    let kubectl = Peer::Kubectl.require();
    let root = Root::new();
    let port = free_port();
    root.control_plane(port);
    let out = root
        .kadm(&[
            "kubeconfig",
            "user",
            "--client-name",
            "ci-robot",
            "--org",
            "ci",
            "--org",
            "system:masters",
            "--validity-period",
            "24h",
            "--apiserver-bind-port",
            &port.to_string(),
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let printed = root.path().join("robot.conf");
    std::fs::write(&printed, &out.stdout).unwrap();
    let v = view(&kubectl, &printed);
    assert_eq!(v["current-context"], "ci-robot@kubernetes");
    assert_eq!(v["users"][0]["name"], "ci-robot");
    // Both groups, each its own O, as the API server reads them.
    let cert = root.path().join("robot.crt");
    let pem = v["users"][0]["user"]["client-certificate-data"]
        .as_str()
        .unwrap();
    std::fs::write(&cert, base64_decode(pem)).unwrap();
    let (ok, subject, err) = run(Command::new(Peer::Openssl.require())
        .args(["x509", "-noout", "-subject", "-in"])
        .arg(&cert));
    assert!(ok, "{err}");
    assert_eq!(
        subject.trim(),
        "subject=O = ci, O = system:masters, CN = ci-robot"
    );

    // `-o` is the format: JSON on stdout, and no file named after the format.
    let json_user = |extra: &[&str]| {
        let mut args = vec![
            "kubeconfig",
            "user",
            "--client-name",
            "ci-robot",
            "-o",
            "json",
        ];
        args.extend(extra);
        root.kadm(&args)
    };
    let shown = json_user(&[]).current_dir(root.path()).assert().success();
    let shown: serde_json::Value = serde_json::from_slice(&shown.get_output().stdout).unwrap();
    assert_eq!(shown["current-context"], "ci-robot@kubernetes");
    assert!(!root.path().join("json").exists());

    let file = root.path().join("robot-file.json");
    let file_arg = file.to_str().unwrap();
    let write =
        |extra: &[&str]| json_user(&[&["--output-file", file_arg], extra].concat()).assert();
    write(&[])
        .success()
        .stdout(predicate::str::contains("PRIVATE").not());
    let mode =
        std::os::unix::fs::PermissionsExt::mode(&std::fs::metadata(&file).unwrap().permissions());
    assert_eq!(mode & 0o777, 0o600);
    let written = std::fs::read_to_string(&file).unwrap();
    assert!(written.starts_with('{'), "JSON, not YAML");
    assert_eq!(view(&kubectl, &file)["users"][0]["name"], "ci-robot");

    // An existing file is kept unless --force.
    write(&[])
        .failure()
        .stderr(predicate::str::contains(file_arg))
        .stderr(predicate::str::contains("--force"));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), written);
    write(&["--force"]).success();
    assert_ne!(
        std::fs::read_to_string(&file).unwrap(),
        written,
        "a new key"
    );

    let _server = start_apiserver(&root, port);
    let (ok, _, err) = kubectl_get_raw(&kubectl, &printed);
    assert!(ok, "the user's kubeconfig was refused: {err}");
}

/// Writes `text` over admin.conf after a good build, runs the admin phase, and checks it fails
/// naming the file and saying `reason`, with the file left as written.
fn refused(text: &str, reason: &str) {
    let root = Root::new();
    root.control_plane(6443);
    refused_in(&root, text, reason);
}

/// [`refused`] in a rootfs built already (its CA is the one `text` trusts).
fn refused_in(root: &Root, text: &str, reason: &str) {
    let conf = root.join("/etc/kubernetes/admin.conf");
    std::fs::write(&conf, text).unwrap();
    let before = root.snapshot();
    root.kadm(&["init", "phase", "kubeconfig", "admin"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("admin.conf"))
        .stderr(predicate::str::contains(reason));
    assert_eq!(root.snapshot(), before, "nothing may change");
}

#[test]
fn a_file_that_is_not_yaml_is_refused() {
    refused("clusters: [unclosed\n  : :\n", "admin.conf");
}

#[test]
fn a_file_without_current_context_is_refused() {
    refused(
        "apiVersion: v1\nkind: Config\nclusters: []\ncontexts: []\nusers: []\n",
        "current",
    );
}

#[test]
fn embedded_data_that_is_not_base64_or_not_pem_is_refused() {
    let good =
        |root: &Root| std::fs::read_to_string(root.join("/etc/kubernetes/admin.conf")).unwrap();
    let root = Root::new();
    root.control_plane(6443);
    let text = good(&root);
    let ca_line = text
        .lines()
        .find(|l| l.contains("certificate-authority-data:"))
        .unwrap()
        .to_string();
    refused(
        &text.replace(&ca_line, "    certificate-authority-data: not*base64!"),
        "base64",
    );
    refused(
        &text.replace(&ca_line, "    certificate-authority-data: aGVsbG8gd29ybGQ="),
        "PEM",
    );
}

#[test]
fn without_the_ca_key_the_phase_says_which_phase_to_run() {
    let root = Root::new();
    root.kadm(&["init", "phase", "kubeconfig", "all"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("kadm init phase certs ca"));
    assert!(root.snapshot().is_empty());
}

#[test]
fn dry_run_writes_nothing_and_redacts_keys() {
    let root = Root::new();
    root.kadm(&[
        "init",
        "phase",
        "certs",
        "all",
        "--encryption-algorithm",
        "ECDSA-P256",
    ])
    .assert()
    .success();
    let before = root.snapshot();
    root.kadm(&[
        "init",
        "phase",
        "kubeconfig",
        "all",
        "--dry-run",
        "--encryption-algorithm",
        "ECDSA-P256",
    ])
    .assert()
    .success()
    .stdout(predicate::str::contains("client-key-data: REDACTED"))
    .stdout(predicate::str::contains("LS0tLS1CRUdJTiBFQyBQUklWQVRF").not());
    assert_eq!(root.snapshot(), before);
}

fn base64_decode(text: &str) -> Vec<u8> {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD
        .decode(text)
        .expect("base64")
}

#[test]
fn a_client_key_that_cannot_work_is_refused_naming_the_field() {
    let root = Root::new();
    root.control_plane(6443);
    let text = std::fs::read_to_string(root.join("/etc/kubernetes/admin.conf")).unwrap();
    let other = std::fs::read_to_string(root.join("/etc/kubernetes/super-admin.conf")).unwrap();
    let key_line = |text: &str| {
        text.lines()
            .find(|l| l.contains("client-key-data:"))
            .unwrap()
            .to_string()
    };
    let ours = key_line(&text);
    let key_pem = base64_decode(ours.split_once(": ").unwrap().1);
    let truncated = {
        use base64::Engine as _;
        let cut = &key_pem[..key_pem.len() / 2];
        base64::engine::general_purpose::STANDARD.encode(cut)
    };
    let field = "users[0].user.client-key-data";
    for (label, edited, reason) in [
        (
            "not a key",
            text.replace(&ours, "    client-key-data: aGVsbG8gd29ybGQ="),
            "not a PEM private key",
        ),
        (
            "truncated",
            text.replace(&ours, &format!("    client-key-data: {truncated}")),
            "truncated",
        ),
        (
            "another user's key",
            text.replace(&ours, &key_line(&other)),
            "does not match the client certificate",
        ),
        (
            "missing",
            text.replace(&format!("{ours}\n"), ""),
            "neither users[0].user.client-key-data nor users[0].user.client-key is set",
        ),
    ] {
        assert_ne!(edited, text, "{label}: the edit must change the file");
        refused_in(&root, &edited, reason);
        refused_in(&root, &edited, field);
    }
}
