//! `kadm token create|list|delete`: through the API server when the cluster is reachable (as
//! kubeadm's token commands), or, for `create`, the token's Secret as a manifest.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Result, bail};
use clap::ArgMatches;
use kadm_init_context::paths::DEFAULT_KUBECONFIG_DIR;
use kadm_init_context::{OutputFormat, Root};
use kadm_kube_api::ApiClient;
use kadm_kubeconfig::ADMIN_CONF;
use kadm_node_fs::{FileSpec, Limit, MODE_SECRET};

use crate::cli::{self, NodeArgs, TokenClusterArgs, TokenCreateArgs};
use crate::commands::{context, printer};

/// How long one request may take (to connect, and to answer).
const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);
/// How long one call may take, its retries included (kubeadm's `kubernetesAPICall`).
const CALL_TIMEOUT: Duration = Duration::from_secs(60);

/// The kubeconfig a token command uses: `--kubeconfig` (a host path), else the node's
/// admin.conf; with where to read it from.
fn kubeconfig(rootfs: Option<&Path>, given: Option<&Path>) -> (Root, PathBuf) {
    match given {
        Some(file) => (Root::host(), file.to_path_buf()),
        None => {
            let root = rootfs.map_or_else(Root::host, Root::at);
            let path = root.host_path(DEFAULT_KUBECONFIG_DIR).join(ADMIN_CONF);
            (root, path)
        }
    }
}

/// A client from the kubeconfig, which must exist.
fn client(rootfs: Option<&Path>, given: Option<&Path>) -> Result<ApiClient> {
    let (root, path) = kubeconfig(rootfs, given);
    let shown = path.display().to_string();
    let Some(text) = root.read_text_if_exists(&path, Limit::KUBECONFIG)? else {
        bail!(
            "{shown} does not exist: the token commands reach the API server with it; give \
             another with --kubeconfig"
        );
    };
    Ok(ApiClient::from_kubeconfig(&text, &shown, REQUEST_TIMEOUT)?)
}

/// `kadm token create`: the token created in the cluster and printed (or its join command), or
/// offline, its Secret on stdout or in a 0600 file.
pub(crate) fn create(m: &ArgMatches) -> Result<()> {
    let args: TokenCreateArgs = cli::read(m)?;
    let printer = Arc::new(printer(m, OutputFormat::Text)?);
    let node = NodeArgs {
        config: args.config.clone(),
        rootfs: args.rootfs.clone(),
        kubeconfig_dir: None,
        overrides: kadm_config::Overrides::default(),
    };
    let ctx = context(&node, printer.clone(), OutputFormat::Text)?;
    // Parsed here, not by clap, so an invalid token is never echoed whole.
    let token = args
        .token
        .as_deref()
        .map(kadm_bootstrap_token::BootstrapToken::parse)
        .transpose()?;
    let spec = kadm_bootstrap_token_phase::token_to_create(
        ctx.config.config(),
        token,
        args.description.as_deref(),
        args.ttl,
        &args.usages,
        &args.groups,
        time::OffsetDateTime::now_utc(),
    )?;
    let join = if args.print_join_command {
        Some(kadm_show_join_command::worker_command(&ctx, &spec.token)?)
    } else {
        None
    };
    let (root, path) = kubeconfig(
        args.rootfs.as_deref(),
        args.cluster.kubeconfig.kubeconfig.as_deref(),
    );
    let online = args.output_file.is_none()
        && args.cluster.apply.unwrap_or(
            args.cluster.kubeconfig.kubeconfig.is_some()
                || (args.rootfs.is_none() && root.exists(&path)?),
        );
    if online {
        let client = client(
            args.rootfs.as_deref(),
            args.cluster.kubeconfig.kubeconfig.as_deref(),
        )?;
        let outcome = kadm_token::create(&client, &spec, CALL_TIMEOUT)?;
        printer.note(
            kadm_bootstrap_token_phase::TAG,
            &format!(
                "Secret kube-system/bootstrap-token-{} {outcome} at {}",
                spec.token.id(),
                client.server()
            ),
        );
        printer.stdout(&join.unwrap_or_else(|| spec.token.expose()));
        return Ok(());
    }
    let manifest =
        kadm_kube_objects::Manifest::of(&kadm_bootstrap_token_phase::token_secret(&spec))?;
    match &args.output_file {
        Some(file) => {
            // A file named on the command line is a host path, even with --rootfs.
            Root::host().write_atomic(&FileSpec {
                path: file.clone(),
                contents: manifest.into_bytes(),
                mode: MODE_SECRET,
            })?;
            // stderr: stdout carries only the join command, for `$(...)`.
            printer.note(
                kadm_bootstrap_token_phase::TAG,
                &format!(
                    "Wrote the Secret of token {:?} to {:?}; create it with `kubectl apply -f {}`",
                    spec.token.id(),
                    file.display().to_string(),
                    file.display()
                ),
            );
        }
        None if join.is_some() => bail!(
            "--print-join-command without the API server needs --output-file for the token's \
             Secret (stdout gets the join command); or create the token in the cluster with \
             --apply"
        ),
        None => printer.stdout(manifest.to_text().trim_end()),
    }
    if let Some(join) = join {
        printer.stdout(&join);
    }
    Ok(())
}

/// `kadm token list`: the cluster's bootstrap tokens, as kubeadm's table; with `-o json`, one
/// document whether it succeeded or not.
pub(crate) fn list(m: &ArgMatches) -> Result<()> {
    let args: TokenClusterArgs = cli::read(m)?;
    let json = m.get_one::<String>("output").is_some_and(|f| f == "json");
    let printer = printer(m, OutputFormat::Text)?;
    let listed = client(
        args.rootfs.as_deref(),
        args.kubeconfig.kubeconfig.as_deref(),
    )
    .and_then(|client| {
        Ok(kadm_token::list(
            &client,
            time::OffsetDateTime::now_utc(),
            CALL_TIMEOUT,
        )?)
    });
    if json {
        let doc = serde_json::json!({
            "command": "token list",
            "succeeded": listed.is_ok(),
            "error": listed.as_ref().err().map(crate::render),
            "tokens": listed.as_deref().map_or_else(|_| serde_json::json!([]), kadm_token::json),
        });
        printer.stdout(&serde_json::to_string_pretty(&doc)?);
    } else if let Ok(tokens) = &listed {
        printer.stdout(&kadm_token::table(tokens));
    }
    listed.map(drop)
}

/// `kadm token delete`: each token named, deleted; the ones not there fail the command after the
/// others are deleted.
pub(crate) fn delete(m: &ArgMatches) -> Result<()> {
    let args: TokenClusterArgs = cli::read(m)?;
    let printer = printer(m, OutputFormat::Text)?;
    let client = client(
        args.rootfs.as_deref(),
        args.kubeconfig.kubeconfig.as_deref(),
    )?;
    let mut failed = Vec::new();
    for given in m.get_many::<String>("tokens").into_iter().flatten() {
        match kadm_token::delete(&client, given, CALL_TIMEOUT) {
            Ok(id) => printer.stdout(&format!("bootstrap token {id:?} deleted")),
            Err(e) => failed.push(e.to_string()),
        }
    }
    if !failed.is_empty() {
        bail!("{}", failed.join("; "));
    }
    Ok(())
}
