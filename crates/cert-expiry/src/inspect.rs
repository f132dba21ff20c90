//! Reading the node: every certificate of kubeadm's PKI, the client certificates of the
//! kubeconfig files, the CAs, each checked against its CA on disk now. Only reads.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use kadm_certs::{CERTS, Kind, authority_entry};
use kadm_init_context::Paths;
use kadm_kubeconfig_model::{KubeConfig, KubeConfigError};
use kadm_node_fs::Root;
use kadm_pki::Certificate;
use time::OffsetDateTime;

use crate::kubelet::{self, KubeletReport};

/// What a row is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowKind {
    /// A certificate file of the PKI (`apiserver.crt`).
    Certificate,
    /// The client certificate embedded in (or named by) a kubeconfig file.
    Kubeconfig,
    /// A certificate authority.
    Authority,
    /// The kubelet's own client certificate (`kubelet-client-current.pem`).
    Kubelet,
}

impl RowKind {
    /// The name used in JSON and in the prometheus `kind` label.
    pub fn as_str(self) -> &'static str {
        match self {
            RowKind::Certificate => "certificate",
            RowKind::Kubeconfig => "kubeconfig",
            RowKind::Authority => "authority",
            RowKind::Kubelet => "kubelet",
        }
    }
}

/// One certificate as found on the node.
#[derive(Debug, Clone)]
pub struct Row {
    /// kubeadm's name for it (`apiserver`, `admin.conf`, `etcd-ca`).
    pub name: String,
    /// What it is.
    pub kind: RowKind,
    /// The file, as the node sees it (without the `--rootfs` prefix).
    pub path: PathBuf,
    /// The name of the CA that signs it (a CA names itself).
    pub ca: String,
    /// Whether its CA's key is absent (an external CA): kadm cannot renew it.
    pub externally_managed: bool,
    /// What was found.
    pub state: State,
}

/// What was found at a row's file.
#[derive(Debug, Clone)]
pub enum State {
    /// No such file.
    Missing,
    /// The file exists but cannot be used: unreadable, not PEM, no certificate in it. The reason
    /// names the file and never quotes its contents.
    Invalid(String),
    /// The certificate's facts.
    Read(Box<Facts>),
}

/// The facts of a certificate that was read.
#[derive(Debug, Clone)]
pub struct Facts {
    /// The subject, `CN=...,O=...`.
    pub subject: String,
    /// DNS and IP subject alternative names.
    pub sans: Vec<String>,
    /// Start of validity.
    pub not_before: OffsetDateTime,
    /// End of validity.
    pub not_after: OffsetDateTime,
    /// `Ok` when it verifies against its CA on disk now; else why not.
    pub verified: Result<(), String>,
}

impl Row {
    /// The facts, when the certificate was read.
    pub fn facts(&self) -> Option<&Facts> {
        match &self.state {
            State::Read(f) => Some(f),
            _ => None,
        }
    }

    /// Whole seconds from `now` to the end of validity (negative once expired), as kubeadm
    /// counts its residual time.
    pub fn seconds_left(&self, now: OffsetDateTime) -> Option<i64> {
        self.facts().map(|f| (f.not_after - now).whole_seconds())
    }

    /// Whether the certificate verifies against its CA (false when it was not read).
    pub fn verified(&self) -> bool {
        self.facts().is_some_and(|f| f.verified.is_ok())
    }

    /// The problem a reader must know about, if any: unreadable, or not verifying.
    pub fn problem(&self) -> Option<String> {
        match &self.state {
            State::Missing => None,
            State::Invalid(reason) => Some(reason.clone()),
            State::Read(f) => f.verified.clone().err(),
        }
    }
}

/// Everything check-expiration found on the node.
#[derive(Debug, Clone)]
pub struct Report {
    /// The time the residual times count from.
    pub now: OffsetDateTime,
    /// The certificate directory, as the node sees it.
    pub cert_dir: PathBuf,
    /// The kubeconfig directory, as the node sees it.
    pub kubeconfig_dir: PathBuf,
    /// The certificates and the kubeconfig files' client certificates, sorted by name as kubeadm.
    pub certificates: Vec<Row>,
    /// The CAs, sorted by name.
    pub authorities: Vec<Row>,
    /// The kubelet's client certificate and what kubelet.conf uses.
    pub kubelet: KubeletReport,
}

