//! The clap command tree. The `init phase ...` subcommands, the phase list in `init --help` and the
//! completions are all generated from the registered phases: there is no second list.

use std::path::PathBuf;
use std::time::Duration;

use clap::{Arg, ArgMatches, Args, Command, FromArgMatches, ValueEnum, value_parser};
use kadm_config::Overrides;
use kadm_init_context::OutputFormat;
use kadm_init_context::paths::{DEFAULT_CERT_DIR, DEFAULT_KUBECONFIG_DIR};
use kadm_phase_runner::{Phase, RunData, Workflow};

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
    /// Progress: auto (bars on a terminal, not in CI), always (plain lines on a pipe), never
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
    /// Talk to the API server: wait for the control plane, then apply the cluster's objects and
    /// mark the Node [default: true on the node itself, false with --rootfs]
    #[arg(
        long,
        value_name = "BOOL",
        num_args = 0..=1,
        require_equals = true,
        default_missing_value = "true",
        global = true
    )]
    pub apply: Option<bool>,
    /// Result format
    #[arg(short = 'o', long, value_name = "FORMAT", value_enum, default_value_t = Format::Text, global = true)]
    pub output: Format,
}

impl InitArgs {
    /// Whether the run talks to the API server: `--apply` as given, else only on the node
    /// itself (without `--rootfs`), never in a dry run.
    pub(crate) fn applies(&self) -> bool {
        !self.dry_run && self.apply.unwrap_or(self.node.rootfs.is_none())
    }
}

/// `--skip-phases`, on `init` itself only.
#[derive(Debug, Args)]
pub struct SkipArgs {
    /// Phases to skip, by full path (e.g. certs/etcd-ca,kubeconfig)
    #[arg(long, value_name = "PHASES", value_delimiter = ',')]
    pub skip_phases: Vec<String>,
}

