//! `rotate-ca status`: where each file and each CA of a node stands, derived from the
//! certificates, and which nodes lag behind the most advanced.

use std::fmt::Write as _;
use std::path::PathBuf;

use kadm_certs::CertEntry;
use kadm_init_context::Paths;
use serde_json::{Value, json};

use crate::disk::{CaDisk, Cas, Goal, Shape, fingerprint, read_files};
use crate::node_path;

/// Where a CA's rotation (or one file of it) stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// The CA file is absent on this node (an external etcd, say): nothing to rotate.
    Absent,
    /// One CA, every file under it (never rotated, or the new CA is not installed yet).
    NotStarted,
    /// Bundles hold new and old, every certificate is under the new CA.
    Prepared,
    /// The new CA alone, the old one only in the backup.
    Finalized,
    /// Files that no step leaves together; the reason names them.
    Inconsistent,
}

impl Stage {
    /// The stage's name in output.
    pub fn name(self) -> &'static str {
        match self {
            Stage::Absent => "absent",
            Stage::NotStarted => "not-started",
            Stage::Prepared => "prepared",
            Stage::Finalized => "finalized",
            Stage::Inconsistent => "inconsistent",
        }
    }

    /// How far along a rotation the stage is, for `lagging` (an inconsistent node is behind).
    fn rank(self) -> u8 {
        match self {
            Stage::Absent | Stage::NotStarted | Stage::Inconsistent => 0,
            Stage::Prepared => 1,
            Stage::Finalized => 2,
        }
    }
}

/// One file of a CA and where it stands.
#[derive(Debug, Clone)]
pub struct FileStatus {
    /// The file, as the node sees it.
    pub path: PathBuf,
    /// `ca-bundle`, `serving`, `client` or `kubeconfig`.
    pub kind: &'static str,
    /// Which CA signed its certificate (`old`, `new`, `current`, `unknown:...`).
    pub signed_by: Option<String>,
    /// What its trust bundle holds, in order.
    pub trusts: Vec<String>,
    /// What follows the leaf in the file.
    pub chain: Vec<String>,
    /// Its stage.
    pub stage: Stage,
    /// Why it is inconsistent, or a note.
    pub reason: Option<String>,
}

/// One CA of a node.
#[derive(Debug, Clone)]
pub struct CaStatus {
    /// The CA's name (`ca`, `front-proxy-ca`, `etcd-ca`).
    pub ca: &'static str,
    /// Where its rotation stands.
    pub stage: Stage,
    /// Why it is inconsistent, with the fix.
    pub reason: Option<String>,
    /// The SHA-256 prefix of the only CA, or of the old one during a rotation.
    pub old: Option<String>,
    /// The SHA-256 prefix of the new CA during and after a rotation.
    pub new: Option<String>,
    /// The old CA's backup (present or not).
    pub backup: PathBuf,
    /// Its files.
    pub files: Vec<FileStatus>,
}

/// One node's CAs.
#[derive(Debug, Clone)]
pub struct NodeStatus {
    /// The node: its `--rootfs`, or `/`.
    pub node: String,
    /// The CAs asked for.
    pub cas: Vec<CaStatus>,
}

