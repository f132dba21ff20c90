//! `kadm join` and `kadm join phase ...`: the JoinConfiguration and the flags made into a run
//! context and a [`JoinRequest`], then the `join` workflow through the same runner, lock and
//! `-o json` document as `init`.

use std::sync::Arc;

use anyhow::{Context as _, Result, bail};
use clap::ArgMatches;
use kadm_bootstrap_token::BootstrapToken;
use kadm_config::{Config, HostFacts, JoinFile, ValidConfig};
use kadm_init_context::{InitContext, OutputFormat, Paths, Root, Tag};
use kadm_join::token::TokenDiscovery;
use kadm_join::{Discovery, JoinRequest};
use kadm_join_control_plane::ControlPlaneRequest;
use kadm_phase_runner::Workflow;
use kadm_upload_certs::CertificateKey;

use crate::cli::{self, JoinArgs};
use crate::commands::{Run, leaf_matches, printer};

/// Runs `join` (or one of its phases) and reports as `init` does.
pub(crate) fn join(workflow: &Workflow<InitContext>, m: &ArgMatches) -> Result<()> {
    let target = cli::phase_path(m);
    let leaf = leaf_matches(m);
    let args: JoinArgs = cli::read(leaf)?;
    let format = OutputFormat::from(args.output);
    let printer = Arc::new(printer(leaf, format)?);
    let endpoint = m.get_one::<String>("endpoint").cloned();
    let made = context(&args, endpoint, printer.clone(), format);
    let run = Run {
        command: "join",
        workflow,
        target,
        dry_run: args.dry_run,
        format,
    };
    run.execute(
        made,
        &printer,
        |ctx| {
            crate::commands::skip_phases(m, || {
                ctx.products
                    .get::<JoinSkips>()
                    .map(|s| s.0.clone())
                    .unwrap_or_default()
            })
        },
        |ctx, _| Some(summary(ctx)),
    )
}

/// `skipPhases` of the JoinConfiguration.
struct JoinSkips(Vec<String>);

/// What a text run says at its end.
fn summary(ctx: &InitContext) -> String {
    let conf = ctx
        .paths
        .kubeconfig_dir
        .join(kadm_join::BOOTSTRAP_KUBELET_CONF);
    if kadm_join_control_plane::request(ctx).is_some() {
        let manifests = &ctx.paths.manifests_dir;
        let admin = ctx.paths.kubeconfig_dir.join(kadm_kubeconfig::ADMIN_CONF);
        return format!(
            "\nThis node's files for a new control-plane instance are ready:\n\n  * The shared \
             CAs and keys are in {cert_dir}, with this node's own certificates signed by them.\n  \
             * The static Pods of the API server, controller-manager, scheduler (and, with a \
             local etcd, the new etcd member) are in {manifests}.\n  * {conf} lets the kubelet \
             bootstrap its own client certificate.\n\nStart the kubelet (or, with a local etcd, \
             at least etcd from {manifests}/etcd.yaml) soon: a new etcd member counts towards \
             quorum from the moment it is added.\n\nTo administer the cluster from this node:\n\n  \
             export KUBECONFIG={admin}\n\nThen apply the Node's control-plane label and taint:\n\n  \
             kubectl apply --server-side -f {objects}/",
            cert_dir = ctx.paths.cert_dir.display(),
            manifests = manifests.display(),
            conf = conf.display(),
            admin = admin.display(),
            objects = ctx.paths.objects_dir.display(),
        );
    }
    format!(
        "\nThis node's files for joining the cluster are ready:\n\n  * {} holds the cluster CA, \
         the API server and the bootstrap token.\n  * Once the kubelet runs, it sends a \
         certificate signing request and, when it is approved, writes its own kubelet.conf.\n\n\
         Run 'kubectl get nodes' on the control plane to see this node join the cluster.",
        conf.display()
    )
}