impl Report {
    /// Every row: certificates, CAs, then the kubelet's two.
    pub fn rows(&self) -> impl Iterator<Item = &Row> {
        self.certificates
            .iter()
            .chain(&self.authorities)
            .chain([&self.kubelet.pem, &self.kubelet.conf])
    }

    /// False when not one CA or certificate file of the PKI exists in the certificate
    /// directory (kubeconfig files aside): the directory is not a PKI.
    pub fn found_pki(&self) -> bool {
        self.certificates
            .iter()
            .chain(&self.authorities)
            .filter(|r| r.kind != RowKind::Kubeconfig)
            .any(|r| !matches!(r.state, State::Missing))
    }

    /// The rows whose file exists but could not be used.
    pub fn invalid(&self) -> impl Iterator<Item = &Row> {
        self.rows().filter(|r| matches!(r.state, State::Invalid(_)))
    }

    /// The rows (certificates, CAs, the kubelet's) that expire within `seconds` from now,
    /// expired ones included.
    pub fn expiring_within(&self, seconds: i64) -> impl Iterator<Item = &Row> {
        self.rows()
            .filter(move |r| r.seconds_left(self.now).is_some_and(|left| left <= seconds))
    }
}

/// Where to look: the node's paths, the kubelet's certificate directory flag (`cert-dir` among
/// the kubelet's extra args, if set), and whether etcd is external (its certificates are then not
/// kubeadm's to check, as kubeadm skips them).
#[derive(Debug, Clone)]
pub struct Request<'a> {
    /// The node's directories, under its root.
    pub paths: &'a Paths,
    /// The kubelet's `--cert-dir`, when configured.
    pub kubelet_cert_dir: Option<&'a str>,
    /// etcd is external: no etcd rows.
    pub external_etcd: bool,
    /// The time to count from.
    pub now: OffsetDateTime,
}

/// A CA as found: its row and the certificates to verify its children with.
struct Authority {
    row: Row,
    bundle: Result<Vec<Certificate>, String>,
}

/// Inspects the node. Never fails: every problem is a row's state.
pub fn inspect(req: &Request<'_>) -> Report {
    let root = &req.paths.root;
    let cert_dir = &req.paths.cert_dir;
    let wanted = |entry: &kadm_certs::CertEntry| !(entry.is_etcd_pki() && req.external_etcd);
    let mut cas: HashMap<&'static str, Authority> = HashMap::new();
    for entry in CERTS.iter() {
        if let Kind::Authority { .. } = entry.kind
            && wanted(entry)
        {
            cas.insert(entry.base, authority(root, cert_dir, entry.phase, entry));
        }
    }
    let mut certificates = Vec::new();
    for entry in CERTS.iter() {
        let Kind::Leaf(leaf) = entry.kind else {
            continue;
        };
        if !wanted(entry) {
            continue;
        }
        let (crt, _) = entry.paths(cert_dir);
        let ca = cas.get(leaf.ca);
        let ca_name = authority_entry(leaf.ca).map_or(leaf.ca, |e| e.phase);
        certificates.push(leaf_row(
            root,
            entry.phase.to_string(),
            RowKind::Certificate,
            &crt,
            ca_name,
            ca,
            read_pem(root, &crt),
        ));
    }
    let ca = cas.get("ca");
    for file in kadm_kubeconfig::FILES.iter() {
        if file.file == kadm_cert_rotation::KUBELET_CONF {
            continue;
        }
        let path = file.path(&req.paths.kubeconfig_dir);
        let found = kubeconfig_client_cert(root, &path);
        certificates.push(leaf_row(
            root,
            file.file.to_string(),
            RowKind::Kubeconfig,
            &path,
            "ca",
            ca,
            found,
        ));
    }
    certificates.sort_by(|a, b| a.name.cmp(&b.name));
    let kubelet = kubelet::inspect(req, ca.map(|a| (&a.row, &a.bundle)));
    let mut authorities: Vec<Row> = cas.into_values().map(|a| a.row).collect();
    authorities.sort_by(|a, b| a.name.cmp(&b.name));
    Report {
        now: req.now,
        cert_dir: node_view(root, cert_dir),
        kubeconfig_dir: node_view(root, &req.paths.kubeconfig_dir),
        certificates,
        authorities,
        kubelet,
    }
}

