//! `rotate-ca finalize`: the new CA alone in every bundle, the link gone from every chain.

use kadm_certs::CertEntry;
use kadm_init_context::InitContext;
use kadm_node_fs::{FileSpec, MODE_PUBLIC};

use crate::disk::{CaDisk, Cas, FileFacts, FileKind, Goal, KUBECONFIG_CA, Role, Shape, read_files};
use crate::prepare::{kubeconfigs, mode_of, write};
use crate::{RotationError, TAG, node_path};

/// How `finalize` treats certificates not under the new CA.
#[derive(Debug, Clone, Copy, Default)]
pub struct FinalizeOptions {
    /// Finalize anyway, leaving those certificates as they are (and saying which).
    pub force: bool,
}

/// One CA checked and ready to finalize.
struct Checked<'a> {
    disk: &'a CaDisk,
    facts: Vec<FileFacts>,
    /// The files signed by another CA than the new one.
    behind: Vec<String>,
}

fn check<'a>(
    ctx: &InitContext,
    disk: &'a CaDisk,
    options: FinalizeOptions,
) -> Result<Option<Checked<'a>>, RotationError> {
    let root = ctx.fs();
    let shape = disk.shape().map_err(|r| disk.unrecognized(root, r))?;
    if shape == Shape::Absent {
        return Ok(None);
    }
    if disk.backup.is_none() {
        return Err(RotationError::BackupMissing {
            path: node_path(root, &disk.record.old_crt),
        });
    }
    let (Shape::Both { old, new } | Shape::NewOnly { old, new }) = shape else {
        return Err(RotationError::NotPrepared {
            path: node_path(root, &disk.crt),
        });
    };
    let cas = Cas {
        old,
        new: Some(new),
    };
    let facts = read_files(&ctx.paths, disk)?;
    let mut behind: Vec<String> = facts
        .iter()
        .filter_map(|f| {
            let signer = f.leaf.as_ref().map(|c| cas.signer(c))?;
            (signer != Role::New).then(|| {
                format!(
                    "{} (signed by {signer})",
                    node_path(root, &f.path).display()
                )
            })
        })
        .collect();
    // The kubelet's own client certificate is not kadm's to re-issue, but once the old CA is
    // dropped a kubelet still holding one it signed is locked out.
    behind.extend(facts.iter().filter_map(|f| {
        let (file, cert) = f.client_file.as_ref()?;
        let signer = cas.signer(cert);
        (signer != Role::New).then(|| {
            format!(
                "{} (signed by {signer}; the client certificate {} names: the kubelet's, renewed \
                 by its rotation once the controller-manager signs with the new CA, or replaced \
                 with `kadm kubeconfig user --client-name system:node:NAME --org system:nodes`)",
                file.display(),
                node_path(root, &f.path).display()
            )
        })
    }));
    if !behind.is_empty() && !options.force {
        return Err(RotationError::NotUnderNew {
            ca: disk.entry.phase,
            files: behind,
        });
    }
    Ok(Some(Checked {
        disk,
        facts,
        behind,
    }))
}

/// Finalizes the rotation of each CA of `cas` on this node: refuses, writing nothing, unless
/// every CA has its backup and every certificate is under the new CA (or `force`).
pub fn finalize(
    ctx: &InitContext,
    cas: &[&'static CertEntry],
    options: FinalizeOptions,
) -> Result<(), RotationError> {
    let disks = cas
        .iter()
        .map(|entry| CaDisk::read(&ctx.paths, entry))
        .collect::<Result<Vec<_>, _>>()?;
    let mut checked = Vec::new();
    for disk in &disks {
        checked.extend(check(ctx, disk, options)?);
    }
    for ca in &checked {
        finalize_one(ctx, ca)?;
    }
    ctx.out.info(
        TAG,
        "Finalized. Restart etcd, kube-apiserver, kube-controller-manager and kube-scheduler, \
         then the kubelet, so that they stop trusting the old CA.",
    );
    Ok(())
}

fn finalize_one(ctx: &InitContext, ca: &Checked<'_>) -> Result<(), RotationError> {
    let root = ctx.fs();
    let disk = ca.disk;
    // The shape was checked: the first certificate of the CA file is the new CA.
    let Some(new) = disk.bundle.first() else {
        return Ok(());
    };
    let Some(old) = disk.backup.as_ref() else {
        return Ok(());
    };
    let cas = Cas {
        old,
        new: Some(new),
    };
    if !ca.behind.is_empty() {
        ctx.out.warn(
            TAG,
            &format!(
                "--force: CA {}: left as they are, signed by another CA than the new one (they \
                 stop verifying once the components reload the bundles; renew them with `kadm \
                 certs renew NAME`): {}",
                disk.entry.phase,
                ca.behind.join(", ")
            ),
        );
    }
    // The CA file first: it marks the stage, so a re-run after a crash sees a finalize to
    // complete.
    let mut files = vec![FileSpec {
        path: disk.crt.clone(),
        contents: new.to_pem().as_bytes().to_vec(),
        mode: mode_of(ctx, &disk.crt, MODE_PUBLIC)?,
    }];
    let written = write(ctx, std::mem::take(&mut files))?;
    for f in &ca.facts {
        let (FileKind::Leaf(..), Some(leaf)) = (f.kind, &f.leaf) else {
            continue;
        };
        if cas.signer(leaf) == Role::New && !f.chain.is_empty() {
            files.push(FileSpec {
                path: f.path.clone(),
                contents: leaf.to_pem().as_bytes().to_vec(),
                mode: mode_of(ctx, &f.path, MODE_PUBLIC)?,
            });
        }
    }
    let leaves = write(ctx, files)?;
    let kubeconfigs = if disk.entry.base == KUBECONFIG_CA {
        kubeconfigs(
            ctx,
            &ca.facts,
            new.to_pem().as_bytes(),
            cas,
            Goal::NewOnly,
            None,
        )?
    } else {
        0
    };
    let verb = if ctx.dry_run { "would write" } else { "wrote" };
    ctx.out.info(
        TAG,
        &format!(
            "CA {}: only the new CA is trusted; {verb} {} CA file(s), {leaves} certificate(s) \
             without the cross-signed link, {kubeconfigs} kubeconfig file(s); the old CA stays in {}",
            disk.entry.phase,
            written,
            node_path(root, &disk.record.dir).display()
        ),
    );
    Ok(())
}
