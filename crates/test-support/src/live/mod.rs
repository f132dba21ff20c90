//! The live control plane of the tests: the real kube-apiserver, kube-controller-manager,
//! kube-scheduler and etcd, built from Go modules (`tests/peers/build.sh`), started from the static
//! Pod manifests kadm wrote.
//!
//! Only the container runtime is replaced, because no image can be pulled here: [`LiveNode`]
//! reads a node's `etc/kubernetes/manifests/*.yaml` as the kubelet would and runs each Pod's
//! command line as a host process, unchanged. Its image chooses the program ([`LivePeers`]: the
//! tag names the release, and a release that was not built is an error). The Pod's host paths
//! come from the node's `--rootfs`, bind-mounted at the node's paths in a private mount namespace
//! ([`mounts`]), and each node has a network namespace of its own with its address on the
//! loopback device ([`Netns`]), so the fixed ports of a control plane never meet another test's.
//! A changed manifest restarts its process, a removed one stops it, a crashed one is started
//! again after a back-off; every wait is bounded, and a component that never gets ready fails the
//! wait naming it, its last probe answer and the end of its log. Every process is stopped, by
//! pid, when the node is dropped (and killed with the test process, `setpriv --pdeathsig`).
//!
//! [`LiveNode::start_kubelet`] runs the node's real kubelet too, from the files kadm wrote for
//! it, with a fake container runtime ([`kubelet`]); [`LiveNode::connect`] links two nodes'
//! namespaces, so a worker reaches the control plane.
//!
//! Tests that use it need root and the built peers: `Peer::Live` in their `build.rs` and
//! `#[cfg_attr(kadm_skip_live, ignore = "needs the live peers (tests/peers/build.sh) and root")]`.

pub mod kubelet;
pub mod mounts;
mod netns;
mod node;
mod peers;
mod pods;

use std::fmt;

pub use netns::Netns;
pub use node::LiveNode;
pub use peers::LivePeers;
pub use pods::{HttpProbe, MANIFESTS, StaticPod, manifest_files};

/// Why the live harness could not do what a test asked, in words a failing test can show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LiveError(String);

impl LiveError {
    /// An error saying `message`.
    pub fn new(message: impl Into<String>) -> Self {
        Self(message.into())
    }
}

impl fmt::Display for LiveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for LiveError {}
