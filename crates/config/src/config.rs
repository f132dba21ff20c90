//! [`Config`]: the InitConfiguration and ClusterConfiguration of one `init`, with defaults and
//! flag overrides; [`Config::validate`] turns it into a typed [`crate::ValidConfig`].

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::defaults::{self, HostFacts};
use crate::error::ConfigError;
use crate::load::{self, Parsed};
use crate::types::{ClusterConfiguration, InitConfiguration};
use crate::yaml::{self, Position};
use kadm_kubelet_config::KubeletConfiguration;

/// Full paths of the fields that validation and the warnings talk about.
pub(crate) mod field {
    pub(crate) const NODE_NAME: &str = "InitConfiguration.nodeRegistration.name";
    pub(crate) const IMAGE_PULL_POLICY: &str = "InitConfiguration.nodeRegistration.imagePullPolicy";
    pub(crate) const IGNORE_PREFLIGHT_ERRORS: &str =
        "InitConfiguration.nodeRegistration.ignorePreflightErrors";
    pub(crate) const ADVERTISE_ADDRESS: &str =
        "InitConfiguration.localAPIEndpoint.advertiseAddress";
    pub(crate) const BIND_PORT: &str = "InitConfiguration.localAPIEndpoint.bindPort";
    pub(crate) const BOOTSTRAP_TOKENS: &str = "InitConfiguration.bootstrapTokens";
    pub(crate) const CERTIFICATE_KEY: &str = "InitConfiguration.certificateKey";
    pub(crate) const TIMEOUTS: &str = "InitConfiguration.timeouts";
    pub(crate) const SERVICE_SUBNET: &str = "ClusterConfiguration.networking.serviceSubnet";
    pub(crate) const POD_SUBNET: &str = "ClusterConfiguration.networking.podSubnet";
    pub(crate) const DNS_DOMAIN: &str = "ClusterConfiguration.networking.dnsDomain";
    pub(crate) const KUBERNETES_VERSION: &str = "ClusterConfiguration.kubernetesVersion";
    pub(crate) const CONTROL_PLANE_ENDPOINT: &str = "ClusterConfiguration.controlPlaneEndpoint";
    pub(crate) const APISERVER_CERT_SANS: &str = "ClusterConfiguration.apiServer.certSANs";
    pub(crate) const ETCD: &str = "ClusterConfiguration.etcd";
    pub(crate) const ETCD_LOCAL: &str = "ClusterConfiguration.etcd.local";
    pub(crate) const API_SERVER: &str = "ClusterConfiguration.apiServer";
    pub(crate) const CONTROLLER_MANAGER: &str = "ClusterConfiguration.controllerManager";
    pub(crate) const SCHEDULER: &str = "ClusterConfiguration.scheduler";
    pub(crate) const ETCD_EXTERNAL_ENDPOINTS: &str = "ClusterConfiguration.etcd.external.endpoints";
    pub(crate) const ETCD_SERVER_CERT_SANS: &str = "ClusterConfiguration.etcd.local.serverCertSANs";
    pub(crate) const ETCD_PEER_CERT_SANS: &str = "ClusterConfiguration.etcd.local.peerCertSANs";
    pub(crate) const CERTIFICATES_DIR: &str = "ClusterConfiguration.certificatesDir";
    pub(crate) const ENCRYPTION_ALGORITHM: &str = "ClusterConfiguration.encryptionAlgorithm";
    pub(crate) const CERTIFICATE_VALIDITY: &str = "ClusterConfiguration.certificateValidityPeriod";
    pub(crate) const CA_CERTIFICATE_VALIDITY: &str =
        "ClusterConfiguration.caCertificateValidityPeriod";
    pub(crate) const IMAGE_REPOSITORY: &str = "ClusterConfiguration.imageRepository";
    pub(crate) const DNS_IMAGE_REPOSITORY: &str = "ClusterConfiguration.dns.imageRepository";
    pub(crate) const DNS_IMAGE_TAG: &str = "ClusterConfiguration.dns.imageTag";
    pub(crate) const ETCD_IMAGE_REPOSITORY: &str =
        "ClusterConfiguration.etcd.local.imageRepository";
    pub(crate) const ETCD_IMAGE_TAG: &str = "ClusterConfiguration.etcd.local.imageTag";
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
    /// The file's KubeletConfiguration document, as written (kubeadm's defaults are filled in by
    /// the kubelet phases, which also know the node): its fields override kubeadm's defaults.
    pub kubelet: Option<KubeletConfiguration>,
    source: Option<PathBuf>,
    origins: BTreeMap<String, Origin>,
    ignored: Vec<String>,
    advertise_address_guessed: bool,
    /// `--upload-certs`: not a field of the file, as in kubeadm.
    pub(crate) upload_certs: bool,
    /// `--skip-certificate-key-print`: not a field of the file, as in kubeadm.
    pub(crate) skip_certificate_key_print: bool,
}

