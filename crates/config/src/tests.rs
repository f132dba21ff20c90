//! Whole-crate behaviour: files in, defaults, overrides, validation, errors and YAML out.

use std::net::IpAddr;
use std::path::Path;
use std::time::Duration;

use kadm_kube_version::Version;

use super::*;

const FILE: &str = "/tmp/x/kubeadm.yaml";
const INIT_HEADER: &str = "apiVersion: kubeadm.k8s.io/v1beta4\nkind: InitConfiguration\n";
const CLUSTER_HEADER: &str = "apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\n";

fn host() -> HostFacts {
    HostFacts {
        hostname: "CP-1".into(),
        default_ipv4: Some("192.168.1.10".parse().unwrap()),
    }
}

fn parse(text: &str) -> Result<Config, ConfigError> {
    Config::from_yaml_str(text, Path::new(FILE), &host())
}

fn load_err(text: &str) -> String {
    parse(text).unwrap_err().to_string()
}

fn validate_err(text: &str) -> String {
    parse(text).unwrap().validate().unwrap_err().to_string()
}

fn hours(h: u64) -> Duration {
    Duration::from_secs(h * 3600)
}

fn dns(name: &str) -> Host {
    Host::Dns(name.into())
}

fn ip(text: &str) -> Host {
    Host::Ip(text.parse().unwrap())
}

#[test]
fn defaults_are_kubeadms() {
    let c = Config::defaults(&host()).validate().unwrap();
    assert_eq!(c.node_name(), "cp-1");
    assert_eq!(
        c.advertise_address(),
        "192.168.1.10".parse::<IpAddr>().unwrap()
    );
    assert_eq!(c.bind_port(), 6443);
    assert_eq!(c.control_plane_endpoint(), None);
    assert_eq!(c.service_subnets(), ["10.96.0.0/12".parse().unwrap()]);
    assert!(c.pod_subnets().is_empty());
    assert_eq!(c.dns_domain(), "cluster.local");
    assert_eq!(c.certificates_dir(), "/etc/kubernetes/pki");
    assert_eq!(c.cluster_name(), "kubernetes");
    let raw = c.config();
    assert_eq!(raw.cluster.image_repository, "registry.k8s.io");
    assert_eq!(c.encryption_algorithm(), EncryptionAlgorithm::Rsa2048);
    assert_eq!(c.certificate_validity(), hours(8760));
    assert_eq!(c.ca_certificate_validity(), hours(87600));
    assert_eq!(c.kubernetes_version(), Version::new(1, 37, 2));
    assert!(!c.external_etcd());
    assert_eq!(
        raw.cluster.etcd.local.as_ref().unwrap().data_dir,
        "/var/lib/etcd"
    );
    assert_eq!(
        raw.init.node_registration.cri_socket,
        "unix:///var/run/containerd/containerd.sock"
    );
    assert_eq!(raw.init.node_registration.taints, None);
    assert_eq!(raw.init.bootstrap_tokens.len(), 1);
    assert_eq!(raw.init.bootstrap_tokens[0].ttl, "24h0m0s");
    assert!(c.apiserver_cert_sans().is_empty());
    assert!(c.skip_phases().is_empty());
    assert_eq!(raw.source(), None);
    assert!(c.warnings().is_empty(), "{:?}", c.warnings());
}

#[test]
fn advertise_address_falls_back_to_loopback_with_a_warning() {
    let bare = HostFacts {
        hostname: "node".into(),
        default_ipv4: None,
    };
    let mut c = Config::defaults(&bare);
    let valid = c.clone().validate().unwrap();
    assert_eq!(valid.advertise_address(), FALLBACK_ADVERTISE_ADDRESS);
    let warnings = valid.warnings();
    assert_eq!(warnings.len(), 1);
    assert!(
        warnings[0].contains("--apiserver-advertise-address"),
        "{warnings:?}"
    );

    c.apply_overrides(&Overrides {
        advertise_address: Some("10.0.0.7".into()),
        ..Overrides::default()
    });
    assert!(c.validate().unwrap().warnings().is_empty());

    let text = format!("{INIT_HEADER}localAPIEndpoint:\n  advertiseAddress: 10.0.0.8\n");
    let from_file = Config::from_yaml_str(&text, Path::new(FILE), &bare).unwrap();
    assert!(from_file.validate().unwrap().warnings().is_empty());
}

#[test]
fn init_defaults_round_trip() {
    let text = init_defaults_yaml(&host());
    assert!(text.contains("token: abcdef.0123456789abcdef"), "{text}");
    assert!(text.contains("name: node\n"), "{text}");
    assert!(text.contains("\n---\n"), "{text}");
    let loaded = parse(&text).unwrap().validate().unwrap();
    assert_eq!(loaded.node_name(), "node");
    assert_eq!(loaded.advertise_address().to_string(), "1.2.3.4");
    let loaded = loaded.into_config();
    assert_eq!(loaded.init.bootstrap_tokens[0].token, PLACEHOLDER_TOKEN);

    let mut expected = Config::defaults(&host());
    expected.init.bootstrap_tokens[0].token = PLACEHOLDER_TOKEN.into();
    expected.init.local_api_endpoint.advertise_address = "1.2.3.4".into();
    expected.init.node_registration.name = "node".into();
    assert_eq!(loaded.init, expected.init);
    assert_eq!(loaded.cluster, expected.cluster);
    // Printing what was loaded gives the same text again.
    assert_eq!(loaded.to_yaml(), text);
}

