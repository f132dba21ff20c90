//! The `etcd` phase of `kadm init` and its child `local`: the static Pod manifest
//! `etcd.yaml` of a single local etcd member, as kubeadm writes it for the target version, and
//! etcd's data directory (mode 0700). Nothing is done when `etcd.external` is set.

mod pod;

use std::net::IpAddr;
use std::path::PathBuf;

use kadm_init_context::{InitContext, Tag};
use kadm_phase_runner::{BoxError, Phase};
use kadm_static_pod::StaticPodError;

pub use pod::{
    ANNOTATION_CLIENT_URLS, CLIENT_PORT, METRICS_PORT, PEER_PORT, client_url, etcd_component,
    etcd_version, joining_component, peer_url, uses_etcd_36_flags,
};

/// The phase's name.
pub const NAME: &str = "etcd";
/// The child that writes the manifest.
pub const LOCAL: &str = "local";
/// The tag of the phase's log lines.
pub const TAG: Tag = Tag::new("etcd");
/// kubeadm creates etcd's data directory readable by root only.
pub const DATA_DIR_MODE: u32 = 0o700;

/// The `etcd` phase failed.
#[derive(Debug, thiserror::Error)]
pub enum EtcdPhaseError {
    /// The data directory could not be created.
    #[error("cannot create etcd's data directory (etcd.local.dataDir)")]
    DataDir {
        /// Why, naming the path.
        #[source]
        cause: kadm_node_fs::FsError,
    },
    /// The manifest could not be written.
    #[error(transparent)]
    Manifest(#[from] StaticPodError),
}

const LOCAL_LONG: &str = "Writes etcd.yaml into the static Pod directory \
(/etc/kubernetes/manifests, mode 0600): one etcd member named after the node, serving clients \
on https://<advertiseAddress>:2379 and 127.0.0.1:2379 and peers on :2380, metrics on \
http://127.0.0.1:2381, with mutual TLS from <certificatesDir>/etcd; the flags are those kubeadm \
gives the etcd version it pairs with the target Kubernetes version, then etcd.local.extraArgs. \
Also creates etcd.local.dataDir (default /var/lib/etcd) with mode 0700. Skipped when \
etcd.external is set.";

const LOCAL_EXAMPLE: &str = "  # Write the static Pod manifest of a local etcd member\n  kadm \
init phase etcd local\n\n  # The same, with options read from a configuration file\n  kadm init \
phase etcd local --config config.yaml";

/// The `etcd` phase and its child `local` (the runner adds `all`).
pub fn phase() -> Phase<InitContext> {
    Phase::new(NAME)
        .short("Generate static Pod manifest file for local etcd")
        .children([Phase::new(LOCAL)
            .short("Generate the static Pod manifest file for a local, single-node local etcd instance")
            .long(LOCAL_LONG)
            .example(LOCAL_EXAMPLE)
            .run(|ctx: &mut InitContext| run_local(ctx).map_err(BoxError::from))])
}

/// Runs `etcd local`: the data directory, then the manifest.
pub fn run_local(ctx: &mut InitContext) -> Result<(), EtcdPhaseError> {
    write_member(ctx, None)
}

/// Writes the data directory and the manifest of a member joining an existing cluster, with
/// `--initial-cluster=<initial_cluster>` and `--initial-cluster-state=existing` (see
/// [`joining_component`]).
pub fn run_joining(ctx: &mut InitContext, initial_cluster: &str) -> Result<(), EtcdPhaseError> {
    write_member(ctx, Some(initial_cluster))
}

fn write_member(ctx: &mut InitContext, existing: Option<&str>) -> Result<(), EtcdPhaseError> {
    let config = &ctx.config;
    let Some(local) = config.config().cluster.etcd.local.as_ref() else {
        ctx.out.info(
            TAG,
            "External etcd mode (etcd.external is set): no static Pod manifest for a local etcd",
        );
        return Ok(());
    };
    let data_dir = ctx.fs().host_path(&local.data_dir);
    if ctx.dry_run {
        ctx.out.info(
            Tag::DRY_RUN,
            &format!(
                "Would ensure that {:?} directory is present (mode 0700)",
                data_dir.display().to_string()
            ),
        );
    } else {
        ctx.fs()
            .ensure_dir(&data_dir, DATA_DIR_MODE)
            .map_err(|cause| EtcdPhaseError::DataDir { cause })?;
    }
    let component = match existing {
        None => etcd_component(config),
        Some(cluster) => joining_component(config, cluster),
    };
    kadm_static_pod::write(ctx, TAG, &[component])?;
    Ok(())
}

/// `host:port` as a URL authority: an IPv6 address in brackets.
pub(crate) fn join_host_port(ip: IpAddr, port: u16) -> String {
    match ip {
        IpAddr::V4(v4) => format!("{v4}:{port}"),
        IpAddr::V6(v6) => format!("[{v6}]:{port}"),
    }
}

/// `<certificatesDir>/<file>` as the node sees it.
pub(crate) fn cert_path(certificates_dir: &str, file: &str) -> String {
    PathBuf::from(certificates_dir)
        .join(file)
        .display()
        .to_string()
}

/// The file name of etcd's static Pod manifest in the manifests directory.
pub const MANIFEST_FILE: &str = "etcd.yaml";

/// kubeadm's default `etcd.local.dataDir`.
pub const DEFAULT_DATA_DIR: &str = "/var/lib/etcd";

/// The value of `--<flag>=` in the command of an `etcd.yaml` manifest (its first occurrence),
/// as kubeadm's reset reads the manifest: one command item per line, quoted or not.
fn flag_in_manifest<'a>(text: &'a str, flag: &str) -> Option<&'a str> {
    text.lines().find_map(|line| {
        let item = line.trim().trim_start_matches('-').trim();
        let item = item.trim_matches(|c| c == '"' || c == '\'');
        item.strip_prefix("--")?
            .strip_prefix(flag)?
            .strip_prefix('=')
    })
}

