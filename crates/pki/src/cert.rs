//! Parsed X.509 certificates and what a new certificate should contain.

use std::fmt;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::path::Path;
use std::time::Duration;

use time::OffsetDateTime;
use x509_parser::certificate::X509Certificate;
use x509_parser::extensions::{GeneralName, ParsedExtension};
use x509_parser::prelude::FromDer;
use x509_parser::x509::X509Name;

use crate::error::PkiError;
use crate::key::{KeyAlgorithm, PrivateKey, algorithm_of_spki, missing_block_reason};
use crate::pem_util::{encode_pem, pem_blocks};

/// An extended key usage kadm sets and reads back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExtendedUsage {
    /// TLS web server authentication (`serverAuth`).
    ServerAuth,
    /// TLS web client authentication (`clientAuth`).
    ClientAuth,
}

/// A key usage bit of the X.509 `keyUsage` extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KeyUsage {
    /// `digitalSignature`.
    DigitalSignature,
    /// `nonRepudiation` (also called contentCommitment).
    ContentCommitment,
    /// `keyEncipherment`.
    KeyEncipherment,
    /// `dataEncipherment`.
    DataEncipherment,
    /// `keyAgreement`.
    KeyAgreement,
    /// `keyCertSign`.
    KeyCertSign,
    /// `cRLSign`.
    CrlSign,
    /// `encipherOnly`.
    EncipherOnly,
    /// `decipherOnly`.
    DecipherOnly,
}

/// What a new certificate should say. The caller (a phase) decides every field; this crate adds
/// the fixed parts (serial, key usages, key identifiers, backdated start).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CertSpec {
    /// Subject common name (required).
    pub common_name: String,
    /// Subject organisations, each its own O (Kubernetes reads them as the user's groups).
    pub organizations: Vec<String>,
    /// DNS subject alternative names; duplicates are dropped, order kept.
    pub dns_names: Vec<String>,
    /// IP subject alternative names; duplicates are dropped, order kept.
    pub ip_addresses: Vec<IpAddr>,
    /// Whether the certificate is a CA (basicConstraints CA:true and keyCertSign).
    pub is_ca: bool,
    /// Extended key usages, in order.
    pub extended_usages: Vec<ExtendedUsage>,
    /// How long the certificate is valid from now (the start is backdated a further 5 minutes).
    pub validity: Duration,
}

/// A parsed certificate. It keeps its DER and PEM, and the fields read once at parse time.
#[derive(Clone)]
pub struct Certificate {
    der: Vec<u8>,
    pem: String,
    fields: Fields,
}

#[derive(Clone)]
struct Fields {
    common_name: Option<String>,
    issuer_common_name: Option<String>,
    organizations: Vec<String>,
    dns_names: Vec<String>,
    ip_addresses: Vec<IpAddr>,
    is_ca: bool,
    key_usages: Vec<KeyUsage>,
    extended_usages: Vec<ExtendedUsage>,
    not_before: OffsetDateTime,
    not_after: OffsetDateTime,
    serial_hex: String,
    public_key_der: Vec<u8>,
    public_key_raw: Vec<u8>,
    subject_raw: Vec<u8>,
    issuer_raw: Vec<u8>,
    subject_key_id: Option<Vec<u8>>,
    authority_key_id: Option<Vec<u8>>,
}

impl fmt::Debug for Certificate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Certificate")
            .field("common_name", &self.fields.common_name)
            .field("serial", &self.fields.serial_hex)
            .field("not_after", &self.fields.not_after)
            .finish_non_exhaustive()
    }
}

impl PartialEq for Certificate {
    fn eq(&self, other: &Self) -> bool {
        self.der == other.der
    }
}

impl Eq for Certificate {}

impl Certificate {
    /// Parses the first `CERTIFICATE` block of a PEM text; other blocks before it are skipped.
    ///
    /// `source` names the file for error messages.
    pub fn from_pem(pem: &str, source: &Path) -> Result<Certificate, PkiError> {
        let mut all = Self::parse_blocks(pem, source, true)?;
        Ok(all.remove(0))
    }