/// The status of a node (the files under `paths`) for the CAs `cas`.
pub fn status(paths: &Paths, cas: &[&'static CertEntry]) -> NodeStatus {
    let node = paths
        .root
        .dir()
        .map(|d| d.display().to_string())
        .unwrap_or_else(|| "/".to_string());
    NodeStatus {
        node,
        cas: cas.iter().map(|entry| ca_status(paths, entry)).collect(),
    }
}

fn ca_status(paths: &Paths, entry: &'static CertEntry) -> CaStatus {
    let root = &paths.root;
    let mut out = CaStatus {
        ca: entry.phase,
        stage: Stage::Inconsistent,
        reason: None,
        old: None,
        new: None,
        backup: node_path(
            root,
            &crate::record_paths(&paths.cert_dir, entry.base).old_crt,
        ),
        files: Vec::new(),
    };
    let disk = match CaDisk::read(paths, entry) {
        Ok(disk) => disk,
        Err(e) => {
            out.reason = Some(e.to_string());
            return out;
        }
    };
    let (cas, goal, stage) = match disk.shape() {
        Ok(Shape::Absent) => {
            out.stage = Stage::Absent;
            return out;
        }
        Ok(Shape::Single(current)) => (
            Cas {
                old: current,
                new: None,
            },
            Goal::Single,
            Stage::NotStarted,
        ),
        Ok(Shape::Both { old, new }) => (
            Cas {
                old,
                new: Some(new),
            },
            Goal::Both,
            Stage::Prepared,
        ),
        Ok(Shape::NewOnly { old, new }) => (
            Cas {
                old,
                new: Some(new),
            },
            Goal::NewOnly,
            Stage::Finalized,
        ),
        Err(reason) => {
            out.reason = Some(disk.unrecognized(root, reason).to_string());
            out.old = disk.bundle.first().map(fingerprint);
            return out;
        }
    };
    out.old = Some(fingerprint(cas.old));
    out.new = cas.new.map(fingerprint);
    let files = match read_files(paths, &disk) {
        Ok(files) => files,
        Err(e) => {
            out.reason = Some(e.to_string());
            return out;
        }
    };
    let mut differing = Vec::new();
    for facts in &files {
        let judged = facts.judge(cas, goal);
        let shown = node_path(root, &facts.path);
        let (file_stage, reason) = if judged.differs.is_empty() {
            (stage, facts.note.clone())
        } else {
            let why = judged.differs.join("; ");
            differing.push(format!("{} ({why})", shown.display()));
            (Stage::Inconsistent, Some(why))
        };
        out.files.push(FileStatus {
            path: shown,
            kind: facts.kind.name(),
            signed_by: judged.signer.map(|r| r.to_string()),
            trusts: judged.trusts.iter().map(|r| r.to_string()).collect(),
            chain: judged.chain.iter().map(|r| r.to_string()).collect(),
            stage: file_stage,
            reason,
        });
    }
    if differing.is_empty() {
        out.stage = stage;
    } else {
        let fix = match goal {
            Goal::Single => {
                "they are not under this node's CA: restore them, or re-issue them with `kadm \
                 certs renew NAME`"
            }
            Goal::Both => {
                "prepare is half done or a file was replaced: run `kadm certs rotate-ca prepare` \
                 again"
            }
            Goal::NewOnly => {
                "finalize is half done or a file was replaced: run `kadm certs rotate-ca \
                 finalize` again, and renew a certificate still signed by the old CA with `kadm \
                 certs renew NAME`"
            }
        };
        out.reason = Some(format!(
            "{} file(s) differ from stage {}: {}; {fix}",
            differing.len(),
            stage.name(),
            differing.join(", ")
        ));
    }
    out
}

/// A node behind the most advanced one for a CA.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lag {
    /// The node behind.
    pub node: String,
    /// The CA.
    pub ca: &'static str,
    /// Why: its stage against the most advanced node's, or a different new CA.
    pub reason: String,
}

/// Several nodes side by side, and the ones that lag.
#[derive(Debug, Clone)]
pub struct Report {
    /// Each node's status.
    pub nodes: Vec<NodeStatus>,
    /// The nodes behind the most advanced, per CA.
    pub lagging: Vec<Lag>,
}

/// Compares nodes CA by CA: a node lags when its stage is behind the most advanced node's, or
/// when it is as far but with another new CA (it made its own instead of importing the shared
/// one).
pub fn compare(nodes: Vec<NodeStatus>) -> Report {
    let mut lagging = Vec::new();
    let names: Vec<&'static str> = nodes
        .first()
        .map(|n| n.cas.iter().map(|c| c.ca).collect())
        .unwrap_or_default();
    for name in names {
        let of = |n: &NodeStatus| n.cas.iter().find(|c| c.ca == name).cloned();
        let present: Vec<(String, CaStatus)> = nodes
            .iter()
            .filter_map(|n| of(n).map(|c| (n.node.clone(), c)))
            .filter(|(_, c)| c.stage != Stage::Absent)
            .collect();
        // The first of the most advanced nodes leads (`max_by_key` keeps the last of equals).
        let Some((lead_node, lead)) = present.iter().rev().max_by_key(|(_, c)| c.stage.rank())
        else {
            continue;
        };
        for (node, ca) in &present {
            let reason = if ca.stage.rank() < lead.stage.rank() {
                format!(
                    "{} while {lead_node} is {}",
                    ca.stage.name(),
                    lead.stage.name()
                )
            } else if lead.stage.rank() > 0 && ca.new != lead.new {
                format!(
                    "its new CA ({}) is not {lead_node}'s ({}): it did not take the shared one",
                    ca.new.as_deref().unwrap_or("none"),
                    lead.new.as_deref().unwrap_or("none")
                )
            } else {
                continue;
            };
            lagging.push(Lag {
                node: node.clone(),
                ca: name,
                reason,
            });
        }
    }
    Report { nodes, lagging }
}

