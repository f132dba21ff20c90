//! Command-line flags that override the file: [`Overrides`] and [`Config::apply_overrides`].
//!
//! [`Overrides`] is the one definition of these flags: the binary mixes it into its command tree
//! (help, completions, parsing), [`Config::apply_overrides`] applies it, and validation messages
//! quote the names in [`flag`].

use clap::Args;

use crate::config::{Config, Origin, field};
use crate::defaults::{
    DEFAULT_BIND_PORT, DEFAULT_CERTIFICATES_DIR, DEFAULT_DNS_DOMAIN, DEFAULT_KUBERNETES_VERSION,
    DEFAULT_SERVICE_SUBNET, DEFAULT_TOKEN_TTL,
};
use crate::encryption::EncryptionAlgorithm;

/// The names of the flags that override the file, as messages quote them (`--cert-dir`).
pub mod flag {
    /// `certificatesDir`.
    pub const CERT_DIR: &str = "--cert-dir";
    /// `kubernetesVersion`.
    pub const KUBERNETES_VERSION: &str = "--kubernetes-version";
    /// `localAPIEndpoint.advertiseAddress`.
    pub const ADVERTISE_ADDRESS: &str = "--apiserver-advertise-address";
    /// `localAPIEndpoint.bindPort`.
    pub const BIND_PORT: &str = "--apiserver-bind-port";
    /// `controlPlaneEndpoint`.
    pub const CONTROL_PLANE_ENDPOINT: &str = "--control-plane-endpoint";
    /// `networking.serviceSubnet`.
    pub const SERVICE_CIDR: &str = "--service-cidr";
    /// `networking.dnsDomain`.
    pub const SERVICE_DNS_DOMAIN: &str = "--service-dns-domain";
    /// Appended to `apiServer.certSANs`.
    pub const APISERVER_CERT_EXTRA_SANS: &str = "--apiserver-cert-extra-sans";
    /// `nodeRegistration.name`.
    pub const NODE_NAME: &str = "--node-name";
    /// `encryptionAlgorithm`.
    pub const ENCRYPTION_ALGORITHM: &str = "--encryption-algorithm";
    /// Merged into `nodeRegistration.ignorePreflightErrors`.
    pub const IGNORE_PREFLIGHT_ERRORS: &str = "--ignore-preflight-errors";
    /// `bootstrapTokens[0].token`.
    pub const TOKEN: &str = "--token";
    /// `bootstrapTokens[0].ttl`.
    pub const TOKEN_TTL: &str = "--token-ttl";
    /// `certificateKey`.
    pub const CERTIFICATE_KEY: &str = "--certificate-key";
    /// Runs the `upload-certs` phase (no configuration field, as in kubeadm).
    pub const UPLOAD_CERTS: &str = "--upload-certs";
    /// Keeps `upload-certs` from printing the certificate key.
    pub const SKIP_CERTIFICATE_KEY_PRINT: &str = "--skip-certificate-key-print";

    /// Every name above.
    pub const ALL: [&str; 16] = [
        CERT_DIR,
        KUBERNETES_VERSION,
        ADVERTISE_ADDRESS,
        BIND_PORT,
        CONTROL_PLANE_ENDPOINT,
        SERVICE_CIDR,
        SERVICE_DNS_DOMAIN,
        APISERVER_CERT_EXTRA_SANS,
        NODE_NAME,
        ENCRYPTION_ALGORITHM,
        IGNORE_PREFLIGHT_ERRORS,
        TOKEN,
        TOKEN_TTL,
        CERTIFICATE_KEY,
        UPLOAD_CERTS,
        SKIP_CERTIFICATE_KEY_PRINT,
    ];

