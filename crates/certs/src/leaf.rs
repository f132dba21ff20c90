//! Certificates signed by one of the CAs: checking existing ones, issuing new ones.

use std::path::{Path, PathBuf};

use kadm_init_context::{Authority, InitContext};
use kadm_node_fs::Root;
use kadm_pki::{CertSpec, CertifiedKey, fmt_time, load_cert, load_key, sign};

use crate::authority;
use crate::error::{CertsError, delete_fix};
use crate::files::{check_current, commit_pair, existing, pair_state};
use crate::pool::{TAG, new_key};
use crate::sans::{AltNames, alt_names, extra_sans_field};
use crate::table::{CertEntry, CommonName, Leaf};

/// Checks an existing pair: both parse, the key matches, the CA signed it, it is valid now and
/// it carries every name in `names`. Errors carry `fix`.
fn verify(
    root: &Root,
    crt: &Path,
    key: &Path,
    ca: &Authority,
    ca_crt: &Path,
    names: &AltNames,
    fix: &str,
) -> Result<(), CertsError> {
    let cert = load_cert(root, crt).map_err(|e| existing(e, fix))?;
    let private = load_key(root, key).map_err(|e| existing(e, fix))?;
    let unsuitable = |path: &Path, reason: String| CertsError::Unsuitable {
        path: path.to_path_buf(),
        reason,
        fix: fix.to_string(),
    };
    if !cert.matches_key(&private) {
        return Err(unsuitable(
            key,
            format!(
                "the private key does not match the certificate {}",
                crt.display()
            ),
        ));
    }
    if !cert.is_signed_by(ca.cert()) {
        return Err(unsuitable(
            crt,
            format!(
                "the certificate is not signed by the CA in {}",
                ca_crt.display()
            ),
        ));
    }
    check_current(&cert, crt, fix)?;
    let missing = names.missing_from(&cert.dns_names(), &cert.ip_addresses());
    if !missing.is_empty() {
        return Err(unsuitable(
            crt,
            format!(
                "the certificate lacks the required subject alternative names [{}]",
                missing.join(" ")
            ),
        ));
    }
    Ok(())
}

/// Which files of a leaf's certificate/key pair are on disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PairOnDisk {
    /// Neither file: the pair is to be made.
    Neither,
    /// Both files: the pair is to be checked and reused.
    Both,
    /// The certificate without its key.
    CertOnly,
    /// The key without its certificate.
    KeyOnly,
}

impl PairOnDisk {
    /// From whether the certificate and the key exist.
    fn from_presence((cert, key): (bool, bool)) -> Self {
        match (cert, key) {
            (false, false) => PairOnDisk::Neither,
            (true, true) => PairOnDisk::Both,
            (true, false) => PairOnDisk::CertOnly,
            (false, true) => PairOnDisk::KeyOnly,
        }
    }

    /// The files of the pair (`crt`, `key`) that are absent.
    fn missing<'a>(self, crt: &'a Path, key: &'a Path) -> Vec<&'a Path> {
        match self {
            PairOnDisk::Neither => vec![crt, key],
            PairOnDisk::Both => Vec::new(),
            PairOnDisk::CertOnly => vec![key],
            PairOnDisk::KeyOnly => vec![crt],
        }
    }
}

/// The run of a leaf phase.
pub(crate) fn run(
    ctx: &mut InitContext,
    entry: &'static CertEntry,
    leaf: &Leaf,
) -> Result<(), CertsError> {
    let (ca, ca_entry) = authority::find(ctx, entry, leaf.ca)?;
    let names = alt_names(&ctx.config, leaf.sans);
    for value in &names.ignored {
        ctx.out.warn(
            TAG,
            &format!(
                "ignoring {} entry {value:?} for {}: it is neither an IP address nor a DNS name",
                extra_sans_field(leaf.sans),
                entry.base
            ),
        );
    }
    let (crt, key) = entry.paths(&ctx.paths.cert_dir);
    let (ca_crt, ca_key) = ca_entry.paths(&ctx.paths.cert_dir);
    let on_disk = PairOnDisk::from_presence(pair_state(ctx, entry)?);
    match (on_disk, &ca) {
        (PairOnDisk::Both, _) => {
            reuse(ctx, entry, &ca, &ca_crt, &ca_key, &names)?;
            ctx.kept(&crt);
            ctx.kept(&key);
            ctx.out.info(
                TAG,
                &format!("Using existing {} certificate and key on disk", entry.base),
            );
            ctx.warn_if_exposed(TAG, &key, "a private key");
            Ok(())
        }
        (_, Authority::CertOnly(_)) => {
            let missing: Vec<String> = on_disk
                .missing(&crt, &key)
                .iter()
                .map(|path| path.display().to_string())
                .collect();
            Err(CertsError::ExternalAuthority {
                problem: format!(
                    "{} missing, and without {} kadm cannot sign {:?}; place a certificate and \
                     key signed by the CA in {} there, or provide {}",
                    missing.join(" and "),
                    ca_key.display(),
                    entry.base,
                    ca_crt.display(),
                    ca_key.display()
                ),
            })
        }
        (PairOnDisk::Neither, Authority::Signing(ca)) => issue(ctx, entry, leaf, ca, names),
        (PairOnDisk::CertOnly, Authority::Signing(_)) => Err(half_pair(crt, key)),
        (PairOnDisk::KeyOnly, Authority::Signing(_)) => Err(half_pair(key, crt)),
    }
}

