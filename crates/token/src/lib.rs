//! `kadm token` against the cluster, as kubeadm's token commands: a token's Secret
//! (`bootstrap-token-<id>` in kube-system) applied, the tokens listed with their TTL, usages and
//! groups, tokens deleted by id or whole token. The caller makes the [`ApiClient`] (from
//! `admin.conf`, or `--kubeconfig`) and prints.

use std::time::Duration;

use kadm_bootstrap_token::BootstrapToken;
use kadm_bootstrap_token_phase::token_secret;
use kadm_bootstrap_token_phase::tokens::{SECRET_TYPE, TokenSpec, parse_time, secret_name};
use kadm_kube_api::{ApiClient, ApiError, FIELD_MANAGER, Outcome};
use kadm_kube_objects::k8s_openapi::api::core::v1::Secret;
use kadm_kube_objects::{KUBE_SYSTEM, Manifest};
use time::OffsetDateTime;

/// Why a token command failed.
#[derive(Debug, thiserror::Error)]
pub enum TokenApiError {
    /// The API server refused or did not answer.
    #[error(transparent)]
    Api(#[from] ApiError),
    /// The Secret could not be printed.
    #[error("cannot print the token's Secret: {0}")]
    Yaml(#[from] kadm_kube_objects::SortedYamlError),
    /// `token delete` of a token that is not there.
    #[error(
        "no bootstrap token {id:?} in the cluster (no Secret kube-system/bootstrap-token-{id}); \
         `kadm token list` shows the tokens there are"
    )]
    NotFound {
        /// The token id.
        id: String,
    },
    /// `token delete` of something that is neither a token id nor a token.
    #[error(
        "{given:?} is neither a token id ([a-z0-9]{{6}}) nor a token \
         ([a-z0-9]{{6}}.[a-z0-9]{{16}})"
    )]
    NotAToken {
        /// What was given (a token's secret is never shown: at most its id).
        given: String,
    },
}

/// Applies the token's Secret (server-side, field manager `kadm`); what the apply did.
pub fn create(
    client: &ApiClient,
    spec: &TokenSpec,
    timeout: Duration,
) -> Result<Outcome, TokenApiError> {
    let text = Manifest::of(&token_secret(spec))?.to_text();
    let applied = client.apply(&text, FIELD_MANAGER, timeout)?;
    Ok(applied.first().map_or(Outcome::Unchanged, |a| a.outcome))
}

/// One bootstrap token of the cluster, as `kadm token list` shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    /// The whole token (`abcdef.0123456789abcdef`), as kubeadm lists it.
    pub token: String,
    /// When it expires (RFC 3339), or none for a token that never does.
    pub expires: Option<String>,
    /// Its time left at the moment of listing, as kubeadm shows it (`23h`, `59m`,
    /// `<forever>`, `<invalid>` once expired).
    pub ttl: String,
    /// `authentication`, `signing`, sorted.
    pub usages: Vec<String>,
    /// Its description, if any.
    pub description: String,
    /// Its extra groups.
    pub groups: Vec<String>,
}

/// The cluster's bootstrap tokens (Secrets of type `bootstrap.kubernetes.io/token` in
/// kube-system), sorted by id; a Secret without a well-formed token is left out, as kubeadm does.
pub fn list(
    client: &ApiClient,
    now: OffsetDateTime,
    timeout: Duration,
) -> Result<Vec<Listed>, TokenApiError> {
    let mut tokens: Vec<Listed> = client
        .secrets_of_type(KUBE_SYSTEM, SECRET_TYPE, timeout)?
        .iter()
        .filter_map(|s| listed(s, now))
        .collect();
    tokens.sort_by(|a, b| a.token.cmp(&b.token));
    Ok(tokens)
}

/// Deletes the token named by its id or whole token.
pub fn delete(client: &ApiClient, given: &str, timeout: Duration) -> Result<String, TokenApiError> {
    let id = token_id(given)?;
    if client.delete_secret(KUBE_SYSTEM, &secret_name(&id), timeout)? {
        Ok(id)
    } else {
        Err(TokenApiError::NotFound { id })
    }
}

/// The id of `given`: a token id, or the id of a whole token.
fn token_id(given: &str) -> Result<String, TokenApiError> {
    let is_id = |s: &str| {
        s.len() == 6
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    };
    if is_id(given) {
        return Ok(given.to_string());
    }
    match BootstrapToken::parse(given) {
        Ok(token) => Ok(token.id().to_string()),
        Err(_) => Err(TokenApiError::NotAToken {
            given: given.chars().take(6).collect(),
        }),
    }
}

fn listed(secret: &Secret, now: OffsetDateTime) -> Option<Listed> {
    let data = secret.data.as_ref()?;
    let text = |key: &str| {
        data.get(key)
            .and_then(|v| std::str::from_utf8(&v.0).ok())
            .map(str::to_string)
    };
    let token =
        BootstrapToken::parse(&format!("{}.{}", text("token-id")?, text("token-secret")?)).ok()?;
    let expires = text("expiration");
    let ttl = match expires.as_deref().map(parse_time) {
        None => "<forever>".to_string(),
        Some(None) => "<invalid>".to_string(),
        Some(Some(at)) => left(at - now),
    };
    let mut usages: Vec<String> = data
        .keys()
        .filter_map(|k| k.strip_prefix("usage-bootstrap-"))
        .filter(|u| text(&format!("usage-bootstrap-{u}")).as_deref() == Some("true"))
        .map(str::to_string)
        .collect();
    usages.sort();
    Some(Listed {
        token: token.expose(),
        expires,
        ttl,
        usages,
        description: text("description").unwrap_or_default(),
        groups: text("auth-extra-groups")
            .map(|g| g.split(',').map(str::to_string).collect())
            .unwrap_or_default(),
    })
}

