//! The `mark-control-plane` phase: the labels and taints kubeadm puts on a control-plane Node,
//! written as `mark-control-plane.yaml` in the cluster-objects directory.
//!
//! The file holds only the Node's name, the two labels and the taints, so `kubectl apply
//! --server-side` merges the labels into the Node the kubelet registered and leaves every other
//! field to its owner. `spec.taints` is an atomic list in the Node schema: the apply sets the
//! whole list. The kubelet registers the node with the same taints (kubeadm's
//! `--register-with-taints`), so the values agree; with `taints: []` the file has no `spec`, so it
//! never removes a taint.

use std::path::PathBuf;

use kadm_config::types::Taint as ConfigTaint;
use kadm_init_context::{Causes, ClusterError, Credentials, InitContext, Tag};
use kadm_kube_api::Outcome;
use kadm_kube_objects::k8s_openapi::api::core::v1::{Node, NodeSpec, Taint};
use kadm_kube_objects::{Manifest, meta};
use kadm_node_fs::{FileSpec, MODE_PUBLIC};
use kadm_phase_runner::Phase;

/// The phase's name.
pub const NAME: &str = "mark-control-plane";
/// The tag of the phase's lines.
pub const TAG: Tag = Tag::new(NAME);
/// The manifest it writes in the cluster-objects directory.
pub const FILE: &str = "mark-control-plane.yaml";
/// The labels every control-plane node gets (value `""`), in kubeadm's order.
pub const LABELS: [&str; 2] = [
    "node-role.kubernetes.io/control-plane",
    "node.kubernetes.io/exclude-from-external-load-balancers",
];
/// The taint kubeadm gives a control-plane node when `nodeRegistration.taints` is not set.
pub const DEFAULT_TAINT: (&str, &str) = ("node-role.kubernetes.io/control-plane", "NoSchedule");
/// The effects a taint may have.
pub const EFFECTS: [&str; 3] = ["NoSchedule", "PreferNoSchedule", "NoExecute"];

/// Why the phase failed.
#[derive(Debug, thiserror::Error)]
pub enum MarkControlPlaneError {
    /// A taint kubeadm would refuse.
    #[error(
        "InitConfiguration.nodeRegistration.taints[{index}]: {problem}; a taint is key, optional \
         value and an effect of NoSchedule, PreferNoSchedule or NoExecute"
    )]
    Taint {
        /// Which taint.
        index: usize,
        /// What is wrong.
        problem: String,
    },
    /// Printing the object.
    #[error("cannot print the Node: {}", Causes(.cause))]
    Yaml {
        /// Why.
        cause: kadm_kube_objects::SortedYamlError,
    },
    /// Reading or writing the file.
    #[error("{}", Causes(.cause))]
    Fs {
        /// Why.
        cause: kadm_node_fs::FsError,
    },
}

/// The `mark-control-plane` phase.
pub fn phase() -> Phase<InitContext> {
    Phase::new(NAME)
        .short("Mark a node as a control-plane")
        .long(
            "Writes mark-control-plane.yaml in the cluster-objects directory: this node's \
             control-plane labels and the taints of nodeRegistration.taints (by default \
             node-role.kubernetes.io/control-plane:NoSchedule), for `kubectl apply --server-side`.",
        )
        .example("# Write the labels and taints of this control-plane node\nkadm init phase mark-control-plane --config config.yaml")
        .run(|ctx| {
            let taints = run(ctx)?;
            Ok(mark_live_node(ctx, &taints)?)
        })
}