const FULL: &str = "\
# kadm test file
---
apiVersion: kubeadm.k8s.io/v1beta4
kind: InitConfiguration
nodeRegistration:
  name: Master-0
  taints: []
  kubeletExtraArgs:
  - name: cert-dir
    value: /first
  - name: v
    value: \"4\"
  - name: cert-dir
    value: /var/lib/kubelet/custom-pki
localAPIEndpoint:
  advertiseAddress: 10.0.0.5
  bindPort: 7443
skipPhases: [addon/kube-proxy]
timeouts:
  kubeletHealthCheck: 2m
---
apiVersion: kubelet.config.k8s.io/v1beta1
kind: KubeletConfiguration
rotateCertificates: true
anythingGoes: {nested: [1, 2]}
---
apiVersion: kubeadm.k8s.io/v1beta4
kind: ClusterConfiguration
clusterName: prod
kubernetesVersion: v1.32.4
controlPlaneEndpoint: cp.example.com:8443
certificatesDir: /srv/pki
encryptionAlgorithm: ECDSA-P256
certificateValidityPeriod: 720h
caCertificateValidityPeriod: 43800h
featureGates:
  ControlPlaneKubeletLocalMode: false
networking:
  serviceSubnet: 10.96.0.0/16,fd00:10:96::/112
  podSubnet: 10.244.0.0/16
  dnsDomain: corp.local