/// The flags of `join` and every `join phase ...` (global under `join`).
#[derive(Debug, Args)]
pub(crate) struct JoinArgs {
    /// Path to a kubeadm.k8s.io/v1beta4 file with a JoinConfiguration
    #[arg(long, value_name = "FILE", value_hint = clap::ValueHint::FilePath, global = true)]
    pub config: Option<PathBuf>,
    /// Resolve every absolute path kadm touches under DIR (runs without root)
    #[arg(long, value_name = "DIR", value_hint = clap::ValueHint::DirPath, global = true)]
    pub rootfs: Option<PathBuf>,
    /// A kubeconfig file with the cluster's CA and API server (admin.conf, or cluster-info's)
    #[arg(long, value_name = "FILE", value_hint = clap::ValueHint::FilePath, global = true)]
    pub discovery_file: Option<PathBuf>,
    /// The bootstrap token, for discovery and for the kubelet's TLS bootstrap
    #[arg(long, value_name = "TOKEN", global = true)]
    pub token: Option<String>,
    /// The bootstrap token the kubelet authenticates with [default: --token]
    #[arg(long, value_name = "TOKEN", global = true)]
    pub tls_bootstrap_token: Option<String>,
    /// Pin the cluster CA's public key: sha256:<hex> (repeat for several)
    #[arg(long, value_name = "HASH", global = true)]
    pub discovery_token_ca_cert_hash: Vec<String>,
    /// The bootstrap token that verifies cluster-info in token discovery [default: --token]
    #[arg(long, value_name = "TOKEN", global = true)]
    pub discovery_token: Option<String>,
    /// Token discovery without --discovery-token-ca-cert-hash: trust the CA on the token's signature alone
    #[arg(long, global = true)]
    pub discovery_token_unsafe_skip_ca_verification: bool,
    /// The node's name [default: nodeRegistration.name, else the hostname]
    #[arg(long, value_name = "NAME", global = true)]
    pub node_name: Option<String>,
    /// The container runtime's socket [default: unix:///var/run/containerd/containerd.sock]
    #[arg(long, value_name = "SOCKET", global = true)]
    pub cri_socket: Option<String>,
    /// Preflight checks whose errors become warnings (names, or all)
    #[arg(long, value_name = "CHECKS", value_delimiter = ',', global = true)]
    pub ignore_preflight_errors: Vec<String>,
    /// Join as a control-plane node: shared CAs from kubeadm-certs, this node's own certificates, static Pods, an etcd member
    #[arg(long, global = true)]
    pub control_plane: bool,
    /// The key that decrypts the kubeadm-certs Secret (64 hex digits, as `kadm init --upload-certs` prints)
    #[arg(long, value_name = "KEY", global = true)]
    pub certificate_key: Option<String>,
    /// The first control plane's cluster-objects directory, or its upload-certs.yaml (offline: no API server)
    #[arg(long, value_name = "PATH", value_hint = clap::ValueHint::AnyPath, global = true)]
    pub certs_from: Option<PathBuf>,
    /// Client URLs of the cluster's etcd members, comma-separated (offline: no API server)
    #[arg(long, value_name = "URLS", value_delimiter = ',', global = true)]
    pub etcd_endpoints: Vec<String>,
    /// The IP address this control plane's API server advertises [default: the default route's address]
    #[arg(long, value_name = "IP", global = true)]
    pub apiserver_advertise_address: Option<String>,
    /// The port this control plane's API server binds to [default: 6443]
    #[arg(long, value_name = "PORT", global = true)]
    pub apiserver_bind_port: Option<u16>,
    /// Write nothing; print what would be written
    #[arg(long, global = true)]
    pub dry_run: bool,
    /// Result format
    #[arg(short = 'o', long, value_name = "FORMAT", value_enum, default_value_t = Format::Text, global = true)]
    pub output: Format,
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
    /// The user's group: an O of the client certificate (repeat for several groups)
    #[arg(long, value_name = "ORG")]
    pub org: Vec<String>,
    /// How long the certificate is valid (e.g. 24h) [default: certificateValidityPeriod]
    #[arg(long, value_name = "DURATION", value_parser = kadm_config::parse_positive_duration)]
    pub validity_period: Option<Duration>,
    /// Output format, as `kubectl config view -o` prints a kubeconfig
    #[arg(short = 'o', long, value_name = "FORMAT", value_enum, default_value_t = KubeconfigFormat::Yaml)]
    pub output: KubeconfigFormat,
    /// Write the kubeconfig to FILE (a host path, mode 0600, replaced atomically) instead of stdout
    #[arg(long, value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    pub output_file: Option<PathBuf>,
    /// Replace the FILE of --output-file when it exists
    #[arg(long, requires = "output_file")]
    pub force: bool,
}

/// The flags of `reset`.
#[derive(Debug, Args)]
pub struct ResetArgs {
    /// Resolve every absolute path kadm touches under DIR (runs without root)
    #[arg(long, value_name = "DIR", value_hint = clap::ValueHint::DirPath)]
    pub rootfs: Option<PathBuf>,
    /// The certificate directory to clean
    #[arg(long, value_name = "DIR", value_hint = clap::ValueHint::DirPath, default_value = DEFAULT_CERT_DIR)]
    pub cert_dir: String,
    /// Where the kubeconfig files to remove are
    #[arg(long, value_name = "DIR", value_hint = clap::ValueHint::DirPath, default_value = DEFAULT_KUBECONFIG_DIR)]
    pub kubeconfig_dir: String,
    /// Remove without asking (needed when stdin is not a terminal, as in CI)
    #[arg(short = 'f', long)]
    pub force: bool,
    /// Client URLs of etcd members to remove this node's etcd member through
    /// [default: this node's own client URL from etcd.yaml; none with --rootfs]
    #[arg(long, value_name = "URLS", value_delimiter = ',')]
    pub etcd_endpoints: Vec<String>,
    /// List what reset would remove, and remove nothing
    #[arg(long)]
    pub dry_run: bool,
}

