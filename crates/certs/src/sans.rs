//! Subject alternative names of the serving certificates, computed from the configuration.

use std::fmt;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use ipnet::IpNet;
use kadm_config::{Host, ValidConfig};

use crate::table::SanKind;

/// The DNS names and IP addresses a certificate is issued for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AltNames {
    /// DNS names, sorted and without duplicates (as kubeadm lists them).
    pub dns: Vec<String>,
    /// IP addresses, without duplicates, in the order they were added.
    pub ips: Vec<IpAddr>,
    /// Configured extra SANs that are neither an IP address nor a DNS name; they are left out.
    pub ignored: Vec<String>,
}

impl AltNames {
    fn dns(&mut self, name: impl Into<String>) {
        let name = name.into();
        if !self.dns.contains(&name) {
            self.dns.push(name);
        }
    }

    fn ip(&mut self, ip: IpAddr) {
        if !self.ips.contains(&ip) {
            self.ips.push(ip);
        }
    }

    /// Adds a host from the configuration (certSANs, the endpoint host); a DNS name that a
    /// certificate cannot carry is set aside in `ignored`.
    fn host(&mut self, host: &Host) {
        match host {
            Host::Ip(ip) => self.ip(*ip),
            Host::Dns(name) if is_dns_name(name) => self.dns(name.as_str()),
            Host::Dns(name) => {
                if !self.ignored.contains(name) {
                    self.ignored.push(name.clone());
                }
            }
        }
    }

    fn finish(mut self) -> Self {
        self.dns.sort();
        self
    }

    /// Whether there is no name at all.
    pub fn is_empty(&self) -> bool {
        self.dns.is_empty() && self.ips.is_empty()
    }

    /// The names of `self` that `dns` and `ips` lack (DNS compared without regard to case).
    pub fn missing_from(&self, dns: &[String], ips: &[IpAddr]) -> Vec<String> {
        let mut missing: Vec<String> = self
            .dns
            .iter()
            .filter(|want| !dns.iter().any(|have| have.eq_ignore_ascii_case(want)))
            .cloned()
            .collect();
        missing.extend(
            self.ips
                .iter()
                .filter(|want| !ips.contains(want))
                .map(IpAddr::to_string),
        );
        missing
    }
}

/// kubeadm's log form: `DNS names [a b] and IPs [10.0.0.1 ::1]`.
impl fmt::Display for AltNames {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ips: Vec<String> = self.ips.iter().map(IpAddr::to_string).collect();
        write!(
            f,
            "DNS names [{}] and IPs [{}]",
            self.dns.join(" "),
            ips.join(" ")
        )
    }
}

/// A DNS-1123 subdomain (lowercase letters, digits, `-`, `.`), optionally behind `*.`.
fn is_dns_name(name: &str) -> bool {
    let name = name.strip_prefix("*.").unwrap_or(name);
    let label_ok = |label: &str| {
        let b = label.as_bytes();
        matches!((b.first(), b.last()), (Some(f), Some(l)) if f.is_ascii_alphanumeric() && l.is_ascii_alphanumeric())
            && label.len() <= 63
            && b.iter()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'-')
    };
    !name.is_empty() && name.len() <= 253 && name.split('.').all(label_ok)
}

/// The first usable address of a subnet: its network address plus one (`10.96.0.0/12` gives
/// `10.96.0.1`, `fd00::/108` gives `fd00::1`); the cluster's `kubernetes` Service gets it.
pub fn first_address(net: &IpNet) -> IpAddr {
    match net.network() {
        IpAddr::V4(v4) => IpAddr::V4(Ipv4Addr::from(u32::from(v4).wrapping_add(1))),
        IpAddr::V6(v6) => IpAddr::V6(Ipv6Addr::from(u128::from(v6).wrapping_add(1))),
    }
}

