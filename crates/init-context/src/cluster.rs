//! The run's link to the cluster's API server, when it has one: clients made from the node's
//! `admin.conf` and `super-admin.conf` on first use, and the objects of a phase's manifest applied
//! through them. Without a link (`--rootfs` without `--apply`, `--dry-run`), the manifests in the
//! cluster-objects directory are the whole result, for `kadm apply-objects` or `kubectl apply`.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use kadm_kube_api::{ApiClient, ApiError, Applied, FIELD_MANAGER};
use kadm_node_fs::{FsError, Limit};

use crate::paths::{ADMIN_CONF, CLUSTER_ADMINS_FILE, SUPER_ADMIN_CONF};
use crate::{Causes, InitContext, Tag};

/// The largest manifest applied (a Secret of every shared certificate is far below).
const MANIFEST: Limit = Limit::new(16 << 20, "manifest");

/// The bound of one request when the caller set none.
const DEFAULT_REQUEST_TIMEOUT: Duration = Duration::from_secs(10);
/// The bound of one call when the caller set none (kubeadm's `kubernetesAPICall`).
const DEFAULT_CALL_TIMEOUT: Duration = Duration::from_secs(60);

/// Whose credentials a request carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Credentials {
    /// `admin.conf`: group `kubeadm:cluster-admins`, bound to cluster-admin by the
    /// `kubeadm:cluster-admins` ClusterRoleBinding (applied before the first use).
    Admin,
    /// `super-admin.conf`: group `system:masters`, for what must exist before that binding.
    SuperAdmin,
}

impl Credentials {
    /// The kubeconfig's file name in the kubeconfig directory.
    pub fn file(self) -> &'static str {
        match self {
            Credentials::Admin => ADMIN_CONF,
            Credentials::SuperAdmin => SUPER_ADMIN_CONF,
        }
    }
}

/// The run talks to the API server: how long a request, and a wait, may take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ApiLink {
    /// The bound of one request (to connect, and to answer).
    pub request_timeout: Duration,
    /// The bound of one wait or one manifest's applies (`timeouts.kubernetesAPICall`): the API
    /// server's readiness, a Node's registration, passing answers retried.
    pub call_timeout: Duration,
}

/// The clients made so far, by credentials.
#[derive(Default)]
pub(crate) struct Clients(BTreeMap<Credentials, Arc<ApiClient>>);

/// Why the run could not talk to the cluster.
#[derive(Debug, thiserror::Error)]
pub enum ClusterError {
    /// A kubeconfig or a manifest could not be read.
    #[error("{}", Causes(.cause))]
    Read {
        /// Why.
        cause: FsError,
    },
    /// The kubeconfig at `path` is missing.
    #[error(
        "{path} does not exist: the API phases use it to reach the API server; write it with \
         `kadm init phase kubeconfig {phase}`"
    )]
    NoKubeconfig {
        /// Where it was looked for.
        path: String,
        /// The kubeconfig phase that writes it.
        phase: &'static str,
    },
    /// The API server refused, or did not answer in time.
    #[error("{file}: {}", Causes(.cause))]
    Api {
        /// The manifest (or kubeconfig) the request came from.
        file: String,
        /// Why.
        cause: Box<ApiError>,
    },
}

impl InitContext {
    /// Whether this run talks to the API server (its objects are applied, not only written).
    pub fn online(&self) -> bool {
        self.api.is_some() && !self.dry_run
    }

    /// The client with `who`'s credentials, made on first use from the node's kubeconfig, once
    /// the API server is ready. The first admin client first applies the
    /// `kubeadm:cluster-admins` binding (with `super-admin.conf`, when both files exist) that
    /// gives `admin.conf` its rights, as kubeadm does on its first API call.
    pub fn client(&mut self, who: Credentials) -> Result<Arc<ApiClient>, ClusterError> {
        if let Some(client) = self.clients.0.get(&who) {
            return Ok(client.clone());
        }
        let link = self.api.unwrap_or(ApiLink {
            request_timeout: DEFAULT_REQUEST_TIMEOUT,
            call_timeout: DEFAULT_CALL_TIMEOUT,
        });
        let path = self.paths.kubeconfig_dir.join(who.file());
        let shown = self.shown(&path);
        let text = self
            .fs()
            .read_text_if_exists(&path, Limit::KUBECONFIG)
            .map_err(|cause| ClusterError::Read { cause })?
            .ok_or_else(|| ClusterError::NoKubeconfig {
                path: shown.clone(),
                phase: match who {
                    Credentials::Admin => "admin",
                    Credentials::SuperAdmin => "super-admin",
                },
            })?;
        let api = |cause| ClusterError::Api {
            file: shown.clone(),
            cause: Box::new(cause),
        };
        let client =
            ApiClient::from_kubeconfig(&text, &shown, link.request_timeout).map_err(api)?;
        client.wait_ready(link.call_timeout).map_err(api)?;
        let client = Arc::new(client);
        self.clients.0.insert(who, client.clone());
        if who == Credentials::Admin {
            self.bind_cluster_admins()?;
        }
        Ok(client)
    }