/// The report as JSON (`-o json`).
pub fn to_json(report: &Report) -> Value {
    let file = |f: &FileStatus| {
        json!({
            "path": f.path.display().to_string(),
            "kind": f.kind,
            "signedBy": f.signed_by,
            "trusts": f.trusts,
            "chain": f.chain,
            "stage": f.stage.name(),
            "reason": f.reason,
        })
    };
    let ca = |c: &CaStatus| {
        json!({
            "ca": c.ca,
            "stage": c.stage.name(),
            "reason": c.reason,
            "old": c.old,
            "new": c.new,
            "backup": c.backup.display().to_string(),
            "files": c.files.iter().map(file).collect::<Vec<_>>(),
        })
    };
    json!({
        "nodes": report.nodes.iter().map(|n| json!({
            "node": n.node,
            "cas": n.cas.iter().map(ca).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "lagging": report.lagging.iter().map(|l| json!({
            "node": l.node,
            "ca": l.ca,
            "reason": l.reason,
        })).collect::<Vec<_>>(),
    })
}

fn dash(list: &[String]) -> String {
    if list.is_empty() {
        "-".to_string()
    } else {
        list.join("+")
    }
}

/// Rows as aligned columns.
fn table(rows: &[Vec<String>]) -> String {
    let widths: Vec<usize> = (0..rows[0].len())
        .map(|i| rows.iter().map(|r| r[i].len()).max().unwrap_or(0))
        .collect();
    let mut out = String::new();
    for row in rows {
        let line: Vec<String> = row
            .iter()
            .zip(&widths)
            .map(|(cell, w)| format!("{cell:<w$}"))
            .collect();
        let _ = writeln!(out, "{}", line.join("   ").trim_end());
    }
    out
}

/// The report as text: with several nodes, a summary of every CA on every node first (one
/// column per node) and the lagging nodes; then each node's CAs and files.
pub fn render_text(report: &Report) -> String {
    let mut out = String::new();
    if report.nodes.len() > 1 {
        let mut rows = vec![
            std::iter::once("CA".to_string())
                .chain(report.nodes.iter().map(|n| n.node.clone()))
                .collect::<Vec<_>>(),
        ];
        if let Some(first) = report.nodes.first() {
            for ca in &first.cas {
                let mut row = vec![ca.ca.to_string()];
                for node in &report.nodes {
                    let cell = node
                        .cas
                        .iter()
                        .find(|c| c.ca == ca.ca)
                        .map(|c| match &c.new {
                            Some(new) => format!("{} (new {new})", c.stage.name()),
                            None => c.stage.name().to_string(),
                        })
                        .unwrap_or_default();
                    row.push(cell);
                }
                rows.push(row);
            }
        }
        out.push_str(&table(&rows));
        if report.lagging.is_empty() {
            out.push_str("\nlagging: none\n");
        } else {
            out.push_str("\nlagging:\n");
            for lag in &report.lagging {
                let _ = writeln!(out, "  {} ({}): {}", lag.node, lag.ca, lag.reason);
            }
        }
    }
    for node in &report.nodes {
        if report.nodes.len() > 1 {
            let _ = writeln!(out, "\nnode {}:", node.node);
        }
        let mut cas = vec![vec![
            "CA".to_string(),
            "STAGE".to_string(),
            "OLD".to_string(),
            "NEW".to_string(),
            "BACKUP".to_string(),
        ]];
        for ca in &node.cas {
            cas.push(vec![
                ca.ca.to_string(),
                ca.stage.name().to_string(),
                ca.old.clone().unwrap_or_else(|| "-".into()),
                ca.new.clone().unwrap_or_else(|| "-".into()),
                ca.backup.display().to_string(),
            ]);
        }
        out.push_str(&table(&cas));
        let mut files = vec![vec![
            "FILE".to_string(),
            "CA".to_string(),
            "KIND".to_string(),
            "SIGNED BY".to_string(),
            "TRUSTS".to_string(),
            "CHAIN".to_string(),
            "STAGE".to_string(),
        ]];
        for ca in &node.cas {
            for f in &ca.files {
                files.push(vec![
                    f.path.display().to_string(),
                    ca.ca.to_string(),
                    f.kind.to_string(),
                    f.signed_by.clone().unwrap_or_else(|| "-".into()),
                    dash(&f.trusts),
                    dash(&f.chain),
                    f.stage.name().to_string(),
                ]);
            }
        }
        out.push('\n');
        out.push_str(&table(&files));
        let reasons: Vec<String> = node
            .cas
            .iter()
            .filter_map(|c| c.reason.as_ref().map(|r| format!("{}: {r}", c.ca)))
            .collect();
        if !reasons.is_empty() {
            out.push_str("\nNOTES:\n");
            for r in reasons {
                let _ = writeln!(out, "  {r}");
            }
        }
    }
    out
}
