//! The kubelet of a live node: the real kubelet built from `tests/peers`, started from the files
//! kadm wrote for it, as kubeadm's systemd unit starts it, with the tests' fake container runtime.
//!
//! The command line is the one kubeadm's drop-in (`10-kubeadm.conf`) gives the kubelet: the
//! drop-in's own flags ([`DROP_IN_FLAGS`]), then `KUBELET_KUBEADM_ARGS` from the node's
//! `/var/lib/kubelet/kubeadm-flags.env`, then the test's extra flags (a node's
//! `KUBELET_EXTRA_ARGS`). The rest of its configuration is the node's `config.yaml`, unchanged.
//!
//! What the machine is not, the harness supplies, and nothing else:
//!
//! - **A container runtime.** `fake-cri` (upstream's fake CRI, see [`LivePeers::fake_cri`]) serves
//!   the CRI at the endpoint kadm's files name (`containerRuntimeEndpoint`, or the flag): it
//!   listens in a folder of the node's work directory that the kubelet sees at that endpoint's
//!   folder. It accepts every Pod sandbox, container and image, and runs nothing.
//! - **The node's paths.** `/etc/kubernetes`, `/var/lib/kubelet`, `/var/log/pods`,
//!   `/var/log/containers` and the flex-volume folder
//!   `/usr/libexec/kubernetes/kubelet-plugins/volume/exec` are the rootfs's, bind-mounted in a
//!   private mount namespace (see [`super::mounts`]); what the kubelet writes there lands in the
//!   rootfs. So are the host paths of the node's static Pods, as the harness gives them to the
//!   Pods' processes (the kubelet checks them, and makes the `...OrCreate` ones, before it starts
//!   a Pod); those are read when the kubelet starts. It writes nowhere else on the machine
//!   (checked by hand: every file changed during a run was under the test's folder).
//! - **The kernel settings of a node.** The kubelet wants a few sysctls at fixed values
//!   ([`KERNEL_SETTINGS`]) and, unless `protectKernelDefaults` is set, writes them to the
//!   machine's `/proc/sys` (`kernel.panic_on_oops=1` among them). In its mount namespace each of
//!   those files is a file of the work directory holding the wanted value, so it reads them as a
//!   prepared node's and writes nothing to this machine.
//! - **Its network.** It runs in the node's network namespace, entered with `nsenter --net` (not
//!   `ip netns exec`, whose fresh sysfs hides the machine's cgroup hierarchies the kubelet reads),
//!   and in a UTS namespace whose host name is the node's name.
//!
//! It is stopped (SIGTERM, then SIGKILL) with the node, and killed with the test process
//! (`setpriv --pdeathsig`). Its output and the runtime's go to `work/logs/kubelet.log` and
//! `work/logs/fake-cri.log`.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use super::LiveError;
use super::mounts::Bind;
use super::netns::Netns;
use super::node::{in_node_namespaces, stop_child};
use super::peers::LivePeers;
use super::pods::{StaticPod, manifest_files};

/// The flags kubeadm's systemd drop-in (`10-kubeadm.conf`) gives the kubelet, before
/// `KUBELET_KUBEADM_ARGS`.
pub const DROP_IN_FLAGS: [&str; 3] = [
    "--bootstrap-kubeconfig=/etc/kubernetes/bootstrap-kubelet.conf",
    "--kubeconfig=/etc/kubernetes/kubelet.conf",
    "--config=/var/lib/kubelet/config.yaml",
];

/// The node's file of kubelet flags, in its rootfs.
pub const FLAGS_FILE: &str = "var/lib/kubelet/kubeadm-flags.env";
/// The kubelet's configuration file, in the rootfs.
pub const CONFIG_FILE: &str = "var/lib/kubelet/config.yaml";

/// The sysctls the kubelet checks at start, with the values it wants (its container manager's
/// kernel tunables): under `/proc/sys`.
pub const KERNEL_SETTINGS: [(&str, &str); 6] = [
    ("vm/overcommit_memory", "1"),
    ("vm/panic_on_oom", "0"),
    ("kernel/panic", "10"),
    ("kernel/panic_on_oops", "1"),
    ("kernel/keys/root_maxkeys", "1000000"),
    ("kernel/keys/root_maxbytes", "25000000"),
];

