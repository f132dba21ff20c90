//! `kadm join` for a worker, offline: `kadm init --rootfs A`, then `kadm join --rootfs B` with
//! A's admin.conf as the discovery file and A's token; judged by the files, their modes and
//! kubectl 1.33.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Command;

use kadm_test_support::Peer;

use crate::support::{Root, kadm, run};

const ECDSA: [&str; 2] = ["--encryption-algorithm", "ECDSA-P256"];

/// An initialized control plane A: its root, its token and its CA hash (from `init -o json`).
struct Cluster {
    root: Root,
    token: String,
    hash: String,
}

impl Cluster {
    fn new() -> Self {
        let root = Root::new();
        let out = root
            .kadm(&["init", "-o", "json"])
            .args(ECDSA)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let text = |k: &str| doc["join"][k].as_str().unwrap().to_string();
        Cluster {
            token: text("token"),
            hash: text("caCertHash"),
            root,
        }
    }

    fn admin_conf(&self) -> std::path::PathBuf {
        self.root.join("/etc/kubernetes/admin.conf")
    }

    /// `kadm join --rootfs <worker> --discovery-file A/admin.conf --token T --node-name worker-1`
    /// with `extra` flags.
    fn join(&self, worker: &Root, extra: &[&str]) -> (bool, String, String) {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_kadm"));
        cmd.env("NO_COLOR", "1")
            .arg("join")
            .arg("--rootfs")
            .arg(worker.path())
            .arg("--discovery-file")
            .arg(self.admin_conf())
            .args(["--token", &self.token, "--node-name", "worker-1"])
            .args(extra);
        run(&mut cmd)
    }
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o7777
}

const FILES: [(&str, u32); 4] = [
    ("/etc/kubernetes/pki/ca.crt", 0o644),
    ("/etc/kubernetes/bootstrap-kubelet.conf", 0o600),
    ("/var/lib/kubelet/config.yaml", 0o644),
    ("/var/lib/kubelet/kubeadm-flags.env", 0o644),
];

#[test]
#[cfg_attr(kadm_skip_kubectl, ignore = "needs kubectl 1.33, not found")]
fn a_worker_gets_the_cluster_ca_and_a_bootstrap_kubeconfig_that_kubectl_reads() {
    let kubectl = Peer::Kubectl.require();
    let cluster = Cluster::new();
    let worker = Root::new();
    let hash = cluster.hash.clone();
    let (ok, _, err) = cluster.join(&worker, &["--discovery-token-ca-cert-hash", &hash]);
    assert!(ok, "{err}");
    for (file, want) in FILES {
        assert_eq!(mode(&worker.join(file)), want, "{file}");
    }
    let ca = std::fs::read(cluster.root.pki().join("ca.crt")).unwrap();
    assert_eq!(std::fs::read(worker.join(FILES[0].0)).unwrap(), ca);

    let conf = worker.join(FILES[1].0);
    let (ok, out, err) = run(Command::new(kubectl)
        .args(["config", "view", "--raw", "-o", "json", "--kubeconfig"])
        .arg(&conf));
    assert!(ok, "kubectl config view: {err}");
    let view: serde_json::Value = serde_json::from_str(&out).unwrap();
    use base64::Engine as _;
    let ca_data = view["clusters"][0]["cluster"]["certificate-authority-data"]
        .as_str()
        .unwrap();
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(ca_data)
        .unwrap();
    assert_eq!(
        decoded, ca,
        "the bootstrap kubeconfig trusts the cluster CA"
    );
    let users = view["users"].as_array().unwrap();
    assert_eq!(users.len(), 1);
    assert_eq!(users[0]["user"]["token"], cluster.token.as_str());
    assert!(
        users[0]["user"].get("client-key-data").is_none(),
        "admin.conf's key must not reach the worker: {}",
        users[0]["user"]
    );
    let admin: serde_json::Value = {
        let (ok, out, _) = run(Command::new(Peer::Kubectl.require())
            .args(["config", "view", "--raw", "-o", "json", "--kubeconfig"])
            .arg(cluster.admin_conf()));
        assert!(ok);
        serde_json::from_str(&out).unwrap()
    };
    assert_eq!(
        view["clusters"][0]["cluster"]["server"],
        admin["clusters"][0]["cluster"]["server"]
    );
    let flags = std::fs::read_to_string(worker.join(FILES[3].0)).unwrap();
    assert!(flags.contains("--hostname-override=worker-1"), "{flags}");

    // A second run changes no byte.
    let before = worker.snapshot();
    let (ok, _, err) = cluster.join(&worker, &["--discovery-token-ca-cert-hash", &hash]);
    assert!(ok, "{err}");
    assert_eq!(worker.snapshot(), before);
}

#[test]
fn a_dry_run_writes_nothing_and_reports_one_json_document() {
    let cluster = Cluster::new();
    let worker = Root::new();
    let (ok, out, err) = cluster.join(&worker, &["--dry-run", "-o", "json"]);
    assert!(ok, "{err}");
    assert!(worker.snapshot().is_empty(), "{:?}", worker.snapshot());
    let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(doc["command"], "join");
    assert_eq!(doc["dryRun"], true);
    assert_eq!(doc["succeeded"], true);
    let all = doc["phases"].as_array().unwrap();
    let ran: Vec<&str> = all
        .iter()
        .filter(|p| p["status"] == "ran")
        .map(|p| p["phase"].as_str().unwrap())
        .collect();
    assert_eq!(ran, ["preflight", "kubelet-start"]);
    // A worker's run lists the control-plane phases as skipped.
    assert!(
        all.iter()
            .filter(|p| p["phase"].as_str().unwrap().starts_with("control-plane-"))
            .all(|p| p["status"] == "skipped")
    );
    let kubelet_start = all.iter().find(|p| p["phase"] == "kubelet-start").unwrap();
    let files = kubelet_start["files"].as_array().unwrap();
    let conf = files
        .iter()
        .find(|f| {
            f["path"]
                .as_str()
                .unwrap()
                .ends_with("bootstrap-kubelet.conf")
        })
        .unwrap();
    assert_eq!(conf["mode"], "0600");
    assert_eq!(conf["action"], "wouldWrite");
    assert_eq!(kubelet_start["result"]["caCertHash"], cluster.hash.as_str());
}

