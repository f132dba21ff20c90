//! Whole outputs of the commands a user runs most, as insta snapshots (paths, dates, serials and
//! embedded data masked): a change to any line shows in review. Regenerate with
//! `INSTA_UPDATE=always cargo test --workspace`, then read the diff and commit it.

use kadm_test_support::Peer;

use crate::kubelet_finalize::rotating_node;
use crate::support::{Root, snapshot_settings};

const ECDSA: [&str; 2] = ["--encryption-algorithm", "ECDSA-P256"];

/// stdout, then stderr under a marker line, of a kadm run in `root`.
fn both(root: &Root, args: &[&str]) -> (bool, String) {
    let out = root.kadm(args).args(ECDSA).output().unwrap();
    let text = format!(
        "{}\n--- stderr ---\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

#[test]
fn a_full_init_says_what_it_did() {
    let root = Root::new();
    let (ok, text) = both(&root, &["init"]);
    assert!(ok, "{text}");
    snapshot_settings(&root).bind(|| insta::assert_snapshot!("init-full-run", text));
}

#[test]
fn a_second_init_reuses_everything() {
    let root = Root::new();
    assert!(both(&root, &["init"]).0);
    let (ok, text) = both(&root, &["init"]);
    assert!(ok, "{text}");
    snapshot_settings(&root).bind(|| insta::assert_snapshot!("init-second-run", text));
}

#[test]
fn kubeconfig_user_prints_a_kubeconfig() {
    let root = Root::new();
    assert!(both(&root, &["init", "phase", "certs", "ca"]).0);
    let (ok, text) = both(
        &root,
        &[
            "kubeconfig",
            "user",
            "--client-name",
            "ci-robot",
            "--org",
            "ci",
        ],
    );
    assert!(ok, "{text}");
    snapshot_settings(&root).bind(|| insta::assert_snapshot!("kubeconfig-user", text));
}

#[test]
fn an_external_ca_without_the_leaves_is_refused() {
    let root = Root::new();
    assert!(both(&root, &["init", "phase", "certs", "ca"]).0);
    std::fs::remove_file(root.pki().join("ca.key")).unwrap();
    let (ok, text) = both(&root, &["init", "phase", "certs", "all"]);
    assert!(!ok, "{text}");
    snapshot_settings(&root).bind(|| insta::assert_snapshot!("certs-external-ca-refused", text));
}

#[test]
#[cfg_attr(kadm_skip_openssl, ignore = "needs openssl, not found")]
fn kubelet_finalize_dry_run_shows_the_redacted_change() {
    Peer::Openssl.require();
    let (root, _, _) = rotating_node();
    let (ok, text) = both(
        &root,
        &["init", "phase", "kubelet-finalize", "all", "--dry-run"],
    );
    assert!(ok, "{text}");
    snapshot_settings(&root).bind(|| insta::assert_snapshot!("kubelet-finalize-dry-run", text));
}
