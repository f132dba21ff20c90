//! The checks of the node's files: every file and directory `kadm init` writes is free or
//! reusable, and etcd's data directory is empty or this node's own.
//!
//! Unlike kubeadm, whose `FileAvailable` fails on any existing file, an existing regular file
//! passes: kadm is idempotent, and the phase that owns the file checks it and keeps or replaces
//! it. What no phase can use fails: a directory, a FIFO or a device where a file goes, anything
//! but a directory where a directory goes (or on the way to one).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use kadm_init_context::{Causes, InitContext, Root};
use kadm_node_fs::{FsError, Limit};

use crate::outcome::Findings;
use crate::system::path_name;

/// The static Pod manifests kubeadm's preflight checks, in its order.
pub const STATIC_POD_MANIFESTS: [&str; 4] = [
    "kube-apiserver.yaml",
    "kube-controller-manager.yaml",
    "kube-scheduler.yaml",
    "etcd.yaml",
];

/// The kubelet's files `init` writes in its state directory.
pub const KUBELET_FILES: [&str; 2] = ["config.yaml", "kubeadm-flags.env"];

/// The checks of the node's files for `ctx`, each as (name, what it found), without repeats:
/// directories first, then files, then etcd's data directory (with a local etcd).
pub fn node_checks(ctx: &InitContext) -> Vec<(String, Findings)> {
    let root = ctx.fs();
    let paths = &ctx.paths;
    let local_etcd = !ctx.config.external_etcd();
    let mut dirs = vec![
        paths.kubeconfig_dir.clone(),
        paths.cert_dir.clone(),
        paths.manifests_dir.clone(),
        paths.objects_dir.clone(),
        paths.kubelet_dir.clone(),
    ];
    if local_etcd {
        dirs.insert(2, paths.cert_dir.join("etcd"));
    }
    let mut files = Vec::new();
    for entry in kadm_certs::CERTS.iter() {
        if local_etcd || !entry.is_etcd_pki() {
            let (first, second) = entry.paths(&paths.cert_dir);
            files.extend([first, second]);
        }
    }
    files.extend(
        kadm_kubeconfig::FILES
            .iter()
            .map(|f| f.path(&paths.kubeconfig_dir)),
    );
    files.extend(STATIC_POD_MANIFESTS.map(|m| paths.manifests_dir.join(m)));
    files.extend(KUBELET_FILES.map(|f| paths.kubelet_dir.join(f)));

    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    let mut add = |name: String, findings: Findings| {
        if seen.insert(name.clone()) {
            out.push((name, findings));
        }
    };
    for dir in &dirs {
        add(name(root, "DirAvailable", dir), dir_available(root, dir));
    }
    for file in &files {
        add(
            name(root, "FileAvailable", file),
            file_available(root, file),
        );
    }
    if let Some(local) = &ctx.config.config().cluster.etcd.local {
        let data = root.host_path(&local.data_dir);
        add(
            name(root, "DirAvailable", &data),
            etcd_data_available(ctx, &local.data_dir, &data),
        );
    }
    out
}

/// The checks of the files and directories a worker's `join` writes, as (name, what it found):
/// `dirs` first, then `files`.
pub fn join_checks(root: &Root, dirs: &[PathBuf], files: &[PathBuf]) -> Vec<(String, Findings)> {
    let dirs = dirs
        .iter()
        .map(|d| (name(root, "DirAvailable", d), dir_available(root, d)));
    let files = files
        .iter()
        .map(|f| (name(root, "FileAvailable", f), file_available(root, f)));
    dirs.chain(files).collect()
}

/// kubeadm's name of a check on `host`, from its path on the node: `FileAvailable--etc-...`.
fn name(root: &Root, prefix: &str, host: &Path) -> String {
    let node = root.node_path(host).unwrap_or_else(|| host.to_path_buf());
    path_name(prefix, &node)
}

