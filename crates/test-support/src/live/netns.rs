//! A network namespace of the test's own, with one address on its loopback device.

use std::net::IpAddr;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::LiveError;

static NEXT: AtomicUsize = AtomicUsize::new(0);

/// A network namespace made for one node of one test and deleted on drop. It has `lo` up and the
/// node's address on it, so every fixed port (6443, 2379, 10257, ...) is the node's alone and
/// nothing listens outside it.
#[derive(Debug)]
pub struct Netns {
    name: String,
}

impl Netns {
    /// A new namespace with `address` on its loopback device.
    pub fn new(address: IpAddr) -> Result<Self, LiveError> {
        let name = format!(
            "kadm-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        );
        run(Command::new("ip").args(["netns", "add", &name]))?;
        let netns = Self { name };
        let prefix = if address.is_ipv4() { 32 } else { 128 };
        let cidr = format!("{address}/{prefix}");
        run(Command::new("ip").args(["-n", &netns.name, "link", "set", "lo", "up"]))?;
        run(Command::new("ip").args(["-n", &netns.name, "addr", "add", &cidr, "dev", "lo"]))?;
        Ok(netns)
    }

    /// The namespace's name (`kadm-<pid>-<n>`).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// `program` run inside the namespace (`ip netns exec <name> <program>`). `ip` gives it a
    /// sysfs of the namespace's own, without the machine's cgroup mounts under it.
    pub fn command(&self, program: impl AsRef<std::ffi::OsStr>) -> Command {
        let mut command = Command::new("ip");
        command.args(["netns", "exec", &self.name]).arg(program);
        command
    }

    /// `program` run in the namespace's network only (`nsenter --net`): the machine's `/sys`
    /// stays, with its cgroup hierarchies, which the kubelet reads.
    pub fn enter(&self, program: impl AsRef<std::ffi::OsStr>) -> Command {
        let mut command = Command::new("nsenter");
        command
            .arg(format!("--net=/run/netns/{}", self.name))
            .arg(program);
        command
    }

    /// Connects this namespace, whose node has `address`, with `other`, whose node has
    /// `other_address`: a veth pair between the two, each end up, and a route to the other's
    /// address through it with this node's address as the source. Nothing else is routed.
    pub fn link(
        &self,
        address: IpAddr,
        other: &Netns,
        other_address: IpAddr,
    ) -> Result<(), LiveError> {
        // The name only has to be free in the two namespaces; both ends get it.
        let device = format!("kadm-l{}", NEXT.fetch_add(1, Ordering::Relaxed));
        run(Command::new("ip").args([
            "link",
            "add",
            &device,
            "netns",
            &self.name,
            "type",
            "veth",
            "peer",
            "name",
            &device,
            "netns",
            &other.name,
        ]))?;
        for (netns, to, from) in [
            (self, other_address, address),
            (other, address, other_address),
        ] {
            let prefix = if to.is_ipv4() { 32 } else { 128 };
            run(Command::new("ip").args(["-n", &netns.name, "link", "set", &device, "up"]))?;
            run(Command::new("ip").args([
                "-n",
                &netns.name,
                "route",
                "add",
                &format!("{to}/{prefix}"),
                "dev",
                &device,
                "src",
                &from.to_string(),
            ]))?;
        }
        Ok(())
    }
}

impl Drop for Netns {
    fn drop(&mut self) {
        let _ = Command::new("ip")
            .args(["netns", "delete", &self.name])
            .output();
    }
}

/// Runs `command`, an error with its output when it fails.
pub(crate) fn run(command: &mut Command) -> Result<String, LiveError> {
    let out = command
        .output()
        .map_err(|e| LiveError::new(format!("cannot run {command:?}: {e}")))?;
    if !out.status.success() {
        return Err(LiveError::new(format!(
            "{command:?} failed ({}): {}{}",
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}
