//! The `kubeconfig` phase of `kadm init`: one child per row of [`FILES`].

use std::path::Path;

use kadm_config::excerpt;
use kadm_init_context::{Authority, InitContext, Tag};
use kadm_node_fs::FileSpec;
use kadm_phase_runner::{BoxError, Phase};

use crate::authority::{self, ca_paths};
use crate::cluster_admins::{CLUSTER_ADMINS, write_cluster_admins};
use crate::existing;
use crate::issue::{self, NewKubeconfig, PARENT, TAG};
use crate::phase_error::KubeconfigPhaseError;
use crate::table::{FILES, KubeconfigFile};
use kadm_kubeconfig_model::KubeConfig;

const SHORT: &str = "Generate all kubeconfig files necessary to establish the control plane and the admin kubeconfig file";

const LONG: &str = "Writes the kubeconfig files of a control-plane node into the kubeconfig \
directory (--kubeconfig-dir; default /etc/kubernetes), each with mode 0600: admin.conf, \
super-admin.conf, kubelet.conf, controller-manager.conf and scheduler.conf. Each holds the \
cluster CA, a new client key and a client certificate signed by the cluster CA \
(certificatesDir/ca.crt and ca.key).\n\nAn existing file that trusts the same CA is reused and \
never overwritten; one that trusts another CA, or cannot be read, is an error that names it.";

const EXAMPLE: &str = "  # Write every kubeconfig file\n  kadm init phase kubeconfig all\n\n  \
# Write only admin.conf, for a cluster reached at cp.example.com\n  kadm init phase kubeconfig \
admin --control-plane-endpoint cp.example.com\n\n  # Show what would be written, keys redacted\n  \
kadm init phase kubeconfig all --dry-run";

/// The `kubeconfig` phase and its children, in kubeadm's order (the runner adds `all`).
pub fn phase() -> Phase<InitContext> {
    Phase::new(PARENT)
        .short(SHORT)
        .long(LONG)
        .example(EXAMPLE)
        .run(|ctx: &mut InitContext| {
            ctx.out.info(
                TAG,
                &format!(
                    "Using kubeconfig folder {:?}",
                    ctx.paths.kubeconfig_dir.display().to_string()
                ),
            );
            issue::fill_pool(ctx).map_err(BoxError::from)
        })
        .children(FILES.iter().map(|entry| {
            Phase::new(entry.phase)
                .short(entry.short)
                .long(child_long_help(entry))
                .run(move |ctx: &mut InitContext| run_file(ctx, entry).map_err(BoxError::from))
        }))
}

fn child_long_help(entry: &KubeconfigFile) -> String {
    format!(
        "{}.\n\nWrites {} in the kubeconfig directory (mode 0600), or reuses it when it exists and \
         trusts the cluster CA.",
        entry.short, entry.file
    )
}

/// Runs one child: reuse `entry`'s file when it exists and fits, else write a new one.
pub fn run_file(
    ctx: &mut InitContext,
    entry: &'static KubeconfigFile,
) -> Result<(), KubeconfigPhaseError> {
    let path = entry.path(&ctx.paths.kubeconfig_dir);
    let server = entry.server(&ctx.config);
    let (ca_crt, ca_key) = ca_paths(&ctx.paths.cert_dir);
    if authority::exists(ctx.fs(), &path)? {
        let ca =
            authority::find_and_remember(ctx, &format!("check the existing {}", path.display()))?;
        let found = existing::check(&path, ctx.fs(), ca.cert(), &ca_crt, &server)?;
        if let Some(other) = found.other_server {
            ctx.out.warn(
                TAG,
                &format!(
                    "the existing kubeconfig file {:?} points at the API server \
                 {}, not {server} as the configuration says; it is kept as it is",
                    path.display().to_string(),
                    excerpt::value(&other)
                ),
            );
        }
        ctx.out.info(
            TAG,
            &format!(
                "Using existing kubeconfig file: {:?}",
                path.display().to_string()
            ),
        );
        ctx.kept(&path);
        ctx.warn_if_exposed(TAG, &path, "a client private key");
        return grant(ctx, entry);
    }
    let ca = match authority::find_and_remember(
        ctx,
        &format!("sign the client certificate of {}", entry.file),
    )? {
        Authority::Signing(ca) => ca,
        Authority::CertOnly(_) => {
            return Err(KubeconfigPhaseError::ExternalCa {
                problem: format!(
                    "{} does not exist, and it cannot be made because the CA key {} is absent \
                     (external CA mode: {} without its key). Create the file with your external \
                     CA, or put the CA key in place, or, for a new cluster, remove {} and run \
                     `kadm init phase certs ca` first",
                    path.display(),
                    ca_key.display(),
                    ca_crt.display(),
                    ca_crt.display()
                ),
            });
        }
    };
    ctx.out
        .info(TAG, &format!("Writing {:?} kubeconfig file", entry.file));
    let key = issue::client_key(ctx, entry)?;
    let common_name = entry.common_name(&ctx.config);
    let request = NewKubeconfig {
        cluster_name: ctx.config.cluster_name(),
        server: &server,
        common_name: &common_name,
        organizations: &entry.organizations(),
        validity: ctx.config.certificate_validity(),
        label: entry.file,
    };
    let kubeconfig = issue::issue(&request, key, &ca, ctx.out.as_ref())?;
    write(ctx, &path, &kubeconfig)?;
    grant(ctx, entry)
}

/// The objects that give `entry`'s identity its rights, when kadm makes any: the
/// `kubeadm:cluster-admins` binding for `admin.conf`.
fn grant(ctx: &InitContext, entry: &KubeconfigFile) -> Result<(), KubeconfigPhaseError> {
    if entry.organization != Some(CLUSTER_ADMINS) {
        return Ok(());
    }
    write_cluster_admins(ctx).map_err(|cause| KubeconfigPhaseError::ClusterAdmins { cause })
}

/// Writes `kubeconfig` to `path` (0600, atomically); in a dry run, shows it with secrets redacted.
fn write(
    ctx: &InitContext,
    path: &Path,
    kubeconfig: &KubeConfig,
) -> Result<(), KubeconfigPhaseError> {
    ctx.commit(&[FileSpec::secret(path, kubeconfig.to_yaml())])
        .map_err(|source| KubeconfigPhaseError::Write {
            path: path.to_path_buf(),
            cause: source,
        })?;
    if ctx.dry_run {
        for line in kubeconfig.to_yaml_redacted().lines() {
            ctx.out.info(Tag::NONE, &format!("\t{line}"));
        }
    }
    Ok(())
}
