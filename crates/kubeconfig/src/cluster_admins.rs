//! The `kubeadm:cluster-admins` ClusterRoleBinding: what gives `admin.conf` its rights.
//!
//! `admin.conf`'s client certificate is in the group `kubeadm:cluster-admins`, not in
//! `system:masters`, so the API server grants it nothing until this binding of the group to the
//! `cluster-admin` ClusterRole exists. kubeadm creates it through `super-admin.conf` (whose group
//! is `system:masters`) right after its kubeconfig phase; kadm writes it with the `admin` child as
//! `cluster-admins.yaml` in the cluster-objects directory, to be applied with `super-admin.conf`
//! before the other objects (the command `kadm init` prints does both, in that order).

use std::path::PathBuf;

use kadm_init_context::{Causes, InitContext};
use kadm_kube_objects::k8s_openapi::api::rbac::v1::{ClusterRoleBinding, RoleRef, Subject};
use kadm_kube_objects::{Manifest, meta};
use kadm_node_fs::{FileSpec, MODE_PUBLIC};

/// The group of `admin.conf`'s certificate, and the name of the binding that gives it its rights.
pub const CLUSTER_ADMINS: &str = "kubeadm:cluster-admins";
/// The ClusterRole the group is bound to.
pub const CLUSTER_ADMIN_ROLE: &str = "cluster-admin";
pub use kadm_init_context::paths::CLUSTER_ADMINS_FILE;

/// Why the binding could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ClusterAdminsError {
    /// Printing the object.
    #[error("cannot print the ClusterRoleBinding {CLUSTER_ADMINS}: {}", Causes(.cause))]
    Yaml {
        /// Why.
        cause: kadm_kube_objects::SortedYamlError,
    },
    /// Writing the file.
    #[error("{}", Causes(.cause))]
    Fs {
        /// Why, naming the file.
        cause: kadm_node_fs::FsError,
    },
}

/// The ClusterRoleBinding of the group [`CLUSTER_ADMINS`] to [`CLUSTER_ADMIN_ROLE`], as kubeadm
/// makes it.
pub fn cluster_admins_binding() -> ClusterRoleBinding {
    ClusterRoleBinding {
        metadata: meta(CLUSTER_ADMINS, None, &[]),
        role_ref: RoleRef {
            api_group: "rbac.authorization.k8s.io".into(),
            kind: "ClusterRole".into(),
            name: CLUSTER_ADMIN_ROLE.into(),
        },
        subjects: Some(vec![Subject {
            api_group: Some("rbac.authorization.k8s.io".into()),
            kind: "Group".into(),
            name: CLUSTER_ADMINS.into(),
            namespace: None,
        }]),
    }
}

/// Where the binding's manifest goes.
pub fn cluster_admins_path(ctx: &InitContext) -> PathBuf {
    ctx.paths.objects_dir.join(CLUSTER_ADMINS_FILE)
}

/// Writes the binding's manifest (mode 0644; unchanged bytes are left alone).
pub(crate) fn write_cluster_admins(ctx: &InitContext) -> Result<(), ClusterAdminsError> {
    let text = Manifest::of(&cluster_admins_binding())
        .map_err(|cause| ClusterAdminsError::Yaml { cause })?
        .to_text();
    ctx.commit_changed(vec![FileSpec {
        path: cluster_admins_path(ctx),
        contents: text.into_bytes(),
        mode: MODE_PUBLIC,
    }])
    .map(drop)
    .map_err(|cause| ClusterAdminsError::Fs { cause })
}
