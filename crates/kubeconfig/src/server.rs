//! The API server URLs kubeconfig files point at.

use std::net::IpAddr;

use kadm_config::{Host, ValidConfig};

/// The kubeadm feature gate that points a control-plane node's kubelet at its local API server.
pub const KUBELET_LOCAL_MODE_GATE: &str = "ControlPlaneKubeletLocalMode";

/// `https://host:port`, with an IPv6 host in brackets.
fn https_url(host: &Host, port: u16) -> String {
    match host {
        Host::Ip(IpAddr::V6(v6)) => format!("https://[{v6}]:{port}"),
        host => format!("https://{host}:{port}"),
    }
}

/// The URL every node reaches the control plane at: `controlPlaneEndpoint` with its own port
/// (the bind port when it has none), else the advertise address and the bind port.
pub fn control_plane_server(config: &ValidConfig) -> String {
    match config.control_plane_endpoint() {
        Some(endpoint) => https_url(
            &endpoint.host,
            endpoint.port.unwrap_or_else(|| config.bind_port()),
        ),
        None => local_server(config),
    }
}

/// This node's own API server: the advertise address and the bind port.
pub fn local_server(config: &ValidConfig) -> String {
    https_url(&Host::Ip(config.advertise_address()), config.bind_port())
}

/// Whether kubelet.conf points at the local API server: the target release's gate
/// [`KUBELET_LOCAL_MODE_GATE`] ([`kadm_release::Release::kubelet_local_mode`]) with the value
/// `featureGates` sets: off by default before v1.33, on by default in v1.33 and v1.34, always on
/// from v1.35 (locked, then removed).
pub fn kubelet_uses_local_endpoint(config: &ValidConfig) -> bool {
    kadm_release::release(config.kubernetes_version())
        .kubelet_local_mode
        .enabled(config.feature_gate(KUBELET_LOCAL_MODE_GATE))
}

#[cfg(test)]
mod tests {
    use kadm_config::{Config, HostFacts};

    use super::*;

    fn config() -> Config {
        Config::defaults(&HostFacts {
            hostname: "node-1".into(),
            default_ipv4: Some("10.0.0.5".parse().unwrap()),
        })
    }

    /// [`config`] with `edit` applied, validated.
    fn valid(edit: impl FnOnce(&mut Config)) -> ValidConfig {
        let mut c = config();
        edit(&mut c);
        c.validate().unwrap()
    }

    #[test]
    fn without_endpoint_both_are_the_advertise_address() {
        let c = valid(|c| c.init.local_api_endpoint.bind_port = 7443);
        assert_eq!(control_plane_server(&c), "https://10.0.0.5:7443");
        assert_eq!(local_server(&c), "https://10.0.0.5:7443");
    }

    #[test]
    fn endpoint_keeps_its_port_or_takes_the_bind_port() {
        let with_endpoint = |endpoint: &str| {
            let c = valid(|c| c.cluster.control_plane_endpoint = endpoint.into());
            control_plane_server(&c)
        };
        assert_eq!(
            with_endpoint("cp.example.com:9443"),
            "https://cp.example.com:9443"
        );
        assert_eq!(
            with_endpoint("cp.example.com"),
            "https://cp.example.com:6443"
        );
        assert_eq!(with_endpoint("[fd00::1]:8443"), "https://[fd00::1]:8443");
        assert_eq!(with_endpoint("fd00::1"), "https://[fd00::1]:6443");
        let c = valid(|c| c.cluster.control_plane_endpoint = "fd00::1".into());
        assert_eq!(local_server(&c), "https://10.0.0.5:6443");
    }

    #[test]
    fn ipv6_advertise_address_is_bracketed() {
        let c = valid(|c| c.init.local_api_endpoint.advertise_address = "fd00::10".into());
        assert_eq!(local_server(&c), "https://[fd00::10]:6443");
    }

    #[test]
    fn kubelet_local_mode_by_version_and_gate() {
        for (version, gate, local) in [
            ("v1.32.4", None, false),
            ("v1.33.0", None, true),
            ("v1.34.1", None, true),
            ("v1.32.4", Some(true), true),
            ("v1.33.0", Some(false), false),
            // Locked on in v1.35, gone (always on) from v1.36.
            ("v1.35.0", Some(false), true),
            ("v1.37.2", Some(false), true),
            ("v1.37.2", None, true),
        ] {
            let c = valid(|c| {
                c.cluster.kubernetes_version = version.into();
                if let Some(on) = gate {
                    c.cluster
                        .feature_gates
                        .insert(KUBELET_LOCAL_MODE_GATE.into(), on);
                }
            });
            assert_eq!(kubelet_uses_local_endpoint(&c), local, "{version} {gate:?}");
        }
    }
}