apiServer:
  certSANs: [api.example.com, \"*.apps.example.com\", 10.0.0.100]
  extraArgs:
  - name: audit-log-path
    value: /var/log/audit.log
etcd:
  local:
    serverCertSANs: [etcd.example.com]
    peerCertSANs: [10.0.0.6]
    extraEnvs:
    - name: ETCD_X
      valueFrom:
        secretKeyRef: {name: s, key: k}
---
apiVersion: kubeproxy.config.k8s.io/v1alpha1
kind: KubeProxyConfiguration
mode: ipvs
";

#[test]
fn multi_document_file_is_read_and_other_kinds_are_ignored() {
    let c = parse(FULL).unwrap().validate().unwrap();
    let raw = c.config();
    assert_eq!(raw.source(), Some(Path::new(FILE)));
    assert_eq!(
        raw.ignored_documents(),
        ["KubeProxyConfiguration (kubeproxy.config.k8s.io/v1alpha1)"]
    );
    let kubelet = c
        .kubelet_configuration()
        .expect("the kubelet document is kept");
    assert_eq!(kubelet.rotate_certificates, Some(true));
    assert_eq!(
        kubelet.other["anythingGoes"].to_string(),
        r#"{"nested":[1,2]}"#,
        "fields kadm does not type are kept as written"
    );
    assert_eq!(c.node_name(), "master-0");
    assert_eq!(raw.init.node_registration.taints, Some(vec![]));
    assert_eq!(c.advertise_address().to_string(), "10.0.0.5");
    assert_eq!(c.bind_port(), 7443);
    assert_eq!(c.skip_phases(), ["addon/kube-proxy"]);
    assert_eq!(
        raw.init.timeouts.as_ref().unwrap().kubelet_health_check,
        "2m"
    );
    assert_eq!(raw.init.timeouts.as_ref().unwrap().discovery, "5m0s");
    assert_eq!(c.cluster_name(), "prod");
    assert_eq!(c.kubernetes_version(), Version::new(1, 32, 4));
    assert_eq!(
        c.control_plane_endpoint(),
        Some(&HostPort {
            host: Host::Dns("cp.example.com".into()),
            port: Some(8443)
        })
    );
    assert_eq!(c.certificates_dir(), "/srv/pki");
    assert_eq!(c.encryption_algorithm(), EncryptionAlgorithm::EcdsaP256);
    assert_eq!(c.certificate_validity(), hours(720));
    assert_eq!(c.ca_certificate_validity(), hours(43800));
    assert_eq!(c.feature_gate("ControlPlaneKubeletLocalMode"), Some(false));
    assert_eq!(c.feature_gate("EtcdLearnerMode"), None);
    assert_eq!(c.dns_domain(), "corp.local");
    assert_eq!(
        c.apiserver_cert_sans(),
        [
            dns("api.example.com"),
            dns("*.apps.example.com"),
            ip("10.0.0.100")
        ]
    );
    assert_eq!(c.etcd_server_cert_sans(), [dns("etcd.example.com")]);
    assert_eq!(c.etcd_peer_cert_sans(), [ip("10.0.0.6")]);
    assert!(c.warnings().is_empty(), "{:?}", c.warnings());

    // What kadm prints for this file reads back to the same values.
    let again = parse(&raw.to_yaml()).unwrap();
    assert_eq!(again.init, raw.init);
    assert_eq!(again.cluster, raw.cluster);
}

#[test]
fn kubelet_extra_arg_last_entry_wins() {
    let c = parse(FULL).unwrap().validate().unwrap();
    assert_eq!(
        c.kubelet_extra_arg("cert-dir"),
        Some("/var/lib/kubelet/custom-pki")
    );
    assert_eq!(c.kubelet_extra_arg("v"), Some("4"));
    assert_eq!(c.kubelet_extra_arg("node-ip"), None);
}

#[test]
fn dual_stack_service_subnet() {
    let c = parse(FULL).unwrap().validate().unwrap();
    let nets = c.service_subnets();
    assert_eq!(nets.len(), 2);
    assert!(matches!(nets[0], ipnet::IpNet::V4(_)));
    assert!(matches!(nets[1], ipnet::IpNet::V6(_)));

    let err = validate_err(&format!(
        "{CLUSTER_HEADER}networking:\n  serviceSubnet: 10.96.0.0/16,10.97.0.0/16\n"
    ));
    assert_eq!(
        err,
        format!(
            "{FILE}:4:3: ClusterConfiguration.networking.serviceSubnet: \"10.96.0.0/16,10.97.0.0/16\" \
             has two CIDRs of the same IP family: dual-stack needs one IPv4 and one IPv6 CIDR"
        )
    );
}

#[test]
fn a_missing_document_takes_the_defaults() {
    let only_cluster = parse(&format!("{CLUSTER_HEADER}clusterName: c1\n")).unwrap();
    assert_eq!(only_cluster.cluster.cluster_name, "c1");
    assert_eq!(only_cluster.init, Config::defaults(&host()).init);

    let only_init = parse(&format!("{INIT_HEADER}nodeRegistration:\n  name: n1\n")).unwrap();
    assert_eq!(only_init.init.node_registration.name, "n1");
    assert_eq!(only_init.cluster, Config::defaults(&host()).cluster);
}

#[test]
fn external_etcd_gets_no_local_defaults() {
    let text = format!(
        "{CLUSTER_HEADER}etcd:\n  external:\n    endpoints: [https://10.0.0.9:2379]\n    caFile: /ca\n"
    );
    let c = parse(&text).unwrap().validate().unwrap();
    assert!(c.config().cluster.etcd.local.is_none());
    assert!(c.external_etcd());
    assert!(c.etcd_server_cert_sans().is_empty());

    let both = format!("{CLUSTER_HEADER}etcd:\n  local: {{}}\n  external:\n    endpoints: [x]\n");
    assert_eq!(
        validate_err(&both),
        format!(
            "{FILE}:3:1: ClusterConfiguration.etcd: etcd.local and etcd.external are mutually \
             exclusive: keep one of them"
        )
    );
}

#[test]
fn unknown_field_names_the_path_and_suggests_a_fix() {
    let err = load_err(&format!(
        "{CLUSTER_HEADER}networking:\n  serviceSubnets: 10.96.0.0/12\n"
    ));
    assert_eq!(
        err,
        format!(
            "{FILE}:4:3: ClusterConfiguration.networking: unknown field \"serviceSubnets\": did \
             you mean \"serviceSubnet\"? (valid fields: serviceSubnet, podSubnet, dnsDomain)"
        )
    );

    let err = load_err(&format!("{INIT_HEADER}networking:\n  podSubnet: x\n"));
    assert!(
        err.starts_with(&format!("{FILE}:3:1: InitConfiguration: unknown field \"networking\" (valid fields: apiVersion, kind, bootstrapTokens,")),
        "{err}"
    );
}

#[test]
fn wrong_type_says_what_was_expected_and_found() {
    let err = load_err(&format!(
        "{INIT_HEADER}localAPIEndpoint:\n  bindPort: high\n"
    ));
    assert_eq!(
        err,
        format!(
            "{FILE}:4:3: InitConfiguration.localAPIEndpoint.bindPort: expected an integer, found \"high\""
        )
    );
    let err = load_err(&format!(
        "{CLUSTER_HEADER}apiServer:\n  certSANs: api.example.com\n"
    ));
    assert_eq!(
        err,
        format!(
            "{FILE}:4:13: ClusterConfiguration.apiServer.certSANs: expected a list, found \"api.example.com\""
        )
    );
    let err = load_err(&format!("{CLUSTER_HEADER}featureGates:\n  Foo: maybe\n"));
    assert!(
        err.contains("ClusterConfiguration.featureGates.Foo: expected true or false"),
        "{err}"
    );
}

#[test]
fn v1beta3_style_extra_args_explain_the_list_form() {
    let err = load_err(&format!(
        "{INIT_HEADER}nodeRegistration:\n  kubeletExtraArgs:\n    cert-dir: /x\n"
    ));
    assert!(
        err.starts_with(&format!("{FILE}:5:5: InitConfiguration.nodeRegistration.kubeletExtraArgs: expected a list, found a mapping; since v1beta4 this is a list of name/value pairs")),
        "{err}"
    );
}

#[test]
fn invalid_cidr_names_file_position_field_and_form() {
    let text = format!(
        "{CLUSTER_HEADER}clusterName: x\nnetworking:\n  dnsDomain: cluster.local\n  serviceSubnet: 10.96.0.0/33\n"
    );
    let err = validate_err(&text);
    assert!(
        err.starts_with(&format!(
            "{FILE}:6:3: ClusterConfiguration.networking.serviceSubnet: invalid CIDR \
             \"10.96.0.0/33\": expected an IPv4 or IPv6 CIDR such as 10.96.0.0/12"
        )),
        "{err}"
    );

    let err = validate_err(&format!(
        "{CLUSTER_HEADER}networking:\n  podSubnet: 10.244.0.0\n"
    ));
    assert!(
        err.contains("ClusterConfiguration.networking.podSubnet: invalid CIDR \"10.244.0.0\""),
        "{err}"
    );
}

#[test]
fn bad_san_is_an_error_naming_the_entry() {
    let text = format!(
        "{CLUSTER_HEADER}apiServer:\n  certSANs:\n  - ok.example.com\n  - bad_name\netcd:\n  local:\n    peerCertSANs: [\"*\"]\n"
    );
    let err = validate_err(&text);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "{err}");
    assert!(
        lines[0].starts_with(&format!(
            "{FILE}:6:5: ClusterConfiguration.apiServer.certSANs[1]: invalid SAN \"bad_name\": \
             expected an IP address, a lowercase DNS name or a wildcard DNS name"
        )),
        "{err}"
    );
    assert!(
        lines[1].starts_with(&format!(
            "{FILE}:9:20: ClusterConfiguration.etcd.local.peerCertSANs[0]: invalid SAN \"*\""
        )),
        "{err}"
    );
}

