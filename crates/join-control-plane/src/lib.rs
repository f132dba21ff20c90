//! The control-plane phases of `kadm join --control-plane`, with kubeadm's names:
//!
//! - `control-plane-prepare`:
//!   - `download-certs`: the shared CAs and keys from the `kubeadm-certs` Secret (offline: the
//!     manifest `kadm init --upload-certs` wrote, given with `--certs-from`), decrypted with the
//!     certificate key and written under the certificate directory;
//!   - `certs`: this node's own serving and client certificates under those CAs, its advertise
//!     address and name in the SANs (init's `certs` phases, which reuse the CAs);
//!   - `kubeconfig`: admin.conf, controller-manager.conf and scheduler.conf;
//!   - `control-plane`: the API server's, controller-manager's and scheduler's static Pods.
//! - `control-plane-join`:
//!   - `etcd`: after a check that the cluster answers and the name is free (before any file is
//!     written), this node's `etcd.yaml` with `--initial-cluster-state=existing`, then the
//!     `member add` through the existing members' client URLs (`--etcd-endpoints`);
//!   - `mark-control-plane`: the Node's control-plane label and taint.
//!
//! A worker's join skips them all. The configuration is the cluster's `ClusterConfiguration`
//! (read from the `kubeadm-config` ConfigMap, see [`source`]) with this node's registration and
//! API endpoint, so every file is what `kadm init` writes for this node.

pub mod etcd;
pub mod source;

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use kadm_init_context::{InitContext, Tag};
use kadm_node_fs::{FileSpec, Limit, MODE_PUBLIC, MODE_SECRET};
use kadm_phase_runner::{BoxError, Phase, Request, Workflow};
use kadm_upload_certs::CertificateKey;

use crate::source::ClusterObjects;

/// The parent phase that prepares the node's files.
pub const PREPARE: &str = "control-plane-prepare";
/// The parent phase that joins the node to the control plane.
pub const JOIN: &str = "control-plane-join";
/// The phase that writes the shared certificates.
pub const DOWNLOAD_CERTS: &str = "download-certs";
/// The `[download-certs]` tag.
const DOWNLOAD_TAG: Tag = Tag::new(DOWNLOAD_CERTS);
/// The kubeconfig files of a joining control plane, as init's `kubeconfig` phase names them.
pub const KUBECONFIG_PHASES: [&str; 3] = ["admin", "controller-manager", "scheduler"];

/// What `kadm join --control-plane` asks for (a product of the run, inserted before it starts;
/// without it the control-plane phases are skipped, as for a worker).
#[derive(Debug, Clone)]
pub struct ControlPlaneRequest {
    /// The key that decrypts the `kubeadm-certs` Secret.
    pub certificate_key: CertificateKey,
    /// The first control plane's shared material and configuration.
    pub objects: ClusterObjects,
    /// The client URLs of the cluster's etcd members (`--etcd-endpoints`).
    pub etcd_endpoints: Vec<String>,
}

impl ControlPlaneRequest {
    /// The Secret's entries, decrypted with the certificate key (an empty entry stays empty).
    pub fn decrypt(&self) -> Result<BTreeMap<String, Vec<u8>>, JoinControlPlaneError> {
        kadm_upload_certs::decrypt_secret(&self.objects.certs, &self.certificate_key).map_err(
            |(entry, _)| JoinControlPlaneError::WrongKey {
                file: self.objects.certs_file.clone(),
                entry,
            },
        )
    }
}

