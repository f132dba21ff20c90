//! `addon kube-proxy`: the objects kubeadm creates for kube-proxy: its ServiceAccount, the
//! `kubeadm:node-proxier` ClusterRoleBinding, the `kube-proxy` Role and RoleBinding that let
//! joining nodes read its configuration, the `kube-proxy` ConfigMap (the component config and
//! the in-cluster kubeconfig) and the `kube-proxy` DaemonSet.

use std::net::IpAddr;

use kadm_config::{DEFAULT_TOKEN_GROUP, ValidConfig};
use kadm_kube_objects::k8s_openapi::api::apps::v1::{
    DaemonSet, DaemonSetSpec, DaemonSetUpdateStrategy,
};
use kadm_kube_objects::k8s_openapi::api::core::v1::{
    ConfigMap, ConfigMapVolumeSource, Container, EnvVar, EnvVarSource, HostPathVolumeSource,
    ObjectFieldSelector, PodSpec, PodTemplateSpec, SecurityContext, ServiceAccount, Toleration,
    Volume, VolumeMount,
};
use kadm_kube_objects::k8s_openapi::api::rbac::v1::{
    ClusterRoleBinding, PolicyRule, Role, RoleBinding, RoleRef, Subject,
};
use kadm_kube_objects::{KUBE_SYSTEM, Manifest, meta, string_map};
use kadm_kubeconfig_model::{
    AuthInfo, Cluster, Context, KubeConfig, NamedCluster, NamedContext, NamedUser,
};
use serde::Serialize;

use crate::error::AddonError;
use crate::{LINUX_NODES, RBAC_GROUP, selector, service_account_subject, template_meta};

/// The file `addon kube-proxy` writes in the cluster-objects directory.
pub const KUBE_PROXY_FILE: &str = "addon-kube-proxy.yaml";

/// The name of the ServiceAccount, ConfigMap, Role, RoleBinding and DaemonSet.
const NAME: &str = "kube-proxy";
/// The label of the DaemonSet and its Pods.
const APP: (&str, &str) = ("k8s-app", "kube-proxy");
/// The ConfigMap key of the component config.
const CONFIG_KEY: &str = "config.conf";
/// The ConfigMap key of the in-cluster kubeconfig.
const KUBECONFIG_KEY: &str = "kubeconfig.conf";
/// Where the DaemonSet mounts the ConfigMap.
const MOUNT: &str = "/var/lib/kube-proxy";
/// The kubeconfig kube-proxy reads: the ConfigMap's key under [`MOUNT`].
pub const KUBE_PROXY_KUBECONFIG: &str = "/var/lib/kube-proxy/kubeconfig.conf";
/// The ServiceAccount token and CA every Pod gets mounted.
const SA_TOKEN: &str = "/var/run/secrets/kubernetes.io/serviceaccount/token";
/// See [`SA_TOKEN`].
const SA_CA: &str = "/var/run/secrets/kubernetes.io/serviceaccount/ca.crt";
/// The annotation kubeadm signs component-config ConfigMaps with.
const HASH_ANNOTATION: &str = "kubeadm.kubernetes.io/component-config.hash";