    /// Parses every `CERTIFICATE` block of a PEM text, in order (a CA bundle).
    pub fn all_from_pem(pem: &str, source: &Path) -> Result<Vec<Certificate>, PkiError> {
        Self::parse_blocks(pem, source, false)
    }

    fn parse_blocks(
        pem: &str,
        source: &Path,
        first_only: bool,
    ) -> Result<Vec<Certificate>, PkiError> {
        let not_pem = |reason: String| PkiError::NotPem {
            path: source.to_path_buf(),
            kind: "certificate",
            reason,
        };
        let blocks = pem_blocks(pem, "CERTIFICATE").map_err(not_pem)?;
        let mut certs = Vec::new();
        for block in blocks.iter().filter(|b| b.tag() == "CERTIFICATE") {
            certs.push(Certificate::from_der(block.contents(), source)?);
            if first_only {
                break;
            }
        }
        if certs.is_empty() {
            return Err(not_pem(missing_block_reason(&blocks, "CERTIFICATE")));
        }
        Ok(certs)
    }

    /// Parses a DER certificate. `source` names the file for error messages.
    pub fn from_der(der: &[u8], source: &Path) -> Result<Certificate, PkiError> {
        let bad = |reason: String| PkiError::BadCertificate {
            path: source.to_path_buf(),
            reason,
        };
        let (rest, x509) = X509Certificate::from_der(der)
            .map_err(|e| bad(format!("{e} (the file may be truncated or corrupt)")))?;
        if !rest.is_empty() {
            return Err(bad(format!(
                "{} unexpected bytes after the certificate",
                rest.len()
            )));
        }
        let fields = read_fields(&x509).map_err(bad)?;
        Ok(Certificate {
            der: der.to_vec(),
            pem: encode_pem("CERTIFICATE", der),
            fields,
        })
    }

    /// The subject name as DER, byte for byte (the issuer name of the certificates it signs).
    pub(crate) fn subject_der(&self) -> &[u8] {
        &self.fields.subject_raw
    }

    /// The certificate as a single PEM block.
    pub fn to_pem(&self) -> &str {
        &self.pem
    }

    /// The certificate's DER encoding.
    pub fn der(&self) -> &[u8] {
        &self.der
    }

    /// The subject's common name, if any.
    pub fn common_name(&self) -> Option<String> {
        self.fields.common_name.clone()
    }

    /// The issuer's common name, if any.
    pub fn issuer_common_name(&self) -> Option<String> {
        self.fields.issuer_common_name.clone()
    }

    /// The subject's organisations, in order.
    pub fn organizations(&self) -> Vec<String> {
        self.fields.organizations.clone()
    }

    /// DNS subject alternative names, in order.
    pub fn dns_names(&self) -> Vec<String> {
        self.fields.dns_names.clone()
    }

    /// IP subject alternative names, in order.
    pub fn ip_addresses(&self) -> Vec<IpAddr> {
        self.fields.ip_addresses.clone()
    }

    /// The subject as `CN=<cn>, O=<o1>, O=<o2>`.
    pub fn subject_line(&self) -> String {
        let cn = self.fields.common_name.as_deref().unwrap_or_default();
        let mut parts = vec![format!("CN={cn}")];
        parts.extend(self.fields.organizations.iter().map(|o| format!("O={o}")));
        parts.join(", ")
    }

    /// Whether basicConstraints says CA:true.
    pub fn is_ca(&self) -> bool {
        self.fields.is_ca
    }

    /// The keyUsage bits that are set.
    pub fn key_usages(&self) -> Vec<KeyUsage> {
        self.fields.key_usages.clone()
    }

    /// The serverAuth / clientAuth extended key usages present (other purposes are not listed).
    pub fn extended_usages(&self) -> Vec<ExtendedUsage> {
        self.fields.extended_usages.clone()
    }

