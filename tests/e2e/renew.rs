//! `kadm certs renew` and `kadm certs certificate-key` on the built binary, judged by openssl
//! (`x509 -text`, `verify`) and by kubectl 1.33 against a client-certificate TLS server.

use std::os::unix::fs::PermissionsExt as _;
use std::path::Path;
use std::process::Command;

use predicates::prelude::*;

use kadm_test_support::Peer;

use crate::support::{Root, TlsServer, free_port, kadm, kubectl_get_raw, run};

/// `kadm certs renew <args> --rootfs <root>`.
fn renew(root: &Root, args: &[&str]) -> assert_cmd::Command {
    let mut cmd = kadm();
    cmd.args(["certs", "renew"])
        .args(args)
        .arg("--rootfs")
        .arg(root.path());
    cmd
}

fn openssl(args: &[&str], file: &Path) -> String {
    let (ok, out, err) = run(Command::new(Peer::Openssl.require()).args(args).arg(file));
    assert!(ok, "openssl {args:?} {}: {err}", file.display());
    out
}

/// `openssl x509 -text -noout` without what a renewal changes by design: serial, dates, public
/// key, subject key identifier and signature.
fn identity(cert: &Path) -> String {
    let text = openssl(&["x509", "-text", "-noout", "-in"], cert);
    let mut kept = Vec::new();
    let mut skip_indented_after = 0usize;
    let mut skipping_block = false;
    for line in text.lines() {
        let indent = line.len() - line.trim_start().len();
        let t = line.trim();
        if skipping_block {
            if indent > skip_indented_after {
                continue;
            }
            skipping_block = false;
        }
        let block = [
            "Serial Number:",
            "Subject Public Key Info:",
            "X509v3 Subject Key Identifier:",
            "Signature Value:",
        ];
        if block.iter().any(|b| t.starts_with(b)) {
            skipping_block = true;
            skip_indented_after = indent;
            continue;
        }
        if t.starts_with("Not Before") || t.starts_with("Not After") {
            continue;
        }
        kept.push(line.to_string());
    }
    kept.join("\n")
}

/// The public key of a certificate, or of a private key, as PEM.
fn public_key_of_cert(cert: &Path) -> String {
    openssl(&["x509", "-noout", "-pubkey", "-in"], cert)
}

fn public_key_of_key(key: &Path) -> String {
    openssl(&["pkey", "-pubout", "-in"], key)
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o7777
}

/// (certificate name, file base, CA base) of every leaf `renew all` renews.
const LEAVES: [(&str, &str, &str); 7] = [
    ("apiserver", "apiserver", "ca"),
    ("apiserver-kubelet-client", "apiserver-kubelet-client", "ca"),
    ("apiserver-etcd-client", "apiserver-etcd-client", "etcd/ca"),
    ("front-proxy-client", "front-proxy-client", "front-proxy-ca"),
    ("etcd-server", "etcd/server", "etcd/ca"),
    ("etcd-peer", "etcd/peer", "etcd/ca"),
    (
        "etcd-healthcheck-client",
        "etcd/healthcheck-client",
        "etcd/ca",
    ),
];

