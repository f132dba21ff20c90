//! The one declaration of kubeadm's PKI: every file the `certs` phase makes, as data.
//!
//! The phases, their help, the SANs, the checks of existing files and the documentation table
//! are all derived from [`CERTS`].

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use kadm_pki::ExtendedUsage;

/// The subject common name of a certificate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CommonName {
    /// Always this name.
    Fixed(&'static str),
    /// The node name (`nodeRegistration.name`).
    NodeName,
}

/// Which subject alternative names a leaf certificate carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SanKind {
    /// None (client certificates).
    None,
    /// The API server's names: node name, `kubernetes...`, service IPs, advertise address,
    /// control-plane endpoint, `apiServer.certSANs`.
    ApiServer,
    /// etcd's serving names: node name, `localhost`, advertise address, loopbacks,
    /// `etcd.local.serverCertSANs`.
    EtcdServer,
    /// etcd's peer names: as [`SanKind::EtcdServer`] with `etcd.local.peerCertSANs`.
    EtcdPeer,
}

/// What a table entry makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A self-signed certificate authority (its DNS SAN is its common name).
    Authority {
        /// Subject common name.
        common_name: &'static str,
    },
    /// A certificate signed by one of the authorities.
    Leaf(Leaf),
    /// The service-account signing key pair (`sa.key`, `sa.pub`): not a certificate.
    ServiceAccount,
}

/// What a certificate signed by one of the CAs says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Leaf {
    /// Subject common name.
    pub common_name: CommonName,
    /// Subject organisation, if any.
    pub organization: Option<&'static str>,
    /// Extended key usages.
    pub usages: &'static [ExtendedUsage],
    /// The signing CA's file base name (`ca`, `front-proxy-ca`, `etcd/ca`).
    pub ca: &'static str,
    /// Which SANs it carries.
    pub sans: SanKind,
}

/// One file pair of the PKI and the phase that makes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CertEntry {
    /// The sub-phase name under `certs` (`apiserver`, `etcd-ca`).
    pub phase: &'static str,
    /// File base name relative to the certificate directory (`apiserver`, `etcd/ca`, `sa`);
    /// also the name the log lines use.
    pub base: &'static str,
    /// The phase's one-line help.
    pub short: &'static str,
    /// What the entry makes.
    pub kind: Kind,
}

/// The etcd CA's file base name.
const ETCD_CA: &str = "etcd/ca";

const SERVER: &[ExtendedUsage] = &[ExtendedUsage::ServerAuth];
const CLIENT: &[ExtendedUsage] = &[ExtendedUsage::ClientAuth];
const SERVER_CLIENT: &[ExtendedUsage] = &[ExtendedUsage::ServerAuth, ExtendedUsage::ClientAuth];

const fn leaf(
    common_name: CommonName,
    organization: Option<&'static str>,
    usages: &'static [ExtendedUsage],
    ca: &'static str,
    sans: SanKind,
) -> Kind {
    Kind::Leaf(Leaf {
        common_name,
        organization,
        usages,
        ca,
        sans,
    })
}

