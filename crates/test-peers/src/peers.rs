//! The real peers the interop tests run, found in one place and one order.

use std::fmt;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use crate::ci::is_ci;

/// A real program the tests check kadm's output against.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Peer {
    /// The openssl command line.
    Openssl,
    /// The etcd server: the etcd 3.6 `tests/peers/build.sh` built, else one on `PATH`.
    Etcd,
    /// etcd's client, found as [`Peer::Etcd`].
    Etcdctl,
    /// kubectl 1.33 (`kubectl.1.33`: the plain `kubectl` on these machines is a version
    /// dispatcher that contacts servers, so it is never run).
    Kubectl,
    /// strace, which kills kadm at chosen system calls in the crash-safety tests.
    Strace,
    /// `kubernetes-validate` (PyPI), which checks manifests against the real Kubernetes schemas.
    KubernetesValidate,
    /// The live control plane's programs (kube-apiserver, kube-controller-manager, kube-scheduler,
    /// kubelet, kubeadm, kubectl and etcd), built from the Go modules of `tests/peers` by its
    /// `build.sh`, and root, which the namespaces they run in need (see [`crate::built`]).
    Live,
}

/// Where the image documents kubectl 1.33 to be, looked at last.
pub const KUBECTL_FIXED: &str = "/usr/lib/google-cloud-sdk/bin/kubectl.1.33";

impl Peer {
    /// Every peer.
    pub const ALL: [Peer; 7] = [
        Peer::Openssl,
        Peer::Etcd,
        Peer::Etcdctl,
        Peer::Kubectl,
        Peer::Strace,
        Peer::KubernetesValidate,
        Peer::Live,
    ];

    /// The peer's name in messages.
    pub fn name(self) -> &'static str {
        match self {
            Peer::Openssl => "openssl",
            Peer::Etcd => "etcd",
            Peer::Etcdctl => "etcdctl",
            Peer::Kubectl => "kubectl 1.33",
            Peer::Strace => "strace",
            Peer::KubernetesValidate => "kubernetes-validate",
            Peer::Live => "the live peers (tests/peers/build.sh, as root)",
        }
    }

    /// The file name looked for in each `PATH` directory.
    pub fn file_name(self) -> &'static str {
        match self {
            Peer::Openssl => "openssl",
            Peer::Etcd => "etcd",
            Peer::Etcdctl => "etcdctl",
            Peer::Kubectl => "kubectl.1.33",
            Peer::Strace => "strace",
            Peer::KubernetesValidate => "kubernetes-validate",
            Peer::Live => "bin",
        }
    }

    /// The program whose directory may hold the versioned file beside it (kubectl's dispatcher).
    fn dispatcher(self) -> Option<&'static str> {
        (self == Peer::Kubectl).then_some("kubectl")
    }

    /// The variable that names the peer's path explicitly, looked at first.
    pub fn env_var(self) -> &'static str {
        match self {
            Peer::Openssl => "KADM_OPENSSL",
            Peer::Etcd => "KADM_ETCD",
            Peer::Etcdctl => "KADM_ETCDCTL",
            Peer::Kubectl => "KADM_KUBECTL",
            Peer::Strace => "KADM_STRACE",
            Peer::KubernetesValidate => "KADM_KUBERNETES_VALIDATE",
            Peer::Live => crate::built::PEERS_DIR_VAR,
        }
    }

    /// The `cfg` a build script sets when the peer is missing outside CI (see [`crate::build`]).
    pub fn skip_cfg(self) -> &'static str {
        match self {
            Peer::Openssl => "kadm_skip_openssl",
            Peer::Etcd => "kadm_skip_etcd",
            Peer::Etcdctl => "kadm_skip_etcdctl",
            Peer::Kubectl => "kadm_skip_kubectl",
            Peer::Strace => "kadm_skip_strace",
            Peer::KubernetesValidate => "kadm_skip_kubernetes_validate",
            Peer::Live => "kadm_skip_live",
        }
    }

    /// The documented fixed locations, looked at after `PATH`.
    pub fn fixed_locations(self) -> &'static [&'static str] {
        match self {
            Peer::Kubectl => &[KUBECTL_FIXED],
            _ => &[],
        }
    }

    /// The peer on this machine, looked for as [`Lookup::from_env`] says.
    pub fn find(self) -> Result<PathBuf, NotFound> {
        Lookup::from_env().find(self)
    }

    /// The peer on this machine; panics naming it when it is missing.
    ///
    /// A test that calls this carries `#[cfg_attr(kadm_skip_<peer>, ignore = "...")]`, so outside
    /// CI it only runs when the build found the peer; in CI a missing peer fails it here.
    #[track_caller]
    pub fn require(self) -> PathBuf {
        match self.find() {
            Ok(path) => path,
            Err(missing) if is_ci() => panic!(
                "{missing}. CI is set, so a missing peer fails the test: install it (.ci/run does)"
            ),
            Err(missing) => panic!(
                "{missing}. The test was not ignored because the peer was there when it was \
                 built, or because of --ignored: install the peer, or rebuild to skip it"
            ),
        }
    }
}

