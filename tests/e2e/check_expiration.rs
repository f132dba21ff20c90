//! `kadm certs check-expiration` against PKIs made by `kadm init` with validity periods of
//! seconds or minutes: kubeadm's tables, the JSON, the Prometheus text (parsed by the Python
//! client's parser), the kubelet rows, `--fail-within`'s exit codes, a leaf from another CA,
//! and bad input.

use std::path::PathBuf;
use std::process::Command as Process;
use std::time::Duration;

use kadm_test_support::fixtures;
use serde_json::Value;

use crate::support::{Root, kadm, snapshot_settings};

/// kubeadm's rows, in its order (kubelet.conf apart).
const CERTIFICATES: [&str; 11] = [
    "admin.conf",
    "apiserver",
    "apiserver-etcd-client",
    "apiserver-kubelet-client",
    "controller-manager.conf",
    "etcd-healthcheck-client",
    "etcd-peer",
    "etcd-server",
    "front-proxy-client",
    "scheduler.conf",
    "super-admin.conf",
];
const AUTHORITIES: [&str; 3] = ["ca", "etcd-ca", "front-proxy-ca"];

/// A full `kadm init` whose certificates live `leaf` and whose CAs live `ca` (Go durations).
fn init_short(root: &Root, leaf: &str, ca: &str) {
    init_with(root, leaf, ca, "");
}

/// [`init_short`] with `extra` lines in the ClusterConfiguration; returns the config file.
fn init_with(root: &Root, leaf: &str, ca: &str, extra: &str) -> PathBuf {
    let config = root.path().join("kadm-config.yaml");
    std::fs::write(
        &config,
        format!(
            "apiVersion: kubeadm.k8s.io/v1beta4\nkind: InitConfiguration\nnodeRegistration:\n  \
             name: node-1\nlocalAPIEndpoint:\n  advertiseAddress: 127.0.0.1\n---\n\
             apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\n\
             certificateValidityPeriod: {leaf}\ncaCertificateValidityPeriod: {ca}\n\
             encryptionAlgorithm: ECDSA-P256\n{extra}"
        ),
    )
    .unwrap();
    succeeds(
        kadm()
            .args(["init", "--rootfs"])
            .arg(root.path())
            .arg("--config")
            .arg(&config),
    );
    config
}

/// Runs a kadm command that must succeed.
fn succeeds(cmd: &mut assert_cmd::Command) {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// `kadm certs check-expiration --rootfs <root> <args>`: (exit code, stdout, stderr).
fn check(root: &Root, args: &[&str]) -> (i32, String, String) {
    let out = kadm()
        .args(["certs", "check-expiration", "--rootfs"])
        .arg(root.path())
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn json(root: &Root, args: &[&str]) -> (i32, Value) {
    let (code, stdout, stderr) = check(root, &[&["-o", "json"][..], args].concat());
    let doc = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stdout}{stderr}"));
    (code, doc)
}

fn rows<'a>(doc: &'a Value, table: &str) -> &'a Vec<Value> {
    doc[table].as_array().unwrap()
}

fn row<'a>(doc: &'a Value, name: &str) -> &'a Value {
    rows(doc, "certificates")
        .iter()
        .chain(rows(doc, "certificateAuthorities"))
        .find(|r| r["name"] == name)
        .unwrap_or_else(|| panic!("no row {name}: {doc:#}"))
}

fn names(doc: &Value, table: &str) -> Vec<String> {
    rows(doc, table)
        .iter()
        .map(|r| r["name"].as_str().unwrap().to_string())
        .collect()
}

