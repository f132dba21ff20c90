//! The `control-plane` phase of `kadm init` and its children `apiserver`, `controller-manager`
//! and `scheduler`: the static Pod manifests `kube-apiserver.yaml`,
//! `kube-controller-manager.yaml` and `kube-scheduler.yaml`, with the flags, volumes, probes and
//! resources kubeadm gives them (kubeadm's `controlplane/manifests.go` and `volumes.go`).

mod components;
mod volumes;

use std::path::{Path, PathBuf};

use kadm_init_context::{InitContext, Tag};
use kadm_phase_runner::{BoxError, Phase};
use kadm_static_pod::StaticPodError;

pub use components::{
    ANNOTATION_ENDPOINT, APISERVER, CONTROLLER_MANAGER, CONTROLLER_MANAGER_PORT, Node, SCHEDULER,
    SCHEDULER_PORT, apiserver, component, controller_manager, probe_endpoint, scheduler,
};
pub use volumes::{CA_CERTS_EXTRA_PATHS, FLEXVOLUME_DIR};

/// The phase's name.
pub const NAME: &str = "control-plane";
/// The tag of the phase's log lines.
pub const TAG: Tag = Tag::new("control-plane");

/// The children: phase name and the component it writes.
const CHILDREN: [(&str, &str, &str); 3] = [
    (
        "apiserver",
        APISERVER,
        "Generates the kube-apiserver static Pod manifest",
    ),
    (
        "controller-manager",
        CONTROLLER_MANAGER,
        "Generates the kube-controller-manager static Pod manifest",
    ),
    (
        "scheduler",
        SCHEDULER,
        "Generates the kube-scheduler static Pod manifest",
    ),
];

const LONG: &str = "Writes the static Pod manifests of the control plane into \
/etc/kubernetes/manifests (mode 0600): kube-apiserver.yaml, kube-controller-manager.yaml and \
kube-scheduler.yaml, with the flags kubeadm gives each component (certificate, key and \
kubeconfig paths, service CIDR, Node,RBAC authorization, NodeRestriction, front-proxy, service \
accounts, etcd), then the component's extraArgs; its extraVolumes and extraEnvs; the image \
<imageRepository>/<component>:<kubernetesVersion>.";

const EXAMPLE: &str = "  # Write every control-plane static Pod manifest\n  kadm init phase \
control-plane all\n\n  # Write only the API server's, with options from a configuration file\n  \
kadm init phase control-plane apiserver --config config.yaml";

/// The `control-plane` phase and its children (the runner adds `all`).
pub fn phase() -> Phase<InitContext> {
    Phase::new(NAME)
        .short("Generate all static Pod manifest files necessary to establish the control plane")
        .long(LONG)
        .example(EXAMPLE)
        .children(CHILDREN.iter().map(|(phase, name, short)| {
            Phase::new(*phase)
                .short(*short)
                .run(move |ctx: &mut InitContext| run(ctx, name).map_err(BoxError::from))
        }))
}

/// Writes the manifest of one component (`kube-apiserver`, ...).
pub fn run(ctx: &mut InitContext, name: &str) -> Result<(), StaticPodError> {
    let node = node_facts(ctx)?;
    let component = component(&ctx.config, &node, name);
    kadm_static_pod::write(ctx, TAG, &[component])
}

/// What the manifests need to know about the node: where the kubeconfig files are (as the node
/// sees them), which system CA directories exist, whether the CA key is absent (external CA
/// mode), and the proxy variables of kadm's environment (kubeadm passes them on).
pub fn node_facts(ctx: &InitContext) -> Result<Node, StaticPodError> {
    let root = ctx.fs();
    let kubeconfig_dir = root
        .node_path(&ctx.paths.kubeconfig_dir)
        .unwrap_or_else(|| PathBuf::from(kadm_init_context::paths::DEFAULT_KUBECONFIG_DIR));
    let mut ca_certs_extra = Vec::new();
    for path in CA_CERTS_EXTRA_PATHS {
        if root.entry(&root.host_path(path))?.is_some() {
            ca_certs_extra.push(path.to_string());
        }
    }
    let exists = |file: &str| -> Result<bool, StaticPodError> {
        Ok(root.exists(&ctx.paths.cert_dir.join(file))?)
    };
    let external_ca = exists("ca.crt")? && !exists("ca.key")?;
    Ok(Node {
        kubeconfig_dir: kubeconfig_dir.display().to_string(),
        ca_certs_extra,
        external_ca,
        // `vars_os`: a variable that is not UTF-8 is skipped, where `vars` would panic.
        proxy_env: kadm_static_pod::proxy_env(
            std::env::vars_os()
                .filter_map(|(k, v)| Some((k.into_string().ok()?, v.into_string().ok()?))),
        ),
    })
}

/// `<dir>/<file>` as a string.
pub(crate) fn join(dir: &str, file: &str) -> String {
    Path::new(dir).join(file).display().to_string()
}