/// `kubeproxy.config.k8s.io/v1alpha1` `KubeProxyConfiguration`, as kubeadm writes it into the
/// ConfigMap: every field of the type, kubeadm's three settings and zero values elsewhere
/// (kube-proxy fills its own defaults in for the zeros when it reads the file).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct KubeProxyConfiguration {
    /// Always `kubeproxy.config.k8s.io/v1alpha1`.
    pub api_version: String,
    /// Always `KubeProxyConfiguration`.
    pub kind: String,
    /// Where kube-proxy serves: `0.0.0.0`, or `::` when the advertise address is IPv6.
    pub bind_address: String,
    /// Whether failing to bind a port is fatal.
    pub bind_address_hard_fail: bool,
    /// How kube-proxy talks to the API server.
    pub client_connection: ClientConnection,
    /// The Pod network(s): `networking.podSubnet` as written, empty when unset.
    #[serde(rename = "clusterCIDR")]
    pub cluster_cidr: String,
    /// How often configuration is refreshed (a Go duration; `0s` takes kube-proxy's default).
    pub config_sync_period: String,
    /// Connection-tracking settings.
    pub conntrack: Conntrack,
    /// How local traffic is detected, per mode.
    pub detect_local: DetectLocal,
    /// Which detection mode is used.
    pub detect_local_mode: String,
    /// Whether `/debug/pprof` is served.
    pub enable_profiling: bool,
    /// The health check address.
    pub healthz_bind_address: String,
    /// The node name kube-proxy uses (the DaemonSet passes `--hostname-override`).
    pub hostname_override: String,
    /// iptables mode settings.
    pub iptables: SyncSettings,
    /// IPVS mode settings.
    pub ipvs: Ipvs,
    /// Logging settings.
    pub logging: Logging,
    /// The metrics address.
    pub metrics_bind_address: String,
    /// The proxy mode; empty takes kube-proxy's default.
    pub mode: String,
    /// nftables mode settings.
    pub nftables: SyncSettings,
    /// Addresses NodePorts listen on; `null` is all of them.
    pub node_port_addresses: Option<Vec<String>>,
    /// kube-proxy's OOM score adjustment; `null` is the default.
    pub oom_score_adj: Option<i32>,
    /// Deprecated; empty.
    pub port_range: String,
    /// Hidden metrics to show again.
    pub show_hidden_metrics_for_version: String,
    /// Windows settings.
    pub winkernel: Winkernel,
}

/// `clientConnection`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ClientConnection {
    /// Accept header.
    pub accept_content_types: String,
    /// Burst of requests.
    pub burst: i32,
    /// Content type of requests.
    pub content_type: String,
    /// The kubeconfig file: [`KUBE_PROXY_KUBECONFIG`].
    pub kubeconfig: String,
    /// Requests per second.
    pub qps: i32,
}

/// `conntrack`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Conntrack {
    /// Entries per CPU; `null` is the default.
    pub max_per_core: Option<i32>,
    /// Minimum entries; `null` is the default.
    pub min: Option<i32>,
    /// Whether out-of-window packets are accepted.
    pub tcp_be_liberal: bool,
    /// CLOSE_WAIT timeout; `null` is the default.
    pub tcp_close_wait_timeout: Option<String>,
    /// Established timeout; `null` is the default.
    pub tcp_established_timeout: Option<String>,
    /// UDP stream timeout.
    pub udp_stream_timeout: String,
    /// UDP timeout.
    pub udp_timeout: String,
}

/// `detectLocal`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DetectLocal {
    /// Bridge interface.
    pub bridge_interface: String,
    /// Interface name prefix.
    pub interface_name_prefix: String,
}

/// `iptables` and `nftables`: the same settings.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SyncSettings {
    /// Whether NodePorts answer on localhost; `null` is the default (iptables only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub localhost_node_ports: Option<Option<bool>>,
    /// SNAT all Service traffic.
    pub masquerade_all: bool,
    /// The fwmark bit; `null` is the default.
    pub masquerade_bit: Option<i32>,
    /// Minimum resync interval.
    pub min_sync_period: String,
    /// Full resync interval.
    pub sync_period: String,
}

/// `ipvs`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Ipvs {
    /// CIDRs IPVS leaves alone; `null` is none.
    #[serde(rename = "excludeCIDRs")]
    pub exclude_cidrs: Option<Vec<String>>,
    /// Minimum resync interval.
    pub min_sync_period: String,
    /// Scheduler.
    pub scheduler: String,
    /// Strict ARP.
    #[serde(rename = "strictARP")]
    pub strict_arp: bool,
    /// Full resync interval.
    pub sync_period: String,
    /// TCP FIN timeout.
    pub tcp_fin_timeout: String,
    /// TCP timeout.
    pub tcp_timeout: String,
    /// UDP timeout.
    pub udp_timeout: String,
}

