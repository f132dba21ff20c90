//! The `upload-config` phase of `kadm init`: the objects kubeadm's `upload-config` creates through
//! the API server, written as one manifest, `<objects dir>/upload-config.yaml`
//! (`/etc/kubernetes/cluster-objects/upload-config.yaml`), for `kubectl apply --server-side -f`
//! once the API server runs.
//!
//! Children, kubeadm's names and order (the runner adds `all`):
//! - `kubeadm`: the ConfigMap `kube-system/kubeadm-config` (key `ClusterConfiguration`: the
//!   ClusterConfiguration used, v1beta4), the Role `kubeadm:nodes-kubeadm-config` that may get it,
//!   and its RoleBinding to the default bootstrap token group and `system:nodes` (upstream
//!   `phases/uploadconfig/uploadconfig.go`);
//! - `kubelet`: the ConfigMap `kube-system/kubelet-config` (key `kubelet`: the cluster-wide
//!   KubeletConfiguration, signed with kubeadm's hash annotation unless the config file supplied
//!   one), the Role `kubeadm:kubelet-config` and its RoleBinding to `system:nodes` and the
//!   default bootstrap token group (upstream `phases/kubelet/config.go`).
//!
//! One file for the phase: the file always holds the objects of both children, in that order,
//! except a child skipped in a full run (`--skip-phases upload-config/kubeadm`). The last child
//! of the run writes it (the objects are a function of the configuration, so running one child
//! alone rewrites the same file), which keeps one file per phase in the objects directory.

use std::path::PathBuf;

use kadm_config::ValidConfig;
use kadm_init_context::{Credentials, InitContext, Tag};
use kadm_kube_objects::k8s_openapi::api::core::v1::ConfigMap;
use kadm_kube_objects::k8s_openapi::api::rbac::v1::{
    PolicyRule, Role, RoleBinding, RoleRef, Subject,
};
use kadm_kube_objects::{KUBE_SYSTEM, Manifest, SortedYamlError, meta, string_map};
use kadm_kubelet_start::host::RealMachine;
use kadm_kubelet_start::{kubelet_configuration, node_facts_once};
use kadm_node_fs::{FileSpec, FsError, MODE_PUBLIC};
use kadm_phase_runner::Phase;
use serde_json::json;

/// The phase's name.
pub const NAME: &str = "upload-config";
/// The tag of its lines.
pub const TAG: Tag = Tag::new(NAME);
/// The phase's file in the objects directory.
pub const FILE: &str = "upload-config.yaml";
/// The ConfigMap that holds the ClusterConfiguration.
pub const KUBEADM_CONFIG: &str = "kubeadm-config";
/// Its data key.
pub const CLUSTER_CONFIGURATION_KEY: &str = "ClusterConfiguration";
/// The Role (and RoleBinding) that lets nodes and bootstrappers read [`KUBEADM_CONFIG`].
pub const NODES_KUBEADM_CONFIG_ROLE: &str = "kubeadm:nodes-kubeadm-config";
/// The ConfigMap that holds the cluster-wide KubeletConfiguration.
pub const KUBELET_CONFIG: &str = "kubelet-config";
/// Its data key.
pub const KUBELET_KEY: &str = "kubelet";
/// The Role (and RoleBinding) that lets nodes and bootstrappers read [`KUBELET_CONFIG`].
pub const KUBELET_CONFIG_ROLE: &str = "kubeadm:kubelet-config";
/// The group of kubeadm's default bootstrap tokens (whatever groups the config's tokens name,
/// kubeadm binds this one).
pub const BOOTSTRAP_GROUP: &str = "system:bootstrappers:kubeadm:default-node-token";
/// The group of every node's credentials.
pub const NODES_GROUP: &str = "system:nodes";
/// kubeadm's annotation with the hash of a component config it generated (absent when the user
/// supplied the config), which `kubeadm upgrade` uses to tell generated from edited.
pub const HASH_ANNOTATION: &str = "kubeadm.kubernetes.io/component-config.hash";

const RBAC_GROUP: &str = "rbac.authorization.k8s.io";

