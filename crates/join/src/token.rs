//! Token discovery, as kubeadm's: the cluster's CA and API server from the `cluster-info`
//! ConfigMap in `kube-public`, fetched from the endpoint before anything about it is trusted.
//!
//! 1. `GET /api/v1/namespaces/kube-public/configmaps/cluster-info` over TLS accepting any server
//!    certificate ([`https::Trust::Unverified`]).
//! 2. Its `kubeconfig` must carry the detached JWS `jws-kubeconfig-<token id>` made with the
//!    token (HS256 keyed by its secret; checked in constant time): only a holder of the token
//!    could have signed it. No such key means the token expired (the bootstrap signer drops its
//!    signature) or never existed.
//! 3. The kubeconfig's one cluster gives the CA, whose public key must match one of the
//!    `--discovery-token-ca-cert-hash` pins (the same check as file discovery).
//! 4. With pins, `cluster-info` is fetched again trusting only that CA, for the endpoint's host
//!    name or address, and must hold the same kubeconfig.
//!
//! Without pins kubeadm refuses unless told `--discovery-token-unsafe-skip-ca-verification`; then
//! the signature alone vouches for the CA and step 4 is skipped, as in kubeadm. A connection that
//! is refused or times out, and a 5xx or 429 answer, is tried again every second until the
//! discovery timeout (`timeouts.discovery`, 5 minutes by default).

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

use kadm_bootstrap_token::BootstrapToken;
use kadm_bootstrap_token::jws;
use kadm_kubeconfig_model::KubeConfig;

use crate::discovery::{
    Discovered, DiscoveryError, Origin, normalize_pins, short, trusted_cluster,
};
use crate::https::{self, Endpoint, FetchError, Trust};

/// The path of `cluster-info` on an API server.
pub const CLUSTER_INFO_PATH: &str = "/api/v1/namespaces/kube-public/configmaps/cluster-info";
/// kubeadm's default discovery timeout (`timeouts.discovery`).
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(300);
/// The most one connect or read waits.
const IO_TIMEOUT: Duration = Duration::from_secs(10);
/// The pause between two tries.
const RETRY_INTERVAL: Duration = Duration::from_secs(1);

/// What token discovery is given.
#[derive(Debug, Clone)]
pub struct TokenDiscovery {
    /// `host:port` of an API server.
    pub endpoint: String,
    /// The token whose signature `cluster-info` must carry.
    pub token: BootstrapToken,
    /// `sha256:<hex>` pins of the cluster CA's public key.
    pub ca_cert_hashes: Vec<String>,
    /// Trust the CA that the signature vouches for without a pin.
    pub unsafe_skip_ca_verification: bool,
    /// How long to keep trying to reach the endpoint.
    pub timeout: Duration,
}

