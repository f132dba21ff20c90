//! `kadm certs renew`: re-issues kubeadm's leaf certificates, and the client certificates
//! embedded in kubeconfig files, as `kubeadm certs renew` does.
//!
//! A renewal keeps the identity of the certificate on disk (subject, SANs, extended usages, read
//! back from the file, never recomputed from the configuration), makes a new key of the same
//! algorithm, and signs with the same CA (`ca`, `front-proxy-ca` or `etcd/ca`, from
//! [`kadm_certs::CERTS`]) for `certificateValidityPeriod`, cut at the CA's own expiry. CAs are
//! never renewed, nor is `kubelet.conf` (the kubelet rotates its own certificate). A renewed
//! kubeconfig changes only its `client-certificate-data` and `client-key-data` values.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use kadm_certs::{CERTS, CertEntry, Kind};
use kadm_init_context::{Authority, AuthorityError, InitContext, Tag, authority_paths};
use kadm_kubeconfig::{FILES, KubeconfigFile};
use kadm_kubeconfig_model::{KubeConfig, KubeConfigError};
use kadm_node_fs::{FileSpec, FsError, Limit, MODE_SECRET};
use kadm_pki::{Certificate, CertifiedKey, PkiError, default_generator, fmt_time, sign};
use time::OffsetDateTime;

/// The tag of renewal log lines: `[renew] ...`.
pub const TAG: Tag = Tag::new("renew");

/// The argument that renews every certificate.
pub const ALL: &str = "all";

/// The CA that signs the client certificates of kubeconfig files.
const KUBECONFIG_CA: &str = "ca";

/// The kubeconfig file kubeadm does not renew: the kubelet rotates its own client certificate.
const KUBELET_CONF: &str = "kubelet.conf";

/// The line `kadm certs renew all` ends with, as kubeadm's.
pub const RESTART: &str = "Done renewing certificates. You must restart the kube-apiserver, \
kube-controller-manager, kube-scheduler and etcd, so that they can use the new certificates.";

/// One thing `kadm certs renew` can renew.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// A leaf certificate of the PKI (`apiserver`, `etcd-server`, ...).
    Cert(&'static CertEntry),
    /// The client certificate embedded in a kubeconfig file (`admin.conf`, ...).
    Kubeconfig(&'static KubeconfigFile),
}

impl Target {
    /// The name the command takes, as kubeadm's: the phase name or the kubeconfig file name.
    pub fn name(&self) -> &'static str {
        match self {
            Target::Cert(entry) => entry.phase,
            Target::Kubeconfig(file) => file.file,
        }
    }

    /// The file base name of the CA that signs it.
    pub fn ca(&self) -> &'static str {
        match self {
            Target::Cert(CertEntry {
                kind: Kind::Leaf(leaf),
                ..
            }) => leaf.ca,
            _ => KUBECONFIG_CA,
        }
    }

    /// Whether etcd's CA signs it (not renewed by `all` when etcd is external).
    pub fn is_etcd(&self) -> bool {
        matches!(self, Target::Cert(entry) if entry.is_etcd_pki())
    }

    /// What it is, in kubeadm's words ("certificate for serving the Kubernetes API").
    pub fn long_name(&self) -> String {
        match self {
            Target::Cert(entry) => {
                let short = entry.short.strip_prefix("Generate ").unwrap_or(entry.short);
                short.strip_prefix("the ").unwrap_or(short).to_string()
            }
            Target::Kubeconfig(file) => {
                format!("certificate embedded in the kubeconfig file {}", file.file)
            }
        }
    }
}

/// Everything `renew` accepts besides `all`, sorted by name as kubeadm lists them: the leaf
/// certificates and the kubeconfig files other than `kubelet.conf`.
pub fn targets() -> Vec<Target> {
    let certs = CERTS
        .iter()
        .filter(|e| matches!(e.kind, Kind::Leaf(_)))
        .map(Target::Cert);
    let files = FILES
        .iter()
        .filter(|f| f.file != KUBELET_CONF)
        .map(Target::Kubeconfig);
    let mut all: Vec<Target> = certs.chain(files).collect();
    all.sort_by_key(|t| t.name());
    all
}

