//! [`Config::validate`]: every check in one pass, in named steps, each keeping the value it
//! parsed for the [`ValidConfig`] it returns.

use std::path::Path;
use std::time::Duration;

use ipnet::IpNet;

use crate::checks::{self, Host};
use crate::config::{Config, field};
use crate::error::ConfigError;
use crate::excerpt;
use crate::images;
use crate::types::{Arg, ClusterConfiguration, EnvVar, HostPathMount, InitConfiguration};
use crate::valid::ValidConfig;

impl Config {
    /// Checks every value and returns the configuration with its values typed, or all problems
    /// at once: a single problem as its own error, several as [`ConfigError::Multiple`] (one per
    /// line, in file order of the fields).
    pub fn validate(self) -> Result<ValidConfig, ConfigError> {
        let mut check = Checker::new(&self);
        let (advertise_address, bind_port) = check.node(&self.init);
        check.bootstrap_tokens(&self.init);
        check.value(
            field::IGNORE_PREFLIGHT_ERRORS,
            checks::ignore_preflight_errors(&self.init.node_registration.ignore_preflight_errors),
        );
        if !self.init.certificate_key.is_empty() {
            check.value(
                field::CERTIFICATE_KEY,
                checks::certificate_key(&self.init.certificate_key),
            );
        }
        check.timeouts(&self.init);
        let (service_subnets, pod_subnets) = check.networking(&self.cluster);
        let kubernetes_version = check.value(
            field::KUBERNETES_VERSION,
            checks::kubernetes_version(&self.cluster.kubernetes_version),
        );
        let control_plane_endpoint = check.control_plane_endpoint(&self.cluster);
        let [
            apiserver_cert_sans,
            etcd_server_cert_sans,
            etcd_peer_cert_sans,
        ] = check.cert_sans();
        check.etcd(&self.cluster);
        check.images(&self.cluster);
        check.component_extras(&self.cluster);
        check.value(
            field::CERTIFICATES_DIR,
            absolute_dir(&self.cluster.certificates_dir),
        );
        let encryption_algorithm = check.value(
            field::ENCRYPTION_ALGORITHM,
            self.cluster
                .encryption_algorithm
                .parse()
                .map_err(|e: crate::encryption::ParseEncryptionAlgorithmError| e.to_string()),
        );
        let (certificate_validity, ca_certificate_validity) = check.validity_periods(&self.cluster);
        let errors = check.finish();

        // Each value is `None` only when its check added an error.
        let typed = (|| {
            Some(ValidConfig {
                advertise_address: advertise_address?,
                bind_port: bind_port?,
                control_plane_endpoint: control_plane_endpoint?,
                service_subnets: service_subnets?,
                pod_subnets: pod_subnets?,
                kubernetes_version: kubernetes_version?,
                apiserver_cert_sans: apiserver_cert_sans?,
                etcd_server_cert_sans: etcd_server_cert_sans?,
                etcd_peer_cert_sans: etcd_peer_cert_sans?,
                encryption_algorithm: encryption_algorithm?,
                certificate_validity: certificate_validity?,
                ca_certificate_validity: ca_certificate_validity?,
                config: self,
            })
        })();
        match (typed, errors) {
            (Some(valid), None) => Ok(valid),
            (_, Some(error)) => Err(error),
            (None, None) => Err(ConfigError::Multiple(Vec::new())),
        }
    }
}

/// Runs the checks of one configuration and gathers their errors.
struct Checker<'a> {
    config: &'a Config,
    errors: Vec<ConfigError>,
}

impl<'a> Checker<'a> {
    fn new(config: &'a Config) -> Self {
        Checker {
            config,
            errors: Vec::new(),
        }
    }

    /// The checked value, or `None` after recording the error against `field`.
    fn value<T>(&mut self, field: &str, result: Result<T, String>) -> Option<T> {
        result
            .map_err(|message| self.errors.push(self.config.invalid(field, message)))
            .ok()
    }

