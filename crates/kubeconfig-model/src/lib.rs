//! kubeconfig files, the way kubectl reads them and kubeadm writes them: parse, emit, inspect.
//!
//! [`KubeConfig`] models `apiVersion: v1`, `kind: Config` with its `clusters`, `users`,
//! `contexts`, `current-context` and `preferences`. The `-data` fields
//! (`certificate-authority-data`, `client-certificate-data`, `client-key-data`) are raw PEM bytes
//! in memory and base64 in the file. Whatever the model does not name — exec and auth-provider
//! plugins, extensions, impersonation, fields of later kubectl versions — is kept, so a file read,
//! changed in one place and written back differs only in that place.
//!
//! ```
//! use kadm_kubeconfig_model::KubeConfig;
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
//! The phases that write kubeconfig files live in `kadm-kubeconfig`; readers such as
//! cert-rotation depend on this crate alone.

mod error;
mod model;
mod yaml;

pub use error::{EntryKind, KubeConfigError};
pub use model::{
    API_VERSION, AuthInfo, Cluster, Context, KIND, KubeConfig, NamedCluster, NamedContext,
    NamedUser, REDACTED, UnknownFields,
};
/// The untyped value kept for opaque fields (`exec`, `auth-provider`, `extensions`, unknown keys).
pub use serde_json::{Map, Value};