/// The node's folders the kubelet gets from the rootfs; all but the first two are made when
/// missing (the kubelet makes them on a node: Pod logs, and its flex-volume plugin folder,
/// `volumePluginDir`).
const NODE_PATHS: [&str; 5] = [
    "etc/kubernetes",
    "var/lib/kubelet",
    "var/log/pods",
    "var/log/containers",
    "usr/libexec/kubernetes/kubelet-plugins/volume/exec",
];

/// How long the fake runtime has to make its socket.
const RUNTIME_UP: Duration = Duration::from_secs(30);

/// What the kubelet needs of its node.
pub(super) struct Node<'a> {
    pub(super) name: &'a str,
    pub(super) rootfs: &'a Path,
    pub(super) work: &'a Path,
    pub(super) peers: &'a LivePeers,
    pub(super) netns: &'a Netns,
}

/// A running kubelet and its runtime.
pub(super) struct Kubelet {
    kubelet: Child,
    runtime: Child,
    /// How the kubelet exited, once it did.
    exit: Option<ExitStatus>,
}

impl Kubelet {
    /// Starts the runtime, waits for its socket, then starts the kubelet with the node's flags and
    /// `extra` after them.
    pub(super) fn start(node: &Node<'_>, extra: &[&str]) -> Result<Self, LiveError> {
        let mut argv: Vec<String> = DROP_IN_FLAGS.iter().map(ToString::to_string).collect();
        argv.extend(kubeadm_flags(node.rootfs)?);
        argv.extend(extra.iter().map(ToString::to_string));
        let config = std::fs::read_to_string(node.rootfs.join(CONFIG_FILE)).map_err(|e| {
            LiveError::new(format!("{}: {e}", node.rootfs.join(CONFIG_FILE).display()))
        })?;
        let endpoint = runtime_endpoint(&argv, &config).ok_or_else(|| {
            LiveError::new(format!(
                "neither {} nor {} names the container runtime (--container-runtime-endpoint, \
                 containerRuntimeEndpoint)",
                node.rootfs.join(FLAGS_FILE).display(),
                node.rootfs.join(CONFIG_FILE).display()
            ))
        })?;
        let socket = socket_path(&endpoint).ok_or_else(|| {
            LiveError::new(format!(
                "the container runtime endpoint {endpoint} is not a unix socket path"
            ))
        })?;
        let kubelet_dir = node.work.join("kubelet");
        let runtime_dir = kubelet_dir.join("runtime");
        let sysctl_dir = kubelet_dir.join("sysctl");
        for dir in [&runtime_dir, &sysctl_dir] {
            std::fs::create_dir_all(dir)
                .map_err(|e| LiveError::new(format!("cannot make {}: {e}", dir.display())))?;
        }
        for rel in &NODE_PATHS[2..] {
            let dir = node.rootfs.join(rel);
            std::fs::create_dir_all(&dir)
                .map_err(|e| LiveError::new(format!("cannot make {}: {e}", dir.display())))?;
        }
        let file_name = socket.file_name().unwrap_or_default();
        let host_socket = runtime_dir.join(file_name);

        let mut runtime = spawn_runtime(node, &host_socket)?;
        if let Err(e) = wait_for_socket(&mut runtime, &host_socket, node.work) {
            stop_child(&mut runtime);
            return Err(e);
        }

        // By target: a static Pod's host path may be one of the kubelet's own.
        let mut by_target: BTreeMap<PathBuf, PathBuf> = NODE_PATHS
            .iter()
            .map(|rel| (Path::new("/").join(rel), node.rootfs.join(rel)))
            .collect();
        // The static Pods' host paths, as the harness gives them to the Pods' processes: the
        // kubelet checks them (and makes the `...OrCreate` ones) before it starts a Pod.
        for file in manifest_files(node.rootfs) {
            let pod = std::fs::read(&file)
                .ok()
                .and_then(|bytes| StaticPod::parse(&file, &bytes).ok());
            for bind in pod
                .and_then(|p| p.binds(node.rootfs).ok())
                .unwrap_or_default()
            {
                by_target.entry(bind.target).or_insert(bind.source);
            }
        }
        by_target.insert(
            socket.parent().unwrap_or(Path::new("/")).to_path_buf(),
            runtime_dir.clone(),
        );
        let mut binds: Vec<Bind> = by_target
            .into_iter()
            .map(|(target, source)| Bind { target, source })
            .collect();
        for (name, value) in KERNEL_SETTINGS {
            let file = sysctl_dir.join(name.replace('/', "."));
            std::fs::write(&file, format!("{value}\n"))
                .map_err(|e| LiveError::new(format!("cannot write {}: {e}", file.display())))?;
            binds.push(Bind {
                target: Path::new("/proc/sys").join(name),
                source: file,
            });
        }

        let log = log_file(node.work, "kubelet", &argv)?;
        let err = log
            .try_clone()
            .map_err(|e| LiveError::new(format!("the kubelet's log: {e}")))?;
        let scratch = kubelet_dir.join("scratch");
        let _ = std::fs::create_dir_all(&scratch);
        let program = node.peers.kubernetes("kubelet");
        let mut command =
            in_node_namespaces(node.netns.enter("setpriv"), node.name, &binds, &scratch);
        command
            .arg(&program)
            .args(&argv)
            .env_clear()
            .env("PATH", SYSTEM_PATH)
            .stdin(Stdio::null())
            .stdout(log)
            .stderr(err);
        let kubelet = match command.spawn() {
            Ok(child) => child,
            Err(e) => {
                stop_child(&mut runtime);
                return Err(LiveError::new(format!(
                    "cannot start {}: {e}",
                    program.display()
                )));
            }
        };
        Ok(Self {
            kubelet,
            runtime,
            exit: None,
        })
    }

