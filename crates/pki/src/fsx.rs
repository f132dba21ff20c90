//! The project's one guarded file writer: atomic, durable, with explicit modes.
//!
//! Every file is first written to a temporary file in its target directory (created 0600, so a
//! secret is never readable by others, even briefly), given its final mode, made durable, then
//! renamed over the target; finally the directory is synced so the rename itself survives a
//! crash. Temporary files are removed on every error path before the renames.

use std::collections::{BTreeMap, HashSet};
use std::fs::{self, File, Permissions};
use std::io::{self, Write};
use std::os::unix::fs::{DirBuilderExt, MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use tempfile::NamedTempFile;

use crate::error::PkiError;

/// Mode for private keys and other secrets.
pub const MODE_SECRET: u32 = 0o600;
/// Mode for certificates and other public files.
pub const MODE_PUBLIC: u32 = 0o644;
/// Mode for directories this module creates.
pub const MODE_DIR: u32 = 0o755;

/// One file to write: where, what, and with which permission bits.
#[derive(Clone, PartialEq, Eq)]
pub struct FileSpec {
    /// Target path.
    pub path: PathBuf,
    /// Full contents.
    pub contents: Vec<u8>,
    /// Permission bits, e.g. [`MODE_SECRET`] (0o600) or [`MODE_PUBLIC`] (0o644).
    pub mode: u32,
}

impl std::fmt::Debug for FileSpec {
    /// Shows the path, size and mode, never the contents (they may be a key).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FileSpec")
            .field("path", &self.path)
            .field("len", &self.contents.len())
            .field("mode", &format_args!("{:o}", self.mode))
            .finish()
    }
}

impl FileSpec {
    /// A secret file (mode 0600).
    pub fn secret(path: impl Into<PathBuf>, contents: impl Into<Vec<u8>>) -> FileSpec {
        FileSpec {
            path: path.into(),
            contents: contents.into(),
            mode: MODE_SECRET,
        }
    }

    /// A public file (mode 0644).
    pub fn public(path: impl Into<PathBuf>, contents: impl Into<Vec<u8>>) -> FileSpec {
        FileSpec {
            path: path.into(),
            contents: contents.into(),
            mode: MODE_PUBLIC,
        }
    }
}

/// How staged files are made durable before they are renamed into place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Durability {
    /// One `syncfs` per filesystem touched (flushes the whole filesystem once).
    SyncFs,
    /// One `fsync` per file, one after the other.
    FsyncEach,
    /// One `fsync` per file, issued at once from several threads so the filesystem journal
    /// commits them together; flushes only these files (the default of [`write_batch`]).
    ParallelFsync,
}

/// Creates a directory and its missing parents with mode 0755 (whatever the umask); an existing
/// directory is left as it is.
pub fn ensure_dir(path: &Path) -> Result<(), PkiError> {
    create_missing_dirs(path).map(drop)
}

