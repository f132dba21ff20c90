//! The `kubeconfig` phase of `kadm init`, and kubeconfig files for extra users. The file format
//! itself (parse, emit, inspect) is `kadm-kubeconfig-model`.
//!
//! [`phase`] returns the `kubeconfig` phase tree: one child per row of [`FILES`] (admin.conf,
//! super-admin.conf, kubelet.conf, controller-manager.conf, scheduler.conf), each writing its
//! file 0600 and atomically through [`kadm_init_context::InitContext::commit`], or reusing an
//! existing one that trusts the cluster CA. [`user_kubeconfig`] makes the same kind of file for
//! an extra user (`kadm kubeconfig user`).

mod authority;
mod cluster_admins;
mod existing;
#[cfg(feature = "fuzzing")]
pub mod fuzzing;
mod issue;
mod phase;
mod phase_error;
mod server;
mod table;
mod user;

pub use issue::TAG;

/// The phase's name (`kadm init phase kubeconfig`).
pub const NAME: &str = "kubeconfig";
pub use cluster_admins::{
    CLUSTER_ADMIN_ROLE, CLUSTER_ADMINS, CLUSTER_ADMINS_FILE, ClusterAdminsError,
    cluster_admins_binding, cluster_admins_path,
};
pub use phase::{phase, run_file};
pub use phase_error::KubeconfigPhaseError;
pub use server::{
    KUBELET_LOCAL_MODE_GATE, control_plane_server, kubelet_uses_local_endpoint, local_server,
};
pub use table::{
    ADMIN_CONF, ClientName, EndpointKind, FILES, KubeconfigFile, SUPER_ADMIN_CONF, kubeconfig_file,
    markdown_table,
};
pub use user::user_kubeconfig;