    /// Start of validity.
    pub fn not_before(&self) -> OffsetDateTime {
        self.fields.not_before
    }

    /// End of validity.
    pub fn not_after(&self) -> OffsetDateTime {
        self.fields.not_after
    }

    /// The serial number as lowercase hex without separators or leading zeros.
    pub fn serial_hex(&self) -> String {
        self.fields.serial_hex.clone()
    }

    /// The subject public key as DER `SubjectPublicKeyInfo`.
    pub fn public_key_der(&self) -> &[u8] {
        &self.fields.public_key_der
    }

    /// The algorithm of the subject public key, or a description of the unsupported one.
    pub fn key_algorithm(&self) -> Result<KeyAlgorithm, UnsupportedKeyType> {
        algorithm_of_spki(&self.fields.public_key_der).map_err(UnsupportedKeyType)
    }

    /// The subjectKeyIdentifier extension, if present.
    pub fn subject_key_id(&self) -> Option<&[u8]> {
        self.fields.subject_key_id.as_deref()
    }

    /// The key identifier of the authorityKeyIdentifier extension, if present.
    pub fn authority_key_id(&self) -> Option<&[u8]> {
        self.fields.authority_key_id.as_deref()
    }

    /// Whether `ca` issued this certificate: the issuer name equals the CA's subject name
    /// byte for byte (as Go's verifier requires) and the signature verifies with the CA's key.
    pub fn is_signed_by(&self, ca: &Certificate) -> bool {
        if self.fields.issuer_raw != ca.fields.subject_raw {
            return false;
        }
        let (Ok((_, cert)), Ok((_, issuer))) = (
            X509Certificate::from_der(&self.der),
            X509Certificate::from_der(&ca.der),
        ) else {
            return false;
        };
        cert.verify_signature(Some(issuer.public_key())).is_ok()
    }

    /// Like [`Certificate::is_signed_by`], as an error naming both files.
    pub fn verify_signed_by(
        &self,
        ca: &Certificate,
        cert_path: &Path,
        ca_path: &Path,
    ) -> Result<(), PkiError> {
        if self.is_signed_by(ca) {
            Ok(())
        } else {
            Err(PkiError::NotSignedBy {
                cert: cert_path.to_path_buf(),
                ca: ca_path.to_path_buf(),
            })
        }
    }

    /// Whether `key` is the private half of this certificate's public key.
    pub fn matches_key(&self, key: &PrivateKey) -> bool {
        self.fields.public_key_raw == key.public_key_raw()
    }

    /// Checks that `now` lies within the validity period; the error gives the dates.
    pub fn check_valid_at(&self, now: OffsetDateTime, source: &Path) -> Result<(), PkiError> {
        if now < self.fields.not_before {
            return Err(PkiError::NotYetValid {
                path: source.to_path_buf(),
                not_before: self.fields.not_before,
                now,
            });
        }
        if now > self.fields.not_after {
            return Err(PkiError::Expired {
                path: source.to_path_buf(),
                not_after: self.fields.not_after,
                now,
            });
        }
        Ok(())
    }

    /// The spec that re-issues this certificate with the same subject, SANs, CA flag and
    /// extended usages, valid for `validity` (what a renewal does).
    pub fn renewal_spec(&self, validity: Duration) -> CertSpec {
        CertSpec {
            common_name: self.fields.common_name.clone().unwrap_or_default(),
            organizations: self.organizations(),
            dns_names: self.dns_names(),
            ip_addresses: self.ip_addresses(),
            is_ca: self.is_ca(),
            extended_usages: self.extended_usages(),
            validity,
        }
    }
}

fn name_values<'a>(
    iter: impl Iterator<Item = &'a x509_parser::x509::AttributeTypeAndValue<'a>>,
) -> Vec<String> {
    iter.filter_map(|attr| attr.as_str().ok().map(str::to_string))
        .collect()
}

fn first_cn(name: &X509Name<'_>) -> Option<String> {
    name_values(name.iter_common_name()).into_iter().next()
}

