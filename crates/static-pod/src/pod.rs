//! The Pod every control-plane component runs in, as kubeadm's `staticpod` utilities build it.

use std::collections::BTreeMap;
use std::time::Duration;

use kadm_config::types::{self as config, HostPathMount};
use kadm_kube_objects::k8s_openapi::api::core::v1::{
    ConfigMapKeySelector, Container, EnvVar, EnvVarSource, HTTPGetAction, HostPathVolumeSource,
    ObjectFieldSelector, Pod, PodSecurityContext, PodSpec, Probe, ResourceFieldSelector,
    ResourceRequirements, SeccompProfile, SecretKeySelector, Volume, VolumeMount,
};
use kadm_kube_objects::k8s_openapi::apimachinery::pkg::api::resource::Quantity;
use kadm_kube_objects::k8s_openapi::apimachinery::pkg::util::intstr::IntOrString;
use kadm_kube_objects::{KUBE_SYSTEM, meta, string_map};

/// The tier label of every control-plane Pod.
pub const TIER: &str = "control-plane";
/// The priority class of every control-plane Pod.
pub const PRIORITY_CLASS: &str = "system-node-critical";
/// The priority the API server gives `system-node-critical` (kubeadm sets it too).
pub const PRIORITY: i32 = 2_000_001_000;
/// A hostPath volume created as a directory when missing.
pub const DIRECTORY_OR_CREATE: &str = "DirectoryOrCreate";
/// A hostPath volume created as an empty file when missing.
pub const FILE_OR_CREATE: &str = "FileOrCreate";

/// The hostPath volumes of one Pod and their mounts, each keyed by name: a later volume of the
/// same name replaces an earlier one (so an `extraVolumes` entry overrides a default), and both
/// lists come out sorted by name, as kubeadm sorts them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Mounts {
    volumes: BTreeMap<String, Volume>,
    mounts: BTreeMap<String, VolumeMount>,
}

impl Mounts {
    /// No volume.
    pub fn new() -> Self {
        Self::default()
    }

    /// Mounts the node's `host_path` at `mount_path`, with hostPath type `path_type` (an empty
    /// type is written as given, as kubeadm writes an `extraVolumes` entry without one).
    pub fn host_path(
        &mut self,
        name: &str,
        host_path: &str,
        mount_path: &str,
        read_only: bool,
        path_type: &str,
    ) -> &mut Self {
        self.volumes.insert(
            name.to_string(),
            Volume {
                name: name.to_string(),
                host_path: Some(HostPathVolumeSource {
                    path: host_path.to_string(),
                    type_: Some(path_type.to_string()),
                }),
                ..Volume::default()
            },
        );
        self.mounts.insert(
            name.to_string(),
            VolumeMount {
                name: name.to_string(),
                mount_path: mount_path.to_string(),
                read_only: read_only.then_some(true),
                ..VolumeMount::default()
            },
        );
        self
    }

    /// Adds the configuration's `extraVolumes`, each replacing a volume of the same name.
    pub fn extra(&mut self, extra: &[HostPathMount]) -> &mut Self {
        for v in extra {
            self.host_path(
                &v.name,
                &v.host_path,
                &v.mount_path,
                v.read_only,
                &v.path_type,
            );
        }
        self
    }

    /// The volumes, sorted by name.
    pub fn volumes(&self) -> Vec<Volume> {
        self.volumes.values().cloned().collect()
    }

    /// The mounts, sorted by name.
    pub fn mounts(&self) -> Vec<VolumeMount> {
        self.mounts.values().cloned().collect()
    }
}

/// Where a probe connects: host (none: the Pod's IP), port and scheme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    /// The host, or `None` for the kubelet's default (the Pod's IP).
    pub host: Option<String>,
    /// The port.
    pub port: i32,
    /// `HTTP` or `HTTPS`.
    pub scheme: &'static str,
}

impl Endpoint {
    /// An endpoint on `address` (see [`probe_host`]).
    pub fn new(address: &str, port: i32, scheme: &'static str) -> Self {
        Endpoint {
            host: probe_host(address),
            port,
            scheme,
        }
    }
}

/// The probe host for a bind or advertise address: none for an unspecified address (`0.0.0.0`,
/// `::`, or empty), which a probe cannot reach; the kubelet then uses the Pod's IP.
pub fn probe_host(address: &str) -> Option<String> {
    match address {
        "" | "0.0.0.0" | "::" => None,
        other => Some(other.to_string()),
    }
}

