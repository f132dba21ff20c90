//! The kubelet's component config, `KubeletConfiguration` (`kubelet.config.k8s.io/v1beta1`), as
//! kadm reads it from a `--config` file and writes it to `/var/lib/kubelet/config.yaml` and the
//! `kubelet-config` ConfigMap.
//!
//! `k8s-openapi` has no type for it (it is not an API object), so [`KubeletConfiguration`] is our
//! own: the fields kubeadm sets or checks are typed, so a wrong type is an error at load time;
//! every other field is kept exactly as written, in [`KubeletConfiguration::other`] (the kubelet
//! has well over a hundred fields, and they change from release to release: kadm passes them
//! through, as kubeadm passes through the fields it does not default).
//!
//! [`with_kubeadm_defaults`] fills in what kubeadm's `componentconfigs/kubelet.go` fills in and
//! returns kubeadm's warnings for values that differ from what it recommends.

mod defaults;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

pub use defaults::{
    ClusterFacts, DEFAULT_CLUSTER_DNS, Defaulted, HEALTHZ_BIND_ADDRESS, HEALTHZ_PORT,
    STATIC_POD_PATH, SYSTEMD_RESOLV_CONF, dns_ip, with_kubeadm_defaults,
};

/// The `apiVersion` of the kubelet's configuration.
pub const API_VERSION: &str = "kubelet.config.k8s.io/v1beta1";
/// The `kind` of the kubelet's configuration.
pub const KIND: &str = "KubeletConfiguration";

/// Fields kadm does not type, kept as written (sorted by key when printed).
pub type OtherFields = BTreeMap<String, Value>;

/// `KubeletConfiguration`: typed where kubeadm sets or checks a value, everything else kept.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct KubeletConfiguration {
    /// Always [`API_VERSION`] once defaulted.
    #[serde(default)]
    pub api_version: String,
    /// Always [`KIND`] once defaulted.
    #[serde(default)]
    pub kind: String,
    /// How clients of the kubelet's API authenticate.
    #[serde(default, skip_serializing_if = "Authentication::is_empty")]
    pub authentication: Authentication,
    /// How requests to the kubelet's API are authorized.
    #[serde(default, skip_serializing_if = "Authorization::is_empty")]
    pub authorization: Authorization,
    /// `cgroupDriver` (`systemd` by kubeadm's default).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cgroup_driver: Option<String>,
    /// `clusterDNS`: the addresses of the cluster's DNS service.
    #[serde(
        default,
        rename = "clusterDNS",
        skip_serializing_if = "Option::is_none"
    )]
    pub cluster_dns: Option<Vec<String>>,
    /// `clusterDomain`: the cluster's DNS domain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster_domain: Option<String>,
    /// `containerRuntimeEndpoint`: the CRI socket (per node; kubeadm puts it in the instance
    /// config, never in the cluster-wide ConfigMap).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_runtime_endpoint: Option<String>,
    /// `featureGates` of the kubelet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feature_gates: Option<BTreeMap<String, bool>>,
    /// `healthzBindAddress` (`127.0.0.1` for kubeadm's health check).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub healthz_bind_address: Option<String>,
    /// `healthzPort` (10248).
    #[serde(
        default,
        deserialize_with = "unquoted_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub healthz_port: Option<i32>,
    /// `readOnlyPort` (kubeadm recommends 0, off).
    #[serde(
        default,
        deserialize_with = "unquoted_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub read_only_port: Option<i32>,
    /// `resolvConf`: the resolver file the kubelet gives Pods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolv_conf: Option<String>,
    /// `rotateCertificates`: kubeadm always sets it to true.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rotate_certificates: Option<bool>,
    /// `staticPodPath`: where the control plane's static Pod manifests are.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub static_pod_path: Option<String>,
    /// Every other field, kept as written.
    #[serde(flatten)]
    pub other: OtherFields,
}

/// `authentication`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Authentication {
    /// `authentication.x509`.
    #[serde(default, skip_serializing_if = "X509::is_empty")]
    pub x509: X509,
    /// `authentication.webhook`.
    #[serde(default, skip_serializing_if = "Switch::is_empty")]
    pub webhook: Switch,
    /// `authentication.anonymous`.
    #[serde(default, skip_serializing_if = "Switch::is_empty")]
    pub anonymous: Switch,
    /// Other fields, kept as written.
    #[serde(flatten)]
    pub other: OtherFields,
}

impl Authentication {
    fn is_empty(&self) -> bool {
        self.x509.is_empty()
            && self.webhook.is_empty()
            && self.anonymous.is_empty()
            && self.other.is_empty()
    }
}