    /// Node name, image pull policy, advertise address and bind port.
    fn node(&mut self, init: &InitConfiguration) -> (Option<std::net::IpAddr>, Option<u16>) {
        self.value(
            field::NODE_NAME,
            checks::node_name(&init.node_registration.name),
        );
        self.value(
            field::IMAGE_PULL_POLICY,
            checks::one_of(
                &init.node_registration.image_pull_policy,
                "image pull policy",
                &["Always", "IfNotPresent", "Never"],
            ),
        );
        let endpoint = &init.local_api_endpoint;
        (
            self.value(
                field::ADVERTISE_ADDRESS,
                checks::advertise_address(&endpoint.advertise_address),
            ),
            self.value(
                field::BIND_PORT,
                checks::port(i64::from(endpoint.bind_port)),
            ),
        )
    }

    /// Each bootstrap token's token and TTL, when set.
    fn bootstrap_tokens(&mut self, init: &InitConfiguration) {
        for (i, token) in init.bootstrap_tokens.iter().enumerate() {
            let path = format!("{}[{i}]", field::BOOTSTRAP_TOKENS);
            if !token.token.is_empty() {
                self.value(
                    &format!("{path}.token"),
                    checks::bootstrap_token(&token.token),
                );
            }
            if !token.ttl.is_empty() {
                self.value(&format!("{path}.ttl"), checks::any_duration(&token.ttl));
            }
        }
    }

    /// Each timeout that is set is a duration.
    fn timeouts(&mut self, init: &InitConfiguration) {
        let Some(timeouts) = &init.timeouts else {
            return;
        };
        for (name, value) in [
            (
                "controlPlaneComponentHealthCheck",
                &timeouts.control_plane_component_health_check,
            ),
            ("kubeletHealthCheck", &timeouts.kubelet_health_check),
            ("kubernetesAPICall", &timeouts.kubernetes_api_call),
            ("etcdAPICall", &timeouts.etcd_api_call),
            ("tlsBootstrap", &timeouts.tls_bootstrap),
            ("discovery", &timeouts.discovery),
            ("upgradeManifests", &timeouts.upgrade_manifests),
        ] {
            if !value.is_empty() {
                let path = format!("{}.{name}", field::TIMEOUTS);
                self.value(&path, checks::any_duration(value));
            }
        }
    }

    /// Service subnets, pod subnets (none when unset) and the DNS domain.
    fn networking(
        &mut self,
        cluster: &ClusterConfiguration,
    ) -> (Option<Vec<IpNet>>, Option<Vec<IpNet>>) {
        let networking = &cluster.networking;
        let services = self.value(
            field::SERVICE_SUBNET,
            checks::service_subnets(&networking.service_subnet),
        );
        let pods = if networking.pod_subnet.is_empty() {
            Some(Vec::new())
        } else {
            self.value(field::POD_SUBNET, checks::cidrs(&networking.pod_subnet))
        };
        self.value(
            field::DNS_DOMAIN,
            checks::dns_domain(&networking.dns_domain),
        );
        (services, pods)
    }

    /// `controlPlaneEndpoint`: `Some(None)` when unset.
    fn control_plane_endpoint(
        &mut self,
        cluster: &ClusterConfiguration,
    ) -> Option<Option<checks::HostPort>> {
        match cluster.control_plane_endpoint.as_str() {
            "" => Some(None),
            text => self
                .value(field::CONTROL_PLANE_ENDPOINT, checks::host_port(text))
                .map(Some),
        }
    }

