//! The `preflight` phase of `kadm init`: checks that need no cluster, each named as kubeadm
//! names it, run before any phase writes.
//!
//! - The configuration is valid: it was validated when the run's context was made, before any
//!   phase; the phase says so in its result rather than checking again.
//! - The node's files ([`files`]): every file and directory `init` writes is free or reusable
//!   (a re-run passes), and etcd's data directory is empty or this node's own.
//! - This machine ([`system`], through the [`Host`] trait): root, the ports, swap, the container
//!   runtime's socket, IP forwarding, CPUs and memory. Only on the real root: under `--rootfs`
//!   the node is a directory, not this machine, so they are skipped, and the phase says so once.
//!
//! `--ignore-preflight-errors` and `nodeRegistration.ignorePreflightErrors` (merged, names in
//! any case, or `all`) turn a check's errors into warnings, printed as kubeadm prints them
//! (`[WARNING Name]: message`). Any error left fails the phase with one error listing each.

pub mod files;
mod host;
mod outcome;
pub mod system;

use kadm_init_context::{InitContext, Tag};
use kadm_phase_runner::Phase;
use serde_json::json;

pub use host::{Host, RealHost, SocketState};
pub use outcome::{Findings, Outcome, PreflightError, Problem, Status, ignores};
pub use system::HostCheck;

/// The phase's name.
pub const NAME: &str = "preflight";

/// The `[preflight]` tag of the phase's lines.
pub const TAG: Tag = Tag::new(NAME);

/// The `preflight` phase, checking this machine through [`RealHost`].
pub fn phase() -> Phase<InitContext> {
    Phase::new(NAME)
        .short("Run pre-flight checks")
        .long(
            "Run pre-flight checks for kadm init: the files and directories init writes are free \
             or reusable, etcd's data directory is empty or this node's own, and, on the real \
             root only, root user, free ports, swap, the container runtime, IP forwarding, CPUs \
             and memory. --ignore-preflight-errors=NAME,... (or all) turns errors into warnings.",
        )
        .example(
            "# Run the pre-flight checks for kadm init using a config file\n\
             kadm init phase preflight --config kadm-config.yaml",
        )
        .run(|ctx: &mut InitContext| {
            let host = RealHost::new(ctx.fs().clone());
            run(ctx, &host)?;
            Ok(())
        })
}

/// Runs every check for `ctx` (host checks through `host`, only on the real root), prints the
/// warnings, records the result, and fails listing every error the ignore list leaves.
pub fn run(ctx: &InitContext, host: &dyn Host) -> Result<Vec<Outcome>, PreflightError> {
    run_checks(
        ctx,
        host,
        system::host_checks(&ctx.config),
        files::node_checks(ctx),
    )
}

/// Runs `host_checks` (only on the real root) and the node's file checks `node_checks` for
/// `ctx`, as [`run`] does for init; `kadm join` gives its own lists.
pub fn run_checks(
    ctx: &InitContext,
    host: &dyn Host,
    host_checks: Vec<HostCheck>,
    node_checks: Vec<(String, Findings)>,
) -> Result<Vec<Outcome>, PreflightError> {
    let out = ctx.out.as_ref();
    out.info(TAG, "Running pre-flight checks");
    let ignore = ctx.config.ignore_preflight_errors();
    let advertise = ctx.config.advertise_address();
    let mut outcomes = Vec::new();
    match ctx.fs().dir() {
        None => outcomes.extend(
            host_checks
                .iter()
                .map(|c| Outcome::of(c.name(), c.run(host, advertise), &ignore)),
        ),
        Some(dir) => {
            let names: Vec<String> = host_checks.iter().map(HostCheck::name).collect();
            out.info(
                TAG,
                &format!(
                    "Skipping the checks of this machine under --rootfs {} (the node is that \
                     directory, not this machine): {}",
                    dir.display(),
                    names.join(", ")
                ),
            );
            outcomes.extend(names.into_iter().map(Outcome::skipped));
        }
    }
    outcomes.extend(
        node_checks
            .into_iter()
            .map(|(name, found)| Outcome::of(name, found, &ignore)),
    );

    for o in &outcomes {
        for w in &o.warnings {
            out.warn_check(&o.name, w);
        }
    }
    ctx.result(result(&outcomes, ctx.fs().dir()));
    let failed: Vec<(String, Problem)> = outcomes
        .iter()
        .flat_map(|o| o.errors.iter().map(|p| (o.name.clone(), p.clone())))
        .collect();
    if !failed.is_empty() {
        return Err(PreflightError::Failed(failed));
    }
    out.info(TAG, &summary(&outcomes));
    Ok(outcomes)
}

fn count(outcomes: &[Outcome], status: Status) -> usize {
    outcomes.iter().filter(|o| o.status == status).count()
}

/// `39 checks passed, 1 with warnings, 12 skipped`.
fn summary(outcomes: &[Outcome]) -> String {
    let mut parts = vec![format!("{} checks passed", count(outcomes, Status::Passed))];
    for (status, word) in [
        (Status::Warned, "with warnings"),
        (Status::Skipped, "skipped"),
    ] {
        let n = count(outcomes, status);
        if n > 0 {
            parts.push(format!("{n} {word}"));
        }
    }
    parts.join(", ")
}

/// The phase's `-o json` result: each check with its status and messages, and the counts.
fn result(outcomes: &[Outcome], rootfs: Option<&std::path::Path>) -> serde_json::Value {
    let checks: Vec<serde_json::Value> = outcomes
        .iter()
        .map(|o| {
            let mut check = json!({ "name": o.name, "status": o.status.as_str() });
            if !o.warnings.is_empty() {
                check["warnings"] = json!(o.warnings);
            }
            if o.ignored {
                check["ignored"] = json!(true);
            }
            if !o.errors.is_empty() {
                let errors: Vec<_> = o
                    .errors
                    .iter()
                    .map(|p| json!({ "message": p.message, "fix": p.fix }))
                    .collect();
                check["errors"] = json!(errors);
            }
            check
        })
        .collect();
    let skipped_because = rootfs.map(|dir| {
        format!(
            "--rootfs {}: the checks of this machine do not apply to a node in a directory",
            dir.display()
        )
    });
    json!({
        "config": "valid: validated when the run started, before any phase",
        "skippedBecause": skipped_because,
        "run": outcomes.len() - count(outcomes, Status::Skipped),
        "passed": count(outcomes, Status::Passed),
        "warned": count(outcomes, Status::Warned),
        "failed": count(outcomes, Status::Failed),
        "skipped": count(outcomes, Status::Skipped),
        "checks": checks,
    })
}

#[cfg(test)]
mod tests;
