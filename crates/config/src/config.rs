//! [`Config`]: the InitConfiguration and ClusterConfiguration of one `init`, with defaults,
//! flag overrides, validation and typed accessors.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use ipnet::IpNet;
use kadm_phase_runner::Version;

use crate::checks::{self, HostPort};
use crate::defaults::{self, HostFacts, DEFAULT_BIND_PORT};
use crate::encryption::EncryptionAlgorithm;
use crate::error::ConfigError;
use crate::load::{self, Parsed};
use crate::types::{ClusterConfiguration, InitConfiguration};
use crate::yaml::{self, Position};

/// Full paths of the fields that validation and the accessors talk about.
pub(crate) mod field {
    pub const NODE_NAME: &str = "InitConfiguration.nodeRegistration.name";
    pub const IMAGE_PULL_POLICY: &str = "InitConfiguration.nodeRegistration.imagePullPolicy";
    pub const ADVERTISE_ADDRESS: &str = "InitConfiguration.localAPIEndpoint.advertiseAddress";
    pub const BIND_PORT: &str = "InitConfiguration.localAPIEndpoint.bindPort";
    pub const BOOTSTRAP_TOKENS: &str = "InitConfiguration.bootstrapTokens";
    pub const TIMEOUTS: &str = "InitConfiguration.timeouts";
    pub const SERVICE_SUBNET: &str = "ClusterConfiguration.networking.serviceSubnet";
    pub const POD_SUBNET: &str = "ClusterConfiguration.networking.podSubnet";
    pub const DNS_DOMAIN: &str = "ClusterConfiguration.networking.dnsDomain";
    pub const KUBERNETES_VERSION: &str = "ClusterConfiguration.kubernetesVersion";
    pub const CONTROL_PLANE_ENDPOINT: &str = "ClusterConfiguration.controlPlaneEndpoint";
    pub const APISERVER_CERT_SANS: &str = "ClusterConfiguration.apiServer.certSANs";
    pub const ETCD: &str = "ClusterConfiguration.etcd";
    pub const ETCD_EXTERNAL_ENDPOINTS: &str = "ClusterConfiguration.etcd.external.endpoints";
    pub const ETCD_SERVER_CERT_SANS: &str = "ClusterConfiguration.etcd.local.serverCertSANs";
    pub const ETCD_PEER_CERT_SANS: &str = "ClusterConfiguration.etcd.local.peerCertSANs";
    pub const CERTIFICATES_DIR: &str = "ClusterConfiguration.certificatesDir";
    pub const ENCRYPTION_ALGORITHM: &str = "ClusterConfiguration.encryptionAlgorithm";
    pub const CERTIFICATE_VALIDITY: &str = "ClusterConfiguration.certificateValidityPeriod";
    pub const CA_CERTIFICATE_VALIDITY: &str = "ClusterConfiguration.caCertificateValidityPeriod";
}

/// Where a value came from, for error messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Origin {
    /// Written in the configuration file at this position.
    File(Position),
    /// Set by this command-line flag.
    Flag(&'static str),
}

/// Placeholder token printed by `config print init-defaults`, as kubeadm prints it.
pub const PLACEHOLDER_TOKEN: &str = "abcdef.0123456789abcdef";

/// The configuration of one `init`: kubeadm's two documents plus where each value came from.
#[derive(Debug, Clone)]
pub struct Config {
    /// The InitConfiguration document (defaults filled in).
    pub init: InitConfiguration,
    /// The ClusterConfiguration document (defaults filled in).
    pub cluster: ClusterConfiguration,
    source: Option<PathBuf>,
    origins: BTreeMap<String, Origin>,
    ignored: Vec<String>,
    advertise_address_guessed: bool,
}

impl Config {
    /// kubeadm's defaults for this host.
    pub fn defaults(host: &HostFacts) -> Config {
        Config::assemble(Parsed::default(), None, host)
    }