/// kubeadm's choice of discovery: a discovery file (flag or `discovery.file`) when given, else
/// token discovery through the endpoint (argument or `discovery.bootstrapToken`), checked here so
/// that a join without a CA pin or the unsafe flag stops before any phase.
fn discovery(args: &JoinArgs, endpoint: Option<String>, file: &JoinFile) -> Result<Discovery> {
    let discovery = &file.join.discovery;
    let config = discovery.bootstrap_token.clone().unwrap_or_default();
    let mut pins = args.discovery_token_ca_cert_hash.clone();
    if pins.is_empty() {
        pins = config.ca_cert_hashes.clone();
    }
    let from_config = discovery.file.as_ref().map(|f| f.kube_config_path.as_str());
    let path = args
        .discovery_file
        .clone()
        .or_else(|| from_config.filter(|p| !p.is_empty()).map(Into::into));
    if let Some(path) = path {
        return Ok(Discovery::File {
            path,
            endpoint,
            ca_cert_hashes: pins,
        });
    }
    let endpoint = endpoint
        .or_else(|| Some(config.api_server_endpoint.clone()).filter(|e| !e.is_empty()))
        .context(
            "no discovery: give the API server ENDPOINT with --token and \
             --discovery-token-ca-cert-hash (token discovery), or --discovery-file FILE (a \
             kubeconfig with the cluster's CA and server)",
        )?;
    let (text, from) = [
        (args.discovery_token.clone(), "--discovery-token"),
        (args.token.clone(), "--token"),
        (Some(config.token.clone()), "discovery.bootstrapToken.token"),
    ]
    .into_iter()
    .find_map(|(t, from)| t.filter(|t| !t.is_empty()).map(|t| (t, from)))
    .context(
        "token discovery needs the bootstrap token: give --token (or --discovery-token, or \
         discovery.bootstrapToken.token in the JoinConfiguration)",
    )?;
    let token = BootstrapToken::parse(&text).context(from)?;
    let token = TokenDiscovery {
        endpoint,
        token,
        ca_cert_hashes: pins,
        unsafe_skip_ca_verification: args.discovery_token_unsafe_skip_ca_verification
            || config.unsafe_skip_ca_verification,
        timeout: file.discovery_timeout()?,
    };
    token.check()?;
    Ok(Discovery::Token(token))
}

