use std::path::Path;
use std::sync::Arc;

use kadm_config::Config;
use kadm_init_context::{MemoryOutput, Paths, Root, Stream};
use kadm_test_support::fixtures::host;

use super::*;
use crate::host::FakeMachine;

const HEADER: &str = "apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\n";
const KUBELET: &str = "apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n";

fn config(text: &str) -> Config {
    Config::from_yaml_str(text, Path::new("cluster.yaml"), &host()).unwrap()
}

/// The shared fixture's configuration for v1.33, the release these tests' file shapes are of
/// (before NodeLocalCRISocket moved the socket into instance-config.yaml; pause 3.10).
fn v1_33() -> Config {
    let mut config = kadm_test_support::fixtures::config();
    config.cluster.kubernetes_version = "v1.33.0".into();
    config
}

fn context(dir: &Path, config: Config) -> (InitContext, Arc<MemoryOutput>) {
    let out = Arc::new(MemoryOutput::default());
    let paths = Paths::defaults_under(Root::at(dir));
    (
        InitContext::new(config.validate().unwrap(), paths, out.clone()),
        out,
    )
}

fn read(dir: &Path, file: &str) -> String {
    std::fs::read_to_string(dir.join("var/lib/kubelet").join(file)).unwrap()
}

#[test]
fn default_files_for_v1_33() {
    let dir = tempfile::tempdir().unwrap();
    let (mut ctx, out) = context(dir.path(), v1_33());
    let outcome = run(&mut ctx, &FakeMachine::default()).unwrap();
    assert_eq!(
        read(dir.path(), "config.yaml"),
        "apiVersion: kubelet.config.k8s.io/v1beta1\nauthentication:\n  anonymous:\n    enabled: \
         false\n  webhook:\n    enabled: true\n  x509:\n    clientCAFile: \
         /etc/kubernetes/pki/ca.crt\nauthorization:\n  mode: Webhook\ncgroupDriver: \
         systemd\nclusterDNS:\n- \"10.96.0.10\"\nclusterDomain: cluster.local\nhealthzBindAddress: \
         \"127.0.0.1\"\nhealthzPort: 10248\nkind: KubeletConfiguration\nrotateCertificates: \
         true\nstaticPodPath: /etc/kubernetes/manifests\n"
    );
    // No /etc/hostname in the rootfs: the node name is always passed.
    assert_eq!(
        read(dir.path(), "kubeadm-flags.env"),
        "KUBELET_KUBEADM_ARGS=\"--container-runtime-endpoint=unix:///var/run/containerd/\
         containerd.sock --hostname-override=node-1 \
         --pod-infra-container-image=registry.k8s.io/pause:3.10\"\n"
    );
    assert!(
        !dir.path()
            .join("var/lib/kubelet/instance-config.yaml")
            .exists()
    );
    assert_eq!(outcome.files.len(), 2);
    let info = out.of(Stream::Info).join("\n");
    assert!(
        info.contains("Skipping the instance configuration file"),
        "{info}"
    );
    assert!(
        info.contains("Not starting the kubelet: --rootfs prepares another node's files"),
        "{info}"
    );
    assert!(out.of(Stream::Warn).is_empty());
}

#[test]
fn what_it_writes_is_what_cert_rotation_reads() {
    let dir = tempfile::tempdir().unwrap();
    let (mut ctx, _) = context(dir.path(), v1_33());
    run(&mut ctx, &FakeMachine::default()).unwrap();
    let path = dir.path().join("var/lib/kubelet/config.yaml");
    let setting = kadm_cert_rotation::rotate_setting(&Root::host(), None, &path);
    assert_eq!(setting.enabled(), Some(true), "{setting:?}");
}

