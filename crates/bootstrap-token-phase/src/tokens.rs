//! Bootstrap tokens as Secrets: the settings of one token ([`TokenSpec`]), its `bootstrap-token-<id>`
//! Secret as kubeadm encodes it, and the tokens an earlier run wrote (read back so a re-run keeps
//! them).

use std::collections::BTreeMap;
use std::time::Duration;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use kadm_bootstrap_token::BootstrapToken;
use kadm_kube_objects::k8s_openapi::ByteString;
use kadm_kube_objects::k8s_openapi::api::core::v1::Secret;
use kadm_kube_objects::{KUBE_SYSTEM, meta};
use serde::Deserialize;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::error::TokenError;

/// The Secret type of bootstrap tokens.
pub const SECRET_TYPE: &str = "bootstrap.kubernetes.io/token";
/// The usages a token may have (`usage-bootstrap-<usage>` keys).
pub const KNOWN_USAGES: [&str; 2] = ["signing", "authentication"];
/// Every extra group of a token starts with this.
pub const GROUP_PREFIX: &str = "system:bootstrappers:";

/// The name of a token's Secret: `bootstrap-token-<id>`.
pub fn secret_name(token_id: &str) -> String {
    format!("bootstrap-token-{token_id}")
}

/// One bootstrap token with the settings its Secret carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenSpec {
    /// The token (`Debug` hides its secret).
    pub token: BootstrapToken,
    /// Free text for `kubectl get secret` readers.
    pub description: String,
    /// When the token stops working (RFC 3339, UTC); `None` never.
    pub expiration: Option<String>,
    /// `signing`, `authentication`.
    pub usages: Vec<String>,
    /// Extra groups the token authenticates as.
    pub groups: Vec<String>,
}

impl TokenSpec {
    /// Whether the bootstrap signer signs `cluster-info` with this token at `now`: it has the
    /// `signing` usage and has not expired (an unreadable expiration counts as expired).
    pub fn signs_at(&self, now: OffsetDateTime) -> bool {
        unexpired(self.expiration.as_deref(), now) && self.usages.iter().any(|u| u == "signing")
    }
}

/// RFC 3339 in UTC with whole seconds, as Go's `time.RFC3339` prints a UTC time.
pub fn rfc3339(at: OffsetDateTime) -> String {
    let at = at.to_offset(time::UtcOffset::UTC);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        at.year(),
        u8::from(at.month()),
        at.day(),
        at.hour(),
        at.minute(),
        at.second()
    )
}

/// Parses an RFC 3339 time (`expires`, a Secret's `expiration`).
pub fn parse_time(text: &str) -> Option<OffsetDateTime> {
    OffsetDateTime::parse(text, &Rfc3339).ok()
}

/// The expiration of a token that lives `ttl` from `now`; none for a zero TTL (kubeadm's "never").
pub fn expiration_after(now: OffsetDateTime, ttl: Duration) -> Option<String> {
    (!ttl.is_zero()).then(|| rfc3339(now + ttl))
}

/// Checks usages and groups as kubeadm does; `field` names where they came from in messages.
pub fn check_usages_and_groups(
    field: &str,
    usages: &[String],
    groups: &[String],
) -> Result<(), TokenError> {
    for usage in usages {
        if !KNOWN_USAGES.contains(&usage.as_str()) {
            return Err(TokenError::Usage {
                field: field.to_string(),
                usage: kadm_config::excerpt::value(usage).to_string(),
            });
        }
    }
    for group in groups {
        if !valid_group(group) {
            return Err(TokenError::Group {
                field: field.to_string(),
                group: kadm_config::excerpt::value(group).to_string(),
            });
        }
    }
    Ok(())
}

/// `system:bootstrappers:[a-z0-9:-]{0,255}[a-z0-9]`, kubeadm's rule for extra groups.
fn valid_group(group: &str) -> bool {
    let Some(rest) = group.strip_prefix(GROUP_PREFIX) else {
        return false;
    };
    let ok = |b: u8| b.is_ascii_lowercase() || b.is_ascii_digit();
    rest.len() <= 256
        && rest.bytes().last().is_some_and(ok)
        && rest.bytes().all(|b| ok(b) || b == b':' || b == b'-')
}

/// The token's Secret as kubeadm encodes it: `data` with `token-id`, `token-secret`,
/// `description` when set, `expiration` when it expires, `usage-bootstrap-<usage>: "true"` and
/// `auth-extra-groups` (comma-separated) when it has groups.
pub fn token_secret(spec: &TokenSpec) -> Secret {
    let mut data: BTreeMap<String, ByteString> = BTreeMap::new();
    let mut put = |key: String, value: &str| {
        data.insert(key, ByteString(value.as_bytes().to_vec()));
    };
    put("token-id".into(), spec.token.id());
    put("token-secret".into(), spec.token.secret());
    if !spec.description.is_empty() {
        put("description".into(), &spec.description);
    }
    if let Some(expiration) = &spec.expiration {
        put("expiration".into(), expiration);
    }
    for usage in &spec.usages {
        put(format!("usage-bootstrap-{usage}"), "true");
    }
    if !spec.groups.is_empty() {
        put("auth-extra-groups".into(), &spec.groups.join(","));
    }
    Secret {
        metadata: meta(&secret_name(spec.token.id()), Some(KUBE_SYSTEM), &[]),
        type_: Some(SECRET_TYPE.to_string()),
        data: Some(data),
        ..Secret::default()
    }
}

/// A token found in a manifest an earlier run wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WrittenToken {
    /// The token.
    pub token: BootstrapToken,
    /// Its `expiration`, when it has one.
    pub expiration: Option<String>,
}

