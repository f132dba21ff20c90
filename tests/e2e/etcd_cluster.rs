//! Three control planes on one machine, on loopback addresses 127.0.0.1, 127.0.0.2 and
//! 127.0.0.3, each in its own `--rootfs`: `kadm init` on the first, `kadm join --control-plane`
//! on the others, and each node's etcd started by the test with exactly the command of that
//! node's `etcd.yaml` (node paths mapped under its root; on the second and third node the
//! `127.0.0.1` listener and every node's metrics listener moved to free ports, since the three
//! share one machine). Judged by Debian's etcd and etcdctl.

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use kadm_test_support::Peer;

use crate::join_control_plane::{FirstNode, INIT_CONFIG};
use kadm_test_support::etcd::EtcdProcess;

use crate::support::{Root, command_of, etcdctl, flag, free_port, run};

/// The tests of this file start etcd members on the default ports of 127.0.0.x, as the nodes'
/// manifests say: one test at a time.
static ETCD_PORTS: Mutex<()> = Mutex::new(());

fn serial() -> MutexGuard<'static, ()> {
    ETCD_PORTS.lock().unwrap_or_else(|e| e.into_inner())
}

/// A control plane of the test cluster (its root is kept alive by the test).
struct Node<'a> {
    root: &'a Root,
    name: &'static str,
    ip: &'static str,
    etcd: Option<EtcdProcess>,
    log: PathBuf,
}

impl<'a> Node<'a> {
    fn new(root: &'a Root, name: &'static str, ip: &'static str) -> Self {
        let log = root.path().with_extension(format!("{name}.etcd.log"));
        Node {
            root,
            name,
            ip,
            etcd: None,
            log,
        }
    }

    fn client_url(&self) -> String {
        format!("https://{}:2379", self.ip)
    }

    /// The etcd credentials the node's kube-apiserver manifest names, under its root.
    fn apiserver_creds(&self) -> [String; 3] {
        let api = command_of(
            &self
                .root
                .join("/etc/kubernetes/manifests/kube-apiserver.yaml"),
        );
        ["etcd-cafile", "etcd-certfile", "etcd-keyfile"]
            .map(|f| self.root.join(flag(&api, f)).display().to_string())
    }

    /// Starts etcd with the command of this node's etcd.yaml.
    fn start_etcd(&mut self) {
        let command = command_of(&self.root.join("/etc/kubernetes/manifests/etcd.yaml"));
        assert_eq!(command[0], "etcd");
        let metrics = free_port();
        let local = free_port();
        let first = self.ip == "127.0.0.1";
        let args: Vec<String> = command[1..]
            .iter()
            .map(|f| {
                let (name, value) = f.split_once('=').unwrap();
                let value = if value.starts_with('/') {
                    self.root.join(value).display().to_string()
                } else if name == "--listen-metrics-urls" {
                    value.replace(":2381", &format!(":{metrics}"))
                } else if name == "--listen-client-urls" && !first {
                    value.replace("127.0.0.1:2379", &format!("127.0.0.1:{local}"))
                } else {
                    value.to_string()
                };
                format!("{name}={value}")
            })
            .collect();
        self.etcd = Some(EtcdProcess::start(&args, &self.log));
    }

    /// Stops this node's etcd gracefully, as the kubelet stops a static Pod, then starts it again
    /// from its manifest.
    fn restart_etcd(&mut self) {
        if let Some(mut etcd) = self.etcd.take() {
            etcd.stop();
        }
        self.start_etcd();
        self.wait_healthy();
    }

    fn logs(&self) -> String {
        self.etcd
            .as_ref()
            .map(EtcdProcess::logs)
            .unwrap_or_default()
    }

    /// Waits until this node's etcd answers `endpoint health` (at most 30 s).
    fn wait_healthy(&self) {
        let creds = self.apiserver_creds();
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let (ok, out, err) = etcdctl(&creds, &self.client_url(), &["endpoint", "health"]);
            if ok {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "etcd of {} did not become healthy:\n{out}{err}\n{}",
                self.name,
                self.logs()
            );
            std::thread::sleep(Duration::from_millis(200));
        }
    }
}

