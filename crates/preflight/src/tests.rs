//! Each check against a fake machine and temporary node trees; the phase's output, result and
//! error as the user sees them.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::io;
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use kadm_config::{Config, HostFacts, Overrides};
use kadm_init_context::{InitContext, MemoryOutput, Paths, Root, Stream};

use super::*;
use crate::files::{dir_available, etcd_data_available, file_available};

/// A machine made of answers.
struct FakeHost {
    euid: u32,
    busy: Vec<u16>,
    socket: fn() -> SocketState,
    cpus: usize,
    files: BTreeMap<PathBuf, String>,
    bound: RefCell<Vec<SocketAddr>>,
}

impl FakeHost {
    /// A machine on which every check passes.
    fn good() -> Self {
        FakeHost {
            euid: 0,
            busy: Vec::new(),
            socket: || SocketState::Listening,
            cpus: 4,
            files: [
                (
                    "/proc/meminfo",
                    "MemTotal:        8000000 kB\nMemFree: 1 kB\n",
                ),
                ("/proc/swaps", "Filename\tType\tSize\tUsed\tPriority\n"),
                ("/proc/sys/net/ipv4/ip_forward", "1\n"),
                ("/proc/sys/net/ipv6/conf/default/forwarding", "1\n"),
            ]
            .into_iter()
            .map(|(p, t)| (PathBuf::from(p), t.to_string()))
            .collect(),
            bound: RefCell::new(Vec::new()),
        }
    }

    fn with_file(mut self, path: &str, text: &str) -> Self {
        self.files.insert(PathBuf::from(path), text.to_string());
        self
    }
}

impl Host for FakeHost {
    fn euid(&self) -> u32 {
        self.euid
    }
    fn bind(&self, addr: SocketAddr) -> io::Result<()> {
        self.bound.borrow_mut().push(addr);
        if self.busy.contains(&addr.port()) {
            return Err(io::ErrorKind::AddrInUse.into());
        }
        Ok(())
    }
    fn socket(&self, _path: &Path) -> SocketState {
        (self.socket)()
    }
    fn cpus(&self) -> usize {
        self.cpus
    }
    fn read(&self, path: &Path) -> Result<Option<String>, String> {
        Ok(self.files.get(path).cloned())
    }
}

fn v4() -> IpAddr {
    "10.0.0.5".parse().unwrap()
}

/// The one error of a check that should fail, as (message, fix).
fn error_of(found: Findings) -> (String, String) {
    assert_eq!(found.errors.len(), 1, "{found:?}");
    let p = found.errors.into_iter().next().unwrap();
    (p.message, p.fix)
}

#[test]
fn privileged_user_cpus_and_memory_as_kubeadm() {
    let good = FakeHost::good();
    for check in [HostCheck::PrivilegedUser, HostCheck::NumCpu, HostCheck::Mem] {
        assert_eq!(check.run(&good, v4()), Findings::pass(), "{check:?}");
    }
    let bad = FakeHost {
        euid: 1000,
        cpus: 1,
        ..FakeHost::good()
    }
    .with_file("/proc/meminfo", "MemTotal:        1024000 kB\n");
    let (message, fix) = error_of(HostCheck::PrivilegedUser.run(&bad, v4()));
    assert_eq!(message, "user is not running as root");
    assert!(fix.contains("--rootfs"), "{fix}");
    let (message, _) = error_of(HostCheck::NumCpu.run(&bad, v4()));
    assert_eq!(
        message,
        "the number of available CPUs 1 is less than the required 2"
    );
    let (message, _) = error_of(HostCheck::Mem.run(&bad, v4()));
    assert_eq!(
        message,
        "the system RAM (1000 MB) is less than the minimum 1700 MB"
    );
    let odd = FakeHost::good().with_file("/proc/meminfo", "MemFree: 1 kB\n");
    let (message, _) = error_of(HostCheck::Mem.run(&odd, v4()));
    assert_eq!(message, "/proc/meminfo has no MemTotal line in kB");
}

