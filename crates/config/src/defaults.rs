//! kubeadm's defaults and the facts about this host that some of them depend on.

use std::fs;
use std::net::{IpAddr, Ipv4Addr};

use crate::types::{
    API_VERSION, BootstrapToken, CLUSTER_KIND, ClusterConfiguration, INIT_KIND, InitConfiguration,
    LocalEtcd, Timeouts,
};

/// Kubernetes version used when the file and the flags name none: the release table's default
/// ([`kadm_release::DEFAULT_KUBERNETES_VERSION`]). kadm works offline, so it cannot resolve
/// kubeadm's `stable-1` label.
pub const DEFAULT_KUBERNETES_VERSION: &str = kadm_release::DEFAULT_KUBERNETES_VERSION;
/// Default `localAPIEndpoint.bindPort`.
pub const DEFAULT_BIND_PORT: u16 = 6443;
/// Default `networking.serviceSubnet`.
pub const DEFAULT_SERVICE_SUBNET: &str = "10.96.0.0/12";
/// Default `networking.dnsDomain`.
pub const DEFAULT_DNS_DOMAIN: &str = "cluster.local";
/// Default `certificatesDir`.
pub const DEFAULT_CERTIFICATES_DIR: &str = "/etc/kubernetes/pki";
/// Default `clusterName`.
pub const DEFAULT_CLUSTER_NAME: &str = "kubernetes";
/// Default `imageRepository`.
pub const DEFAULT_IMAGE_REPOSITORY: &str = "registry.k8s.io";
/// Default `etcd.local.dataDir`.
pub const DEFAULT_ETCD_DATA_DIR: &str = "/var/lib/etcd";
/// Default `nodeRegistration.criSocket`.
pub const DEFAULT_CRI_SOCKET: &str = "unix:///var/run/containerd/containerd.sock";
/// Default `nodeRegistration.imagePullPolicy`.
pub const DEFAULT_IMAGE_PULL_POLICY: &str = "IfNotPresent";
/// Default `certificateValidityPeriod` (one year), as kubeadm prints it.
pub const DEFAULT_CERTIFICATE_VALIDITY: &str = "8760h0m0s";
/// Default `caCertificateValidityPeriod` (ten years), as kubeadm prints it.
pub const DEFAULT_CA_CERTIFICATE_VALIDITY: &str = "87600h0m0s";
/// Advertise address used when the host has no IPv4 address on its default route.
pub const FALLBACK_ADVERTISE_ADDRESS: IpAddr = IpAddr::V4(Ipv4Addr::LOCALHOST);
/// Default bootstrap token lifetime.
pub const DEFAULT_TOKEN_TTL: &str = "24h0m0s";
/// Default bootstrap token usages.
pub const DEFAULT_TOKEN_USAGES: [&str; 2] = ["signing", "authentication"];
/// Default bootstrap token group.
pub const DEFAULT_TOKEN_GROUP: &str = "system:bootstrappers:kubeadm:default-node-token";

/// What defaulting needs to know about the machine. Tests build it by hand so that defaults are
/// deterministic; the binary calls [`HostFacts::detect`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostFacts {
    /// This host's name, used as the default node name (lowercased).
    pub hostname: String,
    /// IPv4 address of the interface that holds the default route, if any.
    pub default_ipv4: Option<IpAddr>,
}

impl HostFacts {
    /// Reads the hostname and the default route's interface address from the running system,
    /// without sending any network traffic (`/proc/net/route` and the interface list).
    pub fn detect() -> HostFacts {
        let hostname = gethostname::gethostname()
            .to_string_lossy()
            .trim()
            .to_lowercase();
        let default_ipv4 = fs::read_to_string("/proc/net/route")
            .ok()
            .and_then(|table| default_route_interface(&table))
            .and_then(|name| interface_ipv4(&name));
        HostFacts {
            hostname,
            default_ipv4,
        }
    }
}

/// Name of the interface of the IPv4 default route with the lowest metric, from the text of
/// `/proc/net/route` (columns: Iface Destination Gateway Flags RefCnt Use Metric Mask ...).
pub(crate) fn default_route_interface(table: &str) -> Option<String> {
    const RTF_UP: u32 = 0x1;
    table
        .lines()
        .skip(1)
        .filter_map(|line| {
            let cols: Vec<&str> = line.split_whitespace().collect();
            let (iface, dest, flags, metric, mask) = match cols.as_slice() {
                [iface, dest, _gw, flags, _ref, _use, metric, mask, ..] => {
                    (*iface, *dest, *flags, *metric, *mask)
                }
                _ => return None,
            };
            let flags = u32::from_str_radix(flags, 16).ok()?;
            let is_default = dest == "00000000" && mask == "00000000" && flags & RTF_UP != 0;
            let metric: u64 = metric.parse().ok()?;
            is_default.then(|| (metric, iface.to_string()))
        })
        .min()
        .map(|(_, iface)| iface)
}

/// First global IPv4 address of the named interface.
fn interface_ipv4(name: &str) -> Option<IpAddr> {
    if_addrs::get_if_addrs()
        .ok()?
        .into_iter()
        .filter(|iface| iface.name == name && !iface.is_loopback() && !iface.is_link_local())
        .map(|iface| iface.ip())
        .find(IpAddr::is_ipv4)
}

fn set_if_empty(field: &mut String, value: &str) {
    if field.is_empty() {
        *field = value.to_string();
    }
}