/// The flags of `token create`.
#[derive(Debug, Args)]
pub struct TokenCreateArgs {
    /// The token to create [default: a new random one]
    #[arg(value_name = "TOKEN")]
    pub token: Option<String>,
    /// Path to a kubeadm.k8s.io/v1beta4 configuration file (its first bootstrapTokens entry
    /// gives the defaults; its endpoint and certificatesDir serve --print-join-command)
    #[arg(long, value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    pub config: Option<PathBuf>,
    /// Resolve the node's paths (the CA for --print-join-command) under DIR
    #[arg(long, value_name = "DIR", value_hint = clap::ValueHint::DirPath)]
    pub rootfs: Option<PathBuf>,
    /// How long the token lives, 0 for ever [default: 24h0m0s]
    #[arg(long, value_name = "DURATION", value_parser = kadm_config::parse_duration)]
    pub ttl: Option<Duration>,
    /// A description of the token, for humans
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
    /// Extra groups the token authenticates as [default: system:bootstrappers:kubeadm:default-node-token]
    #[arg(long, value_name = "GROUPS", value_delimiter = ',')]
    pub groups: Vec<String>,
    /// What the token may be used for [default: signing,authentication]
    #[arg(long, value_name = "USAGES", value_delimiter = ',')]
    pub usages: Vec<String>,
    /// Print the worker's join command on stdout instead of the token (offline, the Secret then
    /// goes to --output-file)
    #[arg(long)]
    pub print_join_command: bool,
    /// Write the token's Secret to FILE (a host path, mode 0600, replaced atomically) instead of
    /// creating it in the cluster
    #[arg(long, value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    pub output_file: Option<PathBuf>,
    /// The cluster to create the token in.
    #[command(flatten)]
    pub cluster: ClusterArgs,
}

/// `--kubeconfig` of the `token` commands.
#[derive(Debug, Args)]
pub struct KubeconfigArg {
    /// The kubeconfig to reach the API server with (a host path) [default: admin.conf in the
    /// node's /etc/kubernetes]
    #[arg(long, value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    pub kubeconfig: Option<PathBuf>,
}

/// How `token create` reaches the cluster.
#[derive(Debug, Args)]
pub struct ClusterArgs {
    /// The kubeconfig.
    #[command(flatten)]
    pub kubeconfig: KubeconfigArg,
    /// Talk to the API server [default: true on the node itself when the kubeconfig is there,
    /// false with --rootfs]
    #[arg(
        long,
        value_name = "BOOL",
        num_args = 0..=1,
        require_equals = true,
        default_missing_value = "true"
    )]
    pub apply: Option<bool>,
}

/// The flags of `token list` and `token delete`.
#[derive(Debug, Args)]
pub struct TokenClusterArgs {
    /// Resolve the node's paths (admin.conf) under DIR
    #[arg(long, value_name = "DIR", value_hint = clap::ValueHint::DirPath)]
    pub rootfs: Option<PathBuf>,
    /// The kubeconfig.
    #[command(flatten)]
    pub kubeconfig: KubeconfigArg,
}

/// Where the `certs` commands find the node's files, as kubeadm's flags (one home for all of them).
#[derive(Debug, Args)]
pub struct CertsDirs {
    /// Path to a kubeadm.k8s.io/v1beta4 configuration file (certificatesDir,
    /// certificateValidityPeriod, etcd, the kubelet's cert-dir)
    #[arg(long, value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    pub config: Option<PathBuf>,
    /// Resolve every absolute path kadm uses under DIR (runs without root)
    #[arg(long, value_name = "DIR", value_hint = clap::ValueHint::DirPath)]
    pub rootfs: Option<PathBuf>,
    /// Where the certificates are.
    #[arg(
        long,
        value_name = "DIR",
        value_hint = clap::ValueHint::DirPath,
        help = format!(
            "Where the certificates are [default: the config's certificatesDir, else {}]",
            kadm_init_context::paths::DEFAULT_CERT_DIR
        ),
    )]
    pub cert_dir: Option<String>,
    /// Where the kubeconfig files are.
    #[arg(
        long,
        value_name = "DIR",
        value_hint = clap::ValueHint::DirPath,
        help = format!(
            "Where the kubeconfig files are [default: {}]",
            kadm_init_context::paths::DEFAULT_KUBECONFIG_DIR
        ),
    )]
    pub kubeconfig_dir: Option<String>,
}

