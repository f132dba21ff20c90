//! `control-plane-join etcd`: this node becomes a member of the cluster's etcd, as kubeadm's
//! stacked-etcd join does it: `member add` of this node's peer URL through the existing members,
//! then `etcd.yaml` with every member in `--initial-cluster` and `--initial-cluster-state=existing`.
//! The manifest is written before the add (a file can be taken back, an added member cannot: its
//! removal needs the quorum the add just raised), and removed again when the add fails. A re-run
//! finds the member it added and reuses it; a manifest that cannot be rewritten after the add
//! names the exact `etcdctl member remove` to run.

use std::path::{Path, PathBuf};
use std::time::Duration;

use kadm_etcd_member::{EtcdClientTls, EtcdctlCredentials, JoinPlan, Member, Members};
use kadm_init_context::{InitContext, Tag};
use kadm_node_fs::Limit;
use kadm_pki::KeyGenerator as _;

use crate::request;

/// How long kadm waits for each etcd endpoint and each membership call.
pub const TIMEOUT: Duration = Duration::from_secs(10);

/// The `[etcd]` tag.
const TAG: Tag = kadm_etcd_local::TAG;

/// The client credentials a control plane talks to etcd with, under `cert_dir`: the etcd CA, and
/// the kube-apiserver's etcd client certificate and key (signed by that CA), from kubeadm's
/// certificate table.
pub fn client_files(cert_dir: &Path) -> [PathBuf; 3] {
    let pair = |base: &str| {
        kadm_certs::entry(base)
            .unwrap_or_else(|| panic!("{base} is in kadm_certs::CERTS"))
            .paths(cert_dir)
    };
    let (ca, _) = pair("etcd/ca");
    let (cert, key) = pair("apiserver-etcd-client");
    [ca, cert, key]
}

