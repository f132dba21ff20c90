//! `kadm reset`: removes what `kadm init` wrote, so the node can be set up again from scratch.

use std::io::IsTerminal as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::Result;
use clap::ArgMatches;
use kadm_init_context::{Output as _, OutputFormat, Paths, Root, Tag};
use kadm_node_fs::{Limit, LockMode};

use crate::cli::{self, ResetArgs};
use crate::printer::{self, Printer};

/// The tag of reset's lines: `[reset] Removed ...`.
const TAG: Tag = Tag::new("reset");

/// What reset leaves, as kubeadm's reset does; said at the end of every run that removed something.
const LEFT: &str = "Left in place: the CNI configuration (/etc/cni/net.d), iptables/IPVS rules, \
                    the container runtime's containers and images, and copies of admin.conf such \
                    as $HOME/.kube/config; remove them by hand if needed";

/// One thing reset removes: a single file, or a directory with everything under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Target {
    /// A file (or whatever stands there but a directory).
    File(PathBuf),
    /// A directory tree.
    Tree(PathBuf),
}

impl Target {
    fn path(&self) -> &Path {
        match self {
            Target::File(p) | Target::Tree(p) => p,
        }
    }
}

/// Everything `kadm init` writes, as host paths under the root: the PKI, the kubeconfig files,
/// the static Pod manifests, the cluster objects, etcd's data, and the kubelet's configuration
/// and certificates.
pub(crate) fn targets(paths: &Paths, etcd_data: PathBuf) -> Vec<Target> {
    let etcd = paths.cert_dir.join("etcd");
    let mut out = Vec::new();
    for entry in kadm_certs::CERTS.iter() {
        let (first, second) = entry.paths(&paths.cert_dir);
        // The etcd PKI goes with its directory, below.
        out.extend(
            [first, second]
                .into_iter()
                .filter(|p| !p.starts_with(&etcd))
                .map(Target::File),
        );
    }
    out.push(Target::Tree(etcd));
    // The old CAs `certs rotate-ca` keeps (keys among them).
    out.push(Target::Tree(
        paths.cert_dir.join(kadm_ca_rotation::RECORD_DIR),
    ));
    // The certificate key upload-certs keeps between runs.
    out.push(Target::File(
        paths.cert_dir.join(kadm_upload_certs::KEY_FILE),
    ));
    out.extend(
        kadm_kubeconfig::FILES
            .iter()
            .map(|f| Target::File(f.path(&paths.kubeconfig_dir))),
    );
    out.push(Target::Tree(paths.manifests_dir.clone()));
    out.push(Target::Tree(paths.objects_dir.clone()));
    out.push(Target::Tree(etcd_data));
    let kubelet = &paths.kubelet_dir;
    out.extend([
        Target::File(kubelet.join("config.yaml")),
        Target::File(kubelet.join("kubeadm-flags.env")),
        Target::File(kubelet.join(kadm_kubelet_start::INSTANCE_CONFIG_FILE)),
        Target::Tree(kubelet.join("pki")),
    ]);
    out
}

/// etcd's data directory as the node's `etcd.yaml` names it (as kubeadm's reset finds it), else
/// kubeadm's default.
fn etcd_data_dir(paths: &Paths) -> Result<PathBuf> {
    let manifest = paths.manifests_dir.join(kadm_etcd_local::MANIFEST_FILE);
    let text = paths.root.read_text_if_exists(&manifest, Limit::CONFIG)?;
    let dir = text
        .as_deref()
        .and_then(kadm_etcd_local::data_dir_in_manifest)
        .unwrap_or_else(|| kadm_etcd_local::DEFAULT_DATA_DIR.to_string());
    Ok(paths.root.host_path(&dir))
}

/// Whether anything stands at `host`: a symbolic link counts, wherever it points.
fn present(root: &Root, host: &Path) -> Result<bool> {
    Ok(root.read_link(host)?.is_some() || root.exists(host)?)
}

/// `kadm reset`: lists what is there, asks (unless `--force`), removes, under the root's lock.
pub(crate) fn reset(m: &ArgMatches) -> Result<()> {
    let args: ResetArgs = cli::read(m)?;
    let common: cli::CommonArgs = cli::read(m)?;
    let out = Arc::new(Printer::new(
        OutputFormat::Text,
        common.verbosity,
        common.progress,
    ));
    let root = match &args.rootfs {
        Some(dir) => Root::at(dir),
        None => Root::host(),
    };
    let paths = Paths::new(root, &args.cert_dir, &args.kubeconfig_dir)?;
    let _lock = crate::commands::lock(&paths.root, LockMode::Exclusive, out.as_ref())?;
    let mut found = Vec::new();
    for target in targets(&paths, etcd_data_dir(&paths)?) {
        if present(&paths.root, target.path())? {
            found.push(target);
        }
    }
    if found.is_empty() {
        out.info(
            TAG,
            "Nothing to remove: none of the files kadm init writes is on this node",
        );
        return Ok(());
    }
    out.info(TAG, "kadm reset removes:");
    for target in &found {
        let suffix = match target {
            Target::Tree(_) => " (and everything under it)",
            Target::File(_) => "",
        };
        out.info(TAG, &format!("  {}{suffix}", target.path().display()));
    }
    if !args.force {
        if !std::io::stdin().is_terminal() {
            anyhow::bail!(
                "stdin is not a terminal, so kadm reset cannot ask before removing the {} paths \
                 above; nothing was removed: add --force to remove them without asking",
                found.len()
            );
        }
        if !printer::confirm("Remove them?")? {
            anyhow::bail!("reset aborted: nothing was removed");
        }
    }
    for target in &found {
        let removed = match target {
            Target::File(p) => paths.root.remove_file(p)?,
            Target::Tree(p) => paths.root.remove_dir_all(p)?,
        };
        let verb = if removed { "Removed" } else { "Already gone" };
        out.info(TAG, &format!("{verb} {}", target.path().display()));
    }
    out.info(TAG, LEFT);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_cover_every_file_init_writes_once() {
        let paths = Paths::new(Root::at("/r"), "/pki", "/k").unwrap();
        let targets = targets(&paths, PathBuf::from("/r/var/lib/etcd"));
        let covered = |p: &Path| {
            targets.iter().any(|t| match t {
                Target::File(f) => f == p,
                Target::Tree(d) => p.starts_with(d),
            })
        };
        for entry in kadm_certs::CERTS.iter() {
            let (first, second) = entry.paths(Path::new("/r/pki"));
            assert!(covered(&first) && covered(&second), "{}", entry.base);
        }
        for file in kadm_kubeconfig::FILES.iter() {
            assert!(covered(&Path::new("/r/k").join(file.file)), "{}", file.file);
        }
        for ca in kadm_ca_rotation::authorities() {
            let record = kadm_ca_rotation::record_paths(Path::new("/r/pki"), ca.base);
            assert!(
                covered(&record.old_key) && covered(&record.cross),
                "{}",
                ca.base
            );
        }
        for (i, a) in targets.iter().enumerate() {
            for b in &targets[i + 1..] {
                assert!(
                    !a.path().starts_with(b.path()) && !b.path().starts_with(a.path()),
                    "{a:?} and {b:?} overlap: a path would be listed twice"
                );
            }
        }
        assert!(targets.iter().all(|t| t.path().starts_with("/r")));
    }
}
