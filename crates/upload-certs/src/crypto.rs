//! The certificate key and kubeadm's encryption of the shared files (`cmd/kubeadm/app/util/crypto`:
//! `EncryptBytes`/`DecryptBytes`): AES-256-GCM under the 32-byte key, a random 12-byte nonce
//! prepended to the ciphertext and its 16-byte tag, no additional data.

use std::fmt;

use aws_lc_rs::aead::{AES_256_GCM, Aad, LessSafeKey, NONCE_LEN, Nonce, UnboundKey};
use aws_lc_rs::rand::{SecureRandom, SystemRandom};

/// Bytes of a certificate key.
pub const KEY_LEN: usize = 32;

/// The key that encrypts the kubeadm-certs Secret: 32 bytes, written as 64 hex digits.
/// `Debug` and `Display` hide it; [`CertificateKey::expose`] shows it.
#[derive(Clone, PartialEq, Eq)]
pub struct CertificateKey([u8; KEY_LEN]);

/// A string that is not 64 hex digits. The message never shows the string.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "invalid certificate key ({len} characters): expected 64 hexadecimal digits (32 bytes), as \
     `openssl rand -hex 32` prints"
)]
pub struct KeyError {
    len: usize,
}

/// The system's secure random source failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the system's secure random source failed (check that getrandom(2) works)")]
pub struct RandomError;

/// Why a value does not decrypt.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecryptError {
    /// Shorter than a nonce and a tag.
    #[error("the value is too short ({0} bytes) to hold a nonce and a tag")]
    TooShort(usize),
    /// The tag does not match: another key, or the value was changed.
    #[error(
        "the value does not decrypt with this certificate key (another key, or a changed value)"
    )]
    Mismatch,
}

impl CertificateKey {
    /// A new key from the system's secure random source.
    pub fn generate() -> Result<CertificateKey, RandomError> {
        let mut key = [0u8; KEY_LEN];
        SystemRandom::new()
            .fill(&mut key)
            .map_err(|_| RandomError)?;
        Ok(CertificateKey(key))
    }

    /// Reads 64 hex digits (either case).
    pub fn parse(text: &str) -> Result<CertificateKey, KeyError> {
        let fail = || KeyError {
            len: text.chars().count(),
        };
        if text.len() != 2 * KEY_LEN {
            return Err(fail());
        }
        let mut key = [0u8; KEY_LEN];
        for (i, pair) in text.as_bytes().chunks(2).enumerate() {
            let digit = |b: u8| char::from(b).to_digit(16);
            match (digit(pair[0]), digit(pair[1])) {
                (Some(hi), Some(lo)) => key[i] = (hi * 16 + lo) as u8,
                _ => return Err(fail()),
            }
        }
        Ok(CertificateKey(key))
    }

    /// The key as 64 lowercase hex digits, for the places that must show it.
    pub fn expose(&self) -> String {
        self.0.iter().map(|b| format!("{b:02x}")).collect()
    }

    fn aead(&self) -> LessSafeKey {
        // A 32-byte key is always a valid AES-256 key.
        LessSafeKey::new(UnboundKey::new(&AES_256_GCM, &self.0).expect("a 32-byte key"))
    }
}

impl fmt::Debug for CertificateKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("CertificateKey(<hidden>)")
    }
}

impl fmt::Display for CertificateKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<certificate key hidden>")
    }
}

/// `data` encrypted as kubeadm does: nonce, ciphertext, tag.
pub fn encrypt(data: &[u8], key: &CertificateKey) -> Result<Vec<u8>, RandomError> {
    let mut nonce = [0u8; NONCE_LEN];
    SystemRandom::new()
        .fill(&mut nonce)
        .map_err(|_| RandomError)?;
    let mut sealed = data.to_vec();
    key.aead()
        .seal_in_place_append_tag(
            Nonce::assume_unique_for_key(nonce),
            Aad::empty(),
            &mut sealed,
        )
        .map_err(|_| RandomError)?;
    let mut out = nonce.to_vec();
    out.append(&mut sealed);
    Ok(out)
}