    /// Applies `cluster-admins.yaml` with `super-admin.conf` when both are on the node (a node
    /// that joined, or whose super-admin.conf was moved away, has admin.conf's rights already).
    fn bind_cluster_admins(&mut self) -> Result<(), ClusterError> {
        let file = self.paths.objects_dir.join(CLUSTER_ADMINS_FILE);
        let super_admin = self.paths.kubeconfig_dir.join(SUPER_ADMIN_CONF);
        let present = |ctx: &Self, path: &Path| {
            ctx.fs()
                .exists(path)
                .map_err(|cause| ClusterError::Read { cause })
        };
        if !present(self, &file)? || !present(self, &super_admin)? {
            return Ok(());
        }
        self.apply_file(Tag::new("kubeconfig"), &file, Credentials::SuperAdmin)
    }

    /// Applies the objects of the manifest at `file` (written by this phase) with `who`'s
    /// credentials, when the run is online; prints one line per object (`[tag] ConfigMap
    /// kube-system/kubeadm-config created`) and records each in the phase's result. Offline, does
    /// nothing: the file is the result.
    pub fn apply_file(
        &mut self,
        tag: Tag,
        file: &Path,
        who: Credentials,
    ) -> Result<(), ClusterError> {
        if !self.online() {
            return Ok(());
        }
        let manifest = self
            .fs()
            .read_text(file, MANIFEST)
            .map_err(|cause| ClusterError::Read { cause })?;
        let shown = self.shown(file);
        self.apply_text(tag, &shown, &manifest, who).map(drop)
    }

    /// Applies the objects of `manifest` (YAML documents; `origin` names it in messages and the
    /// record) with `who`'s credentials, as [`InitContext::apply_file`] does, and returns what
    /// each apply did. Online only: offline it applies nothing.
    pub fn apply_text(
        &mut self,
        tag: Tag,
        origin: &str,
        manifest: &str,
        who: Credentials,
    ) -> Result<Vec<Applied>, ClusterError> {
        if !self.online() {
            return Ok(Vec::new());
        }
        let client = self.client(who)?;
        let applied = client
            .apply(manifest, FIELD_MANAGER, self.call_timeout())
            .map_err(|cause| ClusterError::Api {
                file: origin.to_string(),
                cause: Box::new(cause),
            })?;
        for object in &applied {
            self.out
                .info(tag, &format!("{} {}", object.object, object.outcome));
        }
        self.record.objects(origin, who.file(), &applied);
        Ok(applied)
    }

    /// The bound of one API call, its retries included (`timeouts.kubernetesAPICall`).
    pub fn call_timeout(&self) -> Duration {
        self.api.map_or(DEFAULT_CALL_TIMEOUT, |l| l.call_timeout)
    }

    /// The node's path of a host path (what messages show under `--rootfs`).
    fn shown(&self, path: &Path) -> String {
        self.fs()
            .node_path(path)
            .unwrap_or_else(|| path.to_path_buf())
            .display()
            .to_string()
    }
}

/// One object applied, as the `-o json` documents list it (`kadm init`, `kadm apply-objects`).
pub fn object_json(file: &str, kubeconfig: &str, applied: &Applied) -> serde_json::Value {
    serde_json::json!({
        "file": file,
        "kubeconfig": kubeconfig,
        "apiVersion": applied.object.api_version,
        "kind": applied.object.kind,
        "namespace": applied.object.namespace,
        "name": applied.object.name,
        "result": applied.outcome.as_str(),
        "resourceVersion": applied.resource_version,
    })
}
