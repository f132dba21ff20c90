//! A node of the live tests: its own network namespace, and its static Pods run as host processes
//! from its `--rootfs`, as the kubelet would run their containers.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::Write;
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Output, Stdio};
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::LiveError;
use super::kubelet::{self, Kubelet};
use super::mounts::{Bind, script};
use super::netns::Netns;
use super::peers::LivePeers;
use super::pods::{StaticPod, manifest_files};

/// How often the runner looks at the manifests and at its processes, as the kubelet's file
/// source does (every 20 s there; quicker here, tests wait on it).
const SYNC_EVERY: Duration = Duration::from_millis(200);
/// How long a stopped process has after SIGTERM before SIGKILL.
const STOP_GRACE: Duration = Duration::from_secs(10);
/// The longest wait before a crashed process is started again (the kubelet's back-off, shorter).
const MAX_BACKOFF: Duration = Duration::from_secs(8);
/// How long one probe may take.
const PROBE_TIMEOUT: &str = "5";

/// A node: a network namespace with `address`, and the static Pods of `rootfs` run as processes
/// (see the module docs of [`super`]). Every process it started is stopped on drop; if the test
/// is panicking, the end of each component's log is printed first.
pub struct LiveNode {
    name: String,
    rootfs: PathBuf,
    work: PathBuf,
    address: IpAddr,
    peers: LivePeers,
    netns: Arc<Netns>,
    state: Arc<Mutex<State>>,
    watcher: Option<(Sender<()>, JoinHandle<()>)>,
    kubelet: Mutex<Option<Kubelet>>,
}

/// What the runner knows of one manifest file.
struct Running {
    pod: StaticPod,
    bytes: Vec<u8>,
    child: Option<Child>,
    starts: u32,
    last_exit: Option<ExitStatus>,
    restart_at: Option<Instant>,
}

#[derive(Default)]
struct State {
    /// By manifest file.
    pods: BTreeMap<PathBuf, Running>,
    /// Manifests the runner cannot run, by file: the reason.
    refused: BTreeMap<PathBuf, (Vec<u8>, String)>,
}

impl LiveNode {
    /// A node named `name` (its processes' host name) whose files are under `rootfs`, with `work`
    /// for its logs and scratch folders and `address` in a network namespace of its own. Nothing
    /// is started yet: see [`Self::start`].
    pub fn new(
        peers: &LivePeers,
        name: &str,
        rootfs: &Path,
        work: &Path,
        address: IpAddr,
    ) -> Result<Self, LiveError> {
        for dir in ["logs", "scratch"] {
            std::fs::create_dir_all(work.join(dir))
                .map_err(|e| LiveError::new(format!("cannot make {}: {e}", work.display())))?;
        }
        Ok(Self {
            name: name.to_string(),
            rootfs: rootfs.to_path_buf(),
            work: work.to_path_buf(),
            address,
            peers: peers.clone(),
            netns: Arc::new(Netns::new(address)?),
            state: Arc::default(),
            watcher: None,
            kubelet: Mutex::default(),
        })
    }

    /// The node's address.
    pub fn address(&self) -> IpAddr {
        self.address
    }

    /// The node's rootfs.
    pub fn rootfs(&self) -> &Path {
        &self.rootfs
    }

    /// The peers the node runs.
    pub fn peers(&self) -> &LivePeers {
        &self.peers
    }

    /// Starts every static Pod of the rootfs, then keeps watching: a changed manifest restarts
    /// its process, a removed one stops it, a crashed process is started again after a back-off.
    /// Fails when a manifest cannot be run (no peer for its image, a bad host path), naming it.
    pub fn start(&mut self) -> Result<(), LiveError> {
        let refused = self.sync();
        if !refused.is_empty() {
            return Err(LiveError::new(refused.join("\n")));
        }
        if self.watcher.is_none() {
            let (stop, stopped) = mpsc::channel::<()>();
            let node = self.handle();
            let thread = std::thread::spawn(move || {
                loop {
                    match stopped.recv_timeout(SYNC_EVERY) {
                        Err(RecvTimeoutError::Timeout) => {
                            node.sync();
                        }
                        _ => return,
                    }
                }
            });
            self.watcher = Some((stop, thread));
        }
        Ok(())
    }