/// Where `certs renew` and `certs generate-csr` work, and whether they only show what they would do.
#[derive(Debug, Args)]
pub struct CertsNodeArgs {
    /// Where the files are.
    #[command(flatten)]
    pub dirs: CertsDirs,
    /// Write nothing; print what would be written
    #[arg(long)]
    pub dry_run: bool,
}

/// The flags of `certs renew`.
#[derive(Debug, Args)]
pub struct RenewArgs {
    /// What to renew: a certificate (apiserver, etcd-peer, ...), a kubeconfig file (admin.conf, ...), or all
    #[arg(value_name = "NAME")]
    pub name: String,
    /// Where the files are.
    #[command(flatten)]
    pub node: CertsNodeArgs,
}

/// The `-o/--output` of `kubeconfig user`: the formats kubectl reads a kubeconfig in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KubeconfigFormat {
    /// YAML, as kubeadm writes kubeconfig files.
    Yaml,
    /// JSON, as `kubectl config view -o json` prints them.
    Json,
}

/// Reads a derive struct back from matches that hold its flags (clap checked them already).
pub(crate) fn read<T: FromArgMatches>(m: &ArgMatches) -> anyhow::Result<T> {
    Ok(T::from_arg_matches(m)?)
}
/// The subcommand for one phase, its children recursively.
fn phase_command<D: RunData>(phase: &Phase<D>, shown: Shown) -> Command {
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
        if shown == Shown::Listed && child.is_hidden() {
            continue;
        }
        cmd = cmd.subcommand(phase_command(child, shown));
    }
    cmd
}

/// Which phases a command tree holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shown {
    /// Every phase, hidden ones included (they run when named).
    All,
    /// Only the phases help lists: what completions offer.
    Listed,
}

/// The command tree completions are generated from: the one help shows, without hidden phases.
pub fn build_for_completions<D: RunData>(workflow: &Workflow<D>, join: &Workflow<D>) -> Command {
    build_tree(workflow, join, Shown::Listed)
}

/// The whole `kadm` command tree for the `init` and `join` workflows.
pub fn build<D: RunData>(workflow: &Workflow<D>, join: &Workflow<D>) -> Command {
    build_tree(workflow, join, Shown::All)
}

/// `<command> phase`: a subcommand per phase of `workflow` (hidden ones only when `shown` says).
fn phase_group<D: RunData>(workflow: &Workflow<D>, shown: Shown, command: &str) -> Command {
    let roots = workflow
        .roots()
        .iter()
        .filter(|phase| shown == Shown::All || !phase.is_hidden())
        .map(|phase| phase_command(phase, shown));
    Command::new("phase")
        .about(format!(
            "Use this command to invoke a single phase of the {command} workflow"
        ))
        .subcommand_required(true)
        .subcommands(roots)
}

/// The `join` command: its flags, the optional endpoint, and `join phase ...` from `workflow`.
fn join_command<D: RunData>(workflow: &Workflow<D>, shown: Shown) -> Command {
    let phase = phase_group(workflow, shown, "join");
    SkipArgs::augment_args(JoinArgs::augment_args(Command::new("join")))
        .about("Prepare a worker node's files to join a cluster (token discovery through the API server, or a discovery file)")
        .arg(
            Arg::new("endpoint")
                .value_name("ENDPOINT")
                .help("The API server, host:port: where token discovery reads cluster-info; with --discovery-file, it must be the file's server"),
        )
        .after_help(format!(
            "{}\n\nExamples:\n  kadm join 10.0.0.1:6443 --token abcdef.0123456789abcdef \\\n    --discovery-token-ca-cert-hash sha256:<hex> --node-name worker-1\n  kadm join --discovery-file cluster-info.conf --token abcdef.0123456789abcdef --node-name worker-1",
            workflow.phase_list()
        ))
        .term_width(0)
        .subcommand(phase)
}

