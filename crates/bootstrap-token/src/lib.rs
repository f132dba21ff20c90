//! kubeadm's bootstrap tokens and the CA certificate hash `kubeadm join` pins.
//!
//! A bootstrap token is `<id>.<secret>`: six then sixteen characters of `[a-z0-9]`. The id is
//! public (it names the token's Secret, `bootstrap-token-<id>`, in `kube-system`); the secret is
//! what authenticates a joining node, so this crate never prints it unless asked by name
//! ([`BootstrapToken::expose`]).
//!
//! The CA certificate hash is what `kubeadm join --discovery-token-ca-cert-hash` takes:
//! `sha256:` and the lowercase hex SHA-256 of the CA certificate's DER `SubjectPublicKeyInfo`.

use std::fmt;
use std::str::FromStr;

use aws_lc_rs::digest;
use aws_lc_rs::rand::{SecureRandom, SystemRandom};

pub mod jws;
#[cfg(test)]
mod tests;

/// Characters of a token's id.
pub const ID_LEN: usize = 6;
/// Characters of a token's secret.
pub const SECRET_LEN: usize = 16;
/// The form every token has, as kubeadm states it.
pub const FORMAT: &str = "[a-z0-9]{6}.[a-z0-9]{16}";
/// The prefix of a CA certificate hash: the only hash kind kubeadm accepts.
pub const HASH_PREFIX: &str = "sha256:";

/// The alphabet of ids and secrets.
const ALPHABET: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

/// A bootstrap token, `<id>.<secret>`, known to have kubeadm's form.
///
/// `Debug` and `Display` show the id and hide the secret: `abcdef.<secret hidden>`.
#[derive(Clone, PartialEq, Eq)]
pub struct BootstrapToken {
    id: String,
    secret: String,
}

/// Why a string is not a bootstrap token. The message shows at most the first six characters of
/// what was given (no more than an id), never the secret.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "invalid bootstrap token{shown}: {problem}; a token has the form {form} (6 then 16 \
     lowercase letters or digits), e.g. as `kadm token generate` prints one",
    shown = ShownPrefix(.prefix),
    form = FORMAT
)]
pub struct ParseError {
    /// The first characters of what was given, at most [`ID_LEN`].
    prefix: String,
    /// What is wrong with it.
    problem: Problem,
}

/// What is wrong with a string that is not a token.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Problem {
    /// No `.` between id and secret.
    #[error("no '.' between the id and the secret")]
    MissingDot,
    /// The id does not have six characters.
    #[error("the id has {0} characters, not 6")]
    IdLength(usize),
    /// The secret does not have sixteen characters.
    #[error("the secret has {0} characters, not 16")]
    SecretLength(usize),
    /// A character outside `[a-z0-9]`, in the id or the secret.
    #[error("the {0} holds a character other than a-z and 0-9")]
    Character(&'static str),
}

impl ParseError {
    /// What is wrong with the string.
    pub fn problem(&self) -> &Problem {
        &self.problem
    }
}

/// ` starting with "abc"`, or nothing for an empty prefix.
struct ShownPrefix<'a>(&'a str);

impl fmt::Display for ShownPrefix<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            Ok(())
        } else {
            write!(f, " starting with {:?}", self.0)
        }
    }
}

/// Whether every byte of `part` is in the alphabet.
fn in_alphabet(part: &str) -> bool {
    part.bytes().all(|b| ALPHABET.contains(&b))
}

impl BootstrapToken {
    /// Parses `<id>.<secret>` as kubeadm does (exactly `[a-z0-9]{6}.[a-z0-9]{16}`, nothing around
    /// it).
    pub fn parse(text: &str) -> Result<BootstrapToken, ParseError> {
        let fail = |problem| ParseError {
            prefix: text.chars().take(ID_LEN).collect(),
            problem,
        };
        let (id, secret) = text
            .split_once('.')
            .ok_or_else(|| fail(Problem::MissingDot))?;
        let id_len = id.chars().count();
        if id_len != ID_LEN {
            return Err(fail(Problem::IdLength(id_len)));
        }
        let secret_len = secret.chars().count();
        if secret_len != SECRET_LEN {
            return Err(fail(Problem::SecretLength(secret_len)));
        }
        if !in_alphabet(id) {
            return Err(fail(Problem::Character("id")));
        }
        if !in_alphabet(secret) {
            return Err(fail(Problem::Character("secret")));
        }
        Ok(BootstrapToken {
            id: id.to_string(),
            secret: secret.to_string(),
        })
    }

    /// A new token from the system's secure random source, every character uniform over
    /// `[a-z0-9]` (as `kubeadm token generate`).
    pub fn generate() -> Result<BootstrapToken, RandomError> {
        let rng = SystemRandom::new();
        Ok(BootstrapToken {
            id: random_chars(&rng, ID_LEN)?,
            secret: random_chars(&rng, SECRET_LEN)?,
        })
    }

    /// The public id: it names the token's Secret, `bootstrap-token-<id>`.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The secret part. Whoever holds it with the id can join a node to the cluster.
    pub fn secret(&self) -> &str {
        &self.secret
    }

    /// The whole token, `<id>.<secret>`, for the places that must show it (`kadm token
    /// generate`, a join command).
    pub fn expose(&self) -> String {
        format!("{}.{}", self.id, self.secret)
    }
}

/// `n` characters of the alphabet, each uniform: a random byte is kept only below the largest
/// multiple of 36 that fits in a byte (252), so no character is likelier than another.
fn random_chars(rng: &impl SecureRandom, n: usize) -> Result<String, RandomError> {
    const LIMIT: u8 = (256 - 256 % ALPHABET.len()) as u8;
    let mut out = String::with_capacity(n);
    let mut buf = [0u8; 32];
    while out.len() < n {
        rng.fill(&mut buf).map_err(|_| RandomError)?;
        for b in buf.iter().filter(|b| **b < LIMIT) {
            if out.len() == n {
                break;
            }
            out.push(char::from(ALPHABET[usize::from(*b) % ALPHABET.len()]));
        }
    }
    Ok(out)
}

/// The system's secure random source failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "the system's secure random source failed; no token was made (check that /dev/urandom or getrandom(2) works)"
)]
pub struct RandomError;

impl FromStr for BootstrapToken {
    type Err = ParseError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        BootstrapToken::parse(text)
    }
}

impl fmt::Display for BootstrapToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.<secret hidden>", self.id)
    }
}

impl fmt::Debug for BootstrapToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BootstrapToken")
            .field("id", &self.id)
            .field("secret", &"<hidden>")
            .finish()
    }
}

/// The hash `kubeadm join --discovery-token-ca-cert-hash` takes for a CA certificate:
/// `sha256:` and the lowercase hex SHA-256 of its DER `SubjectPublicKeyInfo` (`spki_der`, e.g.
/// `kadm_pki::Certificate::public_key_der()`). It pins the CA's public key, not the certificate:
/// a CA re-issued with the same key keeps its hash.
pub fn ca_cert_hash(spki_der: &[u8]) -> String {
    let digest = digest::digest(&digest::SHA256, spki_der);
    let mut out = String::with_capacity(HASH_PREFIX.len() + 64);
    out.push_str(HASH_PREFIX);
    for b in digest.as_ref() {
        out.push(char::from(HEX[usize::from(b >> 4)]));
        out.push(char::from(HEX[usize::from(b & 0xf)]));
    }
    out
}

/// Lowercase hex digits.
const HEX: &[u8; 16] = b"0123456789abcdef";
