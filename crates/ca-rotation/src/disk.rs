//! What the node's files say about one CA's rotation: the CA file, the backup, the cross-signed
//! certificate, and every file the CA signs or is trusted in; and what each file should hold at
//! each stage.

use std::path::{Path, PathBuf};

use kadm_certs::{CERTS, CertEntry, Kind};
use kadm_init_context::Paths;
use kadm_kubeconfig::FILES;
use kadm_kubeconfig_model::KubeConfig;
use kadm_node_fs::{Limit, Root};
use kadm_pki::{Certificate, ExtendedUsage};

use crate::{RECORD_DIR, RotationError, node_path};

/// The files that keep one CA's rotation: `<certificatesDir>/ca-rotation/<ca base>/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// The directory.
    pub dir: PathBuf,
    /// The old CA's certificate.
    pub old_crt: PathBuf,
    /// The old CA's key.
    pub old_key: PathBuf,
    /// The new CA's certificate signed by the old CA (the link in serving chains).
    pub cross: PathBuf,
}

/// Where the rotation of the CA with file base name `base` (`ca`, `etcd/ca`) is kept.
pub fn record_paths(cert_dir: &Path, base: &str) -> Record {
    let dir = cert_dir.join(RECORD_DIR).join(base);
    Record {
        old_crt: dir.join("old.crt"),
        old_key: dir.join("old.key"),
        cross: dir.join("cross.crt"),
        dir,
    }
}

/// One CA as the disk has it.
pub(crate) struct CaDisk {
    pub(crate) entry: &'static CertEntry,
    pub(crate) crt: PathBuf,
    pub(crate) key: PathBuf,
    pub(crate) record: Record,
    /// The certificates of the CA file, in order (empty when it is absent).
    pub(crate) bundle: Vec<Certificate>,
    /// The old CA kept by a rotation.
    pub(crate) backup: Option<Certificate>,
    /// The cross-signed certificate kept by a rotation.
    pub(crate) cross: Option<Certificate>,
}

/// Which stage the CA file and the backup point at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape<'a> {
    /// No CA file.
    Absent,
    /// One CA, never rotated or with a backup of itself (a rotation that has not installed its
    /// new CA yet).
    Single(&'a Certificate),
    /// New and old in the bundle: prepared.
    Both {
        old: &'a Certificate,
        new: &'a Certificate,
    },
    /// The new CA alone, the old one in the backup: finalized.
    NewOnly {
        old: &'a Certificate,
        new: &'a Certificate,
    },
}

fn read_error(root: &Root, path: &Path, reason: impl ToString) -> RotationError {
    RotationError::File {
        path: node_path(root, path),
        reason: reason.to_string(),
    }
}

/// The certificates of the PEM file at `path`, or `None` when it is absent.
pub(crate) fn read_certs(
    root: &Root,
    path: &Path,
) -> Result<Option<Vec<Certificate>>, RotationError> {
    if !root.exists(path).map_err(|e| read_error(root, path, e))? {
        return Ok(None);
    }
    kadm_pki::load_certs(root, path)
        .map(Some)
        .map_err(|e| read_error(root, path, e))
}

impl CaDisk {
    /// Reads the CA `entry` and its rotation record under `paths`.
    pub(crate) fn read(paths: &Paths, entry: &'static CertEntry) -> Result<CaDisk, RotationError> {
        let root = &paths.root;
        let (crt, key) = entry.paths(&paths.cert_dir);
        let record = record_paths(&paths.cert_dir, entry.base);
        let first = |p: &Path| -> Result<Option<Certificate>, RotationError> {
            Ok(read_certs(root, p)?.and_then(|c| c.into_iter().next()))
        };
        Ok(CaDisk {
            entry,
            bundle: read_certs(root, &crt)?.unwrap_or_default(),
            backup: first(&record.old_crt)?,
            cross: first(&record.cross)?,
            crt,
            key,
            record,
        })
    }