/// Why a certificate is not renewed. Each message names the file or the name and the fix.
#[derive(Debug, thiserror::Error)]
pub enum RenewError {
    /// The name is not one `renew` knows.
    #[error(
        "unknown certificate {name}{}; the names are: all, {}",
        hint(suggestion),
        names()
    )]
    Unknown {
        /// What was typed, as a message may echo it (quoted, cut short).
        name: String,
        /// The closest known name, if any.
        suggestion: Option<&'static str>,
    },

    /// The name is a CA.
    #[error(
        "{name:?} is a certificate authority: kadm certs renew does not renew CAs (every \
         certificate it signed would have to be re-issued); renew the certificates it signs instead"
    )]
    Authority {
        /// The CA's name.
        name: String,
    },

    /// The name is something kadm does not renew this way.
    #[error("{name:?} is not renewed by kadm certs renew: {why}")]
    NotRenewable {
        /// The name.
        name: String,
        /// Why, and what to do instead.
        why: &'static str,
    },

    /// The certificate to renew does not exist.
    #[error("{}: not found, so there is nothing to renew; create it with `kadm init phase {phase}`", path.display())]
    Missing {
        /// The missing file.
        path: PathBuf,
        /// The phase that makes it (`certs apiserver`, `kubeconfig admin`).
        phase: String,
    },

    /// The CA certificate is absent.
    #[error("{}: the CA certificate is missing, so {what} cannot be signed; restore it from a backup", path.display())]
    NoCa {
        /// The CA certificate's path.
        path: PathBuf,
        /// What would be renewed.
        what: String,
    },

    /// The CA's key is absent: the CA is managed outside this node (external CA mode).
    #[error(
        "{}: the key of CA {ca:?} is absent (external CA mode), so {what} cannot be renewed \
         here; have your external CA sign a new certificate (`kadm certs generate-csr` makes the \
         key and CSR), or put the CA key back at that path",
        key.display()
    )]
    ExternalCa {
        /// The CA's name.
        ca: &'static str,
        /// The absent key file.
        key: PathBuf,
        /// What would be renewed.
        what: String,
    },

    /// The CA on disk cannot be used.
    #[error("CA {ca:?} cannot be used: {cause}")]
    UnusableCa {
        /// The CA's name.
        ca: &'static str,
        /// Why.
        cause: AuthorityError,
    },

    /// The certificate on disk cannot be read.
    #[error(transparent)]
    Read(PkiError),

    /// A file's status or contents could not be read.
    #[error(transparent)]
    Fs(FsError),

    /// The kubeconfig file cannot be read.
    #[error(transparent)]
    Kubeconfig(KubeConfigError),

    /// The kubeconfig's current user has no embedded client certificate.
    #[error(
        "{}: the current user has no client-certificate-data to renew (it may point at a file \
         or use a token); renew that credential where it lives",
        path.display()
    )]
    NoEmbeddedCert {
        /// The kubeconfig file.
        path: PathBuf,
    },

    /// The new certificate could not be made.
    #[error("{what}: cannot issue the new certificate: {cause}")]
    Issue {
        /// What was being renewed.
        what: String,
        /// Why.
        cause: PkiError,
    },

    /// The new files could not be written.
    #[error("{what}: cannot write the renewed files: {cause}")]
    Write {
        /// What was being renewed.
        what: String,
        /// Why.
        cause: FsError,
    },
}

fn hint(suggestion: &Option<&'static str>) -> String {
    suggestion
        .map(|s| format!(" (did you mean {s:?}?)"))
        .unwrap_or_default()
}

fn names() -> String {
    targets()
        .iter()
        .map(Target::name)
        .collect::<Vec<_>>()
        .join(", ")
}

/// What `renew NAME` renews: every target for [`ALL`], else the one named.
pub fn select(name: &str) -> Result<Vec<Target>, RenewError> {
    if name == ALL {
        return Ok(targets());
    }
    if let Some(target) = targets().into_iter().find(|t| t.name() == name) {
        return Ok(vec![target]);
    }
    if let Some(entry) = CERTS.iter().find(|e| e.phase == name || e.base == name) {
        return Err(match entry.kind {
            Kind::Authority { .. } => RenewError::Authority {
                name: name.to_string(),
            },
            _ => RenewError::NotRenewable {
                name: name.to_string(),
                why: "it is the service-account key pair, not a certificate; it has no expiry",
            },
        });
    }
    if name == KUBELET_CONF {
        return Err(RenewError::NotRenewable {
            name: name.to_string(),
            why: "the kubelet rotates its own client certificate (as with kubeadm); make \
                  kubelet.conf point at it with `kadm init phase kubelet-finalize cert-rotation`",
        });
    }
    let known = targets();
    let suggestion = kadm_did_you_mean::nearest(name, known.iter().map(Target::name).chain([ALL]));
    Err(RenewError::Unknown {
        name: kadm_config::excerpt::value(name),
        suggestion,
    })
}

/// A planned renewal: the new files and the expiry before and after.
#[derive(Debug)]
pub struct Renewal {
    /// What is renewed.
    pub target: Target,
    /// When the certificate on disk expires.
    pub old_not_after: OffsetDateTime,
    /// When the new one expires.
    pub new_not_after: OffsetDateTime,
    /// Whether the new expiry was cut to the CA's.
    pub clamped: bool,
    /// The files to write, in one batch.
    pub files: Vec<FileSpec>,
}

