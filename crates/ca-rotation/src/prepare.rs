//! `rotate-ca prepare`: the new CA, the old one kept, old + new trusted everywhere, every
//! certificate re-issued under the new CA.

use std::path::Path;

use kadm_cert_renewal::{Target, kubeconfig_text, plan_under};
use kadm_certs::CertEntry;
use kadm_init_context::InitContext;
use kadm_kubeconfig_model::KubeConfig;
use kadm_node_fs::{FileSpec, Limit, MODE_PUBLIC, MODE_SECRET};
use kadm_pki::{
    Certificate, CertifiedKey, PrivateKey, default_generator, load_pair, self_signed_ca, sign,
};

use crate::bundle::{Shared, check_fits, open};
use crate::disk::{
    CaDisk, Cas, FileFacts, FileKind, Goal, KUBECONFIG_CA, Shape, fingerprint, is_cross, read_files,
};
use crate::{RotationError, TAG, node_path};

/// The old and new CA of one rotation, and the link between them.
pub(crate) struct Pair {
    pub(crate) old: CertifiedKey,
    pub(crate) new: CertifiedKey,
    pub(crate) cross: Certificate,
}

impl Pair {
    /// The trust bundle during the rotation: new first (the key file matches it), then old.
    pub(crate) fn bundle(&self) -> String {
        format!("{}{}", self.new.cert.to_pem(), self.old.cert.to_pem())
    }

    fn cas(&self) -> Cas<'_> {
        Cas {
            old: &self.old.cert,
            new: Some(&self.new.cert),
        }
    }
}

pub(crate) fn file_error(ctx: &InitContext, path: &Path, reason: impl ToString) -> RotationError {
    RotationError::File {
        path: node_path(ctx.fs(), path),
        reason: reason.to_string(),
    }
}

/// The mode of the file at `path`, or `default` when it is absent.
pub(crate) fn mode_of(ctx: &InitContext, path: &Path, default: u32) -> Result<u32, RotationError> {
    let entry = ctx.fs().entry(path).map_err(|e| file_error(ctx, path, e))?;
    Ok(entry.map(|e| e.mode() & 0o7777).unwrap_or(default))
}

/// Writes the files that differ, in one batch; returns how many were written.
pub(crate) fn write(ctx: &InitContext, files: Vec<FileSpec>) -> Result<usize, RotationError> {
    let first = files.first().map(|f| f.path.clone()).unwrap_or_default();
    let written = ctx
        .commit_changed(files)
        .map_err(|e| file_error(ctx, &first, e))?;
    Ok(written.into_iter().filter(|w| *w).count())
}

/// When the CA file's directory is written, against the other directories of a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CaDirectory {
    /// Before the others: the CA file is installed before any certificate it signs elsewhere.
    First,
    /// After the others: certificates elsewhere are back under the old CA before the CA file is.
    Last,
}

/// Writes `files` of the CA at `ca_crt` as [`write`] does, in two batches: a batch is atomic per
/// directory only, and some certificates of a CA live beside another directory
/// (`apiserver-etcd-client` signed by `etcd/ca`). Ordered by `ca_dir`, a crash between the two
/// leaves a state that status reports as half done and a re-run of the step completes; returns
/// how many were written.
pub(crate) fn write_in_order(
    ctx: &InitContext,
    ca_crt: &Path,
    files: Vec<FileSpec>,
    ca_dir: CaDirectory,
) -> Result<usize, RotationError> {
    let (beside, elsewhere): (Vec<FileSpec>, Vec<FileSpec>) = files
        .into_iter()
        .partition(|f| f.path.parent() == ca_crt.parent());
    let (first, second) = match ca_dir {
        CaDirectory::First => (beside, elsewhere),
        CaDirectory::Last => (elsewhere, beside),
    };
    let mut written = 0;
    for batch in [first, second] {
        if !batch.is_empty() {
            written += write(ctx, batch)?;
        }
    }
    Ok(written)
}

/// Loads a CA pair, naming an absent key.
pub(crate) fn load(
    ctx: &InitContext,
    crt: &Path,
    key: &Path,
) -> Result<CertifiedKey, RotationError> {
    if !ctx.fs().exists(key).map_err(|e| file_error(ctx, key, e))? {
        return Err(RotationError::NoKey {
            path: node_path(ctx.fs(), key),
        });
    }
    load_pair(ctx.fs(), crt, key).map_err(|e| file_error(ctx, crt, e))
}

fn issue(what: &str) -> impl Fn(kadm_pki::PkiError) -> RotationError + '_ {
    move |cause| RotationError::Issue {
        what: what.to_string(),
        cause,
    }
}