#[test]
fn v1_34_moves_the_socket_to_the_instance_config() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("etc")).unwrap();
    std::fs::write(dir.path().join("etc/hostname"), "node-1\n").unwrap();
    let (mut ctx, _) = context(
        dir.path(),
        config(&format!("{HEADER}kubernetesVersion: v1.34.1\n")),
    );
    run(&mut ctx, &FakeMachine::default()).unwrap();
    assert_eq!(
        read(dir.path(), "instance-config.yaml"),
        "containerRuntimeEndpoint: \"unix:///var/run/containerd/containerd.sock\"\n"
    );
    assert_eq!(
        read(dir.path(), "kubeadm-flags.env"),
        "KUBELET_KUBEADM_ARGS=\"--pod-infra-container-image=registry.k8s.io/pause:3.10.1\"\n",
        "no socket flag; the hostname matches, so no override"
    );
    assert!(
        read(dir.path(), "config.yaml")
            .contains("\ncontainerRuntimeEndpoint: unix:///var/run/containerd/containerd.sock\n")
    );

    let dir = tempfile::tempdir().unwrap();
    let (mut ctx, _) = context(
        dir.path(),
        config(&format!(
            "{HEADER}kubernetesVersion: v1.34.1\nfeatureGates:\n  NodeLocalCRISocket: false\n"
        )),
    );
    run(&mut ctx, &FakeMachine::default()).unwrap();
    assert!(
        !dir.path()
            .join("var/lib/kubelet/instance-config.yaml")
            .exists()
    );
    assert!(read(dir.path(), "kubeadm-flags.env").contains("--container-runtime-endpoint="));
    assert!(!read(dir.path(), "config.yaml").contains("containerRuntimeEndpoint"));
}

#[test]
fn from_v1_36_the_socket_is_always_in_the_instance_config() {
    for version in ["v1.36.0", "v1.37.2"] {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("etc")).unwrap();
        std::fs::write(dir.path().join("etc/hostname"), "node-1\n").unwrap();
        let (mut ctx, _) = context(
            dir.path(),
            config(&format!(
                "{HEADER}kubernetesVersion: {version}\nfeatureGates:\n  NodeLocalCRISocket: false\n"
            )),
        );
        run(&mut ctx, &FakeMachine::default()).unwrap();
        assert_eq!(
            read(dir.path(), "instance-config.yaml"),
            "containerRuntimeEndpoint: \"unix:///var/run/containerd/containerd.sock\"\n",
            "{version}"
        );
        assert_eq!(
            read(dir.path(), "kubeadm-flags.env"),
            "KUBELET_KUBEADM_ARGS=\"\"\n",
            "{version}"
        );
    }
}

#[test]
fn from_v1_35_the_pause_image_is_no_kubelet_flag() {
    // The v1.35 kubelet refuses --pod-infra-container-image, and kubeadm v1.35 stopped writing it.
    for (version, flag) in [("v1.34.1", true), ("v1.35.0", false), ("v1.37.2", false)] {
        let dir = tempfile::tempdir().unwrap();
        let (mut ctx, _) = context(
            dir.path(),
            config(&format!("{HEADER}kubernetesVersion: {version}\n")),
        );
        run(&mut ctx, &FakeMachine::default()).unwrap();
        let flags = read(dir.path(), "kubeadm-flags.env");
        assert_eq!(
            flags.contains("--pod-infra-container-image="),
            flag,
            "{version}: {flags}"
        );
    }
}

#[test]
fn the_config_file_shapes_every_field() {
    let dir = tempfile::tempdir().unwrap();
    let text = format!(
        "apiVersion: kubeadm.k8s.io/v1beta4\nkind: InitConfiguration\nnodeRegistration:\n  \
         criSocket: unix:///run/crio/crio.sock\n  kubeletExtraArgs:\n  - name: node-ip\n    \
         value: 10.0.0.5\n  - name: hostname-override\n    value: cp-one\n---\n{HEADER}\
         kubernetesVersion: v1.33.0\nimageRepository: mirror.example.com/k8s\ncertificatesDir: /srv/pki\nnetworking:\n  \
         serviceSubnet: 10.100.0.0/16,fd00:10:96::/112\n  dnsDomain: corp.local\n---\n{KUBELET}\
         maxPods: 90\ncgroupDriver: cgroupfs\nclusterDNS: [10.100.0.53]\n"
    );
    let (mut ctx, out) = context(dir.path(), config(&text));
    run(&mut ctx, &FakeMachine::default()).unwrap();
    let yaml = read(dir.path(), "config.yaml");
    for line in [
        "cgroupDriver: cgroupfs\n",
        "clusterDNS:\n- \"10.100.0.53\"\n",
        "clusterDomain: corp.local\n",
        "    clientCAFile: /srv/pki/ca.crt\n",
        "maxPods: 90\n",
    ] {
        assert!(yaml.contains(line), "{line:?} in\n{yaml}");
    }
    assert_eq!(
        read(dir.path(), "kubeadm-flags.env"),
        "KUBELET_KUBEADM_ARGS=\"--container-runtime-endpoint=unix:///run/crio/crio.sock \
         --hostname-override=cp-one --node-ip=10.0.0.5 \
         --pod-infra-container-image=mirror.example.com/k8s/pause:3.10\"\n"
    );
    let warnings = out.of(Stream::Warn);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(
        warnings[0].contains("clusterDNS: kubeadm recommends [\"10.100.0.10\"]"),
        "{warnings:?}"
    );
}