/// Why the etcd join failed.
#[derive(Debug, thiserror::Error)]
pub enum EtcdJoinError {
    /// No endpoints to reach the cluster's etcd.
    #[error(
        "--etcd-endpoints: the cluster runs a local etcd; give the client URLs of its members \
         (https://IP:2379,...: the --advertise-client-urls of each control plane's etcd.yaml), \
         which kadm cannot ask an API server for offline"
    )]
    NoEndpoints,
    /// The client credentials could not be read.
    #[error("cannot read the etcd client credentials")]
    Credentials(#[source] kadm_node_fs::FsError),
    /// The in-memory client certificate for the membership check could not be made.
    #[error("cannot sign a client certificate with the etcd CA from kubeadm-certs")]
    Throwaway(#[source] kadm_pki::PkiError),
    /// The cluster refused or did not answer.
    #[error("etcd")]
    Etcd(#[source] kadm_etcd_member::EtcdError),
    /// The node's name is another member's.
    #[error(transparent)]
    NameTaken(#[from] kadm_etcd_member::NameTaken),
    /// The manifest could not be written; no member was added.
    #[error("this node's etcd manifest could not be written; no etcd member was added")]
    Manifest(#[source] kadm_etcd_local::EtcdPhaseError),
    /// The manifest could not be rewritten after the member was added.
    #[error(
        "etcd member {id} was added for this node, but its etcd.yaml could not be written \
         ({cause}): fix that and run the join again (it reuses the member), or remove the \
         member once the cluster has quorum:\n  {command}"
    )]
    Stranded {
        /// Why the manifest failed.
        cause: String,
        /// The member's ID, hex.
        id: String,
        /// The exact command to run.
        command: String,
    },
}

/// The etcd endpoints of this run (a local etcd needs them).
pub fn endpoints(ctx: &InitContext) -> Result<Vec<String>, EtcdJoinError> {
    let endpoints = request(ctx)
        .map(|r| r.etcd_endpoints.clone())
        .unwrap_or_default();
    if endpoints.is_empty() && !ctx.config.external_etcd() {
        return Err(EtcdJoinError::NoEndpoints);
    }
    Ok(endpoints)
}

/// Before this node's first file is written: the cluster's etcd answers through the endpoints
/// and this node's name is free (or already this node's member, on a re-run). The node has no
/// etcd client certificate yet, so the check authenticates with a short-lived one signed in
/// memory by the cluster's etcd CA from the `kubeadm-certs` Secret; it is never written.
pub fn check_membership(ctx: &InitContext) -> Result<(), crate::JoinControlPlaneError> {
    if ctx.config.external_etcd() {
        return Ok(());
    }
    let endpoints = endpoints(ctx)?;
    let request = request(ctx).ok_or(crate::JoinControlPlaneError::NoRequest)?;
    let plain = request.decrypt()?;
    let tls = throwaway_credentials(&plain).map_err(EtcdJoinError::Throwaway)?;
    let mut cluster = Members::connect(&endpoints, &tls, TIMEOUT).map_err(EtcdJoinError::Etcd)?;
    let members = cluster.list().map_err(EtcdJoinError::Etcd)?;
    let name = ctx.config.node_name();
    let peer_url = kadm_etcd_local::peer_url(ctx.config.advertise_address());
    kadm_etcd_member::plan_join(&members, name, &peer_url).map_err(EtcdJoinError::from)?;
    Ok(())
}

/// A client certificate for one membership check, signed by the etcd CA in `shared` (the
/// decrypted `kubeadm-certs` entries), valid for an hour.
fn throwaway_credentials(
    shared: &std::collections::BTreeMap<String, Vec<u8>>,
) -> Result<EtcdClientTls, kadm_pki::PkiError> {
    let text = |entry: &str| String::from_utf8_lossy(&shared[entry]).into_owned();
    let source = Path::new("kubeadm-certs");
    let ca = kadm_pki::CertifiedKey {
        cert: kadm_pki::Certificate::from_pem(&text("etcd-ca.crt"), source)?,
        key: kadm_pki::PrivateKey::from_pem(&text("etcd-ca.key"), source)?,
    };
    let key = kadm_pki::AwsLcKeyGenerator.generate(kadm_pki::KeyAlgorithm::EcdsaP256)?;
    let spec = kadm_pki::CertSpec {
        common_name: "kadm-join-membership-check".to_string(),
        organizations: Vec::new(),
        dns_names: Vec::new(),
        ip_addresses: Vec::new(),
        is_ca: false,
        extended_usages: vec![kadm_pki::ExtendedUsage::ClientAuth],
        validity: Duration::from_secs(3600),
    };
    let signed = kadm_pki::sign(&spec, key, &ca)?.certified;
    Ok(EtcdClientTls {
        ca_pem: ca.cert.to_pem().as_bytes().to_vec(),
        cert_pem: signed.cert.to_pem().as_bytes().to_vec(),
        key_pem: signed.key.to_pem().into_bytes(),
    })
}

/// Runs the phase.
pub fn join(ctx: &mut InitContext) -> Result<(), EtcdJoinError> {
    if ctx.config.external_etcd() {
        ctx.out.info(
            TAG,
            "External etcd mode (etcd.external is set): no local etcd member to add",
        );
        return Ok(());
    }
    let endpoints = endpoints(ctx)?;
    let tls = credentials(ctx)?;
    let name = ctx.config.node_name().to_string();
    let peer_url = kadm_etcd_local::peer_url(ctx.config.advertise_address());
    let mut cluster = Members::connect(&endpoints, &tls, TIMEOUT).map_err(EtcdJoinError::Etcd)?;
    let members = cluster.list().map_err(EtcdJoinError::Etcd)?;
    let plan = kadm_etcd_member::plan_join(&members, &name, &peer_url)?;
    // The manifest is written first, with this node where `member add` will put it: a member
    // cannot be taken back once added (removing it needs the quorum it just raised), a file can.
    let mut expected = members.clone();
    if plan == JoinPlan::Add {
        expected.push(Member {
            id: 0,
            name: String::new(),
            peer_urls: vec![peer_url.clone()],
            client_urls: Vec::new(),
            is_learner: false,
        });
    }
    let planned = kadm_etcd_member::initial_cluster(&expected, &name, &peer_url);
    kadm_etcd_local::run_joining(ctx, &planned).map_err(EtcdJoinError::Manifest)?;
    if ctx.dry_run {
        ctx.out.info(
            Tag::DRY_RUN,
            &format!(
                "Would add etcd member {name} at {peer_url} through {} ({} members now)",
                cluster.endpoint(),
                members.len()
            ),
        );
        return Ok(());
    }
    let (id, members, added) = match plan {
        JoinPlan::Reuse(id) => {
            ctx.out.info(
                TAG,
                &format!(
                    "etcd member {} at {peer_url} already exists (an earlier join of this \
                     node): reusing it",
                    kadm_etcd_member::hex_id(id)
                ),
            );
            (id, members, false)
        }
        JoinPlan::Add => {
            ctx.out.info(
                TAG,
                &format!(
                    "Adding etcd member {name} at {peer_url} through {}",
                    cluster.endpoint()
                ),
            );
            match add_when_ready(ctx, &mut cluster, &peer_url) {
                Ok((id, members)) => (id, members, true),
                Err(e) => {
                    // No member: the manifest that names it goes too.
                    let manifest = ctx.paths.manifests_dir.join(kadm_etcd_local::MANIFEST_FILE);
                    let _ = ctx.fs().remove_file(&manifest);
                    return Err(e);
                }
            }
        }
    };
    // etcd lists members by ID, so the new member's place is known only now.
    let initial = kadm_etcd_member::initial_cluster(&members, &name, &peer_url);
    if initial != planned
        && let Err(cause) = kadm_etcd_local::run_joining(ctx, &initial)
    {
        return Err(EtcdJoinError::Stranded {
            cause: cause.to_string(),
            id: kadm_etcd_member::hex_id(id),
            command: kadm_etcd_member::member_remove_command(
                &endpoints,
                &etcdctl_credentials(ctx),
                id,
            ),
        });
    }
    let started = members.iter().filter(|m| m.is_started()).count();
    ctx.out.info(
        TAG,
        &format!(
            "The cluster has {} members, {started} started: start etcd from {} on this node \
             now{}",
            members.len(),
            ctx.paths
                .manifests_dir
                .join(kadm_etcd_local::MANIFEST_FILE)
                .display(),
            if started * 2 <= members.len() {
                " (until it runs, the cluster has no quorum and accepts no writes)"
            } else {
                ""
            }
        ),
    );
    ctx.result(serde_json::json!({
        "member": kadm_etcd_member::hex_id(id),
        "name": name,
        "peerURL": peer_url,
        "added": added,
        "initialCluster": initial,
        "endpoint": cluster.endpoint(),
    }));
    Ok(())
}

/// How long a member add is retried while etcd refuses it as unsafe for the moment.
pub const ADD_DEADLINE: Duration = Duration::from_secs(60);

/// etcd's answers to a member add that pass once the cluster settles: a member that joined less
/// than five seconds ago is not yet "connected" (`unhealthy cluster`), or not every member has
/// started yet (`not enough started members`). kubeadm retries them too.
const TRANSIENT: [&str; 2] = ["unhealthy cluster", "not enough started members"];

/// `member add`, retried with a growing pause while etcd answers with a [`TRANSIENT`] refusal,
/// until [`ADD_DEADLINE`].
fn add_when_ready(
    ctx: &InitContext,
    cluster: &mut Members,
    peer_url: &str,
) -> Result<(u64, Vec<Member>), EtcdJoinError> {
    let deadline = std::time::Instant::now() + ADD_DEADLINE;
    let mut pause = Duration::from_millis(100);
    let mut told = false;
    loop {
        match cluster.add(peer_url) {
            Ok(added) => return Ok(added),
            Err(kadm_etcd_member::EtcdError::Refused { reason, .. })
                if TRANSIENT.iter().any(|t| reason.contains(t))
                    && std::time::Instant::now() + pause < deadline =>
            {
                if !told {
                    ctx.out.info(
                        TAG,
                        &format!(
                            "etcd is not ready to add a member yet ({reason}); retrying for up \
                             to {}s",
                            ADD_DEADLINE.as_secs()
                        ),
                    );
                    told = true;
                }
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_secs(2));
            }
            Err(e) => return Err(EtcdJoinError::Etcd(e)),
        }
    }
}

/// The etcd CA and the client certificate, read through the node's root.
fn credentials(ctx: &InitContext) -> Result<EtcdClientTls, EtcdJoinError> {
    let [ca, cert, key] = client_files(&ctx.paths.cert_dir).map(|path| {
        ctx.fs()
            .read(&path, Limit::PEM)
            .map_err(EtcdJoinError::Credentials)
    });
    Ok(EtcdClientTls {
        ca_pem: ca?,
        cert_pem: cert?,
        key_pem: key?,
    })
}

/// The same credentials as node paths, for a command the user runs on the node.
fn etcdctl_credentials(ctx: &InitContext) -> EtcdctlCredentials {
    let [ca, cert, key] =
        client_files(Path::new(ctx.config.certificates_dir())).map(|p| p.display().to_string());
    EtcdctlCredentials { ca, cert, key }
}
