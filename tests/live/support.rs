//! What the live tests share: a node written by kadm and run by the live harness, and claims.

use std::net::{IpAddr, Ipv4Addr};
use std::path::{Path, PathBuf};
use std::process::Output;
use std::time::{Duration, Instant};

use kadm_test_support::live::{LiveNode, LivePeers};

/// The node's address, on the loopback device of its own network namespace (TEST-NET-1: never
/// routed anywhere).
pub(crate) const ADDRESS: IpAddr = IpAddr::V4(Ipv4Addr::new(192, 0, 2, 10));
/// The node's name.
pub(crate) const NODE: &str = "live-cp-1";
/// The bootstrap token of every live config.
pub(crate) const TOKEN: &str = "abcdef.0123456789abcdef";
/// How long each component has to answer its probe, on 2 busy cores.
pub(crate) const READY: Duration = Duration::from_secs(240);

/// What this machine needs of the kubelet that a prepared node would not, given to kadm as the
/// `KubeletConfiguration` document of the node's config file (kadm passes these fields on as
/// written): a cgroup v1 machine (`failCgroupV1: false`; the kubelet refuses v1 by default), no
/// cgroups of its own for Pods in this machine's hierarchies (`cgroupsPerQOS: false`, hence
/// nothing to enforce: `enforceNodeAllocatable: [none]`), and the kernel settings never written
/// (`protectKernelDefaults: true`: the harness shows the kubelet the values it wants, and a
/// missing one is then an error instead of a write to this machine's /proc/sys). The cgroup
/// driver is not among them: the kubelet takes it from the runtime, and fake-cri answers
/// `cgroupfs` (kadm's `systemd` stays in the file, unused). docs/testing.md has the details.
pub(crate) const KUBELET_CONFIGURATION: &str = "---\n\
    apiVersion: kubelet.config.k8s.io/v1beta1\n\
    kind: KubeletConfiguration\n\
    failCgroupV1: false\n\
    cgroupsPerQOS: false\n\
    enforceNodeAllocatable: [none]\n\
    protectKernelDefaults: true\n";

/// A temporary node: its rootfs (`root/`) and the harness's logs (`work/`), kept when the test
/// fails (its path printed) or when `KADM_LIVE_KEEP` is set.
pub(crate) struct Node {
    pub(crate) dir: tempfile::TempDir,
    pub(crate) peers: LivePeers,
}

impl Drop for Node {
    #[allow(clippy::print_stderr, reason = "where a failed test's files are")]
    fn drop(&mut self) {
        if std::thread::panicking() || std::env::var_os("KADM_LIVE_KEEP").is_some() {
            let dir = std::mem::replace(&mut self.dir, tempfile::tempdir().expect("temp dir"));
            eprintln!(
                "the node's files and logs are kept in {}",
                dir.keep().display()
            );
        }
    }
}

impl Node {
    pub(crate) fn new() -> Self {
        Self {
            dir: tempfile::Builder::new()
                .prefix("kadm-live-")
                .tempdir()
                .expect("temp dir"),
            peers: LivePeers::require(),
        }
    }

    pub(crate) fn rootfs(&self) -> PathBuf {
        self.dir.path().join("root")
    }

    /// A path of the node (`/etc/kubernetes/pki/ca.crt`) inside its rootfs.
    pub(crate) fn path(&self, node_path: &str) -> PathBuf {
        self.rootfs().join(node_path.trim_start_matches('/'))
    }

    /// A kubeadm v1beta4 configuration for this node and the built release, with `extra` added
    /// to the ClusterConfiguration.
    pub(crate) fn config(&self, algorithm: &str, extra: &str) -> PathBuf {
        let text = format!(
            "apiVersion: kubeadm.k8s.io/v1beta4\n\
             kind: InitConfiguration\n\
             bootstrapTokens:\n- token: {TOKEN}\n\
             localAPIEndpoint:\n  advertiseAddress: {ADDRESS}\n  bindPort: 6443\n\
             nodeRegistration:\n  name: {NODE}\n\
             ---\n\
             apiVersion: kubeadm.k8s.io/v1beta4\n\
             kind: ClusterConfiguration\n\
             kubernetesVersion: {version}\n\
             encryptionAlgorithm: {algorithm}\n{extra}",
            version = self.peers.kubernetes_version()
        );
        let path = self.dir.path().join("config.yaml");
        std::fs::write(&path, text).expect("write the config");
        path
    }

    /// [`Self::config`] for a node whose kubelet the test starts: its address as the kubelet's
    /// `--node-ip` (a namespace has no default route to pick one from) and
    /// [`KUBELET_CONFIGURATION`] as the file's `KubeletConfiguration`.
    pub(crate) fn kubelet_config(&self, algorithm: &str, extra: &str) -> PathBuf {
        let path = self.config(algorithm, &format!("{extra}{KUBELET_CONFIGURATION}"));
        let text = std::fs::read_to_string(&path).expect("read the config");
        let node_ip = format!(
            "  name: {NODE}\n  kubeletExtraArgs:\n  - name: node-ip\n    value: \"{ADDRESS}\"\n"
        );
        std::fs::write(
            &path,
            text.replacen(&format!("  name: {NODE}\n"), &node_ip, 1),
        )
        .expect("write the config");
        path
    }

