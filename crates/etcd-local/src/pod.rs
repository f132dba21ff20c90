//! etcd's static Pod, as kubeadm's `GetEtcdPodSpec` builds it for each target version.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use kadm_config::ValidConfig;
use kadm_config::types::Arg;
use kadm_kube_version::Version;
use kadm_static_pod::{
    Component, DIRECTORY_OR_CREATE, Endpoint, Mounts, Probes, arg, command, image, last, liveness,
    merge_env, readiness, requests, set, startup,
};

use crate::{cert_path, join_host_port};

/// etcd's client port.
pub const CLIENT_PORT: u16 = 2379;
/// etcd's peer port.
pub const PEER_PORT: u16 = 2380;
/// etcd's metrics (and probe) port, on localhost.
pub const METRICS_PORT: u16 = 2381;
/// The annotation where kubeadm records the member's client URL.
pub const ANNOTATION_CLIENT_URLS: &str = "kubeadm.kubernetes.io/etcd.advertise-client-urls";

const DATA_VOLUME: &str = "etcd-data";
const CERTS_VOLUME: &str = "etcd-certs";

/// The etcd image tag kubeadm pairs with a Kubernetes minor version: the release table's
/// [`kadm_release::Release::etcd`] (a version outside the table gets the nearest entry, as in
/// kubeadm).
pub fn etcd_version(kubernetes: Version) -> &'static str {
    kadm_release::release(kubernetes).etcd
}

/// Whether kubeadm of the `kubernetes` version gives etcd of image `tag` etcd 3.6's flag names
/// (`--feature-gates=InitialCorruptCheck=true`, `--watch-progress-notify-interval`) instead of
/// the `--experimental-` ones etcd 3.6 deprecated and 3.7 removed: never before v1.34, by the
/// tag in v1.34 and v1.35, always from v1.36 ([`kadm_release::EtcdFlags`]).
pub fn uses_etcd_36_flags(kubernetes: Version, tag: &str) -> bool {
    kadm_release::release(kubernetes)
        .etcd_flags
        .graduated_for(tag)
}

/// `https://<ip>:2379`.
pub fn client_url(ip: IpAddr) -> String {
    format!("https://{}", join_host_port(ip, CLIENT_PORT))
}

/// `https://<ip>:2380`.
pub fn peer_url(ip: IpAddr) -> String {
    format!("https://{}", join_host_port(ip, PEER_PORT))
}

fn localhost_like(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(_) => IpAddr::V4(Ipv4Addr::LOCALHOST),
        IpAddr::V6(_) => IpAddr::V6(Ipv6Addr::LOCALHOST),
    }
}

/// Where etcd serves clients: localhost and the advertise address, once each. kubeadm lists both
/// even when they are the same address; etcd then opens two listeners on one port, and only one
/// of them routes gRPC, so some connections get a plain HTTP answer.
fn listen_client_urls(localhost: IpAddr, advertise: IpAddr) -> String {
    if localhost == advertise {
        client_url(advertise)
    } else {
        format!("{},{}", client_url(localhost), client_url(advertise))
    }
}

/// etcd's flags before `extraArgs`: one member named after the node, listening on localhost and
/// the advertise address, mutual TLS for clients and peers with the certificates under
/// `<certificatesDir>/etcd`, and the version-dependent flags of `tag`.
fn default_args(config: &ValidConfig, tag: &str, existing: Option<&str>) -> Vec<Arg> {
    let advertise = config.advertise_address();
    let localhost = localhost_like(advertise);
    let certs = config.certificates_dir();
    let data_dir = &config
        .config()
        .cluster
        .etcd
        .local
        .as_ref()
        .map(|l| l.data_dir.clone())
        .unwrap_or_default();
    let node = config.node_name();
    let mut args = vec![
        arg("name", node),
        arg(
            "listen-client-urls",
            listen_client_urls(localhost, advertise),
        ),
        arg("advertise-client-urls", client_url(advertise)),
        arg("listen-peer-urls", peer_url(advertise)),
        arg("initial-advertise-peer-urls", peer_url(advertise)),
        arg("data-dir", data_dir.as_str()),
        arg("cert-file", cert_path(certs, "etcd/server.crt")),
        arg("key-file", cert_path(certs, "etcd/server.key")),
        arg("trusted-ca-file", cert_path(certs, "etcd/ca.crt")),
        arg("client-cert-auth", "true"),
        arg("peer-cert-file", cert_path(certs, "etcd/peer.crt")),
        arg("peer-key-file", cert_path(certs, "etcd/peer.key")),
        arg("peer-trusted-ca-file", cert_path(certs, "etcd/ca.crt")),
        arg("peer-client-cert-auth", "true"),
        arg("snapshot-count", "10000"),
        arg(
            "listen-metrics-urls",
            format!("http://{}", join_host_port(localhost, METRICS_PORT)),
        ),
    ];
    if uses_etcd_36_flags(config.kubernetes_version(), tag) {
        args.push(arg("feature-gates", "InitialCorruptCheck=true"));
        args.push(arg("watch-progress-notify-interval", "5s"));
    } else {
        args.push(arg("experimental-initial-corrupt-check", "true"));
        args.push(arg("experimental-watch-progress-notify-interval", "5s"));
    }
    match existing {
        None => set(
            &mut args,
            "initial-cluster",
            format!("{node}={}", peer_url(advertise)),
        ),
        Some(cluster) => {
            set(&mut args, "initial-cluster", cluster.to_string());
            set(&mut args, "initial-cluster-state", "existing".to_string());
        }
    }
    args
}

