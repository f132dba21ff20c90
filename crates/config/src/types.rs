//! The `kubeadm.k8s.io/v1beta4` types kadm reads: `InitConfiguration` and `ClusterConfiguration`.
//!
//! Field names follow the upstream API exactly. Strings hold values as written; an empty string
//! means "not set" and is filled by [`crate::Config`]'s defaulting, as kubeadm does. Every struct
//! rejects unknown fields.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The only kubeadm API version kadm reads and writes.
pub const API_VERSION: &str = "kubeadm.k8s.io/v1beta4";
/// `kind` of the init-time document.
pub const INIT_KIND: &str = "InitConfiguration";
/// `kind` of the cluster-wide document.
pub const CLUSTER_KIND: &str = "ClusterConfiguration";

fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

/// An `int32` as kubeadm's JSON decoding reads it: a YAML integer, never a quoted string
/// (`bindPort: "6443"` is a type error, as it is for kubeadm).
fn int32<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<i32, D::Error> {
    struct Int32;
    impl serde::de::Visitor<'_> for Int32 {
        type Value = i32;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("an integer")
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<i32, E> {
            let quoted_number = v.trim().parse::<i64>().is_ok();
            let expected = if quoted_number {
                "an integer (written without quotes)"
            } else {
                "an integer"
            };
            Err(E::invalid_type(serde::de::Unexpected::Str(v), &expected))
        }
        fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<i32, E> {
            i32::try_from(v).map_err(|_| E::invalid_value(serde::de::Unexpected::Signed(v), &self))
        }
        fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<i32, E> {
            i32::try_from(v)
                .map_err(|_| E::invalid_value(serde::de::Unexpected::Unsigned(v), &self))
        }
    }
    deserializer.deserialize_any(Int32)
}

/// `InitConfiguration`: settings used only while `init` runs on this node.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct InitConfiguration {
    /// Always `kubeadm.k8s.io/v1beta4`.
    #[serde(default)]
    pub api_version: String,
    /// Always `InitConfiguration`.
    #[serde(default)]
    pub kind: String,
    /// Bootstrap tokens to create (kadm keeps them for compatibility; it does not create them).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bootstrap_tokens: Vec<BootstrapToken>,
    /// Dry-run mode requested by the file.
    #[serde(default, skip_serializing_if = "is_default")]
    pub dry_run: bool,
    /// How this node registers itself.
    #[serde(default, skip_serializing_if = "is_default")]
    pub node_registration: NodeRegistration,
    /// The API server endpoint of this control-plane node.
    #[serde(
        default,
        rename = "localAPIEndpoint",
        skip_serializing_if = "is_default"
    )]
    pub local_api_endpoint: ApiEndpoint,
    /// Hex AES key used by `upload-certs`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub certificate_key: String,
    /// Phases to skip when `--skip-phases` is not given.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skip_phases: Vec<String>,
    /// Patches for the components kubeadm deploys.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub patches: Option<Patches>,
    /// Timeouts of the init workflow, as Go duration strings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeouts: Option<Timeouts>,
}

/// One bootstrap token (`bootstraptoken/v1`).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BootstrapToken {
    /// `[a-z0-9]{6}.[a-z0-9]{16}`; empty means "generate one".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub token: String,
    /// Free text shown by `kubeadm token list`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// Lifetime as a Go duration (`24h0m0s`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub ttl: String,
    /// Absolute expiry (RFC 3339); overrides `ttl`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub expires: String,
    /// Usages such as `signing` and `authentication`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub usages: Vec<String>,
    /// Extra groups the token authenticates as.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<String>,
}

/// `nodeRegistration`: how this node registers with the cluster.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NodeRegistration {
    /// Node name; also the CN of the kubelet client certificate and a SAN of etcd's certificates.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// Container runtime socket.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub cri_socket: String,
    /// Taints; `None` means kubeadm's control-plane taint, `Some(vec![])` means no taint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub taints: Option<Vec<Taint>>,
    /// Extra kubelet flags; duplicates allowed, the last one wins.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kubelet_extra_args: Vec<Arg>,
    /// Preflight checks whose errors are ignored.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ignore_preflight_errors: Vec<String>,
    /// `Always`, `IfNotPresent` or `Never`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub image_pull_policy: String,
    /// Pull images one at a time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_pull_serial: Option<bool>,
}

