//! The guarded writer: atomic, durable, with explicit modes, journaled per directory.

use std::collections::{BTreeMap, HashSet};
use std::io::Write;
use std::os::fd::OwnedFd;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use rayon::prelude::*;
use rustix::fs::{AtFlags, Mode, OFlags};

use crate::error::FsError;
use crate::journal;
use crate::read::describe;
use crate::root::{Root, clean, io_error};

/// Mode for private keys and other secrets.
pub const MODE_SECRET: u32 = 0o600;
/// Mode for certificates and other public files.
pub const MODE_PUBLIC: u32 = 0o644;
/// Mode for directories kadm creates.
pub const MODE_DIR: u32 = 0o755;

/// One file to write: where (a host path under the root), what, and with which permission bits.
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
    /// commits them together; flushes only these files (the default of [`Root::write_batch`]).
    ParallelFsync,
}

/// The prefix of every temporary file kadm creates (`.kadm-tmp.<name>.<pid>.<n>`).
pub(crate) const TEMP_PREFIX: &str = ".kadm-tmp.";

/// A directory of the batch, open, with the files going into it.
struct DirBatch<'a> {
    path: PathBuf,
    fd: OwnedFd,
    files: Vec<&'a FileSpec>,
    staged: Vec<String>,
    /// The journal, staged but not yet committed (only for several files).
    journal: Option<String>,
}

impl Root {
    /// Writes one file atomically and durably (see [`Root::write_batch`]).
    pub fn write_atomic(&self, spec: &FileSpec) -> Result<(), FsError> {
        self.write_batch_with(std::slice::from_ref(spec), Durability::FsyncEach)
    }

    /// Writes several files, all or nothing per directory.
    ///
    /// Missing directories are created (0755). Each file is staged as a temporary file in its
    /// directory (created 0600, then given its mode) and made durable; `fsync`s are issued in
    /// parallel ([`Durability::ParallelFsync`]: `docs/performance.md` has the figures). A directory
    /// receiving several files then gets a journal naming them, and only then are the files
    /// renamed into place; the directories are synced and the journals removed. If anything fails
    /// before the renames, every temporary file is removed and no target changes. If the run
    /// stops during the renames (a crash, a kill), the next run that locks the root finishes them
    /// from the journal before it reads the directory: a certificate and its key appear together.
    pub fn write_batch(&self, files: &[FileSpec]) -> Result<(), FsError> {
        self.write_batch_with(files, Durability::ParallelFsync)
    }

    /// [`Root::write_batch`] with an explicit durability strategy (for benchmarks and tuning).
    pub fn write_batch_with(
        &self,
        files: &[FileSpec],
        durability: Durability,
    ) -> Result<(), FsError> {
        let mut seen = HashSet::new();
        for spec in files {
            if !seen.insert(clean(&spec.path)) {
                return Err(FsError::DuplicatePath {
                    path: spec.path.clone(),
                });
            }
        }
        let mut by_dir: BTreeMap<PathBuf, Vec<&FileSpec>> = BTreeMap::new();
        for spec in files {
            by_dir.entry(parent_of(&spec.path)).or_default().push(spec);
        }
        let mut dirs = Vec::with_capacity(by_dir.len());
        let mut sync_after = Vec::new();
        for (path, files) in by_dir {
            let (fd, created) = self.open_dir_created(&path)?;
            journal::recover_open(self, &path, &fd)?;
            sync_after.extend(created);
            dirs.push(DirBatch {
                path,
                fd,
                files,
                staged: Vec::new(),
                journal: None,
            });
        }
        let result = stage_and_rename(&mut dirs, durability);
        if result.is_err() {
            for dir in &dirs {
                for temp in dir.staged.iter().chain(&dir.journal) {
                    let _ = rustix::fs::unlinkat(&dir.fd, temp.as_str(), AtFlags::empty());
                }
            }
            return result;
        }
        for dir in &dirs {
            sync_fd(&dir.fd, &dir.path)?;
        }
        for created in sync_after {
            let parent = parent_of(&created);
            let fd = self.open(
                &parent,
                OFlags::RDONLY | OFlags::DIRECTORY,
                Mode::empty(),
                "open the directory",
            )?;
            sync_fd(&fd, &parent)?;
        }
        for dir in &dirs {
            journal::remove(&dir.fd, &dir.path)?;
        }
        Ok(())
    }

