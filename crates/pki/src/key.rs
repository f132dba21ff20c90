//! Private keys: algorithms, generation behind a trait, PEM in and out.

use std::fmt;
use std::path::{Path, PathBuf};

use aws_lc_rs::encoding::AsDer;
use aws_lc_rs::signature::{
    ECDSA_P256_SHA256_ASN1_SIGNING, ECDSA_P384_SHA384_ASN1_SIGNING, EcdsaKeyPair,
    EcdsaSigningAlgorithm,
};
use rayon::prelude::*;
use rcgen::{KeyPair, PublicKeyData, RsaKeySize, SignatureAlgorithm};
use x509_parser::asn1_rs::{Any, FromDer, Sequence, Tag};
use x509_parser::oid_registry::{OID_EC_P256, OID_KEY_TYPE_EC_PUBLIC_KEY, OID_NIST_EC_P384};
use x509_parser::public_key::PublicKey;
use x509_parser::x509::SubjectPublicKeyInfo;

use crate::error::PkiError;
use crate::pem_util::{describe_label, encode_pem, pem_blocks};

/// The key types kadm makes and reads; the names match kubeadm's `encryptionAlgorithm` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KeyAlgorithm {
    /// RSA with a 2048-bit modulus (kubeadm's default).
    Rsa2048,
    /// RSA with a 3072-bit modulus.
    Rsa3072,
    /// RSA with a 4096-bit modulus.
    Rsa4096,
    /// ECDSA on NIST P-256, signing with SHA-256.
    EcdsaP256,
    /// ECDSA on NIST P-384, signing with SHA-384.
    EcdsaP384,
}

impl KeyAlgorithm {
    /// Every algorithm, in the order kubeadm documents them.
    pub const ALL: [KeyAlgorithm; 5] = [
        KeyAlgorithm::Rsa2048,
        KeyAlgorithm::Rsa3072,
        KeyAlgorithm::Rsa4096,
        KeyAlgorithm::EcdsaP256,
        KeyAlgorithm::EcdsaP384,
    ];

    /// The name kubeadm gives it, e.g. `RSA-2048` (what users type is parsed by `kadm-config`'s
    /// `EncryptionAlgorithm`, which `kadm-init-context` maps here and checks against these names).
    pub fn name(self) -> &'static str {
        match self {
            KeyAlgorithm::Rsa2048 => "RSA-2048",
            KeyAlgorithm::Rsa3072 => "RSA-3072",
            KeyAlgorithm::Rsa4096 => "RSA-4096",
            KeyAlgorithm::EcdsaP256 => "ECDSA-P256",
            KeyAlgorithm::EcdsaP384 => "ECDSA-P384",
        }
    }

    /// True for the RSA variants.
    pub fn is_rsa(self) -> bool {
        matches!(
            self,
            KeyAlgorithm::Rsa2048 | KeyAlgorithm::Rsa3072 | KeyAlgorithm::Rsa4096
        )
    }

    /// The signature algorithm certificates signed by such a key use.
    fn signature_algorithm(self) -> &'static SignatureAlgorithm {
        match self {
            KeyAlgorithm::Rsa2048 | KeyAlgorithm::Rsa3072 | KeyAlgorithm::Rsa4096 => {
                &rcgen::PKCS_RSA_SHA256
            }
            KeyAlgorithm::EcdsaP256 => &rcgen::PKCS_ECDSA_P256_SHA256,
            KeyAlgorithm::EcdsaP384 => &rcgen::PKCS_ECDSA_P384_SHA384,
        }
    }

    fn ecdsa_signing(self) -> Option<&'static EcdsaSigningAlgorithm> {
        match self {
            KeyAlgorithm::EcdsaP256 => Some(&ECDSA_P256_SHA256_ASN1_SIGNING),
            KeyAlgorithm::EcdsaP384 => Some(&ECDSA_P384_SHA384_ASN1_SIGNING),
            _ => None,
        }
    }
}