/// Time left, rounded as kubeadm's table shows it: whole hours above an hour, else minutes, else
/// seconds; `<invalid>` once it is past.
fn left(d: time::Duration) -> String {
    let seconds = d.whole_seconds();
    if seconds <= 0 {
        "<invalid>".into()
    } else if seconds >= 3600 {
        format!("{}h", seconds / 3600)
    } else if seconds >= 60 {
        format!("{}m", seconds / 60)
    } else {
        format!("{seconds}s")
    }
}

/// The tokens as kubeadm's table (`TOKEN TTL EXPIRES USAGES DESCRIPTION EXTRA GROUPS`).
pub fn table(tokens: &[Listed]) -> String {
    let rows: Vec<[String; 6]> = tokens
        .iter()
        .map(|t| {
            [
                t.token.clone(),
                t.ttl.clone(),
                t.expires.clone().unwrap_or_else(|| "<never>".into()),
                t.usages.join(","),
                if t.description.is_empty() {
                    "<none>".into()
                } else {
                    t.description.clone()
                },
                t.groups.join(","),
            ]
        })
        .collect();
    let header = [
        "TOKEN",
        "TTL",
        "EXPIRES",
        "USAGES",
        "DESCRIPTION",
        "EXTRA GROUPS",
    ]
    .map(String::from);
    let mut widths = header.clone().map(|h| h.len());
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.len());
        }
    }
    std::iter::once(&header)
        .chain(&rows)
        .map(|row| {
            let cells: Vec<String> = row
                .iter()
                .zip(widths)
                .map(|(cell, w)| format!("{cell:<w$}"))
                .collect();
            cells.join("   ").trim_end().to_string()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The tokens as `-o json` lists them.
pub fn json(tokens: &[Listed]) -> serde_json::Value {
    serde_json::json!(
        tokens
            .iter()
            .map(|t| serde_json::json!({
                "token": t.token,
                "ttl": t.ttl,
                "expires": t.expires,
                "usages": t.usages,
                "description": t.description,
                "groups": t.groups,
            }))
            .collect::<Vec<_>>()
    )
}

#[cfg(test)]
mod tests {
    use kadm_kube_objects::k8s_openapi::ByteString;

    use super::*;

    fn secret(pairs: &[(&str, &str)]) -> Secret {
        Secret {
            data: Some(
                pairs
                    .iter()
                    .map(|(k, v)| (k.to_string(), ByteString(v.as_bytes().to_vec())))
                    .collect(),
            ),
            ..Secret::default()
        }
    }

    #[test]
    fn a_token_secret_lists_as_kubeadm_shows_it() {
        let now = OffsetDateTime::parse(
            "2026-12-08T00:00:00Z",
            &time::format_description::well_known::Rfc3339,
        )
        .unwrap();
        let s = secret(&[
            ("token-id", "abcdef"),
            ("token-secret", "0123456789abcdef"),
            ("expiration", "2026-12-08T23:30:00Z"),
            ("usage-bootstrap-signing", "true"),
            ("usage-bootstrap-authentication", "true"),
            (
                "auth-extra-groups",
                "system:bootstrappers:kubeadm:default-node-token",
            ),
        ]);
        let t = listed(&s, now).unwrap();
        assert_eq!(t.ttl, "23h");
        assert_eq!(t.usages, ["authentication", "signing"]);
        let table = table(&[t]);
        assert_eq!(
            table,
            "TOKEN                     TTL   EXPIRES                USAGES                   \
             DESCRIPTION   EXTRA GROUPS\n\
             abcdef.0123456789abcdef   23h   2026-12-08T23:30:00Z   authentication,signing   \
             <none>        system:bootstrappers:kubeadm:default-node-token"
        );
        let expired = secret(&[
            ("token-id", "abcdef"),
            ("token-secret", "0123456789abcdef"),
            ("expiration", "2026-12-07T23:30:00Z"),
        ]);
        assert_eq!(listed(&expired, now).unwrap().ttl, "<invalid>");
        let forever = secret(&[("token-id", "abcdef"), ("token-secret", "0123456789abcdef")]);
        assert_eq!(listed(&forever, now).unwrap().ttl, "<forever>");
        assert_eq!(listed(&secret(&[("token-id", "abcdef")]), now), None);
    }

    #[test]
    fn delete_takes_an_id_or_a_token_and_never_echoes_a_secret() {
        assert_eq!(token_id("abcdef").unwrap(), "abcdef");
        assert_eq!(token_id("abcdef.0123456789abcdef").unwrap(), "abcdef");
        let err = token_id("abcdef.0123456789ABCDEF").unwrap_err().to_string();
        assert!(err.starts_with("\"abcdef\" is neither"), "{err}");
        assert!(!err.contains("0123456789"), "{err}");
    }
}
