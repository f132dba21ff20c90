//! `kadm reset`: removes what `kadm init` wrote, so the node can be set up again from scratch.

use std::io::IsTerminal as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use anyhow::Result;
use clap::ArgMatches;
use kadm_etcd_local::ManifestMember;
use kadm_etcd_member::{EtcdClientTls, EtcdctlCredentials, Leave, Members};
use kadm_init_context::{Output, OutputFormat, Paths, Root, Tag};
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

/// The node's `etcd.yaml`, when there is one.
fn etcd_manifest(paths: &Paths) -> Result<Option<String>> {
    let manifest = paths.manifests_dir.join(kadm_etcd_local::MANIFEST_FILE);
    Ok(paths.root.read_text_if_exists(&manifest, Limit::CONFIG)?)
}

/// etcd's data directory as the node's `etcd.yaml` names it (as kubeadm's reset finds it), else
/// kubeadm's default.
fn etcd_data_dir(paths: &Paths, manifest: Option<&str>) -> PathBuf {
    let dir = manifest
        .and_then(kadm_etcd_local::data_dir_in_manifest)
        .unwrap_or_else(|| kadm_etcd_local::DEFAULT_DATA_DIR.to_string());
    paths.root.host_path(&dir)
}

/// How long reset waits for each etcd endpoint and each membership call.
const ETCD_TIMEOUT: Duration = Duration::from_secs(10);

/// This node's etcd member (from its `etcd.yaml`) and how reset reaches the cluster to remove it.
struct EtcdLeave {
    /// The member the manifest starts.
    member: ManifestMember,
    /// `--etcd-endpoints`, else the member's own client URLs on the real root; empty with
    /// `--rootfs` and no `--etcd-endpoints` (reset then does not contact etcd).
    endpoints: Vec<String>,
    /// The client credentials as node paths (for the etcdctl commands reset prints).
    creds: EtcdctlCredentials,
    /// Whether the member's data directory holds a member (`member/`): etcd ran on this node.
    ran: bool,
}

impl EtcdLeave {
    /// The member's peer URL, which identifies it in the cluster.
    fn peer_url(&self) -> &str {
        &self.member.peer_urls[0]
    }

    /// The line of the list of what reset removes, when it contacts etcd.
    fn describe(&self) -> Option<String> {
        (!self.endpoints.is_empty()).then(|| {
            format!(
                "  this node's etcd member {} ({}) from the etcd cluster at {}",
                self.member.name,
                self.peer_url(),
                self.endpoints.join(",")
            )
        })
    }

    /// Why reset leaves the member alone without being told where the cluster is.
    fn not_contacted(&self) -> String {
        format!(
            "with --rootfs, reset contacts etcd only through --etcd-endpoints (the node's own \
             client URL may not be this machine's): this node's etcd member {} ({}) stays in \
             the etcd cluster",
            self.member.name,
            self.peer_url()
        )
    }
}

/// The certificate pair of `base` in `kadm_certs::CERTS`, as node paths under `cert_dir`.
fn cert_pair(cert_dir: &Path, base: &str) -> (PathBuf, PathBuf) {
    let entry = kadm_certs::entry(base).unwrap_or_else(|| panic!("{base} is in kadm_certs::CERTS"));
    entry.paths(cert_dir)
}

/// What reset knows of this node's etcd member, when `etcd.yaml` starts one: the endpoints from
/// `--etcd-endpoints` or the member's own client URLs, and kubeadm's client credentials for it
/// (etcd's CA with `apiserver-etcd-client`, else `etcd/healthcheck-client` when only that one is
/// on the node).
fn etcd_leave(
    paths: &Paths,
    args: &ResetArgs,
    manifest: Option<&str>,
) -> Result<Option<EtcdLeave>> {
    let Some(member) = manifest.and_then(kadm_etcd_local::member_in_manifest) else {
        return Ok(None);
    };
    let endpoints = if !args.etcd_endpoints.is_empty() {
        args.etcd_endpoints.clone()
    } else if args.rootfs.is_none() {
        member.client_urls.clone()
    } else {
        Vec::new()
    };
    let node_dir = Path::new(&args.cert_dir);
    let (ca, _) = cert_pair(node_dir, "etcd/ca");
    let mut client = cert_pair(node_dir, "apiserver-etcd-client");
    let healthcheck = cert_pair(node_dir, "etcd/healthcheck-client");
    if !paths.root.exists(&paths.root.host_path(&client.0))?
        && paths.root.exists(&paths.root.host_path(&healthcheck.0))?
    {
        client = healthcheck;
    }
    let text = |p: PathBuf| p.display().to_string();
    let ran = paths.root.exists(
        &paths
            .root
            .host_path(Path::new(&member.data_dir).join("member")),
    )?;
    Ok(Some(EtcdLeave {
        ran,
        member,
        endpoints,
        creds: EtcdctlCredentials {
            ca: text(ca),
            cert: text(client.0),
            key: text(client.1),
        },
    }))
}