    /// The stage the CA file and the backup point at, or why they point at none.
    pub(crate) fn shape(&self) -> Result<Shape<'_>, String> {
        match (&self.backup, self.bundle.as_slice()) {
            (_, []) => Ok(Shape::Absent),
            (None, [current]) => Ok(Shape::Single(current)),
            (Some(old), [current]) if old == current => Ok(Shape::Single(current)),
            (Some(old), [new]) => Ok(Shape::NewOnly { old, new }),
            (Some(old), [new, second]) if second == old && new != old => {
                Ok(Shape::Both { old, new })
            }
            (None, many) => Err(format!(
                "holds {} certificates but no rotation backup exists",
                many.len()
            )),
            (Some(_), many) => Err(format!(
                "holds {} certificates that are not the new CA followed by the old CA of the backup",
                many.len()
            )),
        }
    }

    /// The error for a shape no step leads to.
    pub(crate) fn unrecognized(&self, root: &Root, reason: String) -> RotationError {
        RotationError::Unrecognized {
            path: node_path(root, &self.crt),
            record: node_path(root, &self.record.dir),
            reason,
        }
    }

    /// Whether `cross` is the new CA signed by the old one.
    pub(crate) fn cross_for(&self, old: &Certificate, new: &Certificate) -> Option<&Certificate> {
        self.cross.as_ref().filter(|c| is_cross(c, old, new))
    }
}

/// Whether `cert` is `new`'s subject and key, issued by `old`.
pub(crate) fn is_cross(cert: &Certificate, old: &Certificate, new: &Certificate) -> bool {
    cert.public_key_der() == new.public_key_der()
        && cert.subject_line() == new.subject_line()
        && cert.is_ca()
        && cert.is_signed_by(old)
}

/// What a certificate or a bundle entry is, relative to the CAs of a rotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Role {
    /// The only CA (no rotation under way).
    Current,
    /// The CA being replaced.
    Old,
    /// The CA replacing it.
    New,
    /// The new CA cross-signed by the old one.
    Cross,
    /// Another certificate: the first 16 hex digits of its SHA-256 fingerprint.
    Unknown(String),
}

impl std::fmt::Display for Role {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Role::Current => f.write_str("current"),
            Role::Old => f.write_str("old"),
            Role::New => f.write_str("new"),
            Role::Cross => f.write_str("cross"),
            Role::Unknown(fp) => write!(f, "unknown:{fp}"),
        }
    }
}

/// The first 16 hex digits of the SHA-256 fingerprint of a certificate.
pub(crate) fn fingerprint(cert: &Certificate) -> String {
    kadm_pki::sha256_hex(cert.der())[..16].to_string()
}

/// The CAs a file is judged against.
#[derive(Clone, Copy)]
pub(crate) struct Cas<'a> {
    /// The old (or only) CA.
    pub(crate) old: &'a Certificate,
    /// The new CA, during and after a rotation.
    pub(crate) new: Option<&'a Certificate>,
}

impl Cas<'_> {
    /// What `cert` is: one of the CAs, the cross-signed link, or unknown.
    pub(crate) fn role(&self, cert: &Certificate) -> Role {
        match self.new {
            None if cert == self.old => Role::Current,
            Some(new) if cert == new => Role::New,
            Some(_) if cert == self.old => Role::Old,
            Some(new) if is_cross(cert, self.old, new) => Role::Cross,
            _ => Role::Unknown(fingerprint(cert)),
        }
    }

    /// Which CA signed `cert` (the signature checked, not only the names).
    pub(crate) fn signer(&self, cert: &Certificate) -> Role {
        match self.new {
            Some(new) if cert.is_signed_by(new) => Role::New,
            None if cert.is_signed_by(self.old) => Role::Current,
            Some(_) if cert.is_signed_by(self.old) => Role::Old,
            _ => Role::Unknown(
                cert.authority_key_id()
                    .map(|id| id.iter().map(|b| format!("{b:02x}")).collect::<String>())
                    .map(|id| format!("akid {}", &id[..id.len().min(16)]))
                    .unwrap_or_else(|| "no akid".to_string()),
            ),
        }
    }
}

/// The stage a set of files is judged against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Goal {
    /// Everything under the one CA.
    Single,
    /// Prepared: bundles new + old, certificates under the new CA, serving chains with the link.
    Both,
    /// Finalized: everything under the new CA alone.
    NewOnly,
}