/// A node taint (`core/v1` Taint).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Taint {
    /// Taint key.
    #[serde(default)]
    pub key: String,
    /// Taint value.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub value: String,
    /// `NoSchedule`, `PreferNoSchedule` or `NoExecute`.
    #[serde(default)]
    pub effect: String,
    /// When the taint was added (RFC 3339).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub time_added: String,
}

/// A command-line argument as a name/value pair (v1beta4 replaced maps with lists of these).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Arg {
    /// Flag name without leading dashes.
    #[serde(default)]
    pub name: String,
    /// Flag value.
    #[serde(default)]
    pub value: String,
}

/// `localAPIEndpoint`: where this node's API server listens and what it advertises.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ApiEndpoint {
    /// IP address the API server advertises.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub advertise_address: String,
    /// Secure port; 0 means the default 6443.
    #[serde(
        default,
        skip_serializing_if = "is_default",
        deserialize_with = "int32"
    )]
    pub bind_port: i32,
}

/// `patches`: a directory of patches for kubeadm-managed components.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Patches {
    /// Directory holding the patch files.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub directory: String,
}

/// `timeouts`: each a Go duration string such as `4m0s`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Timeouts {
    /// Wait for control-plane components to become healthy.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub control_plane_component_health_check: String,
    /// Wait for the kubelet to become healthy.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub kubelet_health_check: String,
    /// Limit of one API server request.
    #[serde(
        default,
        rename = "kubernetesAPICall",
        skip_serializing_if = "String::is_empty"
    )]
    pub kubernetes_api_call: String,
    /// Limit of one etcd request.
    #[serde(
        default,
        rename = "etcdAPICall",
        skip_serializing_if = "String::is_empty"
    )]
    pub etcd_api_call: String,
    /// Wait for the kubelet's TLS bootstrap.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub tls_bootstrap: String,
    /// Wait for discovery when joining.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub discovery: String,
    /// Wait for static Pod manifests during upgrades.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub upgrade_manifests: String,
}

/// `ClusterConfiguration`: settings shared by the whole cluster.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ClusterConfiguration {
    /// Always `kubeadm.k8s.io/v1beta4`.
    #[serde(default)]
    pub api_version: String,
    /// Always `ClusterConfiguration`.
    #[serde(default)]
    pub kind: String,
    /// Local or external etcd.
    #[serde(default, skip_serializing_if = "is_default")]
    pub etcd: Etcd,
    /// Service and pod networks.
    #[serde(default, skip_serializing_if = "is_default")]
    pub networking: Networking,
    /// Target control-plane version, such as `v1.33.0`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub kubernetes_version: String,
    /// Stable address of the control plane: `host`, `host:port` or `[v6]:port`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub control_plane_endpoint: String,
    /// kube-apiserver settings.
    #[serde(default, skip_serializing_if = "is_default")]
    pub api_server: ApiServer,
    /// kube-controller-manager settings.
    #[serde(default, skip_serializing_if = "is_default")]
    pub controller_manager: ControlPlaneComponent,
    /// kube-scheduler settings.
    #[serde(default, skip_serializing_if = "is_default")]
    pub scheduler: ControlPlaneComponent,
    /// DNS add-on settings.
    #[serde(default, skip_serializing_if = "is_default")]
    pub dns: Dns,
    /// kube-proxy add-on settings.
    #[serde(default, skip_serializing_if = "is_default")]
    pub proxy: Proxy,
    /// Where certificates and keys live.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub certificates_dir: String,
    /// Container registry of the control-plane images.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub image_repository: String,
    /// kubeadm feature gates.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub feature_gates: BTreeMap<String, bool>,
    /// Cluster name written into kubeconfig files.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub cluster_name: String,
    /// Key type of every generated key: `RSA-2048`, `RSA-3072`, `RSA-4096`, `ECDSA-P256`, `ECDSA-P384`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub encryption_algorithm: String,
    /// Lifetime of leaf certificates (Go duration).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub certificate_validity_period: String,
    /// Lifetime of CA certificates (Go duration).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub ca_certificate_validity_period: String,
}

/// `etcd`: exactly one of `local` and `external`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Etcd {
    /// etcd run by kubeadm on this node.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local: Option<LocalEtcd>,
    /// An etcd cluster managed elsewhere.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external: Option<ExternalEtcd>,
}