#[test]
fn ports_are_tried_on_every_address_of_the_advertise_family() {
    let host = FakeHost {
        busy: vec![6443],
        ..FakeHost::good()
    };
    assert_eq!(HostCheck::Port(10250).run(&host, v4()), Findings::pass());
    let (message, fix) = error_of(HostCheck::Port(6443).run(&host, v4()));
    assert!(
        message.starts_with("Port 6443 is in use (binding 0.0.0.0:6443 failed"),
        "{message}"
    );
    assert!(fix.contains("sport = :6443"), "{fix}");
    HostCheck::Port(2379).run(&host, "fd00::5".parse().unwrap());
    assert_eq!(
        host.bound.borrow().as_slice(),
        [
            "0.0.0.0:10250".parse().unwrap(),
            "0.0.0.0:6443".parse().unwrap(),
            "[::]:2379".parse().unwrap()
        ]
    );
}

/// A fake socket probe.
type Probe = fn() -> SocketState;

#[test]
fn the_container_runtime_socket_must_accept_a_connection() {
    let socket = "unix:///var/run/containerd/containerd.sock".to_string();
    let host = FakeHost::good();
    assert_eq!(
        HostCheck::Cri(socket.clone()).run(&host, v4()),
        Findings::pass()
    );
    let cases: [(Probe, &str); 3] = [
        (
            || SocketState::Missing,
            "the socket /var/run/containerd/containerd.sock does not exist",
        ),
        (
            || SocketState::NotASocket("a regular file"),
            "/var/run/containerd/containerd.sock is a regular file, not a socket",
        ),
        (
            || SocketState::Refused(io::ErrorKind::ConnectionRefused.into()),
            "/var/run/containerd/containerd.sock accepts no connection",
        ),
    ];
    for (state, expected) in cases {
        let host = FakeHost {
            socket: state,
            ..FakeHost::good()
        };
        let (message, fix) = error_of(HostCheck::Cri(socket.clone()).run(&host, v4()));
        assert!(
            message.starts_with(&format!("container runtime is not running: {expected}")),
            "{message}"
        );
        assert!(fix.contains("nodeRegistration.criSocket"), "{fix}");
    }
    let (message, _) = error_of(HostCheck::Cri("tcp://10.0.0.1:1".into()).run(&host, v4()));
    assert!(message.contains("only unix:// sockets"), "{message}");
    assert_eq!(
        HostCheck::Cri("/run/crio/crio.sock".into()).run(&host, v4()),
        Findings::pass(),
        "a plain path is a unix socket"
    );
}

#[test]
fn swap_only_warns_and_forwarding_must_be_on() {
    let on = FakeHost::good().with_file(
        "/proc/swaps",
        "Filename\tType\tSize\tUsed\tPriority\n/swapfile file 1024 0 -2\n",
    );
    let found = HostCheck::Swap.run(&on, v4());
    assert!(found.errors.is_empty());
    assert!(
        found.warnings[0].starts_with("swap is supported for cgroup v2 only"),
        "{found:?}"
    );
    assert_eq!(
        HostCheck::Swap.run(&FakeHost::good(), v4()),
        Findings::pass()
    );
    let mut none = FakeHost::good();
    none.files.remove(Path::new("/proc/swaps"));
    assert_eq!(HostCheck::Swap.run(&none, v4()), Findings::pass());

    let forwarding = HostCheck::Forwarding("/proc/sys/net/ipv4/ip_forward");
    assert_eq!(
        forwarding.name(),
        "FileContent--proc-sys-net-ipv4-ip_forward"
    );
    assert_eq!(forwarding.run(&FakeHost::good(), v4()), Findings::pass());
    let off = FakeHost::good().with_file("/proc/sys/net/ipv4/ip_forward", "0\n");
    let (message, fix) = error_of(forwarding.run(&off, v4()));
    assert_eq!(
        message,
        "/proc/sys/net/ipv4/ip_forward contents are not set to 1"
    );
    assert!(fix.contains("sysctl -w net.ipv4.ip_forward=1"), "{fix}");
}

