//! Cross-check with the real kubectl: what kadm writes, kubectl reads the same way.
//!
//! kubectl 1.33 is found by `kadm_test_support::Peer::Kubectl` (the plain `kubectl` on `PATH` is a
//! dispatcher that may contact servers, so it is never run). Without it the tests are ignored,
//! except in CI where they fail.

use std::path::Path;
use std::process::Command;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use kadm_kubeconfig_model::KubeConfig;
use kadm_test_peers::Peer;
use serde_json::Value;

/// `kubectl config view --raw -o json` of `file`, parsed.
fn config_view(kubectl: &Path, file: &Path, home: &Path) -> Value {
    let output = Command::new(kubectl)
        .args(["config", "view", "--raw", "-o", "json", "--kubeconfig"])
        .arg(file)
        .env("HOME", home)
        .env_remove("KUBECONFIG")
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "kubectl config view failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap()
}

#[test]
#[cfg_attr(kadm_skip_kubectl, ignore = "needs kubectl 1.33, not found")]
fn kubectl_reads_a_new_single_file() {
    let kubectl = Peer::Kubectl.require();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("admin.conf");
    let ca = b"-----BEGIN CERTIFICATE-----\nQ0E=\n-----END CERTIFICATE-----\n";
    let cert = b"-----BEGIN CERTIFICATE-----\nQ0VSVA==\n-----END CERTIFICATE-----\n";
    let key = b"-----BEGIN EC PRIVATE KEY-----\nS0VZ\n-----END EC PRIVATE KEY-----\n";
    let config = KubeConfig::new_single(
        "kubernetes",
        "https://127.0.0.1:6443",
        ca,
        "kubernetes-admin",
        cert,
        key,
    );
    std::fs::write(&file, config.to_yaml()).unwrap();

    let view = config_view(&kubectl, &file, dir.path());
    assert_eq!(view["apiVersion"], "v1");
    assert_eq!(view["kind"], "Config");
    assert_eq!(view["current-context"], "kubernetes-admin@kubernetes");
    assert_eq!(view["clusters"].as_array().unwrap().len(), 1);
    assert_eq!(view["clusters"][0]["name"], "kubernetes");
    let cluster = &view["clusters"][0]["cluster"];
    assert_eq!(cluster["server"], "https://127.0.0.1:6443");
    assert_eq!(cluster["certificate-authority-data"], STANDARD.encode(ca));
    assert_eq!(view["contexts"][0]["name"], "kubernetes-admin@kubernetes");
    assert_eq!(view["contexts"][0]["context"]["cluster"], "kubernetes");
    assert_eq!(view["contexts"][0]["context"]["user"], "kubernetes-admin");
    assert_eq!(view["users"][0]["name"], "kubernetes-admin");
    let user = &view["users"][0]["user"];
    assert_eq!(user["client-certificate-data"], STANDARD.encode(cert));
    assert_eq!(user["client-key-data"], STANDARD.encode(key));
}

#[test]
#[cfg_attr(kadm_skip_kubectl, ignore = "needs kubectl 1.33, not found")]
fn kubectl_reads_the_fields_kadm_only_carries() {
    let kubectl = Peer::Kubectl.require();
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("source.conf");
    let file = dir.path().join("rewritten.conf");
    let text = "\
apiVersion: v1
kind: Config
clusters:
- name: c
  cluster:
    server: https://127.0.0.1:6443
    tls-server-name: api.internal
    proxy-url: http://127.0.0.1:3128
users:
- name: u
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1
      command: /usr/local/bin/get-token
      args: [--audience, \"42\"]
      interactiveMode: Never
    as: someone
contexts:
- name: ctx
  context:
    cluster: c
    user: u
    namespace: team-a
current-context: ctx
";
    let config = KubeConfig::from_yaml(text, &source).unwrap();
    std::fs::write(&file, config.to_yaml()).unwrap();

    let view = config_view(&kubectl, &file, dir.path());
    let cluster = &view["clusters"][0]["cluster"];
    assert_eq!(cluster["tls-server-name"], "api.internal");
    assert_eq!(cluster["proxy-url"], "http://127.0.0.1:3128");
    let user = &view["users"][0]["user"];
    assert_eq!(user["exec"]["command"], "/usr/local/bin/get-token");
    assert_eq!(user["exec"]["args"][1], "42");
    assert_eq!(user["exec"]["interactiveMode"], "Never");
    assert_eq!(user["as"], "someone");
    assert_eq!(view["contexts"][0]["context"]["namespace"], "team-a");
    assert_eq!(view["current-context"], "ctx");
}

#[test]
#[cfg_attr(kadm_skip_kubectl, ignore = "needs kubectl 1.33, not found")]
fn kubectl_writes_the_same_bytes_for_the_same_content() {
    let kubectl = Peer::Kubectl.require();
    let dir = tempfile::tempdir().unwrap();
    let pem = |label: &str, body: &str| {
        format!("-----BEGIN {label}-----\n{body}\n-----END {label}-----\n")
    };
    let (ca, cert, key) = (
        pem("CERTIFICATE", "Q0E="),
        pem("CERTIFICATE", "Q0VSVA=="),
        pem("RSA PRIVATE KEY", "S0VZ"),
    );
    for (name, content) in [("ca.crt", &ca), ("client.crt", &cert), ("client.key", &key)] {
        std::fs::write(dir.path().join(name), content).unwrap();
    }
    let file = dir.path().join("kubelet.conf");
    let (cluster, user, context) = (
        "kubernetes",
        "system:node:worker-1",
        "system:node:worker-1@kubernetes",
    );
    let steps: [&[&str]; 4] = [
        &[
            "set-cluster",
            cluster,
            "--server=https://127.0.0.1:6443",
            "--certificate-authority=ca.crt",
            "--embed-certs",
        ],
        &[
            "set-credentials",
            user,
            "--client-certificate=client.crt",
            "--client-key=client.key",
            "--embed-certs",
        ],
        &["set-context", context, "--cluster", cluster, "--user", user],
        &["use-context", context],
    ];
    for args in steps {
        let output = Command::new(&kubectl)
            .arg("config")
            .args(args)
            .arg("--kubeconfig")
            .arg(&file)
            .current_dir(dir.path())
            .env("HOME", dir.path())
            .env_remove("KUBECONFIG")
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "kubectl config {args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let written_by_kubectl = std::fs::read_to_string(&file).unwrap();

    let ours = KubeConfig::new_single(
        cluster,
        "https://127.0.0.1:6443",
        ca.as_bytes(),
        user,
        cert.as_bytes(),
        key.as_bytes(),
    );
    assert_eq!(ours.to_yaml(), written_by_kubectl);
}

#[test]
#[cfg_attr(kadm_skip_kubectl, ignore = "needs kubectl 1.33, not found")]
fn kubectl_reads_our_json_and_prints_the_same_json() {
    let kubectl = Peer::Kubectl.require();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("user.json");
    let config = KubeConfig::new_single(
        "kubernetes",
        "https://127.0.0.1:6443",
        b"CA PEM",
        "ci-robot",
        b"CERT PEM",
        b"KEY PEM",
    );
    let text = config.to_json();
    std::fs::write(&file, &text).unwrap();

    let ours: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(config_view(&kubectl, &file, dir.path()), ours);
}
