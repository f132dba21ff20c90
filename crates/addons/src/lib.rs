//! The `addon` phase group of `kadm init`: the objects kubeadm creates through the API server for
//! the cluster's DNS and Service proxy, written as manifests for `kubectl apply --server-side -f`.
//!
//! Children, in kubeadm's order (the runner adds `all` first):
//! - `coredns`: [`COREDNS_FILE`], the CoreDNS ConfigMap, RBAC, ServiceAccount, Deployment and the
//!   `kube-dns` Service; skipped, with a note, when `dns.disabled` is true;
//! - `kube-proxy`: [`KUBE_PROXY_FILE`], kube-proxy's ServiceAccount, RBAC, ConfigMap and
//!   DaemonSet; skipped, with a note, when `proxy.disabled` is true.
//!
//! Each file lands in the cluster-objects directory (`/etc/kubernetes/cluster-objects`), mode
//! 0644 (no secret in either), built from `k8s-openapi`'s typed structs and printed with sorted
//! keys: the same configuration always gives the same bytes.

mod coredns;
mod error;
mod proxy;

use kadm_init_context::{Credentials, InitContext, Tag};
use kadm_kube_objects::Manifest;
use kadm_kube_objects::k8s_openapi::api::rbac::v1::Subject;
use kadm_kube_objects::k8s_openapi::apimachinery::pkg::apis::meta::v1::{
    LabelSelector, ObjectMeta,
};
use kadm_kube_objects::{KUBE_SYSTEM, string_map};
use kadm_node_fs::{FileSpec, MODE_PUBLIC};
use kadm_phase_runner::{Phase, PhaseResult};

pub use coredns::{
    COREDNS_FILE, coredns_image, coredns_manifest, coredns_version, corefile, dns_service_ip,
};
pub use error::AddonError;
pub use proxy::{
    ClientConnection, Conntrack, DetectLocal, Ipvs, KUBE_PROXY_FILE, KUBE_PROXY_KUBECONFIG,
    KubeProxyConfiguration, Logging, SyncSettings, Winkernel, kube_proxy_image,
    kube_proxy_kubeconfig, kube_proxy_manifest,
};

/// The group's name.
pub const NAME: &str = "addon";

/// The tag of the group's log lines, as kubeadm's (`[addons]`).
pub const TAG: Tag = Tag::new("addons");

/// The taint kubeadm puts on control-plane nodes; CoreDNS tolerates it.
pub(crate) const CONTROL_PLANE_TAINT: &str = "node-role.kubernetes.io/control-plane";

/// The node selector both addons use.
pub(crate) const LINUX_NODES: (&str, &str) = ("kubernetes.io/os", "linux");

/// The RBAC API group.
pub(crate) const RBAC_GROUP: &str = "rbac.authorization.k8s.io";

/// A selector matching one label.
pub(crate) fn selector(label: (&str, &str)) -> LabelSelector {
    LabelSelector {
        match_labels: Some(string_map(&[label])),
        ..LabelSelector::default()
    }
}

/// A Pod template's metadata: one label, nothing else.
pub(crate) fn template_meta(label: (&str, &str)) -> ObjectMeta {
    ObjectMeta {
        labels: Some(string_map(&[label])),
        ..ObjectMeta::default()
    }
}

/// The ServiceAccount `name` in kube-system, as an RBAC subject.
pub(crate) fn service_account_subject(name: &str) -> Subject {
    Subject {
        kind: "ServiceAccount".into(),
        name: name.into(),
        namespace: Some(KUBE_SYSTEM.into()),
        ..Subject::default()
    }
}

/// One addon: its phase name, what the user calls it, the field that disables it, its file and
/// how its objects are built.
struct Addon {
    phase: &'static str,
    title: &'static str,
    disabled_field: &'static str,
    disabled: fn(&InitContext) -> bool,
    file: &'static str,
    build: fn(&kadm_config::ValidConfig) -> Result<Manifest, AddonError>,
}

static COREDNS: Addon = Addon {
    phase: "coredns",
    title: "CoreDNS",
    disabled_field: "dns.disabled",
    disabled: |ctx| ctx.config.config().cluster.dns.disabled,
    file: COREDNS_FILE,
    build: coredns_manifest,
};

static KUBE_PROXY: Addon = Addon {
    phase: "kube-proxy",
    title: "kube-proxy",
    disabled_field: "proxy.disabled",
    disabled: |ctx| ctx.config.config().cluster.proxy.disabled,
    file: KUBE_PROXY_FILE,
    build: kube_proxy_manifest,
};

impl Addon {
    /// The phase: skipped with a note when disabled, else builds and writes the file.
    fn phase(&'static self) -> Phase<InitContext> {
        Phase::new(self.phase)
            .short(format!(
                "Install the {} addon to a Kubernetes cluster",
                self.title
            ))
            .run_if(move |ctx: &InitContext| {
                let disabled = (self.disabled)(ctx);
                if disabled {
                    ctx.out.info(
                        TAG,
                        &format!(
                            "Not writing the {} addon: {} is true in the ClusterConfiguration",
                            self.title, self.disabled_field
                        ),
                    );
                    let earlier = ctx.paths.objects_dir.join(self.file);
                    if ctx.fs().exists(&earlier).unwrap_or(false) {
                        ctx.out.warn(
                            TAG,
                            &format!(
                                "{:?} from an earlier run is still there: remove it before \
                                 applying the directory, or the {} addon is installed anyway",
                                earlier.display().to_string(),
                                self.title
                            ),
                        );
                    }
                }
                Ok(!disabled)
            })
            .run(move |ctx| self.run(ctx))
    }

    fn run(&self, ctx: &mut InitContext) -> PhaseResult {
        let manifest = (self.build)(&ctx.config)?;
        let objects = manifest.len();
        let path = ctx.paths.objects_dir.join(self.file);
        let contents = manifest.into_bytes();
        let shown = path.display().to_string();
        let written = ctx
            .commit_changed(vec![FileSpec {
                path: path.clone(),
                contents,
                mode: MODE_PUBLIC,
            }])
            .map_err(|cause| AddonError::Write {
                path: path.clone(),
                cause,
            })?;
        if written == [false] {
            ctx.out.info(
                TAG,
                &format!(
                    "Using existing {} addon file {shown:?}: unchanged",
                    self.title
                ),
            );
        } else if !ctx.dry_run {
            ctx.out.info(
                TAG,
                &format!(
                    "Wrote the {} addon's {objects} objects to {shown:?}",
                    self.title
                ),
            );
        }
        ctx.result(serde_json::json!({ "file": shown, "objects": objects }));
        ctx.apply_file(TAG, &path, Credentials::Admin)?;
        if ctx.online() {
            ctx.out
                .info(TAG, &format!("Applied essential addon: {}", self.title));
        }
        Ok(())
    }
}

/// The `addon` group with its children.
pub fn phase() -> Phase<InitContext> {
    Phase::new(NAME)
        .short("Install required addons for passing conformance tests")
        .long(
            "Writes the objects kubeadm creates for CoreDNS and kube-proxy as manifests in the \
             cluster-objects directory, for `kubectl apply --server-side -f` once the API \
             server runs.",
        )
        .example(
            "# Write the CoreDNS objects for the cluster in config.yaml\nkadm init phase addon \
             coredns --config config.yaml",
        )
        .children([COREDNS.phase(), KUBE_PROXY.phase()])
}

#[cfg(test)]
mod tests;