/// kubeadm's defaults for node `node-1` advertising 10.0.0.5, with `edit` applied and the
/// ignore list of `--ignore-preflight-errors`.
fn config(edit: impl FnOnce(&mut Config), ignore: &[&str]) -> kadm_config::ValidConfig {
    let mut c = Config::defaults(&HostFacts {
        hostname: "node-1".into(),
        default_ipv4: Some(v4()),
    });
    edit(&mut c);
    c.apply_overrides(&Overrides {
        ignore_preflight_errors: ignore.iter().map(|s| s.to_string()).collect(),
        ..Overrides::default()
    });
    c.validate().unwrap()
}

#[test]
fn the_host_checks_follow_the_config() {
    let names = |c: &kadm_config::ValidConfig| {
        system::host_checks(c)
            .iter()
            .map(HostCheck::name)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        names(&config(|_| {}, &[])),
        [
            "IsPrivilegedUser",
            "NumCPU",
            "Mem",
            "Port-6443",
            "Port-10259",
            "Port-10257",
            "CRI",
            "Swap",
            "Port-10250",
            "FileContent--proc-sys-net-ipv4-ip_forward",
            "Port-2379",
            "Port-2380"
        ]
    );
    let other = config(
        |c| {
            c.init.local_api_endpoint.bind_port = 9443;
            c.cluster.networking.service_subnet = "10.96.0.0/16,fd00:10::/108".into();
            c.cluster.etcd.local = None;
            c.cluster.etcd.external = Some(kadm_config::types::ExternalEtcd {
                endpoints: vec!["https://10.0.0.9:2379".into()],
                ..Default::default()
            });
        },
        &[],
    );
    let names = names(&other);
    assert!(names.contains(&"Port-9443".to_string()), "{names:?}");
    assert!(!names.contains(&"Port-6443".to_string()), "{names:?}");
    assert!(
        names.contains(&"FileContent--proc-sys-net-ipv6-conf-default-forwarding".to_string()),
        "{names:?}"
    );
    assert!(!names.iter().any(|n| n.starts_with("Port-23")), "{names:?}");
}

/// A temporary node tree.
fn tree() -> (tempfile::TempDir, Root) {
    let dir = tempfile::tempdir().unwrap();
    let root = Root::at(dir.path());
    (dir, root)
}

fn make(dir: &Path, node: &str, contents: Option<&str>) -> PathBuf {
    let path = dir.join(node.trim_start_matches('/'));
    match contents {
        Some(text) => {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, text).unwrap();
        }
        None => std::fs::create_dir_all(&path).unwrap(),
    }
    path
}

#[test]
fn a_file_is_free_or_a_regular_file_to_reuse() {
    let (dir, root) = tree();
    let manifest = dir
        .path()
        .join("etc/kubernetes/manifests/kube-apiserver.yaml");
    assert_eq!(file_available(&root, &manifest), Findings::pass());
    make(
        dir.path(),
        "/etc/kubernetes/manifests/kube-apiserver.yaml",
        Some("x"),
    );
    assert_eq!(file_available(&root, &manifest), Findings::pass());
    std::fs::remove_file(&manifest).unwrap();
    // A link to a regular file inside the root is reused like the file.
    make(dir.path(), "/srv/apiserver.yaml", Some("x"));
    std::os::unix::fs::symlink("/srv/apiserver.yaml", &manifest).unwrap();
    assert_eq!(file_available(&root, &manifest), Findings::pass());
    std::fs::remove_file(&manifest).unwrap();

    make(
        dir.path(),
        "/etc/kubernetes/manifests/kube-apiserver.yaml",
        None,
    );
    let (message, fix) = error_of(file_available(&root, &manifest));
    assert_eq!(
        message,
        format!(
            "{} is a directory where kadm writes a file",
            manifest.display()
        )
    );
    assert_eq!(fix, "remove the directory");
    std::fs::remove_dir(&manifest).unwrap();
    std::os::unix::net::UnixListener::bind(&manifest).unwrap();
    let (message, _) = error_of(file_available(&root, &manifest));
    assert!(
        message.ends_with("is a socket where kadm writes a regular file"),
        "{message}"
    );
}

