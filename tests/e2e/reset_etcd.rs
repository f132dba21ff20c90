//! `kadm reset` on a control-plane node leaves the etcd cluster first: against two real etcd
//! members made from kadm's own certificates (node 1 on 127.0.0.1, node 2 on 127.0.0.2), reset of
//! node 2 removes its member and the cluster stays healthy; the last member is never removed; a
//! cluster that does not answer gets a warning with the etcdctl command, and the files go anyway.

use std::path::Path;
use std::time::{Duration, Instant};

use kadm_etcd_member::{EtcdClientTls, Members, initial_cluster};
use kadm_test_support::etcd::{
    EtcdProcess, EtcdTls, MemberSpec, etcdctl, free_port_on, wait_cluster_healthy,
};

use crate::support::{Root, kadm};

/// `kadm ARGS --rootfs ROOT` as node `name` advertising `ip`.
fn kadm_on(root: &Root, name: &str, ip: &str, args: &[&str]) -> assert_cmd::Command {
    let mut cmd = kadm();
    cmd.args(args).arg("--rootfs").arg(root.path()).args([
        "--node-name",
        name,
        "--apiserver-advertise-address",
        ip,
    ]);
    cmd
}

/// A control-plane node's PKI and `etcd.yaml` as kadm writes them; node 2 shares node 1's CAs
/// (the copy a control-plane join makes).
fn node(name: &str, ip: &str, cas_from: Option<&Root>) -> Root {
    let root = Root::new();
    if let Some(first) = cas_from {
        for file in ["ca.crt", "ca.key", "etcd/ca.crt", "etcd/ca.key"] {
            let to = root.pki().join(file);
            std::fs::create_dir_all(to.parent().unwrap()).unwrap();
            std::fs::copy(first.pki().join(file), to).unwrap();
        }
    }
    for phase in [&["certs", "all"][..], &["etcd", "local"]] {
        let mut args = vec!["init", "phase"];
        args.extend_from_slice(phase);
        args.extend(["--encryption-algorithm", "ECDSA-P256"]);
        kadm_on(&root, name, ip, &args).assert().success();
    }
    root
}

/// Copies of a node's credentials `cert`/`key` (under its PKI) and etcd's CA in `dir`, named
/// `name.*`: reset removes the node's PKI while the test's etcd and etcdctl still use them
/// (etcd reads its certificate files again at each handshake).
fn kept(root: &Root, cert: &str, key: &str, dir: &Path, name: &str) -> EtcdTls {
    let copy = |from: &str, ext: &str| {
        let to = dir.join(format!("{name}.{ext}"));
        std::fs::copy(root.pki().join(from), &to).unwrap();
        to
    };
    EtcdTls {
        ca: copy("etcd/ca.crt", "ca"),
        cert: copy(cert, "crt"),
        key: copy(key, "key"),
    }
}

/// etcd's serving (and peer) credentials of a node, as kadm made them.
fn server_tls(root: &Root, dir: &Path, name: &str) -> EtcdTls {
    kept(root, "etcd/server.crt", "etcd/server.key", dir, name)
}

/// The member of a node's `etcd.yaml` as the test runs it: kubeadm's ports 2379 and 2380 moved
/// to the ones `spec` listens on (the manifest still describes the etcd that runs).
fn move_ports(root: &Root, spec: &MemberSpec) {
    let path = root.join("/etc/kubernetes/manifests/etcd.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    let ip = &spec.ip;
    let moved = text
        .replace(&format!("{ip}:2379"), &format!("{ip}:{}", spec.client_port))
        .replace(&format!("{ip}:2380"), &format!("{ip}:{}", spec.peer_port));
    assert_ne!(moved, text, "the manifest names {ip}");
    std::fs::write(&path, moved).unwrap();
}

fn start(spec: &MemberSpec, log_dir: &Path) -> EtcdProcess {
    EtcdProcess::start(&spec.args(), &log_dir.join(format!("{}.log", spec.name)))
}

/// `kadm reset --rootfs ROOT ARGS`: stdout and stderr, after asserting success.
fn reset(root: &Root, args: &[&str]) -> String {
    let out = kadm()
        .arg("reset")
        .arg("--rootfs")
        .arg(root.path())
        .args(args)
        .output()
        .unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{text}");
    text
}

#[test]
#[cfg_attr(
    any(kadm_skip_etcd, kadm_skip_etcdctl),
    ignore = "needs etcd and etcdctl, not found"
)]
fn reset_removes_the_nodes_etcd_member_and_never_the_last_one() {
    let logs = tempfile::tempdir().unwrap();
    let scratch = logs.path();
    let one = node("node-1", "127.0.0.1", None);
    let two = node("node-2", "127.0.0.2", Some(&one));
    let client = kept(
        &one,
        "apiserver-etcd-client.crt",
        "apiserver-etcd-client.key",
        scratch,
        "client",
    );

    // The members' data stays out of the roots: reset removes /var/lib/etcd while etcd runs.
    let spec1 = MemberSpec::new(
        "node-1",
        "127.0.0.1",
        scratch.join("data-1"),
        server_tls(&one, scratch, "server-1"),
    );
    let etcd1 = start(&spec1, scratch);
    etcd1.wait_healthy(&client, &spec1.client_url(), Duration::from_secs(20));

    // Node 2 joins as a control-plane join does: member add, then etcd with the planned
    // --initial-cluster.
    let mut spec2 = MemberSpec::new(
        "node-2",
        "127.0.0.2",
        scratch.join("data-2"),
        server_tls(&two, scratch, "server-2"),
    );
    let [ca_pem, cert_pem, key_pem] = client.read();
    let tls = EtcdClientTls {
        ca_pem,
        cert_pem,
        key_pem,
    };
    let mut members =
        Members::connect(&[spec1.client_url()], &tls, Duration::from_secs(10)).unwrap();
    let (_, after) = members.add(&spec2.peer_url()).unwrap();
    spec2.initial_cluster = Some(initial_cluster(&after, "node-2", &spec2.peer_url()));
    let etcd2 = start(&spec2, scratch);
    wait_cluster_healthy(
        &client,
        &spec1.client_url(),
        2,
        Duration::from_secs(30),
        &[&etcd1, &etcd2],
    );
    move_ports(&one, &spec1);
    move_ports(&two, &spec2);

    let endpoint = spec1.client_url();
    let text = reset(&two, &["--force", "--etcd-endpoints", &endpoint]);
    assert!(
        text.contains(&format!(
            "this node's etcd member node-2 ({}) from the etcd cluster at {endpoint}",
            spec2.peer_url()
        )),
        "the member is listed first:\n{text}"
    );
    assert!(
        text.contains("Removed etcd member node-2 (") && text.contains("1 member(s) remain"),
        "{text}"
    );
    assert!(!two.join("/etc/kubernetes/manifests").exists());
    assert!(!two.join("/var/lib/etcd").exists());
    let (ok, list, err) = etcdctl(&client, &endpoint, &["member", "list"]);
    assert!(ok, "{err}");
    assert_eq!(list.lines().count(), 1, "{list}");
    assert!(list.contains("node-1"), "{list}");
    let (ok, out, err) = etcdctl(&client, &endpoint, &["endpoint", "health", "--cluster"]);
    assert!(ok, "the cluster is healthy after the removal:\n{out}{err}");
    drop(etcd2);

    // Node 1 is the last member: reset keeps it in the cluster and still removes the files.
    let text = reset(&one, &["--force", "--etcd-endpoints", &endpoint]);
    assert!(
        text.contains("The etcd cluster has only one member, this node's (node-1, "),
        "{text}"
    );
    let (ok, list, err) = etcdctl(&client, &endpoint, &["member", "list"]);
    assert!(ok && list.contains("node-1"), "{list}{err}");
    assert!(!one.join("/etc/kubernetes/manifests").exists());
}

