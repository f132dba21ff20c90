//! End-to-end tests: they run the built `kadm` binary in a temporary `--rootfs` and check files,
//! fields, exit codes, and what real peers (openssl, etcd, kubectl) accept.

mod support;

mod addons;
mod apply_objects;
mod ca_rotation;
mod certs;
mod check_expiration;
mod cli;
mod docs;
mod etcd_cluster;
mod guarantees;
mod init;
mod join;
mod join_control_plane;
mod join_token;
mod json;
mod kubeconfig;
mod kubelet_finalize;
mod kubelet_start;
mod leaks;
mod outputs;
mod preflight;
mod renew;
mod reset;
mod reset_etcd;
mod static_pods;
mod tokens;
