//! The `etcd local` phase: etcd's manifest for each target version, with overrides, skipped for
//! an external etcd, valid for every target Kubernetes version, written once.

use std::os::unix::fs::PermissionsExt;

use kadm_config::Config;
use kadm_config::types::{Arg, EnvVar, ExternalEtcd};
use kadm_init_context::Stream;
use kadm_test_support::fixtures::{self, Node};

fn config(version: &str) -> Config {
    let mut config = fixtures::config();
    config.init.local_api_endpoint.advertise_address = "10.0.0.5".into();
    config.cluster.kubernetes_version = version.into();
    config
}

fn command(config: Config) -> Vec<String> {
    let valid = config.validate().unwrap();
    kadm_etcd_local::etcd_component(&valid).command
}

fn flags(defaults_then: &[&str], version_flags: &[&str]) -> Vec<String> {
    let mut all: Vec<String> = defaults_then
        .iter()
        .chain(version_flags)
        .map(|s| s.to_string())
        .collect();
    all[1..].sort();
    all
}

const COMMON: [&str; 18] = [
    "etcd",
    "--advertise-client-urls=https://10.0.0.5:2379",
    "--cert-file=/etc/kubernetes/pki/etcd/server.crt",
    "--client-cert-auth=true",
    "--data-dir=/var/lib/etcd",
    "--initial-advertise-peer-urls=https://10.0.0.5:2380",
    "--initial-cluster=node-1=https://10.0.0.5:2380",
    "--key-file=/etc/kubernetes/pki/etcd/server.key",
    "--listen-client-urls=https://127.0.0.1:2379,https://10.0.0.5:2379",
    "--listen-metrics-urls=http://127.0.0.1:2381",
    "--listen-peer-urls=https://10.0.0.5:2380",
    "--name=node-1",
    "--peer-cert-file=/etc/kubernetes/pki/etcd/peer.crt",
    "--peer-client-cert-auth=true",
    "--peer-key-file=/etc/kubernetes/pki/etcd/peer.key",
    "--peer-trusted-ca-file=/etc/kubernetes/pki/etcd/ca.crt",
    "--snapshot-count=10000",
    "--trusted-ca-file=/etc/kubernetes/pki/etcd/ca.crt",
];

#[test]
fn etcd_35_flags_for_v1_31_to_v1_33() {
    for version in ["v1.31.0", "v1.32.4", "v1.33.0"] {
        assert_eq!(
            command(config(version)),
            flags(
                &COMMON,
                &[
                    "--experimental-initial-corrupt-check=true",
                    "--experimental-watch-progress-notify-interval=5s"
                ]
            ),
            "{version}"
        );
    }
}

#[test]
fn etcd_36_flags_for_v1_34() {
    assert_eq!(
        command(config("v1.34.1")),
        flags(
            &COMMON,
            &[
                "--feature-gates=InitialCorruptCheck=true",
                "--watch-progress-notify-interval=5s"
            ]
        )
    );
    // The flags follow the image tag actually used, as in kubeadm.
    let mut older = config("v1.34.1");
    older.cluster.etcd.local.as_mut().unwrap().image_tag = "3.5.21-0".into();
    assert!(command(older).contains(&"--experimental-initial-corrupt-check=true".to_string()));
}

#[test]
fn etcd_36_flags_whatever_the_tag_from_v1_36() {
    for version in ["v1.36.0", "v1.37.2"] {
        let mut older = config(version);
        older.cluster.etcd.local.as_mut().unwrap().image_tag = "3.5.21-0".into();
        let command = command(older);
        assert!(
            command.contains(&"--watch-progress-notify-interval=5s".to_string()),
            "{version}: {command:?}"
        );
        assert!(
            !command.iter().any(|f| f.starts_with("--experimental-")),
            "{version}: {command:?}"
        );
    }
}

#[test]
fn the_image_tag_follows_the_release_table() {
    for (version, tag) in [
        ("v1.33.0", "3.5.24-0"),
        ("v1.34.1", "3.6.5-0"),
        ("v1.35.4", "3.6.6-0"),
        ("v1.36.3", "3.6.8-0"),
        ("v1.37.2", "3.7.0-0"),
        ("v1.38.0", "3.7.0-0"),
    ] {
        let valid = config(version).validate().unwrap();
        assert_eq!(
            kadm_etcd_local::etcd_component(&valid).image,
            format!("registry.k8s.io/etcd:{tag}"),
            "{version}"
        );
    }
}

