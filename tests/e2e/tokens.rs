//! The objects `kadm init` writes for the API server (bootstrap-token, upload-certs,
//! mark-control-plane), the join commands at its end, and `kadm token create`.

use std::os::unix::fs::PermissionsExt;

use serde_json::Value;

use crate::support::{Root, kadm};

const ECDSA: [&str; 2] = ["--encryption-algorithm", "ECDSA-P256"];
const OBJECTS: &str = "/etc/kubernetes/cluster-objects";
const FILES: [&str; 3] = [
    "bootstrap-token.yaml",
    "mark-control-plane.yaml",
    "upload-certs.yaml",
];

/// `kadm init <args>` in `root` (ECDSA keys for speed): (success, stdout, stderr).
fn init(root: &Root, args: &[&str]) -> (bool, String, String) {
    let out = root
        .kadm(&[&["init"][..], args].concat())
        .args(ECDSA)
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Whether `text` has the form `[a-z0-9]{6}.[a-z0-9]{16}`.
fn is_token(text: &str) -> bool {
    let b = text.as_bytes();
    let ok = |c: &u8| c.is_ascii_lowercase() || c.is_ascii_digit();
    b.len() == 23 && b[6] == b'.' && b[..6].iter().all(ok) && b[7..].iter().all(ok)
}

#[test]
#[cfg_attr(kadm_skip_openssl, ignore = "needs openssl, not found")]
fn init_json_carries_the_join_and_the_key_opens_kubeadm_certs() {
    let root = Root::new();
    let (ok, stdout, stderr) = init(&root, &["--upload-certs", "-o", "json"]);
    assert!(ok, "{stderr}");
    let doc: Value = serde_json::from_str(&stdout).unwrap();
    let join = &doc["join"];
    let token = join["token"].as_str().unwrap();
    assert!(is_token(token), "{token}");
    let hash = kadm_test_support::openssl::ca_cert_hash(&root.pki().join("ca.crt"));
    assert_eq!(join["caCertHash"], hash.as_str());
    assert_eq!(
        join["workerJoinCommand"],
        format!("kadm join 127.0.0.1:6443 --token {token} --discovery-token-ca-cert-hash {hash}")
    );
    let key = join["certificateKey"].as_str().unwrap();
    assert_eq!(
        join["controlPlaneJoinCommand"],
        format!(
            "kadm join 127.0.0.1:6443 --token {token} --discovery-token-ca-cert-hash {hash} \
             --control-plane --certificate-key {key} --certs-from ./cluster-objects \
             --etcd-endpoints https://127.0.0.1:2379"
        )
    );
    assert_eq!(
        join["applyCommand"],
        "kubectl --kubeconfig /etc/kubernetes/super-admin.conf apply --server-side -f \
         /etc/kubernetes/cluster-objects/cluster-admins.yaml && kubectl --kubeconfig \
         /etc/kubernetes/admin.conf apply --server-side -f /etc/kubernetes/cluster-objects/"
    );

    // The key decrypts the Secret read back from the file into the CA files, byte for byte.
    let text = std::fs::read_to_string(root.join(OBJECTS).join("upload-certs.yaml")).unwrap();
    let key = kadm_upload_certs::CertificateKey::parse(key).unwrap();
    let data = kadm_upload_certs::secret_data(&text).unwrap();
    let plain = kadm_upload_certs::decrypt_secret(&data, &key).unwrap();
    for (name, file) in [
        ("ca.crt", "ca.crt"),
        ("ca.key", "ca.key"),
        ("front-proxy-ca.crt", "front-proxy-ca.crt"),
        ("front-proxy-ca.key", "front-proxy-ca.key"),
        ("sa.key", "sa.key"),
        ("sa.pub", "sa.pub"),
        ("etcd-ca.crt", "etcd/ca.crt"),
        ("etcd-ca.key", "etcd/ca.key"),
    ] {
        assert_eq!(
            plain[name],
            std::fs::read(root.pki().join(file)).unwrap(),
            "{name}"
        );
    }
}

#[test]
fn the_printed_key_decrypts_and_a_rerun_changes_no_byte() {
    let root = Root::new();
    let (ok, stdout, stderr) = init(&root, &["--upload-certs"]);
    assert!(ok, "{stderr}");
    let lines: Vec<&str> = stdout.lines().collect();
    let at = lines
        .iter()
        .position(|l| *l == "[upload-certs] Using certificate key:")
        .unwrap_or_else(|| panic!("{stdout}"));
    let key = kadm_upload_certs::CertificateKey::parse(lines[at + 1]).unwrap();
    let text = std::fs::read_to_string(root.join(OBJECTS).join("upload-certs.yaml")).unwrap();
    let plain =
        kadm_upload_certs::decrypt_secret(&kadm_upload_certs::secret_data(&text).unwrap(), &key)
            .unwrap();
    assert_eq!(
        plain["ca.key"],
        std::fs::read(root.pki().join("ca.key")).unwrap()
    );
    for file in FILES {
        let mode = std::fs::metadata(root.join(OBJECTS).join(file))
            .unwrap()
            .permissions()
            .mode();
        let expected = if file == "mark-control-plane.yaml" {
            0o644
        } else {
            0o600
        };
        assert_eq!(mode & 0o777, expected, "{file}");
    }

    let before = root.snapshot();
    let (ok, again, stderr) = init(&root, &["--upload-certs"]);
    assert!(ok, "{stderr}");
    assert!(root.snapshot() == before, "a second run changed a file");
    // The same token and key are shown again.
    let token_line = |s: &str| {
        s.lines()
            .find(|l| l.contains("Using token:"))
            .map(String::from)
    };
    assert_eq!(token_line(&again), token_line(&stdout));
    assert!(again.contains(&key.expose()));
}

#[test]
fn text_output_shows_the_token_and_key_only_where_kubeadm_does() {
    let root = Root::new();
    let (ok, stdout, stderr) = init(&root, &["--upload-certs"]);
    assert!(ok, "{stderr}");
    let token = stdout
        .lines()
        .find_map(|l| l.strip_prefix("[bootstrap-token] Using token: "))
        .unwrap()
        .to_string();
    let secret = &token[7..];
    let with_secret: Vec<&str> = stdout.lines().filter(|l| l.contains(secret)).collect();
    assert_eq!(
        with_secret.len(),
        3,
        "the token line and two join commands: {with_secret:?}"
    );
    assert!(
        with_secret[1..].iter().all(|l| l.contains("kadm join")),
        "{with_secret:?}"
    );
    assert!(!stderr.contains(secret), "{stderr}");

    // With --skip-certificate-key-print the key shows nowhere.
    let other = Root::new();
    let (ok, stdout, stderr) = init(&other, &["--upload-certs", "--skip-certificate-key-print"]);
    assert!(ok, "{stderr}");
    let kept = std::fs::read_to_string(other.pki().join(kadm_upload_certs::KEY_FILE)).unwrap();
    assert!(!stdout.contains(kept.trim()) && !stderr.contains(kept.trim()));
    assert!(
        stdout.contains("--certificate-key <value withheld>"),
        "{stdout}"
    );
}

#[test]
fn each_fresh_node_gets_its_own_token() {
    let tokens: Vec<String> = (0..2)
        .map(|_| {
            let root = Root::new();
            let (ok, stdout, stderr) = init(&root, &["-o", "json"]);
            assert!(ok, "{stderr}");
            let doc: Value = serde_json::from_str(&stdout).unwrap();
            assert!(doc["join"]["controlPlaneJoinCommand"].is_null());
            doc["join"]["token"].as_str().unwrap().to_string()
        })
        .collect();
    assert!(tokens.iter().all(|t| is_token(t)), "{tokens:?}");
    assert_ne!(tokens[0], tokens[1]);
}

#[test]
#[cfg_attr(
    kadm_skip_kubernetes_validate,
    ignore = "needs kubernetes-validate, not found"
)]
fn every_object_file_passes_the_schemas() {
    let root = Root::new();
    let (ok, _, stderr) = init(&root, &["--upload-certs"]);
    assert!(ok, "{stderr}");
    let paths: Vec<_> = FILES.iter().map(|f| root.join(OBJECTS).join(f)).collect();
    let refs: Vec<&std::path::Path> = paths.iter().map(|p| p.as_path()).collect();
    kadm_test_support::schemas::assert_valid(&refs);
}

