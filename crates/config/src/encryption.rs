//! `encryptionAlgorithm`: the key type kubeadm uses for every key it generates.

use std::fmt;
use std::str::FromStr;

/// Key algorithm for generated keys, spelled in the file as kubeadm spells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum EncryptionAlgorithm {
    /// `RSA-2048` (kubeadm's default).
    #[default]
    Rsa2048,
    /// `RSA-3072`.
    Rsa3072,
    /// `RSA-4096`.
    Rsa4096,
    /// `ECDSA-P256`.
    EcdsaP256,
    /// `ECDSA-P384`.
    EcdsaP384,
}

impl EncryptionAlgorithm {
    /// Every accepted value, in the order kubeadm documents them.
    pub const ALL: [EncryptionAlgorithm; 5] = [
        EncryptionAlgorithm::Rsa2048,
        EncryptionAlgorithm::Rsa3072,
        EncryptionAlgorithm::Rsa4096,
        EncryptionAlgorithm::EcdsaP256,
        EncryptionAlgorithm::EcdsaP384,
    ];

    /// The spelling used in the configuration file.
    pub const fn as_str(self) -> &'static str {
        match self {
            EncryptionAlgorithm::Rsa2048 => "RSA-2048",
            EncryptionAlgorithm::Rsa3072 => "RSA-3072",
            EncryptionAlgorithm::Rsa4096 => "RSA-4096",
            EncryptionAlgorithm::EcdsaP256 => "ECDSA-P256",
            EncryptionAlgorithm::EcdsaP384 => "ECDSA-P384",
        }
    }

    /// The accepted spellings joined with commas, for error messages.
    pub fn choices() -> String {
        Self::ALL.map(Self::as_str).join(", ")
    }
}

impl fmt::Display for EncryptionAlgorithm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A string that names no supported algorithm.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown encryption algorithm {}: expected one of {choices}", crate::excerpt::value(.0), choices = EncryptionAlgorithm::choices())]
pub struct ParseEncryptionAlgorithmError(pub String);

impl FromStr for EncryptionAlgorithm {
    type Err = ParseEncryptionAlgorithmError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|a| a.as_str() == s)
            .ok_or_else(|| ParseEncryptionAlgorithmError(s.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_every_spelling() {
        for algorithm in EncryptionAlgorithm::ALL {
            assert_eq!(algorithm.to_string().parse(), Ok(algorithm));
        }
        assert_eq!(EncryptionAlgorithm::default().to_string(), "RSA-2048");
    }

    #[test]
    fn unknown_value_lists_the_choices() {
        let err = "rsa-2048".parse::<EncryptionAlgorithm>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "unknown encryption algorithm \"rsa-2048\": expected one of RSA-2048, RSA-3072, RSA-4096, ECDSA-P256, ECDSA-P384"
        );
    }
}
