//! kubeconfig files, the way kubectl reads them and kubeadm writes them, and the `kubeconfig`
//! phase of `kadm init`.
//!
//! ## The model
//!
//! [`KubeConfig`] models `apiVersion: v1`, `kind: Config` with its `clusters`, `users`,
//! `contexts`, `current-context` and `preferences`. The `-data` fields
//! (`certificate-authority-data`, `client-certificate-data`, `client-key-data`) are raw PEM bytes
//! in memory and base64 in the file. Whatever the model does not name — exec and auth-provider
//! plugins, extensions, impersonation, fields of later kubectl versions — is kept, so a file read,
//! changed in one place and written back differs only in that place.
//!
//! ```
//! use kadm_kubeconfig::KubeConfig;
//!
//! let config = KubeConfig::new_single(
//!     "kubernetes", "https://10.0.0.1:6443", b"CA PEM", "kubernetes-admin", b"CERT PEM", b"KEY PEM",
//! );
//! let text = config.to_yaml();
//! assert!(text.contains("current-context: kubernetes-admin@kubernetes\n"));
//! let read = KubeConfig::from_yaml(&text, std::path::Path::new("admin.conf")).unwrap();
//! assert_eq!(read.current_user().unwrap().user.client_key_data.as_deref(), Some(&b"KEY PEM"[..]));
//! assert!(config.to_yaml_redacted().contains("client-key-data: REDACTED\n"));
//! ```
//!
//! ## The phase
//!
//! [`phase`] returns the `kubeconfig` phase tree: one child per row of [`FILES`] (admin.conf,
//! super-admin.conf, kubelet.conf, controller-manager.conf, scheduler.conf), each writing its
//! file 0600 and atomically through [`kadm_init_context::InitContext::commit`], or reusing an
//! existing one that trusts the cluster CA. [`user_kubeconfig`] makes the same kind of file for
//! an extra user (`kadm kubeconfig user`).

mod authority;
mod error;
mod existing;
#[cfg(feature = "fuzzing")]
pub mod fuzzing;
mod issue;
mod model;
mod phase;
mod phase_error;
mod server;
mod table;
mod user;
mod yaml;

pub use error::{EntryKind, KubeConfigError};
pub use model::{
    AuthInfo, Cluster, Context, KubeConfig, NamedCluster, NamedContext, NamedUser, UnknownFields,
    API_VERSION, KIND, REDACTED,
};
pub use phase::{phase, run_file};
pub use phase_error::KubeconfigPhaseError;
/// The untyped value kept for opaque fields (`exec`, `auth-provider`, `extensions`, unknown keys).
pub use serde_json::{Map, Value};
pub use server::{
    control_plane_server, kubelet_uses_local_endpoint, local_server,
    KUBELET_LOCAL_MODE_DEFAULT_FROM, KUBELET_LOCAL_MODE_GATE,
};
pub use table::{kubeconfig_file, markdown_table, ClientName, EndpointKind, KubeconfigFile, FILES};
pub use user::user_kubeconfig;
