//! This machine, as the checks that only make sense on the real root see it: behind the
//! [`Host`] trait so that tests can fake the user, the ports, the sockets and the `/proc` files.

use std::io;
use std::net::{SocketAddr, TcpListener};
use std::os::unix::net::UnixStream;
use std::path::Path;

use kadm_init_context::Causes;
use kadm_node_fs::{Limit, Root};

/// The `/proc` files the checks read are a few lines; more means something else is there.
const PROC_FILE: Limit = Limit::new(64 << 10, "/proc file");

/// What stands at a container runtime's socket path.
#[derive(Debug)]
pub enum SocketState {
    /// Nothing is there.
    Missing,
    /// Something that is not a socket (`"a regular file"`).
    NotASocket(&'static str),
    /// A socket nobody accepts connections on (the runtime is stopped).
    Refused(io::Error),
    /// A socket that accepted a connection.
    Listening,
}

/// The facts about this machine the host checks need.
pub trait Host {
    /// The effective user id of this process.
    fn euid(&self) -> u32;
    /// Binds a TCP listener on `addr` and releases it: `Ok` when the port is free.
    fn bind(&self, addr: SocketAddr) -> io::Result<()>;
    /// What is at the Unix socket `path`, and whether it accepts a connection.
    fn socket(&self, path: &Path) -> SocketState;
    /// The CPUs this process may run on (its affinity mask, as Go's `runtime.NumCPU` that
    /// kubeadm uses).
    fn cpus(&self) -> usize;
    /// A small text file of the machine (`/proc/swaps`), `Ok(None)` when it does not exist;
    /// the error is a message naming the file.
    fn read(&self, path: &Path) -> Result<Option<String>, String>;
}

/// The machine kadm runs on: files read through the host's [`Root`].
#[derive(Debug, Clone)]
pub struct RealHost {
    root: Root,
}

impl RealHost {
    /// This machine, its files read through `root` (the host's root: host checks never run
    /// under `--rootfs`).
    pub fn new(root: Root) -> Self {
        RealHost { root }
    }
}

impl Host for RealHost {
    fn euid(&self) -> u32 {
        rustix::process::geteuid().as_raw()
    }

    fn bind(&self, addr: SocketAddr) -> io::Result<()> {
        TcpListener::bind(addr).map(drop)
    }

    fn socket(&self, path: &Path) -> SocketState {
        match self.root.entry(path) {
            Ok(None) => SocketState::Missing,
            Ok(Some(entry)) if !entry.is_socket() => SocketState::NotASocket(entry.describe()),
            Ok(Some(_)) => match UnixStream::connect(path) {
                Ok(_) => SocketState::Listening,
                Err(e) => SocketState::Refused(e),
            },
            Err(e) => SocketState::Refused(io::Error::other(Causes(&e).to_string())),
        }
    }

    fn cpus(&self) -> usize {
        match rustix::thread::sched_getaffinity(None) {
            Ok(set) => usize::try_from(set.count()).unwrap_or(usize::MAX),
            Err(_) => std::thread::available_parallelism().map_or(1, usize::from),
        }
    }

    fn read(&self, path: &Path) -> Result<Option<String>, String> {
        self.root
            .read_text_if_exists(path, PROC_FILE)
            .map_err(|e| Causes(&e).to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The real probes see a port in use, a socket with and without a listener, and /proc.
    #[test]
    fn the_real_host_sees_ports_sockets_and_proc_files() {
        let host = RealHost::new(Root::host());
        let held = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = held.local_addr().unwrap();
        assert!(host.bind(addr).is_err(), "a held port is not free");
        drop(held);
        assert!(host.bind(addr).is_ok(), "a released port is free");

        let dir = tempfile::tempdir().unwrap();
        let sock = dir.path().join("runtime.sock");
        assert!(matches!(host.socket(&sock), SocketState::Missing));
        let listener = std::os::unix::net::UnixListener::bind(&sock).unwrap();
        assert!(matches!(host.socket(&sock), SocketState::Listening));
        drop(listener);
        assert!(matches!(host.socket(&sock), SocketState::Refused(_)));
        std::fs::remove_file(&sock).unwrap();
        std::fs::write(&sock, b"").unwrap();
        assert!(matches!(
            host.socket(&sock),
            SocketState::NotASocket("a regular file")
        ));

        let meminfo = host.read(Path::new("/proc/meminfo")).unwrap().unwrap();
        assert!(meminfo.contains("MemTotal:"), "{meminfo}");
        assert_eq!(host.read(&dir.path().join("none")).unwrap(), None);
        let cpus = host.cpus();
        assert!(cpus >= 1);
        assert!(
            cpus >= std::thread::available_parallelism().map_or(1, usize::from),
            "the affinity mask, not a quota"
        );
    }
}
