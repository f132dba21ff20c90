//! [`ValidConfig`]: a configuration that passed [`Config::validate`], its values typed once.

use std::net::IpAddr;
use std::time::Duration;

use ipnet::IpNet;
use kadm_kube_version::Version;

use crate::checks::{Host, HostPort};
use crate::config::{Config, field};
use crate::defaults;
use crate::encryption::EncryptionAlgorithm;

/// A configuration every check accepted, with its values parsed: phases read them without
/// handling errors. The documents stay available through [`ValidConfig::config`].
#[derive(Debug, Clone)]
pub struct ValidConfig {
    pub(crate) config: Config,
    pub(crate) advertise_address: IpAddr,
    pub(crate) bind_port: u16,
    pub(crate) control_plane_endpoint: Option<HostPort>,
    pub(crate) service_subnets: Vec<IpNet>,
    pub(crate) pod_subnets: Vec<IpNet>,
    pub(crate) kubernetes_version: Version,
    pub(crate) apiserver_cert_sans: Vec<Host>,
    pub(crate) etcd_server_cert_sans: Vec<Host>,
    pub(crate) etcd_peer_cert_sans: Vec<Host>,
    pub(crate) encryption_algorithm: EncryptionAlgorithm,
    pub(crate) certificate_validity: Duration,
    pub(crate) ca_certificate_validity: Duration,
}

impl ValidConfig {
    /// The documents as loaded, defaulted and overridden (for printing them back, or editing and
    /// validating again).
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// The documents, giving up the typed values.
    pub fn into_config(self) -> Config {
        self.config
    }

    /// `nodeRegistration.name`.
    pub fn node_name(&self) -> &str {
        &self.config.init.node_registration.name
    }

    /// `localAPIEndpoint.advertiseAddress`.
    pub fn advertise_address(&self) -> IpAddr {
        self.advertise_address
    }

    /// `localAPIEndpoint.bindPort`.
    pub fn bind_port(&self) -> u16 {
        self.bind_port
    }

    /// `controlPlaneEndpoint` as host and optional port, when set.
    pub fn control_plane_endpoint(&self) -> Option<&HostPort> {
        self.control_plane_endpoint.as_ref()
    }

    /// `networking.serviceSubnet`: one subnet, or an IPv4 and an IPv6 one for dual-stack.
    pub fn service_subnets(&self) -> &[IpNet] {
        &self.service_subnets
    }

    /// `networking.podSubnet`: empty when unset, else like [`ValidConfig::service_subnets`].
    pub fn pod_subnets(&self) -> &[IpNet] {
        &self.pod_subnets
    }

    /// `networking.dnsDomain`.
    pub fn dns_domain(&self) -> &str {
        &self.config.cluster.networking.dns_domain
    }

    /// `apiServer.certSANs` (including `--apiserver-cert-extra-sans`).
    pub fn apiserver_cert_sans(&self) -> &[Host] {
        &self.apiserver_cert_sans
    }

    /// `etcd.local.serverCertSANs` (empty with an external etcd).
    pub fn etcd_server_cert_sans(&self) -> &[Host] {
        &self.etcd_server_cert_sans
    }

    /// `etcd.local.peerCertSANs` (empty with an external etcd).
    pub fn etcd_peer_cert_sans(&self) -> &[Host] {
        &self.etcd_peer_cert_sans
    }

    /// Whether `etcd.external` is set: etcd runs elsewhere and kadm makes none of its PKI.
    pub fn external_etcd(&self) -> bool {
        self.config.cluster.etcd.external.is_some()
    }

    /// `encryptionAlgorithm`: the key type of every generated key.
    pub fn encryption_algorithm(&self) -> EncryptionAlgorithm {
        self.encryption_algorithm
    }

    /// `certificateValidityPeriod`.
    pub fn certificate_validity(&self) -> Duration {
        self.certificate_validity
    }

    /// `caCertificateValidityPeriod`.
    pub fn ca_certificate_validity(&self) -> Duration {
        self.ca_certificate_validity
    }

    /// `certificatesDir` as configured (absolute; the caller resolves it under `--rootfs`).
    pub fn certificates_dir(&self) -> &str {
        &self.config.cluster.certificates_dir
    }

    /// `clusterName`.
    pub fn cluster_name(&self) -> &str {
        &self.config.cluster.cluster_name
    }

    /// `kubernetesVersion`.
    pub fn kubernetes_version(&self) -> Version {
        self.kubernetes_version
    }

    /// The value of a kubeadm feature gate set in `featureGates`, if set.
    pub fn feature_gate(&self, name: &str) -> Option<bool> {
        self.config.cluster.feature_gates.get(name).copied()
    }

