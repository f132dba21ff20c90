//! The values kubeadm gives the kubelet's configuration (upstream `componentconfigs/kubelet.go`,
//! `Default` and, for `resolvConf`, `Mutate`), and its warnings when a user's value differs.

use std::fmt::Debug;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use ipnet::IpNet;

use crate::{API_VERSION, KIND, KubeletConfiguration};

/// `staticPodPath`: the directory of the control plane's static Pod manifests.
pub const STATIC_POD_PATH: &str = "/etc/kubernetes/manifests";
/// `healthzBindAddress`: kubeadm checks the kubelet's health on localhost.
pub const HEALTHZ_BIND_ADDRESS: &str = "127.0.0.1";
/// `healthzPort`.
pub const HEALTHZ_PORT: i32 = 10248;
/// `resolvConf` when systemd-resolved manages the node's resolver: the real upstream servers,
/// not the 127.0.0.53 stub that would loop inside Pods.
pub const SYSTEMD_RESOLV_CONF: &str = "/run/systemd/resolve/resolv.conf";
/// kubeadm's `clusterDNS` when the service subnet gives no tenth address.
pub const DEFAULT_CLUSTER_DNS: &str = "10.96.0.10";
/// The certificate kubelet API clients must be signed by, in `certificatesDir`.
const CA_CERT: &str = "ca.crt";
/// `authorization.mode`.
const WEBHOOK: &str = "Webhook";
/// `cgroupDriver`.
const SYSTEMD: &str = "systemd";
/// kubeadm's `readOnlyPort` (off).
const READ_ONLY_PORT: i32 = 0;

/// What the defaults depend on, from the cluster's configuration and the node.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClusterFacts<'a> {
    /// The primary (first) service subnet, `networking.serviceSubnet`.
    pub service_subnet: Option<IpNet>,
    /// `networking.dnsDomain`.
    pub dns_domain: &'a str,
    /// `certificatesDir` as a node path.
    pub certificates_dir: &'a str,
    /// Whether systemd-resolved manages the node's resolver (see the caller for how it is found).
    pub systemd_resolved: bool,
}

/// A defaulted configuration and kubeadm's remarks about the user's values.
#[derive(Debug, Clone, PartialEq)]
pub struct Defaulted {
    /// The configuration with every kubeadm default filled in.
    pub config: KubeletConfiguration,
    /// One line per user value that differs from what kubeadm recommends.
    pub warnings: Vec<String>,
}

/// The tenth address of `subnet` (`10.96.0.10` for `10.96.0.0/12`), the address kubeadm gives
/// the cluster DNS Service; `None` when the subnet is too small to hold it.
pub fn dns_ip(subnet: &IpNet) -> Option<IpAddr> {
    let ip = match subnet.network() {
        IpAddr::V4(net) => IpAddr::V4(Ipv4Addr::from(u32::from(net).checked_add(10)?)),
        IpAddr::V6(net) => IpAddr::V6(Ipv6Addr::from(u128::from(net).checked_add(10)?)),
    };
    subnet.contains(&ip).then_some(ip)
}