#[test]
fn a_directory_must_be_one_or_makeable() {
    let (dir, root) = tree();
    let pki = dir.path().join("etc/kubernetes/pki");
    assert_eq!(dir_available(&root, &pki), Findings::pass());
    make(dir.path(), "/etc/kubernetes/pki", None);
    assert_eq!(dir_available(&root, &pki), Findings::pass());
    std::fs::remove_dir(&pki).unwrap();
    make(dir.path(), "/etc/kubernetes/pki", Some("not a dir"));
    let (message, fix) = error_of(dir_available(&root, &pki));
    assert_eq!(
        message,
        format!(
            "{} is a regular file where kadm makes a directory",
            pki.display()
        )
    );
    assert_eq!(fix, "remove it");
    let etcd = pki.join("etcd");
    let (message, fix) = error_of(dir_available(&root, &etcd));
    assert_eq!(
        message,
        format!(
            "{} cannot be made: {} is a regular file, not a directory",
            etcd.display(),
            pki.display()
        )
    );
    assert_eq!(fix, format!("remove {}", pki.display()));
}

/// A context over a `--rootfs` tree with `config`.
fn context(dir: &Path, config: kadm_config::ValidConfig) -> (InitContext, Arc<MemoryOutput>) {
    let out = Arc::new(MemoryOutput::default());
    let ctx = InitContext::new(config, Paths::defaults_under(Root::at(dir)), out.clone());
    (ctx, out)
}

#[test]
fn a_non_empty_etcd_data_dir_must_be_this_nodes_own() {
    let (dir, _) = tree();
    let (ctx, _) = context(dir.path(), config(|_| {}, &[]));
    let data = dir.path().join("var/lib/etcd");
    let check = || etcd_data_available(&ctx, "/var/lib/etcd", &data);
    assert_eq!(check(), Findings::pass(), "missing");
    make(dir.path(), "/var/lib/etcd", None);
    assert_eq!(check(), Findings::pass(), "empty");
    make(dir.path(), "/var/lib/etcd/member/snap/db", Some("data"));
    let (message, fix) = error_of(check());
    assert!(
        message.starts_with(&format!(
            "{} is not empty, and it is not this node's etcd",
            data.display()
        )),
        "{message}"
    );
    assert!(fix.contains("kadm reset"), "{fix}");
    // An etcd manifest of this node naming another directory does not make it ours.
    let manifest = "/etc/kubernetes/manifests/etcd.yaml";
    make(
        dir.path(),
        manifest,
        Some("spec:\n  containers:\n  - command:\n    - etcd\n    - --data-dir=/srv/etcd\n"),
    );
    make(dir.path(), "/etc/kubernetes/pki/etcd/ca.crt", Some("ca"));
    assert_eq!(check().errors.len(), 1);
    // Naming it, beside the etcd CA: the data is this node's etcd's.
    make(
        dir.path(),
        manifest,
        Some("spec:\n  containers:\n  - command:\n    - etcd\n    - --data-dir=/var/lib/etcd\n"),
    );
    assert_eq!(check(), Findings::pass());
    // Without the etcd CA it is not.
    std::fs::remove_file(dir.path().join("etc/kubernetes/pki/etcd/ca.crt")).unwrap();
    assert_eq!(check().errors.len(), 1);
}

