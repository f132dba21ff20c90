//! The three control-plane components and their flags (kubeadm's `manifests.go`).

use kadm_config::ValidConfig;
use kadm_config::types::Arg;
use kadm_static_pod::{
    Component, Endpoint, Probes, arg, command, image, last, liveness, merge_env, readiness,
    requests, set, startup, version_tag,
};

use crate::join;
use crate::volumes::mounts;

/// The API server's name.
pub const APISERVER: &str = "kube-apiserver";
/// The controller-manager's name.
pub const CONTROLLER_MANAGER: &str = "kube-controller-manager";
/// The scheduler's name.
pub const SCHEDULER: &str = "kube-scheduler";
/// The controller-manager's secure port (probes).
pub const CONTROLLER_MANAGER_PORT: i32 = 10257;
/// The scheduler's secure port (probes).
pub const SCHEDULER_PORT: i32 = 10259;
/// The annotation where kubeadm records the API server's advertised endpoint.
pub const ANNOTATION_ENDPOINT: &str =
    "kubeadm.kubernetes.io/kube-apiserver.advertise-address.endpoint";

/// Facts about the node the manifests depend on (see [`crate::node_facts`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Node {
    /// The kubeconfig directory as the node sees it (`/etc/kubernetes`).
    pub kubeconfig_dir: String,
    /// The system CA directories of [`crate::CA_CERTS_EXTRA_PATHS`] present on the node.
    pub ca_certs_extra: Vec<String>,
    /// Whether the cluster CA's key is absent (external CA): the controller-manager then signs
    /// nothing.
    pub external_ca: bool,
    /// The `*_proxy` variables kubeadm passes to the three components.
    pub proxy_env: Vec<kadm_config::types::EnvVar>,
}

/// Where the probes of `name` (one of [`APISERVER`], [`CONTROLLER_MANAGER`], [`SCHEDULER`])
/// ask: the API server on its advertise address and bind port, the others on their bind
/// address (from `extraArgs`, else 127.0.0.1) and secure port.
pub fn probe_endpoint(config: &ValidConfig, name: &str) -> Endpoint {
    let cluster = &config.config().cluster;
    match name {
        CONTROLLER_MANAGER => bound(
            &cluster.controller_manager.extra_args,
            CONTROLLER_MANAGER_PORT,
        ),
        SCHEDULER => bound(&cluster.scheduler.extra_args, SCHEDULER_PORT),
        _ => Endpoint::new(
            &config.advertise_address().to_string(),
            i32::from(config.bind_port()),
            "HTTPS",
        ),
    }
}

/// The manifest of `name` (one of [`APISERVER`], [`CONTROLLER_MANAGER`], [`SCHEDULER`]).
pub fn component(config: &ValidConfig, node: &Node, name: &str) -> Component {
    match name {
        CONTROLLER_MANAGER => controller_manager(config, node),
        SCHEDULER => scheduler(config, node),
        _ => apiserver(config, node),
    }
}

fn localhost_of(config: &ValidConfig) -> &'static str {
    if config.advertise_address().is_ipv6() {
        "::1"
    } else {
        "127.0.0.1"
    }
}

