//! The phases of `kadm init`, registered in kubeadm's order. Adding a phase is one line here.

use kadm_init_context::InitContext;
use kadm_phase_runner::{DefinitionError, Workflow};

/// The `init` workflow: every registered phase crate's tree, in kubeadm's order.
pub fn init_workflow() -> Result<Workflow<InitContext>, DefinitionError> {
    Workflow::new(
        "init",
        vec![
            kadm_certs::phase(),
            kadm_kubeconfig::phase(),
            // kubeadm's order: etcd and control-plane (added on other branches) come before.
            kadm_kubelet_start::phase(),
            kadm_upload_config::phase(),
            kadm_kubelet_finalize::phase(),
        ],
    )
}