/// Why token discovery failed. Messages show the token as its id only.
#[derive(Debug, thiserror::Error)]
pub enum TokenError {
    /// Neither a pin nor the unsafe flag.
    #[error(
        "token discovery without a CA pin is unsafe: give --discovery-token-ca-cert-hash \
         sha256:<hex> (`kadm init` prints it; on a control plane, `openssl x509 -pubkey -in \
         /etc/kubernetes/pki/ca.crt | openssl pkey -pubin -outform der | sha256sum`), or accept \
         the risk with --discovery-token-unsafe-skip-ca-verification \
         (discovery.bootstrapToken.caCertHashes / unsafeSkipCAVerification in a JoinConfiguration)"
    )]
    NoPins,
    /// The endpoint is not `host:port`.
    #[error("the API server endpoint {0} is not HOST:PORT (e.g. 10.0.0.1:6443)")]
    BadEndpoint(String),
    /// Nothing answered before the deadline.
    #[error(
        "cannot reach the API server at {url} within {} (timeouts.discovery): check that the \
         endpoint is right, that kube-apiserver runs there and that no firewall blocks the port",
        kadm_config::go_duration(*waited)
    )]
    Unreachable {
        /// `https://host:port`.
        url: String,
        /// How long it tried.
        waited: Duration,
        /// The last failure.
        #[source]
        cause: FetchError,
    },
    /// The request failed for good (TLS, a broken answer).
    #[error("GET {url}{CLUSTER_INFO_PATH} failed{}", if *pinned { " trusting only the pinned CA: the endpoint's serving certificate must be signed by that CA and name the endpoint's host" } else { "" })]
    Fetch {
        /// `https://host:port`.
        url: String,
        /// Whether the request trusted only the pinned CA (the second fetch).
        pinned: bool,
        /// What failed.
        #[source]
        cause: FetchError,
    },
    /// An HTTP status other than 200.
    #[error(
        "GET {url}{CLUSTER_INFO_PATH}: HTTP {status}: {}",
        match status {
            401 | 403 => "the cluster does not let anonymous users read cluster-info: apply the \
                          kubeadm:bootstrap-signer-clusterinfo Role and RoleBinding (kadm init \
                          writes them with cluster-info)",
            404 => "no cluster-info ConfigMap in kube-public: apply the cluster objects `kadm \
                    init` wrote (kubectl apply --server-side -f /etc/kubernetes/cluster-objects) \
                    on a control plane, and check that the endpoint is an API server",
            _ => "check that the endpoint is a Kubernetes API server",
        }
    )]
    Status {
        /// `https://host:port`.
        url: String,
        /// The status code.
        status: u16,
    },
    /// The answer is not a ConfigMap.
    #[error(
        "the answer of {url}{CLUSTER_INFO_PATH} is not a ConfigMap: check that the endpoint is a \
         Kubernetes API server"
    )]
    NotConfigMap {
        /// `https://host:port`.
        url: String,
    },
    /// The ConfigMap has no kubeconfig.
    #[error(
        "cluster-info of {url} has no data.kubeconfig: re-apply the cluster-info that `kadm init` \
         wrote in /etc/kubernetes/cluster-objects/bootstrap-token.yaml"
    )]
    NoKubeconfig {
        /// `https://host:port`.
        url: String,
    },
    /// No signature for the token's id.
    #[error(
        "cluster-info of {url} has no signature for token id {token_id:?} \
         (jws-kubeconfig-{token_id}): the token may have expired or never existed; make one \
         and its join command with `kadm token create --print-join-command` on a control \
         plane"
    )]
    NoSignature {
        /// `https://host:port`.
        url: String,
        /// The token's id.
        token_id: String,
    },
    /// The signature is not the token's.
    #[error(
        "cluster-info of {url}: the signature for token id {token_id:?} does not match the \
         token: check the token's secret part; if it is right, the endpoint may not be your \
         cluster's API server"
    )]
    BadSignature {
        /// `https://host:port`.
        url: String,
        /// The token's id.
        token_id: String,
    },
    /// The second answer differs from the first.
    #[error(
        "cluster-info of {url} changed between the unverified and the CA-verified request: try \
         again; if it persists, something between this node and the API server alters answers"
    )]
    Changed {
        /// `https://host:port`.
        url: String,
    },
}

impl TokenDiscovery {
    /// The endpoint and the pins in lowercase, or the refusal: a bad endpoint or pin, or
    /// neither a pin nor the unsafe flag. Checked before the join starts, and again by
    /// [`from_token`].
    pub fn check(&self) -> Result<(Endpoint, Vec<String>), DiscoveryError> {
        let endpoint = Endpoint::parse(&self.endpoint)
            .ok_or_else(|| TokenError::BadEndpoint(short(&self.endpoint)))?;
        let pins = normalize_pins(&self.ca_cert_hashes)?;
        if pins.is_empty() && !self.unsafe_skip_ca_verification {
            return Err(TokenError::NoPins.into());
        }
        Ok((endpoint, pins))
    }
}