fn build_tree<D: RunData>(workflow: &Workflow<D>, join: &Workflow<D>, shown: Shown) -> Command {
    let phase = phase_group(workflow, shown, "init");
    // The flag structs first: `augment_args` would replace `about` with their doc comments.
    let init = SkipArgs::augment_args(InitArgs::augment_args(Command::new("init")))
        .about("Set up this control-plane node: preflight, PKI, kubeconfigs, static Pods, kubelet files, cluster objects")
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
                    "Examples:\n  kadm kubeconfig user --client-name ci-robot --org ci --validity-period 24h > robot.conf\n  \
                     kadm kubeconfig user --client-name alice --org dev --org ops -o json --output-file alice.json",
                ),
        );
    let reset = ResetArgs::augment_args(Command::new("reset"))
        .about("Remove what kadm init wrote on this node, so it can be set up again")
        .long_about(
            "Remove what kadm init wrote on this node: the certificates and keys, the kubeconfig \
             files, the static Pod manifests, etcd's data and the kubelet's configuration and \
             certificates. On a control-plane node with a local etcd member (etcd.yaml), the \
             member is first removed from the etcd cluster, through --etcd-endpoints or the \
             node's own etcd; when the cluster does not answer, reset warns, prints the etcdctl \
             command to run later, and goes on. The last member of a cluster is not removed. \
             Each path is listed first; kadm asks before removing unless --force is given, and \
             refuses without --force when stdin is not a terminal. CNI configuration, iptables \
             rules and the container runtime are left in place.",
        )
        .after_help(
            "Examples:\n  kadm reset\n  kadm reset --rootfs /tmp/node --force\n  kadm reset \
             --force --etcd-endpoints https://10.0.0.1:2379,https://10.0.0.3:2379",
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
    let token = Command::new("token")
        .about("Bootstrap tokens: the shared secrets `kubeadm join` authenticates with")
        .subcommand_required(true)
        .subcommand(
            Command::new("generate")
                .about(
                    "Print a new random bootstrap token (abcdef.0123456789abcdef); stores nothing",
                )
                .long_about(
                    "Print a new random bootstrap token of the form [a-z0-9]{6}.[a-z0-9]{16}, \
                     as `kubeadm token generate` does. Nothing is stored: the token works once it \
                     is given to `kubeadm init --token` or `kubeadm token create`. It is a \
                     secret: whoever holds it can join nodes to the cluster.",
                ),
        )
        .subcommand(
            TokenCreateArgs::augment_args(Command::new("create"))
                .about("Create a bootstrap token in the cluster and print it, or its join command")
                .long_about(
                    "Make a bootstrap token (the one given, or a new random one) and create its \
                     Secret (bootstrap-token-<id> in kube-system) through the API server with \
                     admin.conf (or --kubeconfig), then print the token, or with \
                     --print-join-command the worker's `kadm join` command, as kubeadm does. \
                     Without the API (--output-file, --rootfs without --apply, or no \
                     kubeconfig on the node) the Secret is printed as a manifest for `kubectl \
                     apply -f -`, or written (0600) to --output-file. The output holds the \
                     token's secret.",
                )
                .after_help(
                    "Examples:\n  kadm token create\n  kadm token create --print-join-command\n  \
                     kadm token create --ttl 2h --description ci --output-file token.yaml --print-join-command\n  \
                     kadm token create --rootfs ./node | kubectl apply -f -",
                ),
        )
        .subcommand(
            TokenClusterArgs::augment_args(Command::new("list"))
                .about("List the cluster's bootstrap tokens")
                .long_about(
                    "List the bootstrap tokens of the cluster (Secrets of type \
                     bootstrap.kubernetes.io/token in kube-system) as kubeadm's table: the \
                     token, its time left, when it expires, its usages, description and extra \
                     groups. The table holds the tokens' secrets, as kubeadm's does.",
                )
                .arg(
                    Arg::new("output")
                        .short('o')
                        .long("output")
                        .value_name("FORMAT")
                        .value_parser(["text", "json"])
                        .default_value("text")
                        .help("Output format"),
                ),
        )
        .subcommand(
            TokenClusterArgs::augment_args(Command::new("delete"))
                .about("Delete bootstrap tokens from the cluster")
                .long_about(
                    "Delete each bootstrap token named by its id (abcdef) or the whole token \
                     (abcdef.0123456789abcdef): its Secret bootstrap-token-<id> in kube-system. \
                     A token that is not there is an error, after the others are deleted.",
                )
                .arg(
                    Arg::new("tokens")
                        .value_name("TOKEN")
                        .num_args(1..)
                        .required(true)
                        .help("Token ids or whole tokens"),
                ),
        );
    let certs = certs_command();
    CommonArgs::augment_args(Command::new("kadm"))
        .about("kadm builds a Kubernetes control-plane node's identity the way kubeadm init does")
        .version(env!("CARGO_PKG_VERSION"))
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommand(init)
        .subcommand(join_command(join, shown))
        .subcommand(reset)
        .subcommand(crate::apply_objects::command())
        .subcommand(kubeconfig)
        .subcommand(config)
        .subcommand(token)
        .subcommand(certs)
        .subcommand(completion)
        .subcommand(version)
}