impl Goal {
    /// What a trust bundle holds.
    pub(crate) fn trusts(self) -> Vec<Role> {
        match self {
            Goal::Single => vec![Role::Current],
            Goal::Both => vec![Role::New, Role::Old],
            Goal::NewOnly => vec![Role::New],
        }
    }

    /// Who signs the certificates.
    pub(crate) fn signer(self) -> Role {
        match self {
            Goal::Single => Role::Current,
            Goal::Both | Goal::NewOnly => Role::New,
        }
    }

    /// What follows a leaf in its file.
    pub(crate) fn chain(self, serving: bool) -> Vec<Role> {
        match self {
            Goal::Both if serving => vec![Role::Cross],
            _ => Vec::new(),
        }
    }
}

/// What a file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FileKind {
    /// The CA file (the trust bundle components read).
    Authority,
    /// A leaf certificate of the PKI; `serving` when it carries serverAuth.
    Leaf(&'static CertEntry, bool),
    /// A kubeconfig file (its trust bundle and client certificate).
    Kubeconfig(&'static kadm_kubeconfig::KubeconfigFile),
}

impl FileKind {
    /// The name in output.
    pub(crate) fn name(self) -> &'static str {
        match self {
            FileKind::Authority => "ca-bundle",
            FileKind::Leaf(_, true) => "serving",
            FileKind::Leaf(_, false) => "client",
            FileKind::Kubeconfig(_) => "kubeconfig",
        }
    }
}

/// One file as read: its certificates, sorted into what the judgement needs.
pub(crate) struct FileFacts {
    pub(crate) path: PathBuf,
    pub(crate) kind: FileKind,
    /// The leaf, or the kubeconfig's embedded client certificate.
    pub(crate) leaf: Option<Certificate>,
    /// The certificates after the leaf in its file.
    pub(crate) chain: Vec<Certificate>,
    /// The trust bundle (the CA file, or the kubeconfig's certificate-authority-data).
    pub(crate) trusts: Vec<Certificate>,
    /// Why the client certificate was not judged (it is not embedded).
    pub(crate) note: Option<String>,
    /// A kubeconfig's client certificate kept in a file (the kubelet's rotated one): its node
    /// path and its certificate, when the file exists. kadm does not re-issue it; `finalize`
    /// checks it.
    pub(crate) client_file: Option<(PathBuf, Certificate)>,
}

/// A file judged against the CAs and a goal.
pub(crate) struct Judged {
    pub(crate) signer: Option<Role>,
    pub(crate) trusts: Vec<Role>,
    pub(crate) chain: Vec<Role>,
    /// What differs from the goal, if anything.
    pub(crate) differs: Vec<String>,
}

fn roles(list: &[Role]) -> String {
    if list.is_empty() {
        return "nothing".to_string();
    }
    list.iter()
        .map(Role::to_string)
        .collect::<Vec<_>>()
        .join("+")
}

impl FileFacts {
    /// Judges the file against `cas` for `goal`.
    pub(crate) fn judge(&self, cas: Cas<'_>, goal: Goal) -> Judged {
        let signer = self.leaf.as_ref().map(|c| cas.signer(c));
        let trusts: Vec<Role> = self.trusts.iter().map(|c| cas.role(c)).collect();
        let chain: Vec<Role> = self.chain.iter().map(|c| cas.role(c)).collect();
        let mut differs = Vec::new();
        if let Some(signer) = &signer
            && *signer != goal.signer()
        {
            differs.push(format!(
                "signed by {signer}, not by the {} CA",
                goal.signer()
            ));
        }
        let has_trusts = matches!(self.kind, FileKind::Authority | FileKind::Kubeconfig(_));
        if has_trusts && trusts != goal.trusts() {
            differs.push(format!(
                "trusts {}, not {}",
                roles(&trusts),
                roles(&goal.trusts())
            ));
        }
        if let FileKind::Leaf(_, serving) = self.kind
            && chain != goal.chain(serving)
        {
            differs.push(format!(
                "chain after the leaf is {}, not {}",
                roles(&chain),
                roles(&goal.chain(serving))
            ));
        }
        Judged {
            signer,
            trusts,
            chain,
            differs,
        }
    }
}