#[test]
fn bad_image_repository_and_tag_name_their_fields() {
    let text = format!(
        "{CLUSTER_HEADER}imageRepository: https://registry.k8s.io\ndns:\n  imageRepository: Mirror/K8s\n  imageTag: \":v1\"\n"
    );
    let err = validate_err(&text);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 3, "{err}");
    assert!(
        lines[0].starts_with(&format!(
            "{FILE}:3:1: ClusterConfiguration.imageRepository: \"https://registry.k8s.io\" has \
             a URL scheme: expected a registry and path such as registry.k8s.io"
        )),
        "{err}"
    );
    assert!(
        lines[1].starts_with(&format!(
            "{FILE}:5:3: ClusterConfiguration.dns.imageRepository: \"Mirror/K8s\" has an \
             invalid path component"
        )),
        "{err}"
    );
    assert!(
        lines[2].starts_with(&format!(
            "{FILE}:6:3: ClusterConfiguration.dns.imageTag: invalid image tag \":v1\""
        )),
        "{err}"
    );
    // The defaults and usual values pass.
    let ok = format!(
        "{CLUSTER_HEADER}imageRepository: my.registry:5000/k8s\ndns:\n  imageTag: v1.12.0\n"
    );
    assert!(parse(&ok).unwrap().validate().is_ok());
}

#[test]
fn unknown_encryption_algorithm_lists_the_choices() {
    let err = validate_err(&format!("{CLUSTER_HEADER}encryptionAlgorithm: RSA-1024\n"));
    assert_eq!(
        err,
        format!(
            "{FILE}:3:1: ClusterConfiguration.encryptionAlgorithm: unknown encryption algorithm \
             \"RSA-1024\": expected one of RSA-2048, RSA-3072, RSA-4096, ECDSA-P256, ECDSA-P384"
        )
    );
}

#[test]
fn bad_durations_are_errors() {
    let err = validate_err(&format!("{CLUSTER_HEADER}certificateValidityPeriod: 1y\n"));
    assert_eq!(
        err,
        format!(
            "{FILE}:3:1: ClusterConfiguration.certificateValidityPeriod: invalid duration \"1y\": \
             expected a Go duration such as 8760h, 1h30m, 90m or 10s"
        )
    );
    let err = validate_err(&format!(
        "{CLUSTER_HEADER}caCertificateValidityPeriod: 0s\n"
    ));
    assert!(
        err.contains("caCertificateValidityPeriod: \"0s\" is shorter than one minute"),
        "{err}"
    );
    let err = validate_err(&format!("{INIT_HEADER}timeouts:\n  etcdAPICall: soon\n"));
    assert!(
        err.starts_with(&format!(
            "{FILE}:4:3: InitConfiguration.timeouts.etcdAPICall: invalid duration"
        )),
        "{err}"
    );
}

#[test]
fn release_labels_are_refused_offline() {
    let err = validate_err(&format!("{CLUSTER_HEADER}kubernetesVersion: stable-1\n"));
    assert_eq!(
        err,
        format!(
            "{FILE}:3:1: ClusterConfiguration.kubernetesVersion: \"stable-1\" is a release label; \
             kadm works offline and cannot resolve it: set an explicit version such as v1.37.2"
        )
    );
    let c = parse(&format!("{CLUSTER_HEADER}kubernetesVersion: 1.31.2\n")).unwrap();
    assert_eq!(
        c.validate().unwrap().kubernetes_version(),
        Version::new(1, 31, 2)
    );
}

#[test]
fn other_field_checks() {
    let cases = [
        (
            format!("{INIT_HEADER}nodeRegistration:\n  name: node_1\n"),
            "InitConfiguration.nodeRegistration.name: invalid node name \"node_1\"",
        ),
        (
            format!("{INIT_HEADER}nodeRegistration:\n  imagePullPolicy: Sometimes\n"),
            "expected one of Always, IfNotPresent, Never",
        ),
        (
            format!("{INIT_HEADER}localAPIEndpoint:\n  advertiseAddress: 0.0.0.0\n"),
            "advertiseAddress: \"0.0.0.0\" cannot be advertised",
        ),
        (
            format!("{INIT_HEADER}localAPIEndpoint:\n  advertiseAddress: myhost\n"),
            "advertiseAddress: invalid IP address \"myhost\"",
        ),
        (
            format!("{INIT_HEADER}localAPIEndpoint:\n  bindPort: 70000\n"),
            "bindPort: port 70000 is out of range: expected 1 to 65535",
        ),
        (
            format!("{INIT_HEADER}bootstrapTokens:\n- token: short\n"),
            "bootstrapTokens[0].token: invalid bootstrap token",
        ),
        (
            format!("{CLUSTER_HEADER}controlPlaneEndpoint: lb_1:6443\n"),
            "controlPlaneEndpoint: invalid endpoint \"lb_1:6443\"",
        ),
        (
            format!("{CLUSTER_HEADER}networking:\n  dnsDomain: Cluster.Local\n"),
            "dnsDomain: invalid DNS domain \"Cluster.Local\"",
        ),
        (
            format!("{CLUSTER_HEADER}certificatesDir: pki\n"),
            "certificatesDir: \"pki\" is not an absolute path",
        ),
        (
            format!("{CLUSTER_HEADER}networking:\n  serviceSubnet: 10.0.0.0/8\n"),
            "is too large",
        ),
    ];
    for (text, expected) in cases {
        let err = validate_err(&text);
        assert!(err.starts_with(FILE), "{err}");
        assert!(err.contains(expected), "{err}\nshould contain: {expected}");
    }
}

