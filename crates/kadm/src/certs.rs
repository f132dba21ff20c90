//! `kadm certs ...`: certificate-key, renew, generate-csr (check-expiration and rotate-ca have
//! their own modules).

use std::sync::Arc;

use anyhow::Result;
use clap::ArgMatches;
use kadm_cert_renewal::{ALL, RenewError, Renewal};
use kadm_init_context::{InitContext, OutputFormat, Tag};
use kadm_node_fs::LockMode;

use crate::cli::{self, CertsNodeArgs, NodeArgs, RenewArgs};
use crate::commands::{context, lock_root, printer};

/// Runs a `kadm certs` subcommand.
pub(crate) fn dispatch(m: &ArgMatches) -> Result<()> {
    match m.subcommand() {
        Some(("certificate-key", sub)) => {
            let key = kadm_upload_certs::CertificateKey::generate()?;
            printer(sub, OutputFormat::Text)?.stdout(&key.expose());
            Ok(())
        }
        Some(("check-expiration", sub)) => crate::check_expiration::run(sub),
        Some(("rotate-ca", sub)) => crate::rotate_ca::run(sub),
        Some(("renew", sub)) => renew(sub),
        Some(("generate-csr", sub)) => {
            let args: CertsNodeArgs = cli::read(sub)?;
            let ctx = certs_context(sub, &args)?;
            let _lock = lock_root(&ctx, LockMode::Exclusive)?;
            Ok(kadm_cert_renewal::generate_csrs(&ctx)?)
        }
        _ => anyhow::bail!("unknown command: run `kadm certs --help` for the list"),
    }
}

/// The run context of a certs utility: the configuration file, then `--cert-dir`.
pub(crate) fn certs_context(m: &ArgMatches, args: &CertsNodeArgs) -> Result<InitContext> {
    let printer = Arc::new(printer(m, OutputFormat::Text)?);
    let overrides = kadm_config::Overrides {
        cert_dir: args.dirs.cert_dir.clone(),
        ..Default::default()
    };
    let node = NodeArgs {
        config: args.dirs.config.clone(),
        rootfs: args.dirs.rootfs.clone(),
        kubeconfig_dir: args.dirs.kubeconfig_dir.clone(),
        overrides,
    };
    let mut ctx = context(&node, printer, OutputFormat::Text)?;
    ctx.dry_run = args.dry_run;
    Ok(ctx)
}

/// `kadm certs renew NAME|all`: plans every renewal first (so a failure writes nothing), then
/// writes each certificate with its key in one batch.
fn renew(m: &ArgMatches) -> Result<()> {
    let args: RenewArgs = cli::read(m)?;
    let targets = kadm_cert_renewal::select(&args.name)?;
    let ctx = certs_context(m, &args.node)?;
    let mode = if ctx.dry_run {
        LockMode::Shared
    } else {
        LockMode::Exclusive
    };
    let _lock = lock_root(&ctx, mode)?;
    let all = args.name == ALL;
    let mut planned: Vec<Renewal> = Vec::new();
    for target in targets {
        // As kubeadm: with an external etcd, `all` leaves etcd's certificates alone.
        if all && ctx.config.external_etcd() && target.is_etcd() {
            continue;
        }
        match kadm_cert_renewal::plan(&ctx, target) {
            Ok(renewal) => planned.push(renewal),
            // As kubeadm: `all` renews what it can, and tells what is missing and what a
            // keyless CA keeps.
            Err(e @ (RenewError::ExternalCa { .. } | RenewError::Missing { .. })) if all => {
                ctx.out.warn(kadm_cert_renewal::TAG, &e.to_string())
            }
            Err(e) => return Err(e.into()),
        }
    }
    for renewal in &planned {
        kadm_cert_renewal::apply(&ctx, renewal)?;
    }
    if all && !ctx.dry_run {
        ctx.out.info(Tag::NONE, "");
        ctx.out.info(Tag::NONE, kadm_cert_renewal::RESTART);
    }
    Ok(())
}
