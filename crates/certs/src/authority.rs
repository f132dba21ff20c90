//! The three certificate authorities: making them, reusing them, and finding them for leaves.

use std::sync::Arc;

use kadm_init_context::{Authority, AuthorityError, InitContext};
use kadm_pki::{CertSpec, self_signed_ca};

use crate::error::CertsError;
use crate::files::commit_pair;
use crate::pool::{TAG, new_key};
use crate::table::{CertEntry, authority_entry};

/// The error for the CA of `entry` found on disk but unusable, with the fix: restore it or have
/// a new one made, or, for a CA outside its validity period, replace it (it cannot be renewed in
/// place).
fn unusable(ctx: &InitContext, entry: &CertEntry, source: AuthorityError) -> CertsError {
    let (crt, key) = entry.paths(&ctx.paths.cert_dir);
    let fix = match source {
        AuthorityError::Inspect(source) => return CertsError::Inspect { cause: source },
        AuthorityError::Expired { .. } | AuthorityError::NotYetValid(_) => format!(
            "a CA cannot be renewed in place: put a valid CA there, or delete {} and {} (and every \
             certificate this CA signed) to have kadm generate a new one",
            crt.display(),
            key.display()
        ),
        _ => format!(
            "restore the original CA files, or delete {} and {} (and every certificate this CA \
             signed) to have kadm generate a new CA",
            crt.display(),
            key.display()
        ),
    };
    CertsError::Authority { cause: source, fix }
}

/// The run of a CA phase: reuse a valid CA, accept a keyless one (external CA mode), or make one.
pub(crate) fn run(
    ctx: &mut InitContext,
    entry: &'static CertEntry,
    common_name: &str,
) -> Result<(), CertsError> {
    let authority = match ctx
        .load_authority(entry.base)
        .map_err(|e| unusable(ctx, entry, e))?
    {
        Some(authority @ Authority::Signing(_)) => {
            ctx.out.info(
                TAG,
                &format!("Using existing {} certificate authority", entry.base),
            );
            let (crt, key) = entry.paths(&ctx.paths.cert_dir);
            ctx.kept(&crt);
            ctx.kept(&key);
            ctx.warn_if_exposed(TAG, &key, "the CA's private key");
            authority
        }
        Some(authority @ Authority::CertOnly(_)) => {
            let (crt, key) = entry.paths(&ctx.paths.cert_dir);
            ctx.kept(&crt);
            ctx.out.info(
                TAG,
                &format!(
                    "Using existing {} keyless certificate authority",
                    entry.base
                ),
            );
            ctx.out.info(TAG, &format!(
                "External CA mode for {}: {} is absent, so every certificate this CA signs must already exist",
                entry.base,
                key.display()
            ));
            authority
        }
        None => {
            ctx.out.info(
                TAG,
                &format!("Generating {:?} certificate and key", entry.base),
            );
            let key = new_key(ctx, entry)?;
            let spec = CertSpec {
                common_name: common_name.to_string(),
                organizations: Vec::new(),
                dns_names: vec![common_name.to_string()],
                ip_addresses: Vec::new(),
                is_ca: true,
                extended_usages: Vec::new(),
                validity: ctx.config.ca_certificate_validity(),
            };
            let ca = self_signed_ca(&spec, key).map_err(|source| CertsError::Generate {
                what: format!("the {:?} certificate authority", entry.base),
                source,
            })?;
            commit_pair(ctx, entry, ca.cert.to_pem(), &ca.key.to_pem())?;
            Authority::Signing(Arc::new(ca))
        }
    };
    ctx.remember_authority(entry.base, &authority);
    Ok(())
}

/// The CA (file base name `base`) that signs `leaf`: from this run's products, else from disk.
pub(crate) fn find(
    ctx: &mut InitContext,
    leaf: &CertEntry,
    base: &'static str,
) -> Result<(Authority, &'static CertEntry), CertsError> {
    let entry = authority_entry(base).ok_or(CertsError::MissingAuthority {
        path: ctx.paths.cert_dir.join(format!("{base}.crt")),
        leaf: leaf.base,
        phase: base,
    })?;
    match ctx
        .find_and_remember_authority(base)
        .map_err(|e| unusable(ctx, entry, e))?
    {
        Some(authority) => Ok((authority, entry)),
        None => Err(CertsError::MissingAuthority {
            path: entry.paths(&ctx.paths.cert_dir).0,
            leaf: leaf.base,
            phase: entry.phase,
        }),
    }
}