/// The taints of `nodeRegistration.taints`: kubeadm's default when unset, none for `[]`.
pub fn taints(configured: Option<&[ConfigTaint]>) -> Result<Vec<Taint>, MarkControlPlaneError> {
    let Some(configured) = configured else {
        return Ok(vec![Taint {
            key: DEFAULT_TAINT.0.to_string(),
            effect: DEFAULT_TAINT.1.to_string(),
            ..Taint::default()
        }]);
    };
    configured
        .iter()
        .enumerate()
        .map(|(index, t)| {
            let fail = |problem: String| MarkControlPlaneError::Taint { index, problem };
            if t.key.is_empty() {
                return Err(fail("the key is empty".into()));
            }
            if !EFFECTS.contains(&t.effect.as_str()) {
                return Err(fail(format!(
                    "unknown effect {}",
                    kadm_config::excerpt::value(&t.effect)
                )));
            }
            Ok(Taint {
                key: t.key.clone(),
                value: (!t.value.is_empty()).then(|| t.value.clone()),
                effect: t.effect.clone(),
                // timeAdded is set by the API server for NoExecute taints; kubeadm never sends it.
                time_added: None,
            })
        })
        .collect()
}

/// `key=value:effect` (or `key:effect`), as kubectl and kubeadm print a taint.
pub fn taint_string(t: &Taint) -> String {
    match &t.value {
        Some(value) => format!("{}={value}:{}", t.key, t.effect),
        None => format!("{}:{}", t.key, t.effect),
    }
}

/// The Node object: name, labels and (when there are any) taints, nothing else.
pub fn node(name: &str, taints: &[Taint]) -> Node {
    let labels: Vec<(&str, &str)> = LABELS.iter().map(|l| (*l, "")).collect();
    Node {
        metadata: meta(name, None, &labels),
        spec: (!taints.is_empty()).then(|| NodeSpec {
            taints: Some(taints.to_vec()),
            ..NodeSpec::default()
        }),
        status: None,
    }
}

/// The manifest's path.
pub fn manifest_path(ctx: &InitContext) -> PathBuf {
    ctx.paths.objects_dir.join(FILE)
}

/// Online, patches the labels and the taints onto the Node the kubelet registered (waiting for
/// it up to `timeouts.kubernetesAPICall`), adding the taints to those it has, as kubeadm does:
/// an apply of the file would replace the Node's whole taint list.
fn mark_live_node(ctx: &mut InitContext, taints: &[Taint]) -> Result<(), ClusterError> {
    if !ctx.online() {
        return Ok(());
    }
    let name = ctx.config.node_name().to_string();
    let client = ctx.client(Credentials::Admin)?;
    let timeout = ctx.config.kubernetes_api_call();
    let outcome = client
        .mark_node(&name, &LABELS, taints, timeout)
        .map_err(|cause| ClusterError::Api {
            file: format!("Node {name}"),
            cause: Box::new(cause),
        })?;
    let said = match outcome {
        Outcome::Unchanged => "already has the control-plane labels and taints",
        _ => "now has the control-plane labels and taints",
    };
    ctx.out.info(TAG, &format!("The node {name} {said}"));
    Ok(())
}

