//! The rotation bundle: the new CAs of a prepared node, for the other control planes, encrypted
//! with AES-256-GCM under a certificate key (`kadm-upload-certs`, the one home of that crypto) and
//! stamped with each CA's old and new SHA-256 fingerprints.
//!
//! The file is JSON: `{"kind": "KadmCaRotationBundle", "version": 1, "cas": [{"ca", "old",
//! "new", "data"}]}`; `data` is the base64 of the encrypted JSON `{"crt", "key", "cross"}` (the
//! new CA, its key, the new CA signed by the old one). The stamps are read before decrypting (to
//! refuse a bundle of another cluster early) and checked against the decrypted certificates after.

use std::path::Path;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use kadm_certs::CertEntry;
use kadm_init_context::InitContext;
use kadm_node_fs::Limit;
use kadm_pki::{Certificate, CertifiedKey, PrivateKey};
use kadm_upload_certs::CertificateKey;
use serde_json::{Value, json};

use crate::disk::{CaDisk, Shape, is_cross};
use crate::{RotationError, authorities};

/// What the bundle's `kind` says.
const KIND: &str = "KadmCaRotationBundle";

/// The full SHA-256 fingerprint of a certificate (lowercase hex).
pub(crate) fn stamp(cert: &Certificate) -> String {
    kadm_pki::sha256_hex(cert.der())
}

/// One CA's new material, opened.
pub(crate) struct Shared {
    /// The CA.
    pub(crate) entry: &'static CertEntry,
    /// The old CA's fingerprint the bundle replaces.
    pub(crate) old: String,
    /// The new CA and its key, as PEM.
    crt: String,
    key: String,
    /// The new CA signed by the old one.
    pub(crate) cross: Certificate,
    /// The new CA.
    pub(crate) new: Certificate,
}

impl Shared {
    /// The new CA with its key.
    pub(crate) fn pair(&self, source: &Path) -> Result<CertifiedKey, RotationError> {
        let bad = |e: kadm_pki::PkiError| bad(source, e.to_string());
        Ok(CertifiedKey {
            cert: Certificate::from_pem(&self.crt, source).map_err(bad)?,
            key: PrivateKey::from_pem(&self.key, source).map_err(bad)?,
        })
    }
}

fn bad(file: &Path, reason: impl Into<String>) -> RotationError {
    RotationError::BadBundle {
        file: file.to_path_buf(),
        reason: reason.into(),
    }
}