/// `user` (the `KubeletConfiguration` document of the config file, if any) with kubeadm's
/// defaults filled in where it leaves a field unset, and kubeadm's warnings where it sets a
/// field to something else than kubeadm recommends. `rotateCertificates` is always true, as
/// kubeadm forces it (a `false` gets a warning here, which kubeadm cannot give).
pub fn with_kubeadm_defaults(
    user: Option<&KubeletConfiguration>,
    facts: &ClusterFacts<'_>,
) -> Defaulted {
    let mut c = user.cloned().unwrap_or_default();
    let mut warnings = Vec::new();
    c.api_version = API_VERSION.to_string();
    c.kind = KIND.to_string();

    default_string(
        &mut c.static_pod_path,
        STATIC_POD_PATH,
        "staticPodPath",
        &mut warnings,
    );

    let dns = facts
        .service_subnet
        .as_ref()
        .and_then(dns_ip)
        .map_or_else(|| DEFAULT_CLUSTER_DNS.to_string(), |ip| ip.to_string());
    match &c.cluster_dns {
        None => c.cluster_dns = Some(vec![dns]),
        Some(given) if given.len() != 1 || given[0] != dns => {
            warnings.push(recommended("clusterDNS", &[dns], given));
        }
        Some(_) => {}
    }

    match c.cluster_domain.as_deref() {
        None | Some("") => c.cluster_domain = Some(facts.dns_domain.to_string()),
        Some(given) if !facts.dns_domain.is_empty() && given != facts.dns_domain => {
            warnings.push(recommended("clusterDomain", facts.dns_domain, given));
        }
        Some(_) => {}
    }

    let ca = format!("{}/{CA_CERT}", facts.certificates_dir.trim_end_matches('/'));
    default_string(
        &mut c.authentication.x509.client_ca_file,
        &ca,
        "authentication.x509.clientCAFile",
        &mut warnings,
    );
    default_bool(
        &mut c.authentication.anonymous.enabled,
        false,
        "authentication.anonymous.enabled",
        &mut warnings,
    );
    default_string(
        &mut c.authorization.mode,
        WEBHOOK,
        "authorization.mode",
        &mut warnings,
    );
    default_bool(
        &mut c.authentication.webhook.enabled,
        true,
        "authentication.webhook.enabled",
        &mut warnings,
    );
    default_string(
        &mut c.healthz_bind_address,
        HEALTHZ_BIND_ADDRESS,
        "healthzBindAddress",
        &mut warnings,
    );
    match c.healthz_port {
        None => c.healthz_port = Some(HEALTHZ_PORT),
        Some(port) if port != HEALTHZ_PORT => {
            warnings.push(recommended("healthzPort", HEALTHZ_PORT, port));
        }
        Some(_) => {}
    }
    if let Some(port) = c.read_only_port.filter(|p| *p != READ_ONLY_PORT) {
        warnings.push(recommended("readOnlyPort", READ_ONLY_PORT, port));
    }
    if c.rotate_certificates == Some(false) {
        warnings.push(
            "KubeletConfiguration.rotateCertificates: false is replaced by true, as kubeadm \
             does: the kubelet must renew its client certificate"
                .to_string(),
        );
    }
    c.rotate_certificates = Some(true);
    if c.cgroup_driver.as_deref().is_none_or(str::is_empty) {
        c.cgroup_driver = Some(SYSTEMD.to_string());
    }
    if facts.systemd_resolved {
        match c.resolv_conf.as_deref() {
            None => c.resolv_conf = Some(SYSTEMD_RESOLV_CONF.to_string()),
            Some(given) if given != SYSTEMD_RESOLV_CONF => {
                warnings.push(recommended("resolvConf", SYSTEMD_RESOLV_CONF, given));
            }
            Some(_) => {}
        }
    }
    Defaulted {
        config: c,
        warnings,
    }
}

/// Sets an unset or empty string field to `value`; warns when it is set to something else.
fn default_string(field: &mut Option<String>, value: &str, name: &str, out: &mut Vec<String>) {
    match field.as_deref() {
        None | Some("") => *field = Some(value.to_string()),
        Some(given) if given != value => out.push(recommended(name, value, given)),
        Some(_) => {}
    }
}

/// Sets an unset switch to `value`; warns when it is set to the opposite.
fn default_bool(field: &mut Option<bool>, value: bool, name: &str, out: &mut Vec<String>) {
    match *field {
        None => *field = Some(value),
        Some(given) if given != value => out.push(recommended(name, value, given)),
        Some(_) => {}
    }
}

