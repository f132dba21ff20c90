//! `addon coredns`: the objects kubeadm creates for the cluster DNS: the `coredns` ConfigMap
//! (the Corefile), the `system:coredns` ClusterRole and ClusterRoleBinding, the `coredns`
//! ServiceAccount, the `coredns` Deployment and the `kube-dns` Service.

use std::net::IpAddr;

use ipnet::IpNet;
use kadm_config::{DEFAULT_IMAGE_REPOSITORY, ValidConfig};
use kadm_kube_objects::k8s_openapi::api::apps::v1::{
    Deployment, DeploymentSpec, DeploymentStrategy, RollingUpdateDeployment,
};
use kadm_kube_objects::k8s_openapi::api::core::v1::{
    Affinity, Capabilities, ConfigMap, ConfigMapVolumeSource, Container, ContainerPort,
    HTTPGetAction, KeyToPath, PodAffinityTerm, PodAntiAffinity, PodSpec, PodTemplateSpec, Probe,
    ResourceRequirements, SecurityContext, Service, ServiceAccount, ServicePort, ServiceSpec,
    Toleration, Volume, VolumeMount, WeightedPodAffinityTerm,
};
use kadm_kube_objects::k8s_openapi::api::rbac::v1::{
    ClusterRole, ClusterRoleBinding, PolicyRule, RoleRef,
};
use kadm_kube_objects::k8s_openapi::apimachinery::pkg::api::resource::Quantity;
use kadm_kube_objects::k8s_openapi::apimachinery::pkg::apis::meta::v1::{
    LabelSelector, LabelSelectorRequirement,
};
use kadm_kube_objects::k8s_openapi::apimachinery::pkg::util::intstr::IntOrString;
use kadm_kube_objects::{KUBE_SYSTEM, Manifest, meta, string_map};
use kadm_kube_version::Version;

use crate::error::AddonError;
use crate::{
    CONTROL_PLANE_TAINT, LINUX_NODES, RBAC_GROUP, selector, service_account_subject, template_meta,
};

/// The file `addon coredns` writes in the cluster-objects directory.
pub const COREDNS_FILE: &str = "addon-coredns.yaml";

/// The name of the Deployment, ConfigMap and ServiceAccount.
const NAME: &str = "coredns";
/// The label every DNS object and Pod carries (kube-dns's, kept for compatibility).
const APP: (&str, &str) = ("k8s-app", "kube-dns");
/// The ClusterRole and its binding.
const ROLE: &str = "system:coredns";
/// The Service's name, which every cluster's DNS clients expect.
const SERVICE: &str = "kube-dns";
/// The address index in the service subnet the DNS Service takes.
const DNS_IP_INDEX: u32 = 10;
/// The field the DNS Service address comes from, for errors.
const SERVICE_SUBNET_FIELD: &str = "ClusterConfiguration.networking.serviceSubnet";

/// The CoreDNS version kubeadm deploys with a Kubernetes version: kubeadm's
/// `constants.CoreDNSVersion` in that release, from the release table ([`kadm_release::coredns`];
/// v1.11.1 in v1.31.0, v1.11.3 from v1.31.1 through v1.32, then one per minor up to v1.14.6 in
/// v1.37). A version outside the table gets the nearest entry.
pub fn coredns_version(kubernetes: Version) -> &'static str {
    kadm_release::coredns(kubernetes)
}

/// The CoreDNS image: `dns.imageRepository` (else `imageRepository`) and `dns.imageTag` (else
/// [`coredns_version`]). As kubeadm does, the default registry gets the `coredns/` path the
/// project publishes under (`registry.k8s.io/coredns/coredns`); a mirror is used as it is.
pub fn coredns_image(config: &ValidConfig) -> String {
    let cluster = &config.config().cluster;
    let repository = match cluster.dns.image_repository.as_str() {
        "" => cluster.image_repository.as_str(),
        own => own,
    };
    let repository = if repository == DEFAULT_IMAGE_REPOSITORY {
        format!("{repository}/coredns")
    } else {
        repository.to_string()
    };
    let tag = match cluster.dns.image_tag.as_str() {
        "" => coredns_version(config.kubernetes_version()),
        own => own,
    };
    format!("{repository}/coredns:{tag}")
}