/// Where the kubelet probes etcd: the first of `listen-metrics-urls` in `extraArgs` when given
/// (its host, port and scheme), else `http://127.0.0.1:2381` (`::1` for an IPv6 advertise
/// address), as kubeadm's `GetEtcdProbeEndpoint`.
fn probe_endpoint(extra: &[Arg], advertise: IpAddr) -> Endpoint {
    let localhost = localhost_like(advertise).to_string();
    let default = Endpoint {
        host: Some(localhost.clone()),
        port: i32::from(METRICS_PORT),
        scheme: "HTTP",
    };
    let Some(urls) = last(extra, "listen-metrics-urls") else {
        return default;
    };
    let first = urls.split(',').next().unwrap_or_default();
    let Some((scheme, rest)) = first.split_once("://") else {
        return default;
    };
    let authority = rest.split('/').next().unwrap_or_default();
    let (host, port) = match authority.strip_prefix('[') {
        Some(rest) => match rest.split_once(']') {
            Some((h, tail)) => (h, tail.strip_prefix(':')),
            None => (rest, None),
        },
        None => match authority.split_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (authority, None),
        },
    };
    let port = port.and_then(|p| p.parse::<u16>().ok());
    Endpoint {
        host: Some(if host.is_empty() {
            localhost
        } else {
            host.to_string()
        }),
        port: port.map_or(i32::from(METRICS_PORT), i32::from),
        scheme: if scheme == "https" { "HTTPS" } else { "HTTP" },
    }
}

/// etcd's static Pod for this configuration: image, command, the `etcd-data` and `etcd-certs`
/// volumes, probes on the metrics port (`/livez`, `/readyz`), 100m CPU and 100Mi memory, the
/// `extraEnvs`, and the annotation naming its client URL.
pub fn etcd_component(config: &ValidConfig) -> Component {
    member_component(config, None)
}

/// The static Pod of a member joining an existing cluster (`kadm join --control-plane`): as
/// [`etcd_component`], with `--initial-cluster` set to `initial_cluster` (`name=peerURL,...`,
/// every member including this one) and `--initial-cluster-state=existing`, as kubeadm writes it
/// after adding the member.
pub fn joining_component(config: &ValidConfig, initial_cluster: &str) -> Component {
    member_component(config, Some(initial_cluster))
}

fn member_component(config: &ValidConfig, existing: Option<&str>) -> Component {
    let cluster = &config.config().cluster;
    let local = cluster.etcd.local.clone().unwrap_or_default();
    let tag = if local.image_tag.is_empty() {
        etcd_version(config.kubernetes_version()).to_string()
    } else {
        local.image_tag.clone()
    };
    let repository = if local.image_repository.is_empty() {
        &cluster.image_repository
    } else {
        &local.image_repository
    };
    let certs_dir = cert_path(config.certificates_dir(), "etcd");
    let mut mounts = Mounts::new();
    mounts
        .host_path(
            DATA_VOLUME,
            &local.data_dir,
            &local.data_dir,
            false,
            DIRECTORY_OR_CREATE,
        )
        .host_path(
            CERTS_VOLUME,
            &certs_dir,
            &certs_dir,
            false,
            DIRECTORY_OR_CREATE,
        );
    let probe_at = probe_endpoint(&local.extra_args, config.advertise_address());
    let timeout = config.control_plane_component_health_check();
    Component {
        name: "etcd".to_string(),
        image: image(repository, "etcd", &tag),
        command: command(
            "etcd",
            &default_args(config, &tag, existing),
            &local.extra_args,
        ),
        mounts,
        probes: Probes {
            liveness: Some(liveness(&probe_at, "/livez")),
            readiness: Some(readiness(&probe_at, "/readyz")),
            startup: Some(startup(&probe_at, "/readyz", timeout)),
        },
        resources: requests(&[("cpu", "100m"), ("memory", "100Mi")]),
        env: merge_env(&[&local.extra_envs]),
        annotations: vec![(
            ANNOTATION_CLIENT_URLS.to_string(),
            client_url(config.advertise_address()),
        )],
    }
}