/// kubeadm's PKI, in the order of the `certs` sub-phases.
pub static CERTS: [CertEntry; 11] = [
    CertEntry {
        phase: "ca",
        base: "ca",
        short: "Generate the self-signed Kubernetes CA to provision identities for other Kubernetes components",
        kind: Kind::Authority {
            common_name: "kubernetes",
        },
    },
    CertEntry {
        phase: "apiserver",
        base: "apiserver",
        short: "Generate the certificate for serving the Kubernetes API",
        kind: leaf(
            CommonName::Fixed("kube-apiserver"),
            None,
            SERVER,
            "ca",
            SanKind::ApiServer,
        ),
    },
    CertEntry {
        phase: "apiserver-kubelet-client",
        base: "apiserver-kubelet-client",
        short: "Generate the certificate for the API server to connect to kubelet",
        kind: leaf(
            CommonName::Fixed("kube-apiserver-kubelet-client"),
            Some("kubeadm:cluster-admins"),
            CLIENT,
            "ca",
            SanKind::None,
        ),
    },
    CertEntry {
        phase: "front-proxy-ca",
        base: "front-proxy-ca",
        short: "Generate the self-signed CA to provision identities for front proxy",
        kind: Kind::Authority {
            common_name: "front-proxy-ca",
        },
    },
    CertEntry {
        phase: "front-proxy-client",
        base: "front-proxy-client",
        short: "Generate the certificate for the front proxy client",
        kind: leaf(
            CommonName::Fixed("front-proxy-client"),
            None,
            CLIENT,
            "front-proxy-ca",
            SanKind::None,
        ),
    },
    CertEntry {
        phase: "etcd-ca",
        base: "etcd/ca",
        short: "Generate the self-signed CA to provision identities for etcd",
        kind: Kind::Authority {
            common_name: "etcd-ca",
        },
    },
    CertEntry {
        phase: "etcd-server",
        base: "etcd/server",
        short: "Generate the certificate for serving etcd",
        kind: leaf(
            CommonName::NodeName,
            None,
            SERVER_CLIENT,
            "etcd/ca",
            SanKind::EtcdServer,
        ),
    },
    CertEntry {
        phase: "etcd-peer",
        base: "etcd/peer",
        short: "Generate the certificate for etcd nodes to communicate with each other",
        kind: leaf(
            CommonName::NodeName,
            None,
            SERVER_CLIENT,
            "etcd/ca",
            SanKind::EtcdPeer,
        ),
    },
    CertEntry {
        phase: "etcd-healthcheck-client",
        base: "etcd/healthcheck-client",
        short: "Generate the certificate for liveness probes to healthcheck etcd",
        kind: leaf(
            CommonName::Fixed("kube-etcd-healthcheck-client"),
            None,
            CLIENT,
            "etcd/ca",
            SanKind::None,
        ),
    },
    CertEntry {
        phase: "apiserver-etcd-client",
        base: "apiserver-etcd-client",
        short: "Generate the certificate the apiserver uses to access etcd",
        kind: leaf(
            CommonName::Fixed("kube-apiserver-etcd-client"),
            None,
            CLIENT,
            "etcd/ca",
            SanKind::None,
        ),
    },
    CertEntry {
        phase: "sa",
        base: "sa",
        short: "Generate a private key for signing service account tokens along with its public key",
        kind: Kind::ServiceAccount,
    },
];

/// The entry whose file base name is `base` (`apiserver-etcd-client`, `etcd/ca`, ...).
pub fn entry(base: &str) -> Option<&'static CertEntry> {
    CERTS.iter().find(|e| e.base == base)
}

/// The entry of the CA whose file base name is `base`.
pub fn authority_entry(base: &str) -> Option<&'static CertEntry> {
    CERTS
        .iter()
        .find(|e| e.base == base && matches!(e.kind, Kind::Authority { .. }))
}

impl CertEntry {
    /// The first file of the pair: `<base>.crt`, or `sa.key` for the service-account key.
    pub fn first_file(&self) -> String {
        match self.kind {
            Kind::ServiceAccount => format!("{}.key", self.base),
            _ => format!("{}.crt", self.base),
        }
    }

    /// The second file of the pair: `<base>.key`, or `sa.pub` for the service-account key.
    pub fn second_file(&self) -> String {
        match self.kind {
            Kind::ServiceAccount => format!("{}.pub", self.base),
            _ => format!("{}.key", self.base),
        }
    }

    /// Both files under `cert_dir`, in the order [`CertEntry::first_file`], [`CertEntry::second_file`].
    pub fn paths(&self, cert_dir: &Path) -> (PathBuf, PathBuf) {
        (
            cert_dir.join(self.first_file()),
            cert_dir.join(self.second_file()),
        )
    }

    /// Whether the entry belongs to the etcd CA (the CA itself or a certificate it signs); with
    /// an external etcd these are not made, as in kubeadm.
    pub fn is_etcd_pki(&self) -> bool {
        match self.kind {
            Kind::Authority { .. } => self.base == ETCD_CA,
            Kind::Leaf(leaf) => leaf.ca == ETCD_CA,
            Kind::ServiceAccount => false,
        }
    }

    /// The long help of the entry's phase.
    pub fn long_help(&self) -> String {
        let what = match self.kind {
            Kind::Authority { .. } => "the CA certificate and key",
            Kind::Leaf(_) => "the certificate and key",
            Kind::ServiceAccount => "the key pair",
        };
        let reuse = match self.kind {
            Kind::Authority { .. } => {
                "A valid existing CA is reused. When only the certificate is present (external CA \
                 mode), the certificates it signs must already exist."
            }
            Kind::Leaf(_) => {
                "Existing files are reused when they match, are signed by their CA, have not \
                 expired and carry every required name; otherwise the phase fails and overwrites \
                 nothing."
            }
            Kind::ServiceAccount => {
                "An existing key is reused; its public half must match the public key file."
            }
        };
        format!(
            "{}.\n\nWrites {what} to {} and {} in the certificate directory.\n\n{reuse}",
            self.short,
            self.first_file(),
            self.second_file()
        )
    }
}