    /// How the kubelet exited, or `None` while it runs.
    pub(super) fn exited(&mut self) -> Option<ExitStatus> {
        if self.exit.is_none()
            && let Ok(Some(status)) = self.kubelet.try_wait()
        {
            self.exit = Some(status);
        }
        self.exit
    }

    /// Stops the kubelet, then its runtime.
    pub(super) fn stop(&mut self) {
        if let Some(status) = stop_child(&mut self.kubelet) {
            self.exit.get_or_insert(status);
        }
        stop_child(&mut self.runtime);
    }
}

/// The `PATH` of the node's processes.
const SYSTEM_PATH: &str = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

fn spawn_runtime(node: &Node<'_>, socket: &Path) -> Result<Child, LiveError> {
    let endpoint = format!("unix://{}", socket.display());
    let program = node.peers.fake_cri();
    let log = log_file(
        node.work,
        "fake-cri",
        &["--endpoint".into(), endpoint.clone()],
    )?;
    let err = log
        .try_clone()
        .map_err(|e| LiveError::new(format!("the runtime's log: {e}")))?;
    Command::new("setpriv")
        .args(["--pdeathsig", "KILL"])
        .arg(&program)
        .args(["--endpoint", &endpoint])
        .env_clear()
        .env("PATH", SYSTEM_PATH)
        .stdin(Stdio::null())
        .stdout(log)
        .stderr(err)
        .spawn()
        .map_err(|e| LiveError::new(format!("cannot start {}: {e}", program.display())))
}