    /// One look at the manifests and the processes, as the watcher does; the manifests that
    /// cannot be run, each with its reason.
    pub fn sync(&self) -> Vec<String> {
        self.handle().sync()
    }

    fn handle(&self) -> Handle {
        Handle {
            name: self.name.clone(),
            rootfs: self.rootfs.clone(),
            work: self.work.clone(),
            peers: self.peers.clone(),
            netns: self.netns.clone(),
            state: self.state.clone(),
        }
    }

    fn state(&self) -> MutexGuard<'_, State> {
        lock(&self.state)
    }

    /// The components running now, by name.
    pub fn running(&self) -> Vec<String> {
        let mut state = self.state();
        let mut names = Vec::new();
        for running in state.pods.values_mut() {
            if let Some(child) = running.child.as_mut()
                && matches!(child.try_wait(), Ok(None))
            {
                names.push(running.pod.component.clone());
            }
        }
        names.sort();
        names
    }

    /// How many times `component`'s process was started, over every version of its manifest.
    pub fn starts(&self, component: &str) -> u32 {
        self.state()
            .pods
            .values()
            .find(|r| r.pod.component == component)
            .map_or(0, |r| r.starts)
    }

    /// Stops `component`'s process and starts it again with the same manifest, as deleting the
    /// container does on a node (how kubeadm tells users to restart components after a renewal).
    pub fn restart(&self, component: &str) -> Result<(), LiveError> {
        let handle = self.handle();
        let mut state = self.state();
        let running = state
            .pods
            .values_mut()
            .find(|r| r.pod.component == component)
            .ok_or_else(|| {
                LiveError::new(format!("{component} is not a static Pod of the node"))
            })?;
        stop(running);
        handle.launch(running)
    }

    /// Waits until each of `components` answers its probe, each within `timeout`.
    pub fn wait_ready(&self, components: &[&str], timeout: Duration) -> Result<(), LiveError> {
        for component in components {
            self.wait_one(component, timeout)?;
        }
        Ok(())
    }

    /// Waits until every static Pod of the node answers its probe, within `timeout` each.
    pub fn wait_all_ready(&self, timeout: Duration) -> Result<(), LiveError> {
        let components: Vec<String> = {
            let state = self.state();
            if let Some((file, (_, why))) = state.refused.iter().next() {
                return Err(LiveError::new(format!("{}: {why}", file.display())));
            }
            state
                .pods
                .values()
                .map(|r| r.pod.component.clone())
                .collect()
        };
        let names: Vec<&str> = components.iter().map(String::as_str).collect();
        self.wait_ready(&names, timeout)
    }

    fn wait_one(&self, component: &str, timeout: Duration) -> Result<(), LiveError> {
        let deadline = Instant::now() + timeout;
        loop {
            let probe = {
                let state = self.state();
                if let Some((file, (_, why))) = state
                    .refused
                    .iter()
                    .find(|(f, _)| f.file_stem().is_some_and(|s| s == component))
                {
                    return Err(LiveError::new(format!(
                        "{component} ({}): {why}",
                        file.display()
                    )));
                }
                match state.pods.values().find(|r| r.pod.component == component) {
                    Some(running) => running.pod.probe.clone(),
                    None => {
                        return Err(LiveError::new(format!(
                            "{component}: no static Pod of that name in {}",
                            self.rootfs.join(super::pods::MANIFESTS).display()
                        )));
                    }
                }
            };
            let Some(probe) = probe else {
                return Err(LiveError::new(format!(
                    "{component}: its manifest has no HTTP probe to wait on"
                )));
            };
            let url = probe.url(&self.address.to_string());
            // What the probe answered.
            let answer = match self.get(&url) {
                Ok((code, _)) if (200..400).contains(&code) => return Ok(()),
                Ok((code, body)) => format!("{url} answered {code}: {body}"),
                Err(e) => format!("{url}: {e}"),
            };
            if Instant::now() >= deadline {
                return Err(LiveError::new(format!(
                    "{component} not ready after {timeout:?}: last probe: {}; {}; its log ends:\n{}",
                    answer.trim(),
                    self.process_summary(component),
                    self.log_tail(component, 25)
                )));
            }
            std::thread::sleep(Duration::from_millis(250));
        }
    }

    fn process_summary(&self, component: &str) -> String {
        let state = self.state();
        match state.pods.values().find(|r| r.pod.component == component) {
            Some(r) => format!(
                "started {} time(s), last exit: {}",
                r.starts,
                r.last_exit
                    .map_or_else(|| "none".to_string(), |s| s.to_string())
            ),
            None => "never started".into(),
        }
    }

    /// An HTTP(S) GET from inside the node's namespace, certificates not verified (as the
    /// kubelet's probes): the status and the body.
    pub fn get(&self, url: &str) -> Result<(u16, String), LiveError> {
        let out = self
            .netns
            .command("curl")
            .args([
                "-sS",
                "-k",
                "--max-time",
                PROBE_TIMEOUT,
                "-w",
                "\n%{http_code}",
                url,
            ])
            .output()
            .map_err(|e| LiveError::new(format!("cannot run curl: {e}")))?;
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        if !out.status.success() {
            return Err(LiveError::new(
                String::from_utf8_lossy(&out.stderr).trim().to_string(),
            ));
        }
        let (body, code) = text.rsplit_once('\n').unwrap_or(("", &text));
        let code = code
            .trim()
            .parse()
            .map_err(|_| LiveError::new(format!("curl printed no status: {text}")))?;
        Ok((code, body.to_string()))
    }

    /// `program` run as the node runs it: in its namespace, with its rootfs's `/etc/kubernetes`
    /// (and the kubelet's and etcd's folders, when the rootfs has them) at the node's paths, and
    /// the built Kubernetes programs first on `PATH` (so `kubectl` is v1.37's).
    pub fn command(&self, program: impl AsRef<std::ffi::OsStr>) -> Command {
        let binds: Vec<Bind> = ["etc/kubernetes", "var/lib/kubelet", "var/lib/etcd"]
            .iter()
            .map(|rel| Bind {
                target: Path::new("/").join(rel),
                source: self.rootfs.join(rel),
            })
            .filter(|b| b.source.exists())
            .collect();
        let scratch = self.handle().scratch("command");
        let mut command = self.netns.command("unshare");
        command
            .args(["--mount", "--propagation", "private", "sh", "-c"])
            .arg(script(&binds))
            .arg("sh")
            .arg(scratch)
            .arg(program)
            .env("PATH", self.path_var());
        command
    }

    /// A shell command line run as [`Self::command`] runs a program.
    pub fn shell(&self, line: &str) -> Command {
        let mut command = self.command("sh");
        command.args(["-c", line]);
        command
    }

    /// Runs `kubectl --kubeconfig <kubeconfig> ARGS` on the node (`kubeconfig` is a node path such
    /// as `/etc/kubernetes/admin.conf`).
    pub fn kubectl(&self, kubeconfig: &str, args: &[&str]) -> Output {
        self.command(self.peers.kubernetes("kubectl"))
            .args(["--kubeconfig", kubeconfig])
            .args(args)
            .output()
            .expect("run kubectl")
    }

    fn path_var(&self) -> String {
        format!(
            "{}:{}",
            self.peers.kubernetes_dir().display(),
            std::env::var("PATH").unwrap_or_default()
        )
    }

    /// Everything `component` wrote to stdout and stderr, over all its starts.
    pub fn log(&self, component: &str) -> String {
        std::fs::read_to_string(self.log_path(component)).unwrap_or_default()
    }

    /// The last `lines` lines of [`Self::log`].
    pub fn log_tail(&self, component: &str, lines: usize) -> String {
        let log = self.log(component);
        let all: Vec<&str> = log.lines().collect();
        all[all.len().saturating_sub(lines)..].join("\n")
    }

    fn log_path(&self, component: &str) -> PathBuf {
        self.work.join("logs").join(format!("{component}.log"))
    }

    /// Connects this node's network namespace with `other`'s: a veth pair, and a route to each
    /// node's address through it (see [`Netns::link`]), so that a worker reaches the control
    /// plane's API server at its address. Nothing else is routed.
    pub fn connect(&self, other: &LiveNode) -> Result<(), LiveError> {
        self.netns.link(self.address, &other.netns, other.address)
    }

    /// Starts the node's kubelet: the real kubelet of the built release, with kubeadm's drop-in
    /// flags, the node's `kubeadm-flags.env` and `extra_args` after them (a node's
    /// `KUBELET_EXTRA_ARGS`), its `config.yaml` as kadm wrote it, and the tests' fake container
    /// runtime at the endpoint kadm's files name. See [`super::kubelet`] for what the harness
    /// supplies and why. It keeps running until [`Self::stop_kubelet`] or the node's end; it is
    /// not started again when it exits ([`Self::kubelet_running`] says so).
    ///
    /// On a worker, run it after `kadm join` wrote `bootstrap-kubelet.conf`: it makes its client
    /// certificate through the TLS bootstrap. On a control-plane node, `kadm init` wrote
    /// `kubelet.conf` with its certificate, so it registers its Node at once, beside the static
    /// Pods the harness runs (for which it makes mirror Pods):
    ///
    /// ```no_run
    /// # use kadm_test_support::live::{LiveNode, LivePeers};
    /// # use std::time::Duration;
    /// # fn example(mut node: LiveNode) -> Result<(), Box<dyn std::error::Error>> {
    /// // `node` is a control plane from `kadm init --rootfs`, started and ready.
    /// node.start_kubelet(&[])?;
    /// node.wait_for_kubelet("the Node registers", Duration::from_secs(120), || {
    ///     let out = node.kubectl("/etc/kubernetes/admin.conf", &["get", "node", "live-cp-1"]);
    ///     out.status.success().then_some(()).ok_or_else(|| {
    ///         String::from_utf8_lossy(&out.stderr).into_owned()
    ///     })
    /// })?;
    /// # Ok(()) }
    /// ```
    pub fn start_kubelet(&self, extra_args: &[&str]) -> Result<(), LiveError> {
        let mut slot = lock(&self.kubelet);
        if let Some(mut old) = slot.take() {
            old.stop();
        }
        let node = kubelet::Node {
            name: &self.name,
            rootfs: &self.rootfs,
            work: &self.work,
            peers: &self.peers,
            netns: &self.netns,
        };
        *slot = Some(Kubelet::start(&node, extra_args)?);
        Ok(())
    }

    /// `Ok` while the kubelet runs; else an error saying it was never started, or how it exited
    /// and the end of its log.
    pub fn kubelet_running(&self) -> Result<(), LiveError> {
        let exit = match lock(&self.kubelet).as_mut() {
            None => return Err(LiveError::new("the kubelet was not started")),
            Some(kubelet) => kubelet.exited(),
        };
        match exit {
            None => Ok(()),
            Some(status) => Err(LiveError::new(format!(
                "the kubelet exited ({status}); its log ends:\n{}",
                self.log_tail("kubelet", 40)
            ))),
        }
    }

    /// Polls `check` until it gives a value, within `timeout`; fails at once when the kubelet
    /// exits, and at the timeout naming `what`, the last answer and the end of the kubelet's log.
    pub fn wait_for_kubelet<T>(
        &self,
        what: &str,
        timeout: Duration,
        mut check: impl FnMut() -> Result<T, String>,
    ) -> Result<T, LiveError> {
        let deadline = Instant::now() + timeout;
        loop {
            self.kubelet_running()
                .map_err(|e| LiveError::new(format!("waiting for {what}: {e}")))?;
            let last = match check() {
                Ok(value) => return Ok(value),
                Err(last) => last,
            };
            if Instant::now() >= deadline {
                return Err(LiveError::new(format!(
                    "{what}: not so after {timeout:?}; last: {last}; the kubelet's log ends:\n{}",
                    self.log_tail("kubelet", 25)
                )));
            }
            std::thread::sleep(Duration::from_millis(500));
        }
    }

    /// Stops the kubelet (SIGTERM, then SIGKILL) and its runtime, if they run.
    pub fn stop_kubelet(&self) {
        if let Some(mut kubelet) = lock(&self.kubelet).take() {
            kubelet.stop();
        }
    }

    /// Stops every process, the kubelet first, then the watcher and the static Pods.
    pub fn stop(&mut self) {
        self.stop_kubelet();
        if let Some((stop, thread)) = self.watcher.take() {
            let _ = stop.send(());
            let _ = thread.join();
        }
        let mut state = self.state();
        for running in state.pods.values_mut() {
            stop(running);
        }
        state.pods.clear();
    }
}