impl fmt::Display for KeyAlgorithm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Works out the algorithm of a DER `SubjectPublicKeyInfo`; the error describes an unsupported key.
pub(crate) fn algorithm_of_spki(spki_der: &[u8]) -> Result<KeyAlgorithm, String> {
    let (_, spki) = SubjectPublicKeyInfo::from_der(spki_der)
        .map_err(|e| format!("unreadable public key: {e}"))?;
    if spki.algorithm.algorithm == OID_KEY_TYPE_EC_PUBLIC_KEY {
        let curve = spki
            .algorithm
            .parameters
            .as_ref()
            .and_then(|p| p.as_oid().ok());
        return match curve {
            Some(oid) if oid == OID_EC_P256 => Ok(KeyAlgorithm::EcdsaP256),
            Some(oid) if oid == OID_NIST_EC_P384 => Ok(KeyAlgorithm::EcdsaP384),
            Some(oid) => Err(format!("ECDSA on curve {oid}")),
            None => Err("ECDSA without a named curve".to_string()),
        };
    }
    match spki.parsed() {
        Ok(PublicKey::RSA(rsa)) => match rsa.key_size() {
            2048 => Ok(KeyAlgorithm::Rsa2048),
            3072 => Ok(KeyAlgorithm::Rsa3072),
            4096 => Ok(KeyAlgorithm::Rsa4096),
            bits => Err(format!("RSA-{bits}")),
        },
        _ => Err(format!("public key algorithm {}", spki.algorithm.algorithm)),
    }
}

/// A private key of one of the [`KeyAlgorithm`]s, ready to sign certificates.
///
/// `Debug` never shows key material.
pub struct PrivateKey {
    pair: KeyPair,
    algorithm: KeyAlgorithm,
    /// PKCS#1 `RSAPrivateKey` for RSA, SEC1 `ECPrivateKey` (with the curve) for ECDSA.
    traditional_der: Vec<u8>,
}

impl fmt::Debug for PrivateKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PrivateKey")
            .field("algorithm", &self.algorithm)
            .finish_non_exhaustive()
    }
}

impl PrivateKey {
    /// Wraps a key pair made by rcgen, checking that its type is supported.
    ///
    /// `source` names the file (or a description) for error messages.
    pub fn from_rcgen(pair: KeyPair, source: &Path) -> Result<PrivateKey, PkiError> {
        let algorithm = algorithm_of_spki(&pair.subject_public_key_info()).map_err(|found| {
            PkiError::UnsupportedKey {
                path: source.to_path_buf(),
                found,
            }
        })?;
        if !pair.is_compatible(algorithm.signature_algorithm()) {
            return Err(PkiError::UnsupportedKey {
                path: source.to_path_buf(),
                found: format!("{algorithm} key bound to another signature algorithm"),
            });
        }
        let traditional_der =
            traditional_der(algorithm, pair.serialized_der()).map_err(|reason| {
                PkiError::BadKey {
                    path: source.to_path_buf(),
                    reason,
                }
            })?;
        Ok(PrivateKey {
            pair,
            algorithm,
            traditional_der,
        })
    }

    /// The key's algorithm.
    pub fn algorithm(&self) -> KeyAlgorithm {
        self.algorithm
    }

    /// The key as PEM, the way kubeadm writes it: RSA as PKCS#1 `RSA PRIVATE KEY`, ECDSA as SEC1
    /// `EC PRIVATE KEY`.
    pub fn to_pem(&self) -> String {
        let label = if self.algorithm.is_rsa() {
            "RSA PRIVATE KEY"
        } else {
            "EC PRIVATE KEY"
        };
        encode_pem(label, &self.traditional_der)
    }

    /// The key as PKCS#8 `PRIVATE KEY` PEM.
    pub fn to_pkcs8_pem(&self) -> String {
        // rcgen keeps the DER it was built from; generated keys are PKCS#8 already, loaded
        // ones may be PKCS#1 or SEC1, so re-wrap through aws-lc-rs when needed.
        match pkcs8_der(self.algorithm, self.pair.serialized_der()) {
            Some(der) => encode_pem("PRIVATE KEY", &der),
            None => self.pair.serialize_pem(),
        }
    }