/// `kadm join --control-plane` of `node` through `endpoints`.
fn join(first: &FirstNode, node: &Node, endpoints: &[&Node]) -> (bool, String, String) {
    let urls: Vec<String> = endpoints.iter().map(|n| n.client_url()).collect();
    run(first
        .join_command(node.root, node.name, node.ip)
        .args(["--etcd-endpoints", &urls.join(",")]))
}

/// `member list` as (name, started) pairs, through `node`.
fn members(node: &Node) -> Vec<(String, bool)> {
    let (ok, out, err) = etcdctl(
        &node.apiserver_creds(),
        &node.client_url(),
        &["member", "list", "-w", "json"],
    );
    assert!(ok, "member list:\n{out}{err}");
    let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
    let mut list: Vec<(String, bool)> = doc["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            let name = m["name"].as_str().unwrap_or_default().to_string();
            let started = m["clientURLs"].as_array().is_some_and(|u| !u.is_empty());
            (name, started)
        })
        .collect();
    list.sort();
    list
}

fn started(names: &[&str]) -> Vec<(String, bool)> {
    names.iter().map(|n| (n.to_string(), true)).collect()
}

/// The cluster of the tests: `init` made `first` (cp1, 127.0.0.1); cp2 (127.0.0.2) and cp3
/// (127.0.0.3) join it one at a time, each node's etcd started from its manifest, until
/// `member list` shows three started members.
fn grow<'a>(first: &'a FirstNode, root2: &'a Root, root3: &'a Root) -> [Node<'a>; 3] {
    let mut cp1 = Node::new(&first.root, "cp1", "127.0.0.1");
    cp1.start_etcd();
    cp1.wait_healthy();
    let mut cp2 = Node::new(root2, "cp2", "127.0.0.2");
    let (ok, out, err) = join(first, &cp2, &[&cp1]);
    assert!(ok, "join cp2:\n{out}\n{err}");
    cp2.start_etcd();
    cp2.wait_healthy();
    let mut cp3 = Node::new(root3, "cp3", "127.0.0.3");
    let (ok, out, err) = join(first, &cp3, &[&cp1, &cp2]);
    assert!(ok, "join cp3:\n{out}\n{err}");
    cp3.start_etcd();
    cp3.wait_healthy();
    let deadline = Instant::now() + Duration::from_secs(20);
    while members(&cp1) != started(&["cp1", "cp2", "cp3"]) {
        assert!(Instant::now() < deadline, "members: {:?}", members(&cp1));
        std::thread::sleep(Duration::from_millis(200));
    }
    [cp1, cp2, cp3]
}