/// `logging` (component-base's LoggingConfiguration).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Logging {
    /// Flush interval (nanoseconds).
    pub flush_frequency: i64,
    /// Per-format options.
    pub options: serde_json::Value,
    /// Verbosity.
    pub verbosity: i32,
}

/// `winkernel`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Winkernel {
    /// Direct server return.
    #[serde(rename = "enableDSR")]
    pub enable_dsr: bool,
    /// Forward health checks on the VIP.
    pub forward_health_check_vip: bool,
    /// HNS network name.
    pub network_name: String,
    /// HNS endpoint name.
    pub root_hns_endpoint_name: String,
    /// Source VIP.
    pub source_vip: String,
}

impl KubeProxyConfiguration {
    /// kubeadm's KubeProxyConfiguration for `config`: the bind address by the advertise
    /// address's family, `clusterCIDR` from `networking.podSubnet`, and the kubeconfig path.
    pub fn for_config(config: &ValidConfig) -> Self {
        let bind_address = match config.advertise_address() {
            IpAddr::V4(_) => "0.0.0.0",
            IpAddr::V6(_) => "::",
        };
        let zero = || "0s".to_string();
        KubeProxyConfiguration {
            api_version: "kubeproxy.config.k8s.io/v1alpha1".into(),
            kind: "KubeProxyConfiguration".into(),
            bind_address: bind_address.into(),
            bind_address_hard_fail: false,
            client_connection: ClientConnection {
                kubeconfig: KUBE_PROXY_KUBECONFIG.into(),
                ..ClientConnection::default()
            },
            cluster_cidr: config.config().cluster.networking.pod_subnet.clone(),
            config_sync_period: zero(),
            conntrack: Conntrack {
                udp_stream_timeout: zero(),
                udp_timeout: zero(),
                ..Conntrack::default()
            },
            detect_local: DetectLocal::default(),
            detect_local_mode: String::new(),
            enable_profiling: false,
            healthz_bind_address: String::new(),
            hostname_override: String::new(),
            iptables: SyncSettings {
                localhost_node_ports: Some(None),
                min_sync_period: zero(),
                sync_period: zero(),
                ..SyncSettings::default()
            },
            ipvs: Ipvs {
                min_sync_period: zero(),
                sync_period: zero(),
                tcp_fin_timeout: zero(),
                tcp_timeout: zero(),
                udp_timeout: zero(),
                ..Ipvs::default()
            },
            logging: Logging {
                flush_frequency: 0,
                options: serde_json::json!({
                    "json": {"infoBufferSize": "0"},
                    "text": {"infoBufferSize": "0"},
                }),
                verbosity: 0,
            },
            metrics_bind_address: String::new(),
            mode: String::new(),
            nftables: SyncSettings {
                min_sync_period: zero(),
                sync_period: zero(),
                ..SyncSettings::default()
            },
            node_port_addresses: None,
            oom_score_adj: None,
            port_range: String::new(),
            show_hidden_metrics_for_version: String::new(),
            winkernel: Winkernel::default(),
        }
    }
}

/// The kubeconfig kube-proxy's Pods use: the control plane's URL (`controlPlaneEndpoint`, else
/// the advertise address), trusted through the ServiceAccount's CA, authenticated with the
/// ServiceAccount's token.
pub fn kube_proxy_kubeconfig(config: &ValidConfig) -> KubeConfig {
    const DEFAULT: &str = "default";
    let mut kubeconfig = KubeConfig::default();
    kubeconfig.clusters = vec![NamedCluster {
        name: DEFAULT.into(),
        cluster: Cluster {
            server: kadm_kubeconfig::control_plane_server(config),
            certificate_authority: Some(SA_CA.into()),
            ..Cluster::default()
        },
    }];
    kubeconfig.users = vec![NamedUser {
        name: DEFAULT.into(),
        user: AuthInfo {
            token_file: Some(SA_TOKEN.into()),
            ..AuthInfo::default()
        },
    }];
    kubeconfig.contexts = vec![NamedContext {
        name: DEFAULT.into(),
        context: Context {
            cluster: DEFAULT.into(),
            user: DEFAULT.into(),
            namespace: Some(DEFAULT.into()),
            ..Context::default()
        },
    }];
    kubeconfig.current_context = DEFAULT.into();
    kubeconfig
}