fn apiserver_args(config: &ValidConfig) -> Vec<Arg> {
    let cluster = &config.config().cluster;
    let certs = config.certificates_dir();
    let c = |file: &str| join(certs, file);
    let mut args = vec![
        arg("advertise-address", config.advertise_address().to_string()),
        arg("enable-admission-plugins", "NodeRestriction"),
        arg(
            "service-cluster-ip-range",
            cluster.networking.service_subnet.as_str(),
        ),
        arg("service-account-key-file", c("sa.pub")),
        arg("service-account-signing-key-file", c("sa.key")),
        arg(
            "service-account-issuer",
            format!("https://kubernetes.default.svc.{}", config.dns_domain()),
        ),
        arg("client-ca-file", c("ca.crt")),
        arg("tls-cert-file", c("apiserver.crt")),
        arg("tls-private-key-file", c("apiserver.key")),
        arg(
            "kubelet-client-certificate",
            c("apiserver-kubelet-client.crt"),
        ),
        arg("kubelet-client-key", c("apiserver-kubelet-client.key")),
        arg("enable-bootstrap-token-auth", "true"),
        arg("secure-port", config.bind_port().to_string()),
        arg("allow-privileged", "true"),
        arg(
            "kubelet-preferred-address-types",
            "InternalIP,ExternalIP,Hostname",
        ),
        arg("requestheader-username-headers", "X-Remote-User"),
        arg("requestheader-group-headers", "X-Remote-Group"),
        arg("requestheader-extra-headers-prefix", "X-Remote-Extra-"),
        arg("requestheader-client-ca-file", c("front-proxy-ca.crt")),
        arg("requestheader-allowed-names", "front-proxy-client"),
        arg("proxy-client-cert-file", c("front-proxy-client.crt")),
        arg("proxy-client-key-file", c("front-proxy-client.key")),
    ];
    match (&cluster.etcd.external, &cluster.etcd.local) {
        (Some(external), _) => {
            set(&mut args, "etcd-servers", external.endpoints.join(","));
            if !external.ca_file.is_empty() {
                set(&mut args, "etcd-cafile", external.ca_file.as_str());
            }
            if !external.cert_file.is_empty() && !external.key_file.is_empty() {
                set(&mut args, "etcd-certfile", external.cert_file.as_str());
                set(&mut args, "etcd-keyfile", external.key_file.as_str());
            }
        }
        (None, local) => {
            let localhost = localhost_of(config);
            let host = if localhost.contains(':') {
                format!("[{localhost}]")
            } else {
                localhost.to_string()
            };
            set(&mut args, "etcd-servers", format!("https://{host}:2379"));
            set(&mut args, "etcd-cafile", c("etcd/ca.crt"));
            set(&mut args, "etcd-certfile", c("apiserver-etcd-client.crt"));
            set(&mut args, "etcd-keyfile", c("apiserver-etcd-client.key"));
            if let Some(urls) = local
                .as_ref()
                .and_then(|l| last(&l.extra_args, "advertise-client-urls"))
            {
                set(&mut args, "etcd-servers", urls);
            }
        }
    }
    // A structured authorization configuration replaces the modes.
    if last(&cluster.api_server.extra_args, "authorization-config").is_none() {
        set(&mut args, "authorization-mode", "Node,RBAC");
    }
    args
}

/// The proxy variables, then the component's `extraEnvs` (which win).
fn env(node: &Node, extra: &[kadm_config::types::EnvVar]) -> Vec<kadm_static_pod::k8s::EnvVar> {
    merge_env(&[&node.proxy_env, extra])
}

fn kubernetes_image(config: &ValidConfig, name: &str) -> String {
    let cluster = &config.config().cluster;
    image(
        &cluster.image_repository,
        name,
        &version_tag(&cluster.kubernetes_version),
    )
}

/// kube-apiserver: probes `/livez`, `/readyz` and `/livez` over HTTPS on the advertise address
/// and bind port, 250m CPU, the annotation naming its endpoint.
pub fn apiserver(config: &ValidConfig, node: &Node) -> Component {
    let cluster = &config.config().cluster;
    let at = probe_endpoint(config, APISERVER);
    let endpoint = match config.advertise_address() {
        std::net::IpAddr::V6(v6) => format!("[{v6}]:{}", config.bind_port()),
        v4 => format!("{v4}:{}", config.bind_port()),
    };
    Component {
        name: APISERVER.to_string(),
        image: kubernetes_image(config, APISERVER),
        command: command(
            APISERVER,
            &apiserver_args(config),
            &cluster.api_server.extra_args,
        ),
        mounts: mounts(config, node, APISERVER),
        probes: Probes {
            liveness: Some(liveness(&at, "/livez")),
            readiness: Some(readiness(&at, "/readyz")),
            startup: Some(startup(
                &at,
                "/livez",
                config.control_plane_component_health_check(),
            )),
        },
        resources: requests(&[("cpu", "250m")]),
        env: env(node, &cluster.api_server.extra_envs),
        annotations: vec![(ANNOTATION_ENDPOINT.to_string(), endpoint)],
    }
}