    /// The name without its dashes, as clap's `long` takes it (`cert-dir`).
    pub fn long(flag: &'static str) -> &'static str {
        flag.trim_start_matches('-')
    }
}

/// Values from `init` flags (global under `init`, so every `init phase ...` takes them). `None`
/// (or an empty string) leaves the file's or default value; `apiserver_cert_extra_sans` are
/// appended to `apiServer.certSANs`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Args)]
pub struct Overrides {
    /// Where certificates are stored (`certificatesDir`).
    #[arg(
        long = flag::long(flag::CERT_DIR),
        value_name = "DIR",
        value_hint = clap::ValueHint::DirPath,
        global = true,
        help = format!("Where certificates are stored [default: {DEFAULT_CERTIFICATES_DIR}]"),
    )]
    pub cert_dir: Option<String>,

    /// The Kubernetes version the cluster runs (`kubernetesVersion`).
    #[arg(
        long = flag::long(flag::KUBERNETES_VERSION),
        value_name = "VERSION",
        global = true,
        help = format!("The Kubernetes version the cluster runs (e.g. {DEFAULT_KUBERNETES_VERSION})"),
    )]
    pub kubernetes_version: Option<String>,

    /// The IP address the API server advertises.
    #[arg(long = flag::long(flag::ADVERTISE_ADDRESS), value_name = "IP", global = true)]
    pub advertise_address: Option<String>,

    /// The port the API server binds to (`localAPIEndpoint.bindPort`).
    #[arg(
        long = flag::long(flag::BIND_PORT),
        value_name = "PORT",
        global = true,
        help = format!("The port the API server binds to [default: {DEFAULT_BIND_PORT}]"),
    )]
    pub bind_port: Option<u16>,

    /// A stable address for the control plane (DNS name or IP, optional port).
    #[arg(
        long = flag::long(flag::CONTROL_PLANE_ENDPOINT),
        value_name = "HOST[:PORT]",
        global = true
    )]
    pub control_plane_endpoint: Option<String>,

    /// Service IP range(s) (`networking.serviceSubnet`).
    #[arg(
        long = flag::long(flag::SERVICE_CIDR),
        value_name = "CIDR",
        global = true,
        help = format!(
            "Service IP range(s), comma-separated for dual stack [default: {DEFAULT_SERVICE_SUBNET}]"
        ),
    )]
    pub service_cidr: Option<String>,

    /// The cluster's DNS domain (`networking.dnsDomain`).
    #[arg(
        long = flag::long(flag::SERVICE_DNS_DOMAIN),
        value_name = "DOMAIN",
        global = true,
        help = format!("The cluster's DNS domain [default: {DEFAULT_DNS_DOMAIN}]"),
    )]
    pub service_dns_domain: Option<String>,

    /// Extra names (IPs or DNS names) for the API server certificate, comma-separated.
    #[arg(
        long = flag::long(flag::APISERVER_CERT_EXTRA_SANS),
        value_name = "SANS",
        value_delimiter = ',',
        global = true
    )]
    pub apiserver_cert_extra_sans: Vec<String>,

    /// The node's name [default: this host's name].
    #[arg(long = flag::long(flag::NODE_NAME), value_name = "NAME", global = true)]
    pub node_name: Option<String>,

    /// Key type.
    #[arg(
        long = flag::long(flag::ENCRYPTION_ALGORITHM),
        value_name = "ALG",
        value_enum,
        global = true
    )]
    pub encryption_algorithm: Option<EncryptionAlgorithm>,

    /// Preflight checks whose errors become warnings, merged with
    /// `nodeRegistration.ignorePreflightErrors` (names case-insensitive; `all` for every check).
    #[arg(
        long = flag::long(flag::IGNORE_PREFLIGHT_ERRORS),
        value_name = "NAMES",
        value_delimiter = ',',
        global = true,
        help = "Preflight checks whose errors become warnings, comma-separated (e.g. \
                Swap,Port-6443), or 'all'"
    )]
    pub ignore_preflight_errors: Vec<String>,

    /// The bootstrap token to create (`bootstrapTokens[0].token`); a secret.
    #[arg(long = flag::long(flag::TOKEN), value_name = "TOKEN", global = true)]
    pub token: Option<String>,

    /// How long the bootstrap token lives (`bootstrapTokens[0].ttl`; 0 never expires).
    #[arg(
        long = flag::long(flag::TOKEN_TTL),
        value_name = "DURATION",
        global = true,
        help = format!(
            "How long the bootstrap token lives, 0 for ever [default: {DEFAULT_TOKEN_TTL}]"
        ),
    )]
    pub token_ttl: Option<String>,

    /// The key (64 hex digits) that encrypts the kubeadm-certs Secret (`certificateKey`).
    #[arg(long = flag::long(flag::CERTIFICATE_KEY), value_name = "KEY", global = true)]
    pub certificate_key: Option<String>,

    /// Write the kubeadm-certs Secret (the shared CAs and keys, encrypted) for control-plane joins.
    #[arg(long = flag::long(flag::UPLOAD_CERTS), global = true)]
    pub upload_certs: bool,

    /// Do not print the certificate key that upload-certs uses.
    #[arg(long = flag::long(flag::SKIP_CERTIFICATE_KEY_PRINT), global = true)]
    pub skip_certificate_key_print: bool,
}

/// `--encryption-algorithm` takes the spellings of [`EncryptionAlgorithm::ALL`]; help and
/// completions list them.
impl clap::ValueEnum for EncryptionAlgorithm {
    fn value_variants<'a>() -> &'a [Self] {
        &Self::ALL
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(clap::builder::PossibleValue::new(self.as_str()))
    }
}

type Slot = fn(&mut Config) -> &mut String;

