//! What the tests compute independently with the `openssl` command line.

use std::path::Path;
use std::process::{Command, Stdio};

use crate::Peer;

/// `sha256:<hex>` of the CA certificate's public key (its DER SubjectPublicKeyInfo), computed as
/// kubeadm's docs compute the join's `--discovery-token-ca-cert-hash`:
/// `openssl x509 -pubkey -in ca.crt | openssl pkey -pubin -outform der | openssl dgst -sha256`.
pub fn ca_cert_hash(ca_crt: &Path) -> String {
    let openssl = Peer::Openssl.require();
    let step = |args: &[&str], input: Vec<u8>| -> Vec<u8> {
        let mut child = Command::new(&openssl)
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("openssl starts");
        std::io::Write::write_all(&mut child.stdin.take().expect("a stdin pipe"), &input)
            .expect("openssl reads its input");
        let out = child.wait_with_output().expect("openssl ends");
        assert!(out.status.success(), "openssl {args:?} failed");
        out.stdout
    };
    let ca = std::fs::read(ca_crt).expect("the CA certificate is readable");
    let pubkey = step(&["x509", "-pubkey", "-noout"], ca);
    let der = step(&["pkey", "-pubin", "-outform", "der"], pubkey);
    let digest = String::from_utf8(step(&["dgst", "-sha256", "-r"], der)).expect("hex digits");
    format!(
        "sha256:{}",
        digest.split_whitespace().next().expect("a digest")
    )
}
