//! The detached JWS that proves a `cluster-info` kubeconfig came from someone holding a bootstrap
//! token (RFC 7515, appendix F), as the controller-manager's bootstrap signer writes it under
//! `jws-kubeconfig-<token-id>`, and its check on the joining side: one home for signer and
//! verifier.
//!
//! Upstream (`k8s.io/cluster-bootstrap/token/jws`) signs with HS256 keyed by the token's
//! *secret* part, puts the token id in the protected header as `kid`, and drops the payload from
//! the compact form: `<base64url(header)>..<base64url(signature)>`. Go encodes the header map
//! with sorted keys and no spaces: `{"alg":"HS256","kid":"<id>"}`.

use aws_lc_rs::hmac;
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

use crate::BootstrapToken;

/// The ConfigMap (in `kube-public`) a joining node discovers the cluster from.
pub const CLUSTER_INFO: &str = "cluster-info";
/// The key of `cluster-info`'s kubeconfig.
pub const KUBECONFIG_KEY: &str = "kubeconfig";
/// The key prefix of the per-token signatures in `cluster-info`.
pub const KEY_PREFIX: &str = "jws-kubeconfig-";

/// The `cluster-info` key holding the signature made with the token `token_id`.
pub fn signature_key(token_id: &str) -> String {
    format!("{KEY_PREFIX}{token_id}")
}

/// The protected header for a token id, byte for byte as go-jose writes it. A token id is
/// `[a-z0-9]{6}`, so nothing in it needs JSON escaping.
fn header(token_id: &str) -> String {
    format!(r#"{{"alg":"HS256","kid":"{token_id}"}}"#)
}

/// The detached JWS over `content` for `token`: `<header>..<signature>`, both base64url without
/// padding.
pub fn detached_signature(content: &str, token: &BootstrapToken) -> String {
    let header = URL_SAFE_NO_PAD.encode(header(token.id()));
    let payload = URL_SAFE_NO_PAD.encode(content);
    let key = hmac::Key::new(hmac::HMAC_SHA256, token.secret().as_bytes());
    let tag = hmac::sign(&key, format!("{header}.{payload}").as_bytes());
    format!("{header}..{}", URL_SAFE_NO_PAD.encode(tag.as_ref()))
}

/// Whether `signature` is the detached JWS of `content` for `token`, as the joining node checks
/// it: recomputed from the token it was given and compared in constant time, so a forger learns
/// nothing from how long the comparison took.
pub fn is_valid_detached(signature: &str, content: &str, token: &BootstrapToken) -> bool {
    let expected = detached_signature(content, token);
    // aws-lc's CRYPTO_memcmp; the length of a valid signature is public anyway.
    aws_lc_rs::constant_time::verify_slices_are_equal(expected.as_bytes(), signature.as_bytes())
        .is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_header_is_gos_sorted_compact_json() {
        assert_eq!(header("abcdef"), r#"{"alg":"HS256","kid":"abcdef"}"#);
    }

    /// A value computed by hand from RFC 7515's steps (HMAC-SHA256 of `header.payload` keyed by
    /// the secret), so a change of key, header or encoding shows.
    #[test]
    fn signature_matches_a_known_value() {
        let token = BootstrapToken::parse("abcdef.0123456789abcdef").unwrap();
        let sig = detached_signature("hello", &token);
        let (head, tail) = sig.split_once("..").unwrap();
        assert_eq!(head, "eyJhbGciOiJIUzI1NiIsImtpZCI6ImFiY2RlZiJ9");
        assert!(!tail.contains('=') && !tail.contains('+') && !tail.contains('/'));
        assert_eq!(URL_SAFE_NO_PAD.decode(tail).unwrap().len(), 32);
        let other = BootstrapToken::parse("abcdef.0123456789abcdeg").unwrap();
        assert_ne!(
            detached_signature("hello", &other),
            sig,
            "keyed by the secret"
        );
        assert_ne!(
            detached_signature("hellO", &token),
            sig,
            "covers the content"
        );
    }

    #[test]
    fn the_check_accepts_the_signature_and_nothing_else() {
        let token = BootstrapToken::parse("abcdef.0123456789abcdef").unwrap();
        let sig = detached_signature("hello", &token);
        assert!(is_valid_detached(&sig, "hello", &token));
        assert!(!is_valid_detached(&sig, "hellO", &token), "other content");
        let other = BootstrapToken::parse("abcdef.0123456789abcdeg").unwrap();
        assert!(!is_valid_detached(&sig, "hello", &other), "other secret");
        let other_id = BootstrapToken::parse("abcdeg.0123456789abcdef").unwrap();
        assert!(!is_valid_detached(&sig, "hello", &other_id), "other id");
        let mut flipped = sig.clone().into_bytes();
        let last = flipped.len() - 1;
        flipped[last] = if flipped[last] == b'A' { b'B' } else { b'A' };
        let flipped = String::from_utf8(flipped).unwrap();
        assert!(!is_valid_detached(&flipped, "hello", &token), "one char");
        assert!(!is_valid_detached(&sig[..sig.len() - 1], "hello", &token));
        assert!(!is_valid_detached("", "hello", &token));
    }
}