    /// The public half as a `PUBLIC KEY` (SubjectPublicKeyInfo) PEM, as in kubeadm's `sa.pub`.
    pub fn public_key_pem(&self) -> String {
        encode_pem("PUBLIC KEY", &self.public_key_der())
    }

    /// The public half as DER `SubjectPublicKeyInfo`.
    pub fn public_key_der(&self) -> Vec<u8> {
        self.pair.subject_public_key_info()
    }

    /// The raw public key (the BIT STRING contents of the SubjectPublicKeyInfo).
    pub(crate) fn public_key_raw(&self) -> &[u8] {
        self.pair.public_key_raw()
    }

    /// The rcgen key pair, for signing.
    pub(crate) fn rcgen(&self) -> &KeyPair {
        &self.pair
    }

    /// Parses a PEM private key: PKCS#1 (`RSA PRIVATE KEY`), SEC1 (`EC PRIVATE KEY`, an
    /// `EC PARAMETERS` block before it is skipped) or PKCS#8 (`PRIVATE KEY`).
    ///
    /// `source` names the file for error messages.
    pub fn from_pem(pem: &str, source: &Path) -> Result<PrivateKey, PkiError> {
        let not_pem = |reason: String| PkiError::NotPem {
            path: source.to_path_buf(),
            kind: "private key",
            reason,
        };
        let blocks = pem_blocks(pem, "PRIVATE KEY").map_err(not_pem)?;
        let block = blocks
            .iter()
            .find(|b| b.tag().ends_with("PRIVATE KEY"))
            .ok_or_else(|| not_pem(missing_block_reason(&blocks, "PRIVATE KEY")))?;
        if block.tag() == "ENCRYPTED PRIVATE KEY" || block.headers().get("Proc-Type").is_some() {
            return Err(PkiError::BadKey {
                path: source.to_path_buf(),
                reason: "the key is encrypted; decrypt it first (openssl pkey -in KEY -out KEY)"
                    .to_string(),
            });
        }
        let pair = KeyPair::try_from(block.contents()).map_err(|e| match e {
            rcgen::Error::CouldNotParseKeyPair => PkiError::BadKey {
                path: source.to_path_buf(),
                reason: match rsa_modulus_bits(block.contents()) {
                    Some(bits) if bits < MIN_RSA_BITS => format!(
                        "an RSA key of {bits} bits is too small: kadm requires at least \
                         {MIN_RSA_BITS} bits (RSA-2048, RSA-3072, RSA-4096) or ECDSA P-256 or \
                         P-384; make a new key"
                    ),
                    _ => "the key is not an RSA or ECDSA (P-256, P-384) key, or is corrupt"
                        .to_string(),
                },
            },
            other => PkiError::BadKey {
                path: source.to_path_buf(),
                reason: other.to_string(),
            },
        })?;
        PrivateKey::from_rcgen(pair, source)
    }
}

/// Explains why no block with the wanted label was found among `blocks`.
pub(crate) fn missing_block_reason(blocks: &[pem::Pem], wanted: &str) -> String {
    if blocks.is_empty() {
        return "no PEM block found".to_string();
    }
    let found: Vec<&str> = blocks.iter().map(|b| describe_label(b.tag())).collect();
    format!(
        "no {} block (found {})",
        describe_label(wanted),
        found.join(", ")
    )
}

/// The smallest RSA modulus kadm reads or makes: kubeadm's smallest `encryptionAlgorithm`.
const MIN_RSA_BITS: usize = 2048;

