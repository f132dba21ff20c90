//! Tests across modules: loading files, and the openssl cross-check.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::issue::tests::{key, leaf_spec, new_ca};
use crate::*;
use kadm_node_fs::{FileSpec, Root};
use kadm_test_peers::Peer;

struct Pki {
    _tmp: tempfile::TempDir,
    dir: PathBuf,
}

impl Pki {
    fn new() -> Pki {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().to_path_buf();
        Pki { _tmp: tmp, dir }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }

    /// Writes a certificate and key as `<name>.crt` / `<name>.key`.
    fn write_pair(&self, name: &str, pair: &CertifiedKey) {
        Root::host()
            .write_batch(&[
                FileSpec::public(self.path(&format!("{name}.crt")), pair.cert.to_pem()),
                FileSpec::secret(self.path(&format!("{name}.key")), pair.key.to_pem()),
            ])
            .unwrap();
    }
}

#[test]
fn written_pair_loads_back_and_matches() {
    let pki = Pki::new();
    let ca = new_ca("kubernetes");
    pki.write_pair("ca", &ca);
    let loaded = load_pair(&Root::host(), &pki.path("ca.crt"), &pki.path("ca.key")).unwrap();
    assert_eq!(loaded.cert, ca.cert);
    assert_eq!(loaded.key.to_pem(), ca.key.to_pem());
}

#[test]
fn mismatched_pair_names_both_files() {
    let pki = Pki::new();
    let a = new_ca("a");
    let b = new_ca("b");
    pki.write_pair("a", &a);
    pki.write_pair("b", &b);
    let err = load_pair(&Root::host(), &pki.path("a.crt"), &pki.path("b.key")).unwrap_err();
    let msg = err.to_string();
    assert!(matches!(err, PkiError::KeyMismatch { .. }));
    assert!(
        msg.starts_with(&pki.path("b.key").display().to_string()),
        "{msg}"
    );
    assert!(
        msg.contains(&pki.path("a.crt").display().to_string()),
        "{msg}"
    );
}

#[test]
fn broken_certificate_files_name_the_path_and_reason() {
    let pki = Pki::new();
    let ca = new_ca("kubernetes");
    let pem = ca.cert.to_pem();
    let lines: Vec<&str> = pem.lines().collect();
    // Body cut short but framing intact: the DER is truncated.
    let short_body = format!("{}\n{}\n{}\n", lines[0], lines[1], lines[lines.len() - 1]);
    let cases = [
        (
            "truncated.crt",
            pem[..pem.len() / 2].to_string(),
            "not a PEM certificate: truncated",
        ),
        (
            "garbage.crt",
            "this is not PEM\n".to_string(),
            "not a PEM certificate: no \"-----BEGIN\" line of a CERTIFICATE block",
        ),
        (
            "empty.crt",
            String::new(),
            "not a PEM certificate: the file is empty",
        ),
        ("short.crt", short_body, "malformed certificate"),
        (
            "key.crt",
            ca.key.to_pem(),
            "no CERTIFICATE block (found private key)",
        ),
    ];
    for (name, text, want) in cases {
        let path = pki.path(name);
        fs::write(&path, text).unwrap();
        let msg = load_cert(&Root::host(), &path).unwrap_err().to_string();
        assert!(msg.starts_with(&format!("{}: ", path.display())), "{msg}");
        assert!(msg.contains(want), "{name}: {msg}");
    }
}

#[test]
fn combined_cert_and_key_file_loads_as_a_pair() {
    // The kubelet keeps certificate and key in one file (kubelet-client-current.pem).
    let pki = Pki::new();
    let ca = new_ca("kubernetes");
    let client = sign(
        &leaf_spec("system:node:n1"),
        key(KeyAlgorithm::EcdsaP256),
        &ca,
    )
    .unwrap()
    .certified;
    let path = pki.path("kubelet-client-current.pem");
    fs::write(
        &path,
        format!("{}{}", client.cert.to_pem(), client.key.to_pem()),
    )
    .unwrap();
    let loaded = load_pair(&Root::host(), &path, &path).unwrap();
    assert_eq!(loaded.cert, client.cert);
    assert!(loaded.cert.is_signed_by(&ca.cert));
}

#[test]
fn missing_file_is_reported_as_not_found() {
    let pki = Pki::new();
    let err = load_key(&Root::host(), &pki.path("nope.key")).unwrap_err();
    assert!(err.is_not_found());
    assert!(
        err.to_string().contains("nope.key: cannot open the file"),
        "{err}"
    );
}

#[test]
fn bundle_reads_every_certificate_in_order() {
    let pki = Pki::new();
    let old = new_ca("old");
    let new = new_ca("new");
    let bundle = format!("{}{}", old.cert.to_pem(), new.cert.to_pem());
    fs::write(pki.path("ca.crt"), bundle).unwrap();
    let certs = load_certs(&Root::host(), &pki.path("ca.crt")).unwrap();
    assert_eq!(certs, vec![old.cert.clone(), new.cert]);
    assert_eq!(
        load_cert(&Root::host(), &pki.path("ca.crt")).unwrap(),
        old.cert
    );
}