#[test]
fn under_rootfs_the_host_checks_are_skipped_once_and_the_tree_is_checked() {
    let (dir, _) = tree();
    let (ctx, out) = context(dir.path(), config(|_| {}, &[]));
    // A machine on which every check would fail: none of them runs.
    let host = FakeHost {
        euid: 1000,
        cpus: 1,
        busy: vec![6443],
        ..FakeHost::good()
    };
    let outcomes = run(&ctx, &host).unwrap();
    assert!(host.bound.borrow().is_empty(), "no port was tried");
    let info = out.of(Stream::Info);
    let skipped: Vec<_> = info.iter().filter(|l| l.contains("Skipping")).collect();
    assert_eq!(skipped.len(), 1, "{info:?}");
    assert!(
        skipped[0].starts_with(&format!(
            "[preflight] Skipping the checks of this machine under --rootfs {} (the node is that directory, not this machine): IsPrivilegedUser, NumCPU, Mem, Port-6443,",
            dir.path().display()
        )),
        "{}",
        skipped[0]
    );
    let n = |s: Status| outcomes.iter().filter(|o| o.status == s).count();
    assert_eq!(n(Status::Skipped), 12);
    assert_eq!(n(Status::Failed) + n(Status::Warned), 0);
    let names: Vec<&str> = outcomes.iter().map(|o| o.name.as_str()).collect();
    for name in [
        "FileAvailable--etc-kubernetes-manifests-kube-apiserver.yaml",
        "FileAvailable--etc-kubernetes-pki-ca.key",
        "FileAvailable--etc-kubernetes-admin.conf",
        "FileAvailable--var-lib-kubelet-config.yaml",
        "DirAvailable--etc-kubernetes-pki-etcd",
        "DirAvailable--var-lib-etcd",
    ] {
        assert!(names.contains(&name), "{name} in {names:?}");
    }
    assert_eq!(
        info.last().unwrap(),
        &format!(
            "[preflight] {} checks passed, 12 skipped",
            outcomes.len() - 12
        )
    );
    let result = ctx.record.report().files.len();
    assert_eq!(result, 0, "nothing written or kept");
}

#[test]
fn failures_are_listed_together_and_ignoring_makes_them_kubeadm_warnings() {
    let (dir, _) = tree();
    make(
        dir.path(),
        "/etc/kubernetes/manifests/kube-apiserver.yaml",
        None,
    );
    make(dir.path(), "/etc/kubernetes/admin.conf", None);
    let name = "FileAvailable--etc-kubernetes-manifests-kube-apiserver.yaml";
    let (ctx, _) = context(dir.path(), config(|_| {}, &[]));
    let err = run(&ctx, &FakeHost::good()).unwrap_err().to_string();
    assert!(
        err.starts_with("2 preflight checks failed; nothing was written:\n"),
        "{err}"
    );
    let apiserver = dir
        .path()
        .join("etc/kubernetes/manifests/kube-apiserver.yaml");
    assert!(
        err.contains(&format!(
            "\t[ERROR {name}]: {} is a directory where kadm writes a file: remove the directory, or pass --ignore-preflight-errors={name}\n",
            apiserver.display()
        )),
        "{err}"
    );
    assert!(
        err.contains("[ERROR FileAvailable--etc-kubernetes-admin.conf]"),
        "{err}"
    );

    // Ignoring one (in another case) leaves the other.
    let (ctx, _) = context(dir.path(), config(|_| {}, &[&name.to_uppercase()]));
    let err = run(&ctx, &FakeHost::good()).unwrap_err().to_string();
    assert!(err.starts_with("1 preflight check failed"), "{err}");
    assert!(!err.contains(name), "{err}");

    // Ignoring both: warnings as kubeadm prints them, recorded in the result.
    let (ctx, out) = context(
        dir.path(),
        config(|_| {}, &[name, "FileAvailable--etc-kubernetes-admin.conf"]),
    );
    run(&ctx, &FakeHost::good()).unwrap();
    let warnings = out.of(Stream::Warn);
    let expected = format!(
        "\t[WARNING {name}]: {} is a directory where kadm writes a file",
        apiserver.display()
    );
    assert!(warnings.contains(&expected), "{warnings:?}");
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    let report = ctx.record.report();
    assert_eq!(
        report.warnings.len(),
        2,
        "warnings are recorded: {report:?}"
    );
}