    /// The extra SANs of the API server, etcd server and etcd peer certificates, each entry
    /// checked on its own.
    fn cert_sans(&mut self) -> [Option<Vec<Host>>; 3] {
        let config = self.config;
        let cluster = &config.cluster;
        let local = cluster.etcd.local.as_ref();
        let lists: [(&str, &[String]); 3] = [
            (field::APISERVER_CERT_SANS, &cluster.api_server.cert_sans),
            (
                field::ETCD_SERVER_CERT_SANS,
                local.map_or(&[], |l| l.server_cert_sans.as_slice()),
            ),
            (
                field::ETCD_PEER_CERT_SANS,
                local.map_or(&[], |l| l.peer_cert_sans.as_slice()),
            ),
        ];
        lists.map(|(list, sans)| {
            let hosts: Vec<Option<Host>> = sans
                .iter()
                .enumerate()
                .map(|(i, san)| self.value(&format!("{list}[{i}]"), checks::san(san)))
                .collect();
            hosts.into_iter().collect()
        })
    }

    /// Exactly one of `etcd.local` and `etcd.external`; an external etcd has endpoints.
    fn etcd(&mut self, cluster: &ClusterConfiguration) {
        match (&cluster.etcd.local, &cluster.etcd.external) {
            (Some(_), Some(_)) => {
                self.value::<()>(
                    field::ETCD,
                    Err(
                        "etcd.local and etcd.external are mutually exclusive: keep one of them"
                            .into(),
                    ),
                );
            }
            (None, Some(external)) if external.endpoints.is_empty() => {
                self.value::<()>(
                    field::ETCD_EXTERNAL_ENDPOINTS,
                    Err(
                        "an external etcd needs at least one endpoint such as https://10.0.0.5:2379"
                            .into(),
                    ),
                );
            }
            _ => {}
        }
    }

    /// The image repositories and tags: each must make a valid image reference.
    fn images(&mut self, cluster: &ClusterConfiguration) {
        let local = cluster.etcd.local.as_ref();
        let empty = String::new();
        for (field, value, check) in [
            (
                field::IMAGE_REPOSITORY,
                &cluster.image_repository,
                images::image_repository as fn(&str) -> Result<(), String>,
            ),
            (
                field::DNS_IMAGE_REPOSITORY,
                &cluster.dns.image_repository,
                images::image_repository,
            ),
            (
                field::DNS_IMAGE_TAG,
                &cluster.dns.image_tag,
                images::image_tag,
            ),
            (
                field::ETCD_IMAGE_REPOSITORY,
                local.map_or(&empty, |l| &l.image_repository),
                images::image_repository,
            ),
            (
                field::ETCD_IMAGE_TAG,
                local.map_or(&empty, |l| &l.image_tag),
                images::image_tag,
            ),
        ] {
            self.value(field, check(value));
        }
    }

    /// The `extraArgs`, `extraVolumes` and `extraEnvs` of every static Pod component: each
    /// argument and variable has a name, each volume a name and absolute paths.
    fn component_extras(&mut self, cluster: &ClusterConfiguration) {
        let local = cluster.etcd.local.as_ref();
        let components: [ComponentExtras<'_>; 4] = [
            (
                field::API_SERVER,
                &cluster.api_server.extra_args,
                &cluster.api_server.extra_volumes,
                &cluster.api_server.extra_envs,
            ),
            (
                field::CONTROLLER_MANAGER,
                &cluster.controller_manager.extra_args,
                &cluster.controller_manager.extra_volumes,
                &cluster.controller_manager.extra_envs,
            ),
            (
                field::SCHEDULER,
                &cluster.scheduler.extra_args,
                &cluster.scheduler.extra_volumes,
                &cluster.scheduler.extra_envs,
            ),
            (
                field::ETCD_LOCAL,
                local.map_or(&[], |l| l.extra_args.as_slice()),
                &[],
                local.map_or(&[], |l| l.extra_envs.as_slice()),
            ),
        ];
        for (component, args, volumes, envs) in components {
            for (i, arg) in args.iter().enumerate() {
                let entry = format!("{component}.extraArgs[{i}]");
                self.named(&entry, &arg.name, "a flag name without dashes, such as v");
            }
            for (i, env) in envs.iter().enumerate() {
                let entry = format!("{component}.extraEnvs[{i}]");
                self.named(&entry, &env.name, "a variable name, such as HTTPS_PROXY");
            }
            for (i, volume) in volumes.iter().enumerate() {
                let entry = format!("{component}.extraVolumes[{i}]");
                self.named(&entry, &volume.name, "a volume name, such as audit-logs");
                for (key, path) in [
                    ("hostPath", &volume.host_path),
                    ("mountPath", &volume.mount_path),
                ] {
                    if !Path::new(path).is_absolute() {
                        let message = format!(
                            "{} is not an absolute path: expected a path such as /var/log/audit",
                            excerpt::value(path)
                        );
                        self.located(&format!("{entry}.{key}"), &entry, message);
                    }
                }
                if !volume.path_type.is_empty()
                    && let Err(message) =
                        checks::one_of(&volume.path_type, "hostPath type", &HOST_PATH_TYPES)
                {
                    self.located(&format!("{entry}.pathType"), &entry, message);
                }
            }
        }
    }

