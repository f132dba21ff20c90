//! `kadm init` and `kadm init phase kubelet-start` into a `--rootfs`: the kubelet's files with
//! kubeadm's contents and modes, a second run that changes no byte, a dry run that writes
//! nothing, the restart left to the node, and a KubeletConfiguration with a wrong-typed field.

use std::os::unix::fs::PermissionsExt;

use kadm_kubelet_config::KubeletConfiguration;

use crate::support::Root;

const CONFIG: &str = "apiVersion: kubeadm.k8s.io/v1beta4
kind: InitConfiguration
nodeRegistration:
  kubeletExtraArgs:
  - name: node-ip
    value: 10.0.0.5
---
apiVersion: kubeadm.k8s.io/v1beta4
kind: ClusterConfiguration
kubernetesVersion: v1.34.0
encryptionAlgorithm: ECDSA-P256
networking:
  serviceSubnet: 10.112.0.0/16,fd00:10:96::/112
  dnsDomain: corp.local
---
apiVersion: kubelet.config.k8s.io/v1beta1
kind: KubeletConfiguration
maxPods: 90
evictionHard:
  memory.available: 200Mi
";

fn write_config(root: &Root, text: &str) -> std::path::PathBuf {
    let path = root.path().with_extension("yaml");
    std::fs::write(&path, text).unwrap();
    path
}

fn mode(path: &std::path::Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o7777
}

/// Parses the file back strictly: every field must be one kadm types (none kept as unknown but
/// the ones the config file gave).
fn parse_back(text: &str) -> KubeletConfiguration {
    serde_saphyr::from_str(text).expect("config.yaml reads back as a KubeletConfiguration")
}

#[test]
fn init_writes_the_kubelet_files_once_and_leaves_the_restart_to_the_node() {
    let root = Root::new();
    let config = write_config(&root, CONFIG);
    let config = config.to_str().unwrap();
    let out = root.kadm(&["init", "--config", config]).assert().success();
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(
        stdout.contains(
            "[kubelet-start] Not starting the kubelet: --rootfs prepares another node's files, \
             so kadm does not start a kubelet; on the node, run `systemctl daemon-reload && \
             systemctl restart kubelet`"
        ),
        "{stdout}"
    );

    let dir = root.join("/var/lib/kubelet");
    for file in ["config.yaml", "kubeadm-flags.env", "instance-config.yaml"] {
        assert_eq!(mode(&dir.join(file)), 0o644, "{file}");
    }
    let yaml = std::fs::read_to_string(dir.join("config.yaml")).unwrap();
    let parsed = parse_back(&yaml);
    assert_eq!(parsed.cluster_dns, Some(vec!["10.112.0.10".to_string()]));
    assert_eq!(parsed.cluster_domain.as_deref(), Some("corp.local"));
    assert_eq!(parsed.rotate_certificates, Some(true));
    assert_eq!(
        parsed.container_runtime_endpoint.as_deref(),
        Some("unix:///var/run/containerd/containerd.sock"),
        "v1.34: NodeLocalCRISocket patches the instance config in"
    );
    let kept: Vec<&String> = parsed.other.keys().collect();
    assert_eq!(
        kept,
        ["evictionHard", "maxPods"],
        "only the file's own extra fields"
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("kubeadm-flags.env")).unwrap(),
        "KUBELET_KUBEADM_ARGS=\"--hostname-override=node-1 --node-ip=10.0.0.5 \
         --pod-infra-container-image=registry.k8s.io/pause:3.10.1\"\n"
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("instance-config.yaml")).unwrap(),
        "containerRuntimeEndpoint: \"unix:///var/run/containerd/containerd.sock\"\n"
    );
    // What cert-rotation reads back.
    assert_eq!(
        kadm_cert_rotation::parse_rotate_certificates(&yaml),
        Ok(Some(true))
    );

    let before = root.snapshot();
    root.kadm(&["init", "--config", config]).assert().success();
    assert!(before == root.snapshot(), "a second init changed bytes");
}

#[test]
fn dry_run_writes_nothing() {
    let root = Root::new();
    let out = root
        .kadm(&["init", "phase", "kubelet-start", "--dry-run"])
        .assert()
        .success();
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(stdout.contains("kubeadm-flags.env"), "{stdout}");
    assert!(
        stdout.contains("Not starting the kubelet: --rootfs"),
        "{stdout}"
    );
    assert!(root.snapshot().is_empty(), "{:?}", root.snapshot());
}

#[test]
fn a_wrong_typed_kubelet_field_names_file_field_and_fix() {
    let root = Root::new();
    let config = write_config(
        &root,
        "apiVersion: kubeadm.k8s.io/v1beta4\nkind: InitConfiguration\n---\napiVersion: \
         kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nhealthzPort: \"10248\"\n",
    );
    let out = root
        .kadm(&[
            "init",
            "phase",
            "kubelet-start",
            "--config",
            config.to_str().unwrap(),
        ])
        .assert()
        .failure();
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(
        stderr.contains(&format!(
            "{}:6:1: KubeletConfiguration.healthzPort: expected an integer (written without quotes), \
             found \"10248\"",
            config.display()
        )),
        "{stderr}"
    );
    assert!(root.snapshot().is_empty());
}

/// The objects of upload-config: one file, 0644, every object valid for every target version,
/// and the kubelet-config ConfigMap holding what the kubelet's config.yaml holds, less the
/// node's own CRI socket.
#[test]
#[cfg_attr(
    kadm_skip_kubernetes_validate,
    ignore = "needs kubernetes-validate, not found"
)]
fn upload_config_objects_pass_the_schema_check() {
    let root = Root::new();
    let config = write_config(&root, CONFIG);
    root.kadm(&["init", "--config", config.to_str().unwrap()])
        .assert()
        .success();
    let file = root.join("/etc/kubernetes/cluster-objects/upload-config.yaml");
    assert_eq!(mode(&file), 0o644);
    kadm_test_support::schemas::assert_valid(&[&file]);

    let text = std::fs::read_to_string(&file).unwrap();
    let docs: Vec<&str> = text.split("---\n").collect();
    assert_eq!(docs.len(), 6, "{text}");
    let kinds: Vec<&str> = docs
        .iter()
        .map(|d| d.lines().find(|l| l.starts_with("kind: ")).unwrap())
        .collect();
    assert_eq!(
        kinds,
        [
            "kind: ConfigMap",
            "kind: Role",
            "kind: RoleBinding",
            "kind: ConfigMap",
            "kind: Role",
            "kind: RoleBinding"
        ]
    );
    let cm: kadm_kube_objects::k8s_openapi::api::core::v1::ConfigMap =
        serde_saphyr::from_str(docs[3]).unwrap();
    let uploaded = parse_back(&cm.data.unwrap()["kubelet"]);
    let on_disk =
        parse_back(&std::fs::read_to_string(root.join("/var/lib/kubelet/config.yaml")).unwrap());
    assert_eq!(uploaded.container_runtime_endpoint, None);
    assert_eq!(
        KubeletConfiguration {
            container_runtime_endpoint: None,
            ..on_disk
        },
        uploaded
    );
}
