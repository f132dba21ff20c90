//! The `kubelet-finalize` phase group: settings for the kubelet after its TLS bootstrap.
//!
//! Children, in order (the runner adds `all` first):
//! - `cert-rotation`: the canonical phase (crate `kadm-cert-rotation`);
//! - `enable-client-cert-rotation`: kubeadm v1.31's name for it, hidden, not deprecated, so
//!   scripts written for kubeadm v1.31 and later keep working;
//! - `experimental-cert-rotation`: the deprecated name (crate `kadm-experimental-cert-rotation`).
//!
//! All three share one exclusive group: only `cert-rotation` runs under `all` or a full `init`,
//! skipping any of them skips the group, and naming two is an error.

use kadm_cert_rotation::{KUBELET_CLIENT_ROTATION_GROUP, SHORT_HELP, run_fn};
use kadm_init_context::InitContext;
use kadm_phase_runner::Phase;

/// The group's name.
pub const NAME: &str = "kubelet-finalize";

/// The name kubeadm v1.31 gave the rotation phase, kept as a hidden compatible alias.
pub const ENABLE_CLIENT_CERT_ROTATION: &str = "enable-client-cert-rotation";

/// The hidden `enable-client-cert-rotation` alias: same run function, same group, no warning.
pub fn enable_client_cert_rotation() -> Phase<InitContext> {
    Phase::new(ENABLE_CLIENT_CERT_ROTATION)
        .short(SHORT_HELP)
        .hidden()
        .exclusive_group(KUBELET_CLIENT_ROTATION_GROUP)
        .run_shared(run_fn())
}

/// The `kubelet-finalize` group with its children.
pub fn phase() -> Phase<InitContext> {
    Phase::new(NAME)
        .short("Updates settings relevant to the kubelet after TLS bootstrap")
        .example("# Update kubelet.conf after the kubelet's TLS bootstrap\nkadm init phase kubelet-finalize all --config config.yaml")
        .children([
            kadm_cert_rotation::phase(),
            enable_client_cert_rotation(),
            kadm_experimental_cert_rotation::phase(),
        ])
}