#[test]
fn image_volumes_probes_resources_and_annotation() {
    let valid = config("v1.33.0").validate().unwrap();
    let text = kadm_static_pod::manifest_text(&kadm_etcd_local::etcd_component(&valid)).unwrap();
    for want in [
        "    kubeadm.kubernetes.io/etcd.advertise-client-urls: https://10.0.0.5:2379\n",
        "    image: registry.k8s.io/etcd:3.5.24-0\n",
        "      httpGet:\n        host: \"127.0.0.1\"\n        path: /livez\n        port: 2381\n        scheme: HTTP\n",
        "      httpGet:\n        host: \"127.0.0.1\"\n        path: /readyz\n        port: 2381\n        scheme: HTTP\n",
        "      failureThreshold: 24\n",
        "      requests:\n        cpu: 100m\n        memory: 100Mi\n",
        "    - mountPath: /var/lib/etcd\n      name: etcd-data\n",
        "    - mountPath: /etc/kubernetes/pki/etcd\n      name: etcd-certs\n",
        "  - hostPath:\n      path: /etc/kubernetes/pki/etcd\n      type: DirectoryOrCreate\n    name: etcd-certs\n",
        "  - hostPath:\n      path: /var/lib/etcd\n      type: DirectoryOrCreate\n    name: etcd-data\n",
    ] {
        assert!(text.contains(want), "missing {want:?} in:\n{text}");
    }
    assert!(
        !text.contains("env:"),
        "etcd gets no proxy variables:\n{text}"
    );
    assert!(
        !text.contains("readOnly"),
        "etcd's volumes are writable:\n{text}"
    );
}

#[test]
fn local_settings_override_defaults() {
    let mut config = config("v1.33.0");
    config.init.local_api_endpoint.advertise_address = "fd00::5".into();
    let local = config.cluster.etcd.local.as_mut().unwrap();
    local.data_dir = "/srv/etcd".into();
    local.image_repository = "mirror.example.com/k8s".into();
    local.image_tag = "3.5.99-1".into();
    local.extra_args = vec![
        Arg {
            name: "snapshot-count".into(),
            value: "5000".into(),
        },
        Arg {
            name: "listen-metrics-urls".into(),
            value: "https://[::1]:9381,http://x".into(),
        },
        Arg {
            name: "cipher-suites".into(),
            value: "b".into(),
        },
        Arg {
            name: "cipher-suites".into(),
            value: "a".into(),
        },
    ];
    local.extra_envs = vec![EnvVar {
        name: "GOGC".into(),
        value: "50".into(),
        value_from: None,
    }];
    let valid = config.validate().unwrap();
    let component = kadm_etcd_local::etcd_component(&valid);
    let cmd = component.command.join(" ");
    for want in [
        "--advertise-client-urls=https://[fd00::5]:2379",
        "--cipher-suites=a --cipher-suites=b",
        "--data-dir=/srv/etcd",
        "--listen-client-urls=https://[::1]:2379,https://[fd00::5]:2379",
        "--listen-metrics-urls=https://[::1]:9381,http://x",
        "--snapshot-count=5000",
    ] {
        assert!(cmd.contains(want), "missing {want:?} in {cmd}");
    }
    assert!(!cmd.contains("--snapshot-count=10000"), "{cmd}");
    assert_eq!(component.image, "mirror.example.com/k8s/etcd:3.5.99-1");
    let probe = component.probes.liveness.clone().unwrap().http_get.unwrap();
    assert_eq!(
        (probe.host.as_deref(), probe.scheme.as_deref()),
        (Some("::1"), Some("HTTPS"))
    );
    assert_eq!(
        probe.port,
        kadm_kube_objects::k8s_openapi::apimachinery::pkg::util::intstr::IntOrString::Int(9381)
    );
    let text = kadm_static_pod::manifest_text(&component).unwrap();
    assert!(
        text.contains("    env:\n    - name: GOGC\n      value: \"50\"\n"),
        "{text}"
    );
    assert!(text.contains("      path: /srv/etcd\n"), "{text}");
}

fn run_local(node: &Node, config: Config, dry_run: bool) -> Vec<String> {
    let (mut ctx, out) = node.ctx_with(config);
    ctx.dry_run = dry_run;
    kadm_etcd_local::run_local(&mut ctx).unwrap();
    out.of(Stream::Info)
}

