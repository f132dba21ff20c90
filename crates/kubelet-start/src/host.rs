//! What kubelet-start asks of the machine it runs on: whether systemd runs it, `systemctl`,
//! whether a unit is active, the hostname. Only ever asked on the real root: under `--rootfs` the
//! running machine says nothing about the node being prepared, so the node's own files decide
//! (see [`crate::node`]). A trait, so the decisions are tested with a fake.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The directory that exists while systemd is the running init system.
pub const SYSTEMD_RUNTIME_DIR: &str = "/run/systemd/system";

/// The commands a user runs to (re)start the kubelet, shown when kadm does not run them.
pub const START_COMMAND: &str = "systemctl daemon-reload && systemctl restart kubelet";

/// The running machine, as far as kubelet-start needs it.
pub trait Machine {
    /// Whether systemd is the running init system.
    fn systemd_runs(&self) -> bool;
    /// The `systemctl` executable, when one is on `PATH`.
    fn systemctl(&self) -> Option<PathBuf>;
    /// Runs `systemctl ARGS`; the error says why it failed.
    fn systemctl_run(&self, systemctl: &Path, args: &[&str]) -> Result<(), String>;
    /// The machine's hostname, lowercased, as the kubelet uses it for its node name.
    fn hostname(&self) -> Option<String>;
}

/// The machine kadm runs on.
#[derive(Debug, Clone, Copy, Default)]
pub struct RealMachine;

impl Machine for RealMachine {
    fn systemd_runs(&self) -> bool {
        Path::new(SYSTEMD_RUNTIME_DIR).is_dir()
    }

    fn systemctl(&self) -> Option<PathBuf> {
        kadm_cert_rotation::find_on_path("systemctl", &std::env::var_os("PATH")?)
    }

    fn systemctl_run(&self, systemctl: &Path, args: &[&str]) -> Result<(), String> {
        let out = Command::new(systemctl)
            .args(args)
            .output()
            .map_err(|e| format!("cannot run {}: {e}", systemctl.display()))?;
        if out.status.success() {
            return Ok(());
        }
        Err(format!(
            "systemctl {} exited with {}: {}",
            args.join(" "),
            out.status,
            String::from_utf8_lossy(&out.stderr).trim()
        ))
    }

    fn hostname(&self) -> Option<String> {
        let name = gethostname::gethostname()
            .to_string_lossy()
            .trim()
            .to_lowercase();
        (!name.is_empty()).then_some(name)
    }
}

/// Whether kadm (re)starts the kubelet, and if not, why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StartPlan {
    /// Restart it with this `systemctl` (after `daemon-reload`, as kubeadm does).
    Restart(PathBuf),
    /// Leave it alone; the reason is shown in one line.
    NotHere(&'static str),
}

/// kadm restarts the kubelet only on the real root, only where systemd runs, only with a
/// `systemctl` on `PATH`.
pub fn start_plan(real_root: bool, machine: &dyn Machine) -> StartPlan {
    if !real_root {
        return StartPlan::NotHere(
            "--rootfs prepares another node's files, so kadm does not start a kubelet",
        );
    }
    if !machine.systemd_runs() {
        return StartPlan::NotHere("systemd does not run here (no /run/systemd/system)");
    }
    match machine.systemctl() {
        Some(systemctl) => StartPlan::Restart(systemctl),
        None => StartPlan::NotHere("systemctl is not on PATH"),
    }
}

/// Whether systemd-resolved is active on the running machine (`systemctl is-active`), as kubeadm
/// checks it; false wherever systemd does not run.
pub fn resolved_active(machine: &dyn Machine) -> bool {
    if !machine.systemd_runs() {
        return false;
    }
    machine.systemctl().is_some_and(|systemctl| {
        machine
            .systemctl_run(&systemctl, &["is-active", "--quiet", "systemd-resolved"])
            .is_ok()
    })
}

/// A scripted machine for tests: what it answers, and every `systemctl` call it received.
#[cfg(test)]
#[derive(Debug, Default)]
pub(crate) struct FakeMachine {
    pub systemd: bool,
    pub systemctl: Option<PathBuf>,
    pub failing: Vec<&'static str>,
    pub hostname: Option<String>,
    pub calls: std::sync::Mutex<Vec<String>>,
}

#[cfg(test)]
impl Machine for FakeMachine {
    fn systemd_runs(&self) -> bool {
        self.systemd
    }

    fn systemctl(&self) -> Option<PathBuf> {
        self.systemctl.clone()
    }

    fn systemctl_run(&self, _: &Path, args: &[&str]) -> Result<(), String> {
        let line = args.join(" ");
        self.calls.lock().unwrap().push(line.clone());
        match self.failing.iter().any(|f| line.contains(f)) {
            true => Err(format!("systemctl {line} failed")),
            false => Ok(()),
        }
    }

    fn hostname(&self) -> Option<String> {
        self.hostname.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn systemd_host() -> FakeMachine {
        FakeMachine {
            systemd: true,
            systemctl: Some("/usr/bin/systemctl".into()),
            ..FakeMachine::default()
        }
    }

    #[test]
    fn restarts_only_on_the_real_root_under_systemd_with_systemctl() {
        let host = systemd_host();
        assert_eq!(
            start_plan(true, &host),
            StartPlan::Restart("/usr/bin/systemctl".into())
        );
        assert!(matches!(
            start_plan(false, &host),
            StartPlan::NotHere(why) if why.starts_with("--rootfs")
        ));
        let no_systemd = FakeMachine {
            systemd: false,
            ..systemd_host()
        };
        assert!(matches!(
            start_plan(true, &no_systemd),
            StartPlan::NotHere(why) if why.contains("/run/systemd/system")
        ));
        let no_systemctl = FakeMachine {
            systemctl: None,
            ..systemd_host()
        };
        assert!(matches!(
            start_plan(true, &no_systemctl),
            StartPlan::NotHere(why) if why.contains("PATH")
        ));
        assert!(
            host.calls.lock().unwrap().is_empty(),
            "deciding runs nothing"
        );
    }

    #[test]
    fn resolved_is_asked_of_systemd_only() {
        let host = systemd_host();
        assert!(resolved_active(&host));
        assert_eq!(
            *host.calls.lock().unwrap(),
            ["is-active --quiet systemd-resolved"]
        );
        let inactive = FakeMachine {
            failing: vec!["is-active"],
            ..systemd_host()
        };
        assert!(!resolved_active(&inactive));
        let no_systemd = FakeMachine {
            systemd: false,
            ..systemd_host()
        };
        assert!(!resolved_active(&no_systemd));
        assert!(no_systemd.calls.lock().unwrap().is_empty());
    }
}