impl fmt::Display for Peer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A peer that was looked for and not found, with every place looked at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotFound {
    /// The peer.
    pub peer: Peer,
    /// What was looked at, in order.
    pub looked_at: Vec<String>,
}

impl fmt::Display for NotFound {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let fix = match self.peer {
            Peer::Live => format!(
                "build them with tests/peers/build.sh and run the tests as root, or set {} to \
                 the folder they were built in",
                self.peer.env_var()
            ),
            _ => format!("install it, or set {} to its path", self.peer.env_var()),
        };
        write!(
            f,
            "{} not found (looked at: {}); {fix}",
            self.peer,
            self.looked_at.join(", "),
        )
    }
}

impl std::error::Error for NotFound {}

/// Where peers are looked for, in this order:
///
/// 1. the peer's variable (`KADM_OPENSSL`, `KADM_ETCD`, `KADM_ETCDCTL`, `KADM_KUBECTL`) when set
///    and not empty; if it names no executable file the peer is missing, nothing else is tried;
/// 2. for etcd and etcdctl, the etcd 3.6 that `tests/peers/build.sh` built (see [`crate::built`]);
/// 3. the peer's file (`openssl`, `etcd`, `etcdctl`, `kubectl.1.33`) in each `PATH` directory;
/// 4. for kubectl, `kubectl.1.33` beside each `kubectl` on `PATH`: in its directory, then in the
///    directory of the file it links to (on these machines `/usr/bin/kubectl` links to the
///    dispatcher in `/usr/lib/google-cloud-sdk/bin`, beside the versioned ones);
/// 5. the documented fixed locations ([`KUBECTL_FIXED`] for kubectl; none for the others).
#[derive(Debug, Clone, Default)]
pub struct Lookup {
    /// The directories of `PATH`, in order.
    pub path: Vec<PathBuf>,
    /// Explicit paths from the peers' variables.
    pub overrides: Vec<(Peer, PathBuf)>,
    /// The fixed locations, in order.
    pub fixed: Vec<(Peer, PathBuf)>,
    /// The folder `tests/peers/build.sh` builds into ([`crate::built::peers_dir`]), if any.
    pub built: Option<PathBuf>,
}

impl Lookup {
    /// The lookup this process's environment describes.
    pub fn from_env() -> Self {
        let path = std::env::var_os("PATH").unwrap_or_default();
        let overrides = Peer::ALL
            .into_iter()
            .filter_map(|peer| {
                let value = std::env::var_os(peer.env_var()).filter(|v| !v.is_empty())?;
                Some((peer, PathBuf::from(value)))
            })
            .collect();
        let fixed = Peer::ALL
            .into_iter()
            .flat_map(|peer| {
                peer.fixed_locations()
                    .iter()
                    .map(move |p| (peer, PathBuf::from(p)))
            })
            .collect();
        Self {
            path: split_path(&path),
            overrides,
            fixed,
            built: Some(crate::built::peers_dir()),
        }
    }

    /// The peer's executable, or every place looked at.
    pub fn find(&self, peer: Peer) -> Result<PathBuf, NotFound> {
        if peer == Peer::Live {
            return self.find_live();
        }
        let mut looked_at = Vec::new();
        if let Some((_, path)) = self.overrides.iter().find(|(p, _)| *p == peer) {
            if is_executable(path) {
                return Ok(path.clone());
            }
            looked_at.push(format!(
                "{}={} (not an executable file)",
                peer.env_var(),
                path.display()
            ));
            return Err(NotFound { peer, looked_at });
        }
        looked_at.push(format!("{} (unset)", peer.env_var()));
        if let Some(built) = self.built_etcd(peer) {
            match built {
                Ok(found) => return Ok(found),
                Err(missing) => looked_at.push(missing),
            }
        }
        if let Some(found) = self.on_path(peer.file_name()) {
            return Ok(found);
        }
        looked_at.push(format!("{} on PATH", peer.file_name()));
        if let Some(dispatcher) = peer.dispatcher() {
            if let Some(found) = self.beside(dispatcher, peer.file_name()) {
                return Ok(found);
            }
            looked_at.push(format!(
                "{} beside each {dispatcher} on PATH",
                peer.file_name()
            ));
        }
        for (_, path) in self.fixed.iter().filter(|(p, _)| *p == peer) {
            if is_executable(path) {
                return Ok(path.clone());
            }
            looked_at.push(path.display().to_string());
        }
        Err(NotFound { peer, looked_at })
    }

