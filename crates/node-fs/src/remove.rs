//! Removing: a file or a directory tree, found inside the root like every other path, and never
//! followed through a last symbolic link (a link is removed itself, not what it points to).

use std::ffi::{CStr, CString};
use std::os::fd::{AsFd, BorrowedFd};
use std::os::unix::ffi::OsStrExt;
use std::path::Path;

use rustix::fs::{AtFlags, FileType, Mode, OFlags};

use crate::error::FsError;
use crate::root::{Root, io_error, is_absent};

impl Root {
    /// Removes what stands at `host` unless it is a directory: a regular file, a symbolic link
    /// (the link itself, wherever it points), a FIFO, ... Directories on the way are resolved
    /// inside the root; the last name is not followed. Returns whether anything was there.
    pub fn remove_file(&self, host: &Path) -> Result<bool, FsError> {
        let Some((dir, name)) = self.parent_fd(host)? else {
            return Ok(false);
        };
        match rustix::fs::unlinkat(&dir, &name, AtFlags::empty()) {
            Ok(()) => Ok(true),
            Err(e) if is_absent(&e.into()) => Ok(false),
            Err(rustix::io::Errno::ISDIR) => Err(FsError::NotRegular {
                path: host.to_path_buf(),
                kind: "a directory",
            }),
            Err(e) => Err(io_error(host, "remove", e.into())),
        }
    }

    /// Removes what stands at `host` and, when it is a directory, everything under it. A symbolic
    /// link (at `host` or anywhere below) is removed itself: nothing it points to is touched, in
    /// or out of the root. Returns whether anything was there.
    pub fn remove_dir_all(&self, host: &Path) -> Result<bool, FsError> {
        let Some((dir, name)) = self.parent_fd(host)? else {
            return Ok(false);
        };
        let name = CString::new(name.into_os_string().into_encoded_bytes())
            .map_err(|_| FsError::io(host, "remove", std::io::ErrorKind::InvalidInput.into()))?;
        match remove_at(dir.as_fd(), &name, host) {
            Err(FsError::Io { source, .. }) if is_absent(&source) => Ok(false),
            other => other.map(|()| true),
        }
    }
}

/// Removes `name` in `dir`, emptying it first when it is a directory (never following a link).
fn remove_at(dir: BorrowedFd<'_>, name: &CStr, host: &Path) -> Result<(), FsError> {
    let stat = rustix::fs::statat(dir, name, AtFlags::SYMLINK_NOFOLLOW)
        .map_err(|e| io_error(host, "look at", e.into()))?;
    if FileType::from_raw_mode(stat.st_mode) != FileType::Directory {
        return rustix::fs::unlinkat(dir, name, AtFlags::empty())
            .map_err(|e| io_error(host, "remove", e.into()));
    }
    let flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::CLOEXEC;
    let fd = rustix::fs::openat(dir, name, flags, Mode::empty())
        .map_err(|e| io_error(host, "open the directory", e.into()))?;
    let mut names = Vec::new();
    let mut entries = rustix::fs::Dir::read_from(&fd)
        .map_err(|e| io_error(host, "list the directory", e.into()))?;
    while let Some(entry) = entries.read() {
        let entry = entry.map_err(|e| io_error(host, "list the directory", e.into()))?;
        let child = entry.file_name();
        if child != c"." && child != c".." {
            names.push(child.to_owned());
        }
    }
    for child in names {
        let path = host.join(std::ffi::OsStr::from_bytes(child.to_bytes()));
        remove_at(fd.as_fd(), &child, &path)?;
    }
    rustix::fs::unlinkat(dir, name, AtFlags::REMOVEDIR)
        .map_err(|e| io_error(host, "remove the directory", e.into()))
}
