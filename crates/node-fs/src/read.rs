//! Reading: only regular files, never more than a cap that fits the kind of file; what is at a
//! path; where a link leads.

use std::io::Read;
use std::os::fd::{AsFd, OwnedFd};
use std::path::{Path, PathBuf};

use rustix::fs::{FileType, Mode, OFlags};

use crate::error::FsError;
use crate::root::{Root, is_absent};

/// The most a file of one kind may hold, and the kind's name for messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    /// The cap in bytes.
    pub bytes: u64,
    /// The kind of file, e.g. "PEM file".
    pub what: &'static str,
}

impl Limit {
    /// Certificates, keys and CA bundles (a bundle of hundreds of certificates fits).
    pub const PEM: Limit = Limit::new(1 << 20, "PEM file");
    /// A kubeconfig file (many clusters, contexts and embedded certificates fit).
    pub const KUBECONFIG: Limit = Limit::new(4 << 20, "kubeconfig file");
    /// A kadm/kubeadm configuration file or a component configuration.
    pub const CONFIG: Limit = Limit::new(1 << 20, "configuration file");
    /// A journal of one batch of writes.
    pub(crate) const JOURNAL: Limit = Limit::new(64 << 10, "kadm journal");

    /// A cap of `bytes` for files called `what`.
    pub const fn new(bytes: u64, what: &'static str) -> Limit {
        Limit { bytes, what }
    }
}

/// What stands at a path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    kind: FileType,
    mode: u32,
    size: u64,
}

impl Entry {
    fn of(stat: &rustix::fs::Stat) -> Entry {
        Entry {
            kind: FileType::from_raw_mode(stat.st_mode),
            mode: stat.st_mode & 0o7777,
            size: u64::try_from(stat.st_size).unwrap_or(0),
        }
    }

    /// A regular file.
    pub fn is_file(&self) -> bool {
        self.kind == FileType::RegularFile
    }

    /// A directory.
    pub fn is_dir(&self) -> bool {
        self.kind == FileType::Directory
    }

    /// A symbolic link.
    pub fn is_symlink(&self) -> bool {
        self.kind == FileType::Symlink
    }

    /// A Unix domain socket (a container runtime's endpoint).
    pub fn is_socket(&self) -> bool {
        self.kind == FileType::Socket
    }

    /// The permission bits (`0o644`).
    pub fn mode(&self) -> u32 {
        self.mode
    }

    /// The size in bytes.
    pub fn size(&self) -> u64 {
        self.size
    }

    /// "a regular file", "a directory", "a FIFO", ... for messages.
    pub fn describe(&self) -> &'static str {
        describe(self.kind)
    }
}

/// A file type in words.
pub(crate) fn describe(kind: FileType) -> &'static str {
    match kind {
        FileType::RegularFile => "a regular file",
        FileType::Directory => "a directory",
        FileType::Symlink => "a symbolic link",
        FileType::Fifo => "a FIFO",
        FileType::Socket => "a socket",
        FileType::CharacterDevice => "a character device",
        FileType::BlockDevice => "a block device",
        FileType::Unknown => "a special file",
    }
}

impl Root {
    /// The contents of the regular file at `host`, at most `limit` bytes.
    pub fn read(&self, host: &Path, limit: Limit) -> Result<Vec<u8>, FsError> {
        let fd = self.open_for_read(host)?;
        read_fd(fd, host, limit)
    }

    /// [`Root::read`], or `None` when nothing is at `host`.
    pub fn read_if_exists(&self, host: &Path, limit: Limit) -> Result<Option<Vec<u8>>, FsError> {
        self.recover_parent(host)?;
        // O_NONBLOCK: opening a FIFO must not wait for a writer.
        let flags = OFlags::RDONLY | OFlags::NONBLOCK | OFlags::NOCTTY;
        match self.open_if_exists(host, flags, "open the file")? {
            Some(fd) => read_fd(fd, host, limit).map(Some),
            None => Ok(None),
        }
    }