impl Config {
    /// kubeadm's defaults for this host.
    pub fn defaults(host: &HostFacts) -> Config {
        Config::assemble(Parsed::default(), None, host)
    }

    /// Reads `path`, decodes it strictly and fills the defaults. Does not validate: call
    /// [`Config::apply_overrides`] then [`Config::validate`].
    pub fn load(path: &Path, host: &HostFacts) -> Result<Config, ConfigError> {
        // The file named on the command line is a host path, even with --rootfs.
        let text = kadm_node_fs::Root::host()
            .read_text(path, kadm_node_fs::Limit::CONFIG)
            .map_err(|source| ConfigError::Read { source })?;
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

    /// The configuration a `join` builds the kubelet's files from, offline: kubeadm's defaults
    /// (as `init` has them) with the join's `nodeRegistration` and the file's
    /// `KubeletConfiguration`. kubeadm downloads the cluster's kubelet configuration from the
    /// `kubelet-config` ConfigMap instead; a cluster made by `kadm init` with defaults holds the
    /// same values.
    pub fn for_join(file: &crate::JoinFile, host: &HostFacts) -> Config {
        let parsed = Parsed {
            kubelet: file.kubelet.clone(),
            init: Some(InitConfiguration {
                node_registration: file.join.node_registration.clone(),
                ..InitConfiguration::default()
            }),
            ..Parsed::default()
        };
        Config::assemble(parsed, file.source.clone(), host)
    }

    /// The configuration of a control-plane join: the cluster's `ClusterConfiguration` (the text
    /// of the `kubeadm-config` ConfigMap's `ClusterConfiguration` key, read from `cluster_source`)
    /// with the join's `nodeRegistration`, `controlPlane.localAPIEndpoint` and
    /// `controlPlane.certificateKey`, and the file's `KubeletConfiguration`, as kubeadm assembles
    /// it after downloading the cluster's configuration.
    pub fn for_control_plane_join(
        file: &crate::JoinFile,
        cluster_text: &str,
        cluster_source: &Path,
        host: &HostFacts,
    ) -> Result<Config, ConfigError> {
        let control_plane = file.join.control_plane.clone().unwrap_or_default();
        Config::joining(
            file,
            cluster_text,
            cluster_source,
            host,
            InitConfiguration {
                node_registration: file.join.node_registration.clone(),
                local_api_endpoint: control_plane.local_api_endpoint,
                certificate_key: control_plane.certificate_key,
                ..InitConfiguration::default()
            },
        )
    }

    /// The configuration of a worker joining a running cluster: the cluster's
    /// `ClusterConfiguration` and `KubeletConfiguration` (the texts of the `kubeadm-config` and
    /// `kubelet-config` ConfigMaps, read from `cluster_source`, one YAML stream) with the join's
    /// `nodeRegistration`, as kubeadm's `kubelet-start` assembles it: the node takes the cluster's
    /// version and kubelet settings, not its own defaults. A `KubeletConfiguration` in the join's
    /// file is used only when the cluster has none.
    pub fn for_worker_join(
        file: &crate::JoinFile,
        cluster_text: &str,
        cluster_source: &Path,
        host: &HostFacts,
    ) -> Result<Config, ConfigError> {
        Config::joining(
            file,
            cluster_text,
            cluster_source,
            host,
            InitConfiguration {
                node_registration: file.join.node_registration.clone(),
                ..InitConfiguration::default()
            },
        )
    }

    /// A joining node's configuration: the cluster's documents of `cluster_text` (its
    /// `ClusterConfiguration`, which must be there, and its `KubeletConfiguration`, else the
    /// file's) with the node's own `init` part.
    fn joining(
        file: &crate::JoinFile,
        cluster_text: &str,
        cluster_source: &Path,
        host: &HostFacts,
        init: InitConfiguration,
    ) -> Result<Config, ConfigError> {
        let mut parsed = load::parse(cluster_text, cluster_source)?;
        let Some(cluster) = parsed.cluster.take() else {
            return Err(ConfigError::NoCluster {
                path: cluster_source.to_path_buf(),
            });
        };
        let parsed = Parsed {
            kubelet: parsed.kubelet.take().or_else(|| file.kubelet.clone()),
            init: Some(init),
            cluster: Some(cluster),
            origins: parsed.origins,
            ..Parsed::default()
        };
        Ok(Config::assemble(
            parsed,
            Some(cluster_source.to_path_buf()),
            host,
        ))
    }

    fn assemble(parsed: Parsed, source: Option<PathBuf>, host: &HostFacts) -> Config {
        let mut init = parsed.init.unwrap_or_default();
        let mut cluster = parsed.cluster.unwrap_or_default();
        let advertise_address_guessed = defaults::fill_init(&mut init, host);
        defaults::fill_cluster(&mut cluster);
        Config {
            init,
            cluster,
            kubelet: parsed.kubelet,
            source,
            origins: parsed.origins,
            ignored: parsed.ignored,
            advertise_address_guessed,
            upload_certs: false,
            skip_certificate_key_print: false,
        }
    }

    /// The file this configuration was read from, if any.
    pub fn source(&self) -> Option<&Path> {
        self.source.as_deref()
    }

    /// `Kind (apiVersion)` of the documents that were accepted but ignored (the kube-proxy
    /// component configuration).
    pub fn ignored_documents(&self) -> &[String] {
        &self.ignored
    }

    pub(crate) fn set_origin(&mut self, field: String, origin: Origin) {
        self.origins.insert(field, origin);
    }

    /// Whether the advertise address is the fallback, no address having been found or given.
    pub(crate) fn advertise_address_guessed(&self) -> bool {
        self.advertise_address_guessed
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

    /// Whether the file or a flag set `field`.
    pub(crate) fn has_origin(&self, field: &str) -> bool {
        self.origins.contains_key(field)
    }

    /// Orders errors by file position, then flags, then defaults.
    pub(crate) fn sort_key(&self, error: &ConfigError) -> (u8, Option<Position>) {
        let ConfigError::Invalid { field, .. } = error else {
            return (3, None);
        };
        match self.origins.get(field) {
            Some(Origin::File(position)) => (0, Some(*position)),
            Some(Origin::Flag(_)) => (1, None),
            None => (2, None),
        }
    }

    /// Both documents as multi-document v1beta4 YAML that [`Config::load`] reads back, and the
    /// KubeletConfiguration document after them when the file had one.
    pub fn to_yaml(&self) -> String {
        let mut out = String::new();
        let mut docs = vec![yaml::encode(&self.init), yaml::encode(&self.cluster)];
        docs.extend(self.kubelet.as_ref().map(yaml::encode));
        for (i, doc) in docs.into_iter().enumerate() {
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