#[test]
fn validate_reports_every_problem_in_file_order() {
    let text = format!(
        "{CLUSTER_HEADER}encryptionAlgorithm: DSA\nnetworking:\n  serviceSubnet: nope\n---\n{INIT_HEADER}localAPIEndpoint:\n  bindPort: -1\n"
    );
    let c = parse(&text).unwrap();
    let ConfigError::Multiple(errors) = c.validate().unwrap_err() else {
        panic!("expected several errors");
    };
    let fields: Vec<String> = errors
        .iter()
        .map(|e| match e {
            ConfigError::Invalid { field, .. } => field.clone(),
            other => panic!("{other}"),
        })
        .collect();
    assert_eq!(
        fields,
        [
            "ClusterConfiguration.encryptionAlgorithm",
            "ClusterConfiguration.networking.serviceSubnet",
            "InitConfiguration.localAPIEndpoint.bindPort"
        ]
    );
}

#[test]
fn document_level_errors() {
    let err = load_err("apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\n");
    assert_eq!(
        err,
        format!(
            "{FILE}:1:1: document 1: apiVersion \"kubeadm.k8s.io/v1beta3\" is not supported: kadm \
             reads kubeadm.k8s.io/v1beta4 only; convert the file with `kubeadm config migrate \
             --old-config <this file> --new-config <new file>`"
        )
    );

    let err = load_err(&format!(
        "{INIT_HEADER}---\n# comment only\n---\napiVersion: v1\nkind: Pod\n"
    ));
    assert!(
        err.starts_with(&format!("{FILE}:6:1: document 2: unsupported kind \"Pod\" with apiVersion \"v1\": kadm reads InitConfiguration and ClusterConfiguration")),
        "{err}"
    );
    assert!(
        err.contains("KubeletConfiguration (kubelet.config.k8s.io/v1beta1)"),
        "{err}"
    );

    let err = load_err(&format!("{INIT_HEADER}---\n{INIT_HEADER}"));
    assert!(
        err.contains("document 2: InitConfiguration appears more than once"),
        "{err}"
    );

    let err = load_err("kind: ClusterConfiguration\n");
    assert!(err.contains("document 1: missing apiVersion"), "{err}");

    let err = load_err("apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n");
    assert_eq!(
        err,
        format!(
            "{FILE}: no InitConfiguration or ClusterConfiguration document (apiVersion kubeadm.k8s.io/v1beta4) found"
        )
    );
}

#[test]
fn yaml_errors_are_positioned() {
    let err = load_err(&format!("{CLUSTER_HEADER}networking: [\n"));
    assert!(err.starts_with(&format!("{FILE}:3:")), "{err}");
    assert!(err.contains("invalid YAML"), "{err}");

    let err = load_err(&format!("{CLUSTER_HEADER}clusterName: a\nclusterName: b\n"));
    assert_eq!(
        err,
        format!("{FILE}:4:1: invalid YAML: duplicate key \"clusterName\": write each field once")
    );
}

#[test]
fn load_reads_a_file_and_names_it_in_errors() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kubeadm.yaml");
    std::fs::write(
        &path,
        format!("{CLUSTER_HEADER}networking:\n  serviceSubnet: 10.96.0.0/33\n"),
    )
    .unwrap();
    let c = Config::load(&path, &host()).unwrap();
    let err = c.validate().unwrap_err().to_string();
    assert!(
        err.starts_with(&format!(
            "{}:4:3: ClusterConfiguration.networking.serviceSubnet",
            path.display()
        )),
        "{err}"
    );

    let missing = dir.path().join("absent.yaml");
    let err = Config::load(&missing, &host()).unwrap_err();
    assert!(matches!(err, ConfigError::Read { .. }));
    assert!(
        err.to_string()
            .starts_with(&format!("{}: cannot open the file", missing.display())),
        "{err}"
    );
}