    /// The regular file at `host` as UTF-8 text, at most `limit` bytes.
    pub fn read_text(&self, host: &Path, limit: Limit) -> Result<String, FsError> {
        text(host, limit, self.read(host, limit)?)
    }

    /// [`Root::read_text`], or `None` when nothing is at `host`.
    pub fn read_text_if_exists(
        &self,
        host: &Path,
        limit: Limit,
    ) -> Result<Option<String>, FsError> {
        self.read_if_exists(host, limit)?
            .map(|bytes| text(host, limit, bytes))
            .transpose()
    }

    fn open_for_read(&self, host: &Path) -> Result<OwnedFd, FsError> {
        self.recover_parent(host)?;
        let flags = OFlags::RDONLY | OFlags::NONBLOCK | OFlags::NOCTTY;
        self.open(host, flags, Mode::empty(), "open the file")
    }

    /// What is at `host`, links followed (inside the root); `None` when nothing is.
    pub fn entry(&self, host: &Path) -> Result<Option<Entry>, FsError> {
        self.recover_parent(host)?;
        let Some(fd) = self.open_if_exists(host, OFlags::PATH, "look at")? else {
            return Ok(None);
        };
        let stat = rustix::fs::fstat(&fd).map_err(|e| FsError::io(host, "look at", e.into()))?;
        Ok(Some(Entry::of(&stat)))
    }

    /// Whether anything is at `host` (links followed inside the root).
    pub fn exists(&self, host: &Path) -> Result<bool, FsError> {
        Ok(self.entry(host)?.is_some())
    }

    /// The names in the directory at `host` (links followed inside the root), sorted, without
    /// `.` and `..`; `None` when nothing is there. Anything but a directory is an error.
    pub fn list_dir(&self, host: &Path) -> Result<Option<Vec<std::ffi::OsString>>, FsError> {
        match self.entry(host)? {
            None => return Ok(None),
            Some(entry) if !entry.is_dir() => {
                return Err(FsError::io(
                    host,
                    "list the directory",
                    std::io::ErrorKind::NotADirectory.into(),
                ));
            }
            Some(_) => {}
        }
        let flags = OFlags::RDONLY | OFlags::DIRECTORY;
        let Some(fd) = self.open_if_exists(host, flags, "open the directory")? else {
            return Ok(None);
        };
        let list_error = |e: rustix::io::Errno| FsError::io(host, "list the directory", e.into());
        let mut entries = rustix::fs::Dir::read_from(&fd).map_err(list_error)?;
        let mut names = Vec::new();
        while let Some(entry) = entries.read() {
            let name = entry.map_err(list_error)?.file_name().to_bytes().to_vec();
            if name != b"." && name != b".." {
                names.push(<std::ffi::OsString as std::os::unix::ffi::OsStringExt>::from_vec(name));
            }
        }
        names.sort();
        Ok(Some(names))
    }

    /// Where the symbolic link at `host` points, as written in the link; `None` when `host` is
    /// not a link (or is missing).
    pub fn read_link(&self, host: &Path) -> Result<Option<PathBuf>, FsError> {
        let Some((dir, name)) = self.parent_fd(host)? else {
            return Ok(None);
        };
        match rustix::fs::readlinkat(&dir, &name, Vec::new()) {
            Ok(target) => Ok(Some(PathBuf::from(
                <std::ffi::OsString as std::os::unix::ffi::OsStringExt>::from_vec(
                    target.into_bytes(),
                ),
            ))),
            Err(rustix::io::Errno::INVAL) => Ok(None),
            Err(e) if is_absent(&e.into()) => Ok(None),
            Err(e) => Err(FsError::io(host, "read the link", e.into())),
        }
    }