/// A certificate found in a file: absent, unusable (why), or parsed.
pub(crate) enum Found {
    Missing,
    Invalid(String),
    Cert(Box<Certificate>),
}

/// The first certificate of a PEM file.
pub(crate) fn read_pem(root: &Root, path: &Path) -> Found {
    match kadm_pki::load_cert(root, path) {
        Ok(cert) => Found::Cert(Box::new(cert)),
        Err(e) if e.is_not_found() => Found::Missing,
        Err(e) => Found::Invalid(chain(root, &e)),
    }
}

fn authority(root: &Root, cert_dir: &Path, name: &str, entry: &kadm_certs::CertEntry) -> Authority {
    let (crt, key) = entry.paths(cert_dir);
    let path = node_view(root, &crt);
    let mut row = Row {
        name: name.to_string(),
        kind: RowKind::Authority,
        path: path.clone(),
        ca: name.to_string(),
        externally_managed: false,
        state: State::Missing,
    };
    let bundle = match kadm_pki::load_certs(root, &crt) {
        Ok(certs) if !certs.is_empty() => certs,
        Ok(_) => {
            row.state = State::Invalid(format!("{}: holds no certificate", path.display()));
            return Authority {
                bundle: Err(format!("its CA {} holds no certificate", path.display())),
                row,
            };
        }
        Err(e) if e.is_not_found() => {
            return Authority {
                bundle: Err(format!("its CA {} is missing", path.display())),
                row,
            };
        }
        Err(e) => {
            row.state = State::Invalid(chain(root, &e));
            return Authority {
                bundle: Err(format!("its CA {} cannot be read", path.display())),
                row,
            };
        }
    };
    row.externally_managed = !root.exists(&key).unwrap_or(true);
    let own = &bundle[0];
    let verified = if own.is_signed_by(own) {
        Ok(())
    } else {
        Err(format!(
            "{}: the CA's certificate is not self-signed (its signature does not verify with its own key)",
            path.display()
        ))
    };
    row.state = State::Read(Box::new(facts(own, verified)));
    Authority {
        row,
        bundle: Ok(bundle),
    }
}

/// The row of a certificate signed by `ca` (found as `ca`'s row and bundle).
fn leaf_row(
    root: &Root,
    name: String,
    kind: RowKind,
    path: &Path,
    ca_name: &str,
    ca: Option<&Authority>,
    found: Found,
) -> Row {
    row_of(
        root,
        name,
        kind,
        path,
        ca_name,
        ca.map(|a| (&a.row, &a.bundle)),
        found,
    )
}

/// The row of a found certificate, verified against the CA's bundle.
pub(crate) fn row_of(
    root: &Root,
    name: String,
    kind: RowKind,
    path: &Path,
    ca_name: &str,
    ca: Option<(&Row, &Result<Vec<Certificate>, String>)>,
    found: Found,
) -> Row {
    let node_path = node_view(root, path);
    let state = match found {
        Found::Missing => State::Missing,
        Found::Invalid(reason) => State::Invalid(reason),
        Found::Cert(cert) => {
            let verified = verify(&cert, &node_path, ca_name, ca.map(|(r, b)| (&r.path, b)));
            State::Read(Box::new(facts(&cert, verified)))
        }
    };
    Row {
        name,
        kind,
        path: node_path,
        ca: ca_name.to_string(),
        externally_managed: ca.is_some_and(|(r, _)| r.externally_managed),
        state,
    }
}

