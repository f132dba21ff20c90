//! What kadm's tests share: real peers, the CI switch, skipping, and fixtures.
//!
//! Peers, [`is_ci`] and the skipping mechanism come from `kadm-test-peers` (re-exported here;
//! see its docs for the `build.rs` and `#[cfg_attr(kadm_skip_<peer>, ignore = ...)]` pattern).
//! [`fixtures`] holds what every crate's tests used to retype: a host, keys, a CA, a config, a
//! client certificate, and a node whose kubelet has rotated its certificate. [`expected`] keeps
//! committed files (completions, tables in the docs) equal to what the code generates, rewritten
//! by the switch that updates insta's snapshots: `INSTA_UPDATE=always cargo test --workspace`. [`etcd`] starts real TLS etcd members on
//! loopback addresses. [`live`] runs a real control plane from a node's static Pod manifests.
//! [`schemas`] checks manifests with
//! `kubernetes-validate --strict` for each target Kubernetes version.

pub mod etcd;
pub mod expected;
pub mod fixtures;
pub mod live;
pub mod openssl;
pub mod schemas;

pub use kadm_test_peers::{KUBECTL_FIXED, Lookup, NotFound, Peer, build, is_ci, means_ci};
