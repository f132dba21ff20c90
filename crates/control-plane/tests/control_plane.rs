//! The `control-plane` phase: each component's flags and volumes for defaults and with
//! overrides, valid for every target Kubernetes version, written once, nothing in a dry run.

use kadm_config::Config;
use kadm_config::types::{Arg, EnvVar, ExternalEtcd, HostPathMount};
use kadm_control_plane::{APISERVER, CONTROLLER_MANAGER, Node, SCHEDULER, component};
use kadm_test_support::fixtures::{self, Node as TestNode};

fn config() -> Config {
    let mut config = fixtures::config();
    config.init.local_api_endpoint.advertise_address = "10.0.0.5".into();
    config
}

fn node() -> Node {
    Node {
        kubeconfig_dir: "/etc/kubernetes".into(),
        ..Node::default()
    }
}

fn command(config: Config, node: &Node, name: &str) -> Vec<String> {
    component(&config.validate().unwrap(), node, name).command
}

fn a(name: &str, value: &str) -> Arg {
    Arg {
        name: name.into(),
        value: value.into(),
    }
}

#[test]
fn apiserver_defaults_are_kubeadms() {
    assert_eq!(
        command(config(), &node(), APISERVER),
        [
            "kube-apiserver",
            "--advertise-address=10.0.0.5",
            "--allow-privileged=true",
            "--authorization-mode=Node,RBAC",
            "--client-ca-file=/etc/kubernetes/pki/ca.crt",
            "--enable-admission-plugins=NodeRestriction",
            "--enable-bootstrap-token-auth=true",
            "--etcd-cafile=/etc/kubernetes/pki/etcd/ca.crt",
            "--etcd-certfile=/etc/kubernetes/pki/apiserver-etcd-client.crt",
            "--etcd-keyfile=/etc/kubernetes/pki/apiserver-etcd-client.key",
            "--etcd-servers=https://127.0.0.1:2379",
            "--kubelet-client-certificate=/etc/kubernetes/pki/apiserver-kubelet-client.crt",
            "--kubelet-client-key=/etc/kubernetes/pki/apiserver-kubelet-client.key",
            "--kubelet-preferred-address-types=InternalIP,ExternalIP,Hostname",
            "--proxy-client-cert-file=/etc/kubernetes/pki/front-proxy-client.crt",
            "--proxy-client-key-file=/etc/kubernetes/pki/front-proxy-client.key",
            "--requestheader-allowed-names=front-proxy-client",
            "--requestheader-client-ca-file=/etc/kubernetes/pki/front-proxy-ca.crt",
            "--requestheader-extra-headers-prefix=X-Remote-Extra-",
            "--requestheader-group-headers=X-Remote-Group",
            "--requestheader-username-headers=X-Remote-User",
            "--secure-port=6443",
            "--service-account-issuer=https://kubernetes.default.svc.cluster.local",
            "--service-account-key-file=/etc/kubernetes/pki/sa.pub",
            "--service-account-signing-key-file=/etc/kubernetes/pki/sa.key",
            "--service-cluster-ip-range=10.96.0.0/12",
            "--tls-cert-file=/etc/kubernetes/pki/apiserver.crt",
            "--tls-private-key-file=/etc/kubernetes/pki/apiserver.key",
        ]
    );
}

#[test]
fn controller_manager_and_scheduler_defaults_are_kubeadms() {
    assert_eq!(
        command(config(), &node(), CONTROLLER_MANAGER),
        [
            "kube-controller-manager",
            "--authentication-kubeconfig=/etc/kubernetes/controller-manager.conf",
            "--authorization-kubeconfig=/etc/kubernetes/controller-manager.conf",
            "--bind-address=127.0.0.1",
            "--client-ca-file=/etc/kubernetes/pki/ca.crt",
            "--cluster-name=kubernetes",
            "--cluster-signing-cert-file=/etc/kubernetes/pki/ca.crt",
            "--cluster-signing-duration=8760h0m0s",
            "--cluster-signing-key-file=/etc/kubernetes/pki/ca.key",
            "--controllers=*,bootstrapsigner,tokencleaner",
            "--kubeconfig=/etc/kubernetes/controller-manager.conf",
            "--leader-elect=true",
            "--requestheader-client-ca-file=/etc/kubernetes/pki/front-proxy-ca.crt",
            "--root-ca-file=/etc/kubernetes/pki/ca.crt",
            "--service-account-private-key-file=/etc/kubernetes/pki/sa.key",
            "--use-service-account-credentials=true",
        ]
    );
    assert_eq!(
        command(config(), &node(), SCHEDULER),
        [
            "kube-scheduler",
            "--authentication-kubeconfig=/etc/kubernetes/scheduler.conf",
            "--authorization-kubeconfig=/etc/kubernetes/scheduler.conf",
            "--bind-address=127.0.0.1",
            "--kubeconfig=/etc/kubernetes/scheduler.conf",
            "--leader-elect=true",
        ]
    );
}