#[test]
fn a_wrong_ca_hash_is_refused_naming_both_hashes_and_nothing_is_written() {
    let cluster = Cluster::new();
    let worker = Root::new();
    let wrong = format!("sha256:{}", "ab".repeat(32));
    let (ok, _, err) = cluster.join(&worker, &["--discovery-token-ca-cert-hash", &wrong]);
    assert!(!ok);
    assert!(err.contains(&wrong) && err.contains(&cluster.hash), "{err}");
    assert!(err.contains("error execution phase kubelet-start"), "{err}");
    assert!(worker.snapshot().is_empty(), "{:?}", worker.snapshot());
}

#[test]
fn an_invalid_token_is_refused_without_echoing_it() {
    let cluster = Cluster::new();
    let worker = Root::new();
    let mut cmd = kadm();
    let secret = "abcdef.THIS-IS-NOT-VALID-0123456789";
    cmd.arg("join")
        .arg("--rootfs")
        .arg(worker.path())
        .arg("--discovery-file")
        .arg(cluster.admin_conf())
        .args(["--token", secret, "--node-name", "worker-1"]);
    let out = cmd.output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(err.contains("--token"), "{err}");
    assert!(!err.contains("THIS-IS-NOT-VALID-0123456789"), "{err}");
    assert!(worker.snapshot().is_empty());
}

#[test]
fn a_join_configuration_with_an_unknown_field_names_file_line_and_field() {
    let cluster = Cluster::new();
    let worker = Root::new();
    let file = worker.path().with_extension("join.yaml");
    std::fs::write(
        &file,
        "apiVersion: kubeadm.k8s.io/v1beta4\nkind: JoinConfiguration\nnodeRegistration:\n  \
         name: worker-1\n  taintz: []\n",
    )
    .unwrap();
    let (ok, _, err) = cluster.join(&worker, &["--config", file.to_str().unwrap()]);
    std::fs::remove_file(&file).unwrap();
    assert!(!ok);
    assert!(
        err.contains(&format!("{}:5:", file.display())),
        "file:line: {err}"
    );
    assert!(err.contains("JoinConfiguration.nodeRegistration"), "{err}");
    assert!(err.contains("did you mean \"taints\""), "{err}");
    assert!(worker.snapshot().is_empty());
}

#[test]
fn an_endpoint_other_than_the_files_server_is_refused() {
    let cluster = Cluster::new();
    let worker = Root::new();
    let (ok, _, err) = cluster.join(&worker, &["10.9.9.9:6443"]);
    assert!(!ok);
    assert!(
        err.contains("\"10.9.9.9:6443\"") && err.contains("127.0.0.1"),
        "{err}"
    );
    assert!(worker.snapshot().is_empty());
    let (ok, _, err) = cluster.join(&worker, &["127.0.0.1:6443"]);
    assert!(ok, "the file's own endpoint is accepted: {err}");
}

#[test]
fn a_join_configuration_alone_drives_the_join_and_its_skip_phases_are_honoured() {
    let cluster = Cluster::new();
    let worker = Root::new();
    let file = worker.path().with_extension("join.yaml");
    let text = |skip: &str| {
        format!(
            "apiVersion: kubeadm.k8s.io/v1beta4\nkind: JoinConfiguration\ncaCertPath: /etc/pki/cluster-ca.crt\n\
             nodeRegistration:\n  name: worker-7\ndiscovery:\n  file:\n    kubeConfigPath: {}\n  \
             tlsBootstrapToken: {}\n  bootstrapToken:\n    caCertHashes: [\"{}\"]\n{skip}",
            cluster.admin_conf().display(),
            cluster.token,
            cluster.hash
        )
    };
    let join = |worker: &Root| {
        let mut cmd = kadm();
        cmd.arg("join")
            .arg("--rootfs")
            .arg(worker.path())
            .arg("--config")
            .arg(&file);
        let out = cmd.output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    std::fs::write(&file, text("skipPhases: [kubelet-start]\n")).unwrap();
    join(&worker);
    assert!(worker.snapshot().is_empty(), "kubelet-start was skipped");

    std::fs::write(&file, text("")).unwrap();
    join(&worker);
    std::fs::remove_file(&file).unwrap();
    let ca = std::fs::read(cluster.root.pki().join("ca.crt")).unwrap();
    assert_eq!(
        std::fs::read(worker.join("/etc/pki/cluster-ca.crt")).unwrap(),
        ca
    );
    assert!(!worker.join(FILES[0].0).exists(), "caCertPath moves the CA");
    let flags = std::fs::read_to_string(worker.join(FILES[3].0)).unwrap();
    assert!(flags.contains("--hostname-override=worker-7"), "{flags}");
    let conf = std::fs::read_to_string(worker.join(FILES[1].0)).unwrap();
    assert!(conf.contains(&format!("token: {}", cluster.token)));
}
