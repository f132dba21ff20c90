//! `kadm certs rotate-ca prepare|finalize|status`: flags and wiring; the rotation itself is
//! `kadm-ca-rotation`.

use std::path::PathBuf;

use anyhow::Result;
use clap::builder::PossibleValuesParser;
use clap::{ArgAction, ArgMatches, Args, Command, ValueEnum};
use kadm_certs::CertEntry;
use kadm_init_context::OutputFormat;
use kadm_init_context::Root;
use kadm_node_fs::{FileSpec, Limit, LockMode, MODE_SECRET};

use crate::certs::certs_context;
use crate::cli::{self, CertsDirs, CertsNodeArgs};
use crate::commands::{lock_root, printer};

/// Which CAs a step works on.
#[derive(Debug, Args)]
struct Which {
    /// The CA to rotate: ca, front-proxy-ca, etcd-ca, or all (a CA whose file is absent, as
    /// etcd's with an external etcd, is skipped)
    #[arg(long, value_name = "CA", default_value = kadm_ca_rotation::ALL,
          value_parser = PossibleValuesParser::new(kadm_ca_rotation::names()))]
    ca: String,
}

impl Which {
    fn entries(&self) -> Result<Vec<&'static CertEntry>> {
        Ok(kadm_ca_rotation::select(&self.ca)?)
    }
}

/// The flags of `rotate-ca prepare`.
#[derive(Debug, Args)]
struct PrepareArgs {
    #[command(flatten)]
    which: Which,
    /// Then write the rotation bundle for the other control planes to FILE (a host path, mode
    /// 0600): the new CAs and keys encrypted under --certificate-key
    #[arg(long, value_name = "FILE", value_hint = clap::ValueHint::FilePath,
          requires = "certificate_key", conflicts_with_all = ["from_bundle", "dry_run"])]
    bundle_file: Option<PathBuf>,
    /// Take the new CAs from the rotation bundle FILE (a host path) another control plane's
    /// prepare wrote, instead of making them; this node's own certificates and SANs are kept
    #[arg(long, value_name = "FILE", value_hint = clap::ValueHint::FilePath,
          requires = "certificate_key")]
    from_bundle: Option<PathBuf>,
    /// The key that encrypts the bundle: 64 hex digits, as `kadm certs certificate-key` prints
    #[arg(long, value_name = "KEY")]
    certificate_key: Option<String>,
    #[command(flatten)]
    node: CertsNodeArgs,
}

/// The rotation bundle file's size cap.
const BUNDLE_LIMIT: Limit = Limit::new(1 << 20, "rotation bundle");

/// The flags of `rotate-ca finalize`.
#[derive(Debug, Args)]
struct FinalizeArgs {
    #[command(flatten)]
    which: Which,
    /// Finalize even when some certificates are not under the new CA yet: they are left as
    /// they are (and named), and stop verifying once the components reload the bundles
    #[arg(long)]
    force: bool,
    #[command(flatten)]
    node: CertsNodeArgs,
}

/// The flags of `rotate-ca rollback`.
#[derive(Debug, Args)]
struct RollbackArgs {
    #[command(flatten)]
    which: Which,
    #[command(flatten)]
    node: CertsNodeArgs,
}

/// The `-o/--output` of `rotate-ca status`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum StatusFormat {
    /// Tables: the CAs, then every file.
    Text,
    /// The same facts as JSON.
    Json,
}

/// The flags of `rotate-ca status`.
#[derive(Debug, Args)]
struct StatusArgs {
    #[command(flatten)]
    which: Which,
    /// Output format
    #[arg(short = 'o', long, value_name = "FORMAT", value_enum, default_value_t = StatusFormat::Text)]
    output: StatusFormat,
    #[command(flatten)]
    dirs: CertsDirs,
}

