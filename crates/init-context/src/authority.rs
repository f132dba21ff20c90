//! The certificate authorities of a run: a CA that can sign or a certificate-only external CA,
//! found once (this run's products, else the certificate directory) and remembered for the later
//! children and phases.
//!
//! A CA is named by its file base name in the certificate directory: `ca`, `front-proxy-ca`,
//! `etcd/ca` (files `<base>.crt` and `<base>.key`). Phases wrap [`AuthorityError`] in their own
//! errors, adding the fix that fits them.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use kadm_node_fs::FsError;
use kadm_pki::{Certificate, CertifiedKey, PkiError, fmt_time, load_cert, load_pair};
use time::OffsetDateTime;

use crate::InitContext;

/// A certificate authority as the run has it.
#[derive(Clone, Debug)]
pub enum Authority {
    /// Certificate and key: it can sign.
    Signing(Arc<CertifiedKey>),
    /// External CA mode: the certificate without its key, so what it signs must already exist.
    CertOnly(Arc<Certificate>),
}

impl Authority {
    /// The CA certificate.
    pub fn cert(&self) -> &Certificate {
        match self {
            Authority::Signing(ca) => &ca.cert,
            Authority::CertOnly(cert) => cert,
        }
    }
}

/// Which kind of CA is at hand, told without loading it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AuthorityKind {
    /// Certificate and key.
    Signing,
    /// The certificate alone (external CA mode).
    CertOnly,
}

/// The CAs that earlier phases of this run made or loaded, by file base name, so later phases
/// use them without reading the disk again.
#[derive(Default)]
pub struct Authorities(BTreeMap<String, Authority>);

impl Authorities {
    /// Records a CA that can sign.
    pub fn insert(&mut self, name: impl Into<String>, ca: Arc<CertifiedKey>) {
        self.record(name, Authority::Signing(ca));
    }

    /// Records a CA of either kind.
    pub fn record(&mut self, name: impl Into<String>, authority: Authority) {
        self.0.insert(name.into(), authority);
    }

    /// The CA recorded under `name`, when it can sign.
    pub fn get(&self, name: &str) -> Option<Arc<CertifiedKey>> {
        match self.0.get(name)? {
            Authority::Signing(ca) => Some(ca.clone()),
            Authority::CertOnly(_) => None,
        }
    }

    /// The CA recorded under `name`, of either kind.
    pub fn authority(&self, name: &str) -> Option<Authority> {
        self.0.get(name).cloned()
    }
}

/// `<base>.crt` and `<base>.key` in the certificate directory `cert_dir`.
pub fn authority_paths(cert_dir: &Path, base: &str) -> (PathBuf, PathBuf) {
    (
        cert_dir.join(format!("{base}.crt")),
        cert_dir.join(format!("{base}.key")),
    )
}

/// Why a CA found on disk cannot be used. Each message names the file; the phase adds the fix.
#[derive(Debug, thiserror::Error)]
pub enum AuthorityError {
    /// The existence of a CA file could not be checked.
    #[error(transparent)]
    Inspect(FsError),

    /// The key exists without its certificate.
    #[error("{} exists but {} does not", key.display(), cert.display())]
    KeyWithoutCert {
        /// The key file, present.
        key: PathBuf,
        /// The certificate file, missing.
        cert: PathBuf,
    },

    /// A file cannot be read or parsed, or the key does not belong to the certificate.
    #[error(transparent)]
    Load(PkiError),

    /// The certificate is not a CA certificate.
    #[error("{}: not a CA certificate (basicConstraints CA:true is missing)", path.display())]
    NotCa {
        /// The certificate file.
        path: PathBuf,
    },

    /// The certificate's validity period has ended.
    #[error("{}: the CA certificate expired on {}", path.display(), fmt_time(*not_after))]
    Expired {
        /// The certificate file.
        path: PathBuf,
        /// When it ended.
        not_after: OffsetDateTime,
    },

    /// The certificate is not valid yet.
    #[error(transparent)]
    NotYetValid(PkiError),
}

