//! The phase's run: find the kubelet's rotatable certificate, check it, point kubelet.conf at
//! it, report, and restart the kubelet where kadm may.

use std::path::{Path, PathBuf};

use kadm_init_context::{InitContext, Tag};
use kadm_kubeconfig_model::{KubeConfig, KubeConfigError};
use kadm_node_fs::{FileSpec, Root};
use kadm_pki::Certificate;
use serde_json::{Value, json};
use time::OffsetDateTime;

use crate::client_cert::{load_client_pem, validity_warning};
use crate::edit::point_user_at_pem;
use crate::error::CertRotationError;
use crate::kubelet_config::{KUBELET_CONFIG_FILE, RotateSetting, rotate_setting};
use crate::locate::{KubeletPem, kubelet_pem, resolve_pem};
use crate::restart::{RESTART_COMMAND, Restart, restart_with, systemctl_for_real_root};
use crate::window::{RenewalWindow, rfc3339};

/// The tag of this phase's lines, its parent phase's name as kubeadm prints it.
const TAG: Tag = Tag::new("kubelet-finalize");
/// The kubelet's kubeconfig, in the kubeconfig directory.
pub const KUBELET_CONF: &str = "kubelet.conf";
/// The cluster CA certificate (possibly a bundle), in the certificate directory.
pub const CA_CERT: &str = "ca.crt";

/// What one run of the phase found and did; shown as text, and as JSON with `-o json`.
#[derive(Debug, Clone)]
pub struct Outcome {
    /// kubelet.conf as kadm reaches it.
    pub kubelet_conf: PathBuf,
    /// The kubelet's certificate file, as kadm reaches it and as the node sees it.
    pub pem: KubeletPem,
    /// Whether the kubelet's rotatable certificate file exists (rotation in effect).
    pub rotation_enabled: bool,
    /// The kubelet's `rotateCertificates` setting.
    pub rotate_certificates: RotateSetting,
    /// Whether kubelet.conf was (or, in a dry run, would be) changed.
    pub changed: bool,
    /// Whether kubelet.conf already pointed at the certificate file.
    pub already_done: bool,
    /// Whether this was a dry run.
    pub dry_run: bool,
    /// The checked certificate, when the file exists.
    pub certificate: Option<Certificate>,
    /// What happened to the kubelet.
    pub restart: Restart,
}

impl Outcome {
    /// The JSON object printed with `-o json`.
    pub fn to_json(&self) -> Value {
        let certificate = self.certificate.as_ref().map(|c| {
            let window = RenewalWindow::of(c.not_before(), c.not_after());
            json!({
                "subject": c.subject_line(),
                "notBefore": rfc3339(c.not_before()),
                "notAfter": rfc3339(c.not_after()),
                "renewalWindowStart": rfc3339(window.start),
                "renewalWindowEnd": rfc3339(window.end),
            })
        });
        json!({
            "kubeletConf": self.kubelet_conf.display().to_string(),
            "pem": self.pem.node_path,
            "pemFile": self.pem.path.display().to_string(),
            "rotationEnabled": self.rotation_enabled,
            "rotateCertificates": self.rotate_certificates.enabled(),
            "changed": self.changed,
            "alreadyDone": self.already_done,
            "dryRun": self.dry_run,
            "certificate": certificate,
            "restart": self.restart.as_str(),
        })
    }
}