/// kubeadm's remark about a value that differs from its recommendation; the user's value is
/// cut to a short prefix.
fn recommended(field: &str, value: impl Debug, given: impl Debug) -> String {
    const MAX: usize = 64;
    let mut given = format!("{given:?}");
    if given.chars().count() > MAX {
        given = given.chars().take(MAX).collect::<String>() + "...";
    }
    format!(
        "KubeletConfiguration.{field}: kubeadm recommends {value:?}, the configuration file sets \
         {given}; kadm keeps the file's value"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Switch;

    fn facts(subnet: &str) -> ClusterFacts<'static> {
        ClusterFacts {
            service_subnet: Some(subnet.parse().unwrap()),
            dns_domain: "cluster.local",
            certificates_dir: "/etc/kubernetes/pki",
            systemd_resolved: false,
        }
    }

    #[test]
    fn tenth_address_of_each_family() {
        let ip = |s: &str| dns_ip(&s.parse().unwrap()).map(|ip| ip.to_string());
        assert_eq!(ip("10.96.0.0/12").as_deref(), Some("10.96.0.10"));
        assert_eq!(ip("10.96.0.5/16").as_deref(), Some("10.96.0.10"));
        assert_eq!(ip("172.30.8.0/24").as_deref(), Some("172.30.8.10"));
        assert_eq!(ip("fd00:10:96::/112").as_deref(), Some("fd00:10:96::a"));
        assert_eq!(ip("10.0.0.0/29"), None, "eight addresses hold no tenth");
        assert_eq!(ip("255.255.255.252/30"), None);
    }

    #[test]
    fn every_field_kubeadm_sets_by_default() {
        let d = with_kubeadm_defaults(None, &facts("10.96.0.0/12"));
        assert!(d.warnings.is_empty(), "{:?}", d.warnings);
        let c = d.config;
        assert_eq!(c.api_version, "kubelet.config.k8s.io/v1beta1");
        assert_eq!(c.kind, "KubeletConfiguration");
        assert_eq!(
            c.authentication.x509.client_ca_file.as_deref(),
            Some("/etc/kubernetes/pki/ca.crt")
        );
        assert_eq!(c.authentication.webhook.enabled, Some(true));
        assert_eq!(c.authentication.anonymous.enabled, Some(false));
        assert_eq!(c.authorization.mode.as_deref(), Some("Webhook"));
        assert_eq!(c.rotate_certificates, Some(true));
        assert_eq!(
            c.static_pod_path.as_deref(),
            Some("/etc/kubernetes/manifests")
        );
        assert_eq!(c.cluster_dns, Some(vec!["10.96.0.10".to_string()]));
        assert_eq!(c.cluster_domain.as_deref(), Some("cluster.local"));
        assert_eq!(c.cgroup_driver.as_deref(), Some("systemd"));
        assert_eq!(c.healthz_bind_address.as_deref(), Some("127.0.0.1"));
        assert_eq!(c.healthz_port, Some(10248));
        assert_eq!(c.resolv_conf, None, "only with systemd-resolved");
        assert_eq!(
            c.container_runtime_endpoint, None,
            "per node, not cluster-wide"
        );
        assert_eq!(c.read_only_port, None);
        assert!(c.other.is_empty());
    }

    #[test]
    fn cluster_facts_shape_dns_domain_and_ca() {
        let facts = ClusterFacts {
            service_subnet: Some("fd00:10:96::/112".parse().unwrap()),
            dns_domain: "corp.local",
            certificates_dir: "/srv/pki/",
            systemd_resolved: true,
        };
        let c = with_kubeadm_defaults(None, &facts).config;
        // Dual-stack: kubeadm takes the primary (first) subnet only; the caller passes it.
        assert_eq!(c.cluster_dns, Some(vec!["fd00:10:96::a".to_string()]));
        assert_eq!(c.cluster_domain.as_deref(), Some("corp.local"));
        assert_eq!(
            c.authentication.x509.client_ca_file.as_deref(),
            Some("/srv/pki/ca.crt")
        );
        assert_eq!(
            c.resolv_conf.as_deref(),
            Some("/run/systemd/resolve/resolv.conf")
        );
        let tiny = ClusterFacts {
            service_subnet: Some("10.0.0.0/29".parse().unwrap()),
            ..facts
        };
        assert_eq!(
            with_kubeadm_defaults(None, &tiny).config.cluster_dns,
            Some(vec!["10.96.0.10".to_string()]),
            "kubeadm's fallback"
        );
    }

    #[test]
    fn user_values_win_with_kubeadm_s_warnings() {
        let user = KubeletConfiguration {
            cluster_dns: Some(vec!["10.96.0.20".into()]),
            cgroup_driver: Some("cgroupfs".into()),
            healthz_port: Some(10249),
            read_only_port: Some(10255),
            rotate_certificates: Some(false),
            resolv_conf: Some("/etc/resolv.conf".into()),
            authentication: crate::Authentication {
                anonymous: Switch {
                    enabled: Some(true),
                    ..Switch::default()
                },
                ..Default::default()
            },
            other: [("maxPods".to_string(), serde_json::Value::from(90))].into(),
            ..KubeletConfiguration::default()
        };
        let d = with_kubeadm_defaults(
            Some(&user),
            &ClusterFacts {
                systemd_resolved: true,
                ..facts("10.96.0.0/12")
            },
        );
        let c = &d.config;
        assert_eq!(c.cluster_dns, Some(vec!["10.96.0.20".to_string()]));
        assert_eq!(c.cgroup_driver.as_deref(), Some("cgroupfs"), "no warning");
        assert_eq!(c.healthz_port, Some(10249));
        assert_eq!(c.read_only_port, Some(10255));
        assert_eq!(c.rotate_certificates, Some(true), "always forced");
        assert_eq!(c.resolv_conf.as_deref(), Some("/etc/resolv.conf"));
        assert_eq!(c.authentication.anonymous.enabled, Some(true));
        assert_eq!(c.other["maxPods"], serde_json::Value::from(90));
        let fields: Vec<&str> = d
            .warnings
            .iter()
            .map(|w| w.split(':').next().unwrap())
            .collect();
        assert_eq!(
            fields,
            [
                "KubeletConfiguration.clusterDNS",
                "KubeletConfiguration.authentication.anonymous.enabled",
                "KubeletConfiguration.healthzPort",
                "KubeletConfiguration.readOnlyPort",
                "KubeletConfiguration.rotateCertificates",
                "KubeletConfiguration.resolvConf",
            ]
        );
        assert_eq!(
            d.warnings[0],
            "KubeletConfiguration.clusterDNS: kubeadm recommends [\"10.96.0.10\"], the \
             configuration file sets [\"10.96.0.20\"]; kadm keeps the file's value"
        );
    }

    #[test]
    fn long_user_values_are_cut() {
        let user = KubeletConfiguration {
            static_pod_path: Some("/x".repeat(100)),
            ..KubeletConfiguration::default()
        };
        let d = with_kubeadm_defaults(Some(&user), &facts("10.96.0.0/12"));
        assert_eq!(d.warnings.len(), 1);
        assert!(d.warnings[0].len() < 250, "{}", d.warnings[0]);
        assert!(d.warnings[0].contains("...;"), "{}", d.warnings[0]);
    }
}
