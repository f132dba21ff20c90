//! The crate's error type.

use std::path::PathBuf;

use time::OffsetDateTime;
use time::macros::format_description;

use crate::key::KeyAlgorithm;

/// Everything that can go wrong while making, reading, checking or writing keys and certificates.
///
/// Each message names the file at fault (when there is one), the reason, and the fix when it is
/// obvious. No message ever contains key material.
#[derive(Debug, thiserror::Error)]
pub enum PkiError {
    /// A file could not be read.
    #[error(transparent)]
    Fs(#[from] kadm_node_fs::FsError),

    /// The text is not PEM, is truncated, or holds no block of the wanted kind.
    #[error("{}: not a PEM {kind}: {reason}", path.display())]
    NotPem {
        /// The file at fault.
        path: PathBuf,
        /// "certificate" or "private key".
        kind: &'static str,
        /// What is wrong with the text.
        reason: String,
    },

    /// The file is DER (binary ASN.1) where PEM text is expected.
    #[error(
        "{}: the file is DER (binary), not PEM; convert it with `openssl x509 -inform der -in FILE \
         -out FILE.pem` for a certificate, or `openssl pkey -inform der -in FILE -out FILE.pem` for \
         a key",
        path.display()
    )]
    Der {
        /// The file at fault.
        path: PathBuf,
    },

    /// The file is binary data that is neither PEM nor DER.
    #[error("{}: not PEM text (the file holds binary data); expected a PEM certificate or key", path.display())]
    Binary {
        /// The file at fault.
        path: PathBuf,
    },

    /// A PEM block decoded, but its contents are not a valid X.509 certificate.
    #[error("{}: malformed certificate: {reason}", path.display())]
    BadCertificate {
        /// The file at fault.
        path: PathBuf,
        /// What the parser reported.
        reason: String,
    },

    /// A PEM block decoded, but its contents are not a usable private key.
    #[error("{}: malformed private key: {reason}", path.display())]
    BadKey {
        /// The file at fault.
        path: PathBuf,
        /// What is wrong with it.
        reason: String,
    },

    /// The key is well formed but of a type kadm does not handle.
    #[error(
        "{}: unsupported key type {found}; supported: {}",
        path.display(),
        KeyAlgorithm::ALL.map(KeyAlgorithm::name).join(", ")
    )]
    UnsupportedKey {
        /// The file holding the key (or certificate).
        path: PathBuf,
        /// A description of the key found, e.g. "RSA-1024" or "Ed25519".
        found: String,
    },

    /// A private key does not belong to the certificate it is paired with.
    #[error(
        "{}: private key does not match the public key of certificate {}; restore the matching key or regenerate both",
        key.display(),
        cert.display()
    )]
    KeyMismatch {
        /// The certificate file.
        cert: PathBuf,
        /// The key file.
        key: PathBuf,
    },

    /// A certificate was not issued by the CA it was checked against.
    #[error("{}: certificate is not signed by the CA in {}", cert.display(), ca.display())]
    NotSignedBy {
        /// The certificate file.
        cert: PathBuf,
        /// The CA certificate file.
        ca: PathBuf,
    },

    /// A certificate's validity period ended.
    #[error(
        "{}: certificate expired on {} (it is now {}); renew it",
        path.display(),
        fmt_time(*not_after),
        fmt_time(*now)
    )]
    Expired {
        /// The certificate file.
        path: PathBuf,
        /// The end of its validity.
        not_after: OffsetDateTime,
        /// The time it was checked at.
        now: OffsetDateTime,
    },

    /// A certificate's validity period has not started yet.
    #[error(
        "{}: certificate is not valid before {} (it is now {}); check the system clock",
        path.display(),
        fmt_time(*not_before),
        fmt_time(*now)
    )]
    NotYetValid {
        /// The certificate file.
        path: PathBuf,
        /// The start of its validity.
        not_before: OffsetDateTime,
        /// The time it was checked at.
        now: OffsetDateTime,
    },

    /// The certificate passed as a CA cannot issue certificates.
    #[error("CA \"{ca}\": {reason}")]
    UnusableCa {
        /// The CA's common name.
        ca: String,
        /// Why it cannot sign, with the fix.
        reason: String,
    },

    /// The requested certificate cannot be expressed.
    #[error("certificate \"{subject}\": {reason}")]
    InvalidSpec {
        /// The requested common name.
        subject: String,
        /// What is wrong with the request.
        reason: String,
    },

    /// The signing library failed while building a certificate.
    #[error("cannot issue certificate \"{subject}\": {reason}")]
    Issue {
        /// The requested common name.
        subject: String,
        /// The library's error.
        reason: String,
    },

    /// The key generator failed.
    #[error("cannot generate a {algorithm} key: {reason}")]
    KeyGeneration {
        /// The algorithm asked for.
        algorithm: KeyAlgorithm,
        /// The backend's error.
        reason: String,
    },
}

impl PkiError {
    /// True when the error is a missing file, so a caller can decide to create it instead.
    pub fn is_not_found(&self) -> bool {
        matches!(self, PkiError::Fs(e) if e.is_not_found())
    }
}

/// A time as RFC 3339 in UTC, to the second: `2027-11-24T10:00:00Z` (for JSON results).
pub fn rfc3339(t: OffsetDateTime) -> String {
    let utc = t.to_offset(time::UtcOffset::UTC);
    let utc = utc.replace_nanosecond(0).unwrap_or(utc);
    utc.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_else(|_| utc.to_string())
}

/// Formats a time the way every message of this crate shows it: `2025-01-31 12:00:00 UTC`.
pub fn fmt_time(t: OffsetDateTime) -> String {
    let utc = t.to_offset(time::UtcOffset::UTC);
    utc.format(format_description!(
        "[year]-[month]-[day] [hour]:[minute]:[second] UTC"
    ))
    .unwrap_or_else(|_| utc.to_string())
}