impl Drop for LiveNode {
    #[allow(
        clippy::print_stderr,
        reason = "a failing test's evidence goes to its captured output"
    )]
    fn drop(&mut self) {
        if std::thread::panicking() {
            let mut components: Vec<String> = self
                .state()
                .pods
                .values()
                .map(|r| r.pod.component.clone())
                .collect();
            if lock(&self.kubelet).is_some() {
                components.extend(["kubelet".to_string(), "fake-cri".to_string()]);
            }
            for component in components {
                eprintln!(
                    "--- {} on {}: the end of its log ({}) ---\n{}",
                    component,
                    self.address,
                    self.log_path(&component).display(),
                    self.log_tail(&component, 40)
                );
            }
        }
        self.stop();
    }
}

/// What the watcher thread needs of the node.
struct Handle {
    name: String,
    rootfs: PathBuf,
    work: PathBuf,
    peers: LivePeers,
    netns: Arc<Netns>,
    state: Arc<Mutex<State>>,
}

impl Handle {
    fn sync(&self) -> Vec<String> {
        let files = manifest_files(&self.rootfs);
        let mut state = lock(&self.state);
        let gone: Vec<PathBuf> = state
            .pods
            .keys()
            .filter(|f| !files.contains(f))
            .cloned()
            .collect();
        for file in gone {
            if let Some(mut running) = state.pods.remove(&file) {
                stop(&mut running);
            }
        }
        state.refused.retain(|f, _| files.contains(f));
        let mut refused = Vec::new();
        for file in files {
            let Ok(bytes) = std::fs::read(&file) else {
                continue;
            };
            if let Some((seen, why)) = state.refused.get(&file)
                && *seen == bytes
            {
                refused.push(format!("{}: {why}", file.display()));
                continue;
            }
            if let Some(running) = state.pods.get_mut(&file)
                && running.bytes == bytes
            {
                self.restart_if_crashed(running);
                continue;
            }
            let mut starts = 0;
            if let Some(mut old) = state.pods.remove(&file) {
                stop(&mut old);
                starts = old.starts;
            }
            match self.start(&file, bytes.clone(), starts) {
                Ok(running) => {
                    state.refused.remove(&file);
                    state.pods.insert(file, running);
                }
                Err(why) => {
                    refused.push(format!("{}: {why}", file.display()));
                    state.refused.insert(file, (bytes, why.to_string()));
                }
            }
        }
        refused
    }