#[test]
fn a_dry_run_writes_nothing() {
    let root = Root::new();
    let (ok, stdout, stderr) = init(&root, &["--upload-certs", "--dry-run"]);
    assert!(ok, "{stderr}");
    assert!(root.snapshot().is_empty(), "{:?}", root.snapshot());
    assert!(stdout.contains("bootstrap-token.yaml"), "{stdout}");
}

#[test]
fn bad_tokens_ttls_and_keys_are_refused_without_echoing_secrets() {
    let root = Root::new();
    for (args, expected, secret) in [
        (
            &["--token", "abcdef.0123456789ABCDEZ"][..],
            "flag --token: InitConfiguration.bootstrapTokens[0].token: invalid bootstrap token",
            "ABCDEZ",
        ),
        (
            &["--token-ttl", "forever"][..],
            "flag --token-ttl: InitConfiguration.bootstrapTokens[0].ttl: invalid duration \"forever\"",
            "",
        ),
        (
            &["--certificate-key", "c0ffee00deadbeef"][..],
            "flag --certificate-key: InitConfiguration.certificateKey: invalid certificate key (16 characters)",
            "c0ffee",
        ),
    ] {
        let (ok, stdout, stderr) = init(&root, args);
        assert!(!ok, "{args:?}");
        assert!(stderr.contains(expected), "{args:?}: {stderr}");
        if !secret.is_empty() {
            assert!(
                !stderr.contains(secret) && !stdout.contains(secret),
                "{stderr}"
            );
        }
    }
    // And in a config file.
    let config = root.path().join("bad.yaml");
    std::fs::write(
        &config,
        "apiVersion: kubeadm.k8s.io/v1beta4\nkind: InitConfiguration\nbootstrapTokens:\n- token: abcdef.secretsecretsecretx\n",
    )
    .unwrap();
    let (ok, _, stderr) = init(&root, &["--config", config.to_str().unwrap()]);
    assert!(!ok);
    assert!(
        stderr.contains("bootstrapTokens[0].token: invalid bootstrap token"),
        "{stderr}"
    );
    assert!(!stderr.contains("secretsecret"), "{stderr}");
    assert!(
        root.snapshot().iter().all(|(p, _)| p.starts_with(&config)),
        "nothing written"
    );
}

