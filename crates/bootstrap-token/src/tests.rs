use std::collections::{HashMap, HashSet};
use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};

use kadm_pki::{CertSpec, KeyAlgorithm, self_signed_ca};
use kadm_test_support::Peer;
use kadm_test_support::fixtures::{TEN_YEARS, key_of};

use super::*;

const TOKEN: &str = "abcdef.0123456789abcdef";
const SECRET: &str = "0123456789abcdef";

/// Whether `text` has kubeadm's form, checked character by character (not with the parser).
fn has_token_form(text: &str) -> bool {
    let b = text.as_bytes();
    let ok = |c: &u8| c.is_ascii_lowercase() || c.is_ascii_digit();
    b.len() == 23 && b[6] == b'.' && b[..6].iter().all(ok) && b[7..].iter().all(ok)
}

#[test]
fn generated_tokens_have_the_form_and_differ() {
    let mut seen = HashSet::new();
    let mut counts: HashMap<char, usize> = HashMap::new();
    for _ in 0..2000 {
        let token = BootstrapToken::generate().unwrap();
        let text = token.expose();
        assert!(has_token_form(&text), "{text:?}");
        assert_eq!(BootstrapToken::parse(&text).unwrap(), token);
        assert_eq!(token.id().len(), 6);
        assert_eq!(token.secret().len(), 16);
        for c in text.chars().filter(|c| *c != '.') {
            *counts.entry(c).or_default() += 1;
        }
        assert!(seen.insert(text), "a token came twice");
    }
    // 44,000 characters, about 1,222 of each of the 36: every one is drawn, none far from that.
    assert_eq!(counts.len(), 36, "{counts:?}");
    for (c, n) in counts {
        assert!((1000..1450).contains(&n), "{c:?} drawn {n} times");
    }
}

#[test]
fn parse_accepts_kubeadms_form() {
    let token: BootstrapToken = TOKEN.parse().unwrap();
    assert_eq!(token.id(), "abcdef");
    assert_eq!(token.secret(), SECRET);
    assert_eq!(token.expose(), TOKEN);
    assert!(BootstrapToken::parse("000000.zzzzzzzzzzzzzzzz").is_ok());
}

#[test]
fn parse_refuses_other_forms_without_echoing_the_secret() {
    let cases: [(&str, Problem); 10] = [
        ("abcdef0123456789abcdef", Problem::MissingDot),
        ("", Problem::MissingDot),
        ("abcde.0123456789abcdef", Problem::IdLength(5)),
        ("abcdefg.0123456789abcdef", Problem::IdLength(7)),
        ("abcdef.0123456789abcde", Problem::SecretLength(15)),
        ("abcdef.0123456789abcdef0", Problem::SecretLength(17)),
        ("abcdef.0123456789abcdef.", Problem::SecretLength(17)),
        ("ABCDEF.0123456789abcdef", Problem::Character("id")),
        ("abcdef.0123456789ABCDEF", Problem::Character("secret")),
        ("abcdef.0123456789abcde-", Problem::Character("secret")),
    ];
    for (text, problem) in cases {
        let err = BootstrapToken::parse(text).unwrap_err();
        assert_eq!(err.problem(), &problem, "{text:?}");
        let message = err.to_string();
        assert!(message.contains(FORMAT), "{message}");
        // At most the first six characters of the input show.
        let shown: String = text.chars().take(ID_LEN).collect();
        if !shown.is_empty() {
            assert!(message.contains(&format!("{shown:?}")), "{message}");
        }
        for leak in [&text[text.len().min(7)..], &text[text.len().min(6)..]] {
            if leak.len() > 3 {
                assert!(!message.contains(leak), "{message} shows {leak:?}");
            }
        }
    }
    // A secret given without its id (no dot) shows only its first six characters.
    let message = BootstrapToken::parse(SECRET).unwrap_err().to_string();
    assert!(
        message.contains("\"012345\"") && !message.contains("0123456"),
        "{message}"
    );
}

#[test]
fn debug_and_display_hide_the_secret() {
    let token = BootstrapToken::parse(TOKEN).unwrap();
    for shown in [
        format!("{token}"),
        format!("{token:?}"),
        format!("{token:#?}"),
    ] {
        assert!(shown.contains("abcdef"), "{shown}");
        assert!(!shown.contains("0123"), "{shown}");
    }
}

#[test]
fn ca_cert_hash_is_sha256_hex() {
    // SHA-256 of nothing and of "abc" (FIPS 180-2's examples).
    assert_eq!(
        ca_cert_hash(b""),
        "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    );
    assert_eq!(
        ca_cert_hash(b"abc"),
        "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
}

/// Runs openssl with `args`, `input` on its stdin; its stdout.
fn openssl(args: &[&str], input: &[u8], dir: &Path) -> Vec<u8> {
    let mut child = Command::new(Peer::Openssl.require())
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "openssl {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// The hash of kubeadm's documentation, computed with the openssl command line:
/// `openssl x509 -pubkey -noout -in ca.crt | openssl pkey -pubin -outform der | openssl dgst -sha256`.
#[test]
#[cfg_attr(kadm_skip_openssl, ignore = "needs openssl, not found")]
fn ca_cert_hash_matches_the_openssl_command_line() {
    Peer::Openssl.require();
    let dir = tempfile::tempdir().unwrap();
    for algorithm in [KeyAlgorithm::Rsa2048, KeyAlgorithm::EcdsaP256] {
        let spec = CertSpec {
            common_name: "kubernetes".into(),
            organizations: Vec::new(),
            dns_names: vec!["kubernetes".into()],
            ip_addresses: Vec::new(),
            is_ca: true,
            extended_usages: Vec::new(),
            validity: TEN_YEARS,
        };
        let ca = self_signed_ca(&spec, key_of(algorithm)).unwrap();
        std::fs::write(dir.path().join("ca.crt"), ca.cert.to_pem()).unwrap();
        let pubkey = openssl(
            &["x509", "-pubkey", "-noout", "-in", "ca.crt"],
            b"",
            dir.path(),
        );
        let der = openssl(&["pkey", "-pubin", "-outform", "der"], &pubkey, dir.path());
        let dgst = openssl(&["dgst", "-sha256", "-r"], &der, dir.path());
        let hex = String::from_utf8(dgst).unwrap();
        let hex = hex.split_whitespace().next().unwrap();
        assert_eq!(hex.len(), 64, "{hex}");
        assert_eq!(
            ca_cert_hash(ca.cert.public_key_der()),
            format!("sha256:{hex}"),
            "{algorithm:?}"
        );
    }
}
