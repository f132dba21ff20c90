//! The detached JWS that proves a `cluster-info` kubeconfig came from someone holding a bootstrap
//! token (RFC 7515, appendix F), as the controller-manager's bootstrap signer writes it under
//! `jws-kubeconfig-<token-id>`.
//!
//! Upstream (`k8s.io/cluster-bootstrap/token/jws`) signs with HS256 keyed by the token's
//! *secret* part, puts the token id in the protected header as `kid`, and drops the payload from
//! the compact form: `<base64url(header)>..<base64url(signature)>`. Go encodes the header map
//! with sorted keys and no spaces: `{"alg":"HS256","kid":"<id>"}`.

use aws_lc_rs::hmac;
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use kadm_bootstrap_token::BootstrapToken;

/// The protected header for a token id, byte for byte as go-jose writes it.
fn header(token_id: &str) -> String {
    serde_json::json!({ "alg": "HS256", "kid": token_id }).to_string()
}

/// The detached JWS over `content` for `token`: `<header>..<signature>`, both base64url without
/// padding. A joining node recomputes it from the token it was given and compares.
pub fn detached_signature(content: &str, token: &BootstrapToken) -> String {
    let header = URL_SAFE_NO_PAD.encode(header(token.id()));
    let payload = URL_SAFE_NO_PAD.encode(content);
    let key = hmac::Key::new(hmac::HMAC_SHA256, token.secret().as_bytes());
    let tag = hmac::sign(&key, format!("{header}.{payload}").as_bytes());
    format!("{header}..{}", URL_SAFE_NO_PAD.encode(tag.as_ref()))
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
}