fn verify(
    cert: &Certificate,
    path: &Path,
    ca_name: &str,
    ca: Option<(&PathBuf, &Result<Vec<Certificate>, String>)>,
) -> Result<(), String> {
    let Some((ca_path, bundle)) = ca else {
        return Err(format!(
            "{}: its CA {ca_name} is not checked",
            path.display()
        ));
    };
    let bundle = bundle
        .as_ref()
        .map_err(|why| format!("{}: cannot be verified: {why}", path.display()))?;
    if bundle.iter().any(|c| cert.is_signed_by(c)) {
        return Ok(());
    }
    let issuer = cert.issuer_common_name().unwrap_or_default();
    let issuer: String = issuer.chars().take(64).collect();
    Err(format!(
        "{}: not signed by the CA now in {} (the certificate names issuer {issuer:?}): it was \
         issued by another, probably previous, CA; clients that trust {ca_name} reject it: \
         renew it (kadm certs renew)",
        path.display(),
        ca_path.display()
    ))
}

pub(crate) fn facts(cert: &Certificate, verified: Result<(), String>) -> Facts {
    let mut sans = cert.dns_names();
    sans.extend(cert.ip_addresses().iter().map(ToString::to_string));
    Facts {
        subject: cert.subject_line(),
        sans,
        not_before: cert.not_before(),
        not_after: cert.not_after(),
        verified,
    }
}

/// The client certificate a kubeconfig file's current user presents: embedded, or the file it
/// names (relative to the kubeconfig's directory).
pub(crate) fn kubeconfig_client_cert(root: &Root, path: &Path) -> Found {
    let config = match KubeConfig::load(root, path) {
        Ok(c) => c,
        Err(KubeConfigError::Read(e)) if e.is_not_found() => return Found::Missing,
        Err(e) => return Found::Invalid(chain(root, &e)),
    };
    let user = match config.current_user() {
        Ok(u) => &u.user,
        Err(e) => return Found::Invalid(chain(root, &e)),
    };
    if let Some(data) = &user.client_certificate_data {
        return match kadm_pki::pem_text(data.clone(), path)
            .and_then(|text| Certificate::from_pem(&text, path))
        {
            Ok(cert) => Found::Cert(Box::new(cert)),
            Err(e) => Found::Invalid(format!(
                "{}: client-certificate-data: {}",
                path.display(),
                chain(root, &e)
            )),
        };
    }
    if let Some(file) = &user.client_certificate {
        let target = referenced(root, path, file);
        return match read_pem(root, &target) {
            Found::Missing => Found::Invalid(format!(
                "{}: client-certificate names {}, which does not exist",
                path.display(),
                Path::new(file).display()
            )),
            found => found,
        };
    }
    Found::Invalid(format!(
        "{}: the current user has no client certificate (neither client-certificate-data nor \
         client-certificate)",
        path.display()
    ))
}

/// A file named inside a kubeconfig at `config` (a node path, absolute or relative to the file's
/// directory), as kadm reaches it.
pub(crate) fn referenced(root: &Root, config: &Path, file: &str) -> PathBuf {
    if Path::new(file).is_absolute() {
        root.host_path(file)
    } else {
        config
            .parent()
            .map_or_else(|| PathBuf::from(file), |dir| dir.join(file))
    }
}

/// A path under the root as the node sees it.
pub(crate) fn node_view(root: &Root, path: &Path) -> PathBuf {
    kadm_cert_rotation::node_view(root, path)
}

/// An error and its causes on one line (errors show each cause once), its paths as the node
/// sees them (without the `--rootfs` prefix), as the rows show paths.
pub(crate) fn chain(root: &Root, e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut cause = e.source();
    while let Some(c) = cause {
        text.push_str(": ");
        text.push_str(&c.to_string());
        cause = c.source();
    }
    match root.dir().and_then(Path::to_str) {
        Some(dir) if !dir.is_empty() && dir != "/" => text.replace(dir.trim_end_matches('/'), ""),
        _ => text,
    }
}