/// `kadm certs`: certificate-key, renew (and the other certificate utilities).
fn certs_command() -> Command {
    let names: Vec<&str> = kadm_cert_renewal::targets()
        .iter()
        .map(|t| t.name())
        .collect();
    Command::new("certs")
        .about("Commands related to handling Kubernetes certificates")
        .subcommand_required(true)
        .subcommand(crate::check_expiration::command())
        .subcommand(crate::rotate_ca::command())
        .subcommand(
            Command::new("certificate-key")
                .about("Print a new random certificate key (64 hex digits) for `init --upload-certs`")
                .long_about(
                    "Print a new securely random 32-byte certificate key, as 64 hex digits, as \
                     `kubeadm certs certificate-key` does. Give it to `kadm init --upload-certs \
                     --certificate-key`; it encrypts the shared certificates in the kubeadm-certs \
                     Secret. It is a secret.",
                ),
        )
        .subcommand(
            RenewArgs::augment_args(Command::new("renew"))
                .about("Renew a certificate, a kubeconfig's client certificate, or all of them")
                .long_about(format!(
                    "Re-issue a certificate with a new key, keeping the subject, SANs and usages \
                     of the certificate on disk, signed by the same CA, valid for \
                     certificateValidityPeriod (never past the CA's expiry). A kubeconfig file \
                     keeps every other field byte for byte. CAs and kubelet.conf are not renewed; \
                     a CA whose key is absent (external CA mode) cannot sign, so its certificates \
                     are refused. Restart the components that use a renewed certificate.\n\n\
                     Names: all, {}",
                    names.join(", ")
                ))
                .after_help(
                    "Examples:\n  kadm certs renew apiserver\n  kadm certs renew admin.conf --dry-run\n  \
                     kadm certs renew all --config kubeadm.yaml",
                ),
        )
        .subcommand(
            CertsNodeArgs::augment_args(Command::new("generate-csr"))
                .about("Generate keys and certificate signing requests for an external CA")
                .long_about(
                    "Generate a key and a certificate signing request (CSR) for every certificate \
                     the control plane needs (<name>.key and <name>.csr in the certificate \
                     directory) and for every kubeconfig file (<file> with the client key but \
                     no certificate, and <file>.csr in the kubeconfig directory), as kubeadm's \
                     external CA mode expects. Subjects and SANs come from --config. Have the \
                     external CA sign each CSR, save certificates as <name>.crt, and put each \
                     kubeconfig's certificate (base64) in client-certificate-data and the CA \
                     in certificate-authority-data. Existing files are never replaced.",
                )
                .after_help(
                    "Examples:\n  kadm certs generate-csr --kubeconfig-dir /tmp/etc-k8s --cert-dir /tmp/etc-k8s/pki",
                ),
        )
}

