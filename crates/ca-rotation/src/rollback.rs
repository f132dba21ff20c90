//! `rotate-ca rollback`: back to the old CA, before `finalize`.

use kadm_certs::CertEntry;
use kadm_init_context::InitContext;
use kadm_node_fs::{FileSpec, Limit, MODE_PUBLIC, MODE_SECRET};

use crate::disk::{CaDisk, Cas, FileKind, Goal, KUBECONFIG_CA, Shape, read_files};
use crate::prepare::{
    Aim, CaDirectory, file_error, kubeconfigs, leaf_files, load, mode_of, write_in_order,
};
use crate::{RotationError, TAG, node_path};

/// Rolls each CA of `cas` back to the old CA kept in its backup: the CA file and key as before
/// the rotation, every certificate re-issued under the old CA, kubeconfigs trusting it alone.
/// Refuses, writing nothing, when a CA has no backup or is finalized. A re-run completes a
/// half-done rollback; the backup stays (a later `prepare` starts afresh).
pub fn rollback(ctx: &InitContext, cas: &[&'static CertEntry]) -> Result<(), RotationError> {
    let root = ctx.fs();
    let disks = cas
        .iter()
        .map(|entry| CaDisk::read(&ctx.paths, entry))
        .collect::<Result<Vec<_>, _>>()?;
    for disk in &disks {
        let shape = disk.shape().map_err(|r| disk.unrecognized(root, r))?;
        match shape {
            Shape::Absent => {}
            _ if disk.backup.is_none() => {
                return Err(RotationError::BackupMissing {
                    path: node_path(root, &disk.record.old_crt),
                });
            }
            Shape::NewOnly { .. } => {
                return Err(RotationError::Finalized {
                    path: node_path(root, &disk.crt),
                });
            }
            Shape::Single(_) | Shape::Both { .. } => {}
        }
    }
    for disk in &disks {
        if disk.backup.is_some() && !disk.bundle.is_empty() {
            rollback_one(ctx, disk)?;
        }
    }
    ctx.out.info(
        TAG,
        "Rolled back to the old CA. Restart etcd, kube-apiserver, kube-controller-manager and \
         kube-scheduler, then the kubelet.",
    );
    Ok(())
}

fn rollback_one(ctx: &InitContext, disk: &CaDisk) -> Result<(), RotationError> {
    let record = &disk.record;
    let old = load(ctx, &record.old_crt, &record.old_key)?;
    let old_key = ctx
        .fs()
        .read(&record.old_key, Limit::PEM)
        .map_err(|e| file_error(ctx, &record.old_key, e))?;
    let pem = old.cert.to_pem().as_bytes().to_vec();
    let mut files = vec![
        FileSpec {
            path: disk.crt.clone(),
            contents: pem.clone(),
            mode: mode_of(ctx, &disk.crt, MODE_PUBLIC)?,
        },
        FileSpec {
            path: disk.key.clone(),
            contents: old_key,
            mode: mode_of(ctx, &disk.key, MODE_SECRET)?,
        },
    ];
    let facts = read_files(&ctx.paths, disk)?;
    let aim = Aim {
        cas: Cas {
            old: &old.cert,
            new: None,
        },
        goal: Goal::Single,
        signer: &old,
        link: None,
    };
    for f in &facts {
        if let FileKind::Leaf(leaf, serving) = f.kind {
            files.extend(leaf_files(ctx, f, leaf, serving, &aim)?);
        }
    }
    // Certificates elsewhere go back under the old CA while the CA file still trusts it.
    let written = write_in_order(ctx, &disk.crt, files, CaDirectory::Last)?;
    let kubeconfigs = if disk.entry.base == KUBECONFIG_CA {
        kubeconfigs(ctx, &facts, &pem, aim.cas, Goal::Single, Some(&old))?
    } else {
        0
    };
    let verb = if ctx.dry_run { "would write" } else { "wrote" };
    ctx.out.info(
        TAG,
        &format!(
            "CA {}: back to the old CA; {verb} {written} CA and certificate files and \
             {kubeconfigs} kubeconfig file(s)",
            disk.entry.phase
        ),
    );
    Ok(())
}
