//! The three certificate authorities: making them, reusing them, and finding them for leaves.

use std::collections::BTreeMap;
use std::sync::Arc;

use kadm_init_context::{Authorities, InitContext};
use kadm_pki::{
    fmt_time, load_cert, load_pair, self_signed_ca, CertSpec, Certificate, CertifiedKey,
};
use time::OffsetDateTime;

use crate::error::CertsError;
use crate::files::{check_current, commit_pair, existing, pair_state};
use crate::pool::new_key;
use crate::table::{authority_entry, CertEntry};

/// A CA as the leaves see it.
#[derive(Clone)]
pub(crate) enum Authority {
    /// Certificate and key: it can sign.
    Signing(Arc<CertifiedKey>),
    /// External CA mode: only the certificate, so the leaves must already exist.
    Keyless(Arc<Certificate>),
}

impl Authority {
    /// The CA certificate.
    pub(crate) fn cert(&self) -> &Certificate {
        match self {
            Authority::Signing(ca) => &ca.cert,
            Authority::Keyless(cert) => cert,
        }
    }
}

/// Keyless CAs by file base name (signing ones live in [`Authorities`], for later phases).
#[derive(Default)]
struct KeylessAuthorities(BTreeMap<&'static str, Arc<Certificate>>);

/// Records a CA for the later children and phases of this run.
fn remember(ctx: &mut InitContext, base: &'static str, authority: &Authority) {
    match authority {
        Authority::Signing(ca) => {
            if ctx.products.get::<Authorities>().is_none() {
                ctx.products.insert(Authorities::default());
            }
            if let Some(store) = ctx.products.get_mut::<Authorities>() {
                store.insert(base, ca.clone());
            }
        }
        Authority::Keyless(cert) => {
            if ctx.products.get::<KeylessAuthorities>().is_none() {
                ctx.products.insert(KeylessAuthorities::default());
            }
            if let Some(store) = ctx.products.get_mut::<KeylessAuthorities>() {
                store.0.insert(base, cert.clone());
            }
        }
    }
}

/// The CA recorded earlier in this run, if any.
fn recorded(ctx: &InitContext, base: &str) -> Option<Authority> {
    if let Some(ca) = ctx.products.get::<Authorities>().and_then(|a| a.get(base)) {
        return Some(Authority::Signing(ca));
    }
    ctx.products
        .get::<KeylessAuthorities>()
        .and_then(|a| a.0.get(base).cloned())
        .map(Authority::Keyless)
}

/// Loads the CA of `entry` from disk: `None` when neither file exists; an error when a file is
/// unreadable, the pair does not match, the certificate is not a CA or is not valid now, or only
/// the key exists.
fn open(ctx: &InitContext, entry: &CertEntry) -> Result<Option<Authority>, CertsError> {
    let (crt, key) = entry.paths(&ctx.paths.cert_dir);
    let fix = format!(
        "restore the original CA files, or delete {} and {} (and every certificate this CA \
         signed) to have kadm generate a new CA",
        crt.display(),
        key.display()
    );
    let authority = match pair_state(ctx, entry)? {
        (false, false) => return Ok(None),
        (false, true) => {
            return Err(CertsError::HalfPair {
                present: key,
                missing: crt,
                fix,
            })
        }
        (true, true) => Authority::Signing(Arc::new(
            load_pair(ctx.fs(), &crt, &key).map_err(|e| existing(e, &fix))?,
        )),
        (true, false) => Authority::Keyless(Arc::new(
            load_cert(ctx.fs(), &crt).map_err(|e| existing(e, &fix))?,
        )),
    };
    let cert = authority.cert();
    if !cert.is_ca() {
        return Err(CertsError::Unsuitable {
            path: crt,
            reason: "not a CA certificate (basicConstraints CA:true is missing)".to_string(),
            fix,
        });
    }
    let replace = format!(
        "a CA cannot be renewed in place: put a valid CA there, or delete {} and {} (and every \
         certificate this CA signed) to have kadm generate a new one",
        crt.display(),
        key.display()
    );
    if cert.not_after() < OffsetDateTime::now_utc() {
        return Err(CertsError::Unsuitable {
            path: crt,
            reason: format!(
                "the CA certificate expired on {}",
                fmt_time(cert.not_after())
            ),
            fix: replace,
        });
    }
    check_current(cert, &crt, &replace)?;
    Ok(Some(authority))
}

/// The run of a CA phase: reuse a valid CA, accept a keyless one (external CA mode), or make one.
pub(crate) fn run(
    ctx: &mut InitContext,
    entry: &'static CertEntry,
    common_name: &str,
) -> Result<(), CertsError> {
    let authority = match open(ctx, entry)? {
        Some(authority @ Authority::Signing(_)) => {
            ctx.out.info(&format!(
                "[certs] Using existing {} certificate authority",
                entry.base
            ));
            let (_, key) = entry.paths(&ctx.paths.cert_dir);
            ctx.warn_if_exposed("[certs]", &key, "the CA's private key");
            authority
        }
        Some(authority @ Authority::Keyless(_)) => {
            let (_, key) = entry.paths(&ctx.paths.cert_dir);
            ctx.out.info(&format!(
                "[certs] Using existing {} keyless certificate authority",
                entry.base
            ));
            ctx.out.info(&format!(
                "[certs] External CA mode for {}: {} is absent, so every certificate this CA signs must already exist",
                entry.base,
                key.display()
            ));
            authority
        }
        None => {
            ctx.out.info(&format!(
                "[certs] Generating {:?} certificate and key",
                entry.base
            ));
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
    remember(ctx, entry.base, &authority);
    Ok(())
}

/// The CA (file base name `base`) that signs `leaf`: from this run's store, else from disk.
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
    if let Some(authority) = recorded(ctx, base) {
        return Ok((authority, entry));
    }
    match open(ctx, entry)? {
        Some(authority) => {
            remember(ctx, base, &authority);
            Ok((authority, entry))
        }
        None => Err(CertsError::MissingAuthority {
            path: entry.paths(&ctx.paths.cert_dir).0,
            leaf: leaf.base,
            phase: entry.phase,
        }),
    }
}