/// `etcd.local`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LocalEtcd {
    /// Registry of the etcd image.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub image_repository: String,
    /// Tag of the etcd image.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub image_tag: String,
    /// etcd's data directory.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub data_dir: String,
    /// Extra etcd flags.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extra_args: Vec<Arg>,
    /// Extra environment variables.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extra_envs: Vec<EnvVar>,
    /// Extra SANs of the etcd server certificate.
    #[serde(
        default,
        rename = "serverCertSANs",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub server_cert_sans: Vec<String>,
    /// Extra SANs of the etcd peer certificate.
    #[serde(
        default,
        rename = "peerCertSANs",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub peer_cert_sans: Vec<String>,
}

/// `etcd.external`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ExternalEtcd {
    /// Client URLs of the etcd members.
    #[serde(default)]
    pub endpoints: Vec<String>,
    /// CA bundle that signed the etcd server certificates.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub ca_file: String,
    /// Client certificate for etcd.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub cert_file: String,
    /// Client key for etcd.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub key_file: String,
}

/// `networking`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Networking {
    /// One CIDR, or an IPv4 and an IPv6 CIDR separated by a comma.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub service_subnet: String,
    /// Pod network, same form as `serviceSubnet`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub pod_subnet: String,
    /// Cluster DNS domain.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub dns_domain: String,
}

/// Settings shared by the control-plane static Pods.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ControlPlaneComponent {
    /// Extra flags.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extra_args: Vec<Arg>,
    /// Extra host-path volumes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extra_volumes: Vec<HostPathMount>,
    /// Extra environment variables.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extra_envs: Vec<EnvVar>,
}

/// `apiServer`: the control-plane component settings plus the certificate SANs.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ApiServer {
    /// Extra flags.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extra_args: Vec<Arg>,
    /// Extra host-path volumes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extra_volumes: Vec<HostPathMount>,
    /// Extra environment variables.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extra_envs: Vec<EnvVar>,
    /// Extra SANs of the API server serving certificate.
    #[serde(default, rename = "certSANs", skip_serializing_if = "Vec::is_empty")]
    pub cert_sans: Vec<String>,
}

/// A host directory mounted into a control-plane Pod.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct HostPathMount {
    /// Volume name.
    #[serde(default)]
    pub name: String,
    /// Path on the host.
    #[serde(default)]
    pub host_path: String,
    /// Path inside the Pod.
    #[serde(default)]
    pub mount_path: String,
    /// Mount read-only.
    #[serde(default, skip_serializing_if = "is_default")]
    pub read_only: bool,
    /// `core/v1` HostPathType.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub path_type: String,
}

/// An environment variable (`core/v1` EnvVar).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct EnvVar {
    /// Variable name.
    #[serde(default)]
    pub name: String,
    /// Literal value.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub value: String,
    /// Value taken from elsewhere.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_from: Option<EnvVarSource>,
}

/// `valueFrom` of an environment variable.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct EnvVarSource {
    /// A field of the Pod.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_ref: Option<ObjectFieldSelector>,
    /// A resource of a container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_field_ref: Option<ResourceFieldSelector>,
    /// A key of a ConfigMap.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config_map_key_ref: Option<KeySelector>,
    /// A key of a Secret.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_key_ref: Option<KeySelector>,
}

/// `fieldRef`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ObjectFieldSelector {
    /// API version of the field path.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub api_version: String,
    /// Field path such as `status.podIP`.
    #[serde(default)]
    pub field_path: String,
}

/// `resourceFieldRef`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ResourceFieldSelector {
    /// Container name.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub container_name: String,
    /// Resource such as `limits.cpu`.
    #[serde(default)]
    pub resource: String,
    /// Output divisor (a quantity).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub divisor: String,
}

/// `configMapKeyRef` / `secretKeyRef`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct KeySelector {
    /// Object name.
    #[serde(default)]
    pub name: String,
    /// Key inside the object.
    #[serde(default)]
    pub key: String,
    /// Whether the object or key may be missing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub optional: Option<bool>,
}

/// `dns`: the CoreDNS add-on.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Dns {
    /// Do not install the add-on.
    #[serde(default, skip_serializing_if = "is_default")]
    pub disabled: bool,
    /// Registry of the CoreDNS image.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub image_repository: String,
    /// Tag of the CoreDNS image.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub image_tag: String,
}

/// `proxy`: the kube-proxy add-on.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Proxy {
    /// Do not install the add-on.
    #[serde(default, skip_serializing_if = "is_default")]
    pub disabled: bool,
}
