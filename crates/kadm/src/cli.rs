//! The clap command tree. The `init phase ...` subcommands, the phase list in `init --help` and the
//! completions are all generated from the registered phases: there is no second list.

use std::path::PathBuf;
use std::time::Duration;

use clap::{value_parser, Arg, ArgMatches, Args, Command, FromArgMatches, ValueEnum};
use kadm_config::Overrides;
use kadm_init_context::paths::DEFAULT_KUBECONFIG_DIR;
use kadm_init_context::OutputFormat;
use kadm_phase_runner::{Phase, Workflow};

use crate::printer::ProgressMode;

/// Flags every command has (global).
#[derive(Debug, Args)]
pub struct CommonArgs {
    /// Log verbosity (0: kubeadm's lines; 1: also each phase as it starts)
    #[arg(
        short = 'v',
        long = "v",
        value_name = "LEVEL",
        default_value_t = 0,
        global = true
    )]
    pub verbosity: u8,
    /// Progress bars: auto (terminal and not CI), always, never
    #[arg(long, value_name = "WHEN", value_enum, default_value_t = ProgressMode::Auto, global = true)]
    pub progress: ProgressMode,
}

/// Where the node is and how it is configured: shared by `init` (global, so every
/// `init phase ...` takes them) and `kubeconfig user`.
#[derive(Debug, Args)]
pub struct NodeArgs {
    /// Path to a kubeadm.k8s.io/v1beta4 configuration file
    #[arg(long, value_name = "FILE", value_hint = clap::ValueHint::FilePath, global = true)]
    pub config: Option<PathBuf>,
    /// Resolve every absolute path kadm touches under DIR (runs without root)
    #[arg(long, value_name = "DIR", value_hint = clap::ValueHint::DirPath, global = true)]
    pub rootfs: Option<PathBuf>,
    /// Where kubeconfig files are written.
    #[arg(
        long,
        value_name = "DIR",
        value_hint = clap::ValueHint::DirPath,
        global = true,
        help = format!("Where kubeconfig files are written [default: {DEFAULT_KUBECONFIG_DIR}]"),
    )]
    pub kubeconfig_dir: Option<String>,
    /// The flags that override the configuration file.
    #[command(flatten)]
    pub overrides: Overrides,
}

/// The `-o/--output` of `init`: kubeadm's log lines, or a JSON result (log lines to stderr).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Format {
    Text,
    Json,
}

impl From<Format> for OutputFormat {
    fn from(format: Format) -> Self {
        match format {
            Format::Text => OutputFormat::Text,
            Format::Json => OutputFormat::Json,
        }
    }
}

/// The flags of `init` and every `init phase ...` (global under `init`).
#[derive(Debug, Args)]
pub(crate) struct InitArgs {
    /// The node and its configuration.
    #[command(flatten)]
    pub node: NodeArgs,
    /// Write nothing; print what would be written
    #[arg(long, global = true)]
    pub dry_run: bool,
    /// Result format
    #[arg(short = 'o', long, value_name = "FORMAT", value_enum, default_value_t = Format::Text, global = true)]
    pub output: Format,
}

/// `--skip-phases`, on `init` itself only.
#[derive(Debug, Args)]
pub struct SkipArgs {
    /// Phases to skip, by full path (e.g. certs/etcd-ca,kubeconfig)
    #[arg(long, value_name = "PHASES", value_delimiter = ',')]
    pub skip_phases: Vec<String>,
}

/// The flags of `kubeconfig user`.
#[derive(Debug, Args)]
pub struct UserArgs {
    /// The node and its configuration.
    #[command(flatten)]
    pub node: NodeArgs,
    /// The user name: the client certificate's CN
    #[arg(long, value_name = "NAME")]
    pub client_name: String,
    /// The user's group: the client certificate's O
    #[arg(long, value_name = "ORG")]
    pub org: Vec<String>,
    /// How long the certificate is valid (e.g. 24h) [default: certificateValidityPeriod]
    #[arg(long, value_name = "DURATION", value_parser = kadm_config::parse_positive_duration)]
    pub validity_period: Option<Duration>,
    /// Write the kubeconfig to FILE (mode 0600) instead of stdout
    #[arg(short = 'o', long, value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    pub output: Option<PathBuf>,
}