/// The DNS Service's cluster IP: the tenth address of the first service subnet (with
/// dual-stack, of the subnet listed first), as kubeadm and the kubelet's `clusterDNS` take it.
pub fn dns_service_ip(config: &ValidConfig) -> Result<IpAddr, AddonError> {
    let subnets = config.service_subnets();
    let subnet = subnets.first().ok_or(AddonError::NoServiceSubnet {
        field: SERVICE_SUBNET_FIELD,
    })?;
    nth_address(subnet, DNS_IP_INDEX).ok_or_else(|| AddonError::SubnetTooSmall {
        field: SERVICE_SUBNET_FIELD,
        subnet: *subnet,
        longest_prefix: subnet.max_prefix_len() - 4,
    })
}

/// The subnet's network address plus `index`, when the subnet holds it.
fn nth_address(subnet: &IpNet, index: u32) -> Option<IpAddr> {
    let ip = match subnet.network() {
        IpAddr::V4(v4) => IpAddr::V4(u32::from(v4).checked_add(index)?.into()),
        IpAddr::V6(v6) => IpAddr::V6(u128::from(v6).checked_add(u128::from(index))?.into()),
    };
    subnet.contains(&ip).then_some(ip)
}

/// Whether the target version's kubeadm disables CoreDNS's cache for the cluster domain
/// (kubernetes/kubernetes#128359, from v1.32).
fn cache_skips_cluster_domain(kubernetes: Version) -> bool {
    kadm_release::release(kubernetes).coredns_cache_skips_cluster_domain
}

/// Whether the target version's kubeadm declares the probe ports and names them in the probes
/// (kubernetes/kubernetes#131587, from v1.34).
fn named_probe_ports(kubernetes: Version) -> bool {
    kadm_release::release(kubernetes).coredns_named_probe_ports
}

/// kubeadm's Corefile for the cluster domain `domain`.
pub fn corefile(domain: &str, kubernetes: Version) -> String {
    let mut lines = vec![
        ".:53 {".to_string(),
        "    errors".into(),
        "    health {".into(),
        "       lameduck 5s".into(),
        "    }".into(),
        "    ready".into(),
        format!("    kubernetes {domain} in-addr.arpa ip6.arpa {{"),
        "       pods insecure".into(),
        "       fallthrough in-addr.arpa ip6.arpa".into(),
        "       ttl 30".into(),
        "    }".into(),
        "    prometheus :9153".into(),
        "    forward . /etc/resolv.conf {".into(),
        "       max_concurrent 1000".into(),
        "    }".into(),
    ];
    if cache_skips_cluster_domain(kubernetes) {
        lines.extend([
            "    cache 30 {".to_string(),
            format!("       disable success {domain}"),
            format!("       disable denial {domain}"),
            "    }".into(),
        ]);
    } else {
        lines.push("    cache 30".into());
    }
    lines.extend(["    loop", "    reload", "    loadbalance", "}"].map(String::from));
    let mut text = lines.join("\n");
    text.push('\n');
    text
}

/// Every object of the CoreDNS addon, in the order kubeadm creates them.
pub fn coredns_manifest(config: &ValidConfig) -> Result<Manifest, AddonError> {
    let version = config.kubernetes_version();
    let dns_ip = dns_service_ip(config)?;
    let mut manifest = Manifest::new();
    let print = |e| AddonError::Print {
        addon: "CoreDNS",
        cause: e,
    };
    manifest
        .push(&config_map(config.dns_domain(), version))
        .map_err(print)?
        .push(&cluster_role())
        .map_err(print)?
        .push(&cluster_role_binding())
        .map_err(print)?
        .push(&ServiceAccount {
            metadata: meta(NAME, Some(KUBE_SYSTEM), &[]),
            ..ServiceAccount::default()
        })
        .map_err(print)?
        .push(&deployment(&coredns_image(config), version))
        .map_err(print)?
        .push(&service(dns_ip))
        .map_err(print)?;
    Ok(manifest)
}