/// Why a control-plane join phase failed.
#[derive(Debug, thiserror::Error)]
pub enum JoinControlPlaneError {
    /// The run was started without a [`ControlPlaneRequest`].
    #[error("kadm join: the run has no control-plane request (a bug in kadm)")]
    NoRequest,
    /// The certificate key does not open an entry.
    #[error(
        "{}: the certificate key does not decrypt entry {entry:?} of the kubeadm-certs Secret: \
         give --certificate-key the key `kadm init --upload-certs` printed on the first control \
         plane (also kept there in /etc/kubernetes/pki/{})",
        file.display(),
        kadm_upload_certs::KEY_FILE
    )]
    WrongKey {
        /// The Secret's file.
        file: PathBuf,
        /// The entry.
        entry: String,
    },
    /// A file this node already has differs from the cluster's.
    #[error(
        "{} already exists and differs from the cluster's {entry} in {}: this node holds another \
         cluster's files; run `kadm reset` on it first, or check --certs-from",
        path.display(),
        file.display()
    )]
    Conflict {
        /// The node's file.
        path: PathBuf,
        /// The Secret's entry.
        entry: String,
        /// The Secret's file.
        file: PathBuf,
    },
    /// The local etcd's CA is not in the Secret.
    #[error(
        "{}: the kubeadm-certs Secret has no etcd CA (etcd-ca.crt, etcd-ca.key), but the cluster \
         runs a local etcd: copy the file again from a first control plane with a local etcd",
        file.display()
    )]
    NoEtcdCa {
        /// The Secret's file.
        file: PathBuf,
    },
    /// A file could not be read or written.
    #[error("cannot write the shared certificates")]
    Files(#[source] kadm_node_fs::FsError),
    /// One of init's phases that a join reuses failed.
    #[error("{phase}")]
    Phase {
        /// The phase.
        phase: String,
        /// What failed.
        #[source]
        cause: BoxError,
    },
    /// etcd membership failed.
    #[error(transparent)]
    Etcd(#[from] etcd::EtcdJoinError),
}

/// The request of this run, when it is a control-plane join.
pub fn request(ctx: &InitContext) -> Option<&ControlPlaneRequest> {
    ctx.products.get::<ControlPlaneRequest>()
}

fn is_control_plane(ctx: &InitContext) -> Result<bool, BoxError> {
    Ok(request(ctx).is_some())
}

/// `control-plane-prepare` and its children.
pub fn prepare_phase() -> Phase<InitContext> {
    Phase::new(PREPARE)
        .short("Prepare the machine for serving a control plane")
        .run_if(is_control_plane)
        .run(|ctx: &mut InitContext| {
            // What the etcd join needs is checked before this node's first file is written.
            if ctx.is_planned(&format!("{JOIN}/{}", kadm_etcd_local::NAME)) {
                etcd::check_membership(ctx)?;
            }
            Ok(())
        })
        .children([
            Phase::new(DOWNLOAD_CERTS)
                .short("Download certificates shared among control-plane nodes from the kubeadm-certs Secret")
                .long(
                    "Reads the kubeadm-certs Secret (offline: --certs-from, the cluster-objects \
                     directory or the upload-certs.yaml that `kadm init --upload-certs` wrote), \
                     decrypts it with --certificate-key and writes the shared CAs, the \
                     service-account key pair and the etcd CA under the certificate directory \
                     (keys 0600). A file that already exists must be the same.",
                )
                .run_if(is_control_plane)
                .run(|ctx: &mut InitContext| download_certs(ctx).map_err(BoxError::from)),
            Phase::new(kadm_certs::NAME)
                .short("Generate the certificates for the new control plane components")
                .long(
                    "Issues this node's serving and client certificates under the shared CAs, \
                     with its name and advertise address in the SANs, as `kadm init phase certs \
                     all` does; existing valid files are kept.",
                )
                .run_if(is_control_plane)
                .run(|ctx: &mut InitContext| {
                    run_init_phases(ctx, kadm_certs::phase(), &[kadm_certs::NAME])
                        .map_err(BoxError::from)
                }),
            Phase::new(kadm_kubeconfig::NAME)
                .short("Generate the kubeconfig for the new control plane components")
                .long(
                    "Writes admin.conf, controller-manager.conf and scheduler.conf for this node, \
                     with client certificates under the shared CA.",
                )
                .run_if(is_control_plane)
                .run(|ctx: &mut InitContext| {
                    let targets: Vec<String> = KUBECONFIG_PHASES
                        .iter()
                        .map(|p| format!("{}/{p}", kadm_kubeconfig::NAME))
                        .collect();
                    let targets: Vec<&str> = targets.iter().map(String::as_str).collect();
                    run_init_phases(ctx, kadm_kubeconfig::phase(), &targets)
                        .map_err(BoxError::from)
                }),
            Phase::new(kadm_control_plane::NAME)
                .short("Generate the manifests for the new control plane components")
                .long(
                    "Writes the static Pod manifests of kube-apiserver, kube-controller-manager \
                     and kube-scheduler for this node, as `kadm init phase control-plane all`.",
                )
                .run_if(is_control_plane)
                .run(|ctx: &mut InitContext| {
                    run_init_phases(ctx, kadm_control_plane::phase(), &[kadm_control_plane::NAME])
                        .map_err(BoxError::from)
                }),
        ])
}

/// `control-plane-join` and its children.
pub fn join_phase() -> Phase<InitContext> {
    Phase::new(JOIN)
        .short("Join a machine as a control plane instance")
        .run_if(is_control_plane)
        .children([
            Phase::new(kadm_etcd_local::NAME)
                .short("Add a new local etcd member")
                .long(
                    "Adds this node to the cluster's etcd through the existing members' client \
                     URLs (--etcd-endpoints), with the etcd CA and healthcheck-client \
                     certificate, and writes etcd.yaml with the full --initial-cluster and \
                     --initial-cluster-state=existing (written before the add, removed when the \
                     add fails). A re-run reuses the member this node already is. Skipped with \
                     an external etcd.",
                )
                .run_if(is_control_plane)
                .run(|ctx: &mut InitContext| etcd::join(ctx).map_err(BoxError::from)),
            Phase::new(kadm_mark_control_plane::NAME)
                .short("Mark a node as a control-plane")
                .long(
                    "Writes the Node's control-plane label and taints as a server-side-apply \
                     manifest, as `kadm init phase mark-control-plane`.",
                )
                .run_if(is_control_plane)
                .run(|ctx: &mut InitContext| {
                    run_init_phases(
                        ctx,
                        kadm_mark_control_plane::phase(),
                        &[kadm_mark_control_plane::NAME],
                    )
                    .map_err(BoxError::from)
                }),
        ])
}

/// Runs `targets` of one of init's phase trees against this run's context: the same code, the
/// same checks and the same output as `kadm init phase ...`.
fn run_init_phases(
    ctx: &mut InitContext,
    phase: Phase<InitContext>,
    targets: &[&str],
) -> Result<(), JoinControlPlaneError> {
    let name = phase.name().to_string();
    let workflow =
        Workflow::new("join", vec![phase]).map_err(|e| JoinControlPlaneError::Phase {
            phase: name.clone(),
            cause: Box::new(e),
        })?;
    let request = Request {
        targets: targets.iter().map(|t| t.to_string()).collect(),
        ..Request::default()
    };
    workflow
        .run(&request, ctx, |_| {})
        .map_err(|cause| JoinControlPlaneError::Phase {
            phase: name,
            cause: Box::new(cause),
        })
}

/// `download-certs`: decrypt the Secret and write its files, refusing to replace different ones.
fn download_certs(ctx: &mut InitContext) -> Result<(), JoinControlPlaneError> {
    let request = request(ctx)
        .cloned()
        .ok_or(JoinControlPlaneError::NoRequest)?;
    let objects = &request.objects;
    let plain = request.decrypt()?;
    let shared = kadm_upload_certs::shared_files(&ctx.config, &ctx.paths.cert_dir, ctx.fs());
    if !ctx.config.external_etcd() && plain.get("etcd-ca.crt").is_none_or(Vec::is_empty) {
        return Err(JoinControlPlaneError::NoEtcdCa {
            file: objects.certs_file.clone(),
        });
    }
    ctx.out.info(
        DOWNLOAD_TAG,
        &format!(
            "Saving the certificates to the folder: {:?}",
            ctx.paths.cert_dir.display().to_string()
        ),
    );
    let mut files = Vec::new();
    let mut known = BTreeSet::new();
    for (entry, path) in shared {
        known.insert(entry.clone());
        let Some(contents) = plain.get(&entry).filter(|c| !c.is_empty()) else {
            continue;
        };
        let existing = ctx
            .fs()
            .read_if_exists(&path, Limit::PEM)
            .map_err(JoinControlPlaneError::Files)?;
        if existing.as_ref().is_some_and(|e| e != contents) {
            return Err(JoinControlPlaneError::Conflict {
                path,
                entry,
                file: objects.certs_file.clone(),
            });
        }
        let mode = if entry.ends_with(".key") {
            MODE_SECRET
        } else {
            MODE_PUBLIC
        };
        files.push(FileSpec {
            path,
            contents: contents.clone(),
            mode,
        });
    }
    for entry in plain.keys().filter(|e| !known.contains(*e)) {
        ctx.out.warn(
            DOWNLOAD_TAG,
            &format!("kubeadm-certs entry {entry:?} is not one this cluster uses: not written"),
        );
    }
    let paths: Vec<PathBuf> = files.iter().map(|f| f.path.clone()).collect();
    let written = ctx
        .commit_changed(files)
        .map_err(JoinControlPlaneError::Files)?;
    ctx.result(serde_json::json!({
        "from": objects.certs_file.display().to_string(),
        "files": paths.iter().map(|p| p.display().to_string()).collect::<Vec<_>>(),
        "written": written.iter().filter(|w| **w).count(),
    }));
    Ok(())
}