/// The leaf certificates `ca` signs, as declared in kubeadm's table.
pub(crate) fn leaves_of(ca: &CertEntry) -> impl Iterator<Item = (&'static CertEntry, bool)> + '_ {
    CERTS.iter().filter_map(move |e| match e.kind {
        Kind::Leaf(leaf) if leaf.ca == ca.base => {
            Some((e, leaf.usages.contains(&ExtendedUsage::ServerAuth)))
        }
        _ => None,
    })
}

/// Reads every file of CA `ca` that exists on the node: the CA file, its leaves, and (for the
/// cluster CA) the kubeconfig files.
pub(crate) fn read_files(paths: &Paths, ca: &CaDisk) -> Result<Vec<FileFacts>, RotationError> {
    let root = &paths.root;
    let mut out = vec![FileFacts {
        path: ca.crt.clone(),
        kind: FileKind::Authority,
        leaf: None,
        chain: Vec::new(),
        trusts: ca.bundle.clone(),
        note: None,
        client_file: None,
    }];
    for (entry, serving) in leaves_of(ca.entry) {
        let path = entry.paths(&paths.cert_dir).0;
        let Some(mut certs) = read_certs(root, &path)? else {
            continue;
        };
        let leaf = certs.remove(0);
        out.push(FileFacts {
            path,
            kind: FileKind::Leaf(entry, serving),
            leaf: Some(leaf),
            chain: certs,
            trusts: Vec::new(),
            note: None,
            client_file: None,
        });
    }
    if ca.entry.base == KUBECONFIG_CA {
        for file in FILES.iter() {
            let path = file.path(&paths.kubeconfig_dir);
            if let Some(facts) = read_kubeconfig(root, &path, file)? {
                out.push(facts);
            }
        }
    }
    Ok(out)
}

/// The CA whose certificates the kubeconfig files trust and carry.
pub(crate) const KUBECONFIG_CA: &str = "ca";

/// The kubeconfig at `path` and its certificates, or `None` when it is absent.
pub(crate) fn read_kubeconfig(
    root: &Root,
    path: &Path,
    file: &'static kadm_kubeconfig::KubeconfigFile,
) -> Result<Option<FileFacts>, RotationError> {
    let Some(text) = root
        .read_text_if_exists(path, Limit::KUBECONFIG)
        .map_err(|e| read_error(root, path, e))?
    else {
        return Ok(None);
    };
    let config = KubeConfig::from_yaml(&text, path).map_err(|e| read_error(root, path, e))?;
    let bad =
        |field: &str, e: &dyn std::fmt::Display| read_error(root, path, format!("{field}: {e}"));
    let cluster = config
        .current_cluster()
        .map_err(|e| bad("current cluster", &e))?;
    let data = cluster
        .cluster
        .certificate_authority_data
        .clone()
        .unwrap_or_default();
    let trusts = Certificate::all_from_pem(&String::from_utf8_lossy(&data), path)
        .map_err(|e| bad("certificate-authority-data", &e))?;
    let user = config.current_user().map_err(|e| bad("current user", &e))?;
    let (leaf, note) = match &user.user.client_certificate_data {
        Some(pem) => (
            Some(
                Certificate::from_pem(&String::from_utf8_lossy(pem), path)
                    .map_err(|e| bad("client-certificate-data", &e))?,
            ),
            None,
        ),
        None => (
            None,
            Some(match &user.user.client_certificate {
                Some(file) => format!(
                    "the client certificate is the file {file} (the kubelet rotates it), not judged"
                ),
                None => "no client certificate (a token or another credential)".to_string(),
            }),
        ),
    };
    let client_file = match &user.user.client_certificate {
        Some(node) if user.user.client_certificate_data.is_none() => {
            let node = PathBuf::from(node);
            read_certs(root, &root.host_path(&node))?
                .and_then(|mut certs| (!certs.is_empty()).then(|| certs.remove(0)))
                .map(|cert| (node, cert))
        }
        _ => None,
    };
    Ok(Some(FileFacts {
        path: path.to_path_buf(),
        kind: FileKind::Kubeconfig(file),
        leaf,
        chain: Vec::new(),
        trusts,
        note,
        client_file,
    }))
}
