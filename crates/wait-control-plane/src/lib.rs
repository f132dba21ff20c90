//! The `wait-control-plane` phase: after `kubelet-start`, and before the first API call, waits
//! for the kubelet's `/healthz` (`timeouts.kubeletHealthCheck`), then for each control-plane
//! component's health endpoint (`timeouts.controlPlaneComponentHealthCheck`): kube-apiserver's
//! `/livez` on its advertise address, the controller-manager's `/healthz` and the scheduler's
//! `/livez` on their bind addresses, as kubeadm's control-plane check asks them.
//!
//! It runs only when `init` talks to the API server; a run that writes the cluster's objects as
//! files has nothing to wait for.

use std::time::{Duration, Instant};

use kadm_config::ValidConfig;
use kadm_control_plane::{APISERVER, CONTROLLER_MANAGER, SCHEDULER};
use kadm_init_context::{InitContext, Tag};
use kadm_kube_api::{HealthCheck, wait_healthy};
use kadm_kubelet_config::{HEALTHZ_BIND_ADDRESS, HEALTHZ_PORT};
use kadm_phase_runner::Phase;

/// The phase's name.
pub const NAME: &str = "wait-control-plane";
/// The tag of its first line.
pub const TAG: Tag = Tag::new(NAME);
/// The tag of the kubelet's check.
const KUBELET_CHECK: Tag = Tag::new("kubelet-check");
/// The tag of the components' checks.
const CONTROL_PLANE_CHECK: Tag = Tag::new("control-plane-check");
/// The bound of one health request.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);

/// The `wait-control-plane` phase (hidden, as kubeadm's).
pub fn phase() -> Phase<InitContext> {
    Phase::new(NAME)
        .short("Wait for the control plane to start")
        .long(
            "Waits for the kubelet's /healthz, then for the health endpoint of kube-apiserver, \
             kube-controller-manager and kube-scheduler, each wait bounded by its timeouts \
             field. Runs only when init talks to the API server.",
        )
        .hidden()
        .run_if(|ctx: &InitContext| {
            if !ctx.online() {
                ctx.out.info(
                    TAG,
                    "Skipping phase: this run writes the cluster's objects as files (no API \
                     server to wait for; see --apply)",
                );
            }
            Ok(ctx.online())
        })
        .run(|ctx| Ok(run(ctx)?))
}

/// The kubelet's health check, where its configuration says it listens.
pub fn kubelet_check(config: &ValidConfig) -> HealthCheck {
    let kubelet = config.kubelet_configuration();
    let address = kubelet
        .and_then(|k| k.healthz_bind_address.as_deref())
        .filter(|a| !a.is_empty() && *a != "0.0.0.0" && *a != "::")
        .unwrap_or(HEALTHZ_BIND_ADDRESS);
    let port = kubelet.and_then(|k| k.healthz_port).unwrap_or(HEALTHZ_PORT);
    HealthCheck {
        component: "the kubelet".into(),
        url: format!("http://{}:{port}/healthz", bracketed(address)),
        look: "`systemctl status kubelet` and `journalctl -xeu kubelet`".into(),
    }
}

/// The three components' checks, in kubeadm's order, at the endpoints their manifests probe.
pub fn component_checks(config: &ValidConfig) -> Vec<HealthCheck> {
    [
        (APISERVER, "/livez"),
        (CONTROLLER_MANAGER, "/healthz"),
        (SCHEDULER, "/livez"),
    ]
    .into_iter()
    .map(|(name, path)| {
        let at = kadm_control_plane::probe_endpoint(config, name);
        // An unspecified bind address listens on localhost too.
        let host = at.host.unwrap_or_else(|| localhost(config).to_string());
        HealthCheck {
            component: name.to_string(),
            url: format!("https://{}:{}{path}", bracketed(&host), at.port),
            look: format!(
                "`crictl ps -a | grep {name}` then `crictl logs <its id>`, and the kubelet's \
                 journal (`journalctl -xeu kubelet`)"
            ),
        }
    })
    .collect()
}