/// Creates `path` and its missing parents (0755); returns the directories it created, outermost
/// first.
fn create_missing_dirs(path: &Path) -> Result<Vec<PathBuf>, PkiError> {
    let mut missing = Vec::new();
    let mut cur = path;
    loop {
        match fs::metadata(cur) {
            Ok(meta) if meta.is_dir() => break,
            Ok(_) => {
                return Err(PkiError::io(
                    cur,
                    "use it as a directory",
                    io::Error::from(io::ErrorKind::NotADirectory),
                ))
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => missing.push(cur),
            Err(e) => return Err(PkiError::io(cur, "inspect the directory", e)),
        }
        match cur.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => cur = parent,
            _ => break,
        }
    }
    let mut created = Vec::new();
    for dir in missing.into_iter().rev() {
        match fs::DirBuilder::new().mode(MODE_DIR).create(dir) {
            Ok(()) => {
                fs::set_permissions(dir, Permissions::from_mode(MODE_DIR))
                    .map_err(|e| PkiError::io(dir, "set the mode of the directory", e))?;
                created.push(dir.to_path_buf());
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists && dir.is_dir() => {}
            Err(e) => return Err(PkiError::io(dir, "create the directory", e)),
        }
    }
    Ok(created)
}

/// Writes one file atomically: temp file in the same directory (0600 at creation), write, fsync,
/// chmod, rename, fsync of the directory. Missing parent directories are created (0755).
pub fn write_atomic(spec: &FileSpec) -> Result<(), PkiError> {
    write_batch_with(std::slice::from_ref(spec), Durability::FsyncEach)
}

/// Writes several files nearly all-or-nothing.
///
/// Staged files are made durable with `fsync`s issued in parallel ([`Durability::ParallelFsync`]).
/// `benches/keygen.rs` wrote the 22 files of the certs phase (~1.3 KB each) on ext4 in 7–10 ms on
/// a quiet disk whatever the strategy; with another program writing, one `syncfs` (which flushes
/// everybody's dirty data) took up to 0.9 s where parallel `fsync`s took about 50 ms: see
/// `docs/performance.md`.
///
/// Creates missing directories (0755), stages every file as a temp file, makes them durable,
/// renames them all into place, then syncs each touched directory once. If anything fails
/// before the renames, every temp file is removed and no target is changed. A failure during
/// the renames (rare: the temp files sit in the target directories) leaves the earlier files
/// renamed and the rest untouched.
pub fn write_batch(files: &[FileSpec]) -> Result<(), PkiError> {
    write_batch_with(files, Durability::ParallelFsync)
}

/// [`write_batch`] with an explicit durability strategy (for benchmarks and tuning).
pub fn write_batch_with(files: &[FileSpec], durability: Durability) -> Result<(), PkiError> {
    let mut seen = HashSet::new();
    for spec in files {
        if !seen.insert(spec.path.as_path()) {
            return Err(PkiError::DuplicatePath {
                path: spec.path.clone(),
            });
        }
    }

    let dirs: Vec<PathBuf> = {
        let mut dirs: Vec<PathBuf> = files.iter().map(|f| parent_dir(&f.path)).collect();
        dirs.sort();
        dirs.dedup();
        dirs
    };
    // Directories to fsync at the end: each target directory, and the parent of each directory
    // created here, so the new directory entries are durable too.
    let mut sync_dirs = dirs.clone();
    for dir in &dirs {
        for created in create_missing_dirs(dir)? {
            sync_dirs.push(parent_dir(&created));
        }
    }
    sync_dirs.sort();
    sync_dirs.dedup();

    let staged = files
        .iter()
        .map(|spec| stage(spec, durability))
        .collect::<Result<Vec<_>, _>>()?;

    match durability {
        Durability::SyncFs => sync_filesystems(&dirs)?,
        Durability::ParallelFsync => {
            staged
                .par_iter()
                .zip(files)
                .try_for_each(|(temp, spec)| fsync_staged(temp, &spec.path))?;
        }
        Durability::FsyncEach => {}
    }

    for (temp, spec) in staged.into_iter().zip(files) {
        temp.persist(&spec.path)
            .map_err(|e| PkiError::io(&spec.path, "rename the temporary file onto", e.error))?;
    }

    for dir in &sync_dirs {
        sync_dir(dir)?;
    }
    Ok(())
}

/// The directory a path lives in ("." for a bare file name).
fn parent_dir(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Writes `spec` to a temp file next to its target, with its final mode; fsyncs it when asked.
/// Dropping the returned handle deletes the temp file.
fn stage(spec: &FileSpec, durability: Durability) -> Result<NamedTempFile, PkiError> {
    let dir = parent_dir(&spec.path);
    let name = spec
        .path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut temp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".tmp")
        .tempfile_in(&dir)
        .map_err(|e| PkiError::io(&dir, "create a temporary file in the directory", e))?;
    let path = spec.path.as_path();
    temp.write_all(&spec.contents)
        .map_err(|e| PkiError::io(path, "write the temporary file for", e))?;
    temp.as_file()
        .set_permissions(Permissions::from_mode(spec.mode))
        .map_err(|e| PkiError::io(path, "set the mode of the temporary file for", e))?;
    if durability == Durability::FsyncEach {
        fsync_staged(&temp, path)?;
    }
    Ok(temp)
}

/// Fsyncs the staged temp file of `path`.
fn fsync_staged(temp: &NamedTempFile, path: &Path) -> Result<(), PkiError> {
    temp.as_file()
        .sync_all()
        .map_err(|e| PkiError::io(path, "fsync the temporary file for", e))
}

/// Flushes each distinct filesystem holding one of `dirs` once.
fn sync_filesystems(dirs: &[PathBuf]) -> Result<(), PkiError> {
    let mut by_device = BTreeMap::new();
    for dir in dirs {
        let meta = fs::metadata(dir).map_err(|e| PkiError::io(dir, "inspect the directory", e))?;
        by_device.entry(meta.dev()).or_insert(dir);
    }
    for dir in by_device.into_values() {
        let handle = File::open(dir).map_err(|e| PkiError::io(dir, "open the directory", e))?;
        rustix::fs::syncfs(&handle)
            .map_err(|e| PkiError::io(dir, "sync the filesystem of", e.into()))?;
    }
    Ok(())
}

/// Fsyncs a directory so the renames in it are durable.
fn sync_dir(dir: &Path) -> Result<(), PkiError> {
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(|e| PkiError::io(dir, "fsync the directory", e))
}

/// Whether `path` exists. A missing file, or a path through something that is not a directory,
/// counts as absent (a later write reports the directory); any other error is returned.
pub fn exists(path: &Path) -> std::io::Result<bool> {
    match std::fs::metadata(path) {
        Ok(_) => Ok(true),
        Err(e)
            if matches!(
                e.kind(),
                std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory
            ) =>
        {
            Ok(false)
        }
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mode_of(path: &Path) -> u32 {
        fs::metadata(path).unwrap().permissions().mode() & 0o7777
    }

    fn names_in(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn batch_writes_contents_modes_and_dirs_without_leftovers() {
        for durability in [
            Durability::SyncFs,
            Durability::FsyncEach,
            Durability::ParallelFsync,
        ] {
            let tmp = tempfile::tempdir().unwrap();
            let pki = tmp.path().join("pki");
            let files = vec![
                FileSpec::public(pki.join("ca.crt"), b"cert".to_vec()),
                FileSpec::secret(pki.join("ca.key"), b"key".to_vec()),
                FileSpec::secret(pki.join("etcd/ca.key"), b"etcd key".to_vec()),
            ];
            write_batch_with(&files, durability).unwrap();
            for f in &files {
                assert_eq!(fs::read(&f.path).unwrap(), f.contents);
                assert_eq!(mode_of(&f.path), f.mode, "{}", f.path.display());
            }
            assert_eq!(mode_of(&pki), MODE_DIR);
            assert_eq!(mode_of(&pki.join("etcd")), MODE_DIR);
            assert_eq!(names_in(&pki), ["ca.crt", "ca.key", "etcd"]);
            assert_eq!(names_in(&pki.join("etcd")), ["ca.key"]);
        }
    }

    #[test]
    fn atomic_write_replaces_content_and_mode() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("admin.conf");
        write_atomic(&FileSpec::public(&path, b"old contents, longer".to_vec())).unwrap();
        assert_eq!(mode_of(&path), 0o644);
        write_atomic(&FileSpec::secret(&path, b"new".to_vec())).unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"new");
        assert_eq!(
            mode_of(&path),
            0o600,
            "an old 0644 file must not keep its mode"
        );
        assert_eq!(names_in(tmp.path()), ["admin.conf"]);
    }

    #[test]
    fn unusable_directory_is_named_and_nothing_changes() {
        // Root ignores permission bits, so force the failure with a regular file standing
        // where a directory is needed (ENOTDIR).
        let tmp = tempfile::tempdir().unwrap();
        let blocker = tmp.path().join("blocker");
        fs::write(&blocker, b"x").unwrap();
        let good = tmp.path().join("good.crt");
        let bad_dir = blocker.join("pki");
        let err = write_batch(&[
            FileSpec::public(&good, b"c".to_vec()),
            FileSpec::secret(bad_dir.join("ca.key"), b"k".to_vec()),
        ])
        .unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains(&blocker.display().to_string()), "{msg}");
        assert!(
            !good.exists(),
            "nothing may be written when the batch fails"
        );
        assert_eq!(names_in(tmp.path()), ["blocker"]);

        let err = ensure_dir(&bad_dir).unwrap_err().to_string();
        assert!(err.starts_with(&blocker.display().to_string()), "{err}");
    }

    #[test]
    fn staging_failure_removes_earlier_temp_files() {
        let tmp = tempfile::tempdir().unwrap();
        let first = tmp.path().join("first.crt");
        fs::write(&first, b"original").unwrap();
        // A name this long makes the temp file name exceed NAME_MAX, so staging fails after
        // the first file has been staged.
        let too_long = tmp.path().join("x".repeat(250));
        let err = write_batch(&[
            FileSpec::public(&first, b"replacement".to_vec()),
            FileSpec::secret(&too_long, b"k".to_vec()),
        ])
        .unwrap_err();
        assert!(
            err.to_string().contains(&tmp.path().display().to_string()),
            "{err}"
        );
        assert_eq!(fs::read(&first).unwrap(), b"original");
        assert_eq!(names_in(tmp.path()), ["first.crt"]);
    }

    #[test]
    fn duplicate_paths_are_refused_before_writing() {
        let tmp = tempfile::tempdir().unwrap();
        let p = tmp.path().join("a");
        let err = write_batch(&[
            FileSpec::public(&p, b"1".to_vec()),
            FileSpec::public(&p, b"2".to_vec()),
        ])
        .unwrap_err();
        assert!(matches!(err, PkiError::DuplicatePath { .. }), "{err}");
        assert!(names_in(tmp.path()).is_empty());
    }

    #[test]
    fn debug_hides_contents() {
        let spec = FileSpec::secret("/pki/ca.key", b"SECRET".to_vec());
        let shown = format!("{spec:?}");
        assert!(
            !shown.contains("SECRET") && !shown.contains("83, 69"),
            "{shown}"
        );
        assert!(shown.contains("600"));
    }
}
