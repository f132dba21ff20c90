//! Online, kubeadm's lifetime for the `kubeadm-certs` Secret: it is owned by a bootstrap token
//! that expires after [`OWNER_TTL`], so the garbage collector deletes the Secret when the token
//! cleaner deletes the token. A re-run keeps the current owner while it has more than
//! [`RENEW_WITHIN`] left (so it changes nothing), and makes a new one otherwise.

use std::time::Duration;

use kadm_bootstrap_token::BootstrapToken;
use kadm_bootstrap_token_phase::token_secret;
use kadm_bootstrap_token_phase::tokens::{TokenSpec, parse_time, rfc3339, secret_name};
use kadm_init_context::{Credentials, InitContext};
use kadm_kube_objects::k8s_openapi::api::core::v1::Secret;
use kadm_kube_objects::k8s_openapi::apimachinery::pkg::apis::meta::v1::OwnerReference;
use kadm_kube_objects::{KUBE_SYSTEM, Manifest};
use kadm_phase_runner::BoxError;
use time::OffsetDateTime;

use crate::{SECRET, TAG};

/// How long the owning token, and so the uploaded Secret, lives: kubeadm's two hours.
pub const OWNER_TTL: Duration = Duration::from_secs(2 * 60 * 60);
/// A re-run makes a new owner when the current one expires within this.
pub const RENEW_WITHIN: Duration = Duration::from_secs(60 * 60);
/// The owning token's description, as kubeadm writes it.
pub const DESCRIPTION: &str = "Proxy for managing TTL for the kubeadm-certs secret";

/// The owner reference the Secret gets: the current owning token when it lives long enough, else
/// a new token applied now.
pub(crate) fn owner(ctx: &mut InitContext) -> Result<OwnerReference, BoxError> {
    let client = ctx.client(Credentials::Admin)?;
    let timeout = ctx.call_timeout();
    let now = OffsetDateTime::now_utc();
    let uploaded = client.secret(KUBE_SYSTEM, SECRET, timeout)?;
    let current = uploaded
        .and_then(|s| s.metadata.owner_references)
        .into_iter()
        .flatten()
        .find(|o| o.kind == "Secret" && o.name.starts_with("bootstrap-token-"));
    if let Some(current) = current
        && let Some(token) = client.secret(KUBE_SYSTEM, &current.name, timeout)?
        && token.metadata.uid.as_deref() == Some(current.uid.as_str())
        && expires(&token).is_some_and(|at| at > now + RENEW_WITHIN)
    {
        return Ok(current);
    }
    let spec = TokenSpec {
        token: BootstrapToken::generate()?,
        description: DESCRIPTION.to_string(),
        expiration: Some(rfc3339(now + OWNER_TTL)),
        usages: Vec::new(),
        groups: Vec::new(),
    };
    let name = secret_name(spec.token.id());
    let text = Manifest::of(&token_secret(&spec))?.to_text();
    ctx.apply_text(
        TAG,
        &format!("the owner of {SECRET}"),
        &text,
        Credentials::Admin,
    )?;
    let made = client
        .secret(KUBE_SYSTEM, &name, timeout)?
        .and_then(|s| s.metadata.uid)
        .ok_or_else(|| format!("the token Secret {name} was applied but is not there"))?;
    Ok(reference(&name, &made))
}

/// When a token Secret expires (its `expiration`), if it says.
fn expires(token: &Secret) -> Option<OffsetDateTime> {
    let value = token.data.as_ref()?.get("expiration")?;
    parse_time(std::str::from_utf8(&value.0).ok()?)
}

/// A reference to the token Secret `name` with `uid`, blocking its deletion while the Secret
/// it owns is being deleted, as kubeadm sets it.
pub fn reference(name: &str, uid: &str) -> OwnerReference {
    OwnerReference {
        api_version: "v1".into(),
        kind: "Secret".into(),
        name: name.into(),
        uid: uid.into(),
        block_owner_deletion: Some(true),
        controller: None,
    }
}