/// The size in bits of the modulus of an RSA private key (PKCS#1 or PKCS#8 DER), if it is one.
fn rsa_modulus_bits(der: &[u8]) -> Option<usize> {
    let pkcs1 = rsa_pkcs1_der(der)?;
    let (_, key) = Sequence::from_der(&pkcs1).ok()?;
    let (rest, _version) = Any::from_der(&key.content).ok()?;
    let (_, modulus) = Any::from_der(rest).ok()?;
    if modulus.tag() != Tag::Integer {
        return None;
    }
    let digits: &[u8] = modulus.data;
    let start = digits.iter().position(|b| *b != 0)?;
    let leading = digits[start].leading_zeros() as usize;
    Some((digits.len() - start) * 8 - leading)
}

/// Converts a private key's DER (PKCS#8, PKCS#1 or SEC1) to the traditional form kubeadm
/// writes: PKCS#1 for RSA, SEC1 with the named curve for ECDSA.
fn traditional_der(algorithm: KeyAlgorithm, der: &[u8]) -> Result<Vec<u8>, String> {
    match algorithm.ecdsa_signing() {
        Some(signing) => {
            let pair = EcdsaKeyPair::from_private_key_der(signing, der)
                .map_err(|e| format!("cannot read the ECDSA key: {e}"))?;
            let sec1 = pair
                .private_key()
                .as_der()
                .map_err(|_| "cannot encode the ECDSA key as SEC1".to_string())?;
            Ok(sec1.as_ref().to_vec())
        }
        None => rsa_pkcs1_der(der).ok_or_else(|| "not a PKCS#1 or PKCS#8 RSA key".to_string()),
    }
}

/// Returns the PKCS#1 `RSAPrivateKey` inside `der`, which is either PKCS#1 already or PKCS#8.
fn rsa_pkcs1_der(der: &[u8]) -> Option<Vec<u8>> {
    let (_, outer) = Sequence::from_der(der).ok()?;
    let (rest, version) = Any::from_der(&outer.content).ok()?;
    if version.tag() != Tag::Integer {
        return None;
    }
    let (rest, second) = Any::from_der(rest).ok()?;
    match second.tag() {
        // PKCS#1: version, modulus, publicExponent, ...
        Tag::Integer => Some(der.to_vec()),
        // PKCS#8: version, AlgorithmIdentifier, privateKey OCTET STRING (the PKCS#1 key)
        Tag::Sequence => {
            let (_, inner) = Any::from_der(rest).ok()?;
            (inner.tag() == Tag::OctetString).then(|| inner.data.to_vec())
        }
        _ => None,
    }
}

/// Returns the key as PKCS#8 DER, converting from PKCS#1 or SEC1 when needed.
fn pkcs8_der(algorithm: KeyAlgorithm, der: &[u8]) -> Option<Vec<u8>> {
    match algorithm.ecdsa_signing() {
        Some(signing) => {
            let pair = EcdsaKeyPair::from_private_key_der(signing, der).ok()?;
            Some(pair.to_pkcs8v1().ok()?.as_ref().to_vec())
        }
        None => {
            let pair = aws_lc_rs::rsa::KeyPair::from_der(der)
                .or_else(|_| aws_lc_rs::rsa::KeyPair::from_pkcs8(der))
                .ok()?;
            Some(pair.as_der().ok()?.as_ref().to_vec())
        }
    }
}

/// Makes new private keys. [`default_generator`] picks the backend kadm uses: [`AwsLcKeyGenerator`]
/// by default, `OpensslKeyGenerator` with the `openssl-vendored` feature; another (a hardware
/// module, a deterministic one for tests) can be put behind this trait.
pub trait KeyGenerator: Send + Sync {
    /// Generates a fresh key of the given algorithm.
    fn generate(&self, alg: KeyAlgorithm) -> Result<PrivateKey, PkiError>;
}

/// The default key generator: rcgen on top of aws-lc-rs.
#[derive(Debug, Clone, Copy, Default)]
pub struct AwsLcKeyGenerator;