    /// The host path of what `host` finally names after every link is followed inside the root,
    /// or `None` when it does not exist. A link to nothing is [`FsError::DanglingLink`].
    pub fn resolve(&self, host: &Path) -> Result<Option<PathBuf>, FsError> {
        let Some(fd) = self.open_if_exists(host, OFlags::PATH, "look at")? else {
            return match self.read_link(host)? {
                Some(target) => Err(FsError::DanglingLink {
                    path: host.to_path_buf(),
                    target,
                    in_root: !self.is_host(),
                }),
                None => Ok(None),
            };
        };
        let real = fd_path(&fd, host)?;
        match self.dir() {
            None => Ok(Some(real)),
            Some(_) => {
                let root_fd = self.open(self.dir_path(), OFlags::PATH, Mode::empty(), "open")?;
                let root_real = fd_path(&root_fd, host)?;
                let node = real
                    .strip_prefix(&root_real)
                    .map(|rest| Path::new("/").join(rest))
                    .map_err(|_| FsError::OutsideRoot {
                        path: real.clone(),
                        root: root_real.clone(),
                    })?;
                Ok(Some(self.host_path(node)))
            }
        }
    }

    /// The root directory as a host path (`/` for the host's root).
    fn dir_path(&self) -> &Path {
        self.dir().unwrap_or(Path::new("/"))
    }

    /// The directory holding `host` (opened, links followed inside the root) and the last name,
    /// or `None` when the directory does not exist.
    pub(crate) fn parent_fd(&self, host: &Path) -> Result<Option<(OwnedFd, PathBuf)>, FsError> {
        let clean = crate::root::clean(host);
        let (Some(parent), Some(name)) = (clean.parent(), clean.file_name()) else {
            return Err(FsError::io(
                &clean,
                "use the path as a file",
                std::io::ErrorKind::InvalidInput.into(),
            ));
        };
        let parent = if parent.as_os_str().is_empty() {
            Path::new(".")
        } else {
            parent
        };
        let fd = self.open_if_exists(
            parent,
            OFlags::PATH | OFlags::DIRECTORY,
            "open the directory",
        )?;
        Ok(fd.map(|fd| (fd, PathBuf::from(name))))
    }

    /// Finishes an interrupted batch in the directory of `host`, once per directory and run.
    fn recover_parent(&self, host: &Path) -> Result<(), FsError> {
        let clean = crate::root::clean(host);
        match clean.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => crate::journal::recover(self, parent),
            _ => Ok(()),
        }
    }
}

/// Reads an open file: refuses anything but a regular file, and more than `limit` bytes.
fn read_fd(fd: OwnedFd, host: &Path, limit: Limit) -> Result<Vec<u8>, FsError> {
    let stat = rustix::fs::fstat(&fd).map_err(|e| FsError::io(host, "look at", e.into()))?;
    let kind = FileType::from_raw_mode(stat.st_mode);
    if kind != FileType::RegularFile {
        return Err(FsError::NotRegular {
            path: host.to_path_buf(),
            kind: describe(kind),
        });
    }
    let size = u64::try_from(stat.st_size).unwrap_or(0);
    let too_large = |size| FsError::TooLarge {
        path: host.to_path_buf(),
        size,
        limit: limit.bytes,
        what: limit.what,
    };
    if size > limit.bytes {
        return Err(too_large(size));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    // One byte more than the cap tells a file that grew while being read.
    std::fs::File::from(fd)
        .take(limit.bytes + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| FsError::io(host, "read the file", e))?;
    if bytes.len() as u64 > limit.bytes {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// Bytes as UTF-8 text, or an error that says the file is binary (never quoting it).
fn text(host: &Path, limit: Limit, bytes: Vec<u8>) -> Result<String, FsError> {
    String::from_utf8(bytes).map_err(|_| FsError::NotText {
        path: host.to_path_buf(),
        what: limit.what,
    })
}

/// The host path the kernel has for an open descriptor.
fn fd_path(fd: &OwnedFd, host: &Path) -> Result<PathBuf, FsError> {
    let link = format!(
        "/proc/self/fd/{}",
        std::os::fd::AsRawFd::as_raw_fd(&fd.as_fd())
    );
    std::fs::read_link(link).map_err(|e| FsError::io(host, "find where the path leads", e))
}