/// The phase path named by `init phase ...` matches (`certs/ca`), or `None` for a plain `init`.
pub fn phase_path(init: &ArgMatches) -> Option<String> {
    // `init` and `join` alike: the path below their `phase` subcommand.
    let (_, mut m) = init.subcommand().filter(|(n, _)| *n == "phase")?;
    let mut parts = Vec::new();
    while let Some((name, sub)) = m.subcommand() {
        parts.push(name.to_string());
        m = sub;
    }
    Some(parts.join("/"))
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use kadm_config::{Config, HostFacts, flag};

    use super::*;

    fn kadm() -> Command {
        let workflow = crate::phases::init_workflow().unwrap();
        let join = crate::phases::join_workflow().unwrap();
        let mut cmd = build(&workflow, &join);
        cmd.build();
        cmd
    }

    fn sub<'a>(cmd: &'a Command, path: &[&str]) -> &'a Command {
        path.iter().fold(cmd, |c, name| {
            c.find_subcommand(name)
                .unwrap_or_else(|| panic!("no subcommand {name}"))
        })
    }

    /// The `[default: X]` the help of `--long` promises, if `cmd` has the flag and it does.
    fn promised_default(cmd: &Command, long: &str) -> Option<String> {
        let arg = cmd.get_arguments().find(|a| a.get_long() == Some(long))?;
        let help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
        let start = help.find("[default: ")? + "[default: ".len();
        Some(help[start..help.len() - 1].to_string())
    }

    /// What the help says a flag defaults to is what kadm uses when the flag is absent.
    #[test]
    fn help_defaults_are_the_defaults_kadm_uses() {
        let cmd = kadm();
        let host = HostFacts {
            hostname: "node-1".into(),
            default_ipv4: None,
        };
        let mut config = Config::defaults(&host);
        config.init.local_api_endpoint.advertise_address = "127.0.0.1".into();
        let config = config.validate().unwrap();
        let actual: Vec<(&str, String)> = vec![
            (flag::long(flag::CERT_DIR), config.certificates_dir().into()),
            ("kubeconfig-dir", DEFAULT_KUBECONFIG_DIR.into()),
            (flag::long(flag::BIND_PORT), config.bind_port().to_string()),
            (
                flag::long(flag::SERVICE_CIDR),
                config.config().cluster.networking.service_subnet.clone(),
            ),
            (
                flag::long(flag::SERVICE_DNS_DOMAIN),
                config.dns_domain().into(),
            ),
            (flag::long(flag::NODE_NAME), "this host's name".into()),
            (
                flag::long(flag::TOKEN_TTL),
                config.config().init.bootstrap_tokens[0].ttl.clone(),
            ),
            // `kubeconfig user`: the configuration's field, whatever the file sets it to.
            ("validity-period", "certificateValidityPeriod".into()),
            // Checked below against what a parsed command line decides.
            (
                "apply",
                "true on the node itself, false with --rootfs".into(),
            ),
        ];
        let mut seen = 0;
        for command in [
            &["init"][..],
            &["init", "phase", "certs", "ca"],
            &["kubeconfig", "user"],
        ] {
            let c = sub(&cmd, command);
            for arg in c.get_arguments() {
                let long = arg.get_long().unwrap_or_default();
                let Some(promised) = promised_default(c, long) else {
                    continue;
                };
                let (_, value) = actual.iter().find(|(l, _)| *l == long).unwrap_or_else(|| {
                    panic!("{command:?} --{long}: a default this test does not check")
                });
                assert_eq!(&promised, value, "{command:?} --{long}");
                seen += 1;
            }
        }
        assert_eq!(
            seen,
            8 + 8 + 8,
            "a flag lost its [default: ...] in the help"
        );
        let applies = |args: &[&str]| {
            let m = cmd
                .clone()
                .try_get_matches_from(args)
                .expect("a valid command line");
            let (_, init) = m.subcommand().expect("init");
            read::<InitArgs>(init).expect("init's flags").applies()
        };
        assert!(applies(&["kadm", "init"]));
        assert!(!applies(&["kadm", "init", "--rootfs", "r"]));
        assert!(applies(&["kadm", "init", "--rootfs", "r", "--apply"]));
        assert!(!applies(&["kadm", "init", "--apply=false"]));
        assert!(!applies(&["kadm", "init", "--apply", "--dry-run"]));
        // And the kubeconfig directory is the one a run without the flag uses.
        let paths = kadm_init_context::Paths::defaults_under(kadm_init_context::Root::host());
        assert_eq!(paths.kubeconfig_dir, Path::new(DEFAULT_KUBECONFIG_DIR));
    }

    /// The long flags of `init` (and so of every `init phase ...`).
    fn init_flags(cmd: &Command) -> Vec<String> {
        [&["init"][..], &["init", "phase", "certs", "ca"]]
            .into_iter()
            .flat_map(|path| sub(cmd, path).get_arguments())
            .filter_map(|a| a.get_long())
            .map(|l| format!("--{l}"))
            .collect()
    }

    /// `--name` words in `text` (a name starts with a letter; `---` separators do not count).
    fn flag_words(text: &str) -> Vec<String> {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        for (i, _) in text.match_indices("--") {
            let before = i.checked_sub(1).map(|j| bytes[j]);
            let first = bytes.get(i + 2).copied();
            if before.is_some_and(|b| b == b'-' || b.is_ascii_alphanumeric())
                || !first.is_some_and(|b| b.is_ascii_lowercase())
            {
                continue;
            }
            let name: String = text[i + 2..]
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-')
                .collect();
            out.push(format!("--{}", name.trim_end_matches('-')));
        }
        out
    }

    #[test]
    fn flag_words_finds_flags_only() {
        assert_eq!(
            flag_words("set it with --cert-dir, or --node-name.\n---\nkey: a--b"),
            ["--cert-dir", "--node-name"]
        );
    }

    /// Every flag the configuration names in a message (its origin of a value, or advice in the
    /// text) is a flag `init` really has, so a message never sends the user to a missing flag.
    #[test]
    fn flags_named_in_config_messages_exist() {
        let cmd = kadm();
        let flags = init_flags(&cmd);
        for name in flag::ALL {
            assert!(
                flags.iter().any(|f| f == name),
                "{name} is not an init flag"
            );
        }
        // The flags of another program that messages quote as advice.
        const OTHER_PROGRAMS: [&str; 2] = ["--old-config", "--new-config"];
        let crates = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut checked = 0;
        for dir in ["config/src", "init-context/src"] {
            for entry in std::fs::read_dir(crates.join(dir)).unwrap() {
                let path = entry.unwrap().path();
                if path.file_name().is_some_and(|n| n == "tests.rs") {
                    continue;
                }
                let code: String = std::fs::read_to_string(&path)
                    .unwrap()
                    .lines()
                    .filter(|l| !l.trim_start().starts_with("//"))
                    .collect::<Vec<_>>()
                    .join("\n");
                for word in flag_words(&code) {
                    checked += 1;
                    assert!(
                        flags.contains(&word) || OTHER_PROGRAMS.contains(&word.as_str()),
                        "{} names {word}, which `kadm init` does not have",
                        path.display()
                    );
                }
            }
        }
        assert!(checked > 10, "the scan found only {checked} flag names");
    }
}