fn http_probe(
    at: &Endpoint,
    path: &str,
    initial_delay: i32,
    failure_threshold: i32,
    period: i32,
) -> Probe {
    Probe {
        http_get: Some(HTTPGetAction {
            host: at.host.clone(),
            path: Some(path.to_string()),
            port: IntOrString::Int(at.port),
            scheme: Some(at.scheme.to_string()),
            ..HTTPGetAction::default()
        }),
        initial_delay_seconds: Some(initial_delay),
        timeout_seconds: Some(15),
        failure_threshold: Some(failure_threshold),
        period_seconds: Some(period),
        ..Probe::default()
    }
}

/// kubeadm's liveness probe: after 10 s, every 10 s, 15 s timeout, 8 failures.
pub fn liveness(at: &Endpoint, path: &str) -> Probe {
    http_probe(at, path, 10, 8, 10)
}

/// kubeadm's readiness probe: at once, every second, 15 s timeout, 3 failures.
pub fn readiness(at: &Endpoint, path: &str) -> Probe {
    http_probe(at, path, 0, 3, 1)
}

/// kubeadm's startup probe: after 10 s, every 10 s, 15 s timeout, as many failures as cover
/// `timeout` (`timeouts.controlPlaneComponentHealthCheck`, 4 minutes by default: 24).
pub fn startup(at: &Endpoint, path: &str, timeout: Duration) -> Probe {
    const PERIOD: i32 = 10;
    // `as` saturates: a timeout of centuries gives i32::MAX failures.
    let failures = (timeout.as_secs_f64() / f64::from(PERIOD)).ceil() as i32;
    http_probe(at, path, PERIOD, failures, PERIOD)
}

/// Resource requests (`cpu`, `memory`, ...), no limits.
pub fn requests(pairs: &[(&str, &str)]) -> ResourceRequirements {
    ResourceRequirements {
        requests: Some(
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), Quantity(v.to_string())))
                .collect(),
        ),
        ..ResourceRequirements::default()
    }
}

/// An image reference, `<repository>/<name>:<tag>`.
pub fn image(repository: &str, name: &str, tag: &str) -> String {
    format!("{repository}/{name}:{tag}")
}

/// The image tag of a Kubernetes version as kubeadm writes it (`+` is not allowed in a tag).
pub fn version_tag(kubernetes_version: &str) -> String {
    kubernetes_version.replace('+', "_")
}

/// The proxy variables of an environment (`HTTP_PROXY`, `https_proxy`, `NO_PROXY`, ...: every
/// name ending in `_proxy`, any case, with a value), which kubeadm hands to the API server,
/// controller-manager and scheduler.
pub fn proxy_env<I, K, V>(environment: I) -> Vec<config::EnvVar>
where
    I: IntoIterator<Item = (K, V)>,
    K: AsRef<str>,
    V: AsRef<str>,
{
    environment
        .into_iter()
        .filter(|(k, v)| {
            k.as_ref().to_ascii_lowercase().ends_with("_proxy") && !v.as_ref().is_empty()
        })
        .map(|(k, v)| config::EnvVar {
            name: k.as_ref().to_string(),
            value: v.as_ref().to_string(),
            value_from: None,
        })
        .collect()
}

/// Merges lists of variables: a later one replaces an earlier one of the same name; sorted by
/// name (kubeadm's `MergeKubeadmEnvVars`).
pub fn merge_env(lists: &[&[config::EnvVar]]) -> Vec<EnvVar> {
    let mut merged: BTreeMap<&str, &config::EnvVar> = BTreeMap::new();
    for env in lists.iter().flat_map(|l| l.iter()) {
        merged.insert(&env.name, env);
    }
    merged.into_values().map(env_var).collect()
}

fn non_empty(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_string())
}

fn env_var(env: &config::EnvVar) -> EnvVar {
    EnvVar {
        name: env.name.clone(),
        value: non_empty(&env.value),
        value_from: env.value_from.as_ref().map(|from| EnvVarSource {
            field_ref: from.field_ref.as_ref().map(|f| ObjectFieldSelector {
                api_version: non_empty(&f.api_version),
                field_path: f.field_path.clone(),
            }),
            resource_field_ref: from
                .resource_field_ref
                .as_ref()
                .map(|r| ResourceFieldSelector {
                    container_name: non_empty(&r.container_name),
                    divisor: non_empty(&r.divisor).map(Quantity),
                    resource: r.resource.clone(),
                }),
            config_map_key_ref: from
                .config_map_key_ref
                .as_ref()
                .map(|k| ConfigMapKeySelector {
                    key: k.key.clone(),
                    name: k.name.clone(),
                    optional: k.optional,
                }),
            secret_key_ref: from.secret_key_ref.as_ref().map(|k| SecretKeySelector {
                key: k.key.clone(),
                name: k.name.clone(),
                optional: k.optional,
            }),
        }),
    }
}