/// The `rotate-ca` subcommand and its three steps.
pub(crate) fn command() -> Command {
    let status = StatusArgs::augment_args(Command::new("status"))
        .about("Show where each CA, certificate and kubeconfig of the node stands in a rotation")
        .long_about(
            "For every CA file, leaf certificate and kubeconfig file: which CA signed it, which \
             CAs its trust bundle holds, what follows the leaf (the cross-signed link), and the \
             stage that follows: not-started, prepared, finalized, or inconsistent with the \
             files and the fix. Derived from the certificates every time (no progress file). \
             Give --rootfs several times to compare nodes: `lagging` names the nodes behind the \
             most advanced one, or with another new CA. Only reads.",
        )
        .after_help(
            "Examples:\n  kadm certs rotate-ca status\n  \
             kadm certs rotate-ca status -o json --rootfs /srv/cp1 --rootfs /srv/cp2",
        )
        .mut_arg("rootfs", |a| {
            a.action(ArgAction::Append).help(
                "Resolve every absolute path under DIR; give it once per node to compare nodes",
            )
        });
    Command::new("rotate-ca")
        .about("Replace the cluster's CAs in stages: prepare, finalize (or rollback), status")
        .long_about(
            "Replace the cluster CA, the front-proxy CA and the etcd CA without downtime: \
             `prepare` makes the new CA, keeps the old one in <certificatesDir>/ca-rotation, \
             trusts old and new everywhere and re-issues every certificate under the new CA; \
             restart the components; `finalize` then drops the old CA. docs/ca-rotation.md is \
             the runbook.",
        )
        .subcommand_required(true)
        .subcommand(
            PrepareArgs::augment_args(Command::new("prepare"))
                .about("Make the new CA, trust old and new, re-issue every certificate under the new CA")
                .long_about(
                    "Make a new CA (same subject and key type) unless a rotation is under way, \
                     keep the old CA in <certificatesDir>/ca-rotation/<ca>/, write old + new in \
                     the CA file (new first; the key file holds the new key) and in every \
                     kubeconfig's certificate-authority-data, and re-issue every leaf and \
                     kubeconfig client certificate under the new CA with its subject, SANs and \
                     usages. Serving certificates carry the new CA cross-signed by the old one, \
                     so clients that trust only the old CA still connect. A re-run completes a \
                     half-done prepare and changes nothing once it is done.",
                )
                .after_help(
                    "Examples:\n  kadm certs rotate-ca prepare\n  kadm certs rotate-ca prepare --ca etcd-ca --dry-run\n  \
                     kadm certs rotate-ca prepare --bundle-file rotation.json --certificate-key KEY\n  \
                     kadm certs rotate-ca prepare --from-bundle rotation.json --certificate-key KEY",
                ),
        )
        .subcommand(
            FinalizeArgs::augment_args(Command::new("finalize"))
                .about("Drop the old CA once every certificate is under the new one")
                .long_about(
                    "Refuse, naming the files, unless every certificate of the node is signed by \
                     the new CA and the old CA's backup exists; then write the new CA alone in the \
                     CA files and kubeconfigs and drop the cross-signed link from the serving \
                     certificates. The backup is kept. A re-run completes a half-done finalize.",
                )
                .after_help("Examples:\n  kadm certs rotate-ca finalize\n  kadm certs rotate-ca finalize --ca ca"),
        )
        .subcommand(
            RollbackArgs::augment_args(Command::new("rollback"))
                .about("Before finalize, go back to the old CA kept in the backup")
                .long_about(
                    "Put the old CA back from <certificatesDir>/ca-rotation/<ca>/ (the CA file \
                     and key as before the rotation), re-issue every leaf and kubeconfig client \
                     certificate under it, and make the kubeconfigs trust it alone. Refused once \
                     finalized, or without the backup. A re-run completes a half-done rollback.",
                )
                .after_help("Examples:\n  kadm certs rotate-ca rollback\n  kadm certs rotate-ca rollback --ca etcd-ca"),
        )
        .subcommand(status)
}

