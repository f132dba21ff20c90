//! The checks of this machine (kubeadm's names): they only make sense on the real root, and are
//! skipped under `--rootfs`.

use std::io;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::path::Path;

use kadm_config::ValidConfig;

use crate::host::{Host, SocketState};
use crate::outcome::Findings;

/// The fewest CPUs kubeadm accepts on a control-plane node.
pub const MIN_CPUS: usize = 2;
/// The least memory kubeadm accepts on a control-plane node, in MB.
pub const MIN_MEMORY_MB: u64 = 1700;
/// The kube-scheduler's secure port.
pub const SCHEDULER_PORT: u16 = 10259;
/// The kube-controller-manager's secure port.
pub const CONTROLLER_MANAGER_PORT: u16 = 10257;
/// The kubelet's port.
pub const KUBELET_PORT: u16 = 10250;
/// etcd's client port.
pub const ETCD_CLIENT_PORT: u16 = 2379;
/// etcd's peer port.
pub const ETCD_PEER_PORT: u16 = 2380;

const SWAPS: &str = "/proc/swaps";
const MEMINFO: &str = "/proc/meminfo";
const IPV4_FORWARD: &str = "/proc/sys/net/ipv4/ip_forward";
const IPV6_FORWARD: &str = "/proc/sys/net/ipv6/conf/default/forwarding";

/// One check of this machine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HostCheck {
    /// `IsPrivilegedUser`: running as root.
    PrivilegedUser,
    /// `NumCPU`: at least [`MIN_CPUS`].
    NumCpu,
    /// `Mem`: at least [`MIN_MEMORY_MB`].
    Mem,
    /// `Port-N`: the port is free.
    Port(u16),
    /// `CRI`: the container runtime's socket accepts connections.
    Cri(String),
    /// `Swap`: swap is off (a warning, as in kubeadm).
    Swap,
    /// `FileContent--proc-sys-net-ipv4-ip_forward` (or the IPv6 one): forwarding is on.
    Forwarding(&'static str),
}

/// The host checks of an `init` with `config`, in kubeadm's order: etcd's ports only with a
/// local etcd, each forwarding check for an address family the cluster uses.
pub fn host_checks(config: &ValidConfig) -> Vec<HostCheck> {
    let mut checks = vec![
        HostCheck::PrivilegedUser,
        HostCheck::NumCpu,
        HostCheck::Mem,
        HostCheck::Port(config.bind_port()),
        HostCheck::Port(SCHEDULER_PORT),
        HostCheck::Port(CONTROLLER_MANAGER_PORT),
        HostCheck::Cri(config.config().init.node_registration.cri_socket.clone()),
        HostCheck::Swap,
        HostCheck::Port(KUBELET_PORT),
    ];
    let families = config
        .service_subnets()
        .iter()
        .chain(config.pod_subnets())
        .map(|net| net.addr())
        .chain([config.advertise_address()]);
    let (mut v4, mut v6) = (false, false);
    for addr in families {
        v4 |= addr.is_ipv4();
        v6 |= addr.is_ipv6();
    }
    if v4 {
        checks.push(HostCheck::Forwarding(IPV4_FORWARD));
    }
    if v6 {
        checks.push(HostCheck::Forwarding(IPV6_FORWARD));
    }
    if !config.external_etcd() {
        checks.extend([
            HostCheck::Port(ETCD_CLIENT_PORT),
            HostCheck::Port(ETCD_PEER_PORT),
        ]);
    }
    checks
}

/// The host checks of a worker's `join`, in kubeadm's order: root, the kubelet's port, the
/// container runtime, swap, IPv4 forwarding.
pub fn worker_host_checks(config: &ValidConfig) -> Vec<HostCheck> {
    vec![
        HostCheck::PrivilegedUser,
        HostCheck::Port(KUBELET_PORT),
        HostCheck::Cri(config.config().init.node_registration.cri_socket.clone()),
        HostCheck::Swap,
        HostCheck::Forwarding(IPV4_FORWARD),
    ]
}

/// kubeadm's name for a check of `path`: `FileContent--proc-sys-net-ipv4-ip_forward`.
pub fn path_name(prefix: &str, path: &Path) -> String {
    format!("{prefix}-{}", path.display().to_string().replace('/', "-"))
}

impl HostCheck {
    /// kubeadm's name for the check.
    pub fn name(&self) -> String {
        match self {
            HostCheck::PrivilegedUser => "IsPrivilegedUser".into(),
            HostCheck::NumCpu => "NumCPU".into(),
            HostCheck::Mem => "Mem".into(),
            HostCheck::Port(port) => format!("Port-{port}"),
            HostCheck::Cri(_) => "CRI".into(),
            HostCheck::Swap => "Swap".into(),
            HostCheck::Forwarding(path) => path_name("FileContent", Path::new(path)),
        }
    }