#[test]
fn overrides_win_over_the_file_and_are_named_in_errors() {
    let mut c = parse(FULL).unwrap();
    c.apply_overrides(&Overrides {
        cert_dir: Some("/other/pki".into()),
        kubernetes_version: Some("v1.33.1".into()),
        advertise_address: Some("10.1.1.1".into()),
        bind_port: Some(9443),
        control_plane_endpoint: Some("lb.example.com".into()),
        service_cidr: Some("10.100.0.0/16".into()),
        service_dns_domain: Some("example.internal".into()),
        apiserver_cert_extra_sans: vec!["extra.example.com".into(), "10.9.9.9".into()],
        node_name: Some("Worker-7".into()),
        encryption_algorithm: Some(EncryptionAlgorithm::Rsa4096),
        ignore_preflight_errors: vec!["Swap".into()],
        token: Some("abcdef.0123456789abcdef".into()),
        token_ttl: Some("2h".into()),
        certificate_key: Some("ab".repeat(32)),
        upload_certs: true,
        skip_certificate_key_print: true,
    });
    let c = c.validate().unwrap();
    assert_eq!(c.certificates_dir(), "/other/pki");
    assert_eq!(c.kubernetes_version(), Version::new(1, 33, 1));
    assert_eq!(c.advertise_address().to_string(), "10.1.1.1");
    assert_eq!(c.bind_port(), 9443);
    assert_eq!(
        c.control_plane_endpoint(),
        Some(&HostPort {
            host: dns("lb.example.com"),
            port: None
        })
    );
    assert_eq!(c.service_subnets(), ["10.100.0.0/16".parse().unwrap()]);
    assert_eq!(c.dns_domain(), "example.internal");
    assert_eq!(
        c.apiserver_cert_sans(),
        [
            dns("api.example.com"),
            dns("*.apps.example.com"),
            ip("10.0.0.100"),
            dns("extra.example.com"),
            ip("10.9.9.9")
        ]
    );
    assert_eq!(c.node_name(), "worker-7");
    assert_eq!(c.encryption_algorithm(), EncryptionAlgorithm::Rsa4096);
    let token = &c.config().init.bootstrap_tokens[0];
    assert_eq!(
        (token.token.as_str(), token.ttl.as_str()),
        ("abcdef.0123456789abcdef", "2h")
    );
    assert_eq!(c.certificate_key(), Some("ab".repeat(32).as_str()));
    assert!(c.upload_certs() && c.skip_certificate_key_print());
    let plain = parse(FULL).unwrap().validate().unwrap();
    assert!(!plain.upload_certs() && !plain.skip_certificate_key_print());

    // Token, TTL and key flags are checked and named; the secret parts never show.
    let mut c = parse(FULL).unwrap();
    c.apply_overrides(&Overrides {
        token: Some("abcdef.zyxwvutsrqponmLK".into()),
        token_ttl: Some("a day".into()),
        certificate_key: Some("deadbeefcafe".into()),
        ..Overrides::default()
    });
    let err = c.validate().unwrap_err().to_string();
    for expected in [
        "flag --token: InitConfiguration.bootstrapTokens[0].token: invalid bootstrap token",
        "flag --token-ttl: InitConfiguration.bootstrapTokens[0].ttl: invalid duration",
        "flag --certificate-key: InitConfiguration.certificateKey: invalid certificate key (12 \
         characters): expected 64 hexadecimal digits",
    ] {
        assert!(
            err.lines().any(|l| l.starts_with(expected)),
            "{expected}\n{err}"
        );
    }
    assert!(
        !err.contains("zyxwvut") && !err.contains("deadbeef"),
        "{err}"
    );

    // Empty values and `None` leave the file's value alone.
    let mut c = parse(FULL).unwrap();
    c.apply_overrides(&Overrides {
        cert_dir: Some(String::new()),
        ..Overrides::default()
    });
    assert_eq!(c.cluster.certificates_dir, "/srv/pki");

    // An invalid flag value is reported against the flag, not the file.
    let mut c = parse(FULL).unwrap();
    c.apply_overrides(&Overrides {
        service_cidr: Some("10.96.0.0/33".into()),
        apiserver_cert_extra_sans: vec!["bad san".into()],
        ..Overrides::default()
    });
    let err = c.validate().unwrap_err().to_string();
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "{err}");
    assert!(
        lines.iter().any(|l| l.starts_with(
            "flag --service-cidr: ClusterConfiguration.networking.serviceSubnet: invalid CIDR"
        )),
        "{err}"
    );
    assert!(lines.iter().any(|l| l.starts_with("flag --apiserver-cert-extra-sans: ClusterConfiguration.apiServer.certSANs[3]: invalid SAN \"bad san\"")), "{err}");
}

#[test]
fn long_validity_periods_only_warn() {
    let c = parse(&format!(
        "{CLUSTER_HEADER}certificateValidityPeriod: 10000h\ncaCertificateValidityPeriod: 100000h\n"
    ))
    .unwrap();
    let warnings = c.validate().unwrap().warnings();
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    assert_eq!(
        warnings[0],
        "ClusterConfiguration.certificateValidityPeriod: 10000h is longer than the recommended 8760h (one year)"
    );
    assert_eq!(
        warnings[1],
        "ClusterConfiguration.caCertificateValidityPeriod: 100000h is longer than the recommended 87600h (ten years)"
    );
}

#[test]
fn validity_periods_that_end_too_soon_are_refused() {
    for period in ["1ns", "1s", "59s", "59.9s"] {
        for field in ["certificateValidityPeriod", "caCertificateValidityPeriod"] {
            let err = validate_err(&format!("{CLUSTER_HEADER}{field}: {period}\n"));
            assert!(
                err.contains(&format!(
                    "ClusterConfiguration.{field}: {period:?} is shorter than one minute"
                )),
                "{err}"
            );
        }
    }
    let c = parse(&format!(
        "{CLUSTER_HEADER}certificateValidityPeriod: 1m\ncaCertificateValidityPeriod: 1m\n"
    ))
    .unwrap();
    c.validate().unwrap();
}

#[test]
fn a_ca_period_shorter_than_the_leaf_period_is_refused() {
    let err = validate_err(&format!(
        "{CLUSTER_HEADER}certificateValidityPeriod: 8000h\ncaCertificateValidityPeriod: 4000h\n"
    ));
    assert_eq!(
        err,
        format!(
            "{FILE}:4:1: ClusterConfiguration.caCertificateValidityPeriod: \"4000h\" is shorter than \
             certificateValidityPeriod \"8000h\": certificates would outlive the CA that signs \
             them; make caCertificateValidityPeriod at least as long"
        )
    );
    // Against the default leaf period (one year).
    let err = validate_err(&format!(
        "{CLUSTER_HEADER}caCertificateValidityPeriod: 1h\n"
    ));
    assert!(
        err.contains("shorter than certificateValidityPeriod \"8760h"),
        "{err}"
    );
    // Equal is fine.
    let c = parse(&format!(
        "{CLUSTER_HEADER}certificateValidityPeriod: 100h\ncaCertificateValidityPeriod: 100h\n"
    ))
    .unwrap();
    let warnings = c.validate().unwrap().warnings();
    assert!(warnings.is_empty(), "{warnings:?}");
}