#[test]
#[cfg_attr(
    any(kadm_skip_etcd, kadm_skip_etcdctl, kadm_skip_openssl),
    ignore = "needs etcd, etcdctl and openssl, not found"
)]
fn three_control_planes_make_one_healthy_etcd_cluster() {
    let _serial = serial();
    let openssl = Peer::Openssl.require();
    let first = FirstNode::init(INIT_CONFIG);
    let (root2, root3, root4) = (Root::new(), Root::new(), Root::new());
    let [cp1, cp2, cp3] = grow(&first, &root2, &root3);

    let etcd_command = command_of(&cp2.root.join("/etc/kubernetes/manifests/etcd.yaml"));
    // etcd lists members by ID, so their order in --initial-cluster varies from run to run.
    let mut initial: Vec<&str> = flag(&etcd_command, "initial-cluster").split(',').collect();
    initial.sort();
    assert_eq!(
        initial,
        ["cp1=https://127.0.0.1:2380", "cp2=https://127.0.0.2:2380"]
    );
    assert_eq!(flag(&etcd_command, "initial-cluster-state"), "existing");

    // A healthy cluster, and data written on one node read on another.
    let (ok, out, err) = etcdctl(
        &cp3.apiserver_creds(),
        &cp3.client_url(),
        &["endpoint", "health", "--cluster"],
    );
    assert!(ok, "endpoint health --cluster:\n{out}{err}");
    // etcdctl 3.4 prints the health lines on stderr, later versions on stdout.
    let said = format!("{out}{err}");
    assert_eq!(said.matches("is healthy").count(), 3, "{said}");
    let (ok, out, err) = etcdctl(
        &cp1.apiserver_creds(),
        &cp1.client_url(),
        &["put", "/kadm/join", "three"],
    );
    assert!(ok, "put through cp1:\n{out}{err}");
    let (ok, out, err) = etcdctl(
        &cp3.apiserver_creds(),
        &cp3.client_url(),
        &["get", "/kadm/join", "--print-value-only"],
    );
    assert!(ok, "get through cp3:\n{out}{err}");
    assert_eq!(out.trim(), "three");

    // Every node's serving certificates verify against the first node's CAs and carry its
    // own address.
    for node in [&cp1, &cp2, &cp3] {
        for (cert, ca) in [
            ("apiserver.crt", "ca.crt"),
            ("etcd/server.crt", "etcd/ca.crt"),
            ("etcd/peer.crt", "etcd/ca.crt"),
        ] {
            let path = node.root.pki().join(cert);
            let (ok, out, err) = run(Command::new(&openssl)
                .arg("verify")
                .arg("-CAfile")
                .arg(cp1.root.pki().join(ca))
                .arg(&path));
            assert!(ok, "{} {cert}: {out}{err}", node.name);
            let (_, sans, _) = run(Command::new(&openssl)
                .args(["x509", "-noout", "-ext", "subjectAltName", "-in"])
                .arg(&path));
            assert!(
                sans.contains(&format!("IP Address:{}", node.ip)),
                "{} {cert}: {sans}",
                node.name
            );
        }
    }

    // A name that is already a member is refused before anything is written.
    let taken = Node::new(&root4, "cp2", "127.0.0.4");
    let (ok, out, err) = join(&first, &taken, &[&cp1]);
    assert!(!ok, "{out}");
    assert!(
        err.contains("node name cp2 is already etcd member"),
        "{err}"
    );
    assert!(
        std::fs::read_dir(taken.root.path())
            .unwrap()
            .next()
            .is_none(),
        "a refused join wrote files"
    );

    // A re-run of a finished join adds no second member.
    let (ok, out, err) = join(&first, &cp3, &[&cp1]);
    assert!(ok, "re-run of cp3:\n{out}\n{err}");
    assert!(out.contains("already exists"), "{out}");
    assert_eq!(members(&cp1), started(&["cp1", "cp2", "cp3"]));

    // `kadm reset` on the third node takes its member out before deleting its files; the two
    // left stay healthy.
    let (ok, out, err) = run(Command::new(env!("CARGO_BIN_EXE_kadm"))
        .env("NO_COLOR", "1")
        .args(["reset", "--force", "--rootfs"])
        .arg(cp3.root.path())
        .args(["--etcd-endpoints", &cp1.client_url()]));
    assert!(ok, "reset cp3:\n{out}\n{err}");
    assert!(
        !cp3.root
            .join("/etc/kubernetes/manifests/etcd.yaml")
            .exists()
    );
    assert_eq!(members(&cp1), started(&["cp1", "cp2"]));
    let (ok, out, err) = etcdctl(
        &cp1.apiserver_creds(),
        &cp1.client_url(),
        &["endpoint", "health", "--cluster"],
    );
    let said = format!("{out}{err}");
    assert!(ok, "endpoint health --cluster after reset:\n{said}");
    assert_eq!(said.matches("is healthy").count(), 2, "{said}");
}