    /// `kadm ARGS --rootfs <root>`, which must succeed; its stdout.
    pub(crate) fn kadm(&self, args: &[&str]) -> String {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_kadm"))
            .args(args)
            .arg("--rootfs")
            .arg(self.rootfs())
            .env_remove("KUBECONFIG")
            .env("NO_COLOR", "1")
            .output()
            .expect("run kadm");
        assert!(
            out.status.success(),
            "kadm {args:?} failed:\n{}",
            text(&out)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// `kadm init --config <config> -o json`: the JSON it prints.
    pub(crate) fn init(&self, config: &Path) -> serde_json::Value {
        let config = config.to_str().expect("UTF-8 path");
        let out = self.kadm(&["init", "--config", config, "-o", "json"]);
        serde_json::from_str(&out).expect("kadm init -o json prints JSON")
    }

    /// The harness's node for this rootfs, not started.
    pub(crate) fn live(&self) -> LiveNode {
        self.live_as(NODE, ADDRESS)
    }

    /// The harness's node for this rootfs named `name`, at `address`, not started.
    pub(crate) fn live_as(&self, name: &str, address: IpAddr) -> LiveNode {
        LiveNode::new(
            &self.peers,
            name,
            &self.rootfs(),
            &self.dir.path().join("work"),
            address,
        )
        .expect("make the live node")
    }

    /// The node with its static Pods started and every one ready.
    pub(crate) fn start(&self) -> LiveNode {
        let mut live = self.live();
        live.start().expect("start the static Pods");
        live.wait_all_ready(READY)
            .expect("the control plane gets ready");
        live
    }
}

/// Removes kadm's `jws-kubeconfig-<token id>` signature from `cluster-info` and waits, within
/// `timeout`, for the real bootstrap signer of the controller-manager to write its own: the
/// signature it wrote.
pub(crate) fn resigned_by_the_bootstrap_signer(
    live: &LiveNode,
    timeout: Duration,
) -> Result<String, String> {
    const ADMIN: &str = "/etc/kubernetes/admin.conf";
    let key = format!(
        "jws-kubeconfig-{}",
        TOKEN.split('.').next().unwrap_or_default()
    );
    let configmap = ["configmap", "cluster-info", "-n", "kube-public"];
    let patch = format!(r#"[{{"op":"remove","path":"/data/{key}"}}]"#);
    let remove = [
        &["patch"],
        &configmap[..],
        &["--type", "json", "-p", &patch],
    ]
    .concat();
    ok(live.kubectl(ADMIN, &remove))?;
    let jsonpath = format!("jsonpath={{.data.{key}}}");
    let read = [&["get"], &configmap[..], &["-o", &jsonpath]].concat();
    eventually(timeout, || {
        let value = ok(live.kubectl(ADMIN, &read))?;
        (!value.is_empty())
            .then_some(value)
            .ok_or_else(|| format!("no {key} yet"))
    })
}

/// Runs one claim of a test; a failure says which claim broke.
#[track_caller]
pub(crate) fn claim<T>(name: &str, check: impl FnOnce() -> Result<T, String>) -> T {
    match check() {
        Ok(value) => value,
        Err(why) => panic!("claim failed: {name}: {why}"),
    }
}

/// Whether `text` has every one of `parts`; the error names the first missing.
pub(crate) fn mentions(text: &str, parts: &[&str]) -> Result<(), String> {
    match parts.iter().find(|p| !text.contains(*p)) {
        Some(part) => Err(format!("{part:?} missing from: {text}")),
        None => Ok(()),
    }
}

/// A command's exit status, stdout and stderr, for messages.
pub(crate) fn text(out: &Output) -> String {
    format!(
        "{}\nstdout:\n{}\nstderr:\n{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// stdout when the command succeeded, else the whole story.
pub(crate) fn ok(out: Output) -> Result<String, String> {
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    } else {
        Err(text(&out))
    }
}

/// Polls `check` until it gives a value or `timeout` passes; the error says what it saw last.
pub(crate) fn eventually<T>(
    timeout: Duration,
    mut check: impl FnMut() -> Result<T, String>,
) -> Result<T, String> {
    let deadline = Instant::now() + timeout;
    loop {
        match check() {
            Ok(value) => return Ok(value),
            Err(last) if Instant::now() >= deadline => {
                return Err(format!("not so after {timeout:?}; last: {last}"));
            }
            Err(_) => std::thread::sleep(Duration::from_millis(500)),
        }
    }
}