/// On the real root the host checks run; with paths pointing into a temporary tree so that the
/// test machine's own /etc is not looked at.
fn host_context(dir: &Path, ignore: &[&str]) -> (InitContext, Arc<MemoryOutput>) {
    let data_dir = dir.join("var/lib/etcd").display().to_string();
    let config = config(
        |c| c.cluster.etcd.local.as_mut().unwrap().data_dir = data_dir,
        ignore,
    );
    let out = Arc::new(MemoryOutput::default());
    let paths = Paths {
        root: Root::host(),
        cert_dir: dir.join("etc/kubernetes/pki"),
        kubeconfig_dir: dir.join("etc/kubernetes"),
        kubelet_dir: dir.join("var/lib/kubelet"),
        manifests_dir: dir.join("etc/kubernetes/manifests"),
        objects_dir: dir.join("etc/kubernetes/cluster-objects"),
    };
    (InitContext::new(config, paths, out.clone()), out)
}

#[test]
fn on_the_real_root_host_failures_fail_the_phase_unless_ignored() {
    let (dir, _) = tree();
    let bad = || {
        FakeHost {
            euid: 1000,
            busy: vec![10250],
            ..FakeHost::good()
        }
        .with_file("/proc/sys/net/ipv4/ip_forward", "0\n")
        .with_file("/proc/swaps", "header\n/dev/sda2 partition 1 0 -2\n")
    };
    let (ctx, out) = host_context(dir.path(), &[]);
    let err = run(&ctx, &bad()).unwrap_err().to_string();
    assert!(err.starts_with("3 preflight checks failed"), "{err}");
    for name in [
        "IsPrivilegedUser",
        "Port-10250",
        "FileContent--proc-sys-net-ipv4-ip_forward",
    ] {
        assert!(err.contains(&format!("[ERROR {name}]: ")), "{name}: {err}");
    }
    assert!(!err.contains("Swap"), "swap only warns: {err}");
    assert!(out.of(Stream::Info).iter().all(|l| !l.contains("Skipping")));
    let result = &ctx.record.report();
    assert!(
        result.warnings.iter().any(|w| w.starts_with("[Swap]: ")),
        "{result:?}"
    );

    let (ctx, out) = host_context(dir.path(), &["all"]);
    let outcomes = run(&ctx, &bad()).unwrap();
    assert!(outcomes.iter().all(|o| o.status != Status::Skipped));
    let warnings = out.of(Stream::Warn);
    assert!(
        warnings.contains(&"\t[WARNING IsPrivilegedUser]: user is not running as root".to_string()),
        "{warnings:?}"
    );
    assert_eq!(
        warnings.len(),
        4,
        "three ignored errors and swap: {warnings:?}"
    );
}

#[test]
fn the_json_result_counts_and_lists_every_check() {
    let (dir, _) = tree();
    make(dir.path(), "/etc/kubernetes/manifests/etcd.yaml", None);
    let (ctx, _) = context(dir.path(), config(|_| {}, &["all"]));
    let mut value = None;
    // The result belongs to the running phase: run it as the runner would.
    let workflow = kadm_phase_runner::Workflow::new(
        "init",
        vec![Phase::new(NAME).run(|ctx: &mut InitContext| {
            run(ctx, &FakeHost::good())?;
            Ok(())
        })],
    )
    .unwrap();
    let mut ctx = ctx;
    let request = kadm_phase_runner::Request {
        targets: vec![NAME.into()],
        skip: Vec::new(),
        target_version: None,
    };
    ctx.run(&workflow, &request, |_| {}).unwrap();
    for phase in ctx.record.report().phases {
        value = phase.result;
    }
    let value = value.expect("a result");
    assert_eq!(value["skipped"], 12);
    assert_eq!(value["warned"], 1);
    assert_eq!(value["failed"], 0);
    assert_eq!(
        value["run"],
        value["passed"].as_u64().unwrap() + 1,
        "{value}"
    );
    let etcd = value["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "FileAvailable--etc-kubernetes-manifests-etcd.yaml")
        .unwrap();
    assert_eq!(etcd["status"], "warned");
    assert_eq!(etcd["ignored"], true);
    assert!(value["config"].as_str().unwrap().starts_with("valid"));
    assert!(
        value["skippedBecause"]
            .as_str()
            .unwrap()
            .starts_with("--rootfs "),
        "{value}"
    );
}