#[test]
fn writes_the_manifest_0600_and_the_data_dir_0700_once() {
    let node = Node::new();
    let manifest = node.root().join("etc/kubernetes/manifests/etcd.yaml");
    let data = node.root().join("var/lib/etcd");

    let said = run_local(&node, config("v1.33.0"), true);
    assert!(
        !manifest.exists() && !data.exists(),
        "a dry run writes nothing"
    );
    assert!(
        said.iter().any(|l| l.contains("Would ensure that")),
        "{said:?}"
    );

    run_local(&node, config("v1.33.0"), false);
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o7777;
    assert_eq!(mode(&manifest), 0o600);
    assert_eq!(mode(&data), 0o700);
    let first = std::fs::read(&manifest).unwrap();
    let mtime = std::fs::metadata(&manifest).unwrap().modified().unwrap();

    let said = run_local(&node, config("v1.33.0"), false);
    assert_eq!(
        std::fs::read(&manifest).unwrap(),
        first,
        "a second run changes no byte"
    );
    assert_eq!(
        std::fs::metadata(&manifest).unwrap().modified().unwrap(),
        mtime
    );
    assert!(said.iter().any(|l| l.contains("is up to date")), "{said:?}");

    // A manifest others can read is written again with kubeadm's mode.
    std::fs::set_permissions(&manifest, std::fs::Permissions::from_mode(0o644)).unwrap();
    run_local(&node, config("v1.33.0"), false);
    assert_eq!(mode(&manifest), 0o600);
    assert_eq!(std::fs::read(&manifest).unwrap(), first);
}

#[test]
fn external_etcd_writes_nothing_and_says_so() {
    let node = Node::new();
    let mut config = config("v1.33.0");
    config.cluster.etcd.local = None;
    config.cluster.etcd.external = Some(ExternalEtcd {
        endpoints: vec!["https://10.0.0.9:2379".into()],
        ..ExternalEtcd::default()
    });
    let said = run_local(&node, config, false);
    assert!(
        said.iter().any(|l| l.contains("External etcd mode")),
        "{said:?}"
    );
    assert!(!node.root().join("etc/kubernetes/manifests").exists());
    assert!(!node.root().join("var/lib/etcd").exists());
}

#[test]
fn a_directory_where_the_manifest_belongs_is_named_with_the_fix() {
    let node = Node::new();
    let manifest = node.root().join("etc/kubernetes/manifests/etcd.yaml");
    std::fs::create_dir_all(&manifest).unwrap();
    let (mut ctx, _) = node.ctx_with(config("v1.33.0"));
    let err = kadm_etcd_local::run_local(&mut ctx)
        .unwrap_err()
        .to_string();
    assert_eq!(
        err,
        format!(
            "{}: is a directory, but the static Pod manifest of etcd belongs there; remove the \
             directory (the kubelet reads manifests as files) and run again",
            manifest.display()
        )
    );
}

#[test]
#[cfg_attr(
    kadm_skip_kubernetes_validate,
    ignore = "needs kubernetes-validate, not found"
)]
fn the_manifest_passes_the_schema_of_every_target_version() {
    let dir = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    for version in ["v1.31.0", "v1.34.0", "v1.37.2"] {
        let mut config = config(version);
        config.cluster.etcd.local.as_mut().unwrap().extra_envs = vec![EnvVar {
            name: "GOGC".into(),
            value: "50".into(),
            value_from: None,
        }];
        let valid = config.validate().unwrap();
        let text =
            kadm_static_pod::manifest_text(&kadm_etcd_local::etcd_component(&valid)).unwrap();
        let path = dir.path().join(format!("etcd-{version}.yaml"));
        std::fs::write(&path, text).unwrap();
        files.push(path);
    }
    let paths: Vec<&std::path::Path> = files.iter().map(|p| p.as_path()).collect();
    kadm_test_support::schemas::assert_valid(&paths);
}

#[test]
fn a_loopback_advertise_address_is_listened_on_once() {
    let mut config = config("v1.33.0");
    config.init.local_api_endpoint.advertise_address = "127.0.0.1".into();
    let flags = command(config);
    let listen: Vec<&String> = flags
        .iter()
        .filter(|f| f.starts_with("--listen-client-urls="))
        .collect();
    assert_eq!(listen, ["--listen-client-urls=https://127.0.0.1:2379"]);
    let ipv6 = {
        let mut config = fixtures::config();
        config.init.local_api_endpoint.advertise_address = "::1".into();
        command(config)
    };
    assert!(ipv6.contains(&"--listen-client-urls=https://[::1]:2379".to_string()));
}