/// The SANs a certificate of the given kind must carry under `config`.
pub fn alt_names(config: &ValidConfig, kind: SanKind) -> AltNames {
    let mut names = AltNames::default();
    match kind {
        SanKind::None => {}
        SanKind::ApiServer => {
            names.dns(config.node_name());
            let domain = config.dns_domain();
            for dns in [
                "kubernetes".to_string(),
                "kubernetes.default".to_string(),
                "kubernetes.default.svc".to_string(),
                format!("kubernetes.default.svc.{domain}"),
            ] {
                names.dns(dns);
            }
            for net in config.service_subnets() {
                names.ip(first_address(net));
            }
            names.ip(config.advertise_address());
            if let Some(endpoint) = config.control_plane_endpoint() {
                names.host(&endpoint.host);
            }
            for san in config.apiserver_cert_sans() {
                names.host(san);
            }
        }
        SanKind::EtcdServer | SanKind::EtcdPeer => {
            names.dns(config.node_name());
            names.dns("localhost");
            names.ip(config.advertise_address());
            names.ip(IpAddr::V4(Ipv4Addr::LOCALHOST));
            names.ip(IpAddr::V6(Ipv6Addr::LOCALHOST));
            let extra = if kind == SanKind::EtcdServer {
                config.etcd_server_cert_sans()
            } else {
                config.etcd_peer_cert_sans()
            };
            for san in extra {
                names.host(san);
            }
        }
    }
    names.finish()
}

/// The config field the extra SANs of `kind` come from, for warnings.
pub(crate) fn extra_sans_field(kind: SanKind) -> &'static str {
    match kind {
        SanKind::None | SanKind::ApiServer => "apiServer.certSANs",
        SanKind::EtcdServer => "etcd.local.serverCertSANs",
        SanKind::EtcdPeer => "etcd.local.peerCertSANs",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_addresses_of_v4_and_v6_subnets() {
        let first = |s: &str| first_address(&s.parse().unwrap()).to_string();
        assert_eq!(first("10.96.0.0/12"), "10.96.0.1");
        assert_eq!(first("10.96.5.7/12"), "10.96.0.1");
        assert_eq!(first("fd00::/108"), "fd00::1");
        assert_eq!(first("fd00:10:96::/112"), "fd00:10:96::1");
    }

    #[test]
    fn values_are_sorted_into_ips_names_and_ignored() {
        let mut n = AltNames::default();
        let long_label = format!("{}.example.com", "a".repeat(64));
        for v in [
            "10.0.0.1",
            "b.example.com",
            "*.a.example.com",
            "fd00::5",
            &long_label,
            "10.0.0.1",
        ] {
            n.host(&match v.parse() {
                Ok(ip) => Host::Ip(ip),
                Err(_) => Host::Dns(v.to_string()),
            });
        }
        n.dns("b.example.com");
        let n = n.finish();
        assert_eq!(n.dns, ["*.a.example.com", "b.example.com"]);
        assert_eq!(
            n.ips,
            [
                "10.0.0.1".parse::<IpAddr>().unwrap(),
                "fd00::5".parse().unwrap()
            ]
        );
        assert_eq!(n.ignored, [long_label]);
        assert_eq!(
            n.to_string(),
            "DNS names [*.a.example.com b.example.com] and IPs [10.0.0.1 fd00::5]"
        );
    }

    #[test]
    fn dns_name_rules() {
        for good in [
            "a",
            "node-1",
            "kubernetes.default.svc.cluster.local",
            "*.x.y",
        ] {
            assert!(is_dns_name(good), "{good}");
        }
        for bad in [
            "",
            "-a",
            "a-",
            "A",
            "a..b",
            "a_b",
            "*",
            "*.",
            &"a".repeat(64),
        ] {
            assert!(!is_dns_name(bad), "{bad}");
        }
    }

    #[test]
    fn missing_names_are_listed() {
        let mut want = AltNames::default();
        want.dns("node-1");
        want.dns("localhost");
        want.ip("127.0.0.1".parse().unwrap());
        let have_dns = vec!["LOCALHOST".to_string()];
        assert_eq!(
            want.missing_from(&have_dns, &[]),
            ["node-1".to_string(), "127.0.0.1".to_string()]
        );
    }
}