#[test]
#[cfg_attr(kadm_skip_openssl, ignore = "needs openssl, not found")]
fn renew_all_keeps_identity_changes_key_and_verifies() {
    let root = Root::new();
    root.control_plane(free_port());
    let pki = root.pki();
    // A mode the operator chose is kept.
    std::fs::set_permissions(
        pki.join("apiserver.crt"),
        std::fs::Permissions::from_mode(0o640),
    )
    .unwrap();
    let before: Vec<(String, String, String)> = LEAVES
        .iter()
        .map(|(_, base, _)| {
            let crt = pki.join(format!("{base}.crt"));
            let key = pki.join(format!("{base}.key"));
            (
                identity(&crt),
                std::fs::read_to_string(&crt).unwrap(),
                public_key_of_key(&key),
            )
        })
        .collect();
    let cas: Vec<Vec<u8>> = ["ca", "front-proxy-ca", "etcd/ca"]
        .iter()
        .map(|ca| std::fs::read(pki.join(format!("{ca}.key"))).unwrap())
        .collect();

    renew(&root, &["all"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "You must restart the kube-apiserver, kube-controller-manager, kube-scheduler and etcd, so that they can use the new certificates.",
        ))
        .stdout(predicate::str::contains(
            "certificate for serving the Kubernetes API renewed (apiserver): its expiry was ",
        ));

    for ((name, base, ca), (old_identity, old_pem, old_pub)) in LEAVES.iter().zip(before) {
        let crt = pki.join(format!("{base}.crt"));
        let key = pki.join(format!("{base}.key"));
        assert_ne!(std::fs::read_to_string(&crt).unwrap(), old_pem, "{name}");
        assert_eq!(identity(&crt), old_identity, "{name}: identity changed");
        let ca_file = pki.join(format!("{ca}.crt"));
        let (ok, out, err) = run(Command::new(Peer::Openssl.require())
            .arg("verify")
            .arg("-CAfile")
            .arg(&ca_file)
            .arg(&crt));
        assert!(ok && out.contains(": OK"), "{name} does not verify: {err}");
        let new_pub = public_key_of_cert(&crt);
        assert_ne!(new_pub, old_pub, "{name}: the old key still matches");
        assert_eq!(public_key_of_key(&key), new_pub, "{name}: new key and cert");
        assert_eq!(mode(&key), 0o600, "{name} key mode");
    }
    assert_eq!(mode(&pki.join("apiserver.crt")), 0o640);
    // The CAs are untouched.
    for (ca, old) in ["ca", "front-proxy-ca", "etcd/ca"].iter().zip(cas) {
        assert_eq!(std::fs::read(pki.join(format!("{ca}.key"))).unwrap(), old);
    }
}

#[test]
#[cfg_attr(
    any(kadm_skip_kubectl, kadm_skip_openssl),
    ignore = "needs kubectl 1.33 and openssl, not found"
)]
fn a_renewed_admin_conf_still_authenticates_and_keeps_every_other_line() {
    let kubectl = Peer::Kubectl.require();
    let root = Root::new();
    let port = free_port();
    root.control_plane(port);
    let admin = root.join("/etc/kubernetes/admin.conf");
    // An operator's comment: kept byte for byte, which re-printing the YAML would lose.
    let original = format!(
        "# managed by ops\n{}",
        std::fs::read_to_string(&admin).unwrap()
    );
    std::fs::write(&admin, &original).unwrap();
    let scheduler = std::fs::read(root.join("/etc/kubernetes/scheduler.conf")).unwrap();

    renew(&root, &["admin.conf"])
        .assert()
        .success()
        .stdout(predicate::str::contains("admin.conf renewed (admin.conf)"))
        .stdout(predicate::str::contains("You must restart").not());

    let renewed = std::fs::read_to_string(&admin).unwrap();
    let (old, new): (Vec<&str>, Vec<&str>) =
        (original.lines().collect(), renewed.lines().collect());
    assert_eq!(old.len(), new.len());
    let changed: Vec<&str> = old
        .iter()
        .zip(&new)
        .filter(|(a, b)| a != b)
        .map(|(a, _)| a.trim_start().split(':').next().unwrap())
        .collect();
    assert_eq!(changed, ["client-certificate-data", "client-key-data"]);
    assert_eq!(mode(&admin), 0o600);
    // Only the file named is renewed.
    assert_eq!(
        std::fs::read(root.join("/etc/kubernetes/scheduler.conf")).unwrap(),
        scheduler
    );

    let _server = TlsServer::apiserver(&root, port);
    let (ok, body, err) = kubectl_get_raw(&kubectl, &admin);
    assert!(ok, "the renewed admin.conf is refused: {err}");
    assert!(!body.is_empty());
}