fn usages_text(usages: &[ExtendedUsage]) -> String {
    usages
        .iter()
        .map(|u| match u {
            ExtendedUsage::ServerAuth => "serverAuth",
            ExtendedUsage::ClientAuth => "clientAuth",
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn sans_text(kind: SanKind) -> &'static str {
    match kind {
        SanKind::None => "",
        SanKind::ApiServer => "API server names (see below)",
        SanKind::EtcdServer => "etcd names + `serverCertSANs`",
        SanKind::EtcdPeer => "etcd names + `peerCertSANs`",
    }
}

/// The Markdown table of every file the phase makes, as shown in the documentation.
pub fn markdown_table() -> String {
    let mut out = String::from(
        "| phase | files | CN | O | extended key usage | signed by | SANs |\n\
         |---|---|---|---|---|---|---|\n",
    );
    for e in &CERTS {
        let files = format!("`{}`, `{}`", e.first_file(), e.second_file());
        let row = match e.kind {
            Kind::Authority { common_name } => [
                format!("`{common_name}`"),
                String::new(),
                "(CA)".to_string(),
                "itself".to_string(),
                format!("DNS `{common_name}`"),
            ],
            Kind::Leaf(Leaf {
                common_name,
                organization,
                usages,
                ca,
                sans,
            }) => [
                match common_name {
                    CommonName::Fixed(cn) => format!("`{cn}`"),
                    CommonName::NodeName => "node name".to_string(),
                },
                organization.map(|o| format!("`{o}`")).unwrap_or_default(),
                usages_text(usages),
                format!("`{ca}`"),
                sans_text(sans).to_string(),
            ],
            Kind::ServiceAccount => [
                "(not a certificate)".to_string(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
            ],
        };
        let _ = writeln!(out, "| `{}` | {files} | {} |", e.phase, row.join(" | "));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_and_names_follow_kubeadm() {
        let phases: Vec<&str> = CERTS.iter().map(|e| e.phase).collect();
        assert_eq!(
            phases,
            [
                "ca",
                "apiserver",
                "apiserver-kubelet-client",
                "front-proxy-ca",
                "front-proxy-client",
                "etcd-ca",
                "etcd-server",
                "etcd-peer",
                "etcd-healthcheck-client",
                "apiserver-etcd-client",
                "sa"
            ]
        );
    }

    #[test]
    fn every_leaf_names_an_authority_declared_before_it() {
        for (i, e) in CERTS.iter().enumerate() {
            if let Kind::Leaf(Leaf { ca, .. }) = e.kind {
                let pos = CERTS.iter().position(|c| c.base == ca).unwrap();
                assert!(pos < i, "{} is declared before its CA {ca}", e.phase);
                assert!(authority_entry(ca).is_some());
            }
        }
        assert!(authority_entry("apiserver").is_none());
    }

    #[test]
    fn etcd_pki_is_the_etcd_ca_and_what_it_signs() {
        let etcd: Vec<&str> = CERTS
            .iter()
            .filter(|e| e.is_etcd_pki())
            .map(|e| e.phase)
            .collect();
        assert_eq!(
            etcd,
            [
                "etcd-ca",
                "etcd-server",
                "etcd-peer",
                "etcd-healthcheck-client",
                "apiserver-etcd-client"
            ]
        );
    }

    #[test]
    fn file_names() {
        let sa = CERTS.iter().find(|e| e.phase == "sa").unwrap();
        assert_eq!(
            sa.paths(Path::new("/pki")),
            (PathBuf::from("/pki/sa.key"), PathBuf::from("/pki/sa.pub"))
        );
        let etcd = CERTS.iter().find(|e| e.phase == "etcd-server").unwrap();
        assert_eq!(etcd.first_file(), "etcd/server.crt");
        assert_eq!(etcd.second_file(), "etcd/server.key");
    }

    #[test]
    fn markdown_table_has_a_row_per_entry() {
        let table = markdown_table();
        assert_eq!(table.lines().count(), CERTS.len() + 2);
        assert!(table.contains(
            "| `apiserver-kubelet-client` | `apiserver-kubelet-client.crt`, `apiserver-kubelet-client.key` | `kube-apiserver-kubelet-client` | `kubeadm:cluster-admins` | clientAuth | `ca` |  |"
        ));
        assert!(table.contains("| `etcd-peer` | `etcd/peer.crt`, `etcd/peer.key` | node name |  | serverAuth, clientAuth | `etcd/ca` |"));
    }
}