/// Checks the pair on disk against `ca` and `names`; with a keyless CA a failure is an external
/// CA problem, since kadm cannot replace the pair.
fn reuse(
    ctx: &InitContext,
    entry: &CertEntry,
    ca: &Authority,
    ca_crt: &Path,
    ca_key: &Path,
    names: &AltNames,
) -> Result<(), CertsError> {
    let (crt, key) = entry.paths(&ctx.paths.cert_dir);
    let keyless = matches!(ca, Authority::CertOnly(_));
    let fix = if keyless {
        format!(
            "replace both with a pair signed by the CA in {}, or provide {} and delete \
             them to have kadm sign new ones",
            ca_crt.display(),
            ca_key.display()
        )
    } else {
        delete_fix(&crt, &key)
    };
    verify(ctx.fs(), &crt, &key, ca, ca_crt, names, &fix).map_err(|e| {
        if keyless {
            CertsError::ExternalAuthority {
                problem: e.to_string(),
            }
        } else {
            e
        }
    })
}

/// One file of a pair without the other, with a CA that could sign a new pair.
fn half_pair(present: PathBuf, missing: PathBuf) -> CertsError {
    let fix = format!(
        "restore {} or delete {} to have kadm generate both",
        missing.display(),
        present.display()
    );
    CertsError::HalfPair {
        present,
        missing,
        fix,
    }
}

/// Issues a new pair signed by `ca` and writes it.
fn issue(
    ctx: &mut InitContext,
    entry: &'static CertEntry,
    leaf: &Leaf,
    ca: &CertifiedKey,
    names: AltNames,
) -> Result<(), CertsError> {
    ctx.out.info(
        TAG,
        &format!("Generating {:?} certificate and key", entry.base),
    );
    if !names.is_empty() {
        ctx.out.info(
            TAG,
            &format!("{} serving cert is signed for {names}", entry.base),
        );
    }
    let key = new_key(ctx, entry)?;
    let spec = CertSpec {
        common_name: match leaf.common_name {
            CommonName::Fixed(cn) => cn.to_string(),
            CommonName::NodeName => ctx.config.node_name().to_string(),
        },
        organizations: leaf.organization.map(String::from).into_iter().collect(),
        dns_names: names.dns,
        ip_addresses: names.ips,
        is_ca: false,
        extended_usages: leaf.usages.to_vec(),
        validity: ctx.config.certificate_validity(),
    };
    let signed = sign(&spec, key, ca).map_err(|source| CertsError::Generate {
        what: format!("the {:?} certificate", entry.base),
        source,
    })?;
    if let Some(end) = signed.clamped_to {
        ctx.out.warn(
            TAG,
            &format!(
                "the {:?} certificate would outlive its CA {:?}, so it expires with the CA on {}",
                entry.base,
                leaf.ca,
                fmt_time(end)
            ),
        );
    }
    let pair = signed.certified;
    commit_pair(ctx, entry, pair.cert.to_pem(), &pair.key.to_pem())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pair_states_name_what_is_on_disk_and_what_is_missing() {
        let (crt, key) = (Path::new("/pki/a.crt"), Path::new("/pki/a.key"));
        for (presence, state, missing) in [
            ((false, false), PairOnDisk::Neither, vec![crt, key]),
            ((true, true), PairOnDisk::Both, vec![]),
            ((true, false), PairOnDisk::CertOnly, vec![key]),
            ((false, true), PairOnDisk::KeyOnly, vec![crt]),
        ] {
            assert_eq!(PairOnDisk::from_presence(presence), state);
            assert_eq!(state.missing(crt, key), missing, "{state:?}");
        }
    }
}