/// kubeadm's checksum of a ConfigMap's data: SHA-256 over the values in key order, as
/// `sha256:<hex>`.
fn data_checksum(data: &std::collections::BTreeMap<String, String>) -> String {
    let mut context = aws_lc_rs::digest::Context::new(&aws_lc_rs::digest::SHA256);
    for value in data.values() {
        context.update(value.as_bytes());
    }
    let hex: String = context
        .finish()
        .as_ref()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("sha256:{hex}")
}

/// The kubeadm image tag of a Kubernetes version as written: a `v` prefix, `+` replaced by `_`.
fn kubernetes_image_tag(version: &str) -> String {
    let tag = version.replace('+', "_");
    if tag.starts_with('v') {
        tag
    } else {
        format!("v{tag}")
    }
}

/// The kube-proxy image: `imageRepository`/kube-proxy at the target version.
pub fn kube_proxy_image(config: &ValidConfig) -> String {
    let cluster = &config.config().cluster;
    format!(
        "{}/kube-proxy:{}",
        cluster.image_repository,
        kubernetes_image_tag(&cluster.kubernetes_version)
    )
}

/// Every object of the kube-proxy addon, in the order kubeadm creates them.
pub fn kube_proxy_manifest(config: &ValidConfig) -> Result<Manifest, AddonError> {
    let print = |e| AddonError::Print {
        addon: "kube-proxy",
        cause: e,
    };
    let component =
        kadm_sorted_yaml::to_yaml(&KubeProxyConfiguration::for_config(config)).map_err(print)?;
    let kubeconfig = kube_proxy_kubeconfig(config).to_yaml();
    let mut manifest = Manifest::new();
    manifest
        .push(&ServiceAccount {
            metadata: meta(NAME, Some(KUBE_SYSTEM), &[]),
            ..ServiceAccount::default()
        })
        .map_err(print)?
        .push(&node_proxier())
        .map_err(print)?
        .push(&config_reader())
        .map_err(print)?
        .push(&config_reader_binding())
        .map_err(print)?
        .push(&config_map(&component, &kubeconfig))
        .map_err(print)?
        .push(&daemon_set(&kube_proxy_image(config)))
        .map_err(print)?;
    Ok(manifest)
}

/// Binds kube-proxy's ServiceAccount to the built-in `system:node-proxier` ClusterRole.
fn node_proxier() -> ClusterRoleBinding {
    ClusterRoleBinding {
        metadata: meta("kubeadm:node-proxier", None, &[]),
        role_ref: RoleRef {
            api_group: RBAC_GROUP.into(),
            kind: "ClusterRole".into(),
            name: "system:node-proxier".into(),
        },
        subjects: Some(vec![service_account_subject(NAME)]),
    }
}

/// Lets its subjects read the `kube-proxy` ConfigMap and nothing else.
fn config_reader() -> Role {
    Role {
        metadata: meta(NAME, Some(KUBE_SYSTEM), &[]),
        rules: Some(vec![PolicyRule {
            api_groups: Some(vec![String::new()]),
            resources: Some(vec!["configmaps".into()]),
            resource_names: Some(vec![NAME.into()]),
            verbs: vec!["get".into()],
            ..PolicyRule::default()
        }]),
    }
}

/// Gives joining nodes (bootstrap tokens' default group) [`config_reader`].
fn config_reader_binding() -> RoleBinding {
    RoleBinding {
        metadata: meta(NAME, Some(KUBE_SYSTEM), &[]),
        role_ref: RoleRef {
            api_group: RBAC_GROUP.into(),
            kind: "Role".into(),
            name: NAME.into(),
        },
        subjects: Some(vec![Subject {
            api_group: Some(RBAC_GROUP.into()),
            kind: "Group".into(),
            name: DEFAULT_TOKEN_GROUP.into(),
            ..Subject::default()
        }]),
    }
}