impl InitContext {
    /// Which kind of CA `base` is, without loading it: the one recorded in this run, else told by
    /// which of its files exist. `None` when there is none or the disk cannot tell (the phase
    /// that loads it reports why). Used to decide whether generating keys ahead is worth it.
    pub fn authority_kind(&self, base: &str) -> Option<AuthorityKind> {
        if let Some(authority) = self.recorded_authority(base) {
            return Some(match authority {
                Authority::Signing(_) => AuthorityKind::Signing,
                Authority::CertOnly(_) => AuthorityKind::CertOnly,
            });
        }
        let (crt, key) = authority_paths(&self.paths.cert_dir, base);
        match (self.fs().exists(&crt), self.fs().exists(&key)) {
            (Ok(true), Ok(true)) => Some(AuthorityKind::Signing),
            (Ok(true), Ok(false)) => Some(AuthorityKind::CertOnly),
            _ => None,
        }
    }

    /// Loads the CA `base` from the certificate directory: `None` when neither file exists; an
    /// error when only the key exists, a file cannot be used, the pair does not match, or the
    /// certificate is not a CA or is not valid now.
    pub fn load_authority(&self, base: &str) -> Result<Option<Authority>, AuthorityError> {
        let (crt, key) = authority_paths(&self.paths.cert_dir, base);
        let exists = |path: &Path| self.fs().exists(path).map_err(AuthorityError::Inspect);
        let authority = match (exists(&crt)?, exists(&key)?) {
            (false, false) => return Ok(None),
            (false, true) => return Err(AuthorityError::KeyWithoutCert { key, cert: crt }),
            (true, true) => Authority::Signing(Arc::new(
                load_pair(self.fs(), &crt, &key).map_err(AuthorityError::Load)?,
            )),
            (true, false) => Authority::CertOnly(Arc::new(
                load_cert(self.fs(), &crt).map_err(AuthorityError::Load)?,
            )),
        };
        let cert = authority.cert();
        if !cert.is_ca() {
            return Err(AuthorityError::NotCa { path: crt });
        }
        let now = OffsetDateTime::now_utc();
        if cert.not_after() < now {
            return Err(AuthorityError::Expired {
                path: crt,
                not_after: cert.not_after(),
            });
        }
        cert.check_valid_at(now, &crt)
            .map_err(AuthorityError::NotYetValid)?;
        Ok(Some(authority))
    }

    /// The CA recorded under `base` earlier in this run, if any.
    pub fn recorded_authority(&self, base: &str) -> Option<Authority> {
        self.products.get::<Authorities>()?.authority(base)
    }

    /// Records `authority` under `base` for the later children and phases of this run.
    pub fn remember_authority(&mut self, base: &str, authority: &Authority) {
        if self.products.get::<Authorities>().is_none() {
            self.products.insert(Authorities::default());
        }
        if let Some(store) = self.products.get_mut::<Authorities>() {
            store.record(base, authority.clone());
        }
    }

    /// The CA `base`: the one recorded in this run, else [`InitContext::load_authority`].
    pub fn find_authority(&self, base: &str) -> Result<Option<Authority>, AuthorityError> {
        match self.recorded_authority(base) {
            Some(authority) => Ok(Some(authority)),
            None => self.load_authority(base),
        }
    }

