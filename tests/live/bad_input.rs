//! The harness refuses what it cannot run, and every wait ends: each a failure naming the
//! component, never a hang.

use std::time::Duration;

use crate::support::{Node, claim, mentions};

/// A node written by `kadm init` whose static Pods are only `keep`.
fn node_with_only(keep: &[&str]) -> Node {
    let node = Node::new();
    node.init(&node.config("ECDSA-P256", ""));
    let dir = node.path("/etc/kubernetes/manifests");
    for entry in std::fs::read_dir(&dir).unwrap().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !keep.iter().any(|k| name == format!("{k}.yaml")) {
            std::fs::remove_file(entry.path()).unwrap();
        }
    }
    node
}

#[test]
#[cfg_attr(
    kadm_skip_live,
    ignore = "needs the live peers (tests/peers/build.sh) and root"
)]
fn a_manifest_whose_image_has_no_peer_is_refused_naming_it() {
    let node = Node::new();
    let config = node.config("ECDSA-P256", "");
    let text = std::fs::read_to_string(&config).unwrap();
    let version = node.peers.kubernetes_version();
    std::fs::write(&config, text.replace(version, "v1.34.0")).unwrap();
    node.init(&config);
    let mut live = node.live();
    let err = live.start().expect_err("no peer runs v1.34.0").to_string();
    claim(
        "the refusal names the manifest, the image and what was built",
        || {
            let image = "registry.k8s.io/kube-apiserver:v1.34.0";
            let parts = [
                "kube-apiserver.yaml",
                image,
                "no peer built for kubernetes-v1.34.0",
            ];
            mentions(&err, &[&parts[..], &[version]].concat())
        },
    );
    assert!(
        live.running().iter().all(|c| c == "etcd"),
        "{:?}",
        live.running()
    );
}

#[test]
#[cfg_attr(
    kadm_skip_live,
    ignore = "needs the live peers (tests/peers/build.sh) and root"
)]
fn a_port_already_taken_fails_the_wait_naming_the_component() {
    let node = node_with_only(&["kube-scheduler"]);
    let mut live = node.live();
    // Something else of the node's holds the scheduler's port first.
    let mut squatter = live
        .command("python3")
        .args(["-m", "http.server", "--bind", "127.0.0.1", "10259"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let listening = crate::support::eventually(Duration::from_secs(30), || {
        live.get("http://127.0.0.1:10259/")
            .map_err(|e| e.to_string())
            .map(drop)
    });
    live.start().unwrap();
    // The scheduler tries its port and exits; on busy cores that takes what it takes.
    let tried = crate::support::eventually(Duration::from_secs(120), || {
        let log = live.log("kube-scheduler");
        log.contains("address already in use")
            .then_some(())
            .ok_or_else(|| live.log_tail("kube-scheduler", 5))
    });
    let err = live
        .wait_ready(&["kube-scheduler"], Duration::from_secs(10))
        .map(|()| "the scheduler got ready".to_string());
    let _ = squatter.kill();
    let _ = squatter.wait();
    listening.expect("the squatter listens on 10259");
    tried.expect("the scheduler meets the squatter");
    let err = err
        .expect_err("the scheduler cannot bind 10259")
        .to_string();
    claim("the failure names the scheduler and why it exited", || {
        let parts = [
            "kube-scheduler not ready",
            "address already in use",
            "last exit",
        ];
        mentions(&err, &parts)
    });
}

#[test]
#[cfg_attr(
    kadm_skip_live,
    ignore = "needs the live peers (tests/peers/build.sh) and root"
)]
fn a_component_that_never_gets_ready_fails_the_wait_naming_it() {
    // The API server without its etcd never gets ready.
    let node = node_with_only(&["kube-apiserver"]);
    let mut live = node.live();
    live.start().unwrap();
    let started = std::time::Instant::now();
    let err = live
        .wait_ready(&["kube-apiserver"], Duration::from_secs(20))
        .expect_err("no etcd, no ready API server")
        .to_string();
    assert!(
        started.elapsed() < Duration::from_secs(60),
        "the wait is bounded"
    );
    claim(
        "the failure names the API server and its last probe answer",
        || {
            let probe = "last probe: https://192.0.2.10:6443/readyz";
            mentions(&err, &["kube-apiserver not ready after 20s", probe])
        },
    );
}

#[test]
#[cfg_attr(
    kadm_skip_live,
    ignore = "needs the live peers (tests/peers/build.sh) and root"
)]
fn a_changed_manifest_restarts_its_process_and_a_removed_one_stops_it() {
    let node = node_with_only(&["etcd"]);
    let mut live = node.live();
    live.start().unwrap();
    let ready = Duration::from_secs(60);
    live.wait_ready(&["etcd"], ready).unwrap();
    assert_eq!(live.starts("etcd"), 1);

    // As an edit on a node: the kubelet sees the new manifest and runs it instead.
    let manifest = node.path("/etc/kubernetes/manifests/etcd.yaml");
    let text = std::fs::read_to_string(&manifest).unwrap();
    let edited = text.replacen("    - etcd\n", "    - etcd\n    - --log-level=debug\n", 1);
    assert_ne!(edited, text, "the command starts with etcd");
    std::fs::write(&manifest, edited).unwrap();
    claim("the runner restarts etcd with the new command line", || {
        crate::support::eventually(ready, || match live.starts("etcd") {
            2 => Ok(()),
            n => Err(format!("started {n} time(s)")),
        })?;
        live.wait_ready(&["etcd"], ready)
            .map_err(|e| e.to_string())?;
        let log = live.log("etcd");
        let second = log.split("==> start 2 of etcd:").nth(1).unwrap_or_default();
        mentions(
            second.lines().next().unwrap_or_default(),
            &["--log-level=debug"],
        )
    });

    std::fs::remove_file(&manifest).unwrap();
    claim("a removed manifest stops its process", || {
        crate::support::eventually(ready, || {
            let running = live.running();
            running
                .is_empty()
                .then_some(())
                .ok_or_else(|| format!("still running: {running:?}"))
        })
    });
}