/// Discovers the cluster through `cluster-info` of `d.endpoint`, as the module says.
pub fn from_token(d: &TokenDiscovery) -> Result<Discovered, DiscoveryError> {
    let (endpoint, pins) = d.check()?;
    let url = endpoint.url();
    let deadline = Instant::now() + d.timeout;
    let first = fetch(&endpoint, Trust::Unverified, deadline, d.timeout)?;
    let kubeconfig = signed_kubeconfig(&first, &d.token, &url)?;
    let origin = Origin::ClusterInfo {
        url: url.clone(),
        token_id: d.token.id().to_string(),
    };
    let config =
        KubeConfig::from_yaml(&kubeconfig, Path::new("cluster-info")).map_err(|cause| {
            DiscoveryError::Read {
                origin: origin.clone(),
                cause: Box::new(cause),
            }
        })?;
    let (found, ca) = trusted_cluster(&config, &origin, &pins)?;
    if !pins.is_empty() {
        let second =
            fetch(&endpoint, Trust::Ca(ca.der()), deadline, d.timeout).map_err(|e| match e {
                TokenError::Fetch { url, cause, .. } => TokenError::Fetch {
                    url,
                    pinned: true,
                    cause,
                },
                other => other,
            })?;
        if kubeconfig_of(&second, &url)? != kubeconfig {
            return Err(TokenError::Changed { url }.into());
        }
    }
    Ok(found)
}

/// The timeout of one connect or read with `left` until the deadline.
fn io_timeout(left: Duration) -> Duration {
    left.clamp(Duration::from_millis(100), IO_TIMEOUT)
}

/// `cluster-info`'s `data` after a 200, tried again on transient failures until `deadline`.
fn fetch(
    endpoint: &Endpoint,
    trust: Trust<'_>,
    deadline: Instant,
    timeout: Duration,
) -> Result<BTreeMap<String, String>, TokenError> {
    let url = endpoint.url();
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        let failure = match https::get(endpoint, CLUSTER_INFO_PATH, trust, io_timeout(left)) {
            Ok(answer) if answer.status == 200 => return config_map_data(&answer.body, &url),
            Ok(answer) if answer.status == 429 || answer.status >= 500 => TokenError::Status {
                url: url.clone(),
                status: answer.status,
            },
            Ok(answer) => {
                return Err(TokenError::Status {
                    url,
                    status: answer.status,
                });
            }
            Err(cause) if cause.is_transient() => TokenError::Unreachable {
                url: url.clone(),
                waited: timeout,
                cause,
            },
            Err(cause) => {
                return Err(TokenError::Fetch {
                    url,
                    pinned: false,
                    cause,
                });
            }
        };
        let left = deadline.saturating_duration_since(Instant::now());
        if left <= RETRY_INTERVAL {
            return Err(failure);
        }
        std::thread::sleep(RETRY_INTERVAL);
    }
}

/// The `data` of a ConfigMap sent as JSON (or YAML).
fn config_map_data(body: &[u8], url: &str) -> Result<BTreeMap<String, String>, TokenError> {
    #[derive(serde::Deserialize)]
    struct ConfigMap {
        kind: String,
        #[serde(default)]
        data: BTreeMap<String, String>,
    }
    let not = || TokenError::NotConfigMap {
        url: url.to_string(),
    };
    let map: ConfigMap = match serde_json::from_slice(body) {
        Ok(map) => map,
        Err(_) => {
            let text = std::str::from_utf8(body).map_err(|_| not())?;
            serde_saphyr::from_str(text).map_err(|_| not())?
        }
    };
    if map.kind != "ConfigMap" {
        return Err(not());
    }
    Ok(map.data)
}

fn kubeconfig_of(data: &BTreeMap<String, String>, url: &str) -> Result<String, TokenError> {
    data.get(jws::KUBECONFIG_KEY)
        .filter(|k| !k.is_empty())
        .cloned()
        .ok_or_else(|| TokenError::NoKubeconfig {
            url: url.to_string(),
        })
}

/// The kubeconfig of `data`, once its signature for `token` is checked.
fn signed_kubeconfig(
    data: &BTreeMap<String, String>,
    token: &BootstrapToken,
    url: &str,
) -> Result<String, TokenError> {
    let kubeconfig = kubeconfig_of(data, url)?;
    let token_id = token.id().to_string();
    let Some(signature) = data.get(&jws::signature_key(token.id())) else {
        return Err(TokenError::NoSignature {
            url: url.to_string(),
            token_id,
        });
    };
    if !jws::is_valid_detached(signature, &kubeconfig, token) {
        return Err(TokenError::BadSignature {
            url: url.to_string(),
            token_id,
        });
    }
    Ok(kubeconfig)
}

#[cfg(test)]
mod tests;