    /// Same as [`Config::defaults`]; the name used where the host facts are built by hand.
    pub fn defaults_with(host: &HostFacts) -> Config {
        Config::defaults(host)
    }

    /// Reads `path`, decodes it strictly and fills the defaults. Does not validate: call
    /// [`Config::apply_overrides`] then [`Config::validate`].
    pub fn load(path: &Path, host: &HostFacts) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        Config::from_yaml_str(&text, path, host)
    }

    /// Like [`Config::load`] for text already in memory; `source` names it in error messages.
    pub fn from_yaml_str(
        text: &str,
        source: &Path,
        host: &HostFacts,
    ) -> Result<Config, ConfigError> {
        let parsed = load::parse(text, source)?;
        Ok(Config::assemble(parsed, Some(source.to_path_buf()), host))
    }

    fn assemble(parsed: Parsed, source: Option<PathBuf>, host: &HostFacts) -> Config {
        let mut init = parsed.init.unwrap_or_default();
        let mut cluster = parsed.cluster.unwrap_or_default();
        let advertise_address_guessed = defaults::fill_init(&mut init, host);
        defaults::fill_cluster(&mut cluster);
        Config {
            init,
            cluster,
            source,
            origins: parsed.origins,
            ignored: parsed.ignored,
            advertise_address_guessed,
        }
    }

    /// The file this configuration was read from, if any.
    pub fn source(&self) -> Option<&Path> {
        self.source.as_deref()
    }

    /// `Kind (apiVersion)` of the documents that were accepted but ignored (kubelet and
    /// kube-proxy component configurations).
    pub fn ignored_documents(&self) -> &[String] {
        &self.ignored
    }

    pub(crate) fn set_origin(&mut self, field: String, origin: Origin) {
        self.origins.insert(field, origin);
    }

    pub(crate) fn clear_guessed_advertise_address(&mut self) {
        self.advertise_address_guessed = false;
    }

    /// An [`ConfigError::Invalid`] for `field`, located at the file position or flag it came from.
    pub(crate) fn invalid(&self, field: &str, message: impl Into<String>) -> ConfigError {
        let at = self.origins.get(field).map(|origin| match origin {
            Origin::File(position) => match &self.source {
                Some(path) => load::at(path, *position),
                None => format!("line {position}"),
            },
            Origin::Flag(flag) => format!("flag {flag}"),
        });
        ConfigError::Invalid {
            at,
            field: field.to_string(),
            message: message.into(),
        }
    }

    fn checked<T>(&self, field: &str, result: Result<T, String>) -> Result<T, ConfigError> {
        result.map_err(|message| self.invalid(field, message))
    }

    /// Checks every value and returns all problems at once: a single problem as its own error,
    /// several as [`ConfigError::Multiple`] (one per line, in file order of the fields).
    pub fn validate(&self) -> Result<(), ConfigError> {
        let mut errors = Vec::new();
        let mut check = |field: &str, result: Result<(), String>| {
            if let Err(message) = result {
                errors.push(self.invalid(field, message));
            }
        };
        let (init, cluster) = (&self.init, &self.cluster);

        check(
            field::NODE_NAME,
            checks::node_name(&init.node_registration.name),
        );
        check(
            field::IMAGE_PULL_POLICY,
            checks::one_of(
                &init.node_registration.image_pull_policy,
                "image pull policy",
                &["Always", "IfNotPresent", "Never"],
            ),
        );
        check(
            field::ADVERTISE_ADDRESS,
            checks::advertise_address(&init.local_api_endpoint.advertise_address).map(drop),
        );
        check(
            field::BIND_PORT,
            checks::port(i64::from(init.local_api_endpoint.bind_port)).map(drop),
        );
        for (i, token) in init.bootstrap_tokens.iter().enumerate() {
            let path = format!("{}[{i}]", field::BOOTSTRAP_TOKENS);
            if !token.token.is_empty() {
                check(
                    &format!("{path}.token"),
                    checks::bootstrap_token(&token.token),
                );
            }
            if !token.ttl.is_empty() {
                check(
                    &format!("{path}.ttl"),
                    checks::any_duration(&token.ttl).map(drop),
                );
            }
        }
        if let Some(timeouts) = &init.timeouts {
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
                    check(&path, checks::any_duration(value).map(drop));
                }
            }
        }

        check(
            field::SERVICE_SUBNET,
            checks::service_subnets(&cluster.networking.service_subnet).map(drop),
        );
        if !cluster.networking.pod_subnet.is_empty() {
            check(
                field::POD_SUBNET,
                checks::cidrs(&cluster.networking.pod_subnet).map(drop),
            );
        }
        check(
            field::DNS_DOMAIN,
            checks::dns_domain(&cluster.networking.dns_domain),
        );
        check(
            field::KUBERNETES_VERSION,
            checks::kubernetes_version(&cluster.kubernetes_version).map(drop),
        );
        if !cluster.control_plane_endpoint.is_empty() {
            check(
                field::CONTROL_PLANE_ENDPOINT,
                checks::host_port(&cluster.control_plane_endpoint).map(drop),
            );
        }
        let san_lists = [
            (field::APISERVER_CERT_SANS, self.apiserver_cert_sans()),
            (field::ETCD_SERVER_CERT_SANS, self.etcd_server_cert_sans()),
            (field::ETCD_PEER_CERT_SANS, self.etcd_peer_cert_sans()),
        ];
        for (list, sans) in san_lists {
            for (i, san) in sans.iter().enumerate() {
                check(&format!("{list}[{i}]"), checks::san(san));
            }
        }
        match (&cluster.etcd.local, &cluster.etcd.external) {
            (Some(_), Some(_)) => check(
                field::ETCD,
                Err("etcd.local and etcd.external are mutually exclusive: keep one of them".into()),
            ),
            (None, Some(external)) if external.endpoints.is_empty() => check(
                field::ETCD_EXTERNAL_ENDPOINTS,
                Err(
                    "an external etcd needs at least one endpoint such as https://10.0.0.5:2379"
                        .into(),
                ),
            ),
            _ => {}
        }
        check(
            field::CERTIFICATES_DIR,
            absolute_dir(&cluster.certificates_dir),
        );
        check(
            field::ENCRYPTION_ALGORITHM,
            self.encryption_algorithm_text().map(drop),
        );
        check(
            field::CERTIFICATE_VALIDITY,
            checks::positive_duration(&cluster.certificate_validity_period).map(drop),
        );
        check(
            field::CA_CERTIFICATE_VALIDITY,
            checks::positive_duration(&cluster.ca_certificate_validity_period).map(drop),
        );

        errors.sort_by_key(|e| self.sort_key(e));
        match errors.len() {
            0 => Ok(()),
            1 => Err(errors.remove(0)),
            _ => Err(ConfigError::Multiple(errors)),
        }
    }

    /// Orders errors by file position, then flags, then defaults.
    fn sort_key(&self, error: &ConfigError) -> (u8, Option<Position>) {
        let ConfigError::Invalid { field, .. } = error else {
            return (3, None);
        };
        match self.origins.get(field) {
            Some(Origin::File(position)) => (0, Some(*position)),
            Some(Origin::Flag(_)) => (1, None),
            None => (2, None),
        }
    }

    /// Non-fatal remarks, as kubeadm prints them: validity periods above the defaults, a leaf
    /// period longer than the CA's, and an advertise address that fell back to 127.0.0.1.
    /// This crate never prints them.
    pub fn warnings(&self) -> Vec<String> {
        const LEAF_LIMIT: Duration = Duration::from_secs(8760 * 3600);
        const CA_LIMIT: Duration = Duration::from_secs(87600 * 3600);
        let mut out = Vec::new();
        if self.advertise_address_guessed {
            out.push(format!(
                "{}: no IPv4 address found on the interface of the default route; using {}. Set \
                 it in the file or with --apiserver-advertise-address",
                field::ADVERTISE_ADDRESS,
                defaults::FALLBACK_ADVERTISE_ADDRESS
            ));
        }
        let leaf = self.certificate_validity().ok();
        let ca = self.ca_certificate_validity().ok();
        let (leaf_text, ca_text) = (
            &self.cluster.certificate_validity_period,
            &self.cluster.ca_certificate_validity_period,
        );
        if leaf.is_some_and(|d| d > LEAF_LIMIT) {
            out.push(format!(
                "{}: {leaf_text} is longer than the recommended 8760h (one year)",
                field::CERTIFICATE_VALIDITY
            ));
        }
        if ca.is_some_and(|d| d > CA_LIMIT) {
            out.push(format!(
                "{}: {ca_text} is longer than the recommended 87600h (ten years)",
                field::CA_CERTIFICATE_VALIDITY
            ));
        }
        if let (Some(leaf), Some(ca)) = (leaf, ca) {
            if leaf > ca {
                out.push(format!(
                    "{}: {leaf_text} is longer than caCertificateValidityPeriod {ca_text}: leaf \
                     certificates would outlive the CA that signs them",
                    field::CERTIFICATE_VALIDITY
                ));
            }
        }
        out
    }

    /// Both documents as multi-document v1beta4 YAML that [`Config::load`] reads back.
    pub fn to_yaml(&self) -> String {
        let mut out = String::new();
        for (i, doc) in [yaml::encode(&self.init), yaml::encode(&self.cluster)]
            .into_iter()
            .enumerate()
        {
            if i > 0 {
                out.push_str("---\n");
            }
            match doc {
                Ok(text) => out.push_str(&text),
                // Serializing these plain structs cannot fail in practice; keep the output
                // loadable-looking and visible rather than panicking.
                Err(e) => {
                    let _ = writeln!(out, "# cannot encode this document: {e}");
                }
            }
        }
        out
    }

    /// `nodeRegistration.name`.
    pub fn node_name(&self) -> &str {
        &self.init.node_registration.name
    }

    /// `localAPIEndpoint.advertiseAddress`, parsed.
    pub fn advertise_address(&self) -> Result<IpAddr, ConfigError> {
        self.checked(
            field::ADVERTISE_ADDRESS,
            checks::advertise_address(&self.init.local_api_endpoint.advertise_address),
        )
    }

    /// `localAPIEndpoint.bindPort`; 6443 when the stored value is not a valid port.
    pub fn bind_port(&self) -> u16 {
        checks::port(i64::from(self.init.local_api_endpoint.bind_port)).unwrap_or(DEFAULT_BIND_PORT)
    }

    /// `controlPlaneEndpoint` as written, when set.
    pub fn control_plane_endpoint(&self) -> Option<&str> {
        Some(self.cluster.control_plane_endpoint.as_str()).filter(|s| !s.is_empty())
    }

    /// `controlPlaneEndpoint` split into host and optional port, when set.
    pub fn control_plane_endpoint_parts(&self) -> Result<Option<HostPort>, ConfigError> {
        self.control_plane_endpoint()
            .map(|text| self.checked(field::CONTROL_PLANE_ENDPOINT, checks::host_port(text)))
            .transpose()
    }

    /// `networking.serviceSubnet`: one subnet, or two for dual-stack.
    pub fn service_subnets(&self) -> Result<Vec<IpNet>, ConfigError> {
        self.checked(
            field::SERVICE_SUBNET,
            checks::service_subnets(&self.cluster.networking.service_subnet),
        )
    }

    /// `networking.dnsDomain`.
    pub fn dns_domain(&self) -> &str {
        &self.cluster.networking.dns_domain
    }

    /// `apiServer.certSANs` (including `--apiserver-cert-extra-sans`).
    pub fn apiserver_cert_sans(&self) -> &[String] {
        &self.cluster.api_server.cert_sans
    }

    /// `etcd.local.serverCertSANs` (empty with an external etcd).
    pub fn etcd_server_cert_sans(&self) -> &[String] {
        self.cluster
            .etcd
            .local
            .as_ref()
            .map_or(&[], |local| local.server_cert_sans.as_slice())
    }

    /// `etcd.local.peerCertSANs` (empty with an external etcd).
    pub fn etcd_peer_cert_sans(&self) -> &[String] {
        self.cluster
            .etcd
            .local
            .as_ref()
            .map_or(&[], |local| local.peer_cert_sans.as_slice())
    }

    fn encryption_algorithm_text(&self) -> Result<EncryptionAlgorithm, String> {
        self.cluster
            .encryption_algorithm
            .parse()
            .map_err(|e: crate::encryption::ParseEncryptionAlgorithmError| e.to_string())
    }

    /// `encryptionAlgorithm`, parsed.
    pub fn encryption_algorithm(&self) -> Result<EncryptionAlgorithm, ConfigError> {
        self.checked(
            field::ENCRYPTION_ALGORITHM,
            self.encryption_algorithm_text(),
        )
    }

    /// `certificateValidityPeriod`, parsed.
    pub fn certificate_validity(&self) -> Result<Duration, ConfigError> {
        self.checked(
            field::CERTIFICATE_VALIDITY,
            checks::positive_duration(&self.cluster.certificate_validity_period),
        )
    }

    /// `caCertificateValidityPeriod`, parsed.
    pub fn ca_certificate_validity(&self) -> Result<Duration, ConfigError> {
        self.checked(
            field::CA_CERTIFICATE_VALIDITY,
            checks::positive_duration(&self.cluster.ca_certificate_validity_period),
        )
    }

    /// `certificatesDir` as configured (absolute; the caller resolves it under `--rootfs`).
    pub fn certificates_dir(&self) -> &str {
        &self.cluster.certificates_dir
    }

    /// `clusterName`.
    pub fn cluster_name(&self) -> &str {
        &self.cluster.cluster_name
    }

    /// `kubernetesVersion`, parsed.
    pub fn kubernetes_version(&self) -> Result<Version, ConfigError> {
        self.checked(
            field::KUBERNETES_VERSION,
            checks::kubernetes_version(&self.cluster.kubernetes_version),
        )
    }

    /// The value of a kubeadm feature gate set in `featureGates`, if set.
    pub fn feature_gate(&self, name: &str) -> Option<bool> {
        self.cluster.feature_gates.get(name).copied()
    }

    /// The value of a `nodeRegistration.kubeletExtraArgs` entry; the last entry with that name
    /// wins, as in kubeadm.
    pub fn kubelet_extra_arg(&self, name: &str) -> Option<&str> {
        self.init
            .node_registration
            .kubelet_extra_args
            .iter()
            .rev()
            .find(|arg| arg.name == name)
            .map(|arg| arg.value.as_str())
    }

    /// `skipPhases`.
    pub fn skip_phases(&self) -> &[String] {
        &self.init.skip_phases
    }
}

fn absolute_dir(dir: &str) -> Result<(), String> {
    if Path::new(dir).is_absolute() {
        return Ok(());
    }
    Err(format!(
        "{} is not an absolute path: expected a directory such as /etc/kubernetes/pki",
        crate::checks::Echo(dir)
    ))
}

/// What `kadm config print init-defaults` prints: kubeadm's defaults with kubeadm's placeholders
/// (token `abcdef.0123456789abcdef`, advertise address 1.2.3.4, node name `node`). [`Config::load`]
/// reads it back.
pub fn init_defaults_yaml(host: &HostFacts) -> String {
    let mut config = Config::defaults(host);
    for token in &mut config.init.bootstrap_tokens {
        token.token = PLACEHOLDER_TOKEN.to_string();
    }
    config.init.local_api_endpoint.advertise_address = "1.2.3.4".to_string();
    config.init.node_registration.name = "node".to_string();
    config.to_yaml()
}
