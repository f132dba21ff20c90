//! `kadm certs check-expiration`: flags, the report in the chosen format, the exit code.

use std::time::Duration;

use anyhow::Result;
use clap::{ArgMatches, Args, Command, ValueEnum};
use kadm_cert_expiry::{Report, Request};
use kadm_init_context::paths::{DEFAULT_CERT_DIR, DEFAULT_KUBECONFIG_DIR};
use kadm_init_context::{OutputFormat, Paths, Root};

use crate::Exit;
use crate::cli::{self, NodeArgs};

/// The exit code when a certificate expires within `--fail-within`.
pub(crate) const EXPIRING: u8 = 2;

/// The `-o/--output` of `certs check-expiration`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ExpirationFormat {
    /// kubeadm's two tables, then the kubelet's and the notes.
    Text,
    /// The same facts as JSON.
    Json,
    /// The same facts as YAML.
    Yaml,
    /// Prometheus text exposition format (node_exporter's textfile collector).
    Prometheus,
}

/// The flags of `certs check-expiration`.
#[derive(Debug, Args)]
pub(crate) struct CheckExpirationArgs {
    /// Where the files are.
    #[command(flatten)]
    dirs: crate::cli::CertsDirs,
    /// Output format
    #[arg(short = 'o', long, value_name = "FORMAT", value_enum, default_value_t = ExpirationFormat::Text)]
    output: ExpirationFormat,
    /// Exit with code 2 when a certificate, CA or the kubelet's certificate expires within
    /// DURATION (30d, 1d12h, 720h)
    #[arg(long, value_name = "DURATION", value_parser = kadm_cert_expiry::parse_within)]
    fail_within: Option<Duration>,
}

/// The `check-expiration` subcommand.
pub(crate) fn command() -> Command {
    CheckExpirationArgs::augment_args(Command::new("check-expiration"))
        .about("Check when the node's certificates, CAs and kubelet certificate expire")
        .long_about(
            "Print kubeadm's expiry tables (the certificates, with those of the kubeconfig files; \
             then the CAs), then the kubelet's rotated client certificate with its renewal \
             window and what kubelet.conf uses. Every certificate is verified against its CA on \
             disk now. A missing file is a !MISSING! row, an unusable one an !INVALID! row \
             explained under NOTES. Only reads. Exit codes: 0 checked; 1 could not check (bad \
             flags, no PKI found, an unusable file); 2 with --fail-within, something expires \
             within it.",
        )
        .after_help(
            "Examples:\n  kadm certs check-expiration\n  \
             kadm certs check-expiration --fail-within 30d -o json\n  \
             kadm certs check-expiration -o prometheus > /var/lib/node_exporter/kadm.prom.tmp",
        )
}

/// The exit code of a command line clap refused with `clap_code`: `certs check-expiration`
/// keeps 2 for "expiring", so its usage errors are 1 there (help and version stay 0).
pub(crate) fn usage_exit_code(args: &[std::ffi::OsString], clap_code: i32) -> i32 {
    let ours = args.iter().any(|a| a == "check-expiration");
    if ours && clap_code == i32::from(EXPIRING) {
        1
    } else {
        clap_code
    }
}

/// Runs the check and prints the report; the exit code follows the findings.
pub(crate) fn run(m: &ArgMatches) -> Result<()> {
    let args: CheckExpirationArgs = cli::read(m)?;
    let root = match &args.dirs.rootfs {
        Some(dir) => Root::at(dir),
        None => Root::host(),
    };
    let config = match &args.dirs.config {
        Some(path) => Some(crate::commands::load_config(&NodeArgs {
            config: Some(path.clone()),
            rootfs: args.dirs.rootfs.clone(),
            kubeconfig_dir: None,
            overrides: kadm_config::Overrides::default(),
        })?),
        None => None,
    };
    let cert_dir = match (&args.dirs.cert_dir, &config) {
        (Some(dir), _) => dir.as_str(),
        (None, Some(c)) => c.certificates_dir(),
        (None, None) => DEFAULT_CERT_DIR,
    };
    let kubeconfig_dir = args
        .dirs
        .kubeconfig_dir
        .as_deref()
        .unwrap_or(DEFAULT_KUBECONFIG_DIR);
    let paths = Paths::new(root, cert_dir, kubeconfig_dir)?;
    let report = kadm_cert_expiry::inspect(&Request {
        paths: &paths,
        kubelet_cert_dir: config
            .as_ref()
            .and_then(|c| c.kubelet_extra_arg("cert-dir")),
        external_etcd: config.as_ref().is_some_and(|c| c.external_etcd()),
        now: time::OffsetDateTime::now_utc(),
    });
    let text = match args.output {
        ExpirationFormat::Text => kadm_cert_expiry::text::render(&report),
        ExpirationFormat::Json => {
            serde_json::to_string_pretty(&kadm_cert_expiry::data::to_value(&report))?
        }
        ExpirationFormat::Yaml => {
            kadm_sorted_yaml::to_yaml(&kadm_cert_expiry::data::to_value(&report))?
        }
        ExpirationFormat::Prometheus => kadm_cert_expiry::prometheus::render(&report),
    };
    crate::commands::printer(m, OutputFormat::Text)?
        .stdout(text.strip_suffix('\n').unwrap_or(&text));
    verdict(&report, args.fail_within)
}

/// The exit code: 1 when the check could not be made (no PKI, unusable files), 2 when
/// something expires within `fail_within`, else 0.
fn verdict(report: &Report, fail_within: Option<Duration>) -> Result<()> {
    if !report.found_pki() {
        anyhow::bail!(
            "no certificate or CA of kubeadm's PKI found in {:?}: this is not a node's PKI; \
             check --cert-dir, --rootfs or the config's certificatesDir",
            report.cert_dir.display().to_string(),
        );
    }
    let invalid: Vec<&str> = report.invalid().map(|r| r.name.as_str()).collect();
    if !invalid.is_empty() {
        anyhow::bail!(
            "{} cannot be used, so their expiry is unknown (see the !INVALID! rows and NOTES, or \
             the error fields): {}",
            if invalid.len() == 1 {
                "1 file"
            } else {
                "several files"
            },
            invalid.join(", ")
        );
    }
    let Some(within) = fail_within else {
        return Ok(());
    };
    let seconds = i64::try_from(within.as_secs()).unwrap_or(i64::MAX);
    let expiring: Vec<String> = report
        .expiring_within(seconds)
        .map(|r| {
            let left = r.seconds_left(report.now).unwrap_or_default();
            format!(
                "{} ({})",
                r.name,
                kadm_cert_expiry::text::short_duration(left)
            )
        })
        .collect();
    if expiring.is_empty() {
        return Ok(());
    }
    Err(Exit {
        code: EXPIRING,
        message: format!(
            "expiring within --fail-within {}: {}",
            kadm_config::go_duration(within),
            expiring.join(", ")
        ),
    }
    .into())
}
