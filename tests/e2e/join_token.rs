//! `kadm join` with token discovery against a real TLS server: `kadm init --rootfs A` with two
//! tokens (one valid, one past its `expires`), then `openssl s_server -WWW` serving A's
//! `cluster-info` (converted to JSON, as an API server sends it) with A's apiserver certificate,
//! then `kadm join 127.0.0.1:PORT --token ... --discovery-token-ca-cert-hash ...` into B. Judged
//! by the files written (or not), the messages, and kubectl 1.33.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use kadm_test_support::Peer;

use crate::support::{Daemon, Root, free_port, run, wait_for_port};

const TOKEN: &str = "abcdef.0123456789abcdef";
const EXPIRED: &str = "expird.0123456789abcdef";
const CLUSTER_INFO: &str = "api/v1/namespaces/kube-public/configmaps/cluster-info";

/// An initialized control plane: its root, the CA hash `init -o json` printed, and the port of
/// its API server (where cluster-info says it is).
struct Cluster {
    root: Root,
    hash: String,
    api_port: u16,
}

impl Cluster {
    fn new() -> Self {
        let root = Root::new();
        let api_port = free_port();
        let config = root.path().with_extension("init.yaml");
        std::fs::write(
            &config,
            format!(
                "apiVersion: kubeadm.k8s.io/v1beta4\nkind: InitConfiguration\n\
                 localAPIEndpoint:\n  advertiseAddress: 127.0.0.1\n  bindPort: {api_port}\n\
                 nodeRegistration:\n  \
                 name: node-1\nbootstrapTokens:\n- token: {TOKEN}\n- token: {EXPIRED}\n  \
                 expires: \"2020-01-01T00:00:00Z\"\n---\napiVersion: kubeadm.k8s.io/v1beta4\n\
                 kind: ClusterConfiguration\nencryptionAlgorithm: ECDSA-P256\n\
                 kubernetesVersion: v1.35.0\n---\napiVersion: kubelet.config.k8s.io/v1beta1\n\
                 kind: KubeletConfiguration\nmaxPods: 77\n"
            ),
        )
        .unwrap();
        let out = crate::support::kadm()
            .args(["init", "-o", "json", "--rootfs"])
            .arg(root.path())
            .arg("--config")
            .arg(&config)
            .output()
            .unwrap();
        std::fs::remove_file(&config).unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        Cluster {
            hash: doc["join"]["caCertHash"].as_str().unwrap().to_string(),
            root,
            api_port,
        }
    }

    /// The cluster-info ConfigMap `init` wrote, as JSON.
    fn cluster_info(&self) -> serde_json::Value {
        let file = self
            .root
            .join("/etc/kubernetes/cluster-objects/bootstrap-token.yaml");
        let text = std::fs::read_to_string(file).unwrap();
        let docs: Vec<serde_json::Value> = serde_saphyr::from_multiple(&text).unwrap();
        docs.into_iter()
            .find(|d| d["kind"] == "ConfigMap" && d["metadata"]["name"] == "cluster-info")
            .expect("cluster-info in bootstrap-token.yaml")
    }

    /// The objects of one manifest `init` wrote, as JSON.
    fn objects(&self, file: &str) -> Vec<serde_json::Value> {
        let path = self
            .root
            .join(&format!("/etc/kubernetes/cluster-objects/{file}"));
        serde_saphyr::from_multiple(&std::fs::read_to_string(path).unwrap()).unwrap()
    }

    /// `openssl s_server -WWW` with the apiserver's certificate serving `cluster_info` (the
    /// endpoint a join is given), and another on the API server's port serving the
    /// `kubeadm-config` and `kubelet-config` ConfigMaps (where cluster-info sends the joining
    /// node), each as an API server sends it.
    fn serve(&self, cluster_info: &serde_json::Value) -> Served {
        let config_maps: Vec<(String, serde_json::Value)> = self
            .objects("upload-config.yaml")
            .into_iter()
            .filter(|o| o["kind"] == "ConfigMap")
            .map(|o| {
                let name = o["metadata"]["name"].as_str().unwrap().to_string();
                (
                    format!("api/v1/namespaces/kube-system/configmaps/{name}"),
                    o,
                )
            })
            .collect();
        assert_eq!(config_maps.len(), 2, "{config_maps:?}");
        let api = self.serve_files(self.api_port, &config_maps);
        let port = free_port();
        let (daemon, dir) =
            self.serve_files(port, &[(CLUSTER_INFO.to_string(), cluster_info.clone())]);
        Served {
            port,
            _daemons: [daemon, api.0],
            _dirs: [dir, api.1],
        }
    }

