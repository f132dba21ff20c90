//! The phases of `kadm init` and `kadm join`, registered in kubeadm's order. Adding a phase is one
//! line here.

use kadm_init_context::InitContext;
use kadm_phase_runner::{DefinitionError, Workflow};

/// The `init` workflow: every registered phase crate's tree, in kubeadm's order.
pub fn init_workflow() -> Result<Workflow<InitContext>, DefinitionError> {
    Workflow::new(
        "init",
        vec![
            kadm_preflight::phase(),
            kadm_certs::phase(),
            kadm_kubeconfig::phase(),
            kadm_etcd_local::phase(),
            kadm_control_plane::phase(),
            kadm_kubelet_start::phase(),
            kadm_wait_control_plane::phase(),
            kadm_upload_config::phase(),
            kadm_upload_certs::phase(),
            kadm_mark_control_plane::phase(),
            kadm_bootstrap_token_phase::phase(),
            kadm_kubelet_finalize::phase(),
            kadm_addons::phase(),
            kadm_show_join_command::phase(),
        ],
    )
}

/// The `join` workflow: a worker's phases and a control plane's, in kubeadm's order.
pub fn join_workflow() -> Result<Workflow<InitContext>, DefinitionError> {
    Workflow::new(
        "join",
        vec![
            kadm_join::preflight_phase(),
            kadm_join_control_plane::prepare_phase(),
            kadm_join::kubelet_start_phase(),
            kadm_join_control_plane::join_phase(),
        ],
    )
}
