//! The clap command tree. The `init phase ...` subcommands, the phase list in `init --help` and the
//! completions are all generated from the registered phases: there is no second list.

use clap::{value_parser, Arg, ArgAction, ArgMatches, Command};
use kadm_phase_runner::{Phase, RunData, Workflow};

/// Flags shared by `init` and every `init phase ...` subcommand (global under `init`).
fn init_flags() -> Vec<Arg> {
    let opt = |name: &'static str, value: &'static str, help: &'static str| {
        Arg::new(name)
            .long(name)
            .value_name(value)
            .help(help)
            .global(true)
    };
    vec![
        opt(
            "config",
            "FILE",
            "Path to a kubeadm.k8s.io/v1beta4 configuration file",
        )
        .value_hint(clap::ValueHint::FilePath),
        opt(
            "rootfs",
            "DIR",
            "Resolve every absolute path kadm touches under DIR (runs without root)",
        )
        .value_hint(clap::ValueHint::DirPath),
        opt(
            "cert-dir",
            "DIR",
            "Where certificates are stored [default: /etc/kubernetes/pki]",
        )
        .value_hint(clap::ValueHint::DirPath),
        opt(
            "kubeconfig-dir",
            "DIR",
            "Where kubeconfig files are written [default: /etc/kubernetes]",
        )
        .value_hint(clap::ValueHint::DirPath),
        opt(
            "kubernetes-version",
            "VERSION",
            "The Kubernetes version the cluster runs (e.g. v1.33.0)",
        ),
        opt(
            "apiserver-advertise-address",
            "IP",
            "The IP address the API server advertises",
        ),
        opt(
            "apiserver-bind-port",
            "PORT",
            "The port the API server binds to [default: 6443]",
        )
        .value_parser(value_parser!(u16)),
        opt(
            "control-plane-endpoint",
            "HOST[:PORT]",
            "A stable address for the control plane (DNS name or IP, optional port)",
        ),
        opt(
            "service-cidr",
            "CIDR",
            "Service IP range(s), comma-separated for dual stack [default: 10.96.0.0/12]",
        ),
        opt(
            "service-dns-domain",
            "DOMAIN",
            "The cluster's DNS domain [default: cluster.local]",
        ),
        opt(
            "apiserver-cert-extra-sans",
            "SANS",
            "Extra names (IPs or DNS names) for the API server certificate, comma-separated",
        )
        .value_delimiter(',')
        .action(ArgAction::Append),
        opt(
            "node-name",
            "NAME",
            "The node's name [default: this host's name]",
        ),
        opt(
            "encryption-algorithm",
            "ALG",
            "Key type: RSA-2048, RSA-3072, RSA-4096, ECDSA-P256 or ECDSA-P384",
        ),
        Arg::new("dry-run")
            .long("dry-run")
            .action(ArgAction::SetTrue)
            .global(true)
            .help("Write nothing; print what would be written"),
        Arg::new("output")
            .short('o')
            .long("output")
            .value_name("FORMAT")
            .value_parser(["text", "json"])
            .default_value("text")
            .global(true)
            .help("Result format"),
    ]
}

/// Flags every command has.
fn common_flags() -> Vec<Arg> {
    vec![
        Arg::new("v")
            .short('v')
            .long("v")
            .value_name("LEVEL")
            .value_parser(value_parser!(u8))
            .default_value("0")
            .global(true)
            .help("Log verbosity (0: kubeadm's lines; 1: also each phase as it starts)"),
        Arg::new("progress")
            .long("progress")
            .value_name("WHEN")
            .value_parser(["auto", "always", "never"])
            .default_value("auto")
            .global(true)
            .help("Progress bars: auto (terminal and not CI), always, never"),
    ]
}

/// The subcommand for one phase, its children recursively.
fn phase_command<D: RunData>(phase: &Phase<D>) -> Command {
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
pub fn build<D: RunData>(workflow: &Workflow<D>) -> Command {
    let phase = Command::new("phase")
        .about("Use this command to invoke a single phase of the init workflow")
        .subcommand_required(true)
        .subcommands(workflow.roots().iter().map(phase_command));
    let init = Command::new("init")
        .about("Build this control-plane node's identity: PKI, kubeconfig files, kubelet rotation")
        .args(init_flags())
        .arg(
            Arg::new("skip-phases")
                .long("skip-phases")
                .value_name("PHASES")
                .value_delimiter(',')
                .action(ArgAction::Append)
                .help("Phases to skip, by full path (e.g. certs/etcd-ca,kubeconfig)"),
        )
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
            Command::new("user")
                .about("Print a kubeconfig for an extra user, signed by the cluster CA")
                .long_about(
                    "Print a kubeconfig for an extra user (a CI robot, a person), with a new key \
                     and a client certificate signed by the cluster CA. The output holds a \
                     private key: keep it secret.",
                )
                .args(
                    init_flags()
                        .into_iter()
                        .filter(|a| !matches!(a.get_id().as_str(), "dry-run" | "output")),
                )
                .arg(
                    Arg::new("client-name")
                        .long("client-name")
                        .value_name("NAME")
                        .required(true)
                        .help("The user name: the client certificate's CN"),
                )
                .arg(
                    Arg::new("org")
                        .long("org")
                        .value_name("ORG")
                        .action(ArgAction::Append)
                        .help("The user's group: the client certificate's O"),
                )
                .arg(
                    Arg::new("validity-period")
                        .long("validity-period")
                        .value_name("DURATION")
                        .help("How long the certificate is valid (e.g. 24h) [default: certificateValidityPeriod]"),
                )
                .arg(
                    Arg::new("output")
                        .short('o')
                        .long("output")
                        .value_name("FILE")
                        .value_hint(clap::ValueHint::FilePath)
                        .help("Write the kubeconfig to FILE (mode 0600) instead of stdout"),
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
    Command::new("kadm")
        .about("kadm builds a Kubernetes control-plane node's identity the way kubeadm init does")
        .version(env!("CARGO_PKG_VERSION"))
        .subcommand_required(true)
        .arg_required_else_help(true)
        .args(common_flags())
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
