//! What a run of `init` or `init phase ...` did, told once at its end: the `-o json` document
//! (its shape is documented in docs/cli.md) and the closing summary of a text run.

use std::path::Path;

use kadm_init_context::{FileAction, FileRecord, PhaseRecord, RunReport};
use serde_json::{Value, json};

/// The `-o json` document of a run: every phase planned or skipped with its files, warnings and
/// result, the run's own warnings, whether it succeeded (with the error when not), `mode`
/// (`apply` when the run talked to the API server, else `files`), and `join`:
/// the `show-join-command` result (join commands, token, CA hash, certificate key) when that
/// phase ran, so a pipeline reads it without looking for the phase.
pub(crate) fn document(
    command: &str,
    dry_run: bool,
    online: bool,
    report: &RunReport,
    error: Option<&anyhow::Error>,
) -> Value {
    json!({
        "command": command,
        "dryRun": dry_run,
        "mode": if online { "apply" } else { "files" },
        "succeeded": error.is_none(),
        "error": error.map(crate::render),
        "warnings": report.warnings,
        "join": report
            .phases
            .iter()
            .find(|p| p.path == kadm_show_join_command::NAME)
            .and_then(|p| p.result.clone()),
        "phases": report.phases.iter().map(phase).collect::<Vec<_>>(),
    })
}

fn phase(p: &PhaseRecord) -> Value {
    let mut v = json!({
        "phase": p.path,
        "status": p.status.as_str(),
        "files": p.files.iter().map(file).collect::<Vec<_>>(),
        "warnings": p.warnings,
    });
    if let Some(reason) = p.status.skip_reason() {
        v["skipReason"] = json!(reason);
    }
    if let Some(result) = &p.result {
        v["result"] = result.clone();
    }
    if !p.objects.is_empty() {
        v["objects"] = json!(p.objects);
    }
    v
}

fn file(f: &FileRecord) -> Value {
    let mut v = json!({
        "path": f.path.display().to_string(),
        "action": f.action.as_str(),
        "mode": f.mode.map(|m| format!("{m:04o}")),
        "sha256": f.sha256,
    });
    if let Some(c) = &f.certificate {
        v["certificate"] = json!({
            "subject": c.subject,
            "sans": c.sans,
            "notAfter": c.not_after,
        });
    }
    v
}

/// The closing lines of a full text run, naming only what this run wrote or kept: the PKI, the
/// kubeconfig files, and `export KUBECONFIG` only when admin.conf is one of them. `None` when the
/// run produced neither.
pub(crate) fn summary(
    report: &RunReport,
    cert_dir: &Path,
    kubeconfig_dir: &Path,
) -> Option<String> {
    let on_disk = || {
        report
            .all_files()
            .filter(|f| f.action != FileAction::WouldWrite)
    };
    let mut made = Vec::new();
    if on_disk().any(|f| f.path.starts_with(cert_dir)) {
        made.push(format!("PKI in {:?}", cert_dir.display().to_string()));
    }
    if on_disk().any(|f| f.path.parent() == Some(kubeconfig_dir)) {
        made.push(format!(
            "kubeconfig files in {:?}",
            kubeconfig_dir.display().to_string()
        ));
    }
    let made = made.join(", ");
    let admin = kubeconfig_dir.join(kadm_kubeconfig::ADMIN_CONF);
    if on_disk().any(|f| f.path == admin) {
        Some(format!(
            "\nThis control-plane node's identity is ready: {made}.\n\
             Once the API server runs, use it as the cluster administrator with:\n\n  \
             export KUBECONFIG={}",
            admin.display()
        ))
    } else if made.is_empty() {
        None
    } else {
        Some(format!(
            "\nThis run wrote or kept {made}. It made no {:?}, so there is no administrator \
             kubeconfig yet: `kadm init phase kubeconfig admin` writes it.",
            admin.display().to_string()
        ))
    }
}
