use std::path::Path;
use std::sync::Arc;

use kadm_config::Config;
use kadm_init_context::{MemoryOutput, Paths, Root};
use kadm_kubelet_config::KubeletConfiguration;
use kadm_test_support::fixtures::host;

use super::*;

fn context(dir: &Path, config: Config) -> InitContext {
    let paths = Paths::defaults_under(Root::at(dir));
    InitContext::new(
        config.validate().unwrap(),
        paths,
        Arc::new(MemoryOutput::default()),
    )
}

fn config(text: &str) -> Config {
    Config::from_yaml_str(text, Path::new("cluster.yaml"), &host()).unwrap()
}

/// The documents of the written file.
fn documents(dir: &Path) -> Vec<String> {
    let text =
        std::fs::read_to_string(dir.join("etc/kubernetes/cluster-objects/upload-config.yaml"))
            .unwrap();
    text.split("---\n").map(str::to_string).collect()
}

fn run_all(ctx: &mut InitContext) {
    ctx.planned = [
        "upload-config",
        "upload-config/kubeadm",
        "upload-config/kubelet",
    ]
    .map(String::from)
    .to_vec();
    assert_eq!(
        run_child(ctx, "kubeadm").unwrap(),
        None,
        "the last child writes"
    );
    assert!(run_child(ctx, "kubelet").unwrap().is_some());
}

#[test]
fn kubeadm_s_objects_in_kubeadm_s_order() {
    let dir = tempfile::tempdir().unwrap();
    let mut ctx = context(dir.path(), kadm_test_support::fixtures::config());
    run_all(&mut ctx);
    let docs = documents(dir.path());
    assert_eq!(docs.len(), 6);

    let cm: ConfigMap = serde_saphyr::from_str(&docs[0]).unwrap();
    assert_eq!(cm.metadata.name.as_deref(), Some("kubeadm-config"));
    assert_eq!(cm.metadata.namespace.as_deref(), Some("kube-system"));
    let data = cm.data.unwrap();
    let uploaded = &data["ClusterConfiguration"];
    let back = Config::from_yaml_str(uploaded, Path::new("uploaded"), &host()).unwrap();
    assert_eq!(
        back.cluster,
        ctx.config.config().cluster,
        "reads back as the same document"
    );
    assert!(
        uploaded.starts_with("apiVersion: kubeadm.k8s.io/v1beta4\ncaCertificateValidityPeriod:"),
        "keys sorted: {uploaded}"
    );

    let role: Role = serde_saphyr::from_str(&docs[1]).unwrap();
    assert_eq!(
        role.metadata.name.as_deref(),
        Some("kubeadm:nodes-kubeadm-config")
    );
    let rule = &role.rules.unwrap()[0];
    assert_eq!(rule.verbs, ["get"]);
    assert_eq!(rule.api_groups.as_deref(), Some(&[String::new()][..]));
    assert_eq!(
        rule.resources.as_deref(),
        Some(&["configmaps".to_string()][..])
    );
    assert_eq!(
        rule.resource_names.as_deref(),
        Some(&["kubeadm-config".to_string()][..])
    );
    let rb: RoleBinding = serde_saphyr::from_str(&docs[2]).unwrap();
    assert_eq!(rb.role_ref.kind, "Role");
    assert_eq!(rb.role_ref.name, "kubeadm:nodes-kubeadm-config");
    let groups: Vec<String> = rb.subjects.unwrap().into_iter().map(|s| s.name).collect();
    assert_eq!(
        groups,
        [
            "system:bootstrappers:kubeadm:default-node-token",
            "system:nodes"
        ]
    );

    let cm: ConfigMap = serde_saphyr::from_str(&docs[3]).unwrap();
    assert_eq!(cm.metadata.name.as_deref(), Some("kubelet-config"));
    let kubelet: KubeletConfiguration =
        serde_saphyr::from_str(&cm.data.as_ref().unwrap()["kubelet"]).unwrap();
    assert_eq!(kubelet.cluster_dns, Some(vec!["10.96.0.10".to_string()]));
    assert!(kubelet.other.is_empty(), "{:?}", kubelet.other);
    assert_eq!(
        cm.metadata.annotations.as_ref().unwrap()[HASH_ANNOTATION],
        config_map_hash(&cm)
    );
    let role: Role = serde_saphyr::from_str(&docs[4]).unwrap();
    assert_eq!(
        role.rules.unwrap()[0].resource_names.as_deref(),
        Some(&["kubelet-config".to_string()][..])
    );
    let rb: RoleBinding = serde_saphyr::from_str(&docs[5]).unwrap();
    assert_eq!(rb.role_ref.name, "kubeadm:kubelet-config");
    let groups: Vec<String> = rb.subjects.unwrap().into_iter().map(|s| s.name).collect();
    assert_eq!(
        groups,
        [
            "system:nodes",
            "system:bootstrappers:kubeadm:default-node-token"
        ]
    );
}