fn config_map(domain: &str, version: Version) -> ConfigMap {
    ConfigMap {
        metadata: meta(NAME, Some(KUBE_SYSTEM), &[]),
        data: Some(string_map(&[("Corefile", &corefile(domain, version))])),
        ..ConfigMap::default()
    }
}

fn cluster_role() -> ClusterRole {
    let rule = |group: &str, resources: &[&str]| PolicyRule {
        api_groups: Some(vec![group.to_string()]),
        resources: Some(resources.iter().map(|r| r.to_string()).collect()),
        verbs: vec!["list".into(), "watch".into()],
        ..PolicyRule::default()
    };
    ClusterRole {
        metadata: meta(ROLE, None, &[]),
        rules: Some(vec![
            rule("", &["endpoints", "services", "pods", "namespaces"]),
            rule("discovery.k8s.io", &["endpointslices"]),
        ]),
        ..ClusterRole::default()
    }
}

fn cluster_role_binding() -> ClusterRoleBinding {
    ClusterRoleBinding {
        metadata: meta(ROLE, None, &[]),
        role_ref: RoleRef {
            api_group: RBAC_GROUP.into(),
            kind: "ClusterRole".into(),
            name: ROLE.into(),
        },
        subjects: Some(vec![service_account_subject(NAME)]),
    }
}

/// A named TCP or UDP container port.
fn port(name: &str, number: i32, protocol: &str) -> ContainerPort {
    ContainerPort {
        name: Some(name.into()),
        container_port: number,
        protocol: Some(protocol.into()),
        ..ContainerPort::default()
    }
}

/// An HTTP GET probe on `path` at `port`.
fn http_probe(path: &str, port: IntOrString) -> Probe {
    Probe {
        http_get: Some(HTTPGetAction {
            path: Some(path.into()),
            port,
            scheme: Some("HTTP".into()),
            ..HTTPGetAction::default()
        }),
        ..Probe::default()
    }
}

fn container(image: &str, version: Version) -> Container {
    const LIVENESS: (&str, i32) = ("liveness-probe", 8080);
    const READINESS: (&str, i32) = ("readiness-probe", 8181);
    let mut ports = vec![
        port("dns", 53, "UDP"),
        port("dns-tcp", 53, "TCP"),
        port("metrics", 9153, "TCP"),
    ];
    let probe_port = |(name, number): (&str, i32)| {
        if named_probe_ports(version) {
            IntOrString::String(name.into())
        } else {
            IntOrString::Int(number)
        }
    };
    if named_probe_ports(version) {
        ports.extend([LIVENESS, READINESS].map(|(name, n)| port(name, n, "TCP")));
    }
    Container {
        name: NAME.into(),
        image: Some(image.into()),
        image_pull_policy: Some("IfNotPresent".into()),
        resources: Some(ResourceRequirements {
            limits: Some([("memory".to_string(), Quantity("170Mi".into()))].into()),
            requests: Some(
                [
                    ("cpu".to_string(), Quantity("100m".into())),
                    ("memory".to_string(), Quantity("70Mi".into())),
                ]
                .into(),
            ),
            ..ResourceRequirements::default()
        }),
        args: Some(vec!["-conf".into(), "/etc/coredns/Corefile".into()]),
        volume_mounts: Some(vec![VolumeMount {
            name: "config-volume".into(),
            mount_path: "/etc/coredns".into(),
            read_only: Some(true),
            ..VolumeMount::default()
        }]),
        ports: Some(ports),
        liveness_probe: Some(Probe {
            initial_delay_seconds: Some(60),
            timeout_seconds: Some(5),
            success_threshold: Some(1),
            failure_threshold: Some(5),
            ..http_probe("/health", probe_port(LIVENESS))
        }),
        readiness_probe: Some(http_probe("/ready", probe_port(READINESS))),
        security_context: Some(SecurityContext {
            allow_privilege_escalation: Some(false),
            capabilities: Some(Capabilities {
                add: Some(vec!["NET_BIND_SERVICE".into()]),
                drop: Some(vec!["ALL".into()]),
            }),
            read_only_root_filesystem: Some(true),
            ..SecurityContext::default()
        }),
        ..Container::default()
    }
}