#[test]
fn settings_of_the_configuration_reach_the_flags() {
    let mut config = config();
    config.cluster.networking.pod_subnet = "10.244.0.0/16".into();
    config.cluster.certificates_dir = "/srv/pki".into();
    config.cluster.cluster_name = "prod".into();
    config.cluster.etcd.local.as_mut().unwrap().extra_args =
        vec![a("advertise-client-urls", "https://10.0.0.5:2379")];
    config.cluster.api_server.extra_args = vec![
        a("authorization-config", "/etc/kubernetes/authz.yaml"),
        a(
            "enable-admission-plugins",
            "NodeRestriction,AlwaysPullImages",
        ),
        a("tls-cipher-suites", "TLS_AES_128_GCM_SHA256"),
        a("tls-cipher-suites", "TLS_AES_256_GCM_SHA384"),
    ];
    let node = Node {
        kubeconfig_dir: "/opt/kube".into(),
        external_ca: true,
        ..node()
    };
    let api = command(config.clone(), &node, APISERVER).join(" ");
    for want in [
        "--enable-admission-plugins=NodeRestriction,AlwaysPullImages",
        "--etcd-servers=https://10.0.0.5:2379",
        "--client-ca-file=/srv/pki/ca.crt",
        "--tls-cipher-suites=TLS_AES_128_GCM_SHA256 --tls-cipher-suites=TLS_AES_256_GCM_SHA384",
    ] {
        assert!(api.contains(want), "missing {want} in {api}");
    }
    assert!(
        !api.contains("--authorization-mode"),
        "authorization-config replaces it: {api}"
    );
    assert!(
        !api.contains("--enable-admission-plugins=NodeRestriction "),
        "{api}"
    );

    let cm = command(config, &node, CONTROLLER_MANAGER).join(" ");
    for want in [
        "--allocate-node-cidrs=true",
        "--cluster-cidr=10.244.0.0/16",
        "--service-cluster-ip-range=10.96.0.0/12",
        "--cluster-name=prod",
        "--cluster-signing-cert-file= ",
        "--cluster-signing-key-file= ",
        "--kubeconfig=/opt/kube/controller-manager.conf",
    ] {
        assert!(cm.contains(want), "missing {want} in {cm}");
    }
}

#[test]
fn an_external_etcd_is_named_and_its_certificate_dirs_mounted() {
    let mut config = config();
    config.cluster.etcd.local = None;
    config.cluster.etcd.external = Some(ExternalEtcd {
        endpoints: vec![
            "https://10.0.0.8:2379".into(),
            "https://10.0.0.9:2379".into(),
        ],
        ca_file: "/etc/etcd/ca.crt".into(),
        cert_file: "/etc/etcd/client.crt".into(),
        key_file: "/etc/etcd/client.key".into(),
    });
    let valid = config.validate().unwrap();
    let api = component(&valid, &node(), APISERVER);
    let cmd = api.command.join(" ");
    for want in [
        "--etcd-servers=https://10.0.0.8:2379,https://10.0.0.9:2379",
        "--etcd-cafile=/etc/etcd/ca.crt",
        "--etcd-certfile=/etc/etcd/client.crt",
        "--etcd-keyfile=/etc/etcd/client.key",
    ] {
        assert!(cmd.contains(want), "missing {want} in {cmd}");
    }
    let text = kadm_static_pod::manifest_text(&api).unwrap();
    assert!(
        text.contains("  - hostPath:\n      path: /etc/etcd\n      type: DirectoryOrCreate\n    name: etcd-certs-0\n"),
        "{text}"
    );
}