#[test]
fn the_hash_is_sha256_over_the_values_in_key_order() {
    let cm = ConfigMap {
        data: Some(string_map(&[("b", "bc"), ("a", "a")])),
        ..ConfigMap::default()
    };
    // SHA-256("abc"), the FIPS 180-2 test vector.
    assert_eq!(
        config_map_hash(&cm),
        "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
}

#[test]
fn a_user_kubelet_configuration_is_not_signed_and_the_socket_stays_per_node() {
    let dir = tempfile::tempdir().unwrap();
    let mut ctx = context(
        dir.path(),
        config(
            "apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nkubernetesVersion: \
             v1.34.0\n---\napiVersion: kubelet.config.k8s.io/v1beta1\nkind: \
             KubeletConfiguration\nmaxPods: 90\n",
        ),
    );
    run_all(&mut ctx);
    let cm: ConfigMap = serde_saphyr::from_str(&documents(dir.path())[3]).unwrap();
    assert_eq!(
        cm.metadata.annotations, None,
        "kubeadm signs only what it generated"
    );
    let text = &cm.data.unwrap()["kubelet"];
    assert!(text.contains("maxPods: 90"), "{text}");
    assert!(!text.contains("containerRuntimeEndpoint"), "{text}");
}

#[test]
fn a_skipped_child_leaves_its_objects_out_and_one_child_alone_writes_the_whole_phase() {
    let dir = tempfile::tempdir().unwrap();
    let mut ctx = context(dir.path(), kadm_test_support::fixtures::config());
    ctx.planned = ["upload-config", "upload-config/kubelet"]
        .map(String::from)
        .to_vec();
    run_child(&mut ctx, "kubelet").unwrap();
    let docs = documents(dir.path());
    assert_eq!(docs.len(), 3);
    assert!(docs[0].contains("name: kubelet-config"), "{}", docs[0]);

    let dir = tempfile::tempdir().unwrap();
    let mut ctx = context(dir.path(), kadm_test_support::fixtures::config());
    ctx.planned = vec!["upload-config/kubeadm".to_string()];
    assert!(run_child(&mut ctx, "kubeadm").unwrap().is_some());
    assert_eq!(documents(dir.path()).len(), 6);
}

#[test]
fn a_second_run_keeps_the_file_and_a_dry_run_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    run_all(&mut context(
        dir.path(),
        kadm_test_support::fixtures::config(),
    ));
    let mut again = context(dir.path(), kadm_test_support::fixtures::config());
    run_all(&mut again);
    let files = again.record.report().files;
    assert_eq!(files.len(), 1);
    assert!(format!("{files:?}").contains("Kept"), "{files:?}");

    let dry = tempfile::tempdir().unwrap();
    let mut ctx = context(dry.path(), kadm_test_support::fixtures::config());
    ctx.dry_run = true;
    run_all(&mut ctx);
    assert!(!dry.path().join("etc").exists());
}