    /// For etcd and etcdctl: the etcd 3.6 that `tests/peers/build.sh` built, or where it was
    /// looked for. 3.6 runs what kadm writes for every supported release: it still takes the
    /// `--experimental-` flag names of the etcd 3.5 releases (which 3.7 dropped) beside the new
    /// ones. Debian's etcd 3.4 (on `PATH`) is looked at only after it.
    fn built_etcd(&self, peer: Peer) -> Option<Result<PathBuf, String>> {
        let program = match peer {
            Peer::Etcd => "etcd",
            Peer::Etcdctl => "etcdctl",
            _ => return None,
        };
        let dir = self.built.as_ref()?;
        let set = crate::built::pinned_sets()
            .into_iter()
            .find(|s| s.name == "etcd" && s.version.starts_with("v3.6."))?;
        let path = set.dir(dir).join(program);
        Some(if set.is_built(dir) && is_executable(&path) {
            Ok(path)
        } else {
            Err(format!("{} (not built)", path.display()))
        })
    }

    /// The built peers' folder when every pinned set is built in it and this process is root.
    fn find_live(&self) -> Result<PathBuf, NotFound> {
        let dir = self
            .built
            .clone()
            .unwrap_or_else(|| crate::built::modules_dir().join("bin"));
        let mut looked_at: Vec<String> = crate::built::pinned_sets()
            .into_iter()
            .filter(|set| !set.is_built(&dir))
            .map(|set| format!("{} (not built)", set.dir(&dir).display()))
            .collect();
        if !crate::built::is_root() {
            looked_at.push("root (this process is not: namespaces need it)".into());
        }
        if looked_at.is_empty() {
            Ok(dir)
        } else {
            Err(NotFound {
                peer: Peer::Live,
                looked_at,
            })
        }
    }

    /// The first executable `name` in the `PATH` directories.
    fn on_path(&self, name: &str) -> Option<PathBuf> {
        self.path
            .iter()
            .map(|dir| dir.join(name))
            .find(|p| is_executable(p))
    }

    /// `file` beside each `program` on `PATH`: in its directory, then in its target's.
    fn beside(&self, program: &str, file: &str) -> Option<PathBuf> {
        self.path
            .iter()
            .map(|dir| dir.join(program))
            .filter(|p| is_executable(p))
            .flat_map(|p| {
                let target = std::fs::canonicalize(&p).ok();
                [Some(p), target]
            })
            .flatten()
            .filter_map(|p| p.parent().map(|dir| dir.join(file)))
            .find(|p| is_executable(p))
    }
}

/// The absolute directories of a `PATH` value, without repeats.
fn split_path(path: &std::ffi::OsStr) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = Vec::new();
    for dir in std::env::split_paths(path) {
        if dir.is_absolute() && !dirs.contains(&dir) {
            dirs.push(dir);
        }
    }
    dirs
}