#[test]
fn token_create_prints_a_secret_or_writes_it_with_the_join_command() {
    let out = kadm()
        .args(["token", "create", "--ttl", "2h", "--description", "ci"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("apiVersion: v1\ndata:\n"), "{text}");
    assert!(
        text.contains("type: bootstrap.kubernetes.io/token"),
        "{text}"
    );
    assert!(text.contains("  namespace: kube-system"), "{text}");

    let root = Root::new();
    root.control_plane(6443);
    let file = root.path().join("token.yaml");
    let token = "abcdef.0123456789abcdef";
    let out = kadm()
        .args([
            "token",
            "create",
            token,
            "--print-join-command",
            "--output-file",
        ])
        .arg(&file)
        .arg("--rootfs")
        .arg(root.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let hash = kadm_bootstrap_token::ca_cert_hash(
        kadm_pki::Certificate::from_pem(
            &std::fs::read_to_string(root.pki().join("ca.crt")).unwrap(),
            &root.pki().join("ca.crt"),
        )
        .unwrap()
        .public_key_der(),
    );
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        format!("kadm join 127.0.0.1:6443 --token {token} --discovery-token-ca-cert-hash {hash}\n"),
        "stdout holds the join command alone"
    );
    let mode = std::fs::metadata(&file).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    let written = std::fs::read_to_string(&file).unwrap();
    let tokens = kadm_bootstrap_token_phase::tokens::written_tokens(&written).unwrap();
    assert_eq!(tokens[0].token.expose(), token);

    // Bad input: an invalid token (not echoed), a TTL that does not parse, a join command
    // without a CA.
    let out = kadm()
        .args(["token", "create", "abcdef.0123456789abcdeX"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success() && err.contains("invalid bootstrap token"),
        "{err}"
    );
    assert!(!err.contains("0123456789"), "{err}");
    let out = kadm()
        .args(["token", "create", "--ttl", "soon"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let empty = Root::new();
    let out = kadm()
        .args(["token", "create", "--print-join-command", "--output-file"])
        .arg(empty.path().join("t.yaml"))
        .arg("--rootfs")
        .arg(empty.path())
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success() && err.contains("kadm init phase certs ca"),
        "{err}"
    );
}

/// Without the API server, the token commands say what they need instead of guessing: `list`
/// and `delete` name the kubeconfig they looked for, and `create --print-join-command` asks for
/// `--output-file` to hold the Secret (stdout is the join command's).
#[test]
fn token_commands_without_a_cluster_name_what_they_need() {
    let root = Root::new();
    for args in [&["token", "list"][..], &["token", "delete", "abcdef"]] {
        let out = kadm()
            .args(args)
            .arg("--rootfs")
            .arg(root.path())
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        let admin = root.join("/etc/kubernetes/admin.conf");
        assert!(
            err.contains(&format!("{} does not exist", admin.display()))
                && err.contains("--kubeconfig"),
            "{args:?}: {err}"
        );
    }
    assert!(init(&root, &[]).0);
    let out = kadm()
        .args(["token", "create", "--print-join-command", "--rootfs"])
        .arg(root.path())
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("needs --output-file"), "{err}");
    assert!(out.stdout.is_empty());
}