/// The first bootstrap token, which `--token` and `--token-ttl` set (as kubeadm's do); defaulting
/// always leaves one, but a config built by hand may have none.
fn first_token(c: &mut Config) -> &mut crate::types::BootstrapToken {
    let tokens = &mut c.init.bootstrap_tokens;
    if tokens.is_empty() {
        tokens.push(crate::types::BootstrapToken::default());
    }
    &mut tokens[0]
}

impl Config {
    /// Applies flag values over the file and defaults (flags win). Values are checked later by
    /// [`Config::validate`], whose messages then name the flag instead of the file.
    pub fn apply_overrides(&mut self, o: &Overrides) {
        let algorithm = o.encryption_algorithm.map(|a| a.as_str().to_string());
        let token = format!("{}[0].token", field::BOOTSTRAP_TOKENS);
        let token_ttl = format!("{}[0].ttl", field::BOOTSTRAP_TOKENS);
        let strings: [(&Option<String>, &'static str, &str, Slot); 11] = [
            (&o.cert_dir, flag::CERT_DIR, field::CERTIFICATES_DIR, |c| {
                &mut c.cluster.certificates_dir
            }),
            (
                &o.kubernetes_version,
                flag::KUBERNETES_VERSION,
                field::KUBERNETES_VERSION,
                |c| &mut c.cluster.kubernetes_version,
            ),
            (
                &o.advertise_address,
                flag::ADVERTISE_ADDRESS,
                field::ADVERTISE_ADDRESS,
                |c| &mut c.init.local_api_endpoint.advertise_address,
            ),
            (
                &o.control_plane_endpoint,
                flag::CONTROL_PLANE_ENDPOINT,
                field::CONTROL_PLANE_ENDPOINT,
                |c| &mut c.cluster.control_plane_endpoint,
            ),
            (
                &o.service_cidr,
                flag::SERVICE_CIDR,
                field::SERVICE_SUBNET,
                |c| &mut c.cluster.networking.service_subnet,
            ),
            (
                &o.service_dns_domain,
                flag::SERVICE_DNS_DOMAIN,
                field::DNS_DOMAIN,
                |c| &mut c.cluster.networking.dns_domain,
            ),
            (&o.node_name, flag::NODE_NAME, field::NODE_NAME, |c| {
                &mut c.init.node_registration.name
            }),
            (
                &algorithm,
                flag::ENCRYPTION_ALGORITHM,
                field::ENCRYPTION_ALGORITHM,
                |c| &mut c.cluster.encryption_algorithm,
            ),
            (&o.token, flag::TOKEN, &token, |c| &mut first_token(c).token),
            (&o.token_ttl, flag::TOKEN_TTL, &token_ttl, |c| {
                &mut first_token(c).ttl
            }),
            (
                &o.certificate_key,
                flag::CERTIFICATE_KEY,
                field::CERTIFICATE_KEY,
                |c| &mut c.init.certificate_key,
            ),
        ];
        for (value, flag, path, slot) in strings {
            if let Some(value) = value.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
                *slot(self) = value.to_string();
                self.set_origin(path.to_string(), Origin::Flag(flag));
            }
        }
        if o.node_name.as_deref().is_some_and(|v| !v.trim().is_empty()) {
            // kubeadm lowercases the node name wherever it comes from.
            self.init.node_registration.name = self.init.node_registration.name.to_lowercase();
        }
        if o.advertise_address
            .as_deref()
            .is_some_and(|v| !v.trim().is_empty())
        {
            self.clear_guessed_advertise_address();
        }
        if let Some(port) = o.bind_port {
            self.init.local_api_endpoint.bind_port = i32::from(port);
            self.set_origin(field::BIND_PORT.to_string(), Origin::Flag(flag::BIND_PORT));
        }
        let ignored = o.ignore_preflight_errors.iter().map(|n| n.trim());
        let ignored: Vec<String> = ignored
            .filter(|n| !n.is_empty())
            .map(String::from)
            .collect();
        if !ignored.is_empty() {
            // kubeadm merges the flag's names with the file's.
            let list = &mut self.init.node_registration.ignore_preflight_errors;
            list.extend(ignored);
            self.set_origin(
                field::IGNORE_PREFLIGHT_ERRORS.to_string(),
                Origin::Flag(flag::IGNORE_PREFLIGHT_ERRORS),
            );
        }
        self.upload_certs |= o.upload_certs;
        self.skip_certificate_key_print |= o.skip_certificate_key_print;
        for san in &o.apiserver_cert_extra_sans {
            let sans = &mut self.cluster.api_server.cert_sans;
            let path = format!("{}[{}]", field::APISERVER_CERT_SANS, sans.len());
            sans.push(san.trim().to_string());
            self.set_origin(path, Origin::Flag(flag::APISERVER_CERT_EXTRA_SANS));
        }
    }
}