    /// Creates the directory `host` with permission bits `mode` when it is missing (its missing
    /// parents get 0755), as `mkdir -p` does with a mode for the last directory; an existing
    /// directory (or a link to one inside the root) is left as it is. Returns whether it was
    /// created; something else standing there is [`FsError::NotADirectory`].
    pub fn ensure_dir(&self, host: &Path, mode: u32) -> Result<bool, FsError> {
        let host = clean(host);
        let flags = OFlags::RDONLY | OFlags::DIRECTORY;
        self.sys(&host, true)?;
        if self
            .open_if_exists(&host, flags, "open the directory")?
            .is_some()
        {
            return Ok(false);
        }
        if let Some(entry) = self.entry(&host)? {
            return Err(FsError::NotADirectory {
                path: host,
                kind: entry.describe(),
            });
        }
        let parent = parent_of(&host);
        let (parent_fd, _) = self.open_dir_created(&parent)?;
        let name = host.file_name().unwrap_or_default();
        rustix::fs::mkdirat(&parent_fd, name, Mode::from_raw_mode(mode))
            .map_err(|e| io_error(&host, "create the directory", e.into()))?;
        let fd = self.open(&host, flags, Mode::empty(), "open the directory")?;
        // The umask may have taken bits away: set exactly the mode asked for.
        rustix::fs::fchmod(&fd, Mode::from_raw_mode(mode))
            .map_err(|e| FsError::io(&host, "set the mode of the directory", e.into()))?;
        sync_fd(&parent_fd, &parent)?;
        Ok(true)
    }

    /// Opens (creating as needed, 0755) the directory `host` for writing into it; also returns
    /// the directories it created, outermost first.
    fn open_dir_created(&self, host: &Path) -> Result<(OwnedFd, Vec<PathBuf>), FsError> {
        let flags = OFlags::RDONLY | OFlags::DIRECTORY;
        let host = clean(host);
        // A `--rootfs` directory that does not exist yet is created here, first.
        self.sys(&host, true)?;
        if let Some(fd) = self.open_if_exists(&host, flags, "open the directory")? {
            return Ok((fd, Vec::new()));
        }
        // Walk down from the top, creating what is missing.
        let mut created = Vec::new();
        let mut prefix = PathBuf::new();
        for part in host.components() {
            prefix.push(part);
            let parent = parent_of(&prefix);
            if prefix == parent || self.dir().is_some_and(|d| clean(d).starts_with(&prefix)) {
                continue;
            }
            if self
                .open_if_exists(
                    &prefix,
                    OFlags::PATH | OFlags::DIRECTORY,
                    "open the directory",
                )?
                .is_some()
            {
                continue;
            }
            if let Some(entry) = self.entry(&prefix)? {
                return Err(FsError::NotADirectory {
                    path: prefix,
                    kind: entry.describe(),
                });
            }
            let parent_fd = self.open(
                &parent,
                OFlags::PATH | OFlags::DIRECTORY,
                Mode::empty(),
                "open the directory",
            )?;
            let name = prefix.file_name().unwrap_or_default();
            match rustix::fs::mkdirat(&parent_fd, name, Mode::from_raw_mode(MODE_DIR)) {
                Ok(()) => created.push(prefix.clone()),
                Err(rustix::io::Errno::EXIST) => {
                    if let Some(target) = self.read_link(&prefix)? {
                        return Err(FsError::DanglingLink {
                            path: prefix,
                            target,
                            in_root: !self.is_host(),
                        });
                    }
                }
                Err(e) => return Err(io_error(&prefix, "create the directory", e.into())),
            }
            let fd = self.open(&prefix, flags, Mode::empty(), "open the directory")?;
            rustix::fs::fchmod(&fd, Mode::from_raw_mode(MODE_DIR))
                .map_err(|e| FsError::io(&prefix, "set the mode of the directory", e.into()))?;
        }
        let fd = self.open(&host, flags, Mode::empty(), "open the directory")?;
        Ok((fd, created))
    }
}