impl KeyGenerator for AwsLcKeyGenerator {
    fn generate(&self, alg: KeyAlgorithm) -> Result<PrivateKey, PkiError> {
        let rsa_size = match alg {
            KeyAlgorithm::Rsa2048 => Some(RsaKeySize::_2048),
            KeyAlgorithm::Rsa3072 => Some(RsaKeySize::_3072),
            KeyAlgorithm::Rsa4096 => Some(RsaKeySize::_4096),
            KeyAlgorithm::EcdsaP256 | KeyAlgorithm::EcdsaP384 => None,
        };
        let sig = alg.signature_algorithm();
        let pair = match rsa_size {
            Some(size) => KeyPair::generate_rsa_for(sig, size),
            None => KeyPair::generate_for(sig),
        }
        .map_err(|e| PkiError::KeyGeneration {
            algorithm: alg,
            reason: e.to_string(),
        })?;
        PrivateKey::from_rcgen(pair, &new_key_source(alg))
    }
}

/// What error messages name as the "file" of a key just generated.
pub(crate) fn new_key_source(alg: KeyAlgorithm) -> PathBuf {
    PathBuf::from(format!("<new {alg} key>"))
}

/// The generator kadm uses, chosen when it is built: [`OpensslKeyGenerator`](crate::OpensslKeyGenerator)
/// with the `openssl-vendored` feature, [`AwsLcKeyGenerator`] otherwise.
pub fn default_generator() -> &'static dyn KeyGenerator {
    #[cfg(feature = "openssl-vendored")]
    {
        &crate::OpensslKeyGenerator
    }
    #[cfg(not(feature = "openssl-vendored"))]
    {
        &AwsLcKeyGenerator
    }
}