/// The probes of one container; kubeadm gives the controller-manager and scheduler no readiness
/// probe.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Probes {
    /// Restarts the container when it fails.
    pub liveness: Option<Probe>,
    /// Marks the Pod ready.
    pub readiness: Option<Probe>,
    /// Holds the other probes back while the component starts.
    pub startup: Option<Probe>,
}

/// One control-plane component: what differs from one static Pod to the next.
#[derive(Debug, Clone, PartialEq)]
pub struct Component {
    /// The Pod's and the container's name (`etcd`, `kube-apiserver`, ...), also its label.
    pub name: String,
    /// The image reference (see [`image`]).
    pub image: String,
    /// The command and its flags (see [`crate::command`]).
    pub command: Vec<String>,
    /// The hostPath volumes and their mounts.
    pub mounts: Mounts,
    /// Liveness, readiness and startup probes.
    pub probes: Probes,
    /// Resource requests.
    pub resources: ResourceRequirements,
    /// Environment variables (see [`merge_env`]).
    pub env: Vec<EnvVar>,
    /// The Pod's annotations (kubeadm records the advertised endpoint in one).
    pub annotations: Vec<(String, String)>,
}

impl Component {
    /// The static Pod: in `kube-system`, labelled `component=<name>` and `tier=control-plane`,
    /// on the host's network, `system-node-critical`, with the runtime's default seccomp profile.
    pub fn pod(&self) -> Pod {
        let mut metadata = meta(
            &self.name,
            Some(KUBE_SYSTEM),
            &[("component", &self.name), ("tier", TIER)],
        );
        if !self.annotations.is_empty() {
            let pairs: Vec<(&str, &str)> = self
                .annotations
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str()))
                .collect();
            metadata.annotations = Some(string_map(&pairs));
        }
        let container = Container {
            name: self.name.clone(),
            image: Some(self.image.clone()),
            image_pull_policy: Some("IfNotPresent".to_string()),
            command: Some(self.command.clone()),
            env: (!self.env.is_empty()).then(|| self.env.clone()),
            volume_mounts: Some(self.mounts.mounts()),
            liveness_probe: self.probes.liveness.clone(),
            readiness_probe: self.probes.readiness.clone(),
            startup_probe: self.probes.startup.clone(),
            resources: Some(self.resources.clone()),
            ..Container::default()
        };
        Pod {
            metadata,
            spec: Some(PodSpec {
                containers: vec![container],
                host_network: Some(true),
                priority: Some(PRIORITY),
                priority_class_name: Some(PRIORITY_CLASS.to_string()),
                security_context: Some(PodSecurityContext {
                    seccomp_profile: Some(SeccompProfile {
                        type_: "RuntimeDefault".to_string(),
                        ..SeccompProfile::default()
                    }),
                    ..PodSecurityContext::default()
                }),
                volumes: Some(self.mounts.volumes()),
                ..PodSpec::default()
            }),
            status: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn component() -> Component {
        let mut mounts = Mounts::new();
        mounts
            .host_path(
                "z-certs",
                "/etc/kubernetes/pki",
                "/etc/kubernetes/pki",
                true,
                DIRECTORY_OR_CREATE,
            )
            .host_path(
                "a-conf",
                "/etc/kubernetes/x.conf",
                "/etc/kubernetes/x.conf",
                true,
                FILE_OR_CREATE,
            );
        let at = Endpoint::new("127.0.0.1", 10259, "HTTPS");
        Component {
            name: "kube-scheduler".into(),
            image: image(
                "registry.k8s.io",
                "kube-scheduler",
                &version_tag("v1.33.0+abc"),
            ),
            command: vec!["kube-scheduler".into()],
            mounts,
            probes: Probes {
                liveness: Some(liveness(&at, "/healthz")),
                readiness: None,
                startup: Some(startup(&at, "/healthz", Duration::from_secs(240))),
            },
            resources: requests(&[("cpu", "100m")]),
            env: Vec::new(),
            annotations: Vec::new(),
        }
    }

    #[test]
    fn the_pod_skeleton_is_kubeadms() {
        let pod = component().pod();
        let text = kadm_kube_objects::Manifest::of(&pod).unwrap().to_text();
        for line in [
            "apiVersion: v1\n",
            "kind: Pod\n",
            "  labels:\n    component: kube-scheduler\n    tier: control-plane\n",
            "  name: kube-scheduler\n  namespace: kube-system\n",
            "  hostNetwork: true\n",
            "  priority: 2000001000\n  priorityClassName: system-node-critical\n",
            "  securityContext:\n    seccompProfile:\n      type: RuntimeDefault\n",
            "    image: registry.k8s.io/kube-scheduler:v1.33.0_abc\n    imagePullPolicy: IfNotPresent\n",
            "        cpu: 100m\n",
        ] {
            assert!(text.contains(line), "missing {line:?} in:\n{text}");
        }
        let spec = pod.spec.unwrap();
        let names: Vec<_> = spec.volumes.unwrap().into_iter().map(|v| v.name).collect();
        assert_eq!(names, ["a-conf", "z-certs"], "volumes sorted by name");
        assert!(text.contains("      type: FileOrCreate\n"), "{text}");
        assert!(!text.contains("readinessProbe"), "{text}");
        assert!(!text.contains("annotations"), "{text}");
    }

    #[test]
    fn probes_have_kubeadms_timings() {
        let at = Endpoint::new("0.0.0.0", 6443, "HTTPS");
        assert_eq!(
            at.host, None,
            "an unspecified address leaves the host to the kubelet"
        );
        let live = liveness(&at, "/livez");
        assert_eq!(
            (
                live.initial_delay_seconds,
                live.period_seconds,
                live.timeout_seconds,
                live.failure_threshold
            ),
            (Some(10), Some(10), Some(15), Some(8))
        );
        let ready = readiness(&at, "/readyz");
        assert_eq!(
            (
                ready.initial_delay_seconds,
                ready.period_seconds,
                ready.timeout_seconds,
                ready.failure_threshold
            ),
            (Some(0), Some(1), Some(15), Some(3))
        );
        assert_eq!(
            startup(&at, "/livez", Duration::from_secs(240)).failure_threshold,
            Some(24)
        );
        assert_eq!(
            startup(&at, "/livez", Duration::from_secs(95)).failure_threshold,
            Some(10)
        );
        let get = live.http_get.unwrap();
        assert_eq!(
            (get.port, get.scheme.as_deref(), get.path.as_deref()),
            (IntOrString::Int(6443), Some("HTTPS"), Some("/livez"))
        );
    }

    #[test]
    fn extra_volumes_replace_defaults_of_the_same_name() {
        let mut mounts = Mounts::new();
        mounts.host_path(
            "k8s-certs",
            "/etc/kubernetes/pki",
            "/etc/kubernetes/pki",
            true,
            DIRECTORY_OR_CREATE,
        );
        mounts.extra(&[HostPathMount {
            name: "k8s-certs".into(),
            host_path: "/srv/pki".into(),
            mount_path: "/etc/kubernetes/pki".into(),
            read_only: false,
            path_type: String::new(),
        }]);
        let volumes = mounts.volumes();
        assert_eq!(volumes.len(), 1);
        let host = volumes[0].host_path.as_ref().unwrap();
        assert_eq!(
            (host.path.as_str(), host.type_.as_deref()),
            ("/srv/pki", Some(""))
        );
        assert_eq!(mounts.mounts()[0].read_only, None);
    }

    #[test]
    fn proxy_variables_are_picked_and_extra_envs_win() {
        let proxies = proxy_env([
            ("HTTPS_PROXY", "http://proxy:3128"),
            ("no_proxy", "10.0.0.0/8"),
            ("HTTP_PROXY", ""),
            ("PATH", "/usr/bin"),
            ("PROXY", "x"),
        ]);
        let names: Vec<_> = proxies.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["HTTPS_PROXY", "no_proxy"]);
        let extra = [
            config::EnvVar {
                name: "HTTPS_PROXY".into(),
                value: "http://other:3128".into(),
                value_from: None,
            },
            config::EnvVar {
                name: "GOMAXPROCS".into(),
                value: String::new(),
                value_from: Some(config::EnvVarSource {
                    resource_field_ref: Some(config::ResourceFieldSelector {
                        resource: "limits.cpu".into(),
                        ..Default::default()
                    }),
                    ..Default::default()
                }),
            },
        ];
        let merged = merge_env(&[&proxies, &extra]);
        let pairs: Vec<_> = merged
            .iter()
            .map(|e| (e.name.as_str(), e.value.as_deref()))
            .collect();
        assert_eq!(
            pairs,
            [
                ("GOMAXPROCS", None),
                ("HTTPS_PROXY", Some("http://other:3128")),
                ("no_proxy", Some("10.0.0.0/8"))
            ]
        );
        assert_eq!(
            merged[0]
                .value_from
                .as_ref()
                .unwrap()
                .resource_field_ref
                .as_ref()
                .unwrap()
                .resource,
            "limits.cpu"
        );
    }
}
