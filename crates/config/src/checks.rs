//! Checks of single values. Each returns the parsed value or a message that completes
//! "`<field>`: ..." with what was found and the expected form.

use std::collections::BTreeSet;
use std::fmt;
use std::net::IpAddr;
use std::str::FromStr;
use std::time::Duration;

use ipnet::IpNet;
use kadm_kube_version::Version;

use crate::defaults::DEFAULT_KUBERNETES_VERSION;
use crate::duration::{self, DurationError};
use crate::excerpt;

/// A host named in the configuration: an IP address or a DNS name (a certificate SAN may also
/// be a wildcard DNS name such as `*.example.com`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Host {
    /// An IP address.
    Ip(IpAddr),
    /// A lowercase DNS name, possibly a wildcard.
    Dns(String),
}

/// The address as written: an IPv6 address without brackets.
impl fmt::Display for Host {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Host::Ip(ip) => ip.fmt(f),
            Host::Dns(name) => f.write_str(name),
        }
    }
}

/// A `host` or `host:port` endpoint such as `controlPlaneEndpoint`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostPort {
    /// An IP address or a DNS name.
    pub host: Host,
    /// The port, when one was written.
    pub port: Option<u16>,
}

/// Kubernetes' DNS-1123 subdomain: lowercase letters, digits, `-` and `.`, each dot-separated
/// part starting and ending with a letter or digit, at most 253 characters.
pub(crate) fn is_dns_subdomain(name: &str) -> bool {
    let label_ok = |label: &str| {
        let bytes = label.as_bytes();
        match (bytes.first(), bytes.last()) {
            (Some(first), Some(last)) => {
                first.is_ascii_alphanumeric()
                    && last.is_ascii_alphanumeric()
                    && bytes
                        .iter()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-')
            }
            _ => false,
        }
    };
    name.len() <= 253 && name.split('.').all(label_ok)
}

/// `*.` followed by a DNS-1123 subdomain.
fn is_wildcard_dns(name: &str) -> bool {
    name.strip_prefix("*.").is_some_and(is_dns_subdomain)
}

/// A certificate SAN: an IP address, a DNS name or a wildcard DNS name.
pub(crate) fn san(value: &str) -> Result<Host, String> {
    if let Ok(ip) = value.parse::<IpAddr>() {
        return Ok(Host::Ip(ip));
    }
    if is_dns_subdomain(value) || is_wildcard_dns(value) {
        return Ok(Host::Dns(value.to_string()));
    }
    Err(format!(
        "invalid SAN {}: expected an IP address, a lowercase DNS name or a wildcard DNS \
         name such as *.example.com; fix or remove this entry",
        excerpt::value(value)
    ))
}

/// A DNS domain such as `cluster.local`.
pub(crate) fn dns_domain(value: &str) -> Result<(), String> {
    if is_dns_subdomain(value) {
        return Ok(());
    }
    Err(format!(
        "invalid DNS domain {}: expected a lowercase DNS name such as cluster.local",
        excerpt::value(value)
    ))
}

/// A node name: a lowercase DNS-1123 subdomain.
pub(crate) fn node_name(value: &str) -> Result<(), String> {
    if is_dns_subdomain(value) {
        return Ok(());
    }
    Err(format!(
        "invalid node name {}: expected a lowercase DNS name (letters, digits, '-' and '.', \
         starting and ending with a letter or digit); set nodeRegistration.name or --node-name",
        excerpt::value(value)
    ))
}