/// Generates one key per entry of `algs`, in parallel across the cores; the results are in the
/// same order as `algs`.
pub fn generate_keys(
    r#gen: &dyn KeyGenerator,
    algs: &[KeyAlgorithm],
) -> Vec<Result<PrivateKey, PkiError>> {
    algs.par_iter().map(|&alg| r#gen.generate(alg)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn src() -> PathBuf {
        PathBuf::from("/etc/kubernetes/pki/test.key")
    }

    fn pem_label(text: &str) -> &str {
        text.lines()
            .next()
            .and_then(|l| l.strip_prefix("-----BEGIN "))
            .and_then(|l| l.strip_suffix("-----"))
            .unwrap_or("")
    }

    #[test]
    fn every_algorithm_generates_and_round_trips_in_kubeadm_format() {
        for alg in KeyAlgorithm::ALL {
            let key = AwsLcKeyGenerator.generate(alg).unwrap();
            assert_eq!(key.algorithm(), alg);
            let text = key.to_pem();
            let want = if alg.is_rsa() {
                "RSA PRIVATE KEY"
            } else {
                "EC PRIVATE KEY"
            };
            assert_eq!(pem_label(&text), want, "{alg}");
            assert_eq!(pem_label(&key.public_key_pem()), "PUBLIC KEY");

            let back = PrivateKey::from_pem(&text, &src()).unwrap();
            assert_eq!(back.algorithm(), alg);
            assert_eq!(back.to_pem(), text, "{alg}: PEM must be stable");
            assert_eq!(back.public_key_der(), key.public_key_der());

            // PKCS#8 input is accepted and gives back the same key.
            let pkcs8 = key.to_pkcs8_pem();
            assert_eq!(pem_label(&pkcs8), "PRIVATE KEY");
            let from8 = PrivateKey::from_pem(&pkcs8, &src()).unwrap();
            assert_eq!(from8.algorithm(), alg);
            assert_eq!(
                from8.to_pem(),
                text,
                "{alg}: PKCS#8 and PKCS#1/SEC1 disagree"
            );
        }
    }

    #[test]
    fn sec1_key_keeps_its_curve_and_skips_ec_parameters_block() {
        let key = AwsLcKeyGenerator.generate(KeyAlgorithm::EcdsaP384).unwrap();
        // What `openssl ecparam -genkey` writes: an EC PARAMETERS block first.
        let with_params = format!(
            "-----BEGIN EC PARAMETERS-----\nBgUrgQQAIg==\n-----END EC PARAMETERS-----\n{}",
            key.to_pem()
        );
        let back = PrivateKey::from_pem(&with_params, &src()).unwrap();
        assert_eq!(back.algorithm(), KeyAlgorithm::EcdsaP384);
        // The SEC1 body must carry the named curve (parameters [0]), as Go requires.
        let der = &back.traditional_der;
        let p384_oid = [0x06, 0x05, 0x2b, 0x81, 0x04, 0x00, 0x22];
        assert!(der.windows(p384_oid.len()).any(|w| w == p384_oid));
    }

    #[test]
    fn default_generator_makes_keys_of_the_asked_algorithm() {
        for alg in [KeyAlgorithm::Rsa2048, KeyAlgorithm::EcdsaP384] {
            assert_eq!(default_generator().generate(alg).unwrap().algorithm(), alg);
        }
    }

    #[test]
    fn generate_keys_keeps_input_order() {
        let algs = [
            KeyAlgorithm::EcdsaP384,
            KeyAlgorithm::Rsa2048,
            KeyAlgorithm::EcdsaP256,
            KeyAlgorithm::EcdsaP256,
        ];
        let keys = generate_keys(&AwsLcKeyGenerator, &algs);
        let got: Vec<KeyAlgorithm> = keys
            .iter()
            .map(|k| k.as_ref().unwrap().algorithm())
            .collect();
        assert_eq!(got, algs);
        let (a, b) = (keys[2].as_ref().unwrap(), keys[3].as_ref().unwrap());
        assert_ne!(a.public_key_der(), b.public_key_der());
    }

    #[test]
    fn bad_key_texts_name_the_file() {
        let path = src();
        let key = AwsLcKeyGenerator.generate(KeyAlgorithm::EcdsaP256).unwrap();
        let text = key.to_pem();
        let truncated = &text[..text.len() / 2];
        let body = text.find('\n').unwrap() + 1;
        let corrupt = format!("{}AAAA{}", &text[..body], &text[body + 4..]);
        for (what, input) in [
            ("truncated", truncated.to_string()),
            ("garbage", "hello world".to_string()),
            ("empty", String::new()),
            ("corrupt", corrupt),
            (
                "certificate only",
                "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n".to_string(),
            ),
        ] {
            let err = PrivateKey::from_pem(&input, &path).unwrap_err().to_string();
            assert!(
                err.starts_with("/etc/kubernetes/pki/test.key: "),
                "{what}: {err}"
            );
        }
    }

    #[test]
    fn unsupported_and_encrypted_keys_are_refused_with_reason() {
        let ed = KeyPair::generate_for(&rcgen::PKCS_ED25519).unwrap();
        let err = PrivateKey::from_pem(&ed.serialize_pem(), &src()).unwrap_err();
        assert!(matches!(err, PkiError::UnsupportedKey { .. }), "{err}");
        assert!(
            err.to_string()
                .contains("supported: RSA-2048, RSA-3072, RSA-4096, ECDSA-P256, ECDSA-P384"),
            "{err}"
        );

        let p521 = KeyPair::generate_for(&rcgen::PKCS_ECDSA_P521_SHA512).unwrap();
        let err = PrivateKey::from_pem(&p521.serialize_pem(), &src()).unwrap_err();
        assert!(
            err.to_string()
                .contains("unsupported key type ECDSA on curve"),
            "{err}"
        );

        let enc =
            "-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----\n";
        let err = PrivateKey::from_pem(enc, &src()).unwrap_err().to_string();
        assert!(err.contains("encrypted"), "{err}");
    }

    #[test]
    fn debug_output_hides_key_material() {
        let key = AwsLcKeyGenerator.generate(KeyAlgorithm::EcdsaP256).unwrap();
        assert_eq!(
            format!("{key:?}"),
            "PrivateKey { algorithm: EcdsaP256, .. }"
        );
    }
}