#[test]
fn a_cluster_that_does_not_answer_gets_a_warning_and_the_files_go_anyway() {
    let two = node("node-2", "127.0.0.2", None);
    let nobody = format!("https://127.0.0.1:{}", free_port_on("127.0.0.1"));

    // A dry run names the member and the files, and changes nothing.
    let before = two.snapshot();
    let text = reset(&two, &["--dry-run", "--etcd-endpoints", &nobody]);
    assert!(
        text.contains(&format!(
            "[dryrun]   this node's etcd member node-2 (https://127.0.0.2:2380) from the etcd \
             cluster at {nobody}"
        )),
        "{text}"
    );
    assert!(text.contains("nothing is removed in a dry run"), "{text}");
    assert_eq!(two.snapshot(), before, "a dry run changes nothing");

    let started = Instant::now();
    let text = reset(&two, &["--force", "--etcd-endpoints", &nobody]);
    assert!(started.elapsed() < Duration::from_secs(10), "bounded wait");
    assert!(
        text.contains(&format!("no etcd member answered at {nobody}")),
        "{text}"
    );
    assert!(
        text.contains(
            "this node's etcd member node-2 (https://127.0.0.2:2380) was NOT removed from the \
             etcd cluster"
        ),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "etcdctl --endpoints {nobody} --cacert /etc/kubernetes/pki/etcd/ca.crt --cert \
             /etc/kubernetes/pki/apiserver-etcd-client.crt --key \
             /etc/kubernetes/pki/apiserver-etcd-client.key member list"
        )),
        "the command to find the member later:\n{text}"
    );
    assert_eq!(two.snapshot(), Vec::new(), "the files are removed anyway");
}

#[test]
fn with_rootfs_and_no_etcd_endpoints_etcd_is_not_contacted_and_reset_says_so() {
    let two = node("node-2", "127.0.0.2", None);
    // Its etcd ran once: the data directory holds a member.
    std::fs::create_dir_all(two.join("/var/lib/etcd/member/snap")).unwrap();
    let text = reset(&two, &["--dry-run"]);
    assert!(
        text.contains(
            "[dryrun] with --rootfs, reset contacts etcd only through --etcd-endpoints (the \
             node's own client URL may not be this machine's): this node's etcd member node-2 \
             (https://127.0.0.2:2380) stays in the etcd cluster"
        ),
        "{text}"
    );
    let text = reset(&two, &["--force"]);
    assert!(
        text.contains("stays in the etcd cluster")
            && text.contains("etcdctl --endpoints https://MEMBER_IP:2379 --cacert "),
        "{text}"
    );
    assert!(!text.contains("no etcd member answered"), "{text}");
    assert_eq!(two.snapshot(), Vec::new(), "the files are removed");
}

/// A node whose etcd never ran (no `member/` in its data directory) has no member to leave:
/// reset says so in one line, and warns of nothing.
#[test]
fn a_node_whose_etcd_never_ran_has_no_member_to_remove_and_no_warning() {
    let one = node("node-1", "127.0.0.1", None);
    let text = reset(&one, &["--force"]);
    assert!(
        text.contains(
            "No etcd data in /var/lib/etcd/member: this node's etcd never ran, so it has no \
             member to remove"
        ),
        "{text}"
    );
    for warning in ["WARNING", "NOT removed", "stays in the etcd cluster"] {
        assert!(!text.contains(warning), "{warning:?} in:\n{text}");
    }
    assert_eq!(one.snapshot(), Vec::new(), "the files are removed");
}