#[test]
fn a_service_subnet_without_room_for_the_api_server_is_refused() {
    for subnet in ["10.96.0.1/32", "fd00::1/128", "10.96.0.0/12,fd00::/128"] {
        let err = validate_err(&format!(
            "{CLUSTER_HEADER}networking:\n  serviceSubnet: {subnet}\n"
        ));
        assert!(
            err.contains("ClusterConfiguration.networking.serviceSubnet: service subnet")
                && err.contains("has no room for the API server's service address"),
            "{err}"
        );
    }
    for subnet in ["10.96.0.0/31", "fd00::/127", "10.96.0.0/24,fd00::/112"] {
        parse(&format!(
            "{CLUSTER_HEADER}networking:\n  serviceSubnet: {subnet}\n"
        ))
        .unwrap()
        .validate()
        .unwrap();
    }
}

#[test]
fn a_quoted_port_is_a_type_error() {
    let err = load_err(&format!(
        "{INIT_HEADER}localAPIEndpoint:\n  bindPort: \"6443\"\n"
    ));
    assert_eq!(
        err,
        format!(
            "{FILE}:4:3: InitConfiguration.localAPIEndpoint.bindPort: expected an integer \
             (written without quotes), found \"6443\""
        )
    );
    let c = parse(&format!(
        "{INIT_HEADER}localAPIEndpoint:\n  bindPort: 7443\n"
    ))
    .unwrap();
    assert_eq!(c.validate().unwrap().bind_port(), 7443);
}

#[test]
fn a_key_given_as_the_configuration_is_named_not_quoted() {
    let key = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIAjtsaUMi/frSjB8sEhPZZMLQRo26QZWHbvbqpVffdlHoAoGCCqGSM49\n-----END EC PRIVATE KEY-----\n";
    let err = load_err(key);
    assert!(
        err.starts_with(&format!("{FILE}: holds a PEM block")),
        "{err}"
    );
    assert!(!err.contains("MHcCAQEE"), "{err}");
    // A value is echoed as a short prefix only.
    let long = "a-".repeat(150);
    let err = validate_err(&format!(
        "{CLUSTER_HEADER}networking:\n  dnsDomain: {long}.\n"
    ));
    assert!(err.contains(&format!("\"{}…\"", "a-".repeat(16))), "{err}");
    assert!(!err.contains(&"a-".repeat(17)), "{err}");
}

#[test]
fn validation_types_the_endpoint_with_and_without_port() {
    for (written, host, port) in [
        ("cp.example.com", dns("cp.example.com"), None),
        ("cp.example.com:7443", dns("cp.example.com"), Some(7443)),
        ("10.0.0.9", ip("10.0.0.9"), None),
        ("[fd00::5]:6443", ip("fd00::5"), Some(6443)),
        ("fd00::5", ip("fd00::5"), None),
    ] {
        let c = parse(&format!(
            "{CLUSTER_HEADER}controlPlaneEndpoint: \"{written}\"\n"
        ))
        .unwrap()
        .validate()
        .unwrap();
        assert_eq!(
            c.control_plane_endpoint(),
            Some(&HostPort { host, port }),
            "{written}"
        );
    }
}

#[test]
fn validation_types_dual_stack_subnets() {
    let c = parse(&format!(
        "{CLUSTER_HEADER}networking:\n  serviceSubnet: 10.96.0.0/16,fd00:10:96::/112\n  podSubnet: 10.244.0.0/16, fd00:10:244::/56\n"
    ))
    .unwrap()
    .validate()
    .unwrap();
    let net = |s: &str| s.parse::<ipnet::IpNet>().unwrap();
    assert_eq!(
        c.service_subnets(),
        [net("10.96.0.0/16"), net("fd00:10:96::/112")]
    );
    assert_eq!(
        c.pod_subnets(),
        [net("10.244.0.0/16"), net("fd00:10:244::/56")]
    );
}

/// Found by the fuzz target `config` (fuzz/regressions/config): errors repeated field names and
/// values whole, however long, so a secret pasted in the wrong place reached the logs.
#[test]
fn errors_cut_long_field_names_and_values() {
    let long = "G".repeat(200);
    let load_errors = [
        format!("{INIT_HEADER}nodeRegistration:\n  {long}: 1\n"),
        format!("{INIT_HEADER}localAPIEndpoint:\n  bindPort: {long}\n"),
        format!("{CLUSTER_HEADER}featureGates:\n  {long}: 1\n  {long}: 2\n"),
        format!("apiVersion: kubeadm.k8s.io/{long}\nkind: InitConfiguration\n"),
    ];
    let validate_errors = [
        format!("{CLUSTER_HEADER}networking:\n  dnsDomain: {long}\n"),
        format!("{CLUSTER_HEADER}encryptionAlgorithm: {long}\n"),
        format!("{CLUSTER_HEADER}certificatesDir: {long}\n"),
    ];
    let errors = load_errors.iter().map(|text| load_err(text));
    for err in errors.chain(validate_errors.iter().map(|text| validate_err(text))) {
        // excerpt cuts the value, or hides it whole when it looks like data (base64).
        let cut = err.contains("G\"…") || err.contains("characters of base64 data, not shown");
        assert!(cut && !err.contains(&long[..33]), "{err}");
    }
}