#[test]
fn a_join_to_an_etcd_where_nothing_listens_fails_in_bounded_time_and_writes_nothing() {
    let first = FirstNode::init(INIT_CONFIG);
    let node = Root::new();
    let url = format!("https://127.0.0.1:{}", free_port());
    let started = Instant::now();
    let (ok, out, err) = run(first
        .join_command(&node, "cp2", "127.0.0.2")
        .args(["--etcd-endpoints", &url]));
    assert!(!ok, "{out}");
    assert!(err.contains(&url), "{err}");
    assert!(started.elapsed() < Duration::from_secs(30));
    assert!(
        std::fs::read_dir(node.path()).unwrap().next().is_none(),
        "a refused join wrote files"
    );
}

#[test]
#[cfg_attr(
    any(kadm_skip_etcd, kadm_skip_etcdctl),
    ignore = "needs etcd and etcdctl, not found"
)]
fn no_member_is_added_for_a_manifest_that_cannot_be_written() {
    let _serial = serial();
    let first = FirstNode::init(INIT_CONFIG);
    let root2 = Root::new();
    let mut cp1 = Node::new(&first.root, "cp1", "127.0.0.1");
    cp1.start_etcd();
    cp1.wait_healthy();
    let cp2 = Node::new(&root2, "cp2", "127.0.0.2");
    // Everything but the etcd member, then a directory where etcd.yaml goes.
    let (ok, out, err) = run(first
        .join_command(cp2.root, cp2.name, cp2.ip)
        .args(["--skip-phases", "control-plane-join/etcd"]));
    assert!(ok, "{out}\n{err}");
    let blocker = cp2
        .root
        .join("/etc/kubernetes/manifests/etcd.yaml/in-the-way");
    std::fs::create_dir_all(&blocker).unwrap();

    let (ok, out, err) = run(first
        .join_command(cp2.root, cp2.name, cp2.ip)
        .args(["phase", "control-plane-join", "etcd"])
        .args(["--etcd-endpoints", &cp1.client_url()]));
    assert!(!ok, "{out}");
    assert!(!out.contains("Adding etcd member"), "{out}");
    assert!(err.contains("no etcd member was added"), "{err}");
    assert_eq!(members(&cp1), started(&["cp1"]));
}

/// A client of the cluster that runs while the test changes it: `etcdctl put` then `get` of a
/// new key through all three members, over and over, with the credentials it is given (switched
/// by the test, as an operator hands out new ones), counting every request and every failure.
struct ClientLoop {
    stop: Arc<AtomicBool>,
    creds: Arc<Mutex<[String; 3]>>,
    thread: Option<std::thread::JoinHandle<(u32, Vec<String>)>>,
}

impl ClientLoop {
    fn start(creds: [String; 3], endpoints: String) -> Self {
        let stop = Arc::new(AtomicBool::new(false));
        let creds = Arc::new(Mutex::new(creds));
        let (flag, shared) = (stop.clone(), creds.clone());
        let thread = std::thread::spawn(move || {
            let mut requests = 0;
            let mut failures = Vec::new();
            // Bounded: at most 5000 rounds, however long the test takes.
            for i in 0..5000 {
                if flag.load(Ordering::SeqCst) {
                    break;
                }
                let creds = shared.lock().unwrap().clone();
                let key = format!("/kadm/rotation/{i}");
                for (args, expected) in [
                    (["put", key.as_str(), "v"], "OK"),
                    (["get", key.as_str(), "--print-value-only"], "v"),
                ] {
                    requests += 1;
                    if let Err(failure) = request(&creds, &endpoints, &args, expected) {
                        failures.push(format!("{} {key}: {failure}", args[0]));
                    }
                }
            }
            (requests, failures)
        });
        ClientLoop {
            stop,
            creds,
            thread: Some(thread),
        }
    }

    fn use_creds(&self, creds: [String; 3]) {
        *self.creds.lock().unwrap() = creds;
    }

    fn finish(mut self) -> (u32, Vec<String>) {
        self.stop.store(true, Ordering::SeqCst);
        self.thread.take().unwrap().join().unwrap()
    }
}

