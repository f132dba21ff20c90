//! What the fuzz targets `cert` and `key` (in `fuzz/` at the repository root) run on every input;
//! the corpus test of `kadm-kubeconfig` runs them on every seed and past crash under
//! `cargo test`.
//!
//! Only built with the `fuzzing` feature, which the fuzz crate and that test turn on.

use std::path::Path;
use std::time::Duration;

use crate::{Certificate, PkiError, PrivateKey};

/// The name given to the fuzzed bytes in error messages.
pub const SOURCE: &str = "/fuzz/pki/file";

/// Reads `data` as a certificate the three ways kadm does (DER, first PEM block, PEM bundle) and
/// checks what must hold for any input: nothing panics, every accessor returns, and a
/// certificate read back from its own PEM or DER is the same certificate. Returns the error
/// messages met, for the caller to check that they do not quote the input at length.
///
/// Panics (with the reason) when one of these properties does not hold.
pub fn check_cert(data: &[u8]) -> Vec<String> {
    let source = Path::new(SOURCE);
    let mut errors = Vec::new();
    let mut certs = Vec::new();
    let mut keep = |result: Result<Vec<Certificate>, PkiError>| match result {
        Ok(found) => certs.extend(found),
        Err(e) => errors.push(e.to_string()),
    };
    // A DER certificate starts with a SEQUENCE tag; anything else is read as PEM text.
    if data.first() == Some(&0x30) {
        keep(Certificate::from_der(data, source).map(|c| vec![c]));
    } else if let Ok(text) = std::str::from_utf8(data) {
        keep(Certificate::from_pem(text, source).map(|c| vec![c]));
        keep(Certificate::all_from_pem(text, source));
    }
    for cert in &certs {
        let from_der = Certificate::from_der(cert.der(), source)
            .unwrap_or_else(|e| panic!("a parsed certificate's own DER does not parse: {e}"));
        let from_pem = Certificate::from_pem(cert.to_pem(), source)
            .unwrap_or_else(|e| panic!("a parsed certificate's own PEM does not parse: {e}"));
        assert!(
            from_der == *cert && from_pem == *cert,
            "round trip changed the DER"
        );
        // Every accessor the commands call must return for any certificate that parsed.
        let _ = (
            (
                cert.common_name(),
                cert.issuer_common_name(),
                cert.organizations(),
            ),
            (
                cert.dns_names(),
                cert.ip_addresses(),
                cert.is_ca(),
                cert.key_usages(),
            ),
            (cert.extended_usages(), cert.not_before(), cert.not_after()),
            (
                cert.serial_hex(),
                cert.public_key_der(),
                cert.subject_key_id(),
            ),
            (
                cert.authority_key_id(),
                cert.renewal_spec(Duration::from_secs(3600)),
            ),
        );
        if let Err(e) = cert.key_algorithm() {
            errors.push(e.to_string());
        }
        if let Err(e) = cert.check_valid_at(cert.not_before(), source) {
            errors.push(e.to_string());
        }
        // Signature checks over every pair, as `certs check-expiration` does with a bundle.
        for issuer in &certs {
            let _ = cert.is_signed_by(issuer);
        }
    }
    errors
}

/// Reads `data` as a PEM private key and checks what must hold for any input: nothing panics,
/// and a key that loads writes PEM (kubeadm's form and PKCS#8) that loads back to the same key.
/// Returns the error messages met, for the caller to check that they do not quote the input.
///
/// Panics (with the reason) when one of these properties does not hold.
pub fn check_key(data: &[u8]) -> Vec<String> {
    let source = Path::new(SOURCE);
    let Ok(text) = std::str::from_utf8(data) else {
        return Vec::new();
    };
    let key = match PrivateKey::from_pem(text, source) {
        Ok(key) => key,
        Err(e) => return vec![e.to_string()],
    };
    for written in [key.to_pem(), key.to_pkcs8_pem()] {
        let again = PrivateKey::from_pem(&written, source)
            .unwrap_or_else(|e| panic!("a loaded key's own PEM does not load: {e}"));
        assert_eq!(again.algorithm(), key.algorithm());
        assert_eq!(
            again.public_key_der(),
            key.public_key_der(),
            "round trip changed the key"
        );
    }
    let _ = key.public_key_pem();
    Vec::new()
}