/// Removes this node's member from the etcd cluster, as kubeadm's reset does before it deletes
/// files: never the last member, and when the cluster does not answer, a warning with the
/// etcdctl commands to run later instead of an error (the files go anyway).
fn leave_etcd(root: &Root, leave: &EtcdLeave, out: &dyn Output) {
    let name = &leave.member.name;
    let peer_url = leave.peer_url();
    let endpoints = if leave.endpoints.is_empty() {
        vec!["https://MEMBER_IP:2379".to_string()]
    } else {
        leave.endpoints.clone()
    };
    let endpoints = &endpoints;
    let later = |id: Option<u64>| {
        let remove = match id {
            Some(id) => kadm_etcd_member::member_remove_command(endpoints, &leave.creds, id),
            None => format!(
                "{} (its ID is in the first column of `{}`)",
                kadm_etcd_member::etcdctl_command(
                    endpoints,
                    &leave.creds,
                    &["member", "remove", "ID"]
                ),
                kadm_etcd_member::etcdctl_command(endpoints, &leave.creds, &["member", "list"])
            ),
        };
        format!(
            "this node's etcd member {name} ({peer_url}) was NOT removed from the etcd cluster; \
             the other members keep counting it. Once the cluster answers, remove it from \
             another node with: {remove} (with --endpoints naming live members)"
        )
    };
    if leave.endpoints.is_empty() && !leave.ran {
        // Nothing to leave: no etcd ever ran here, and no cluster was named to ask.
        out.info(
            TAG,
            &format!(
                "No etcd data in {}: this node's etcd never ran, so it has no member to remove",
                Path::new(&leave.member.data_dir).join("member").display()
            ),
        );
        return;
    }
    if leave.endpoints.is_empty() {
        out.warn(TAG, &leave.not_contacted());
        out.warn(TAG, &later(None));
        return;
    }
    let result = (|| -> Result<Option<u64>, (Option<u64>, String)> {
        let tls = read_tls(root, &leave.creds).map_err(|e| (None, format!("{e:#}")))?;
        let mut members = Members::connect(&leave.endpoints, &tls, ETCD_TIMEOUT)
            .map_err(|e| (None, e.to_string()))?;
        let list = members.list().map_err(|e| (None, e.to_string()))?;
        match kadm_etcd_member::plan_leave(&list, peer_url) {
            Leave::OnlyMember(m) => {
                out.info(
                    TAG,
                    &format!(
                        "The etcd cluster has only one member, this node's ({}, {}): it is not \
                         removed from the cluster",
                        m.name,
                        m.hex_id()
                    ),
                );
                Ok(None)
            }
            Leave::NotAMember => {
                out.info(
                    TAG,
                    &format!(
                        "No member of the etcd cluster at {} has this node's peer URL {peer_url}: \
                         no etcd member to remove",
                        members.endpoint()
                    ),
                );
                Ok(None)
            }
            Leave::Remove(m) => {
                let left = members
                    .remove(m.id)
                    .map_err(|e| (Some(m.id), e.to_string()))?;
                out.info(
                    TAG,
                    &format!(
                        "Removed etcd member {} ({}, {peer_url}) from the etcd cluster at {}; {} \
                         member(s) remain",
                        m.name,
                        m.hex_id(),
                        members.endpoint(),
                        left.len()
                    ),
                );
                Ok(Some(m.id))
            }
        }
    })();
    if let Err((id, reason)) = result {
        out.warn(TAG, &reason);
        out.warn(TAG, &later(id));
    }
}

/// The client credentials of `creds` (node paths) read from the node.
fn read_tls(root: &Root, creds: &EtcdctlCredentials) -> Result<EtcdClientTls> {
    let read =
        |node: &str| -> Result<Vec<u8>> { Ok(root.read(&root.host_path(node), Limit::CONFIG)?) };
    Ok(EtcdClientTls {
        ca_pem: read(&creds.ca)?,
        cert_pem: read(&creds.cert)?,
        key_pem: read(&creds.key)?,
    })
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
    let manifest = etcd_manifest(&paths)?;
    let leave = etcd_leave(&paths, &args, manifest.as_deref())?;
    let mut found = Vec::new();
    for target in targets(&paths, etcd_data_dir(&paths, manifest.as_deref())) {
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
    if args.dry_run {
        out.info(
            Tag::DRY_RUN,
            "kadm reset would remove (nothing is removed in a dry run):",
        );
    } else {
        out.info(TAG, "kadm reset removes:");
    }
    let list_tag = if args.dry_run { Tag::DRY_RUN } else { TAG };
    if let Some(line) = leave.as_ref().and_then(EtcdLeave::describe) {
        out.info(list_tag, &line);
    }
    for target in &found {
        let suffix = match target {
            Target::Tree(_) => " (and everything under it)",
            Target::File(_) => "",
        };
        out.info(list_tag, &format!("  {}{suffix}", target.path().display()));
    }
    if args.dry_run {
        if let Some(leave) = leave.as_ref().filter(|l| l.endpoints.is_empty()) {
            out.info(Tag::DRY_RUN, &leave.not_contacted());
        }
        return Ok(());
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
    if let Some(leave) = &leave {
        leave_etcd(&paths.root, leave, out.as_ref());
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