/// What a loaded etcd answers when it is slow, not when it refuses a client: raft proposals that
/// miss their deadline on starved cores, a leader change, and etcd 3.4's answer in HTTP to a
/// gRPC call on its shared port. None of them is about credentials.
const TRANSIENT: [&str; 4] = [
    "etcdserver: request timed out",
    "etcdserver: leader changed",
    "etcdserver: no leader",
    "missing content-type field",
];

/// One request of the client loop, retried once (as etcd's own clients do) when etcd answered
/// with a [`TRANSIENT`] error; a request refused for its credentials fails the same way twice.
fn request(
    creds: &[String; 3],
    endpoints: &str,
    args: &[&str],
    expected: &str,
) -> Result<(), String> {
    let mut last = String::new();
    for _attempt in 0..2 {
        let (ok, out, err) = patient_etcdctl(creds, endpoints, args);
        if ok && out.trim() == expected {
            return Ok(());
        }
        last = format!("{out}{err}");
        if !TRANSIENT.iter().any(|t| last.contains(t)) {
            break;
        }
    }
    Err(last)
}

/// `etcdctl` as a client that waits out a leader election (up to 15 s a request) but never
/// retries a request that failed.
fn patient_etcdctl(creds: &[String; 3], endpoints: &str, args: &[&str]) -> (bool, String, String) {
    run(Command::new(Peer::Etcdctl.require())
        .env("ETCDCTL_API", "3")
        .args(["--endpoints", endpoints])
        .args([
            "--cacert", &creds[0], "--cert", &creds[1], "--key", &creds[2],
        ])
        .args(["--dial-timeout", "5s", "--command-timeout", "15s"])
        .args(args)
        .stdin(Stdio::null()))
}