    /// Runs the check on `host`; ports are tried on the unspecified address of the advertise
    /// address's family, as kubeadm does, so a listener on any address is found.
    pub fn run(&self, host: &dyn Host, advertise: IpAddr) -> Findings {
        match self {
            HostCheck::PrivilegedUser => match host.euid() {
                0 => Findings::pass(),
                _ => Findings::error(
                    "user is not running as root",
                    "run kadm as root (sudo kadm ...), or write into a directory with --rootfs DIR",
                ),
            },
            HostCheck::NumCpu => {
                let cpus = host.cpus();
                if cpus >= MIN_CPUS {
                    return Findings::pass();
                }
                Findings::error(
                    format!(
                        "the number of available CPUs {cpus} is less than the required {MIN_CPUS}"
                    ),
                    format!("give this machine at least {MIN_CPUS} CPUs"),
                )
            }
            HostCheck::Mem => mem(host),
            HostCheck::Port(port) => port_free(host, *port, advertise),
            HostCheck::Cri(socket) => cri(host, socket),
            HostCheck::Swap => swap(host),
            HostCheck::Forwarding(path) => forwarding(host, path),
        }
    }
}

fn mem(host: &dyn Host) -> Findings {
    let fix = format!("give this machine at least {MIN_MEMORY_MB} MB of memory");
    let text = match host.read(Path::new(MEMINFO)) {
        Ok(Some(text)) => text,
        Ok(None) => return Findings::error(format!("{MEMINFO} does not exist"), fix),
        Err(e) => return Findings::error(e, fix),
    };
    let total_kb = text.lines().find_map(|line| {
        let rest = line.strip_prefix("MemTotal:")?;
        rest.trim()
            .trim_end_matches("kB")
            .trim()
            .parse::<u64>()
            .ok()
    });
    let Some(total_kb) = total_kb else {
        return Findings::error(format!("{MEMINFO} has no MemTotal line in kB"), fix);
    };
    let mb = total_kb / 1024;
    if mb >= MIN_MEMORY_MB {
        return Findings::pass();
    }
    Findings::error(
        format!("the system RAM ({mb} MB) is less than the minimum {MIN_MEMORY_MB} MB"),
        fix,
    )
}

fn port_free(host: &dyn Host, port: u16, advertise: IpAddr) -> Findings {
    let any = match advertise {
        IpAddr::V4(_) => IpAddr::V4(Ipv4Addr::UNSPECIFIED),
        IpAddr::V6(_) => IpAddr::V6(Ipv6Addr::UNSPECIFIED),
    };
    let addr = SocketAddr::new(any, port);
    match host.bind(addr) {
        Ok(()) => Findings::pass(),
        Err(e) if e.kind() == io::ErrorKind::AddrInUse => Findings::error(
            format!("Port {port} is in use (binding {addr} failed: {e})"),
            format!("stop the process that listens on it (ss -ltnp 'sport = :{port}' names it)"),
        ),
        Err(e) => Findings::error(
            format!("Port {port} cannot be bound (binding {addr} failed: {e})"),
            "run as root and make sure nothing else holds the port",
        ),
    }
}

fn cri(host: &dyn Host, socket: &str) -> Findings {
    let fix = "start the container runtime (e.g. systemctl start containerd), or set \
               nodeRegistration.criSocket to the socket it listens on";
    let path = match socket.strip_prefix("unix://") {
        Some(path) => path,
        None if socket.starts_with('/') => socket,
        None => {
            return Findings::error(
                format!(
                    "nodeRegistration.criSocket {}: only unix:// sockets are supported",
                    kadm_config::excerpt::value(socket)
                ),
                "give a unix:///path socket",
            );
        }
    };
    let problem = match host.socket(Path::new(path)) {
        SocketState::Listening => return Findings::pass(),
        SocketState::Missing => format!("the socket {path} does not exist"),
        SocketState::NotASocket(kind) => format!("{path} is {kind}, not a socket"),
        SocketState::Refused(e) => format!("{path} accepts no connection ({e})"),
    };
    Findings::error(format!("container runtime is not running: {problem}"), fix)
}

fn swap(host: &dyn Host) -> Findings {
    match host.read(Path::new(SWAPS)) {
        // Like kubeadm: the header line alone means no swap; no file means nothing to say.
        Ok(Some(text)) if text.lines().count() > 1 => Findings::warning(
            "swap is supported for cgroup v2 only. The kubelet must be properly configured to \
             use swap. Please refer to https://kubernetes.io/docs/concepts/architecture/nodes/#swap-memory, \
             or disable swap on the node",
        ),
        Ok(_) => Findings::pass(),
        Err(e) => Findings::warning(format!("error reading {SWAPS}: {e}")),
    }
}

fn forwarding(host: &dyn Host, path: &str) -> Findings {
    let key = path.trim_start_matches("/proc/sys/").replace('/', ".");
    let fix = format!("turn it on with sysctl -w {key}=1 and keep it in /etc/sysctl.d/");
    match host.read(Path::new(path)) {
        Ok(Some(text)) if text.starts_with('1') => Findings::pass(),
        Ok(Some(_)) => Findings::error(format!("{path} contents are not set to 1"), fix),
        Ok(None) => Findings::error(format!("{path} does not exist"), fix),
        Err(e) => Findings::error(e, fix),
    }
}