/// Why the phase failed.
#[derive(Debug, thiserror::Error)]
pub enum UploadConfigError {
    /// An object could not be printed.
    #[error("cannot print the upload-config objects as YAML")]
    Encode(#[source] SortedYamlError),
    /// The file could not be read or written.
    #[error("cannot write the upload-config objects")]
    Files(#[source] FsError),
}

/// One child: its name, its help, and what it adds to the manifest.
struct Child {
    name: &'static str,
    short: &'static str,
    add: fn(&mut InitContext, &mut Manifest) -> Result<(), UploadConfigError>,
}

const CHILDREN: [Child; 2] = [
    Child {
        name: "kubeadm",
        short: "Upload the kubeadm ClusterConfiguration to a ConfigMap",
        add: add_kubeadm_objects,
    },
    Child {
        name: "kubelet",
        short: "Upload the kubelet component config to a ConfigMap",
        add: add_kubelet_objects,
    },
];

const LONG: &str = "Writes the objects kubeadm's upload-config creates in the cluster to \
/etc/kubernetes/cluster-objects/upload-config.yaml: the kubeadm-config ConfigMap (the \
ClusterConfiguration used), the kubelet-config ConfigMap (the kubelets' configuration), and the \
Roles and RoleBindings that let nodes and bootstrap tokens read them. Apply them once the API \
server runs: kubectl apply --server-side -f /etc/kubernetes/cluster-objects/";

/// The `upload-config` phase and its children.
pub fn phase() -> Phase<InitContext> {
    Phase::new(NAME)
        .short("Upload the kubeadm and kubelet configuration to a ConfigMap")
        .long(LONG)
        .example("  # Write the objects of both children\n  kadm init phase upload-config all --config config.yaml")
        .children(CHILDREN.iter().map(|child| {
            Phase::new(child.name)
                .short(child.short)
                .run(move |ctx: &mut InitContext| {
                    if let Some(path) = run_child(ctx, child.name)? {
                        ctx.apply_file(TAG, &path, Credentials::Admin)?;
                    }
                    Ok(())
                })
        }))
}

fn child_path(name: &str) -> String {
    format!("{NAME}/{name}")
}

/// The children whose objects go in the file this run: every child, but those a full run
/// skips (the parent is planned and the child is not).
fn included(ctx: &InitContext) -> Vec<&'static Child> {
    let whole = ctx.is_planned(NAME);
    CHILDREN
        .iter()
        .filter(|c| !whole || ctx.is_planned(&child_path(c.name)))
        .collect()
}

/// Runs one child: says what it contributes and, when it is the last child of the run, writes
/// the file. Returns the file when this child wrote (or kept) it.
pub fn run_child(ctx: &mut InitContext, name: &str) -> Result<Option<PathBuf>, UploadConfigError> {
    let path = ctx.paths.objects_dir.join(FILE);
    let shown = path.display().to_string();
    match name {
        "kubeadm" => ctx.out.info(
            TAG,
            &format!(
                "Storing the configuration used in ConfigMap {KUBEADM_CONFIG:?} in the \
                 {KUBE_SYSTEM:?} Namespace, with the RBAC rules that let nodes read it, in \
                 {shown:?}"
            ),
        ),
        _ => ctx.out.info(
            TAG,
            &format!(
                "Storing the configuration for the kubelets in the cluster in ConfigMap \
                 {KUBELET_CONFIG:?} in the {KUBE_SYSTEM:?} Namespace, with its RBAC rules, in \
                 {shown:?}"
            ),
        ),
    }
    let last_planned = CHILDREN
        .iter()
        .rev()
        .find(|c| ctx.is_planned(&child_path(c.name)))
        .map_or(name, |c| c.name);
    if last_planned != name {
        return Ok(None);
    }
    let mut manifest = Manifest::new();
    for child in included(ctx) {
        (child.add)(ctx, &mut manifest)?;
    }
    let text = manifest.to_text();
    let written = ctx
        .commit_changed(vec![FileSpec {
            path: path.clone(),
            contents: text.into_bytes(),
            mode: MODE_PUBLIC,
        }])
        .map_err(UploadConfigError::Files)?;
    let line = if written == [false] {
        format!("Using the existing {shown:?}: it is up to date")
    } else {
        format!("Writing {} objects to {shown:?}", manifest.len())
    };
    ctx.out.info(TAG, &line);
    ctx.result(json!({
        "file": shown,
        "objects": manifest.len(),
    }));
    Ok(Some(path))
}

/// A Role in kube-system that may `get` the one ConfigMap `config_map`.
fn reader_role(name: &str, config_map: &str) -> Role {
    Role {
        metadata: meta(name, Some(KUBE_SYSTEM), &[]),
        rules: Some(vec![PolicyRule {
            api_groups: Some(vec![String::new()]),
            resources: Some(vec!["configmaps".into()]),
            resource_names: Some(vec![config_map.into()]),
            verbs: vec!["get".into()],
            ..PolicyRule::default()
        }]),
    }
}

/// A RoleBinding of the Role `name` (same name) to `groups`, in order.
fn binding(name: &str, groups: &[&str]) -> RoleBinding {
    RoleBinding {
        metadata: meta(name, Some(KUBE_SYSTEM), &[]),
        role_ref: RoleRef {
            api_group: RBAC_GROUP.into(),
            kind: "Role".into(),
            name: name.into(),
        },
        subjects: Some(
            groups
                .iter()
                .map(|group| Subject {
                    api_group: Some(RBAC_GROUP.into()),
                    kind: "Group".into(),
                    name: (*group).into(),
                    namespace: None,
                })
                .collect(),
        ),
    }
}

/// The ClusterConfiguration as kubeadm uploads it: the v1beta4 document used, keys sorted.
pub fn cluster_configuration_yaml(config: &ValidConfig) -> Result<String, SortedYamlError> {
    kadm_sorted_yaml::to_yaml(&config.config().cluster)
}

fn add_kubeadm_objects(
    ctx: &mut InitContext,
    manifest: &mut Manifest,
) -> Result<(), UploadConfigError> {
    let yaml = cluster_configuration_yaml(&ctx.config).map_err(UploadConfigError::Encode)?;
    push_all(
        manifest,
        &config_map(KUBEADM_CONFIG, CLUSTER_CONFIGURATION_KEY, &yaml),
        &reader_role(NODES_KUBEADM_CONFIG_ROLE, KUBEADM_CONFIG),
        &binding(NODES_KUBEADM_CONFIG_ROLE, &[BOOTSTRAP_GROUP, NODES_GROUP]),
    )
}

fn add_kubelet_objects(
    ctx: &mut InitContext,
    manifest: &mut Manifest,
) -> Result<(), UploadConfigError> {
    let node = node_facts_once(ctx, &RealMachine);
    let kubelet = kubelet_configuration(&ctx.config, &node).config;
    let yaml = kubelet.to_yaml().map_err(UploadConfigError::Encode)?;
    let mut signed = config_map(KUBELET_CONFIG, KUBELET_KEY, &yaml);
    if ctx.config.kubelet_configuration().is_none() {
        let hash = config_map_hash(&signed);
        signed.metadata.annotations = Some(string_map(&[(HASH_ANNOTATION, &hash)]));
    }
    push_all(
        manifest,
        &signed,
        &reader_role(KUBELET_CONFIG_ROLE, KUBELET_CONFIG),
        &binding(KUBELET_CONFIG_ROLE, &[NODES_GROUP, BOOTSTRAP_GROUP]),
    )
}

/// A ConfigMap in kube-system with one data key.
fn config_map(name: &str, key: &str, text: &str) -> ConfigMap {
    ConfigMap {
        metadata: meta(name, Some(KUBE_SYSTEM), &[]),
        data: Some(string_map(&[(key, text)])),
        ..ConfigMap::default()
    }
}

fn push_all(
    manifest: &mut Manifest,
    config_map: &ConfigMap,
    role: &Role,
    binding: &RoleBinding,
) -> Result<(), UploadConfigError> {
    manifest
        .push(config_map)
        .and_then(|m| m.push(role))
        .and_then(|m| m.push(binding))
        .map(|_| ())
        .map_err(UploadConfigError::Encode)
}

/// kubeadm's checksum of a ConfigMap (`ChecksumForConfigMap`): SHA-256 over the values of `data`
/// in key order, then those of `binaryData` in key order, as `sha256:<hex>`.
pub fn config_map_hash(config_map: &ConfigMap) -> String {
    let mut bytes = Vec::new();
    for value in config_map.data.iter().flat_map(|d| d.values()) {
        bytes.extend_from_slice(value.as_bytes());
    }
    for value in config_map.binary_data.iter().flat_map(|d| d.values()) {
        bytes.extend_from_slice(&value.0);
    }
    format!("sha256:{}", kadm_pki::sha256_hex(&bytes))
}

#[cfg(test)]
mod tests;