/// One CIDR or two comma-separated CIDRs of different families.
pub(crate) fn cidrs(value: &str) -> Result<Vec<IpNet>, String> {
    let nets = value
        .split(',')
        .map(|part| {
            let part = part.trim();
            IpNet::from_str(part).map_err(|_| {
                format!(
                    "invalid CIDR {}: expected an IPv4 or IPv6 CIDR such as 10.96.0.0/12, \
                     or an IPv4 and an IPv6 CIDR separated by a comma",
                    excerpt::value(part)
                )
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    match nets.as_slice() {
        [_] => Ok(nets),
        [a, b] if is_v4(a) != is_v4(b) => Ok(nets),
        [_, _] => Err(format!(
            "{} has two CIDRs of the same IP family: dual-stack needs one IPv4 and one IPv6 CIDR",
            excerpt::value(value)
        )),
        _ => Err(format!(
            "{} has {} CIDRs: expected one, or two for dual-stack (one IPv4, one IPv6)",
            excerpt::value(value),
            nets.len()
        )),
    }
}

fn is_v4(net: &IpNet) -> bool {
    matches!(net, IpNet::V4(_))
}

/// The service subnets: [`cidrs`], each no larger than kube-apiserver allows (2^20 addresses).
pub(crate) fn service_subnets(value: &str) -> Result<Vec<IpNet>, String> {
    let nets = cidrs(value)?;
    for net in &nets {
        let host_bits = net.max_prefix_len() - net.prefix_len();
        if host_bits > 20 {
            let min_prefix = net.max_prefix_len() - 20;
            return Err(format!(
                "service subnet {net} is too large: kube-apiserver allows at most 2^20 addresses, \
                 use a prefix of /{min_prefix} or longer"
            ));
        }
    }
    for net in &nets {
        if net.prefix_len() == net.max_prefix_len() {
            return Err(format!(
                "service subnet {net} has no room for the API server's service address (the \
                 address after the network address); use a shorter prefix, such as /24 for IPv4 \
                 or /112 for IPv6"
            ));
        }
    }
    Ok(nets)
}

/// An advertise address: an IP address that is not unspecified.
pub(crate) fn advertise_address(value: &str) -> Result<IpAddr, String> {
    let ip: IpAddr = value.parse().map_err(|_| {
        format!(
            "invalid IP address {}: expected an IP address such as 192.168.0.10",
            excerpt::value(value)
        )
    })?;
    if ip.is_unspecified() {
        return Err(format!(
            "{} cannot be advertised: set the IP address other nodes reach this node at",
            excerpt::value(value)
        ));
    }
    Ok(ip)
}

/// A TCP port, 1 to 65535.
pub(crate) fn port(value: i64) -> Result<u16, String> {
    u16::try_from(value)
        .ok()
        .filter(|p| *p != 0)
        .ok_or_else(|| format!("port {value} is out of range: expected 1 to 65535"))
}

/// `host`, `host:port`, `[ipv6]:port` or a bare IPv6 address; the host an IP or a DNS name.
pub(crate) fn host_port(value: &str) -> Result<HostPort, String> {
    let bad = || {
        format!(
            "invalid endpoint {}: expected host, host:port or [IPv6]:port, where host is \
             an IP address or a DNS name such as cp.example.com:6443",
            excerpt::value(value)
        )
    };
    if let Ok(ip) = value.parse::<IpAddr>() {
        return Ok(HostPort {
            host: Host::Ip(ip),
            port: None,
        });
    }
    let (host, port_text) = if let Some(rest) = value.strip_prefix('[') {
        let (host, after) = rest.split_once(']').ok_or_else(bad)?;
        if host.parse::<std::net::Ipv6Addr>().is_err() {
            return Err(bad());
        }
        match after {
            "" => (host, None),
            _ => (host, Some(after.strip_prefix(':').ok_or_else(bad)?)),
        }
    } else {
        match value.split_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (value, None),
        }
    };
    let host = match host.parse::<IpAddr>() {
        Ok(ip) => Host::Ip(ip),
        Err(_) if is_dns_subdomain(host) => Host::Dns(host.to_string()),
        Err(_) => return Err(bad()),
    };
    let port = match port_text {
        None => None,
        Some(text) => {
            let number: i64 = text.parse().map_err(|_| {
                format!("{} (port {} is not a number)", bad(), excerpt::value(text))
            })?;
            Some(port(number)?)
        }
    };
    Ok(HostPort { host, port })
}

/// A Go duration that must be strictly positive.
pub(crate) fn positive_duration(value: &str) -> Result<Duration, String> {
    let d = any_duration(value)?;
    if d.is_zero() {
        return Err(format!(
            "{} is not a positive duration: expected a value such as 8760h",
            excerpt::value(value)
        ));
    }
    Ok(d)
}

/// The shortest certificate validity period accepted: a certificate that ends sooner would have
/// expired before anything could use it.
pub(crate) const MIN_VALIDITY: Duration = Duration::from_secs(60);

/// A certificate validity period: a Go duration of at least [`MIN_VALIDITY`].
pub(crate) fn validity_period(value: &str) -> Result<Duration, String> {
    let d = any_duration(value)?;
    if d < MIN_VALIDITY {
        return Err(format!(
            "{} is shorter than one minute: the certificates would expire before they are used; \
             use a period such as 8760h",
            excerpt::value(value)
        ));
    }
    Ok(d)
}

/// A Go duration that may be zero.
pub(crate) fn any_duration(value: &str) -> Result<Duration, String> {
    duration::parse(value).map_err(|e| match e {
        DurationError::Syntax => format!(
            "invalid duration {}: expected a Go duration such as 8760h, 1h30m, 90m or 10s",
            excerpt::value(value)
        ),
        DurationError::Negative => format!(
            "invalid duration {}: it must not be negative",
            excerpt::value(value)
        ),
        DurationError::TooLarge => {
            format!(
                "invalid duration {}: longer than 2562047h, the largest Go duration",
                excerpt::value(value)
            )
        }
    })
}

/// A Kubernetes version such as `v1.33.0`; release labels are refused.
pub(crate) fn kubernetes_version(value: &str) -> Result<Version, String> {
    value.parse().map_err(|_| {
        let is_label = ["stable", "latest", "ci/", "release/"]
            .iter()
            .any(|p| value.starts_with(p));
        if is_label {
            format!(
                "{} is a release label; kadm works offline and cannot resolve it: set an \
                 explicit version such as {DEFAULT_KUBERNETES_VERSION}",
                excerpt::value(value)
            )
        } else {
            format!(
                "invalid version {}: expected a version such as {DEFAULT_KUBERNETES_VERSION}",
                excerpt::value(value)
            )
        }
    })
}

/// A bootstrap token: `[a-z0-9]{6}.[a-z0-9]{16}`.
pub(crate) fn bootstrap_token(value: &str) -> Result<(), String> {
    let part_ok = |part: &str, len: usize| {
        part.len() == len
            && part
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    };
    match value.split_once('.') {
        Some((id, secret)) if part_ok(id, 6) && part_ok(secret, 16) => Ok(()),
        _ => Err(
            "invalid bootstrap token: expected the form [a-z0-9]{6}.[a-z0-9]{16} such as \
             abcdef.0123456789abcdef"
                .to_string(),
        ),
    }
}

/// A certificate key: 32 bytes as 64 hex digits. The message never shows the value (it is a
/// secret), only its length.
pub(crate) fn certificate_key(value: &str) -> Result<(), String> {
    if value.len() == 64 && value.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Ok(());
    }
    Err(format!(
        "invalid certificate key ({} characters): expected 64 hexadecimal digits (32 bytes), \
         as `openssl rand -hex 32` prints; leave it out and kadm generates one",
        value.chars().count()
    ))
}

/// One of the listed values.
pub(crate) fn one_of(value: &str, what: &str, choices: &[&str]) -> Result<(), String> {
    if choices.contains(&value) {
        return Ok(());
    }
    Err(format!(
        "unknown {what} {}: expected one of {}",
        excerpt::value(value),
        choices.join(", ")
    ))
}

/// The preflight checks to ignore, lowercased as kubeadm compares them; `all` stands alone.
pub(crate) fn ignore_preflight_errors(names: &[String]) -> Result<BTreeSet<String>, String> {
    let set: BTreeSet<String> = names.iter().map(|n| n.trim().to_lowercase()).collect();
    if set.contains("all") && set.len() > 1 {
        let given = set.iter().cloned().collect::<Vec<_>>().join(",");
        return Err(format!(
            "{}: don't specify individual checks if 'all' is used; give either 'all' or the \
             names of the checks to ignore",
            excerpt::value(&given)
        ));
    }
    Ok(set)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ignored_preflight_errors_are_case_insensitive_and_all_stands_alone() {
        let names = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            ignore_preflight_errors(&names(&["Swap", "swap", "Port-6443"])).unwrap(),
            BTreeSet::from(["port-6443".to_string(), "swap".to_string()])
        );
        assert_eq!(
            ignore_preflight_errors(&names(&["ALL", "all"])).unwrap(),
            BTreeSet::from(["all".to_string()])
        );
        let err = ignore_preflight_errors(&names(&["all", "Swap"])).unwrap_err();
        assert!(
            err.starts_with("\"all,swap\": don't specify individual checks"),
            "{err}"
        );
    }

    #[test]
    fn dns_names() {
        for good in ["a", "cluster.local", "a-b.c0", "0a.b", &"a".repeat(253)] {
            assert!(is_dns_subdomain(good), "{good}");
        }
        for bad in [
            "",
            "A.b",
            "a_b",
            "-a",
            "a-",
            "a..b",
            ".a",
            "a.",
            &"a".repeat(254),
        ] {
            assert!(!is_dns_subdomain(bad), "{bad}");
        }
    }

    #[test]
    fn sans_accept_ips_names_and_wildcards() {
        for good in [
            "10.0.0.1",
            "fd00::1",
            "api.example.com",
            "*.example.com",
            "localhost",
        ] {
            assert!(san(good).is_ok(), "{good}");
        }
        let ip = |s: &str| Host::Ip(s.parse().unwrap());
        assert_eq!(san("fd00::1"), Ok(ip("fd00::1")));
        assert_eq!(san("*.example.com"), Ok(Host::Dns("*.example.com".into())));
        for bad in [
            "foo_bar",
            "*",
            "*.",
            "a.*.b",
            "Api.Example.com",
            "10.0.0.1/8",
            "http://x",
        ] {
            let err = san(bad).unwrap_err();
            assert!(err.contains(&format!("{bad:?}")), "{err}");
        }
    }

    #[test]
    fn cidrs_single_and_dual_stack() {
        assert_eq!(cidrs("10.96.0.0/12").unwrap().len(), 1);
        assert_eq!(cidrs("10.96.0.0/12, fd00::/108").unwrap().len(), 2);
        let err = cidrs("10.96.0.0/33").unwrap_err();
        assert!(
            err.starts_with(
                "invalid CIDR \"10.96.0.0/33\": expected an IPv4 or IPv6 CIDR such as 10.96.0.0/12"
            ),
            "{err}"
        );
        assert!(
            cidrs("10.96.0.0/12,10.0.0.0/16")
                .unwrap_err()
                .contains("same IP family")
        );
        assert!(
            cidrs("10.96.0.0/12,fd00::/108,fd01::/108")
                .unwrap_err()
                .contains("has 3 CIDRs")
        );
        assert!(cidrs("").is_err());
    }

    #[test]
    fn service_subnet_size_limit() {
        assert!(service_subnets("10.96.0.0/12").is_ok());
        let err = service_subnets("10.0.0.0/8").unwrap_err();
        assert!(err.contains("use a prefix of /12 or longer"), "{err}");
        let err = service_subnets("10.96.0.0/12,fd00::/64").unwrap_err();
        assert!(err.contains("/108"), "{err}");
    }

    #[test]
    fn advertise_addresses() {
        assert_eq!(
            advertise_address("192.168.0.10"),
            Ok("192.168.0.10".parse().unwrap())
        );
        assert!(advertise_address("fd00::10").is_ok());
        assert!(
            advertise_address("0.0.0.0")
                .unwrap_err()
                .contains("cannot be advertised")
        );
        assert!(advertise_address("::").is_err());
        assert!(
            advertise_address("host")
                .unwrap_err()
                .contains("invalid IP address")
        );
    }

    #[test]
    fn endpoints() {
        let hp = |h: &str, p: Option<u16>| HostPort {
            host: match h.parse() {
                Ok(ip) => Host::Ip(ip),
                Err(_) => Host::Dns(h.to_string()),
            },
            port: p,
        };
        assert_eq!(host_port("cp.example.com"), Ok(hp("cp.example.com", None)));
        assert_eq!(
            host_port("cp.example.com:7443"),
            Ok(hp("cp.example.com", Some(7443)))
        );
        assert_eq!(host_port("10.0.0.1:6443"), Ok(hp("10.0.0.1", Some(6443))));
        assert_eq!(host_port("[fd00::1]:6443"), Ok(hp("fd00::1", Some(6443))));
        assert_eq!(host_port("[fd00::1]"), Ok(hp("fd00::1", None)));
        assert_eq!(host_port("fd00::1"), Ok(hp("fd00::1", None)));
        let v6 = Host::Ip("fd00::5".parse().unwrap());
        assert_eq!(host_port("[fd00::5]:6443").map(|e| e.host), Ok(v6.clone()));
        assert_eq!(v6.to_string(), "fd00::5");
        assert!(matches!(
            host_port("cp.example.com:6443").map(|e| e.host),
            Ok(Host::Dns(name)) if name == "cp.example.com"
        ));
        for bad in [
            "",
            "cp_1:6443",
            "cp:0",
            "cp:99999",
            "cp:x",
            "[cp]:1",
            "[fd00::1]x",
            "a:b:c",
        ] {
            assert!(host_port(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn durations_and_versions() {
        assert_eq!(positive_duration("90m"), Ok(Duration::from_secs(5400)));
        assert!(
            positive_duration("0s")
                .unwrap_err()
                .contains("not a positive duration")
        );
        assert!(any_duration("0s").is_ok());
        assert!(
            any_duration("1y")
                .unwrap_err()
                .contains("expected a Go duration")
        );
        assert_eq!(kubernetes_version("v1.33.0"), Ok(Version::new(1, 33, 0)));
        assert_eq!(kubernetes_version("1.32.4"), Ok(Version::new(1, 32, 4)));
        assert!(
            kubernetes_version("stable-1")
                .unwrap_err()
                .contains("works offline")
        );
        assert!(
            kubernetes_version("ci/latest")
                .unwrap_err()
                .contains("works offline")
        );
        assert!(
            kubernetes_version("one")
                .unwrap_err()
                .contains("invalid version")
        );
    }

    #[test]
    fn tokens_and_choices() {
        assert_eq!(certificate_key(&"0aF9".repeat(16)), Ok(()));
        for bad in ["", "abc", &"0".repeat(63), &"0".repeat(65), &"g".repeat(64)] {
            let err = certificate_key(bad).unwrap_err();
            assert!(err.contains("64 hexadecimal digits"), "{err}");
            assert!(bad.len() < 4 || !err.contains(&bad[..4]), "{err}");
        }
        assert_eq!(bootstrap_token("abcdef.0123456789abcdef"), Ok(()));
        for bad in [
            "abcdef",
            "ABCDEF.0123456789abcdef",
            "abcde.0123456789abcdef",
            "abcdef.0123456789abcde",
        ] {
            assert!(bootstrap_token(bad).is_err(), "{bad}");
        }
        assert!(
            one_of("Sometimes", "image pull policy", &["Always", "Never"])
                .unwrap_err()
                .contains("expected one of Always, Never")
        );
    }
}