/// The mode of the file at `path` (to keep it), or `default` when it cannot be told.
fn mode_of(ctx: &InitContext, path: &Path, default: u32) -> Result<u32, RenewError> {
    let entry = ctx.fs().entry(path).map_err(RenewError::Fs)?;
    Ok(entry.map(|e| e.mode() & 0o7777).unwrap_or(default))
}

/// The CA that signs `target`, refusing an absent or keyless one.
fn signing_ca(ctx: &InitContext, target: &Target) -> Result<Arc<CertifiedKey>, RenewError> {
    let ca = target.ca();
    let what = target.long_name();
    match ctx.load_authority(ca) {
        Ok(Some(Authority::Signing(pair))) => Ok(pair),
        Ok(Some(Authority::CertOnly(_))) => Err(RenewError::ExternalCa {
            ca,
            key: authority_paths(&ctx.paths.cert_dir, ca).1,
            what,
        }),
        Ok(None) => Err(RenewError::NoCa {
            path: authority_paths(&ctx.paths.cert_dir, ca).0,
            what,
        }),
        Err(cause) => Err(RenewError::UnusableCa { ca, cause }),
    }
}

/// Issues the successor of `old`: same identity, a new key of the same algorithm, signed by `ca`.
fn reissue(
    ctx: &InitContext,
    target: &Target,
    old: &Certificate,
    ca: &CertifiedKey,
) -> Result<kadm_pki::Signed, RenewError> {
    let what = target.long_name();
    let issue = |cause| RenewError::Issue {
        what: what.clone(),
        cause,
    };
    let algorithm = old.key_algorithm().unwrap_or_else(|_| ctx.key_algorithm());
    let key = default_generator().generate(algorithm).map_err(issue)?;
    let spec = old.renewal_spec(ctx.config.certificate_validity());
    sign(&spec, key, ca).map_err(issue)
}

/// Plans the renewal of `target`: reads the certificate on disk and its CA, and makes the new
/// certificate and key. Writes nothing.
pub fn plan(ctx: &InitContext, target: Target) -> Result<Renewal, RenewError> {
    // The CA is checked before the certificate is read only when the file exists (a missing
    // file says so first).
    let present = match target {
        Target::Cert(entry) => entry.paths(&ctx.paths.cert_dir).0,
        Target::Kubeconfig(file) => file.path(&ctx.paths.kubeconfig_dir),
    };
    if !ctx.fs().exists(&present).map_err(RenewError::Fs)? {
        return plan_under(ctx, target, None);
    }
    let ca = signing_ca(ctx, &target)?;
    plan_under(ctx, target, Some(&ca))
}

/// Plans the renewal of `target` signed by `ca` instead of the CA on disk (a CA rotation
/// re-issues every certificate under the new CA before that CA is written). `None` only for a
/// target known to be missing (the error says so).
pub fn plan_under(
    ctx: &InitContext,
    target: Target,
    ca: Option<&CertifiedKey>,
) -> Result<Renewal, RenewError> {
    match target {
        Target::Cert(entry) => plan_cert(ctx, target, entry, ca),
        Target::Kubeconfig(file) => plan_kubeconfig(ctx, target, file, ca),
    }
}

fn missing(path: &Path, phase: String) -> RenewError {
    RenewError::Missing {
        path: path.to_path_buf(),
        phase,
    }
}

fn plan_cert(
    ctx: &InitContext,
    target: Target,
    entry: &'static CertEntry,
    ca: Option<&CertifiedKey>,
) -> Result<Renewal, RenewError> {
    let (crt, key) = entry.paths(&ctx.paths.cert_dir);
    let Some(ca) = ca.filter(|_| ctx.fs().exists(&crt).unwrap_or(false)) else {
        return Err(missing(&crt, format!("certs {}", entry.phase)));
    };
    let old = kadm_pki::load_cert(ctx.fs(), &crt).map_err(RenewError::Read)?;
    let signed = reissue(ctx, &target, &old, ca)?;
    let new = &signed.certified;
    let files = vec![
        FileSpec {
            path: crt.clone(),
            contents: new.cert.to_pem().as_bytes().to_vec(),
            mode: mode_of(ctx, &crt, 0o644)?,
        },
        FileSpec {
            path: key.clone(),
            contents: new.key.to_pem().into_bytes(),
            mode: mode_of(ctx, &key, MODE_SECRET)?,
        },
    ];
    Ok(Renewal {
        target,
        old_not_after: old.not_after(),
        new_not_after: new.cert.not_after(),
        clamped: signed.clamped_to.is_some(),
        files,
    })
}

