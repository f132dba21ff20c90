//! The `upload-certs` phase: kubeadm's `kubeadm-certs` Secret in kube-system, which lets another
//! control-plane node join with `--control-plane --certificate-key`, written as the manifest
//! `upload-certs.yaml` (0600) in the cluster-objects directory with the Role and RoleBinding that
//! let bootstrap tokens read it.
//!
//! Each shared file (the cluster, front-proxy and etcd CAs with their keys, the service-account
//! key pair, or the external etcd client files) is encrypted with AES-256-GCM under the
//! certificate key (see [`crypto`]); a `/` in a name becomes `-` (`etcd/ca.crt` → `etcd-ca.crt`).
//! The key comes from `--certificate-key` (`certificateKey`), else the one kept from an earlier
//! run, else a new one; it is kept (0600) as [`KEY_FILE`] in the certificate directory so a
//! re-run makes the same file, and is printed once per run unless `--skip-certificate-key-print`.
//!
//! kubeadm also makes the Secret owned by a bootstrap token that expires after two hours, so the
//! API server's garbage collector deletes it then. An owner reference needs the owner's UID,
//! which only the API server assigns: when init talks to the API server the applied Secret gets
//! that owner ([`owner`]); the file written offline has none, so that Secret stays until it is
//! deleted (docs/cluster-objects.md says how).

pub mod crypto;
pub mod owner;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use kadm_bootstrap_token_phase::NODE_BOOTSTRAP_GROUP;
use kadm_bootstrap_token_phase::rbac::{core_rule, group, role, role_binding};
use kadm_config::ValidConfig;
use kadm_init_context::{Causes, Credentials, InitContext, Tag};
use kadm_kube_objects::k8s_openapi::ByteString;
use kadm_kube_objects::k8s_openapi::api::core::v1::Secret;
use kadm_kube_objects::k8s_openapi::apimachinery::pkg::apis::meta::v1::OwnerReference;
use kadm_kube_objects::{KUBE_SYSTEM, Manifest, meta};
use kadm_node_fs::{FileSpec, FsError, Limit, MODE_SECRET};
use kadm_phase_runner::Phase;

pub use crypto::{CertificateKey, DecryptError, KeyError, decrypt, encrypt};

/// The phase's name.
pub const NAME: &str = "upload-certs";
/// The tag of the phase's lines.
pub const TAG: Tag = Tag::new(NAME);
/// The manifest it writes in the cluster-objects directory.
pub const FILE: &str = "upload-certs.yaml";
/// The Secret holding the encrypted files.
pub const SECRET: &str = "kubeadm-certs";
/// The Role and RoleBinding that let bootstrap tokens get the Secret.
pub const RBAC_NAME: &str = "kubeadm:kubeadm-certs";
/// Where the certificate key is kept between runs, in the certificate directory (0600).
pub const KEY_FILE: &str = "upload-certs.certificate-key";

/// The certificate key of this run, for `show-join-command`.
#[derive(Debug, Clone)]
pub struct UsedKey(pub CertificateKey);

/// Why the phase failed. Messages name the file and the fix and never show the key.
#[derive(Debug, thiserror::Error)]
pub enum UploadCertsError {
    /// The kept key file is not 64 hex digits.
    #[error(
        "{}: {}; remove it (a new key is made) or give the key with --certificate-key",
        path.display(), Causes(.cause)
    )]
    KeptKey {
        /// The file.
        path: PathBuf,
        /// Why.
        cause: KeyError,
    },
    /// A file cannot be read.
    #[error("cannot read {}: {}", path.display(), Causes(.cause))]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        cause: FsError,
    },
    /// The earlier manifest is not one kadm wrote.
    #[error(
        "{} is not a kubeadm-certs manifest as kadm writes it: remove it and run again",
        path.display()
    )]
    Unreadable {
        /// The file.
        path: PathBuf,
    },
    /// The random source failed.
    #[error(transparent)]
    Random(#[from] crypto::RandomError),
    /// Printing an object.
    #[error("cannot print the objects: {}", Causes(.cause))]
    Yaml {
        /// Why.
        cause: kadm_kube_objects::SortedYamlError,
    },
    /// Writing the files.
    #[error("cannot write the objects: {}", Causes(.cause))]
    Write {
        /// Why.
        cause: FsError,
    },
}