/// Waits until the runtime's socket is there; fails when the runtime exits first or takes
/// longer than [`RUNTIME_UP`].
fn wait_for_socket(runtime: &mut Child, socket: &Path, work: &Path) -> Result<(), LiveError> {
    let deadline = Instant::now() + RUNTIME_UP;
    loop {
        if socket.exists() {
            return Ok(());
        }
        let log = || std::fs::read_to_string(work.join("logs/fake-cri.log")).unwrap_or_default();
        if let Ok(Some(status)) = runtime.try_wait() {
            return Err(LiveError::new(format!(
                "fake-cri exited ({status}) before making {}; its log:\n{}",
                socket.display(),
                log()
            )));
        }
        if Instant::now() >= deadline {
            return Err(LiveError::new(format!(
                "fake-cri made no {} within {RUNTIME_UP:?}; its log:\n{}",
                socket.display(),
                log()
            )));
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// The component's log in `work/logs`, opened for appending, a start line written.
fn log_file(work: &Path, component: &str, argv: &[String]) -> Result<File, LiveError> {
    let path = work.join("logs").join(format!("{component}.log"));
    let mut log = File::options()
        .create(true)
        .append(true)
        .open(&path)
        .map_err(|e| LiveError::new(format!("cannot open {}: {e}", path.display())))?;
    let _ = writeln!(log, "==> start of {component}: {}", argv.join(" "));
    Ok(log)
}

/// `KUBELET_KUBEADM_ARGS` of the node's `kubeadm-flags.env`, split into words as systemd splits
/// an unbraced `$VARIABLE` of `ExecStart`: the value's double quotes and backslash escapes
/// undone, then split at whitespace.
pub fn kubeadm_flags(rootfs: &Path) -> Result<Vec<String>, LiveError> {
    let path = rootfs.join(FLAGS_FILE);
    let text = std::fs::read_to_string(&path)
        .map_err(|e| LiveError::new(format!("{}: {e}", path.display())))?;
    parse_flags_file(&text)
        .ok_or_else(|| LiveError::new(format!("{}: no KUBELET_KUBEADM_ARGS=", path.display())))
}

/// The words of `KUBELET_KUBEADM_ARGS` in the text of a `kubeadm-flags.env`.
fn parse_flags_file(text: &str) -> Option<Vec<String>> {
    let value = text
        .lines()
        .find_map(|line| line.trim().strip_prefix("KUBELET_KUBEADM_ARGS="))?;
    let unquoted = value
        .strip_prefix('"')
        .and_then(|v| v.strip_suffix('"'))
        .unwrap_or(value);
    let mut plain = String::new();
    let mut chars = unquoted.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => plain.extend(chars.next()),
            c => plain.push(c),
        }
    }
    Some(plain.split_whitespace().map(ToString::to_string).collect())
}

/// The container runtime endpoint the kubelet will use: the last `--container-runtime-endpoint`
/// flag (flags win over the file), else `containerRuntimeEndpoint` of `config.yaml`.
fn runtime_endpoint(argv: &[String], config: &str) -> Option<String> {
    let flag = argv
        .iter()
        .rev()
        .find_map(|a| a.strip_prefix("--container-runtime-endpoint="));
    let from_config = || {
        config.lines().find_map(|line| {
            let value = line.strip_prefix("containerRuntimeEndpoint:")?.trim();
            Some(value.trim_matches(|c| c == '"' || c == '\'').to_string())
        })
    };
    flag.map(ToString::to_string)
        .or_else(from_config)
        .filter(|e| !e.is_empty())
}

/// The node path of a `unix://` endpoint, `/var/run` spelled `/run` (its link on every machine
/// here), so that the folder bound for it is a real folder and not a path through a link.
fn socket_path(endpoint: &str) -> Option<PathBuf> {
    let path = endpoint.strip_prefix("unix://")?;
    let path = Path::new(path);
    if !path.is_absolute() || path.file_name().is_none() {
        return None;
    }
    Some(match path.strip_prefix("/var/run") {
        Ok(rest) => Path::new("/run").join(rest),
        Err(_) => path.to_path_buf(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_flags_file_is_split_as_systemd_splits_it() {
        let text = "KUBELET_KUBEADM_ARGS=\"--hostname-override=w1 \
                    --node-labels=a=b,c=\\\"d\\\" --pod-infra-container-image=registry.k8s.io/pause:3.10.2\"\n";
        assert_eq!(
            parse_flags_file(text).unwrap(),
            [
                "--hostname-override=w1",
                "--node-labels=a=b,c=\"d\"",
                "--pod-infra-container-image=registry.k8s.io/pause:3.10.2"
            ]
        );
        assert_eq!(parse_flags_file("OTHER=1\n"), None);
        assert_eq!(
            parse_flags_file("KUBELET_KUBEADM_ARGS=\"\"\n").unwrap(),
            Vec::<String>::new()
        );
    }

    #[test]
    fn the_runtime_endpoint_comes_from_the_flag_else_the_configuration() {
        let config = "cgroupDriver: cgroupfs\n\
                      containerRuntimeEndpoint: \"unix:///var/run/containerd/containerd.sock\"\n";
        assert_eq!(
            runtime_endpoint(&[], config).as_deref(),
            Some("unix:///var/run/containerd/containerd.sock")
        );
        let flags = ["--container-runtime-endpoint=unix:///run/crio/crio.sock".to_string()];
        assert_eq!(
            runtime_endpoint(&flags, config).as_deref(),
            Some("unix:///run/crio/crio.sock")
        );
        assert_eq!(runtime_endpoint(&[], "cgroupDriver: cgroupfs\n"), None);
    }

    #[test]
    fn the_socket_folder_is_named_without_the_var_run_link() {
        assert_eq!(
            socket_path("unix:///var/run/containerd/containerd.sock").unwrap(),
            Path::new("/run/containerd/containerd.sock")
        );
        assert_eq!(
            socket_path("unix:///run/crio/crio.sock").unwrap(),
            Path::new("/run/crio/crio.sock")
        );
        assert_eq!(socket_path("npipe:////./pipe/containerd"), None);
        assert_eq!(socket_path("unix://relative.sock"), None);
    }
}