    /// [`InitContext::find_authority`], remembering a CA read from disk so that the next child
    /// of this run does not read it again.
    pub fn find_and_remember_authority(
        &mut self,
        base: &str,
    ) -> Result<Option<Authority>, AuthorityError> {
        if let Some(authority) = self.recorded_authority(base) {
            return Ok(Some(authority));
        }
        let found = self.load_authority(base)?;
        if let Some(authority) = &found {
            self.remember_authority(base, authority);
        }
        Ok(found)
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use kadm_pki::{CertSpec, KeyAlgorithm, default_generator, self_signed_ca, sign};

    use crate::test_context as ctx;

    use super::*;

    /// A self-signed CA, or (`is_ca` false) a leaf that one signed.
    fn new_ca(is_ca: bool, validity: Duration) -> CertifiedKey {
        let key = || {
            default_generator()
                .generate(KeyAlgorithm::EcdsaP256)
                .unwrap()
        };
        let spec = CertSpec {
            common_name: "kubernetes".into(),
            organizations: Vec::new(),
            dns_names: Vec::new(),
            ip_addresses: Vec::new(),
            is_ca: true,
            extended_usages: Vec::new(),
            validity,
        };
        let ca = self_signed_ca(&spec, key()).unwrap();
        if is_ca {
            return ca;
        }
        let leaf = CertSpec {
            is_ca: false,
            ..spec
        };
        sign(&leaf, key(), &ca).unwrap().certified
    }

    /// Writes the certificate and, when `with_key`, the key of `ca` as `<base>.crt`/`.key`.
    fn write(ctx: &InitContext, base: &str, ca: &CertifiedKey, with_key: bool) {
        let (crt, key) = authority_paths(&ctx.paths.cert_dir, base);
        std::fs::create_dir_all(crt.parent().unwrap()).unwrap();
        std::fs::write(&crt, ca.cert.to_pem()).unwrap();
        if with_key {
            std::fs::write(&key, ca.key.to_pem()).unwrap();
        }
    }

    const YEAR: Duration = Duration::from_secs(365 * 24 * 3600);

    #[test]
    fn found_on_disk_by_kind_and_remembered() {
        let tmp = tempfile::tempdir().unwrap();
        let mut ctx = ctx(tmp.path());
        assert!(ctx.find_and_remember_authority("ca").unwrap().is_none());
        assert_eq!(ctx.authority_kind("ca"), None);

        let ca = new_ca(true, YEAR);
        write(&ctx, "ca", &ca, true);
        write(&ctx, "etcd/ca", &ca, false);
        assert_eq!(ctx.authority_kind("ca"), Some(AuthorityKind::Signing));
        assert_eq!(ctx.authority_kind("etcd/ca"), Some(AuthorityKind::CertOnly));
        let found = ctx.find_and_remember_authority("ca").unwrap().unwrap();
        assert!(matches!(&found, Authority::Signing(s) if s.cert == ca.cert));
        let etcd = ctx.find_and_remember_authority("etcd/ca").unwrap().unwrap();
        assert!(matches!(&etcd, Authority::CertOnly(c) if **c == ca.cert));

        // Remembered: found again with the files gone, and only the signing one signs.
        std::fs::remove_dir_all(&ctx.paths.cert_dir).unwrap();
        assert!(matches!(
            ctx.find_authority("ca").unwrap(),
            Some(Authority::Signing(_))
        ));
        assert_eq!(ctx.authority_kind("etcd/ca"), Some(AuthorityKind::CertOnly));
        let store = ctx.products.get::<Authorities>().unwrap();
        assert!(store.get("ca").is_some());
        assert!(
            store.get("etcd/ca").is_none(),
            "a certificate-only CA cannot sign"
        );
        assert!(
            ctx.load_authority("ca").unwrap().is_none(),
            "load reads the disk"
        );
    }

    #[test]
    fn unusable_ca_files_are_errors_naming_the_file() {
        let tmp = tempfile::tempdir().unwrap();
        let ctx = ctx(tmp.path());
        let (crt, key) = authority_paths(&ctx.paths.cert_dir, "front-proxy-ca");
        let message = |ctx: &InitContext| {
            ctx.find_authority("front-proxy-ca")
                .unwrap_err()
                .to_string()
        };

        let ca = new_ca(true, YEAR);
        write(&ctx, "front-proxy-ca", &ca, true);
        std::fs::remove_file(&crt).unwrap();
        assert_eq!(
            message(&ctx),
            format!("{} exists but {} does not", key.display(), crt.display())
        );

        write(&ctx, "front-proxy-ca", &new_ca(false, YEAR), true);
        assert_eq!(
            message(&ctx),
            format!(
                "{}: not a CA certificate (basicConstraints CA:true is missing)",
                crt.display()
            )
        );

        write(
            &ctx,
            "front-proxy-ca",
            &new_ca(true, Duration::from_secs(1)),
            true,
        );
        std::thread::sleep(Duration::from_millis(2100));
        let text = message(&ctx);
        assert!(
            text.starts_with(&format!(
                "{}: the CA certificate expired on ",
                crt.display()
            )),
            "{text}"
        );

        // A key that belongs to another certificate.
        write(&ctx, "front-proxy-ca", &ca, false);
        std::fs::write(&key, new_ca(true, YEAR).key.to_pem()).unwrap();
        assert!(matches!(
            ctx.find_authority("front-proxy-ca"),
            Err(AuthorityError::Load(_))
        ));
    }
}
