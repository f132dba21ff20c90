//! The `certs` phase of `kadm init`: kubeadm's whole PKI.
//!
//! [`phase`] returns the `certs` phase tree. Its children, one per row of [`CERTS`], make (or
//! check and reuse) the three CAs, the certificates they sign and the service-account key pair
//! under the certificate directory. The parent's own run announces the directory and generates,
//! in parallel, the keys that the children planned for this run will need.
//!
//! CAs are left in the run's [`kadm_init_context::Authorities`] product (`ca`,
//! `front-proxy-ca`, `etcd/ca`) so later phases sign without reading the disk again.

mod authority;
mod error;
mod files;
mod leaf;
mod pool;
mod sans;
mod service_account;
mod table;

use kadm_init_context::InitContext;

use crate::pool::TAG;

/// The phase's name (`kadm init phase certs`).
pub const NAME: &str = "certs";
use kadm_phase_runner::{BoxError, Phase};

pub use error::CertsError;
pub use sans::{AltNames, alt_names, first_address};
pub use table::{
    CERTS, CertEntry, CommonName, Kind, Leaf, SanKind, authority_entry, entry, markdown_table,
};

const LONG: &str = "Generates the certificate authorities, certificates and keys kubeadm's control \
plane uses, under the certificate directory (certificatesDir, --cert-dir; default \
/etc/kubernetes/pki).\n\nExisting valid files are reused and never overwritten; an existing file \
that does not fit is an error that names it. When a CA certificate is present without its key \
(external CA mode), the certificates it signs must already exist.";

const EXAMPLE: &str = "  # Generate every certificate and key\n  kadm init phase certs all\n\n  \
# Generate only the API server's serving certificate (the CA must exist)\n  kadm init phase certs \
apiserver --apiserver-cert-extra-sans api.example.com\n\n  # Show what would be written\n  \
kadm init phase certs all --dry-run";

/// The `certs` phase and its children, in kubeadm's order (the runner adds `all`).
pub fn phase() -> Phase<InitContext> {
    Phase::new(pool::PARENT)
        .short("Certificate generation")
        .long(LONG)
        .example(EXAMPLE)
        .run(|ctx: &mut InitContext| {
            ctx.out.info(
                TAG,
                &format!(
                    "Using certificateDir folder \"{}\"",
                    ctx.paths.cert_dir.display()
                ),
            );
            pool::fill(ctx).map_err(BoxError::from)
        })
        .children(CERTS.iter().map(|entry| {
            Phase::new(entry.phase)
                .short(entry.short)
                .long(entry.long_help())
                .run(move |ctx: &mut InitContext| run_entry(ctx, entry).map_err(BoxError::from))
        }))
}

/// Whether `entry` is left out because etcd is external (`etcd.external` is set).
pub(crate) fn skipped_for_external_etcd(ctx: &InitContext, entry: &CertEntry) -> bool {
    ctx.config.external_etcd() && entry.is_etcd_pki()
}

/// Runs one entry's phase: make, or check and reuse, its files.
fn run_entry(ctx: &mut InitContext, entry: &'static CertEntry) -> Result<(), CertsError> {
    if skipped_for_external_etcd(ctx, entry) {
        let what = match entry.kind {
            Kind::Authority { .. } => "certificate authority generation",
            _ => "certificate generation",
        };
        ctx.out.info(
            TAG,
            &format!("External etcd mode: Skipping {} {what}", entry.base),
        );
        return Ok(());
    }
    match entry.kind {
        Kind::Authority { common_name } => authority::run(ctx, entry, common_name),
        Kind::Leaf(leaf) => leaf::run(ctx, entry, &leaf),
        Kind::ServiceAccount => service_account::run(ctx, entry),
    }
}