/// A new CA like `old`: same subject, names and key type, valid for caCertificateValidityPeriod.
fn new_ca(ctx: &InitContext, old: &Certificate) -> Result<CertifiedKey, RotationError> {
    let what = "the new CA";
    let algorithm = old.key_algorithm().unwrap_or_else(|_| ctx.key_algorithm());
    let key = default_generator()
        .generate(algorithm)
        .map_err(issue(what))?;
    let spec = old.renewal_spec(ctx.config.ca_certificate_validity());
    self_signed_ca(&spec, key).map_err(issue(what))
}

/// The new CA's subject and key, signed by the old CA (until the new CA ends, at most until
/// the old one does).
fn cross_sign(old: &CertifiedKey, new: &CertifiedKey) -> Result<Certificate, RotationError> {
    let what = "the new CA cross-signed by the old one";
    let key = PrivateKey::from_pem(&new.key.to_pem(), Path::new("<the new CA key>"))
        .map_err(issue(what))?;
    let left = new.cert.not_after() - time_now();
    let validity = std::time::Duration::from_secs(left.whole_seconds().max(1).unsigned_abs());
    let spec = new.cert.renewal_spec(validity);
    Ok(sign(&spec, key, old).map_err(issue(what))?.certified.cert)
}

fn time_now() -> time::OffsetDateTime {
    time::OffsetDateTime::now_utc()
}

/// The old and new CA of `disk`: made now for a CA not being rotated (the record written
/// first), else read back from the record and the CA files.
fn pair(
    ctx: &InitContext,
    disk: &CaDisk,
    shape: Shape<'_>,
    shared: Option<(&Shared, &Path)>,
) -> Result<Pair, RotationError> {
    let record = &disk.record;
    if let Some((shared, file)) = shared {
        check_fits(shared, shape, file)?;
    }
    match shape {
        Shape::Both { .. } => {
            let old = load(ctx, &record.old_crt, &record.old_key)?;
            let new = load(ctx, &disk.crt, &disk.key)?;
            let cross = match disk.cross_for(&old.cert, &new.cert) {
                Some(cross) => cross.clone(),
                None => {
                    let cross = cross_sign(&old, &new)?;
                    write(
                        ctx,
                        vec![FileSpec::public(&record.cross, cross.to_pem().as_bytes())],
                    )?;
                    cross
                }
            };
            Ok(Pair { old, new, cross })
        }
        // Never rotated, a rotation whose new CA was not installed yet, or a finished one: the
        // CA on disk becomes the old CA.
        _ => {
            let old = load(ctx, &disk.crt, &disk.key)?;
            let old_key = ctx
                .fs()
                .read(&disk.key, Limit::PEM)
                .map_err(|e| file_error(ctx, &disk.key, e))?;
            let (new, cross) = match shared {
                Some((shared, file)) => {
                    let new = shared.pair(file)?;
                    if !is_cross(&shared.cross, &old.cert, &new.cert) {
                        return Err(RotationError::BadBundle {
                            file: file.to_path_buf(),
                            reason: format!(
                                "CA {}: its cross-signed certificate is not the new CA signed by \
                                 this node's CA",
                                disk.entry.phase
                            ),
                        });
                    }
                    (new, shared.cross.clone())
                }
                None => {
                    let new = new_ca(ctx, &old.cert)?;
                    let cross = cross_sign(&old, &new)?;
                    (new, cross)
                }
            };
            write(
                ctx,
                vec![
                    FileSpec::public(&record.old_crt, old.cert.to_pem().as_bytes()),
                    FileSpec::secret(&record.old_key, old_key),
                    FileSpec::public(&record.cross, cross.to_pem().as_bytes()),
                ],
            )?;
            Ok(Pair { old, new, cross })
        }
    }
}

/// What the files of one CA are brought to: the CAs they are judged against, the goal, the CA
/// that signs what must be re-issued, and the link serving certificates carry.
pub(crate) struct Aim<'a> {
    pub(crate) cas: Cas<'a>,
    pub(crate) goal: Goal,
    pub(crate) signer: &'a CertifiedKey,
    pub(crate) link: Option<&'a Certificate>,
}

impl Aim<'_> {
    /// The file of a leaf: the leaf, then the link when it serves and the goal wants it.
    fn leaf_file(&self, leaf_pem: &[u8], serving: bool) -> Vec<u8> {
        let mut out = leaf_pem.to_vec();
        if let (true, Some(link)) = (serving && !self.goal.chain(true).is_empty(), self.link) {
            out.extend_from_slice(link.to_pem().as_bytes());
        }
        out
    }
}