/// Stages every file and, for a directory receiving several, its journal; makes them all
/// durable at once; commits the journals; renames.
fn stage_and_rename(dirs: &mut [DirBatch<'_>], durability: Durability) -> Result<(), FsError> {
    let durable_now = durability == Durability::FsyncEach;
    let mut handles: Vec<(OwnedFd, PathBuf)> = Vec::new();
    for dir in dirs.iter_mut() {
        for spec in dir.files.clone() {
            let (temp, fd) = stage(&dir.fd, &dir.path, spec, durability)?;
            dir.staged.push(temp);
            handles.push((fd, spec.path.clone()));
        }
        if dir.files.len() > 1 {
            let entries: Vec<(&str, &std::ffi::OsStr)> = dir
                .staged
                .iter()
                .zip(&dir.files)
                .map(|(temp, spec)| (temp.as_str(), spec.path.file_name().unwrap_or_default()))
                .collect();
            let (temp, fd) = journal::stage(&dir.fd, &dir.path, &entries, durable_now)?;
            dir.journal = Some(temp);
            handles.push((fd, dir.path.join(journal::JOURNAL)));
        }
    }
    match durability {
        Durability::ParallelFsync => handles
            .par_iter()
            .try_for_each(|(fd, path)| sync_fd(fd, path))?,
        Durability::SyncFs => {
            let mut devices = BTreeMap::new();
            for dir in dirs.iter() {
                let stat = rustix::fs::fstat(&dir.fd)
                    .map_err(|e| FsError::io(&dir.path, "look at", e.into()))?;
                devices.entry(stat.st_dev).or_insert(dir);
            }
            for dir in devices.into_values() {
                rustix::fs::syncfs(&dir.fd)
                    .map_err(|e| FsError::io(&dir.path, "sync the filesystem of", e.into()))?;
            }
        }
        Durability::FsyncEach => {}
    }
    drop(handles);
    // Every staged file is durable: only now may a journal name them.
    for dir in dirs.iter_mut() {
        if let Some(temp) = &dir.journal {
            journal::commit(&dir.fd, &dir.path, temp)?;
            dir.journal = None;
        }
    }
    for dir in dirs.iter_mut() {
        let staged = std::mem::take(&mut dir.staged);
        for (i, (temp, spec)) in staged.iter().zip(&dir.files).enumerate() {
            let name = spec.path.file_name().unwrap_or_default();
            if let Err(e) = rustix::fs::renameat(&dir.fd, temp.as_str(), &dir.fd, name) {
                // With a journal, the next run finishes the rest; without one (a single file),
                // the caller removes the temporary file.
                if dir.files.len() == 1 {
                    dir.staged = staged[i..].to_vec();
                }
                return Err(rename_error(&dir.fd, &spec.path, e.into()));
            }
        }
    }
    Ok(())
}

/// A failed rename, naming what stands in the way when it is a directory.
fn rename_error(dir: &OwnedFd, path: &Path, e: std::io::Error) -> FsError {
    let name = path.file_name().unwrap_or_default();
    if let Ok(stat) = rustix::fs::statat(dir, name, AtFlags::SYMLINK_NOFOLLOW) {
        let kind = rustix::fs::FileType::from_raw_mode(stat.st_mode);
        if kind == rustix::fs::FileType::Directory {
            return FsError::NotRegular {
                path: path.to_path_buf(),
                kind: describe(kind),
            };
        }
    }
    io_error(path, "rename the temporary file onto", e)
}

/// A temporary name next to `name`, unique in this process and among processes.
pub(crate) fn temp_name(name: &std::ffi::OsStr) -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    format!(
        "{TEMP_PREFIX}{}.{}.{}",
        name.to_string_lossy(),
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    )
}

/// Writes `contents` to a new temporary file in `dir` with `mode`; fsyncs it when `durable`.
pub(crate) fn stage_bytes(
    dir: &OwnedFd,
    target: &Path,
    contents: &[u8],
    mode: u32,
    durable: bool,
) -> Result<(String, OwnedFd), FsError> {
    let name = target.file_name().unwrap_or_default();
    let flags = OFlags::WRONLY | OFlags::CREATE | OFlags::EXCL | OFlags::NOFOLLOW | OFlags::CLOEXEC;
    let (temp, fd) = loop {
        let temp = temp_name(name);
        match rustix::fs::openat(dir, temp.as_str(), flags, Mode::from_raw_mode(MODE_SECRET)) {
            Ok(fd) => break (temp, fd),
            Err(rustix::io::Errno::EXIST) => continue,
            Err(e) => {
                return Err(FsError::io(
                    parent_of(target),
                    "create a temporary file in the directory",
                    e.into(),
                ));
            }
        }
    };
    let result = (|| {
        let mut file = std::fs::File::from(
            fd.try_clone()
                .map_err(|e| FsError::io(target, "write the temporary file for", e))?,
        );
        file.write_all(contents)
            .map_err(|e| FsError::io(target, "write the temporary file for", e))?;
        rustix::fs::fchmod(&fd, Mode::from_raw_mode(mode))
            .map_err(|e| FsError::io(target, "set the mode of the temporary file for", e.into()))?;
        if durable {
            sync_fd(&fd, target)?;
        }
        Ok(())
    })();
    match result {
        Ok(()) => Ok((temp, fd)),
        Err(e) => {
            let _ = rustix::fs::unlinkat(dir, temp.as_str(), AtFlags::empty());
            Err(e)
        }
    }
}

/// Stages one file of a batch.
fn stage(
    dir: &OwnedFd,
    _dir_path: &Path,
    spec: &FileSpec,
    durability: Durability,
) -> Result<(String, OwnedFd), FsError> {
    stage_bytes(
        dir,
        &spec.path,
        &spec.contents,
        spec.mode,
        durability == Durability::FsyncEach,
    )
}

/// fsync of a file or directory.
pub(crate) fn sync_fd(fd: &OwnedFd, path: &Path) -> Result<(), FsError> {
    rustix::fs::fsync(fd).map_err(|e| FsError::io(path, "fsync", e.into()))
}

/// The directory a path lives in ("." for a bare file name).
pub(crate) fn parent_of(path: &Path) -> PathBuf {
    let path = clean(path);
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        Some(_) => PathBuf::from("."),
        None => path,
    }
}
