//! The control-plane marks on a registered Node: labels set, taints added to those the Node
//! already has (the kubelet's `node.kubernetes.io/not-ready`, a cloud provider's), never a whole
//! list replaced, as kubeadm's `mark-control-plane` does.

use std::collections::BTreeMap;
use std::time::Duration;

use k8s_openapi::api::core::v1::{Node, Taint};
use kube::api::{Api, Patch, PatchParams};
use serde_json::json;
use tokio::time::Instant;

use crate::client::ApiClient;
use crate::error::ApiError;
use crate::retry::{Failed, Stop, classify, until};
use crate::{FIELD_MANAGER, Outcome};

impl ApiClient {
    /// Waits (until `timeout`) for the kubelet to register the Node `name`, then sets each of
    /// `labels` (value `""`) and adds each of `taints` it lacks (a taint is the same when its key
    /// and effect are). The patch carries the Node's resourceVersion, so a write that raced
    /// another (the node controller's) is read again and redone. `Unchanged` when the Node
    /// already had every mark.
    pub fn mark_node(
        &self,
        name: &str,
        labels: &[&str],
        taints: &[Taint],
        timeout: Duration,
    ) -> Result<Outcome, ApiError> {
        let deadline = Instant::now() + timeout;
        let api: Api<Node> = Api::all(self.client.clone());
        let params = PatchParams {
            field_manager: Some(FIELD_MANAGER.to_string()),
            ..PatchParams::default()
        };
        let marked = self
            .runtime
            .block_on(until(deadline, self.request_timeout, || async {
                let Some(node) = api.get_opt(name).await.map_err(|e| classify(&e))? else {
                    return Err(Failed::answered(format!(
                        "no Node {name}: the kubelet has not registered it yet"
                    )));
                };
                let Some(patch) = marks(&node, labels, taints) else {
                    return Ok(Outcome::Unchanged);
                };
                api.patch(name, &params, &Patch::Merge(patch))
                    .await
                    .map_err(|e| classify(&e))?;
                Ok(Outcome::Changed)
            }));
        marked.map_err(|stop| match stop {
            Stop::Failed(failed) => ApiError::NodeRefused {
                server: self.server.clone(),
                node: name.to_string(),
                reason: failed.to_string(),
            },
            Stop::Deadline(last) => ApiError::NodeNotRegistered {
                server: self.server.clone(),
                node: name.to_string(),
                timeout,
                last,
            },
        })
    }
}

/// The merge patch that gives `node` the labels and taints it lacks (its resourceVersion
/// included, so the server refuses it if the Node changed since it was read), or none.
fn marks(node: &Node, labels: &[&str], taints: &[Taint]) -> Option<serde_json::Value> {
    let have = node.metadata.labels.clone().unwrap_or_default();
    let missing_labels: BTreeMap<&str, &str> = labels
        .iter()
        .filter(|l| have.get(**l).is_none_or(|v| !v.is_empty()))
        .map(|l| (*l, ""))
        .collect();
    let mut all_taints: Vec<Taint> = node
        .spec
        .as_ref()
        .and_then(|s| s.taints.clone())
        .unwrap_or_default();
    let before = all_taints.len();
    for taint in taints {
        if !all_taints
            .iter()
            .any(|t| t.key == taint.key && t.effect == taint.effect)
        {
            all_taints.push(taint.clone());
        }
    }
    if missing_labels.is_empty() && all_taints.len() == before {
        return None;
    }
    let mut patch = json!({"metadata": {"resourceVersion": node.metadata.resource_version}});
    if !missing_labels.is_empty() {
        patch["metadata"]["labels"] = json!(missing_labels);
    }
    if all_taints.len() != before {
        patch["spec"] = json!({ "taints": all_taints });
    }
    Some(patch)
}

#[cfg(test)]
mod tests {
    use k8s_openapi::api::core::v1::NodeSpec;
    use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;

    use super::*;

    fn taint(key: &str, effect: &str) -> Taint {
        Taint {
            key: key.into(),
            effect: effect.into(),
            ..Taint::default()
        }
    }

    fn node(labels: &[(&str, &str)], taints: Vec<Taint>) -> Node {
        Node {
            metadata: ObjectMeta {
                name: Some("cp-1".into()),
                resource_version: Some("41".into()),
                labels: Some(
                    labels
                        .iter()
                        .map(|(k, v)| (k.to_string(), v.to_string()))
                        .collect(),
                ),
                ..ObjectMeta::default()
            },
            spec: Some(NodeSpec {
                taints: Some(taints),
                ..NodeSpec::default()
            }),
            status: None,
        }
    }

    const CONTROL_PLANE: &str = "node-role.kubernetes.io/control-plane";

    #[test]
    fn taints_are_added_to_those_the_node_has_and_labels_merged() {
        let not_ready = taint("node.kubernetes.io/not-ready", "NoSchedule");
        let registered = node(
            &[("kubernetes.io/hostname", "cp-1")],
            vec![not_ready.clone()],
        );
        let patch = marks(
            &registered,
            &[CONTROL_PLANE],
            &[taint(CONTROL_PLANE, "NoSchedule")],
        )
        .expect("a patch");
        assert_eq!(
            patch,
            json!({
                "metadata": {"resourceVersion": "41", "labels": {CONTROL_PLANE: ""}},
                "spec": {"taints": [
                    {"key": "node.kubernetes.io/not-ready", "effect": "NoSchedule"},
                    {"key": CONTROL_PLANE, "effect": "NoSchedule"},
                ]},
            })
        );
    }

    #[test]
    fn a_node_with_every_mark_needs_no_patch_and_a_label_with_another_value_is_set() {
        let mark = taint(CONTROL_PLANE, "NoSchedule");
        let done = node(&[(CONTROL_PLANE, "")], vec![mark.clone()]);
        assert_eq!(
            marks(&done, &[CONTROL_PLANE], std::slice::from_ref(&mark)),
            None
        );
        // The same key with another effect is another taint; another value of the label is
        // not the mark.
        let other = node(
            &[(CONTROL_PLANE, "yes")],
            vec![taint(CONTROL_PLANE, "NoExecute")],
        );
        let patch = marks(&other, &[CONTROL_PLANE], &[mark]).expect("a patch");
        assert_eq!(patch["metadata"]["labels"][CONTROL_PLANE], "");
        assert_eq!(patch["spec"]["taints"].as_array().map(Vec::len), Some(2));
    }
}
