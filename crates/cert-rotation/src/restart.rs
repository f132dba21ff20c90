//! Restarting the kubelet after its kubeconfig changed, where kadm may do it.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The directory that exists while systemd is the running init system.
pub(crate) const SYSTEMD_RUNTIME_DIR: &str = "/run/systemd/system";

/// The command a user runs to restart the kubelet, shown when kadm does not run it itself.
pub const RESTART_COMMAND: &str = "systemctl restart kubelet";

/// What happened to the kubelet after kubelet.conf was changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Restart {
    /// kadm restarted it through systemd.
    Performed,
    /// It must be restarted by hand (under `--rootfs`, without systemd, or in a dry run).
    Needed,
    /// kadm tried and failed; the reason is kept for the warning.
    Failed(String),
    /// Nothing changed, so no restart is needed.
    NotNeeded,
}

impl Restart {
    /// The word used in JSON output.
    pub fn as_str(&self) -> &'static str {
        match self {
            Restart::Performed => "performed",
            Restart::Needed => "needed",
            Restart::Failed(_) => "failed",
            Restart::NotNeeded => "notNeeded",
        }
    }
}

/// Finds an executable file called `name` in the directories of a `PATH` value.
pub fn find_on_path(name: &str, path_var: &OsStr) -> Option<PathBuf> {
    std::env::split_paths(path_var)
        .filter(|dir| !dir.as_os_str().is_empty())
        .map(|dir| dir.join(name))
        .find(|candidate| is_executable(candidate))
}

fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

/// The `systemctl` to restart the kubelet with: only on the real root (not under `--rootfs`),
/// only when systemd runs (its runtime directory exists), only when `systemctl` is on `PATH`.
pub(crate) fn systemctl_for_real_root(real_root: bool) -> Option<PathBuf> {
    if !real_root || !Path::new(SYSTEMD_RUNTIME_DIR).is_dir() {
        return None;
    }
    find_on_path("systemctl", &std::env::var_os("PATH")?)
}

/// Runs `<systemctl> restart kubelet`; best effort: a failure is reported, never raised.
pub(crate) fn restart_with(systemctl: &Path) -> Restart {
    match Command::new(systemctl)
        .args(["restart", "kubelet"])
        .output()
    {
        Ok(out) if out.status.success() => Restart::Performed,
        Ok(out) => {
            let stderr = String::from_utf8_lossy(&out.stderr);
            Restart::Failed(format!(
                "{RESTART_COMMAND} exited with {}: {}",
                out.status,
                stderr.trim()
            ))
        }
        Err(e) => Restart::Failed(format!("cannot run {}: {e}", systemctl.display())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn script(dir: &Path, name: &str, body: &str) -> PathBuf {
        let path = dir.join(name);
        std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
        path
    }

    #[test]
    fn never_restarts_under_a_rootfs() {
        assert_eq!(systemctl_for_real_root(false), None);
    }

    #[test]
    fn finds_only_executables_on_path() {
        let a = tempfile::tempdir().unwrap();
        let b = tempfile::tempdir().unwrap();
        std::fs::write(a.path().join("systemctl"), "not executable").unwrap();
        let exe = script(b.path(), "systemctl", "exit 0");
        let path = std::env::join_paths([a.path(), b.path()]).unwrap();
        assert_eq!(find_on_path("systemctl", &path), Some(exe));
        assert_eq!(find_on_path("systemctl", OsStr::new("")), None);
    }

    #[test]
    fn a_failing_restart_is_reported_not_raised() {
        let dir = tempfile::tempdir().unwrap();
        let ok = script(dir.path(), "ok", "exit 0");
        assert_eq!(restart_with(&ok), Restart::Performed);
        let bad = script(
            dir.path(),
            "bad",
            "echo 'Unit kubelet.service not found.' >&2; exit 5",
        );
        match restart_with(&bad) {
            Restart::Failed(why) => assert!(why.contains("kubelet.service not found"), "{why}"),
            other => panic!("expected a failure, got {other:?}"),
        }
        assert!(matches!(
            restart_with(&dir.path().join("absent")),
            Restart::Failed(_)
        ));
    }
}