    /// Records an error for `entry.name` when `name` is empty.
    fn named(&mut self, entry: &str, name: &str, expected: &str) {
        if name.is_empty() {
            self.located(
                &format!("{entry}.name"),
                entry,
                format!("the entry has no name: expected {expected}"),
            );
        }
    }

    /// An error against `field`, placed where `field` was written or, when it was not (a missing
    /// key), where its list entry `entry` was.
    fn located(&mut self, field: &str, entry: &str, message: String) {
        let anchor = if self.config.has_origin(field) {
            field
        } else {
            entry
        };
        let mut error = self.config.invalid(anchor, message);
        if let ConfigError::Invalid { field: named, .. } = &mut error {
            *named = field.to_string();
        }
        self.errors.push(error);
    }

    /// The leaf and CA validity periods, and the CA's at least as long as the leaves'.
    fn validity_periods(
        &mut self,
        cluster: &ClusterConfiguration,
    ) -> (Option<Duration>, Option<Duration>) {
        let leaf = checks::validity_period(&cluster.certificate_validity_period);
        let ca = checks::validity_period(&cluster.ca_certificate_validity_period);
        if let (Ok(leaf), Ok(ca)) = (&leaf, &ca)
            && ca < leaf
        {
            self.value::<()>(
                field::CA_CERTIFICATE_VALIDITY,
                Err(format!(
                    "{} is shorter than certificateValidityPeriod {}: certificates would \
                         outlive the CA that signs them; make caCertificateValidityPeriod at \
                         least as long",
                    excerpt::value(&cluster.ca_certificate_validity_period),
                    excerpt::value(&cluster.certificate_validity_period)
                )),
            );
        }
        (
            self.value(field::CERTIFICATE_VALIDITY, leaf),
            self.value(field::CA_CERTIFICATE_VALIDITY, ca),
        )
    }

    /// The errors in file order of their fields: none, one, or [`ConfigError::Multiple`].
    fn finish(self) -> Option<ConfigError> {
        let Checker { config, mut errors } = self;
        errors.sort_by_key(|e| config.sort_key(e));
        match errors.len() {
            0 => None,
            1 => Some(errors.remove(0)),
            _ => Some(ConfigError::Multiple(errors)),
        }
    }
}

/// A component's field path and its `extraArgs`, `extraVolumes` and `extraEnvs`.
type ComponentExtras<'a> = (&'static str, &'a [Arg], &'a [HostPathMount], &'a [EnvVar]);

/// The `core/v1` HostPathType values a non-empty `pathType` may take.
const HOST_PATH_TYPES: [&str; 7] = [
    "DirectoryOrCreate",
    "Directory",
    "FileOrCreate",
    "File",
    "Socket",
    "CharDevice",
    "BlockDevice",
];

fn absolute_dir(dir: &str) -> Result<(), String> {
    if Path::new(dir).is_absolute() {
        return Ok(());
    }
    Err(format!(
        "{} is not an absolute path: expected a directory such as /etc/kubernetes/pki",
        excerpt::value(dir)
    ))
}