/// Runs the phase against the context and reports what it did.
pub fn run(ctx: &InitContext) -> Result<Outcome, CertRotationError> {
    let pem = kubelet_pem(&ctx.paths, ctx.config.kubelet_extra_arg("cert-dir"))?;
    let kubelet_conf = ctx.paths.kubeconfig_dir.join(KUBELET_CONF);
    let rotate = rotate_setting(
        ctx.fs(),
        ctx.config.kubelet_extra_arg("rotate-certificates"),
        &kubelet_config_path(ctx),
    );
    let mut outcome = Outcome {
        kubelet_conf,
        pem,
        rotation_enabled: false,
        rotate_certificates: rotate,
        changed: false,
        already_done: false,
        dry_run: ctx.dry_run,
        certificate: None,
        restart: Restart::NotNeeded,
    };

    let Some(file) = resolve_pem(ctx.fs(), &outcome.pem.path)? else {
        ctx.out.info(
            TAG,
            &format!(
                "{:?} does not exist: the kubelet does not rotate its client certificate \
             (rotateCertificates off or TLS bootstrap not done), so {:?} is left as it is",
                outcome.pem.path.display().to_string(),
                outcome.kubelet_conf.display().to_string(),
            ),
        );
        ctx.result(outcome.to_json());
        return Ok(outcome);
    };
    outcome.rotation_enabled = true;
    let cert = load_client_pem(
        ctx.fs(),
        &file,
        &ctx.paths.cert_dir.join(CA_CERT),
        ctx.config.node_name(),
    )?;

    let mut config = load_kubelet_conf(ctx.fs(), &outcome.kubelet_conf)?;
    let before = config.to_yaml_redacted();
    outcome.changed = point_user_at_pem(&mut config, &outcome.pem.node_path)
        .map_err(|source| CertRotationError::KubeletConf { cause: source })?;
    outcome.already_done = !outcome.changed;

    if let Some(w) = outcome.rotate_certificates.warning() {
        ctx.out.warn(TAG, &w);
    }
    if let Some(w) = validity_warning(&cert, &file, OffsetDateTime::now_utc()) {
        ctx.out.warn(TAG, &w);
    }
    let conf = outcome.kubelet_conf.display().to_string();
    if outcome.changed {
        ctx.out.info(
            TAG,
            &format!(
                "Updating {conf:?} to point to a rotatable kubelet client certificate and key"
            ),
        );
        if ctx.dry_run {
            ctx.out.info(
                Tag::DRY_RUN,
                &format!(
                    "Would write {conf:?} as follows (secrets redacted):\n{}",
                    unified_diff(&before, &config.to_yaml_redacted(), &conf)
                ),
            );
        } else {
            ctx.commit(&[FileSpec {
                path: outcome.kubelet_conf.clone(),
                contents: config.to_yaml().into_bytes(),
                mode: 0o600,
            }])
            .map_err(|source| CertRotationError::Write { source })?;
        }
    } else {
        ctx.out.info(
            TAG,
            &format!(
                "{conf:?} already points to {:?}; nothing to change",
                outcome.pem.node_path
            ),
        );
        ctx.kept(&outcome.kubelet_conf);
    }
    report_expiry(ctx, &cert, &outcome.pem.node_path);
    outcome.certificate = Some(cert);
    if outcome.changed {
        outcome.restart = restart_kubelet(ctx);
    }
    ctx.result(outcome.to_json());
    Ok(outcome)
}

/// The kubelet's configuration file: `--config` among the kubelet flags, else
/// `<kubelet dir>/config.yaml`.
fn kubelet_config_path(ctx: &InitContext) -> PathBuf {
    match ctx.config.kubelet_extra_arg("config") {
        Some(path) => ctx.paths.root.host_path(path),
        None => ctx.paths.kubelet_dir.join(KUBELET_CONFIG_FILE),
    }
}

fn load_kubelet_conf(root: &Root, path: &Path) -> Result<KubeConfig, CertRotationError> {
    KubeConfig::load(root, path).map_err(|source| match source {
        KubeConfigError::Read(e) if e.is_not_found() => CertRotationError::KubeletConfMissing {
            path: path.to_path_buf(),
        },
        source => CertRotationError::KubeletConf { cause: source },
    })
}

/// A unified diff of two versions of a file, both labelled with its path.
pub fn unified_diff(before: &str, after: &str, path: &str) -> String {
    similar::TextDiff::from_lines(before, after)
        .unified_diff()
        .context_radius(3)
        .header(&format!("{path} (current)"), &format!("{path} (new)"))
        .to_string()
        .trim_end()
        .to_string()
}

fn report_expiry(ctx: &InitContext, cert: &Certificate, pem: &str) {
    let window = RenewalWindow::of(cert.not_before(), cert.not_after());
    ctx.out.info(
        TAG,
        &format!(
            "The kubelet client certificate in {pem:?} ({}) expires at {}; a rotating kubelet \
         requests a new one at a random time between {} and {} (70% to 90% of its lifetime)",
            cert.subject_line(),
            rfc3339(cert.not_after()),
            rfc3339(window.start),
            rfc3339(window.end),
        ),
    );
}

/// Restarts the kubelet through systemd on the real root; otherwise says a restart is needed.
fn restart_kubelet(ctx: &InitContext) -> Restart {
    let systemctl = systemctl_for_real_root(ctx.paths.root.is_host());
    match (systemctl, ctx.dry_run) {
        (Some(_), true) => {
            ctx.out.info(
                Tag::DRY_RUN,
                &format!("Would restart the kubelet ({RESTART_COMMAND})"),
            );
            Restart::Needed
        }
        (None, dry_run) => {
            let tag = if dry_run { Tag::DRY_RUN } else { TAG };
            ctx.out.info(
                tag,
                &format!("Restart the kubelet for the change to take effect ({RESTART_COMMAND})"),
            );
            Restart::Needed
        }
        (Some(systemctl), false) => {
            ctx.out.info(TAG, "Restarting the kubelet");
            let outcome = restart_with(&systemctl);
            if let Restart::Failed(why) = &outcome {
                ctx.out.warn(
                    TAG,
                    &format!(
                        "the kubelet could not be restarted ({why}); restart it by hand \
                     ({RESTART_COMMAND}) for the change to take effect"
                    ),
                );
            }
            outcome
        }
    }
}