/// The files of one leaf that are not yet as `aim` wants: re-issued under its signer when
/// another CA signed it, else the chain fixed.
pub(crate) fn leaf_files(
    ctx: &InitContext,
    facts: &FileFacts,
    entry: &'static CertEntry,
    serving: bool,
    aim: &Aim<'_>,
) -> Result<Vec<FileSpec>, RotationError> {
    let judged = facts.judge(aim.cas, aim.goal);
    if judged.differs.is_empty() {
        return Ok(Vec::new());
    }
    let mode = mode_of(ctx, &facts.path, MODE_PUBLIC)?;
    if judged.signer == Some(aim.goal.signer())
        && let Some(leaf) = &facts.leaf
    {
        return Ok(vec![FileSpec {
            path: facts.path.clone(),
            contents: aim.leaf_file(leaf.to_pem().as_bytes(), serving),
            mode,
        }]);
    }
    let mut renewal =
        plan_under(ctx, Target::Cert(entry), Some(aim.signer)).map_err(RotationError::Renew)?;
    for file in &mut renewal.files {
        if file.path == facts.path {
            file.contents = aim.leaf_file(&file.contents, serving);
        }
    }
    Ok(renewal.files)
}

/// The kubeconfig file as prepared: its client certificate re-issued under the new CA when
/// another CA signed it, and old + new as its certificate-authority-data.
fn kubeconfig_file(
    ctx: &InitContext,
    facts: &FileFacts,
    file: &'static kadm_kubeconfig::KubeconfigFile,
    bundle: &[u8],
    cas: Cas<'_>,
    goal: Goal,
    new: Option<&CertifiedKey>,
) -> Result<Option<FileSpec>, RotationError> {
    let judged = facts.judge(cas, goal);
    if judged.differs.is_empty() {
        return Ok(None);
    }
    let path = &facts.path;
    let mode = mode_of(ctx, path, MODE_SECRET)?;
    let mut text = ctx
        .fs()
        .read_text(path, Limit::KUBECONFIG)
        .map_err(|e| file_error(ctx, path, e))?;
    if let (Some(new), Some(signer)) = (new, &judged.signer)
        && *signer != goal.signer()
    {
        let renewal =
            plan_under(ctx, Target::Kubeconfig(file), Some(new)).map_err(RotationError::Renew)?;
        if let Some(spec) = renewal.files.into_iter().next() {
            text = String::from_utf8_lossy(&spec.contents).into_owned();
        }
    }
    let config = KubeConfig::from_yaml(&text, path).map_err(|e| file_error(ctx, path, e))?;
    let mut expected = config.clone();
    let name = config
        .current_context()
        .map_err(|e| file_error(ctx, path, e))?
        .context
        .cluster
        .clone();
    let mut old_data = Vec::new();
    if let Some(cluster) = expected.clusters.iter_mut().find(|c| c.name == name) {
        old_data = cluster
            .cluster
            .certificate_authority_data
            .replace(bundle.to_vec())
            .unwrap_or_default();
    }
    let contents = if old_data == bundle {
        text
    } else {
        kubeconfig_text(ctx, path, &text, &expected, &[(&old_data, bundle)])
    };
    Ok(Some(FileSpec {
        path: path.clone(),
        contents: contents.into_bytes(),
        mode,
    }))
}

/// The kubeconfig files of `facts` brought to `goal` (trusting `bundle`), written in one batch.
pub(crate) fn kubeconfigs(
    ctx: &InitContext,
    facts: &[FileFacts],
    bundle: &[u8],
    cas: Cas<'_>,
    goal: Goal,
    new: Option<&CertifiedKey>,
) -> Result<usize, RotationError> {
    let mut files = Vec::new();
    for f in facts {
        if let FileKind::Kubeconfig(file) = f.kind {
            if let Some(note) = &f.note {
                ctx.out.info(
                    TAG,
                    &format!("{}: {note}", node_path(ctx.fs(), &f.path).display()),
                );
            }
            files.extend(kubeconfig_file(ctx, f, file, bundle, cas, goal, new)?);
        }
    }
    write(ctx, files)
}