/// Spread the replicas over nodes when the scheduler can.
fn spread_over_nodes() -> Affinity {
    Affinity {
        pod_anti_affinity: Some(PodAntiAffinity {
            preferred_during_scheduling_ignored_during_execution: Some(vec![
                WeightedPodAffinityTerm {
                    weight: 100,
                    pod_affinity_term: PodAffinityTerm {
                        label_selector: Some(LabelSelector {
                            match_expressions: Some(vec![LabelSelectorRequirement {
                                key: APP.0.into(),
                                operator: "In".into(),
                                values: Some(vec![APP.1.into()]),
                            }]),
                            ..LabelSelector::default()
                        }),
                        topology_key: "kubernetes.io/hostname".into(),
                        ..PodAffinityTerm::default()
                    },
                },
            ]),
            ..PodAntiAffinity::default()
        }),
        ..Affinity::default()
    }
}

fn deployment(image: &str, version: Version) -> Deployment {
    let pod = PodSpec {
        priority_class_name: Some("system-cluster-critical".into()),
        service_account_name: Some(NAME.into()),
        affinity: Some(spread_over_nodes()),
        tolerations: Some(vec![
            Toleration {
                key: Some("CriticalAddonsOnly".into()),
                operator: Some("Exists".into()),
                ..Toleration::default()
            },
            Toleration {
                key: Some(CONTROL_PLANE_TAINT.into()),
                effect: Some("NoSchedule".into()),
                ..Toleration::default()
            },
        ]),
        node_selector: Some(string_map(&[LINUX_NODES])),
        containers: vec![container(image, version)],
        dns_policy: Some("Default".into()),
        volumes: Some(vec![Volume {
            name: "config-volume".into(),
            config_map: Some(ConfigMapVolumeSource {
                name: NAME.into(),
                items: Some(vec![KeyToPath {
                    key: "Corefile".into(),
                    path: "Corefile".into(),
                    ..KeyToPath::default()
                }]),
                ..ConfigMapVolumeSource::default()
            }),
            ..Volume::default()
        }]),
        ..PodSpec::default()
    };
    Deployment {
        metadata: meta(NAME, Some(KUBE_SYSTEM), &[APP]),
        spec: Some(DeploymentSpec {
            replicas: Some(2),
            strategy: Some(DeploymentStrategy {
                type_: Some("RollingUpdate".into()),
                rolling_update: Some(RollingUpdateDeployment {
                    max_unavailable: Some(IntOrString::Int(1)),
                    ..RollingUpdateDeployment::default()
                }),
            }),
            selector: selector(APP),
            template: PodTemplateSpec {
                metadata: Some(template_meta(APP)),
                spec: Some(pod),
            },
            ..DeploymentSpec::default()
        }),
        ..Deployment::default()
    }
}

fn service(cluster_ip: IpAddr) -> Service {
    let port = |name: &str, number: i32, protocol: &str| ServicePort {
        name: Some(name.into()),
        port: number,
        protocol: Some(protocol.into()),
        target_port: Some(IntOrString::Int(number)),
        ..ServicePort::default()
    };
    let mut metadata = meta(
        SERVICE,
        Some(KUBE_SYSTEM),
        &[
            APP,
            ("kubernetes.io/cluster-service", "true"),
            ("kubernetes.io/name", "CoreDNS"),
        ],
    );
    metadata.annotations = Some(string_map(&[
        ("prometheus.io/port", "9153"),
        ("prometheus.io/scrape", "true"),
    ]));
    Service {
        metadata,
        spec: Some(ServiceSpec {
            cluster_ip: Some(cluster_ip.to_string()),
            ports: Some(vec![
                port("dns", 53, "UDP"),
                port("dns-tcp", 53, "TCP"),
                port("metrics", 9153, "TCP"),
            ]),
            selector: Some(string_map(&[APP])),
            ..ServiceSpec::default()
        }),
        ..Service::default()
    }
}