fn volume_names(config: &Config, node: &Node, name: &str) -> Vec<(String, String, bool)> {
    let valid = config.clone().validate().unwrap();
    let c = component(&valid, node, name);
    c.mounts
        .volumes()
        .into_iter()
        .zip(c.mounts.mounts())
        .map(|(v, m)| {
            assert_eq!(v.name, m.name);
            (
                v.name,
                v.host_path.unwrap().path,
                m.read_only.unwrap_or(false),
            )
        })
        .collect()
}

#[test]
fn volumes_are_kubeadms_and_extra_volumes_are_added() {
    let node = Node {
        ca_certs_extra: vec!["/usr/share/ca-certificates".into()],
        ..node()
    };
    let mut config = config();
    config.cluster.scheduler.extra_volumes = vec![HostPathMount {
        name: "scheduler-config".into(),
        host_path: "/etc/kubernetes/scheduler-config.yaml".into(),
        mount_path: "/etc/kubernetes/scheduler-config.yaml".into(),
        read_only: true,
        path_type: "File".into(),
    }];
    let s = |v: &[(&str, &str, bool)]| -> Vec<(String, String, bool)> {
        v.iter()
            .map(|(a, b, c)| (a.to_string(), b.to_string(), *c))
            .collect()
    };
    assert_eq!(
        volume_names(&config, &node, APISERVER),
        s(&[
            ("ca-certs", "/etc/ssl/certs", true),
            ("k8s-certs", "/etc/kubernetes/pki", true),
            (
                "usr-share-ca-certificates",
                "/usr/share/ca-certificates",
                true
            ),
        ])
    );
    assert_eq!(
        volume_names(&config, &node, CONTROLLER_MANAGER),
        s(&[
            ("ca-certs", "/etc/ssl/certs", true),
            (
                "flexvolume-dir",
                "/usr/libexec/kubernetes/kubelet-plugins/volume/exec",
                false
            ),
            ("k8s-certs", "/etc/kubernetes/pki", true),
            (
                "kubeconfig",
                "/etc/kubernetes/controller-manager.conf",
                true
            ),
            (
                "usr-share-ca-certificates",
                "/usr/share/ca-certificates",
                true
            ),
        ])
    );
    assert_eq!(
        volume_names(&config, &node, SCHEDULER),
        s(&[
            ("kubeconfig", "/etc/kubernetes/scheduler.conf", true),
            (
                "scheduler-config",
                "/etc/kubernetes/scheduler-config.yaml",
                true
            ),
        ])
    );
}

#[test]
fn probes_images_resources_and_environment() {
    let mut config = config();
    config.cluster.kubernetes_version = "v1.32.3".into();
    config.cluster.image_repository = "mirror.example.com/k8s".into();
    config.cluster.controller_manager.extra_args = vec![a("bind-address", "0.0.0.0")];
    config.cluster.api_server.extra_envs = vec![EnvVar {
        name: "HTTPS_PROXY".into(),
        value: "http://override:3128".into(),
        value_from: None,
    }];
    let node = Node {
        proxy_env: kadm_static_pod::proxy_env([
            ("HTTPS_PROXY", "http://proxy:3128"),
            ("NO_PROXY", "10.0.0.0/8"),
        ]),
        ..node()
    };
    let valid = config.validate().unwrap();
    let api = component(&valid, &node, APISERVER);
    assert_eq!(api.image, "mirror.example.com/k8s/kube-apiserver:v1.32.3");
    let text = kadm_static_pod::manifest_text(&api).unwrap();
    for want in [
        "    kubeadm.kubernetes.io/kube-apiserver.advertise-address.endpoint: 10.0.0.5:6443\n",
        "    - name: HTTPS_PROXY\n      value: http://override:3128\n    - name: NO_PROXY\n      value: 10.0.0.0/8\n",
        "        cpu: 250m\n",
        "        host: \"10.0.0.5\"\n        path: /livez\n        port: 6443\n        scheme: HTTPS\n",
        "        host: \"10.0.0.5\"\n        path: /readyz\n        port: 6443\n        scheme: HTTPS\n",
    ] {
        assert!(text.contains(want), "missing {want:?} in:\n{text}");
    }
    let cm = component(&valid, &node, CONTROLLER_MANAGER);
    let text = kadm_static_pod::manifest_text(&cm).unwrap();
    assert!(
        text.contains(
            "      httpGet:\n        path: /healthz\n        port: 10257\n        scheme: HTTPS\n"
        ),
        "an unspecified bind address leaves the host out:\n{text}"
    );
    assert!(
        text.contains("        cpu: 200m\n") && !text.contains("readinessProbe"),
        "{text}"
    );
    let s = kadm_static_pod::manifest_text(&component(&valid, &node, SCHEDULER)).unwrap();
    assert!(
        s.contains("        host: \"127.0.0.1\"\n        path: /healthz\n        port: 10259\n"),
        "{s}"
    );
    assert!(s.contains("        cpu: 100m\n"), "{s}");
}