/// Runs a `rotate-ca` step.
pub(crate) fn run(m: &ArgMatches) -> Result<()> {
    match m.subcommand() {
        Some(("prepare", sub)) => prepare(sub),
        Some(("finalize", sub)) => {
            let args: FinalizeArgs = cli::read(sub)?;
            let cas = args.which.entries()?;
            let ctx = certs_context(sub, &args.node)?;
            let _lock = lock_root(&ctx, lock_mode(ctx.dry_run))?;
            let options = kadm_ca_rotation::FinalizeOptions { force: args.force };
            Ok(kadm_ca_rotation::finalize(&ctx, &cas, options)?)
        }
        Some(("rollback", sub)) => {
            let args: RollbackArgs = cli::read(sub)?;
            let cas = args.which.entries()?;
            let ctx = certs_context(sub, &args.node)?;
            let _lock = lock_root(&ctx, lock_mode(ctx.dry_run))?;
            Ok(kadm_ca_rotation::rollback(&ctx, &cas)?)
        }
        Some(("status", sub)) => status(sub),
        _ => anyhow::bail!("unknown command: run `kadm certs rotate-ca --help` for the list"),
    }
}

/// `prepare`, from a bundle or making the new CAs, then writing a bundle when asked.
fn prepare(m: &ArgMatches) -> Result<()> {
    let args: PrepareArgs = cli::read(m)?;
    let cas = args.which.entries()?;
    let key = args
        .certificate_key
        .as_deref()
        .map(kadm_upload_certs::CertificateKey::parse)
        .transpose()
        .map_err(|e| anyhow::anyhow!("--certificate-key: {e}"))?;
    let ctx = certs_context(m, &args.node)?;
    let _lock = lock_root(&ctx, lock_mode(ctx.dry_run))?;
    let host = Root::host();
    match (&args.from_bundle, &key) {
        (Some(file), Some(key)) => {
            let bytes = host.read(file, BUNDLE_LIMIT)?;
            kadm_ca_rotation::prepare_from_bundle(&ctx, &cas, file, &bytes, key)?;
        }
        _ => kadm_ca_rotation::prepare(&ctx, &cas)?,
    }
    if let (Some(file), Some(key)) = (&args.bundle_file, &key) {
        let contents = kadm_ca_rotation::seal(&ctx, &cas, key)?;
        host.write_atomic(&FileSpec {
            path: file.clone(),
            contents,
            mode: MODE_SECRET,
        })?;
        ctx.out.info(
            kadm_ca_rotation::TAG,
            &format!(
                "Wrote the rotation bundle {:?} (0600, encrypted): on every other control plane run \
                 `kadm certs rotate-ca prepare --from-bundle FILE --certificate-key KEY`",
                file.display().to_string()
            ),
        );
    }
    Ok(())
}

fn lock_mode(dry_run: bool) -> LockMode {
    if dry_run {
        LockMode::Shared
    } else {
        LockMode::Exclusive
    }
}

/// `status`: every node given (or `/`), side by side.
fn status(m: &ArgMatches) -> Result<()> {
    let args: StatusArgs = cli::read(m)?;
    let cas = args.which.entries()?;
    let roots: Vec<Option<PathBuf>> = match m.get_many::<PathBuf>("rootfs") {
        Some(many) => many.cloned().map(Some).collect(),
        None => vec![None],
    };
    let mut nodes = Vec::new();
    for rootfs in roots {
        let node = CertsNodeArgs {
            dirs: CertsDirs {
                config: args.dirs.config.clone(),
                rootfs,
                cert_dir: args.dirs.cert_dir.clone(),
                kubeconfig_dir: args.dirs.kubeconfig_dir.clone(),
            },
            dry_run: true,
        };
        let ctx = certs_context(m, &node)?;
        nodes.push(kadm_ca_rotation::status(&ctx.paths, &cas));
    }
    let report = kadm_ca_rotation::compare(nodes);
    let text = match args.output {
        StatusFormat::Text => kadm_ca_rotation::render_text(&report),
        StatusFormat::Json => serde_json::to_string_pretty(&kadm_ca_rotation::to_json(&report))?,
    };
    printer(m, OutputFormat::Text)?.stdout(text.strip_suffix('\n').unwrap_or(&text));
    Ok(())
}
