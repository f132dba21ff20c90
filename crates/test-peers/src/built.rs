//! The peers built from Go modules by `tests/peers/build.sh`: the Kubernetes programs and etcd the
//! live tests run.
//!
//! Each folder of `tests/peers/` with a `go.mod` pins one release of one upstream module
//! (`k8s.io/kubernetes`, `go.etcd.io/etcd/server/v3`); the build script puts that release's
//! programs in `<peers dir>/<set>-<version>/` and marks the folder finished with a `.complete`
//! file. The peers dir is `$KADM_PEERS_DIR`, else `tests/peers/bin` of this repository.

use std::fmt;
use std::path::{Path, PathBuf};

/// The variable that names the folder of built peers, looked at first.
pub const PEERS_DIR_VAR: &str = "KADM_PEERS_DIR";

/// The modules of `tests/peers` and this repository's `tests/peers` folder.
pub fn modules_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/peers")
}

/// The folder the build script writes to: `$KADM_PEERS_DIR`, else `tests/peers/bin`.
pub fn peers_dir() -> PathBuf {
    match std::env::var_os(PEERS_DIR_VAR).filter(|v| !v.is_empty()) {
        Some(dir) => PathBuf::from(dir),
        None => modules_dir().join("bin"),
    }
}

/// One set of programs the build script makes from one pinned upstream module.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BuiltSet {
    /// The set's name: `kubernetes` or `etcd`.
    pub name: &'static str,
    /// The pinned release, as go.mod spells it (`v1.37.2`, `v3.6.16`).
    pub version: String,
}

impl BuiltSet {
    /// The folder the set's programs are in, under `peers_dir`.
    pub fn dir(&self, peers_dir: &Path) -> PathBuf {
        peers_dir.join(format!("{}-{}", self.name, self.version))
    }

    /// Whether the build script finished this set under `peers_dir`.
    pub fn is_built(&self, peers_dir: &Path) -> bool {
        self.dir(peers_dir).join(".complete").is_file()
    }
}

impl fmt::Display for BuiltSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.name, self.version)
    }
}

/// The upstream modules whose programs the build script makes, and the set each one names.
const UPSTREAM: [(&str, &str); 2] = [
    ("k8s.io/kubernetes", "kubernetes"),
    ("go.etcd.io/etcd/server/v3", "etcd"),
];

/// Programs of the tests' own that the build script makes from an upstream set's module, each in
/// a set of its own (same version) so that adding one never rebuilds the upstream programs:
/// (upstream set, own set). `fake-cri` is the kubelet's container runtime in the live tests,
/// upstream's fake CRI served on a unix socket (`tests/peers/kubernetes/fake-cri`).
const COMPANIONS: [(&str, &str); 1] = [("kubernetes", "fake-cri")];

/// The sets `tests/peers` pins, read from its go.mod files, in the folders' order; each
/// upstream set is followed by its companions (`fake-cri` after `kubernetes`).
pub fn pinned_sets() -> Vec<BuiltSet> {
    pinned_sets_in(&modules_dir())
}

/// The sets pinned by the go.mod files in the folders of `dir`, with their companions.
pub fn pinned_sets_in(dir: &Path) -> Vec<BuiltSet> {
    let mut folders: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.join("go.mod").is_file())
        .collect();
    folders.sort();
    folders
        .iter()
        .filter_map(|folder| std::fs::read_to_string(folder.join("go.mod")).ok())
        .filter_map(|text| pinned_in(&text))
        .flat_map(|set| {
            let companions = COMPANIONS
                .iter()
                .filter(|(upstream, _)| *upstream == set.name)
                .map(|(_, name)| BuiltSet {
                    name,
                    version: set.version.clone(),
                })
                .collect::<Vec<_>>();
            std::iter::once(set).chain(companions)
        })
        .collect()
}

/// The upstream release a go.mod requires, as a set.
pub fn pinned_in(go_mod: &str) -> Option<BuiltSet> {
    go_mod.lines().find_map(|line| {
        let line = line.trim();
        let line = line.strip_prefix("require ").unwrap_or(line);
        let mut words = line.split_whitespace();
        let (module, version) = (words.next()?, words.next()?);
        let (_, name) = UPSTREAM.iter().find(|(m, _)| *m == module)?;
        version.starts_with('v').then(|| BuiltSet {
            name,
            version: version.to_string(),
        })
    })
}

/// Whether this process runs as root, which mount and network namespaces need.
pub fn is_root() -> bool {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            let line = status.lines().find(|l| l.starts_with("Uid:"))?;
            line.split_whitespace().nth(2).map(|euid| euid == "0")
        })
        .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pinned_release_is_read_from_either_require_form() {
        let single = "module x\n\ngo 1.26.0\n\nrequire k8s.io/kubernetes v1.37.2\n";
        assert_eq!(
            pinned_in(single),
            Some(BuiltSet {
                name: "kubernetes",
                version: "v1.37.2".into()
            })
        );
        let block = "require (\n\tgo.etcd.io/etcd/api/v3 v3.6.16 // indirect\n\t\
                     go.etcd.io/etcd/server/v3 v3.6.16 // indirect\n)\n";
        assert_eq!(pinned_in(block).unwrap().to_string(), "etcd-v3.6.16");
        assert_eq!(pinned_in("tool go.etcd.io/etcd/server/v3\n"), None);
    }

    #[test]
    fn this_repository_pins_kubernetes_and_etcd() {
        let sets = pinned_sets();
        let names: Vec<&str> = sets.iter().map(|s| s.name).collect();
        assert!(names.contains(&"kubernetes"), "{sets:?}");
        assert!(names.contains(&"etcd"), "{sets:?}");
    }

    #[test]
    fn the_fake_runtime_is_a_set_of_its_own_at_the_kubernetes_release() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("kubernetes");
        std::fs::create_dir(&folder).unwrap();
        std::fs::write(
            folder.join("go.mod"),
            "module x\n\nrequire k8s.io/kubernetes v1.37.2 // indirect\n",
        )
        .unwrap();
        let sets: Vec<String> = pinned_sets_in(dir.path())
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(sets, ["kubernetes-v1.37.2", "fake-cri-v1.37.2"]);
    }

    #[test]
    fn a_set_is_built_only_once_marked_complete() {
        let dir = tempfile::tempdir().unwrap();
        let set = BuiltSet {
            name: "etcd",
            version: "v3.6.16".into(),
        };
        std::fs::create_dir_all(set.dir(dir.path())).unwrap();
        assert!(!set.is_built(dir.path()));
        std::fs::write(set.dir(dir.path()).join(".complete"), "").unwrap();
        assert!(set.is_built(dir.path()));
    }
}