/// Prepares the rotation of each CA of `cas` on this node (see the crate documentation).
pub fn prepare(ctx: &InitContext, cas: &[&'static CertEntry]) -> Result<(), RotationError> {
    for entry in cas {
        prepare_one(ctx, entry, None)?;
    }
    done(ctx);
    Ok(())
}

/// [`prepare`] with the new CAs of the rotation bundle `bytes` (read from `file`, opened with
/// `key`) instead of new ones: refused, writing nothing, when the key is wrong, the bundle
/// replaces another CA than this node's, is of a rotation this node finalized, or this node is
/// prepared with another new CA.
pub fn prepare_from_bundle(
    ctx: &InitContext,
    cas: &[&'static CertEntry],
    file: &Path,
    bytes: &[u8],
    key: &kadm_upload_certs::CertificateKey,
) -> Result<(), RotationError> {
    let shared = open(file, bytes, key, cas)?;
    let mut plan = Vec::new();
    for entry in cas {
        let disk = CaDisk::read(&ctx.paths, entry)?;
        let shape = disk.shape().map_err(|r| disk.unrecognized(ctx.fs(), r))?;
        if shape == Shape::Absent {
            continue;
        }
        let Some(one) = shared.iter().find(|s| s.entry.phase == entry.phase) else {
            return Err(RotationError::BadBundle {
                file: file.to_path_buf(),
                reason: format!(
                    "holds no new CA for {:?}; write the bundle with --ca all, or give --ca",
                    entry.phase
                ),
            });
        };
        // Every CA is checked before any is written.
        check_fits(one, shape, file)?;
        plan.push((*entry, one));
    }
    for (entry, one) in plan {
        prepare_one(ctx, entry, Some((one, file)))?;
    }
    done(ctx);
    Ok(())
}

fn done(ctx: &InitContext) {
    let done = if ctx.dry_run {
        "Dry run: nothing was written"
    } else {
        "This node is prepared"
    };
    ctx.out.info(
        TAG,
        &format!(
            "{done}. Restart etcd, kube-apiserver, kube-controller-manager and \
             kube-scheduler (move their manifests out of the manifests directory and back, one \
             control plane at a time), then the kubelet; run prepare on every other control \
             plane; check with `kadm certs rotate-ca status`; then `kadm certs rotate-ca finalize`."
        ),
    );
}

fn prepare_one(
    ctx: &InitContext,
    entry: &'static CertEntry,
    shared: Option<(&Shared, &Path)>,
) -> Result<(), RotationError> {
    let root = ctx.fs();
    let disk = CaDisk::read(&ctx.paths, entry)?;
    let shape = disk.shape().map_err(|r| disk.unrecognized(root, r))?;
    if shape == Shape::Absent {
        ctx.out.info(
            TAG,
            &format!(
                "{}: absent, so CA {} is not rotated on this node",
                node_path(root, &disk.crt).display(),
                entry.phase
            ),
        );
        return Ok(());
    }
    let made = !matches!(shape, Shape::Both { .. });
    let pair = pair(ctx, &disk, shape, shared)?;
    let bundle = pair.bundle();
    let mut files = vec![FileSpec {
        path: disk.crt.clone(),
        contents: bundle.clone().into_bytes(),
        mode: mode_of(ctx, &disk.crt, MODE_PUBLIC)?,
    }];
    if made {
        files.push(FileSpec {
            path: disk.key.clone(),
            contents: pair.new.key.to_pem().into_bytes(),
            mode: mode_of(ctx, &disk.key, MODE_SECRET)?,
        });
    }
    // Read after the CA is settled: the certificates it signs, judged against the pair.
    let facts = read_files(&ctx.paths, &disk)?;
    let aim = Aim {
        cas: pair.cas(),
        goal: Goal::Both,
        signer: &pair.new,
        link: Some(&pair.cross),
    };
    for f in &facts {
        if let FileKind::Leaf(leaf, serving) = f.kind {
            files.extend(leaf_files(ctx, f, leaf, serving, &aim)?);
        }
    }
    let count = files.len();
    // The new CA is installed before a certificate it signs lands in another directory.
    let written = write_in_order(ctx, &disk.crt, files, CaDirectory::First)?;
    let kubeconfigs = if entry.base == KUBECONFIG_CA {
        kubeconfigs(
            ctx,
            &facts,
            bundle.as_bytes(),
            pair.cas(),
            Goal::Both,
            Some(&pair.new),
        )?
    } else {
        0
    };
    let verb = if ctx.dry_run { "would write" } else { "wrote" };
    ctx.out.info(
        TAG,
        &format!(
            "CA {}: old {}, new {} ({}); {verb} {} of {count} CA and certificate files and {kubeconfigs} kubeconfig file(s); the old CA is kept in {}",
            entry.phase,
            fingerprint(&pair.old.cert),
            fingerprint(&pair.new.cert),
            match (made, shared.is_some()) {
                (true, true) => "from the bundle",
                (true, false) => "made now",
                (false, _) => "from an earlier prepare",
            },
            written,
            node_path(root, &disk.record.dir).display()
        ),
    );
    Ok(())
}
