//! Command-line flags that override the file: [`Overrides`] and [`Config::apply_overrides`].

use crate::config::{field, Config, Origin};

/// Values from `init` flags. `None` (or an empty string) leaves the file's or default value;
/// `apiserver_cert_extra_sans` are appended to `apiServer.certSANs`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Overrides {
    /// `--cert-dir` → `certificatesDir`.
    pub cert_dir: Option<String>,
    /// `--kubernetes-version` → `kubernetesVersion`.
    pub kubernetes_version: Option<String>,
    /// `--apiserver-advertise-address` → `localAPIEndpoint.advertiseAddress`.
    pub advertise_address: Option<String>,
    /// `--apiserver-bind-port` → `localAPIEndpoint.bindPort`.
    pub bind_port: Option<u16>,
    /// `--control-plane-endpoint` → `controlPlaneEndpoint`.
    pub control_plane_endpoint: Option<String>,
    /// `--service-cidr` → `networking.serviceSubnet`.
    pub service_cidr: Option<String>,
    /// `--service-dns-domain` → `networking.dnsDomain`.
    pub service_dns_domain: Option<String>,
    /// `--apiserver-cert-extra-sans`, appended to `apiServer.certSANs`.
    pub apiserver_cert_extra_sans: Vec<String>,
    /// `--node-name` → `nodeRegistration.name`.
    pub node_name: Option<String>,
    /// `--encryption-algorithm` → `encryptionAlgorithm`.
    pub encryption_algorithm: Option<String>,
}

type Slot = fn(&mut Config) -> &mut String;

impl Config {
    /// Applies flag values over the file and defaults (flags win). Values are checked later by
    /// [`Config::validate`], whose messages then name the flag instead of the file.
    pub fn apply_overrides(&mut self, o: &Overrides) {
        let strings: [(&Option<String>, &'static str, &'static str, Slot); 8] = [
            (&o.cert_dir, "--cert-dir", field::CERTIFICATES_DIR, |c| {
                &mut c.cluster.certificates_dir
            }),
            (
                &o.kubernetes_version,
                "--kubernetes-version",
                field::KUBERNETES_VERSION,
                |c| &mut c.cluster.kubernetes_version,
            ),
            (
                &o.advertise_address,
                "--apiserver-advertise-address",
                field::ADVERTISE_ADDRESS,
                |c| &mut c.init.local_api_endpoint.advertise_address,
            ),
            (
                &o.control_plane_endpoint,
                "--control-plane-endpoint",
                field::CONTROL_PLANE_ENDPOINT,
                |c| &mut c.cluster.control_plane_endpoint,
            ),
            (
                &o.service_cidr,
                "--service-cidr",
                field::SERVICE_SUBNET,
                |c| &mut c.cluster.networking.service_subnet,
            ),
            (
                &o.service_dns_domain,
                "--service-dns-domain",
                field::DNS_DOMAIN,
                |c| &mut c.cluster.networking.dns_domain,
            ),
            (&o.node_name, "--node-name", field::NODE_NAME, |c| {
                &mut c.init.node_registration.name
            }),
            (
                &o.encryption_algorithm,
                "--encryption-algorithm",
                field::ENCRYPTION_ALGORITHM,
                |c| &mut c.cluster.encryption_algorithm,
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
            self.set_origin(
                field::BIND_PORT.to_string(),
                Origin::Flag("--apiserver-bind-port"),
            );
        }
        for san in &o.apiserver_cert_extra_sans {
            let sans = &mut self.cluster.api_server.cert_sans;
            let path = format!("{}[{}]", field::APISERVER_CERT_SANS, sans.len());
            sans.push(san.trim().to_string());
            self.set_origin(path, Origin::Flag("--apiserver-cert-extra-sans"));
        }
    }
}