/// Waits until every member answers `endpoint health --cluster` through `node` to a client with
/// `creds` (at most 30 s).
fn wait_cluster_healthy(node: &Node, creds: &[String; 3], members: usize) {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let (ok, out, err) = etcdctl(
            creds,
            &node.client_url(),
            &["endpoint", "health", "--cluster"],
        );
        let said = format!("{out}{err}");
        if ok && said.matches("is healthy").count() == members {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "the cluster is not healthy:\n{said}"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// `kadm certs rotate-ca <args> --ca etcd-ca --rootfs <node>`.
fn rotate(node: &Node, args: &[&str]) -> String {
    let (ok, out, err) = run(Command::new(env!("CARGO_BIN_EXE_kadm"))
        .env("NO_COLOR", "1")
        .args(["certs", "rotate-ca"])
        .args(args)
        .args(["--ca", "etcd-ca", "--rootfs"])
        .arg(node.root.path()));
    assert!(ok, "rotate-ca {args:?} on {}:\n{out}\n{err}", node.name);
    out
}

/// A copy of a node's etcd client credentials as they are now (the files are replaced by the
/// rotation; a client holds what it was given).
fn snapshot_creds(node: &Node, dir: &std::path::Path, tag: &str) -> [String; 3] {
    node.apiserver_creds().map(|path| {
        let name = std::path::Path::new(&path).file_name().unwrap().to_owned();
        let copy = dir.join(format!("{tag}-{}", name.to_string_lossy()));
        std::fs::copy(&path, &copy).unwrap();
        copy.display().to_string()
    })
}

/// The stage `rotate-ca status -o json` gives each node, and the nodes it names as lagging.
fn stages(nodes: &[&Node]) -> (Vec<String>, Vec<String>) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_kadm"));
    cmd.args([
        "certs",
        "rotate-ca",
        "status",
        "--ca",
        "etcd-ca",
        "-o",
        "json",
    ]);
    for node in nodes {
        cmd.arg("--rootfs").arg(node.root.path());
    }
    let (ok, out, err) = run(&mut cmd);
    assert!(ok, "status:\n{out}\n{err}");
    let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
    let stage = doc["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["cas"][0]["stage"].as_str().unwrap().to_string())
        .collect();
    let lagging = doc["lagging"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["node"].as_str().unwrap().to_string())
        .collect();
    (stage, lagging)
}

#[test]
#[cfg_attr(
    any(kadm_skip_etcd, kadm_skip_etcdctl),
    ignore = "needs etcd and etcdctl, not found"
)]
fn the_etcd_ca_is_rotated_on_three_members_without_a_failed_request() {
    let _serial = serial();
    let first = FirstNode::init(INIT_CONFIG);
    let (root2, root3) = (Root::new(), Root::new());
    let mut nodes = grow(&first, &root2, &root3);
    let scratch = tempfile::tempdir().unwrap();
    let endpoints = nodes
        .iter()
        .map(Node::client_url)
        .collect::<Vec<_>>()
        .join(",");
    // The client starts with the credentials the first node's API server has before the rotation.
    let old = snapshot_creds(&nodes[0], scratch.path(), "old");
    let client = ClientLoop::start(old.clone(), endpoints.clone());

    // prepare on the first node makes the bundle; the others import it.
    let key = {
        let (ok, out, err) =
            run(Command::new(env!("CARGO_BIN_EXE_kadm")).args(["certs", "certificate-key"]));
        assert!(ok, "{err}");
        out.trim().to_string()
    };
    let bundle = scratch.path().join("rotation.json");
    let bundle_arg = bundle.display().to_string();
    rotate(
        &nodes[0],
        &[
            "prepare",
            "--bundle-file",
            &bundle_arg,
            "--certificate-key",
            &key,
        ],
    );
    // Until the others import it, status over the three nodes names them as lagging.
    let refs: Vec<&Node> = nodes.iter().collect();
    let (stage, lagging) = stages(&refs);
    assert_eq!(stage, ["prepared", "not-started", "not-started"]);
    assert_eq!(lagging.len(), 2, "{lagging:?}");
    for node in &nodes[1..] {
        rotate(
            node,
            &[
                "prepare",
                "--from-bundle",
                &bundle_arg,
                "--certificate-key",
                &key,
            ],
        );
    }
    let refs: Vec<&Node> = nodes.iter().collect();
    let (stage, lagging) = stages(&refs);
    assert_eq!(stage, ["prepared", "prepared", "prepared"]);
    assert!(lagging.is_empty(), "{lagging:?}");

    // The members take their re-issued certificates, one at a time, each once the cluster is
    // whole again, as the clients of before the rotation see it.
    for node in nodes.iter_mut() {
        node.restart_etcd();
        wait_cluster_healthy(node, &old, 3);
    }
    // The operator hands out the new credentials, then finalizes every node and restarts again.
    let new = snapshot_creds(&nodes[0], scratch.path(), "new");
    client.use_creds(new.clone());
    std::thread::sleep(Duration::from_millis(500));
    for node in &nodes {
        rotate(node, &["finalize"]);
    }
    for node in nodes.iter_mut() {
        node.restart_etcd();
        wait_cluster_healthy(node, &new, 3);
    }
    std::thread::sleep(Duration::from_millis(500));
    let (requests, failures) = client.finish();
    assert!(
        failures.is_empty(),
        "{} of {requests} requests failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(requests >= 40, "only {requests} requests ran");

    let refs: Vec<&Node> = nodes.iter().collect();
    assert_eq!(stages(&refs).0, ["finalized", "finalized", "finalized"]);
    assert_eq!(members(&nodes[0]), started(&["cp1", "cp2", "cp3"]));
    // After finalize, a client certificate of the old CA is refused; the new one is served.
    let (ok, out, err) = etcdctl(&old, &nodes[1].client_url(), &["get", "/kadm/rotation/0"]);
    assert!(
        !ok,
        "the old CA's client certificate still works:\n{out}{err}"
    );
    let (ok, out, err) = etcdctl(&new, &nodes[1].client_url(), &["endpoint", "health"]);
    assert!(ok, "{out}{err}");
}