/// The run context of a join: the file's and the flags' settings, the paths under the root, and
/// the [`JoinRequest`] as a product.
fn context(
    args: &JoinArgs,
    endpoint: Option<String>,
    printer: Arc<crate::printer::Printer>,
    format: OutputFormat,
) -> Result<InitContext> {
    let mut file = match &args.config {
        Some(path) => JoinFile::load(path)?,
        None => JoinFile::default(),
    };
    let join = &mut file.join;
    if args.control_plane && join.control_plane.is_none() {
        join.control_plane = Some(Default::default());
    }
    if let Some(control_plane) = &mut join.control_plane {
        let endpoint = &mut control_plane.local_api_endpoint;
        if let Some(address) = &args.apiserver_advertise_address {
            endpoint.advertise_address = address.clone();
        }
        if let Some(port) = args.apiserver_bind_port {
            endpoint.bind_port = i32::from(port);
        }
        if let Some(key) = &args.certificate_key {
            control_plane.certificate_key = key.clone();
        }
    }
    let registration = &mut join.node_registration;
    if let Some(name) = &args.node_name {
        registration.name = name.clone();
    }
    if let Some(socket) = &args.cri_socket {
        registration.cri_socket = socket.clone();
    }
    registration
        .ignore_preflight_errors
        .extend(args.ignore_preflight_errors.iter().cloned());
    let discovery = discovery(args, endpoint, &file)?;
    let join = &file.join;
    let from_file = &join.discovery;
    let token_text = args
        .tls_bootstrap_token
        .clone()
        .or_else(|| args.token.clone())
        .or_else(|| Some(from_file.tls_bootstrap_token.clone()).filter(|t| !t.is_empty()))
        .or_else(|| args.discovery_token.clone())
        .or_else(|| {
            from_file
                .bootstrap_token
                .as_ref()
                .map(|t| t.token.clone())
                .filter(|t| !t.is_empty())
        })
        .context(
            "no bootstrap token for the kubelet's TLS bootstrap: give --token (or \
             --tls-bootstrap-token, or discovery.tlsBootstrapToken in the JoinConfiguration)",
        )?;
    let token = BootstrapToken::parse(&token_text).context("--token")?;
    let request = JoinRequest {
        discovery,
        tls_bootstrap_token: token,
        ca_cert_path: join.ca_cert_path.clone(),
        control_plane: join.control_plane.is_some(),
    };
    let skips = JoinSkips(join.skip_phases.clone());

    let host = HostFacts::detect();
    let (config, control_plane) = match &file.join.control_plane {
        None => (Config::for_join(&file, &host).validate()?, None),
        Some(control_plane) => {
            let (config, request) = control_plane_join(args, &file, control_plane, &host)?;
            (config, Some(request))
        }
    };
    let root = match &args.rootfs {
        Some(dir) => Root::at(dir),
        None => Root::host(),
    };
    let paths = Paths::new(
        root,
        config.certificates_dir(),
        kadm_init_context::paths::DEFAULT_KUBECONFIG_DIR,
    )?;
    let mut ctx = InitContext::new(config, paths, printer);
    ctx.format = format;
    for w in ctx.config.warnings() {
        ctx.out.warn(Tag::NONE, &w);
    }
    ctx.products.insert(request);
    ctx.products.insert(skips);
    // A worker takes the cluster's configuration once discovery found it (kadm-join).
    ctx.products.insert(file);
    if let Some(control_plane) = control_plane {
        ctx.products.insert(control_plane);
    }
    Ok(ctx)
}

/// The configuration and request of a control-plane join: the cluster's ClusterConfiguration and
/// shared material from `--certs-from`, opened with the certificate key.
fn control_plane_join(
    args: &JoinArgs,
    file: &JoinFile,
    control_plane: &kadm_config::JoinControlPlane,
    host: &HostFacts,
) -> Result<(ValidConfig, ControlPlaneRequest)> {
    let key_text = control_plane.certificate_key.trim();
    if key_text.is_empty() {
        bail!(
            "--certificate-key: a control-plane join needs the key that decrypts the \
             kubeadm-certs Secret (64 hex digits, as `kadm init --upload-certs` printed it; also \
             kept on the first control plane in /etc/kubernetes/pki/{}); or set \
             controlPlane.certificateKey in the JoinConfiguration",
            kadm_upload_certs::KEY_FILE
        );
    }
    let certificate_key = CertificateKey::parse(key_text).context("--certificate-key")?;
    let Some(certs_from) = &args.certs_from else {
        bail!(
            "--certs-from: kadm reads the kubeadm-certs Secret and the cluster's \
             ClusterConfiguration offline, without an API server: copy \
             /etc/kubernetes/cluster-objects/ from the first control plane and give that \
             directory (or its upload-certs.yaml)"
        );
    };
    let objects = kadm_join_control_plane::source::read(certs_from)?;
    let config = Config::for_control_plane_join(
        file,
        &objects.cluster_configuration,
        &objects.config_file,
        host,
    )?
    .validate()?;
    if config.control_plane_endpoint().is_none() {
        bail!(
            "{}: the cluster has no controlPlaneEndpoint: a control plane can only join a \
             cluster made with a stable, shared API server address (ClusterConfiguration \
             controlPlaneEndpoint, or --control-plane-endpoint of `kadm init`); the first \
             control plane must be re-made with one",
            objects.config_file.display()
        );
    }
    Ok((
        config,
        ControlPlaneRequest {
            certificate_key,
            objects,
            etcd_endpoints: args.etcd_endpoints.clone(),
        },
    ))
}