/// The bundle of the CAs `cas` of a prepared node, encrypted under `key`.
pub fn seal(
    ctx: &InitContext,
    cas: &[&'static CertEntry],
    key: &CertificateKey,
) -> Result<Vec<u8>, RotationError> {
    let mut entries = Vec::new();
    for entry in cas {
        let disk = CaDisk::read(&ctx.paths, entry)?;
        let shape = disk.shape().map_err(|r| disk.unrecognized(ctx.fs(), r))?;
        let (old, new) = match shape {
            Shape::Absent => continue,
            Shape::Both { old, new } => (old, new),
            _ => {
                return Err(RotationError::NotPrepared {
                    path: crate::node_path(ctx.fs(), &disk.crt),
                });
            }
        };
        let Some(cross) = disk.cross_for(old, new) else {
            return Err(RotationError::NotPrepared {
                path: crate::node_path(ctx.fs(), &disk.record.cross),
            });
        };
        let new_key =
            ctx.fs()
                .read_text(&disk.key, Limit::PEM)
                .map_err(|e| RotationError::File {
                    path: crate::node_path(ctx.fs(), &disk.key),
                    reason: e.to_string(),
                })?;
        let secret = json!({"crt": new.to_pem(), "key": new_key, "cross": cross.to_pem()});
        let sealed =
            kadm_upload_certs::encrypt(secret.to_string().as_bytes(), key).map_err(|e| {
                RotationError::Issue {
                    what: "the rotation bundle".into(),
                    cause: kadm_pki::PkiError::Issue {
                        subject: "bundle".into(),
                        reason: e.to_string(),
                    },
                }
            })?;
        entries.push(json!({
            "ca": entry.phase,
            "old": stamp(old),
            "new": stamp(new),
            "data": STANDARD.encode(sealed),
        }));
    }
    let doc = json!({"kind": KIND, "version": 1, "cas": entries});
    Ok(format!(
        "{}\n",
        serde_json::to_string_pretty(&doc).unwrap_or_default()
    )
    .into_bytes())
}

/// One CA's entry of a bundle, before decryption.
struct Stamped {
    entry: &'static CertEntry,
    /// The old CA's fingerprint.
    old: String,
    /// The new CA's fingerprint.
    new: String,
    /// The encrypted material.
    data: Vec<u8>,
}

/// The stamped entries of the bundle `bytes` (read from `file`).
fn entries(file: &Path, bytes: &[u8]) -> Result<Vec<Stamped>, RotationError> {
    let doc: Value = serde_json::from_slice(bytes)
        .map_err(|e| bad(file, format!("not a rotation bundle (JSON: {e})")))?;
    if doc["kind"] != KIND || doc["version"] != 1 {
        return Err(bad(
            file,
            format!("not a rotation bundle (kind {KIND}, version 1 expected)"),
        ));
    }
    let mut out = Vec::new();
    for item in doc["cas"].as_array().into_iter().flatten() {
        let field = |name: &str| {
            item[name]
                .as_str()
                .map(str::to_string)
                .ok_or_else(|| bad(file, format!("a CA entry lacks {name:?}")))
        };
        let name = field("ca")?;
        let entry = authorities()
            .find(|e| e.phase == name)
            .ok_or_else(|| bad(file, format!("unknown CA {:?}", kadm_short(&name))))?;
        let data = STANDARD
            .decode(field("data")?)
            .map_err(|e| bad(file, format!("CA {name}: data is not base64: {e}")))?;
        out.push(Stamped {
            entry,
            old: field("old")?,
            new: field("new")?,
            data,
        });
    }
    Ok(out)
}

fn kadm_short(text: &str) -> String {
    text.chars().take(40).collect()
}

/// Opens the bundle `bytes` (read from `file`) with `key`, for the CAs `cas`: each CA's new
/// material, checked against its stamps. A wrong key or a changed file is refused.
pub(crate) fn open(
    file: &Path,
    bytes: &[u8],
    key: &CertificateKey,
    cas: &[&'static CertEntry],
) -> Result<Vec<Shared>, RotationError> {
    let mut out = Vec::new();
    for Stamped {
        entry,
        old,
        new: new_stamp,
        data,
    } in entries(file, bytes)?
    {
        if !cas.iter().any(|c| c.phase == entry.phase) {
            continue;
        }
        let plain =
            kadm_upload_certs::decrypt(&data, key).map_err(|_| RotationError::WrongKey {
                file: file.to_path_buf(),
            })?;
        let secret: Value = serde_json::from_slice(&plain)
            .map_err(|e| bad(file, format!("CA {}: {e}", entry.phase)))?;
        let text = |name: &str| {
            secret[name]
                .as_str()
                .map(str::to_string)
                .ok_or_else(|| bad(file, format!("CA {}: lacks {name:?}", entry.phase)))
        };
        let crt = text("crt")?;
        let new = Certificate::from_pem(&crt, file).map_err(|e| bad(file, e.to_string()))?;
        let cross =
            Certificate::from_pem(&text("cross")?, file).map_err(|e| bad(file, e.to_string()))?;
        if stamp(&new) != new_stamp {
            return Err(bad(
                file,
                format!(
                    "CA {}: the new CA inside is not the one its stamp names",
                    entry.phase
                ),
            ));
        }
        out.push(Shared {
            entry,
            old,
            crt,
            key: text("key")?,
            cross,
            new,
        });
    }
    Ok(out)
}

/// Checks that `shared` continues this node's CA `disk` in `shape`: the bundle's old CA is this
/// node's, and the node is not already past it or on another new CA.
pub(crate) fn check_fits(
    shared: &Shared,
    shape: Shape<'_>,
    file: &Path,
) -> Result<(), RotationError> {
    let ca = shared.entry.phase;
    let short = |s: &str| s[..16.min(s.len())].to_string();
    let other = |ours: &Certificate| RotationError::OtherCluster {
        ca,
        file: file.to_path_buf(),
        theirs: short(&shared.old),
        ours: short(&stamp(ours)),
    };
    match shape {
        Shape::Absent => Ok(()),
        Shape::Single(current) if stamp(current) == shared.old => Ok(()),
        Shape::Single(current) => Err(other(current)),
        Shape::NewOnly { new, .. } if stamp(new) == shared.old => Ok(()),
        Shape::NewOnly { old, new } if stamp(old) == shared.old => {
            Err(RotationError::OlderBundle {
                ca,
                file: file.to_path_buf(),
                ours: short(&stamp(new)),
            })
        }
        Shape::NewOnly { new, .. } => Err(other(new)),
        Shape::Both { old, .. } if stamp(old) != shared.old => Err(other(old)),
        Shape::Both { new, .. } if *new != shared.new => Err(RotationError::OtherNewCa {
            ca,
            file: file.to_path_buf(),
            ours: short(&stamp(new)),
            theirs: short(&stamp(&shared.new)),
        }),
        Shape::Both { old, new } => {
            if is_cross(&shared.cross, old, new) {
                Ok(())
            } else {
                Err(bad(
                    file,
                    format!(
                        "CA {ca}: its cross-signed certificate is not the new CA signed by the old"
                    ),
                ))
            }
        }
    }
}