fn openssl(args: &[&str], dir: &Path) -> (bool, String) {
    let out = Command::new(Peer::Openssl.require())
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

#[test]
#[cfg_attr(kadm_skip_openssl, ignore = "needs openssl, not found")]
fn openssl_reads_each_organization_as_its_own_rdn() {
    Peer::Openssl.require();
    let pki = Pki::new();
    let ca = new_ca("kubernetes");
    let mut spec = leaf_spec("ci-robot");
    spec.organizations = vec!["ci".into(), "system:masters".into()];
    let leaf = sign(&spec, key(KeyAlgorithm::Rsa2048), &ca)
        .unwrap()
        .certified;
    pki.write_pair("ca", &ca);
    pki.write_pair("leaf", &leaf);
    let (ok, out) = openssl(&["x509", "-noout", "-subject", "-in", "leaf.crt"], &pki.dir);
    assert!(ok, "{out}");
    assert_eq!(
        out.trim(),
        "subject=O = ci, O = system:masters, CN = ci-robot"
    );
    let (ok, out) = openssl(&["verify", "-CAfile", "ca.crt", "leaf.crt"], &pki.dir);
    assert!(ok && out.contains("leaf.crt: OK"), "{out}");
}

#[test]
#[cfg_attr(kadm_skip_openssl, ignore = "needs openssl, not found")]
fn openssl_verifies_our_chain_and_reads_our_keys() {
    Peer::Openssl.require();
    let pki = Pki::new();
    for (ca_alg, leaf_alg) in [
        (KeyAlgorithm::Rsa2048, KeyAlgorithm::EcdsaP256),
        (KeyAlgorithm::EcdsaP384, KeyAlgorithm::Rsa2048),
    ] {
        let ca = self_signed_ca(
            &crate::issue::tests::ca_spec("kubernetes", 3650 * crate::issue::tests::DAY),
            key(ca_alg),
        )
        .unwrap();
        let leaf = sign(&leaf_spec("kube-apiserver"), key(leaf_alg), &ca)
            .unwrap()
            .certified;
        let other = new_ca("kubernetes");
        pki.write_pair("ca", &ca);
        pki.write_pair("leaf", &leaf);
        pki.write_pair("other", &other);

        let (ok, out) = openssl(&["verify", "-CAfile", "ca.crt", "leaf.crt"], &pki.dir);
        assert!(
            ok && out.contains("leaf.crt: OK"),
            "{ca_alg}/{leaf_alg}: {out}"
        );
        let (ok, out) = openssl(
            &[
                "verify",
                "-CAfile",
                "ca.crt",
                "-purpose",
                "sslserver",
                "leaf.crt",
            ],
            &pki.dir,
        );
        assert!(ok, "serverAuth purpose: {out}");
        let (ok, out) = openssl(&["verify", "-CAfile", "other.crt", "leaf.crt"], &pki.dir);
        assert!(!ok, "a leaf must not verify against another CA: {out}");

        for name in ["ca", "leaf"] {
            let key_file = format!("{name}.key");
            let (ok, out) = openssl(&["pkey", "-in", &key_file, "-pubout"], &pki.dir);
            let pair = if name == "ca" { &ca } else { &leaf };
            assert!(ok, "{key_file}: {out}");
            assert_eq!(
                out,
                pair.key.public_key_pem(),
                "{key_file}: public keys differ"
            );
        }
    }
}

#[test]
fn der_and_binary_files_say_what_they_are() {
    let pki = Pki::new();
    let ca = new_ca("kubernetes");
    let key_der = pem::parse(ca.key.to_pem()).unwrap().contents().to_vec();
    for (name, bytes, want) in [
        ("ca.der", ca.cert.der().to_vec(), "is DER (binary), not PEM"),
        ("ca-key.der", key_der, "is DER (binary), not PEM"),
        (
            "noise.bin",
            vec![0xff, 0xfe, 0x00, 0x81],
            "holds binary data",
        ),
    ] {
        let path = pki.path(name);
        fs::write(&path, bytes).unwrap();
        let errors = [
            load_cert(&Root::host(), &path).unwrap_err().to_string(),
            load_key(&Root::host(), &path).unwrap_err().to_string(),
        ];
        for err in errors {
            assert!(err.starts_with(&path.display().to_string()), "{err}");
            assert!(err.contains(want), "{name}: {err}");
        }
    }
    let err = load_cert(&Root::host(), &pki.path("ca.der"))
        .unwrap_err()
        .to_string();
    assert!(err.contains("openssl x509 -inform der"), "{err}");
}

#[test]
#[cfg_attr(kadm_skip_openssl, ignore = "needs openssl, not found")]
fn a_small_rsa_key_is_refused_naming_its_size_and_the_minimum() {
    Peer::Openssl.require();
    let pki = Pki::new();
    let (ok, out) = openssl(
        &["genrsa", "-traditional", "-out", "small.key", "1024"],
        &pki.dir,
    );
    assert!(ok, "{out}");
    let (ok, out) = openssl(
        &["pkey", "-in", "small.key", "-out", "small-pkcs8.key"],
        &pki.dir,
    );
    assert!(ok, "{out}");
    for name in ["small.key", "small-pkcs8.key"] {
        let err = load_key(&Root::host(), &pki.path(name))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("an RSA key of 1024 bits is too small: kadm requires at least 2048 bits"),
            "{name}: {err}"
        );
    }
}