    /// The value of a `nodeRegistration.kubeletExtraArgs` entry; the last entry with that name
    /// wins, as in kubeadm.
    pub fn kubelet_extra_arg(&self, name: &str) -> Option<&str> {
        self.config
            .init
            .node_registration
            .kubelet_extra_args
            .iter()
            .rev()
            .find(|arg| arg.name == name)
            .map(|arg| arg.value.as_str())
    }

    /// The preflight checks whose errors become warnings: `nodeRegistration.ignorePreflightErrors`
    /// merged with `--ignore-preflight-errors`, lowercased (kubeadm compares names
    /// case-insensitively); when it holds `all`, validation made sure nothing else is there.
    pub fn ignore_preflight_errors(&self) -> std::collections::BTreeSet<String> {
        let names = &self.config.init.node_registration.ignore_preflight_errors;
        crate::checks::ignore_preflight_errors(names).unwrap_or_default()
    }

    /// `certificateKey` (or `--certificate-key`), checked to be 64 hex digits; `None` when unset.
    pub fn certificate_key(&self) -> Option<&str> {
        Some(self.config.init.certificate_key.as_str()).filter(|k| !k.is_empty())
    }

    /// Whether `--upload-certs` was given.
    pub fn upload_certs(&self) -> bool {
        self.config.upload_certs
    }

    /// Whether `--skip-certificate-key-print` was given.
    pub fn skip_certificate_key_print(&self) -> bool {
        self.config.skip_certificate_key_print
    }

    /// `timeouts.controlPlaneComponentHealthCheck` (kubeadm's default: 4 minutes): how long the
    /// static Pods' startup probes wait.
    pub fn control_plane_component_health_check(&self) -> Duration {
        self.timeout(|t| &t.control_plane_component_health_check, 240)
    }

    /// `timeouts.kubeletHealthCheck` (kubeadm's default: 4 minutes): how long `init` waits for
    /// the kubelet's `/healthz`.
    pub fn kubelet_health_check(&self) -> Duration {
        self.timeout(|t| &t.kubelet_health_check, 240)
    }

    /// `timeouts.kubernetesAPICall` (kubeadm's default: 1 minute): the bound of one API call,
    /// its retries included (a Node's registration, an object applied).
    pub fn kubernetes_api_call(&self) -> Duration {
        self.timeout(|t| &t.kubernetes_api_call, 60)
    }

    /// A field of `timeouts` (validated), or kubeadm's default in seconds.
    fn timeout(
        &self,
        field: impl Fn(&crate::types::Timeouts) -> &String,
        default: u64,
    ) -> Duration {
        self.config
            .init
            .timeouts
            .as_ref()
            .and_then(|t| crate::duration::parse(field(t)).ok())
            .unwrap_or(Duration::from_secs(default))
    }

    /// The KubeletConfiguration document of the config file, as written, when there is one.
    pub fn kubelet_configuration(&self) -> Option<&kadm_kubelet_config::KubeletConfiguration> {
        self.config.kubelet.as_ref()
    }

    /// `nodeRegistration.criSocket`.
    pub fn cri_socket(&self) -> &str {
        &self.config.init.node_registration.cri_socket
    }

    /// `imageRepository`.
    pub fn image_repository(&self) -> &str {
        &self.config.cluster.image_repository
    }

    /// `skipPhases`.
    pub fn skip_phases(&self) -> &[String] {
        &self.config.init.skip_phases
    }

    /// Non-fatal remarks, as kubeadm prints them: validity periods above the defaults and an
    /// advertise address that fell back to 127.0.0.1.
    /// This crate never prints them.
    pub fn warnings(&self) -> Vec<String> {
        const LEAF_LIMIT: Duration = Duration::from_secs(8760 * 3600);
        const CA_LIMIT: Duration = Duration::from_secs(87600 * 3600);
        let mut out = Vec::new();
        if self.config.advertise_address_guessed() {
            out.push(format!(
                "{}: no IPv4 address found on the interface of the default route; using {}. Set \
                 it in the file or with --apiserver-advertise-address",
                field::ADVERTISE_ADDRESS,
                defaults::FALLBACK_ADVERTISE_ADDRESS
            ));
        }
        let cluster = &self.config.cluster;
        if self.certificate_validity > LEAF_LIMIT {
            out.push(format!(
                "{}: {} is longer than the recommended 8760h (one year)",
                field::CERTIFICATE_VALIDITY,
                cluster.certificate_validity_period
            ));
        }
        if self.ca_certificate_validity > CA_LIMIT {
            out.push(format!(
                "{}: {} is longer than the recommended 87600h (ten years)",
                field::CA_CERTIFICATE_VALIDITY,
                cluster.ca_certificate_validity_period
            ));
        }
        out
    }
}