fn controller_manager_args(config: &ValidConfig, node: &Node) -> Vec<Arg> {
    let cluster = &config.config().cluster;
    let certs = config.certificates_dir();
    let c = |file: &str| join(certs, file);
    let kubeconfig = join(&node.kubeconfig_dir, "controller-manager.conf");
    let mut args = vec![
        arg("bind-address", "127.0.0.1"),
        arg("leader-elect", "true"),
        arg("kubeconfig", kubeconfig.as_str()),
        arg("authentication-kubeconfig", kubeconfig.as_str()),
        arg("authorization-kubeconfig", kubeconfig.as_str()),
        arg("client-ca-file", c("ca.crt")),
        arg("requestheader-client-ca-file", c("front-proxy-ca.crt")),
        arg("root-ca-file", c("ca.crt")),
        arg("service-account-private-key-file", c("sa.key")),
        arg("cluster-signing-cert-file", c("ca.crt")),
        arg("cluster-signing-key-file", c("ca.key")),
        // How long the certificates the controller-manager signs (the kubelets' client
        // certificates among them) live: certificateValidityPeriod, so the kubelet's rotation
        // cadence follows the configuration.
        arg(
            "cluster-signing-duration",
            kadm_config::go_duration(config.certificate_validity()),
        ),
        arg("use-service-account-credentials", "true"),
        arg("controllers", "*,bootstrapsigner,tokencleaner"),
    ];
    if node.external_ca {
        // Without the CA key the signing controllers must not start.
        set(&mut args, "cluster-signing-key-file", "");
        set(&mut args, "cluster-signing-cert-file", "");
    }
    if !cluster.networking.pod_subnet.is_empty() {
        set(&mut args, "allocate-node-cidrs", "true");
        set(
            &mut args,
            "cluster-cidr",
            cluster.networking.pod_subnet.as_str(),
        );
        if !cluster.networking.service_subnet.is_empty() {
            set(
                &mut args,
                "service-cluster-ip-range",
                cluster.networking.service_subnet.as_str(),
            );
        }
    }
    if !cluster.cluster_name.is_empty() {
        set(&mut args, "cluster-name", cluster.cluster_name.as_str());
    }
    args
}

/// The probe endpoint of a component bound to `bind-address` (from `extraArgs`, else
/// 127.0.0.1) on `port`.
fn bound(extra: &[Arg], port: i32) -> Endpoint {
    Endpoint::new(
        last(extra, "bind-address").unwrap_or("127.0.0.1"),
        port,
        "HTTPS",
    )
}

/// kube-controller-manager: probes `/healthz` over HTTPS on its bind address and port 10257,
/// 200m CPU.
pub fn controller_manager(config: &ValidConfig, node: &Node) -> Component {
    let cm = &config.config().cluster.controller_manager;
    let at = probe_endpoint(config, CONTROLLER_MANAGER);
    Component {
        name: CONTROLLER_MANAGER.to_string(),
        image: kubernetes_image(config, CONTROLLER_MANAGER),
        command: command(
            CONTROLLER_MANAGER,
            &controller_manager_args(config, node),
            &cm.extra_args,
        ),
        mounts: mounts(config, node, CONTROLLER_MANAGER),
        probes: healthz_probes(config, &at),
        resources: requests(&[("cpu", "200m")]),
        env: env(node, &cm.extra_envs),
        annotations: Vec::new(),
    }
}

/// kube-scheduler: its kubeconfig, probes `/healthz` over HTTPS on its bind address and port
/// 10259, 100m CPU.
pub fn scheduler(config: &ValidConfig, node: &Node) -> Component {
    let s = &config.config().cluster.scheduler;
    let kubeconfig = join(&node.kubeconfig_dir, "scheduler.conf");
    let defaults = vec![
        arg("bind-address", "127.0.0.1"),
        arg("leader-elect", "true"),
        arg("kubeconfig", kubeconfig.as_str()),
        arg("authentication-kubeconfig", kubeconfig.as_str()),
        arg("authorization-kubeconfig", kubeconfig.as_str()),
    ];
    let at = probe_endpoint(config, SCHEDULER);
    Component {
        name: SCHEDULER.to_string(),
        image: kubernetes_image(config, SCHEDULER),
        command: command(SCHEDULER, &defaults, &s.extra_args),
        mounts: mounts(config, node, SCHEDULER),
        probes: healthz_probes(config, &at),
        resources: requests(&[("cpu", "100m")]),
        env: env(node, &s.extra_envs),
        annotations: Vec::new(),
    }
}

/// The controller-manager's and the scheduler's probes: liveness and startup on `/healthz`, no
/// readiness, as kubeadm gives them.
fn healthz_probes(config: &ValidConfig, at: &Endpoint) -> Probes {
    Probes {
        liveness: Some(liveness(at, "/healthz")),
        readiness: None,
        startup: Some(startup(
            at,
            "/healthz",
            config.control_plane_component_health_check(),
        )),
    }
}