#[test]
fn a_second_run_keeps_every_file_and_a_dry_run_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (mut first, _) = context(dir.path(), v1_33());
    run(&mut first, &FakeMachine::default()).unwrap();
    let path = dir.path().join("var/lib/kubelet/config.yaml");
    let before = std::fs::metadata(&path).unwrap().modified().unwrap();
    let (mut again, out) = context(dir.path(), v1_33());
    run(&mut again, &FakeMachine::default()).unwrap();
    let info = out.of(Stream::Info).join("\n");
    assert_eq!(
        info.matches("Using the existing kubelet").count(),
        2,
        "{info}"
    );
    assert!(!info.contains("Writing"), "{info}");
    assert_eq!(
        std::fs::metadata(&path).unwrap().modified().unwrap(),
        before
    );
    let files = again.record.report().files;
    assert_eq!(files.len(), 2, "{files:?}");
    assert!(
        format!("{files:?}").matches("Kept").count() == 2,
        "{files:?}"
    );

    let dry = tempfile::tempdir().unwrap();
    let (mut ctx, out) = context(dry.path(), v1_33());
    ctx.dry_run = true;
    run(&mut ctx, &FakeMachine::default()).unwrap();
    assert!(!dry.path().join("var").exists());
    assert_eq!(
        out.of(Stream::Info)
            .iter()
            .filter(|l| l.contains("Would write file"))
            .count(),
        2
    );
}

#[test]
fn restart_runs_daemon_reload_then_restart_and_failures_only_warn() {
    let dir = tempfile::tempdir().unwrap();
    let (ctx, out) = context(dir.path(), v1_33());
    let machine = FakeMachine::default();
    assert!(start(
        &ctx,
        &machine,
        &StartPlan::Restart("/bin/systemctl".into())
    ));
    assert_eq!(
        *machine.calls.lock().unwrap(),
        ["daemon-reload", "restart kubelet"]
    );
    let info = out.of(Stream::Info);
    assert!(
        info.iter().any(|l| l.ends_with("Starting the kubelet")),
        "{info:?}"
    );

    let failing = FakeMachine {
        failing: vec!["restart"],
        ..FakeMachine::default()
    };
    assert!(!start(
        &ctx,
        &failing,
        &StartPlan::Restart("/bin/systemctl".into())
    ));
    let warnings = out.of(Stream::Warn);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(
        warnings[0].contains("systemctl restart kubelet failed"),
        "{warnings:?}"
    );

    let mut dry = ctx;
    dry.dry_run = true;
    let machine = FakeMachine::default();
    assert!(!start(
        &dry,
        &machine,
        &StartPlan::Restart("/bin/systemctl".into())
    ));
    assert!(
        machine.calls.lock().unwrap().is_empty(),
        "a dry run runs nothing"
    );
}

#[test]
fn dual_stack_takes_the_dns_address_of_the_primary_subnet() {
    for (subnets, dns) in [
        ("10.96.0.0/16,fd00:10:96::/112", "10.96.0.10"),
        ("fd00:10:96::/112,10.96.0.0/16", "fd00:10:96::a"),
    ] {
        let config = config(&format!(
            "{HEADER}networking:\n  serviceSubnet: {subnets}\n  podSubnet: \
             10.244.0.0/16,fd00:10:244::/56\n"
        ))
        .validate()
        .unwrap();
        let node = NodeFacts {
            hostname: None,
            systemd_resolved: false,
        };
        let c = kubelet_configuration(&config, &node).config;
        assert_eq!(c.cluster_dns, Some(vec![dns.to_string()]), "{subnets}");
    }
}
