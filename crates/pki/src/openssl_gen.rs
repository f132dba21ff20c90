//! Key generation with OpenSSL, built from source by the `openssl` crate's `vendored` feature.
//!
//! Only the generation moves to OpenSSL: the key is handed over as PKCS#8 DER and loaded into
//! the same aws-lc-backed [`PrivateKey`] the default backend makes, so signing, PEM output and
//! every caller stay the same whichever backend made the key.

use openssl::ec::{EcGroup, EcKey};
use openssl::error::ErrorStack;
use openssl::nid::Nid;
use openssl::pkey::{PKey, Private};
use openssl::rsa::Rsa;
use rcgen::KeyPair;

use crate::error::PkiError;
use crate::key::{KeyAlgorithm, KeyGenerator, PrivateKey, new_key_source};

/// Generates keys with OpenSSL (feature `openssl-vendored`); RSA prime search is about twice as
/// fast as aws-lc's. See `docs/performance.md` for the figures.
#[derive(Debug, Clone, Copy, Default)]
pub struct OpensslKeyGenerator;

impl KeyGenerator for OpensslKeyGenerator {
    fn generate(&self, alg: KeyAlgorithm) -> Result<PrivateKey, PkiError> {
        let failed = |reason: String| PkiError::KeyGeneration {
            algorithm: alg,
            reason,
        };
        let pkcs8 = openssl_key(alg)
            .and_then(|key| key.private_key_to_pkcs8())
            .map_err(|e| failed(format!("OpenSSL: {e}")))?;
        let pair = KeyPair::try_from(pkcs8.as_slice())
            .map_err(|e| failed(format!("the OpenSSL key did not load into aws-lc: {e}")))?;
        PrivateKey::from_rcgen(pair, &new_key_source(alg))
    }
}

/// A fresh OpenSSL key of `alg`; ECDSA keys carry their named curve, as aws-lc and Go require.
fn openssl_key(alg: KeyAlgorithm) -> Result<PKey<Private>, ErrorStack> {
    let rsa_bits = match alg {
        KeyAlgorithm::Rsa2048 => 2048,
        KeyAlgorithm::Rsa3072 => 3072,
        KeyAlgorithm::Rsa4096 => 4096,
        KeyAlgorithm::EcdsaP256 => return ec_key(Nid::X9_62_PRIME256V1),
        KeyAlgorithm::EcdsaP384 => return ec_key(Nid::SECP384R1),
    };
    PKey::from_rsa(Rsa::generate(rsa_bits)?)
}

fn ec_key(curve: Nid) -> Result<PKey<Private>, ErrorStack> {
    let group = EcGroup::from_curve_name(curve)?;
    PKey::from_ec_key(EcKey::generate(&group)?)
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::issue::tests::{DAY, ca_spec, leaf_spec};
    use crate::key::AwsLcKeyGenerator;

    #[test]
    fn every_algorithm_gives_the_same_kind_of_key_as_aws_lc() {
        let src = Path::new("/etc/kubernetes/pki/test.key");
        for alg in KeyAlgorithm::ALL {
            let key = OpensslKeyGenerator.generate(alg).unwrap();
            let reference = AwsLcKeyGenerator.generate(alg).unwrap();
            assert_eq!(key.algorithm(), alg);
            let text = key.to_pem();
            assert_eq!(
                text.lines().next(),
                reference.to_pem().lines().next(),
                "{alg}: PEM label"
            );
            // Same public-key encoding length (same curve or modulus size) as aws-lc's own key.
            assert_eq!(
                key.public_key_der().len(),
                reference.public_key_der().len(),
                "{alg}"
            );
            let back = PrivateKey::from_pem(&text, src).unwrap();
            assert_eq!(back.public_key_der(), key.public_key_der(), "{alg}");
            assert_eq!(back.to_pem(), text, "{alg}: PEM must be stable");
        }
    }

    #[test]
    fn keys_sign_certificates_that_match_them() {
        for alg in [KeyAlgorithm::Rsa2048, KeyAlgorithm::EcdsaP256] {
            let key = OpensslKeyGenerator.generate(alg).unwrap();
            let ca = crate::self_signed_ca(&ca_spec("openssl-ca", DAY), key).unwrap();
            assert!(ca.cert.matches_key(&ca.key), "{alg}");
            let leaf = crate::sign(
                &leaf_spec("leaf"),
                OpensslKeyGenerator.generate(alg).unwrap(),
                &ca,
            )
            .unwrap();
            assert_eq!(
                leaf.certified.cert.issuer_common_name().as_deref(),
                Some("openssl-ca")
            );
        }
    }

    #[test]
    fn keys_are_fresh() {
        let a = OpensslKeyGenerator
            .generate(KeyAlgorithm::EcdsaP256)
            .unwrap();
        let b = OpensslKeyGenerator
            .generate(KeyAlgorithm::EcdsaP256)
            .unwrap();
        assert_ne!(a.public_key_der(), b.public_key_der());
    }
}
