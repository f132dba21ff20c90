//! The one place kadm talks to the Kubernetes API server: a client made from a kubeconfig
//! (`admin.conf`, `super-admin.conf`), a bounded wait for the server's `/readyz`, and server-side
//! apply of the objects of a manifest, as kadm writes them in `cluster-objects/`.
//!
//! The API is synchronous: [`ApiClient`] keeps a current-thread tokio runtime of its own, so
//! callers need no async code. Every request is bounded by the client's request timeout, and every
//! wait and every apply by a timeout of its own; nothing waits forever for a server that does not
//! answer. Answers that pass by themselves (no connection while the API server restarts, 429,
//! 5xx, etcd's leader changes) are retried with a growing pause until then; a refusal (any other
//! 4xx) stops the apply at once, naming the object.
//!
//! Inputs come in as text: the caller reads the kubeconfig and the manifests through
//! `kadm-node-fs`; nothing here touches the filesystem.

mod apply;
mod client;
mod error;
mod health;
mod node;
mod read;
mod retry;

use std::fmt;

pub use client::ApiClient;
pub use error::ApiError;
pub use health::{HealthCheck, wait_healthy};

/// The field manager kadm applies with: the owner of the fields it sets, as `kubectl` is for
/// `kubectl apply --server-side`.
pub const FIELD_MANAGER: &str = "kadm";

/// Which object: its kind and where it lives, as messages and reports name it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ObjectRef {
    /// `v1`, `rbac.authorization.k8s.io/v1`.
    pub api_version: String,
    /// `ConfigMap`, `ClusterRoleBinding`.
    pub kind: String,
    /// The namespace, for a namespaced object.
    pub namespace: Option<String>,
    /// The object's name.
    pub name: String,
}

impl fmt::Display for ObjectRef {
    /// `ConfigMap kube-system/kubeadm-config`, `ClusterRole kubeadm:get-nodes`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.namespace {
            Some(namespace) => write!(f, "{} {namespace}/{}", self.kind, self.name),
            None => write!(f, "{} {}", self.kind, self.name),
        }
    }
}

/// What one apply did to an object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// It did not exist; now it does.
    Created,
    /// It existed and the apply changed it.
    Changed,
    /// It existed as applied: the apply changed nothing (no write, or kadm's entry in the
    /// managed fields the same before and after while another writer moved the resourceVersion).
    Unchanged,
}

impl Outcome {
    /// The word reports use: `created`, `changed`, `unchanged`.
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Created => "created",
            Outcome::Changed => "changed",
            Outcome::Unchanged => "unchanged",
        }
    }
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One object of a manifest, applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    /// The object.
    pub object: ObjectRef,
    /// What the apply did.
    pub outcome: Outcome,
    /// Its resourceVersion after the apply.
    pub resource_version: String,
}