#[test]
#[cfg_attr(
    kadm_skip_kubernetes_validate,
    ignore = "needs kubernetes-validate, not found"
)]
fn the_manifests_pass_the_schema_of_every_target_version() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = config();
    config.cluster.networking.pod_subnet = "10.244.0.0/16".into();
    config.cluster.api_server.extra_volumes = vec![HostPathMount {
        name: "audit".into(),
        host_path: "/var/log/audit".into(),
        mount_path: "/var/log/audit".into(),
        read_only: false,
        path_type: String::new(),
    }];
    let node = Node {
        proxy_env: kadm_static_pod::proxy_env([("HTTPS_PROXY", "http://proxy:3128")]),
        ca_certs_extra: vec!["/etc/ca-certificates".into()],
        ..node()
    };
    let valid = config.validate().unwrap();
    let mut files = Vec::new();
    for name in [APISERVER, CONTROLLER_MANAGER, SCHEDULER] {
        let path = dir.path().join(format!("{name}.yaml"));
        std::fs::write(
            &path,
            kadm_static_pod::manifest_text(&component(&valid, &node, name)).unwrap(),
        )
        .unwrap();
        files.push(path);
    }
    let paths: Vec<&std::path::Path> = files.iter().map(|p| p.as_path()).collect();
    kadm_test_support::schemas::assert_valid(&paths);
}

#[test]
fn the_phase_writes_three_manifests_once_and_nothing_in_a_dry_run() {
    let test_node = TestNode::new();
    let dir = test_node.root().join("etc/kubernetes/manifests");
    let run = |dry_run: bool| {
        let (mut ctx, _) = test_node.ctx_with(config());
        ctx.dry_run = dry_run;
        for name in [APISERVER, CONTROLLER_MANAGER, SCHEDULER] {
            kadm_control_plane::run(&mut ctx, name).unwrap();
        }
    };
    run(true);
    assert!(!dir.exists(), "a dry run writes nothing");
    run(false);
    let read = || -> Vec<Vec<u8>> {
        [APISERVER, CONTROLLER_MANAGER, SCHEDULER]
            .iter()
            .map(|n| std::fs::read(dir.join(format!("{n}.yaml"))).unwrap())
            .collect()
    };
    let first = read();
    run(false);
    assert_eq!(read(), first, "a second run changes no byte");
}

#[test]
fn the_signing_duration_follows_the_certificate_validity_period() {
    let cmd = command(config(), &node(), CONTROLLER_MANAGER);
    assert!(
        cmd.contains(&"--cluster-signing-duration=8760h0m0s".to_string()),
        "{cmd:?}"
    );
    let mut short = config();
    short.cluster.certificate_validity_period = "720h".into();
    let cmd = command(short.clone(), &node(), CONTROLLER_MANAGER);
    assert!(
        cmd.contains(&"--cluster-signing-duration=720h0m0s".to_string()),
        "{cmd:?}"
    );
    // extraArgs still win.
    short.cluster.controller_manager.extra_args = vec![a("cluster-signing-duration", "48h")];
    let cmd = command(short, &node(), CONTROLLER_MANAGER);
    let found: Vec<&String> = cmd
        .iter()
        .filter(|f| f.starts_with("--cluster-signing-duration="))
        .collect();
    assert_eq!(found, ["--cluster-signing-duration=48h"]);
}