    /// Starts a manifest's process; `starts` counts the earlier starts of the same file.
    fn start(&self, file: &Path, bytes: Vec<u8>, starts: u32) -> Result<Running, LiveError> {
        let pod = StaticPod::parse(file, &bytes)?;
        let mut running = Running {
            pod,
            bytes,
            child: None,
            starts,
            last_exit: None,
            restart_at: None,
        };
        self.launch(&mut running)?;
        Ok(running)
    }

    /// Starts the process of `running` (stopped before).
    fn launch(&self, running: &mut Running) -> Result<(), LiveError> {
        let pod = &running.pod;
        let program = self.peers.for_image(&pod.image)?;
        let binds = pod.binds(&self.rootfs)?;
        let log_path = self
            .work
            .join("logs")
            .join(format!("{}.log", pod.component));
        let mut log = File::options()
            .create(true)
            .append(true)
            .open(&log_path)
            .map_err(|e| LiveError::new(format!("cannot open {}: {e}", log_path.display())))?;
        let _ = writeln!(
            log,
            "==> start {} of {}: {}",
            running.starts + 1,
            pod.component,
            pod.argv.join(" ")
        );
        let err = log
            .try_clone()
            .map_err(|e| LiveError::new(format!("{}: {e}", log_path.display())))?;
        let mut command = in_node_namespaces(
            self.netns.command("setpriv"),
            &self.name,
            &binds,
            &self.scratch(&pod.component),
        );
        command
            .arg(&program)
            .args(&pod.argv[1..])
            .env_clear()
            .env(
                "PATH",
                "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
            )
            .envs(pod.env.iter().map(|(k, v)| (k, v)))
            .stdin(Stdio::null())
            .stdout(log)
            .stderr(err);
        let child = command.spawn().map_err(|e| {
            LiveError::new(format!(
                "{}: cannot start {}: {e}",
                pod.component,
                program.display()
            ))
        })?;
        running.child = Some(child);
        running.starts += 1;
        running.restart_at = None;
        Ok(())
    }