/// The `upload-certs` phase.
pub fn phase() -> Phase<InitContext> {
    Phase::new(NAME)
        .short("Upload certificates to kubeadm-certs")
        .long(
            "With --upload-certs, writes upload-certs.yaml in the cluster-objects directory: the \
             kubeadm-certs Secret with the shared CAs and keys encrypted under the certificate \
             key (--certificate-key, or a new one that is printed), for joining more \
             control-plane nodes. Without --upload-certs it does nothing, as kubeadm.",
        )
        .example("# Write the encrypted shared certificates and print the key\nkadm init phase upload-certs --upload-certs --config config.yaml")
        .run(|ctx| {
            run(ctx)?;
            if ctx.config.upload_certs() && ctx.online() {
                upload(ctx)?;
            }
            Ok(())
        })
}

/// The entries every `kubeadm-certs` Secret has, whatever the etcd: the cluster CA, the
/// front-proxy CA and the service-account key pair (files in the certificate directory).
pub const ALWAYS_SHARED: [&str; 6] = [
    "ca.crt",
    "ca.key",
    "front-proxy-ca.crt",
    "front-proxy-ca.key",
    "sa.key",
    "sa.pub",
];

/// The shared files of a cluster, as (name in the Secret, path on the host), in kubeadm's set:
/// the CAs and keys every control-plane node needs, and the etcd CA (local etcd) or the external
/// etcd client files.
pub fn shared_files(
    config: &ValidConfig,
    cert_dir: &Path,
    root: &kadm_node_fs::Root,
) -> Vec<(String, PathBuf)> {
    let mut files: Vec<(String, PathBuf)> = ALWAYS_SHARED
        .into_iter()
        .map(|name| (name.to_string(), cert_dir.join(name)))
        .collect();
    match &config.config().cluster.etcd.external {
        None => {
            for name in ["etcd/ca.crt", "etcd/ca.key"] {
                files.push((name.replace('/', "-"), cert_dir.join(name)));
            }
        }
        Some(external) => {
            for (name, file) in [
                ("external-etcd-ca.crt", &external.ca_file),
                ("external-etcd.crt", &external.cert_file),
                ("external-etcd.key", &external.key_file),
            ] {
                if !file.is_empty() {
                    files.push((name.to_string(), root.host_path(file)));
                }
            }
        }
    }
    files.sort();
    files
}

/// The manifest's path.
pub fn manifest_path(ctx: &InitContext) -> PathBuf {
    ctx.paths.objects_dir.join(FILE)
}

/// The kept key's path.
pub fn key_path(ctx: &InitContext) -> PathBuf {
    ctx.paths.cert_dir.join(KEY_FILE)
}

fn read_text(ctx: &InitContext, path: &Path) -> Result<Option<String>, UploadCertsError> {
    ctx.fs()
        .read_text_if_exists(path, Limit::KUBECONFIG)
        .map_err(|cause| UploadCertsError::Read {
            path: path.to_path_buf(),
            cause,
        })
}

/// The key kept by an earlier run, if any.
fn kept_key(ctx: &InitContext) -> Result<Option<CertificateKey>, UploadCertsError> {
    let path = key_path(ctx);
    let Some(text) = read_text(ctx, &path)? else {
        return Ok(None);
    };
    CertificateKey::parse(text.trim())
        .map(Some)
        .map_err(|cause| UploadCertsError::KeptKey { path, cause })
}

/// The certificate key of this run: the one an earlier phase used, else `--certificate-key`,
/// else the kept one; `None` when there is none.
pub fn current_key(ctx: &InitContext) -> Result<Option<CertificateKey>, UploadCertsError> {
    if let Some(UsedKey(key)) = ctx.products.get::<UsedKey>() {
        return Ok(Some(key.clone()));
    }
    if let Some(text) = ctx.config.certificate_key() {
        // Validation checked it.
        if let Ok(key) = CertificateKey::parse(text) {
            return Ok(Some(key));
        }
    }
    kept_key(ctx)
}