/// The table of a two-minute PKI, dates and residual times masked (they move with the clock).
#[test]
fn the_tables_are_kubeadm_s() {
    let root = Root::new();
    init_short(&root, "2m", "10m");
    let (code, stdout, stderr) = check(&root, &[]);
    assert_eq!(code, 0, "{stderr}");
    let mut settings = snapshot_settings(&root);
    settings.add_filter(r"[A-Z][a-z]{2} \d{2}, \d{4} \d{2}:\d{2} UTC", "[DATE]");
    settings.add_filter(r"\b\d+[smhdy]\b", "[LEFT]");
    settings.bind(|| insta::assert_snapshot!("check-expiration-table", stdout));
    // The residual times themselves: under two minutes for leaves, ten for CAs.
    for line in stdout.lines().skip(1).take(CERTIFICATES.len()) {
        assert!(line.contains("   1m   ") || line.contains("s   "), "{line}");
    }
    assert!(stdout.contains("ca                      "), "{stdout}");
    assert!(
        stdout
            .lines()
            .any(|l| l.starts_with("ca ") && (l.contains(" 9m ") || l.contains(" 10m "))),
        "{stdout}"
    );
}

/// The JSON holds the same facts as data: names in kubeadm's order, dates, seconds left, CA,
/// verification; `--fail-within` exits 2 only when something expires within it.
#[test]
fn json_facts_and_fail_within() {
    let root = Root::new();
    init_short(&root, "2m", "10m");
    let (code, doc) = json(&root, &[]);
    assert_eq!(code, 0, "{doc:#}");
    assert_eq!(names(&doc, "certificates"), CERTIFICATES);
    assert_eq!(names(&doc, "certificateAuthorities"), AUTHORITIES);
    for r in rows(&doc, "certificates") {
        let left = r["secondsLeft"].as_i64().unwrap();
        assert!((60..=120).contains(&left), "{r:#}");
        assert_eq!(r["verifiedByCA"], true, "{r:#}");
        assert_eq!(r["externallyManaged"], false, "{r:#}");
        assert!(r["notAfter"].as_str().unwrap().ends_with('Z'), "{r:#}");
    }
    for r in rows(&doc, "certificateAuthorities") {
        let left = r["secondsLeft"].as_i64().unwrap();
        assert!((500..=600).contains(&left), "{r:#}");
    }
    let apiserver = row(&doc, "apiserver");
    assert_eq!(apiserver["ca"], "ca");
    assert_eq!(apiserver["path"], "/etc/kubernetes/pki/apiserver.crt");
    assert!(
        apiserver["subject"]
            .as_str()
            .unwrap()
            .contains("kube-apiserver")
    );
    assert!(
        apiserver["sans"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s == "kubernetes.default.svc"),
        "{apiserver:#}"
    );
    assert_eq!(row(&doc, "etcd-peer")["ca"], "etcd-ca");
    assert_eq!(row(&doc, "front-proxy-client")["ca"], "front-proxy-ca");

    // Nothing within one second; everything within an hour; days count as 24 h.
    assert_eq!(check(&root, &["--fail-within", "1s"]).0, 0);
    let (code, _, stderr) = check(&root, &["--fail-within", "1h"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("apiserver (1m)") || stderr.contains("apiserver ("),
        "{stderr}"
    );
    assert!(
        stderr.contains("ca ("),
        "the CAs expire within the hour too: {stderr}"
    );
    assert_eq!(check(&root, &["--fail-within", "1d"]).0, 2);
    // A usage error is 1 here: 2 means "expiring".
    let (code, _, stderr) = check(&root, &["--fail-within", "soon"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("30d"), "{stderr}");
}

/// An expired certificate (signed by the cluster CA, so it verifies): residual time
/// `<invalid>` as kubeadm, negative seconds, exit 2 even with `--fail-within 0s`.
#[test]
fn expired_certificates() {
    let root = Root::new();
    init_short(&root, "2m", "10m");
    let ca = cluster_ca(&root);
    let (cert, _) = signed_for(&ca, "kube-apiserver", &[], 1);
    std::fs::write(root.pki().join("apiserver.crt"), cert).unwrap();
    // kubeadm shows `0s` in the second after expiry, `<invalid>` from the next on.
    std::thread::sleep(Duration::from_millis(3500));
    let (code, stdout, _) = check(&root, &[]);
    assert_eq!(code, 0);
    let apiserver = stdout
        .lines()
        .find(|l| l.starts_with("apiserver "))
        .unwrap();
    assert!(apiserver.contains("<invalid>"), "{stdout}");
    let (_, doc) = json(&root, &[]);
    assert!(row(&doc, "apiserver")["secondsLeft"].as_i64().unwrap() < 0);
    assert_eq!(row(&doc, "apiserver")["verifiedByCA"], true);
    let (code, _, stderr) = check(&root, &["--fail-within", "0s"]);
    assert_eq!(code, 2, "{stderr}");
    assert_eq!(
        stderr.trim(),
        "expiring within --fail-within 0s: apiserver (<invalid>)"
    );
}

/// The metrics parse with the Prometheus Python client's own parser, and carry the facts.
#[test]
fn prometheus_text_parses_with_a_real_parser() {
    let root = Root::new();
    init_short(&root, "2m", "10m");
    replace_with_foreign_leaf(&root, "apiserver");
    let (code, stdout, stderr) = check(&root, &["-o", "prometheus"]);
    assert_eq!(code, 0, "{stderr}");
    let samples = parse_prometheus(&stdout);
    let get = |metric: &str, name: &str| {
        samples
            .iter()
            .find(|s| s["metric"] == metric && s["labels"]["name"] == name)
            .unwrap_or_else(|| panic!("no {metric} for {name}: {stdout}"))
    };
    let expiry = get("kadm_certificate_expiry_seconds", "etcd-server");
    assert_eq!(expiry["type"], "gauge");
    assert_eq!(expiry["labels"]["ca"], "etcd-ca");
    assert_eq!(
        expiry["labels"]["path"],
        "/etc/kubernetes/pki/etcd/server.crt"
    );
    let seconds = expiry["value"].as_f64().unwrap();
    assert!((60.0..=120.0).contains(&seconds), "{seconds}");
    assert_eq!(
        get("kadm_certificate_verified", "etcd-server")["value"],
        1.0
    );
    assert_eq!(get("kadm_certificate_verified", "apiserver")["value"], 0.0);
    assert_eq!(
        get("kadm_certificate_readable", "kubelet-client-current.pem")["value"],
        0.0
    );
    let families: Vec<&str> = samples
        .iter()
        .map(|s| s["metric"].as_str().unwrap())
        .collect();
    assert!(families.contains(&"kadm_kubelet_conf_uses_rotated_certificate"));
}

/// Parses exposition text with `prometheus_client.parser` (PyPI `prometheus-client`, installed
/// by .ci/run); returns each sample with its family's type.
fn parse_prometheus(text: &str) -> Vec<Value> {
    const SCRIPT: &str = "import json, sys\n\
        from prometheus_client.parser import text_string_to_metric_families\n\
        out = []\n\
        for f in text_string_to_metric_families(sys.stdin.read()):\n\
        \x20   for s in f.samples:\n\
        \x20       out.append({'metric': s.name, 'type': f.type, 'help': f.documentation, 'labels': s.labels, 'value': s.value})\n\
        print(json.dumps(out))\n";
    let mut child = Process::new("python3")
        .args(["-c", SCRIPT])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("python3 runs the Prometheus client's parser");
    use std::io::Write as _;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains("No module named 'prometheus_client'"),
        "the Python package prometheus-client is needed: python3 -m pip install \
         prometheus-client==0.26.0 (.ci/run does)"
    );
    assert!(
        out.status.success(),
        "the parser refused the text: {stderr}\n{text}"
    );
    let samples: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    for s in &samples {
        assert!(!s["help"].as_str().unwrap_or_default().is_empty(), "{s}");
    }
    samples
}

/// A client certificate and key (PEM) signed by `ca`, valid `seconds` from now (and, as every
/// kadm certificate, from five minutes before).
fn signed_for(
    ca: &kadm_pki::CertifiedKey,
    cn: &str,
    orgs: &[&str],
    seconds: u64,
) -> (String, String) {
    let spec = kadm_pki::CertSpec {
        common_name: cn.to_string(),
        organizations: orgs.iter().map(ToString::to_string).collect(),
        dns_names: Vec::new(),
        ip_addresses: Vec::new(),
        is_ca: false,
        extended_usages: vec![kadm_pki::ExtendedUsage::ClientAuth],
        validity: Duration::from_secs(seconds),
    };
    let signed = kadm_pki::sign(&spec, fixtures::key(), ca)
        .unwrap()
        .certified;
    (signed.cert.to_pem().to_string(), signed.key.to_pem())
}

/// The cluster CA kadm init made, with its key.
fn cluster_ca(root: &Root) -> kadm_pki::CertifiedKey {
    let fs = kadm_node_fs::Root::host();
    kadm_pki::load_pair(&fs, &root.pki().join("ca.crt"), &root.pki().join("ca.key")).unwrap()
}

/// Replaces `<name>.crt` with a certificate of the same subject signed by another CA that has
/// the cluster CA's very name (a CA from an earlier `kadm init`).
fn replace_with_foreign_leaf(root: &Root, name: &str) -> PathBuf {
    let other = fixtures::new_ca("kubernetes");
    let (cert, _) = fixtures::client_pem(&other, "kube-apiserver", &[]);
    let path = root.pki().join(format!("{name}.crt"));
    std::fs::write(&path, cert).unwrap();
    path
}

/// A leaf signed by a CA that is not the one on disk does not verify, though its dates are fine
/// and its issuer has the same name.
#[test]
fn a_leaf_from_another_ca_does_not_verify() {
    let root = Root::new();
    init_short(&root, "2m", "10m");
    replace_with_foreign_leaf(&root, "apiserver");
    let (code, doc) = json(&root, &[]);
    assert_eq!(code, 0);
    let apiserver = row(&doc, "apiserver");
    assert_eq!(apiserver["verifiedByCA"], false, "{apiserver:#}");
    let why = apiserver["verifyError"].as_str().unwrap();
    assert!(
        why.contains("/etc/kubernetes/pki/apiserver.crt")
            && why.contains("/etc/kubernetes/pki/ca.crt")
            && why.contains("\"kubernetes\""),
        "{why}"
    );
    assert_eq!(row(&doc, "apiserver-kubelet-client")["verifiedByCA"], true);
    let (_, stdout, _) = check(&root, &[]);
    let notes = stdout.split("NOTES\n").nth(1).unwrap_or_default();
    assert!(
        notes.contains("apiserver: /etc/kubernetes/pki/apiserver.crt: not signed by"),
        "{stdout}"
    );
}

/// The kubelet's rows: kubelet.conf embedding its certificate is flagged with the fix; once
/// cert-rotation pointed it at the rotated pem, the pem's window and state are shown.
#[test]
fn kubelet_rows() {
    let root = Root::new();
    init_short(&root, "2m", "10m");
    let ca = cluster_ca(&root);
    let (_, doc) = json(&root, &[]);
    let conf = &doc["kubelet"]["kubeletConf"];
    assert_eq!(conf["uses"], "embedded", "{conf:#}");
    assert_eq!(
        conf["fix"],
        "kadm init phase kubelet-finalize cert-rotation"
    );
    assert_eq!(doc["kubelet"]["clientCertificate"]["missing"], true);

    fixtures::install_rotated_pem(
        root.path(),
        fixtures::KUBELET_PKI,
        fixtures::node_pem(&ca).as_bytes(),
    );
    let (_, doc) = json(&root, &[]);
    let conf = &doc["kubelet"]["kubeletConf"];
    assert!(
        conf["finding"]
            .as_str()
            .unwrap()
            .contains("while the kubelet rotates"),
        "{conf:#}"
    );
    let pem = &doc["kubelet"]["clientCertificate"];
    assert_eq!(pem["rotation"], "valid", "{pem:#}");
    assert_eq!(pem["verifiedByCA"], true, "{pem:#}");
    let window = &pem["renewalWindow"];
    assert!(window["start"].as_str().unwrap() < window["end"].as_str().unwrap());
    // A year asked, cut to the CA's own ten minutes.
    let left = pem["secondsLeft"].as_i64().unwrap();
    assert!((500..=600).contains(&left), "{pem:#}");

    succeeds(
        kadm()
            .args([
                "init",
                "phase",
                "kubelet-finalize",
                "cert-rotation",
                "--rootfs",
            ])
            .arg(root.path())
            .args(["--node-name", fixtures::NODE]),
    );
    let (_, doc) = json(&root, &[]);
    let conf = &doc["kubelet"]["kubeletConf"];
    assert_eq!(conf["uses"], "rotated-pem", "{conf:#}");
    assert_eq!(conf["finding"], Value::Null);
    let (_, stdout, _) = check(&root, &[]);
    let pem_line = stdout
        .lines()
        .find(|l| l.starts_with("kubelet-client-current.pem"))
        .unwrap();
    assert!(pem_line.ends_with("valid"), "{stdout}");
    assert!(
        !stdout.contains("kubelet-finalize cert-rotation"),
        "{stdout}"
    );

    // Backdated by five minutes and valid ten seconds more: past 90% of its life, not renewed.
    let (cert, key) = signed_for(
        &ca,
        &format!("system:node:{}", fixtures::NODE),
        &["system:nodes"],
        10,
    );
    let pem = format!("{cert}{key}");
    fixtures::install_rotated_pem(root.path(), fixtures::KUBELET_PKI, pem.as_bytes());
    let (_, doc) = json(&root, &[]);
    let pem = &doc["kubelet"]["clientCertificate"];
    assert_eq!(pem["rotation"], "overdue", "{pem:#}");
    assert!(
        pem["finding"].as_str().unwrap().contains("kubectl get csr"),
        "{pem:#}"
    );
    assert_eq!(check(&root, &["--fail-within", "1m"]).0, 2);
}

/// `-o yaml` holds the JSON's facts; a CA without its key makes its rows externally managed;
/// a kubelet.conf naming another file is flagged with the fix.
#[test]
fn yaml_external_ca_and_a_kubelet_conf_naming_another_file() {
    let root = Root::new();
    init_short(&root, "2m", "10m");
    let (_, doc) = json(&root, &[]);
    let (code, yaml, _) = check(&root, &["-o", "yaml"]);
    assert_eq!(code, 0);
    let from_yaml: Value = serde_saphyr::from_str(&yaml).unwrap();
    assert_eq!(names(&from_yaml, "certificates"), CERTIFICATES);
    assert_eq!(
        row(&from_yaml, "etcd-peer")["notAfter"],
        row(&doc, "etcd-peer")["notAfter"]
    );

    std::fs::remove_file(root.pki().join("front-proxy-ca.key")).unwrap();
    let (_, doc) = json(&root, &[]);
    assert_eq!(row(&doc, "front-proxy-ca")["externallyManaged"], true);
    assert_eq!(row(&doc, "front-proxy-client")["externallyManaged"], true);
    assert_eq!(row(&doc, "apiserver")["externallyManaged"], false);
    let (_, stdout, _) = check(&root, &[]);
    let line = stdout
        .lines()
        .find(|l| l.starts_with("front-proxy-client "))
        .unwrap();
    assert!(line.ends_with("yes     "), "{line:?}");

    let conf = root.join("/etc/kubernetes/kubelet.conf");
    let (cert, key) = signed_for(
        &cluster_ca(&root),
        "system:node:node-1",
        &["system:nodes"],
        60,
    );
    std::fs::write(
        root.join("/etc/kubernetes/node.pem"),
        format!("{cert}{key}"),
    )
    .unwrap();
    let text = std::fs::read_to_string(&conf).unwrap();
    let text: String = text
        .lines()
        .map(|l| match l.trim_start() {
            t if t.starts_with("client-certificate-data:") => {
                "    client-certificate: node.pem".to_string()
            }
            t if t.starts_with("client-key-data:") => "    client-key: node.pem".to_string(),
            _ => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(&conf, text).unwrap();
    let (_, doc) = json(&root, &[]);
    let conf = &doc["kubelet"]["kubeletConf"];
    assert_eq!(conf["uses"], "other-file", "{conf:#}");
    assert!(
        conf["secondsLeft"].as_i64().unwrap() <= 60,
        "the file's certificate: {conf:#}"
    );
    let finding = conf["finding"].as_str().unwrap();
    assert!(
        finding.contains("\"/etc/kubernetes/node.pem\"")
            && finding.contains("kubelet-finalize cert-rotation"),
        "{finding}"
    );
}

/// `--config` gives the certificate directory (`certificatesDir`); `--cert-dir` overrides it.
#[test]
fn the_config_s_certificates_dir() {
    let root = Root::new();
    let config = init_with(&root, "2m", "10m", "certificatesDir: /srv/pki\n");
    let config = config.to_str().unwrap();
    assert_eq!(check(&root, &[]).0, 1, "nothing in /etc/kubernetes/pki");
    let (code, doc) = json(&root, &["--config", config]);
    assert_eq!(code, 0, "{doc:#}");
    assert_eq!(row(&doc, "apiserver")["path"], "/srv/pki/apiserver.crt");
    assert_eq!(row(&doc, "admin.conf")["verifiedByCA"], true);
    let (code, _) = json(
        &root,
        &["--config", config, "--cert-dir", "/etc/kubernetes/pki"],
    );
    assert_eq!(code, 1);
}

/// A directory that is not a PKI: every row missing, a clear message, exit 1.
#[test]
fn a_directory_that_is_not_a_pki() {
    let root = Root::new();
    std::fs::create_dir_all(root.join("/srv/photos")).unwrap();
    std::fs::write(root.join("/srv/photos/cat.jpg"), b"\xff\xd8").unwrap();
    let (code, stdout, stderr) = check(&root, &["--cert-dir", "/srv/photos"]);
    assert_eq!(code, 1, "{stdout}{stderr}");
    for name in CERTIFICATES.iter().chain(&AUTHORITIES) {
        assert!(
            stdout.contains(&format!("!MISSING! {name} ")),
            "{name}: {stdout}"
        );
    }
    assert!(
        stderr.contains("\"/srv/photos\"") && stderr.contains("not a node's PKI"),
        "{stderr}"
    );
    assert!(
        !stderr.contains(&root.path().display().to_string()),
        "{stderr}"
    );
}

/// A corrupt PEM is an `!INVALID!` row naming the file, the rest is reported, exit 1.
#[test]
fn a_corrupt_pem_is_a_row() {
    let root = Root::new();
    init_short(&root, "2m", "10m");
    let secret = "-----BEGIN CERTIFICATE-----\nTOPSECRETNOTBASE64!!\n-----END CERTIFICATE-----\n";
    std::fs::write(root.pki().join("etcd/server.crt"), secret).unwrap();
    std::fs::write(root.join("/etc/kubernetes/scheduler.conf"), "users: [").unwrap();
    let (code, stdout, stderr) = check(&root, &[]);
    assert_eq!(code, 1, "{stdout}{stderr}");
    assert!(stdout.contains("!INVALID! etcd-server "), "{stdout}");
    assert!(stdout.contains("!INVALID! scheduler.conf "), "{stdout}");
    assert!(
        stdout.lines().any(|l| l.starts_with("etcd-peer ")),
        "{stdout}"
    );
    assert!(stderr.contains("etcd-server, scheduler.conf"), "{stderr}");
    assert!(!stdout.contains("TOPSECRET") && !stderr.contains("TOPSECRET"));
    let (_, doc) = json(&root, &[]);
    let error = row(&doc, "etcd-server")["error"].as_str().unwrap();
    assert!(
        error.contains("/etc/kubernetes/pki/etcd/server.crt"),
        "{error}"
    );
    assert!(
        !error.contains(&root.path().display().to_string()),
        "{error}"
    );
}