    /// A crashed process starts again after a back-off that doubles with each start.
    fn restart_if_crashed(&self, running: &mut Running) {
        let Some(child) = running.child.as_mut() else {
            return;
        };
        let Ok(Some(status)) = child.try_wait() else {
            return;
        };
        running.last_exit = Some(status);
        let now = Instant::now();
        let at = *running.restart_at.get_or_insert_with(|| {
            let doubled = Duration::from_millis(500) * 2u32.saturating_pow(running.starts.min(8));
            now + doubled.min(MAX_BACKOFF)
        });
        if now >= at {
            let _ = self.launch(running);
        }
    }

    /// A new empty folder for one process's overlays.
    fn scratch(&self, what: &str) -> PathBuf {
        static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let dir = self.work.join("scratch").join(format!("{what}-{n}"));
        let _ = std::fs::create_dir_all(&dir);
        dir
    }
}

/// `setpriv` (run in the node's network namespace by `setpriv`'s command) made to run a node
/// process: killed with the test process, in mount and UTS namespaces of its own with `host_name`
/// and `binds` (`scratch`: an empty folder for their overlays); the program and its arguments
/// are to be added.
pub(super) fn in_node_namespaces(
    mut setpriv: Command,
    host_name: &str,
    binds: &[Bind],
    scratch: &Path,
) -> Command {
    setpriv
        .args(["--pdeathsig", "KILL", "unshare", "--mount", "--uts"])
        .args(["--propagation", "private", "sh", "-c"])
        .arg(format!(
            "echo '{host_name}' > /proc/sys/kernel/hostname\n{}",
            script(binds)
        ))
        .arg("sh")
        .arg(scratch);
    setpriv
}

/// Stops the process of `running`, keeping how it exited.
fn stop(running: &mut Running) {
    if let Some(mut child) = running.child.take()
        && let Some(status) = stop_child(&mut child)
    {
        running.last_exit = Some(status);
    }
}

/// SIGTERM, then SIGKILL after [`STOP_GRACE`]; the process is reaped. How it exited.
pub(super) fn stop_child(child: &mut Child) -> Option<ExitStatus> {
    if let Ok(Some(status)) = child.try_wait() {
        return Some(status);
    }
    if let Some(pid) = rustix::process::Pid::from_raw(child.id() as i32) {
        let _ = rustix::process::kill_process(pid, rustix::process::Signal::TERM);
    }
    let deadline = Instant::now() + STOP_GRACE;
    while Instant::now() < deadline {
        if let Ok(Some(status)) = child.try_wait() {
            return Some(status);
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    child.wait().ok()
}

fn lock<T>(state: &Mutex<T>) -> MutexGuard<'_, T> {
    state
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}