fn run(ctx: &mut InitContext) -> Result<Vec<Taint>, MarkControlPlaneError> {
    let name = ctx.config.node_name().to_string();
    let registration = &ctx.config.config().init.node_registration;
    let taints = taints(registration.taints.as_deref())?;
    let text = Manifest::of(&node(&name, &taints))
        .map_err(|cause| MarkControlPlaneError::Yaml { cause })?
        .to_text();
    ctx.out.info(
        TAG,
        &format!(
            "Marking the node {name} as control-plane by adding the labels: [{}]",
            LABELS.join(" ")
        ),
    );
    if !taints.is_empty() {
        let shown: Vec<String> = taints.iter().map(taint_string).collect();
        ctx.out.info(
            TAG,
            &format!(
                "Marking the node {name} as control-plane by adding the taints [{}]",
                shown.join(" ")
            ),
        );
    }
    let path = manifest_path(ctx);
    ctx.commit_changed(vec![FileSpec {
        path: path.clone(),
        contents: text.into_bytes(),
        mode: MODE_PUBLIC,
    }])
    .map_err(|cause| MarkControlPlaneError::Fs { cause })?;
    ctx.result(serde_json::json!({
        "file": path.display().to_string(),
        "node": name,
        "labels": LABELS,
        "taints": taints.iter().map(taint_string).collect::<Vec<_>>(),
    }));
    Ok(taints)
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use kadm_init_context::{MemoryOutput, Paths, Root, Stream};
    use kadm_test_support::fixtures::config;

    use super::*;

    fn run_with(dir: &std::path::Path, taints: Option<Vec<ConfigTaint>>) -> (String, Vec<String>) {
        let mut c = config();
        c.init.node_registration.taints = taints;
        let out = Arc::new(MemoryOutput::default());
        let paths = Paths::defaults_under(Root::at(dir));
        let mut ctx = InitContext::new(c.validate().unwrap(), paths, out.clone());
        let _ = run(&mut ctx).unwrap();
        let text = std::fs::read_to_string(manifest_path(&ctx)).unwrap();
        (text, out.of(Stream::Info))
    }

    #[test]
    fn the_default_is_kubeadms_label_and_taint() {
        let dir = tempfile::tempdir().unwrap();
        let (text, info) = run_with(dir.path(), None);
        assert_eq!(
            text,
            "apiVersion: v1\nkind: Node\nmetadata:\n  labels:\n    \
             node-role.kubernetes.io/control-plane: \"\"\n    \
             node.kubernetes.io/exclude-from-external-load-balancers: \"\"\n  name: node-1\n\
             spec:\n  taints:\n  - effect: NoSchedule\n    key: \
             node-role.kubernetes.io/control-plane\n"
        );
        assert_eq!(
            info,
            [
                "[mark-control-plane] Marking the node node-1 as control-plane by adding the labels: [node-role.kubernetes.io/control-plane node.kubernetes.io/exclude-from-external-load-balancers]",
                "[mark-control-plane] Marking the node node-1 as control-plane by adding the taints [node-role.kubernetes.io/control-plane:NoSchedule]",
            ]
        );
        let path = dir.path().join("etc/kubernetes/cluster-objects").join(FILE);
        let modified = std::fs::metadata(&path).unwrap().modified().unwrap();
        std::thread::sleep(std::time::Duration::from_millis(20));
        assert_eq!(run_with(dir.path(), None).0, text);
        assert_eq!(
            std::fs::metadata(&path).unwrap().modified().unwrap(),
            modified
        );
    }

    #[test]
    fn an_empty_list_means_no_taint_and_no_spec() {
        let dir = tempfile::tempdir().unwrap();
        let (text, info) = run_with(dir.path(), Some(vec![]));
        assert!(!text.contains("spec"), "{text}");
        assert_eq!(info.len(), 1, "{info:?}");
    }

    #[test]
    fn configured_taints_are_used_and_checked() {
        let dir = tempfile::tempdir().unwrap();
        let t = |key: &str, value: &str, effect: &str| ConfigTaint {
            key: key.into(),
            value: value.into(),
            effect: effect.into(),
            time_added: String::new(),
        };
        let (text, info) = run_with(dir.path(), Some(vec![t("dedicated", "infra", "NoExecute")]));
        assert!(
            text.contains("  - effect: NoExecute\n    key: dedicated\n    value: infra\n"),
            "{text}"
        );
        assert!(info[1].ends_with("[dedicated=infra:NoExecute]"), "{info:?}");
        let err = taints(Some(&[t("a", "", "Never")]))
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with(
                "InitConfiguration.nodeRegistration.taints[0]: unknown effect \"Never\""
            ),
            "{err}"
        );
        assert!(taints(Some(&[t("", "", "NoSchedule")])).is_err());
    }

    #[test]
    #[cfg_attr(
        kadm_skip_kubernetes_validate,
        ignore = "needs kubernetes-validate, not found"
    )]
    fn the_manifest_passes_the_schemas() {
        let dir = tempfile::tempdir().unwrap();
        run_with(dir.path(), None);
        kadm_test_support::schemas::assert_valid(&[&dir
            .path()
            .join("etc/kubernetes/cluster-objects")
            .join(FILE)]);
    }
}