/// The plaintext of a value [`encrypt`] (or kubeadm) made under `key`.
pub fn decrypt(data: &[u8], key: &CertificateKey) -> Result<Vec<u8>, DecryptError> {
    let tag_len = AES_256_GCM.tag_len();
    if data.len() < NONCE_LEN + tag_len {
        return Err(DecryptError::TooShort(data.len()));
    }
    let (nonce, sealed) = data.split_at(NONCE_LEN);
    let nonce = Nonce::try_assume_unique_for_key(nonce).map_err(|_| DecryptError::Mismatch)?;
    let mut in_out = sealed.to_vec();
    let plain = key
        .aead()
        .open_in_place(nonce, Aad::empty(), &mut in_out)
        .map_err(|_| DecryptError::Mismatch)?;
    Ok(plain.to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_parse_from_hex_and_hide_themselves() {
        let hex = "00112233445566778899aabbccddeeff00112233445566778899AABBCCDDEEFF";
        let key = CertificateKey::parse(hex).unwrap();
        assert_eq!(key.expose(), hex.to_lowercase());
        for shown in [format!("{key}"), format!("{key:?}")] {
            assert!(!shown.contains("0011"), "{shown}");
        }
        for bad in [
            "",
            "00",
            &hex[1..],
            &format!("{hex}0"),
            &hex.replace('0', "g"),
        ] {
            let err = CertificateKey::parse(bad).unwrap_err().to_string();
            assert!(err.contains("64 hexadecimal digits"), "{err}");
            assert!(!err.contains("1122"), "{err}");
        }
        let a = CertificateKey::generate().unwrap();
        assert_ne!(a, CertificateKey::generate().unwrap());
        assert_eq!(CertificateKey::parse(&a.expose()).unwrap(), a);
    }

    #[test]
    fn values_are_nonce_ciphertext_tag_and_decrypt_back() {
        let key = CertificateKey::generate().unwrap();
        let data = b"-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
        let sealed = encrypt(data, &key).unwrap();
        assert_eq!(sealed.len(), 12 + data.len() + 16);
        assert_ne!(&sealed[12..12 + data.len()], &data[..]);
        assert_eq!(decrypt(&sealed, &key).unwrap(), data);
        assert_ne!(
            encrypt(data, &key).unwrap(),
            sealed,
            "a fresh nonce each time"
        );

        let other = CertificateKey::generate().unwrap();
        assert_eq!(decrypt(&sealed, &other), Err(DecryptError::Mismatch));
        let mut changed = sealed.clone();
        changed[20] ^= 1;
        assert_eq!(decrypt(&changed, &key), Err(DecryptError::Mismatch));
        assert_eq!(
            decrypt(&sealed[..27], &key),
            Err(DecryptError::TooShort(27))
        );
    }

    /// Go's `cipher.NewGCM` with the same key, nonce and plaintext gives the same bytes: checked
    /// against the AES-GCM test vector of the GCM specification (test case 14: 256-bit zero key,
    /// zero nonce, one zero block).
    #[test]
    fn matches_the_gcm_specification_vector() {
        let key = CertificateKey([0u8; 32]);
        let mut in_out = vec![0u8; 16];
        key.aead()
            .seal_in_place_append_tag(
                Nonce::assume_unique_for_key([0u8; 12]),
                Aad::empty(),
                &mut in_out,
            )
            .unwrap();
        let hex: String = in_out.iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(
            hex,
            "cea7403d4d606b6e074ec5d3baf39d18d0d1c8a799996bf0265b98b5d48ab919"
        );
        let mut sealed = vec![0u8; 12];
        sealed.extend_from_slice(&in_out);
        assert_eq!(decrypt(&sealed, &key).unwrap(), vec![0u8; 16]);
    }
}
