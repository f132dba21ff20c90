//! The live suite: kadm's files run by the real Kubernetes programs.
//!
//! Each test writes a node with `kadm init --rootfs`, then `kadm_test_support::live::LiveNode`
//! starts etcd, kube-apiserver, kube-controller-manager and kube-scheduler from its static Pod
//! manifests (the programs built by `tests/peers/build.sh`), in a network namespace of the test's
//! own. What is asserted is what Kubernetes itself answers. A failing claim names itself
//! ([`claim`]), and the end of every component's log is printed.
//!
//! Needs root and the built peers; outside CI, without them, every test here is ignored with the
//! reason. docs/testing.md says how to run one by hand.

mod api;
mod bad_input;
mod control_plane;
mod init_apply;
mod init_faults;
mod kubelet;
mod support;