    /// `openssl s_server -WWW` on `port` with the apiserver's certificate, serving each object at
    /// its path.
    fn serve_files(
        &self,
        port: u16,
        files: &[(String, serde_json::Value)],
    ) -> (Daemon, tempfile::TempDir) {
        let dir = tempfile::tempdir().unwrap();
        for (path, object) in files {
            let file = dir.path().join(path);
            std::fs::create_dir_all(file.parent().unwrap()).unwrap();
            std::fs::write(&file, serde_json::to_vec(object).unwrap()).unwrap();
        }
        let pki = self.root.pki();
        let child = Command::new(Peer::Openssl.require())
            .current_dir(dir.path())
            .args(["s_server", "-quiet", "-WWW", "-accept"])
            .arg(format!("127.0.0.1:{port}"))
            .arg("-cert")
            .arg(pki.join("apiserver.crt"))
            .arg("-key")
            .arg(pki.join("apiserver.key"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start openssl s_server");
        let daemon = Daemon(child);
        assert!(wait_for_port(port), "s_server did not listen on {port}");
        (daemon, dir)
    }
}

/// The running s_servers (discovery's, the API server's) and the directories they serve.
struct Served {
    port: u16,
    _daemons: [Daemon; 2],
    _dirs: [tempfile::TempDir; 2],
}

impl Served {
    fn endpoint(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }
}

/// `kadm join ENDPOINT --rootfs <worker> --node-name worker-1 <extra>`: (success, stdout, stderr).
fn join(worker: &Root, endpoint: &str, extra: &[&str]) -> (bool, String, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_kadm"));
    cmd.env("NO_COLOR", "1")
        .arg("join")
        .arg(endpoint)
        .arg("--rootfs")
        .arg(worker.path())
        .args(["--node-name", "worker-1"])
        .args(extra);
    run(&mut cmd)
}

/// A refused join: it failed in kubelet-start with `want` in its message, and wrote nothing.
fn assert_refused(worker: &Root, (ok, _, err): (bool, String, String), want: &str) {
    assert!(!ok, "the join must fail");
    assert!(err.contains(want), "{want}\n{err}");
    assert!(
        !err.contains("0123456789abcdef"),
        "a token's secret is never shown: {err}"
    );
    assert!(worker.snapshot().is_empty(), "{:?}", worker.snapshot());
}

fn kubectl_view(conf: &Path) -> serde_json::Value {
    let (ok, out, err) = run(Command::new(Peer::Kubectl.require())
        .args(["config", "view", "--raw", "-o", "json", "--kubeconfig"])
        .arg(conf));
    assert!(ok, "kubectl config view: {err}");
    serde_json::from_str(&out).unwrap()
}

fn bootstrap_conf(worker: &Root) -> PathBuf {
    worker.join("/etc/kubernetes/bootstrap-kubelet.conf")
}

#[test]
#[cfg_attr(kadm_skip_openssl, ignore = "needs openssl, not found")]
#[cfg_attr(kadm_skip_kubectl, ignore = "needs kubectl 1.33, not found")]
fn the_right_hash_joins_and_the_bootstrap_kubeconfig_trusts_the_clusters_ca() {
    let cluster = Cluster::new();
    let served = cluster.serve(&cluster.cluster_info());
    let worker = Root::new();
    let (ok, out, err) = join(
        &worker,
        &served.endpoint(),
        &[
            "--token",
            TOKEN,
            "--discovery-token-ca-cert-hash",
            &cluster.hash,
            "-o",
            "json",
        ],
    );
    assert!(ok, "{err}");
    let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
    let result = &doc["phases"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["phase"] == "kubelet-start")
        .unwrap()["result"];
    assert_eq!(result["discovery"], "token");
    assert_eq!(result["caCertHash"], cluster.hash.as_str());
    assert_eq!(
        result["discoveryEndpoint"],
        format!("https://{}", served.endpoint())
    );

    let ca = std::fs::read(cluster.root.pki().join("ca.crt")).unwrap();
    assert_eq!(
        std::fs::read(worker.join("/etc/kubernetes/pki/ca.crt")).unwrap(),
        ca
    );
    let view = kubectl_view(&bootstrap_conf(&worker));
    use base64::Engine as _;
    let ca_data = view["clusters"][0]["cluster"]["certificate-authority-data"]
        .as_str()
        .unwrap();
    assert_eq!(
        base64::engine::general_purpose::STANDARD
            .decode(ca_data)
            .unwrap(),
        ca,
        "the bootstrap kubeconfig trusts the cluster CA"
    );
    // The server is cluster-info's (the control plane's), not the endpoint asked, as kubeadm.
    assert_eq!(
        view["clusters"][0]["cluster"]["server"],
        format!("https://127.0.0.1:{}", cluster.api_port)
    );
    // The node took the cluster's configuration from there: its version, its kubelet settings.
    assert!(
        err.contains(
            "Using the cluster's configuration (ConfigMaps kube-system/kubeadm-config and \
             kube-system/kubelet-config): Kubernetes v1.35.0"
        ),
        "{err}"
    );
    let kubelet = std::fs::read_to_string(worker.join("/var/lib/kubelet/config.yaml")).unwrap();
    assert!(kubelet.contains("maxPods: 77"), "{kubelet}");
    assert_eq!(view["users"][0]["user"]["token"], TOKEN);
}

#[test]
#[cfg_attr(kadm_skip_openssl, ignore = "needs openssl, not found")]
fn a_wrong_hash_is_refused_naming_the_servers_hash() {
    let cluster = Cluster::new();
    let served = cluster.serve(&cluster.cluster_info());
    let worker = Root::new();
    let wrong = format!("sha256:{}", "ab".repeat(32));
    let got = join(
        &worker,
        &served.endpoint(),
        &["--token", TOKEN, "--discovery-token-ca-cert-hash", &wrong],
    );
    assert!(got.2.contains(&wrong), "{}", got.2);
    assert_refused(&worker, got, &cluster.hash);
}

#[test]
#[cfg_attr(kadm_skip_openssl, ignore = "needs openssl, not found")]
fn a_tampered_signature_an_unknown_token_and_an_expired_token_are_refused() {
    let cluster = Cluster::new();
    let hash = cluster.hash.clone();
    let mut tampered = cluster.cluster_info();
    let key = "jws-kubeconfig-abcdef";
    let jws = tampered["data"][key].as_str().unwrap().to_string();
    let last = if jws.ends_with('A') { "B" } else { "A" };
    tampered["data"][key] = format!("{}{last}", &jws[..jws.len() - 1]).into();
    let served = cluster.serve(&tampered);
    let worker = Root::new();
    let got = join(
        &worker,
        &served.endpoint(),
        &["--token", TOKEN, "--discovery-token-ca-cert-hash", &hash],
    );
    assert_refused(
        &worker,
        got,
        "the signature for token id \"abcdef\" does not match the token",
    );

    let served = cluster.serve(&cluster.cluster_info());
    for (token, id) in [("zzzzzz.0123456789abcdef", "zzzzzz"), (EXPIRED, "expird")] {
        let got = join(
            &worker,
            &served.endpoint(),
            &["--token", token, "--discovery-token-ca-cert-hash", &hash],
        );
        assert_refused(
            &worker,
            got,
            &format!(
                "has no signature for token id \"{id}\" (jws-kubeconfig-{id}): the token may have \
                 expired or never existed; make one and its join command with `kadm token create \
                 --print-join-command`"
            ),
        );
    }
}

#[test]
fn nothing_listening_fails_within_the_discovery_timeout() {
    let worker = Root::new();
    let port = free_port();
    let file = worker.path().with_extension("join.yaml");
    std::fs::write(
        &file,
        format!(
            "apiVersion: kubeadm.k8s.io/v1beta4\nkind: JoinConfiguration\ndiscovery:\n  \
             bootstrapToken:\n    token: {TOKEN}\n    apiServerEndpoint: 127.0.0.1:{port}\n    \
             caCertHashes: [\"sha256:{}\"]\ntimeouts:\n  discovery: 2s\n",
            "ab".repeat(32)
        ),
    )
    .unwrap();
    let start = Instant::now();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_kadm"));
    cmd.env("NO_COLOR", "1")
        .arg("join")
        .arg("--rootfs")
        .arg(worker.path())
        .arg("--config")
        .arg(&file);
    let got = run(&mut cmd);
    let took = start.elapsed();
    std::fs::remove_file(&file).unwrap();
    assert!(took < Duration::from_secs(8), "bounded: {took:?}");
    assert_refused(
        &worker,
        got,
        &format!(
            "cannot reach the API server at https://127.0.0.1:{port} within 2s \
             (timeouts.discovery): check that the endpoint is right"
        ),
    );
}

#[test]
#[cfg_attr(kadm_skip_openssl, ignore = "needs openssl, not found")]
fn without_a_pin_only_the_unsafe_flag_joins_and_it_warns() {
    let cluster = Cluster::new();
    let served = cluster.serve(&cluster.cluster_info());
    let worker = Root::new();
    let (ok, _, err) = join(&worker, &served.endpoint(), &["--token", TOKEN]);
    assert!(!ok);
    assert!(
        err.contains("--discovery-token-ca-cert-hash")
            && err.contains("--discovery-token-unsafe-skip-ca-verification"),
        "{err}"
    );
    assert!(
        !err.contains("[preflight]"),
        "refused before any phase: {err}"
    );
    assert!(worker.snapshot().is_empty());

    let (ok, out, err) = join(
        &worker,
        &served.endpoint(),
        &[
            "--discovery-token",
            TOKEN,
            "--tls-bootstrap-token",
            TOKEN,
            "--discovery-token-unsafe-skip-ca-verification",
        ],
    );
    assert!(ok, "{err}");
    let all = format!("{out}{err}");
    assert!(
        all.contains("the cluster CA is trusted on the token's signature alone"),
        "{all}"
    );
    let ca = std::fs::read(cluster.root.pki().join("ca.crt")).unwrap();
    assert_eq!(
        std::fs::read(worker.join("/etc/kubernetes/pki/ca.crt")).unwrap(),
        ca
    );
}

#[test]
fn bad_token_discovery_input_is_refused_before_any_phase() {
    let worker = Root::new();
    let hash = format!("sha256:{}", "ab".repeat(32));
    for (extra, want) in [
        (
            vec!["--token", "abcdef.NOT-A-VALID-SECRET-1"],
            "--token: invalid bootstrap token starting with \"abcdef\"",
        ),
        (
            vec![
                "--token",
                TOKEN,
                "--discovery-token",
                "qwerty.NOT-A-VALID-SECRET-1",
            ],
            "--discovery-token: invalid bootstrap token",
        ),
        (
            vec![
                "--token",
                TOKEN,
                "--discovery-token-ca-cert-hash",
                "sha256:abcd",
            ],
            "is not sha256:<64 hex digits>",
        ),
    ] {
        let (ok, _, err) = join(&worker, "127.0.0.1:1", &extra);
        assert!(!ok && err.contains(want), "{want}: {err}");
        assert!(!err.contains("NOT-A-VALID-SECRET"), "never echoed: {err}");
        assert!(!err.contains("[preflight]"), "before any phase: {err}");
    }
    let (ok, _, err) = join(
        &worker,
        "no-port",
        &["--token", TOKEN, "--discovery-token-ca-cert-hash", &hash],
    );
    assert!(!ok && err.contains("is not HOST:PORT"), "{err}");
    assert!(worker.snapshot().is_empty());
}