fn plan_kubeconfig(
    ctx: &InitContext,
    target: Target,
    file: &'static KubeconfigFile,
    ca: Option<&CertifiedKey>,
) -> Result<Renewal, RenewError> {
    let path = file.path(&ctx.paths.kubeconfig_dir);
    let (Some(text), Some(ca)) = (
        ctx.fs()
            .read_text_if_exists(&path, Limit::KUBECONFIG)
            .map_err(RenewError::Fs)?,
        ca,
    ) else {
        return Err(missing(&path, format!("kubeconfig {}", file.phase)));
    };
    let config = KubeConfig::from_yaml(&text, &path).map_err(RenewError::Kubeconfig)?;
    let user = config.current_user().map_err(RenewError::Kubeconfig)?;
    let Some(old_pem) = user.user.client_certificate_data.clone() else {
        return Err(RenewError::NoEmbeddedCert { path });
    };
    let old_key = user.user.client_key_data.clone().unwrap_or_default();
    let old_text = String::from_utf8_lossy(&old_pem);
    let old = Certificate::from_pem(&old_text, &path).map_err(RenewError::Read)?;
    let signed = reissue(ctx, &target, &old, ca)?;
    let new_cert = signed.certified.cert.to_pem().as_bytes().to_vec();
    let new_key = signed.certified.key.to_pem().into_bytes();
    let mut expected = config.clone();
    let named = expected
        .current_user_mut()
        .map_err(RenewError::Kubeconfig)?;
    named.user.client_certificate_data = Some(new_cert.clone());
    named.user.client_key_data = Some(new_key.clone());
    let contents = kubeconfig_text(
        ctx,
        &path,
        &text,
        &expected,
        &[(&old_pem, &new_cert), (&old_key, &new_key)],
    );
    Ok(Renewal {
        target,
        old_not_after: old.not_after(),
        new_not_after: signed.certified.cert.not_after(),
        clamped: signed.clamped_to.is_some(),
        files: vec![FileSpec {
            path: path.clone(),
            contents: contents.into_bytes(),
            mode: mode_of(ctx, &path, MODE_SECRET)?,
        }],
    })
}

/// The kubeconfig `text` (the file at `path`) changed into `expected`: each old value's base64
/// replaced by the new value's in place, so every other byte stays, when that yields exactly
/// `expected`; else `expected` in kadm's layout, with a warning that comments and key order go.
pub fn kubeconfig_text(
    ctx: &InitContext,
    path: &Path,
    text: &str,
    expected: &KubeConfig,
    pairs: &[(&[u8], &[u8])],
) -> String {
    if let Some(in_place) = replace_values(text, pairs)
        .filter(|out| KubeConfig::from_yaml(out, path).is_ok_and(|parsed| &parsed == expected))
    {
        return in_place;
    }
    ctx.out.warn(
        TAG,
        &format!(
            "{}: the credentials could not be replaced in place (a value appears more than \
             once, or not as one base64 line), so the file is written in kadm's layout: every \
             field is kept, comments and key order are not",
            path.display()
        ),
    );
    expected.to_yaml()
}

/// `text` with each old value's base64 (found exactly once) replaced by the new value's, so
/// that every other byte of the file stays as it was; `None` when a value is not found once.
fn replace_values(text: &str, pairs: &[(&[u8], &[u8])]) -> Option<String> {
    let mut out = text.to_string();
    for &(old, new) in pairs {
        let old64 = STANDARD.encode(old);
        if old.is_empty() || out.matches(&old64).count() != 1 {
            return None;
        }
        out = out.replacen(&old64, &STANDARD.encode(new), 1);
    }
    Some(out)
}

/// Writes a planned renewal in one atomic batch (or, in a dry run, lists it), and tells the
/// old and new expiry.
pub fn apply(ctx: &InitContext, renewal: &Renewal) -> Result<(), RenewError> {
    let what = renewal.target.long_name();
    ctx.commit(&renewal.files)
        .map_err(|cause| RenewError::Write {
            what: what.clone(),
            cause,
        })?;
    let verb = if ctx.dry_run {
        "would be renewed"
    } else {
        "renewed"
    };
    ctx.out.info(
        TAG,
        &format!(
            "{what} {verb} ({}): its expiry was {}, is now {}",
            renewal.target.name(),
            fmt_time(renewal.old_not_after),
            fmt_time(renewal.new_not_after)
        ),
    );
    if renewal.clamped {
        ctx.out.warn(
            TAG,
            &format!(
                "{}: the new certificate ends when CA {:?} does ({}), before certificateValidityPeriod; renew the CA soon",
                renewal.target.name(),
                renewal.target.ca(),
                fmt_time(renewal.new_not_after)
            ),
        );
    }
    Ok(())
}

mod csr;

pub use csr::{CsrError, generate_csrs};

#[cfg(test)]
mod tests;