/// `authentication.x509`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct X509 {
    /// `clientCAFile`: the CA that signs the certificates of the kubelet API's clients.
    #[serde(
        default,
        rename = "clientCAFile",
        skip_serializing_if = "Option::is_none"
    )]
    pub client_ca_file: Option<String>,
    /// Other fields, kept as written.
    #[serde(flatten)]
    pub other: OtherFields,
}

impl X509 {
    fn is_empty(&self) -> bool {
        self.client_ca_file.is_none() && self.other.is_empty()
    }
}

/// A mapping with an `enabled` switch: `authentication.webhook` (which also has `cacheTTL`,
/// kept among the other fields) and `authentication.anonymous`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Switch {
    /// `enabled`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Other fields, kept as written.
    #[serde(flatten)]
    pub other: OtherFields,
}

impl Switch {
    fn is_empty(&self) -> bool {
        self.enabled.is_none() && self.other.is_empty()
    }
}

/// `authorization`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Authorization {
    /// `mode` (`Webhook` for kubeadm).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<String>,
    /// Other fields, kept as written.
    #[serde(flatten)]
    pub other: OtherFields,
}

impl Authorization {
    fn is_empty(&self) -> bool {
        self.mode.is_none() && self.other.is_empty()
    }
}

/// A port as the kubelet's JSON decoding reads it: a YAML integer in the `int32` range, never a
/// quoted string (the YAML library would otherwise accept `"10248"`).
fn unquoted_int<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<i32>, D::Error> {
    struct Port;
    impl serde::de::Visitor<'_> for Port {
        type Value = Option<i32>;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("an integer (written without quotes)")
        }
        fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Self::Value, E> {
            let out_of_range = || E::invalid_value(serde::de::Unexpected::Signed(v), &self);
            i32::try_from(v).map(Some).map_err(|_| out_of_range())
        }
        fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Self::Value, E> {
            self.visit_i64(i64::try_from(v).unwrap_or(i64::MAX))
        }
        fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
            let expected = match v.trim().parse::<i64>() {
                Ok(_) => "an integer (written without quotes)",
                Err(_) => "an integer",
            };
            Err(E::invalid_type(serde::de::Unexpected::Str(v), &expected))
        }
    }
    d.deserialize_any(Port)
}

impl KubeletConfiguration {
    /// The document as kubeadm prints it: keys sorted, one value per line.
    pub fn to_yaml(&self) -> Result<String, kadm_sorted_yaml::SortedYamlError> {
        kadm_sorted_yaml::to_yaml(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> KubeletConfiguration {
        serde_saphyr::from_str(text).unwrap()
    }

    #[test]
    fn unknown_fields_are_kept_at_every_level_and_printed_sorted() {
        let text = "apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n\
                    maxPods: 250\nevictionHard:\n  memory.available: 100Mi\n\
                    authentication:\n  webhook:\n    cacheTTL: 2m0s\n    enabled: true\n\
                    authorization:\n  mode: Webhook\n  webhook:\n    cacheAuthorizedTTL: 5m0s\n";
        let config = parse(text);
        assert_eq!(config.other["maxPods"], Value::from(250));
        assert_eq!(config.authentication.webhook.enabled, Some(true));
        assert_eq!(
            config.authentication.webhook.other["cacheTTL"],
            Value::from("2m0s")
        );
        let out = config.to_yaml().unwrap();
        assert_eq!(
            out,
            "apiVersion: kubelet.config.k8s.io/v1beta1\nauthentication:\n  webhook:\n    \
             cacheTTL: 2m0s\n    enabled: true\nauthorization:\n  mode: Webhook\n  webhook:\n    \
             cacheAuthorizedTTL: 5m0s\nevictionHard:\n  memory.available: 100Mi\nkind: \
             KubeletConfiguration\nmaxPods: 250\n"
        );
        assert_eq!(parse(&out), config, "printing and reading back is lossless");
    }

    #[test]
    fn typed_fields_refuse_wrong_types() {
        for text in [
            "healthzPort: abc\n",
            "healthzPort: \"10248\"\n",
            "readOnlyPort: 1e3\n",
            "clusterDNS: 10.96.0.10\n",
            "rotateCertificates: [1]\n",
            "authentication:\n  anonymous:\n    enabled: {a: 1}\n",
        ] {
            assert!(
                serde_saphyr::from_str::<KubeletConfiguration>(text).is_err(),
                "{text}"
            );
        }
    }
}
