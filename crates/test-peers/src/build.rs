//! For build scripts: look for the peers a crate's tests need, and skip those tests when one is
//! missing outside CI.
//!
//! A crate whose tests need peers has `kadm-test-peers` in `[build-dependencies]`,
//! `kadm-test-support` (or `kadm-test-peers`) in `[dev-dependencies]`, and this `build.rs`:
//!
//! ```text
//! // build.rs
//! fn main() {
//!     kadm_test_peers::build::detect(&[kadm_test_peers::Peer::Openssl]);
//! }
//! ```
//!
//! and each test that runs a peer says so and takes it from [`Peer::require`]:
//!
//! ```text
//! #[test]
//! #[cfg_attr(kadm_skip_openssl, ignore = "needs openssl, not found")]
//! fn openssl_reads_our_keys() {
//!     let openssl = Peer::Openssl.require();
//! }
//! ```
//!
//! Outside CI a missing peer sets `cfg(kadm_skip_<peer>)`, so `cargo test` prints the test as
//! `ignored, needs openssl, not found` and counts it in the summary. In CI ([`crate::is_ci`])
//! nothing is skipped and the build prints a warning: the test runs and fails naming the peer.
//! Only the tests fail, not the build: `cargo build` and `cargo clippy` in CI need no peer.
//!
//! The script runs again when `PATH`, `CI` or a peer's variable changes, when a found peer's file
//! changes, and, while a peer is missing, when a `PATH` directory changes (a peer installed).

use crate::ci::is_ci;
use crate::peers::{Lookup, Peer, path_dirs};

/// Looks for `peers` and tells cargo which of their tests to skip; see the module's doc.
#[allow(
    clippy::print_stdout,
    reason = "a build script speaks to cargo on stdout"
)]
pub fn detect(peers: &[Peer]) {
    for line in directives(peers, &Lookup::from_env(), is_ci()) {
        println!("{line}");
    }
}

/// The lines [`detect`] prints for this lookup.
pub fn directives(peers: &[Peer], lookup: &Lookup, ci: bool) -> Vec<String> {
    let mut out = vec!["cargo::rerun-if-changed=build.rs".to_string()];
    out.push("cargo::rerun-if-env-changed=PATH".into());
    out.push("cargo::rerun-if-env-changed=CI".into());
    for peer in Peer::ALL {
        out.push(format!("cargo::rerun-if-env-changed={}", peer.env_var()));
        out.push(format!("cargo::rustc-check-cfg=cfg({})", peer.skip_cfg()));
    }
    let mut watch_path = false;
    for &peer in peers {
        match lookup.find(peer) {
            Ok(found) => out.push(format!("cargo::rerun-if-changed={}", found.display())),
            Err(missing) if ci => {
                out.push(format!(
                    "cargo::warning={missing}; CI is set, so the tests that need it will fail"
                ));
                watch_path = true;
            }
            Err(_) => {
                out.push(format!("cargo::rustc-cfg={}", peer.skip_cfg()));
                watch_path = true;
            }
        }
    }
    if watch_path {
        for dir in path_dirs().into_iter().filter(|d| d.is_dir()) {
            out.push(format!("cargo::rerun-if-changed={}", dir.display()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn empty() -> Lookup {
        Lookup::default()
    }

    #[test]
    fn a_missing_peer_is_skipped_outside_ci_only() {
        let out = directives(&[Peer::Openssl, Peer::Etcd], &empty(), false);
        assert!(out.contains(&"cargo::rustc-cfg=kadm_skip_openssl".to_string()));
        assert!(out.contains(&"cargo::rustc-cfg=kadm_skip_etcd".to_string()));
        assert!(
            !out.iter()
                .any(|l| l.contains("skip_kubectl") && l.contains("rustc-cfg"))
        );

        let out = directives(&[Peer::Openssl], &empty(), true);
        assert!(
            !out.iter().any(|l| l.starts_with("cargo::rustc-cfg=")),
            "{out:?}"
        );
        let warning = out
            .iter()
            .find(|l| l.starts_with("cargo::warning="))
            .unwrap();
        assert!(warning.contains("openssl not found"), "{warning}");
    }

    #[test]
    fn a_found_peer_is_not_skipped_and_watched() {
        let dir = tempfile::tempdir().unwrap();
        let openssl = dir.path().join("openssl");
        std::fs::write(&openssl, "").unwrap();
        std::fs::set_permissions(
            &openssl,
            std::os::unix::fs::PermissionsExt::from_mode(0o755),
        )
        .unwrap();
        let lookup = Lookup {
            path: vec![dir.path().to_path_buf()],
            ..Lookup::default()
        };
        let out = directives(&[Peer::Openssl], &lookup, false);
        assert!(
            !out.iter().any(|l| l.starts_with("cargo::rustc-cfg=")),
            "{out:?}"
        );
        assert!(out.contains(&format!("cargo::rerun-if-changed={}", openssl.display())));
        for cfg in ["kadm_skip_openssl", "kadm_skip_kubectl"] {
            assert!(out.contains(&format!("cargo::rustc-check-cfg=cfg({cfg})")));
        }
    }
}
