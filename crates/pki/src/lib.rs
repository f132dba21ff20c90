//! Keys, X.509 certificates, PEM files, inspection and atomic file writes for kadm.
//!
//! This crate holds no Kubernetes policy: callers decide subjects, SANs, usages and file names.
//! It makes keys ([`KeyGenerator`], [`default_generator`], [`generate_keys`]), issues
//! certificates ([`self_signed_ca`], [`sign`]), reads them back ([`Certificate`], [`load_pair`])
//! and writes files safely ([`fsx::write_batch`]).
//!
//! Cargo feature `openssl-vendored` (off by default): adds `OpensslKeyGenerator`, which builds a
//! recent OpenSSL from source (several minutes, needs perl, make and a C compiler), and makes it
//! the [`default_generator`]. `docs/performance.md` has the figures behind the choice.

mod cert;
mod error;
pub mod fsx;
#[cfg(feature = "fuzzing")]
pub mod fuzzing;
mod issue;
mod key;
mod observe;
#[cfg(feature = "openssl-vendored")]
mod openssl_gen;
mod pem_util;

use std::path::Path;

pub use cert::{CertSpec, Certificate, ExtendedUsage, KeyUsage};
pub use error::{fmt_time, PkiError};
pub use issue::{self_signed_ca, sign, CertifiedKey, Signed, BACKDATE};
pub use key::{
    default_generator, generate_keys, AwsLcKeyGenerator, KeyAlgorithm, KeyGenerator, PrivateKey,
};
pub use observe::Observed;
#[cfg(feature = "openssl-vendored")]
pub use openssl_gen::OpensslKeyGenerator;

/// Reads a text file, naming it in the error.
fn read_text(path: &Path) -> Result<String, PkiError> {
    std::fs::read_to_string(path).map_err(|e| PkiError::io(path, "read the file", e))
}

/// Loads the first certificate of a PEM file.
pub fn load_cert(path: &Path) -> Result<Certificate, PkiError> {
    Certificate::from_pem(&read_text(path)?, path)
}

/// Loads every certificate of a PEM bundle, in order.
pub fn load_certs(path: &Path) -> Result<Vec<Certificate>, PkiError> {
    Certificate::all_from_pem(&read_text(path)?, path)
}

/// Loads a PEM private key (PKCS#1, SEC1 or PKCS#8).
pub fn load_key(path: &Path) -> Result<PrivateKey, PkiError> {
    PrivateKey::from_pem(&read_text(path)?, path)
}

/// Loads a certificate and its key and checks that they belong together.
pub fn load_pair(cert_path: &Path, key_path: &Path) -> Result<CertifiedKey, PkiError> {
    let cert = load_cert(cert_path)?;
    let key = load_key(key_path)?;
    if !cert.matches_key(&key) {
        return Err(PkiError::KeyMismatch {
            cert: cert_path.to_path_buf(),
            key: key_path.to_path_buf(),
        });
    }
    Ok(CertifiedKey { cert, key })
}

#[cfg(test)]
mod tests;