/// The ConfigMap, signed with kubeadm's checksum annotation. Both values are written without
/// a final newline, as kubeadm's `|-` blocks hold them.
fn config_map(component: &str, kubeconfig: &str) -> ConfigMap {
    let data = string_map(&[
        (CONFIG_KEY, component.trim_end_matches('\n')),
        (KUBECONFIG_KEY, kubeconfig.trim_end_matches('\n')),
    ]);
    let mut metadata = meta(NAME, Some(KUBE_SYSTEM), &[("app", NAME)]);
    metadata.annotations = Some(string_map(&[(HASH_ANNOTATION, &data_checksum(&data))]));
    ConfigMap {
        metadata,
        data: Some(data),
        ..ConfigMap::default()
    }
}

fn container(image: &str) -> Container {
    let mount = |name: &str, path: &str, read_only: Option<bool>| VolumeMount {
        name: name.into(),
        mount_path: path.into(),
        read_only,
        ..VolumeMount::default()
    };
    Container {
        name: NAME.into(),
        image: Some(image.into()),
        image_pull_policy: Some("IfNotPresent".into()),
        command: Some(vec![
            "/usr/local/bin/kube-proxy".into(),
            format!("--config={MOUNT}/{CONFIG_KEY}"),
            "--hostname-override=$(NODE_NAME)".into(),
        ]),
        security_context: Some(SecurityContext {
            privileged: Some(true),
            ..SecurityContext::default()
        }),
        volume_mounts: Some(vec![
            mount(NAME, MOUNT, None),
            mount("xtables-lock", "/run/xtables.lock", Some(false)),
            mount("lib-modules", "/lib/modules", Some(true)),
        ]),
        env: Some(vec![EnvVar {
            name: "NODE_NAME".into(),
            value_from: Some(EnvVarSource {
                field_ref: Some(ObjectFieldSelector {
                    field_path: "spec.nodeName".into(),
                    ..ObjectFieldSelector::default()
                }),
                ..EnvVarSource::default()
            }),
            ..EnvVar::default()
        }]),
        ..Container::default()
    }
}

fn daemon_set(image: &str) -> DaemonSet {
    let host_path = |name: &str, path: &str, type_: Option<&str>| Volume {
        name: name.into(),
        host_path: Some(HostPathVolumeSource {
            path: path.into(),
            type_: type_.map(String::from),
        }),
        ..Volume::default()
    };
    let pod = PodSpec {
        priority_class_name: Some("system-node-critical".into()),
        containers: vec![container(image)],
        host_network: Some(true),
        service_account_name: Some(NAME.into()),
        volumes: Some(vec![
            Volume {
                name: NAME.into(),
                config_map: Some(ConfigMapVolumeSource {
                    name: NAME.into(),
                    ..ConfigMapVolumeSource::default()
                }),
                ..Volume::default()
            },
            host_path("xtables-lock", "/run/xtables.lock", Some("FileOrCreate")),
            host_path("lib-modules", "/lib/modules", None),
        ]),
        // Every node, whatever its taints: Services work everywhere.
        tolerations: Some(vec![Toleration {
            operator: Some("Exists".into()),
            ..Toleration::default()
        }]),
        node_selector: Some(string_map(&[LINUX_NODES])),
        ..PodSpec::default()
    };
    DaemonSet {
        metadata: meta(NAME, Some(KUBE_SYSTEM), &[APP]),
        spec: Some(DaemonSetSpec {
            selector: selector(APP),
            update_strategy: Some(DaemonSetUpdateStrategy {
                type_: Some("RollingUpdate".into()),
                ..DaemonSetUpdateStrategy::default()
            }),
            template: PodTemplateSpec {
                metadata: Some(template_meta(APP)),
                spec: Some(pod),
            },
            ..DaemonSetSpec::default()
        }),
        ..DaemonSet::default()
    }
}