/// Fills every unset field of `init` the way kubeadm does. Returns `true` when the advertise
/// address had to fall back to 127.0.0.1 because the host has no usable IPv4 default route.
pub(crate) fn fill_init(init: &mut InitConfiguration, host: &HostFacts) -> bool {
    init.api_version = API_VERSION.to_string();
    init.kind = INIT_KIND.to_string();
    if init.bootstrap_tokens.is_empty() {
        init.bootstrap_tokens.push(BootstrapToken::default());
    }
    for token in &mut init.bootstrap_tokens {
        set_if_empty(&mut token.ttl, DEFAULT_TOKEN_TTL);
        if token.usages.is_empty() {
            token.usages = DEFAULT_TOKEN_USAGES.map(String::from).to_vec();
        }
        if token.groups.is_empty() {
            token.groups = vec![DEFAULT_TOKEN_GROUP.to_string()];
        }
    }

    let node = &mut init.node_registration;
    // kubeadm trims and lowercases the node name, whether configured or taken from the host.
    node.name = node.name.trim().to_lowercase();
    set_if_empty(&mut node.name, &host.hostname.trim().to_lowercase());
    set_if_empty(&mut node.cri_socket, DEFAULT_CRI_SOCKET);
    set_if_empty(&mut node.image_pull_policy, DEFAULT_IMAGE_PULL_POLICY);
    node.image_pull_serial.get_or_insert(true);

    let endpoint = &mut init.local_api_endpoint;
    if endpoint.bind_port == 0 {
        endpoint.bind_port = i32::from(DEFAULT_BIND_PORT);
    }
    let mut guessed = false;
    if endpoint.advertise_address.is_empty() {
        let address = host.default_ipv4.unwrap_or_else(|| {
            guessed = true;
            FALLBACK_ADVERTISE_ADDRESS
        });
        endpoint.advertise_address = address.to_string();
    }

    let timeouts = init.timeouts.get_or_insert_with(Timeouts::default);
    for (field, value) in [
        (&mut timeouts.control_plane_component_health_check, "4m0s"),
        (&mut timeouts.kubelet_health_check, "4m0s"),
        (&mut timeouts.kubernetes_api_call, "1m0s"),
        (&mut timeouts.etcd_api_call, "2m0s"),
        (&mut timeouts.tls_bootstrap, "5m0s"),
        (&mut timeouts.discovery, "5m0s"),
        (&mut timeouts.upgrade_manifests, "5m0s"),
    ] {
        set_if_empty(field, value);
    }
    guessed
}

/// Fills every unset field of `cluster` the way kubeadm does.
pub(crate) fn fill_cluster(cluster: &mut ClusterConfiguration) {
    cluster.api_version = API_VERSION.to_string();
    cluster.kind = CLUSTER_KIND.to_string();
    if cluster.etcd.external.is_none() {
        let local = cluster.etcd.local.get_or_insert_with(LocalEtcd::default);
        set_if_empty(&mut local.data_dir, DEFAULT_ETCD_DATA_DIR);
    }
    set_if_empty(
        &mut cluster.networking.service_subnet,
        DEFAULT_SERVICE_SUBNET,
    );
    set_if_empty(&mut cluster.networking.dns_domain, DEFAULT_DNS_DOMAIN);
    set_if_empty(&mut cluster.kubernetes_version, DEFAULT_KUBERNETES_VERSION);
    set_if_empty(&mut cluster.certificates_dir, DEFAULT_CERTIFICATES_DIR);
    set_if_empty(&mut cluster.image_repository, DEFAULT_IMAGE_REPOSITORY);
    set_if_empty(&mut cluster.cluster_name, DEFAULT_CLUSTER_NAME);
    set_if_empty(&mut cluster.encryption_algorithm, "RSA-2048");
    set_if_empty(
        &mut cluster.certificate_validity_period,
        DEFAULT_CERTIFICATE_VALIDITY,
    );
    set_if_empty(
        &mut cluster.ca_certificate_validity_period,
        DEFAULT_CA_CERTIFICATE_VALIDITY,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    const ROUTES: &str = "\
Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT
wlan0\t00000000\t0100A8C0\t0003\t0\t0\t600\t00000000\t0\t0\t0
eth0\t00000000\t0101A8C0\t0003\t0\t0\t100\t00000000\t0\t0\t0
eth1\t00000000\t0101A8C0\t0002\t0\t0\t1\t00000000\t0\t0\t0
eth0\t0000A8C0\t00000000\t0001\t0\t0\t100\t00FFFFFF\t0\t0\t0
";

    #[test]
    fn default_route_is_the_lowest_metric_route_that_is_up() {
        assert_eq!(default_route_interface(ROUTES).as_deref(), Some("eth0"));
        let no_default = "Iface\tDestination\tGateway\tFlags\tRefCnt\tUse\tMetric\tMask\n\
                          eth0\t0000A8C0\t00000000\t0001\t0\t0\t100\t00FFFFFF\n";
        assert_eq!(default_route_interface(no_default), None);
        assert_eq!(default_route_interface(""), None);
    }

    #[test]
    fn detect_gives_a_lowercase_hostname() {
        let facts = HostFacts::detect();
        assert_eq!(facts.hostname, facts.hostname.to_lowercase());
        assert!(facts.default_ipv4.is_none_or(|ip| ip.is_ipv4()));
    }
}