/// The data directory an `etcd.yaml` manifest passes to etcd (`--data-dir=DIR`, a node path),
/// as `kadm reset` finds it (kubeadm's reset reads the manifest the same way).
pub fn data_dir_in_manifest(text: &str) -> Option<String> {
    flag_in_manifest(text, "data-dir")
        .filter(|dir| dir.starts_with('/'))
        .map(str::to_string)
}

/// The etcd member an `etcd.yaml` manifest starts, as `kadm reset` finds it to remove it from
/// the cluster.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ManifestMember {
    /// `--name`: the member's name (the node's name).
    pub name: String,
    /// `--initial-advertise-peer-urls`: how the other members know it.
    pub peer_urls: Vec<String>,
    /// `--advertise-client-urls`: where it serves clients; may be empty.
    pub client_urls: Vec<String>,
    /// `--data-dir` (else [`DEFAULT_DATA_DIR`]): a member that ever ran has `member/` in it.
    pub data_dir: String,
}

/// The member of an `etcd.yaml` manifest: `None` unless it names the member and its peer URLs.
pub fn member_in_manifest(text: &str) -> Option<ManifestMember> {
    let urls = |flag| -> Vec<String> {
        flag_in_manifest(text, flag)
            .map(|v| {
                v.split(',')
                    .map(str::trim)
                    .filter(|u| !u.is_empty())
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default()
    };
    let name = flag_in_manifest(text, "name").filter(|n| !n.is_empty())?;
    let peer_urls = urls("initial-advertise-peer-urls");
    if peer_urls.is_empty() {
        return None;
    }
    Some(ManifestMember {
        name: name.to_string(),
        peer_urls,
        client_urls: urls("advertise-client-urls"),
        data_dir: flag_in_manifest(text, "data-dir")
            .filter(|d| !d.is_empty())
            .unwrap_or(DEFAULT_DATA_DIR)
            .to_string(),
    })
}

#[cfg(test)]
mod manifest_tests {
    use super::*;

    #[test]
    fn the_data_dir_is_read_from_the_command() {
        let text = "spec:\n  containers:\n  - command:\n    - etcd\n    - --data-dir=/srv/etcd\n    - --name=n\n";
        assert_eq!(data_dir_in_manifest(text).as_deref(), Some("/srv/etcd"));
        assert_eq!(
            data_dir_in_manifest("    - \"--data-dir=/x\"\n").as_deref(),
            Some("/x")
        );
        assert_eq!(data_dir_in_manifest("    - --data-dir=relative\n"), None);
        assert_eq!(data_dir_in_manifest("spec: {}\n"), None);
        // A flag whose name only starts like it is another flag.
        assert_eq!(data_dir_in_manifest("    - --data-dir-x=/y\n"), None);
    }

    #[test]
    fn the_member_is_read_from_the_command() {
        let text = "    - etcd\n    - --advertise-client-urls=https://10.0.0.2:2379\n    - \
                    --initial-advertise-peer-urls=https://10.0.0.2:2380\n    - \
                    --initial-cluster=cp-1=https://10.0.0.1:2380,cp-2=https://10.0.0.2:2380\n    \
                    - --name=cp-2\n";
        assert_eq!(
            member_in_manifest(text),
            Some(ManifestMember {
                name: "cp-2".into(),
                peer_urls: vec!["https://10.0.0.2:2380".into()],
                client_urls: vec!["https://10.0.0.2:2379".into()],
                data_dir: DEFAULT_DATA_DIR.into(),
            })
        );
        assert_eq!(member_in_manifest("    - --name=cp-2\n"), None);
        assert_eq!(
            member_in_manifest("    - --initial-advertise-peer-urls=https://a:2380\n"),
            None
        );
    }
}