#[test]
fn bad_names_cas_and_keyless_cas_are_refused_and_nothing_is_written() {
    let root = Root::new();
    root.control_plane(free_port());
    let before = root.snapshot();
    renew(&root, &["apiservr"])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "unknown certificate \"apiservr\" (did you mean \"apiserver\"?)",
        ));
    renew(&root, &["ca"])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "\"ca\" is a certificate authority: kadm certs renew does not renew CAs",
        ));
    renew(&root, &["kubelet.conf"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("kubelet-finalize cert-rotation"));
    renew(&root, &["all", "--dry-run"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Would write file"))
        .stdout(predicate::str::contains("would be renewed (etcd-peer)"));
    assert_eq!(root.snapshot(), before, "a refusal or a dry run wrote");

    // External CA mode for front-proxy-ca: its leaf is refused by name, skipped by `all`.
    let key = root.pki().join("front-proxy-ca.key");
    std::fs::remove_file(&key).unwrap();
    let before = root.snapshot();
    renew(&root, &["front-proxy-client"])
        .assert()
        .failure()
        .stderr(predicate::str::contains(format!(
            "{}: the key of CA \"front-proxy-ca\" is absent (external CA mode)",
            key.display()
        )))
        .stderr(predicate::str::contains("kadm certs generate-csr"));
    assert_eq!(root.snapshot(), before);
    let client = std::fs::read(root.pki().join("front-proxy-client.crt")).unwrap();
    let apiserver = std::fs::read(root.pki().join("apiserver.crt")).unwrap();
    renew(&root, &["all"])
        .assert()
        .success()
        .stderr(predicate::str::contains("external CA mode"));
    assert_eq!(
        std::fs::read(root.pki().join("front-proxy-client.crt")).unwrap(),
        client
    );
    assert_ne!(
        std::fs::read(root.pki().join("apiserver.crt")).unwrap(),
        apiserver
    );

    // No CA at all: refused, naming the CA certificate.
    for file in ["etcd/ca.crt", "etcd/ca.key"] {
        std::fs::remove_file(root.pki().join(file)).unwrap();
    }
    let before = root.snapshot();
    renew(&root, &["etcd-peer"])
        .assert()
        .failure()
        .stderr(predicate::str::contains(format!(
            "{}: the CA certificate is missing",
            root.pki().join("etcd/ca.crt").display()
        )));
    assert_eq!(root.snapshot(), before);
}

#[test]
fn the_validity_is_certificate_validity_period_from_the_config() {
    let root = Root::new();
    root.control_plane(free_port());
    let config = root.path().join("kubeadm.yaml");
    std::fs::write(
        &config,
        "apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\ncertificateValidityPeriod: 48h\n",
    )
    .unwrap();
    let out = renew(
        &root,
        &["etcd-server", "--config", config.to_str().unwrap()],
    )
    .assert()
    .success()
    .get_output()
    .stdout
    .clone();
    let out = String::from_utf8(out).unwrap();
    let crt = root.pki().join("etcd/server.crt");
    let pem = std::fs::read_to_string(&crt).unwrap();
    let cert = kadm_pki::Certificate::from_pem(&pem, &crt).unwrap();
    let left = cert.not_after() - time::OffsetDateTime::now_utc();
    assert!(
        left <= time::Duration::hours(48) && left > time::Duration::hours(47),
        "{left}"
    );
    assert!(out.contains(&kadm_pki::fmt_time(cert.not_after())), "{out}");
}

#[test]
fn certificate_key_is_64_hex_digits_new_each_run() {
    let key = || {
        let out = kadm()
            .args(["certs", "certificate-key"])
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        String::from_utf8(out).unwrap().trim_end().to_string()
    };
    let (a, b) = (key(), key());
    for k in [&a, &b] {
        assert_eq!(k.len(), 64, "{k}");
        assert!(
            k.chars()
                .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
        );
    }
    assert_ne!(a, b);
}

/// The extended key usages an external CA gives each CSR kadm makes (`openssl x509 -extfile`).
fn usages_of(name: &str) -> &'static str {
    match name {
        "apiserver" => "serverAuth",
        "etcd-server" | "etcd-peer" => "serverAuth,clientAuth",
        _ => "clientAuth",
    }
}

/// Signs `csr` into `crt` with an openssl CA, as an external CA would.
fn openssl_sign(ca_dir: &Path, ca: &str, csr: &Path, crt: &Path, usages: &str) {
    let ext = ca_dir.join("ext.cnf");
    std::fs::write(
        &ext,
        format!(
            "basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage={usages}\n"
        ),
    )
    .unwrap();
    let ca_base = ca_dir.join(ca.replace('/', "-"));
    let (ok, _, err) = run(Command::new(Peer::Openssl.require())
        .args([
            "x509",
            "-req",
            "-days",
            "30",
            "-copy_extensions",
            "copyall",
            "-in",
        ])
        .arg(csr)
        .arg("-CA")
        .arg(ca_base.with_extension("crt"))
        .arg("-CAkey")
        .arg(ca_base.with_extension("key"))
        .arg("-CAcreateserial")
        .arg("-extfile")
        .arg(&ext)
        .arg("-out")
        .arg(crt));
    assert!(ok, "openssl x509 -req {}: {err}", csr.display());
}

#[test]
#[cfg_attr(kadm_skip_openssl, ignore = "needs openssl, not found")]
fn generate_csr_signed_by_an_external_ca_is_accepted_by_init_in_external_ca_mode() {
    use base64::Engine as _;
    let b64 = |bytes: &[u8]| base64::engine::general_purpose::STANDARD.encode(bytes);
    let root = Root::new();
    let config = root.path().join("kubeadm.yaml");
    std::fs::write(
        &config,
        "apiVersion: kubeadm.k8s.io/v1beta4\nkind: InitConfiguration\nlocalAPIEndpoint:\n  advertiseAddress: 127.0.0.1\nnodeRegistration:\n  name: node-1\n---\napiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nencryptionAlgorithm: ECDSA-P256\n",
    )
    .unwrap();
    let config = config.to_str().unwrap().to_string();
    let csr_run = || {
        let mut cmd = kadm();
        cmd.args(["certs", "generate-csr", "--config", &config, "--rootfs"])
            .arg(root.path());
        cmd
    };
    let empty = root.snapshot();
    csr_run()
        .arg("--dry-run")
        .assert()
        .success()
        .stdout(predicate::str::contains("Would write file"));
    assert_eq!(root.snapshot(), empty, "a dry run wrote");
    csr_run()
        .assert()
        .success()
        .stdout(predicate::str::contains("key and CSR for apiserver"));
    // A second run replaces nothing.
    let before = root.snapshot();
    csr_run()
        .assert()
        .failure()
        .stderr(predicate::str::contains("already exists"));
    assert_eq!(root.snapshot(), before);

    // The external CAs: made by openssl, kept off the node (only their certificates go there).
    let outside = tempfile::tempdir().unwrap();
    let pki = root.pki();
    for (ca, cn) in [
        ("ca", "kubernetes"),
        ("front-proxy-ca", "front-proxy-ca"),
        ("etcd/ca", "etcd-ca"),
    ] {
        let base = outside.path().join(ca.replace('/', "-"));
        let (ok, _, err) = run(Command::new(Peer::Openssl.require())
            .args([
                "req",
                "-x509",
                "-newkey",
                "ec",
                "-pkeyopt",
                "ec_paramgen_curve:P-256",
                "-nodes",
                "-days",
                "60",
                "-subj",
            ])
            .arg(format!("/CN={cn}"))
            .args([
                "-addext",
                "basicConstraints=critical,CA:TRUE",
                "-addext",
                "keyUsage=critical,digitalSignature,keyEncipherment,keyCertSign",
                "-keyout",
            ])
            .arg(base.with_extension("key"))
            .arg("-out")
            .arg(base.with_extension("crt")));
        assert!(ok, "openssl req {ca}: {err}");
        std::fs::copy(base.with_extension("crt"), pki.join(format!("{ca}.crt"))).unwrap();
    }
    for (name, base, ca) in LEAVES {
        openssl_sign(
            outside.path(),
            ca,
            &pki.join(format!("{base}.csr")),
            &pki.join(format!("{base}.crt")),
            usages_of(name),
        );
    }
    let ca_pem = std::fs::read(pki.join("ca.crt")).unwrap();
    let kubeconfigs = [
        "admin.conf",
        "super-admin.conf",
        "kubelet.conf",
        "controller-manager.conf",
        "scheduler.conf",
    ];
    for file in kubeconfigs {
        let conf = root.join(&format!("/etc/kubernetes/{file}"));
        let crt = outside.path().join(format!("{file}.crt"));
        openssl_sign(
            outside.path(),
            "ca",
            &root.join(&format!("/etc/kubernetes/{file}.csr")),
            &crt,
            "clientAuth",
        );
        // What the operator does by hand: the signed certificate and the CA into the file.
        let text = std::fs::read_to_string(&conf).unwrap();
        let text = text
            .replace(
                "    client-key-data:",
                &format!(
                    "    client-certificate-data: {}\n    client-key-data:",
                    b64(&std::fs::read(&crt).unwrap())
                ),
            )
            .replace(
                "    server:",
                &format!(
                    "    certificate-authority-data: {}\n    server:",
                    b64(&ca_pem)
                ),
            );
        std::fs::write(&conf, text).unwrap();
    }

    let signed = root.snapshot();
    let signed_apiserver = std::fs::read(pki.join("apiserver.crt")).unwrap();
    for (phase, says) in [
        ("certs", "External CA mode for ca"),
        ("kubeconfig", "Using existing kubeconfig file"),
    ] {
        root.kadm(&["init", "phase", phase, "all", "--config", &config])
            .assert()
            .success()
            .stdout(predicate::str::contains(says));
    }
    // Every signed certificate and kubeconfig is used as it is; only sa.key/sa.pub are new.
    let after = root.snapshot();
    for (path, bytes) in &signed {
        let now = after.iter().find(|(p, _)| p == path).map(|(_, b)| b);
        assert_eq!(now, Some(bytes), "{} changed", path.display());
    }
    assert!(pki.join("sa.key").exists());
    assert!(!pki.join("ca.key").exists());
    // And the whole `kadm init` runs on them.
    root.kadm(&["init", "--config", &config]).assert().success();
    assert_eq!(
        std::fs::read(pki.join("apiserver.crt")).unwrap(),
        signed_apiserver
    );
}

#[test]
fn a_renewal_never_outlives_its_ca_and_all_reports_missing_files() {
    let root = Root::new();
    let config = root.path().join("short-ca.yaml");
    std::fs::write(
        &config,
        "apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nencryptionAlgorithm: ECDSA-P256\ncaCertificateValidityPeriod: 24h\ncertificateValidityPeriod: 1h\n",
    )
    .unwrap();
    root.kadm(&[
        "init",
        "phase",
        "certs",
        "all",
        "--config",
        config.to_str().unwrap(),
    ])
    .assert()
    .success();
    // Without --config: a year asked for, the CA ends in a day.
    renew(&root, &["apiserver"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "apiserver: the new certificate ends when CA \"ca\" does",
        ));
    let load = |path: &Path| {
        let pem = std::fs::read_to_string(path).unwrap();
        kadm_pki::Certificate::from_pem(&pem, path).unwrap()
    };
    let pki = root.pki();
    assert_eq!(
        load(&pki.join("apiserver.crt")).not_after(),
        load(&pki.join("ca.crt")).not_after()
    );
    // No kubeconfig files: `all` says so for each and renews the certificates.
    let old = std::fs::read(pki.join("etcd/peer.crt")).unwrap();
    renew(&root, &["all"])
        .assert()
        .success()
        .stderr(
            predicate::str::contains("admin.conf: not found").and(predicate::str::contains(
                "create it with `kadm init phase kubeconfig admin`",
            )),
        )
        .stdout(predicate::str::contains("You must restart"));
    assert_ne!(std::fs::read(pki.join("etcd/peer.crt")).unwrap(), old);
    // By name, a missing file is an error.
    renew(&root, &["scheduler.conf"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("scheduler.conf: not found"));
}

#[test]
fn a_kubeconfig_whose_credentials_repeat_is_rewritten_keeping_every_field() {
    let root = Root::new();
    root.control_plane(free_port());
    let admin = root.join("/etc/kubernetes/admin.conf");
    let text = std::fs::read_to_string(&admin).unwrap();
    let field = |name: &str| {
        text.lines()
            .find_map(|l| l.trim().strip_prefix(name))
            .unwrap()
            .trim()
            .to_string()
    };
    let (cert, key) = (field("client-certificate-data:"), field("client-key-data:"));
    // A second user sharing the credentials: replacing the text in place would change both.
    assert!(text.ends_with('\n') && text.trim_end().ends_with(&key));
    std::fs::write(
        &admin,
        format!(
            "{text}- name: copy\n  user:\n    client-certificate-data: {cert}\n    client-key-data: {key}\n"
        ),
    )
    .unwrap();
    renew(&root, &["admin.conf"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "admin.conf: the credentials could not be replaced in place",
        ));
    let renewed = std::fs::read_to_string(&admin).unwrap();
    // The other user keeps its credentials; the current one has new ones.
    assert_eq!(renewed.matches(&cert).count(), 1, "{renewed}");
    assert_eq!(renewed.matches(&key).count(), 1);
    assert!(renewed.contains("- name: copy"));
    assert_eq!(renewed.matches("client-certificate-data:").count(), 2);
}
