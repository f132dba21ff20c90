//! Keys, X.509 certificates, PEM files and inspection for kadm.
//!
//! This crate holds no Kubernetes policy: callers decide subjects, SANs, usages and file names.
//! It makes keys ([`KeyGenerator`], [`default_generator`], [`generate_keys`]), issues
//! certificates ([`self_signed_ca`], [`sign`]) and reads them back ([`Certificate`],
//! [`load_pair`]); files are read through the node's [`Root`] (bounded, inside `--rootfs`).
//!
//! Cargo feature `openssl-vendored` (off by default): adds `OpensslKeyGenerator`, which builds a
//! recent OpenSSL from source (several minutes, needs perl, make and a C compiler), and makes it
//! the [`default_generator`]. `docs/performance.md` has the figures behind the choice.

mod cert;
mod error;
#[cfg(feature = "fuzzing")]
pub mod fuzzing;
mod issue;
mod key;
mod name;
mod observe;
#[cfg(feature = "openssl-vendored")]
mod openssl_gen;
mod pem_util;

use std::path::Path;

use kadm_node_fs::{Limit, Root};

pub use cert::{CertSpec, Certificate, ExtendedUsage, KeyUsage, UnsupportedKeyType};
pub use error::{PkiError, fmt_time, rfc3339};
pub use issue::{BACKDATE, CertifiedKey, Signed, csr_pem, self_signed_ca, sign};
pub use key::{
    AwsLcKeyGenerator, KeyAlgorithm, KeyGenerator, PrivateKey, default_generator, generate_keys,
};
pub use observe::Observed;
#[cfg(feature = "openssl-vendored")]
pub use openssl_gen::OpensslKeyGenerator;

/// The SHA-256 digest of `bytes` as lowercase hex (what `sha256sum` prints).
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, bytes);
    digest.as_ref().iter().map(|b| format!("{b:02x}")).collect()
}

/// Reads a PEM file of the node, naming it in the error.
fn read_text(root: &Root, path: &Path) -> Result<String, PkiError> {
    pem_text(root.read(path, Limit::PEM)?, path)
}

/// The bytes of a PEM file (`source` names it) as text; a DER file, or any other binary file, is
/// an error that says what it is.
pub fn pem_text(bytes: Vec<u8>, source: &Path) -> Result<String, PkiError> {
    String::from_utf8(bytes).map_err(|e| {
        let bytes = e.into_bytes();
        if pem_util::is_der(&bytes) {
            PkiError::Der {
                path: source.to_path_buf(),
            }
        } else {
            PkiError::Binary {
                path: source.to_path_buf(),
            }
        }
    })
}

/// Loads the first certificate of a PEM file.
pub fn load_cert(root: &Root, path: &Path) -> Result<Certificate, PkiError> {
    Certificate::from_pem(&read_text(root, path)?, path)
}

/// Loads every certificate of a PEM bundle, in order.
pub fn load_certs(root: &Root, path: &Path) -> Result<Vec<Certificate>, PkiError> {
    Certificate::all_from_pem(&read_text(root, path)?, path)
}

/// Loads a PEM private key (PKCS#1, SEC1 or PKCS#8).
pub fn load_key(root: &Root, path: &Path) -> Result<PrivateKey, PkiError> {
    PrivateKey::from_pem(&read_text(root, path)?, path)
}

/// Loads a certificate and its key and checks that they belong together.
pub fn load_pair(root: &Root, cert_path: &Path, key_path: &Path) -> Result<CertifiedKey, PkiError> {
    let cert = load_cert(root, cert_path)?;
    let key = load_key(root, key_path)?;
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