impl WrittenToken {
    /// Whether it still works at `now` (no expiration, or one later than `now`).
    pub fn valid_at(&self, now: OffsetDateTime) -> bool {
        unexpired(self.expiration.as_deref(), now)
    }
}

/// No expiration, or one later than `now` (an unreadable one counts as past).
fn unexpired(expiration: Option<&str>, now: OffsetDateTime) -> bool {
    expiration.is_none_or(|text| parse_time(text).is_some_and(|t| t > now))
}

/// The fields of a manifest document this module reads; others are ignored.
#[derive(Deserialize)]
struct Document {
    #[serde(default)]
    kind: String,
    #[serde(default, rename = "type")]
    type_: String,
    #[serde(default)]
    data: BTreeMap<String, String>,
}

/// The bootstrap token Secrets in a manifest's text, in order. `None` when the text is not a
/// manifest of the shape kadm writes (the caller names the file; nothing of the text is quoted).
pub fn written_tokens(text: &str) -> Option<Vec<WrittenToken>> {
    let docs: Vec<Document> = serde_saphyr::from_multiple(text).ok()?;
    let mut out = Vec::new();
    for doc in docs {
        if doc.kind != "Secret" || doc.type_ != SECRET_TYPE {
            continue;
        }
        let field = |key: &str| -> Option<String> {
            let bytes = STANDARD.decode(doc.data.get(key)?).ok()?;
            String::from_utf8(bytes).ok()
        };
        let token = BootstrapToken::parse(&format!(
            "{}.{}",
            field("token-id")?,
            field("token-secret")?
        ))
        .ok()?;
        out.push(WrittenToken {
            token,
            expiration: field("expiration"),
        });
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use kadm_kube_objects::Manifest;

    use super::*;

    fn spec() -> TokenSpec {
        TokenSpec {
            token: BootstrapToken::parse("abcdef.0123456789abcdef").unwrap(),
            description: "first node".into(),
            expiration: Some("2026-12-02T10:00:00Z".into()),
            usages: vec!["signing".into(), "authentication".into()],
            groups: vec![
                "system:bootstrappers:kubeadm:default-node-token".into(),
                "system:bootstrappers:ci".into(),
            ],
        }
    }

    #[test]
    fn the_secret_has_kubeadms_keys() {
        let text = Manifest::of(&token_secret(&spec())).unwrap().to_text();
        let b64 = |s: &str| STANDARD.encode(s);
        for line in [
            "kind: Secret".to_string(),
            "  name: bootstrap-token-abcdef".into(),
            "  namespace: kube-system".into(),
            "type: bootstrap.kubernetes.io/token".into(),
            format!("  token-id: {}", b64("abcdef")),
            format!("  token-secret: {}", b64("0123456789abcdef")),
            format!("  description: {}", b64("first node")),
            format!("  expiration: {}", b64("2026-12-02T10:00:00Z")),
            format!("  usage-bootstrap-signing: {}", b64("true")),
            format!("  usage-bootstrap-authentication: {}", b64("true")),
            format!(
                "  auth-extra-groups: {}",
                b64("system:bootstrappers:kubeadm:default-node-token,system:bootstrappers:ci")
            ),
        ] {
            assert!(text.lines().any(|l| l == line), "{line}\n{text}");
        }
        let bare = TokenSpec {
            description: String::new(),
            expiration: None,
            usages: vec![],
            groups: vec![],
            ..spec()
        };
        let text = Manifest::of(&token_secret(&bare)).unwrap().to_text();
        for absent in ["description", "expiration", "usage-", "auth-extra-groups"] {
            assert!(!text.contains(absent), "{absent}\n{text}");
        }
    }

    #[test]
    fn written_tokens_read_back_what_was_written() {
        let mut m = Manifest::new();
        m.push(&kadm_kube_objects::k8s_openapi::api::core::v1::ConfigMap::default())
            .unwrap();
        m.push(&token_secret(&spec())).unwrap();
        let read = written_tokens(&m.to_text()).unwrap();
        assert_eq!(
            read,
            [WrittenToken {
                token: spec().token,
                expiration: spec().expiration
            }]
        );
        let at = |s: &str| parse_time(s).unwrap();
        assert!(read[0].valid_at(at("2026-12-02T09:59:59Z")));
        assert!(!read[0].valid_at(at("2026-12-02T10:00:00Z")));
        assert_eq!(written_tokens("kind: [unclosed"), None);
    }

    #[test]
    fn usages_and_groups_follow_kubeadms_rules() {
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        let f = "InitConfiguration.bootstrapTokens[0]";
        assert!(
            check_usages_and_groups(f, &s(&KNOWN_USAGES), &s(&["system:bootstrappers:a:b-1"]))
                .is_ok()
        );
        let err = check_usages_and_groups(f, &s(&["signin"]), &[]).unwrap_err();
        assert!(err.to_string().contains("\"signin\""), "{err}");
        for group in [
            "system:nodes",
            "system:bootstrappers:",
            "system:bootstrappers:A",
            "system:bootstrappers:a-",
        ] {
            let err = check_usages_and_groups(f, &[], &s(&[group])).unwrap_err();
            assert!(err.to_string().contains(f), "{err}");
        }
    }

    #[test]
    fn times_are_utc_rfc3339() {
        let t = parse_time("2026-12-01T18:30:00+02:00").unwrap();
        assert_eq!(rfc3339(t), "2026-12-01T16:30:00Z");
        assert_eq!(
            expiration_after(t, Duration::from_secs(3600)).as_deref(),
            Some("2026-12-01T17:30:00Z")
        );
        assert_eq!(expiration_after(t, Duration::ZERO), None);
    }
}
