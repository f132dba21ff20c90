//! kubeadm's `kubeadm.k8s.io/v1beta4` configuration for kadm.
//!
//! A configuration file holds several YAML documents separated by `---`, each with `apiVersion`
//! and `kind`: an `InitConfiguration` and a `ClusterConfiguration` (either may be missing and then
//! takes kubeadm's defaults), plus kubelet and kube-proxy component configurations that kadm
//! accepts and ignores. Decoding is strict: unknown fields, wrong types and duplicate keys are
//! errors that name the file, line, column and field path.
//!
//! The usual sequence is [`Config::load`] (decode and default), [`Config::apply_overrides`]
//! (flags win), then [`Config::validate`], which returns a [`ValidConfig`]: the same
//! configuration with its values parsed once (addresses, subnets, endpoint, SANs, durations,
//! key type, version), so no later reader handles a parse error. [`ValidConfig::warnings`]
//! returns kubeadm's non-fatal remarks for the caller to print.

mod checks;
mod config;
mod defaults;
mod duration;
mod encryption;
mod error;
pub mod excerpt;
#[cfg(feature = "fuzzing")]
pub mod fuzzing;
mod images;
mod join;
mod load;
mod overrides;
pub mod types;
mod valid;
mod validate;
mod yaml;

#[cfg(test)]
mod tests;

pub use checks::{Host, HostPort};
pub use config::{Config, PLACEHOLDER_TOKEN, init_defaults_yaml};
pub use defaults::{
    DEFAULT_BIND_PORT, DEFAULT_CA_CERTIFICATE_VALIDITY, DEFAULT_CERTIFICATE_VALIDITY,
    DEFAULT_CERTIFICATES_DIR, DEFAULT_CLUSTER_NAME, DEFAULT_CRI_SOCKET, DEFAULT_DNS_DOMAIN,
    DEFAULT_ETCD_DATA_DIR, DEFAULT_IMAGE_PULL_POLICY, DEFAULT_IMAGE_REPOSITORY,
    DEFAULT_KUBERNETES_VERSION, DEFAULT_SERVICE_SUBNET, DEFAULT_TOKEN_GROUP, DEFAULT_TOKEN_TTL,
    DEFAULT_TOKEN_USAGES, FALLBACK_ADVERTISE_ADDRESS, HostFacts,
};
pub use encryption::{EncryptionAlgorithm, ParseEncryptionAlgorithmError};
pub use error::ConfigError;
pub use join::{
    BootstrapTokenDiscovery, DEFAULT_DISCOVERY_TIMEOUT, Discovery, FileDiscovery, JOIN_KIND,
    JoinConfiguration, JoinControlPlane, JoinFile,
};
pub use overrides::{Overrides, flag};
pub use types::{ClusterConfiguration, InitConfiguration};
pub use valid::ValidConfig;

/// Parses a strictly positive Go duration (`8760h`, `1h30m`, `90m`), as kubeadm's duration flags
/// take it; the error says what was expected.
pub fn parse_positive_duration(text: &str) -> Result<std::time::Duration, InvalidDuration> {
    checks::positive_duration(text).map_err(InvalidDuration)
}

/// Parses a non-negative Go duration (`24h0m0s`, `0` for "never" where a TTL allows it), as
/// kubeadm's token TTLs take it.
pub fn parse_duration(text: &str) -> Result<std::time::Duration, InvalidDuration> {
    checks::any_duration(text).map_err(InvalidDuration)
}

pub use duration::to_go_string as go_duration;

/// A duration flag's value that is not a positive Go duration; the message says what was
/// expected (and quotes at most a short prefix of the value).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct InvalidDuration(String);