fn localhost(config: &ValidConfig) -> &'static str {
    if config.advertise_address().is_ipv6() {
        "::1"
    } else {
        "127.0.0.1"
    }
}

/// An IPv6 address in a URL's brackets.
fn bracketed(host: &str) -> String {
    if host.contains(':') && !host.starts_with('[') {
        format!("[{host}]")
    } else {
        host.to_string()
    }
}

fn run(ctx: &mut InitContext) -> Result<(), kadm_kube_api::ApiError> {
    let manifests = ctx
        .fs()
        .node_path(&ctx.paths.manifests_dir)
        .unwrap_or_else(|| ctx.paths.manifests_dir.clone());
    ctx.out.info(
        TAG,
        &format!(
            "Waiting for the kubelet to boot up the control plane as static Pods from directory \
             {:?}",
            manifests.display().to_string()
        ),
    );
    let kubelet = kubelet_check(&ctx.config);
    let timeout = ctx.config.kubelet_health_check();
    ctx.out.info(
        KUBELET_CHECK,
        &format!(
            "Waiting for a healthy kubelet at {}. This can take up to {}",
            kubelet.url,
            kadm_config::go_duration(timeout)
        ),
    );
    let started = Instant::now();
    wait_healthy(&kubelet, timeout, REQUEST_TIMEOUT)?;
    ctx.out.info(
        KUBELET_CHECK,
        &format!("The kubelet is healthy after {:.3?}", started.elapsed()),
    );

    let timeout = ctx.config.control_plane_component_health_check();
    ctx.out.info(
        CONTROL_PLANE_CHECK,
        &format!(
            "Waiting for healthy control plane components. This can take up to {}",
            kadm_config::go_duration(timeout)
        ),
    );
    let checks = component_checks(&ctx.config);
    for check in &checks {
        ctx.out.info(
            CONTROL_PLANE_CHECK,
            &format!("Checking {} at {}", check.component, check.url),
        );
    }
    // One deadline for the three: they start together.
    let started = Instant::now();
    let mut healthy = Vec::new();
    for check in &checks {
        let left = timeout.saturating_sub(started.elapsed());
        wait_healthy(check, left, REQUEST_TIMEOUT)?;
        ctx.out.info(
            CONTROL_PLANE_CHECK,
            &format!(
                "{} is healthy after {:.3?}",
                check.component,
                started.elapsed()
            ),
        );
        healthy.push(serde_json::json!({"component": check.component, "url": check.url}));
    }
    ctx.result(serde_json::json!({ "kubelet": kubelet.url, "healthy": healthy }));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(extra: impl FnOnce(&mut kadm_config::Config)) -> ValidConfig {
        let mut c = kadm_config::Config::defaults(&kadm_config::HostFacts {
            hostname: "cp-1".into(),
            default_ipv4: Some("192.0.2.10".parse().unwrap()),
        });
        extra(&mut c);
        c.validate().unwrap()
    }

    #[test]
    fn the_checks_ask_where_the_manifests_probe() {
        let c = config(|_| {});
        assert_eq!(kubelet_check(&c).url, "http://127.0.0.1:10248/healthz");
        let urls: Vec<String> = component_checks(&c).into_iter().map(|c| c.url).collect();
        assert_eq!(
            urls,
            [
                "https://192.0.2.10:6443/livez",
                "https://127.0.0.1:10257/healthz",
                "https://127.0.0.1:10259/livez",
            ]
        );
    }

    #[test]
    fn bind_addresses_from_extra_args_move_the_checks() {
        let c = config(|c| {
            c.cluster
                .scheduler
                .extra_args
                .push(kadm_config::types::Arg {
                    name: "bind-address".into(),
                    value: "127.0.0.9".into(),
                });
        });
        let scheduler = &component_checks(&c)[2];
        assert_eq!(scheduler.url, "https://127.0.0.9:10259/livez");
        assert!(
            scheduler
                .look
                .contains("crictl ps -a | grep kube-scheduler")
        );
    }
}
