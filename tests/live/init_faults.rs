//! `kadm init --apply` when the control plane does not come up: the wait is bounded by
//! `timeouts.controlPlaneComponentHealthCheck`, the error names the component, its URL, its last
//! answer and where to look, the run exits 1 with the files written so far kept, and a re-run
//! with the cause fixed completes.

#![allow(
    clippy::print_stderr,
    reason = "measured times go to the test's captured output"
)]

use std::path::PathBuf;
use std::time::{Duration, Instant};

use crate::init_apply::init_with_kubelet;
use crate::support::{ADDRESS, Node, claim, mentions, ok};

/// A config whose API server cannot start (a flag it does not know), with a 40 s health check.
fn broken(node: &Node) -> PathBuf {
    let path = node.kubelet_config(
        "ECDSA-P256",
        "apiServer:\n  extraArgs:\n  - name: no-such-flag\n    value: \"1\"\n",
    );
    let text = std::fs::read_to_string(&path).expect("read the config");
    std::fs::write(
        &path,
        text.replacen(
            "nodeRegistration:\n",
            "timeouts:\n  controlPlaneComponentHealthCheck: 40s\nnodeRegistration:\n",
            1,
        ),
    )
    .expect("write the config");
    path
}

#[test]
#[cfg_attr(
    kadm_skip_live,
    ignore = "needs the live peers (tests/peers/build.sh) and root"
)]
fn an_api_server_that_never_comes_up_fails_init_in_its_timeout_and_a_fixed_rerun_completes() {
    let node = Node::new();
    let config = broken(&node);
    let mut live = node.live();
    live.start().expect("watch the manifests");
    let started = Instant::now();
    let out = init_with_kubelet(&node, &live, &config, &[]);
    let took = started.elapsed();
    eprintln!("init with an API server that never starts: {took:?}");
    claim(
        "init fails at wait-control-plane within the timeout, naming kube-apiserver, its URL and \
         where to look",
        || {
            let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
            if out.status.code() != Some(1) {
                return Err(format!("exit {:?}: {stderr}", out.status.code()));
            }
            mentions(
                &stderr,
                &[
                    "[kubelet-check] The kubelet is healthy after",
                    &format!(
                        "error execution phase wait-control-plane: kube-apiserver is not \
                         healthy: https://{ADDRESS}:6443/livez did not answer 200 within"
                    ),
                    "crictl ps -a | grep kube-apiserver",
                    "journalctl -xeu kubelet",
                ],
            )?;
            // 40 s for the components, after the kubelet's start: well under the 4 minutes a
            // default would take.
            (took < Duration::from_secs(150))
                .then_some(())
                .ok_or_else(|| format!("the run took {took:?}"))
        },
    );
    claim(
        "the files written so far are kept and no object was applied",
        || {
            for file in [
                "/etc/kubernetes/pki/ca.key",
                "/etc/kubernetes/admin.conf",
                "/etc/kubernetes/manifests/kube-apiserver.yaml",
                "/var/lib/kubelet/config.yaml",
            ] {
                if !node.path(file).is_file() {
                    return Err(format!("{file} is gone"));
                }
            }
            let objects = node.path("/etc/kubernetes/cluster-objects/upload-config.yaml");
            (!objects.exists())
                .then_some(())
                .ok_or_else(|| "upload-config ran".to_string())
        },
    );

    // The cause fixed: the same run again, without the unknown flag.
    let fixed = node.kubelet_config("ECDSA-P256", "");
    let started = Instant::now();
    let again = init_with_kubelet(&node, &live, &fixed, &[]);
    claim(
        "a re-run with the flag removed rewrites the API server's manifest, waits for it and \
         completes",
        || {
            let stderr = String::from_utf8_lossy(&again.stderr).into_owned();
            ok(again.clone())?;
            mentions(
                &stderr,
                &[
                    "[control-plane-check] kube-apiserver is healthy after",
                    "[upload-config] ConfigMap kube-system/kubeadm-config created",
                ],
            )
        },
    );
    eprintln!("the fixed re-run: {:?}", started.elapsed());
}