fn read_fields(x509: &X509Certificate<'_>) -> Result<Fields, String> {
    let mut fields = Fields {
        common_name: first_cn(x509.subject()),
        issuer_common_name: first_cn(x509.issuer()),
        organizations: name_values(x509.subject().iter_organization()),
        dns_names: Vec::new(),
        ip_addresses: Vec::new(),
        is_ca: false,
        key_usages: Vec::new(),
        extended_usages: Vec::new(),
        not_before: x509.validity().not_before.to_datetime(),
        not_after: x509.validity().not_after.to_datetime(),
        serial_hex: format!("{:x}", x509.serial),
        public_key_der: x509.public_key().raw.to_vec(),
        public_key_raw: x509.public_key().subject_public_key.data.to_vec(),
        subject_raw: x509.subject().as_raw().to_vec(),
        issuer_raw: x509.issuer().as_raw().to_vec(),
        subject_key_id: None,
        authority_key_id: None,
    };
    for ext in x509.extensions() {
        match ext.parsed_extension() {
            ParsedExtension::SubjectAlternativeName(san) => {
                for name in &san.general_names {
                    match name {
                        GeneralName::DNSName(dns) => fields.dns_names.push(dns.to_string()),
                        GeneralName::IPAddress(bytes) => {
                            fields.ip_addresses.push(ip_from_bytes(bytes)?)
                        }
                        _ => {}
                    }
                }
            }
            ParsedExtension::BasicConstraints(bc) => fields.is_ca = bc.ca,
            ParsedExtension::KeyUsage(ku) => {
                let bits = [
                    (ku.digital_signature(), KeyUsage::DigitalSignature),
                    (ku.non_repudiation(), KeyUsage::ContentCommitment),
                    (ku.key_encipherment(), KeyUsage::KeyEncipherment),
                    (ku.data_encipherment(), KeyUsage::DataEncipherment),
                    (ku.key_agreement(), KeyUsage::KeyAgreement),
                    (ku.key_cert_sign(), KeyUsage::KeyCertSign),
                    (ku.crl_sign(), KeyUsage::CrlSign),
                    (ku.encipher_only(), KeyUsage::EncipherOnly),
                    (ku.decipher_only(), KeyUsage::DecipherOnly),
                ];
                fields.key_usages = bits
                    .into_iter()
                    .filter(|(on, _)| *on)
                    .map(|(_, u)| u)
                    .collect();
            }
            ParsedExtension::ExtendedKeyUsage(eku) => {
                if eku.server_auth {
                    fields.extended_usages.push(ExtendedUsage::ServerAuth);
                }
                if eku.client_auth {
                    fields.extended_usages.push(ExtendedUsage::ClientAuth);
                }
            }
            ParsedExtension::SubjectKeyIdentifier(id) => {
                fields.subject_key_id = Some(id.0.to_vec())
            }
            ParsedExtension::AuthorityKeyIdentifier(aki) => {
                fields.authority_key_id = aki.key_identifier.as_ref().map(|id| id.0.to_vec())
            }
            ParsedExtension::ParseError { error } => {
                return Err(format!("extension {}: {error}", ext.oid));
            }
            _ => {}
        }
    }
    Ok(fields)
}

fn ip_from_bytes(bytes: &[u8]) -> Result<IpAddr, String> {
    if let Ok(v4) = <[u8; 4]>::try_from(bytes) {
        return Ok(IpAddr::V4(Ipv4Addr::from(v4)));
    }
    if let Ok(v6) = <[u8; 16]>::try_from(bytes) {
        return Ok(IpAddr::V6(Ipv6Addr::from(v6)));
    }
    Err(format!(
        "an IP address SAN has {} bytes (expected 4 or 16)",
        bytes.len()
    ))
}

/// A public key kadm does not handle (its description: "RSA-1024", "Ed25519", ...).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unsupported key type {0}")]
pub struct UnsupportedKeyType(pub String);