/// A file kadm writes: free, or a regular file (links followed inside the root) to reuse.
pub fn file_available(root: &Root, host: &Path) -> Findings {
    match root.entry(host) {
        Ok(None) => Findings::pass(),
        Ok(Some(e)) if e.is_file() => Findings::pass(),
        Ok(Some(e)) if e.is_dir() => Findings::error(
            format!("{} is a directory where kadm writes a file", host.display()),
            "remove the directory",
        ),
        Ok(Some(e)) => Findings::error(
            format!(
                "{} is {} where kadm writes a regular file",
                host.display(),
                e.describe()
            ),
            "remove it",
        ),
        Err(e) => unreadable(&e),
    }
}

/// A directory kadm makes: a directory already, or missing with nothing but directories on the
/// way to it.
pub fn dir_available(root: &Root, host: &Path) -> Findings {
    match root.entry(host) {
        Ok(Some(e)) if e.is_dir() => Findings::pass(),
        Ok(Some(e)) => Findings::error(
            format!(
                "{} is {} where kadm makes a directory",
                host.display(),
                e.describe()
            ),
            "remove it",
        ),
        Ok(None) => match blocked_ancestor(root, host) {
            Ok(None) => Findings::pass(),
            Ok(Some((ancestor, kind))) => Findings::error(
                format!(
                    "{} cannot be made: {} is {kind}, not a directory",
                    host.display(),
                    ancestor.display()
                ),
                format!("remove {}", ancestor.display()),
            ),
            Err(e) => unreadable(&e),
        },
        Err(e) => unreadable(&e),
    }
}

/// The first thing on the way up from `host` (inside the root) that exists and is not a
/// directory, with what it is.
fn blocked_ancestor(root: &Root, host: &Path) -> Result<Option<(PathBuf, &'static str)>, FsError> {
    let top = root.dir().unwrap_or(Path::new("/"));
    for ancestor in host.ancestors().skip(1) {
        if ancestor == top || !ancestor.starts_with(top) {
            break;
        }
        match root.entry(ancestor)? {
            None => continue,
            Some(e) if e.is_dir() => return Ok(None),
            Some(e) => return Ok(Some((ancestor.to_path_buf(), e.describe()))),
        }
    }
    Ok(None)
}

/// etcd's data directory (`node` on the node, `host` here): as [`dir_available`], and empty, or
/// this node's own: an earlier `kadm init` on this root wrote `manifests/etcd.yaml` with
/// `--data-dir=<node>` and the etcd CA is still there, so the data belongs to the etcd that
/// manifest runs, with the CA `init` keeps.
pub fn etcd_data_available(ctx: &InitContext, node: &str, host: &Path) -> Findings {
    let root = ctx.fs();
    let found = dir_available(root, host);
    if !found.errors.is_empty() {
        return found;
    }
    let names = match root.list_dir(host) {
        Ok(names) => names.unwrap_or_default(),
        Err(e) => return unreadable(&e),
    };
    if names.is_empty() {
        return Findings::pass();
    }
    let manifest = ctx.paths.manifests_dir.join("etcd.yaml");
    let ca = ctx.paths.cert_dir.join("etcd/ca.crt");
    match own_etcd(root, &manifest, &ca, node) {
        Ok(true) => Findings::pass(),
        Ok(false) => Findings::error(
            format!(
                "{} is not empty, and it is not this node's etcd: no {} of an earlier kadm init \
                 names it with --data-dir={node} beside the etcd CA {}",
                host.display(),
                manifest.display(),
                ca.display()
            ),
            "remove its contents if that data is not needed (kadm reset does)",
        ),
        Err(e) => unreadable(&e),
    }
}

/// Whether `manifest` (etcd's static Pod) passes `--data-dir=<node>` and the etcd CA `ca` exists.
fn own_etcd(root: &Root, manifest: &Path, ca: &Path, node: &str) -> Result<bool, FsError> {
    let Some(text) = root.read_text_if_exists(manifest, Limit::CONFIG)? else {
        return Ok(false);
    };
    let flag = format!("--data-dir={}", node.trim_end_matches('/'));
    let names_dir = text.lines().any(|line| {
        let item = line.trim().trim_start_matches('-').trim();
        item.trim_matches(|c| c == '"' || c == '\'') == flag
    });
    Ok(names_dir && root.entry(ca)?.is_some_and(|e| e.is_file()))
}

fn unreadable(e: &FsError) -> Findings {
    Findings::error(
        Causes(e).to_string(),
        "make the path readable by kadm, or remove it",
    )
}
