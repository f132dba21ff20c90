//! `kadm certs generate-csr`: a key and a certificate signing request for every leaf certificate
//! and every kubeconfig client certificate, for an external CA to sign (kubeadm's external CA
//! mode).

use std::path::{Path, PathBuf};

use kadm_certs::{CERTS, CertEntry, CommonName, Kind, Leaf, alt_names};
use kadm_init_context::{InitContext, Tag};
use kadm_kubeconfig::{FILES, KubeconfigFile};
use kadm_kubeconfig_model::KubeConfig;
use kadm_node_fs::{FileSpec, FsError, MODE_SECRET};
use kadm_pki::{CertSpec, ExtendedUsage, PkiError, csr_pem, default_generator};

/// The tag of generate-csr's lines.
const TAG: Tag = Tag::new("certs");

/// Mode of a CSR: public, as a certificate.
const MODE_PUBLIC: u32 = 0o644;

/// Why `generate-csr` writes nothing.
#[derive(Debug, thiserror::Error)]
pub enum CsrError {
    /// A file it would write exists already.
    #[error(
        "{}: already exists; generate-csr never replaces a key, a CSR or a kubeconfig file: move \
         it away (or use other --cert-dir / --kubeconfig-dir) and run it again",
        path.display()
    )]
    Exists {
        /// The existing file.
        path: PathBuf,
    },

    /// Whether a file exists could not be told.
    #[error(transparent)]
    Inspect(FsError),

    /// A key or CSR could not be made.
    #[error("{what}: cannot make the key and CSR: {cause}")]
    Make {
        /// For which certificate.
        what: String,
        /// Why.
        cause: PkiError,
    },

    /// The files could not be written.
    #[error("cannot write the keys and CSRs: {cause}")]
    Write {
        /// Why.
        cause: FsError,
    },
}

/// One key and CSR to write: what it is for and its files.
struct Request {
    name: String,
    files: Vec<FileSpec>,
}

fn csr_path(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".csr");
    PathBuf::from(name)
}

/// A new key and its CSR for `spec`.
fn key_and_csr(
    ctx: &InitContext,
    spec: &CertSpec,
    name: &str,
) -> Result<(String, String), CsrError> {
    let make = |cause| CsrError::Make {
        what: name.to_string(),
        cause,
    };
    let key = default_generator()
        .generate(ctx.key_algorithm())
        .map_err(make)?;
    let csr = csr_pem(spec, &key).map_err(make)?;
    Ok((key.to_pem(), csr))
}

fn spec(common_name: String, organizations: Vec<String>, usages: &[ExtendedUsage]) -> CertSpec {
    CertSpec {
        common_name,
        organizations,
        dns_names: Vec::new(),
        ip_addresses: Vec::new(),
        is_ca: false,
        extended_usages: usages.to_vec(),
        validity: std::time::Duration::from_secs(1),
    }
}

fn leaf_request(ctx: &InitContext, entry: &CertEntry, leaf: &Leaf) -> Result<Request, CsrError> {
    let (_, key_path) = entry.paths(&ctx.paths.cert_dir);
    let common_name = match leaf.common_name {
        CommonName::Fixed(cn) => cn.to_string(),
        CommonName::NodeName => ctx.config.node_name().to_string(),
    };
    let names = alt_names(&ctx.config, leaf.sans);
    let mut spec = spec(
        common_name,
        leaf.organization.map(String::from).into_iter().collect(),
        leaf.usages,
    );
    spec.dns_names = names.dns;
    spec.ip_addresses = names.ips;
    let (key, csr) = key_and_csr(ctx, &spec, entry.base)?;
    Ok(Request {
        name: entry.base.to_string(),
        files: vec![
            FileSpec {
                path: ctx.paths.cert_dir.join(format!("{}.csr", entry.base)),
                contents: csr.into_bytes(),
                mode: MODE_PUBLIC,
            },
            FileSpec {
                path: key_path,
                contents: key.into_bytes(),
                mode: MODE_SECRET,
            },
        ],
    })
}

fn kubeconfig_request(ctx: &InitContext, file: &KubeconfigFile) -> Result<Request, CsrError> {
    let path = file.path(&ctx.paths.kubeconfig_dir);
    let user = file.common_name(&ctx.config);
    let spec = spec(
        user.clone(),
        file.organizations(),
        &[ExtendedUsage::ClientAuth],
    );
    let (key, csr) = key_and_csr(ctx, &spec, file.file)?;
    // kubeadm's partial kubeconfig: the key, neither the client certificate nor the CA.
    let mut config = KubeConfig::new_single(
        ctx.config.cluster_name(),
        &file.server(&ctx.config),
        b"",
        &user,
        b"",
        key.as_bytes(),
    );
    config.clusters[0].cluster.certificate_authority_data = None;
    config.users[0].user.client_certificate_data = None;
    Ok(Request {
        name: file.file.to_string(),
        files: vec![
            FileSpec {
                path: csr_path(&path),
                contents: csr.into_bytes(),
                mode: MODE_PUBLIC,
            },
            FileSpec {
                path,
                contents: config.to_yaml().into_bytes(),
                mode: MODE_SECRET,
            },
        ],
    })
}

/// Makes every key and CSR (refusing before anything is written when one of the files exists),
/// then writes them in one batch (or, in a dry run, lists them).
pub fn generate_csrs(ctx: &InitContext) -> Result<(), CsrError> {
    let mut requests = Vec::new();
    for entry in &CERTS {
        if let Kind::Leaf(leaf) = &entry.kind {
            if ctx.config.external_etcd() && entry.is_etcd_pki() {
                continue;
            }
            requests.push(leaf_request(ctx, entry, leaf)?);
        }
    }
    for file in &FILES {
        requests.push(kubeconfig_request(ctx, file)?);
    }
    let files: Vec<FileSpec> = requests.iter().flat_map(|r| r.files.clone()).collect();
    for file in &files {
        if ctx.fs().exists(&file.path).map_err(CsrError::Inspect)? {
            return Err(CsrError::Exists {
                path: file.path.clone(),
            });
        }
    }
    ctx.commit(&files)
        .map_err(|cause| CsrError::Write { cause })?;
    for request in &requests {
        let names: Vec<String> = request
            .files
            .iter()
            .map(|f| f.path.display().to_string())
            .collect();
        ctx.out.info(
            TAG,
            &format!("key and CSR for {}: {}", request.name, names.join(", ")),
        );
    }
    Ok(())
}