#[test]
fn ignored_preflight_errors_merge_the_file_and_the_flag_and_all_stands_alone() {
    let file = format!("{INIT_HEADER}nodeRegistration:\n  ignorePreflightErrors: [NumCPU, Mem]\n");
    let mut c = parse(&file).unwrap();
    c.apply_overrides(&Overrides {
        ignore_preflight_errors: vec!["swap".into(), " ".into(), "MEM".into()],
        ..Overrides::default()
    });
    let valid = c.validate().unwrap();
    let names: Vec<String> = valid.ignore_preflight_errors().into_iter().collect();
    assert_eq!(names, ["mem", "numcpu", "swap"]);

    // 'all' with other names is refused, naming the flag that added to the list.
    let mut c = parse(&file).unwrap();
    c.apply_overrides(&Overrides {
        ignore_preflight_errors: vec!["all".into()],
        ..Overrides::default()
    });
    assert_eq!(
        c.validate().unwrap_err().to_string(),
        "flag --ignore-preflight-errors: InitConfiguration.nodeRegistration.ignorePreflightErrors: \
         \"all,mem,numcpu\": don't specify individual checks if 'all' is used; give either 'all' or \
         the names of the checks to ignore"
    );
    // In the file alone, the error points at the file; 'all' alone is accepted anywhere.
    let err = validate_err(&format!(
        "{INIT_HEADER}nodeRegistration:\n  ignorePreflightErrors: [all, Swap]\n"
    ));
    assert!(
        err.starts_with(&format!(
            "{FILE}:4:3: InitConfiguration.nodeRegistration.ignorePreflightErrors: \"all,swap\""
        )),
        "{err}"
    );
    let c = parse(&format!(
        "{INIT_HEADER}nodeRegistration:\n  ignorePreflightErrors: [ALL]\n"
    ));
    let names: Vec<String> = c
        .unwrap()
        .validate()
        .unwrap()
        .ignore_preflight_errors()
        .into_iter()
        .collect();
    assert_eq!(names, ["all"]);
}

#[test]
fn extra_args_envs_and_volumes_need_names_and_absolute_paths() {
    let text = format!(
        "{CLUSTER_HEADER}apiServer:\n  extraArgs:\n  - value: \"4\"\n  extraVolumes:\n  - hostPath: var/log\n    mountPath: /var/log\n    pathType: Folder\netcd:\n  local:\n    extraEnvs:\n    - value: x\n"
    );
    let err = validate_err(&text);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 5, "{err}");
    let expected = [
        format!(
            "{FILE}:5:5: ClusterConfiguration.apiServer.extraArgs[0].name: the entry has no \
             name: expected a flag name without dashes, such as v"
        ),
        format!(
            "{FILE}:7:5: ClusterConfiguration.apiServer.extraVolumes[0].name: the entry has no \
             name: expected a volume name, such as audit-logs"
        ),
        format!(
            "{FILE}:7:5: ClusterConfiguration.apiServer.extraVolumes[0].hostPath: \"var/log\" \
             is not an absolute path: expected a path such as /var/log/audit"
        ),
        format!(
            "{FILE}:9:5: ClusterConfiguration.apiServer.extraVolumes[0].pathType: unknown \
             hostPath type \"Folder\": expected one of DirectoryOrCreate, Directory, \
             FileOrCreate, File, Socket, CharDevice, BlockDevice"
        ),
        format!(
            "{FILE}:13:7: ClusterConfiguration.etcd.local.extraEnvs[0].name: the entry has no \
             name: expected a variable name, such as HTTPS_PROXY"
        ),
    ];
    for want in &expected {
        assert!(
            lines.contains(&want.as_str()),
            "missing {want:?} in:\n{err}"
        );
    }

    let ok = format!(
        "{CLUSTER_HEADER}scheduler:\n  extraArgs:\n  - name: v\n    value: \"4\"\n  extraVolumes:\n  - name: logs\n    hostPath: /var/log\n    mountPath: /var/log\n"
    );
    parse(&ok).unwrap().validate().unwrap();
}

#[test]
fn the_startup_probe_timeout_comes_from_timeouts() {
    let valid = parse(&format!(
        "{INIT_HEADER}timeouts:\n  controlPlaneComponentHealthCheck: 95s\n"
    ))
    .unwrap()
    .validate()
    .unwrap();
    assert_eq!(
        valid.control_plane_component_health_check(),
        Duration::from_secs(95)
    );
    let defaults = parse(INIT_HEADER).unwrap().validate().unwrap();
    assert_eq!(
        defaults.control_plane_component_health_check(),
        Duration::from_secs(240)
    );
}

const KUBELET_HEADER: &str =
    "apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n";

#[test]
fn kubelet_configuration_fields_are_typed_and_errors_name_file_field_and_fix() {
    let err = load_err(&format!(
        "{INIT_HEADER}---\n{KUBELET_HEADER}clusterDomain: corp.local\nhealthzPort: abc\n"
    ));
    assert_eq!(
        err,
        format!("{FILE}:7:1: KubeletConfiguration.healthzPort: expected an integer, found \"abc\"")
    );
    let err = load_err(&format!(
        "{INIT_HEADER}---\n{KUBELET_HEADER}authentication:\n  x509:\n    clientCAFile: [a]\n"
    ));
    assert!(
        err.starts_with(&format!(
            "{FILE}:8:19: KubeletConfiguration.authentication.x509.clientCAFile: expected a string"
        )),
        "{err}"
    );
    let err = load_err(&format!(
        "{INIT_HEADER}---\n{KUBELET_HEADER}---\n{KUBELET_HEADER}"
    ));
    assert!(
        err.contains("document 3: KubeletConfiguration appears more than once"),
        "{err}"
    );
}

#[test]
fn kubelet_configuration_is_printed_back() {
    let c = parse(&format!(
        "{INIT_HEADER}---\n{KUBELET_HEADER}maxPods: 90\nclusterDNS: [10.96.0.53]\n"
    ))
    .unwrap();
    let again = Config::from_yaml_str(&c.to_yaml(), Path::new(FILE), &host()).unwrap();
    assert_eq!(again.kubelet, c.kubelet);
    assert_eq!(
        again.kubelet.unwrap().cluster_dns,
        Some(vec!["10.96.0.53".to_string()])
    );
}