/// Reads a derive struct back from matches that hold its flags (clap checked them already).
pub(crate) fn read<T: FromArgMatches>(m: &ArgMatches) -> anyhow::Result<T> {
    Ok(T::from_arg_matches(m)?)
}
/// The subcommand for one phase, its children recursively.
fn phase_command<D>(phase: &Phase<D>) -> Command {
    let mut cmd = Command::new(phase.name().to_string())
        .about(phase.listed_help())
        .hide(phase.is_hidden());
    for alias in phase.aliases() {
        cmd = cmd.alias(alias.clone());
    }
    if let Some(long) = phase.long_help() {
        cmd = cmd.long_about(long.to_string());
    }
    if let Some(example) = phase.example_text() {
        cmd = cmd.after_help(format!("Examples:\n{example}"));
    }
    for child in phase.child_phases() {
        cmd = cmd.subcommand(phase_command(child));
    }
    cmd
}

/// The whole `kadm` command tree for a workflow.
pub fn build<D>(workflow: &Workflow<D>) -> Command {
    let phase = Command::new("phase")
        .about("Use this command to invoke a single phase of the init workflow")
        .subcommand_required(true)
        .subcommands(workflow.roots().iter().map(phase_command));
    // The flag structs first: `augment_args` would replace `about` with their doc comments.
    let init = SkipArgs::augment_args(InitArgs::augment_args(Command::new("init")))
        .about("Build this control-plane node's identity: PKI, kubeconfig files, kubelet rotation")
        .after_help(workflow.phase_list())
        // The phase list is preformatted (aligned columns): never re-wrap it.
        .term_width(0)
        .subcommand(phase);
    let config = Command::new("config")
        .about("Show kadm's configuration")
        .subcommand_required(true)
        .subcommand(
            Command::new("print")
                .about("Print configuration")
                .subcommand_required(true)
                .subcommand(
                    Command::new("init-defaults")
                        .about("Print the default v1beta4 configuration for `kadm init --config`"),
                ),
        );
    let kubeconfig = Command::new("kubeconfig")
        .about("Kubeconfig file utilities")
        .subcommand_required(true)
        .subcommand(
            UserArgs::augment_args(Command::new("user"))
                .about("Print a kubeconfig for an extra user, signed by the cluster CA")
                .long_about(
                    "Print a kubeconfig for an extra user (a CI robot, a person), with a new key \
                     and a client certificate signed by the cluster CA. The output holds a \
                     private key: keep it secret.",
                )
                .after_help(
                    "Examples:\n  kadm kubeconfig user --client-name ci-robot --org ci --validity-period 24h > robot.conf",
                ),
        );
    let completion = Command::new("completion")
        .about("Print a shell completion script")
        .arg(
            Arg::new("shell")
                .required(true)
                .value_parser(value_parser!(clap_complete::Shell)),
        );
    let version = Command::new("version").about("Print kadm's version").arg(
        Arg::new("output")
            .short('o')
            .long("output")
            .value_name("FORMAT")
            .value_parser(["text", "short", "json"])
            .default_value("text")
            .help("Output format"),
    );
    CommonArgs::augment_args(Command::new("kadm"))
        .about("kadm builds a Kubernetes control-plane node's identity the way kubeadm init does")
        .version(env!("CARGO_PKG_VERSION"))
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommand(init)
        .subcommand(kubeconfig)
        .subcommand(config)
        .subcommand(completion)
        .subcommand(version)
}

/// The phase path named by `init phase ...` matches (`certs/ca`), or `None` for a plain `init`.
pub fn phase_path(init: &ArgMatches) -> Option<String> {
    let (_, mut m) = init.subcommand().filter(|(n, _)| *n == "phase")?;
    let mut parts = Vec::new();
    while let Some((name, sub)) = m.subcommand() {
        parts.push(name.to_string());
        m = sub;
    }
    Some(parts.join("/"))
}