/// A regular file (after links) with an execute bit.
fn is_executable(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

/// `PATH` as the build script and the tests see it, for messages.
pub(crate) fn path_dirs() -> Vec<PathBuf> {
    split_path(&std::env::var_os("PATH").unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use std::os::unix::fs::symlink;

    use super::*;

    /// A temporary tree of fake programs.
    struct Tree(tempfile::TempDir);

    impl Tree {
        fn new() -> Self {
            Self(tempfile::tempdir().unwrap())
        }

        fn dir(&self, rel: &str) -> PathBuf {
            let dir = self.0.path().join(rel);
            std::fs::create_dir_all(&dir).unwrap();
            dir
        }

        /// An executable file `rel`.
        fn program(&self, rel: &str) -> PathBuf {
            self.file(rel, 0o755)
        }

        fn file(&self, rel: &str, mode: u32) -> PathBuf {
            let path = self.0.path().join(rel);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, "#!/bin/sh\n").unwrap();
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).unwrap();
            path
        }
    }

    /// kubectl.1.33 placed at every step of the order: each step wins over the ones after it.
    #[test]
    fn kubectl_is_found_in_the_documented_order() {
        let t = Tree::new();
        let explicit = t.program("explicit/kubectl-custom");
        let on_path = t.program("bin2/kubectl.1.33");
        // bin1/kubectl links to the dispatcher in sdk/, which has kubectl.1.33 beside it.
        let dispatcher = t.program("sdk/kubectl");
        let beside_target = t.program("sdk/kubectl.1.33");
        symlink(&dispatcher, t.dir("bin1").join("kubectl")).unwrap();
        let fixed = t.program("fixed/kubectl.1.33");

        let mut lookup = Lookup {
            path: vec![t.dir("bin1"), t.dir("bin2")],
            overrides: vec![(Peer::Kubectl, explicit.clone())],
            fixed: vec![(Peer::Kubectl, fixed.clone())],
            built: None,
        };
        assert_eq!(lookup.find(Peer::Kubectl).unwrap(), explicit);
        lookup.overrides.clear();
        // A kubectl.1.33 anywhere on PATH comes before one beside the dispatcher on PATH.
        assert_eq!(lookup.find(Peer::Kubectl).unwrap(), on_path);
        std::fs::remove_file(&on_path).unwrap();
        assert_eq!(lookup.find(Peer::Kubectl).unwrap(), beside_target);
        // Beside the link itself comes before beside its target.
        let beside_link = t.program("bin1/kubectl.1.33");
        assert_eq!(lookup.find(Peer::Kubectl).unwrap(), beside_link);
        std::fs::remove_file(&beside_link).unwrap();
        std::fs::remove_file(&beside_target).unwrap();
        assert_eq!(lookup.find(Peer::Kubectl).unwrap(), fixed);
        std::fs::remove_file(&fixed).unwrap();
        let missing = lookup.find(Peer::Kubectl).unwrap_err();
        let text = missing.to_string();
        assert!(text.starts_with("kubectl 1.33 not found"), "{text}");
        assert!(text.contains("KADM_KUBECTL"), "{text}");
        assert!(text.contains(&fixed.display().to_string()), "{text}");
    }

    #[test]
    fn the_plain_dispatcher_is_never_taken_for_kubectl() {
        let t = Tree::new();
        t.program("bin/kubectl");
        let lookup = Lookup {
            path: vec![t.dir("bin")],
            ..Lookup::default()
        };
        assert!(lookup.find(Peer::Kubectl).is_err());
    }

    #[test]
    fn a_wrong_variable_is_not_overridden_by_path() {
        let t = Tree::new();
        t.program("bin/openssl");
        let lookup = Lookup {
            path: vec![t.dir("bin")],
            overrides: vec![(Peer::Openssl, t.0.path().join("nope"))],
            fixed: Vec::new(),
            built: None,
        };
        let err = lookup.find(Peer::Openssl).unwrap_err().to_string();
        assert!(err.contains("KADM_OPENSSL="), "{err}");
        assert!(err.contains("not an executable file"), "{err}");
    }

    #[test]
    fn path_order_wins_and_non_executables_are_passed_over() {
        let t = Tree::new();
        t.file("a/etcd", 0o644);
        t.dir("a/etcdctl");
        let etcd = t.program("b/etcd");
        let etcdctl = t.program("c/etcdctl");
        t.program("d/etcd");
        let lookup = Lookup {
            path: [t.dir("a"), t.dir("b"), t.dir("c"), t.dir("d")].to_vec(),
            ..Lookup::default()
        };
        assert_eq!(lookup.find(Peer::Etcd).unwrap(), etcd);
        assert_eq!(lookup.find(Peer::Etcdctl).unwrap(), etcdctl);
        let err = lookup.find(Peer::Openssl).unwrap_err().to_string();
        assert!(err.contains("openssl on PATH"), "{err}");
    }

    #[test]
    fn the_built_etcd_3_6_comes_before_path_and_the_live_peers_need_every_set() {
        let t = Tree::new();
        let debian = t.program("bin/etcd");
        let sets = crate::built::pinned_sets();
        let etcd36 = sets
            .iter()
            .find(|s| s.name == "etcd" && s.version.starts_with("v3.6."))
            .expect("tests/peers pins an etcd 3.6");
        let built = t.dir("built");
        let mut lookup = Lookup {
            path: vec![t.dir("bin")],
            built: Some(built.clone()),
            ..Lookup::default()
        };
        // Not built: PATH's etcd, and the live peers are missing, each set named.
        assert_eq!(lookup.find(Peer::Etcd).unwrap(), debian);
        let missing = lookup.find(Peer::Live).unwrap_err().to_string();
        for set in &sets {
            assert!(missing.contains(&set.to_string()), "{missing}");
        }
        assert!(missing.contains("tests/peers/build.sh"), "{missing}");
        // Built: the etcd 3.6 of tests/peers wins over PATH's.
        let etcd = t.program(&format!("built/{etcd36}/etcd"));
        std::fs::write(etcd36.dir(&built).join(".complete"), "").unwrap();
        assert_eq!(lookup.find(Peer::Etcd).unwrap(), etcd);
        lookup.built = None;
        assert_eq!(lookup.find(Peer::Etcd).unwrap(), debian);
    }

    #[test]
    fn path_keeps_absolute_directories_once() {
        let dirs = split_path(std::ffi::OsStr::new("/a:rel:/b:/a::/c"));
        assert_eq!(dirs, ["/a", "/b", "/c"].map(PathBuf::from));
    }
}
