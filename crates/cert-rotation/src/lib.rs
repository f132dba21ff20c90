//! The `kubelet-finalize/cert-rotation` phase: once the kubelet has its own rotatable client
//! certificate (`/var/lib/kubelet/pki/kubelet-client-current.pem`, kept current by the kubelet
//! itself), point `kubelet.conf` at that file instead of the embedded certificate kadm wrote, so
//! the kubeconfig stays valid across rotations.
//!
//! Beyond kubeadm, the phase checks the file before it trusts it (it parses, holds the matching
//! key, was signed by the cluster CA, names this node), warns when the kubelet's configuration
//! does not turn rotation on, reports when the kubelet will renew, and shows a diff in a dry run.
//!
//! This crate owns the logic; the aliases (`enable-client-cert-rotation`,
//! `experimental-cert-rotation`) share [`run_fn`].

mod client_cert;
mod edit;
mod error;
mod kubelet_config;
mod locate;
mod restart;
mod run;
mod window;

use std::sync::Arc;

use kadm_init_context::InitContext;
use kadm_phase_runner::{Phase, RunFn};

pub use client_cert::{
    NODES_GROUP, check_client_pem, load_client_pem, node_common_name, validity_warning,
};
pub use edit::point_user_at_pem;
pub use error::CertRotationError;
pub use kubelet_config::{
    KUBELET_CONFIG_FILE, KubeletConfigError, RotateSetting, parse_rotate_certificates,
    rotate_setting,
};
pub use locate::{CURRENT_PEM, KubeletPem, kubelet_pem, node_view, resolve_pem};
pub use restart::{RESTART_COMMAND, Restart, find_on_path};
pub use run::{CA_CERT, KUBELET_CONF, Outcome, run, unified_diff};
pub use window::{RenewalWindow, WINDOW_END, WINDOW_START, rfc3339};

/// The phase's name.
pub const NAME: &str = "cert-rotation";

/// The exclusive group shared by `cert-rotation` and its aliases: at most one of them runs.
pub const KUBELET_CLIENT_ROTATION_GROUP: &str = "kubelet-client-cert-rotation";

/// The one-line help shared by the phase and its aliases.
pub const SHORT_HELP: &str = "Enable kubelet client certificate rotation";

const LONG_HELP: &str = "Point kubelet.conf at the kubelet's rotatable client certificate \
(kubelet-client-current.pem in the kubelet's certificate directory), so the kubeconfig keeps \
working when the kubelet renews its certificate. The file is checked first: it must hold the \
certificate and its key, be signed by the cluster CA and name this node. When the file does not \
exist the kubelet does not rotate, and kubelet.conf is left as it is.";

/// The run function the phase and its aliases share.
pub fn run_fn() -> RunFn<InitContext> {
    Arc::new(|ctx: &mut InitContext| {
        run(ctx)?;
        Ok(())
    })
}

/// The `cert-rotation` phase (a child of `kubelet-finalize`).
pub fn phase() -> Phase<InitContext> {
    Phase::new(NAME)
        .short(SHORT_HELP)
        .long(LONG_HELP)
        .example("kadm init phase kubelet-finalize cert-rotation --dry-run")
        .exclusive_group(KUBELET_CLIENT_ROTATION_GROUP)
        .run_shared(run_fn())
}