fn run(ctx: &mut InitContext) -> Result<(), UploadCertsError> {
    if !ctx.config.upload_certs() {
        ctx.out.info(
            TAG,
            &format!(
                "Skipping phase. Please see {}",
                kadm_config::flag::UPLOAD_CERTS
            ),
        );
        return Ok(());
    }
    // The key given, else the one an earlier run kept, else a new one.
    let key = match ctx.config.certificate_key().map(CertificateKey::parse) {
        Some(Ok(key)) => key,
        _ => match kept_key(ctx)? {
            Some(key) => key,
            None => CertificateKey::generate()?,
        },
    };
    ctx.out.info(
        TAG,
        &format!("Storing the certificates in Secret {SECRET:?} in the {KUBE_SYSTEM:?} Namespace"),
    );
    let path = manifest_path(ctx);
    let existing = read_text(ctx, &path)?;
    let earlier = match &existing {
        Some(text) => {
            secret_data(text).ok_or_else(|| UploadCertsError::Unreadable { path: path.clone() })?
        }
        None => BTreeMap::new(),
    };
    let mut data = BTreeMap::new();
    for (name, file) in shared_files(&ctx.config, &ctx.paths.cert_dir, ctx.fs()) {
        let contents = ctx
            .fs()
            .read_if_exists(&file, Limit::PEM)
            .map_err(|cause| UploadCertsError::Read {
                path: file.clone(),
                cause,
            })?;
        let value = match contents {
            // kubeadm stores an empty value for a file it does not find.
            None => Vec::new(),
            Some(plain) => match earlier.get(&name) {
                Some(sealed) if decrypt(sealed, &key).is_ok_and(|p| p == plain) => sealed.clone(),
                _ => encrypt(&plain, &key)?,
            },
        };
        data.insert(name, ByteString(value));
    }
    let text = objects(data, None)
        .map_err(|cause| UploadCertsError::Yaml { cause })?
        .to_text();

    // The key file is written with the Secret, in one batch, or kept when it already holds it.
    ctx.commit_changed(vec![
        FileSpec {
            path: path.clone(),
            contents: text.into_bytes(),
            mode: MODE_SECRET,
        },
        FileSpec {
            path: key_path(ctx),
            contents: format!("{}\n", key.expose()).into_bytes(),
            mode: MODE_SECRET,
        },
    ])
    .map_err(|cause| UploadCertsError::Write { cause })?;
    if !ctx.config.skip_certificate_key_print() {
        ctx.out.info(TAG, "Using certificate key:");
        ctx.out.info(Tag::NONE, &key.expose());
    }
    ctx.result(serde_json::json!({
        "file": path.display().to_string(),
        "secret": SECRET,
        "keyFile": key_path(ctx).display().to_string(),
    }));
    ctx.products.insert(UsedKey(key));
    Ok(())
}

/// Applies the manifest just written, its Secret owned by a short-lived token (see [`owner`]).
fn upload(ctx: &mut InitContext) -> Result<(), kadm_phase_runner::BoxError> {
    let path = manifest_path(ctx);
    let written = read_text(ctx, &path)?.unwrap_or_default();
    let data = secret_data(&written).ok_or(UploadCertsError::Unreadable { path: path.clone() })?;
    let owner = owner::owner(ctx)?;
    let data = data.into_iter().map(|(k, v)| (k, ByteString(v))).collect();
    let text = objects(data, Some(owner))?.to_text();
    let shown = ctx
        .fs()
        .node_path(&path)
        .unwrap_or(path)
        .display()
        .to_string();
    ctx.apply_text(TAG, &shown, &text, Credentials::Admin)?;
    Ok(())
}

/// The Secret (owned by `owner` when given) and its RBAC, in kubeadm's order.
pub fn objects(
    data: BTreeMap<String, ByteString>,
    owner: Option<OwnerReference>,
) -> Result<Manifest, kadm_kube_objects::SortedYamlError> {
    let mut metadata = meta(SECRET, Some(KUBE_SYSTEM), &[]);
    metadata.owner_references = owner.map(|o| vec![o]);
    let mut m = Manifest::of(&Secret {
        metadata,
        data: Some(data),
        ..Secret::default()
    })?;
    m.push(&role(
        RBAC_NAME,
        KUBE_SYSTEM,
        vec![core_rule(&["get"], &["secrets"], &[SECRET])],
    ))?;
    m.push(&role_binding(
        RBAC_NAME,
        KUBE_SYSTEM,
        group(NODE_BOOTSTRAP_GROUP),
    ))?;
    Ok(m)
}

/// The raw (encrypted) values of the kubeadm-certs Secret in a manifest's text; `None` when the
/// text is not a manifest or holds no such Secret.
pub fn secret_data(text: &str) -> Option<BTreeMap<String, Vec<u8>>> {
    kadm_kube_objects::object_data(text, "Secret", SECRET)?
        .into_iter()
        .map(|(k, v)| Some((k, STANDARD.decode(v).ok()?)))
        .collect()
}

/// Decrypts every value of the kubeadm-certs Secret (as a joining control plane does); an
/// empty value (a file the first node did not have) stays empty. The error names the entry.
pub fn decrypt_secret(
    data: &BTreeMap<String, Vec<u8>>,
    key: &CertificateKey,
) -> Result<BTreeMap<String, Vec<u8>>, (String, DecryptError)> {
    data.iter()
        .map(|(name, value)| {
            if value.is_empty() {
                return Ok((name.clone(), Vec::new()));
            }
            decrypt(value, key)
                .map(|plain| (name.clone(), plain))
                .map_err(|e| (name.clone(), e))
        })
        .collect()
}

#[cfg(test)]
mod tests;
